package term

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/extract/locate"
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
func printsEntries(rs []rune, runs [][2]int) bool {
	n := 0
	for _, r := range runs {
		if g, _ := entryCell(rs, r); g != "" {
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
	before := string(rs[locate.LineStart(rs, r[0]):r[0]])
	if gap := strings.LastIndex(before, strings.Repeat(" ", minColumnGap)); gap >= 0 {
		before = before[gap:]
	}
	if b := strings.TrimSpace(before); b != "" && !listItemOpener(b) && !segment.Spells(hanzi, b) {
		return "", ""
	}
	end := termLineEnd(rs, r[1])
	if r[1] >= end || rs[r[1]] != ' ' && rs[r[1]] != '\t' {
		return "", ""
	}
	rest := string(rs[r[1]:end])
	cell := nextCell(&rest)
	if roman = leadingRomanisation(cell, hanzi); roman != "" {
		if cell = strings.TrimSpace(cell[len(roman):]); cell == "" {
			cell = nextCell(&rest)
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

// nextCell returns the text of the next column of a flattened table row
// from *rest, its spaces trimmed, and moves *rest past it.
func nextCell(rest *string) string {
	s := strings.TrimLeft(*rest, " \t")
	gap := columnGap(s)
	if gap < 0 {
		*rest = ""
		return strings.TrimSpace(s)
	}
	*rest = s[gap:]
	return strings.TrimSpace(s[:gap])
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

// columnGap returns where in s the next column of a flattened table
// starts (minColumnGap spaces or a tab), -1 where s holds none.
func columnGap(s string) int {
	gap := strings.Index(s, strings.Repeat(" ", minColumnGap))
	if tab := strings.IndexByte(s, '\t'); tab >= 0 && (gap < 0 || tab < gap) {
		gap = tab
	}
	return gap
}
