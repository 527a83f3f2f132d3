// Package locate finds where an offset of an article's text falls: in which
// claim, inside which of a list of spans, on which line. The taggers that read the whole
// text at once (citations, terms, quotes) use it to give each finding to
// the claim that holds it.
package locate

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// Claim returns the index of the claim that holds the code point at
// offset, and false when the offset falls between claims or after the
// last. Claims must be in text order, as the sentence splitter gives them.
func Claim(claims []claimx.Claim, offset int) (int, bool) {
	i := From(claims, offset)
	return i, i < len(claims) && claims[i].Start <= offset
}

// From returns the index of the first claim that ends after offset,
// len(claims) if none: the first claim that a span starting at offset can
// overlap.
func From(claims []claimx.Claim, offset int) int {
	return sort.Search(len(claims), func(i int) bool { return claims[i].End > offset })
}

// Inside reports whether s lies wholly inside one of spans, which must be
// in text order and must not overlap.
func Inside(spans []claimx.Span, s claimx.Span) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > s.Start })
	return i < len(spans) && spans[i].Contains(s)
}

// Blank reports whether rs holds white space alone.
func Blank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// LineStart is where the line holding rs[i] starts: after the last line
// break before it.
func LineStart(rs []rune, i int) int {
	for i > 0 && rs[i-1] != '\n' {
		i--
	}
	return i
}

// Offsets converts code-point offsets of a text to byte offsets. Asked for
// in increasing order, as claims and paragraphs come, they cost one pass
// over the text in all, where converting the whole text to runes would cost
// four bytes a code point; an offset behind the last starts over.
type Offsets struct {
	Text        string
	byteAt, pos int
}

// At returns the byte offset of code point pos (len(Text) past the end).
func (o *Offsets) At(pos int) int {
	if pos < o.pos {
		o.byteAt, o.pos = 0, 0
	}
	for ; o.pos < pos && o.byteAt < len(o.Text); o.pos++ {
		_, size := utf8.DecodeRuneInString(o.Text[o.byteAt:])
		o.byteAt += size
	}
	return o.byteAt
}
