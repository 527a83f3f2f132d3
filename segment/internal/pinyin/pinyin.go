// Package pinyin romanises Chinese characters as toneless pinyin, and tells
// whether a romanisation printed in an English article (a name such as "Yan
// Kunru", a transliteration such as "wangluo zhuquan") spells a given string
// of characters.
//
// go-pinyin reads every character on its own, so a character with several
// readings takes its most common one. Two small tables correct that where it
// shows most: words whose characters read otherwise together (银行 yinhang,
// not yinxing) and surnames (曾 zeng, not ceng). Matching against printed
// text needs no table: it accepts any reading of each character.
package pinyin

import (
	"strings"
	"unicode"

	gp "github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// Normalize folds printed romanisation to the form readings are compared in:
// lower case, tone marks dropped, ü (and v, which stands for it) as u, and
// apostrophes and hyphens inside a word removed (Xi'an, Ing-wen).
func Normalize(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == '-':
		case r == 'v' || r == 'V':
			b.WriteByte('u')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// readings returns the toneless readings of a Han character, the most common
// first, or nil for a character go-pinyin does not know.
func readings(r rune) []string {
	v, ok := gp.PinyinDict[int(r)]
	if !ok {
		return nil
	}
	out := strings.Split(v, ",")
	for i, p := range out {
		out[i] = Normalize(p)
	}
	return out
}

// Word romanises one segment: each Han character becomes its syllable, the
// syllables joined without spaces ("wangluo"). Letters and digits are kept
// as written ("AI"); other characters, such as the dot inside a
// transliterated name, are dropped. When name is true the segment is read as
// a person's name, so a leading surname takes its surname reading.
func Word(seg string, name bool) string {
	rs := []rune(seg)
	var b strings.Builder
	i := 0
	if name {
		for n := maxSurname; n > 0; n-- {
			if n <= len(rs) && surnames[string(rs[:n])] != "" {
				b.WriteString(strings.ReplaceAll(surnames[string(rs[:n])], " ", ""))
				i = n
				break
			}
		}
	}
	for i < len(rs) {
		if n, syl := phraseAt(rs[i:]); n > 0 {
			b.WriteString(syl)
			i += n
			continue
		}
		r := rs[i]
		if rd := readings(r); len(rd) > 0 {
			b.WriteString(rd[0])
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
		i++
	}
	return b.String()
}

// phraseAt returns the length and the syllables of the longest phrase-table
// word at the start of rs, or 0 when none starts there.
func phraseAt(rs []rune) (int, string) {
	for n := min(maxPhrase, len(rs)); n > 1; n-- {
		if p, ok := phrases[string(rs[:n])]; ok {
			return n, strings.ReplaceAll(p, " ", "")
		}
	}
	return 0, ""
}

// Spell reports whether words, a romanisation as printed, spell han: every
// character read in turn (Han characters by any of their readings, letters
// and digits as themselves), each word covering whole characters. On
// success it returns how many characters each word covers and the reading
// each character was matched with. Printed spellings confuse -n and -ng
// (Fang Bingxing for 方滨兴 Fang Binxing), so either is accepted; the
// reading returned is the character's own.
func Spell(han []rune, words []string) (covers []int, syllables []string, ok bool) {
	text := strings.Join(words, "")
	ends := make(map[int]bool, len(words))
	pos := 0
	for _, w := range words {
		if w == "" {
			return nil, nil, false
		}
		pos += len(w)
		ends[pos] = true
	}
	syllables = make([]string, len(han))
	spelt := make([]int, len(han)) // bytes of text each character took
	failed := make(map[[2]int]bool)
	// match reads han[i:] from text[p:], recording the path that succeeds; a
	// position already proved hopeless is not tried again.
	var match func(i, p int) bool
	match = func(i, p int) bool {
		if i == len(han) {
			return p == len(text)
		}
		if failed[[2]int{i, p}] {
			return false
		}
		for _, c := range candidates(han[i]) {
			q := p + len(c.spelt)
			if !strings.HasPrefix(text[p:], c.spelt) || crossesWord(ends, p, q) {
				continue
			}
			if match(i+1, q) {
				syllables[i], spelt[i] = c.reading, len(c.spelt)
				return true
			}
		}
		failed[[2]int{i, p}] = true
		return false
	}
	if text == "" || !match(0, 0) {
		return nil, nil, false
	}
	pos, n, closed := 0, 0, 0
	for i := range han {
		pos += spelt[i]
		n++
		if ends[pos] && pos != closed {
			covers = append(covers, n)
			n, closed = 0, pos
		}
	}
	if n > 0 { // characters printed as nothing after the last word
		covers[len(covers)-1] += n
	}
	return covers, syllables, true
}

// crossesWord reports whether a syllable spanning text[p:q] runs over the
// end of a printed word.
func crossesWord(ends map[int]bool, p, q int) bool {
	for e := p + 1; e < q; e++ {
		if ends[e] {
			return true
		}
	}
	return false
}

// candidate is one way a character may be spelt in print, and the reading
// that spelling stands for.
type candidate struct{ spelt, reading string }

func candidates(r rune) []candidate {
	rd := readings(r)
	if rd == nil {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			s := Normalize(string(r))
			return []candidate{{s, s}}
		}
		// Punctuation inside a run (the dot in a transliterated name) is
		// not printed in its romanisation.
		return []candidate{{"", ""}}
	}
	out := make([]candidate, 0, 2*len(rd))
	for _, p := range rd {
		out = append(out, candidate{p, p})
		switch {
		case strings.HasSuffix(p, "ng") && (strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "eng")):
			out = append(out, candidate{strings.TrimSuffix(p, "g"), p})
		case strings.HasSuffix(p, "in") || strings.HasSuffix(p, "en"):
			out = append(out, candidate{p + "g", p})
		}
	}
	return out
}
