package term

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/segment"
)

// This file reads the translations of passages: a Chinese sentence or
// more printed as a paragraph of its own, its English as the next
// paragraph, as transcripts of press conferences and bilingual
// interviews print question and answer in both languages.

// minPassagePairs is the fewest passages, each over its English, that make
// an article's layout one of translated passages. One such pair may be a
// quotation the writer goes on to discuss; two or more are the article's
// way of printing its Chinese.
const minPassagePairs = 2

// minPassageWordsPerChars bounds a translation's length from below: English
// takes about a quarter of a word for each character of Chinese at the
// least, so that a line far shorter is a caption or a lead-in (And he
// replied:). Above, a translation is as long as a quotation glossing the
// passage may be (quotedGlossLimit); a longer line is commentary on it.
const minPassageWordsPerChars = 4 // words ≥ characters / 4

// printsPassages reports whether an article prints minPassagePairs
// passages or more over their English (glossPassageBelow).
func printsPassages(views []runView) bool {
	n := 0
	for _, v := range views {
		if glossPassageBelow(v.rs, v.r) != "" {
			n++
			if n >= minPassagePairs {
				return true
			}
		}
	}
	return false
}

// glossPassageBelow returns the paragraph of English under the passage r:
// r is all of its line, but for list marks before it and the stop after
// it, and holds a sentence (a stop or a clause mark inside it, or a stop
// closing it); the next line that is not blank holds no Chinese, opens
// with a capital or a quotation mark, and runs to a length a translation
// of the passage may have. "" if there is none.
func glossPassageBelow(rs []rune, r [2]int) string {
	// Only list marks may stand between the line's start and the run, and
	// only spaces and stops between the run and the line's end: read them
	// and no further, so that a run inside a long line costs no walk to
	// the line's ends.
	start := r[0]
	for start > 0 && strings.ContainsRune(listMarks, rs[start-1]) {
		start--
	}
	end := r[1]
	for end < len(rs) && strings.ContainsRune(" "+chineseStops, rs[end]) {
		end++
	}
	if start > 0 && rs[start-1] != '\n' || end < len(rs) && rs[end] != '\n' {
		return ""
	}
	if !strings.ContainsAny(string(rs[r[0]:end]), chineseStops+clauseMarks) {
		return "" // a word or a title on its line, not a passage
	}
	from := end + 1
	for from < len(rs) {
		next := termLineEnd(rs, from)
		if !locate.Blank(rs[from:next]) {
			break
		}
		from = next + 1
	}
	if from >= len(rs) {
		return ""
	}
	line := strings.TrimSpace(string(rs[from:termLineEnd(rs, from)]))
	first, _ := utf8.DecodeRuneInString(line)
	if segment.HasHan(line) || !latin(line) || !unicode.IsUpper(first) && !isQuoteMark(first) {
		return ""
	}
	words, chars := len(strings.Fields(line)), 0
	for _, c := range rs[r[0]:r[1]] {
		if segment.IsHan(c) {
			chars++
		}
	}
	if words*minPassageWordsPerChars < chars || words > quotedGlossLimit(string(rs[r[0]:r[1]])) {
		return ""
	}
	return line
}
