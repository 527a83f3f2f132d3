package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// Entities fills Claim.Entities with the people, organisations and places
// named in the running text. It is a set of rules over capitalised runs of
// words, with curated gazetteers and the article's own definitions, instead
// of a statistical tagger: on this kind of text the rules are both more
// accurate and two orders of magnitude faster (see the benchmarks in
// entities_eval_test.go).
//
// It runs after the citation and term taggers: it skips citation
// parentheses and takes a name's hanzi from the term that follows it.
type Entities struct {
	g *gazetteer.Gazetteer
}

var entLoad = sync.OnceValues(gazetteer.Load)

// NewEntities returns the tagger. The gazetteers are parsed once per
// process and shared. They are embedded in the binary and checked by the
// gazetteer package's tests, so a failure here is a broken build, reported
// by panicking like regexp.MustCompile.
func NewEntities() *Entities {
	g, err := entLoad()
	if err != nil {
		panic(fmt.Sprintf("extract: embedded gazetteer: %v", err))
	}
	return &Entities{g: g}
}

// Tag fills Claim.Entities for every claim: each mention in text order,
// with the canonical name shared by all mentions of one entity.
func (e *Entities) Tag(a *claimx.Article) {
	d := e.newDoc(a)
	for i := range d.claims {
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
			continue
		}
		c.Entities = append(c.Entities, claimx.Entity{
			Name:    cl.name,
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

// entDoc is the tagger's state for one article.
type entDoc struct {
	g      *gazetteer.Gazetteer
	claims []entClaim
	lower  map[string]bool     // words the article writes in lower case somewhere
	defs   map[string]entDef   // gazetteer.Key of an acronym or its expansion -> the definition
	skip   []claimx.Span       // citation parentheses, in text order
	terms  map[int]claimx.Term // article offset of a term's first hanzi -> the term
	cited  map[string]bool     // gazetteer.Key of the sources the article's citations name

	mentions []*entMention
	clusters map[string]*entCluster
}

// entClaim is one claim's words and where it sits in the article.
type entClaim struct {
	index int
	base  int // article offset of the claim's first rune
	runes []rune
	toks  []entToken
}

func (e *Entities) newDoc(a *claimx.Article) *entDoc {
	d := &entDoc{
		g:        e.g,
		lower:    map[string]bool{},
		defs:     map[string]entDef{},
		terms:    map[int]claimx.Term{},
		cited:    map[string]bool{},
		clusters: map[string]*entCluster{},
		skip:     CitationParens(a.Text, 0),
	}
	for _, c := range a.Claims {
		for _, t := range c.Terms {
			d.terms[t.Start] = t
		}
		for _, ct := range c.Citations {
			d.cited[gazetteer.Key(ct.Source)] = true
		}
	}
	for _, w := range strings.FieldsFunc(a.Text, func(r rune) bool { return !entWordRune(r) }) {
		if unicode.IsLower([]rune(w)[0]) {
			d.lower[w] = true
		}
	}
	for i, c := range a.Claims {
		rs := []rune(c.Text)
		ec := entClaim{index: i, base: c.Start, runes: rs, toks: entTokenize(rs)}
		if d.isHeading(ec.toks) {
			continue
		}
		for k := range ec.toks {
			ec.toks[k].skip = d.inSkip(c.Start + ec.toks[k].start)
		}
		d.claims = append(d.claims, ec)
	}
	for i := range d.claims {
		d.findDefinitions(&d.claims[i])
	}
	return d
}

// isHeading: a short line with no lower-case word but function words is a
// title, byline or heading that slipped into the running text ("From
// Fishing Fleets to Naval Bases"); names in it are not counted.
func (d *entDoc) isHeading(toks []entToken) bool {
	for _, t := range toks {
		if !t.cap && !t.connector && unicode.IsLetter([]rune(t.text)[0]) && !lexicon.Common.Has(t.text) {
			return false
		}
	}
	return len(toks) <= 15
}

func (d *entDoc) inSkip(pos int) bool {
	i := sort.Search(len(d.skip), func(i int) bool { return d.skip[i].End > pos })
	return i < len(d.skip) && d.skip[i].Start <= pos
}
