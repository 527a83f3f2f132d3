package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/pipeline"
)

// BenchmarkPipelineArticle is the whole work on one article between reading
// its bytes and writing its rows: decoding and layout, the sentence split
// and every tagger, on the longest gold-set article. The dictionaries are
// loaded before the clock starts.
func BenchmarkPipelineArticle(b *testing.B) {
	seeds, err := fixture.Seeds()
	if err != nil {
		b.Fatal(err)
	}
	var raw []byte
	for _, a := range seeds {
		if filepath.Base(a.Source) == fixture.SeedArticle {
			raw = a.Raw
		}
	}
	if raw == nil {
		b.Fatal("no seed article", fixture.SeedArticle)
	}
	taggers := pipeline.Taggers()
	warm := input.Article(fixture.SeedArticle, raw, nil)
	pipeline.Process(context.Background(), warm, taggers)
	if warm.Err != nil {
		b.Fatal(warm.Err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		a := input.Article(fixture.SeedArticle, raw, nil)
		pipeline.Process(context.Background(), a, taggers)
	}
	fixture.ReportWords(b, fixture.Words(warm))
}
