package cite

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// Bounds on a dated work named in the running text: how many code points
// after its owner's possessive are read for it, and how many words of its
// name stand between its date and the noun that says what it is ("May
// 2023 Regional Economic Outlook").
const (
	maxWorkRunes = 120
	maxWorkWords = 4
)

// datedWorks finds the works a body published at a date that the running
// text names by the body's possessive, the date, then what the work is:
// "the Quay Institute’s 2019 Port Economic Outlook", "the Tide Weekly’s
// Jan. 9, 2022 issue", "the Harbour Board’s March 2021 annual report";
// or by an article, the date and the work, then "by" and the body: "a
// 2023 survey by the Quay Institute found". The body is the
// source and the date the work's. A place's work is a state's policy, no
// source ("China’s 2019 white paper"); a span of years or a year after
// publication is the period a work covers; and a work whose sentence goes
// on to a cited parenthesis is cited there. cited are the text's cited
// parentheses, base and published as for Parse.
func datedWorks(text string, base int, published time.Time, cited []citedParen) []claimx.Citation {
	if !possessiveBeforeDate(text) && !strings.Contains(text, " by ") && !strings.Contains(text, " from ") {
		return nil
	}
	rs := []rune(text)
	makers := makerWords(rs) // where "by" and "from" stand, so that only an article a maker follows closely is read
	var out []claimx.Citation
	for i := 0; i+2 < len(rs); i++ {
		var c claimx.Citation
		var ok bool
		for len(makers) > 0 && makers[0] < i {
			makers = makers[1:]
		}
		switch {
		case i > 0 && rs[i] == 's' && rs[i+1] == ' ' && (rs[i-1] == '’' || rs[i-1] == '\'') && (unicode.IsDigit(rs[i+2]) || unicode.IsUpper(rs[i+2])):
			c, ok = datedWork(rs, i-1, published)
		case ownerPronoun(rs, i) > 0:
			c, ok = pronounWork(rs, i, ownerPronoun(rs, i), published)
		case len(makers) > 0 && makers[0] < i+len("the ")+maxWorkRunes:
			if n := articleBeforeWork(rs, i); n > 0 {
				c, ok = agentWork(rs, i+n+1, published)
			} else if opensSentence(rs, i) {
				// A work's title may open its sentence bare: "Global
				// Port Report released by the Quay Institute in …".
				c, ok = agentWork(rs, i, published)
			}
		}
		if !ok {
			continue
		}
		if end := sentenceEnd(rs, c.End); slices.ContainsFunc(cited, func(p citedParen) bool {
			return c.End <= p.Start-base && p.Start-base < end
		}) {
			continue
		}
		c.Span = claimx.Span{Start: base + c.Start, End: base + c.End}
		out = append(out, c)
	}
	return out
}

// possessiveBeforeDate reports whether text holds a possessive "’s" or
// "'s", or a body's possessive pronoun ("its", "their"), followed by a
// figure or a month's name, as a dated work's name opens: most texts hold
// none, and are not read further.
func possessiveBeforeDate(text string) bool {
	for _, mark := range []string{"’s ", "'s ", "its ", "their "} {
		for rest := text; ; {
			i := strings.Index(rest, mark)
			if i < 0 {
				break
			}
			rest = rest[i+len(mark):]
			word := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
			if rest != "" && isDigit(rest[0]) || word != "" && lexicon.Months.Has(strings.ToLower(word)) {
				return true
			}
		}
	}
	return false
}

// datedWork reads the dated work whose owner's possessive mark stands at
// rs[apos], "’" or "'" before "s ": the citation's span is rune offsets
// into rs, from the owner's name to the work's noun.
func datedWork(rs []rune, apos int, published time.Time) (claimx.Citation, bool) {
	v, toks, noun, ok := workAfter(rs, apos+3, published) // past the mark, the "s" and the space
	if !ok {
		return claimx.Citation{}, false
	}
	owner, start := nameBefore(rs, apos)
	if owner == "" || ownedByPlace(owner) {
		return claimx.Citation{}, false
	}
	if sp := slices.Index(rs[start:apos], ' '); sp > 0 && lexicon.Articles.Has(strings.ToLower(string(rs[start:start+sp]))) {
		start += sp + 1 // the citation's text starts at the name, as its source does: "The Harbour Board’s"
	}
	c, ok := printedDate{dateParts: v}.citation(owner, published)
	c.Raw = string(rs[start:toks[noun].end])
	c.Span = claimx.Span{Start: start, End: toks[noun].end}
	return c, ok
}

// workAfter reads the date and the work's noun that follow an owner's
// possessive, from rs[from]: the date, its tokens (rune offsets into rs)
// and the index of the noun among them. A span of years or a year after
// publication is a period the work covers, not its date.
func workAfter(rs []rune, from int, published time.Time) (dateParts, []citeToken, int, bool) {
	to := from
	for to < len(rs) && to < from+maxWorkRunes && rs[to] != '\n' {
		to++
	}
	toks := tokenizeCitation(rs, from, to)
	v, end, ok := leadingDate(toks, 0)
	if !ok || v.year == 0 || !published.IsZero() && v.year > published.Year() || slices.ContainsFunc(toks[:end], dash) {
		return dateParts{}, nil, 0, false
	}
	noun := workNoun(toks, end, v.prec != claimx.Year)
	return v, toks, noun, noun >= 0
}

// dash reports whether t is a dash, as a span of dates holds one.
func dash(t citeToken) bool { return t.kind == ctMark && strings.ContainsRune(dashes, t.mark) }

// ownedByPlace reports whether owner is a place's name: a place's work is
// a state's policy, no source ("China’s 2019 white paper").
func ownedByPlace(owner string) bool {
	e, ok := gazetteer.Default().Lookup(owner)
	return ok && e.Type == claimx.GPE
}

// ownerPronoun returns the length of the possessive pronoun that stands
// for a body at rs[i], "its" or "their" as a word of its own in lower
// case, before a space; 0 if there is none.
func ownerPronoun(rs []rune, i int) int {
	if i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
		return 0
	}
	for _, p := range []string{"its ", "their "} {
		if i+len(p) < len(rs) && string(rs[i:i+len(p)]) == p {
			return len(p) - 1
		}
	}
	return 0
}

// pronounWork reads the dated work a body's possessive pronoun at rs[i],
// n code points long, names: "The Quay Institute raised its forecast in
// its May 2023 Port Outlook", "In its March 2021 annual report, the
// Harbour Board warned …". The body is the subject of the pronoun's
// sentence (pronounOwner); the citation's span runs from the pronoun to
// the work's noun, rune offsets into rs.
func pronounWork(rs []rune, i, n int, published time.Time) (claimx.Citation, bool) {
	v, toks, noun, ok := workAfter(rs, i+n+1, published)
	if !ok {
		return claimx.Citation{}, false
	}
	owner := pronounOwner(rs, i)
	if owner == "" || ownedByPlace(owner) {
		return claimx.Citation{}, false
	}
	c, ok := printedDate{dateParts: v}.citation(owner, published)
	c.Raw = string(rs[i:toks[noun].end])
	c.Span = claimx.Span{Start: i, End: toks[noun].end}
	return c, ok
}

// makerWords returns the rune offsets of the words "by" and "from" in rs,
// in order.
func makerWords(rs []rune) []int {
	var out []int
	for i := 1; i+4 < len(rs); i++ {
		if rs[i-1] == ' ' && (rs[i] == 'b' && rs[i+1] == 'y' && rs[i+2] == ' ' || rs[i] == 'f' && rs[i+1] == 'r' && rs[i+2] == 'o' && rs[i+3] == 'm' && rs[i+4] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

// articleBeforeWork returns the length of the article ("a", "an", "the",
// any case) that stands as a word of its own at rs[i] before a space and
// a letter or a figure, as a dated work's name may open ("a 2023 survey",
// "the March 2021 report", "a report by …"); 0 if there is none.
func articleBeforeWork(rs []rune, i int) int {
	if i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
		return 0
	}
	e := wordEnd(rs, i)
	if e == i || e+1 >= len(rs) || rs[e] != ' ' || !lexicon.Articles.Has(strings.ToLower(string(rs[i:e]))) {
		return 0
	}
	if !unicode.IsLetter(rs[e+1]) && !unicode.IsDigit(rs[e+1]) {
		return 0
	}
	return e - i
}

// agentWork reads the dated work that an article names at rs[from], its
// maker named after "by" or "from", a verb of publishing perhaps before
// it: with the date before the work's noun ("a 2023 survey by the Quay
// Institute", "the May 2022 report released by Lantern Bank") or right
// after the maker, after "in" or "on" ("a report by the Tide Fund in
// March 2021 found …"). The maker is the source, as an owner's
// possessive is in datedWork, and a place's work is a state's policy, no
// source ("a 2019 white paper by Norway"); the citation's span runs from
// the work's date or noun to its name or date.
func agentWork(rs []rune, from int, published time.Time) (claimx.Citation, bool) {
	v, toks, noun, ok := workAfter(rs, from, published)
	dateAfter := !ok
	if dateAfter {
		// No date opens the work's name: its noun does, its date after
		// the maker, whose name, acronym and place may take as many
		// code points again.
		toks = tokenizeCitation(rs, from, min(sentenceEnd(rs, from), from+2*maxWorkRunes))
		noun = workNoun(toks, 0, false)
	}
	by := noun + 1
	if noun >= 0 && by+1 < len(toks) && lexicon.PublishingVerbs.Has(toks[by].word) {
		by++ // "a 2021 report released by …"
	}
	if noun < 0 || by >= len(toks) || toks[by].word != "by" && toks[by].word != "from" {
		return claimx.Citation{}, false
	}
	owner, end := subjectName(rs, toks[by].end)
	if owner == "" || ownedByPlace(owner) {
		return claimx.Citation{}, false
	}
	start := from
	if dateAfter {
		if v, end, ok = dateAfterMaker(rs, toks, end, published); !ok {
			return claimx.Citation{}, false
		}
		start = toks[noun].start
	}
	c, ok := printedDate{dateParts: v}.citation(owner, published)
	c.Raw = string(rs[start:end])
	c.Span = claimx.Span{Start: start, End: end}
	return c, ok
}

// dateAfterMaker reads the date that follows a work's maker, whose name
// ends at rune offset at: "in" and a year or a month with its year, or
// "on" and a day with its year. It returns the date and where it ends; a
// span of years, or a date after publication, is no work's date.
func dateAfterMaker(rs []rune, toks []citeToken, at int, published time.Time) (dateParts, int, bool) {
	k := slices.IndexFunc(toks, func(t citeToken) bool { return t.start >= at })
	if k < 0 {
		return dateParts{}, 0, false
	}
	k = afterPlace(rs, toks, afterAcronym(toks, k))
	if k+1 >= len(toks) || toks[k].word != "in" && toks[k].word != "on" {
		return dateParts{}, 0, false
	}
	v, end, ok := leadingDate(toks, k+1)
	if !ok || v.year == 0 || !published.IsZero() && v.year > published.Year() || (v.prec == claimx.Day) != (toks[k].word == "on") || slices.ContainsFunc(toks[k+1:end], dash) ||
		end < len(toks) && dash(toks[end]) {
		return dateParts{}, 0, false
	}
	return v, toks[end-1].end, true
}

// maxPlaceWords bounds the words of a place's name set off after a
// maker's: "Hong Kong", "New York City".
const maxPlaceWords = 3

// afterPlace returns the index after the place set off by commas that
// may follow a maker's name before toks[k], ", Beijing," (where it sits,
// as a body's first mention may say), or k if none does.
func afterPlace(rs []rune, toks []citeToken, k int) int {
	if k >= len(toks) || !toks[k].is(',') {
		return k
	}
	for n := 1; n <= maxPlaceWords && k+n+1 < len(toks); n++ {
		if t := toks[k+n]; t.kind != ctWord || !t.upper {
			return k
		}
		if toks[k+n+1].is(',') && place(string(rs[toks[k+1].start:toks[k+n].end])) {
			return k + n + 2
		}
	}
	return k
}

// pronounOwner returns the body a possessive pronoun at rs[i] stands for:
// the body's name that is the subject of its sentence, opening it ("The
// Harbour Board said its …") or, after a phrase that opens the sentence
// with a preposition and holds the pronoun, right after the phrase's
// comma ("In its …, the Harbour Board warned"); "" when the subject is no
// body's name (corporateAuthor): a person's, a place's, or a thing's that
// a name owns ("The Quay Institute's board").
func pronounOwner(rs []rune, i int) string {
	start := sentenceStart(rs, i)
	if lexicon.Prepositions.Has(strings.ToLower(string(rs[start:wordEnd(rs, start)]))) {
		comma := slices.Index(rs[i:sentenceEnd(rs, i)], ',')
		if comma < 0 {
			return ""
		}
		start = i + comma + 1
	}
	name, end := subjectName(rs, start)
	if name == "" || start < i && end > i || end < i && innerSubject(rs, end, i) || !corporateAuthor(name) {
		return ""
	}
	return name
}

// innerSubject reports whether a clause of its own, whose subject the
// pronoun binds to, opens in rs[from:to] between a sentence's subject and
// the pronoun: a reporting verb followed, "that" aside, by a new subject
// ("The Quay Fund said the firm … its", "warned that Tide Bank … its"), or
// a relative word after some other noun ("… the firm, which … its"). A
// verb right before the pronoun ("said its", "said that its") or a
// relative right after the subject ("The Quay Fund, which … its") leaves
// the pronoun the subject's.
func innerSubject(rs []rune, from, to int) bool {
	afterSubject, afterVerb := true, false // where the word before stands
	for at := from; at < to; {
		if !unicode.IsLetter(rs[at]) {
			at++
			continue
		}
		e := wordEnd(rs, at)
		w := strings.ToLower(string(rs[at:e]))
		switch {
		case afterVerb && w == "that":
			at = e
			continue
		case afterVerb && (lexicon.Determiners.Has(w) || unicode.IsUpper(rs[at])):
			return true
		case lexicon.Relatives.Has(w) && !afterSubject && !afterVerb:
			return true
		}
		_, _, afterVerb = lexicon.Lemma(w, speechVerb)
		afterSubject = false
		at = e
	}
	return false
}

// subjectName reads the name that opens the words at rs[from], its
// article aside: capitalised words and the connectors inside them ("the
// Bank of Quay"), ended by a word in lower case or a mark. It returns the
// name and where it ends; "" when a possessive ends it ("The Quay
// Institute's board").
func subjectName(rs []rune, from int) (string, int) {
	for from < len(rs) && rs[from] == ' ' {
		from++
	}
	if e := wordEnd(rs, from); e < len(rs) && rs[e] == ' ' && lexicon.Articles.Has(strings.ToLower(string(rs[from:e]))) {
		from = e + 1
	}
	end, at := from, from
	for at < len(rs) {
		e := wordEnd(rs, at)
		if e == at {
			break
		}
		w := string(rs[at:e])
		upper := unicode.IsUpper(rs[at])
		if !upper && (at == from || !lexicon.NameConnectors.Has(w)) {
			break
		}
		if upper {
			end = e
		}
		if e >= len(rs) || rs[e] != ' ' {
			break
		}
		at = e + 1
	}
	if end == from || withoutPossessive(string(rs[from:end])) != string(rs[from:end]) {
		return "", from
	}
	name, _ := nameBefore(rs, end)
	return name, end
}

// wordEnd returns where the word of letters, figures, apostrophes and
// inner dots that starts at rs[i] ends.
func wordEnd(rs []rune, i int) int {
	for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || strings.ContainsRune(apostrophes+".-&", rs[i]) && i+1 < len(rs) && !unicode.IsSpace(rs[i+1])) {
		i++
	}
	return i
}

// opensSentence reports whether a capitalised word opens a sentence at
// rs[i]: at the text's or a line's start, or after a sentence's closing
// mark and a space.
func opensSentence(rs []rune, i int) bool {
	if !unicode.IsUpper(rs[i]) {
		return false
	}
	return i == 0 || rs[i-1] == '\n' || rs[i-1] == ' ' && i >= 2 && strings.ContainsRune(".?!", rs[i-2])
}

// sentenceStart returns where the sentence going on at rs[i] starts: after
// the closing mark and space of the one before, or at its line's start.
func sentenceStart(rs []rune, i int) int {
	for ; i > 0 && rs[i-1] != '\n'; i-- {
		if rs[i-1] == ' ' && i >= 2 && strings.ContainsRune(".?!", rs[i-2]) {
			return i
		}
	}
	return i
}

// workNoun returns the index of the noun that says what a dated work is,
// among the few words that follow its date at toks[i] ("annual report",
// "Regional Economic Outlook", "Asia-Pacific Economic Outlook"); -1 when
// another mark or too many words come first. A generic noun counts as a
// title's capitalised word, or after a date finer than a year (dated).
func workNoun(toks []citeToken, i int, dated bool) int {
	for words := 0; i < len(toks) && words <= maxWorkWords; i++ {
		t := toks[i]
		w := strings.ToLower(t.word)
		switch {
		case t.is('-'):
			continue // inside a word: "Asia-Pacific"
		case t.kind != ctWord || t.digits > 0:
			return -1
		case lexicon.DatedWorks.Has(w) || lexicon.DatedWorks.Has(strings.TrimSuffix(w, "s")):
			return i
		case lexicon.DatedWorkGenerics.Has(w) && (dated || t.upper):
			return i
		}
		words++
	}
	return -1
}

// sentenceEnd returns where the sentence going on at rs[i] ends: after
// its closing mark before a space, or at its line's end.
func sentenceEnd(rs []rune, i int) int {
	for ; i < len(rs) && rs[i] != '\n'; i++ {
		if strings.ContainsRune(".?!", rs[i]) && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\n') && !monthStopAt(rs, i) {
			return i + 1
		}
	}
	return i
}

// monthStopAt is monthStop read on code points: whether the full stop at
// rs[i] cuts a month's name short before its day's figure ("Dec. 7").
func monthStopAt(rs []rune, i int) bool {
	before := string(rs[max(0, i-len("September")):i])
	return monthStop(before+string(rs[i:min(len(rs), i+3)]), len(before))
}
