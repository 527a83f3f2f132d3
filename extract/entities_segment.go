package extract

import (
	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
)

// Evidence ranks for a mention's type: when the mentions of one entity
// disagree, the strongest wins.
const (
	entWeak   = 1 // context only: a given name, "companies like"
	entStrong = 2 // the name's own shape: a head word, a title, a hanzi name
	entListed = 3 // a gazetteer entry
)

// entMaxName is the most words a person's name has, particles aside.
const entMaxName = 4

// entMention is one name found in the text.
type entMention struct {
	claim int // index into Article.Claims
	span  claimx.Span
	text  string
	key   string // the entity it names; "" until resolved
	typ   claimx.EntityType
	rank  int
	hanzi string
	// pending mentions are resolved against the names the rest of the
	// article establishes: a name with no evidence of its own, or a single
	// word that may be short for a fuller name ("Xi", "Party").
	pending bool
	// modifier is set on "Biden Administration"-shaped organisations: one
	// word before an organisation head, which may turn out to be a person
	// the article names.
	modifier bool
}

// segmentClaim finds the names in one claim, run by run. A run right after
// a list separator inherits the context cue of the run before it, so that
// "companies like Baidu, Edianyun and Cisco" types all three.
func (d *entDoc) segmentClaim(c *entClaim) {
	var prevCue claimx.EntityType
	prevEnd := -1
	for _, r := range c.runs() {
		cue := d.contextCue(c, r[0])
		if cue == "" && prevEnd > 0 && c.listContinues(prevEnd, r[0]) {
			cue = prevCue
		}
		if k := r[1]; k < len(c.toks) && c.toks[k].joined && !c.toks[k].cap && d.g.Has(gazetteer.CorporateRoles, c.toks[k].text) {
			cue = claimx.Org // "Xiaomi founder Lei Jun", "Lumora’s chairman"
		}
		d.segment(c, r[0], r[1], c.toks[r[0]].sentStart, cue)
		prevCue, prevEnd = cue, r[1]
	}
}

// segment decides what tokens [i, j) name: it either recognises the whole
// as one name or splits it (at a possessive, a title, an "and", a sentence
// opener, a leading adjective, a connector) and looks at the parts. start
// says the range opens a sentence; cue is a type suggested by the context.
func (d *entDoc) segment(c *entClaim, i, j int, start bool, cue claimx.EntityType) {
	// An undefined acronym ends no name ("United Nations AI"), and opens
	// one only before a head word ("HMN Technologies").
	for j > i && (c.toks[j-1].connector || d.undefinedAcronym(c.toks[j-1])) {
		j--
	}
	for i < j && (c.toks[i].connector || d.undefinedAcronym(c.toks[i])) {
		if typ, _ := d.headType(c, i, j); typ != "" && !c.toks[i].connector {
			break
		}
		i, start = i+1, false
	}
	if i >= j || d.splitOpener(c, i, j, cue, false) || d.splitModifier(c, i, j, cue) {
		return
	}
	text := c.text(i, j)
	if key, typ, rank, ok := d.known(text); ok {
		if typ == "" {
			typ, rank = d.nameType(c, i, j, cue)
		}
		m := d.emit(c, i, j, key, typ, rank)
		// A listed surname ("Xi") yields to a person of the article who
		// bears it ("Mao" after "Mao Ning" is not Mao Zedong).
		m.pending = typ == claimx.Person && j-i == 1
		return
	}
	// Each step either accounts for the whole range, emitting or splitting
	// it, or leaves it to the next.
	switch {
	case d.splitAdjective(c, i, j, cue, true),
		d.splitPossessive(c, i, j, start, cue),
		d.branchOf(c, i, j),
		d.splitAnd(c, i, j, start, cue),
		d.splitTitle(c, i, j, start),
		d.splitPersonOf(c, i, j, false),
		d.emitByHead(c, i, j),
		d.splitOpener(c, i, j, cue, start),
		d.splitAdjective(c, i, j, cue, false),
		d.emitByCues(c, i, j, cue),
		d.splitConnector(c, i, j, start, cue),
		j-i == 1 && d.splitCompound(c, i),
		j-i > 1 && d.salvagePrefix(c, i, j):
		return
	}
	if d.nameShape(c, i, j) {
		m := d.emit(c, i, j, "", "", 0)
		m.pending = true
	}
}

// emitByHead emits a phrase typed by its head word, unless the Chinese
// after it shows it names an idea.
func (d *entDoc) emitByHead(c *entClaim, i, j int) bool {
	typ, rank := d.headType(c, i, j)
	if typ == "" {
		return false
	}
	if !d.conceptHanzi(c, j) {
		d.emitHeaded(c, i, j, typ, rank)
	}
	return true
}

// emitByCues emits a phrase typed by nameType.
func (d *entDoc) emitByCues(c *entClaim, i, j int, cue claimx.EntityType) bool {
	typ, rank := d.nameType(c, i, j, cue)
	if typ == "" {
		return false
	}
	d.emitTyped(c, i, j, typ, rank)
	return true
}

// known finds a name in the article's acronym definitions or the
// gazetteer. A definition's type comes from the gazetteer when either of
// its forms is listed, and otherwise from the expansion's own words.
func (d *entDoc) known(text string) (key string, typ claimx.EntityType, rank int, ok bool) {
	if long, ok := d.defs[gazetteer.Key(text)]; ok {
		for _, n := range []string{long, text} {
			if e, ok := d.g.Lookup(n); ok {
				return entGazKey(e), e.Type, entListed, true
			}
		}
		return "n:" + gazetteer.Key(long), "", 0, true
	}
	if e, ok := d.g.Lookup(text); ok {
		return entGazKey(e), e.Type, entListed, true
	}
	return "", "", 0, false
}

func entGazKey(e gazetteer.Entry) string { return "g:" + e.Name }

// undefinedAcronym: an all-capitals word the article does not define and
// the gazetteer does not know ("AI", "IT") is not a name of its own.
func (d *entDoc) undefinedAcronym(t entToken) bool {
	if !t.acronym {
		return false
	}
	_, _, _, ok := d.known(t.text)
	return !ok
}
