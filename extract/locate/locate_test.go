package locate

import (
	"testing"

	"github.com/claimx/claimx"
)

func TestClaim(t *testing.T) {
	// "One. Two." as two claims: [0, 4) and [5, 9).
	claims := []claimx.Claim{{Span: claimx.Span{Start: 0, End: 4}}, {Span: claimx.Span{Start: 5, End: 9}}}
	for offset, want := range map[int]int{0: 0, 3: 0, 4: -1, 5: 1, 8: 1, 9: -1, 20: -1} {
		i, ok := Claim(claims, offset)
		if !ok {
			i = -1
		}
		if i != want {
			t.Errorf("Claim(%d) = %d, want %d", offset, i, want)
		}
	}
	if From(claims, 4) != 1 || From(claims, 9) != 2 {
		t.Errorf("From(4) = %d, From(9) = %d", From(claims, 4), From(claims, 9))
	}
}

func TestInside(t *testing.T) {
	spans := []claimx.Span{{Start: 2, End: 6}, {Start: 10, End: 12}}
	for s, want := range map[claimx.Span]bool{
		{Start: 2, End: 6}: true, {Start: 3, End: 4}: true, {Start: 10, End: 11}: true,
		{Start: 5, End: 7}: false, {Start: 0, End: 1}: false, {Start: 6, End: 10}: false, {Start: 12, End: 13}: false,
	} {
		if got := Inside(spans, s); got != want {
			t.Errorf("Inside(%v) = %v, want %v", s, got, want)
		}
	}
}

func TestLineStart(t *testing.T) {
	rs := []rune("港口\nPorts reopened.\n\nFees rose.")
	for i, want := range map[int]int{0: 0, 1: 0, 2: 0, 3: 3, 10: 3, 18: 3, 19: 19, 20: 20, 25: 20} {
		if got := LineStart(rs, i); got != want {
			t.Errorf("LineStart(%d) = %d, want %d", i, got, want)
		}
	}
}
