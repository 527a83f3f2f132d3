package pipeline

import (
	"context"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/segment"
)

// Split turns the article's paragraphs into claims, one per sentence, each
// carrying its position, paragraph and section. The claims replace any the
// article had.
func Split(a *claimx.Article) { split(context.Background(), a) }

// split is Split that stops between sentences once ctx is done, leaving
// the claims unfinished: a paragraph written as one long line can take
// seconds.
func split(ctx context.Context, a *claimx.Article) {
	a.Claims = nil
	bytes := locate.Offsets{Text: a.Text}
	for pi, p := range a.Paragraphs {
		text := a.Text[bytes.At(p.Start):bytes.At(p.End)]
		// Sentences come in order: count code points from the previous one.
		start, at := p.Start, 0
		for _, r := range segment.Sentences(text) {
			if ctx.Err() != nil {
				return
			}
			start += utf8.RuneCountInString(text[at:r.Start])
			at = r.Start
			sentence := text[r.Start:r.End]
			a.Claims = append(a.Claims, claimx.Claim{
				Index:     len(a.Claims),
				Paragraph: pi,
				Section:   p.Section,
				Text:      sentence,
				Span:      claimx.Span{Start: start, End: start + utf8.RuneCountInString(sentence)},
				Kind:      claimx.Author,
			})
		}
	}
}
