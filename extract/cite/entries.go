package cite

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// Bounds on an entry that opens on its authors: the words of one author's
// name, and the tokens that may follow the entry's date (pages, a volume,
// a link's label).
const (
	maxAuthorNameWords = 4
	maxEntryTailTokens = 12
)

// authorEntries finds the entries of a list of works, a reference list, a
// scholar's list of pieces or a page of notes, that open on the works'
// authors, given names first or the first author surname first, then a
// title and the place the work appeared, with its date as a field of its
// own: "Ana Ruiz: Ports reopen. Quay Post, 23 April.", "Li Wei and Tom
// Berg, “Ferries,” Tide Weekly, March 3, 2021.", "LIN WEI. “Quays.”
// Harbour Daily (Tues., March 28, 2017): B1.", "Ruiz, Ana. “Cranes.” Tide
// Review, vol. 3, 2019, pp. 10–20.". Each is a citation of its authors at
// the date. In Chicago's author–date style the year follows the authors
// and a newspaper's day comes later without it ("Ana Ruiz. 2024.
// Quays. Quay Post, 15 February."): the day is read in that year. A note's
// number may be glued to the name ("10Ana Ruiz, …"). Lines of such a shape
// count only where there are minBibEntries of them, a list; with fewer,
// those that quote their title between the authors and the outlet, as
// one entry given alone prints it ("LIN WEI. “Quays.” Harbour Daily (May
// 3, 2017)"), are returned apart (titled), for the narrower readers to
// take first. A line another reader took (taken) is left to it. base and published are as
// for Parse.
func authorEntries(text string, base int, published time.Time, taken []claimx.Citation) (list, titled []claimx.Citation) {
	list = listEntries(text, base, func(line string, span claimx.Span) ([]claimx.Citation, bool) {
		if !authorLed(line) || overlaps(taken, span) {
			return nil, false
		}
		c, quoted, ok := authorEntry(line, published)
		if ok && quoted {
			t := c
			t.Span = claimx.Span{Start: span.Start + c.Start, End: span.Start + c.End}
			titled = append(titled, t)
		}
		return []claimx.Citation{c}, ok
	})
	if list != nil {
		return list, nil
	}
	return nil, titled
}

// authorLed reports, cheaply, whether line may be such an entry: it
// holds a figure and opens, after a list's marker or a note's number, on
// two words of a name ("Ana Ruiz", "E. Ruiz", "Ruiz, Ana").
func authorLed(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	lead := strings.TrimLeft(withoutEntryMarker(strings.TrimLeft(line, " \t")), "0123456789")
	first, rest, _ := strings.Cut(lead, " ")
	second, _, _ := strings.Cut(rest, " ")
	first = strings.TrimRight(first, ",.:")
	return authorWord(first) && authorWord(strings.TrimRight(second, ",.:")) && (len(first) == 1 || !lexicon.Common.Has(strings.ToLower(first)))
}

// authorEntry reads one line as an entry that opens on its authors, and
// reports whether it quotes its title.
func authorEntry(line string, published time.Time) (claimx.Citation, bool, bool) {
	rs := []rune(strings.TrimRightFunc(line, unicode.IsSpace))
	body := strings.TrimLeft(withoutEntryMarker(strings.TrimLeft(string(rs), " \t")), "0123456789")
	lead := len(rs) - utf8.RuneCountInString(body)
	authors, end, ok := entryLeadAuthors(rs, lead)
	if !ok {
		return claimx.Citation{}, false, false
	}
	quoted := quotedTitle(rs, end)
	toks := tokenizeCitation(rs, end, len(rs))
	if len(toks) < 3 {
		return claimx.Citation{}, false, false
	}
	// A year right after the authors dates the work in author–date
	// style, in parentheses or not; a later day without its year is read
	// in it.
	yearFirst, year, next := dateParts{}, 0, 1
	if v, e, ok := leadingDate(toks, 0); ok && v.prec == claimx.Year && e < len(toks) && toks[e].is('.') {
		yearFirst, next = v, e
	} else if v, e, ok := leadingDate(toks, 1); ok && toks[0].is('(') && v.prec == claimx.Year && e < len(toks) && toks[e].is(')') {
		yearFirst, year, next = v, 1, e
	} else if toks[0].kind == ctNum || lexicon.Months.Has(toks[0].word) {
		return claimx.Citation{}, false, false // a date where the title should be: a source's tag, "Quay Post, March 3.2022"
	}
	quote := false // inside a quoted title, whose figures are the title's: "“Review: Quays (2013)”"
	for i := next; i < len(toks); i++ {
		if t := toks[i-1]; t.is('“') || t.is('”') || t.is('"') {
			quote = t.is('“') || t.is('"') && !quote
		}
		if quote || !fieldMark(toks, i-1) && !toks[i-1].is('(') {
			continue
		}
		v, e, ok := leadingDate(toks, i)
		if !ok || !fieldEnds(toks, e) && !toks[e].is(')') {
			continue
		}
		if tailTokens(toks, e) > maxEntryTailTokens || clauseAfter(toks, e) {
			return claimx.Citation{}, false, false
		}
		if v.year == 0 && yearFirst.year != 0 {
			v.year = yearFirst.year
		}
		c, ok := entryCitation(rs, toks, i, e, v, authors, published)
		return c, quoted, ok
	}
	if yearFirst.year != 0 {
		c, ok := entryCitation(rs, toks, year, year+1, yearFirst, authors, published)
		return c, quoted, ok
	}
	return claimx.Citation{}, false, false
}

// quotedTitle reports whether a title in quotation marks opens rs after
// rs[from], spaces aside, and a capitalised name follows it, its marks
// aside: "“Quays.” Harbour Daily", "“Quays,” Tide Weekly".
func quotedTitle(rs []rune, from int) bool {
	for from < len(rs) && rs[from] == ' ' {
		from++
	}
	if from == len(rs) || rs[from] != '“' && rs[from] != '"' {
		return false
	}
	end := slices.IndexFunc(rs[from+1:], func(r rune) bool { return r == '”' || r == '"' })
	if end < 0 {
		return false
	}
	rest := strings.TrimLeft(string(rs[from+2+end:]), " ,.:")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// entryCitation is the citation of authors at the date v printed in
// toks[from:to].
func entryCitation(rs []rune, toks []citeToken, from, to int, v dateParts, authors string, published time.Time) (claimx.Citation, bool) {
	c, ok := printedDate{dateParts: v}.citation(authors, published)
	c.Raw = string(rs[toks[from].start:toks[to-1].end])
	c.Span = claimx.Span{Start: toks[from].start, End: toks[to-1].end}
	return c, ok
}

// tailTokens counts the tokens after toks[e], up to a link.
func tailTokens(toks []citeToken, e int) int {
	n := 0
	for _, t := range toks[e:] {
		if strings.HasPrefix(t.word, "http") || strings.HasPrefix(t.word, "www") {
			break
		}
		n++
	}
	return n
}

// entryLeadAuthors reads the authors that open an entry at rs[from]:
// persons' names, given names first ("Ana Ruiz", "E. Ruiz", "LIN WEI"),
// joined by commas and "and" or "&", or one name surname first ("Ruiz,
// Ana"); the authors end at a full stop that closes no initial, a colon,
// or the comma after the last name, and a title follows them. It returns
// the authors as printed and where the entry goes on.
func entryLeadAuthors(rs []rune, from int) (string, int, bool) {
	words := strings.Fields(string(rs[from:min(len(rs), from+maxBibLineRunes)]))
	var name []string // the words of the name being read
	names, joined := 0, false
	pos := from // where the word being read ends
	closeName := func() bool {
		ok := personName(name)
		name, names = name[:0], names+1
		return ok
	}
	for k, w := range words {
		pos = indexAfter(rs, pos, w)
		if w == "and" || w == "&" {
			if len(name) > 0 && !closeName() {
				return "", 0, false
			}
			joined = true
			continue
		}
		// Harvard's year in parentheses ends them: "Ana Ruiz (2019)".
		if len(name) > 0 && strings.HasPrefix(w, "(") && len(w) > 1 && isDigit(w[1]) {
			if !closeName() {
				return "", 0, false
			}
			return entryAuthorsEnd(rs, from, pos-len([]rune(w)))
		}
		core := strings.TrimRight(w, ",.:")
		if !authorWord(core) {
			return "", 0, false
		}
		name = append(name, core)
		if len(name) > maxAuthorNameWords {
			return "", 0, false
		}
		mark := strings.TrimPrefix(w, core)
		switch {
		case mark == "" || mark == "." && initial(w) && k+1 < len(words) && authorWord(strings.TrimRight(words[k+1], ",.:")):
			// A short word in capitals before its full stop is an
			// initial when the name goes on after it ("J. R. Li"); before
			// a title it is a name's last word in capitals ("LIN WEI.").
			continue
		case mark == ",":
			// A surname first, its given names after: "Ruiz, Ana."
			if names == 0 && len(name) == 1 && !joined {
				if n, ok := surnameFirst(core, words[k+1:]); ok {
					for _, w := range words[k+1 : k+1+n] {
						pos = indexAfter(rs, pos, w)
					}
					return entryAuthorsEnd(rs, from, pos)
				}
			}
			if !closeName() {
				return "", 0, false
			}
			// More authors follow a comma only as a list that "and"
			// closes: "Li Wei, Tom Berg and Ana Ruiz".
			if joined || !andAhead(words[k+1:]) {
				return entryAuthorsEnd(rs, from, pos)
			}
		default: // a full stop or a colon ends them
			if !closeName() {
				return "", 0, false
			}
			return entryAuthorsEnd(rs, from, pos)
		}
	}
	return "", 0, false
}

// entryAuthorsEnd returns the authors printed in rs[from:end], their
// closing mark left out, and end, when a title opens after them.
func entryAuthorsEnd(rs []rune, from, end int) (string, int, bool) {
	next := end
	for next < len(rs) && rs[next] == ' ' {
		next++
	}
	if next == len(rs) || !unicode.IsUpper(rs[next]) && !unicode.IsDigit(rs[next]) && !strings.ContainsRune(`‘“"'«(`, rs[next]) {
		return "", 0, false
	}
	authors := strings.TrimRight(strings.TrimSpace(string(rs[from:end])), ",:")
	// An initial keeps its full stop ("Ruiz, A.", "Ana B."); a name's
	// last word in capitals does not ("LIN WEI.").
	words := strings.Fields(authors)
	if last := words[len(words)-1]; !initial(last) || utf8.RuneCountInString(last) > 2 && !strings.Contains(authors, ",") {
		authors = strings.TrimSuffix(authors, ".")
	}
	return authors, end, true
}

// surnameFirst reads what follows the first author's surname and its
// comma, words: the given names up to the full stop that ends the author
// ("Ana.", "Ana M.", "K.", "J. A."), and in MLA's style a second author,
// given names first, after ", and" ("Ana, and Wei Lin."). It returns how
// many of words the authors take, when each is a person's name.
func surnameFirst(surname string, words []string) (int, bool) {
	name := []string{surname}
	for k, w := range words[:min(len(words), maxGivenWords)] {
		core := strings.TrimRight(w, ".,")
		if !nameWord(core) && !initial(core+".") {
			return 0, false
		}
		name = append(name, core)
		switch {
		case strings.HasSuffix(w, ",") && k+1 < len(words) && words[k+1] == "and":
			var second []string
			for j, v := range words[k+2 : min(len(words), k+2+maxAuthorNameWords)] {
				core := strings.TrimSuffix(v, ".")
				if !authorWord(core) {
					return 0, false
				}
				second = append(second, core)
				if strings.HasSuffix(v, ".") && !initial(v) {
					return k + 3 + j, personName(name) && personName(second)
				}
			}
			return 0, false
		case !strings.HasSuffix(w, "."):
			continue
		case !initial(w) || k+1 == len(words) || !initial(words[k+1]):
			return k + 1, personName(name)
		}
	}
	return 0, false
}

// andAhead reports whether "and" or "&" joins the next few words, all
// names, as a list of authors ends: "Tom Berg and Ana Ruiz".
func andAhead(words []string) bool {
	for _, w := range words[:min(len(words), 3*maxAuthorNameWords)] {
		if w == "and" || w == "&" {
			return true
		}
		if !authorWord(strings.TrimRight(w, ",.:")) || strings.HasSuffix(w, ":") {
			return false
		}
	}
	return false
}

// personName reports whether words are a person's name: two words or
// more, one of them no initial, none a common word, and no place or body
// the gazetteer knows ("Sunday Times", "South Africa").
func personName(words []string) bool {
	if len(words) < 2 && !strings.Contains(strings.Join(words, ""), ".") {
		return false
	}
	full := 0
	for _, w := range words {
		if k := strings.LastIndexByte(w, '.'); utf8.RuneCountInString(w[k+1:]) > 1 {
			full++ // a word, or a surname after its glued initial ("D.Trenin")
		}
		if lw := strings.ToLower(w); len(w) > 1 && (lexicon.Common.Has(lw) || lexicon.Months.Has(lw)) {
			return false
		}
	}
	if full == 0 {
		return false
	}
	e, ok := gazetteer.Default().Lookup(strings.Join(words, " "))
	return !ok || e.Type == claimx.Person
}

// authorWord reports whether w, its closing mark left out, may be a word
// of an author's name: a capitalised word ("Ruiz", "LIN"), an initial
// ("E", "J.-P"), one glued to the surname ("D.Trenin") or a particle.
func authorWord(w string) bool {
	if nameWord(w) || initial(w+".") || lexicon.NameParticles.Has(w) {
		return true
	}
	k := strings.LastIndexByte(w, '.')
	return k > 0 && initial(w[:k+1]) && nameWord(w[k+1:])
}

// indexAfter returns the index in rs just after the first occurrence of
// w at or after from.
func indexAfter(rs []rune, from int, w string) int {
	ws := []rune(w)
	for i := from; i+len(ws) <= len(rs); i++ {
		if string(rs[i:i+len(ws)]) == w {
			return i + len(ws)
		}
	}
	return len(rs)
}
