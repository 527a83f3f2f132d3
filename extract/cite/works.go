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
// Jan. 9, 2022 issue", "the Harbour Board’s March 2021 annual report". The body is the
// source and the date the work's. A place's work is a state's policy, no
// source ("China’s 2019 white paper"); a span of years or a year after
// publication is the period a work covers; and a work whose sentence goes
// on to a cited parenthesis is cited there. cited are the text's cited
// parentheses, base and published as for Parse.
func datedWorks(text string, base int, published time.Time, cited []citedParen) []claimx.Citation {
	if !possessiveBeforeDate(text) {
		return nil
	}
	rs := []rune(text)
	var out []claimx.Citation
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] != 's' || rs[i+1] != ' ' || rs[i-1] != '’' && rs[i-1] != '\'' || !unicode.IsDigit(rs[i+2]) && !unicode.IsUpper(rs[i+2]) {
			continue
		}
		c, ok := datedWork(rs, i-1, published)
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
// "'s" followed by a figure or a month's name, as a dated work's name
// opens: most texts hold none, and are not read further.
func possessiveBeforeDate(text string) bool {
	for _, mark := range []string{"’s ", "'s "} {
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
	from := apos + 3 // past the mark, the "s" and the space
	to := from
	for to < len(rs) && to < from+maxWorkRunes && rs[to] != '\n' {
		to++
	}
	toks := tokenizeCitation(rs, from, to)
	v, end, ok := leadingDate(toks, 0)
	if !ok || v.year == 0 || !published.IsZero() && v.year > published.Year() || slices.ContainsFunc(toks[:end], func(t citeToken) bool { return strings.ContainsRune(dashes, t.mark) }) {
		return claimx.Citation{}, false
	}
	noun := workNoun(toks, end, v.prec != claimx.Year)
	if noun < 0 {
		return claimx.Citation{}, false
	}
	owner, start := nameBefore(rs, apos)
	if owner == "" {
		return claimx.Citation{}, false
	}
	if e, ok := gazetteer.Default().Lookup(owner); ok && (e.Type == claimx.GPE || e.Type == gazetteer.Loc) {
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
		if strings.ContainsRune(".?!", rs[i]) && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\n') {
			return i + 1
		}
	}
	return i
}
