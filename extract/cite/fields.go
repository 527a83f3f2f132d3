package cite

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// maxSkippedFields bounds the fields that are no name (a work's title, a
// description) read past between a dated field and the name it belongs
// to: "Harbour Ministry: Minister Li’s interview with Quay TV, May 3,
// 2021".
const maxSkippedFields = 2

// fieldDates is the last resort: a date with its year, at day or month
// precision, that stands as a field of its own wherever a reference is
// printed (a note, a reference list's entry, a source line, a digest's
// item) and that no narrower reader took. Set off by marks before it and
// after it ("4. Harbour Daily, March 9, 2024.", "Harbour Review. 2 May
// 2020 [Online] https://…", "◆ Quay Post, Fri 12 Mar 2021: …"), it cites
// the nearest field before it that is a name; fields that are none, such
// as a work's title, are passed over within the entry. A date after a
// preposition is prose's ("said on March 9, 2024"), and a place before a
// date a dateline's. On a line that prints an entry (entryLine) the
// field may be any name; on any other line, prose or a digest's run-on
// items, only a news outlet the gazetteer knows, which names a source
// wherever it dates a field ("… the strike spread. Reuters. Fri 12 Mar
// 2021 …"). taken are the citations the other readers found; base and
// published are as for Parse, order the text's numericOrderOf.
func fieldDates(text string, base int, published time.Time, taken []claimx.Citation, order func() numericOrder) []claimx.Citation {
	return lineCitations(text, base, taken, func(line string) []claimx.Citation {
		if !printsYear(line) || !dateAfterMark(line) {
			return nil
		}
		return lineFieldDates(line, published, order, entryLine(line))
	})
}

// lineCitations is the citations read finds in each line of text, their
// spans moved from the line's start to the article's (base is text's
// offset in it), less those that overlap a citation of taken.
func lineCitations(text string, base int, taken []claimx.Citation, read func(line string) []claimx.Citation) []claimx.Citation {
	var out []claimx.Citation
	offset := 0 // code points before the line
	for line := range strings.Lines(text) {
		for _, c := range read(line) {
			c.Span.Start += base + offset
			c.Span.End += base + offset
			if !overlaps(taken, c.Span) {
				out = append(out, c)
			}
		}
		offset += utf8.RuneCountInString(line)
	}
	return out
}

// printsYear reports whether line holds a year of 19xx or 20xx as a
// word's end, glued to a mark or standing alone: most lines hold none,
// and are not tokenised.
func printsYear(line string) bool {
	for j := 0; j+4 <= len(line); j++ {
		if (j == 0 || !isDigit(line[j-1])) && yearAt(line, j) {
			return true
		}
	}
	return false
}

// dateAfterMark reports whether some mark of fieldMarks or a dash, or a
// source's label, is followed, spaces aside, by a figure or a capital:
// where a dated field may start. Lines without one are not tokenised.
func dateAfterMark(line string) bool {
	if sourceLeadIn(strings.TrimLeft(line, " \t")) > 0 {
		return true
	}
	for i, r := range line {
		if !strings.ContainsRune(fieldMarks+dashes, r) {
			continue
		}
		rest := strings.TrimLeft(line[i+utf8.RuneLen(r):], " ")
		if rest != "" && (isDigit(rest[0]) || 'A' <= rest[0] && rest[0] <= 'Z') {
			return true
		}
	}
	return false
}

// entryLine reports whether line reads as a reference's entry rather
// than prose: it opens on a list's marker or bullet, a note's number
// ("[3]") or a source's label ("Source:"), or a quoted title and a comma,
// or it holds a link.
func entryLine(line string) bool {
	lead := strings.TrimLeft(line, " \t")
	if r, _ := utf8.DecodeRuneInString(lead); unicode.IsSymbol(r) || segment.ItemStart(lead, 0) > 0 || segment.FootnoteMarker(lead) > 0 || sourceLeadIn(lead) > 0 {
		return true
	}
	if strings.Contains(line, "http") || strings.Contains(line, "www.") {
		return true
	}
	// A title first, set off by a comma: "“Ports Reopen”, Harbour Daily, …".
	r, _ := utf8.DecodeRuneInString(lead)
	return (r == '"' || r == '“') && (strings.Contains(lead, "\",") || strings.Contains(lead, "”,"))
}

// overlaps reports whether span shares a code point with a citation of cs.
func overlaps(cs []claimx.Citation, span claimx.Span) bool {
	for _, c := range cs {
		if c.Start < span.End && span.Start < c.End {
			return true
		}
	}
	return false
}

// lineFieldDates reads the dated fields of one line, spans in code points
// from the line's start.
func lineFieldDates(line string, published time.Time, order func() numericOrder, entry bool) []claimx.Citation {
	rs := []rune(strings.TrimRightFunc(line, unicode.IsSpace))
	toks := tokenizeCitation(rs, 0, len(rs))
	// A labelled source line may print its date right after the name:
	// "Source: Harbour Daily March 9, 2024 05:15 UTC".
	labelled := len(toks) > 2 && toks[1].is(':') && sourceLeadIn(string(rs[toks[0].start:toks[1].end])) > 0
	var out []claimx.Citation
	for i := 1; i < len(toks); i++ {
		glued := labelled && i > 2 && toks[i-1].kind == ctWord
		if !fieldMark(toks, i-1) && !glued {
			continue
		}
		if t := toks[i]; t.kind == ctMark || t.kind == ctWord && !t.upper {
			continue // no date opens on a mark or a word in lower case
		}
		// Figures whose day and month could change places ask the
		// text's order, a pass over it, only when they stand there.
		v, end, ok := leadingDate(toks, i)
		if !ok && toks[i].kind == ctNum {
			v, end, ok = order().leadingDate(toks, i)
		}
		if !ok || v.year == 0 || v.prec == claimx.Year || !fieldEnds(toks, end) {
			continue
		}
		sep := i - 1
		if glued {
			sep = i
		}
		source, from, ok := namedField(rs, toks, sep)
		// A sentence going on after the date makes it an event's, but
		// an outlet's date set off in prose is its report's ("Bloomberg,
		// 9 March 2021, put the loss at a third").
		if !ok || !outlet(source) && (!entry || clauseAfter(toks, end)) {
			continue
		}
		c, ok := printedDate{dateParts: v}.citation(source, published)
		if !ok {
			continue
		}
		c.Raw = string(rs[toks[from].start:toks[end-1].end])
		c.Span = claimx.Span{Start: toks[from].start, End: toks[end-1].end}
		out = append(out, c)
		i = end
	}
	return out
}

// clauseAfter reports whether a sentence goes on after the date's field
// ending at toks[end]: a comma, then words in lower case holding a
// determiner, as a verb's object does ("2. The Lumar Council, March 12,
// 2024, approved the repairs."), where a reference's next field is a
// page, a note, an access date or a link's label ("p. 3", "archived
// copy", "accessed on the 3rd", "online at: https://…").
func clauseAfter(toks []citeToken, end int) bool {
	if end+1 >= len(toks) || !toks[end].is(',') || lexicon.AccessCues.Has(toks[end+1].word) {
		return false
	}
	determiner := false
	for _, t := range toks[end+1:] {
		if t.kind != ctWord || t.upper {
			return determiner && !t.is(':')
		}
		if strings.HasPrefix(t.word, "http") || strings.HasPrefix(t.word, "www") {
			return false
		}
		determiner = determiner || lexicon.Determiners.Has(t.word)
	}
	return determiner
}

// fieldMarks set off a reference's fields: commas, full stops, colons,
// semicolons, bars and a list's bullets.
const fieldMarks = ",.:;|◆•·"

// fieldMark reports whether toks[j] sets off the field after it: one of
// fieldMarks, or a dash between spaces.
func fieldMark(toks []citeToken, j int) bool {
	t := toks[j]
	if t.kind != ctMark {
		return false
	}
	return strings.ContainsRune(fieldMarks, t.mark) || strings.ContainsRune(dashes, t.mark) && spaced(toks, j)
}

// fieldEnds reports whether a date's field ends at toks[end]: at the
// line's end, a mark that closes a field or opens a note ("[Online]"), a
// link, or a clock's time ("05:15 UTC", "at 7:30 a.m.").
func fieldEnds(toks []citeToken, end int) bool {
	if end == len(toks) {
		return true
	}
	t := toks[end]
	switch t.kind {
	case ctMark:
		return strings.ContainsRune(fieldMarks+dashes+")[(…", t.mark)
	case ctWord:
		// A clock's time after "at": "March 19, 2023 at 7:30 a.m.".
		clock := t.word == "at" && end+2 < len(toks) && toks[end+1].kind == ctNum && toks[end+2].is(':')
		return clock || strings.HasPrefix(t.word, "http") || strings.HasPrefix(t.word, "www")
	case ctNum:
		return t.digits <= 2 && end+2 < len(toks) && toks[end+1].is(':') && toks[end+2].kind == ctNum
	}
	return false
}

// namedField returns the name a date belongs to and the token it starts
// at: the nearest field before toks[sep] (the mark before the date) that
// is one. A field is the words back to the mark before them; at most
// maxSkippedFields fields that are no name are passed over, as long as no
// sentence ends between. A note that names its writer and the title of
// the work before the outlet cites the writer, as notes are read: "Li
// Wei, “Ports Reopen,” Harbour Daily, March 9, 2024" is Li Wei's.
func namedField(rs []rune, toks []citeToken, sep int) (string, int, bool) {
	end := sep // the field ends before toks[end]
	// A date's own label before its colon is no word of the name: "Source:
	// Harbour Daily Date: 24 Aug 2019". A word that only goes with such a
	// label may end a name: "Source: Quay Online: 5 June 2024".
	if toks[sep].is(':') && end > 0 && toks[end-1].upper && lexicon.DateFieldLabels.Has(toks[end-1].word) {
		end--
	}
	for skipped := 0; skipped <= maxSkippedFields && end > 0; skipped++ {
		from := end
		for from > 0 && nameToken(toks, from-1) {
			from--
		}
		// A field starts at the line's start, after a mark that sets it
		// off, a title's question or a quotation; anything else ("JRL
		// 2021-#31") is no reference's field.
		if from > 0 && !fieldMark(toks, from-1) && !toks[from-1].is('?') && !toks[from-1].is('!') && !closingQuote(toks[from-1]) && !openingQuote(toks[from-1]) {
			return "", 0, false
		}
		// Words right after an opening quotation mark are a title's.
		if from < end && (from == 0 || !openingQuote(toks[from-1])) {
			source := cleanSource(string(rs[toks[from].start:toks[end-1].end]))
			if fieldName(source) && toks[end-1].kind != ctMark {
				if writer, at, ok := writerBefore(rs, toks, from); ok {
					return writer, at, true
				}
				return source, from, true
			}
			if at, ok := outletWrittenFor(rs, toks, from, end); ok {
				return cleanSource(string(rs[toks[at].start:toks[end-1].end])), at, true
			}
			if place(source) || from > 0 && toks[from-1].is('.') {
				// A place before a date is a dateline's ("TORONTO,
				// Canada - May 11, 2013"); and a sentence ends before a
				// field that is no name.
				return "", 0, false
			}
		}
		if from == 0 || eventField(toks[from:end]) {
			break
		}
		end = from - 1
		if k, ok := titleStart(toks, end); ok {
			end = k
		}
	}
	return "", 0, false
}

// eventField reports whether a field passed over between a name and a
// date tells what happened: words in lower case opening on a verb in the
// past ("resigned", "was sacked"), as a chronology's item prints its event
// between who and when ("Li Wei, the harbour master, resigned, March 9,
// 2024"), where a reference prints a title or a description. A date's
// label, an access cue ("updated", "retrieved") and a participle before
// its agent ("reported by Li Wei") are a reference's.
func eventField(toks []citeToken) bool {
	if len(toks) == 0 || toks[0].kind != ctWord || toks[0].upper || len(toks) > 1 && toks[1].word == "by" {
		return false
	}
	w := toks[0].word
	if lexicon.DateLabels.Has(w) || lexicon.AccessCues.Has(w) || lexicon.Authoring.Has(w) {
		return false
	}
	return pastForm(w)
}

// pastForm reports whether w, in lower case, is a form of "be" or
// "have" or a verb's past ("resigned", "ran").
func pastForm(w string) bool {
	if lexicon.Be.Has(w) || lexicon.Have.Has(w) {
		return true
	}
	if i, ok := lexicon.IrregularVerbs.Entry(w); ok {
		return w != lexicon.IrregularVerbs.Forms(i)[0]
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// outletWrittenFor finds, in the field toks[from:end], a by-line's
// known outlet the writer wrote for, which the field ends on: "By Li Wei
// for Nikkei Asia, 3 May 2024" dates Nikkei Asia's piece. It returns where
// the outlet starts. A field is a by-line when a by-line's opener leads it
// or, opening the line, only a name stands before "for" ("Li Wei for
// Nikkei Asia, 3 May 2024"); in prose "for" an outlet tells whom a prize
// or a job was for ("Chen quit working for Reuters, March 3, 2021, …").
func outletWrittenFor(rs []rune, toks []citeToken, from, end int) (int, bool) {
	for k := end - 2; k > from; k-- {
		if toks[k].word == "for" {
			writer := string(rs[toks[from].start:toks[k-1].end])
			byline := bylineLead(writer) || from == 0 && fieldName(writer)
			return k + 1, byline && outlet(string(rs[toks[k+1].start:toks[end-1].end]))
		}
	}
	return 0, false
}

// titleStart reads back from toks[end], a quotation's closing mark or a
// field's mark right after one, over the quoted title, and returns the
// index of the mark that ends the field before it: "Li Wei, “Ports
// Reopen,”" gives the comma after "Wei".
func titleStart(toks []citeToken, end int) (int, bool) {
	if !closingQuote(toks[end]) {
		if end == 0 || !fieldMark(toks, end) || !closingQuote(toks[end-1]) {
			return 0, false
		}
		end--
	}
	for end > 0 && !openingQuote(toks[end-1]) {
		end--
	}
	if end < 2 || !fieldMark(toks, end-2) {
		return 0, false
	}
	return end - 2, true
}

// writerBefore reads the writer's name a note prints before the quoted
// title that comes right before the field starting at toks[from].
func writerBefore(rs []rune, toks []citeToken, from int) (string, int, bool) {
	if from == 0 {
		return "", 0, false
	}
	end, ok := titleStart(toks, from-1)
	if !ok {
		return "", 0, false
	}
	at := end
	for at > 0 && nameToken(toks, at-1) {
		at--
	}
	if at > 0 && !fieldMark(toks, at-1) || at == end {
		return "", 0, false
	}
	writer := cleanSource(string(rs[toks[at].start:toks[end-1].end]))
	return writer, at, fieldName(writer)
}

// nameToken reports whether toks[j] may stand inside a name: a word, a
// figure, an apostrophe, a hyphen or an ampersand, or the full stop of an
// initial or an abbreviation ("K.", "U.S.").
func nameToken(toks []citeToken, j int) bool {
	t := toks[j]
	switch {
	case t.kind != ctMark:
		return true
	case strings.ContainsRune("&-", t.mark):
		return true
	case t.mark == '\'' || t.mark == '’':
		// An apostrophe inside a name or its possessive ("People’s",
		// "O’Neill"), glued to the word before it; one set off is a
		// quotation's.
		return j > 0 && toks[j-1].kind == ctWord && toks[j-1].end == t.start
	case t.mark == '.':
		return j > 0 && toks[j-1].kind == ctWord && toks[j-1].end == t.start && len([]rune(toks[j-1].word)) == 1 && toks[j-1].upper
	}
	return false
}

// fieldName reports whether source, cleaned, names a source: capitalised
// words (a script without case, a camel-cased brand or a web site's
// name too), not a place, a date's label (or a name a label is glued
// to), a weekday, a by-line or a phrase opening on a function word ("In
// Beijing").
func fieldName(source string) bool {
	if r, _ := utf8.DecodeRuneInString(source); !unicode.IsLetter(r) || !nameCased(source) && !domainName(source) {
		return false
	}
	first, _, _ := strings.Cut(source, " ")
	if w := strings.ToLower(first); w != "the" && (lexicon.Common.Has(w) || lexicon.Prepositions.Has(w) || lexicon.Openers.Has(w)) {
		return false
	}
	if lexicon.DateLabels.Has(strings.ToLower(source)) || gluedDateLabel(source) || weekdayStamp(source) || bylineLead(source) || lexicon.Months.Has(strings.ToLower(first)) {
		return false
	}
	return !place(source)
}

// outlet reports whether s is a news outlet the gazetteer knows.
func outlet(s string) bool {
	e, ok := gazetteer.Default().Lookup(s)
	return ok && e.Outlet
}

// place reports whether s is a place the gazetteer knows.
func place(s string) bool {
	e, ok := gazetteer.Default().Lookup(s)
	return ok && e.Type == claimx.GPE
}
