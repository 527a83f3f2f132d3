package quote

import (
	"strings"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// memory is what a reader remembers of the claims read so far, for the
// referring nouns that may point to any of them ("the ministry" to the
// last ministry named, however far back). It is filled claim by claim as
// Tag works forward, so that resolving a noun costs a map look-up rather
// than a walk back over the article: attribution stays linear in its length.
type memory struct {
	// roles holds, for a title noun (singular and as written), the last
	// person the text gave it: "spokesman Yang Yi", "Yang Yi, the spokesman".
	roles map[string]mention
	// names holds, for a word of an entity's name and its type, the last
	// entity named with it: "ministry" → the Ministry of Commerce.
	names map[nameKey]mention
	// lastMention is the last unnamed speaker's mention ("officials"), for
	// a pronoun that points back to it.
	lastMention string
}

// mention is an entity named at item item of claim claim: the later of two
// mentions is the more salient.
type mention struct {
	claim, item int
	entity      *claimx.Entity
}

func (m mention) after(o mention) bool {
	return m.claim > o.claim || m.claim == o.claim && m.item > o.item
}

type nameKey struct {
	word string
	typ  claimx.EntityType
}

func newMemory() *memory {
	return &memory{roles: map[string]mention{}, names: map[nameKey]mention{}}
}

// remember adds the names and roles of claim i, read as v.
func (m *memory) remember(i int, v *view) {
	for k, it := range v.items {
		if it.kind != entityItem {
			continue
		}
		at := mention{claim: i, item: k, entity: it.entity}
		for _, w := range strings.Fields(strings.ToLower(canonical(it.entity))) {
			m.names[nameKey{w, it.entity.Type}] = at
		}
		if it.entity.Type == claimx.Person {
			for _, w := range v.roleWords(k) {
				m.roles[w] = at
				m.roles[lexicon.Singular(w)] = at
			}
		}
	}
}

// referent returns the entity the referring noun p last stood for: the
// last person given it as a title, when p can be a person, in a claim no
// earlier than the last entity of a fitting type whose name holds the noun;
// nil if the text has named neither.
func (m *memory) referent(p item) *claimx.Entity {
	var best mention
	found := false
	for _, typ := range p.refers {
		if n, ok := m.names[nameKey{p.lower, typ}]; ok && (!found || n.after(best)) {
			best, found = n, true
		}
	}
	for _, typ := range p.refers {
		if typ != claimx.Person {
			continue
		}
		// A title in a claim wins over a name in the same claim.
		if r, ok := m.roles[p.lower]; ok && (!found || r.claim >= best.claim) {
			best, found = r, true
		}
	}
	if !found {
		return nil
	}
	return best.entity
}
