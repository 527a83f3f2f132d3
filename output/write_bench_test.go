package output_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/output"
)

// BenchmarkWritePartProcessed writes a part of 100 real articles, the gold
// set ten times over as the pipeline leaves it (claims with their
// citations, entities, terms and quotes), where BenchmarkWritePart writes
// small hand-made ones.
func BenchmarkWritePartProcessed(b *testing.B) {
	seeds, err := fixture.Processed()
	if err != nil {
		b.Fatal(err)
	}
	var part []*claimx.Article
	for i := range 10 {
		for _, s := range seeds {
			a := *s
			a.ID = fmt.Sprintf("%s%02d", s.ID[:14], i) // a part holds each article once
			part = append(part, &a)
		}
	}
	at := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		d, err := output.Open(b.TempDir(), output.Options{Version: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		if err := d.WritePart(part, at); err != nil {
			b.Fatal(err)
		}
	}
	fixture.ReportWords(b, fixture.Words(part...))
}
