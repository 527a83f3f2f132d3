package cite

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// maxAnchorLines bounds how far into a text a date line or an issue's
// period is looked for: both belong to the header, which a caption or an epigraph
// may push down a few lines, while a dated line further down is more
// likely an entry of a timeline.
const maxAnchorLines = 20

// maxAnchorRunes bounds how much of a line a dateline is looked for in.
const maxAnchorRunes = 80

// maxAnchorLineBytes bounds how much of a line near the top is read at
// all: a date line, a dateline's opening and an issue's title are short,
// while the first line of a text may be the whole of a huge article.
const maxAnchorLineBytes = 200

// maxDateLineBytes bounds a date line: a label, a date and a time stamp.
const maxDateLineBytes = 100

// referenceDate is the date against which a citation's year-less date is
// placed. It is the publication date as the reader found it (the header's
// date line, the page's metadata or a sidecar). When the reader found none,
// it is a line near the top that holds nothing but a date ("29 December
// 2020" under an epigraph, "Date: September 6, 2019" under an image
// caption), a wire dateline that prints its year, and failing that the
// last day of the year of the period an issue's or a heading's title names
// ("Weekly Developments (Mar. 7 - Mar. 13, 2005)"): a date in that year is
// placed in it. Zero when the text gives none of them: a year-less date
// then stays without a date. Nothing from outside the text's own date
// stands in for it: not a year the running text or another citation
// names, nor a volume's number, which only a list kept outside the text
// turns into a year.
func referenceDate(a *claimx.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	var lines []string
	for line := range strings.Lines(a.Text) {
		if len(lines) == maxAnchorLines {
			break
		}
		lines = append(lines, anchorPrefix(strings.TrimSpace(line)))
	}
	for _, read := range []func(string) (time.Time, bool){dateLine, dateline} {
		for _, line := range lines {
			if d, ok := read(line); ok {
				return d
			}
		}
	}
	for _, line := range lines {
		if y, ok := periodYear(line); ok {
			return time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// periodYear reads the year of the period that a periodical's title names
// in a closing parenthesis: its week, "Major Weekly Developments (Mar. 7 -
// Mar. 13, 2005)", or its month, "Press Review (January 2021)"; or, with
// none, the months that end it, "What the Papers Say Jun-Jul 2014". A
// bare year or a span of years is no issue's period ("China Rising
// (1949-2049)").
func periodYear(line string) (int, bool) {
	if open := strings.LastIndexByte(line, '('); open >= 0 && strings.HasSuffix(line, ")") {
		rs := []rune(line[open+1 : len(line)-1])
		toks := tokenizeCitation(rs, 0, len(rs))
		v, end, ok := leadingDate(toks, 0)
		if !ok || end != len(toks) || v.year == 0 || v.prec == claimx.Year {
			return 0, false
		}
		return v.year, true
	}
	rs := []rune(line)
	toks := tokenizeCitation(rs, 0, len(rs))
	// The months and the year are the last few words: "Jun-Jul 2014". A
	// preposition before them makes them a time the headline speaks of
	// ("How the Port Changed Since June 2019"), no issue's period.
	for i := len(toks) - 2; i >= 0 && i >= len(toks)-maxPeriodTokens; i-- {
		if v, end, ok := leadingDate(toks, i); ok && end == len(toks) && v.prec == claimx.Month && v.year != 0 {
			if i > 0 && toks[i-1].kind == ctWord {
				if w := strings.ToLower(toks[i-1].word); lexicon.Prepositions.Has(w) || lexicon.ClausePrepositions.Has(w) {
					return 0, false
				}
			}
			return v.year, true
		}
	}
	return 0, false
}

// maxPeriodTokens bounds the months and year that end a periodical's
// title: "Jun.–Jul. 2014".
const maxPeriodTokens = 6

// dateLine reads a line that is a full date and nothing else, after an
// optional label ending in a colon ("Date: August 30, 2019"), with the date
// grammar of citations; a time may follow the date, as on a page's stamp
// ("September 6, 2019 05:43 PM Age: 4 years").
func dateLine(line string) (time.Time, bool) {
	if len(line) > maxDateLineBytes {
		return time.Time{}, false
	}
	rs := []rune(line)
	toks := tokenizeCitation(rs, 0, len(rs))
	i := 0
	if len(toks) > 2 && toks[0].kind == ctWord && toks[1].is(':') {
		i = 2
	}
	v, end, ok := leadingDate(toks, i)
	if !ok || end != len(toks) && !clockTime(toks[end:]) {
		return time.Time{}, false
	}
	return fullDate(v)
}

// maxStampTokens bounds what may follow a date stamp's time.
const maxStampTokens = 8

// clockTime reports whether toks open on a time of day, "05:43", "5:43 PM",
// with at most a few words after it.
func clockTime(toks []citeToken) bool {
	return len(toks) >= 3 && len(toks) <= maxStampTokens && toks[0].kind == ctNum && toks[0].digits <= 2 &&
		toks[1].is(':') && toks[2].kind == ctNum && toks[2].digits == 2
}

// maxDatelinePlace bounds the place a dateline names before its date:
// "TAIPEI", "NEW DELHI, India".
const maxDatelinePlace = 4

// dateline reads the date of a wire dateline that prints its year,
// "WASHINGTON, March 3, 2021 (Reuters) —" or "TAIPEI, Sept. 12, 2019 -": a
// place in capitalised words, a comma, the date, then the agency's
// parenthesis or a dash.
func dateline(line string) (time.Time, bool) {
	rs := []rune(line)
	toks := tokenizeCitation(rs, 0, min(len(rs), maxAnchorRunes))
	comma := slices.IndexFunc(toks, func(t citeToken) bool { return t.is(',') })
	if comma < 1 || comma > maxDatelinePlace {
		return time.Time{}, false
	}
	for _, t := range toks[:comma] {
		if t.kind != ctWord || !t.upper {
			return time.Time{}, false
		}
	}
	// The place may go on with its country: "NEW DELHI, India, March 3".
	i := comma + 1
	if _, _, ok := leadingDate(toks, i); !ok && i+1 < len(toks) && toks[i].upper && toks[i+1].is(',') {
		i += 2
	}
	v, end, ok := leadingDate(toks, i)
	if !ok || end == len(toks) {
		return time.Time{}, false
	}
	if next := toks[end]; !next.is('(') && !strings.ContainsRune(dashes, next.mark) {
		return time.Time{}, false
	}
	return fullDate(v)
}

// fullDate is the day a date names when it names one, with its year.
func fullDate(v dateParts) (time.Time, bool) {
	if v.year == 0 || v.prec != claimx.Day {
		return time.Time{}, false
	}
	return firstDayOf(v.year, v.month, v.day)
}

// anchorPrefix is line cut to at most maxAnchorLineBytes, at a code point's
// start; such a line is longer than any date line.
func anchorPrefix(line string) string {
	if len(line) <= maxAnchorLineBytes {
		return line
	}
	cut := maxAnchorLineBytes
	for cut > 0 && !utf8.RuneStart(line[cut]) {
		cut--
	}
	return line[:cut]
}
