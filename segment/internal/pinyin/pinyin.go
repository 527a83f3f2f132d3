// Package pinyin romanises Chinese characters as pinyin, and tells whether a
// romanisation printed in an English article (a name such as "Yan Kunru", a
// transliteration such as "wangluo zhuquan") spells a given string of
// characters.
//
// go-pinyin reads every character on its own, so a character with several
// readings takes its most common one. Word readings correct that: a word
// whose characters read otherwise together (银行 yín háng, not yín xíng;
// 藏族 zàng zú) is read whole, from the table tools/wordpinyin builds for
// the words of the segmentation dictionary (words.txt) and a few words
// added by hand (extraWords); a surname takes its surname reading (曾 zēng,
// not céng). Matching against printed text needs no table: it accepts any
// reading of each character.
package pinyin

import (
	_ "embed"
	"strings"
	"sync"
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

// Plain drops the tone marks of toned pinyin and writes ü as u, keeping
// everything else as it is (zhǔquán AI → zhuquan AI).
func Plain(toned string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(toned) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tonedReadings returns the readings of a Han character with their tone
// marks, the most common first, or nil for a character go-pinyin does not
// know.
func tonedReadings(r rune) []string {
	v, ok := gp.PinyinDict[int(r)]
	if !ok {
		return nil
	}
	return strings.Split(v, ",")
}

// readings returns the toneless readings of a Han character, the most
// common first, or nil for a character go-pinyin does not know.
func readings(r rune) []string {
	out := tonedReadings(r)
	for i, p := range out {
		out[i] = Normalize(p)
	}
	return out
}

// Read returns the toned reading of each character of seg: a Han character
// its syllable, a Latin letter or digit itself, any other character (the
// dot inside a transliterated name, a quotation mark) "". Words of the word
// table are read whole, the longest first; when name is true the segment is
// read as a person's name, so a leading surname takes its surname reading.
// confirmed, when not nil, holds for each character the toneless syllable
// printed text confirms ("" where it confirms none): the reading with
// that sound is taken.
func Read(seg string, name bool, confirmed []string) []string {
	rs := []rune(seg)
	out := make([]string, len(rs))
	i := 0
	if name {
		for n := maxSurname; n > 0; n-- {
			if n <= len(rs) && surnames[string(rs[:n])] != "" {
				copy(out, strings.Fields(surnames[string(rs[:n])]))
				i = n
				break
			}
		}
	}
	for i < len(rs) {
		if n, syl := wordAt(rs[i:]); n > 0 {
			copy(out[i:], syl)
			i += n
			continue
		}
		r := rs[i]
		if rd := tonedReadings(r); len(rd) > 0 {
			out[i] = rd[0]
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out[i] = string(r)
		}
		i++
	}
	for i, c := range confirmed {
		if c == "" || i >= len(rs) || Normalize(out[i]) == c {
			continue
		}
		for _, rd := range tonedReadings(rs[i]) {
			if Normalize(rd) == c {
				out[i] = rd
				break
			}
		}
	}
	return out
}

// wordAt returns the length and the syllables of the longest word of the
// word table at the start of rs, or 0 when none starts there.
func wordAt(rs []rune) (int, []string) {
	words, longest := wordTable()
	for n := min(longest, len(rs)); n > 1; n-- {
		if p, ok := words[string(rs[:n])]; ok {
			return n, strings.Fields(p)
		}
	}
	return 0, nil
}

//go:embed words.txt
var generatedWords string

// wordTable returns the word readings, words.txt with extraWords over it,
// and the length in characters of the longest word. It is read on first
// use (about a millisecond).
var wordTable = sync.OnceValues(func() (map[string]string, int) {
	words := make(map[string]string, len(extraWords)+2000)
	for line := range strings.Lines(generatedWords) {
		if w, p, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(w, "#") {
			words[w] = strings.TrimSpace(p)
		}
	}
	for w, p := range extraWords {
		words[w] = p
	}
	longest := 0
	for w := range words {
		longest = max(longest, len([]rune(w)))
	}
	return words, longest
})

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

// candidateCache holds candidates' answer per character, read-only once
// stored: Spell tries every character of a run at every place its
// romanisation could start, and building the answer (decomposing each
// reading to drop its tone) costs far more than the lookup.
var candidateCache sync.Map // rune -> []candidate

func candidates(r rune) []candidate {
	if c, ok := candidateCache.Load(r); ok {
		return c.([]candidate)
	}
	c := spellings(r)
	candidateCache.Store(r, c)
	return c
}

// spellings builds candidates' answer for r.
func spellings(r rune) []candidate {
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
