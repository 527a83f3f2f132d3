package cite

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// Bounds on an outlet's dated report told in prose: the most words an
// outlet's name takes, and the most tokens between the outlet and its
// verb (an apposition, a time: "Qiushi, the party's journal, released").
const (
	maxOutletWords = 5
	maxOutletGap   = 14
)

// proseReports finds the reports of a news outlet the running text dates
// in prose: an outlet the gazetteer knows as one, the subject of a verb
// of publishing ("On 16 March, Tide Weekly, the port's paper, published
// …", "Harbour Daily this morning, Friday May 3, ran …") or its agent
// ("a report published by Harbour Daily on May 3"), and a day's date in
// that sentence, after "on", a comma or a weekday, or opening it, with no
// clause of its own between it and the verb. The outlet is cited at that
// day. taken are the citations the other
// readers found; base and published are as for Parse.
func proseReports(text string, base int, published time.Time, taken []claimx.Citation) []claimx.Citation {
	var out []claimx.Citation
	offset := 0 // code points before the line
	for line := range strings.Lines(text) {
		n := utf8.RuneCountInString(line)
		if publishingVerbIn(line) {
			rs := []rune(line)
			for start := 0; start < len(rs); {
				end := max(sentenceEnd(rs, start), start+1)
				if c, ok := proseReport(rs, start, end, published); ok {
					c.Span.Start += base + offset
					c.Span.End += base + offset
					if !overlaps(taken, c.Span) {
						out = append(out, c)
					}
				}
				start = end
			}
		}
		offset += n
	}
	return out
}

// publishingVerbIn reports whether text holds a verb of publishing in the
// past tense between spaces: most lines and sentences hold none, and are
// not tokenised.
func publishingVerbIn(text string) bool {
	for v := range lexicon.PublishingVerbs.All() {
		if strings.Contains(text, " "+v+" ") {
			return true
		}
	}
	return false
}

// proseReport reads the outlet's dated report in rs[from:to], one
// sentence; its span is in code points of rs, from the outlet to the
// date or from the date to the outlet.
func proseReport(rs []rune, from, to int, published time.Time) (claimx.Citation, bool) {
	if !publishingVerbIn(string(rs[from:to])) {
		return claimx.Citation{}, false
	}
	toks := tokenizeCitation(rs, from, to)
	verb := -1
	for i, t := range toks {
		if t.kind == ctWord && lexicon.PublishingVerbs.Has(t.word) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return claimx.Citation{}, false
	}
	name, o, oe := outletNear(rs, toks, verb)
	if name == "" {
		return claimx.Citation{}, false
	}
	for i := range toks {
		if i > 0 && !toks[i-1].is(',') && toks[i-1].word != "on" && !lexicon.Weekdays.Has(toks[i-1].word) {
			continue
		}
		v, end, ok := leadingDate(toks, i)
		if !ok || v.prec != claimx.Day || i > 0 && toks[i-1].is(',') && end < len(toks) && !toks[end].is(',') {
			continue
		}
		if clauseBetween(toks, min(i, verb), max(i, verb)) {
			continue // the day of another verb's event: "…, which began on June 4, 2019"
		}
		c, ok := printedDate{dateParts: v}.citation(name, published)
		if !ok || c.Date.IsZero() {
			return claimx.Citation{}, false
		}
		lo, hi := min(toks[o].start, toks[i].start), max(toks[oe-1].end, toks[end-1].end)
		c.Raw = string(rs[lo:hi])
		c.Span = claimx.Span{Start: lo, End: hi}
		return c, true
	}
	return claimx.Citation{}, false
}

// clauseBetween reports whether a clause of its own opens between
// toks[from] and toks[to], a date and the verb of publishing: a relative
// word or a conjunction ("who was born on …", "reported that the talks
// began on …"), whose verb the date then belongs to.
func clauseBetween(toks []citeToken, from, to int) bool {
	for _, t := range toks[from+1 : to] {
		if t.kind == ctWord && lexicon.Relatives.Has(t.word) {
			return true
		}
	}
	return false
}

// outletNear finds a known outlet that is the subject of the verb at
// toks[verb], before it within maxOutletGap tokens, or its agent, after
// "by" right after it; it returns the name and its token range.
func outletNear(rs []rune, toks []citeToken, verb int) (string, int, int) {
	if verb+1 < len(toks) && toks[verb+1].word == "by" {
		if name, o, oe := outletAt(rs, toks, verb+2); name != "" {
			return name, o, oe
		}
	}
	for o := max(0, verb-maxOutletGap); o < verb; o++ {
		if name, o, oe := outletAt(rs, toks, o); name != "" && oe <= verb {
			return name, o, oe
		}
	}
	return "", 0, 0
}

// outletAt reads the longest known outlet's name of capitalised words
// that starts at toks[i], "the" before it passed over.
func outletAt(rs []rune, toks []citeToken, i int) (string, int, int) {
	if i < len(toks) && toks[i].word == "the" {
		i++
	}
	if i >= len(toks) || !toks[i].upper {
		return "", 0, 0
	}
	g := gazetteer.Default()
	for n := min(maxOutletWords, len(toks)-i); n > 0; n-- {
		last := toks[i+n-1]
		if last.kind != ctWord || !last.upper {
			continue
		}
		name := string(rs[toks[i].start:last.end])
		if e, ok := g.Lookup(name); ok && e.Outlet {
			return name, i, i + n
		}
	}
	return "", 0, 0
}
