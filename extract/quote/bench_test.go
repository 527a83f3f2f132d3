package quote_test

import (
	"testing"

	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/extract/quote"
)

func BenchmarkQuotes(b *testing.B)       { fixture.BenchTagger(b, quote.Quotes{}) }
func BenchmarkAttributions(b *testing.B) { fixture.BenchTagger(b, quote.Attributions{}) }
