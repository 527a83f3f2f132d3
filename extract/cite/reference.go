package cite

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// Bounds on a reference entry: how far before its link the publisher and
// date are looked for (and before a book's facts its author), and how far
// after it an access date.
const (
	maxEntryRunes  = 300
	maxAccessRunes = 60
)

// referenceEntries finds the entries of notes and reference lists that
// name a work's publisher and date before its link, as think tanks and
// journals print them: "‘IMF Survey: …’, International Monetary Fund,
// 07/09/2007, https://www.imf.org/ (checked: 23/07/2024)" or "Jane Doe,
// “Title,” Foreign Affairs, March 3, 2021, https://…". Each is a citation of
// the publisher at that date, and an access date after the link ("(accessed
// 5 May 2024)") one more, marked accessed. base and published are as for
// Parse, order the text's numericOrderOf.
func referenceEntries(text string, base int, published time.Time, order func() numericOrder) []claimx.Citation {
	if !strings.Contains(text, "http") {
		return nil
	}
	var out []claimx.Citation
	runeAt, byteAt := 0, 0 // a code-point offset and the byte offset it stands at
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], "http")
		if k < 0 {
			break
		}
		u := i + k
		i = u + len("http")
		if !strings.HasPrefix(text[u:], "http://") && !strings.HasPrefix(text[u:], "https://") {
			continue
		}
		from := entryStart(text, u)
		if !strings.HasSuffix(strings.TrimRight(text[from:u], " "), ",") {
			continue // no entry closes before the link
		}
		rs := []rune(text[from:u])
		runeAt += utf8.RuneCountInString(text[byteAt:from])
		byteAt = from
		at := base + runeAt // the code point rs[0] stands at
		c, ok := publisherDate(rs, at, order(), published)
		if !ok {
			continue
		}
		out = append(out, c)
		linkEnd := len(text)
		if k := strings.IndexFunc(text[u:], unicode.IsSpace); k >= 0 {
			linkEnd = u + k
		}
		if a, ok := accessDate(text, linkEnd, c.Source, order(), published); ok {
			shift := at + utf8.RuneCountInString(text[from:linkEnd])
			a.Span.Start += shift
			a.Span.End += shift
			out = append(out, a)
		}
	}
	return out
}

// entryStart is the byte offset a reference entry ending at the link at u
// may start from: the start of its line, at most maxEntryRunes back.
func entryStart(text string, u int) int {
	from := strings.LastIndexByte(text[:u], '\n') + 1
	n := 0
	for k := u; k > from; {
		_, size := utf8.DecodeLastRuneInString(text[:k])
		k -= size
		if n++; n == maxEntryRunes {
			return k
		}
	}
	return from
}

// publisherDate reads the end of an entry, rs, which a link follows: its
// date and, before that, the field that names the publisher, both closed
// by a comma. A bracketed translation after the publisher is passed over
// ("中央政府门户网站 [Central Government Gateway Website], 16/03/2012,"),
// and a title in quotation marks is no publisher. at is the code point
// rs[0] stands at.
func publisherDate(rs []rune, at int, order numericOrder, published time.Time) (claimx.Citation, bool) {
	toks := tokenizeCitation(rs, 0, len(rs))
	n := len(toks)
	if n < 4 || !toks[n-1].is(',') {
		return claimx.Citation{}, false
	}
	// The longest date that ends at the final comma.
	start, v := -1, dateParts{}
	for s := max(1, n-8); s < n-1 && start < 0; s++ {
		if d, end, ok := order.leadingDate(toks, s); ok && end == n-1 {
			start, v = s, d
		}
	}
	if start < 0 || !toks[start-1].is(',') {
		return claimx.Citation{}, false
	}
	last := start - 2
	if last >= 0 && toks[last].is(']') {
		for last >= 0 && !toks[last].is('[') {
			last--
		}
		last--
	}
	first := last
	for first > 0 && !toks[first-1].is(',') && !closingQuote(toks[first-1]) {
		first--
	}
	if last < 0 || openingQuote(toks[first]) {
		return claimx.Citation{}, false
	}
	source := cleanSource(string(rs[toks[first].start:toks[last].end]))
	if !titleCased(source) {
		return claimx.Citation{}, false // prose before a year: "Prices rose this year, 2021,"
	}
	c, ok := printedDate{dateParts: v}.citation(source, published)
	if !ok {
		return claimx.Citation{}, false
	}
	c.Raw = string(rs[toks[first].start:toks[n-2].end])
	c.Span = claimx.Span{Start: at + toks[first].start, End: at + toks[n-2].end}
	return c, true
}

// accessDate reads "(checked: 23/07/2024)" or "(accessed on 5 May 2024)"
// right after a link that ends at byte linkEnd: the date source was looked
// at. Its span counts from linkEnd.
func accessDate(text string, linkEnd int, source string, order numericOrder, published time.Time) (claimx.Citation, bool) {
	rest := text[linkEnd:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	rs := []rune(rest)
	rs = rs[:min(len(rs), maxAccessRunes)]
	open := 0
	for open < len(rs) && unicode.IsSpace(rs[open]) {
		open++
	}
	end := slices.Index(rs, ')')
	if open >= len(rs) || rs[open] != '(' || end < open {
		return claimx.Citation{}, false
	}
	return spanDate(rs, open+1, end, order, source, true, published)
}

// spanDate reads rs[from:to] as a date and nothing else, its figures in
// order o, as a citation of source; accessed says whether an access cue
// opens it ("accessed 5 May 2024", "Retrieved 9 May 2021") or none does.
// Its span counts from rs[0].
func spanDate(rs []rune, from, to int, o numericOrder, source string, accessed bool, published time.Time) (claimx.Citation, bool) {
	toks := tokenizeCitation(rs, from, to)
	d, ok := o.dateAt(toks, 0)
	if !ok || d.accessed != accessed || d.to != len(toks) {
		return claimx.Citation{}, false
	}
	c, ok := d.citation(source, published)
	if !ok {
		return claimx.Citation{}, false
	}
	c.Raw = string(rs[toks[0].start:toks[d.to-1].end])
	c.Span = claimx.Span{Start: toks[0].start, End: toks[d.to-1].end}
	return c, true
}

// titleCased reports whether a publisher reads as a name: each word
// capitalised, written in a script without case (中央政府门户网站), or a
// connector inside a name ("Council on Foreign Relations").
func titleCased(s string) bool {
	for w := range strings.FieldsSeq(s) {
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsLower(r):
			if !lexicon.NameConnectors.Has(w) {
				return false
			}
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			return false
		}
	}
	return s != ""
}

func openingQuote(t citeToken) bool {
	return t.kind == ctMark && strings.ContainsRune(`‘“"'«`, t.mark)
}

func closingQuote(t citeToken) bool {
	return t.kind == ctMark && strings.ContainsRune(`’”"'»`, t.mark)
}
