package term

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/segment"
)

// This file reads the glossaries that print each term and its English
// side by side with no mark between them, a line per entry or a table's
// row of entries (炒锅 round iron pan; 选举委员会  Election committee
// 立法会  Legislative council).

// minColumnGap is the fewest spaces that part a table's columns where a
// page's table was flattened to text: one space parts words.
const minColumnGap = 2

// printsEntries reports whether an article prints its Chinese as a
// glossary's entries, the run opening its line or a table's cell and its
// English filling the rest of it, for minLinePairs runs or more. Such an
// article's phrase after a run is the run's English, though no mark sets
// it off and no dictionary names it; elsewhere English after a run may be
// the sentence going on (共同富裕 spread).
func printsEntries(views []runView) bool {
	n := 0
	for _, v := range views {
		if g, _ := entryCell(v.rs, v.r); g != "" {
			n++
		}
	}
	return n >= minLinePairs
}

// entryCell returns the English of the glossary's entry the run r opens:
// the run at the start of its line, after a list item's mark or its
// romanisation at most, or of a table's cell, a column's gap before it;
// then, past its romanisation in the same cell or the next (雾霾  wùmái
// winter smog), a phrase to the line's end or the next column's gap
// that a glossary's entry may hold (glossEntry), or a quotation whole
// (港人治港  ‘Hong Kong people, ruling Hong Kong’); and the romanisation passed.
// "" where the run opens no such entry.
func entryCell(rs []rune, r [2]int) (english, roman string) {
	hanzi := string(rs[r[0]:r[1]])
	// The cell's text before the run: back to the column's gap or the
	// line's start, no further.
	from := r[0]
	for from > 0 && rs[from-1] != '\n' && !columnGapAt(rs, from-minColumnGap, true) {
		from--
	}
	if b := strings.TrimSpace(string(rs[from:r[0]])); b != "" && !listItemOpener(b) && !segment.Spells(hanzi, b) {
		return "", ""
	}
	if r[1] >= len(rs) || rs[r[1]] != ' ' && rs[r[1]] != '\t' {
		return "", ""
	}
	cell, next := cellAt(rs, r[1])
	if roman = leadingRomanisation(cell, hanzi); roman != "" {
		if cell = strings.TrimSpace(cell[len(roman):]); cell == "" {
			cell, _ = cellAt(rs, next)
		}
	}
	cell = strings.TrimLeft(cell, " "+entryMarks)
	if q, ok := glossOpeningQuote(cell); ok && len([]rune(q))+2 == len([]rune(cell)) {
		cell = q
	}
	if words := strings.Fields(cell); len(words) == 1 && glossStartsUpper(cell) {
		// A table capitalises its English, a word alone too (镇长
		// Mayor), but a language's name is a menu's (中文  English).
		if !latin(cell) || !strings.ContainsFunc(cell, unicode.IsLetter) || strings.ContainsFunc(cell, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) || languageNames(words) {
			return "", roman
		}
		return cell, roman
	}
	return glossEntry(cell, hanzi), roman
}

// cellAt returns the text of the column of a flattened table row that
// starts at rs[i], its spaces trimmed, and where the next column's gap
// starts: it reads no further than the line's end or that gap.
func cellAt(rs []rune, i int) (cell string, next int) {
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\t') {
		i++
	}
	next = i
	for next < len(rs) && rs[next] != '\n' && !columnGapAt(rs, next, false) {
		next++
	}
	return strings.TrimSpace(string(rs[i:next])), next
}

// leadingRomanisation returns the start of cell that spells hanzi in
// pinyin, as printed, bare or in brackets ((nèijuǎn), [bǎn tú]), a mark
// after it at most; "" if it does not open with one.
func leadingRomanisation(cell, hanzi string) string {
	if cell == "" {
		return ""
	}
	if cell[0] == '(' || cell[0] == '[' {
		closer := byte(')')
		if cell[0] == '[' {
			closer = ']'
		}
		if i := strings.IndexByte(cell, closer); i > 0 && segment.Spells(hanzi, cell[1:i]) {
			return cell[:i+1]
		}
		return ""
	}
	words := strings.Fields(cell)
	for k := 1; k <= min(len(words), utf8.RuneCountInString(hanzi)); k++ {
		p := strings.Join(words[:k], " ")
		if segment.Spells(hanzi, strings.TrimRight(p, ",:;")) {
			return cell[:strings.Index(cell, words[k-1])+len(words[k-1])]
		}
	}
	return ""
}

// entryGloss returns the English of the glossary's entry the run r opens
// (entryCell) as its gloss. A name's row gives the person's office or
// story, no gloss, and the name's romanisation, every word capitalised,
// its gloss (陈志明  Mayor; 陈志明  Chen Zhiming).
func entryGloss(rs []rune, r [2]int, zh *cuts) string {
	hanzi := string(rs[r[0]:r[1]])
	g, roman := entryCell(rs, r)
	if segment.PersonName(hanzi) && !listedWord(hanzi, zh) {
		if nameCased(roman) {
			return strings.TrimRight(roman, ",:;")
		}
		return ""
	}
	return g
}

// columnGapAt reports whether a gap between the columns of a flattened
// table starts at rs[i]: minColumnGap spaces, or a tab unless spaces
// alone count.
func columnGapAt(rs []rune, i int, spacesOnly bool) bool {
	if i < 0 || i >= len(rs) {
		return false
	}
	if rs[i] == '\t' {
		return !spacesOnly
	}
	n := 0
	for n < minColumnGap && i+n < len(rs) && rs[i+n] == ' ' {
		n++
	}
	return n == minColumnGap
}
