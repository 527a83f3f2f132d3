// Package senses tells whether English printed beside a run of Chinese
// speaks of what the run means: it holds, for each word of CC-CEDICT (a
// lexicographer's Chinese–English dictionary, CC BY-SA 4.0), the stems of
// the content words of its English senses. Nearby English that shares
// such a stem with a run or with one of its words is a translation of
// it (韭菜 Chinese chives: "chive"), where English that shares none is
// the sentence going on (共同富裕 spread).
//
// The list is searched in place in the embedded file, so it costs no heap
// and no load time, and is read only for articles that hold Chinese.
package senses

import (
	_ "embed"
	"strings"
)

// list is "headword<TAB>stem stem …" lines sorted by headword bytes,
// written by tools/glosssenses.
//
//go:embed zh_senses.txt
var list string

// Of returns the stems of the senses of the word w, "" when CC-CEDICT
// lacks it, as one space-separated string.
func Of(w string) string {
	lo, hi := 0, len(list)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(list[:mid], '\n') + 1
		end := start + strings.IndexByte(list[start:], '\n')
		head, stems, _ := strings.Cut(list[start:end], "\t")
		switch {
		case head == w:
			return stems
		case head < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return ""
}

// Shares reports whether the English word e has its stem among stems, a
// string Of returned.
func Shares(stems, e string) bool {
	return SharesStem(stems, Stem(e))
}

// SharesStem reports whether the stem s, as Stem returns, matches one of
// stems (Match).
func SharesStem(stems, s string) bool {
	if s == "" || stems == "" {
		return false
	}
	for f := range strings.FieldsSeq(stems) {
		if Match(f, s) {
			return true
		}
	}
	return false
}

// Overlap reports whether a stem of a matches one of b, a and b two
// strings Of returned: the two words share a sense.
func Overlap(a, b string) bool {
	for s := range strings.FieldsSeq(a) {
		if SharesStem(b, s) {
			return true
		}
	}
	return false
}

// Related reports whether a and b, two strings Of returned, share a
// sense (Overlap) or one derives from the other: a stem of six letters or
// more opens a stem of the other (nation, national), looser than Match,
// for telling whether a compound takes its sense from a half.
func Related(a, b string) bool {
	if Overlap(a, b) {
		return true
	}
	for x := range strings.FieldsSeq(a) {
		for y := range strings.FieldsSeq(b) {
			if len(x) >= 6 && strings.HasPrefix(y, x) || len(y) >= 6 && strings.HasPrefix(x, y) {
				return true
			}
		}
	}
	return false
}

// Match reports whether the stems a and b name one word: equal, or the
// shorter the start of the longer and more than three quarters of it
// (produce and produc-ed, rule and ruler). Stems that only open alike are
// other words (intern-ational and internet, communi-st and community,
// national and nationalism, govern and government).
func Match(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && 4*len(a) > 3*len(b)
}

// Stem returns the stem of an English word: lower case, its inflection,
// -ly, -ous, -ity and -ive cut, the rest whole (Match compares stems); "" for a word of fewer than three
// letters or one with other than ASCII letters, apostrophe and hyphen.
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	b := []byte(strings.ToLower(w))
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	s := string(b)
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 4:
		s = s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"):
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "ing") && len(s) > 5:
		s = s[:len(s)-3]
	case strings.HasSuffix(s, "ed") && len(s) > 4:
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "ly") && len(s) > 4:
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "ous") && len(s) > 7:
		s = s[:len(s)-3]
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && len(s) > 3:
		s = s[:len(s)-1]
	}
	if (strings.HasSuffix(s, "ity") || strings.HasSuffix(s, "ive")) && len(s) > 7 {
		// An adjective and its noun name one thing: prosperous and
		// prosperity, productive and productivity (product-iv, Match).
		s = s[:len(s)-3]
	}
	if len(s) < 3 {
		return ""
	}
	return s
}
