package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// Evidence ranks for a mention's type: when the mentions of one entity
// disagree, the strongest wins.
const (
	rankWeak   = 1 // context only: a given name, "companies like"
	rankStrong = 2 // the name's own shape: a head word, a title, a hanzi name
	rankListed = 3 // a gazetteer entry
)

// maxName is the most words a person's name has, particles aside.
const maxName = 4

// mention is one name found in the text.
type mention struct {
	claim int // index into Article.Claims
	span  claimx.Span
	text  string
	name  string // the name as read, when it is not the text: "(Manasseh) Sogavare" reads "Manasseh Sogavare"
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
	// definite marks a name after "the": a head word alone ("the Party")
	// then refers to the one body the article names with it.
	definite bool
	// thing marks a name after "the" that modifies no place's or body's
	// noun after it ("loaded up the Polaris"): no place's own name.
	thing bool
	// partOnly marks a single word typed a person on weak evidence ("Parata
	// said"): it names a person only as part of a fuller name.
	partOnly bool
	// fullName marks an untyped name of two or more words shaped like a
	// person's ("Hori Parata"): a person once a single word of the article
	// typed so ("says Parata", "Mr Parata") is its last word.
	fullName bool
	// nickname marks a person's name printed with a quoted nickname
	// inside, "Joko “Jokowi” Widodo": name reads it without.
	nickname bool
	// owned marks a body named after its state's possessive, "Japan’s
	// foreign ministry": its text leaves the state out, its key keeps it,
	// and it is short for no other state's body ("the Chinese foreign
	// ministry").
	owned bool
	// misprint marks a misprint of the listed person's name its key gives
	// (mergeMisspelt): the entity keeps the name as the gazetteer spells it.
	misprint bool
	// instrument marks a body named inside the name of a law or a treaty:
	// "the United Nations Convention on the Law of the Sea" (salvagePrefix).
	instrument bool
}

// named is the name the mention reads.
func (m *mention) named() string {
	if m.name != "" {
		return m.name
	}
	return m.text
}

// segmentClaim finds the names in one claim, run by run, each with the
// type its context suggests. The runs of a list share their context: a run
// right after a list separator inherits the cue of the run before it
// ("companies like Baidu, Edianyun and Cisco"), or its type when that run
// is a known name, and placeLists types lists of places.
func (d *doc) segmentClaim(c *claim) {
	runs := c.runs
	if c.heading {
		d.spelledNames(c, runs)
		return
	}
	cues := make([]claimx.EntityType, len(runs))
	for n, r := range runs {
		cue := d.contextCue(c, r[0], r[1])
		if cue == "" && n > 0 && d.listNext(c, runs[n-1][1], r) {
			cue = d.listCue(c, runs[n-1][0], runs[n-1][1], cues[n-1])
		}
		if cue == "" && (c.orgNounAfter(r[1]) || c.toks[r[1]-1].acronym() && d.appositiveType(c, r[1]) == claimx.Org) {
			// "Xiaomi founder Lei Jun", "Lumora’s chairman", "the Ennahda
			// party", "ACME, a Tokyo-based maker,": an acronym no list
			// holds still names a body (and so does one that speaks,
			// "the EFF said": findActingAcronyms).
			cue = claimx.Org
		}
		cues[n] = cue
	}
	d.placeLists(c, runs, cues)
	from := d.runFrom[:0] // the first of each run's mentions
	for n, r := range runs {
		from = append(from, len(d.mentions))
		if d.vesselName(c, r[0], r[1]) || r[1]-r[0] == 1 && messrs(c, r[0]+2) || c.featureList(runs, n) || c.currency(r[1]) {
			continue // a ship's name; the "M" of "M/s"; seas that share a head; "US$"
		}
		d.segment(c, r[0], r[1], c.toks[r[0]].sentStart(), cues[n])
		d.hostedBody(c, r[1], from[n])
		d.stateBody(c, r[0], r[1])
	}
	from = append(from, len(d.mentions))
	d.listedPeople(c, runs, from)
	d.runFrom = from
}

// currency reports whether the name ending at token j-1 is part of a
// currency's: a dollar sign right after it ("US$776 billion", "US$ 54
// billion") or the word "dollar" ("150 billion U.S. dollars", "Hong Kong
// dollars"). The money names no place.
func (c *claim) currency(j int) bool {
	if end := c.toks[j-1].end(); end < c.src.len() && c.src.at(end) == '$' {
		return true
	}
	return j < len(c.toks) && c.toks[j].joined() && (c.toks[j].text == "dollar" || c.toks[j].text == "dollars")
}

// featureList reports whether run n names seas, rivers or the like that
// share the plural head at the end of the list it opens: "the South China
// and East China Seas", "the Yellow, East China and South China seas".
// Each is a natural feature, no entity, though "South China" alone is a
// region's name. The list's connectors are "and" alone: the "Ministry of
// Land, Water and Forests" is a body.
func (c *claim) featureList(runs [][2]int, n int) bool {
	for m := n; m < len(runs); m++ {
		r := runs[m]
		if c.pluralFeatureEnds(r[1]) {
			return c.andList(r[0], r[1])
		}
		if m+1 == len(runs) || runs[m+1][0] != r[1] || c.sep(r[1]) != ", " {
			return false
		}
	}
	return false
}

// pluralFeatureEnds reports whether a plural head of natural features
// ends the name before token j or follows it in lower case: "Seas",
// "rivers".
func (c *claim) pluralFeatureEnds(j int) bool {
	plural := func(w string) bool {
		if w == "" || w[len(w)-1] != 's' {
			return false // before lowering it, which allocates
		}
		w = strings.ToLower(w)
		one := lexicon.Singular(w)
		return one != "" && one != w && lexicon.FeatureHeads.Has(one)
	}
	if t := c.toks[j-1]; t.cap() && plural(t.text) {
		return true
	}
	return j < len(c.toks) && c.toks[j].joined() && !c.toks[j].cap() && plural(c.toks[j].text)
}

// andList reports whether "and" stands among tokens [i, j), and no other
// connector does.
func (c *claim) andList(i, j int) bool {
	and := false
	for k := i; k < j; k++ {
		if t := c.toks[k]; t.connector() {
			if t.text != "and" {
				return false
			}
			and = true
		}
	}
	return and
}

// listedPeople types as people the full names of a list that one of its
// full names says, by its context or shape, is a list of people: "Tshepo
// Mokoena, Rangi Parata and Lindiwe Dube, a lawyer", "Tevita Fifita,
// Ikaika Kahananui and Ngaire Hohaia said". A given name says it only of
// a list that more people's names than other names make ("Olusegun
// Obasanjo, Jakaya Kikwete and Uhuru Kenyatta"): films and books are
// listed beside people ("John Wick, Phantom Thread, Casting Shadows").
// A plural role noun in apposition says it of two names or more ("Kemi
// Ade and Tunde Bello, lawyers at").
// The mentions of run n are d.mentions[from[n]:from[n+1]]; only an untyped
// name shaped like a person's full name takes the type, not one after
// "the" ("The Wise Kids") nor one of words the article also writes in
// lower case.
func (d *doc) listedPeople(c *claim, runs [][2]int, from []int) {
	for a := 0; a < len(runs); {
		b := a + 1
		for b < len(runs) && d.listNext(c, runs[b-1][1], runs[b]) {
			b++
		}
		items := func(yield func(*mention) bool) {
			for _, m := range d.mentions[from[a]:from[b]] {
				if c.listItem(m, runs[a:b]) && !yield(m) {
					return
				}
			}
		}
		strong, people, untyped, n := false, 0, 0, 0
		for m := range items {
			n++
			switch {
			case m.typ == claimx.Person && strings.ContainsRune(m.named(), ' '):
				people++
				strong = strong || m.rank >= rankStrong
			case m.fullName && m.typ == "":
				untyped++
			}
		}
		if n >= 2 && d.peopleAppositive(c, runs[b-1][1]) || b-a >= 2 && (strong || people >= 2 && people > untyped) {
			for m := range items {
				if m.fullName && m.typ == "" && !m.definite && d.properName(m.text) {
					m.key, m.typ, m.rank, m.pending = "n:"+gazetteer.Key(m.text), claimx.Person, rankWeak, false
				}
			}
		}
		a = b
	}
}

// peopleAppositive reports whether the appositive after the list that
// ends before token j is a plural role noun, which says its items are
// people: "James Areddy and Chun Han Wong, reporters at the Journal".
func (d *doc) peopleAppositive(c *claim, j int) bool {
	one := lexicon.Singular(d.appositiveHead(c, j))
	return one != "" && lexicon.Roles.Has(one)
}

// maxBodyModifiers is how many lower-case words may stand between a state
// and the noun for one of its bodies: "China’s state security ministry".
const maxBodyModifiers = 2

// stateBody emits the body a run names with a noun in lower case after it,
// when the run ends with a listed place, its possessive or a nationality:
// "China’s commerce ministry", "the US embassy in Beijing", "the South
// Korean foreign ministry", "the Spokesperson for the Chinese embassy in Ghana" (an embassy's or
// consulate's host place is in its name). The place is a mention of its
// own too, a place where the article also names it outside such names
// (unhost).
func (d *doc) stateBody(c *claim, i, j int) {
	k, noun := d.bodyNounAfter(c, j)
	if k < 0 || c.describesName(i, k) {
		return
	}
	from := -1
	for s := i; s < j && from < 0; s++ {
		if _, typ, _, _ := d.known(c.text(s, j)); typ == claimx.GPE && !c.toks[s].connector() && !lexicon.Articles.Has(c.toks[s].text) {
			from = s
		}
	}
	if from < 0 && !c.toks[j-1].poss() {
		for s := j - 1; s >= i && nationality(c.toks[s]); s-- {
			from = s
		}
	}
	if from < 0 {
		return
	}
	end := c.toks[k].end()
	if host := d.hostPlace(c, k+1); host > 0 && lexicon.MissionHeads.Has(noun) {
		end = c.toks[host-1].end()
	}
	name := c.src.slice(c.toks[from].start(), end)
	key := "n:" + gazetteer.Key(name)
	if e, ok := d.g.Lookup(capitalised(name)); ok && e.Type == claimx.Org {
		key = gazKey(e) // "the US state department" is the listed US State Department
	}
	if c.toks[j-1].poss() && k > j && !lexicon.MissionHeads.Has(noun) {
		// A possessive in front is no part of a body's name ("China’s
		// commerce ministry" is the commerce ministry), as it is of an
		// embassy's ("China’s embassy in Lima"); a bare noun after it
		// ("China’s ministry") is no name but a reference back to one
		// (fullerBodies.of). The key keeps the state, so that two states'
		// ministries stay two, unless the body is the one the gazetteer
		// lists for that state.
		body := c.src.slice(c.toks[j].start(), end)
		if e, ok := d.g.Lookup(capitalised(body)); ok && e.Type == claimx.Org && d.ownState(c.text(from, j), gazKey(e)) {
			key = gazKey(e) // "China’s commerce ministry" is the listed Ministry of Commerce
		}
		d.emitSpan(c, c.toks[j].start(), end, key, claimx.Org, rankStrong).owned = true
		return
	}
	d.emitSpan(c, c.toks[from].start(), end, key, claimx.Org, rankStrong)
}

// capitalised returns name with the first letter of every word that is
// no connector in upper case, as a list prints a name: "US state
// department" is "US State Department".
func capitalised(name string) string {
	words := strings.Fields(name)
	for n, w := range words {
		if r := []rune(w); unicode.IsLower(r[0]) && !lexicon.NameConnectors.Has(w) {
			r[0] = unicode.ToUpper(r[0])
			words[n] = string(r)
		}
	}
	return strings.Join(words, " ")
}

// nationality reports whether t is a capitalised adjective of a state or
// a word of one: "Chinese", "South", "Korean".
func nationality(t token) bool {
	return t.cap() && !t.acronym() && !t.poss() && lexicon.Adjectives.Has(t.text) && !lexicon.Generic.Has(t.text)
}

// bodyNounAfter finds the noun for a state's body (lexicon state-bodies)
// after token j-1, at most maxBodyModifiers lower-case words before it:
// the index of its last token and the noun, or -1. A noun that qualifies
// another ("the Chinese embassy compound", "China’s embassy staff") names
// no body.
func (d *doc) bodyNounAfter(c *claim, j int) (int, string) {
	for k := j; k < len(c.toks) && k <= j+maxBodyModifiers; k++ {
		t := c.toks[k]
		if t.cap() || !t.joined() || t.connector() || lexicon.Common.Has(t.text) {
			return -1, ""
		}
		noun := t.text
		if k+1 < len(c.toks) && c.toks[k+1].joined() && lexicon.StateBodies.Has(noun+" "+c.toks[k+1].text) {
			k++ // "high commission"
			noun += " " + c.toks[k].text
		}
		if !lexicon.StateBodies.Has(noun) {
			continue
		}
		if n := k + 1; !c.toks[k].poss() && n < len(c.toks) && c.toks[n].joined() && (c.toks[n].text == "of" || !c.toks[n].connector() && !lexicon.Common.Has(c.toks[n].text) && !reportingVerb(c.toks[n].text) && !pastVerb(c.toks[n].text) && !negatedVerb(c.toks[n].text) && !voiceNamed(c, n)) {
			// A noun after it, "ministry officials", a name it
			// describes, "China’s news agency Xinhua", or the rest of
			// its name, "the US department of agriculture"; a verb after
			// it, "the U.S. commerce department removed", is the body's,
			// and so is the title of a named holder who speaks for it.
			return -1, ""
		}
		return k, noun
	}
	return -1, ""
}

// voiceNamed reports whether token n is a role that speaks for a body
// (lexicon body-voices) with its holder's name right after it, a title
// the body before it is part of: "China’s foreign ministry spokesman Lin
// Wei". Without the name the role is no title, and "a foreign ministry
// spokesman" leaves the body a word of its description.
func voiceNamed(c *claim, n int) bool {
	return lexicon.BodyVoices.Has(c.toks[n].text) && n+1 < len(c.toks) && c.toks[n+1].joined() && c.toks[n+1].cap()
}

// describesName reports whether tokens [i, k] stand in commas right after
// a name, an appositive that describes it: "ASIO, Australia’s
// counterintelligence agency, said"; not "On Monday, China’s commerce
// ministry said".
func (c *claim) describesName(i, k int) bool {
	return i > 0 && c.toks[i-1].cap() && strings.HasSuffix(c.sep(i), ", ") && strings.HasPrefix(c.sep(k+1), ",")
}

// pastVerb reports whether w, in lower case, is shaped like a verb in the
// past tense, "removed", "launched".
func pastVerb(w string) bool {
	return strings.HasSuffix(w, "ed") && unicode.IsLower([]rune(w)[0])
}

// negatedVerb reports whether w is a verb with its "not" fused to it,
// "wouldn’t", "isn't", "can’t": the verb of the clause a name opens, never
// a noun the name qualifies.
func negatedVerb(w string) bool {
	stem, ok := strings.CutSuffix(w, "t")
	if !ok {
		return false
	}
	a, size := utf8.DecodeLastRuneInString(stem)
	return apostrophe(a) && strings.HasSuffix(stem[:len(stem)-size], "n")
}

// bareTitleWord reports whether the one word [i, j) that opens a sentence
// is listed only as the word of a title with "The" ("The Paper", "The
// Guardian") and stands without it: "Paper presented at the workshop",
// "Guardian angels watched" are ordinary words capitalised there. Before
// a role or a name it is the paper, as copy drops its "The" there:
// "Guardian columnist George Monbiot", "Telegraph reporters found".
func bareTitleWord(c *claim, i, j int, key string) bool {
	if j-i != 1 || !c.toks[i].sentStart() || !strings.HasPrefix(key, "g:The ") || i > 0 && c.toks[i].joined() && strings.EqualFold(c.toks[i-1].text, "the") {
		return false
	}
	return j == len(c.toks) || !c.toks[j].joined() || !(c.toks[j].cap() || lexicon.Roles.HasNoun(c.toks[j].text))
}

// hostedBody extends the organisation a run names last, from mention
// first on, with the place after "in" that belongs to its name: a
// mission's host ("the Chinese Embassy in Canada", "the Embassy of China
// in Kathmandu", as stateBody reads "the Chinese embassy in Ghana"), or
// the place of a name the gazetteer lists with it ("the American
// Institute in Taiwan"). Where a body merely sits is no part of its name:
// "the Foreign Ministry in Beijing". The place stays a mention of its own
// (a place where the article names it outside such names too: unhost),
// and a later mention without it, "the Kenyan Embassy" or "the Embassy",
// is the same body (resolve: fullerBody, index).
func (d *doc) hostedBody(c *claim, j, first int) {
	if len(d.mentions) == first {
		return
	}
	m := d.mentions[len(d.mentions)-1]
	if m.typ != claimx.Org || m.name != "" || m.span.End != c.base+c.toks[j-1].end() {
		return
	}
	host := d.hostPlace(c, j)
	if host == 0 {
		return
	}
	name := c.src.slice(m.span.Start-c.base, c.toks[host-1].end())
	if e, ok := d.g.Lookup(name); ok && e.Type == claimx.Org {
		m.key = gazKey(e)
	} else if c.namesMission(m.span.Start-c.base, j) {
		m.key = "n:" + gazetteer.Key(name)
	} else {
		return
	}
	m.span.End, m.text = c.base+c.toks[host-1].end(), name
}

// namesMission reports whether the name from rune offset from to token
// j-1 ends, or ends before its first "of", with a mission's head word
// (lexicon mission-heads): "Chinese Embassy", "Embassy of China",
// "British High Commission"; not "Office of the Embassy" or "Embassy
// Staff Association".
func (c *claim) namesMission(from, j int) bool {
	for k := j - 1; k >= 0 && c.toks[k].start() >= from; k-- {
		if c.toks[k].text == "of" {
			j = k
		}
	}
	last := j - 1
	if last < 0 || c.toks[last].start() < from {
		return false
	}
	return lexicon.MissionHeads.Has(c.toks[last].text) ||
		last > 0 && c.toks[last-1].start() >= from && lexicon.MissionHeads.Has(c.text(last-1, j))
}

// hostPlace returns the end of a listed place after "in" at token k, 0 if
// none: "embassy in Ghana".
func (d *doc) hostPlace(c *claim, k int) int {
	if k+1 >= len(c.toks) || c.toks[k].text != "in" || !c.toks[k].joined() || !c.toks[k+1].joined() {
		return 0
	}
	for e := min(len(c.toks), k+4); e > k+1; e-- {
		if _, typ, _, _ := d.known(c.text(k+1, e)); typ == claimx.GPE {
			return e
		}
	}
	return 0
}

// spelledNames emits the runs of a heading or list item that are a
// person's name followed by the Chinese it romanises: "Li Wenliang 李文亮"
// in a list of names; or a company's name closed by its legal form, which
// no heading's capitals make up: "Harlow Sensor Co., Ltd." in a list of
// sanctioned firms.
func (d *doc) spelledNames(c *claim, runs [][2]int) {
	for _, r := range runs {
		i, j := r[0], r[1]
		switch {
		case j-i >= 2 && d.personShape(c, i, j) && d.spellsHanzi(c, i, j):
			d.emitPerson(c, i, j, rankStrong)
		case j-i >= 2 && legalForm(c.toks[j-1].text) && d.listedCompany(c, i, j):
			d.segment(c, i, j, c.toks[i].sentStart(), claimx.Org)
		}
	}
}

// listedCompany reports whether the run [i, j) of a heading or list item,
// which ends on a legal form, is a company's name. An item has no sentence
// around the name to vouch for it, so the name must open the item (an
// address's town follows its street: "12 Quay Street, Carson City NV"),
// be more than one word that describes ("Seating Limited"), and not be a
// known place and a form written as initials, which there is a state's
// code or a state's office: a place that is all the rest of the name
// ("Las Vegas NV") or follows "of the" ("Office of the New York AG"). A
// place after a name of the company's own is where that company trades
// ("UBS Switzerland AG", "Banco de Chile SA"). A name of several words is
// not judged by its words, which are often generic in a company's name.
func (d *doc) listedCompany(c *claim, i, j int) bool {
	if !c.toks[i].sentStart() || j-i == 2 && d.describes(c.toks[i]) {
		return false
	}
	if lexicon.LegalInitialisms.Has(c.toks[j-1].text) {
		for s := j - 2; s >= i && j-1-s <= maxPlaceWords; s-- {
			if _, typ, _, _ := d.known(c.text(s, j-1)); typ != claimx.GPE {
				continue
			}
			if s == i || s-2 >= i && strings.EqualFold(c.toks[s-2].text, "of") && strings.EqualFold(c.toks[s-1].text, "the") {
				return false
			}
		}
	}
	return true
}

// vesselName reports whether the run [i, j) names a ship: it follows a
// ship noun ("the carrier Shandong", "aboard the Liaoning") and is not a
// listed organisation, which "carrier" also introduces ("the carrier
// China Mobile").
func (d *doc) vesselName(c *claim, i, j int) bool {
	w, ok := d.cueWord(c, i)
	if ok && w == "the" && i > 1 && c.toks[i-1].joined() {
		w, ok = d.cueWord(c, i-1)
		ok = ok && w == "aboard"
	}
	if !ok || !lexicon.Vessels.Has(w) {
		return false
	}
	_, typ, _, _ := d.known(c.text(i, j))
	return typ != claimx.Org
}

// listCue is the cue for the name after [i, j) in a list, [i, j) having
// had cue: the type of [i, j) when it is a known name ("in Zhipu and
// Qorvex" lists companies), else the same cue.
func (d *doc) listCue(c *claim, i, j int, cue claimx.EntityType) claimx.EntityType {
	if _, typ, _, ok := d.known(c.text(i, j)); ok && typ != "" {
		return typ
	}
	return cue
}

// placeLists gives the place cue to the runs of a list that a preposition
// of place introduces and that either names a known place or is followed
// by "in" and one: "at Kyaukpyu and Yangon", "to Kyaukpyu in Myanmar",
// "from Kyaukpyu or from Sittwe". A
// list with no preposition before it is not read so: "Investors in
// Singapore" opens a sentence with a noun. A run with a cue of its own
// keeps it.
func (d *doc) placeLists(c *claim, runs [][2]int, cues []claimx.EntityType) {
	for a := 0; a < len(runs); {
		w, ok := d.cueWord(c, runs[a][0])
		b := a + 1
		for b < len(runs) && (d.listNext(c, runs[b-1][1], runs[b]) || ok && c.repeatsPreposition(runs[b-1][1], runs[b][0], w)) {
			b++
		}
		if ok && lexicon.PlacePrepositions.Has(w) && (d.namesPlace(c, runs[a:b]) || b < len(runs) && d.inPlace(c, runs[b-1][1], runs[b])) {
			for n := a; n < b; n++ {
				if cues[n] == "" {
					cues[n] = claimx.GPE
				}
			}
		}
		a = b
	}
}

// repeatsPreposition reports whether "and" or "or" and the preposition
// prep, only spaces around them, join token end-1 to token start: "from
// Kyaukpyu or from Sittwe" lists two places as "from Kyaukpyu or Sittwe"
// does.
func (c *claim) repeatsPreposition(end, start int, prep string) bool {
	if start-end != 2 || c.toks[end-1].poss() {
		return false
	}
	conj, p := c.toks[end], c.toks[end+1]
	return (conj.text == "and" || conj.text == "or") && conj.joined() && p.text == prep && p.joined() && c.toks[start].joined()
}

// namesPlace reports whether one of the runs, or one of the names joined by
// "and" in a run ("Sohar and Mumbai"), is a known place.
func (d *doc) namesPlace(c *claim, runs [][2]int) bool {
	for _, r := range runs {
		from := r[0]
		for k := r[0]; k <= r[1]; k++ {
			if k < r[1] && c.toks[k].text != "and" && c.toks[k].text != "&" {
				continue
			}
			if from < k {
				if _, typ, _, ok := d.known(c.text(from, k)); ok && typ == claimx.GPE {
					return true
				}
			}
			from = k + 1
			if from < r[1] && c.toks[from].text == "the" {
				from++
			}
		}
	}
	return false
}

// inPlace reports whether "in" and the known place run next come right
// after token end-1: "Kyaukpyu in Myanmar".
func (d *doc) inPlace(c *claim, end int, next [2]int) bool {
	return next[0] == end+1 && c.toks[end].text == "in" && c.toks[end].joined() && c.toks[next[0]].joined() && d.namesPlace(c, [][2]int{next})
}

// segment decides what tokens [i, j) name: it either recognises the whole
// as one name or splits it (at a possessive, a title, an "and", a sentence
// opener, a leading adjective, a connector) and looks at the parts. start
// says the range opens a sentence; cue is a type suggested by the context.
func (d *doc) segment(c *claim, i, j int, start bool, cue claimx.EntityType) {
	// An undefined acronym ends no name ("United Nations AI"), and opens
	// one only before a head word ("HMN Technologies"); alone, it may name
	// a body that the context says is one ("the think tank ODI", "The
	// EFF said"), or one the article's definitions know ("told RTK Dimanche").
	named := cue == claimx.Org && (j-i == 1 || j-i == 2 && lexicon.Articles.Has(c.toks[i].text))
	for j > i && (c.toks[j-1].connector() || d.undefinedAcronym(c.toks[j-1]) && !named && !d.brandAcronym(c, i, j) && !(j-i > 1 && regnal(c.toks[j-1].text))) {
		j--
	}
	for i < j && (c.toks[i].connector() || d.undefinedAcronym(c.toks[i]) && !named && !d.isKnown(c.text(i, j)) && !d.bareInitials(c, i, j)) {
		if typ, _ := d.headType(c, i, j); typ != "" && !c.toks[i].connector() {
			break
		}
		i, start = i+1, false
	}
	if cue == "" && i < j && c.divisionAfter(j) && !nationality(c.toks[j-1]) && d.placeShape(c, i, j) {
		cue = claimx.GPE // "India's Uttarakhand state", "Residents of Kovar province"
	}
	if i >= j || j-i == 1 && nameSuffix(c.toks[i]) || d.numberedUnit(c, i, j) || d.documentTitle(c, i, j) || d.undertaking(c, i, j) || d.stateOfThe(c, i, j) || d.splitOpener(c, i, j, cue, false) || d.splitModifier(c, i, j, cue) {
		return
	}
	text := c.text(i, j)
	if c.product(i, j) || d.companyProduct(c, i, j) || lexicon.Landmasses.Has(text) {
		return // a landmass is a natural feature, whatever cue says place ("in northern Luzon")
	}
	if key, typ, rank, ok := d.known(text); ok && !bareTitleWord(c, i, j, key) {
		if typ == "" {
			typ, rank = d.nameType(c, i, j, cue)
		}
		m := d.emit(c, i, j, key, typ, rank)
		// A listed surname ("Xi") yields to a person of the article who
		// bears it ("Mao" after "Mao Ning" is not Mao Zedong).
		m.pending = typ == claimx.Person && j-i == 1
		return
	}
	if d.counted(c, i, j) {
		return
	}
	if j-i > 1 && lexicon.Weekdays.Has(c.toks[j-1].text) {
		// A weekday ends no name: "said in Shanghai Saturday".
		d.segment(c, i, j-1, start, cue)
		return
	}
	// Each step either accounts for the whole range, emitting or splitting
	// it, or leaves it to the next.
	switch {
	case d.numberedCongress(c, i, j),
		d.splitParticiple(c, i, j),
		d.splitOpenerOf(c, i, j, start),
		d.splitAdjective(c, i, j, cue, true),
		d.splitPossessive(c, i, j, start, cue),
		d.splitOwner(c, i, j),
		d.branchOf(c, i, j),
		d.splitAnd(c, i, j, start, cue),
		d.splitKnown(c, i, j),
		d.authorOf(c, i, j),
		d.splitQualifier(c, i, j, start, cue),
		d.splitTitle(c, i, j, start),
		d.splitPersonOf(c, i, j, false),
		d.splitFor(c, i, j),
		d.emitListedHanzi(c, i, j),
		d.organOf(c, i, j),
		d.splitBodyPerson(c, i, j),
		j-i == 1 && d.legislature(c, i),
		d.emitByHead(c, i, j),
		d.naturalFeature(c, i, j),
		d.splitSpacedCompound(c, i, j),
		d.splitLeadingCompound(c, i, j),
		d.splitOpener(c, i, j, cue, start),
		d.splitAdjective(c, i, j, cue, false),
		j-i == 1 && d.splitCompound(c, i),
		d.emitByCues(c, i, j, cue),
		d.splitConnector(c, i, j, start, cue),
		j-i > 1 && d.salvagePrefix(c, i, j):
		return
	}
	if d.nameShape(c, i, j) && !c.numberAfter(j) {
		m := d.emit(c, i, j, "", "", 0)
		m.pending = true
		m.fullName = j-i >= 2 && d.personShape(c, i, j)
	}
}

// authorOf reads a doctrine named after its author, "Mao Zedong Thought",
// "Deng Xiaoping Theory", "Xi Jinping Thought": a person the gazetteer
// lists before a thing's head word is a mention of the person; the
// doctrine itself is no entity. A name merely shaped like a Chinese one is
// no evidence: the "Hang Seng Index" is named after a bank.
func (d *doc) authorOf(c *claim, i, j int) bool {
	e := j - 1
	if e-i < 1 || !lexicon.ThingHeads.HasNoun(c.toks[e].text) {
		return false
	}
	if _, typ, _, ok := d.known(c.text(i, e)); !ok || typ != claimx.Person {
		return false
	}
	d.emitPerson(c, i, e, rankStrong)
	return true
}

// brandAcronym reports whether the acronym at j-1 of a technology ends a
// company's name whose one other word stands right before it, alone or
// after a connector: a name the gazetteer lists with it ("Zhipu AI"), or
// a word of a name's own ("Oculus VR", "Baichuan AI"). After a name
// listed without it ("United Nations AI", "China AI") or an ordinary word
// ("Generative AI") the acronym is the thing itself.
func (d *doc) brandAcronym(c *claim, i, j int) bool {
	p := j - 2
	if p < i || p > i && !c.toks[p-1].connector() || !c.toks[j-1].joined() || !lexicon.CommonAcronyms.Has(c.toks[j-1].text) {
		return false
	}
	if d.isKnown(c.text(p, j)) {
		return true
	}
	t := c.toks[p]
	w := strings.ToLower(t.text)
	return t.cap() && !t.acronym() && !t.poss() && !d.lower[w] && !d.isKnown(t.text) && !d.notName(t.text) &&
		!d.inAny(w, lexicon.GivenNames, lexicon.Surnames, lexicon.Openers)
}

// counted accounts for a phrase a number word opens, which the gazetteer
// does not list: a slogan or a set, "One Country", "the Two Sessions",
// "Four Comprehensives", is no name, but a name after a connector in it is
// read on its own ("Two Systems for Hong Kong").
func (d *doc) counted(c *claim, i, j int) bool {
	if j-i < 2 || !lexicon.Cardinals.Has(strings.ToLower(c.toks[i].text)) {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if c.toks[k].connector() {
			d.segment(c, k+1, j, false, "")
			break
		}
	}
	return true
}

// documentTitle reports whether [i, j) is the title of a document, a
// document's head word and "on" or "Against": "Resolution on the Major
// Achievements and Historical Experience of the Party", "Law on Foreign
// Relations", "Law Against Telecom and Online Fraud". Nothing
// in it is a mention but the state that issues it, named between "of" and
// "on": "Law of the People's Republic of China on Safeguarding National
// Security" names the PRC, not a place "on Safeguarding".
func (d *doc) documentTitle(c *claim, i, j int) bool {
	if j-i <= 2 || !lexicon.ThingHeads.HasNoun(c.toks[i].text) {
		return false
	}
	if subject(c.toks[i+1].text) {
		return true
	}
	if c.toks[i+1].text != "of" {
		return false
	}
	from := i + 2
	if c.toks[from].text == "the" {
		from++
	}
	for k := from + 1; k < j-1; k++ {
		if !subject(c.toks[k].text) {
			continue
		}
		if _, typ, _, ok := d.known(c.text(from, k)); ok && typ == claimx.GPE {
			d.segment(c, from, k, false, "")
			return true
		}
		return false
	}
	return false
}

// stateOfThe reports whether [i, j) is the name of an annual address or
// report, "State of the Union", "State of the Nation", "State of the
// Judiciary": "State of the" and a word that names no place. Nothing in it
// is a mention.
func (d *doc) stateOfThe(c *claim, i, j int) bool {
	if j-i != 4 || c.toks[i].text != "State" || c.toks[i+1].text != "of" || c.toks[i+2].text != "the" {
		return false
	}
	_, typ, _, _ := d.known(c.toks[i+3].text)
	return typ != claimx.GPE
}

// subject reports whether w opens a document's subject after its head.
func subject(w string) bool { return w == "on" || w == "Against" }

// listItem reports whether the mention m is an item of the list the runs
// make: it opens a run, or follows an "and" or "or" inside one ("Jakaya
// Kikwete and Uhuru Kenyatta"); not a body in a title ("Vice Minister of
// Water Resources Li Guoying").
func (c *claim) listItem(m *mention, runs [][2]int) bool {
	at := m.span.Start - c.base
	for _, r := range runs {
		for k := r[0]; k < r[1]; k++ {
			if c.toks[k].start() != at {
				continue
			}
			return k == r[0] || c.toks[k-1].text == "and" || c.toks[k-1].text == "or"
		}
	}
	return false
}

// properName reports whether no word of name is a role noun ("Delegates
// Tevita Fifita") or one the article writes in lower case.
func (d *doc) properName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if lexicon.Roles.HasNoun(w) || d.lower[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// undertaking reports whether [i, j) names an event or undertaking by the
// word that opens it and a name of its own: "Operation Cyclone",
// "Exercise Talisman Sabre". Nothing in it is a mention.
func (d *doc) undertaking(c *claim, i, j int) bool {
	return j-i >= 2 && c.toks[i].cap() && !c.toks[i+1].connector() && lexicon.ThingOpeners.Has(c.toks[i].text)
}

// emitByHead emits a phrase typed by its head word, unless the Chinese
// after it shows it names an idea.
func (d *doc) emitByHead(c *claim, i, j int) bool {
	typ, rank := d.headType(c, i, j)
	if typ == "" {
		return false
	}
	if !d.conceptHanzi(c, j) {
		d.emitHeaded(c, i, j, typ, rank)
	}
	return true
}

// legislature emits a legislature's head word that stands alone as the
// name of the country's legislature: "walked out of Parliament", "the bill
// goes to Congress". It refers to the body of the article whose name has
// it for its head, as "the Party" does, and names the body itself when
// there is none. At a sentence's start its capital says nothing when the
// article writes the word in lower case elsewhere ("the parliament met").
func (d *doc) legislature(c *claim, i int) bool {
	t := c.toks[i]
	if !t.cap() || t.acronym() || !lexicon.Legislatures.Has(t.text) || t.sentStart() && d.lower[strings.ToLower(t.text)] {
		return false
	}
	if n := i + 1; n < len(c.toks) && c.toks[n].joined() && c.toks[n].cap() && lexicon.IsTitle(c.toks[n].text) {
		return true // a title's modifier, no mention: "Party Secretary Ma Xingrui"
	}
	m := d.emit(c, i, i+1, "n:"+gazetteer.Key(t.text), claimx.Org, rankStrong)
	m.pending, m.definite = true, true
	return true
}

// emitByCues emits a phrase typed by nameType.
func (d *doc) emitByCues(c *claim, i, j int, cue claimx.EntityType) bool {
	typ, rank := d.nameType(c, i, j, cue)
	if typ == "" {
		return false
	}
	d.emitTyped(c, i, j, typ, rank)
	return true
}

// known finds a name in the article's acronym definitions or the
// gazetteer. A definition's type and key come from the gazetteer when
// either of its forms is listed (its acronym not when it is short for
// another state's body of a listed name, othersBody), the same whichever
// form is written, and
// otherwise its type from the expansion's own words; an acronym defined
// as short for common words is not known, though the gazetteer lists it.
func (d *doc) known(text string) (key string, typ claimx.EntityType, rank int, ok bool) {
	if def, ok := d.defs[gazetteer.Key(strings.TrimSuffix(text, "s"))]; ok && def.common {
		return "", "", 0, false
	}
	if def, ok := d.defs[gazetteer.Key(text)]; ok {
		for _, n := range []string{def.long, def.short} {
			if e, ok := d.g.Lookup(n); ok && (n == def.long || d.sharesWord(def.long, e.Name) && !d.othersBody(def.long)) {
				return gazKey(e), e.Type, rankListed, true
			}
		}
		if def.typ != "" {
			return "n:" + gazetteer.Key(def.long), def.typ, rankWeak, true
		}
		return "n:" + gazetteer.Key(def.long), "", 0, true
	}
	if e, ok := d.g.Lookup(text); ok {
		return gazKey(e), e.Type, rankListed, true
	}
	if e, ok := d.titleAcronym(text); ok {
		return gazKey(e), e.Type, rankListed, true
	}
	return "", "", 0, false
}

// titleAcronym returns the listed body or place whose acronym, read as a
// word, a house style prints in title case: "Nato", "Asean", "Opec" for
// the listed NATO, ASEAN, OPEC. Only a word of four letters or more that
// the article never writes in lower case and no common word is read so:
// "Care" or "Who" are words before they are the CARE or the WHO.
func (d *doc) titleAcronym(text string) (gazetteer.Entry, bool) {
	r := []rune(text)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || d.lower[strings.ToLower(text)] || lexicon.Common.Has(text) {
		return gazetteer.Entry{}, false
	}
	for _, x := range r[1:] {
		if !unicode.IsLower(x) {
			return gazetteer.Entry{}, false
		}
	}
	e, ok := d.g.Lookup(strings.ToUpper(text))
	return e, ok && e.Type != claimx.Person
}

// emitListedHanzi emits a name followed by the Chinese name of a listed
// entity as that entity, however it romanises or translates it:
// "Zhongguo (中国)".
func (d *doc) emitListedHanzi(c *claim, i, j int) bool {
	h := d.hanziAfter(c, j)
	if h == "" || !d.nameShape(c, i, j) {
		return false
	}
	e, ok := d.g.Lookup(h)
	if ok {
		d.emit(c, i, j, gazKey(e), e.Type, rankListed)
	}
	return ok
}

func gazKey(e gazetteer.Entry) string { return "g:" + e.Name }

// sharesWord reports whether two names share a word that tells one body
// from another: an acronym the article defines is the listed body of the
// same letters only when their long forms have such a word in common
// ("Ministry of Foreign Affairs of China (MFA)" is the listed MFA; "Armed
// Forces of the Philippines (AFP)" is no news agency). A connector, a word
// of fewer than three letters, a generic word ("National", "Security") or
// a place or its demonym tells nothing: many bodies of one country carry
// its name, and a "Council for China and Growth (CCG)" is no China
// Coast Guard, nor a "National Security Commission (NSC)" a National
// Security Council.
func (d *doc) sharesWord(a, b string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	bw := words(b)
	for _, w := range words(a) {
		if len(w) < 3 || lexicon.NameConnectors.Has(w) || lexicon.Generic.Has(w) || lexicon.Adjectives.Has(w) || lexicon.StateAdjectives.Has(w) || d.isPlace(w) {
			continue
		}
		if slices.ContainsFunc(bw, func(v string) bool { return strings.EqualFold(v, w) }) {
			return true
		}
	}
	return false
}

// undefinedAcronym: an all-capitals word the article does not define and
// the gazetteer does not know ("AI", "IT") is not a name of its own; the
// head of a body's name is ("Shenzhen TV"), and so are a person's
// initials ("J.R.R. Tolkien") and a title in capitals ("CHIEF CABINET
// SECRETARY:"), which splitTitle reads.
func (d *doc) undefinedAcronym(t token) bool {
	if !t.acronym() || d.inAny(t.text, lexicon.OrgHeads, lexicon.Roles, lexicon.TitleModifiers) || d.initials(t.text) {
		return false
	}
	_, _, _, ok := d.known(t.text)
	return !ok && !d.knownPair(t.text)
}

// knownPair reports whether a word in capitals joins known names with
// hyphens, "US-EU", "PLA-CCP", "PRC-ROK": a pair of parties that
// splitCompound reads as the names in it.
func (d *doc) knownPair(w string) bool {
	if !strings.ContainsFunc(w, hyphen) {
		return false
	}
	for _, p := range strings.FieldsFunc(w, hyphen) {
		if !d.isKnown(p) {
			return false
		}
	}
	return true
}

// numberedUnit accounts for the name of a military unit numbered in a
// series: an ordinal, in figures before the run ("31st Group Army",
// "101st Airborne Division") or in words opening it ("Seventh Fleet"), and
// capitalised words up to a unit's noun. The ordinal is part of the name,
// a body's; the body the unit belongs to, after "of", is read on its own
// ("the 73rd Group Army of the PLA"). A unit that a title follows is the
// title's ("the 13th Corps Commander").
func (d *doc) numberedUnit(c *claim, i, j int) bool {
	from, first := c.toks[i].start(), i
	switch {
	case c.ordinalBefore(i):
		from = c.toks[i-1].start()
	case j-i >= 2 && lexicon.Ordinals.Has(c.toks[i].text):
		first = i + 1
	default:
		return false
	}
	end := first
	for end < j && !c.toks[end].connector() && (end == first || !c.toks[end-1].poss()) {
		end++
	}
	if end == first || !lexicon.UnitHeads.Has(c.toks[end-1].text) || end < j && c.toks[end].text != "of" ||
		end < len(c.toks) && c.toks[end].joined() && c.toks[end].cap() {
		return false // "the 13th Corps Commander": a title, whose unit a split left alone
	}
	to := c.toks[end-1].end()
	d.emitSpan(c, from, to, "n:"+gazetteer.Key(c.src.slice(from, to)), claimx.Org, rankStrong)
	if end < j {
		d.segment(c, end+1, j, false, "")
	}
	return true
}
