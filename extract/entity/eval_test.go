package entity_test

import (
	"context"
	"errors"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/eval"
	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/entity"
	"github.com/claimx/claimx/extract/term"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/pipeline"
	"github.com/claimx/claimx/segment"
	prose "github.com/jdkato/prose/v2"
)

// seedDir holds the gold-labelled articles.
const seedDir = "../../seeds/written"

// entitiesFloor is the entity F1 on the seed gold below which a change
// counts as a regression of this tagger. The rules score well above it on
// the set they were developed beside; the margin is for real articles
// added to the set later, which they have not seen.
const entitiesFloor = 0.85

// goldArticles reads, splits and tags every gold article with the taggers
// entities depend on, then with tag. Terms run without a Chinese
// dictionary: entities read only their spans, hanzi and pinyin.
func goldArticles(t testing.TB, tag func(context.Context, *claimx.Article)) (map[string]eval.Gold, map[string]*claimx.Article) {
	t.Helper()
	gold, err := eval.LoadGold(seedDir)
	if err != nil {
		t.Fatal(err)
	}
	files, err := eval.ArticleFiles(seedDir)
	if err != nil {
		t.Fatal(err)
	}
	terms := term.New(func() (*segment.Chinese, error) { return nil, errors.New("not needed for entities") })
	arts := map[string]*claimx.Article{}
	for stem, path := range files {
		if _, ok := gold[stem]; !ok {
			continue
		}
		a := input.ReadFile(path, input.MaxBytes)
		if a.Err != nil {
			t.Fatal(a.Err)
		}
		pipeline.Split(a)
		cite.Citations{}.Tag(context.Background(), a)
		terms.Tag(context.Background(), a)
		tag(context.Background(), a)
		arts[stem] = a
	}
	return gold, arts
}

// entityLayer scores the entities of arts against gold with the eval
// package's rules.
func entityLayer(gold map[string]eval.Gold, arts map[string]*claimx.Article) (eval.Layer, eval.Report) {
	pred := map[string]eval.Prediction{}
	for stem, a := range arts {
		pred[stem] = eval.FromArticle(a)
	}
	r := eval.Score(gold, pred)
	return layerNamed(r, "entities"), r
}

func layerNamed(r eval.Report, name string) eval.Layer {
	for _, l := range r.Layers {
		if l.Name == name {
			return l
		}
	}
	return eval.Layer{}
}

func TestEntitiesGold(t *testing.T) {
	e := entity.New()
	gold, arts := goldArticles(t, e.Tag)
	l, r := entityLayer(gold, arts)
	t.Logf("entities on %d gold articles: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", len(arts), l.Precision, l.Recall, l.F1, l.TP, l.FP, l.FN)
	if os.Getenv("CLAIMX_EXPLAIN") != "" {
		logEntityErrors(t, r)
	}
	if l.F1 < entitiesFloor {
		t.Errorf("entity F1 %.3f fell below %.2f", l.F1, entitiesFloor)
	}
}

// logEntityErrors lists the entity misses and false alarms per article.
func logEntityErrors(t *testing.T, r eval.Report) {
	for _, ex := range r.Explain {
		var lines []string
		for _, l := range ex.Layers {
			if l.Name != "entities" {
				continue
			}
			for _, m := range l.FN {
				lines = append(lines, "  missed "+m)
			}
			for _, m := range l.FP {
				lines = append(lines, "  extra  "+m)
			}
		}
		sort.Strings(lines)
		t.Logf("%s\n%s", ex.Stem, strings.Join(lines, "\n"))
	}
}

// BenchmarkEntities times the tagger on the seed article (split, citations
// and terms done once beforehand) and reports its F1 on the whole gold set.
func BenchmarkEntities(b *testing.B) {
	e := entity.New()
	gold, arts := goldArticles(b, e.Tag)
	l, _ := entityLayer(gold, arts)
	a := arts["ccp-cyber-sovereignty-ai"]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e.Tag(context.Background(), a)
	}
	b.ReportMetric(l.F1, "F1")
}

// BenchmarkProseNER is the baseline: prose's statistical tagger, its model
// loaded once and reused, on the same article, and its F1 on the gold set
// with ORGANIZATION read as ORG and GPE and LOCATION as GPE.
func BenchmarkProseNER(b *testing.B) {
	first, err := prose.NewDocument("Warm up.")
	if err != nil {
		b.Fatal(err)
	}
	model := prose.UsingModel(first.Model)
	tag := func(a *claimx.Article) []eval.PredEntity {
		doc, err := prose.NewDocument(a.Text, model)
		if err != nil {
			b.Fatal(err)
		}
		var out []eval.PredEntity
		for _, e := range doc.Entities() {
			if typ, ok := proseTypes[e.Label]; ok {
				out = append(out, eval.PredEntity{Name: e.Text, Type: typ})
			}
		}
		return out
	}
	gold, arts := goldArticles(b, func(context.Context, *claimx.Article) {})
	pred := map[string]eval.Prediction{}
	for stem, a := range arts {
		pred[stem] = eval.Prediction{Entities: tag(a)}
	}
	l := layerNamed(eval.Score(gold, pred), "entities")
	a := arts["ccp-cyber-sovereignty-ai"]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tag(a)
	}
	b.ReportMetric(l.F1, "F1")
	b.ReportMetric(l.Precision, "P")
	b.ReportMetric(l.Recall, "R")
}

// proseTypes maps prose's entity labels onto ours.
var proseTypes = map[string]string{"PERSON": "PERSON", "ORGANIZATION": "ORG", "GPE": "GPE", "LOCATION": "GPE"}
