package extract_test

import (
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/extract"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/pipeline"
)

// The taggers without a benchmark of their own (entities and terms have
// theirs in entities_test.go and terms_test.go), each run over all the
// gold-set articles as the pipeline hands them over: split, and tagged by
// the steps before it, whose results it reads.

func BenchmarkCitations(b *testing.B)    { benchTagger(b, extract.Citations{}) }
func BenchmarkQuotes(b *testing.B)       { benchTagger(b, extract.Quotes{}) }
func BenchmarkFootnotes(b *testing.B)    { benchTagger(b, extract.Footnotes{}) }
func BenchmarkAttributions(b *testing.B) { benchTagger(b, extract.Attributions{}) }

func benchTagger(b *testing.B, t pipeline.Tagger) {
	arts, err := fixture.Processed()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			t.Tag(a)
		}
	}
	fixture.ReportWords(b, fixture.Words(arts...))
}

// BenchmarkLoadGazetteer parses the embedded gazetteers, which every process
// does once before its first article: part of the cold start.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gazetteer.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
