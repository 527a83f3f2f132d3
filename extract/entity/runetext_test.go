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
		var at []int // byte offset of each rune, as ranging over s gives them
		for b := range s {
			at = append(at, b)
		}
		at = append(at, len(s))
		rt := newRuneText(s)
		if rt.len() != len(rs) {
			t.Fatalf("%q: len %d, want %d", s, rt.len(), len(rs))
		}
		for i := range rs {
			if got := rt.at(i); got != rs[i] {
				t.Errorf("%q: at(%d) = %q, want %q", s, i, got, rs[i])
			}
			for j := i; j <= len(rs); j++ {
				// A slice keeps an invalid byte as written, where a
				// []rune's string would hold U+FFFD.
				if got, want := rt.slice(i, j), s[at[i]:at[j]]; got != want {
					t.Errorf("%q: slice(%d, %d) = %q, want %q", s, i, j, got, want)
				}
			}
		}
	}
}
