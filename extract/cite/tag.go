package cite

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// Bounds on a source tag: an outlet's name, a comma and a date.
const (
	maxTagRunes = 60
	maxTagWords = 5
)

// sourceTags finds the source tags of a digest or newsletter: the end of
// a line, after its last sentence, or a line of its own, that names a
// source and a date and nothing else, without parentheses: "… deaths, a
// WHO official said. Reuters, 4 January", "Global Times, 05.01.2023",
// "Kompas - November 29, 2014". A
// sentence ends with a full stop, so a tag prints none after its date; a
// place before a date is a dateline, and a date's label ("Updated, 5 March
// 2024") is no source. base and published are as for Parse, order the
// text's numericOrderOf.
func sourceTags(text string, base int, published time.Time, order func() numericOrder) []claimx.Citation {
	var out, bylines, first, under []claimx.Citation // cited only in a listing: by-lines; unknown names on date-first lines and under date lines
	var firstNames []string                          // the names of all date-first lines, known or not
	offset := 0                                      // code points before the line
	above := ""                                      // the line before, "" when blank
	var header headerBlock                           // the header block above
	for line := range strings.Lines(text) {
		var cites []claimx.Citation
		if c, ok := lineTag(line, published, order); ok {
			cites = []claimx.Citation{c}
		} else if c, ok := labelledISODate(line); ok {
			cites = []claimx.Citation{c}
		} else if cites = headedTag(line, published, order); cites == nil {
			if c, ok := outletDateLine(line, published, order); ok {
				cites = []claimx.Citation{c}
			} else if c, ok := bylineFields(line, published); ok {
				c.Span.Start += base + offset
				c.Span.End += base + offset
				bylines = append(bylines, c)
			} else if c, known, ok := dateFirstTag(line, published, order); ok && known {
				cites = []claimx.Citation{c}
				firstNames = append(firstNames, c.Source)
			} else if ok {
				c.Span.Start += base + offset
				c.Span.End += base + offset
				first = append(first, c)
				firstNames = append(firstNames, c.Source)
			} else if c, ok := datedUnderOutlet(above, line); ok {
				cites = []claimx.Citation{c}
			} else if c, known, ok := outletUnderDate(header, line); ok && known {
				cites = []claimx.Citation{c}
			} else if ok {
				c.Span.Start += base + offset
				c.Span.End += base + offset
				under = append(under, c)
			}
		}
		above = strings.TrimSpace(line)
		header = header.next(line)
		for _, c := range cites {
			c.Span.Start += base + offset
			c.Span.End += base + offset
			out = append(out, c)
		}
		offset += utf8.RuneCountInString(line)
	}
	// A listing prints every item's source line alike, where a page
	// prints its own by-line or date line once and a timeline or a
	// calendar heads each item with a title of its own: by-lines count
	// in two or more, unknown names on date-first lines where some name
	// recurs on them (a listing of outlets), and an unknown name under a
	// date line where another date line prints it too.
	var unknown []claimx.Citation
	if len(bylines) >= 2 {
		unknown = bylines
	}
	if recurs(firstNames) {
		unknown = append(unknown, first...)
	}
	for _, c := range under {
		if slices.IndexFunc(under, func(o claimx.Citation) bool { return o.Source == c.Source && o.Start != c.Start }) >= 0 {
			unknown = append(unknown, c)
		}
	}
	if len(unknown) > 0 {
		out = append(out, unknown...)
		slices.SortStableFunc(out, func(a, b claimx.Citation) int { return a.Start - b.Start })
	}
	return out
}

// recurs reports whether some name of names stands in it twice or more.
func recurs(names []string) bool {
	for i, n := range names {
		if slices.Contains(names[i+1:], n) {
			return true
		}
	}
	return false
}

// SourceTagLen is the byte length of the source tag that ends text's last
// line ("… he told reporters. Reuters, 4 January", or a line "Global
// Times, 05.01.2023"), the white space before it included; 0 if it ends
// in none. A tag is no part of a sentence: it names where the item came
// from.
func SourceTagLen(text string) int {
	lineStart := strings.LastIndexByte(text, '\n') + 1
	line := strings.TrimRightFunc(text[lineStart:], unicode.IsSpace)
	c, ok := lineTag(line, time.Time{}, func() numericOrder { return numericOrderOf(line) })
	if !ok {
		return 0
	}
	// The tag's text ends the line but for a full stop that may close it
	// ("Quay Post, March 3, 2024."), which c.Raw leaves out.
	start := lineStart + strings.LastIndex(line, c.Raw)
	for start > 0 && (text[start-1] == ' ' || text[start-1] == '\t') {
		start--
	}
	return len(text) - start
}

// lineTag reads the source tag that ends line, its span in code points
// from the line's start.
func lineTag(line string, published time.Time, order func() numericOrder) (claimx.Citation, bool) {
	trimmed := strings.TrimRightFunc(line, unicode.IsSpace)
	// A labelled source line ("Source: Harbour Customs, 3 March 2024.")
	// is no sentence, whatever closes it, nor is a line that holds nothing
	// but a tag, as a list of a writer's articles prints each one's
	// outlet under its title ("Quay Post, March 3, 2024.").
	labelled := sourceLeadIn(strings.TrimLeft(trimmed, " \t")) > 0
	if bare := strings.TrimSuffix(trimmed, "."); labelled || tagStart(strings.TrimLeft(bare, " \t")) == 0 {
		trimmed = bare
	}
	if last, _ := utf8.DecodeLastRuneInString(trimmed); !unicode.IsDigit(last) && !unicode.IsLetter(last) {
		return claimx.Citation{}, false
	}
	from := tagStart(trimmed)
	// Most lines end a sentence; the rest need a separator and a figure.
	tail := trimmed[max(from, 0):]
	if from < 0 || !strings.ContainsAny(tail, ","+tagSeparators) || !strings.ContainsAny(tail, "0123456789") {
		return claimx.Citation{}, false
	}
	rs := []rune(tail)
	toks := tokenizeCitation(rs, 0, len(rs))
	// The source ends at a dash, a slash or a bar set off by spaces,
	// "Kompas - November 29, 2014", "Quay Post | March 22, 2018", after
	// its writers where they are named, "Lin Wei, Harbour Daily – May 11,
	// 2024"; or, with no such mark, at a comma.
	first, sep := 0, slices.IndexFunc(toks, func(t citeToken) bool { return t.kind == ctMark && strings.ContainsRune(tagSeparators, t.mark) })
	if sep >= 0 && spaced(toks, sep) {
		for i := sep - 1; i > 0; i-- {
			if toks[i].is(',') {
				first = i + 1
				break
			}
		}
	} else {
		sep = slices.IndexFunc(toks, func(t citeToken) bool { return t.is(',') })
	}
	// The label is no word of the source's: "Source: National Bureau of
	// Statistics, as of May 2024".
	if first == 0 && labelled && len(toks) > 2 && toks[1].is(':') {
		first = 2
	}
	if sep-first < 1 || sep-first > maxTagWords || first > 0 && !nameCased(string(rs[toks[0].start:toks[first-2].end])) {
		return claimx.Citation{}, false
	}
	if _, _, ok := leadingDate(toks, 0); ok {
		return claimx.Citation{}, false // a date with its year: "August 1, 2022"
	}
	date, ok := dateAt(toks, sep+1)
	if !ok {
		date, ok = order().dateAt(toks, sep+1)
	}
	// A year alone after a name is rather a list's entry: "Liu Xiaobo,
	// 2010"; a month after a slash or a bar a periodical's issue, "Harbour
	// Letter / July 2024".
	if !ok || date.to != len(toks) || date.prec == claimx.Year || date.prec == claimx.Month && (toks[sep].is('/') || toks[sep].is('|')) {
		return claimx.Citation{}, false
	}
	source := cleanSource(string(rs[toks[first].start:toks[sep-1].end]))
	if source == "" || lexicon.DateLabels.Has(strings.ToLower(source)) || !nameCased(source) && !domainName(source) || weekdayStamp(source) || bylineLead(string(rs[toks[0].start:toks[sep-1].end])) {
		return claimx.Citation{}, false
	}
	if e, ok := gazetteer.Default().Lookup(source); ok && e.Type == claimx.GPE {
		return claimx.Citation{}, false
	}
	c, ok := date.citation(source, published)
	if !ok {
		return claimx.Citation{}, false
	}
	c.Raw = string(rs[toks[0].start:toks[date.to-1].end])
	start := utf8.RuneCountInString(line[:from]) + toks[0].start
	c.Span = claimx.Span{Start: start, End: start + utf8.RuneCountInString(c.Raw)}
	return c, true
}

// isoLen is the length of an ISO date, "2020-08-21".
const isoLen = len("2020-08-21")

// labelledISODate reads a labelled source line that ends on an ISO date
// with no mark before it, or none at all where a page's fields ran
// together: "Source: Harbour Daily 2020-08-21", "Source: Quay
// Post2020-07-20"; not a date after its own label, which is the page's.
// Its span is in code points from the line's start.
func labelledISODate(line string) (claimx.Citation, bool) {
	trimmed := strings.TrimSpace(line)
	cut := sourceLeadIn(trimmed)
	if cut == 0 || len(trimmed) < cut+isoLen+2 || len(trimmed) > maxTagRunes+isoLen {
		return claimx.Citation{}, false
	}
	date := trimmed[len(trimmed)-isoLen:]
	rs := []rune(date)
	d, ok := dateAt(tokenizeCitation(rs, 0, len(rs)), 0)
	if !ok || d.prec != claimx.Day || date[4] != '-' {
		return claimx.Citation{}, false
	}
	source := cleanSource(strings.TrimLeft(trimmed[cut:len(trimmed)-isoLen], " :"))
	if source == "" || !nameCased(source) || gluedDateLabel(source) {
		return claimx.Citation{}, false
	}
	c, ok := d.citation(source, time.Time{})
	start := utf8.RuneCountInString(line[:strings.Index(line, trimmed)])
	c.Raw = trimmed
	c.Span = claimx.Span{Start: start, End: start + utf8.RuneCountInString(trimmed)}
	return c, ok
}

// tagSeparators are the marks that, set off by spaces, end a source tag's
// name before its date.
const tagSeparators = dashes + "/|"

// domainName reports whether s is a web site's name, as a tag may print
// its source in lower case: "vietnamnews.vn", "news.example.org".
func domainName(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || len(s)-dot-1 < 2 || len(s)-dot-1 > 6 {
		return false
	}
	for i, r := range s {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i > dot || !('0' <= r && r <= '9') && r != '.' && r != '-') {
			return false
		}
	}
	return true
}

// tagStart returns the byte offset in line where a tag may start: after
// the last mark that may end a sentence (a full stop, a question or
// exclamation mark, a closing quotation mark or parenthesis) and a space,
// within maxTagRunes of the end; or at the line's start when the line is
// that short. -1 when neither.
func tagStart(line string) int {
	end := len(line)
	for n := 0; end > 0 && n < maxTagRunes; n++ {
		r, size := utf8.DecodeLastRuneInString(line[:end])
		end -= size
		if r == ' ' && end > 0 {
			if before, _ := utf8.DecodeLastRuneInString(line[:end]); strings.ContainsRune(".?!”\"’)", before) && !monthStop(line, end-1) {
				return end + 1
			}
		}
	}
	if end == 0 {
		return 0
	}
	return -1
}

// monthStop reports whether the full stop at line[dot] cuts a month's
// name short before its day's figure ("Jan. 23, 1999"): it ends no
// sentence. A month's full name before a stop ends one ("… signed in
// May. 3 ministers …").
func monthStop(line string, dot int) bool {
	if dot+2 >= len(line) || line[dot] != '.' || line[dot+1] != ' ' || !isDigit(line[dot+2]) {
		return false
	}
	s := dot
	for s > 0 && isASCIILetter(line[s-1]) {
		s--
	}
	m, ok := lexicon.Months.Entry(line[s:dot])
	return s < dot && ok && !strings.EqualFold(line[s:dot], lexicon.Months.Forms(m)[0])
}

// speakerDated reads a parenthesis of dates alone that a source's
// reporting verb stands beside: after it, "The Central Broadcasting
// Station reported (Mar. 8), “…”", or before it, as digests print their
// sources, "Xinhua (April 11) reported that …"; or that follows a source
// named after "according to", or is an outlet's ("the weekly Semana
// (3/28) conducted …"). The dates are the source's, the name the one
// beside the verb. toks are the
// parenthesis's tokens, open and close the indices of its marks in rs.
func speakerDated(rs []rune, toks []citeToken, open, close, base int, published time.Time, o numericOrder) []claimx.Citation {
	// Most parentheses open with neither a month, a figure nor an access
	// cue ("(Accessed: 5 May 2022)" after a link).
	if len(toks) == 0 || toks[0].kind != ctNum && !lexicon.Months.Has(toks[0].word) && !lexicon.AccessCues.Has(toks[0].word) {
		return nil
	}
	dates, end := o.dateList(toks, 0)
	if len(dates) == 0 || end != len(toks) && !pageLocator(toks, end, dates) {
		return nil
	}
	source, accessed := "", false
	if name, ok := narrativeAuthors(rs, toks, open, close, dates); ok {
		source = name
	} else if vs, ok := reportingVerbBefore(rs, open); ok {
		source, _ = nameBefore(rs, vs)
	} else if name, ok := linkedEntry(rs, open); ok {
		source, accessed = name, true
	} else if name, ok := entryAuthors(rs, open, close, dates[0].year != 0); ok {
		source = name
	} else if !slices.ContainsFunc(dates, func(d printedDate) bool { return d.prec == claimx.Year }) {
		// A year alone after a name is rather a life's or a work's
		// ("Deng Xiaoping (1904–1997) said"). The name is read only
		// beside a verb, after "according to", or when it is a source's
		// whatever follows: one known to cite ("Global Times (June 9)"),
		// or one printed after the kind of outlet it is ("the daily El
		// Tiempo (3/28)").
		if reportingVerbAfter(rs, close+1) {
			source, _ = nameBefore(rs, open)
		} else if name, from := nameBefore(rs, open); name != "" && (accordingTo(rs, from) || outletNamed(rs, name, from) || signedItem(rs, from, close)) {
			source = name
		}
	}
	if source == "" {
		return nil
	}
	var out []claimx.Citation
	for _, d := range dates {
		d.accessed = d.accessed || accessed
		if c, ok := d.citation(source, published); ok {
			// The citation's text is its parenthesis's, as every other's.
			start := toks[d.from].start
			c.Raw = string(rs[start:toks[d.to-1].end])
			c.Span = claimx.Span{Start: base + start, End: base + toks[d.to-1].end}
			out = append(out, c)
		}
	}
	return out
}

// pageLocator reports whether toks[end:], after a year of an author–date
// reference, are the page it points to: ", 153", ", p. 3", ": 44–45".
func pageLocator(toks []citeToken, end int, dates []printedDate) bool {
	if len(dates) != 1 || dates[0].prec != claimx.Year || end+1 >= len(toks) || !toks[end].is(',') && !toks[end].is(':') {
		return false
	}
	i := end + 1
	if w := toks[i].word; toks[i].kind == ctWord && (w == "p" || w == "pp") {
		i++
		if i < len(toks) && toks[i].is('.') {
			i++
		}
	}
	if i == len(toks) || toks[i].kind != ctNum {
		return false
	}
	i++
	if i+1 < len(toks) && strings.ContainsRune(dashes, toks[i].mark) && toks[i+1].kind == ctNum {
		i += 2
	}
	return i == len(toks)
}

// narrativeAuthors reads the authors that an author–date reference names
// in the running text before the parenthesis of its year, when a verb
// that reports what they wrote follows it: "Ana Ruiz (2017, 153) argues",
// "Li Wei, Ana Ruiz, and Tom Berg (2018) claim". A year alone after a
// name with no such verb is rather a life's or a work's, and a span of
// years a life's ("Deng Xiaoping (1904–1997) said").
func narrativeAuthors(rs []rune, toks []citeToken, open, close int, dates []printedDate) (string, bool) {
	if len(dates) != 1 || dates[0].prec != claimx.Year || slices.ContainsFunc(toks[:dates[0].to], dash) {
		return "", false
	}
	if !writerVerbAfter(rs, close+1) {
		return "", false
	}
	// The first author stands for several: "Li et al. (2021) found".
	end := open
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	if strings.HasSuffix(string(rs[max(0, end-len("et al.")):end]), "et al.") {
		end -= len("et al.")
	}
	name, from := nameBefore(rs, end)
	if name == "" {
		return "", false
	}
	// Earlier authors joined by commas and "and": "Li Wei, Ana Ruiz, and".
	for n := 0; n < maxTagWords; n++ {
		at := from
		if s, e := wordBefore(rs, at); s < e && string(rs[s:e]) == "and" {
			at = s
		}
		for at > 0 && rs[at-1] == ' ' {
			at--
		}
		if at == 0 || rs[at-1] != ',' {
			break
		}
		if more, f := nameBefore(rs, at-1); more != "" {
			from = f
			continue
		}
		break
	}
	// A role before the first name is no part of it, "Scholar Ana Ruiz",
	// nor the word that opens its clause, "As Ana Ruiz (2017) notes";
	// and a law or a report is no author ("The Harbour Act (2019) says").
	words := strings.Fields(string(rs[from:open]))
	if first := strings.ToLower(words[0]); len(words) > 1 && (lexicon.Roles.HasNoun(first) || lexicon.Conjunctions.Has(first) || lexicon.ClausePrepositions.Has(first)) {
		words = words[1:]
	}
	if lexicon.ThingHeads.Has(strings.ToLower(words[len(words)-1])) {
		return "", false
	}
	return cleanSource(strings.Join(words, " ")), true
}

// wordBefore returns the bounds of the word that ends at end, spaces
// skipped before it; start == end when there is none.
func wordBefore(rs []rune, end int) (int, int) {
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	start := end
	// An apostrophe inside a word is the word's: "People's Daily".
	for start > 0 && (unicode.IsLetter(rs[start-1]) || unicode.IsDigit(rs[start-1]) || rs[start-1] == '.' || rs[start-1] == '-' || (rs[start-1] == '\'' || rs[start-1] == '’') && start < end) {
		start--
	}
	return start, end
}

// speechVerbIn reports whether w is a reporting verb in one of forms:
// "reported", "stated", "said" in the past tense.
func speechVerbIn(w string, forms ...lexicon.VerbForm) bool {
	_, form, ok := lexicon.Lemma(strings.ToLower(w), speechVerb)
	return ok && slices.Contains(forms, form)
}

// reportingVerbBefore returns where the reporting verb in the past tense
// that ends at i (spaces aside) starts.
func reportingVerbBefore(rs []rune, i int) (int, bool) {
	vs, ve := wordBefore(rs, i)
	return vs, vs < ve && speechVerbIn(string(rs[vs:ve]), lexicon.Past)
}

// reportingVerbAfter reports whether a reporting verb starts at i, after
// one space: in the past tense, or in the present as digests sum up their
// sources ("Insight Crime (3/30) suggests that …").
func reportingVerbAfter(rs []rune, i int) bool {
	return verbAfter(rs, i, speechVerb, lexicon.Past, lexicon.S)
}

// verbAfter reports whether a verb that isVerb takes as a lemma starts at
// i, after one space, in one of forms.
func verbAfter(rs []rune, i int, isVerb func(string) bool, forms ...lexicon.VerbForm) bool {
	w, _ := wordAfter(rs, i)
	if w == "" {
		return false
	}
	_, form, ok := lexicon.Lemma(w, isVerb)
	return ok && slices.Contains(forms, form)
}

// wordAfter returns the word of letters that starts at i after one space,
// in lower case, and where it ends; "" when there is none.
func wordAfter(rs []rune, i int) (string, int) {
	if i >= len(rs) || rs[i] != ' ' {
		return "", i
	}
	e := i + 1
	for e < len(rs) && unicode.IsLetter(rs[e]) {
		e++
	}
	return strings.ToLower(string(rs[i+1 : e])), e
}

// writerVerbAfter reports whether a verb that tells what authors wrote
// or found starts at i, after one space: a simple one, "argues",
// "found"; a perfect's participle after its auxiliary, "have argued",
// "has shown"; or a phrasal verb, "points out", "pointed out".
func writerVerbAfter(rs []rune, i int) bool {
	w, e := wordAfter(rs, i)
	if lexicon.Have.Has(w) {
		return verbAfter(rs, e, writerVerb, lexicon.Past)
	}
	forms := []lexicon.VerbForm{lexicon.Past, lexicon.S, lexicon.Base}
	if verbAfter(rs, i, writerVerb, forms...) {
		return true
	}
	particle, _ := wordAfter(rs, e)
	if w == "" || !lexicon.VerbParticles.Has(particle) {
		return false
	}
	_, form, ok := lexicon.Lemma(w, func(v string) bool { return writerVerb(v + " " + particle) })
	return ok && slices.Contains(forms, form)
}

// writerVerb reports whether the lemma v tells what a writer's work says
// or finds: "argue", "note", "find", "show".
func writerVerb(v string) bool { return speechVerb(v) || lexicon.FindingVerbs.Has(v) }

// nameBefore returns the name that ends at i (spaces aside), "The
// Pyongyang Broadcasting Service", without its article, and where its
// first capitalised word starts; "" when the words there are not a name,
// or are a day's ("Sunday").
func nameBefore(rs []rune, i int) (string, int) {
	from, at := i, i
	for n := 0; n <= maxTagWords; n++ {
		s, e := wordBefore(rs, at)
		if s == e {
			break
		}
		upper := unicode.IsUpper(rs[s]) || caseless(rs[s]) || lexicon.FusedParticle(string(rs[s:e]))
		if !upper && !lexicon.PhraseConnectors.Has(string(rs[s:e])) || n > 0 && sentenceStop(rs[s:e]) {
			break
		}
		at = s
		if upper {
			from = s
		}
	}
	name := strings.Join(strings.Fields(string(rs[from:i])), " ")
	if article, rest, ok := strings.Cut(name, " "); ok && lexicon.Articles.Has(strings.ToLower(article)) {
		name = rest
	}
	if name == "" || !nameCased(name) || lexicon.Calendar.Has(name) {
		return "", from
	}
	return cleanSource(name), from
}

// sentenceStop reports whether word w ends a sentence before the name
// that follows it: a full stop after a word, not an initial's, an
// abbreviation's with dots inside or a listed one's ("Christmas." but not
// "J.", "U.S." or "St.").
func sentenceStop(w []rune) bool {
	n := len(w)
	return n > 2 && w[n-1] == '.' && !slices.Contains(w[:n-1], '.') && !lexicon.Abbreviations.Has(strings.ToLower(string(w[:n-1])))
}

// outletNamed reports whether name, which starts at rs[from], is a news
// outlet's or a cited body's: the gazetteer knows it as a source, or the
// word before it is a kind of outlet ("the weekly Semana", "the party
// newspaper People's Daily").
func outletNamed(rs []rune, name string, from int) bool {
	if gazetteer.Default().KnownSource(name) {
		return true
	}
	s, e := wordBefore(rs, from)
	return s < e && lexicon.OutletNouns.Has(string(rs[s:e]))
}

// signedItem reports whether the name starting at rs[from], with its
// dates in the parenthesis closing at rs[close], signs an item of a
// digest: set off by a dash after the item's last sentence and ending its
// line, "… across the world's forests. - Ana Ruiz (Mar 19, '15)".
func signedItem(rs []rune, from, close int) bool {
	i := from
	for i > 0 && rs[i-1] == ' ' {
		i--
	}
	if i == 0 || !strings.ContainsRune(dashes, rs[i-1]) {
		return false
	}
	i--
	for i > 0 && rs[i-1] == ' ' {
		i--
	}
	if i == 0 || !strings.ContainsRune(".!?”\"", rs[i-1]) {
		return false
	}
	end := close + 1
	for end < len(rs) && (rs[end] == ' ' || rs[end] == '\t') {
		end++
	}
	return end == len(rs) || rs[end] == '\n'
}

// accordingTo reports whether "according to" ends right before rs[i],
// spaces aside: "according to Xinhua (April 11)" dates what Xinhua said.
func accordingTo(rs []rune, i int) bool {
	s, e := wordBefore(rs, i)
	if lexicon.Articles.Has(strings.ToLower(string(rs[s:e]))) {
		s, e = wordBefore(rs, s) // "according to the Harbour Times"
	}
	if !strings.EqualFold(string(rs[s:e]), "to") {
		return false
	}
	s, e = wordBefore(rs, s)
	return strings.EqualFold(string(rs[s:e]), "according")
}

// speechVerb reports whether the lemma v reports speech: "warn", "add",
// "report", "say".
func speechVerb(v string) bool {
	return lexicon.ReportingVerbs.Has(v) || lexicon.FramingVerbs.Has(v) || lexicon.ClosingVerbs.Has(v)
}

// nameCased reports whether every word of s is capitalised, written in a
// script without case ("环球时报"), or a word that joins the words of a
// name ("Voice of America") or a surname with its particle fused to it
// ("William deBuys"): a phrase of prose before a date is not ("Talks
// resumed, 4 January").
func nameCased(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !caseless(r) && !lexicon.PhraseConnectors.Has(w) && !lexicon.FusedParticle(w) {
			return false
		}
	}
	return true
}

// gluedDateLabel reports whether s ends on a publication's or a
// revision's label run into its last word where a page's fields ran
// together ("Quay PostUpdated", "XinhuaPublished"): the date after it is
// the page's, not the source's. Other date labels are words that end
// names spelled in camel case ("NewsFirst", "ChinaOn", "TechTime").
func gluedDateLabel(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	for k := 1; k < len(w); k++ {
		if 'A' <= w[k] && w[k] <= 'Z' && 'a' <= w[k-1] && w[k-1] <= 'z' && (lexicon.PublicationLabels.Has(strings.ToLower(w[k:])) || lexicon.RevisionLabels.Has(strings.ToLower(w[k:]))) {
			return true
		}
	}
	return false
}

// caseless reports whether r is a letter of a script without case, as
// Chinese is.
func caseless(r rune) bool { return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) }

// Bounds on a digest's entry line: how far into the line its headline's
// separator is looked for, and how many fields (writers, outlet, platform)
// stand between it and the date.
const (
	maxHeadlineRunes = 200
	maxEntryFields   = 3
)

// headedTag reads the line of a digest's entry that heads the item with
// its headline, then, after a colon, a bar or a semicolon, its writers, its
// outlet and its date, perhaps with a dash and the item's summary after
// them: "Ports Reopen: Li Wei, Harbour Daily, Jan. 13, 2024 — Ferries
// …", "Ports Reopen | Tide Weekly, August 2023". The source is the outlet,
// the last field before the date that names no platform the item was
// watched on ("Tide Weekly, YouTube, August 2023"); after the label of
// several sources ("Sources: CEIC, Wind, as of March 2024") every field is
// one. Spans are in code points from the line's start.
func headedTag(line string, published time.Time, order func() numericOrder) []claimx.Citation {
	// Most lines hold no headline's separator before a figure.
	if !strings.ContainsAny(line, ":|;") || !strings.ContainsAny(line, "0123456789") {
		return nil
	}
	rs := []rune(line)
	toks := tokenizeCitation(rs, 0, min(len(rs), maxHeadlineRunes+maxTagRunes))
	for k, t := range toks {
		if t.start >= maxHeadlineRunes {
			break
		}
		if k == 0 || !t.is(':') && !t.is('|') && !t.is(';') {
			continue
		}
		// The entry runs to a dash set off by spaces or to the line's end.
		end := k + 1
		for end < len(toks) && !(strings.ContainsRune(dashes, toks[end].mark) && spaced(toks, end)) {
			end++
		}
		if end == len(toks) && toks[len(toks)-1].end < len([]rune(strings.TrimRightFunc(line, unicode.IsSpace))) {
			continue // the line goes on past what was read
		}
		label := strings.TrimSpace(string(rs[:t.start]))
		several := strings.HasSuffix(label, "s") && sourceLeadIn(label) > 0
		if cites := entryFields(rs, toks[:end], k+1, several, published, order); cites != nil {
			return cites
		}
	}
	return nil
}

// entryFields reads toks[from:], fields closed by commas ending in a date
// that names its month, as the sources and date of a headed entry;
// several says the label of several sources heads it.
func entryFields(rs []rune, toks []citeToken, from int, several bool, published time.Time, order func() numericOrder) []claimx.Citation {
	var fields []string
	start := from
	for i := from; i < len(toks); i++ {
		if !toks[i].is(',') {
			continue
		}
		if i == start || len(fields) == maxEntryFields {
			return nil
		}
		fields = append(fields, string(rs[toks[start].start:toks[i-1].end]))
		start = i + 1
		date, ok := dateAt(toks, start)
		if !ok {
			date, ok = order().dateAt(toks, start)
		}
		if !ok {
			continue
		}
		if date.to != len(toks) || date.prec == claimx.Year {
			return nil
		}
		sources := []string{""}
		for _, f := range slices.Backward(fields) {
			if !lexicon.Platforms.Has(strings.ToLower(f)) {
				sources[0] = cleanSource(f)
				break
			}
		}
		if several {
			sources = sources[:0]
			for _, f := range fields {
				sources = append(sources, cleanSource(f))
			}
		}
		for _, f := range fields {
			if len(strings.Fields(f)) > 2*maxTagWords || !nameCased(f) || lexicon.DateLabels.Has(strings.ToLower(f)) || lexicon.Calendar.Has(f) {
				return nil
			}
		}
		var out []claimx.Citation
		for _, source := range sources {
			if source == "" {
				return nil
			}
			if e, ok := gazetteer.Default().Lookup(source); ok && e.Type == claimx.GPE {
				return nil
			}
			c, ok := date.citation(source, published)
			if !ok {
				return nil
			}
			c.Raw = string(rs[toks[from].start:toks[date.to-1].end])
			c.Span = claimx.Span{Start: toks[from].start, End: toks[date.to-1].end}
			out = append(out, c)
		}
		return out
	}
	return nil
}

// bylineLead reports whether s opens on a by-line's word, "By The Harbour
// Times Thu, May 2, 2024": the line names the article's writer and date,
// no source it cites.
func bylineLead(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for n := 1; n <= 2 && n < len(words); n++ {
		if lexicon.BylineOpeners.Has(strings.Join(words[:n], " ")) {
			return true
		}
	}
	return false
}

// weekdayStamp reports whether s is a calendar word, after its label
// ("Time: Monday, March 3"), or a weekday as a date stamp abbreviates it
// ("Sun, January 5, 2020"): the start of a date, not a source. A
// newspaper of such a name takes more words, "The Sun", "The Mail on
// Sunday".
func weekdayStamp(s string) bool {
	if _, after, ok := strings.Cut(s, ": "); ok {
		s = after
	}
	return lexicon.Calendar.Has(s) || weekdayAbbreviations()[s]
}

// weekdayAbbreviations are the weekdays' three-letter abbreviations,
// "Mon" to "Sun", read from lexicon.Weekdays at the first call.
var weekdayAbbreviations = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range lexicon.Weekdays.All() {
		m[strings.ToUpper(w[:1])+w[1:3]] = true
	}
	return m
})

// outletDateLine reads a line that is nothing but a known outlet's name and
// a date, with no mark between them, as listings print an item's source
// under its headline: "Global Times September 18, 2023", "VOA News
// 30/12/2009", "The Guardian May 25th". An unknown name before a date is
// rather a heading's or an event's ("Party Congress October 16, 2022").
func outletDateLine(line string, published time.Time, order func() numericOrder) (claimx.Citation, bool) {
	trimmed := strings.TrimSpace(line)
	if len(trimmed) > maxTagRunes || !strings.ContainsAny(trimmed, "0123456789") {
		return claimx.Citation{}, false
	}
	rs := []rune(trimmed)
	toks := tokenizeCitation(rs, 0, len(rs))
	for j := 1; j <= maxTagWords && j < len(toks); j++ {
		if toks[j-1].kind != ctWord {
			break
		}
		date, ok := dateAt(toks, j)
		if !ok {
			date, ok = order().dateAt(toks, j)
		}
		if !ok || date.to != len(toks) || date.prec == claimx.Year {
			continue
		}
		source := cleanSource(string(rs[:toks[j-1].end]))
		if !knownOutlet(source) {
			return claimx.Citation{}, false
		}
		c, ok := date.citation(source, published)
		if !ok {
			return claimx.Citation{}, false
		}
		start := utf8.RuneCountInString(line[:strings.Index(line, trimmed)])
		c.Raw = trimmed
		c.Span = claimx.Span{Start: start, End: start + len(rs)}
		return c, true
	}
	return claimx.Citation{}, false
}

// maxBylineFieldRunes bounds a line of a by-line's fields.
const maxBylineFieldRunes = 120

// bylineFields reads a line of three fields set off by slashes, bars or
// dashes with spaces round them, as a listing of a writer's or a body's
// pieces in the press prints each piece's by-line: the writer after "By",
// then the date and the outlet in either order, "By Li Wei / March 3, 2024
// / Harbour Review", "by Ana Ruiz | Quay Post | 4 May 2023". The outlet,
// known or a listedName, is the source only in a listing (sourceTags): a
// page prints its own by-line so once.
func bylineFields(line string, published time.Time) (claimx.Citation, bool) {
	trimmed := strings.TrimSpace(line)
	if len(trimmed) > maxBylineFieldRunes || !bylineLead(trimmed) || !strings.ContainsAny(trimmed, tagSeparators) || !strings.ContainsAny(trimmed, "0123456789") {
		return claimx.Citation{}, false
	}
	rs := []rune(trimmed)
	toks := tokenizeCitation(rs, 0, len(rs))
	var seps []int
	for i, t := range toks {
		if t.kind == ctMark && strings.ContainsRune(tagSeparators, t.mark) && spaced(toks, i) {
			seps = append(seps, i)
		}
	}
	if len(seps) != 2 {
		return claimx.Citation{}, false
	}
	date, name := seps[0]+1, seps[1]+1 // the fields after the writer's
	d, ok := dateAt(toks[:seps[1]], date)
	if !ok {
		date, name = name, date
		d, ok = dateAt(toks, date)
	}
	end := len(toks)
	if name < date {
		end = seps[1]
	}
	if !ok || d.prec == claimx.Year || d.to != len(toks) && d.to != seps[1] {
		return claimx.Citation{}, false
	}
	source := cleanSource(string(rs[toks[name].start:toks[end-1].end]))
	if !knownOutlet(source) && !listedName(source) {
		return claimx.Citation{}, false
	}
	c, ok := d.citation(source, published)
	start := utf8.RuneCountInString(line[:strings.Index(line, trimmed)])
	c.Raw = trimmed
	c.Span = claimx.Span{Start: start, End: start + len(rs)}
	return c, ok
}

// listedName reports whether source, a name the gazetteer does not know,
// may be a source a listing prints beside its items' dates: two words or
// more in capitals that name no person (no given name first) and open on
// no by-line's word or date's label, and are no kind of piece ("Press
// Release", "Policy Analysis"), which a listing prints where it would an
// outlet, item after item. A single word is rather a page's section
// ("Analysis").
func listedName(source string) bool {
	words := strings.Fields(source)
	return len(words) >= 2 && nameCased(source) && !lexicon.GivenNames.Has(words[0]) && !bylineLead(source) && !lexicon.DateLabels.Has(strings.ToLower(words[0])) && !lexicon.ArticleKinds.Has(strings.ToLower(source))
}

// dateFirstTag reads a line that prints an item's date first, then a
// dash, a bar or a slash set off by spaces or no mark at all, and a
// source's name, and nothing else, as a listing of an outlet's stories or
// of a body's appearances in the press prints it: "March 22, 2018 | Quay
// Post", "07 Mar 2018 - Reuters", "Sep 14, 2015 Harbour Review Blog".
// known says whether the gazetteer knows the name as a source's: after a
// date line a page prints its section ("March 22, 2018 | Analysis") or
// its writer in the same way, so an unknown name is read as one of two
// words or more that names no person and opens on no label, and is a
// source only in a listing (sourceTags).
func dateFirstTag(line string, published time.Time, order func() numericOrder) (c claimx.Citation, known, ok bool) {
	trimmed := strings.TrimSpace(line)
	if len(trimmed) > maxTagRunes || !dateOpening(trimmed) {
		return claimx.Citation{}, false, false
	}
	rs := []rune(trimmed)
	toks := tokenizeCitation(rs, 0, len(rs))
	// The text's order, costly to find, is asked only for figures, after
	// a weekday perhaps ("Tuesday, 03.04.2021 - Reuters").
	v, sep, ok := leadingDate(toks, 0)
	first := 0
	if len(toks) > 2 && toks[0].upper && lexicon.Weekdays.Has(toks[0].word) {
		first = 1
		if toks[1].is(',') {
			first = 2
		}
	}
	if !ok && toks[first].kind == ctNum {
		v, sep, ok = order().leadingDate(toks, 0)
	}
	if !ok || v.prec != claimx.Day || sep >= len(toks) {
		return claimx.Citation{}, false, false
	}
	name := sep
	if strings.ContainsRune(tagSeparators, toks[sep].mark) && spaced(toks, sep) {
		name++
	} else if toks[sep].kind != ctWord || !toks[sep].upper || toks[sep].start == toks[sep-1].end {
		return claimx.Citation{}, false, false
	}
	if name >= len(toks) {
		return claimx.Citation{}, false, false
	}
	source := cleanSource(string(rs[toks[name].start:]))
	known = knownOutlet(source)
	if !known && !listedName(source) {
		return claimx.Citation{}, false, false
	}
	c, ok = printedDate{dateParts: v}.citation(source, published)
	start := utf8.RuneCountInString(line[:strings.Index(line, trimmed)])
	c.Raw = trimmed
	c.Span = claimx.Span{Start: start, End: start + len(rs)}
	return c, known, ok
}

// dateOpening reports whether s opens as a date may: on a figure, or on
// a month's or a weekday's name or abbreviation ("Sep", "Tues."). Most
// short lines do not, and are not tokenised.
func dateOpening(s string) bool {
	if s == "" || isDigit(s[0]) {
		return s != ""
	}
	w := s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsLetter))]
	return w != "" && unicode.IsUpper(rune(w[0])) && (lexicon.Months.Has(w) || lexicon.Weekdays.Has(w) || weekdayAbbreviations()[w] || len(w) >= 3 && weekdayStem(strings.ToLower(w)))
}

// maxHeaderNames bounds a header block, as a page that reprints a story
// prints its date, then its writers and its outlet, on short lines of
// their own over the text: how many lines of names (the writers') may
// stand between the date and the outlet.
const maxHeaderNames = 1

// headerBlock is the header block a line may end: the date of the date
// line that opens it (zero if none) and how many lines of names follow.
type headerBlock struct {
	date  time.Time
	names int
}

// next returns the block the line after line may end: a blank line is
// passed over, a date line opens a block, a line of capitalised words
// goes on one, and any other line (a sentence, a paragraph) ends it.
func (h headerBlock) next(line string) headerBlock {
	trimmed := strings.TrimSpace(line)
	if trimmed == "" {
		return h
	}
	if len(trimmed) > maxDateLineBytes {
		return headerBlock{}
	}
	if strings.ContainsAny(trimmed, "0123456789") {
		// Most lines with figures are no date line, and are not tokenised.
		if dateOpening(trimmed) || strings.Contains(trimmed, ":") {
			if d, ok := dateLine(trimmed); ok {
				return headerBlock{date: d}
			}
		}
		return headerBlock{}
	}
	if h.date.IsZero() || h.names == maxHeaderNames || !nameCased(trimmed) {
		return headerBlock{}
	}
	h.names++
	return h
}

// outletUnderDate reads a line that is an outlet's name alone that ends
// a header block, under its date line, perhaps with its writers between
// them: "March 19, 2011" over "Harbour Times", "24/03/2011" over "Lin Wei
// & AFP" over "Bangkok Post". known says whether the gazetteer knows the
// outlet; an unknown one (listedName) is read only right under the date,
// and is a source only where the listing prints it under several dates
// (sourceTags). The citation's span is the outlet's line, in code points
// from its start.
func outletUnderDate(h headerBlock, line string) (c claimx.Citation, known, ok bool) {
	trimmed := strings.TrimSpace(line)
	if h.date.IsZero() || len(trimmed) > maxTagRunes {
		return claimx.Citation{}, false, false
	}
	source := cleanSource(trimmed)
	if known = knownOutlet(source); !known && (h.names > 0 || !listedName(source)) {
		return claimx.Citation{}, false, false
	}
	d := h.date
	c, ok = printedDate{dateParts: dateParts{d.Year(), int(d.Month()), d.Day(), claimx.Day}}.citation(source, time.Time{})
	start := utf8.RuneCountInString(line[:strings.Index(line, trimmed)])
	c.Raw = trimmed
	c.Span = claimx.Span{Start: start, End: start + utf8.RuneCountInString(trimmed)}
	return c, known, ok
}

// datedUnderOutlet reads a line that is nothing but a date, perhaps after
// its label, right under a line that ends in an outlet's name, as
// listings print an item's source and date between its headline and its
// text: "South China Morning Post" over "Date: 20 February, 2018", or a
// headline that ends on its outlet after a colon, "Ports reopen, says
// minister: China Daily" over "March 26, 2021". The citation's span is
// the date's line, in code points from its start.
func datedUnderOutlet(above, line string) (claimx.Citation, bool) {
	// Most lines are no date line under a short name.
	if above == "" || len(line) > maxDateLineBytes || !strings.ContainsAny(line, "0123456789") {
		return claimx.Citation{}, false
	}
	name := above
	if k := strings.LastIndex(above, ": "); k >= 0 {
		name = above[k+2:]
	}
	if len(name) > maxTagRunes || !knownOutlet(cleanSource(name)) {
		return claimx.Citation{}, false
	}
	trimmed := strings.TrimSpace(line)
	d, ok := dateLine(trimmed)
	if !ok {
		return claimx.Citation{}, false
	}
	c, ok := printedDate{dateParts: dateParts{d.Year(), int(d.Month()), d.Day(), claimx.Day}}.citation(cleanSource(name), time.Time{})
	start := utf8.RuneCountInString(line[:strings.Index(line, trimmed)])
	c.Raw = trimmed
	c.Span = claimx.Span{Start: start, End: start + utf8.RuneCountInString(trimmed)}
	return c, ok
}

// knownOutlet reports whether the gazetteer knows name as a source's, or
// knows it without the "News" its news service adds to it as a masthead
// ("VOA News", "Kyodo News").
func knownOutlet(name string) bool {
	g := gazetteer.Default()
	if rest, ok := strings.CutSuffix(name, " News"); ok && g.KnownSource(rest) {
		return true
	}
	return g.KnownSource(name)
}

// maxEntryAuthorWords bounds the authors that open a reference entry.
const maxEntryAuthorWords = 12

// entryAuthors reads the authors that open a line of a reference list
// before the parenthesis at rs[open] that dates the work, as author–date
// styles print them: "Aris, B. (2023a): Oil Sanctions …", "Ruiz, A., &
// Li, W. (2020, March 3). Ports …", after the entry's number or bullet
// where the list has them ("1. Aris, B. (2023a).", "[2] Ruiz, A.
// (2020)."). The authors are persons, surnames first (personalAuthors),
// or a body ("Harbour Council (2019),"); a title or a sentence follows
// the closing mark at rs[close].
func entryAuthors(rs []rune, open, close int, yearPrinted bool) (string, bool) {
	start, ok := entryLineStart(rs, open)
	if !ok {
		return "", false
	}
	authors := withoutEditors(withoutEntryMarker(strings.TrimSpace(string(rs[start:open]))))
	if body := strings.TrimSuffix(authors, "."); corporateAuthor(body) {
		// A body stands for the authors: "Harbour Council (2019), Annual
		// Report", "World Bank. (2020)."
		authors = body
	} else if persons, ok := personalAuthors(authors, yearPrinted, func() bool { return listedAuthors(rs, start, close, authors) }); ok {
		authors = persons
	} else {
		return "", false
	}
	if close+2 >= len(rs) {
		return "", false
	}
	// APA closes the date with a full stop, some house styles with a
	// comma, Harvard goes straight on to the title: "Ruiz, A. (2020)
	// Quays reopen.", "(2020), ‘Quays’", "(2020) ‘Quays’"; a quoted title
	// may follow the stop with no space, "(2020).“Quays”".
	next := rs[close+2]
	opensTitle := strings.ContainsRune(`‘“"'`, next)
	if !(strings.ContainsRune(".:,", rs[close+1]) && (next == ' ' || opensTitle) || rs[close+1] == ' ' && (unicode.IsUpper(next) || opensTitle)) {
		return "", false
	}
	return authors, true
}

// maxEntryLineWords bounds the words a line may hold before an entry's
// dating parenthesis: the authors' words (maxEntryAuthorWords, more than
// a body's maxCorporateName) and those entryAuthors drops around them, at
// most five: an entry's number ("[2]") or a bullet and a number ("• 1."),
// a note's caret ("^"), an editors' mark ("(eds.)"), a lone full stop.
// A note's one-letter back-links ("^ a b") are not counted.
const maxEntryLineWords = maxEntryAuthorWords + 8

// entryLineStart is where the line that holds rs[open] starts, and false
// when more words than an entry's before a parenthesis (maxEntryLineWords)
// stand between the two: the walk back stops there, so a long paragraph
// of parentheses costs each only a few words, not the line up to it.
func entryLineStart(rs []rune, open int) (int, bool) {
	start, words, run := open, 0, 0
	for start > 0 && rs[start-1] != '\n' {
		start--
		if !unicode.IsSpace(rs[start]) {
			run++
			continue
		}
		if run > 1 || run == 1 && (rs[start+1] < 'a' || rs[start+1] > 'z') {
			if words++; words > maxEntryLineWords {
				return 0, false
			}
		}
		run = 0
	}
	return start, true
}

// personalAuthors reads authors, the persons that open a reference list's
// entry, and returns them as the entry's source. Initials end on a full
// stop. Full given names, one of them known as a person's or all of them
// where the entry stands in a list of its kind (listed), are read as a
// bibliography's authors, "Akokpari, John", "Ali, Shimelse and Jafrani,
// Nida", before a date that prints its year as a work's does; a full stop
// after them is left out.
func personalAuthors(authors string, yearPrinted bool, listed func() bool) (string, bool) {
	words := strings.Fields(authors)
	if len(words) < 2 || len(words) > maxEntryAuthorWords || !strings.Contains(authors, ", ") {
		return "", false
	}
	if !initial(words[len(words)-1]) {
		bare := []rune(strings.TrimSuffix(authors, "."))
		fields := entryFieldsOf(bare, 0)
		stop := strings.HasSuffix(authors, ".")
		switch named := personAuthors(bare, fields) == len(fields) && (slices.ContainsFunc(words, lexicon.GivenNames.Has) || listed()); {
		case named && (stop || yearPrinted):
			authors = string(bare)
		case !stop:
			return "", false
		}
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "&" && w != "and" && !lexicon.NameParticles.Has(w) {
			return "", false
		}
	}
	return authors, true
}

// editorMarks are what an entry prints after the names of a volume's
// editors: "Ruiz, Ana and Lin Wei, eds. (2006)", "Ruiz, A. (Ed.) (2006)".
var editorMarks = []string{", eds.", ", ed.", " eds.", " ed.", " (eds.)", " (ed.)", " (eds)", " (ed)"}

// withoutEditors is authors without the mark that says they edited the
// work: the editors stand for its authors.
func withoutEditors(authors string) string {
	for _, m := range editorMarks {
		if len(authors) > len(m) && strings.EqualFold(authors[len(authors)-len(m):], m) {
			return strings.TrimSpace(authors[:len(authors)-len(m)])
		}
	}
	return authors
}

// listedEntry reports whether the entry on the line that starts at
// rs[start] stands in a reference list: the nearest line above or below
// it that holds anything opens as an author–date entry does
// (entryHead). A surname and given names none of which the lexicon knows
// ("Fell, Dafydd (2005).") are an author's there, where a single line of
// that shape may be any name's and a year's.
func listedEntry(rs []rune, start int) bool {
	end := start
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	return entryHead(nearLine(rs, start, -1)) || entryHead(nearLine(rs, end, 1))
}

// listedAuthors reports whether authors, opening the line that starts at
// rs[start], are a listed entry's (listedEntry) whose given names the
// lexicon need not know: the first surname and given name are not both
// places the gazetteer knows, and a title follows the date that closes at
// rs[close]. A list of events or offices prints a city and its country or
// province before a year in the same shape ("Beijing, China (2008).
// Summer Olympics."), while one name alone may be a place's ("Hoffman,
// Jordan", "London, Jack").
func listedAuthors(rs []rune, start, close int, authors string) bool {
	fields := strings.Split(strings.TrimSuffix(authors, "."), ",")
	if place(strings.TrimSpace(fields[0])) && place(strings.TrimSpace(fields[1])) {
		return false
	}
	return titled(rs, close) && listedEntry(rs, start)
}

// titled reports whether a title of two words or more follows the date
// that closes at rs[close], past its stop and before the next one or the
// line's end: "(2003). Salt and Silt", not "(2013). Fees.".
func titled(rs []rune, close int) bool {
	i := close + 1
	for i < len(rs) && strings.ContainsRune(".:, ", rs[i]) {
		i++
	}
	words, inWord := 0, false
	for ; i < len(rs) && !strings.ContainsRune(".?!\n", rs[i]); i++ {
		letter := unicode.IsLetter(rs[i])
		if letter && !inWord {
			words++
		}
		inWord = letter
	}
	return words >= 2
}

// nearLine is the nearest line that holds anything above (dir -1) the
// line starting at rs[at], or below (dir 1) the line ending at rs[at].
func nearLine(rs []rune, at, dir int) string {
	for {
		if dir < 0 {
			if at == 0 {
				return ""
			}
			end := at - 1 // the line above ends at its newline
			for at = end; at > 0 && rs[at-1] != '\n'; at-- {
			}
			if line := strings.TrimSpace(string(rs[at:end])); line != "" {
				return line
			}
			continue
		}
		if at >= len(rs) {
			return ""
		}
		from := at + 1
		for at = from; at < len(rs) && rs[at] != '\n'; at++ {
		}
		if line := strings.TrimSpace(string(rs[from:at])); line != "" {
			return line
		}
	}
}

// entryHead reports whether line opens, past a list's marker, as an
// author–date entry: a capitalised word, a comma, and within
// maxEntryAuthorWords words a parenthesis opening on a year, "Chin,
// Ko-lin (2003).", "Ruiz, A., & Li, W. (2020, March 3).".
func entryHead(line string) bool {
	line = withoutEntryMarker(line)
	open := strings.IndexByte(line, '(')
	if open < 0 || open+5 > len(line) || !yearAt(line, open+1) {
		return false
	}
	authors := line[:open]
	r, _ := utf8.DecodeRuneInString(authors)
	return unicode.IsUpper(r) && strings.Contains(authors, ", ") && len(strings.Fields(authors)) <= maxEntryAuthorWords
}

// linkedEntry reads the authors of a reference list's entry whose link
// ends right before the parenthesis at rs[open]: the dates there are when
// the link was read, "Liu, W. (2014). Quays. http://quay.example/ (16
// April 2022)", as entries print their access date without a word for it.
func linkedEntry(rs []rune, open int) (string, bool) {
	end := open
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && !unicode.IsSpace(rs[start-1]) {
		start--
	}
	link := string(rs[start:end])
	if !strings.HasPrefix(link, "http://") && !strings.HasPrefix(link, "https://") && !strings.HasPrefix(link, "www.") {
		return "", false
	}
	for start > 0 && rs[start-1] != '\n' {
		start--
	}
	// The entry's own date is its line's first parenthesis.
	first := slices.Index(rs[start:open], '(')
	if first < 0 {
		return "", false
	}
	first += start
	close := slices.Index(rs[first:open], ')')
	if close < 0 {
		return "", false
	}
	return entryAuthors(rs, first, first+close, true)
}

// withoutEntryMarker is line without the number or bullet a list's entry
// opens on: a list item's marker ("1.", "•", "(iv)"), or a number in
// square brackets as numbered reference lists print it ("[12]"), and
// without the links back to the text that a wiki's note prints after it,
// a caret and a letter for each place that cites it ("1. ^ a b Li, W.").
func withoutEntryMarker(line string) string {
	if rest, ok := strings.CutPrefix(line, "["); ok {
		if n, after, ok := strings.Cut(rest, "]"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return strings.TrimLeft(after, " \t")
		}
	}
	body, _ := segment.NoteBody(line[segment.ItemStart(line, 0):])
	return body
}
