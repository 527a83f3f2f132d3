package cite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// TestFootnotesOutsideClaims: a marker in a claim is the claim's; one
// closing a line that is no claim (a by-line, a heading, a closing line)
// goes to the first claim after it, or to the last claim when none
// follows, where it fits the article's numbering. A page's counters, a
// marker inside a line and an endnote's number are no markers of a claim.
func TestFootnotesOutsideClaims(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		sentences []string
		want      [][]int
	}{
		{"by-line, heading and closing line",
			"Quays of the Délta\n\nBy Ana Ruiz.[1]\n\nThe quays were rebuilt.[2] Crews returned in May.\n\n" +
				"Harbour Fees[3]\n\nFees rose by a fifth, the board said. [4][5]\n\nFull report here [6]\n",
			[]string{"The quays were rebuilt.[2]", "Crews returned in May.", "Fees rose by a fifth, the board said. [4][5]"},
			[][]int{{1, 2}, nil, {3, 4, 5, 6}}},
		{"a page's counters and pager",
			"Comments [14]\n\nThe ferry ran late.[1] It docked at noon.\n\nShares [27] | Likes [310]\n\nPage [2] of [9]\n\nPhotos [6]\n",
			[]string{"The ferry ran late.[1]", "It docked at noon."},
			[][]int{{1}, nil}},
		{"no markers of its own: a counter stays out",
			"Section [3]\n\nThe ferry ran late. It docked at noon.\n\nVol. [12] No. [3]\n",
			[]string{"The ferry ran late.", "It docked at noon."},
			[][]int{nil, nil}},
		{"markers cut from the sentence before open the next one's line",
			"The ferry ran late.\n[11][12] It docked at noon.\n",
			[]string{"The ferry ran late.", "It docked at noon."},
			[][]int{nil, {11, 12}}},
		{"endnotes and a marker broken onto its own line",
			"The ferry ran late.[1] It docked at noon.[2]\n[2]\n\n[1] Port log, 2021.\n[2] Harbour Daily, May 4.\n",
			[]string{"The ferry ran late.[1]", "It docked at noon.[2]"},
			[][]int{{1}, {2}}},
	}
	for _, tt := range tests {
		a := &claimx.Article{Text: tt.text}
		for i, s := range tt.sentences {
			at := strings.Index(tt.text, s)
			start := utf8.RuneCountInString(tt.text[:at])
			a.Claims = append(a.Claims, claimx.Claim{Index: i, Text: s, Span: claimx.Span{Start: start, End: start + utf8.RuneCountInString(s)}})
		}
		for range 2 { // tagging again gives the same numbers
			Footnotes{}.Tag(context.Background(), a)
		}
		var got [][]int
		for _, c := range a.Claims {
			if len(c.Footnotes) == 0 {
				c.Footnotes = nil
			}
			got = append(got, c.Footnotes)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: footnotes %v, want %v", tt.name, got, tt.want)
		}
	}
}
