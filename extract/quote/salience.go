package quote

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
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
	// bodies holds the last mention of each organisation, by entity id:
	// "EU" and "European Union" are one body, which names cannot tell,
	// and a later body that shares a word does not hide it.
	bodies map[string]mention
	// lastMention is the last unnamed speaker's mention ("officials"), for
	// a pronoun that points back to it.
	lastMention string
	// issuers holds, for a document noun in the singular, the body that
	// issued the last such document ("a post from the ministry", "the
	// council said in a report"); lastIssuer the body behind the last
	// document of any kind.
	issuers    map[string]*claimx.Entity
	lastIssuer *claimx.Entity
	// lastSpeaker is the speaker of the last claim that has one: the
	// person "the official" goes on with when no official was named.
	lastSpeaker *claimx.Entity
	// lastPerson is the last speaker that is a person, whom "he" or "she"
	// goes on with past the bodies and unnamed sources quoted since.
	lastPerson *claimx.Entity
	// titles holds, for each person's canonical name, the titles the text
	// has given them ("Speaker Nancy Pelosi"): "the ambassador" is not
	// someone the text calls only the Speaker.
	titles map[string][]string
	// states holds the places named so far under each of their names in
	// lower case, as printed and canonical: "the Chinese side" is the China
	// the text named.
	states map[string]*claimx.Entity
	// stateTitles holds, for a state's canonical name and a title in the
	// singular, the last person the text gave that title with the state's
	// name before it: "US President Joe Biden", for "the US president".
	stateTitles map[[2]string]*claimx.Entity
	// stateOf holds the state a person was last titled with, as stateKey
	// gives it.
	stateOf map[*claimx.Entity]string
	// sexes holds, for a person's canonical name, the sex ("man" or
	// "woman") an honorific or a title before the name told ("Mr
	// Carter", "spokeswoman Hua Chunying"), for "he" and "she" to agree
	// with.
	sexes map[string]string
	// lastOutlet is the last news outlet the text named (isOutlet, or a
	// body an outlet noun stands beside: "the daily El Tiempo"), for "the
	// newspaper" or "the news agency" to go back to past the bodies it
	// reported on.
	lastOutlet mention
}

// mention is an entity named at item item of claim claim: the later of two
// mentions is the more salient.
type mention struct {
	claim, item int
	entity      *claimx.Entity
	gender      string // of the title word it was named by: "man", "woman" or ""
	// titled marks a mention whose role words (roleWords) hold a title,
	// read when it is remembered: the view it was read from is gone later.
	titled bool
}

// titleGender is "woman" for a title of a woman ("spokeswoman",
// "chairwoman"), "man" for one of a man ("spokesman"), else "": the titles
// of one office agree but for a man's and a woman's.
func titleGender(w string) string {
	switch {
	case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
		return "woman"
	case strings.HasSuffix(w, "man") || strings.HasSuffix(w, "men"):
		return "man"
	}
	return ""
}

// sexOf is the sex the word w tells, "man", "woman" or "": a pronoun or
// an honorific ("she", "Mr", "Queen"), or a title in -woman. A title in
// -man tells nothing: women hold "Congressman", "Chairman" and
// "Spokesman" too, in older and in non-US copy.
func sexOf(w string) string {
	if i, ok := lexicon.Genders.Entry(w); ok {
		return lexicon.Genders.Forms(i)[0]
	}
	if titleGender(w) == "woman" {
		return "woman"
	}
	return ""
}

// titleSex returns the sex the titles right before the person at item k
// tell ("Mr Albanese", "the foreign ministry spokeswoman Hua Chunying"),
// "" if none does, or if two disagree.
func (v *view) titleSex(k int) string {
	sex := ""
	for j := k - 1; j >= 0 && j >= k-roleReach && v.items[j].kind == wordItem; j-- {
		w := v.items[j].lower
		if !isTitle(w) && !lexicon.Genders.Has(w) || lexicon.Possessives.Has(w) || lexicon.Pronouns.Has(w) {
			continue // "his wife Li Wei" tells Li's sex by "wife", if at all
		}
		switch g := sexOf(w); {
		case g == "" || g == sex:
		case sex != "":
			return ""
		default:
			sex = g
		}
	}
	return sex
}

// rememberSex records that the text has told person e's sex, unless it
// told another before: a name the text gives both is left unknown.
func (m *memory) rememberSex(e *claimx.Entity, sex string) {
	if sex == "" {
		return
	}
	name := canonical(e)
	switch had, ok := m.sexes[name]; {
	case !ok:
		m.sexes[name] = sex
	case had != sex:
		m.sexes[name] = ""
	}
}

// otherSex reports whether the text has told person e's sex and it is not
// sex: "she" is not the Mr Carter named last. Failing an honorific or a
// title, a given name that tells the sex tells it ("Maria Lopez").
func (m *memory) otherSex(e *claimx.Entity, sex string) bool {
	if sex == "" {
		return false
	}
	had, told := m.sexes[canonical(e)]
	if !told {
		had = givenNameSex(canonical(e))
	}
	return had != "" && had != sex
}

// toldSex reports whether an honorific or a title told person e's sex.
func (m *memory) toldSex(e *claimx.Entity) bool {
	_, told := m.sexes[canonical(e)]
	return told
}

// givenNameSex is the sex the first word of the full name tells, "" if it
// tells none.
func givenNameSex(name string) string {
	first, _, _ := strings.Cut(name, " ")
	switch {
	case first == name:
		return "" // a single name may be a surname: "Carter"
	case lexicon.WomenGivenNames.Has(first):
		return "woman"
	case lexicon.MenGivenNames.Has(first):
		return "man"
	}
	return ""
}

func (m mention) after(o mention) bool {
	return m.claim > o.claim || m.claim == o.claim && m.item > o.item
}

// bodyKey is what tells bodies apart in memory.bodies: the entity id,
// else its canonical name.
func bodyKey(e *claimx.Entity) string {
	if e.ID != "" {
		return e.ID
	}
	return strings.ToLower(canonical(e))
}

type nameKey struct {
	word string
	typ  claimx.EntityType
}

func newMemory() *memory {
	return &memory{roles: map[string]mention{}, names: map[nameKey]mention{}, bodies: map[string]mention{}, issuers: map[string]*claimx.Entity{},
		states: map[string]*claimx.Entity{}, titles: map[string][]string{}, stateTitles: map[[2]string]*claimx.Entity{},
		stateOf: map[*claimx.Entity]string{}, sexes: map[string]string{}}
}

// remember adds the names, roles and document issuers of claim i, read as
// v, whose speaker is speaker (nil if none).
func (m *memory) remember(i int, v *view, speaker *claimx.Entity) {
	if speaker != nil {
		m.lastSpeaker = speaker
		if speaker != unnamed && isPerson(speaker) {
			m.lastPerson = speaker
		}
	}
	for k, it := range v.items {
		if it.voice {
			if b := v.voicedBody(k); b >= 0 && v.items[b].kind == entityItem && (v.items[b].entity == speaker || speaker == nil && !v.personBeside(k, b)) {
				// "a spokesperson for the Ministry of Commerce said …
				// the spokesperson added": the body speaks through them,
				// when the text names no person for the spokesperson; so
				// too after a sentence that only tells what the
				// spokesperson did ("A spokesperson for the embassy on
				// Friday met the press", "… wrote to Senator Ana
				// Ruiz"), unless it names a person beside them, who
				// may be the spokesperson ("Li Wei, a spokesperson for
				// the embassy, met the press")
				m.giveRole(i, k, v, it.lower, v.items[b].entity)
			}
		}
		if it.kind == wordItem && lexicon.Channels.HasNoun(it.lower) {
			if e := v.issuerOf(k, speaker); e != nil {
				m.issuers[docKind(it.lower)] = e
				m.lastIssuer = e
			}
		} else if it.kind == wordItem && lexicon.Studies.HasNoun(it.lower) {
			if e := v.issuerOf(k, speaker); e != nil {
				m.issuers[docKind(it.lower)] = e // only "the survey" refers back to a survey
			}
		}
		if it.kind != entityItem {
			continue
		}
		if it.entity.Type == claimx.GPE {
			m.states[strings.ToLower(canonical(it.entity))] = it.entity
			if it.entity.Mention != canonical(it.entity) {
				m.states[strings.ToLower(it.entity.Mention)] = it.entity
			}
		}
		at := mention{claim: i, item: k, entity: it.entity}
		for _, w := range strings.Fields(strings.ToLower(canonical(it.entity))) {
			m.names[nameKey{w, it.entity.Type}] = at
		}
		if it.entity.Type == claimx.Org {
			m.bodies[bodyKey(it.entity)] = at
			if isOutlet(it.entity) || v.outletNounBeside(k) {
				m.lastOutlet = at
			}
		}
		if it.entity.Type == claimx.Person {
			words := v.roleWords(k)
			at.titled = slices.ContainsFunc(words, isTitle)
			state := v.titleState(k)
			if state != "" {
				m.stateOf[it.entity] = state
			}
			if key := v.bodyTitle(k); key != "" {
				m.roles[key] = at // "European Commission President Ursula von der Leyen", for "the commission president"
			}
			m.rememberSex(it.entity, v.titleSex(k))
			for _, w := range words {
				if state != "" && isTitle(w) {
					m.stateTitles[[2]string{state, singularOf(w)}] = it.entity
				}
				at.gender = titleGender(w)
				m.roles[w] = at
				m.roles[lexicon.Singular(w)] = at
				m.roles[titleKey(w)] = at
				if isTitle(w) && !slices.Contains(m.titles[canonical(it.entity)], w) {
					m.titles[canonical(it.entity)] = append(m.titles[canonical(it.entity)], w)
				}
			}
		}
	}
}

// bodyTitle returns the key under which the person at item k holds a
// title of a body named right before it ("European Commission President
// Ursula von der Leyen"): the body's last word and the title, in lower
// case ("commission president"); "" if there is none.
func (v *view) bodyTitle(k int) string {
	t := k - 1
	if t < 1 || v.items[t].kind != wordItem || !isTitle(v.items[t].lower) {
		return ""
	}
	b := v.items[t-1]
	if b.kind != entityItem || b.possessive || b.entity.Type != claimx.Org {
		return ""
	}
	name := strings.Fields(strings.ToLower(canonical(b.entity)))
	return name[len(name)-1] + " " + v.items[t].lower
}

// giveRole records that the title noun at item k of claim i, an office
// the text named before its holder, stood for person e: "China's
// ambassador to Australia has stressed …" resolved to Xiao Qian, named
// after it, so that "the ambassador" later is him too. The caller keeps
// umbrella titles out ("the official" may be the next unnamed one).
func (m *memory) giveRole(i, k int, v *view, noun string, e *claimx.Entity) {
	at := mention{claim: i, item: k, entity: e, gender: titleGender(noun), titled: slices.ContainsFunc(v.roleWords(k), isTitle)}
	m.roles[noun] = at
	if s := lexicon.Singular(noun); s != "" {
		m.roles[s] = at
	}
	m.roles[titleKey(noun)] = at
}

// personBeside reports whether the claim names a person who may be the
// spokesperson at item k for the body at item b: one named before the
// spokesperson ("Li Wei, a spokesperson for the embassy"), or set off by a
// comma right after the body ("a spokesperson for the embassy, Li Wei,");
// a person named further on is what the spokesperson spoke of or to.
func (v *view) personBeside(k, b int) bool {
	for j, it := range v.items {
		if it.kind == entityItem && isPerson(it.entity) && (j < k || j == b+2 && v.items[b+1].is(",")) {
			return true
		}
	}
	return false
}

// titleKey is the headword of the title w in the roles list, so that the
// titles it lists as one agree ("ambassador | envoy", "spokesperson |
// spokesman | spokeswoman"): "the envoy" is the person called "Ambassador
// Li". A word no title is itself.
func titleKey(w string) string {
	if s := lexicon.Singular(w); s != "" && lexicon.Roles.Has(s) {
		w = s
	}
	if i, ok := lexicon.Roles.Entry(w); ok {
		return lexicon.Roles.Forms(i)[0]
	}
	return w
}

// otherTitle reports whether the text has given person e titles, none of
// them the title noun: "the ambassador" is not the person it has called
// only "Speaker" or "spokesman".
func (m *memory) otherTitle(e *claimx.Entity, noun string) bool {
	held := m.titles[canonical(e)]
	return len(held) > 0 && !slices.ContainsFunc(held, func(w string) bool { return sameOffice(w, noun) })
}

// sameOffice reports whether the titles a and b name one office: the roles
// list gives them as one, and neither is a woman's where the other is a
// man's.
func sameOffice(a, b string) bool {
	ga, gb := titleGender(a), titleGender(b)
	return titleKey(a) == titleKey(b) && (ga == "" || gb == "" || ga == gb)
}

// referent returns the entity the referring noun p last stood for: the
// last person given it as a title, when p can be a person, in a claim no
// earlier than the last entity of a fitting type whose name holds the noun;
// nil if the text has named neither.
func (m *memory) referent(p item) mention {
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
		r, ok := m.roles[p.lower]
		if !ok {
			r, ok = m.roles[titleKey(p.lower)] // "the envoy" after "Ambassador Li"
			if g := titleGender(p.lower); ok && g != "" && r.gender != "" && g != r.gender {
				ok = false // "the spokeswoman" is not the one called "Spokesman" (sameOffice)
			}
		}
		if ok && (!found || r.claim >= best.claim) {
			best, found = r, true
		}
	}
	return best
}

// recall turns into names the capitalised words of view v that repeat a
// word of the name of a person named before, where the entity tagger left
// them as words: "An said" after "An Fengshan, spokesman for …". A word
// next to another capitalised word is part of a longer name, and one that
// opens the sentence counts only before a reporting verb, as "An
// reiterated" cannot be an article. Pronouns stay pronouns ("He said"
// after He Lifeng). The view's cues are found again when a word became a
// name, as a verb after it is no longer one after an article.
func (m *memory) recall(v *view) {
	recalled := false
	capitalised := func(k int) bool {
		return k >= 0 && k < len(v.items) && v.items[k].kind == wordItem && unicode.IsUpper([]rune(v.items[k].text)[0])
	}
	for k := range v.items {
		it := &v.items[k]
		if !capitalised(k) || it.cue || it.refers != nil || capitalised(k-1) || capitalised(k+1) {
			continue
		}
		if k == 0 && !v.verbAfterName(k) {
			continue
		}
		if n, ok := m.names[nameKey{it.lower, claimx.Person}]; ok {
			*it = item{kind: entityItem, entity: n.entity, start: it.start, end: it.end}
			recalled = true
		}
	}
	if m.stateVoices(v) {
		recalled = true
	}
	if recalled {
		v.cues = nil
		for k := range v.items {
			v.items[k].cue = false
		}
		v.findCues()
	}
}

// singularOf is a noun in the singular: "presidents" → "president".
func singularOf(w string) string {
	if s := lexicon.Singular(w); s != "" {
		return s
	}
	return w
}

// ofStateName returns the person last given the title noun with the state
// e named before it ("US President Joe Biden"), for a title the text
// qualifies by that state again ("the US president said"), nil if none:
// the president last named may be another state's.
func (m *memory) ofStateName(state, noun string) *claimx.Entity {
	return m.stateTitles[[2]string{state, singularOf(noun)}]
}

// otherState reports whether person p was titled with a state other than
// state: "the US president" is not "Chinese President Xi Jinping".
func (m *memory) otherState(p *claimx.Entity, state string) bool {
	s, ok := m.stateOf[p]
	return ok && s != state
}

// stateKey is one name for a state however it is printed: its name, an
// other name or its adjective ("US", "U.S.", "American" are "united
// states"); a place the list does not hold is its name in lower case.
func stateKey(name string) string {
	l := strings.ToLower(name)
	if i, ok := lexicon.StateAdjectives.Entry(l); ok {
		return lexicon.StateAdjectives.Forms(i)[0]
	}
	return l
}

// ofState returns the person last given a title with the state's
// adjective adj among its words ("his Japanese counterpart Takeshi
// Iwaya", "Chinese Foreign Minister Wang Yi"), for a title the text
// qualifies by that adjective again ("the Japanese minister"): two
// officials of two states meet, and the adjective tells them apart. Nil if
// no one was given one.
func (m *memory) ofState(adj string) *claimx.Entity {
	if r, ok := m.roles[adj]; ok && r.titled {
		return r.entity
	}
	return nil
}

// namedAs returns the entity named before under the words of an unnamed
// source, in another case: "Hong Kong police said" after "arrested by the
// Hong Kong Police" is that body, where the tagger took the lower-case
// words for none. Nil if no earlier name is those words.
func (m *memory) namedAs(words string) *claimx.Entity {
	last := words[strings.LastIndexByte(words, ' ')+1:]
	if last == words {
		return nil // one word is a common noun: "police", "officials"
	}
	for _, typ := range []claimx.EntityType{claimx.Org, claimx.GPE} {
		if n, ok := m.names[nameKey{strings.ToLower(last), typ}]; ok && strings.EqualFold(gazetteer.Key(canonical(n.entity)), gazetteer.Key(words)) {
			return n.entity
		}
	}
	return nil
}

// stateVoices reads as the state itself a state's side or government
// named by its adjective or its name ("The Chinese side said", "the U.S.
// side", "the Philippine government said"): the place of that name the
// text named before, else the state under the name it is printed under
// most. It reports whether it read any.
func (m *memory) stateVoices(v *view) bool {
	read := false
	for k := 1; k < len(v.items); k++ {
		it := v.items[k]
		if it.kind != wordItem || !lexicon.StateVoices.Has(it.lower) || !v.endsNounPhrase(k) {
			continue
		}
		from, state := k-1, (*claimx.Entity)(nil)
		if p := v.items[from]; p.kind == entityItem && p.entity.Type == claimx.GPE && !p.possessive {
			state = p.entity
		} else if from = v.stateAdjective(k); from >= 0 {
			state = m.state(string(v.runes[v.items[from].start:v.items[k-1].end]))
		}
		if state == nil {
			continue
		}
		merged := item{kind: entityItem, entity: state, start: v.items[from].start, end: it.end}
		v.items = append(append(v.items[:from], merged), v.items[k+1:]...)
		k = from
		read = true
	}
	return read
}

// state returns the state whose adjective is adj ("Chinese", "South
// Korean"): the place the text named under one of its names, else one of
// the name it is printed under most; nil if adj is no state's adjective.
func (m *memory) state(adj string) *claimx.Entity {
	e, ok := lexicon.StateAdjectives.Entry(adj)
	if !ok {
		return nil
	}
	names := lexicon.StateAdjectives.Forms(e)
	for _, n := range names {
		if s := m.states[n]; s != nil {
			return s
		}
	}
	words := strings.Fields(names[0])
	for i, w := range words {
		if !lexicon.NameConnectors.Has(w) {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	s := &claimx.Entity{Name: strings.Join(words, " "), Mention: adj, Type: claimx.GPE}
	m.states[names[0]] = s
	return s
}

// issuer returns the body that issued the document noun refers to: the
// issuer of the last document of that kind, else of the last document of
// any kind ("the articles" after "a post from the ministry"), nil if the
// text tied no document to anyone.
func (m *memory) issuer(noun string) *claimx.Entity {
	if e, ok := m.issuers[docKind(noun)]; ok {
		return e
	}
	return m.lastIssuer
}

// sameIssuer returns the body that issued the last document of the kind the
// noun names, nil if none: an indefinite "a post" is another of the same
// body's posts, never a document of another kind.
func (m *memory) sameIssuer(noun string) *claimx.Entity {
	return m.issuers[docKind(noun)]
}

// docKind is the kind of document a noun names: its singular ("posts" and
// "post" are one kind).
func docKind(noun string) string {
	if s := lexicon.Singular(noun); s != "" {
		return s
	}
	return noun
}
