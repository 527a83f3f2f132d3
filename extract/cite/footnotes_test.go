package cite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// TestFootnotesOutsideClaims: a marker in a claim is the claim's; one on a
// line that is no claim (a by-line, a heading, a closing line) goes to the
// first claim after it, or to the last claim when none follows.
func TestFootnotesOutsideClaims(t *testing.T) {
	text := "Quays of the Délta\n\nBy Ana Ruiz.[1]\n\nThe quays were rebuilt.[2] Crews returned in May.\n\n" +
		"Harbour Fees[3]\n\nFees rose by a fifth, the board said. [4][5]\n\nFull report here [6]\n"
	sentences := []string{"The quays were rebuilt.[2]", "Crews returned in May.", "Fees rose by a fifth, the board said. [4][5]"}
	a := &claimx.Article{Text: text}
	for i, s := range sentences {
		at := strings.Index(text, s)
		start := utf8.RuneCountInString(text[:at])
		a.Claims = append(a.Claims, claimx.Claim{Index: i, Text: s, Span: claimx.Span{Start: start, End: start + utf8.RuneCountInString(s)}})
	}
	for range 2 { // tagging again gives the same numbers
		Footnotes{}.Tag(context.Background(), a)
	}
	var got [][]int
	for _, c := range a.Claims {
		got = append(got, c.Footnotes)
	}
	want := [][]int{{1, 2}, nil, {3, 4, 5, 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("footnotes %v, want %v", got, want)
	}
}
