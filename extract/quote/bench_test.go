package quote_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/bench/fixture"
	"github.com/claimx/claimx/extract/quote"
)

func BenchmarkQuotes(b *testing.B)       { fixture.BenchTagger(b, quote.Quotes{}) }
func BenchmarkAttributions(b *testing.B) { fixture.BenchTagger(b, quote.Attributions{}) }

// BenchmarkAttributionsScale runs the quotation and attribution stages on
// the seed article repeated 1, 10, 100 and 300 times as one article: the
// time per word must stay flat, as nothing in either stage may look back
// over the whole article for every claim. The repeats are copies of the
// tagged article, shifted, so that the earlier stages' own costs do not
// make the benchmark slow to set up.
func BenchmarkAttributionsScale(b *testing.B) {
	arts, err := fixture.Processed()
	if err != nil {
		b.Fatal(err)
	}
	var seed *claimx.Article
	for _, a := range arts {
		if filepath.Base(a.Source) == fixture.SeedArticle {
			seed = a
		}
	}
	if seed == nil {
		b.Fatal("no seed article", fixture.SeedArticle)
	}
	for _, n := range []int{1, 10, 100, 300} {
		a := repeated(seed, n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				quote.Quotes{}.Tag(context.Background(), a)
				quote.Attributions{}.Tag(context.Background(), a)
			}
			fixture.ReportWords(b, fixture.Words(a))
		})
	}
}

// repeated returns the tagged article a n times over, as one article whose
// paragraphs, claims and entities are a's, shifted.
func repeated(a *claimx.Article, n int) *claimx.Article {
	text := a.Text + "\n\n"
	step := utf8.RuneCountInString(text)
	out := &claimx.Article{Source: a.Source, Text: strings.Repeat(text, n)}
	shift := func(s *claimx.Span, by int) { s.Start += by; s.End += by }
	for r := range n {
		by := r * step
		for _, p := range a.Paragraphs {
			shift(&p.Span, by)
			out.Paragraphs = append(out.Paragraphs, p)
		}
		for _, c := range a.Claims {
			shift(&c.Span, by)
			c.Index += r * len(a.Claims)
			c.Paragraph += r * len(a.Paragraphs)
			c.Entities = slices.Clone(c.Entities)
			for k := range c.Entities {
				shift(&c.Entities[k].Span, by)
			}
			c.Quotes = nil
			out.Claims = append(out.Claims, c)
		}
	}
	return out
}
