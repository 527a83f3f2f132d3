package pipeline

import (
	"context"
	"unicode/utf8"

	"github.com/claimx/claimx"
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
	bytes := byteOffsets{text: a.Text}
	for pi, p := range a.Paragraphs {
		text := a.Text[bytes.at(p.Start):bytes.at(p.End)]
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

// byteOffsets converts code-point offsets of a text to byte offsets. Asked
// for in increasing order, as paragraphs come, they cost one pass over the
// text in all, where converting the whole text to runes would cost four
// bytes a code point.
type byteOffsets struct {
	text        string
	byteAt, pos int
}

func (o *byteOffsets) at(pos int) int {
	if pos < o.pos {
		o.byteAt, o.pos = 0, 0
	}
	for ; o.pos < pos && o.byteAt < len(o.text); o.pos++ {
		_, size := utf8.DecodeRuneInString(o.text[o.byteAt:])
		o.byteAt += size
	}
	return o.byteAt
}
