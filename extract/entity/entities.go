// Package entity finds the people, organisations and places an article
// names, each mention with the canonical name of its entity.
package entity

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/lexicon"
)

// Entities fills Claim.Entities with the people, organisations and places
// named in the running text. It is a set of rules over capitalised runs of
// words, with the curated names of the gazetteer, the words of the lexicon
// and the article's own definitions, instead of a statistical tagger: on this kind of text the rules are both more
// accurate and two orders of magnitude faster (see the benchmarks in
// eval_test.go).
//
// It runs after the citation and term taggers: it skips citation
// parentheses and takes a name's hanzi from the term that follows it.
type Entities struct {
	g *gazetteer.Gazetteer
}

// New returns the tagger, reading the embedded gazetteer (parsed once per
// process and shared).
func New() *Entities {
	return &Entities{g: gazetteer.Default()}
}

// Tag fills Claim.Entities for every claim: each mention in text order,
// with the canonical name shared by all mentions of one entity in the
// article and the ID it has in every article. It stops between claims once
// ctx is done.
func (e *Entities) Tag(ctx context.Context, a *claimx.Article) {
	d := e.newDoc(ctx, a)
	for i := range d.claims {
		if ctx.Err() != nil {
			return
		}
		d.segmentClaim(&d.claims[i])
	}
	d.resolve()
	for i := range a.Claims {
		a.Claims[i].Entities = nil
	}
	for _, m := range d.mentions {
		c := &a.Claims[m.claim]
		cl := d.clusters[m.key]
		if cl == nil || cl.typ == "" {
			continue // no type
		}
		name := cl.name
		if cl.printed != "" {
			name = cl.printed
		}
		c.Entities = append(c.Entities, claimx.Entity{
			ID:      cl.id,
			Name:    name,
			Mention: m.text,
			Type:    cl.typ,
			Hanzi:   cl.hanzi,
			Span:    m.span,
		})
	}
	for i := range a.Claims {
		ents := a.Claims[i].Entities
		sort.SliceStable(ents, func(x, y int) bool { return ents[x].Start < ents[y].Start })
	}
}

// doc is the tagger's state for one article.
type doc struct {
	g      *gazetteer.Gazetteer
	claims []claim
	lower  map[string]bool       // words the article writes in lower case somewhere
	defs   map[string]definition // gazetteer.Key of an acronym or its expansion -> the definition
	parens []claimx.Span         // citation parentheses, in text order
	terms  map[int]claimx.Term   // article offset of a term's first hanzi -> the term
	cited  map[string]bool       // gazetteer.Key of the sources the article's citations name

	mentions []*mention
	runFrom  []int           // segmentClaim's buffer: where each run's mentions start
	alone    map[string]bool // words the article has speak alone (speaksAlone); built on first use
	clusters map[string]*cluster
}

// claim is one claim's words and where it sits in the article.
type claim struct {
	index int
	base  int // article offset of the claim's first rune
	src   runeText
	toks  []token
	// heading marks a title, byline or heading that slipped into the
	// running text (isHeading): only names that spell themselves out are
	// read in it.
	heading bool
	// runs are the claim's runs of capitalised words, read once its
	// definitions are marked.
	runs [][2]int
}

// newDoc reads the article's claims into words, stopping between claims
// once ctx is done.
func (e *Entities) newDoc(ctx context.Context, a *claimx.Article) *doc {
	d := &doc{
		g:        e.g,
		lower:    map[string]bool{},
		defs:     map[string]definition{},
		terms:    map[int]claimx.Term{},
		cited:    map[string]bool{},
		clusters: map[string]*cluster{},
		parens:   cite.ArticleParens(a),
	}
	for _, c := range a.Claims {
		for _, t := range c.Terms {
			d.terms[t.Start] = t
		}
		for _, ct := range c.Citations {
			d.cited[gazetteer.Key(ct.Source)] = true
		}
	}
	d.addLowerWords(a.Text)
	captions := captions(a.Claims)
	for i, c := range a.Claims {
		if ctx.Err() != nil {
			return d
		}
		src := newRuneText(c.Text)
		ec := claim{index: i, base: c.Start, src: src, toks: tokenize(src)}
		ec.heading = captions[i] || d.isHeading(ec.toks) && !sentenceEnds(src, ec.toks) && !salutation(c.Text)
		dateline := datelineEnd(src)
		refs := references(c.Citations)
		for k := range ec.toks {
			d.listedPossessive(&ec, k)
			at := c.Start + ec.toks[k].start()
			tok := claimx.Span{Start: at, End: at + 1}
			ec.toks[k].set(skipMark, ec.toks[k].start() < dateline || locate.Inside(d.parens, tok) ||
				slices.ContainsFunc(refs, func(r claimx.Span) bool { return r.Contains(tok) }))
		}
		d.claims = append(d.claims, ec)
	}
	for i := range d.claims {
		if ctx.Err() != nil {
			return d
		}
		if !d.claims[i].heading {
			d.findDefinitions(&d.claims[i])
			d.findCommonAcronyms(&d.claims[i])
		}
		d.claims[i].runs = d.runs(&d.claims[i])
	}
	d.findImpliedAcronyms()
	d.findActingAcronyms()
	return d
}

// addLowerWords adds to d.lower each run of word runes in text that opens
// in lower case. It walks the text in place, without first splitting it
// into a slice of all its words.
func (d *doc) addLowerWords(text string) {
	start := -1 // where the word under way began, -1 between words
	for i, r := range text {
		switch {
		case wordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			d.addLower(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		d.addLower(text[start:])
	}
}

func (d *doc) addLower(w string) {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
		d.lower[w] = true
	}
}

// references returns the spans of a claim's citations printed as a
// reference, the source followed by a comma: a listing's "Mara Quell,
// Harbor Ledger, Jan. 14, 2024" names its source and author, as a citation
// parenthesis does, and no entity. A citation the prose runs through names
// its source as any sentence does: "the Tide Weekly’s Jan. 9, 2022 issue".
func references(cites []claimx.Citation) []claimx.Span {
	var out []claimx.Span
	for _, ct := range cites {
		if k := strings.Index(ct.Raw, ct.Source); ct.Source != "" && k >= 0 && strings.HasPrefix(ct.Raw[k+len(ct.Source):], ",") {
			out = append(out, ct.Span)
		}
	}
	return out
}

// captions marks the claims that are photo captions: those of a paragraph
// whose last claim ends with a credit in brackets, "(Xinhua/Chen Yehua)",
// "(AP Photo/Andy Wong)", and a claim whose credit the sentence splitter
// put at the start of the next one, "[Chinataiwan.org] | On Wednesday…". A
// caption is no running text, and the people and places it names are not
// the article's mentions.
func captions(claims []claimx.Claim) []bool {
	last := map[int]string{}
	for _, c := range claims {
		last[c.Paragraph] = c.Text
	}
	out := make([]bool, len(claims))
	for i, c := range claims {
		out[i] = photoCredit(strings.TrimSpace(last[c.Paragraph]))
		if i+1 < len(claims) && claims[i+1].Paragraph == c.Paragraph {
			if next := claims[i+1].Text; strings.HasPrefix(next, "[") || strings.HasPrefix(next, "(") {
				if end := strings.IndexAny(next, ")]"); end > 0 && photoCredit(next[:end+1]) {
					out[i] = true
				}
			}
		}
	}
	return out
}

// photoCredit reports whether text ends with a photo credit in brackets:
// an agency and a photographer joined by a slash, a "Photo" label, or a
// web address; never a date, which a citation would hold.
func photoCredit(text string) bool {
	open := map[byte]byte{')': '(', ']': '['}
	if text == "" || open[text[len(text)-1]] == 0 {
		return false
	}
	i := strings.LastIndexByte(text, open[text[len(text)-1]])
	if i < 0 {
		return false
	}
	credit := text[i+1 : len(text)-1]
	if strings.ContainsFunc(credit, unicode.IsDigit) {
		return false
	}
	slash := strings.Index(credit, "/")
	web := !strings.Contains(credit, " ") && strings.Contains(strings.TrimRight(credit, "."), ".")
	return slash > 0 && slash < len(credit)-1 && credit[slash-1] != ' ' && credit[slash+1] != ' ' ||
		strings.HasPrefix(strings.ToLower(credit), "photo") || web
}

// sentenceEnds reports whether a claim ends as a sentence does, with a
// full stop, a question or an exclamation mark, and holds a word in lower
// case: "Minister Vivian Balakrishnan: Thank you all for being here." is
// no heading though all its lower-case words are function words.
func sentenceEnds(src runeText, toks []token) bool {
	k := src.len() - 1
	for k >= 0 && (unicode.IsSpace(src.at(k)) || strings.ContainsRune("\"'”’)]", src.at(k))) {
		k--
	}
	if k < 0 || !strings.ContainsRune(".?!", src.at(k)) {
		return false
	}
	for _, t := range toks {
		if !t.cap() && unicode.IsLetter([]rune(t.text)[0]) {
			return true
		}
	}
	return false
}

// salutation reports whether a claim ends with a comma, as the lines a
// speech opens with do ("Distinguished Mr. Ana Ruiz, Chairman of the
// Harbour Committee,"): no heading ends so, and the names in it are read
// as a sentence's.
func salutation(text string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(text, unicode.IsSpace), ",")
}

// isHeading: a short line with no lower-case word but function words is a
// title, byline or heading that slipped into the running text ("From
// Fishing Fleets to Naval Bases"), or an item of a list of names; the
// capitals of its words say nothing, so segmentClaim reads only the names
// its Chinese spells out.
func (d *doc) isHeading(toks []token) bool {
	for _, t := range toks {
		if !t.cap() && !t.connector() && unicode.IsLetter([]rune(t.text)[0]) && !lexicon.Common.Has(t.text) {
			return false
		}
	}
	return len(toks) <= 15
}

// datelineEnd returns where a dateline that opens a claim ends, 0 if none:
// a place in capitals, an agency in a parenthesis perhaps, and a dash,
// "LAGOS, (CAJ News) –", "NEW DELHI (Reuters) -". A dateline is no running
// text, and the agency and place in it are no mentions.
func datelineEnd(src runeText) int {
	k := 0
	for k < src.len() && (unicode.IsUpper(src.at(k)) || src.at(k) == ' ' || src.at(k) == '.' || src.at(k) == '-' || src.at(k) == '\'') {
		if unicode.IsLower(src.at(k)) {
			return 0
		}
		k++
	}
	if k < 2 || k > 30 {
		return 0
	}
	skipSpace := func() {
		for k < src.len() && (src.at(k) == ' ' || src.at(k) == ',') {
			k++
		}
	}
	skipSpace()
	if k < src.len() && src.at(k) == '(' {
		for k < src.len() && src.at(k) != ')' && k < 60 {
			k++
		}
		k++
		skipSpace()
	}
	if k < src.len() && (src.at(k) == '–' || src.at(k) == '—' || src.at(k) == '-') {
		return k + 1
	}
	return 0
}

// listedPossessive gives the word at token k back its "’s" when the
// gazetteer lists the word with it, a name spelled as a possessive
// ("Moody’s", "McDonald’s"): without it the name reads as "Moody", which
// no list knows, owning what follows.
func (d *doc) listedPossessive(c *claim, k int) {
	t := &c.toks[k]
	if !t.poss() || t.end()+2 > c.src.len() || !apostrophe(c.src.at(t.end())) {
		return
	}
	if _, ok := d.g.Lookup(c.src.slice(t.start(), t.end()+2)); ok {
		t.set(possMark, false)
		t.hi += 2
		t.text = c.src.slice(t.start(), t.end())
	}
}
