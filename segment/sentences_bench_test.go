package segment_test

import (
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/segment"
)

// BenchmarkSentences splits every paragraph of the gold-set articles into
// sentences, as the pipeline's first step does.
func BenchmarkSentences(b *testing.B) {
	arts, err := fixture.Seeds()
	if err != nil {
		b.Fatal(err)
	}
	var paras []string
	size := 0
	for _, a := range arts {
		runes := []rune(a.Text)
		for _, p := range a.Paragraphs {
			paras = append(paras, string(runes[p.Start:p.End]))
			size += len(paras[len(paras)-1])
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			segment.Sentences(p)
		}
	}
	fixture.ReportWords(b, fixture.Words(arts...))
}
