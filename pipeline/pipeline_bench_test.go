package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
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

// BenchmarkRun is a whole run over the gold-set article files, with one
// worker and with two: reading, the work on every article and the Parquet
// parts written to a fresh output, in parts of 7 articles.
func BenchmarkRun(b *testing.B) {
	paths, err := input.Paths([]string{filepath.Join("..", "seeds", "written", "articles")})
	if err != nil {
		b.Fatal(err)
	}
	taggers := pipeline.Taggers()
	run := func(b *testing.B, workers int) {
		out, err := output.Open(b.TempDir(), output.Options{Version: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		cfg := pipeline.Config{Workers: workers, PartSize: 7, Taggers: taggers, MaxBytes: input.MaxBytes, Sink: out}
		stats, err := pipeline.Run(context.Background(), cfg, paths, nil)
		if err == nil {
			err = out.Close()
		}
		if err != nil || stats.Written != len(paths) {
			b.Fatalf("stats %+v, err %v", stats, err)
		}
	}
	run(b, 1) // the dictionaries are loaded before the clock starts
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				run(b, workers)
			}
		})
	}
}
