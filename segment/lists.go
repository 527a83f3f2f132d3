package segment

import (
	"strings"
	"unicode/utf8"
)

// A list item keeps its marker ("1. The first item.", "• 9. The first
// item"): the marker's full stop ends nothing, and in a paragraph that
// opens on a marker, each next marker of the same style starts an item,
// with or without a full stop before it ("1.) The first item 2.) The
// second item").

// marker is a list item's marker: a bullet, an enumerator, or both
// ("• 9."). The style is everything but the enumerator's value, so that
// the items of one list can be told from a number in the text.
type marker struct {
	size   int    // bytes, the white space after the marker included
	bullet rune   // 0 when the marker has none
	enum   string // the enumerator as printed ("9", "b", "iv"), "" when none
	open   bool   // the enumerator is in parentheses: "(iv)"
	close  string // what follows the enumerator: ".", ".)" or ")"
}

// BulletMarks are the marks that serve only to open a list item: the
// bullet and the shapes pages print for it ("● In Lagos, …", "◾ The
// port …", "► Ferries resume"). bullets are all the marks that open an
// item, and inlineBullets those that also separate items on one line; a
// dash or an asterisk inside a line is punctuation or emphasis.
const (
	BulletMarks   = "•◦▪‣⁃·●○■□◾◼◆◇►▶▸"
	bullets       = BulletMarks + "*-–"
	inlineBullets = BulletMarks
)

// maxEnumerator bounds an enumerator's length: three digits, or a roman
// numeral up to "viii".
const maxEnumerator = 4

// parseMarker reads the list marker s starts with, set off by white space
// from the text that follows it.
func parseMarker(s string) (marker, bool) {
	var m marker
	i := 0
	if r, size := utf8.DecodeRuneInString(s); strings.ContainsRune(bullets, r) {
		m.bullet, i = r, size
	}
	afterBullet := i
	i += len(s[i:]) - len(strings.TrimLeft(s[i:], " \t"))
	if n, ok := enumerator(s[i:], &m); ok {
		i += n
	} else {
		i = afterBullet
	}
	if m.bullet == 0 && m.enum == "" {
		return marker{}, false
	}
	text := i + len(s[i:]) - len(strings.TrimLeft(s[i:], " \t\n"))
	if text == i || text == len(s) {
		return marker{}, false
	}
	m.size = text
	return m, true
}

// enumerator reads an item's number or letter with its punctuation, "9.",
// "2.)", "3)", "b.", "(iv)", "9c.", into m and returns its length.
func enumerator(s string, m *marker) (int, bool) {
	i := 0
	if strings.HasPrefix(s, "(") {
		m.open, i = true, 1
	}
	from := i
	for i < len(s) && i-from <= maxEnumerator && isASCIIAlnum(s[i]) {
		i++
	}
	enum := s[from:i]
	// The punctuation after it is checked first: most words are no
	// enumerator, and this tells cheaply.
	if enum == "" || len(enum) > maxEnumerator || i == len(s) || s[i] != '.' && s[i] != ')' {
		return 0, false
	}
	if !(allDigits(enum) || len(enum) == 1 || roman(enum) > 0 || subItem(enum)) {
		return 0, false
	}
	// A capital and a full stop is an initial ("A. Lindqvist"), not an
	// item.
	initial := len(enum) == 1 && enum[0] >= 'A' && enum[0] <= 'Z' && !m.open && s[i] == '.' && !strings.HasPrefix(s[i:], ".)")
	var close string
	switch {
	case m.open && strings.HasPrefix(s[i:], ")"):
		close = ")"
	case m.open:
		return 0, false
	case strings.HasPrefix(s[i:], ".)"):
		close = ".)"
	case strings.HasPrefix(s[i:], ".") && !initial, strings.HasPrefix(s[i:], ")"):
		close = s[i : i+1]
	default:
		return 0, false
	}
	m.enum, m.close = enum, close
	return i + len(close), true
}

// ItemStart returns (in bytes) where the text of a sentence starting at start begins
// past a list marker, or start when it opens on none.
func ItemStart(text string, start int) int {
	lead := start + len(text[start:]) - len(strings.TrimLeft(text[start:], " \t\n"))
	if m, ok := parseMarker(text[lead:]); ok {
		return lead + m.size
	}
	return start
}

// listBreaks returns the byte offsets at which the items after the first
// start, in a text that opens on a list marker: every marker of the same
// style whose enumerator counts on from the one before (1, 2, 3 or a, b,
// c or i, ii, iii), or, for a bare bullet, every same bullet, each after
// white space. A text that opens on no marker has none.
func listBreaks(text string) []int {
	lead := len(text) - len(strings.TrimLeft(text, " \t\n"))
	first, ok := parseMarker(text[lead:])
	if !ok {
		return nil
	}
	if first.enum == "" {
		if !strings.ContainsRune(inlineBullets, first.bullet) {
			return nil
		}
		return nextMarkers(text, lead+first.size, func(m marker) bool { return m.bullet == first.bullet && m.enum == "" })
	}
	var best []int
	for _, count := range []func(string) int{number, letter, roman} {
		prev := count(first.enum)
		if prev == 0 {
			continue
		}
		breaks := nextMarkers(text, lead+first.size, func(m marker) bool {
			if m.bullet != first.bullet || m.open != first.open || m.close != first.close || lowerCase(m.enum) != lowerCase(first.enum) || count(m.enum) != prev+1 {
				return false
			}
			prev++
			return true
		})
		if len(breaks) > len(best) {
			best = breaks
		}
	}
	return best
}

// nextMarkers returns the offsets of the markers after white space in
// text[from:] that next accepts, in order.
func nextMarkers(text string, from int, next func(marker) bool) []int {
	var out []int
	for i := from; i < len(text); i++ {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\n' {
			continue
		}
		j := i + 1
		if m, ok := parseMarker(text[j:]); ok && next(m) {
			out = append(out, j)
			i = j + m.size - 1
		}
	}
	return out
}

// lowerCase reports whether an enumerator has no capital, so that "a."
// is not followed by "B.".
func lowerCase(s string) bool { return strings.ToLower(s) == s }

// number is the value of an enumerator in digits, 0 for any other.
func number(s string) int {
	if !allDigits(s) {
		return 0
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// letter is the place in the alphabet of a one-letter enumerator, 0 for any
// other.
func letter(s string) int {
	if len(s) != 1 {
		return 0
	}
	c := s[0] | 0x20
	if c < 'a' || c > 'z' {
		return 0
	}
	return int(c-'a') + 1
}

// roman is the value of a roman numeral from i to xxxix, in either case, 0
// for anything else.
func roman(s string) int {
	if len(s) > maxEnumerator {
		return 0
	}
	var buf [maxEnumerator]byte
	lower := buf[:len(s)]
	for i := range len(s) {
		lower[i] = s[i] | 0x20
	}
	if (s[0] < 'a') != (s[len(s)-1] < 'a') {
		return 0 // mixed case
	}
	tens := 0
	for tens < len(lower) && lower[tens] == 'x' {
		tens++
	}
	u, ok := romanUnits[string(lower[tens:])]
	if !ok || tens+u == 0 || tens > 3 {
		return 0
	}
	return 10*tens + u
}

var romanUnits = map[string]int{"": 0, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}

// subItem reports whether an enumerator numbers an item under a numbered
// one: digits and a lower-case letter ("9c").
func subItem(s string) bool {
	last := s[len(s)-1]
	return len(s) > 1 && last >= 'a' && last <= 'z' && allDigits(s[:len(s)-1])
}

func allDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// NoteBody is entry without the caret (or arrow) that opens a wiki's
// note and the letters after it that link back to the places citing it:
// "^ a b c ‘Ports’, …" is "‘Ports’, …". ok is false, and entry is kept,
// when the entry opens on no caret.
func NoteBody(entry string) (body string, ok bool) {
	rest, ok := strings.CutPrefix(entry, "^")
	if !ok {
		if rest, ok = strings.CutPrefix(entry, "↑"); !ok {
			return entry, false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	for len(rest) > 2 && 'a' <= rest[0] && rest[0] <= 'z' && rest[1] == ' ' {
		rest = strings.TrimLeft(rest[2:], " ")
	}
	return rest, true
}
