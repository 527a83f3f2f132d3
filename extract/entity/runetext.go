package entity

import "unicode/utf8"

// runeText is a claim's text read by rune offset, the offsets tokens and
// mentions count in. It keeps the string and where its runes of more than
// one byte stand instead of a []rune: the tagger holds every claim of an
// article until it has resolved the last mention, and a []rune takes four
// bytes for each character, where the English around the names is mostly
// one byte a character.
type runeText struct {
	s    string
	n    int        // runes
	wide []wideRune // the runes of more than one byte, in text order
}

// wideRune is a rune of more than one byte: its rune offset, and the bytes
// beyond one a rune that all wide runes up to and including it take.
type wideRune struct{ at, extra int32 }

func newRuneText(s string) runeText {
	t := runeText{s: s}
	extra := 0
	for b := 0; b < len(s); t.n++ {
		if s[b] < utf8.RuneSelf {
			b++
			continue
		}
		// An invalid byte is one rune of one byte, as a []rune reads it.
		_, size := utf8.DecodeRuneInString(s[b:])
		if size > 1 {
			extra += size - 1
			t.wide = append(t.wide, wideRune{at: int32(t.n), extra: int32(extra)})
		}
		b += size
	}
	return t
}

// len is the number of runes.
func (t runeText) len() int { return t.n }

// byteAt is the byte offset of rune i (len(s) for i == t.n).
func (t runeText) byteAt(i int) int {
	lo, hi := 0, len(t.wide) // the first wide rune at or after i
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(t.wide[m].at) < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return i
	}
	return i + int(t.wide[lo-1].extra)
}

// at is rune i.
func (t runeText) at(i int) rune {
	if len(t.wide) == 0 {
		if c := t.s[i]; c < utf8.RuneSelf {
			return rune(c)
		}
		return utf8.RuneError // an invalid byte, as a []rune reads it
	}
	b := t.byteAt(i)
	if c := t.s[b]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(t.s[b:])
	return r
}

// slice is the text of runes [i, j), a substring: an invalid byte stays
// as written where a []rune's string would hold U+FFFD (claimx's input is
// valid UTF-8; only a library caller's text may not be).
func (t runeText) slice(i, j int) string {
	if len(t.wide) == 0 {
		return t.s[i:j]
	}
	return t.s[t.byteAt(i):t.byteAt(j)]
}
