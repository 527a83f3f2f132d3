package cite

import (
	"context"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// Footnotes fills Claim.Footnotes with the numbers of the bracketed footnote
// markers "[3]" in each claim. A marker the text prints on a line that is
// no claim annotates what that line heads, as a by-line's ("By Ana
// Ruiz.[1]"), a heading's ("Harbour Fees[2]") or a source's under the
// headline ("Harbour Daily [3]") does: it goes to the first claim after it.
// One under the last claim (a closing line, "Full report here [4]", or the
// notes the layout left out) goes to the last claim, as a note no claim
// marks gives its citations to the claim above it.
type Footnotes struct{}

// Tag implements the tagger shape.
func (Footnotes) Tag(ctx context.Context, a *claimx.Article) {
	text := runeCursor{text: a.Text}
	for i := range a.Claims {
		if ctx.Err() != nil {
			return
		}
		c := &a.Claims[i]
		add := func(num int) { c.Footnotes = append(c.Footnotes, num) }
		c.Footnotes = c.Footnotes[:0]
		markers(text.upTo(c.Span.Start), add) // the lines since the claim before
		markers(c.Text, add)
		text.upTo(c.Span.End)
	}
	if n := len(a.Claims); n > 0 {
		c := &a.Claims[n-1]
		markers(a.Text[text.at:], func(num int) { c.Footnotes = append(c.Footnotes, num) })
	}
}

// runeCursor walks a text forward by code points, so that the stretches
// between claims cost one pass over the text in all.
type runeCursor struct {
	text    string
	at, pos int // a byte offset and the code point it stands at
}

// upTo moves the cursor to code point pos and returns the text it passed
// over; "" when pos is behind it.
func (r *runeCursor) upTo(pos int) string {
	from := r.at
	for ; r.pos < pos && r.at < len(r.text); r.pos++ {
		_, size := utf8.DecodeRuneInString(r.text[r.at:])
		r.at += size
	}
	return r.text[from:r.at]
}
