package entity

import "testing"

// TestRuneText reads texts of one-byte, wide and invalid runes by rune
// offset, as a []rune of them does.
func TestRuneText(t *testing.T) {
	for _, s := range []string{
		"",
		"Plain ASCII text.",
		"“Quoted,” said Li’s aide in 北京 (Beijing).",
		"网络主权 cyber sovereignty 🚀 at the end 🚀",
		"bad \xff byte and \xe4\xb8 a cut rune, then 中",
		"中国",
		"only \xff invalid \xc0 bytes",
	} {
		rs := []rune(s)
		rt := newRuneText(s)
		if rt.len() != len(rs) {
			t.Fatalf("%q: len %d, want %d", s, rt.len(), len(rs))
		}
		for i := range rs {
			if got := rt.at(i); got != rs[i] {
				t.Errorf("%q: at(%d) = %q, want %q", s, i, got, rs[i])
			}
			for j := i; j <= len(rs); j++ {
				if got, want := rt.slice(i, j), string(rs[i:j]); got != want && !(invalidIn(s) && len([]rune(got)) == j-i) {
					t.Errorf("%q: slice(%d, %d) = %q, want %q", s, i, j, got, want)
				}
			}
		}
	}
}

// invalidIn reports whether s holds bytes that are not UTF-8: a slice of
// it keeps them as written where a []rune writes U+FFFD.
func invalidIn(s string) bool {
	for _, r := range s {
		if r == '\uFFFD' {
			return true
		}
	}
	return false
}
