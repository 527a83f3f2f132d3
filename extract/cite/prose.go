package cite

import (
	"slices"
	"strings"
	"sync"
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
// …", "Harbour Daily this morning, Friday May 3, ran …") or of speech in
// the past ("On March 3, Bloomberg said …", "Xinhua said on May 3 that
// …"), or the agent of one ("a report published by Harbour Daily on May
// 3"), and a day's date in that sentence, after "on", a comma or a
// weekday, or opening it, with no clause of its own between it and the
// verb; a verb of speech's date stands before it or right after it, as
// one later in the sentence is rather what was said, and a date before
// an outlet and its verb told after what was reported ("The quay shut on
// May 2, Harbour Daily reported.") is that event's. An outlet right
// before "on" and a day is dated there, verb or none ("an article in
// Harbour Daily on May 3"). The outlet is cited at that day. In a text
// that prints no date of its own, a day without its year is cited
// undated after a verb of publishing (an empty date, as the labels'
// conventions ask: "Harbour Daily reported on May 3 that …", "a Harbour
// Daily report released on May 3"); after a verb of speech, after "on"
// with no verb ("an article in Harbour Daily on May 3") or in a dated
// piece's forms ("a May 3 Harbour Daily report", "a Harbour Daily report
// dated May 3") it cites nothing: those forms read their date more
// loosely, and measured on the dev half they added no right citation.
// A body the gazetteer knows that is no outlet (a ministry, a bank, a
// watchdog: reportingBody) is read in the verb of publishing's forms
// and after a verb of speech that reports a clause ("the ministry
// announced on March 17, 2023 that …"), under the name the text prints,
// its state's possessive included ("China’s State Council Information
// Office released … on November 10, 2023"): what else a body says, its
// people say. A month with its year after "in", right after the verb or
// opening the sentence, dates a report as a day does ("In March 2021,
// Tide Weekly reported that …", "figures the ministry published in
// November 2010,"); a year alone there is rather what it is about. A
// verb of speech in the passive tells the report of its agent, dated by
// the day right after the agent ("as announced by China’s National Bureau
// of Statistics (NBS) on January 16").
// taken are the citations the other readers found; base and published
// are as for Parse.
func proseReports(text string, base int, published time.Time, taken []claimx.Citation) []claimx.Citation {
	var out []claimx.Citation
	offset := 0 // code points before the line
	for line := range strings.Lines(text) {
		n := utf8.RuneCountInString(line)
		if reportLine(line) {
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

// reportLine reports whether text, a line or a sentence, may tell an
// outlet's dated report: it names a day, a known outlet and a cue of its
// report. Most lines and sentences do not, and are not tokenised.
func reportLine(text string) bool {
	return namesDay(text) && reportCue(text) && outletIn(text)
}

// outletIn reports whether text names a known outlet, body or state (a
// state that issues a document reports, stateSubject): some run
// of up to maxOutletWords words, the first capitalised, that the
// gazetteer knows as one.
func outletIn(text string) bool {
	g := gazetteer.Default()
	for i := 0; i < len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' || i > 0 && text[i-1] != ' ' && text[i-1] != '(' {
			continue
		}
		end := i
		for n := 0; n < maxOutletWords && end < len(text); n++ {
			if n > 0 {
				if text[end] != ' ' {
					break
				}
				end++
			}
			k := strings.IndexAny(text[end:], " ,.;:()")
			if k < 0 {
				k = len(text) - end
			}
			if k == 0 {
				break
			}
			end += k
			// A possessive ends the name before it: "Xinhua’s", "The
			// Times' ".
			name := withoutPossessive(text[i:end])
			if e, ok := g.Lookup(name); ok && (e.Outlet || reportingBody(e) || e.Type == claimx.GPE && lexicon.StateAdjectives.Has(name)) {
				return true
			}
		}
	}
	return false
}

// namesDay reports whether text may print a day's date in words: a
// month's name or its abbreviation, capitalised, with a figure right
// before or after it ("3 March", "Mar. 3"), or a month after "in" ("in
// May"), which dates a report with or without its year. Most lines and
// sentences print none, and are not tokenised.
func namesDay(text string) bool {
	for i := 0; i+3 <= len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' || i > 0 && isASCIILetter(text[i-1]) {
			continue
		}
		j := i + 1
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if lexicon.Months.Has(text[i:j]) && (i >= 2 && text[i-1] == ' ' && isDigit(text[i-2]) || digitAfter(text[j:]) || inBefore(text[:i])) {
			return true
		}
		i = j
	}
	return false
}

// inBefore reports whether s, the text before a month's name, ends on
// the word "in" and its space, as "reported in May" and "In May, …" put
// it.
func inBefore(s string) bool {
	return strings.HasSuffix(s, " in ") || strings.HasSuffix(s, "In ") && (len(s) == 3 || s[len(s)-4] == ' ')
}

// digitAfter reports whether s opens, after a full stop and a space, on
// a figure.
func digitAfter(s string) bool {
	s = strings.TrimPrefix(s, ".")
	return len(s) >= 2 && s[0] == ' ' && isDigit(s[1])
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// reportVerbs are the verbs an outlet's report is told with: those of
// publishing and the past of those of speech ("said", "stated").
var reportVerbs = sync.OnceValue(func() map[string]bool {
	verbs := map[string]bool{}
	for v := range lexicon.PublishingVerbs.All() {
		verbs[v] = true
	}
	for _, l := range []*lexicon.List{lexicon.ReportingVerbs, lexicon.FramingVerbs, lexicon.ClosingVerbs} {
		for v := range l.All() {
			if !strings.Contains(v, " ") {
				verbs[lexicon.Inflect(v)[lexicon.Past]] = true
			}
		}
	}
	return verbs
})

// reportCue reports whether text holds what an outlet's report needs
// beside its date: a verb of reportVerbs, or "on" after a capitalised
// word ("Harbour Daily on May 3"). Most sentences with a date hold
// neither, and are not tokenised.
func reportCue(text string) bool {
	verbs := reportVerbs()
	capitalised := false // the word before
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		w := text[i:j]
		if verbs[w] || w == "on" && capitalised || lexicon.ReportNouns.Has(w) {
			return true
		}
		capitalised = 'A' <= w[0] && w[0] <= 'Z'
		i = j
	}
	return false
}

// proseReport reads the outlet's dated report in rs[from:to], one
// sentence; its span is in code points of rs, from the outlet to the
// date or from the date to the outlet.
func proseReport(rs []rune, from, to int, published time.Time) (claimx.Citation, bool) {
	if !reportLine(string(rs[from:to])) {
		return claimx.Citation{}, false
	}
	toks := tokenizeCitation(rs, from, to)
	for verb, t := range toks {
		if t.kind != ctWord {
			continue
		}
		// Only a verb of publishing cites a day without its year, undated
		// (c.Date zero); the forms of "on" and of a piece cite nothing then.
		if t.word == "on" && verb > 0 {
			if name, o := outletEndingAt(rs, toks, verb); name != "" {
				if c, ok := dayAt(rs, toks, verb+1, name, o, verb, published); ok && !c.Date.IsZero() && pieceSource(toks, o, verb+1) {
					return c, true
				}
			}
			continue
		}
		if pieceNoun(t) {
			if c, ok := datedPiece(rs, toks, verb, published); ok && !c.Date.IsZero() {
				return c, true
			}
			continue
		}
		publishing := lexicon.PublishingVerbs.Has(t.word)
		if !publishing && (t.upper || !reportVerbs()[t.word]) {
			continue
		}
		// A body other than an outlet puts out reports too, but
		// what it says is its spokesperson's words: only a verb of
		// publishing cites it ("the Harbour Board released its review
		// on May 3"), or one of speech that reports a clause, its day
		// perhaps between ("the ministry announced on May 3 that …").
		// So does a verb of speech in the passive, the body its agent
		// ("as announced by the Harbour Board on May 3").
		agent := verb+1 < len(toks) && toks[verb+1].word == "by"
		name, o, oe := outletNear(rs, toks, verb, publishing || agent || clauseReported(toks, verb))
		if name == "" && publishing && workObject(toks, verb) >= 0 {
			name, o, oe = stateSubject(rs, toks, verb)
		}
		if name == "" {
			continue
		}
		agentDay := -1 // where the agent's day starts, after "on"
		if agent && o > verb {
			if k := afterAcronym(toks, oe); k+1 < len(toks) && toks[k].word == "on" {
				agentDay = k + 1
			}
		}
		after := postposed(toks, o, verb)
		for i := range toks {
			if i < o && after {
				continue // the day of what was reported: "The ferry sank on June 9, Kyodo reported."
			}
			if i > 0 && toks[i-1].word == "in" && (i == verb+2 || i == 1) {
				// A month after "in", right after the verb or opening
				// the sentence: "the ministry published a report in
				// November 2010" is no day's but a month's report.
				if c, ok := monthAt(rs, toks, i, name, o, oe, published); ok && (publishing || !c.Date.IsZero()) {
					return c, true
				}
				continue
			}
			if i == verb || i > 0 && !toks[i-1].is(',') && toks[i-1].word != "on" && !lexicon.Weekdays.Has(toks[i-1].word) {
				continue
			}
			if !publishing && i > verb && i != agentDay && (i != verb+2 || toks[verb+1].word != "on") {
				break // what was said: "Bloomberg said the port closed on May 3"
			}
			if clauseBetween(toks, min(i, verb), max(i, verb)) {
				continue // the day of another verb's event: "…, which began on June 4, 2019"
			}
			if c, ok := dayAt(rs, toks, i, name, o, oe, published); ok && (publishing || !c.Date.IsZero()) {
				return c, true
			}
		}
	}
	return claimx.Citation{}, false
}

// workObject returns the index of the noun of the work that the verb of
// publishing at toks[verb] takes as its object, after an article or the
// subject's possessive pronoun and a few words ("published a report",
// "released its annual port survey"); -1 if there is none.
func workObject(toks []citeToken, verb int) int {
	if verb+2 >= len(toks) {
		return -1
	}
	if w := toks[verb+1].word; !lexicon.Articles.Has(strings.ToLower(w)) && w != "its" && w != "their" {
		return -1
	}
	return workNoun(toks, verb+2, true)
}

// stateSubject reads the state that opens the clause of the verb of
// publishing at toks[verb] as its subject, right before it or before its
// day after "on" ("Norway released a white paper on …", "On May 3,
// Norway published its port survey", "Norway on May 3 released …"): a state
// that issues a document is the body that reports (seeds/README.md). The
// caller asks for the work the verb puts out, as a state's other acts
// are no reports. It returns the name and its token range, or "".
func stateSubject(rs []rune, toks []citeToken, verb int) (string, int, int) {
	end := verb
	for k := max(0, verb-maxDayTokens); k < verb; k++ {
		if _, e, ok := leadingDate(toks, k+1); ok && toks[k].word == "on" && e == verb {
			end = k
			break
		}
	}
	for o := max(0, end-maxOutletWords); o < end; o++ {
		if o > 0 && !toks[o-1].is(',') || !toks[o].upper || toks[end-1].kind != ctWord {
			continue
		}
		if name := string(rs[toks[o].start:toks[end-1].end]); place(name) && lexicon.StateAdjectives.Has(name) {
			return name, o, end
		}
	}
	return "", 0, 0
}

// maxDayTokens bounds the tokens of a day with its year: "June 10 ,
// 2023".
const maxDayTokens = 5

// afterAcronym returns the index after the acronym in parentheses that
// may follow a name ending before toks[k], "(NBS)", or k if none does.
func afterAcronym(toks []citeToken, k int) int {
	if k+2 < len(toks) && toks[k].is('(') && toks[k+2].is(')') && toks[k+1].kind == ctWord && toks[k+1].upper {
		return k + 3
	}
	return k
}

// clauseReported reports whether the verb at toks[verb] reports a clause
// that "that" opens, right after it or after its day ("announced on May
// 3 that …").
func clauseReported(toks []citeToken, verb int) bool {
	k := verb + 1
	if k < len(toks) && toks[k].word == "on" {
		if _, end, ok := leadingDate(toks, k+1); ok {
			k = end
		}
	}
	return k < len(toks) && toks[k].word == "that"
}

// dayAt cites name, the outlet at toks[o:oe], at the day's date that
// starts at toks[i], its span from the outlet to the date or from the
// date to the outlet. A date after a comma ends there or at another
// comma, as a date set off in prose does; one before a dash is a
// dateline's ("March 22, 2018 - Reuters said …"). The date is empty as
// for citeAt.
func dayAt(rs []rune, toks []citeToken, i int, name string, o, oe int, published time.Time) (claimx.Citation, bool) {
	v, end, ok := leadingDate(toks, i)
	if !ok || v.prec != claimx.Day || i > 0 && toks[i-1].is(',') && end < len(toks) && !toks[end].is(',') || subjectsDate(toks, i, end) ||
		end < len(toks) && toks[end].kind == ctMark && strings.ContainsRune(dashes, toks[end].mark) {
		return claimx.Citation{}, false
	}
	return citeAt(rs, toks, v, i, end, name, o, oe, published)
}

// monthAt cites name, the outlet or body at toks[o:oe], at the month
// with its year that starts at toks[i] and ends its phrase (a mark, a
// clause's "that" or the sentence's end after it); a year alone is
// rather the time a report is about ("its forecast for growth in 2023").
//
// A month printed without its year ("Harbour Daily reported in May")
// takes it from the text's date as a day does (citeAt), and with none to
// be had is cited undated; the caller decides whether that cites.
func monthAt(rs []rune, toks []citeToken, i int, name string, o, oe int, published time.Time) (claimx.Citation, bool) {
	v, end, ok := leadingDate(toks, i)
	if !ok {
		if m, found := lexicon.Months.Entry(toks[i].word); found && toks[i].upper && toks[i].kind == ctWord {
			v, end, ok = dateParts{month: m + 1, prec: claimx.Month}, i+1, true
		}
	}
	if !ok || v.prec != claimx.Month || end < len(toks) && toks[end].kind != ctMark && toks[end].word != "that" {
		return claimx.Citation{}, false
	}
	return citeAt(rs, toks, v, i, end, name, o, oe, published)
}

// citeAt cites name, the outlet at toks[o:oe], at the date v printed at
// toks[i:end]; the span runs from the first of them to the last. A day
// without its year in a text that prints no date of its own gives an
// empty date; the caller decides whether that cites.
func citeAt(rs []rune, toks []citeToken, v dateParts, i, end int, name string, o, oe int, published time.Time) (claimx.Citation, bool) {
	c, ok := printedDate{dateParts: v}.citation(name, published)
	if !ok {
		return claimx.Citation{}, false
	}
	lo, hi := min(toks[o].start, toks[i].start), max(toks[oe-1].end, toks[end-1].end)
	c.Raw = string(rs[lo:hi])
	c.Span = claimx.Span{Start: lo, End: hi}
	return c, true
}

// postposed reports whether the outlet at toks[o] and its verb at
// toks[verb] are told after what was reported, set off by a comma, with
// nothing but a mark, the sentence's end or a preposition after the verb
// ("The ferry sank on June 9, Kyodo reported."): a day before them is the
// day of that event, not of the report. A sentence that opens with only
// its day ("On June 9, Kyodo reported: …") tells no event before them.
func postposed(toks []citeToken, o, verb int) bool {
	k := o - 1
	if k > 0 && toks[k].word == "the" {
		k--
	}
	if verb < o || k < 0 || !toks[k].is(',') {
		return false
	}
	if verb+1 < len(toks) && toks[verb+1].kind != ctMark && !lexicon.Prepositions.Has(toks[verb+1].word) {
		return false
	}
	return slices.ContainsFunc(toks[:k], func(t citeToken) bool { return t.kind == ctWord && !t.upper && t.word != "on" })
}

// Bounds on a dated piece: the most tokens a date takes before the
// piece's noun ("March 8, 2021").
const maxDateTokens = 6

// datedPiece reads a known outlet's piece that a date heads or follows,
// toks[k] the piece's noun (lexicon.ReportNouns): a day or a month with
// its year right before it, the outlet between them ("a March 8 Quay Post
// editorial"), before them in the possessive ("Harbour Daily's May 3
// report"), after the noun as its agent or place ("a March 8, 2021 report
// by Reuters", "a May 3 story in the Global Times") or as the subject of
// a sentence the piece opens ("In a May 3 editorial, the Global Times
// said …"); or a day after it ("dated", "published" or "on" between),
// the outlet before the noun ("a Xinhua report dated May 3, 2021",
// "Harbour Daily's report dated …"). The date is empty as for citeAt.
func datedPiece(rs []rune, toks []citeToken, k int, published time.Time) (claimx.Citation, bool) {
	name, o, oe := pieceOutlet(rs, toks, k)
	end := k // where a date before the noun ends
	if name != "" && oe == k {
		end = o
		if end > 0 && toks[end-1].word == "the" {
			end--
		}
	}
	for j := max(0, end-maxDateTokens); j < end; j++ {
		v, e, ok := leadingDate(toks, j)
		if !ok || e != end || v.prec != claimx.Day && (v.prec != claimx.Month || v.year == 0) {
			continue
		}
		if name == "" {
			name, o, oe = pieceOwner(rs, toks, j, k)
		}
		if name == "" || !pieceSource(toks, min(o, j), k+1) {
			return claimx.Citation{}, false
		}
		return citeAt(rs, toks, v, j, e, name, o, oe, published)
	}
	if name == "" || k+2 >= len(toks) || toks[k+1].word != "dated" && toks[k+1].word != "published" && toks[k+1].word != "on" {
		return claimx.Citation{}, false
	}
	v, e, ok := leadingDate(toks, k+2)
	if !ok || v.prec != claimx.Day || toks[k+1].word == "on" && subjectsDate(toks, k+2, e) || !pieceSource(toks, o, e) {
		return claimx.Citation{}, false
	}
	return citeAt(rs, toks, v, k+2, e, name, o, oe, published)
}

// subjectsDate reports whether the date at toks[i:end], after "on", is
// the day of what a piece is about, not the piece's own: a possessive or
// a noun it modifies follows it ("a report on May 3’s clashes", "an
// analysis on March 3 elections"), where the piece's date is followed by
// a verb, "that", a preposition or a mark.
func subjectsDate(toks []citeToken, i, end int) bool {
	if i == 0 || toks[i-1].word != "on" || end >= len(toks) {
		return false
	}
	if possessive(toks, end) > 0 || end+1 < len(toks) && possessive(toks, end+1) > 0 {
		return true
	}
	t := toks[end]
	return t.kind == ctWord && !t.upper && t.word != "that" && !functionWord(t.word) && !verbForm(t.word)
}

// pieceSource reports whether a piece or an outlet that starts at
// toks[start], its words (and date) ending before toks[after], is the
// source of what the sentence tells: after a preposition ("according to
// a May 3 Xinhua report", "in the Straits Times on 9 February", "In its
// April 2 commentary, …"), or the subject of a verb of speech,
// publishing or finding ("… said", "… showed"). The subject of another
// verb ("Xinhua’s May 3 report was deleted", "Reuters on March 3 hired
// …") is what the sentence is about.
func pieceSource(toks []citeToken, start, after int) bool {
	for start > 0 && lexicon.Articles.Has(strings.ToLower(toks[start-1].word)) || start > 0 && lexicon.Possessives.Has(strings.ToLower(toks[start-1].word)) {
		start--
	}
	if start > 0 && (lexicon.Prepositions.Has(strings.ToLower(toks[start-1].word)) || toks[start-1].word == "to") {
		return true
	}
	for _, t := range toks[after:] {
		if t.kind != ctWord || t.upper {
			continue
		}
		if sourceVerbs()[t.word] {
			return true
		}
		if verbForm(t.word) {
			return false
		}
	}
	return false
}

// sourceVerbs are the verbs a piece is the source with: reportVerbs and
// the past of verbs of finding ("showed", "found").
var sourceVerbs = sync.OnceValue(func() map[string]bool {
	verbs := map[string]bool{}
	for v := range reportVerbs() {
		verbs[v] = true
	}
	for v := range lexicon.FindingVerbs.All() {
		verbs[lexicon.Inflect(v)[lexicon.Past]] = true
	}
	return verbs
})

// verbForm reports whether w, in lower case, is a finite verb's form a
// subject takes: of "be" or "have", a modal, or a past ("hired",
// "ran").
func verbForm(w string) bool {
	return lexicon.Modals.Has(w) || sourceVerbs()[w] || pastForm(w)
}

// functionWord reports whether w is a preposition, a conjunction, a
// relative or an article: no noun a date modifies.
func functionWord(w string) bool {
	return lexicon.Prepositions.Has(w) || lexicon.Conjunctions.Has(w) || lexicon.Relatives.Has(w) || lexicon.Articles.Has(w)
}

// pieceNoun reports whether t is the noun of a piece an outlet puts out
// (lexicon.ReportNouns), in lower case: "report", not "Report".
func pieceNoun(t citeToken) bool {
	return t.kind == ctWord && !t.upper && lexicon.ReportNouns.Has(t.word)
}

// pieceOutlet finds the known outlet that owns the piece whose noun is
// toks[k]: right before it ("a Kyodo report") or in the possessive
// ("Xinhua’s commentary"); it returns the name and its token range.
func pieceOutlet(rs []rune, toks []citeToken, k int) (string, int, int) {
	if name, o := outletEndingAt(rs, toks, k); name != "" {
		return name, o, k
	}
	if k > 0 {
		if p := possessive(toks, k-1); p > 0 {
			if name, o := outletEndingAt(rs, toks, p); name != "" {
				return name, o, p
			}
		}
	}
	return "", 0, 0
}

// pieceOwner finds the known outlet whose piece, its noun at toks[k], a
// date starting at toks[j] heads: before the date in the possessive,
// after the noun after "by", "in" or "from", or after the comma that
// closes a sentence's opening "In a May 3 editorial, …".
func pieceOwner(rs []rune, toks []citeToken, j, k int) (string, int, int) {
	if j > 0 {
		if p := possessive(toks, j-1); p > 0 {
			if name, o := outletEndingAt(rs, toks, p); name != "" {
				return name, o, p
			}
		}
	}
	if k+2 >= len(toks) {
		return "", 0, 0
	}
	switch w := toks[k+1].word; {
	case w == "by" || w == "in" || w == "from":
		return outletAt(rs, toks, k+2)
	case toks[k+1].is(',') && j >= 2 && toks[j-2].word == "in" && (j == 2 || toks[j-3].is(',')):
		return outletAt(rs, toks, k+2)
	}
	return "", 0, 0
}

// possessive returns where the possessive mark that ends at toks[i]
// starts ("’s", or "’" after a name ending in s, or after a day's
// figure: "May 3’s"), 0 if there is none.
func possessive(toks []citeToken, i int) int {
	if toks[i].word == "s" && i > 0 {
		i--
	}
	if i > 0 && toks[i].kind == ctMark && strings.ContainsRune(apostrophes, toks[i].mark) && toks[i-1].kind != ctMark && toks[i-1].end == toks[i].start {
		return i
	}
	return 0
}

// apostrophes are the marks a possessive is written with.
const apostrophes = "'’"

// withoutPossessive returns s without the possessive mark that ends it
// ("Xinhua’s", "The Times'"), as possessive reads it on tokens.
func withoutPossessive(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if r == 's' {
		if a, m := utf8.DecodeLastRuneInString(s[:len(s)-n]); strings.ContainsRune(apostrophes, a) {
			return s[:len(s)-n-m]
		}
	}
	if strings.ContainsRune(apostrophes, r) {
		return s[:len(s)-n]
	}
	return s
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
// "by" right after it; it returns the name and its token range. A verb
// of publishing after a piece's noun is a participle that tells of the
// piece ("a Kyodo report released on May 3", "an interview, first
// published on May 3"): its subject is no outlet further back, which
// would be another verb's object ("Li told Harbour Daily in an interview
// published on May 3", a person's words), but the outlet that owns the
// piece, if any (pieceOutlet).
func outletNear(rs []rune, toks []citeToken, verb int, bodies bool) (string, int, int) {
	if verb+1 < len(toks) && toks[verb+1].word == "by" {
		if name, o, oe := sourceAt(rs, toks, verb+2, bodies); name != "" {
			return name, o, oe
		}
		// The agent's state in the possessive first: "by China’s
		// National Bureau of Statistics".
		if verb+5 < len(toks) && possessive(toks, verb+4) == verb+3 {
			if name, o, oe := sourceAt(rs, toks, verb+5, bodies); name != "" {
				return name, o, oe
			}
		}
	}
	if k := participleOf(toks, verb); k >= 0 {
		return pieceOutlet(rs, toks, k)
	}
	// A subject told after what was reported stands right before its
	// verb, set off by a comma ("…, the Harbour Board on May 3, the Quay
	// Post reported."): a name further back is inside what was reported.
	for o := max(0, verb-maxOutletWords-1); o < verb; o++ {
		if name, o, oe := sourceAt(rs, toks, o, bodies); name != "" && oe == verb && postposed(toks, o, verb) {
			return name, o, oe
		}
	}
	for o := max(0, verb-maxOutletGap); o < verb; o++ {
		if name, o, oe := sourceAt(rs, toks, o, bodies); name != "" && oe <= verb && !modifier(toks, oe) && !colonBetween(toks, oe, verb) {
			return name, o, oe
		}
	}
	return "", 0, 0
}

// participleOf returns the piece's noun that the verb of publishing at
// toks[verb] follows as a participle, past adverbs ("first", "originally")
// and commas, or -1 if it follows none. A verb of speech after the noun
// is the piece's finite verb ("The Xinhua report said on May 3 …").
func participleOf(toks []citeToken, verb int) int {
	if !lexicon.PublishingVerbs.Has(toks[verb].word) {
		return -1
	}
	for k := verb - 1; k >= 0; k-- {
		t := toks[k]
		if t.is(',') || t.kind == ctWord && !t.upper && (lexicon.VerbAdverbs.Has(t.word) || lexicon.AdjectivalAdverbs.Has(t.word) || strings.HasSuffix(t.word, "ly")) {
			continue
		}
		if pieceNoun(t) {
			return k
		}
		break
	}
	return -1
}

// colonBetween reports whether a colon stands in toks[from:to]: an outlet
// before one is a label over what follows ("CCTV: It's reported that …", a
// transcript's turn), not the subject of its verb.
func colonBetween(toks []citeToken, from, to int) bool {
	return slices.ContainsFunc(toks[from:to], func(t citeToken) bool { return t.is(':') })
}

// modifier reports whether the outlet ending before toks[oe] modifies a
// role or a name after it ("Xinhua editor Li Wei said"), whose holder is
// the speaker.
func modifier(toks []citeToken, oe int) bool {
	if oe >= len(toks) || toks[oe].kind != ctWord {
		return false
	}
	w := strings.ToLower(toks[oe].word)
	return lexicon.Roles.Has(w) || toks[oe].upper && !lexicon.Weekdays.Has(w) && !lexicon.Months.Has(w)
}

// outletAt reads the longest known outlet's name of capitalised words
// that starts at toks[i], "the" before it passed over.
func outletAt(rs []rune, toks []citeToken, i int) (string, int, int) {
	return sourceAt(rs, toks, i, false)
}

// sourceAt is outletAt that also reads a body the gazetteer knows
// (reportingBody) where bodies is set.
func sourceAt(rs []rune, toks []citeToken, i int, bodies bool) (string, int, int) {
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
		e, ok := g.Lookup(name)
		if ok && e.Outlet {
			return name, i, i + n
		}
		if ok && bodies && reportingBody(e) {
			// A state named in the possessive before its body is part
			// of the body's name as printed: "China’s State Council".
			if i > 0 {
				if p := possessive(toks, i-1); p > 0 && place(string(rs[toks[p-1].start:toks[p-1].end])) {
					return string(rs[toks[p-1].start:last.end]), p - 1, i + n
				}
			}
			return name, i, i + n
		}
	}
	return "", 0, 0
}

// reportingBody reports whether e is a body that puts out dated
// reports of its own, as a ministry, a bureau or an institute does: an
// organisation, not a platform that carries others' posts ("Twitter").
func reportingBody(e gazetteer.Entry) bool {
	return e.Type == claimx.Org && !lexicon.Platforms.Has(strings.ToLower(e.Name))
}

// outletEndingAt reads a known outlet's name that ends right before
// toks[end], and the token it starts at.
func outletEndingAt(rs []rune, toks []citeToken, end int) (string, int) {
	for o := max(0, end-maxOutletWords); o < end; o++ {
		if name, from, oe := outletAt(rs, toks, o); name != "" && oe == end {
			return name, from
		}
	}
	return "", 0
}
