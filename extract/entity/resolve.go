package entity

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// emit records tokens [i, j) as a mention. A name that opens with a given
// name in brackets keeps them in its mention, as the text prints them, and
// reads without them: "(Manasseh) Sogavare" is "Manasseh Sogavare"; so
// does a name with a quoted nickname inside, "Gilberto “Gibo” Teodoro".
func (d *doc) emit(c *claim, i, j int, key string, typ claimx.EntityType, rank int) *mention {
	key = d.ownersBody(c, i, j, key)
	from, name := c.toks[i].start(), ""
	if bracketed := c.toks[i].bracketed() && j-i >= 2; bracketed || c.nicknamed(i, j) {
		if bracketed {
			from--
		}
		name = c.words(i, j)
		if key == "n:"+gazetteer.Key(c.text(i, j)) {
			key = "n:" + gazetteer.Key(name)
		}
	}
	m := d.emitSpan(c, from, c.toks[j-1].end(), key, typ, rank)
	m.name, m.nickname = name, c.nicknamed(i, j)
	m.hanzi = d.hanziAfter(c, j)
	m.definite = i > 0 && c.toks[i].joined() && strings.EqualFold(c.toks[i-1].text, "the")
	m.thing = m.definite && !c.headNounAfter(j)
	return m
}

// ownersBody keys a listed body's bare short name as another owner's body
// when a possessive place or a demonym right before it names an owner the
// list does not give it: the gazetteer lists the bare "Communist Party" as
// the Chinese Communist Party, which is what an article about China means,
// but "Vietnam's Communist Party" and "Cuban Communist Party" are parties
// of their own ("China's Communist Party" is listed under "Communist Party
// of China"). A party's name by its members ("Nationalists", members)
// takes any capitalised word but a function word or its own state's for
// an owner: "Scottish Nationalists", "Hindu Nationalists" are others than
// the Kuomintang. The new key, "o:" and the owner's name, is the entity's
// identity, which the gazetteer must not give back the listed body's.
func (d *doc) ownersBody(c *claim, i, j int, key string) string {
	listed, ok := strings.CutPrefix(key, "g:")
	if !ok || i == 0 || !c.toks[i].joined() {
		return key
	}
	bare, owner := c.text(i, j), c.toks[i-1]
	switch {
	case strings.HasSuffix(listed, " "+bare) && (owner.poss() && d.isPlace(owner.text) || nationality(owner)):
	case d.members(bare, listed) && owner.cap() && !owner.acronym() && !lexicon.Common.Has(owner.text) && !d.ownState(owner.text, key):
	default:
		return key
	}
	for _, n := range []string{owner.text + " " + bare, bare + " of " + owner.text} {
		if e, ok := d.g.Lookup(n); ok && e.Name == listed {
			return key
		}
	}
	return "o:" + owner.text + " " + bare
}

// members reports whether bare, one plural word, is a name the gazetteer
// lists for the party listed, the party named by its members: its
// singular and "Party" name that party too ("Nationalists", "Nationalist
// Party"). Others are named so as well, so a word before it that is no
// function word ("Scottish Nationalists", "Hindu Nationalists") names
// another body, unless it is the listed party's own state (ownState).
func (d *doc) members(bare, listed string) bool {
	one := lexicon.Singular(bare)
	if one == "" || strings.ContainsRune(bare, ' ') {
		return false
	}
	e, ok := d.g.Lookup(one + " Party")
	return ok && e.Name == listed
}

// ownState reports whether state, a state's name or adjective ("PRC",
// "Chinese"), names the state whose body the gazetteer lists under key
// (gazetteer.Entry.State): "the Chinese Ministry of Commerce" is the
// listed ministry, named with whose it is, "the Indian Ministry of
// Commerce" another.
func (d *doc) ownState(state, key string) bool {
	listed, ok := strings.CutPrefix(key, "g:")
	if !ok {
		return false
	}
	e, ok := d.g.Lookup(listed)
	if !ok || e.State == "" {
		return false
	}
	own, ok := lexicon.StateAdjectives.Entry(e.State)
	named, ok2 := lexicon.StateAdjectives.Entry(state)
	return ok && ok2 && own == named
}

// othersBody reports whether name is a state's adjective before the bare
// name of a body the gazetteer lists, not for that state: "Japanese
// Ministry of Foreign Affairs", "Indian Ministry of Commerce" (ownState).
// It is a body of its own, and so is the acronym an article defines by it.
func (d *doc) othersBody(name string) bool {
	for at, r := range name {
		if r != ' ' {
			continue
		}
		if adj := name[:at]; lexicon.StateAdjectives.Has(adj) && lexicon.Adjectives.Has(adj) {
			e, ok := d.g.Lookup(name[at+1:])
			return ok && e.Type == claimx.Org && !d.ownState(adj, gazKey(e))
		}
	}
	return false
}

// isPlace reports whether the gazetteer lists name as a place.
func (d *doc) isPlace(name string) bool {
	e, ok := d.g.Lookup(name)
	return ok && e.Type == claimx.GPE
}

// emitSpan records the claim runes [from, to) as a mention.
func (d *doc) emitSpan(c *claim, from, to int, key string, typ claimx.EntityType, rank int) *mention {
	m := &mention{
		claim: c.index,
		span:  claimx.Span{Start: c.base + from, End: c.base + to},
		text:  c.src.slice(from, to),
		key:   key,
		typ:   typ,
		rank:  rank,
	}
	d.mentions = append(d.mentions, m)
	return m
}

// emitTyped records a name typed by nameType. A single word typed by its
// context alone ("confidence in Kang has grown") may yet be short for a
// person the article names: resolve decides.
func (d *doc) emitTyped(c *claim, i, j int, typ claimx.EntityType, rank int) {
	if typ == claimx.Person {
		d.emitPerson(c, i, j, rank)
		return
	}
	m := d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), typ, rank)
	m.pending = rank == rankWeak && j-i == 1
}

// emitHeaded records a name typed by its head word. "Biden Administration"
// has the shape of an organisation but may name a person the article knows,
// and "Yanbian Prefecture" a place it names as "Yanbian": resolve decides.
func (d *doc) emitHeaded(c *claim, i, j int, typ claimx.EntityType, rank int) {
	m := d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), typ, rank)
	m.modifier = j-i == 2 && typ == claimx.Org || j-i >= 2 && typ == claimx.GPE && lexicon.PlaceHeads.Has(c.toks[j-1].text)
}

// emitPerson records tokens [i, j) as a person's name. A single word is
// usually a short reference ("President Xi"), resolved once the article's
// full names are known.
func (d *doc) emitPerson(c *claim, i, j int, rank int) {
	if !d.personShape(c, i, j) {
		d.segment(c, i, j, false, "")
		return
	}
	if key, typ, r, ok := d.known(c.text(i, j)); ok && typ != "" {
		d.emit(c, i, j, key, typ, r)
		return
	}
	m := d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.Person, rank)
	m.pending = j-i == 1
	m.partOnly = m.pending && rank == rankWeak
}

// cluster is one entity of the article.
type cluster struct {
	name string // the longest mention
	// printed is that mention as the text prints it, when a quoted
	// nickname stands inside the name ("Joko “Jokowi” Widodo"): the name
	// the entity is given, as printed, while its identity and the
	// matching of shorter mentions read the name without.
	printed string
	typ     claimx.EntityType
	rank    int
	hanzi   string
	id      string // the entity's identity across articles
}

// resolve gives every mention its entity: names that only make sense
// against the rest of the article (short references, "the Party", a
// second mention without cues) are matched to the entities the article
// establishes, and each entity takes the fullest name the article uses.
func (d *doc) resolve() {
	sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].span.Start < d.mentions[b].span.Start })
	d.typeBySurname()
	d.groupMentions()
	d.mergePersons(d.index())
	d.mergeMisspelt()
	d.groupMentions()
	idx := d.index()
	byName := map[string]string{}
	named := func(m *mention) {
		if _, ok := byName[gazetteer.Key(m.text)]; !ok && m.key != "" {
			byName[gazetteer.Key(m.text)] = m.key
		}
	}
	for _, m := range d.mentions {
		if !m.pending {
			named(m)
		}
	}
	// Pending mentions with a type of their own first: once resolved, they
	// name what an untyped mention of the same words names.
	for _, typed := range []bool{true, false} {
		for _, m := range d.mentions {
			if !m.pending || (m.typ != "") != typed {
				continue
			}
			m.key, m.pending = d.resolvePending(m, byName, idx), false
			if typed {
				named(m)
			}
			if cl := d.clusters[m.key]; cl != nil && cl.typ == claimx.Person {
				idx.addPerson(m.key, cl.name, m.span.Start)
			}
		}
	}
	// Modifiers last, against every entity the article establishes
	// ("President Marcos", then "the Marcos Administration").
	d.groupMentions()
	for _, m := range d.mentions {
		if m.modifier {
			d.resolveModifier(m, idx, byName)
		}
	}
	d.groupMentions()
	// A body's short name last, against the bodies named in full; a head
	// word resolved to the short name before it ("the Irish Embassy … the
	// Embassy") goes where that did.
	moved := map[string]string{}
	bodies := d.newFullerBodies()
	for i, m := range d.mentions {
		if m.typ == claimx.Org && strings.HasPrefix(m.key, "n:") && strings.ContainsRune(m.text, ' ') && !m.owned {
			if key := bodies.of(i); key != "" {
				moved[m.key] = key
				bodies.rekey(i, key)
			}
		} else if key := d.adjectiveForm(m, bodies.orgs); key != "" {
			moved[m.key] = key
			bodies.rekey(i, key)
		} else if key, ok := moved[m.key]; ok {
			bodies.rekey(i, key)
		}
	}
	if len(moved) > 0 {
		d.groupMentions()
	}
	d.companyForms()
	d.unplace()
	d.unhost()
	d.unmakeInstruments()
	d.unnameLeaders()
	for key, cl := range d.clusters {
		cl.id = d.identity(key, cl)
	}
}

// companyForms makes one company of a name and the same name closed by
// corporate words (lexicon.CompanyClosers), as an article writes both:
// "the Volkswagen Group … Volkswagen", "China Development Bank
// Corporation … China Development Bank", "Nomura Holdings Ltd … Nomura".
// The company keeps a listed name's key, else the fuller name's (two
// listed names are two bodies the list tells apart); of two
// fuller names that close one name ("Volkswagen Group", "Volkswagen AG"),
// the name goes with the first in key order, so the result is the same
// on every run.
func (d *doc) companyForms() {
	byName := map[string]string{} // an organisation's name -> its key
	for key, cl := range d.clusters {
		if cl.typ == claimx.Org {
			byName[cl.name] = key
		}
	}
	moved := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		full := byName[name]
		for _, stem := range companyStems(name) {
			short, ok := byName[stem]
			listed := strings.HasPrefix(short, "g:")
			if !ok || short == full || moved[short] != "" || moved[full] != "" || listed && strings.HasPrefix(full, "g:") {
				continue // two listed names are two bodies
			}
			if listed {
				moved[full] = short
			} else {
				moved[short] = full
			}
		}
	}
	if len(moved) == 0 {
		return
	}
	for _, m := range d.mentions {
		// Follow the moves to the end: "Brask Shipping" goes to "Brask
		// Shipping Holdings", and that to "Brask Shipping Holdings Ltd".
		// A move is made only between two names not yet moved, so the
		// chain has no loop; the bound only makes that plain.
		for n := 0; n <= len(moved); n++ {
			key, ok := moved[m.key]
			if !ok {
				break
			}
			m.key = key
		}
	}
	d.groupMentions()
}

// companyStems returns what a company's name reads without the corporate
// words that close it (lexicon.CompanyClosers), longest first: "Nomura
// Holdings Ltd" gives "Nomura Holdings" and "Nomura"; a name of one word
// none.
func companyStems(name string) []string {
	f := strings.Fields(name)
	var stems []string
	for n := len(f) - 1; n > 0 && lexicon.CompanyClosers.Has(f[n]); n-- {
		stems = append(stems, strings.Join(f[:n], " "))
	}
	return stems
}

// unplace takes the type from a name that only a preposition or a list
// called a place when the article also writes "the" before it where it
// modifies no place's or body's noun: "loaded up the Polaris", "the
// Thunderbird email client", "updates the Edgestore entity", but "the Tuva
// region", "the Tuva government". A place's own name takes no "the" unless
// the gazetteer lists it ("the Hague").
func (d *doc) unplace() {
	for _, m := range d.mentions {
		if cl := d.clusters[m.key]; m.thing && cl != nil && cl.typ == claimx.GPE && cl.rank == rankWeak {
			cl.typ = ""
		}
	}
}

// unhost takes the type from a place the article names only inside
// bodies' names: a mission's host ("the Chinese Embassy in Tarvania") or
// the state a body is named by ("the Tarvanian commerce ministry", "the
// US state department"). A place printed only inside another name is no
// place of the text's own (seeds/README.md); named anywhere else, alone or
// as a possessive, in a mission's name too ("India’s high commission in
// Dhaka"), it is.
func (d *doc) unhost() {
	var bodies []claimx.Span
	for _, m := range d.mentions {
		if cl := d.clusters[m.key]; cl != nil && cl.typ == claimx.Org {
			bodies = append(bodies, m.span)
		}
	}
	d.untypeUnless(claimx.GPE, func(m *mention) bool {
		inside := func(b claimx.Span) bool { return b != m.span && b.Start <= m.span.Start && m.span.End <= b.End }
		return d.possessive(m) || !slices.ContainsFunc(bodies, inside)
	})
}

// unmakeInstruments takes the type from a body the article names only
// inside the names of laws and treaties: "the United Nations Convention on
// the Law of the Sea" names the convention, as a place inside another name
// names no place (unhost); "the UN" alone anywhere names the body.
func (d *doc) unmakeInstruments() {
	d.untypeUnless(claimx.Org, func(m *mention) bool { return !m.instrument })
}

// possessive reports whether mention m is printed with "’s" after it.
func (d *doc) possessive(m *mention) bool {
	c := &d.claims[m.claim]
	end := m.span.End - c.base
	return end+1 < c.src.len() && apostrophe(c.src.at(end)) && c.src.at(end+1) == 's'
}

// unnameLeaders takes the type from a person the article names only
// attributively, before the noun for the government he leads: "the
// Biden administration", "a former Obama administration official", "the
// Yoon Suk-yeol government" (lexicon.LeaderGovernments). Such a government
// names no one; a leader named anywhere else, in its possessive too ("Xi's
// administration"), stays a person.
func (d *doc) unnameLeaders() {
	d.untypeUnless(claimx.Person, func(m *mention) bool { return !d.leadsGovernment(m) })
}

// untypeUnless takes the type from every entity of type typ that no
// mention of it names as such (named).
func (d *doc) untypeUnless(typ claimx.EntityType, named func(*mention) bool) {
	keep := map[string]bool{}
	for _, m := range d.mentions {
		if cl := d.clusters[m.key]; cl != nil && cl.typ == typ && named(m) {
			keep[m.key] = true
		}
	}
	for key, cl := range d.clusters {
		if cl.typ == typ && !keep[key] {
			cl.typ = ""
		}
	}
}

// leadsGovernment reports whether mention m stands right before a
// government's noun in lower case, no possessive between, or before the
// names of other leaders joined to it by "and" and the plural of that noun:
// "Biden administration", "the Trump and Biden administrations".
func (d *doc) leadsGovernment(m *mention) bool {
	c := &d.claims[m.claim]
	end := m.span.End - c.base
	for k, t := range c.toks {
		if t.start() < end {
			continue
		}
		if c.toks[k-1].poss() {
			return false
		}
		for ; k < len(c.toks) && c.toks[k].joined() && (c.toks[k].cap() || c.toks[k].text == "and"); k++ {
			if c.toks[k].poss() || nationality(c.toks[k]) {
				return false // "Lena Ruiz and Kenyan government officials"
			}
		}
		if k == len(c.toks) || !c.toks[k].joined() || c.toks[k].cap() {
			return false
		}
		w := c.toks[k].text
		return lexicon.LeaderGovernments.Has(w) || lexicon.LeaderGovernments.Has(lexicon.Singular(w))
	}
	return false
}

// headNounAfter reports whether a lower-case head noun of a place or a
// body follows the name that ends before token j: "the Tuva region".
func (c *claim) headNounAfter(j int) bool {
	if j >= len(c.toks) || !c.toks[j].joined() || c.toks[j].cap() {
		return false
	}
	w := c.toks[j].text
	return lexicon.PlaceHeads.Has(w) || lexicon.OrgHeads.HasNoun(w)
}

// identity is the ID of the entity key: the gazetteer's for a listed entity,
// whichever of its names or fuller forms the article used ("Central
// Organization Department" for the listed department), or for the
// entity its name or Chinese name is listed under; else the normalised
// name. A listed place printed with the capitalised head of its division
// ("Jiangsu Province", "Okinawa Prefecture") is that place, but for a
// state ("Washington State" is not the listed Washington).
func (d *doc) identity(key string, cl *cluster) string {
	if name, ok := strings.CutPrefix(key, "g:"); ok {
		return gazetteer.Normalize(name)
	}
	if name, ok := strings.CutPrefix(key, "o:"); ok {
		return gazetteer.Normalize(name)
	}
	if cl.typ == claimx.GPE {
		if k := strings.LastIndexByte(cl.name, ' '); k > 0 {
			if w := strings.ToLower(cl.name[k+1:]); w != "state" && lexicon.DivisionHeads.Has(w) {
				if e, ok := d.g.Lookup(cl.name[:k]); ok && e.Type == claimx.GPE {
					return gazetteer.Normalize(e.Name)
				}
			}
		}
	}
	return d.g.ID(cl.name, cl.hanzi)
}

// typeBySurname types as a person an untyped full name whose last word the
// article uses alone as a person's: "Hori Parata" with "says Parata" or
// "Mr Parata".
func (d *doc) typeBySurname() {
	surnames := map[string]bool{}
	for _, m := range d.mentions {
		if m.typ == claimx.Person && !strings.HasPrefix(m.key, "g:") && !strings.ContainsFunc(m.text, unicode.IsSpace) {
			surnames[m.text] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	for _, m := range d.mentions {
		if !m.fullName || m.typ != "" {
			continue
		}
		if surnames[m.text[strings.LastIndexFunc(m.text, unicode.IsSpace)+1:]] {
			m.key, m.typ, m.rank, m.pending = "n:"+gazetteer.Key(m.text), claimx.Person, rankWeak, false
		}
	}
}

// nameIndex finds an article's entities by the words of their names.
type nameIndex struct {
	people map[string][]string // a word of a person's name -> the people's keys
	said   map[string][]where  // a word of a person's name -> mentions of those people, in text order
	// a name lexicon.RomanisedNames lists (its entry) -> the words of
	// people's names that spell it one of its ways ("Mohammed"), for a
	// name romanised two ways
	romanised map[int][]string
	heads     map[string][]string // an organisation's head word (its last, or the one before "of" or a host's "in") -> the keys of the organisations that have it
	stems     map[string][]string // a company's name without the corporate words closing it (companyStems) -> the keys of the companies
}

// addHead indexes the organisation key under its head word h.
func (idx *nameIndex) addHead(h, key string) {
	if !slices.Contains(idx.heads[h], key) {
		idx.heads[h] = append(idx.heads[h], key)
	}
}

// headBody returns the organisation the head word alone of m refers to
// ("the Embassy"), "" if none: the one body the article names with it,
// or of several ("the Chinese Embassy in Manila … the Philippine Embassy
// in Beijing … the Embassy said") the one mentioned last before m, as a
// reader takes the nearest; with none of them before m, none. A head
// word with "of" after it opens a name of its own ("the Office of the
// President …"), short for none of them.
func (d *doc) headBody(m *mention, keys []string) string {
	if len(keys) == 1 {
		return keys[0]
	}
	c := &d.claims[m.claim]
	if strings.HasPrefix(c.src.slice(m.span.End-c.base, c.src.len()), " of ") {
		return ""
	}
	k := sort.Search(len(d.mentions), func(k int) bool { return d.mentions[k].span.Start >= m.span.Start })
	for b := k - 1; b >= 0; b-- {
		if o := d.mentions[b]; !o.pending && slices.Contains(keys, o.key) {
			return o.key
		}
	}
	return ""
}

// where is where a mention of an entity starts.
type where struct {
	at  int
	key string
}

// index indexes the resolved mentions and the entities they form.
func (d *doc) index() *nameIndex {
	idx := &nameIndex{people: map[string][]string{}, said: map[string][]where{}, heads: map[string][]string{}, stems: map[string][]string{}, romanised: map[int][]string{}}
	for key, cl := range d.clusters {
		f := strings.Fields(cl.name)
		switch {
		case cl.typ == claimx.Person:
			for _, w := range f {
				idx.people[w] = append(idx.people[w], key)
			}
		case cl.typ == claimx.Org && len(f) > 1:
			idx.addHead(f[len(f)-1], key)
			// "Party" of the "Communist Party of China", "Consulate" of
			// the "Indian Consulate in Dubai"
			if of := slices.IndexFunc(f, ofOrIn); of > 0 && of < len(f)-1 {
				idx.addHead(f[of-1], key)
			}
			for _, stem := range companyStems(cl.name) {
				idx.stems[stem] = append(idx.stems[stem], key)
			}
		}
	}
	for _, m := range d.mentions {
		if cl := d.clusters[m.key]; !m.pending && cl != nil && cl.typ == claimx.Person {
			idx.addPerson(m.key, cl.name, m.span.Start)
		}
	}
	return idx
}

// ofOrIn reports whether w closes the head of a body's name before the
// rest of it ("Embassy of China") or the place that hosts it ("Indian
// Consulate in Dubai").
func ofOrIn(w string) bool { return w == "of" || w == "in" }

// addPerson records a mention at offset at of the person key named name,
// keeping each word's mentions in text order.
func (idx *nameIndex) addPerson(key, name string, at int) {
	for _, w := range strings.Fields(name) {
		said := idx.said[w]
		k := sort.Search(len(said), func(k int) bool { return said[k].at > at })
		idx.said[w] = slices.Insert(said, k, where{at, key})
		if e, ok := lexicon.RomanisedNames.Entry(w); ok && !slices.Contains(idx.romanised[e], w) {
			idx.romanised[e] = append(idx.romanised[e], w)
		}
	}
}

// groupMentions groups the mentions by key and sets each entity's type (the
// strongest evidence, the earliest on a tie), name and hanzi.
func (d *doc) groupMentions() {
	d.clusters = map[string]*cluster{}
	for _, m := range d.mentions {
		if m.key == "" || m.pending {
			continue
		}
		cl := d.clusters[m.key]
		if cl == nil {
			cl = &cluster{}
			d.clusters[m.key] = cl
		}
		if m.typ != "" && m.rank > cl.rank {
			cl.typ, cl.rank = m.typ, m.rank
		}
		if name := m.named(); !m.misprint && utf8.RuneCountInString(name) > utf8.RuneCountInString(cl.name) {
			cl.name, cl.printed = name, ""
			if m.nickname {
				cl.printed = strings.Join(strings.Fields(m.text), " ")
			}
			if strings.ContainsRune(cl.name, '\n') {
				cl.name = strings.Join(strings.Fields(cl.name), " ") // a name across a wrapped line
			}
		}
		if cl.hanzi == "" {
			cl.hanzi = m.hanzi
		}
	}
}

// mergePersons joins a person's partial name to the fullest one that
// contains it: "John Lee" is "John Lee Ka-chiu". Candidates come from the
// word of the partial name that the fewest people share.
func (d *doc) mergePersons(idx *nameIndex) {
	to := map[string]string{}
	for key, cl := range d.clusters {
		if cl.typ != claimx.Person {
			continue
		}
		wa := strings.Fields(cl.name)
		rare := wa[0]
		for _, w := range wa {
			if len(idx.people[w]) < len(idx.people[rare]) {
				rare = w
			}
		}
		for _, b := range idx.people[rare] {
			wb := strings.Fields(d.clusters[b].name)
			if len(wa) < len(wb) && containsWords(wb, wa) && (to[key] == "" || len(strings.Fields(d.clusters[to[key]].name)) < len(wb)) {
				to[key] = b
			}
		}
	}
	for _, m := range d.mentions {
		if t := to[m.key]; t != "" {
			m.key = t
		}
	}
}

// mergeMisspelt joins a person's or a place's name the gazetteer does
// not list to a listed one of the same type the article also names when
// the two differ by one slip of the keys in one word of at least five
// letters (slip): a misprint of a known name ("Premier Wen Jiabao" …
// "Wen Jiabo", "Xi Jingping" beside "Xi Jinping", "the Beiijng-based
// firm" in a story that prints Beijing). Only a listed name pulls, and
// only one the article prints itself, so two unlisted people of like
// names stay two. A person's name needs two words, a surname alone being
// too short a string to tell a misprint from another family's name.
func (d *doc) mergeMisspelt() {
	var listed []string
	for key, cl := range d.clusters {
		if (cl.typ == claimx.Person || cl.typ == claimx.GPE) && strings.HasPrefix(key, "g:") {
			listed = append(listed, key)
		}
	}
	if len(listed) == 0 {
		return
	}
	slices.Sort(listed)
	to := map[string]string{}
	for key, cl := range d.clusters {
		if cl.typ != claimx.Person && cl.typ != claimx.GPE || strings.HasPrefix(key, "g:") {
			continue
		}
		for _, l := range listed {
			if right := d.clusters[l]; right.typ == cl.typ && misspelt(cl.name, right.name, cl.typ == claimx.Person) {
				to[key] = l
				break
			}
		}
	}
	for _, m := range d.mentions {
		if t := to[m.key]; t != "" {
			m.key, m.misprint = t, true
		}
	}
}

// misspelt reports whether name is right but for one slip in one word of
// at least five letters, every other word the same; twoWords asks for a
// name of two words or more.
func misspelt(name, right string, twoWords bool) bool {
	a, b := strings.Fields(name), strings.Fields(right)
	if twoWords && len(a) < 2 || len(a) != len(b) {
		return false
	}
	off := 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if off++; off > 1 || !slip([]rune(a[i]), []rune(b[i])) {
			return false
		}
	}
	return off == 1
}

// slip reports whether two words of at least five letters differ by one
// slip of the keys: a letter dropped or added ("Jiabo", "Jiabao"), or two
// letters next to each other swapped ("Beiijng", "Beijing").
func slip(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 5 || len(b) > len(a)+1 {
		return false
	}
	k := 0
	for k < len(a) && a[k] == b[k] {
		k++
	}
	if len(b) == len(a)+1 {
		return slices.Equal(a[k:], b[k+1:]) // one dropped
	}
	return k+1 < len(a) && a[k] == b[k+1] && a[k+1] == b[k] && slices.Equal(a[k+2:], b[k+2:])
}

// containsWords reports whether part occurs as consecutive words of whole.
func containsWords(whole, part []string) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		if slices.Equal(whole[i:i+len(part)], part) {
			return true
		}
	}
	return false
}

// resolvePending finds the entity a mention without evidence of its own
// names, or "" for none: a name the article already typed, a person's
// surname or other part of their name (the nearest such person before the
// mention, else the first after), the name of exactly one company without
// the corporate words closing it ("Tarvo" after "Tarvo Group"), or the
// head word of exactly one organisation after "the" ("the Party"; not
// "Police in Melbourne said").
// A single name with a type of its own and no fuller form in the article
// stands for itself ("President Putin", "in Yanbian").
func (d *doc) resolvePending(m *mention, byName map[string]string, idx *nameIndex) string {
	if key, ok := byName[gazetteer.Key(m.text)]; ok {
		return key
	}
	if key := d.personWithPart(m, idx); key != "" {
		return key
	}
	if key := d.personRomanisedAs(m, idx); key != "" {
		return key
	}
	if keys := idx.stems[m.text]; len(keys) == 1 && (m.typ == "" || m.typ == claimx.Org) {
		return keys[0] // "Tarvo" after "Tarvo Group"
	}
	if keys := idx.heads[m.text]; len(keys) > 0 && lexicon.OrgHeads.Has(m.text) && m.definite {
		if key := d.headBody(m, keys); key != "" {
			return key
		}
	}
	if key := d.theParty(m, idx); key != "" {
		m.typ, m.rank = claimx.Org, rankListed
		return key
	}
	if m.typ != "" && !m.partOnly {
		return m.key
	}
	return ""
}

// theParty returns the gazetteer's key of the Communist Party when m is
// "Party" capitalised alone, as writing about China names it, "set by the
// Party", "Party officials", and the article names no party of its own that
// it could be short for ("the Labour Party … the Party"); else "".
func (d *doc) theParty(m *mention, idx *nameIndex) string {
	if _, own := idx.heads[m.text]; own || m.text != "Party" {
		return ""
	}
	if e, ok := d.g.Lookup("Chinese Communist Party"); ok {
		return gazKey(e)
	}
	return ""
}

// personWithPart finds the person with a fuller name that has m's words,
// preferring the one mentioned last before m, else the first mentioned.
func (d *doc) personWithPart(m *mention, idx *nameIndex) string {
	part := strings.Fields(m.text)
	said := idx.said[part[0]]
	fits := func(key string) bool {
		whole := strings.Fields(d.clusters[key].name)
		return key != m.key && len(whole) > len(part) && containsWords(whole, part)
	}
	k := sort.Search(len(said), func(k int) bool { return said[k].at >= m.span.Start })
	for b := k - 1; b >= 0; b-- {
		if fits(said[b].key) {
			return said[b].key
		}
	}
	for _, w := range said[k:] {
		if fits(w.key) {
			return w.key
		}
	}
	return ""
}

// personRomanisedAs finds the person named in full before m whose name has
// a word that m's single word romanises another way, as
// lexicon.RomanisedNames lists them: "Sheikh Mohamed" after "Mohammed bin
// Rashid", "Minister Hassan" after "Defence Minister Ibrahim Hasan". Only a
// name a title or a role types as a person is read so, only back to an
// earlier full name, only when one person fits, and not when the titles
// printed before the two names disagree ("Opposition leader Hassan" is not
// "Finance Minister Ibrahim Hasan"); a name spelled exactly is found
// before this is asked. Two spellings the list does not pair are two
// names, however close: "Mr Shen" is not "Martin Sheen".
func (d *doc) personRomanisedAs(m *mention, idx *nameIndex) string {
	if m.typ != claimx.Person || m.partOnly || strings.ContainsFunc(m.text, unicode.IsSpace) {
		return ""
	}
	e, ok := lexicon.RomanisedNames.Entry(m.text)
	if !ok {
		return ""
	}
	title := d.titleBefore(m.span.Start)
	found := ""
	for _, w := range idx.romanised[e] {
		if w == m.text {
			continue
		}
		for _, s := range idx.said[w] {
			if s.at >= m.span.Start {
				break
			}
			if cl := d.clusters[s.key]; s.key == m.key || cl == nil || !strings.ContainsFunc(cl.name, unicode.IsSpace) {
				continue
			}
			if t := d.titleBefore(s.at); title != "" && t != "" && t != title {
				continue // another office: another person of a like name
			}
			if found != "" && found != s.key {
				return "" // two people it could be
			}
			found = s.key
		}
	}
	return found
}

// titleBefore returns the headword of the office title printed right
// before the name that starts at article offset at: "minister" for
// "Finance Minister Ibrahim Hasan", "leader" for "Opposition leader
// Hassan"; "" when there is none, or only an honorific (lexicon
// Honorifics), which tells no office ("Mr", "Dr", "Sheikh", "Imam").
func (d *doc) titleBefore(at int) string {
	n := sort.Search(len(d.claims), func(n int) bool { return d.claims[n].base > at }) - 1
	if n < 0 {
		return ""
	}
	c := &d.claims[n]
	k := sort.Search(len(c.toks), func(k int) bool { return c.toks[k].start() >= at-c.base })
	if k == 0 || k == len(c.toks) || c.toks[k].start() != at-c.base || !c.toks[k].joined() {
		return ""
	}
	w := c.toks[k-1].text
	if !lexicon.IsTitle(w) || lexicon.IsHonorific(w) {
		return ""
	}
	if i, ok := lexicon.Roles.Entry(w); ok {
		return lexicon.Roles.Forms(i)[0]
	}
	return strings.ToLower(w)
}

// fullerBodies finds the organisation a body's short name refers to
// (of), while the loop over the mentions moves them to it (rekey). The
// organisations that fit a short name depend on its words alone, and the
// mentions of each are kept in order, so a long article costs a search
// per fitting body, not a pass over every mention for every short name.
type fullerBodies struct {
	d    *doc
	orgs []string            // the keys of the article's organisations, sorted
	at   map[string][]int    // a key -> the indices of its mentions, ascending
	fit  map[[2]string][]int // a short name's text and key -> the orgs that fit it
}

func (d *doc) newFullerBodies() *fullerBodies {
	b := &fullerBodies{d: d, at: map[string][]int{}, fit: map[[2]string][]int{}}
	for i, m := range d.mentions {
		b.at[m.key] = append(b.at[m.key], i)
	}
	for key, cl := range d.clusters {
		if cl.typ == claimx.Org {
			b.orgs = append(b.orgs, key)
		}
	}
	slices.Sort(b.orgs)
	return b
}

// rekey moves mention i to key.
func (b *fullerBodies) rekey(i int, key string) {
	m := b.d.mentions[i]
	if at := b.at[m.key]; len(at) > 0 {
		if j, ok := slices.BinarySearch(at, i); ok {
			b.at[m.key] = slices.Delete(at, j, j+1)
		}
	}
	at := b.at[key]
	j, _ := slices.BinarySearch(at, i)
	b.at[key] = slices.Insert(at, j, i)
	m.key = key
}

// of returns the organisation the short name of mention i refers to: a
// body of the article whose fuller name ends with its words after a name
// of its own ("the Standing Committee" after "the NPC Standing
// Committee"), or is its words and the place that hosts it ("the Kenyan
// Embassy" after "the Kenyan Embassy in Lima"), or is the body of a state
// with the head noun that the short name gives that state in lower case
// ("the Chinese ministry" after "the Chinese Ministry of Commerce",
// stateHead); of several, the one mentioned last before it, else the
// first after it. "" when none does.
func (b *fullerBodies) of(i int) string {
	m := b.d.mentions[i]
	id := [2]string{m.text, m.key}
	fitting, ok := b.fit[id]
	if !ok {
		fitting = []int{}
		sh, isStateHead := parseStateHead(m.text)
		for k, key := range b.orgs {
			if key != m.key && (b.d.fullerName(m.text, key) || isStateHead && b.d.stateHead(sh, key, b.d.clusters[key].name)) {
				fitting = append(fitting, k)
			}
		}
		b.fit[id] = fitting
	}
	// The mentions up to m's start come before it (they are in order).
	upTo := sort.Search(len(b.d.mentions), func(j int) bool { return b.d.mentions[j].span.Start > m.span.Start })
	last, next := -1, len(b.d.mentions)
	for _, k := range fitting {
		at := b.at[b.orgs[k]]
		j, _ := slices.BinarySearch(at, upTo)
		if j > 0 {
			last = max(last, at[j-1])
		}
		if j < len(at) {
			next = min(next, at[j])
		}
	}
	switch {
	case last >= 0:
		return b.d.mentions[last].key
	case next < len(b.d.mentions):
		return b.d.mentions[next].key
	}
	return ""
}

// adjectiveForm returns the key of the body the article names with a
// state's adjective or name before the noun that the owned mention m names
// after that state's possessive, "" if none: "China’s coast guard" is the
// "Chinese coast guard" printed elsewhere, the fuller form and the name
// (seeds/README.md); another state's body of that noun ("the Japanese
// coast guard") is not it.
func (d *doc) adjectiveForm(m *mention, orgs []string) string {
	named, ok := strings.CutSuffix(strings.TrimPrefix(m.key, "n:"), " "+gazetteer.Key(m.text))
	if !m.owned || !ok {
		return ""
	}
	state, ok := possessiveStem(named)
	own, listed := lexicon.StateAdjectives.Entry(state)
	if !ok || !listed {
		return ""
	}
	for _, key := range orgs {
		name := d.clusters[key].name
		cut := len(name) - len(m.text) - 1
		if key == m.key || cut < 1 || name[cut] != ' ' || !strings.EqualFold(name[cut+1:], m.text) {
			continue
		}
		if adj, ok := lexicon.StateAdjectives.Entry(name[:cut]); ok && adj == own {
			return key
		}
	}
	return ""
}

// fullerName reports whether the organisation key has a fuller name of
// the short name short's words (fullerBodies.of).
func (d *doc) fullerName(short, key string) bool {
	// endsWith reports whether name ends with short's words after a name
	// of its own: "the State Council" is not the "Taiwan Affairs Office of
	// the State Council", nor of "China's State Council".
	endsWith := func(name string) bool {
		if len(name) <= len(short) || !strings.HasSuffix(name, short) || name[len(name)-len(short)-1] != ' ' {
			return false
		}
		before := strings.Fields(name[:len(name)-len(short)])
		w := before[len(before)-1]
		return unicode.IsUpper([]rune(w)[0]) && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s")
	}
	// hosted reports whether name is short's words, in any case, and "in"
	// a place: "Chinese embassy in Ghana" for "Chinese Embassy".
	hosted := func(name string) bool {
		n := len(short)
		return len(name) > n+len(" in ") && name[n:n+len(" in ")] == " in " && strings.EqualFold(name[:n], short)
	}
	name := d.clusters[key].name
	listed, ok := strings.CutPrefix(key, "g:") // the list's name, when the article writes an acronym
	return endsWith(name) || hosted(name) || ok && endsWith(listed)
}

// stateShort is a short name read as a state's name or adjective and a
// body's noun in lower case: "Chinese ministry", "China's embassy".
type stateShort struct {
	state string // the state's name or adjective, its possessive's "'s" cut: "China"
	own   int    // the state the word names (lexicon.StateAdjectives.Entry)
	noun  string // "ministry"
}

// parseStateHead reads short as a stateShort, or reports false.
func parseStateHead(short string) (stateShort, bool) {
	f := strings.Fields(short)
	if len(f) < 2 {
		return stateShort{}, false
	}
	noun := f[len(f)-1]
	if r, _ := utf8.DecodeRuneInString(noun); !unicode.IsLower(r) {
		return stateShort{}, false
	}
	state := strings.TrimSuffix(strings.TrimSuffix(strings.Join(f[:len(f)-1], " "), "’s"), "'s")
	own, ok := lexicon.StateAdjectives.Entry(state)
	if !ok {
		return stateShort{}, false
	}
	return stateShort{state: state, own: own, noun: noun}, true
}

// stateHead reports whether short, a state's name or adjective and a body's
// noun in lower case (parseStateHead), refers back to the body key named
// name: a body with that noun for its head word (before "of" or a host's
// "in", else its last) that is that state's, by the state's word opening
// its name ("Chinese Ministry of Commerce", "Chinese Embassy in Lima") or
// as the gazetteer lists it (ownState: the Ministry of Commerce is
// China's). Another state's body with the same noun is not it: "the
// Indian ministry" is no Chinese ministry.
func (d *doc) stateHead(short stateShort, key, name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	head := f[len(f)-1]
	if of := slices.IndexFunc(f, ofOrIn); of > 0 {
		head = f[of-1]
	}
	if !strings.EqualFold(head, short.noun) {
		return false
	}
	if opens, ok := lexicon.StateAdjectives.Entry(f[0]); ok && opens == short.own {
		return true
	}
	return d.ownState(short.state, key)
}

// resolveModifier turns "Biden Administration" into a mention of Biden
// when the article names a person Biden, and "Yanbian Prefecture" into a
// mention of Yanbian when it names that place: the entity keeps the name the
// article knows it by. Only a government is named by its leader so
// (lexicon.LeaderGovernments): a body of any other head named after a
// person is a body, whether the article names that person or not ("the
// Tamsin Foundation", whose chairman is Robert Tamsin; "the Trump
// Foundation"). A listed person the article names nowhere else leaves
// even a government no mention of him: "the Trump Administration’s
// policy" speaks of the administration, which is no entity, not of the
// man.
func (d *doc) resolveModifier(m *mention, idx *nameIndex, byName map[string]string) {
	cut := strings.LastIndexFunc(m.text, unicode.IsSpace)
	if cut < 0 {
		return
	}
	stem, key, typ := m.text[:cut], "", claimx.Person
	switch m.typ {
	case claimx.Org:
		if !lexicon.LeaderGovernments.Has(m.text[cut+1:]) {
			return
		}
		key = d.personWithPart(&mention{span: m.span, text: stem}, idx)
		if e, ok := d.g.Lookup(stem); ok && e.Type == claimx.Person && d.clusters[gazKey(e)] != nil {
			key = gazKey(e)
		}

	case claimx.GPE:
		if k := byName[gazetteer.Key(stem)]; d.clusters[k] != nil && d.clusters[k].typ == claimx.GPE {
			key, typ = k, claimx.GPE
		}
	}
	if key == "" {
		if e, ok := d.g.Lookup(stem); ok && e.Type == claimx.Person && lexicon.LeaderGovernments.Has(m.text[cut+1:]) {
			m.key = "" // "the Trump Administration": a government named by its leader is no entity
		}
		return
	}
	m.key, m.typ, m.rank, m.text = key, typ, rankStrong, stem
	m.span.End = m.span.Start + utf8.RuneCountInString(stem)
	m.hanzi = ""
}
