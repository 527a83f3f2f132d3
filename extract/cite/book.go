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
	// Haven, CT", its name perhaps cut short with full stops, "Cambridge,
	// Mass.", "Princeton, N.J.".
	if !bookPlace(toks[:colon]) {
		return nil, false
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

// bookPlace reports whether toks, what a book's facts print before the
// colon, are a place: capitalised words, perhaps a comma and a state
// after them, which may be abbreviated with full stops glued to its
// letters ("Mass.", "N.J.").
func bookPlace(toks []citeToken) bool {
	comma := -1
	for i, t := range toks {
		switch {
		case t.kind == ctWord && t.upper:
		case t.is(',') && comma < 0 && i > 0:
			comma = i
		case t.is('.') && comma >= 0 && toks[i-1].kind == ctWord && toks[i-1].end == t.start:
		default:
			return false
		}
	}
	return comma < len(toks)-1
}

// entryAuthor returns the author a note's entry names first, the field
// before its first comma, when the entry that runs up to rs[end] opens on
// a name: the entry starts at its line's start, after the note's number
// ("3. Ana Ruiz, Quays and Cranes …"), after the semicolon that ends
// the entry before it ("…, 2016); Tom Berg, The Long Pier …") or after
// its facts' parenthesis and ", and" ("…, 2016), and Tom Berg, …").
// "" when it opens on no name.
func entryAuthor(rs []rune, end int) string {
	start := end
	for start > 0 && end-start < maxEntryRunes && rs[start-1] != '\n' && rs[start-1] != ';' && !(rs[start-1] == ')' && rs[start] == ',') {
		start--
	}
	if start > 0 && end-start >= maxEntryRunes {
		return ""
	}
	// An entry may follow another's facts after a comma and "and": "…
	// (Oslo: Fjord, 2019), and Tom Berg, The Long Pier (…)".
	entry := withoutEntryMarker(strings.TrimLeftFunc(string(rs[start:end]), unicode.IsSpace))
	if rest, ok := strings.CutPrefix(entry, ", and "); ok {
		entry = rest
	}
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
