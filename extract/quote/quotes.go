// Package quote finds an article's quotations and attributes each claim
// either to the speaker it reports or to the article itself.
package quote

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/locate"
)

// Quotes fills Claim.Quotes with the quoted spans of each claim, without
// their quotation marks.
type Quotes struct{}

// Tag pairs quotation marks over whole paragraphs rather than claim by claim,
// so that a quotation running over several sentences is found whole; it is
// then cut into one piece per claim it covers, each inside its claim's span
// (quotations joins the pieces again). Only the outermost quotation counts:
// a quote nested in another is part of its text. A quoted title inside a
// citation parenthesis belongs to the citation and is left out. Claims are
// expected in text order, as the sentence splitter produces them. It stops
// between paragraphs once ctx is done.
func (Quotes) Tag(ctx context.Context, a *claimx.Article) {
	for i := range a.Claims {
		a.Claims[i].Quotes = nil
	}
	total := utf8.RuneCountInString(a.Text)
	cited := cite.ArticleParens(a)
	blocks := paragraphSpans(a, total)
	// Each block is read as runes on its own, in one buffer, from its
	// start to the first rune of the next block (where a quotation over
	// paragraphs reopens), the gap between included: the article as runes
	// would take four bytes a character at once. Blocks come in text
	// order from the layout, but a caller's own paragraphs may not: the
	// window then reaches back to the next block's start (and the offsets
	// are read from the text's start again).
	from, to := locate.Offsets{Text: a.Text}, locate.Offsets{Text: a.Text}
	var rs []rune
	for bi, b := range blocks {
		if ctx.Err() != nil {
			return
		}
		if b.Start < 0 || b.End > total || b.Start >= b.End {
			continue // no text to quote
		}
		next := claimx.Span{Start: total, End: total}
		if bi+1 < len(blocks) {
			next = blocks[bi+1]
		}
		base, end := b.Start, b.End
		if next.Start >= 0 && next.Start < total {
			base, end = min(base, next.Start), max(end, next.Start+1)
		}
		rs = rs[:0]
		for _, r := range a.Text[from.At(base):to.At(end)] {
			rs = append(rs, r)
		}
		for _, q := range pairQuotes(rs, shift(b, -base), shift(next, -base)) {
			if q = shift(q, base); !locate.Inside(cited, q) {
				cutIntoClaims(a, rs, base, q)
			}
		}
	}
}

// shift moves s by d code points.
func shift(s claimx.Span, d int) claimx.Span { return claimx.Span{Start: s.Start + d, End: s.End + d} }

// cutIntoClaims adds to every claim that q overlaps the part of q inside
// it; rs holds the text from offset base on.
// A piece holding no letter or digit ("…") quotes nothing.
func cutIntoClaims(a *claimx.Article, rs []rune, base int, q claimx.Span) {
	for i := locate.From(a.Claims, q.Start); i < len(a.Claims) && a.Claims[i].Start < q.End; i++ {
		c := &a.Claims[i]
		p := claimx.Span{Start: max(q.Start, c.Start), End: min(q.End, c.End)}
		text := string(rs[p.Start-base : p.End-base])
		if strings.ContainsFunc(text, isWordRune) {
			c.Quotes = append(c.Quotes, claimx.Quote{Text: text, Span: p})
		}
	}
}

// paragraphSpans returns the blocks a quotation cannot run out of: the
// article's paragraphs, or its lines when it has none.
func paragraphSpans(a *claimx.Article, total int) []claimx.Span {
	if len(a.Paragraphs) > 0 {
		out := make([]claimx.Span, len(a.Paragraphs))
		for i, p := range a.Paragraphs {
			out[i] = p.Span
		}
		return out
	}
	var out []claimx.Span
	start, i := 0, 0
	for _, r := range a.Text {
		if r == '\n' {
			out = append(out, claimx.Span{Start: start, End: i})
			start = i + 1
		}
		i++
	}
	return append(out, claimx.Span{Start: start, End: total})
}

// quoteKind is a family of quotation marks: a mark closes only a quotation
// of its own family.
type quoteKind uint8

const (
	curlyDouble quoteKind = iota + 1 // “ ” (and „ “)
	curlySingle                      // ‘ ’
	straightDouble
	straightSingle
	guillemets       // « »
	singleGuillemets // ‹ ›
	corners          // 「 」
	whiteCorners     // 『 』
)

// openers and closers are the marks whose role never depends on context.
var (
	openers = map[rune]quoteKind{'“': curlyDouble, '„': curlyDouble, '«': guillemets, '‹': singleGuillemets, '「': corners, '『': whiteCorners}
	closers = map[rune]quoteKind{'”': curlyDouble, '»': guillemets, '›': singleGuillemets, '」': corners, '』': whiteCorners}
)

func isQuoteMark(r rune) bool {
	_, open := openers[r]
	_, close := closers[r]
	return open || close || strings.ContainsRune("‘’\"'", r)
}

// openMark is a quotation mark waiting for its partner.
type openMark struct {
	at   int
	kind quoteKind
	mark rune
}

// pairQuotes returns the content spans (marks excluded) of the outermost
// quotations in block b of rs, in text order. next is the block after b; it
// decides what becomes of a quotation left open at the end of b.
//
// Marks are matched with a stack, each closing mark with the nearest open
// mark of its family (a ” with none open opens one before a word, where a
// quotation opens: ”…”) (a straight " also closes a curly “ left innermost,
// and a curly ” a straight " left innermost, as mixed marks are typed:
// “…," Lin said, "…,” Lin said); marks left open inside a closed
// quotation are dropped, so a stray mark cannot swallow the text after it. Marks whose
// role depends on context are read by position: a straight " or ' opens
// after a space or an opening bracket and before a non-space, and closes
// after a non-space and before a non-letter; ‘ opens at the start of a word
// only. ’ and ' are above all apostrophes (People’s, don’t, countries’), so
// they close only a single quotation that is innermost, at the end of a word,
// and not "s’ " when a later mark can close instead (‘the countries’ rules’).
func pairQuotes(rs []rune, b, next claimx.Span) []claimx.Span {
	var stack []openMark
	var pairs []claimx.Span
	closeTo := func(k int, at int) {
		pairs = append(pairs, claimx.Span{Start: stack[k].at + 1, End: at})
		stack = stack[:k]
	}
	innermost := func(kind quoteKind) bool { return len(stack) > 0 && stack[len(stack)-1].kind == kind }
	for i := b.Start; i < b.End; i++ {
		r := rs[i]
		switch {
		case r == '“' && innermost(curlyDouble) && stack[len(stack)-1].mark == '„':
			closeTo(len(stack)-1, i)
		case openers[r] != 0:
			stack = append(stack, openMark{at: i, kind: openers[r], mark: r})
		case closers[r] != 0:
			if k := lastOfKind(stack, closers[r]); k >= 0 {
				closeTo(k, i)
			} else if r == '”' && innermost(straightDouble) {
				closeTo(len(stack)-1, i) // "…,” with mixed marks, the other way round
			} else if r == '”' && canOpen(rs, b, i) && unicode.IsLetter(rs[i+1]) {
				// ”…” with the same mark on both sides, as Swedish and
				// Finnish print quotations and some copy types them: a
				// closing mark with no quotation open, before a word
				stack = append(stack, openMark{at: i, kind: curlyDouble, mark: r})
			}
		case r == '"':
			k := lastOfKind(stack, straightDouble)
			switch {
			case k >= 0 && canClose(rs, b, i):
				closeTo(k, i)
			case k < 0 && innermost(curlyDouble) && canClose(rs, b, i):
				closeTo(len(stack)-1, i) // “…," with mixed marks, as typed
			case canOpen(rs, b, i):
				stack = append(stack, openMark{at: i, kind: straightDouble, mark: r})
			}
		case r == '‘' || r == '\'' || r == '’':
			kind := curlySingle
			if r == '\'' {
				kind = straightSingle
			}
			switch {
			case r != '‘' && innermost(kind) && canClose(rs, b, i) && !possessiveBeforeCloser(rs, b, i, r):
				closeTo(len(stack)-1, i)
			case r != '’' && canOpen(rs, b, i) && i+1 < b.End && unicode.IsLetter(rs[i+1]):
				stack = append(stack, openMark{at: i, kind: kind, mark: r})
			}
		}
	}
	switch {
	case len(stack) == 0:
	case continuesInto(rs, stack[0], next):
		pairs = append(pairs, claimx.Span{Start: stack[0].at + 1, End: b.End})
	case next.Start >= len(rs):
		if end, ok := cutOff(rs, b, stack[0]); ok {
			pairs = append(pairs, claimx.Span{Start: stack[0].at + 1, End: end})
		}
	}
	return outermost(pairs)
}

// cutOff reports whether a quotation left open in b, the text's last
// block, was cut off with the text, as an excerpt ends in mid-sentence
// ("… come “at the right time and under the right ti"), and returns where
// its words end. A double mark opens it; the text ends with no stop, so the
// mark is no stray one in a finished sentence.
func cutOff(rs []rune, b claimx.Span, open openMark) (int, bool) {
	if open.kind == curlySingle || open.kind == straightSingle {
		return 0, false
	}
	end := b.End
	for end > open.at+1 && unicode.IsSpace(rs[end-1]) {
		end--
	}
	if end <= open.at+1 || strings.ContainsRune(".!?…", rs[end-1]) {
		return 0, false
	}
	return end, true
}

// continuesInto reports whether a quotation left open at the end of its
// paragraph goes on in the next one: by the printers' convention a quotation
// over several paragraphs opens every one of them again and closes only
// the last. Any other unclosed mark is dropped.
func continuesInto(rs []rune, open openMark, next claimx.Span) bool {
	if next.Start >= next.End || next.Start >= len(rs) || open.kind == curlySingle || open.kind == straightSingle {
		return false
	}
	return rs[next.Start] == open.mark
}

func lastOfKind(stack []openMark, kind quoteKind) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].kind == kind {
			return k
		}
	}
	return -1
}

// canOpen reports whether the mark at i stands where a quotation opens: at
// the start of the block or after a space, an opening bracket, a dash or
// another mark, and before a non-space.
func canOpen(rs []rune, b claimx.Span, i int) bool {
	if i+1 >= b.End || unicode.IsSpace(rs[i+1]) {
		return false
	}
	if i == b.Start {
		return true
	}
	p := rs[i-1]
	return unicode.IsSpace(p) || strings.ContainsRune("([{—–-/", p) || isQuoteMark(p)
}

// canClose reports whether the mark at i stands where a quotation closes:
// after a non-space and at the end of the block or before a non-letter.
func canClose(rs []rune, b claimx.Span, i int) bool {
	if i == b.Start || unicode.IsSpace(rs[i-1]) {
		return false
	}
	return i+1 >= b.End || !isWordRune(rs[i+1])
}

// possessiveLookahead bounds the search for a later closing mark: scare
// quotes in single marks hold a few words, not a paragraph.
const possessiveLookahead = 200

// possessiveBeforeCloser reports whether the mark at i is more likely the
// apostrophe of a plural possessive ("countries’ rules") than a closing
// mark: it follows an s and precedes a space, and a later mark of the same
// shape could close the quotation.
func possessiveBeforeCloser(rs []rune, b claimx.Span, i int, mark rune) bool {
	if unicode.ToLower(rs[i-1]) != 's' || i+1 >= b.End || rs[i+1] != ' ' {
		return false
	}
	for j := i + 1; j < b.End && j < i+possessiveLookahead; j++ {
		if rs[j] == mark && canClose(rs, b, j) {
			return true
		}
	}
	return false
}

// outermost keeps the spans not inside another one, in text order.
func outermost(spans []claimx.Span) []claimx.Span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End > spans[j].End
	})
	var out []claimx.Span
	for _, s := range spans {
		if n := len(out); n > 0 && out[n-1].Contains(s) {
			continue
		}
		out = append(out, s)
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// quotation is one quotation as printed, joined again from the pieces that
// Quotes cut at claim boundaries. Attributions are scored per quotation:
// the quote of a speaker is the whole text between the marks.
type quotation struct {
	claimx.Quote
	// Claims are the indexes in Article.Claims of the claims it covers.
	Claims []int
	// Speaker is the first speaker among those claims, "" if none (or if
	// Attributions has not run).
	Speaker string
}

// quotations returns the quotations of a tagged article in text order. Two
// consecutive pieces belong to one quotation when nothing but white space
// separates them, or white space holding a line break and then the mark
// that reopens the quotation in its next paragraph: a closing mark between
// them would have ended it. The joined Text keeps the white space between
// the pieces and drops that mark; Span runs from the first piece to the last.
func quotations(a *claimx.Article) []quotation {
	off := locate.Offsets{Text: a.Text} // asked in text order: pieces come so
	var out []quotation
	for i := range a.Claims {
		for _, q := range a.Claims[i].Quotes {
			n := len(out)
			if n > 0 && out[n-1].Claims[len(out[n-1].Claims)-1] != i && out[n-1].End <= q.Start {
				if gap, ok := quoteGap(a.Text[off.At(out[n-1].End):off.At(q.Start)]); ok {
					last := &out[n-1]
					last.Text += gap + q.Text
					last.End = q.End
					last.Claims = append(last.Claims, i)
					continue
				}
			}
			out = append(out, quotation{Quote: q, Claims: []int{i}})
		}
	}
	for k := range out {
		for _, i := range out[k].Claims {
			if s := a.Claims[i].Speaker; s != "" {
				out[k].Speaker = s
				break
			}
		}
	}
	return out
}

// quoteGap returns the white space of gap, the text between two pieces of
// one quotation, and false when gap shows they are separate quotations.
func quoteGap(gap string) (string, bool) {
	space := strings.TrimRightFunc(gap, func(r rune) bool { return !unicode.IsSpace(r) })
	if strings.TrimSpace(space) != "" {
		return "", false
	}
	switch rest := []rune(gap[len(space):]); {
	case len(rest) == 0:
		return space, true
	case len(rest) == 1 && isQuoteMark(rest[0]) && strings.ContainsRune(space, '\n'):
		return space, true
	}
	return "", false
}
