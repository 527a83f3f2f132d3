package cite

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// maxCreditRunes bounds what of a line a credit is read in: a source's
// name, the marks round it and a date, and the first words of an item's
// text after them.
const maxCreditRunes = 140

// creditSeparators are the marks a credit prints between a source's name
// and its date: a comma, a dash, a bar, a slash or a colon.
const creditSeparators = ",:|/" + dashes

// creditBullets are the marks a list's item may open on before its credit.
const creditBullets = "*•◆·▪►" + dashes

// credits is the last resort for the credit a digest, a press review or a
// listing prints for an item: a source's name and a date side by side at a
// line's start, with nothing but marks between them (a separator of
// creditSeparators, or the brackets the name stands in), in either order.
// The credit is the whole line ("[Quay Post] - 4/03/2025", "March 22,
// 2018 | Harbour Review", "Harbour Ministry- 2021/02/19"), or, where
// brackets set the name apart, the head of the item it credits, its text
// going on after it ("Aug 04 (Tide) Ferries resumed …", "[Quay Post]
// 12.03.2024: Ferries …"). A name next to a date with no mark between
// them is no credit ("Party Congress October 16, 2022" heads an event),
// nor is a place (a dateline's) or a page's label ("Updated - March 3,
// 2024", "Analysis | 4 May 2023"). taken are the citations the other
// readers found; base and published are as for Parse, order the text's
// numericOrderOf. A bracketed name the gazetteer does not know as a
// source's, nor of a source's shape (listedName), is read only in a
// digest's shape, two credits or more in the text: a page prints one
// bracketed label before a date as often ("[Interview] 3 May 2024").
func credits(text string, base int, published time.Time, taken []claimx.Citation, order func() numericOrder) []claimx.Citation {
	read := func(digest bool) []claimx.Citation {
		return lineCitations(text, base, taken, func(line string) []claimx.Citation {
			if !creditLine(line) {
				return nil
			}
			if c, ok := lineCredit(line, published, order, digest); ok {
				return []claimx.Citation{c}
			}
			return nil
		})
	}
	out := read(true)
	if len(out) == 1 {
		out = read(false)
	}
	return out
}

// creditLine reports whether line may hold a credit: a figure, a
// separator or a bracket, an opening (past a bullet) on a capital, a
// figure or a bracket, and either the whole line short enough to be a
// credit or a bracket near its start that may set a name apart. Most
// lines of prose are long and open on no bracket, and are not tokenised.
func creditLine(line string) bool {
	lead := strings.TrimLeft(line, " \t"+creditBullets)
	if lead == "" || !('A' <= lead[0] && lead[0] <= 'Z' || isDigit(lead[0]) || lead[0] == '[' || lead[0] == '(' || lead[0] >= utf8.RuneSelf) {
		return false
	}
	if !strings.ContainsAny(line, "0123456789") || !strings.ContainsAny(line, creditSeparators+"[(") {
		return false
	}
	return len(strings.TrimSpace(line)) <= maxCreditRunes || strings.ContainsAny(line[:min(len(line), maxBracketLead)], "[(")
}

// maxBracketLead bounds how far into a long line the bracket of a
// credit that heads its item is looked for: a bullet and a date.
const maxBracketLead = 24

// lineCredit reads the credit that opens line, its span in code points
// from the line's start; digest says whether a bracketed name the
// gazetteer does not know may be read (credits).
func lineCredit(line string, published time.Time, order func() numericOrder, digest bool) (claimx.Citation, bool) {
	rs := []rune(strings.TrimRight(line, " \t\r\n"))
	n := min(len(rs), maxCreditRunes)
	toks := tokenizeCitation(rs, 0, n)
	whole := n == len(rs)
	if whole && len(toks) > 0 && toks[len(toks)-1].is('.') {
		toks = toks[:len(toks)-1] // a credit line may close on a full stop
	}
	i := 0
	for i < len(toks) && toks[i].kind == ctMark && strings.ContainsRune(creditBullets, toks[i].mark) {
		i++
	}
	if i == len(toks) {
		return claimx.Citation{}, false
	}
	// The name first: its words, or brackets, then marks and the date.
	if name, ok := creditName(toks, i); ok {
		k := separatorsAt(toks, name.next)
		// A colon alone after a name makes it a field's label: "Release
		// Date : 2024-03-05".
		label := k == name.next+1 && toks[name.next].is(':')
		if k > name.next && !label || name.bracketed {
			if v, end, ok := creditDate(toks, k, order); ok && creditEnds(toks, end, whole, name.bracketed) {
				return creditCitation(rs, toks, name, v, i, end, false, digest, published)
			}
		}
	}
	// The date first, then marks and the name.
	v, end, ok := creditDate(toks, i, order)
	if !ok {
		return claimx.Citation{}, false
	}
	k := separatorsAt(toks, end)
	name, ok := creditName(toks, k)
	if !ok || k == end && !name.bracketed || !creditEnds(toks, name.next, whole, name.bracketed) {
		return claimx.Citation{}, false
	}
	return creditCitation(rs, toks, name, v, i, name.next, true, digest, published)
}

// creditNameSpan is a credit's name: its tokens [from, to), and the index
// after it, its closing bracket included.
type creditNameSpan struct {
	from, to, next int
	bracketed      bool
}

// creditName reads the name at toks[i]: the words inside a pair of
// square brackets or parentheses, or a name's words up to a mark that is
// none of a name's or to a date. A dash glued to the name's last word is
// a separator ("Harbour Ministry- 2021/02/19").
func creditName(toks []citeToken, i int) (creditNameSpan, bool) {
	if i >= len(toks) {
		return creditNameSpan{}, false
	}
	if closing := map[rune]rune{'[': ']', '(': ')'}[toks[i].mark]; toks[i].kind == ctMark && closing != 0 {
		for j := i + 1; j < len(toks) && j <= i+1+2*maxTagWords; j++ {
			if toks[j].is(closing) {
				return creditNameSpan{i + 1, j, j + 1, true}, j > i+1
			}
			if !nameToken(toks, j) {
				break
			}
		}
		return creditNameSpan{}, false
	}
	j := i
	for j < len(toks) && nameToken(toks, j) && j-i <= 2*maxSourceWords {
		if t := toks[j]; (t.kind == ctNum || t.kind == ctWord && t.upper && lexicon.Months.Has(t.word)) && leadsDate(toks, j) {
			break
		}
		j++
	}
	for j > i && toks[j-1].kind == ctMark && strings.ContainsRune(dashes, toks[j-1].mark) {
		j--
	}
	return creditNameSpan{i, j, j, false}, j > i
}

// leadsDate reports whether a date, whatever follows it, opens at toks[j].
func leadsDate(toks []citeToken, j int) bool {
	_, _, ok := leadingDate(toks, j)
	return ok
}

// separatorsAt returns the index after the run of creditSeparators that
// starts at toks[i], i itself when there is none.
func separatorsAt(toks []citeToken, i int) int {
	for i < len(toks) && toks[i].kind == ctMark && strings.ContainsRune(creditSeparators, toks[i].mark) {
		i++
	}
	return i
}

// creditDate reads the day's date at toks[i]; figures whose day and
// month could change places are read in the text's order. A month is
// rather a periodical's issue ("Harbour Letter / July 2024").
func creditDate(toks []citeToken, i int, order func() numericOrder) (dateParts, int, bool) {
	if i >= len(toks) {
		return dateParts{}, i, false
	}
	v, end, ok := leadingDate(toks, i)
	if !ok && toks[i].kind == ctNum {
		v, end, ok = order().leadingDate(toks, i)
	}
	if !ok || v.prec != claimx.Day {
		return dateParts{}, i, false
	}
	return v, end, true
}

// creditEnds reports whether a credit may end at toks[end]: at the line's
// end, or, where brackets set its name apart, before the item's text (a
// capitalised word), not before a dateline's dash ("Jan. 3 (Quay Wire)
// -- …").
func creditEnds(toks []citeToken, end int, whole, bracketed bool) bool {
	if end == len(toks) {
		return whole
	}
	t := toks[end]
	return bracketed && (t.kind == ctWord && t.upper || t.is(':'))
}

// creditCitation cites the name at the date, the credit's span running
// from toks[from] to toks[end-1]. The name is a source's (fieldName), no
// page's label of what kind of piece it is or where it is filed. A day
// without its year is read only against a publication date: a credit is
// the first thing a page prints, and may be the page's own.
func creditCitation(rs []rune, toks []citeToken, name creditNameSpan, v dateParts, from, end int, dateFirst, digest bool, published time.Time) (claimx.Citation, bool) {
	if v.year == 0 && published.IsZero() {
		return claimx.Citation{}, false
	}
	// A name that ends on a figure numbers an issue, as a newsletter's
	// header prints it: "Newsletter 27 - July 6, 2020".
	if toks[name.to-1].kind == ctNum {
		return claimx.Citation{}, false
	}
	source := cleanSource(string(rs[toks[name.from].start:toks[name.to-1].end]))
	if source == "" || !fieldName(source) || lexicon.ArticleKinds.Has(strings.ToLower(source)) || lexicon.Calendar.Has(source) {
		return claimx.Citation{}, false
	}
	// Without brackets, a name the gazetteer does not know as a source's
	// is read as one only when it may be one (listedName): a by-line's
	// writer beside the page's date ("Li Wei | May 3, 2024") is the page's;
	// and not after its date, as a calendar or a chronology heads each of
	// its items with a date and a title ("Nov 12, 2025 | Members Dinner"),
	// which dateFirstTag reads where a listing shows itself.
	if !name.bracketed && !knownOutlet(source) && (dateFirst || !listedName(source)) {
		return claimx.Citation{}, false
	}
	// A bracketed name is held to a source's shape outside a digest
	// (credits), and is never a page's label of a link's medium, file or
	// state ("[PDF]", "[Video]", "(Translation)") nor one ordinary word.
	if name.bracketed && (!digest && !knownOutlet(source) && !listedName(source) || linkLabel(source)) {
		return claimx.Citation{}, false
	}
	c, ok := printedDate{dateParts: v}.citation(source, published)
	if !ok {
		return claimx.Citation{}, false
	}
	c.Raw = string(rs[toks[from].start:toks[end-1].end])
	c.Span = claimx.Span{Start: toks[from].start, End: toks[end-1].end}
	return c, true
}

// linkLabel reports whether a bracketed name is a page's label rather
// than a source's: of a link's medium, file or state ("PDF", "Archived"),
// or one ordinary word ("Update").
func linkLabel(name string) bool {
	return lexicon.LinkLabels.Has(name) || !strings.Contains(name, " ") && lexicon.Common.Has(name)
}
