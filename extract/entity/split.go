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

// splitPossessive ends a name at a possessive ("Nvidia’s CEO Jensen
// Huang", "the Department of Justice’s China Initiative"), unless the
// possessive word is generic and so inside the name ("People’s Daily") or
// inside a known name after "of" (knownAfterOf), is
// a plural that is no name of its own before an organisation's head
// ("Dockers’ Mutual Union"), or a title that names an office ("Sheriff’s
// Department").
func (d *doc) splitPossessive(c *claim, i, j int, start bool, cue claimx.EntityType) bool {
	for k := i; k < j-1; k++ {
		if !c.toks[k].poss() || lexicon.Generic.Has(c.toks[k].text) && !d.fieldOf(c, i, k) && !d.ownsBody(c, i, k, j) || d.pluralInName(c, i, k, j) || d.officeOf(c, k) || d.saintOf(c, i, k, j) || d.bodyOfPlaces(c, i, k, j) || d.knownAfterOf(c, i, k, j) {
			continue
		}
		if d.possessiveSite(c, i, k, j, cue) {
			return true
		}
		left, right := cue, claimx.EntityType("")
		if cue == claimx.GPE {
			// A preposition of place governs what the possessive
			// qualifies, not its owner: "at Mary’s House".
			left = ""
		}
		if cue == claimx.Org && c.orgNounAfter(j) {
			// The noun after the name types its last part: "Uhuru
			// Kenyatta’s Jubilee party".
			left, right = "", cue
		}
		if lexicon.CorporateRoles.Has(c.toks[k+1].text) {
			left = claimx.Org
		}
		d.segment(c, i, k+1, start, left)
		if e := c.andOrEnd(k+1, j); d.outlet(c.text(i, k+1)) && d.reporterName(c, k+1, e) {
			// "CNN’s Will Ripley", "Bloomberg’s Ting Shi and the
			// Financial Times’ Demetri Sevastopulo"
			d.emit(c, k+1, e, "n:"+gazetteer.Key(c.text(k+1, e)), claimx.Person, rankStrong)
			if e < j {
				d.segment(c, e+1, j, false, "")
			}
			return true
		}
		d.segment(c, k+1, j, false, right)
		return true
	}
	return false
}

// andOrEnd returns the first "and" in [i, j), or j if there is none.
func (c *claim) andOrEnd(i, j int) int {
	for k := i; k < j; k++ {
		if c.toks[k].text == "and" {
			return k
		}
	}
	return j
}

// possessiveSite reports whether the possessive at token k stands inside
// the name of a site that a preposition introduces, "in Hell’s Kitchen",
// "at Imani’s Lodge": neither part a name the article or the gazetteer
// knows, no head word typing the whole, and the owner no given name. It
// may name a place or a facility, so it is no mention; split, the owner
// would be a place ("Hell"). "in Putin’s Russia" and "in Kenya’s Rift
// Valley" still split at a known name.
func (d *doc) possessiveSite(c *claim, i, k, j int, cue claimx.EntityType) bool {
	if cue != claimx.GPE || k != i || j-k != 2 || d.isKnown(c.text(i, k+1)) || d.isKnown(c.text(k+1, j)) || !d.placeShape(c, i, j) {
		return false
	}
	typ, _ := d.headType(c, i, j)
	return typ == "" && !lexicon.GivenNames.Has(c.toks[i].text)
}

// saintOf reports whether the possessive at token k is a saint's name
// inside the name of a body called after the saint: "St Vincent’s
// Hospital", "St. John’s University", "Saint Mary’s College". Split, the
// saint read as a place.
func (d *doc) saintOf(c *claim, i, k, j int) bool {
	if k-1 < i || !lexicon.OrgHeads.Has(c.toks[j-1].text) {
		return false
	}
	w := strings.TrimSuffix(c.toks[k-1].text, ".")
	return w == "St" || w == "Saint"
}

// outlet reports whether name is a news outlet the gazetteer lists.
func (d *doc) outlet(name string) bool {
	e, ok := d.g.Lookup(name)
	return ok && e.Outlet
}

// reporterName reports whether [i, j), after an outlet's possessive, is
// the full name of one of its journalists, "CNN’s Will Ripley", "Reuters’
// Michael Martina": two or three capitalised words, the last a word of a
// person's name, none an acronym, a head word or a name the article or the
// gazetteer knows. Its first word may be an ordinary word ("Will",
// "Grace"), since a phrase an outlet owns that no head word ends is its
// reporter's name.
func (d *doc) reporterName(c *claim, i, j int) bool {
	if n := j - i; n < 2 || n > 3 || c.toks[j-1].poss() || !d.personWord(c.toks[j-1]) || d.isKnown(c.text(i, j)) {
		return false
	}
	for k := i; k < j; k++ {
		t := c.toks[k]
		if !t.cap() || t.acronym() || t.connector() || k > i && !t.joined() || lexicon.OrgHeads.Has(t.text) || lexicon.PlaceHeads.Has(t.text) || lexicon.IsTitle(t.text) || lexicon.Roles.HasNoun(t.text) {
			return false
		}
	}
	return true
}

// officeOf reports whether the possessive at token k is a title that names
// the office after it: the "Sheriff’s Department", the "Attorney General’s
// Office".
func (d *doc) officeOf(c *claim, k int) bool {
	return lexicon.IsTitle(c.toks[k].text) && lexicon.OrgHeads.Has(c.toks[k+1].text)
}

// bodyOfPlaces reports whether the possessive at token k is a place that
// owns the body after it inside the name of a body under that body: "Taiwan
// Affairs Office of China’s State Council" is one office, named in full.
func (d *doc) bodyOfPlaces(c *claim, i, k, j int) bool {
	if k-2 < i || c.toks[k-1].text != "of" {
		return false
	}
	if _, typ, _, _ := d.known(c.toks[k].text); typ != claimx.GPE {
		return false
	}
	body, _ := d.headType(c, i, k-1)
	owner, _ := d.headType(c, k+1, j)
	_, listed, _, _ := d.known(c.text(k+1, j))
	return body == claimx.Org && (owner == claimx.Org || listed == claimx.Org)
}

// knownAfterOf reports whether the possessive at token k stands inside a
// name the gazetteer or the article knows, which ends the run after "of"
// or "the": "the Eastern Theater Command of the Chinese People’s
// Liberation Army". organOf reads the body of that organisation.
func (d *doc) knownAfterOf(c *claim, i, k, j int) bool {
	for s := k; s > i; s-- {
		if p := c.toks[s-1].text; p == "of" || p == "the" {
			_, typ, _, ok := d.known(c.text(s, j))
			return ok && typ != ""
		}
	}
	return false
}

// ownsBody reports whether the possessive at token k joins two bodies each
// named with its head word, the owner and the body it owns: "the Academy
// of Social Sciences’ Institute of Taiwan Studies".
func (d *doc) ownsBody(c *claim, i, k, j int) bool {
	return d.headed(c, i, k+1) && d.headed(c, k+1, j)
}

// pluralInName reports whether the plural possessive at token k stands
// inside the organisation name [i, j): the words up to it name nothing the
// article or the gazetteer knows, nor a body that owns another its head
// word names ("the Academy of Social Sciences’ Institute of Taiwan
// Studies"), and an organisation's head follows ("Workers’ Union",
// "Ministry of Veterans’ Affairs").
func (d *doc) pluralInName(c *claim, i, k, j int) bool {
	if c.after(k+1) != c.toks[k].end()+1 {
		return false // "’s"
	}
	if _, _, _, ok := d.known(c.text(i, k+1)); ok {
		return false // "the Philippines’ Coast Guard"
	}
	if d.ownsBody(c, i, k, j) {
		return false
	}
	typ, _ := d.headType(c, i, j)
	return typ == claimx.Org
}

// splitTitle strips titles and roles from a person's name: "Former Vice
// Minister of Foreign Affairs Fu Ying" is Fu Ying; "Microsoft President
// Brad Smith" is Microsoft and Brad Smith; "Director of the White House
// Office of Science and Technology Policy Arati Prabhakar" is the office
// and Arati Prabhakar.
func (d *doc) splitTitle(c *claim, i, j int, start bool) bool {
	first, last := -1, -1
	for k := i; k < j; k++ {
		if c.toks[k].cap() && (lexicon.IsTitle(c.toks[k].text) || d.pluralTitle(c, k, j)) && !d.fieldOf(c, i, k) && !headAfter(c, k, j) && !heldOffice(c, i, k, j) && !(k+1 < j && nameSuffix(c.toks[k+1])) && !d.generalAfterHead(c, k) {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return false
	}
	for k := first + 1; k < last; k++ {
		if c.toks[k].text == "and" {
			// Two titled people: "Secretary of State Ana Ruiz and
			// Foreign Minister Li Wei", each read on its own.
			d.segment(c, i, k, start, "")
			d.segment(c, k+1, j, false, "")
			return true
		}
	}
	if last == j-1 || d.onlyOrgHeads(c, last+1, j) {
		// No name follows: "Office of the President" and the "General
		// Office" are still offices.
		if typ, rank := d.headType(c, i, j); typ != "" {
			d.emitHeaded(c, i, j, typ, rank)
			return true
		}
	}
	if k := last + 1; k < j {
		name, field := -1, false
		switch {
		case c.toks[k].connector():
			name = d.personSuffix(c, k, j, 2)
			if field = name == k+1; field {
				name = d.nameAfterField(c, name, j)
			}
		case d.personShape(c, k, j):
			name = k
		case d.splitPersonOf(c, k, j, true): // "Professor Wei Shaojun of Tsinghua University"
			name = j // done
		default:
			name = d.personSuffix(c, k, j, 2)
		}
		// A title's "of the" names the body it serves: "Executive Director
		// of the Lantern Media Project".
		var served claimx.EntityType
		if k+1 < j && c.toks[k].text == "of" && c.toks[k+1].text == "the" {
			served = claimx.Org
		}
		switch {
		case name < 0 && field:
			// Only the title's field follows: "Chief of Naval Operations".
		case name < 0 && first == i && last == i && !c.toks[k].connector() && d.titledBody(c, i, j):
			return true
		case name < 0:
			d.segment(c, k, j, false, served)
		case name < j:
			d.segment(c, k, name, false, served)
			d.emitPerson(c, name, j, rankStrong)
		}
	}
	if d.qualifiesTitle(c, i, first) {
		return true
	}
	if first > i {
		var cue claimx.EntityType
		switch {
		case lexicon.CorporateRoles.Has(c.toks[first].text):
			cue = claimx.Org
		case last == j-1 && first-i >= 2 && d.personShape(c, i, first):
			// A full name the title follows is the title holder's:
			// "Losaline Vea Opposition Leader".
			cue = claimx.Person
		}
		d.segment(c, i, first, start, cue)
	}
	return true
}

// splitQualifier drops a word that only qualifies a title's tenure
// ("Former", "Acting"; never "General" or "Vice", which open names like
// "General Mills" and "Vice Media") when it opens the range and a title it qualifies comes later,
// capitalised inside the range or in lower case after it: the words
// between are read as they are after a lower-case "former", "Former
// Google CEO Eric Schmidt" naming Google and Eric Schmidt, "Former Kavrok
// chairman Li Wei" the company Kavrok. A listed name the word opens was
// read whole before ("General Motors"), and before a body's head word it
// is the body's ("the General Office").
func (d *doc) splitQualifier(c *claim, i, j int, start bool, cue claimx.EntityType) bool {
	t := c.toks[i]
	if j-i < 2 || !lexicon.TenureQualifiers.Has(t.text) || lexicon.IsTitle(c.toks[i+1].text) || headAfter(c, i, j) {
		return false
	}
	later := cue == claimx.Org
	for k := i + 2; k < j && !later; k++ {
		later = lexicon.IsTitle(c.toks[k].text)
	}
	if !later {
		return false
	}
	d.segment(c, i+1, j, start, cue)
	return true
}

// titledBody emits [i, j) whole when one title word opens it, no name follows
// the title and a body's head word ends it: the title word is an
// adjective of the body's name, the "General Political Department", the
// "General Staff Department".
func (d *doc) titledBody(c *claim, i, j int) bool {
	typ, rank := d.headType(c, i, j)
	if typ != claimx.Org {
		return false
	}
	d.emitHeaded(c, i, j, typ, rank)
	return true
}

// pluralTitle reports whether token k is a title in the plural that a
// person's name follows, the first of the names it heads: "Vice Premiers
// Ding Xuexiang, He Lifeng…", "Senators Elizabeth Warren and …". A plural
// with no name after it names a body's members ("Board of Governors",
// "the Foreign Ministers Dialogue").
func (d *doc) pluralTitle(c *claim, k, j int) bool {
	one := lexicon.Singular(c.toks[k].text)
	return one != "" && k+3 <= j && lexicon.IsTitle(one) && d.personName(c, k+1, k+3)
}

// nameAfterField finds where a person's name starts after the first word
// of a title's field, [f, j) read after "<title> of": no name follows
// "of" at once, so the field's words come first, and only a name shaped
// as a person's alone (personName) ends the range: "Chief of Staff Susie
// Wiles", "Chief of Naval Operations Mike Gilday"; -1 if none does: the
// "Chief of Naval Operations" is a title.
func (d *doc) nameAfterField(c *claim, f, j int) int {
	for p := f + 1; p < j-1; p++ {
		if d.personName(c, p, j) {
			return p
		}
	}
	return -1
}

// nameSuffix reports whether t closes a person's name, "Jr.", "Sr.", a
// regnal numeral: the word before it is the name's last, no title
// ("Martin Luther King Jr.").
func nameSuffix(t token) bool {
	return lexicon.NameSuffixes.Has(strings.TrimSuffix(t.text, ".")) || regnal(t.text)
}

// regnal reports whether w is a Roman numeral that closes the name of a
// monarch, a pope or a war ("Elizabeth II", "Benedict XVI", "World War
// II"): two to five of the capitals I, V and X, but not "XI", a surname
// in capitals.
func regnal(w string) bool {
	if len(w) < 2 || len(w) > 5 || w == "XI" {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// qualifiesTitle reports whether the words [i, first) before a title only
// qualify it: a body's head word the gazetteer does not list, perhaps
// after title words, names no body ("Party Secretary", "Board Chairman",
// "Chief Cabinet Secretary", "Deputy Party Secretary").
func (d *doc) qualifiesTitle(c *claim, i, first int) bool {
	if first <= i || !lexicon.OrgHeads.Has(c.toks[first-1].text) || d.isKnown(c.toks[first-1].text) {
		return false
	}
	for k := i; k < first-1; k++ {
		if !lexicon.IsTitle(c.toks[k].text) {
			return false
		}
	}
	return true
}

// headAfter reports whether the title at token k qualifies the head word
// of a body right after it, inside the range ending at j: the "General
// Administration of Customs", the "General Office", the "Chief Executive
// Office" are bodies, and no one holds the title.
func headAfter(c *claim, k, j int) bool {
	return k+1 < j && c.toks[k+1].joined() && lexicon.OrgHeads.Has(c.toks[k+1].text)
}

// generalAfterHead reports whether token k is the "General" that follows
// a body's head word in its name, no title: the "Consulate General", the
// "Directorate General of Civil Aviation", the "Consulate General Hong
// Kong"; but the "Party General Secretary" is a title, and so is the "Army
// General" a person's name follows ("Army General Laura Okafor", "Army
// General Chen Wei"): one the gazetteer does not list as a place,
// whatever given names or Chinese surnames the place's words are.
func (d *doc) generalAfterHead(c *claim, k int) bool {
	if k == 0 || c.toks[k].text != "General" || !c.toks[k].joined() || !lexicon.OrgHeads.Has(c.toks[k-1].text) {
		return false
	}
	n := k + 1
	if n >= len(c.toks) || !c.toks[n].joined() {
		return true
	}
	w := c.toks[n].text
	return !lexicon.IsTitle(w) && !lexicon.Roles.HasNoun(w) && !d.holderAfter(c, n)
}

// holderAfter reports whether the capitalised words from token n on name
// a person (personName) and none of their first words a listed place.
func (d *doc) holderAfter(c *claim, n int) bool {
	e := n + 1
	for e < len(c.toks) && e-n < maxName && c.toks[e].cap() && c.toks[e].joined() && !c.toks[e].connector() {
		e++
	}
	for p := n + 1; p <= e; p++ {
		if d.isPlace(c.text(n, p)) {
			return false // "Hong Kong"
		}
	}
	return d.personName(c, n, e)
}

// heldOffice reports whether the title at token k names the officeholder
// whose office the name [i, j) is: it follows "<head> of the", perhaps
// after words that qualify it, and ends the name or has its own "of",
// "for" or "on": the "Office of the Director of National Intelligence",
// the "Office of the UN High Commissioner for Human Rights", the "Office
// of the US Trade Representative". A title of several words ends where
// its last title word does: the "Office of the Prime Minister", of the
// "Chief Trade Adviser". A name after the title is its holder's.
func heldOffice(c *claim, i, k, j int) bool {
	last := k
	for e := k + 1; e < j && c.toks[e].cap() && !c.toks[e].connector(); e++ {
		if lexicon.IsTitle(c.toks[e].text) {
			last = e
		}
	}
	if last+1 < j && c.toks[last+1].text != "of" && c.toks[last+1].text != "for" && c.toks[last+1].text != "on" {
		return false
	}
	n := k - 1
	for n > i && c.toks[n].cap() && !c.toks[n].connector() {
		n--
	}
	return n-2 >= i && c.toks[n].text == "the" && c.toks[n-1].text == "of" && lexicon.OrgHeads.HasNoun(c.toks[n-2].text)
}

// onlyOrgHeads reports whether tokens [i, j) are all the head words of
// organisations.
func (d *doc) onlyOrgHeads(c *claim, i, j int) bool {
	for k := i; k < j; k++ {
		if !lexicon.OrgHeads.Has(c.toks[k].text) {
			return false
		}
	}
	return i < j
}

// fieldOf reports whether token k, inside a name that starts at token i,
// is the field of a body, right after "<head> of": "Justice" in "Department
// of Justice" is no title and does not end the name.
func (d *doc) fieldOf(c *claim, i, k int) bool {
	return k-2 >= i && c.toks[k-1].text == "of" && lexicon.OrgHeads.HasNoun(c.toks[k-2].text)
}

// splitPersonOf separates a person from the organisation or place after
// "of": "Wei Shaojun of Tsinghua University". The name must look like a
// person's on its own (titled says a title stood before it), so that "Bank
// of China" stays whole.
func (d *doc) splitPersonOf(c *claim, i, j int, titled bool) bool {
	q := i + 1
	for q < j && !c.toks[q].connector() {
		q++
	}
	if q >= j-1 || q-i > maxName || !d.personShape(c, i, q) {
		return false
	}
	if c.toks[q].text != "of" {
		return false
	}
	if !titled && !d.chineseName(c, i, q) && !(q-i >= 2 && lexicon.GivenNames.Has(c.toks[i].text)) {
		return false
	}
	d.emitPerson(c, i, q, rankStrong)
	d.segment(c, q+1, j, false, claimx.Org) // places are listed; what else a person is "of" is a body
	return true
}

// splitBodyPerson ends a body's name where the name of a person who
// serves it begins, printed right after it with no comma between: Chinese
// official copy runs a title into the name ("the Communist Party of China
// (CPC) Central Committee Liu Jianchao"), and news copy a spokesman's body
// into the spokesman ("a spokesman for Japan's Ministry of Defence Kenji
// Sato said", "officials at the Ministry of Finance Anna Berg and …"). The
// words before the person must be a body's name that ends with its head
// word or with the complement of its head's "of" (bodyEnds), and the words
// after them read as a person's name (holderName); the longest such name
// wins ("Pham Thu Hang", not "Thu Hang").
func (d *doc) splitBodyPerson(c *claim, i, j int) bool {
	longest := true // no longer tail was shaped like a name
	for p := max(i+2, j-maxName); p <= j-2; p++ {
		if !d.bodyEnds(c, i, p) {
			continue
		}
		if d.holderName(c, p, j, longest) {
			d.segment(c, i, p, false, claimx.Org)
			d.emitPerson(c, p, j, rankStrong)
			return true
		}
		longest = longest && !d.personShape(c, p, j)
	}
	return false
}

// bodyEnds reports whether [i, p) is a body's name whose last word is its
// head ("Central Committee") or its head's complement ("Ministry of
// Foreign Affairs", "Institute for Peace"): a head and its "of" alone
// ("Ministry of") end no name.
func (d *doc) bodyEnds(c *claim, i, p int) bool {
	if p-i < 2 || c.toks[p-1].connector() {
		return false
	}
	if typ, _ := d.headType(c, i, p); typ != claimx.Org {
		return false
	}
	if lexicon.OrgHeads.Has(c.toks[p-1].text) {
		return true
	}
	for k := i + 1; k < p-1; k++ {
		if t := c.toks[k].text; t == "of" || t == "for" || t == "on" {
			return lexicon.OrgHeads.HasNoun(c.toks[k-1].text)
		}
	}
	return false
}

// holderName reports whether [p, j), right after a body's name, is a
// person's name: a listed person's, a Chinese or Vietnamese name, one
// that opens with a listed given name ("Maria Lopez"), or, when it is the
// longest run of name-shaped words the body leaves, two or three words of
// no list whose last the article has speak alone ("Wrobel added"). A verb
// of speech after the words themselves is no evidence, as bodies speak
// too ("the Office of Foreign Assets Control said"). A name the gazetteer
// lists as anything else is the body's ("Bank of America Merrill Lynch").
func (d *doc) holderName(c *claim, p, j int, longest bool) bool {
	if _, typ, _, ok := d.known(c.text(p, j)); ok {
		return typ == claimx.Person
	}
	if d.personName(c, p, j) || d.vietnameseName(c, p, j) {
		return true
	}
	if !longest || j-p > 3 || !d.personShape(c, p, j) {
		return false
	}
	for k := p; k < j; k++ {
		if d.lower[strings.ToLower(c.toks[k].text)] {
			return false // "Operations", "Control": words the article writes in lower case
		}
	}
	return d.speaksAlone(c.toks[j-1].text)
}

// speaksAlone reports whether the article has w speak as a name of one
// word, as it does a person's surname: a run of w alone with a verb of
// speech after or before it ("Wrobel said", "said Wrobel"), and no "the"
// before it, which a body's head word has ("the Division said").
func (d *doc) speaksAlone(w string) bool {
	if d.alone == nil {
		d.alone = map[string]bool{}
		for n := range d.claims {
			c := &d.claims[n]
			for _, r := range c.runs {
				if r[1]-r[0] == 1 && !d.theBefore(c, r[0]) && (d.reportingAfter(c, r[1]) || d.reportingBefore(c, r[0])) {
					d.alone[c.toks[r[0]].text] = true
				}
			}
		}
	}
	return d.alone[w]
}

// splitFor separates the names around a "for" when the words before it
// have no head word of a body, place or thing: "nominated Lee for the
// Election Committee" names a person and a body, while "Institute for
// China Studies" and "Commission for Discipline Inspection" are one name.
func (d *doc) splitFor(c *claim, i, j int) bool {
	k := i + 1
	for k < j-1 && c.toks[k].text != "for" {
		k++
	}
	if k >= j-1 {
		return false
	}
	for n := i; n < k; n++ {
		if w := c.toks[n].text; c.toks[n].connector() || d.inAny(w, lexicon.OrgHeads, lexicon.PlaceHeads, lexicon.FeatureHeads) || lexicon.OrgHeads.HasNoun(w) || lexicon.ThingHeads.HasNoun(w) {
			return false
		}
	}
	d.segment(c, i, k, false, "")
	d.segment(c, k+1, j, false, "")
	return true
}

// personSuffix finds where a person's name of at least min words ends the
// range [i, j), or -1: the longest tail of name-shaped words, at most
// maxName of them ("... Policy Arati Prabhakar" -> Arati Prabhakar),
// unless a Chinese or Vietnamese name ends it, which is then the whole
// name ("... of Water Resources Li Guoying" -> Li Guoying), whatever words
// of it the article also writes in lower case. A Chinese given name may be
// spelled as a listed city ("Huang Kunming", "Li Changchun"): it ends no
// name-shaped words, but the Chinese name is still the name unless the
// whole of it is known as something else ("Hong Kong").
func (d *doc) personSuffix(c *claim, i, j, min int) int {
	k := j
	for k > i && j-k < maxName && d.personWord(c.toks[k-1]) && !d.lower[strings.ToLower(c.toks[k-1].text)] && !d.listedPlace(c.toks[k-1]) {
		k--
	}
	for s := j - 3; s < j-1; s++ {
		if s >= i && j-s >= min && (s >= k || j-s == 2 && !d.isKnown(c.text(s, j))) && d.chineseName(c, s, j) {
			return s
		}
	}
	for s := j - 4; s <= j-3; s++ {
		if s >= i && j-s >= min && d.vietnameseName(c, s, j) {
			return s // "Le Thi Thu Hang", "Pham Van Long": given names are English words too
		}
	}
	if j-k < min {
		return -1
	}
	return k
}

// splitOpener drops a first word that is not part of the name after it: a
// function word anywhere ("For Xi"), a noun for a kind of body that opens
// the sentence ("Carmaker Ruvexa", "Broadcaster Tevana TV"), which says
// the name is a body's, and at a sentence start also a generic or
// lower-case-elsewhere word ("Officials", "Similarly") when sentence is
// set.
func (d *doc) splitOpener(c *claim, i, j int, cue claimx.EntityType, sentence bool) bool {
	t := c.toks[i]
	if t.acronym() || t.initial() || d.chineseName(c, i, min(i+2, j)) { // "He Lifeng" is not "He"
		return false
	}
	kind := t.sentStart() && j-i > 1 && d.kindOfBody(t)
	drop := lexicon.Common.Has(t.text) || j-i > 1 && lexicon.Calendar.Has(t.text) || // "in March Nairobi announced"
		t.sentStart() && j-i > 1 && lexicon.Cardinals.Has(t.text) && d.knownPrefix(c, i+1, j) || // "One Hong Kong-based diplomat"
		sentence && j-i > 1 && d.plainOpener(t) || kind
	if !drop {
		return false
	}
	if kind && cue == "" {
		cue = claimx.Org
	}
	if cue == "" && i+1 < j {
		cue = d.contextCue(c, i+1, j) // "In Yanbian"
	}
	d.segment(c, i+1, j, false, cue)
	return true
}

// knownPrefix reports whether tokens [i, j) open with a name the article
// or the gazetteer knows, a "-based" after it or not ("Hong Kong-based").
func (d *doc) knownPrefix(c *claim, i, j int) bool {
	for e := i + 1; e <= j; e++ {
		if d.isKnown(strings.TrimSuffix(c.text(i, e), "-based")) {
			return true
		}
	}
	return false
}

// kindOfBody reports whether t is a noun for a kind of body that is no
// head word of a body's name: "Carmaker", "Lender", "Broadcaster", but not
// "Bank" ("Bank Negara Malaysia") or "University" ("University College
// London").
func (d *doc) kindOfBody(t token) bool {
	w := strings.ToLower(t.text)
	return lexicon.OrgGroups.Has(lexicon.Plural(w)) && !lexicon.OrgHeads.HasNoun(w) && !lexicon.GivenNames.Has(w) && !d.isKnown(t.text)
}

// plainOpener reports whether a word that opens a sentence is an ordinary
// word capitalised there rather than a name: generic, written in lower case
// elsewhere in the article, or an adverb or participle ("Similarly",
// "Citing"), and neither listed nor a given name or surname.
func (d *doc) plainOpener(t token) bool {
	w := strings.ToLower(t.text)
	_, listed := d.g.Lookup(t.text)
	return !listed && !lexicon.GivenNames.Has(w) && !lexicon.Surnames.Has(w) &&
		(lexicon.Generic.Has(w) || d.lower[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing"))
}

// splitParticiple drops a participle in "-ed" that opens a sentence
// before a head word alone, or before a name that opens with a listed
// one: it qualifies a title or a noun, "Named Party chief of the region,
// Wu…", "Elected Party secretary in 2012, Xi…", "Deployed UN police
// advisers…", and is no name's. A listed word, an adjective or a name is
// no participle ("United Party", "Ahmed").
func (d *doc) splitParticiple(c *claim, i, j int) bool {
	t := c.toks[i]
	if j-i < 2 || !t.sentStart() || len(t.text) <= 4 || !strings.HasSuffix(t.text, "ed") || t.acronym() ||
		!(j-i == 2 && lexicon.OrgHeads.HasNoun(c.toks[i+1].text) || d.knownPrefix(c, i+1, j)) ||
		d.inAny(t.text, lexicon.Adjectives, lexicon.Generic, lexicon.GivenNames, lexicon.Surnames) || d.isKnown(t.text) {
		return false
	}
	d.segment(c, i+1, j, false, "")
	return true
}

// splitOpenerOf drops a word that opens a sentence with an "of" after it,
// "Officials of the National Development and Reform Commission", "Shares
// of Tarvo Co.": the name is what follows "of". A listed name, a person's
// name, the head word of a body, place or feature ("Bank of China", "Gulf
// of Aden") or a title ("Secretary of State") opens a name of its own.
// A participle that opens a sentence with "the" after it takes the name
// for its object: "Addressing the National Press Club", "Citing the
// Ministry of Commerce".
func (d *doc) splitOpenerOf(c *claim, i, j int, start bool) bool {
	if start && j-i >= 3 && c.toks[i+1].text == "the" && strings.HasSuffix(c.toks[i].text, "ing") && d.plainOpener(c.toks[i]) {
		d.segment(c, i+2, j, false, "")
		return true
	}
	if !start || j-i < 3 || c.toks[i+1].text != "of" {
		return false
	}
	w := c.toks[i].text
	if lexicon.GivenNames.Has(w) || lexicon.Surnames.Has(w) || d.isKnown(w) || lexicon.IsTitle(w) ||
		d.inAny(w, lexicon.OrgHeads, lexicon.PlaceHeads, lexicon.FeatureHeads) || lexicon.OrgHeads.HasNoun(w) {
		return false
	}
	var cue claimx.EntityType
	if lexicon.Securities.Has(w) {
		cue = claimx.Org // "Shares of Zenvora"
	}
	d.segment(c, i+2, j, false, cue)
	return true
}

// splitAnd separates coordinated names, "Microsoft and Google", "Russia
// and the PRC", "Bank of Kunlun and Academy of Arts", but not an "and"
// inside one name: within an "of" phrase ("Ministry of Science and
// Technology") or before the head of an organisation whose first part is
// not an organisation itself ("Hong Kong and Macao Work Office"). Inside
// an "of" phrase, "and" joins a name of its own, known or a person's, to
// the body ("the Ministry of Commerce and Huawei", "the Institute of Asian
// Studies and Zhou Mingyu"), and an "and the" splits before any other
// "and" ("the Ministry of Industry and Information Technology and the
// Ministry of Finance").
func (d *doc) splitAnd(c *claim, i, j int, start bool, cue claimx.EntityType) bool {
	first := i + 1 // where to look for the "and" to split at: at an "and the" if there is one
	for k := i + 1; k < j-1; k++ {
		if c.toks[k].text == "and" && strings.EqualFold(c.toks[k+1].text, "the") {
			first = k
			break
		}
	}
	of, object := false, 0 // object: the first token after the last "of"
	for k := i + 1; k < j-1; k++ {
		switch c.toks[k].text {
		case "of", "for", "on":
			of, object = true, k+1
			continue
		case "and":
			if k < first || d.knownAcross(c, i, k, j) {
				continue
			}
		case "&":
			if k < first || !d.twoNames(c, i, k, j) {
				continue // "Johnson & Johnson", "Ernst & Young": one firm
			}
		default:
			continue
		}
		rightHead := d.andRightHead(c, k+1, j, of)
		if !strings.EqualFold(c.toks[k+1].text, "the") && !d.titledPair(c, i, k) {
			// A body known by the name before "and" ("the Bank of China
			// and Japan") ends there: the place after it is a name of its own.
			ofPlace := d.knownKind(c, object, k, claimx.GPE) && !d.knownKind(c, i, k, claimx.Org)
			if of && rightHead != claimx.Org && !d.nameOfItsOwn(c, k+1, j, ofPlace) {
				continue
			}
			if !of && rightHead == claimx.Org && !d.personName(c, i, k) {
				// The "Hong Kong and Macao Work Office" is one body; the
				// "Kavango Water Agency and Drevna Power Company" are two,
				// each with a head word of its own. An owner's acronym
				// opens one name of fields and a head ("NPC Environmental
				// Protection and Resources Conservation Committee"). A
				// person's name opens no body's: "Zhang Yuyan and Li Wei of
				// Peking University" are two people, the second "of" it.
				leftHead, _ := d.headType(c, i, k)
				if _, t, _, ok := d.known(c.text(i, k)); (!ok || t != claimx.Org) && (leftHead != claimx.Org || c.toks[i].acronym()) {
					continue
				}
			}
		}
		left := cue
		if _, typ, _, ok := d.known(c.text(k+1, j)); left == "" && ok && typ != claimx.Person && !c.toks[j-1].poss() {
			// "Oculus and Facebook"; not an owner's possessive, which
			// says nothing of the name before the "and" ("Michael
			// Martina and Bloomberg’s Jenny Leonard").
			left = typ
		}
		d.segment(c, i, k, start, left)
		d.segment(c, k+1, j, false, d.listCue(c, i, k, cue))
		return true
	}
	return false
}

// knownAcross reports whether a name the gazetteer lists opens the run at
// token i and holds the connector at token k, ending before token j: the
// "National Development and Reform Commission" is one body before the
// title and name after it ("… Commission Chairman Zheng Wei"), which
// the steps after splitAnd read.
func (d *doc) knownAcross(c *claim, i, k, j int) bool {
	for e := j - 1; e > k+1; e-- {
		if d.isKnown(c.text(i, e)) {
			return true
		}
	}
	return false
}

// personName reports whether [i, j) is a person's full name the gazetteer
// lists, or one that opens with a listed given name or is Chinese.
func (d *doc) personName(c *claim, i, j int) bool {
	if _, typ, _, ok := d.known(c.text(i, j)); ok {
		return typ == claimx.Person
	}
	return j-i >= 2 && d.personShape(c, i, j) && (lexicon.GivenNames.Has(c.toks[i].text) || d.chineseName(c, i, j))
}

// nameOfItsOwn reports whether [i, j) is a name of its own: a known name or a
// person's full name that opens with a listed given name or is Chinese.
// After a body's name, "and" joins such a name to it ("the Centre for
// Naval Studies and Susan Marlow"), not a field to its "of" ("Ministry of
// Science and Technology"). After an "of" whose object is a place, a
// place is another object of it ("the Chamber of Commerce of Guangdong and
// Macau"), so only a body's or a person's name is one of its own then.
func (d *doc) nameOfItsOwn(c *claim, i, j int, ofPlace bool) bool {
	if _, typ, _, ok := d.known(c.text(i, j)); ok {
		return typ != "" && !(ofPlace && typ == claimx.GPE)
	}
	return d.personName(c, i, j)
}

// knownKind reports whether [i, j), an article read past, is a name the
// gazetteer or the article knows as of type want: a place ("Hong Kong",
// "the Philippines"), a body ("the Bank of China").
func (d *doc) knownKind(c *claim, i, j int, want claimx.EntityType) bool {
	if i < j && lexicon.Articles.Has(strings.ToLower(c.toks[i].text)) {
		i++
	}
	if i >= j {
		return false
	}
	_, typ, _, ok := d.known(c.text(i, j))
	return ok && typ == want
}

// twoNames reports whether the ampersand at token k joins two names each
// known or typed by its own head word, "Google & Apple", rather than the
// names of a firm's founders.
func (d *doc) twoNames(c *claim, i, k, j int) bool {
	for _, r := range [][2]int{{i, k}, {k + 1, j}} {
		if _, typ, _, ok := d.known(c.text(r[0], r[1])); (!ok || typ == "") && !d.headed(c, r[0], r[1]) {
			return false
		}
	}
	return true
}

// headed reports whether a head word types [i, j).
func (d *doc) headed(c *claim, i, j int) bool {
	typ, _ := d.headType(c, i, j)
	return typ != ""
}

// titledPair reports whether the "and" at token k joins two titled people:
// a full name before it and a title after it, "Under Secretary of State
// Jose Fernandez and Assistant Secretary of State for East Asian Affairs
// Daniel Kritenbrink", whatever "of" phrases the titles hold.
func (d *doc) titledPair(c *claim, i, k int) bool {
	return k-2 >= i && c.toks[k+1].cap() && lexicon.IsTitle(c.toks[k+1].text) &&
		!lexicon.IsTitle(c.toks[k-2].text) && d.personShape(c, k-2, k)
}

// andRightHead types the part [k, j) after an "and" by its head word. Inside
// an "of" phrase, a part that has an "of" of its own is headed by the word
// before it: "Academy of Arts" after "Bank of Kunlun and" is a body, but
// "Literature of the CPC Central Committee" after "Institute of Party
// History and" is a field of the institute.
func (d *doc) andRightHead(c *claim, k, j int, of bool) claimx.EntityType {
	if of {
		for e := k + 1; e < j; e++ {
			if c.toks[e].text != "of" {
				continue
			}
			if lexicon.OrgHeads.Has(c.toks[e-1].text) {
				return claimx.Org
			}
			return ""
		}
	}
	typ, _ := d.headType(c, k, j)
	return typ
}

// splitAdjective drops a leading demonym or other adjective: before a
// listed name only when beforeListed ("Chinese Foreign Ministry" is the
// Foreign Ministry), otherwise whenever the whole did not turn out to be a
// name ("Western AI", "Chinese Values"). A generic adjective before a
// listed name is part of a fuller form of it: the "Central Organization
// Department" is the listed department under the name the article gives
// it. A compass word before a listed place names a region of it: "East
// Africa".
func (d *doc) splitAdjective(c *claim, i, j int, cue claimx.EntityType, beforeListed bool) bool {
	if t := c.toks[i]; t.acronym() || !lexicon.Adjectives.Has(t.text) || j-i == 1 && cue == "" && d.outletAfterThe(c, i, j) {
		return false // not "The Hindu reported": a paper's name
	}
	if beforeListed {
		if j-i < 2 {
			return false
		}
		key, typ, rank, ok := d.known(c.text(i+1, j))
		if !ok && lexicon.Landmasses.Has(c.text(i+1, j)) {
			typ, ok = claimx.GPE, true // a unit named in a landmass, no entity alone: "North Sumatra"
		}
		if !ok {
			return false
		}
		if typ == claimx.GPE && (lexicon.Compass.Has(c.toks[i].text) || strings.EqualFold(c.toks[i].text, "central")) {
			// "North Africa", "Central Sulawesi": a region or province of
			// its own, not the place.
			d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.GPE, rankStrong)
			return true
		}
		if typ == claimx.GPE && lexicon.Generic.Has(c.toks[i].text) {
			// "Global China", "Greater China": a place under a
			// qualifier is still that place, and the name is its own.
			d.segment(c, i+1, j, false, "")
			return true
		}
		if typ != "" && lexicon.Generic.Has(c.toks[i].text) {
			d.emit(c, i, j, key, typ, rank)
			return true
		}
		if typ == claimx.Org && nationality(c.toks[i]) && lexicon.StateAdjectives.Has(c.toks[i].text) {
			// A state's own body as the text names it, "the Japanese
			// Foreign Ministry", "the Indian Ministry of Commerce":
			// a state's adjective says whose, so it is no listed body
			// of another state ("Islamist" says no state's). The
			// adjective of the state the body is listed for ("the
			// Chinese Ministry of Commerce") names the listed body.
			if d.ownState(c.toks[i].text, key) {
				d.emit(c, i, j, key, typ, rank)
				return true
			}
			d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.Org, rankStrong)
			return true
		}
	} else if (cue == claimx.Org || j-i > 2 && d.appositiveType(c, j) == claimx.Org) && (j-i > 2 || j-i > 1 && lexicon.Generic.Has(c.toks[i].text) && i > 0 && c.toks[i].joined() && d.nounBefore(c, i) == claimx.Org) {
		// A kind of body names it, generic adjective and all: "the
		// journal International Security"; and so does any context that
		// says a longer name is a body's, "the Washington-based Uyghur
		// Human Rights Project", "Kenyan Youth Voice, a pressure group,".
		d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.Org, rankStrong)
		return true
	} else if cue == claimx.GPE && lexicon.Compass.Has(c.toks[i].text) && j-i > 1 && d.placeShape(c, i+1, j) {
		// "in South Taranaki" names the place, compass word and all.
		d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.GPE, rankWeak)
		return true
	} else if cue == claimx.GPE && nationality(c.toks[i]) {
		// A nationality qualifies a thing, not a place's name: "in
		// Irish Pubs" says nothing of where "Pubs" is.
		cue = ""
	}
	d.segment(c, i+1, j, false, cue)
	return true
}

// splitConnector judges the parts around a connector alone when the whole
// is no name: "Taiwan on Monday". A name particle joins the parts of one
// name, whose first part alone is no name: "Puerto" of "Puerto de la
// Cruz".
func (d *doc) splitConnector(c *claim, i, j int, start bool, cue claimx.EntityType) bool {
	for k := i + 1; k < j-1; k++ {
		if c.toks[k].connector() && !particle(c.toks[k]) {
			d.segment(c, i, k, start, cue)
			d.segment(c, k+1, j, false, "")
			return true
		}
	}
	return false
}

// splitCompound reads a hyphenated word made of names, "US-China",
// "Sino-US", "PRC-led", "Ningbo-based", as the names in it. A class of
// ships or weapons named after a place or a person, "Virginia-class",
// "Kirov-class", names neither.
func (d *doc) splitCompound(c *claim, i int) bool {
	t := c.toks[i]
	parts := joinParticles(strings.FieldsFunc(t.text, hyphen))
	if len(parts) < 2 {
		return false
	}
	if parts[len(parts)-1] == "class" {
		return true
	}
	type part struct {
		from, to int
		key      string
		typ      claimx.EntityType
		rank     int
	}
	var found []part
	off := t.start()
	for n, p := range parts {
		from, to := off, off+len([]rune(p))
		off = to + 1
		key, typ, rank, ok := d.known(p)
		switch {
		case ok:
			found = append(found, part{from, to, key, typ, rank})
		case n == len(parts)-2 && parts[n+1] == "based" && unicode.IsUpper([]rune(p)[0]) && !isAcronym(p) && !d.notName(p) && placeWord(p) && !d.lower[strings.ToLower(p)]:
			// "Yantai-based": where a body is based is a place; what
			// a thing is based on is no place ("FPGA-based", "PC-based").
			found = append(found, part{from, to, "n:" + gazetteer.Key(p), claimx.GPE, rankStrong})
		case lexicon.Adjectives.Has(p), n > 0 && unicode.IsLower([]rune(p)[0]):
		default:
			return false
		}
	}
	for _, p := range found {
		d.emitSpan(c, p.from, p.to, p.key, p.typ, p.rank)
	}
	return len(found) > 0
}

// splitLeadingCompound reads a run that opens with a hyphenated word made
// of names and that no list nor head word names as a whole, a title's or
// an event's "Kenya-Uganda Border Dispute", "Peru-Chile Ties Deepen",
// "U.S.-Ghana Talks": the names in the compound are mentions, and the words after it
// are read on their own. The compound must end on a name, not on the
// first word of one that goes on ("China-Latin America", which
// splitSpacedCompound reads), and no natural
// feature may follow, whose name holds no mentions ("Qinghai–Tibet
// Plateau").
func (d *doc) splitLeadingCompound(c *claim, i, j int) bool {
	t := c.toks[i].text
	if j-i < 2 || !strings.ContainsFunc(t, hyphen) || !d.isKnown(t[strings.LastIndexFunc(t, hyphen)+1:]) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if lexicon.FeatureHeads.Has(c.toks[k].text) {
			return false
		}
	}
	if !d.splitCompound(c, i) {
		return false
	}
	d.segment(c, i+1, j, false, "")
	return true
}

// splitSpacedCompound reads a run of several words joined by hyphens into
// names of which one is printed in two words or more, "China-Japan-South
// Korea", "US-South Korea", "South Korea-Japan", "China-New Zealand": each
// part between hyphens is a name the article or the gazetteer knows, and
// a mention, as a compound of one-word names is (splitCompound).
//
// Words after the last name are read on their own, a thing's or an
// event's head ("the China-Central Asia Summit"), unless a head word makes
// the whole run a body's name ("the China-Latin America Forum") or a
// natural feature's, whose name holds no mentions ("Qinghai–Tibet
// Plateau").
func (d *doc) splitSpacedCompound(c *claim, i, j int) bool {
	if j-i < 2 || !c.hasHyphen(i, j) {
		return false
	}
	type part struct {
		from, to int
		key      string
		typ      claimx.EntityType
		rank     int
	}
	var parts []part
	from, end := c.toks[i].start(), c.toks[j-1].end()
	rest := j // the first token after the last name
	for k := from; k <= end; k++ {
		if k < end && !hyphen(c.src.at(k)) {
			continue
		}
		key, typ, rank, ok := d.known(c.src.slice(from, k))
		for k == end && !ok && rest-1 > i && c.toks[rest-2].end() > from {
			// The last name may end before the run does.
			rest--
			key, typ, rank, ok = d.known(c.src.slice(from, c.toks[rest-1].end()))
		}
		if !ok || typ == "" {
			return false
		}
		parts = append(parts, part{from, min(k, c.toks[rest-1].end()), key, typ, rank})
		from = k + 1
	}
	if rest < j {
		if typ, _ := d.headType(c, i, j); typ == claimx.Org || c.hasFeatureHead(rest, j) {
			return false
		}
	}
	for _, p := range parts {
		d.emitSpan(c, p.from, p.to, p.key, p.typ, p.rank)
	}
	if rest < j {
		d.segment(c, rest, j, false, "")
	}
	return true
}

// hasFeatureHead reports whether a word of tokens [i, j) heads a natural
// feature's name (lexicon.FeatureHeads): "Plateau".
func (c *claim) hasFeatureHead(i, j int) bool {
	for k := i; k < j; k++ {
		if lexicon.FeatureHeads.Has(c.toks[k].text) {
			return true
		}
	}
	return false
}

// hasHyphen reports whether a word of tokens [i, j) holds a hyphen.
func (c *claim) hasHyphen(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.ContainsFunc(c.toks[k].text, hyphen) {
			return true
		}
	}
	return false
}

// joinParticles joins a name's particle to the part after it: "al-Qaeda-
// linked" is made of "al-Qaeda" and "linked".
func joinParticles(parts []string) []string {
	for n := 0; n+1 < len(parts); n++ {
		if lexicon.NameParticles.Has(parts[n]) && parts[n] == strings.ToLower(parts[n]) {
			parts[n] += "-" + parts[n+1]
			parts = slices.Delete(parts, n+1, n+2)
		}
	}
	return parts
}

// splitKnown reads two known names back to back as two, a caption's
// "Apple Nintendo", unless the second is headed like a body, which the
// first then owns ("CCP Politburo", "PLA National Defense University").
func (d *doc) splitKnown(c *claim, i, j int) bool {
	if lexicon.OrgHeads.Has(c.toks[j-1].text) {
		return false
	}
	for e := i + 1; e < j; e++ {
		if d.isKnown(c.text(i, e)) && d.isKnown(c.text(e, j)) {
			d.segment(c, i, e, false, "")
			d.segment(c, e, j, false, "")
			return true
		}
	}
	return false
}

// salvagePrefix reads a phrase that opens with a listed name: after an
// organisation a line of business makes it a part of it named after it
// ("Alibaba Cloud", "Bloomberg Economics"), other words a product,
// programme or document of it, which names the organisation alone ("Apple
// Pay", "Intel Core", "UNESCO World Heritage", "Mozilla Manifesto"); a
// place stays a place and the rest is read on its own ("Hong Kong
// Ordinance" names Hong Kong).
func (d *doc) salvagePrefix(c *claim, i, j int) bool {
	for e := j - 1; e > i; e-- {
		g, ok := d.g.Lookup(c.text(i, e))
		switch {
		case !ok:
			continue

		case g.Type == claimx.Org && j-e <= 2 && lexicon.SectorHeads.Has(c.toks[j-1].text) && d.nameShape(c, e, j) && !c.hasConnector(e, j) && !c.numberAfter(j):
			d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.Org, rankStrong)
		case g.Type == claimx.Org && (c.numberAfter(j) || lexicon.ThingHeads.HasNoun(c.toks[j-1].text) || j-e <= 2 && d.nameShape(c, e, j) && !c.hasConnector(e, j)):
			// "Huawei Mate 60" and "Apple Pay" are products of their
			// makers, the "State Council White Paper" a document of the
			// council; a law or a treaty ("the UN Charter") names the
			// body only where the article names it elsewhere too
			// (resolve).
			d.emit(c, i, e, gazKey(g), g.Type, rankListed).instrument = instrumentOf(c, e, j)
		case g.Type == claimx.GPE:
			// A place before a person's name stands on its own ("US Xie
			// Feng" after "Ambassador to the"); before other words it
			// opens the name of something else, a periodical, a company,
			// a work ("China Leadership Monitor", "Kenya Airways"), and
			// is no mention of the place.
			if typ, rank := d.nameType(c, e, j, ""); (typ != claimx.Person || rank < rankStrong) && !(d.roleOfPlace(c, i) && d.personShape(c, e, j)) {
				return true
			}
			d.emit(c, i, e, gazKey(g), g.Type, rankListed)
			d.segment(c, e, j, false, "")
		default:
			return false
		}
		return true
	}
	return false
}

// instrumentOf reports whether the words [e, j) after a body's name make
// the name of a law or a treaty (lexicon.InstrumentHeads), whose head word
// opens or closes them: "Convention on the Law of the Sea", "Charter".
func instrumentOf(c *claim, e, j int) bool {
	return lexicon.InstrumentHeads.HasNoun(c.toks[e].text) || lexicon.InstrumentHeads.HasNoun(c.toks[j-1].text)
}

// roleOfPlace reports whether a role noun and a preposition stand right
// before token i, the place the role serves in or is sent to: "envoy to
// Ghana", "consul in Mombasa", "minister of Fiji". A name after the place
// is the person who holds the role.
func (d *doc) roleOfPlace(c *claim, i int) bool {
	if i < 2 || !c.toks[i].joined() || !c.toks[i-1].joined() {
		return false
	}
	switch c.toks[i-1].text {
	case "to", "in", "at", "of":
		return d.isRoleNoun(c.toks[i-2].text)
	}
	return false
}

// splitOwner reads the owner written before a government body named for
// its field. A state's adjective is part of the name as printed, as it is
// before a listed body (splitAdjective) and before a head word closing the
// name: "the Spanish Ministry of Industry", like "the Spanish Industry
// Ministry"; where an "and" follows, which may join two names ("the
// Spanish Ministry of Ports and the Port Authority"), the later steps
// judge the parts first. Another demonym, or an acronym the article defines for a
// place, says whose body it is, and the name is the rest ("XUAR
// Department of Labour", "Tibetan Bureau of Culture"). A generic word
// stays ("National Bureau of Statistics"), and so does an acronym the
// article takes for granted ("US Department of Labor"); a phrase listed
// whole ("Chinese Academy of Sciences") never reaches here.
func (d *doc) splitOwner(c *claim, i, j int) bool {
	if j-i < 4 || !lexicon.OfficeHeads.Has(c.toks[i+1].text) || c.toks[i+2].text != "of" {
		return false
	}
	t := c.toks[i]
	if nationality(t) && lexicon.StateAdjectives.Has(t.text) {
		if c.hasAnd(i+3, j) {
			return false
		}
		d.emit(c, i, j, "n:"+gazetteer.Key(c.text(i, j)), claimx.Org, rankStrong)
		return true
	}
	owner := !t.acronym() && lexicon.Adjectives.Has(t.text) && !lexicon.Generic.Has(t.text)
	if _, defined := d.defs[gazetteer.Key(t.text)]; t.acronym() && defined {
		_, typ, _, _ := d.known(t.text)
		owner = typ == claimx.GPE
	}
	if !owner {
		return false
	}
	d.segment(c, i, i+1, false, "")
	d.segment(c, i+1, j, false, claimx.Org)
	return true
}

// hasAnd reports whether a token in [i, j) is "and" or "&".
func (c *claim) hasAnd(i, j int) bool {
	for k := i; k < j; k++ {
		if t := c.toks[k].text; t == "and" || t == "&" {
			return true
		}
	}
	return false
}

// branchOf reads a listed place followed by a listed organisation as the
// organisation's local branch: "Beijing Chinese People’s Political
// Consultative Conference", "Guangdong Communist Youth League". The state
// the body is listed for names the body itself: "PRC Ministry of Public
// Security".
func (d *doc) branchOf(c *claim, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if p, ok := d.g.Lookup(c.text(i, k)); ok && p.Type == claimx.GPE {
			if o, ok := d.g.Lookup(c.text(k, j)); ok && o.Type == claimx.Org {
				key := "n:" + gazetteer.Key(c.text(i, j))
				if d.ownState(c.text(i, k), gazKey(o)) {
					key = gazKey(o) // "PRC Ministry of Public Security": the state's own, no branch
				}
				d.emit(c, i, j, key, claimx.Org, rankListed)
				return true
			}
		}
	}
	return false
}

// splitModifier separates a hyphenated modifier from the name after it,
// "American-led Group of Government Experts", "Beijing-based Foo
// Institute", "Mercer Island-based Dana F. Besecker Company", or reads one
// that stands alone, "the Shenzhen-based maker": the names in a one-word
// modifier are read by splitCompound, a longer one by modifierName.
func (d *doc) splitModifier(c *claim, i, j int, cue claimx.EntityType) bool {
	k := i
	suffix := modifierSuffix(c.toks[i].text)
	if (cue == claimx.Person || suffix != "" && d.chineseName(c, i, min(i+2, j))) && !participle(suffix) && d.personShape(c, i, j) {
		return false // a person's hyphenated given name: "Bi-khim Hsiao", "Shun-wen Wang"
	}
	if suffix == "" {
		// Further in, only a participle is a modifier: "Ing-wen" is
		// part of a name.
		for k = i + 1; k < j && !participle(modifierSuffix(c.toks[k].text)); k++ {
		}
	}
	switch {
	case k == j:
		return false
	case k > i:
		if from := d.andBeforeModifier(c, i, k, cue); from < k {
			d.modifierName(c, from, k)
		} else {
			d.segment(c, k, k+1, false, "") // the modifier alone: "and Nairobi-based"
		}
	case j-i == 1:
		d.splitCompound(c, i) // a modifier alone is no name, whatever a list around it suggests
		return true
	default:
		d.segment(c, i, i+1, false, "")
	}
	if k+1 < j {
		if cue == "" && modifierSuffix(c.toks[k].text) == "based" {
			cue = claimx.Org // what is based somewhere is a body: "the Kaohsiung-based Fo Guang Shan"
		}
		d.segment(c, k+1, j, false, cue)
	}
	return true
}

// andBeforeModifier returns where the name in the modifier at token k
// starts, segmenting the names before it with cue: after the last "and"
// in [i, k] ("Beijing-based Xiaoyu Tech and Nairobi-based M-Kopa": the
// second place is Nairobi alone), unless a known name starts after an
// earlier one or at i ("Kestrel Fund and Trinidad and Tobago-based").
func (d *doc) andBeforeModifier(c *claim, i, k int, cue claimx.EntityType) int {
	t := c.toks[k]
	to := t.end() - utf8.RuneCountInString(modifierSuffix(t.text)) - 1
	from, last := i, i
	for n := i; n <= k; n++ {
		if n > i && c.toks[n-1].text != "and" {
			continue
		}
		last = n
		if d.isKnown(c.src.slice(c.toks[n].start(), to)) {
			from = n
			break
		}
		from = -1
	}
	if from < 0 {
		from = last
	}
	if from > i {
		d.segment(c, i, from-1, false, cue)
	}
	return from
}

// modifierSuffix returns the lower-case part after the last hyphen of w,
// "based" of "Island-based", or "" when there is none.
func modifierSuffix(w string) string {
	h := strings.LastIndexFunc(w, hyphen)
	if h < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(w[h:])
	if rest := w[h+size:]; rest != "" && unicode.IsLower([]rune(rest)[0]) {
		return rest
	}
	return ""
}

// participle reports whether the suffix of a modifier is a participle or
// another word that makes an adjective of the name before it: "based",
// "led", "run", "born".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || slices.Contains([]string{"run", "born", "made", "built"}, w)
}

// modifierName emits the name that tokens [i, k) and the part of token k
// before its modifier suffix make: a known name ("Saudi Arabia-led"), or
// a place where something is based ("Mercer Island-based").
func (d *doc) modifierName(c *claim, i, k int) {
	t := c.toks[k]
	suffix := modifierSuffix(t.text)
	to := t.end() - utf8.RuneCountInString(suffix) - 1
	name := c.src.slice(c.toks[i].start(), to)
	if key, typ, rank, ok := d.known(name); ok && typ != "" {
		d.emitSpan(c, c.toks[i].start(), to, key, typ, rank)
		return
	}
	if suffix == "based" && d.placeShape(c, i, k) {
		d.emitSpan(c, c.toks[i].start(), to, "n:"+gazetteer.Key(name), claimx.GPE, rankStrong)
	}
}

// organOf reads a body named with the organisation it belongs to as
// one organisation under that fullest name: "Hong Kong and Macao Affairs
// Office of the State Council", "Institute of Party History and
// Literature of the CPC Central Committee" (a listed body keeps its
// identity under the fuller name). The part after "of" must be a known
// organisation, or one the article defines or that "the" introduces whose
// head word says so; a body of a place is a name as it stands ("Bank of
// China"), and so is a body "of" a field ("Ministry of Commerce"). After an
// ordinal, the phrase is a meeting and only the organisation is named.
func (d *doc) organOf(c *claim, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c.toks[k].text != "of" {
			continue
		}
		t := k + 1
		the := t < j && c.toks[t].text == "the"
		if the {
			t++
		}
		if t >= j {
			return false
		}
		key, typ, _, ok := d.known(c.text(t, j))
		if typ == "" && (ok || the && key == "") {
			typ, _ = d.headType(c, t, j)
		}
		if typ != claimx.Org {
			continue
		}
		if body, _ := d.headType(c, i, k); body != claimx.Org {
			continue
		}
		key, listed, _, _ := d.known(c.text(i, k))
		if e, ok := d.g.Lookup(c.text(i+1, k)); listed == "" && ok && lexicon.Generic.Has(c.toks[i].text) {
			// The fuller form of a listed name after a generic
			// adjective, as splitAdjective reads it: the Central
			// Organization Department.
			key, listed = gazKey(e), e.Type
		}
		switch {
		case partyCongress(c, k, t, j) || c.ordinalBefore(i) && strings.EqualFold(c.toks[k-1].text, "congress"):
			// "the 19th National Congress of the CCP" is a meeting
			// of the party, not a body of it.
			d.segment(c, t, j, false, "")
		case c.ordinalBefore(i):
			// "the 18th Central Committee of the CPC" is the body in
			// one of its terms: the body and the party are named.
			d.segment(c, i, k, false, claimx.Org)
			d.segment(c, t, j, false, "")
		case listed == claimx.Org:
			// The fuller name of a listed body is that body.
			d.emit(c, i, j, key, claimx.Org, rankListed)
		default:
			d.emitHeaded(c, i, j, claimx.Org, rankStrong)
		}
		return true
	}
	return false
}

// numberedCongress reads "the 19th CPC National Congress", "the 18th CCP
// Congress": after an ordinal, a body's name (known, defined or headed)
// before "Congress" (or "National Congress") names one of the body's
// congresses, a meeting, as "the 19th National Congress of the CCP" does;
// only the body is named, and "the 20th National Congress" alone names
// nothing. The "14th National People's Congress" is a listed body of its
// own.
func (d *doc) numberedCongress(c *claim, i, j int) bool {
	e := j - 1
	if j-i < 2 || !c.ordinalBefore(i) || c.toks[e].text != "Congress" {
		return false
	}
	if e-1 >= i && c.toks[e-1].text == "National" {
		e--
	}
	if e == i {
		return j-i == 2 // "At its 20th National Congress, the CPC": the meeting alone
	}
	_, typ, _, ok := d.known(c.text(i, e))
	if !ok {
		typ, _ = d.headType(c, i, e)
	} else if typ == "" {
		typ = claimx.Org // an acronym the article defines: "the Kesh Unity Party (KUP)"
	}
	if typ != claimx.Org {
		return false
	}
	d.segment(c, i, e, false, claimx.Org)
	return true
}

// partyCongress reports whether the body before "of" at token k is the
// congress of the party named in [t, j): "the National Congress of the
// Communist Party of China", like "the 20th Party Congress", is a meeting
// of the party, which alone is named, as the ordinal before it would say.
func partyCongress(c *claim, k, t, j int) bool {
	if !strings.EqualFold(c.toks[k-1].text, "congress") {
		return false
	}
	for s := t; s < j; s++ {
		if c.toks[s].text == "Party" {
			return true
		}
	}
	return false
}

// naturalFeature accounts for a phrase that names a sea, a strait or a
// river, "East China Sea", "Gulf of Aden": it is no political unit, and the
// place named inside it is not mentioned.
func (d *doc) naturalFeature(c *claim, i, j int) bool {
	if j-i < 2 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if c.toks[k].text == "of" {
			return lexicon.FeatureHeads.Has(c.toks[k-1].text)
		}
	}
	return lexicon.FeatureHeads.Has(c.toks[j-1].text)
}
