package cite

import (
	"strings"
	"time"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// maxBylineRunes bounds what is read after "by" for a dated by-line: a
// writer's name, an outlet after "for" and a date.
const maxBylineRunes = 120

// datedBylines finds the by-lines that date a piece a page reposts or
// lists under its headline: "by", the writer, the outlet it was written
// for if named, and the full date, "Ports reopen by Lin Wei May 25, 2016
// --", "BY ANA RUIZ 13 June 2016 | 9:51 AM", "-By Tom Berg for Quay
// Review, 14 March 2023". The source is the outlet when named, else the
// writer. The page's own by-line, a line of its own ("Written by Ana
// Ruiz, May 2, 2024") or dated its publication day, is no citation, nor is a date after a preposition ("signed by Li Wei on May
// 3, 2021"). taken are the citations the other readers found; base and
// published are as for Parse, order the text's numericOrderOf.
func datedBylines(text string, base int, published time.Time, taken []claimx.Citation, order func() numericOrder) []claimx.Citation {
	if !strings.Contains(text, "by ") && !strings.Contains(text, "By ") && !strings.Contains(text, "BY ") {
		return nil
	}
	return lineCitations(text, base, taken, func(line string) []claimx.Citation {
		if !printsYear(line) || !strings.Contains(line, "by ") && !strings.Contains(line, "By ") && !strings.Contains(line, "BY ") {
			return nil
		}
		var out []claimx.Citation
		rs := []rune(line)
		for i := 0; i+3 < len(rs); i++ {
			if !bylineCue(rs, i) {
				continue
			}
			if c, ok := datedByline(rs, i, published, order()); ok {
				out = append(out, c)
				i = c.End
			}
		}
		return out
	})
}

// bylineCue reports whether the word "by" in any case and a space stand
// at rs[i], opening the line or after a space or a dash.
func bylineCue(rs []rune, i int) bool {
	if unicode.ToLower(rs[i]) != 'b' || unicode.ToLower(rs[i+1]) != 'y' || rs[i+2] != ' ' {
		return false
	}
	return i == 0 || rs[i-1] == ' ' || strings.ContainsRune(dashes, rs[i-1])
}

// datedByline reads the by-line whose "by" stands at rs[at]; its span
// runs from "by" to the date's end.
func datedByline(rs []rune, at int, published time.Time, o numericOrder) (claimx.Citation, bool) {
	toks := tokenizeCitation(rs, at+3, min(len(rs), at+3+maxBylineRunes))
	writer, j := bylineName(toks, 0, true, o)
	if writer < 0 {
		return claimx.Citation{}, false
	}
	source := string(rs[toks[writer].start:toks[j-1].end])
	if j < len(toks) && toks[j].word == "for" {
		outlet, k := bylineName(toks, j+1, false, o)
		if outlet < 0 {
			return claimx.Citation{}, false
		}
		source, j = string(rs[toks[outlet].start:toks[k-1].end]), k
	}
	if j < len(toks) && toks[j].is(',') {
		j++
	}
	v, end, ok := o.leadingDate(toks, j)
	if !ok || v.prec != claimx.Day || v.year == 0 {
		return claimx.Citation{}, false
	}
	if d, _ := firstDayOf(v.year, v.month, v.day); d.Equal(published) {
		return claimx.Citation{}, false // the page's own by-line
	}
	if ownLine(rs, at, toks[end-1].end) {
		return claimx.Citation{}, false
	}
	c, ok := printedDate{dateParts: v}.citation(cleanSource(source), published)
	if !ok {
		return claimx.Citation{}, false
	}
	c.Raw = string(rs[at:toks[end-1].end])
	c.Span = claimx.Span{Start: at, End: toks[end-1].end}
	return c, true
}

// bylineName reads a name at toks[i]: capitalised words, with the
// connectors, initials' stops, slashes and ampersands inside it ("Ana
// de la Cruz", "J. R. Berg", "Quay TV/Channel 9"), up to maxTagWords
// words, ended by anything else or by a date; a writer's by "for". It returns the index of
// its first token, -1 if none, and the index after it.
func bylineName(toks []citeToken, i int, writer bool, o numericOrder) (int, int) {
	j, words := i, 0
	for ; j < len(toks); j++ {
		if _, _, ok := o.leadingDate(toks, j); ok {
			break
		}
		t := toks[j]
		if writer && t.word == "for" {
			break // the outlet the writer wrote for follows
		}
		if t.kind == ctWord && t.upper {
			if words++; words > maxTagWords {
				return -1, i // a sentence's words, no name
			}
			continue
		}
		if j == i || !(t.kind == ctWord && lexicon.NameConnectors.Has(t.word) || t.kind == ctNum || t.is('.') || t.is('/') || t.is('&')) {
			break
		}
	}
	// A connector or a mark does not end a name: "Li and", "Li /".
	for j > i && !(toks[j-1].kind == ctWord && toks[j-1].upper) && !toks[j-1].is('.') && toks[j-1].kind != ctNum {
		j--
	}
	if j == i || words == 0 || !toks[i].upper {
		return -1, i
	}
	return i, j
}

// ownLine reports whether the by-line in rs[from:to] makes up its line,
// as a page prints its own: at most a word ("Written") or a dash before
// it, and after its date at most a time ("9:51 AM EDT"), no word of
// maxStampLetters letters or more.
func ownLine(rs []rune, from, to int) bool {
	if len(strings.Fields(strings.Trim(string(rs[:from]), " \t"+dashes))) > 1 {
		return false
	}
	for w := range strings.FieldsSeq(string(rs[to:])) {
		if strings.Count(w, "")-1 >= maxStampLetters && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// maxStampLetters is the length of the shortest word that is no part of
// a time stamp ("AM", "EDT"): a sentence's.
const maxStampLetters = 4
