package eval

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// harbourGold is a hand-made gold article with something in every layer.
func harbourGold() Gold {
	return Gold{
		Published: "2023-11-02",
		Title:     "Beijing’s Harbour Diplomacy",
		Authors:   []string{"Lena Okafor", "Tomás Ruiz"},
		Citations: []GoldCitation{
			{Source: "Xinhua", Date: "2023-05-14", Precision: "day"},
			{Source: "Reuters", Date: "2022-09", Precision: "month"},
			{Source: "CSIS", Date: "2021", Precision: "year"},
		},
		Terms: []GoldTerm{
			{Hanzi: "海上丝绸之路", Gloss: "Maritime Silk Road", Segments: []string{"海上", "丝绸之路"}},
			{Hanzi: "李强", Gloss: "Li Qiang", Segments: []string{"李强"}},
		},
		Entities: []GoldEntity{
			{Name: "Li Qiang", Type: "PERSON", Hanzi: "李强"},
			{Name: "China Merchants Port Holdings", Type: "ORG", Aliases: []string{"CMPort"}},
			{Name: "People's Republic of China", Type: "GPE", Aliases: []string{"PRC", "China"}},
			{Name: "Sri Lanka", Type: "GPE"},
		},
		Attributions: []GoldAttribution{
			{Speaker: "Li Qiang", Quote: "harbours that serve every shore"},
			{Speaker: "China Merchants Port Holdings", Quote: "a partner for decades"},
		},
		Footnotes: []int{1, 2},
		Reported: []GoldReported{
			{Sentence: "“Harbours that serve every shore,” Li Qiang", Speaker: ptr("Li Qiang")},
			{Sentence: "Port officials said the berths", Speaker: nil, Mention: "port officials"},
		},
		Sentences: []string{
			"“Harbours that serve every shore,” Li Qiang said in Colombo.",
			"Port officials said the berths would open in May.",
			"The PRC calls CMPort “a partner for decades” [1].",
		},
	}
}

func ptr(s string) *string { return &s }

// exact is the prediction that copies gold word for word.
func exact(g Gold) Prediction {
	p := Prediction{Published: g.Published, Title: g.Title, Authors: g.Authors, Footnotes: g.Footnotes}
	for _, c := range g.Citations {
		p.Citations = append(p.Citations, PredCitation{c.Source, c.Date, c.Precision})
	}
	p.Terms = append(p.Terms, g.Terms...)
	for _, e := range g.Entities {
		p.Entities = append(p.Entities, PredEntity{e.Name, e.Type})
	}
	p.Attributions = append(p.Attributions, g.Attributions...)
	p.Sentences = append(p.Sentences, g.Sentences...)
	for _, s := range g.Sentences {
		for _, r := range g.Reported {
			if strings.HasPrefix(s, r.Sentence) {
				sp := ""
				if r.Speaker != nil {
					sp = *r.Speaker
				}
				p.Reported = append(p.Reported, PredReported{s, sp})
			}
		}
	}
	return p
}

// tpFpFn is a layer's TP, FP and FN.
type tpFpFn [3]int

func TestScoreLayers(t *testing.T) {
	cases := []struct {
		name   string
		change func(g *Gold, p *Prediction)
		// want holds the layers that differ from a perfect score.
		want map[string]tpFpFn
	}{
		{"perfect", func(*Gold, *Prediction) {}, nil},
		{"missing citation", func(_ *Gold, p *Prediction) { p.Citations = p.Citations[1:] },
			map[string]tpFpFn{LayerCitations: {2, 0, 1}, LayerCitationDates: {2, 0, 1}}},
		{"wrong source, right date", func(_ *Gold, p *Prediction) { p.Citations[0].Source = "People's Daily" },
			map[string]tpFpFn{LayerCitations: {2, 1, 1}}},
		{"wrong precision", func(_ *Gold, p *Prediction) { p.Citations[1] = PredCitation{"Reuters", "2022-09-01", "day"} },
			map[string]tpFpFn{LayerCitations: {2, 1, 1}, LayerCitationDates: {2, 1, 1}}},
		{"gold citation twice, predicted once", func(g *Gold, _ *Prediction) { g.Citations = append(g.Citations, g.Citations[0]) },
			map[string]tpFpFn{LayerCitations: {3, 0, 1}, LayerCitationDates: {3, 0, 1}}},
		{"citation predicted twice, in gold once", func(_ *Gold, p *Prediction) { p.Citations = append(p.Citations, p.Citations[2]) },
			map[string]tpFpFn{LayerCitations: {3, 1, 0}, LayerCitationDates: {3, 1, 0}}},
		{"unknown date", func(_ *Gold, p *Prediction) { p.Citations[0].Date = "" },
			map[string]tpFpFn{LayerCitations: {2, 1, 1}, LayerCitationDates: {2, 1, 1}}},
		{"predicted alias matches", func(_ *Gold, p *Prediction) {
			p.Entities[1].Name = "CMPort"
			p.Entities[2].Name = "PRC"
		}, nil},
		{"two names for one entity count once", func(_ *Gold, p *Prediction) {
			p.Entities = append(p.Entities, PredEntity{"China", "GPE"}, PredEntity{"PRC", "GPE"})
		}, nil},
		{"entity under the wrong type", func(_ *Gold, p *Prediction) { p.Entities[0].Type = "GPE" },
			map[string]tpFpFn{LayerEntities: {3, 1, 1}}},
		{"entity not in gold", func(_ *Gold, p *Prediction) { p.Entities = append(p.Entities, PredEntity{"Hambantota", "GPE"}) },
			map[string]tpFpFn{LayerEntities: {4, 1, 0}}},
		{"the same unknown entity twice is one false positive", func(_ *Gold, p *Prediction) {
			p.Entities = append(p.Entities, PredEntity{"Hambantota", "GPE"}, PredEntity{"the HAMBANTOTA", "GPE"})
		}, map[string]tpFpFn{LayerEntities: {4, 1, 0}}},
		{"entity missed", func(_ *Gold, p *Prediction) { p.Entities = p.Entities[:3] },
			map[string]tpFpFn{LayerEntities: {3, 0, 1}}},
		{"speaker by alias", func(_ *Gold, p *Prediction) { p.Attributions[1].Speaker = "CMPort" }, nil},
		{"speaker by name and alias tpFpFn once", func(_ *Gold, p *Prediction) {
			p.Attributions = append(p.Attributions, PredAttribution{"CMPort", "a partner for decades"})
		}, nil},
		{"gold speaker given as an alias", func(g *Gold, _ *Prediction) { g.Attributions[1].Speaker = "CMPort" }, nil},
		{"wrong speaker", func(_ *Gold, p *Prediction) { p.Attributions[0].Speaker = "Sri Lanka" },
			map[string]tpFpFn{LayerAttributions: {1, 1, 1}}},
		{"scare quote without speaker not predicted", func(_ *Gold, p *Prediction) { p.Attributions = p.Attributions[:1] },
			map[string]tpFpFn{LayerAttributions: {1, 0, 1}}},
		{"term missed and term invented", func(_ *Gold, p *Prediction) { p.Terms[1].Hanzi = "王毅" },
			map[string]tpFpFn{LayerTerms: {1, 1, 1}}},
		{"footnotes as a set", func(_ *Gold, p *Prediction) { p.Footnotes = []int{2, 2, 3} },
			map[string]tpFpFn{LayerFootnotes: {1, 1, 1}}},
		{"reported speaker normalised", func(_ *Gold, p *Prediction) { p.Reported[0].Speaker = "LI  qiang" }, nil},
		{"reported with the wrong speaker", func(_ *Gold, p *Prediction) { p.Reported[0].Speaker = "Sri Lanka" },
			map[string]tpFpFn{LayerReported: {1, 1, 1}}},
		{"an unnamed source given a speaker", func(_ *Gold, p *Prediction) { p.Reported[1].Speaker = "PRC" },
			map[string]tpFpFn{LayerReported: {1, 1, 1}}},
		{"the author's sentence marked reported", func(_ *Gold, p *Prediction) {
			p.Reported = append(p.Reported, PredReported{p.Sentences[2], "PRC"})
		}, map[string]tpFpFn{LayerReported: {2, 1, 0}}},
		{"a reported sentence missed", func(_ *Gold, p *Prediction) { p.Reported = p.Reported[1:] },
			map[string]tpFpFn{LayerReported: {1, 0, 1}}},
		{"a reported sentence cut in two counts once at most", func(_ *Gold, p *Prediction) {
			p.Reported = append(p.Reported, PredReported{"“Harbours that serve every shore,” Li Qiang said", "Li Qiang"})
		}, map[string]tpFpFn{LayerReported: {2, 1, 0}}},
		{"a sentence split in two", func(_ *Gold, p *Prediction) {
			p.Sentences = []string{p.Sentences[0], "Port officials said the berths would open in May. The PRC calls", "CMPort “a partner for decades” [1]."}
		}, map[string]tpFpFn{LayerSentences: {1, 2, 2}}},
		{"sentences match across white space", func(_ *Gold, p *Prediction) {
			p.Sentences[1] = "Port officials said the\nberths would open in May."
		}, nil},
		{"no optional layers in gold", func(g *Gold, _ *Prediction) { g.Reported, g.Sentences = nil, nil },
			map[string]tpFpFn{LayerReported: {0, 0, 0}, LayerSentences: {0, 0, 0}}},
		{"a file labelling metadata alone scores no layer", func(g *Gold, p *Prediction) {
			g.Layers = []string{"published", "title", "authors"}
			p.Entities = append(p.Entities, PredEntity{"Hambantota", "GPE"})
			p.Citations = nil
		}, allZero()},
		{"a file labelling citations scores their dates too", func(g *Gold, p *Prediction) {
			g.Layers = []string{LayerCitations}
			p.Citations = p.Citations[1:]
			p.Entities = nil
		}, func() map[string]tpFpFn {
			m := allZero()
			m[LayerCitations], m[LayerCitationDates] = tpFpFn{2, 0, 1}, tpFpFn{2, 0, 1}
			return m
		}()},
		{"normalised strings match", func(_ *Gold, p *Prediction) {
			p.Citations[0].Source = "  XINHUA "
			p.Entities[2].Name = "The People’s Republic of  China"
			p.Entities[3].Name = "ＳＲＩ ＬＡＮＫＡ"
			p.Attributions[0].Quote = "Harbours that\nserve every shore"
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := harbourGold()
			p := exact(g)
			c.change(&g, &p)
			r := Score(map[string]Gold{"harbour": g}, map[string]Prediction{"harbour": p})
			for _, l := range r.Layers {
				want, changed := c.want[l.Name]
				if !changed {
					want = tpFpFn{goldSize(harbourGold(), l.Name), 0, 0}
				}
				if got := (tpFpFn{l.TP, l.FP, l.FN}); got != want {
					t.Errorf("%s: got TP/FP/FN %v, want %v", l.Name, got, want)
				}
			}
		})
	}
}

// allZero is every layer left unscored.
func allZero() map[string]tpFpFn {
	m := map[string]tpFpFn{}
	for _, name := range layerNames {
		m[name] = tpFpFn{}
	}
	return m
}

// goldSize is how many units a layer of g holds, what a perfect prediction
// gets as true positives.
func goldSize(g Gold, layer string) int {
	switch layer {
	case LayerCitations, LayerCitationDates:
		return len(g.Citations)
	case LayerTerms:
		return len(g.Terms)
	case LayerEntities:
		return len(g.Entities)
	case LayerAttributions:
		return len(g.Attributions)
	case LayerReported:
		return len(g.Reported)
	case LayerSentences:
		return len(g.Sentences)
	}
	return len(g.Footnotes)
}

func TestScorePerfect(t *testing.T) {
	g := harbourGold()
	r := Score(map[string]Gold{"harbour": g}, map[string]Prediction{"harbour": exact(g)})
	for _, l := range r.Layers {
		if l.Precision != 1 || l.Recall != 1 || l.F1 != 1 {
			t.Errorf("%s: P %v R %v F1 %v, want 1", l.Name, l.Precision, l.Recall, l.F1)
		}
	}
	if r.GlossAccuracy != 1 || r.SegmentAccuracy != 1 || r.GlossTotal != 2 || r.SegmentTotal != 2 {
		t.Errorf("term accuracy: %+v", r)
	}
	for _, m := range r.Metadata {
		if m.Accuracy != 1 || m.Total != 1 {
			t.Errorf("metadata %s: %+v", m.Name, m)
		}
	}
}

func TestScoreRates(t *testing.T) {
	g := harbourGold()
	p := exact(g)
	p.Citations = p.Citations[:2] // one of three missed
	r := Score(map[string]Gold{"harbour": g}, map[string]Prediction{"harbour": p})
	c := r.Layers[0]
	if c.Precision != 1 || c.Recall != 2.0/3 || c.F1 != 0.8 {
		t.Errorf("a missed citation should lower recall only: %+v", c)
	}
}

func TestScoreEmptyLayers(t *testing.T) {
	cases := []struct {
		name      string
		gold      Gold
		pred      Prediction
		p, r, f1  float64
		footnotes tpFpFn
	}{
		{"nothing to find, nothing found", Gold{}, Prediction{}, 1, 1, 1, tpFpFn{}},
		{"something to find, nothing found", Gold{Footnotes: []int{4}}, Prediction{}, 1, 0, 0, tpFpFn{0, 0, 1}},
		{"nothing to find, something found", Gold{}, Prediction{Footnotes: []int{4}}, 0, 1, 0, tpFpFn{0, 1, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Score(map[string]Gold{"a": c.gold}, map[string]Prediction{"a": c.pred})
			l := r.Layers[5]
			if l.Name != LayerFootnotes || (tpFpFn{l.TP, l.FP, l.FN}) != c.footnotes {
				t.Fatalf("footnotes layer: %+v", l)
			}
			if l.Precision != c.p || l.Recall != c.r || l.F1 != c.f1 {
				t.Errorf("got P %v R %v F1 %v, want %v %v %v", l.Precision, l.Recall, l.F1, c.p, c.r, c.f1)
			}
		})
	}
}

func TestScoreTermDetails(t *testing.T) {
	cases := []struct {
		name           string
		change         func(g *Gold, p *Prediction)
		gloss, segment [2]int // correct, total
	}{
		{"wrong gloss", func(_ *Gold, p *Prediction) { p.Terms[0].Gloss = "sea road" }, [2]int{1, 2}, [2]int{2, 2}},
		{"gloss differs only in case", func(_ *Gold, p *Prediction) { p.Terms[0].Gloss = "maritime silk road" }, [2]int{2, 2}, [2]int{2, 2}},
		{"name split in two", func(_ *Gold, p *Prediction) { p.Terms[1].Segments = []string{"李", "强"} }, [2]int{2, 2}, [2]int{1, 2}},
		{"gold gives no gloss, none predicted", func(g *Gold, p *Prediction) { g.Terms[1].Gloss, p.Terms[1].Gloss = "", "" }, [2]int{2, 2}, [2]int{2, 2}},
		{"gold gives no gloss, one predicted", func(g *Gold, _ *Prediction) { g.Terms[1].Gloss = "" }, [2]int{1, 2}, [2]int{2, 2}},
		{"gold without segments is not judged", func(g *Gold, _ *Prediction) { g.Terms[0].Segments = nil }, [2]int{2, 2}, [2]int{1, 1}},
		{"unmatched terms are not judged", func(_ *Gold, p *Prediction) { p.Terms = p.Terms[:1] }, [2]int{1, 1}, [2]int{1, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := harbourGold()
			p := exact(g)
			c.change(&g, &p)
			r := Score(map[string]Gold{"harbour": g}, map[string]Prediction{"harbour": p})
			if got := [2]int{r.GlossCorrect, r.GlossTotal}; got != c.gloss {
				t.Errorf("gloss: got %v, want %v", got, c.gloss)
			}
			if got := [2]int{r.SegmentCorrect, r.SegmentTotal}; got != c.segment {
				t.Errorf("segments: got %v, want %v", got, c.segment)
			}
		})
	}
}

func TestScoreMetadata(t *testing.T) {
	cases := []struct {
		name   string
		change func(p *Prediction)
		want   []bool // published, title, authors
	}{
		{"straight apostrophe and case", func(p *Prediction) { p.Title = "BEIJING'S HARBOUR DIPLOMACY" }, []bool{true, true, true}},
		{"no date", func(p *Prediction) { p.Published = "" }, []bool{false, true, true}},
		{"authors reordered", func(p *Prediction) { p.Authors = []string{"Tomás Ruiz", "Lena Okafor"} }, []bool{true, true, false}},
		{"an author missing", func(p *Prediction) { p.Authors = p.Authors[:1] }, []bool{true, true, false}},
		{"subtitle swallowed", func(p *Prediction) { p.Title += ": Ports and Power" }, []bool{true, false, true}},
	}
	// A file that labels the title alone is scored on the title alone.
	titleOnly := harbourGold()
	titleOnly.Layers = []string{"title"}
	r := Score(map[string]Gold{"harbour": titleOnly}, map[string]Prediction{"harbour": {Title: titleOnly.Title}})
	for _, m := range r.Metadata {
		if want := map[string]int{"title": 1}[m.Name]; m.Total != want || m.Correct != want {
			t.Errorf("title-only file: %s scored %d of %d, want %d of %d", m.Name, m.Correct, m.Total, want, want)
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := harbourGold()
			p := exact(g)
			c.change(&p)
			r := Score(map[string]Gold{"harbour": g}, map[string]Prediction{"harbour": p})
			var got []bool
			for _, m := range r.Metadata {
				got = append(got, m.Correct == 1)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestScoreMetadataExtra checks that a field claimx fills where the gold
// gives none is counted apart, as extra, and leaves accuracy alone; a file
// not labelled for the field counts in neither.
func TestScoreMetadataExtra(t *testing.T) {
	untitled := harbourGold()
	untitled.Title = ""
	unlabelled := harbourGold()
	unlabelled.Title = ""
	unlabelled.Layers = []string{"published"}
	p := exact(harbourGold())
	golds := map[string]Gold{"invented": untitled, "kept": untitled, "unlabelled": unlabelled}
	preds := map[string]Prediction{"invented": p, "kept": exact(untitled), "unlabelled": p}
	r := Score(golds, preds)
	title := r.Metadata[1]
	if title.Name != "title" || title.Extra != 1 || title.None != 2 || title.Total != 0 {
		t.Errorf("title: %+v, want 1 extra of 2 with none given, 0 scored", title)
	}
	var explained []string
	for _, ex := range r.Explain {
		explained = append(explained, ex.Metadata...)
	}
	if want := `title: got "Beijing’s Harbour Diplomacy", want ""`; !slices.Contains(explained, want) {
		t.Errorf("explain %q lacks %q", explained, want)
	}
}

func TestScoreMicroAverage(t *testing.T) {
	// Two articles: one with 3 citations all found, one with 1 citation
	// missed. Micro-averaging gives recall 3/4, not the mean of 1 and 0.
	small := Gold{Citations: []GoldCitation{{Source: "MFA", Date: "2024-01-27", Precision: "day"}}}
	golds := map[string]Gold{"harbour": harbourGold(), "small": small}
	r := Score(golds, map[string]Prediction{"harbour": exact(harbourGold()), "small": {}})
	if got := r.Layers[0].Recall; got != 0.75 {
		t.Errorf("recall %v, want 0.75", got)
	}
}

func TestScoreMissingAndUnlabelled(t *testing.T) {
	golds := map[string]Gold{"harbour": harbourGold(), "grain": {Title: "Grain", Footnotes: []int{1}}}
	preds := map[string]Prediction{"harbour": exact(harbourGold()), "rail": {Title: "Rail"}}
	r := Score(golds, preds)
	if !reflect.DeepEqual(r.Missing, []string{"grain"}) || !reflect.DeepEqual(r.Unlabelled, []string{"rail"}) {
		t.Errorf("missing %v, unlabelled %v", r.Missing, r.Unlabelled)
	}
	if r.Articles != 2 {
		t.Errorf("articles %d, want 2", r.Articles)
	}
	if f := r.Layers[5]; f.TP != 2 || f.FN != 1 {
		t.Errorf("the missing article's footnote should be a false negative: %+v", f)
	}
	// grain gives a title only, so only the title is scored for it.
	want := map[string][2]int{"published": {1, 1}, "title": {1, 2}, "authors": {1, 1}}
	for _, m := range r.Metadata {
		if got := [2]int{m.Correct, m.Total}; got != want[m.Name] {
			t.Errorf("metadata %s: right/of %v, want %v: a missing article is wrong on every field it gives", m.Name, got, want[m.Name])
		}
	}
}

func TestReportJSONStable(t *testing.T) {
	g := harbourGold()
	p := exact(g)
	p.Entities = p.Entities[1:]
	p.Footnotes = []int{3}
	golds := map[string]Gold{"harbour": g, "b": g, "a": g}
	preds := map[string]Prediction{"harbour": p, "b": p, "z": p}
	first, err := json.Marshal(Score(golds, preds))
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, _ := json.Marshal(Score(golds, preds))
		if string(again) != string(first) {
			t.Fatalf("JSON differs between runs:\n%s\n%s", first, again)
		}
	}
	var back Report
	if err := json.Unmarshal(first, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Explain) != 3 || back.Explain[0].Stem != "a" || back.Explain[2].Stem != "harbour" {
		t.Errorf("explain not sorted by stem: %+v", back.Explain)
	}
}

func TestScoreEntityTypes(t *testing.T) {
	g := harbourGold()
	p := exact(g)
	p.Entities[0].Type = "GPE" // Li Qiang typed as a place
	p.Entities = append(p.Entities, PredEntity{"Hambantota", "GPE"}, PredEntity{"CMPort", "org"})
	r := Score(map[string]Gold{"harbour": g}, map[string]Prediction{"harbour": p})
	want := map[string]tpFpFn{
		"entities PERSON": {0, 0, 1},
		"entities ORG":    {1, 0, 0}, // an alias in another case is the same entity
		"entities GPE":    {2, 2, 0},
	}
	var sum tpFpFn
	for _, l := range r.EntityTypes {
		if got := (tpFpFn{l.TP, l.FP, l.FN}); got != want[l.Name] {
			t.Errorf("%s: TP/FP/FN %v, want %v", l.Name, got, want[l.Name])
		}
		sum[0], sum[1], sum[2] = sum[0]+l.TP, sum[1]+l.FP, sum[2]+l.FN
	}
	if l := r.Layers[3]; sum != (tpFpFn{l.TP, l.FP, l.FN}) {
		t.Errorf("types sum to %v, the entities layer is %v", sum, tpFpFn{l.TP, l.FP, l.FN})
	}
	if gpe := r.EntityTypes[2]; gpe.Precision != 0.5 || gpe.Recall != 1 {
		t.Errorf("GPE P/R %.3f/%.3f, want 0.5/1", gpe.Precision, gpe.Recall)
	}
}
