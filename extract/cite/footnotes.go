package cite

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/segment"
)

// Footnotes fills Claim.Footnotes with the numbers of the bracketed footnote
// markers "[3]" in each claim. A marker that closes a line that is no claim
// annotates what that line heads, as a by-line's ("By Ana Ruiz.[1]"), a
// heading's ("Harbour Fees[2]") or a source's under the headline ("Harbour
// Daily [3]") does: it goes to the first claim after it. One under the
// last claim (a closing line, "Full report here [4]") goes to the last
// claim. Such a marker counts only where it fits the article's numbering
// (no higher than one past the highest marker before it or in a claim, no
// number its claim already has), so a page's counters ("Comments [14]") stay out, and a line
// that opens with a marker is an endnote's, not a marker, unless the
// markers stand alone before the claim on its line, cut from the sentence
// before.
type Footnotes struct{}

// Tag implements the tagger shape.
func (Footnotes) Tag(ctx context.Context, a *claimx.Article) {
	own := 0 // the highest number a claim's own markers have
	for i := range a.Claims {
		c := &a.Claims[i]
		c.Footnotes = c.Footnotes[:0]
		markers(c.Text, func(num int) {
			c.Footnotes = append(c.Footnotes, num)
			own = max(own, num)
		})
	}
	text := locate.Offsets{Text: a.Text}
	at := 0 // the byte offset where the last claim read ends
	for i := range a.Claims {
		if ctx.Err() != nil {
			return
		}
		c := &a.Claims[i]
		if before := lineMarkers(a.Text[at:text.At(c.Span.Start)], &own, c.Footnotes); len(before) > 0 {
			c.Footnotes = append(before, c.Footnotes...)
		}
		at = text.At(c.Span.End)
	}
	if n := len(a.Claims); n > 0 {
		c := &a.Claims[n-1]
		c.Footnotes = append(c.Footnotes, lineMarkers(a.Text[at:], &own, c.Footnotes)...)
	}
}

// lineMarkers returns the markers of stretch, a text between claims, that
// close its lines and fit the numbering (at most one past own, the highest
// number seen, which each one taken raises) or open the claim's line, and
// are none of has, the numbers the claim they go to has already.
func lineMarkers(stretch string, own *int, has []int) []int {
	var out []int
	for line := range strings.Lines(stretch) {
		ends := strings.HasSuffix(line, "\n")
		line = strings.TrimSpace(line)
		// Markers alone before the claim on its line ("[21] However, …"),
		// cut from the sentence before by a line break, are markers
		// whatever their numbers.
		opening := !ends && strings.Trim(line, "[]0123456789 ") == ""
		if segment.FootnoteMarker(line) > 0 && !opening {
			continue // an endnote's number, or markers on a line of their own
		}
		var nums []int
		for {
			k := strings.LastIndexByte(line, '[')
			if k < 0 || segment.FootnoteMarker(line[k:]) != len(line)-k {
				break
			}
			num, _ := strconv.Atoi(line[k+1 : len(line)-1])
			nums = append(nums, num)
			line = strings.TrimRight(line[:k], " ")
		}
		for _, num := range slices.Backward(nums) {
			if (opening || num <= *own+1) && !slices.Contains(has, num) && !slices.Contains(out, num) {
				out = append(out, num)
				*own = max(*own, num)
			}
		}
	}
	return out
}
