// Package cite finds an article's dated citations, such as "(Xinhua, June
// 9, 2014)", and its footnote markers, such as "[3]".
package cite

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/lexicon"
)

// Citations fills Claim.Citations for every claim of the article.
type Citations struct{}

// Tag parses the whole article text at once rather than claim by claim, so a
// citation survives a sentence split that falls inside its parenthesis (as
// after "Jan."); each citation goes to the claim holding its first code point.
// Claims are expected in text order, as the sentence splitter produces them.
// The parse is one linear pass, not stopped halfway.
func (Citations) Tag(_ context.Context, a *claimx.Article) {
	for i := range a.Claims {
		a.Claims[i].Citations = nil
	}
	published := referenceDate(a)
	cites, parens, prose := parse(a.Text, 0, published)
	// The parentheses read against the article's own date are those
	// ArticleParens would find; read against a date found in its text (a
	// date line the reader did not take), the taggers after this one read
	// them again against the article's.
	a.CitedParens = nil
	if published.Equal(a.Published) {
		a.CitedParens = parens
	}
	notes := endnotes(a.Text, a.Claims)
	var runes []rune     // the article's code points, read at the first citation outside every claim
	var days []time.Time // the days the page gives itself, read with runes
	for k, c := range cites {
		i, ok := locate.Claim(a.Claims, c.Start)
		if !ok {
			// One that runs on into a claim, as a by-line's outlet over
			// a date that opens the claim's line, is that claim's.
			i, ok = locate.Claim(a.Claims, c.End-1)
		}
		if !ok && len(cites) == 1 && locate.From(a.Claims, c.Start) == 0 && c.Precision == claimx.Day && (a.Published.IsZero() || sameDay(c.Date, a.Published)) {
			// The one source line of a page that prints no other
			// citation, over its first claim and dated the day the
			// page was published, or on a page that gives no date of
			// its own, is the by-line of the piece the page presents
			// ("Harbour Daily | May 3, 2024" under the headline of a
			// page of May 3): its publisher's, no citation. A digest
			// prints one for each of its items; a reposted piece's
			// credit bears a day of its own.
			continue
		}
		if !ok && !inNote(notes, c.Start) { // a note's citations go to the claim that marks it
			if runes == nil {
				runes = []rune(a.Text)
				days = pageDays(runes, a.Claims, a.Published)
			}
			i, ok = sourceLineOf(a.Claims, runes, cites, k, a.Title, days)
		}
		if ok && slices.Contains(prose, c.Span) && straddles(c.Span, a.Claims[i].Span) {
			// A report read in prose across the layout's cut, from a
			// line's furniture into its claim, is no report the claim
			// tells.
			continue
		}
		if ok {
			a.Claims[i].Citations = append(a.Claims[i].Citations, c)
		}
	}
	noteCitations(a, notes, published)
}

// straddles reports whether c crosses the start or the end of claim.
func straddles(c, claim claimx.Span) bool {
	return c.Start < claim.Start && claim.Start < c.End || c.Start < claim.End && claim.End < c.End
}

// sourceLineOf is the claim a citation outside every claim documents when
// it follows the claim with nothing between them, as a digest's source tag
// ends its item ("… he told reporters. Reuters, 4 January"), or stands on a
// line of its own, or after a label there, right below the claim: "Source:
// Harbour Daily, December 6, 2013" under an item. A line of its own with
// only the next claim below it dates that claim, as a listing of items
// prints each item's source and date between its headline and its text
// (the claim's line may open with a dateline, "Reuters — China will …"),
// or a story's byline line names its outlet and date under its headline,
// "Lin Wei, Harbour Daily – May 11, 2024", above the first claim too. Any
// other goes to the last claim above it, as a list of entries that are no
// claims ("Fees Stay High: Lin Wei, Quay Post, Jan. 16, 2024") under an
// item. The article's title line, which may print its own date ("China
// News - 5 January 2023"), is no source. None is a claim itself, and the
// citation's span stays where it is printed.
func sourceLineOf(claims []claimx.Claim, runes []rune, cites []claimx.Citation, k int, title string, days []time.Time) (int, bool) {
	c := cites[k]
	next := locate.From(claims, c.Start)
	lineStart := locate.LineStart(runes, c.Start)
	// A line that opens on the citation and runs on into the claim, as a
	// by-line's outlet and date run into a story's first sentence: the
	// claim's.
	if next < len(claims) && locate.LineStart(runes, claims[next].Start) == lineStart && (next == 0 || claims[next-1].End < lineStart) {
		return next, true
	}
	if next > 0 {
		from := lineStart
		if end := claims[next-1].End; end >= lineStart {
			from = c.Start // on the claim's own line, right after it
		}
		if locate.Blank(runes[claims[next-1].End:from]) {
			return next - 1, true
		}
	}
	end := c.End
	if end < len(runes) && runes[end] == '.' {
		end++ // a tag's line may close on a full stop: "Quay Post, May 3, 2024."
	}
	if next < len(claims) && (locate.Blank(runes[lineStart:c.Start]) || sourceLabel(runes[lineStart:c.Start])) && blankBetween(runes, end, locate.LineStart(runes, claims[next].Start)) {
		if next == 0 && title != "" && strings.TrimSpace(string(runes[lineStart:c.End])) == title {
			return 0, false
		}
		return next, true
	}
	if next > 0 {
		return next - 1, true // any other line: the claim above it
	}
	// Above the first claim, a line that prints names before the citation
	// and is no title dates it: right over it, as a listing's first item
	// prints its writers and source between its headline and its text
	// ("Li, Wei; Ruiz, Ana (Quay Post, April 3, 2019, on page 2)"); higher
	// up, a reposted piece's credit (headerCredit). A caption's words
	// ("Photo: a ferry leaves the quay (Reuters, …)") are no writers.
	if len(claims) > 0 {
		lineEnd := c.End
		for lineEnd < len(runes) && runes[lineEnd] != '\n' {
			lineEnd++
		}
		if !names(runes[lineStart:c.Start]) || strings.TrimSpace(string(runes[lineStart:lineEnd])) == title {
			return 0, false
		}
		first := locate.LineStart(runes, claims[0].Start)
		return 0, blankBetween(runes, lineEnd, first) || headerCredit(runes, cites, k, lineEnd, days)
	}
	return 0, false
}

// sourceLabel reports whether rs, what a line prints before a citation,
// is a source's label alone ("Source:", "Via "), as a listing labels the
// source line under each item's headline.
func sourceLabel(rs []rune) bool {
	s := strings.TrimSpace(string(rs))
	n := sourceLeadIn(s)
	return n > 0 && strings.Trim(s[n:], " :") == ""
}

// blankBetween reports whether runes[from:to] is white space alone, and
// from is not past to: a citation may run on into the next claim's line.
func blankBetween(runes []rune, from, to int) bool {
	return from <= to && locate.Blank(runes[from:to])
}

// names reports whether rs, what a line prints before a citation, is
// nothing but names (titleCased) set apart by commas or semicolons, with
// no label's colon, perhaps an opening parenthesis after them.
func names(rs []rune) bool {
	s := strings.TrimRight(string(rs), " (")
	return s == "" || !strings.Contains(s, ":") && titleCased(s)
}

// Parse finds the dated citations in text, in order: those in
// parentheses, the signatures of embedded posts, the bibliographic
// entries of works named in Chinese title marks, the entries of notes
// that date a publisher before a link, a digest's source tags, the
// entries of reference lists that print the year after the authors, the
// fields of a wiki's notes and the works the running text names by their
// owner's possessive and date. base is the code-point
// offset of text[0] in the article; published is the date year-less dates
// are placed against, the article's publication date (zero if unknown).
func Parse(text string, base int, published time.Time) []claimx.Citation {
	cites, _, _ := parse(text, base, published)
	return cites
}

// parse is Parse that also returns what Parens would, from the same
// reading of the parentheses: the citation tagger hands them on to the
// taggers after it, which would otherwise read every parenthesis again;
// and the spans of the reports it read in prose (proseReports).
func parse(text string, base int, published time.Time) ([]claimx.Citation, []claimx.Span, []claimx.Span) {
	var out []claimx.Citation
	// A date in figures is read in the text's order, found once, by the
	// first reader that needs it.
	order := sync.OnceValue(func() numericOrder { return numericOrderOf(text) })
	parens := citedParens(text, base, published, order)
	for _, p := range parens {
		out = append(out, p.cites...)
	}
	inParens := len(out)
	sigs := signatures(text, base, published)
	outside := sigs
	for _, c := range slices.Concat(titledEntries(text, base, published), referenceEntries(text, base, published, order), sourceTags(text, base, published, order), bibliographyEntries(text, base, published), wikiNotes(text, base, published), datedWorks(text, base, published, parens), enactingReferences(text, base, published)) {
		if !slices.ContainsFunc(parens, func(p citedParen) bool { return p.Start <= c.Start && c.End <= p.End }) {
			outside = append(outside, c)
		}
	}
	out = append(out, outside...)
	list, titled := authorEntries(text, base, published, out)
	out = append(out, list...)
	out = append(out, fieldDates(text, base, published, out, order)...)
	out = append(out, credits(text, base, published, out, order)...)
	// An author–year entry's year is read last: where another reader
	// takes that year, with the entry's outlet or journal, it is that
	// reader's citation.
	for _, c := range slices.Concat(titled, yearEntries(text, base, published)) {
		if !overlaps(out, c.Span) {
			out = append(out, c)
		}
	}
	reports := proseReports(text, base, published, out)
	out = append(out, reports...)
	if len(out) > inParens {
		slices.SortStableFunc(out, func(a, b claimx.Citation) int { return a.Start - b.Start })
	}
	prose := make([]claimx.Span, len(reports))
	for i, c := range reports {
		prose[i] = c.Span
	}
	return out, parenSpans(parens, sigs), prose
}

// Parens returns the spans (code points, offset by base) of whole
// parentheses, marks included, that hold at least one citation, and of the
// signatures of embedded posts, so that other taggers can skip their
// contents: a source named there is cited, not written about. published
// is as for Parse: an author-date reference is to a year past.
func Parens(text string, base int, published time.Time) []claimx.Span {
	order := sync.OnceValue(func() numericOrder { return numericOrderOf(text) })
	return parenSpans(citedParens(text, base, published, order), signatures(text, base, published))
}

// parenSpans is Parens of the parentheses and signatures found: their
// spans in order, a non-nil slice (found: none) if there are none.
func parenSpans(parens []citedParen, sigs []claimx.Citation) []claimx.Span {
	out := make([]claimx.Span, 0, len(parens)+len(sigs))
	for _, p := range parens {
		out = append(out, p.Span)
	}
	if len(sigs) > 0 {
		for _, c := range sigs {
			out = append(out, c.Span)
		}
		slices.SortFunc(out, func(a, b claimx.Span) int { return a.Start - b.Start })
	}
	return out
}

// ArticleParens is Parens of the article's text, found on the first call
// and kept in a.CitedParens for the taggers that ask after it.
func ArticleParens(a *claimx.Article) []claimx.Span {
	if a.CitedParens == nil {
		a.CitedParens = Parens(a.Text, 0, a.Published)
	}
	return a.CitedParens
}

// maxParenRunes bounds the content of a citation parenthesis: the longest
// real ones list a handful of sources, and a longer pair is more likely a
// stray mark matched with a distant one.
const maxParenRunes = 600

// citedParen is a parenthesis and the citations found in it.
type citedParen struct {
	claimx.Span
	cites []claimx.Citation
}

func citedParens(text string, base int, published time.Time, order func() numericOrder) []citedParen {
	rs := []rune(text)
	var out []citedParen
	cite := func(pairs [][2]int) {
		for _, p := range pairs {
			if p[1]-p[0]-1 > maxParenRunes {
				continue
			}
			// A source holds a letter; dates alone beside a source's
			// verb, "Semana (3/28) reported", may hold none, a footnote
			// marker, [12], neither.
			if datelinePlace(rs, p[0]) || issueSeason(rs, p[0]) {
				continue
			}
			toks := tokenizeCitation(rs, p[0]+1, p[1])
			// Figures whose day and month could change places are read
			// in the text's order, "(Reuters, 3/8/2021)" beside "12
			// March 2021"; most parentheses hold none.
			o := orderUnknown
			if ambiguousFigures(toks) {
				o = order()
			}
			cites, book := bookCitations(rs, toks, p[0], base, published)
			if !book && slices.ContainsFunc(rs[p[0]+1:p[1]], unicode.IsLetter) {
				cites = parseCitationContent(rs, toks, base, published, o)
			}
			if len(cites) == 0 {
				cites = speakerDated(rs, toks, p[0], p[1], base, published, o)
			}
			if len(cites) > 0 {
				out = append(out, citedParen{Span: claimx.Span{Start: base + p[0], End: base + p[1] + 1}, cites: cites})
			}
		}
	}
	cite(innermostPairs(rs, '(', ')'))
	if !slices.Contains(rs, '[') {
		return out
	}
	// Square brackets cite too, [Xinhua, 2024-03-07], where a parenthesis
	// holding them has not: "(National Bureau of Statistics [NBS], March
	// 18)" is one citation, the brackets inside it none.
	parens := len(out)
	cite(innermostPairs(rs, '[', ']'))
	if len(out) == parens {
		return out
	}
	kept := out[:parens]
	for _, b := range out[parens:] {
		if !slices.ContainsFunc(out[:parens], func(p citedParen) bool { return p.Start < b.End && b.Start < p.End }) {
			kept = append(kept, b)
		}
	}
	slices.SortFunc(kept, func(a, b citedParen) int { return a.Start - b.Start })
	return kept
}

// maxDatelineWords bounds the place a wire dateline names.
const maxDatelineWords = 4

// datelinePlace reports whether the parenthesis opening at rs[open]
// follows a dateline's place in capitals at its line's start: "BEIJING
// (UrduPoint News / Sputnik - 21st June, 2023) Beijing has …", a city
// of words of three letters or more (an acronym, "EU", is no place). It names
// the agency that filed the report, no source the report cites.
func datelinePlace(rs []rune, open int) bool {
	start := open
	for start > 0 && rs[start-1] != '\n' {
		start--
		if open-start > maxDatelineWords*16 {
			return false
		}
	}
	place := strings.Fields(string(rs[start:open]))
	if len(place) == 0 || len(place) > maxDatelineWords {
		return false
	}
	for _, w := range place {
		w = strings.TrimSuffix(w, ",")
		if len(w) < 3 || strings.ToUpper(w) != w || !strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// innermostPairs returns the rune indices of the opening and closing mark
// of every balanced pair of open and close marks that holds no other pair.
// Only those can be citations (a source does not nest parentheses), and
// they never overlap, so reading their contents costs time linear in the
// text however deep the nesting. Parentheses do not run across
// paragraphs, so a line break forgets any pair still open: a stray mark
// cannot swallow the paragraphs after it.
func innermostPairs(rs []rune, openMark, closeMark rune) [][2]int {
	type open struct {
		at     int
		nested bool
	}
	var stack []open
	var pairs [][2]int
	for i, r := range rs {
		switch r {
		case '\n':
			stack = stack[:0]
		case openMark:
			stack = append(stack, open{at: i})
		case closeMark:
			if len(stack) == 0 {
				continue
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].nested = true
			}
			if !top.nested {
				pairs = append(pairs, [2]int{top.at, i})
			}
		}
	}
	return pairs
}

// parseCitationContent reads the content of one parenthesis as a list of entries
// separated by ";", each entry a source, a "," or ":", and one or more dates
// separated by ",". An entry that prints only dates takes the source of the
// entry before it: "(MFA, March 7; October 20, 2023)". A source may itself
// hold commas ("University of California, Berkeley, 2021"): the source runs
// up to the first separator that is followed by a date list. Text that never
// reaches a date ("Belt and Road Initiative; BRI") yields nothing.
func parseCitationContent(rs []rune, toks []citeToken, base int, published time.Time, o numericOrder) []claimx.Citation {
	var out []claimx.Citation
	srcFrom := -1    // first token of the source being read; -1 when none
	inherited := ""  // the source an entry of bare dates takes
	boundary := true // at the start of the content or just after a separator
	glued := false   // the date at a boundary follows its source with no separator
	for i := 0; i < len(toks); {
		if !boundary && srcFrom >= 0 && gluedDate(toks, i, published, o) {
			boundary, glued = true, true
		}
		if boundary {
			if dates, next := o.dateList(toks, i); len(dates) > 0 {
				source, rawFrom := inherited, -1
				if srcFrom >= 0 {
					// toks[i-1] is the separator ending the source, or
					// the closing quote of a title the comma is inside.
					last := i - 2
					if glued || closingQuote(toks[i-1]) {
						last = i - 1
					}
					source = cleanSource(string(rs[toks[srcFrom].start:toks[last].end]))
					rawFrom = toks[srcFrom].start
					inherited = source
				}
				rawTo := -1 // where the last citation's text ends, past its date
				if source == "" {
					// The dates may come first, the source after them
					// ending the entry: "(Mar. 7, Mar. 9, Central
					// Broadcasting Station)".
					if s, end, ok := sourceAfterDates(rs, toks, dates, next); ok {
						source, inherited, rawTo, next = s, s, toks[end-1].end, end
					}
				}
				for k, d := range dates {
					from, to := toks[d.from].start, toks[d.to-1].end
					if k == 0 && rawFrom >= 0 {
						from = rawFrom
					}
					if k == len(dates)-1 && rawTo >= 0 {
						to = rawTo
					}
					for _, source := range sourceList(source) {
						if c, ok := d.citation(source, published); ok {
							c.Raw = string(rs[from:to])
							c.Span = claimx.Span{Start: base + from, End: base + to}
							out = append(out, c)
						}
					}
				}
				srcFrom, boundary, i = -1, false, next
				continue
			}
			glued = false
		}
		switch t := toks[i]; {
		case t.is(';'):
			if srcFrom >= 0 { // an entry without a date breaks the chain of sources
				inherited = ""
			}
			srcFrom, boundary = -1, true
		case t.is(',') || t.is(':') || t.is('.') && srcFrom < 0:
			// A full stop after an entry's date ends it.
			boundary = true
		case closingQuote(t) && i > 0 && toks[i-1].is(',') && srcFrom >= 0:
			// "Xinhua, “China warns,” June 9": the comma inside the
			// quotation closes the title's field.
			boundary = true
		case (t.is('/') || t.is('—') || t.is('–') || t.is('-') && spaced(toks, i)) && srcFrom >= 0 && toks[i-1].kind == ctWord && i+1 < len(toks) && startsDate(toks, i+1):
			boundary = true // "Xinhua—June 9, 2014", "Xinhua/June 9, 2014", "Xinhua - June 9"; not "3/4/2021"
		default:
			if srcFrom < 0 {
				srcFrom = i
			}
			boundary = false
		}
		i++
	}
	return out
}

// gluedDate reports whether a date that ends its entry starts at toks[i]
// right after a capitalised word, with no separator: a day's, "(AP April
// 11, 2024)", "(Xinhua Mar. 3)", "(Reuters 01/26)", "(AP 11 April
// 2024)", whose month or figures stand first, or whose day stands right
// before its month, so a name that ends in a month's ("Theresa May") or
// a figure in a title stays part of the source; or a year after an
// author, as author–date references print it, "(Li 2014)", "(Li et al.
// 2014, 22)", "(UNDP 2014a: 7)", "(Li 2014, Ruiz 2019)", the year a past
// one.
func gluedDate(toks []citeToken, i int, published time.Time, o numericOrder) bool {
	if i == 0 {
		return false
	}
	t, prev := toks[i], toks[i-1]
	monthName := t.upper && lexicon.Months.Has(t.word)
	figures := t.kind == ctNum && i+1 < len(toks) && (toks[i+1].is('/') || t.digits <= 2 && toks[i+1].upper && lexicon.Months.Has(toks[i+1].word))
	if (monthName || figures) && prev.kind == ctWord && prev.upper {
		dates, next := o.dateList(toks, i)
		return len(dates) > 0 && dates[0].prec == claimx.Day && (next == len(toks) || toks[next].is(';'))
	}
	// A law's, a plan's or an event's year is the thing's, not a reference,
	// "(Cybersecurity Law 2017)", and a month's makes a month, "(Aug
	// 2018-Jan 2020)".
	author := prev.kind == ctWord && prev.upper && !lexicon.ThingHeads.Has(prev.word) && !lexicon.Months.Has(prev.word) ||
		prev.is('.') && i > 1 && toks[i-2].word == "al"
	if !author || t.kind != ctNum || t.digits != 4 || t.val < minAuthorYear || !published.IsZero() && t.val > published.Year() {
		return false
	}
	// An author is a name, "Ministry of Commerce", "van Dijk", "Li and
	// Wang", "Ruiz et al.", "People's Daily", after any lead-in, "see", "cited in": "(Made
	// in China 2025)" names a plan.
	from := i - 1
	for from > 0 && !toks[from-1].is(',') && !toks[from-1].is(';') {
		from--
	}
	leadIn := ""
	for j := from; j < i-1 && toks[j].kind == ctWord && !toks[j].upper; j++ {
		leadIn = strings.TrimSpace(leadIn + " " + toks[j].word)
		if lexicon.SourceLeadIns.Has(leadIn) {
			from = j + 1
		}
	}
	for _, w := range toks[from:i] {
		if w.kind == ctMark && !strings.ContainsRune(".&'’-", w.mark) ||
			w.kind != ctMark && !w.upper && !lexicon.NameConnectors.Has(w.word) && !lexicon.NameParticles.Has(w.word) && w.word != "et" && w.word != "al" && w.word != "s" {
			return false
		}
	}
	next := i + 1
	if next+1 < len(toks) && (toks[next].is(',') || toks[next].is(':')) && toks[next+1].kind == ctNum && toks[next+1].digits < 4 {
		next += 2 // a page: "(Li 2014, 22)", "(Li 2014: 22)"
	}
	if next < len(toks) && toks[next].is(',') {
		// Works may be set apart by commas as by semicolons, each an
		// author and a year: "(Osei 2018, Lind 2021)".
		for j := next + 2; j < len(toks) && j <= next+maxAuthorNameWords+1; j++ {
			if toks[j].kind == ctNum {
				return toks[j].digits == 4 && gluedDate(toks, j, published, o)
			}
		}
	}
	return next == len(toks) || toks[next].is(';')
}

// minAuthorYear is the earliest year an author–date reference glued to its
// author is read in: older figures after a name are rather a count or a
// model's number.
const minAuthorYear = 1800

// spaced reports whether toks[i] stands between spaces: a hyphen set off
// so separates fields ("Xinhua - June 9"), one inside a word joins it.
func spaced(toks []citeToken, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].end < toks[i].start && toks[i].end < toks[i+1].start
}

// sourceAfterDates reads the source of an entry whose dates come first:
// after them a ",", then the source up to the entry's end (a ";" or the
// content's end), with no date in it. The dates name at least their
// month: a bare year before a name is rather a place of publication
// ("1998, Beijing"). It returns the source and the index after it.
func sourceAfterDates(rs []rune, toks []citeToken, dates []printedDate, i int) (string, int, bool) {
	if i >= len(toks) || !toks[i].is(',') {
		return "", 0, false
	}
	for _, d := range dates {
		if d.prec == claimx.Year {
			return "", 0, false
		}
	}
	end := i + 1
	for end < len(toks) && !toks[end].is(';') {
		if startsDate(toks, end) {
			return "", 0, false
		}
		end++
	}
	if end == i+1 {
		return "", 0, false
	}
	source := cleanSource(string(rs[toks[i+1].start:toks[end-1].end]))
	return source, end, source != ""
}

// startsDate reports whether a date entry starts at toks[i].
func startsDate(toks []citeToken, i int) bool {
	_, ok := dateAt(toks, i)
	return ok
}

// Limits on a source's size: the longest real ones are full institution names
// ("Journal of Shanghai University of Finance and Economics"); longer text
// before a date is prose, not a source.
const (
	maxSourceRunes = 100
	maxSourceWords = 12
)

// cleanSource trims a source, drops its lead-in words (lexicon.SourceLeadIns,
// the longest that matches) and the title marks around it, and collapses its
// white space; it returns "" for text that cannot be a source. A source's
// first word holds a letter ("Xinhua", "36kr", "人民日报"); one in lower
// case is a name only when it reads as one: a bare domain ("sohu.com"), a camel-case brand ("iTromsø",
// "eNCA"), or a name of a few words written in lower case ("rfi",
// "rfa"), none of them a function word or a verb's participle. This
// rejects prose and figures that happen to stand before a year ("about 40
// percent, 2021", "2,500 troops, 2019", "updated, May 3").
func cleanSource(s string) string {
	// Marks after a name are a note's asterisks or daggers, "Reuters **".
	s = withoutAsides(strings.TrimRight(strings.Join(strings.Fields(s), " "), ",:*†‡ "))
	led := false
	for n := sourceLeadIn(s); n > 0; n = sourceLeadIn(s) {
		s, led = strings.TrimLeft(s[n:], " ,:"), true
	}
	s = withoutPlace(withoutBarredLabel(s))
	// An access cue alone is a date's, not a source's: "Accessed:
	// 27/02/2012".
	if lexicon.AccessCues.Has(strings.ToLower(s)) {
		return ""
	}
	// A work's title marks are no part of its name: "《人民日报》".
	if title, ok := strings.CutPrefix(s, "《"); ok && strings.HasSuffix(title, "》") && strings.Count(title, "》") == 1 {
		s = strings.TrimSuffix(title, "》")
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxSourceWords || len([]rune(s)) > maxSourceRunes {
		return ""
	}
	if !strings.ContainsFunc(words[0], unicode.IsLetter) {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(s)
	domain := len(words) == 1 && strings.Contains(s, ".")
	brand := strings.IndexFunc(words[0], unicode.IsUpper) > 0
	// After a lead-in, lower case is the lead-in's prose going on ("via
	// email", "see below"), not an outlet styled so.
	if unicode.IsLower(first) && !domain && !brand && (led || !lowerCaseName(words)) {
		return ""
	}
	return s
}

// withoutBarredLabel drops the date's label that a page's fields, set
// apart by bars, print after a source: "Xinhua| Published", "Quay Post |
// Updated".
func withoutBarredLabel(s string) string {
	bar := strings.LastIndexByte(s, '|')
	if bar <= 0 {
		return s
	}
	for w := range strings.FieldsSeq(strings.ToLower(s[bar+1:])) {
		if !lexicon.DateLabels.Has(w) {
			return s
		}
	}
	return strings.TrimSpace(s[:bar])
}

// withoutPlace drops the place of publication a book's or a report's
// entry prints before its publisher, "Newport, RI: Naval War College
// Press", "London: Hurst": a place the gazetteer knows, or a town and its
// state's two capitals.
func withoutPlace(s string) string {
	place, publisher, ok := strings.Cut(s, ": ")
	if !ok || publisher == "" {
		return s
	}
	town, state, _ := strings.Cut(place, ", ")
	if e, ok := gazetteer.Default().Lookup(town); ok && e.Type == claimx.GPE || len(state) == 2 && acronym(state) && nameCased(town) {
		return publisher
	}
	return s
}

// sourceList splits a source that lists several outlets sharing one date,
// "(RFA, AP, VOA, March 2)", "[AFP, Reuters, 11/5/2015]": every part an
// outlet the gazetteer knows or an acronym. Any other comma stays inside
// one source: a writer before the outlet, "Li Wei, Harbour Daily".
func sourceList(source string) []string {
	if !strings.Contains(source, ", ") {
		return []string{source}
	}
	parts := strings.Split(source, ", ")
	for _, p := range parts {
		if e, ok := gazetteer.Default().Lookup(p); !(ok && e.Type == claimx.Org) && !acronym(p) {
			return []string{source}
		}
	}
	return parts
}

// acronym reports whether s is a name in capitals alone, "VOA", "KCNA".
func acronym(s string) bool {
	return len(s) >= 2 && len(s) <= 6 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// asideMarks are the pairs of marks that enclose an aside in a source: a
// quoted title or a bracketed note.
// The first titleMarks of them quote a title.
var asideMarks = [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"‘", "’"}, {"[", "]"}}

const titleMarks = 4

// withoutAsides drops from a source what names no outlet: an article's
// quoted title ("“China warns,” Xinhua"), a bracketed note or abbreviation
// ("Xinhua [in Chinese]", "South China Morning Post [SCMP]") and an issue,
// volume or page field ("Qiushi, No. 4"), and the outlet that carried it
// ("Xinhua, via Harbour Post"). A bibliographic entry names its
// author before the title and the outlet after it ("Li Wei, “Ports
// reopen,” Harbour Daily"): the outlet is the source. A source that is
// nothing but such an aside is kept as it is.
func withoutAsides(s string) string {
	rest := s
	for k, m := range asideMarks {
		for {
			open := strings.Index(rest, m[0])
			if open < 0 {
				break
			}
			end := strings.Index(rest[open+len(m[0]):], m[1])
			if end < 0 {
				break
			}
			gap := " "
			if k < titleMarks {
				gap = "\x00"
			}
			rest = rest[:open] + gap + rest[open+len(m[0])+end+len(m[1]):]
		}
	}
	if i := strings.LastIndexByte(rest, 0); i >= 0 {
		if after := rest[i+1:]; strings.ContainsFunc(after, unicode.IsLetter) {
			rest = after
		}
		rest = strings.ReplaceAll(rest, "\x00", " ")
	}
	var keep []string
	for f := range strings.SplitSeq(rest, ",") {
		if f = strings.Join(strings.Fields(f), " "); f != "" && !issueField(f) && !strings.HasPrefix(f, "via ") {
			keep = append(keep, f)
		}
	}
	if len(keep) == 0 {
		return s
	}
	return strings.Join(keep, ", ")
}

// issueField reports whether a field of a source names an issue, volume
// or page: a designator and a figure, "No. 4", "Vol. 21", "p. 3".
func issueField(f string) bool {
	w, rest, _ := strings.Cut(f, " ")
	return lexicon.IssueWords.Has(strings.TrimSuffix(w, ".")) && strings.ContainsFunc(rest, unicode.IsDigit)
}

// maxLowerCaseName is the most words a source written in lower case takes:
// outlets that style their names so ("rfi", "rfa") keep them short.
const maxLowerCaseName = 3

// lowerCaseName reports whether words, in lower case, can be a source's
// name: a few words, none a function word ("about", "in"), a participle
// ("updated", "according") or a figure.
func lowerCaseName(words []string) bool {
	if len(words) > maxLowerCaseName {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ".,;:'’")
		if !strings.ContainsFunc(w, unicode.IsLetter) || lexicon.Common.Has(w) || lexicon.Prepositions.Has(w) ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// sourceLeadIn returns the length in bytes of the longest lead-in that s
// starts with, followed by a space, a comma, a colon or nothing; 0 if none.
func sourceLeadIn(s string) int {
	cut := 0
	for w := range lexicon.SourceLeadIns.All() {
		if len(w) > cut && len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || strings.ContainsRune(" ,:", rune(s[len(w)]))) {
			cut = len(w)
		}
	}
	return cut
}

// citeTokKind classifies the tokens the date grammar reads.
type citeTokKind uint8

const (
	ctMark citeTokKind = iota // any single code point that is not a letter, digit or space
	ctWord                    // letters, possibly mixed with digits ("36kr")
	ctNum                     // ASCII digits only
	ctOrd                     // digits with an ordinal suffix ("4th")
)

// citeToken's small fields come first, together, so that they share one
// word: a citation's line is tokenised whole, a token every few runes.
type citeToken struct {
	kind       citeTokKind
	upper      bool // the first letter is a capital
	mark       rune
	start, end int    // rune offsets into the text
	word       string // the lower-cased text of a word, number or ordinal
	digits     int    // how many digits a number or ordinal has
	val        int    // the value of a number or ordinal of at most four digits
}

func (t citeToken) is(r rune) bool { return t.kind == ctMark && t.mark == r }

// tokenizeCitation splits rs[from:to] into words, numbers and single marks,
// dropping white space.
func tokenizeCitation(rs []rune, from, to int) []citeToken {
	// Room for a token every four runes, more than English prints, so
	// that the slice is rarely grown and copied; the words' lower-case
	// strings are sliced from one string written for them all.
	toks := make([]citeToken, 0, (to-from)/4+1)
	var lower strings.Builder
	lower.Grow(to - from)
	for i := from; i < to; {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case isCiteWordRune(r):
			j := i
			for j < to && isCiteWordRune(rs[j]) {
				j++
			}
			i += linkTextLen(rs[i:j])
			if day, month := compactDate(rs[i:j]); day > 0 {
				// Its day, month and year are three tokens, as printed
				// apart: "24Aug2019" reads as "24 Aug 2019".
				toks = append(toks,
					citeWordToken(rs, i, i+day, lowerWord(&lower, rs[i:i+day])),
					citeWordToken(rs, i+day, i+day+month, lowerWord(&lower, rs[i+day:i+day+month])),
					citeWordToken(rs, i+day+month, j, lowerWord(&lower, rs[i+day+month:j])))
			} else {
				toks = append(toks, citeWordToken(rs, i, j, lowerWord(&lower, rs[i:j])))
			}
			i = j
		default:
			toks = append(toks, citeToken{kind: ctMark, start: i, end: i + 1, mark: r})
			i++
		}
	}
	return toks
}

// compactDate returns the lengths of the day and of the month's name of
// a date printed as one word, a day of one or two figures, a month's name
// and a year of four ("24Aug2019", "3MAR2021"), as databases and some
// pages' fields print dates; 0, 0 when word is none.
func compactDate(word []rune) (day, month int) {
	for day < len(word) && day < 3 && word[day] >= '0' && word[day] <= '9' {
		day++
	}
	if day == 0 || day > 2 || len(word) < day+3+4 {
		return 0, 0
	}
	month = len(word) - day - 4
	for _, r := range word[day+month:] {
		if r < '0' || r > '9' {
			return 0, 0
		}
	}
	if !lexicon.Months.Has(strings.ToLower(string(word[day : day+month]))) {
		return 0, 0
	}
	return day, month
}

// linkText is the text a journal's web page prints before each year of
// an author–date reference, which links it to its entry, glued to it:
// "(Alden Citation2007, 136)".
const linkText = "Citation"

// linkTextLen is the length in code points of the link text that opens
// word before its year, 0 if none: the year is the token.
func linkTextLen(word []rune) int {
	n := len(linkText)
	if len(word) < n+4 || string(word[:n]) != linkText || word[n] < '0' || word[n] > '9' {
		return 0
	}
	return n
}

func isCiteWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// lowerWord writes word in lower case to b and returns it. A Builder
// only appends, so the strings it returned before stay as they were.
func lowerWord(b *strings.Builder, word []rune) string {
	at := b.Len()
	for _, r := range word {
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()[at:]
}

// citeWordToken is the token of the word rs[from:to], lower its text in
// lower case.
func citeWordToken(rs []rune, from, to int, lower string) citeToken {
	t := citeToken{kind: ctWord, start: from, end: to, word: lower, upper: unicode.IsUpper(rs[from])}
	for t.digits < to-from && rs[from+t.digits] >= '0' && rs[from+t.digits] <= '9' {
		if t.digits < 4 {
			t.val = t.val*10 + int(rs[from+t.digits]-'0')
		}
		t.digits++
	}
	if t.digits == 0 || t.digits > 4 {
		return t
	}
	// The digits are ASCII, so they are as many bytes as runes in word.
	switch rest := t.word[t.digits:]; {
	case rest == "":
		t.kind = ctNum
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		t.kind = ctOrd
	case t.digits == 4 && len(rest) == 1 && rest[0] >= 'a' && rest[0] <= 'z':
		// A year with the letter that tells one author's works of that
		// year apart: "(Aris, 2023a)".
		t.kind = ctNum
	}
	return t
}

// printedDate is one date as the article prints it, before its year is
// resolved against the publication date.
type printedDate struct {
	from, to int // token range [from, to), the access cue included
	dateParts
	accessed bool
}

// dateParts is a date at some precision; year is 0 when not printed, day is
// 0 at month and year precision, month is 0 at year precision.
type dateParts struct {
	year, month, day int
	prec             claimx.Precision
}

// dateList reads one or more dates separated by "," from toks[i], and returns
// them with the index after the last one; none when no date starts at i.
func (o numericOrder) dateList(toks []citeToken, i int) ([]printedDate, int) {
	var dates []printedDate
	for {
		d, ok := o.dateAt(toks, i)
		if !ok && len(dates) > 0 {
			d, ok = laterDay(toks, i, dates[len(dates)-1])
			if ok && d.year != 0 {
				// "April 12 and 13, 2024": the year dates the whole run.
				for k := range dates {
					if dates[k].year == 0 {
						dates[k].year = d.year
					}
				}
			}
		}
		if !ok {
			break
		}
		dates = append(dates, d)
		if d.to == len(toks) || !toks[d.to].is(',') && !toks[d.to].is('&') && toks[d.to].word != "and" {
			break
		}
		i = d.to + 1
	}
	if len(dates) == 0 {
		return nil, i
	}
	return dates, dates[len(dates)-1].to
}

// laterDay reads at toks[i] a bare day that continues a list of days of
// one month, "April 12 and 13", "June 19, 20", "March 3, 5 and 9, 2024":
// the month is prev's, and a year after the day is the run's. The day
// comes later in the month than prev's, so that a page or an issue
// printed after a date ("May 3, 2") is not read as one.
func laterDay(toks []citeToken, i int, prev printedDate) (printedDate, bool) {
	if prev.prec != claimx.Day || prev.month == 0 || prev.year != 0 || i >= len(toks) {
		return printedDate{}, false
	}
	c := dateCursor{toks: toks, i: i}
	day, ok := c.day()
	if !ok || day <= prev.day {
		return printedDate{}, false
	}
	y := c.withYear()
	if !c.endsEntry() {
		return printedDate{}, false
	}
	return printedDate{from: i, to: c.i, dateParts: dateParts{y, prev.month, day, claimx.Day}, accessed: prev.accessed}, true
}

// bareDayEnds reports whether a bare day at toks[i] ends its entry, as
// the last day of a list does: "April 12 and 13", "April 12 and 13, 2024".
func bareDayEnds(toks []citeToken, i int) bool {
	c := dateCursor{toks: toks, i: i}
	if _, ok := c.day(); !ok {
		return false
	}
	c.withYear()
	return c.atFieldEnd()
}

// dateForms are the date grammars, tried in turn; the ISO and numeric forms
// come before the bare year, which is their prefix.
var dateForms = []func(dateCursor) (dateParts, dateCursor, bool){isoDate, numericDate, hanziDate, monthFirst, dayFirst, seasonYear, yearFirst, yearOnly}

// dateAt reads one date at toks[i], with an optional access cue ("accessed
// April 3", "retrieved on 2024-03-07"), label ("published on", "as of") and
// weekday ("Tuesday, March 7"). A
// date must end its entry: the content ends, or a "," or ";" follows, or a
// final "."; so that "2023" in "2023 Annual Report" is read as part of a
// source, not as a date.
func dateAt(toks []citeToken, i int) (printedDate, bool) {
	return orderUnknown.dateAt(toks, i)
}

// dateAt is dateAt with the figures of a date whose day and month could
// change places read in order o.
func (o numericOrder) dateAt(toks []citeToken, i int) (printedDate, bool) {
	d := printedDate{from: i}
	c := dateCursor{toks: toks, i: i, order: o}
	if t := c.peek(); t.kind == ctWord && lexicon.AccessCues.Has(t.word) {
		d.accessed = true
		c.i++
		if !c.accept(':') && c.peek().word == "on" {
			c.i++
		}
	}
	c.skipLabel()
	c.skipWeekday()
	c.skipQualifier()
	for _, form := range dateForms {
		v, end, ok := form(c)
		if !ok {
			continue
		}
		end.skipNote()
		if end.endsEntry() {
			d.dateParts, d.to = v, end.i
			return d, true
		}
	}
	return printedDate{}, false
}

// ambiguousFigures reports whether toks hold a date in figures whose day
// and month could change places: two figures of twelve or less set apart
// by a slash or a full stop, then the same mark before the year
// ("3/8/2021", "03.08.21").
func ambiguousFigures(toks []citeToken) bool {
	for i := 0; i+3 < len(toks); i++ {
		a, s, b := toks[i], toks[i+1], toks[i+2]
		if a.kind == ctNum && b.kind == ctNum && a.val <= 12 && b.val <= 12 && (s.is('/') || s.is('.')) && toks[i+3].is(s.mark) {
			return true
		}
	}
	return false
}

// maxDateLabelWords is the most words a date's label holds: "last
// updated on".
const maxDateLabelWords = 3

// skipLabel skips what labels a date in a source's entry: the words that
// label a date line ("published", "updated on", "dated") or the cut-off of
// data that run up to it ("as of 3 March 2024"). The date is the entry's.
func (c *dateCursor) skipLabel() {
	for n := 0; n < maxDateLabelWords; n++ {
		t := c.peek()
		if t.kind != ctWord {
			break
		}
		if lexicon.DateLabels.Has(t.word) {
			c.i++
			continue
		}
		if c.i+1 < len(c.toks) && lexicon.DateCutoffs.Has(t.word+" "+c.toks[c.i+1].word) {
			c.i += 2
			continue
		}
		break
	}
	c.accept(':')
}

// skipWeekday skips the weekday a date may open on: "Tuesday, March 7",
// or its abbreviation as a stamp prints it, "Fri 12 Mar 2021", "Thu,
// 4 May 2023", or as a newspaper's date line does, with a full stop,
// "Tues., March 28, 2017".
func (c *dateCursor) skipWeekday() {
	if t := c.peek(); t.upper && (lexicon.Weekdays.Has(t.word) || t.kind == ctWord && weekdayAbbreviations()[strings.ToUpper(t.word[:1])+t.word[1:]]) {
		c.i++
		c.accept(',')
	} else if t.upper && t.kind == ctWord && len(t.word) >= 3 && c.i+1 < len(c.toks) && c.toks[c.i+1].is('.') && c.toks[c.i+1].start == t.end && weekdayStem(t.word) {
		c.i += 2
		c.accept(',')
	}
}

// weekdayStem reports whether w, in lower case, opens a weekday's name:
// "tues", "thurs".
func weekdayStem(w string) bool {
	for d := range lexicon.Weekdays.All() {
		if strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// skipQualifier skips a word that places a date within its month or year,
// "mid-June 2023", "early 2022": the period is the one the date names.
func (c *dateCursor) skipQualifier() {
	if t := c.peek(); t.kind == ctWord && lexicon.Qualifiers.Has(t.word) {
		save := *c
		c.i++
		c.dash()
		if t := c.peek(); !(t.upper && lexicon.Months.Has(t.word)) && !(t.kind == ctNum && t.digits == 4) {
			*c = save
		}
	}
}

// leadingDate reads the date that toks[i] opens, whatever follows it, and
// returns it with the index after it.
func leadingDate(toks []citeToken, i int) (dateParts, int, bool) {
	return orderUnknown.leadingDate(toks, i)
}

// leadingDate is leadingDate with the figures of a date read in order o.
func (o numericOrder) leadingDate(toks []citeToken, i int) (dateParts, int, bool) {
	c := dateCursor{toks: toks, i: i, order: o}
	c.skipWeekday()
	for _, form := range dateForms {
		if v, end, ok := form(c); ok {
			return v, end.i, true
		}
	}
	return dateParts{}, i, false
}

// endsEntry reports whether the cursor stands where a date may end: the
// end of the content, a "," or ";", a final ".", or "and" or "&" before
// another date ("May 4 and May 6").
func (c *dateCursor) endsEntry() bool {
	if c.atFieldEnd() {
		return true
	}
	if next := c.peek(); next.word == "and" || next.is('&') {
		_, ok := dateAt(c.toks, c.i+1)
		return ok || bareDayEnds(c.toks, c.i+1)
	}
	return false
}

// atFieldEnd reports whether the cursor stands at the end of the content,
// a "," or ";", or a "." that is final or ends the entry before the next
// sentence of a note: "Dawn, April 1, 2013. Available at http://…".
func (c *dateCursor) atFieldEnd() bool {
	next := c.peek()
	return c.i == len(c.toks) || next.is(',') || next.is(';') || next.is('.') && (c.i == len(c.toks)-1 || c.toks[c.i+1].upper) || c.atPage()
}

// atPage reports whether a colon and a page follow, as author–date
// references print them: "(Li, 2014: 22)", "(UNDP 2020: 7–9)".
func (c *dateCursor) atPage() bool {
	j := c.i
	if j+1 >= len(c.toks) || !c.toks[j].is(':') || c.toks[j+1].kind != ctNum || c.toks[j+1].digits >= 4 {
		return false
	}
	return j+2 == len(c.toks) || c.toks[j+2].is(',') || c.toks[j+2].is(';') || strings.ContainsRune(dashes, c.toks[j+2].mark)
}

// maxNoteTokens bounds a bracketed note after a date, "[in Chinese]",
// "[archived]".
const maxNoteTokens = 6

// skipNote skips a short bracketed note that follows a date and says
// something about the source, not when it was published: "May 3 [in
// Chinese]".
func (c *dateCursor) skipNote() {
	if !c.peek().is('[') {
		return
	}
	for j := c.i + 1; j < len(c.toks) && j <= c.i+maxNoteTokens; j++ {
		if c.toks[j].is(']') {
			c.i = j + 1
			return
		}
	}
}

// dateCursor walks tokens for the date grammars; each form takes it by value, so
// a form that fails leaves the caller's position alone.
type dateCursor struct {
	toks  []citeToken
	i     int
	order numericOrder
}

// peek returns the token under the cursor, or a zero token at the end.
func (c *dateCursor) peek() citeToken {
	if c.i < len(c.toks) {
		return c.toks[c.i]
	}
	return citeToken{}
}

func (c *dateCursor) accept(r rune) bool {
	if c.peek().is(r) {
		c.i++
		return true
	}
	return false
}

// dashes are the hyphens and dashes that print a range or set off a
// dateline.
const dashes = "-‐‑‒–—"

// dash accepts any of the dashes.
func (c *dateCursor) dash() bool {
	for _, r := range dashes {
		if c.accept(r) {
			return true
		}
	}
	return false
}

// month accepts a capitalised month name or abbreviation ("March", "Sept",
// "Jan."), the abbreviation with its optional dot.
func (c *dateCursor) month() (int, bool) {
	t := c.peek()
	i, ok := lexicon.Months.Entry(t.word)
	if t.kind != ctWord || !t.upper || !ok {
		return 0, false
	}
	c.i++
	if t.word != lexicon.Months.Forms(i)[0] {
		c.accept('.')
	}
	return i + 1, true
}

// day accepts a day of the month, plain or ordinal: "7", "07", "4th".
func (c *dateCursor) day() (int, bool) {
	t := c.peek()
	if (t.kind == ctNum || t.kind == ctOrd) && t.digits <= 2 && t.val >= 1 && t.val <= 31 {
		c.i++
		return t.val, true
	}
	return 0, false
}

// year accepts a four-digit year.
func (c *dateCursor) year() (int, bool) {
	t := c.peek()
	if t.kind == ctNum && t.digits == 4 && t.val >= 1000 {
		c.i++
		return t.val, true
	}
	return 0, false
}

// shortYear accepts a year printed in two figures, "03/27/23", read as
// POSIX strptime's %y reads it: 69–99 in the 1900s, 00–68 in the 2000s.
func (c *dateCursor) shortYear() (int, bool) {
	t := c.peek()
	if t.kind != ctNum || t.digits != 2 {
		return 0, false
	}
	c.i++
	if t.val >= 69 {
		return 1900 + t.val, true
	}
	return 2000 + t.val, true
}

// skipRangeEnd skips a dash and the end of a range, as read by end, or
// nothing when they are not there: a range's date is its first day.
func (c *dateCursor) skipRangeEnd(end func(*dateCursor) bool) {
	save := *c
	if !c.dash() || !end(c) {
		*c = save
	}
}

// skipIssueMonths skips the second month of a periodical's issue that
// spans two, printed after a slash: "July/August 2021". The issue's date
// is its first month.
func (c *dateCursor) skipIssueMonths() {
	save := *c
	if !c.accept('/') {
		return
	}
	if _, ok := c.month(); !ok {
		*c = save
	}
}

// The ends of ranges: "–5", "–April 2", "–August", "–2021".
func dayRangeEnd(c *dateCursor) bool      { _, ok := c.day(); return ok }
func monthRangeEnd(c *dateCursor) bool    { _, ok := c.month(); return ok }
func monthDayRangeEnd(c *dateCursor) bool { c.month(); return dayRangeEnd(c) }

// withYear accepts an optional "," and a year; without a year it leaves the
// cursor where it was.
func (c *dateCursor) withYear() int {
	save := *c
	c.accept(',')
	if y, ok := c.year(); ok {
		return y
	}
	// A year cut to two figures after an apostrophe: "Mar 20, '15".
	if c.accept('\'') || c.accept('’') {
		if y, ok := c.shortYear(); ok {
			return y
		}
	}
	*c = save
	return 0
}

// isoDate reads "2024-03-07", and "2018-8-13" as some sources print it.
func isoDate(c dateCursor) (dateParts, dateCursor, bool) {
	y, ok := c.year()
	if !ok || !c.dash() {
		return dateParts{}, c, false
	}
	m := c.peek()
	if m.kind != ctNum || m.digits > 2 || m.val < 1 || m.val > 12 {
		return dateParts{}, c, false
	}
	c.i++
	if !c.dash() {
		return dateParts{}, c, false
	}
	d, ok := c.day()
	return dateParts{y, m.val, d, claimx.Day}, c, ok
}

// numericDate reads a date in figures: year first, "2020/12/28" or
// "2020.12.28", year last, "12/28/2020", "28.12.2020" or "03/27/23", or
// none, "01/26", when only one order gives a date or the cursor knows the
// order the article prints:
// otherwise a month and a day that could change places ("3/4/2021") are
// left unread rather than guessed.
func numericDate(c dateCursor) (dateParts, dateCursor, bool) {
	sep := func(c *dateCursor) (rune, bool) {
		if t := c.peek(); t.is('/') || t.is('.') {
			c.i++
			return t.mark, true
		}
		return 0, false
	}
	if y, ok := c.year(); ok {
		s, ok := sep(&c)
		m, okm := c.day()
		s2, ok2 := sep(&c)
		d, okd := c.day()
		if !ok || !okm || !ok2 || !okd || s != s2 || m > 12 {
			return dateParts{}, c, false
		}
		return dateParts{y, m, d, claimx.Day}, c, true
	}
	a, ok := c.day()
	s, ok1 := sep(&c)
	b, ok2 := c.day()
	if !ok || !ok1 || !ok2 {
		return dateParts{}, c, false
	}
	if !c.accept(s) {
		// No year: "(Reuters 01/26)", "(AP, 16/5)", read only when one
		// figure cannot be a month. "24/7" is round the clock.
		switch {
		case s == '/' && a > 12 && b <= 12 && !(a == 24 && b == 7):
			return dateParts{0, b, a, claimx.Day}, c, true
		case s == '/' && b > 12 && a <= 12:
			return dateParts{0, a, b, claimx.Day}, c, true
		}
		return dateParts{}, c, false
	}
	y, ok := c.year()
	if !ok {
		y, ok = c.shortYear()
	}
	if !ok {
		return dateParts{}, c, false
	}
	switch {
	case a == b || a <= 12 && b > 12:
		return dateParts{y, a, b, claimx.Day}, c, true
	case a > 12 && b <= 12 || b <= 12 && c.order == orderDayFirst:
		return dateParts{y, b, a, claimx.Day}, c, true
	case a <= 12 && c.order == orderMonthFirst:
		return dateParts{y, a, b, claimx.Day}, c, true
	}
	return dateParts{}, c, false
}

// numericOrder is the order of day and month in the dates an article
// prints in figures.
type numericOrder int8

const (
	orderUnknown numericOrder = iota
	orderDayFirst
	orderMonthFirst
)

// numericDates are dates in figures with the year last.
var numericDates = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b`)

// numericOrderOf is the order in which text prints a date's day and month
// in figures: as its dates in figures that only read one way show it
// ("16/03/2012" puts the day first, "03/22/2023" the month); without one,
// as its dates with a month's name mostly print them, "March 22, 2023"
// against "22 March 2023"; without those, as its figures fall within one
// month read one way and not the other (clusteredOrder). Unknown when
// nothing shows it, or the figures disagree.
func numericOrderOf(text string) numericOrder {
	o := orderUnknown
	var dates [][]string
	if figuresSeparatedTwice(text) {
		dates = numericDates.FindAllStringSubmatch(text, -1)
	}
	for _, m := range dates {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		var this numericOrder
		switch {
		case a > 12 && b <= 12:
			this = orderDayFirst
		case b > 12 && a <= 12:
			this = orderMonthFirst
		default:
			continue
		}
		if o != orderUnknown && o != this {
			return orderUnknown
		}
		o = this
	}
	if o != orderUnknown {
		return o
	}
	switch md, dm := monthNameDates(text); {
	case md > dm:
		return orderMonthFirst
	case dm > md:
		return orderDayFirst
	}
	return clusteredOrder(dates)
}

// Bounds on the figures that show a text's order by falling within one
// period: how many dates at least, and the most days they span.
const (
	minClusterDates = 3
	maxClusterDays  = 31
)

// clusteredOrder is the order in which dates, matches of numericDates
// whose day and month could all change places, fall within maxClusterDays
// of one another while read the other way they do not: a digest or a
// press review lists the items of a week or a month ("4/03/2025",
// "5/03/2025", "6/03/2025" are March's 4th to 6th, not April's 3rd to
// June's). Unknown with fewer than minClusterDates dates or when both
// orders, or neither, keep them together.
func clusteredOrder(dates [][]string) numericOrder {
	if len(dates) < minClusterDates {
		return orderUnknown
	}
	dayFirst, monthFirst := dateSpan{}, dateSpan{}
	for _, m := range dates {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
		}
		dayFirst.add(y, b, a)
		monthFirst.add(y, a, b)
	}
	switch d, m := dayFirst.days(), monthFirst.days(); {
	case d <= maxClusterDays && m > maxClusterDays:
		return orderDayFirst
	case m <= maxClusterDays && d > maxClusterDays:
		return orderMonthFirst
	}
	return orderUnknown
}

// dateSpan is the first and last of some days.
type dateSpan struct{ first, last time.Time }

func (s *dateSpan) add(y, m, d int) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if s.first.IsZero() || t.Before(s.first) {
		s.first = t
	}
	if t.After(s.last) {
		s.last = t
	}
}

// days is how many days the span runs.
func (s dateSpan) days() int { return int(s.last.Sub(s.first).Hours() / 24) }

// figuresSeparatedTwice reports whether text holds a figure, a "/" or
// ".", one or two figures, a "/" or "." and a figure, as every match of
// numericDates does. Most texts hold none, and the pattern, which costs
// as much as a fiftieth of an article's processing over a whole text, is
// not run over them.
func figuresSeparatedTwice(text string) bool {
	for i := 1; i+3 < len(text); i++ {
		if !dateSeparator(text[i]) || !isDigit(text[i-1]) {
			continue
		}
		j := i + 1
		for j < len(text) && j-i <= 3 && isDigit(text[j]) {
			j++
		}
		if n := j - i - 1; n >= 1 && n <= 2 && j+1 < len(text) && dateSeparator(text[j]) && isDigit(text[j+1]) {
			return true
		}
	}
	return false
}

func dateSeparator(c byte) bool { return c == '/' || c == '.' }

// MonthFirst reports whether text prints a date's day and month in
// figures month first ("03/22/2023"), as numericOrderOf reads it; known is
// false when the text does not show its order.
func MonthFirst(text string) (monthFirst, known bool) {
	o := numericOrderOf(text)
	return o == orderMonthFirst, o != orderUnknown
}

// maxOrderDates bounds how many dates with a month's name are read for a
// text's order.
const maxOrderDates = 50

// monthNameDates counts, up to maxOrderDates each, the dates of text with a
// month's name printed month first and day first. Both forms end on a year
// after a space: the patterns are tried only on the stretch before each
// such year, as running them over a whole article cost a twentieth of its
// processing.
func monthNameDates(text string) (md, dm int) {
	for j := 1; j+4 <= len(text) && (md < maxOrderDates || dm < maxOrderDates); j++ {
		if text[j-1] != ' ' || !yearAt(text, j) {
			continue
		}
		// From a word's start at most maxDateLead bytes before the year.
		from := max(0, j-maxDateLead)
		for from > 0 && isWordByte(text[from-1]) {
			from--
		}
		lead := text[from : j+4]
		switch {
		case md < maxOrderDates && monthDayYear.MatchString(lead):
			md++
		case dm < maxOrderDates && dayMonthYear.MatchString(lead):
			dm++
		}
	}
	return md, dm
}

// yearAt reports whether a year of 19xx or 20xx stands at text[j:] as a
// word of its own.
func yearAt(text string, j int) bool {
	if !(text[j] == '1' && text[j+1] == '9' || text[j] == '2' && text[j+1] == '0') || !isDigit(text[j+2]) || !isDigit(text[j+3]) {
		return false
	}
	return j+4 == len(text) || !isWordByte(text[j+4])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte reports whether c is an ASCII letter, digit or underscore, a
// byte of a word as regexp's \b reads it.
func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// maxDateLead is the most bytes a date's month and day take before its
// year: "September. 22nd, ".
const maxDateLead = 24

// monthDayYear and dayMonthYear are a day with its month's name and year
// in the two orders of English, "March 22, 2023" and "22 March 2023",
// ending where the stretch they are tried on ends.
var (
	monthDayYear = regexp.MustCompile(`\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?, (?:19|20)\d{2}$`)
	dayMonthYear = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? (?:19|20)\d{2}$`)
)

// hanziDate reads a date written in Chinese, "2023年5月3日", "2023年5月"
// or "2023年", one word to the tokenizer.
func hanziDate(c dateCursor) (dateParts, dateCursor, bool) {
	t := c.peek()
	if t.kind != ctWord || t.digits != 4 {
		return dateParts{}, c, false
	}
	rest, ok := strings.CutPrefix(t.word[4:], "年")
	if !ok {
		return dateParts{}, c, false
	}
	v := dateParts{year: t.val, prec: claimx.Year}
	for _, unit := range []struct {
		mark string
		to   *int
		max  int
		prec claimx.Precision
	}{{"月", &v.month, 12, claimx.Month}, {"日", &v.day, 31, claimx.Day}} {
		if rest == "" {
			break
		}
		n, after, ok := leadingNumber(rest)
		if !ok || n < 1 || n > unit.max || !strings.HasPrefix(after, unit.mark) {
			return dateParts{}, c, false
		}
		*unit.to, v.prec, rest = n, unit.prec, after[len(unit.mark):]
	}
	if rest != "" || v.year < 1000 {
		return dateParts{}, c, false
	}
	c.i++
	return v, c, true
}

// leadingNumber reads the one or two ASCII digits s starts with.
func leadingNumber(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], i > 0
}

// monthFirst reads "March 7", "Sept. 3, 2023", "July 4th, 2023", "March 3–5,
// 2024", "March 30–April 2" at day precision and "July 2019", "Oct. 2022",
// "July–August 2019", "July/August 2021" and, after a source, "May" at month precision (a
// year-less month takes its year like a year-less day).
func monthFirst(c dateCursor) (dateParts, dateCursor, bool) {
	m, ok := c.month()
	if !ok {
		return dateParts{}, c, false
	}
	if d, ok := c.day(); ok {
		c.skipRangeEnd(monthDayRangeEnd)
		return dateParts{c.withYear(), m, d, claimx.Day}, c, true
	}
	c.skipRangeEnd(monthRangeEnd)
	c.skipIssueMonths()
	return dateParts{c.withYear(), m, 0, claimx.Month}, c, true
}

// dayFirst reads "12 March 2024", "3–5 March 2024" and "12 March".
func dayFirst(c dateCursor) (dateParts, dateCursor, bool) {
	d, ok := c.day()
	if !ok {
		return dateParts{}, c, false
	}
	c.skipRangeEnd(dayRangeEnd)
	m, ok := c.month()
	return dateParts{c.withYear(), m, d, claimx.Day}, c, ok
}

// seasonYear reads "Spring 2021" at year precision: a season is a dated
// issue of a periodical, and the year is what it tells for certain.
func seasonYear(c dateCursor) (dateParts, dateCursor, bool) {
	if t := c.peek(); !t.upper || !lexicon.Seasons.Has(t.word) {
		return dateParts{}, c, false
	}
	c.i++
	y, ok := c.year()
	return dateParts{y, 0, 0, claimx.Year}, c, ok
}

// yearFirst reads the year-first date of APA style, "2022, October 18",
// "2023, Jan. 4–6" at day precision and "2021, May" at month precision.
func yearFirst(c dateCursor) (dateParts, dateCursor, bool) {
	y, ok := c.year()
	if !ok || !c.accept(',') {
		return dateParts{}, c, false
	}
	m, ok := c.month()
	if !ok {
		return dateParts{}, c, false
	}
	if d, ok := c.day(); ok {
		// The range's end, "–6", read in place: skipRangeEnd's function
		// value would put the cursor on the heap for every year tried.
		if end := c; end.dash() {
			if _, ok := end.day(); ok {
				c = end
			}
		}
		return dateParts{y, m, d, claimx.Day}, c, true
	}
	return dateParts{y, m, 0, claimx.Month}, c, true
}

// yearOnly reads "2021", and a range "2019–2021" or "2019-20" as its first
// year.
func yearOnly(c dateCursor) (dateParts, dateCursor, bool) {
	y, ok := c.year()
	if !ok {
		return dateParts{}, c, false
	}
	c.skipRangeEnd(func(c *dateCursor) bool {
		t := c.peek()
		later := t.kind == ctNum && (t.digits == 4 && t.val > y || t.digits == 2 && t.val > y%100)
		if later {
			c.i++
		}
		return later
	})
	return dateParts{y, 0, 0, claimx.Year}, c, true
}

// citation resolves the date against the publication date. A date printed
// without a year takes the latest year in which that day falls on or before
// publication: the publication year, or the year before (further back only
// for February 29). With no publication date nothing is invented: the date
// stays zero. It reports false for a day the month does not have.
func (d printedDate) citation(source string, published time.Time) (claimx.Citation, bool) {
	c := claimx.Citation{Source: source, SourceID: gazetteer.Default().SourceID(source), Precision: d.prec, Accessed: d.accessed}
	if source == "" {
		return c, false
	}
	switch {
	case d.year != 0:
		t, ok := firstDayOf(d.year, d.month, d.day)
		c.Date = t
		return c, ok
	case published.IsZero():
		_, ok := firstDayOf(2000, d.month, d.day) // a leap year, so February 29 stands
		return c, ok
	}
	pub := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	for y := pub.Year(); y > pub.Year()-8; y-- {
		if t, ok := firstDayOf(y, d.month, d.day); ok && !t.After(pub) {
			c.Date, c.YearInferred = t, true
			return c, true
		}
	}
	return c, false
}

// firstDayOf returns the first day of the period (month 0 and day 0 read as 1)
// in UTC, and whether the day exists.
func firstDayOf(y, m, d int) (time.Time, bool) {
	m, d = max(m, 1), max(d, 1)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, int(t.Month()) == m && t.Day() == d
}

// issueSeason reports whether the parenthesis opening at open follows an
// issue's number and opens with a calendar word, the issue's date a
// journal's reference prints ("Vol. 107, No. 3 (Autumn, 1992)"), no
// citation. After prose the same shape is an author's ("(Winter, 2003)":
// Winter, Easter, Christmas and Sunday are surnames too).
func issueSeason(rs []rune, open int) bool {
	k := open - 1
	for k >= 0 && rs[k] == ' ' {
		k--
	}
	if k < 0 || !unicode.IsDigit(rs[k]) {
		return false
	}
	end := open + 1
	for end < len(rs) && unicode.IsLetter(rs[end]) {
		end++
	}
	return lexicon.Calendar.Has(string(rs[open+1 : end]))
}
