package cite_test

import (
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/extract/cite"
)

func BenchmarkCitations(b *testing.B) { fixture.BenchTagger(b, cite.Citations{}) }
func BenchmarkFootnotes(b *testing.B) { fixture.BenchTagger(b, cite.Footnotes{}) }
