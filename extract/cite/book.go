package cite

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// bookCitations reads a parenthesis that holds a book's publication facts,
// as notes print them after its title: a place, a colon, a publisher and
// a year, "(Lisbon: Harbour Books, 2016)", "(Oslo, ND: Fjord & Sons,
// 2019)". The book is its author's, named first in the entry: "Ana Ruiz,
// Quays and Cranes (Lisbon: Harbour Books, 2016)"; a publisher is no source, so facts whose entry names
// no author cite nothing. ok reports whether the parenthesis holds such
// facts. toks are the parenthesis's tokens, open the index of its mark.
func bookCitations(rs []rune, toks []citeToken, open, base int, published time.Time) (cites []claimx.Citation, ok bool) {
	colon := slices.IndexFunc(toks, func(t citeToken) bool { return t.is(':') })
	if colon < 1 || colon > maxTagWords+2 || len(toks) < colon+4 || !toks[len(toks)-2].is(',') {
		return nil, false
	}
	// The place: capitalised words, perhaps a comma and a state, "New
	// Haven, CT".
	for i, t := range toks[:colon] {
		if !(t.kind == ctWord && t.upper) && !(t.is(',') && i == colon-2) {
			return nil, false
		}
	}
	d, found := dateAt(toks, len(toks)-1)
	if !found || d.prec != claimx.Year {
		return nil, false
	}
	for _, t := range toks[colon+1 : len(toks)-2] {
		if t.kind != ctWord && !t.is('&') && !t.is('.') {
			return nil, false
		}
	}
	author := entryAuthor(rs, open)
	if author == "" {
		return nil, true
	}
	c, ok := d.citation(author, published)
	if !ok {
		return nil, true
	}
	year := toks[len(toks)-1]
	c.Raw = string(rs[year.start:year.end])
	c.Span = claimx.Span{Start: base + year.start, End: base + year.end}
	return []claimx.Citation{c}, true
}

// entryAuthor returns the author a note's entry names first, the field
// before its first comma, when the entry that runs up to rs[end] opens on
// a name: the entry starts at its line's start, after the note's number
// ("3. Ana Ruiz, Quays and Cranes …"), or after the semicolon that ends
// the entry before it ("…, 2016); Tom Berg, The Long Pier …").
// "" when it opens on no name.
func entryAuthor(rs []rune, end int) string {
	start := end
	for start > 0 && end-start < maxEntryRunes && rs[start-1] != '\n' && rs[start-1] != ';' {
		start--
	}
	if start > 0 && end-start >= maxEntryRunes {
		return ""
	}
	entry := withoutEntryMarker(strings.TrimLeftFunc(string(rs[start:end]), unicode.IsSpace))
	author, rest, ok := strings.Cut(entry, ",")
	// A note's lead-in is no author: "See, for example, Thomas Christensen, …".
	for ok && lexicon.SourceLeadIns.Has(strings.ToLower(strings.TrimSpace(author))) {
		author, rest, ok = strings.Cut(rest, ",")
	}
	author = strings.TrimSpace(author)
	// Nor is a word of a sentence ("Also, the chapter …") or a note's
	// "Ibid.".
	if one := !strings.Contains(author, " "); one && (lexicon.Common.Has(strings.ToLower(author)) || strings.HasSuffix(author, ".")) {
		return ""
	}
	if !ok || author == "" || len(strings.Fields(author)) > maxTagWords || !nameCased(author) || strings.ContainsFunc(author, unicode.IsDigit) {
		return ""
	}
	return cleanSource(author)
}
