package cite

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// Bounds on a bibliography's entry: its line, the words of an author's
// given names, and how many entries make a list.
const (
	maxBibLineRunes  = 600
	maxGivenWords    = 3
	minBibEntries    = 2
	maxCorporateName = 6
)

// bibliographyEntries finds the entries of a bibliography that names each
// work's authors surname first, fields closed by commas, then its title and
// its date as a field of its own: "Alden, Chris, China in Africa, London,
// 2007.", "Ruiz, Ana and Lin Wei, ‘Quays Reopen’, Tide Weekly, 3 March
// 2021." A body may stand for the authors ("Harbour Council, Annual
// Report, Portsmouth, 2015."), and a dash for the entry above's ("—
// ‘Ferries’, Quay Review, 2012."). Each entry is a citation of its authors
// at its date, and an access date in brackets ("[Accessed 27 April 2021]")
// one more, marked accessed. Lines of such a shape count only where there
// are minBibEntries of them: a list, not a sentence that happens to open on
// a name and a comma. base and published are as for Parse.
func bibliographyEntries(text string, base int, published time.Time) []claimx.Citation {
	authors := "" // the last entry's, for a dash that repeats them
	return listEntries(text, base, func(line string, _ claimx.Span) ([]claimx.Citation, bool) {
		// Most lines open on no name and a comma.
		if !namedLead(line) {
			return nil, false
		}
		cites, by, ok := bibliographyEntry(line, authors, published)
		if ok {
			authors = by
		}
		return cites, ok
	})
}

// listEntries reads every line of text of at most maxBibLineRunes code
// points with entry, which returns the citations of a line it reads as a
// list's entry (spans from the line's start) and is handed the line's
// span in the article; it returns them, spans offset into the article,
// only when at least minBibEntries lines are entries: a list, not a
// sentence that happens to have an entry's shape.
func listEntries(text string, base int, entry func(line string, span claimx.Span) ([]claimx.Citation, bool)) []claimx.Citation {
	var out []claimx.Citation
	entries := 0
	offset := base // the code point the line starts at
	for line := range strings.Lines(text) {
		n := utf8.RuneCountInString(line)
		if n <= maxBibLineRunes {
			if cites, ok := entry(line, claimx.Span{Start: offset, End: offset + n}); ok {
				entries++
				for _, c := range cites {
					c.Span.Start += offset
					c.Span.End += offset
					out = append(out, c)
				}
			}
		}
		offset += n
	}
	if entries < minBibEntries {
		return nil
	}
	return out
}

// namedLead reports, cheaply, whether line may be a bibliography's
// entry: it opens on a dash, or on capitalised words up to its first
// comma, and it ends on its facts, a figure (a year, a page) with or
// without a full stop, or on a bracket.
func namedLead(line string) bool {
	trimmed := strings.TrimSuffix(strings.TrimRightFunc(line, unicode.IsSpace), ".")
	if trimmed == "" || !strings.ContainsAny(trimmed[len(trimmed)-1:], "0123456789]>") {
		return false
	}
	lead, _, ok := strings.Cut(trimmed, ", ")
	if !ok {
		return false
	}
	if dittoMark(lead) {
		return true
	}
	words := strings.Fields(lead)
	if len(words) > maxCorporateName+1 { // a list's marker may open it
		return false
	}
	for _, w := range words {
		if c := w[0]; 'a' <= c && c <= 'z' && !lexicon.NameParticles.Has(w) && w != "and" && w != "of" {
			return false
		}
	}
	return true
}

// bibField is a field of an entry: runes [start, end) of its line, white
// space and the closing comma left out.
type bibField struct{ start, end int }

// bibliographyEntry reads one line as a bibliography's entry, ditto the
// authors of the entry above it; it returns the entry's citations and its
// authors.
func bibliographyEntry(line, ditto string, published time.Time) ([]claimx.Citation, string, bool) {
	rs := []rune(strings.TrimRightFunc(line, unicode.IsSpace))
	lead := len(rs) - len([]rune(withoutEntryMarker(string(rs))))
	fields := entryFieldsOf(rs, lead)
	if len(fields) < 2 {
		return nil, "", false
	}
	var source string
	rest := fields
	first := string(rs[fields[0].start:fields[0].end])
	if dittoMark(first) && ditto != "" {
		// The title may follow the dash in its field: "— ‘Ferries’, …".
		source = ditto
		if !strings.Contains(first, " ") {
			rest = fields[1:]
		}
	} else if k := personAuthors(rs, fields); k > 0 {
		source, rest = string(rs[fields[0].start:fields[k-1].end]), fields[k:]
	} else if corporateAuthor(first) && titleOpens(rs, fields[1]) {
		source, rest = first, fields[1:]
	} else {
		return nil, "", false
	}
	// A title follows the authors, then the date in a field of its own.
	if len(rest) < 2 {
		return nil, "", false
	}
	// The entry's facts end where its link or an access date in brackets
	// starts: "2018 <http://…> [Accessed 27 April 2021]".
	end := len(rs)
	if k := slices.IndexFunc(rs[rest[0].end:], func(r rune) bool { return r == '<' || r == '[' }); k >= 0 {
		end = rest[0].end + k
	}
	// A date where the title should be is a source's tag: "The Guardian,
	// June 1, 2020".
	if _, ok := dateAt(tokenizeCitation(rs, rest[0].start, end), 0); ok {
		return nil, "", false
	}
	for _, f := range rest[1:] {
		if f.start >= end {
			break
		}
		// A date runs over commas ("March 3, 2021"): it is read from
		// its field's start to the facts' end.
		toks := tokenizeCitation(rs, f.start, end)
		d, ok := dateAt(toks, 0)
		if !ok || d.accessed {
			continue
		}
		c, ok := d.citation(source, published)
		if !ok {
			return nil, "", false
		}
		c.Raw = string(rs[toks[d.from].start:toks[d.to-1].end])
		c.Span = claimx.Span{Start: toks[d.from].start, End: toks[d.to-1].end}
		cites := []claimx.Citation{c}
		if a, ok := bracketedAccess(rs, toks[d.to-1].end, source, published); ok {
			cites = append(cites, a)
		}
		return cites, source, true
	}
	return nil, "", false
}

// entryFieldsOf splits rs from lead on the commas outside quotation marks
// into fields: a quoted title keeps its commas.
func entryFieldsOf(rs []rune, lead int) []bibField {
	var out []bibField
	quoted := false
	start := lead
	for i := lead; i <= len(rs); i++ {
		if i < len(rs) {
			switch r := rs[i]; {
			case r == '‘' || r == '“':
				quoted = true
			case (r == '’' || r == '”') && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])):
				quoted = false
			}
			if quoted || rs[i] != ',' {
				continue
			}
		}
		s, e := start, i
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		if s == e {
			return nil // an empty field: no entry's
		}
		out = append(out, bibField{s, e})
		start = i + 1
	}
	return out
}

// personAuthors returns how many of fields name the entry's authors,
// surnames first: "Alden, Chris", "Acker, Kevin, Brautigam, Deborah and
// Huang, Yufan", "Alden, Chris and Lu Jiang", "Alden, Chris, van Staden,
// Cobus, and Wu, Yu-Shan", and after the first, authors named given names
// first, "Alden, Chris, Lu Jiang and Ana Ruiz"; 0 when the entry opens
// on no person.
func personAuthors(rs []rune, fields []bibField) int {
	text := func(k int) string { return string(rs[fields[k].start:fields[k].end]) }
	k := 0
	for k < len(fields) {
		if k >= 2 && namesInOrder(text(k)) {
			k++
			continue
		}
		if k+1 == len(fields) {
			break
		}
		surname := text(k)
		if k > 0 {
			surname = strings.TrimPrefix(surname, "and ")
		}
		if !surnameShaped(surname) {
			break
		}
		given, next, joined := strings.Cut(text(k+1), " and ")
		if !givenShaped(given) {
			break
		}
		k += 2
		if !joined {
			continue
		}
		// The next author is joined by "and": surname first, with the
		// given names in the field after, or given names first, last.
		switch {
		case surnameShaped(next) && k < len(fields) && givenShaped(text(k)):
			k++
		case givenShaped(next) && strings.Contains(next, " "):
			return k
		default:
			return 0
		}
	}
	return k
}

// namesInOrder reports whether s, a field of an entry's authors, names
// persons given names first, joined by "and": "Lu Jiang", "Lu Jiang and
// Ana Ruiz", "and Ana Ruiz".
func namesInOrder(s string) bool {
	for name := range strings.SplitSeq(strings.TrimPrefix(s, "and "), " and ") {
		if !givenShaped(name) || !strings.Contains(name, " ") {
			return false
		}
	}
	return true
}

// surnameShaped reports whether s is a surname: one capitalised word,
// perhaps hyphenated, after a particle ("Abi-Habib", "van Staden").
func surnameShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !lexicon.NameParticles.Has(w) {
			return false
		}
	}
	return nameWord(words[len(words)-1])
}

// givenShaped reports whether s is a person's given names: one to
// maxGivenWords capitalised words or initials ("Chris", "Daniel C.",
// "Yu-Shan").
func givenShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxGivenWords {
		return false
	}
	for _, w := range words {
		if !nameWord(w) && !initial(w) {
			return false
		}
	}
	return true
}

// nameWord reports whether w is a capitalised word of letters, perhaps
// hyphenated, with an apostrophe ("O'Neill").
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return !strings.ContainsFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
	})
}

// initial reports whether w is an initial with its full stop, or a few:
// "C.", "J.-P.", "M.T.".
func initial(w string) bool {
	letters := strings.Map(func(r rune) rune {
		if r == '.' || r == '-' {
			return -1
		}
		return r
	}, w)
	return strings.HasSuffix(w, ".") && letters != "" && utf8.RuneCountInString(letters) <= 3 && strings.ToUpper(letters) == letters && !strings.ContainsFunc(letters, func(r rune) bool { return !unicode.IsLetter(r) })
}

// corporateAuthor reports whether s is a body standing for a work's
// authors: an acronym ("AfDB", "IMF"), a name ending in an organisation's
// head ("African Union Commission", "Belt and Road Forum") or one the
// gazetteer knows as an organisation's. A person's name is none: a note
// that opens on its writer ("Jane Doe, “Quays,” Harbour Review, 2021")
// cites its publisher.
func corporateAuthor(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxCorporateName || !titleCased(s) {
		return false
	}
	if len(words) == 1 && upperCount(s) >= 2 {
		return true
	}
	if lexicon.OrgHeads.Has(strings.ToLower(words[len(words)-1])) {
		return true
	}
	e, ok := gazetteer.Default().Lookup(s)
	return ok && e.Type == claimx.Org
}

// upperCount is how many capitals s holds.
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// titleOpens reports whether field f opens as a title does: on a
// capital or a quotation mark.
func titleOpens(rs []rune, f bibField) bool {
	return unicode.IsUpper(rs[f.start]) || strings.ContainsRune(`‘“"`, rs[f.start])
}

// dittoMark reports whether s opens on the dash a bibliography prints for
// the authors of the entry above: "—", "———.".
func dittoMark(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return strings.ContainsAny(first, "—–") && strings.Trim(first, "—–.") == ""
}

// bracketedAccess reads an access date in brackets after rs[from] on the
// entry's line, "[Accessed 27 April 2021]", the date the source was read.
func bracketedAccess(rs []rune, from int, source string, published time.Time) (claimx.Citation, bool) {
	open := slices.Index(rs[from:], '[')
	if open < 0 {
		return claimx.Citation{}, false
	}
	open += from
	end := slices.Index(rs[open:], ']')
	if end < 0 {
		return claimx.Citation{}, false
	}
	toks := tokenizeCitation(rs, open+1, open+end)
	d, ok := dateAt(toks, 0)
	if !ok || !d.accessed || d.to != len(toks) {
		return claimx.Citation{}, false
	}
	c, ok := d.citation(source, published)
	c.Raw = string(rs[toks[0].start:toks[d.to-1].end])
	c.Span = claimx.Span{Start: toks[0].start, End: toks[d.to-1].end}
	return c, ok
}

// maxYearEntryLead bounds where an author–year entry's year may stand:
// the authors before it take at most this many code points.
const maxYearEntryLead = 160

// yearEntries finds the entries of a reference list in the author–date
// style that prints the year right after the authors, each field closed by
// a full stop: "Ruiz, A. 2019. Ports and Power. London: Harbour Press.",
// "Okafor, Ada, and Lin Wei. 2021a. “Quays.” Harbour Review 4 (1): 3–9.",
// "Harbour Board. 2020. Annual Report." Each is a citation of its authors
// at the year; an initial keeps its full stop in the name ("Ruiz, A."),
// a name spelt out does not. Lines of such a shape count only where there
// are minBibEntries of them. base and published are as for Parse.
func yearEntries(text string, base int, published time.Time) []claimx.Citation {
	return listEntries(text, base, func(line string, _ claimx.Span) ([]claimx.Citation, bool) {
		c, ok := yearEntry(line, published)
		if !ok {
			return nil, false
		}
		return []claimx.Citation{c}, true
	})
}

// yearEntry reads one line as an author–year entry (yearEntries); the
// citation's span counts from the line's start.
func yearEntry(line string, published time.Time) (claimx.Citation, bool) {
	body := withoutEntryMarker(line)
	lead := len(line) - len(body) // the marker's bytes
	rs := []rune(body)
	stop := -1 // where ". " before the year stands
	for i := 1; i+7 < len(rs) && i < maxYearEntryLead; i++ {
		if rs[i] == '.' && rs[i+1] == ' ' && entryYear(rs[i+2:]) > 0 {
			stop = i
			break
		}
	}
	if stop < 0 {
		return claimx.Citation{}, false
	}
	// The authors are named surname first ("Osei, K.") or are a body
	// (corporateAuthor): a title or a place before a year is no author.
	authors := string(rs[:stop])
	if !entryAuthorsCased(authors) || !strings.Contains(authors, ",") && !corporateAuthor(authors) {
		return claimx.Citation{}, false
	}
	words := strings.Fields(authors)
	if last := []rune(words[len(words)-1]); len(last) == 1 && unicode.IsUpper(last[0]) || strings.HasSuffix(words[len(words)-1], ".") {
		authors += "." // an initial's full stop: "Ruiz, A."
	}
	n := entryYear(rs[stop+2:])
	year, _ := strconv.Atoi(string(rs[stop+2 : stop+6]))
	if !published.IsZero() && year > published.Year() {
		return claimx.Citation{}, false
	}
	c, ok := printedDate{dateParts: dateParts{year: year, prec: claimx.Year}}.citation(cleanSource(authors), published)
	if !ok {
		return claimx.Citation{}, false
	}
	// The span is the year's, as a list's entry may be split into
	// claims at its full stops.
	at := utf8.RuneCountInString(line[:lead]) + stop + 2
	c.Raw = string(rs[stop+2 : stop+2+n])
	c.Span = claimx.Span{Start: at, End: at + n}
	return c, true
}

// entryYear returns the length of the year that opens rs as an
// author–year entry prints it, four figures and perhaps a letter that
// tells apart works of one year ("2021a"), closed by a full stop before
// a space; 0 when rs opens on none.
func entryYear(rs []rune) int {
	if len(rs) < 6 {
		return 0
	}
	for _, r := range rs[:4] {
		if r < '0' || r > '9' {
			return 0
		}
	}
	if rs[0] != '1' && rs[0] != '2' {
		return 0
	}
	n := 4
	if unicode.IsLower(rs[n]) && n+1 < len(rs) && rs[n+1] == '.' {
		n++
	}
	if rs[n] != '.' || n+1 < len(rs) && rs[n+1] != ' ' {
		return 0
	}
	return n
}

// entryAuthorsCased reports whether s reads as the authors that open a
// reference entry: names in capitalised words and initials, set apart by
// commas, "and" or "&", perhaps closed by "et al".
func entryAuthorsCased(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, " et al"), " et al.")
	s = strings.NewReplacer(",", " ", " & ", " and ").Replace(s)
	return len(strings.Fields(s)) <= maxEntryAuthorWords && nameCased(strings.Join(strings.Fields(s), " "))
}
