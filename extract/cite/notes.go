package cite

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/segment"
)

// noteCitations gives each dated citation of the article's endnotes ("[3]
// Li Wei, “Ports reopen,” Harbour Daily, March 9, 2024.") to the first
// claim that marks the note ([3]): the claim the note documents. A note no
// claim marks (its marker cut from an excerpt, or a list of sources under
// a brief) still cites: it goes to the last claim above it. A note's
// citations keep their spans in the notes, outside the claim, so that
// text[start:end] still reads the entry. Notes printed inside the running
// text are claims of their own, whose citations Parse finds.
func noteCitations(a *claimx.Article, notes map[int]noteText, published time.Time) {
	if len(notes) == 0 {
		return
	}
	cite := func(c *claimx.Claim, note noteText) {
		rs := []rune(a.Text[note.from:note.to])
		c.Citations = append(c.Citations, parseCitationContent(rs, tokenizeCitation(rs, 0, len(rs)), note.base, published, orderUnknown)...)
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		markers(c.Text, func(num int) {
			note, ok := notes[num]
			if !ok {
				return
			}
			delete(notes, num) // the first claim that marks it
			cite(c, note)
		})
	}
	for _, num := range slices.Sorted(maps.Keys(notes)) {
		if above := locate.From(a.Claims, notes[num].base); above > 0 {
			cite(&a.Claims[above-1], notes[num])
		}
	}
}

// noteText is where a note's entry stands: bytes from and to in the
// article text, base and end its first code point and the one after its
// last.
type noteText struct{ from, to, base, end int }

// inNote reports whether the code point at offset lies in one of notes.
func inNote(notes map[int]noteText, offset int) bool {
	for _, n := range notes {
		if n.base <= offset && offset < n.end {
			return true
		}
	}
	return false
}

// endnotes finds the lines of the article that open with a footnote marker
// ("[3] …") and lie outside every claim, by their number.
func endnotes(text string, claims []claimx.Claim) map[int]noteText {
	var notes map[int]noteText
	runeAt, byteAt := 0, 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimLeft(text[start:end], " \t")
		if n := segment.FootnoteMarker(line); n > 0 {
			from := end - len(line) + n
			runeAt += utf8.RuneCountInString(text[byteAt:from])
			byteAt = from
			if _, inClaim := locate.Claim(claims, runeAt); !inClaim {
				num, _ := strconv.Atoi(line[1 : n-1])
				if notes == nil {
					notes = map[int]noteText{}
				}
				if _, seen := notes[num]; !seen {
					notes[num] = noteText{from: from, to: end, base: runeAt, end: runeAt + utf8.RuneCountInString(text[from:end])}
				}
			}
		}
		start = end + 1
	}
	return notes
}

// markers calls f with the number of every footnote marker ("[3]") in
// text, in order.
func markers(text string, f func(num int)) {
	for off := 0; off < len(text); {
		j := strings.IndexByte(text[off:], '[')
		if j < 0 {
			return
		}
		off += j
		if n := segment.FootnoteMarker(text[off:]); n > 0 {
			num, _ := strconv.Atoi(text[off+1 : off+n-1])
			f(num)
			off += n
			continue
		}
		off++
	}
}
