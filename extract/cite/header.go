package cite

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/locate"
)

// headerCredit reports whether cites[k], printed on its own short line
// higher in the header than the line right over the first claim (the
// citation's line ends at lineEnd), is the credit of a reposted piece,
// which the page prints over the piece's text: "Tide Weekly, 2 May 2024"
// between a headline and "Posted by the editors". A credit on the line
// next above or below another is one of a list of links ("Read also"
// over two of them; a masthead's date over the next issue's), no piece's
// credit. Nor is a day the page gives itself, in its metadata or on its
// own printed date line; and a longer line is prose the claims leave out.
func headerCredit(runes []rune, cites []claimx.Citation, k, lineEnd int, days []time.Time) bool {
	c := cites[k]
	lineStart := locate.LineStart(runes, c.Start)
	if lineEnd-lineStart > maxCreditRunes || slices.ContainsFunc(days, func(d time.Time) bool { return sameDay(c.Date, d) }) {
		return false
	}
	// Citations are in text order: only the one before can end on the line
	// above, only the one after start on the line below.
	above := k > 0 && cites[k-1].End > lineAbove(runes, lineStart)
	below := k+1 < len(cites) && cites[k+1].Start < lineBelow(runes, lineEnd)
	return !above && !below
}

// lineAbove is where the nearest line with any text above the line
// starting at lineStart starts, or -1 if there is none.
func lineAbove(runes []rune, lineStart int) int {
	i := lineStart - 1
	for i >= 0 && unicode.IsSpace(runes[i]) {
		i--
	}
	if i < 0 {
		return -1
	}
	return locate.LineStart(runes, i)
}

// lineBelow is where the nearest line with any text below the line ending
// at lineEnd ends.
func lineBelow(runes []rune, lineEnd int) int {
	i := lineEnd
	for i < len(runes) && unicode.IsSpace(runes[i]) {
		i++
	}
	for i < len(runes) && runes[i] != '\n' {
		i++
	}
	return i
}

// pageDays are the days a page gives as its own: its publication day from
// the metadata (published, zero if none) and the dates its header prints
// on a line of their own or in a dateline, above the first claim.
func pageDays(runes []rune, claims []claimx.Claim, published time.Time) []time.Time {
	var days []time.Time
	if !published.IsZero() {
		days = append(days, published)
	}
	if len(claims) == 0 {
		return days
	}
	n := 0
	for line := range strings.Lines(string(runes[:locate.LineStart(runes, claims[0].Start)])) {
		if n == maxAnchorLines {
			break
		}
		n++
		line = anchorPrefix(strings.TrimSpace(line))
		if d, ok := dateLine(line); ok {
			days = append(days, d)
		} else if d, ok := dateline(line); ok {
			days = append(days, d)
		}
	}
	return days
}

// sameDay reports whether a and b fall on the same calendar day as
// written, whatever their zones.
func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
