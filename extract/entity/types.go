package entity

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// headType types a phrase of two or more words by its head word: the last
// word, or the word before its first "of"/"for"/"on" ("Ministry of
// Commerce", "Council on Foreign Relations"), or a word that opens a body's
// name ("Radio Pakistan"). A plural head names a set of
// like bodies under one name ("Marlow Institutes"), if a word before it
// is a name rather than a description ("Local Governments").
func (d *doc) headType(c *claim, i, j int) (claimx.EntityType, int) {
	words := 0
	head := j - 1
	for k := i; k < j; k++ {
		if !c.toks[k].connector() {
			words++
			continue
		}
		if t := c.toks[k].text; (t == "of" || t == "for" || t == "on") && head == j-1 && k > i {
			head = k - 1
		}
	}
	if words < 2 {
		return "", 0
	}
	if lexicon.OrgOpeners.Has(c.toks[i].text) && !c.toks[i+1].connector() {
		return claimx.Org, rankStrong // "Radio Pakistan", "Project Jonah"
	}
	if d.firmName(c, i, j) || d.generalAfterHead(c, j-1) || d.generalAfterHead(c, head) {
		return claimx.Org, rankStrong // "Consulate General (of Japan)"
	}
	if head < j-1 && lexicon.AbstractHeads.Has(c.toks[head].text) && !d.namedBody(c, i, head, j) {
		return "", 0 // "Historic Mission of the Party": no body, whatever the "of" names
	}
	if head < j-1 && c.toks[head+1].text == "of" && lexicon.ThingHeads.HasNoun(c.toks[head].text) {
		// "Constitution of the Chinese Communist Party", "Annual Report
		// of the Kenya Wildlife Service": a thing that belongs to the
		// body after "of" is no body, whatever that one's head word is.
		return "", 0
	}
	for _, h := range []int{j - 1, head} {
		w := c.toks[h].text
		switch {
		case h == j-1 && d.onlyHeads(c, i, h):
		case h == j-1 && lexicon.AbstractHeads.Has(w) && !d.namedBody(c, i, h, j):
			// "Moderately Prosperous Society", "Hostile Foreign Forces"
		case h > i && strings.EqualFold(w, "project") && lexicon.WorksNouns.Has(c.toks[h-1].text):
			// "Azad Pattan Hydropower Project" is a dam.
		case legalForm(w) && !d.namedBefore(c, i, h):
			// "Swiss AG Müller": a legal form names the company only
			// after a name of its own.
		case lexicon.LegalInitialisms.Has(w) && !legalForm(w):
			// "Hoang Sa", "Day Spa": initials written as a word are a
			// word of the name, not its legal form, and type nothing.
		case lexicon.OrgHeads.Has(w), lexicon.OrgHeads.HasNoun(w) && d.namedBefore(c, i, h):
			return claimx.Org, rankStrong
		case h == j-1 && lexicon.SectorHeads.Has(w) && d.ownName(c, i, h):
			return claimx.Org, rankStrong // "Zenvora Mining", "Tata Steel"
		case lexicon.PlaceHeads.Has(w) && !d.commonNoun(c, i, h):
			return claimx.GPE, rankStrong
		case h == j-1 && head == j-1 && w == "State" && !c.toks[h].acronym() && !nationality(c.toks[h-1]) && d.placeShape(c, i, h):
			// "Cross River State", "Rakhine State": a state named for
			// a place; not the "Deep State" or a "Police State", whose
			// words the article writes in lower case too, nor the
			// "Chinese State" (Councilor), a nation's, nor a state
			// after a head's "of", "United States Department of State",
			// which is the department's field.
			return claimx.GPE, rankStrong
		}
	}
	return "", 0
}

// firmName reports whether an ampersand joins names in [i, j): no
// person's name holds one, and a firm's, a paper's or a shop's often does
// ("Johnson & Johnson", "Marks & Spencer"). Fields of work joined so
// ("Research & Development", "Search & Navigation": words the article
// also writes in lower case) and a title in capitals ("Hypocrisy Of …")
// name no body.
func (d *doc) firmName(c *claim, i, j int) bool {
	amp := -1
	for k := i; k < j; k++ {
		switch t := c.toks[k]; {
		case t.text == "&" && amp < 0 && k > i:
			amp = k
		case t.connector() || lexicon.Common.Has(t.text):
			return false // "S&P Global and Ernst & Young" are two
		}
	}
	return amp > 0 && amp < j-1 && d.ownWord(c, i, amp) && d.ownWord(c, amp+1, j)
}

// ownWord reports whether a word in [i, j) is a name's own: no head word,
// generic word or adjective, and none the article writes in lower case.
func (d *doc) ownWord(c *claim, i, j int) bool {
	for k := i; k < j; k++ {
		if t := c.toks[k]; !lexicon.OrgHeads.HasNoun(t.text) && !d.inAny(t.text, lexicon.Generic, lexicon.Adjectives) && !d.lower[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// namedBody reports whether the phrase [i, j) whose head word at h is one
// of lexicon.AbstractHeads names a body: a word before the head is a name
// (describes no quality), or a place's name follows the head's "of" or
// "to" ("Permanent Mission of China", "Armed Forces of the Philippines").
// A place inside a body's name after "of" is no evidence: "Historic
// Mission of the Communist Party of China" is the party's mission.
func (d *doc) namedBody(c *claim, i, h, j int) bool {
	for k := i; k < h; k++ {
		if t := c.toks[k]; !t.connector() && !d.describes(t) {
			return true
		}
	}
	if h+1 < j && (c.toks[h+1].text == "of" || c.toks[h+1].text == "to") {
		if c.toks[h+1].text == "of" && d.bodyAfter(c, h+2, j) {
			return false
		}
		for k := h + 2; k < j; k++ {
			if e, ok := d.g.Lookup(c.toks[k].text); ok && e.Type == claimx.GPE {
				return true
			}
		}
	}
	return false
}

// bodyAfter reports whether tokens [k, j), "the" perhaps before them, are
// a body's name: one the gazetteer lists, or one a body's head word types.
func (d *doc) bodyAfter(c *claim, k, j int) bool {
	if k < j && c.toks[k].text == "the" {
		k++
	}
	if k >= j {
		return false
	}
	if _, typ, _, ok := d.known(c.text(k, j)); ok {
		return typ == claimx.Org
	}
	typ, _ := d.headType(c, k, j)
	return typ == claimx.Org
}

// describes reports whether t, capitalised before a head word, describes
// rather than names: a listed adjective, generic or function word (not a
// nationality: "Syrian Democratic Forces"), another head word, a word the
// article writes in lower case, or one shaped like an adjective, an adverb
// or an abstract noun ("Moderately Prosperous", "Productive", "Hostile",
// "United", "Quality").
func (d *doc) describes(t token) bool {
	if t.acronym() || nationality(t) || lexicon.GivenNames.Has(t.text) || lexicon.Surnames.Has(t.text) || d.isKnown(t.text) {
		return false
	}
	w := strings.ToLower(t.text)
	if d.inAny(w, lexicon.Adjectives, lexicon.Generic, lexicon.Common, lexicon.Comparatives, lexicon.Cardinals) || lexicon.OrgHeads.HasNoun(w) || d.lower[w] {
		return true
	}
	for _, suffix := range adjectiveEndings {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// adjectiveEndings are the endings of English adjectives, adverbs and
// abstract nouns that names rarely have.
var adjectiveEndings = []string{"ly", "ous", "ive", "ic", "al", "ed", "ing", "ful", "less", "ile", "ity", "ness"}

// commonNoun reports whether the phrase [i, h] a place's head word h ends
// is a common noun written in capitals after an indefinite article, "a
// Special Administrative Region", "an Autonomous Region": a place's name
// follows "a" only to modify a noun after it, "a Gaza City hospital".
func (d *doc) commonNoun(c *claim, i, h int) bool {
	if i == 0 || !c.toks[i].joined() || !strings.EqualFold(c.toks[i-1].text, "a") && !strings.EqualFold(c.toks[i-1].text, "an") {
		return false
	}
	n := h + 1
	return n >= len(c.toks) || !c.toks[n].joined() || c.toks[n].cap() || c.toks[h].poss() || c.toks[n].connector() || lexicon.Common.Has(c.toks[n].text)
}

// namedBefore reports whether a word in [i, h) may name something: not a
// connector, a head word, nor a generic, adjective or function word.
func (d *doc) namedBefore(c *claim, i, h int) bool {
	for k := i; k < h; k++ {
		if t := c.toks[k]; !t.connector() && !lexicon.OrgHeads.HasNoun(t.text) && !d.inAny(t.text, lexicon.Generic, lexicon.Adjectives, lexicon.Common) {
			return true
		}
	}
	return false
}

// ownName reports whether the words [i, h) before a line of business are
// a company's name of its own: no connector, no given name, and each word
// a name (not generic, an adjective, a head word, nor written in lower
// case elsewhere in the article). "Renewable Energy", "Samantha Power"
// and "Clean Energy" (beside "clean power") are no companies.
func (d *doc) ownName(c *claim, i, h int) bool {
	for k := i; k < h; k++ {
		t := c.toks[k]
		if t.connector() || lexicon.GivenNames.Has(t.text) || d.lower[strings.ToLower(t.text)] || lexicon.OrgHeads.HasNoun(t.text) || lexicon.SectorHeads.Has(t.text) ||
			d.inAny(t.text, lexicon.Generic, lexicon.Adjectives, lexicon.Common) {
			return false
		}
	}
	return i < h
}

// onlyHeads reports whether the words before the head at h are all head
// words themselves: "Party Congress" is a meeting, not a body.
func (d *doc) onlyHeads(c *claim, i, h int) bool {
	for k := i; k < h; k++ {
		if t := c.toks[k]; !t.connector() && !lexicon.OrgHeads.HasNoun(t.text) {
			return false
		}
	}
	return true
}

// nameType types a phrase that has no head word, from the shape of a
// person's name and the context: a hanzi name after it, a given name, a
// title or role noun before it, a reporting verb or an appositive after
// it. One word is typed as a person too, and resolve joins it to the
// fuller name it is short for. A name the article cites as a source and nothing else types is a
// body that publishes. A name followed by a number is a designation, a
// ship or a product ("the Haixun 09"), and is not typed.
func (d *doc) nameType(c *claim, i, j int, cue claimx.EntityType) (claimx.EntityType, int) {
	if typ, _ := d.headType(c, i, j); typ != "" {
		return typ, rankStrong
	}
	if cue == "" && d.cited[gazetteer.Key(c.text(i, j))] {
		cue = claimx.Org
	}
	if c.numberAfter(j) {
		return "", 0
	}
	n := j - i
	person := d.personShape(c, i, j)
	app := d.appositiveType(c, j)
	switch {
	case cue == "" && !lexicon.GivenNames.Has(c.toks[i].text) && !lexicon.Roles.HasNoun(c.toks[i].text) && !d.chineseName(c, i, j) && d.businessSubject(c, j):
		// "Zenvora posted a net loss": the subject of a business verb
		// with a company's object is a company, not a person; people
		// named by their role are no name ("Investors bought shares").
		return claimx.Org, rankWeak
	case cue == "" && d.outletAfterThe(c, i, j), n == 1 && cue == "" && !lexicon.GivenNames.Has(c.toks[i].text) && !d.familyName(c, i) && d.speaksThroughChannel(c, j):
		return claimx.Org, rankWeak
	case person && n >= 2 && d.spellsHanzi(c, i, j):
		return claimx.Person, rankStrong
	case person && d.chineseName(c, i, j), person && d.vietnameseName(c, i, j):
		return claimx.Person, rankStrong
	case person && n >= 2 && cue == "" && d.theBefore(c, i) && !lexicon.GivenNames.Has(c.toks[i].text) && d.reportingAfter(c, j):
		// A person takes no "the": "the Casa Rosada said", "the Blue
		// House said" name a seat of government that speaks.
		return claimx.Org, rankWeak
	case person && n >= 2 && (cue == claimx.Person || (cue != claimx.Org || lexicon.GivenNames.Has(c.toks[i].text)) && (d.reportingAfter(c, j) || app == claimx.Person || d.reportingBefore(c, i))):
		// A body speaks too: "consultancy Trivium Partners said",
		// "researchers at Recorded Future said"; a given name says the
		// speaker is a person whatever noun comes before ("Pakistan-based
		// developer Ammar Askar wrote").
		return claimx.Person, rankStrong
	case person && n == 1 && (cue == claimx.Person || app == claimx.Person || d.inverted(c, i)):
		return claimx.Person, rankStrong // "his wife Grace", "”, says Parata"
	case person && n == 1 && cue == "" && d.familyName(c, i) && (d.reportingAfter(c, j) || c.auxiliaryAfter(j)):
		// "Kim might attend", "Wang said": a Chinese, Korean or
		// Vietnamese family name that speaks or acts is a person's, the
		// article's fuller name for it or, with none, the name itself.
		return claimx.Person, rankStrong
	case person && n == 1 && cue == "" && d.reportingAfter(c, j):
		// "Parata said" is a surname, or the name of a body that speaks:
		// evidence for a fuller name, not a person of its own.
		return claimx.Person, rankWeak
	case person && n >= 2 && cue != claimx.Org && lexicon.GivenNames.Has(c.toks[i].text):
		return claimx.Person, rankWeak
	case person && n >= 3 && cue != claimx.Org && c.toks[i].initial() && c.toks[i+1].initial() && !c.toks[j-1].initial():
		// "A. K. Sharma", "K. H. Ting": two initials open only a
		// person's name; one may shorten a word of a place ("S. Korea").
		return claimx.Person, rankWeak
	case (app == claimx.Org || app == claimx.GPE) && d.nameShape(c, i, j) && !c.hasConnector(i, j) && !(c.toks[i].sentStart() && (d.plainOpener(c.toks[i]) || !c.appositiveClosed(j))):
		// Not "Separately, the bureau said": a name that opens the
		// sentence has its appositive closed by a comma before the
		// verb ("Zenvora, a Tokyo-based maker, said"); else the phrase
		// after the comma is the subject ("Overnight, the small Baltic
		// country disappeared").
		return app, rankStrong
	case (cue == claimx.Org || cue == claimx.GPE && d.placeShape(c, i, j)) && d.nameShape(c, i, j) && !c.hasConnector(i, j) && !c.hasDigit(i, j) && (n > 1 || !lexicon.OrgHeads.Has(c.toks[i].text)):
		return cue, rankWeak
	}
	return "", 0
}

// outletAfterThe reports whether the name [i, j) after "the" is the name
// of a paper or a body: a person takes no "the", so a name after it that
// publishes ("The Hindu reported", "the Herald Sun wrote") or a single
// word that speaks ("the Clarion said") names an outlet. A nationality or a group
// that speaks names people ("the Chinese said", "the Americans argued"), a
// word never a name on its own names nobody ("the Pope said"), and a noun
// that refers to a body the article names ("the Government has
// admitted", which resolve reads) or a body's head word that speaks ("the
// Bank said") is no name of its own.
func (d *doc) outletAfterThe(c *claim, i, j int) bool {
	t := c.toks[i]
	if i == 0 || !t.joined() || !strings.EqualFold(c.toks[i-1].text, "the") || t.acronym() || d.notName(t.text) && !nationality(t) ||
		!placeWord(t.text) || d.inAny(t.text, lexicon.ReferringNouns, lexicon.StateVoices, lexicon.Legislatures) {
		return false
	}
	if k, ok := c.next(j); ok && lexicon.PressVerbs.Has(c.toks[k].text) {
		return true // "the Herald Sun reported", a paper's name of any length
	}
	return j-i == 1 && !nationality(t) && !lexicon.Adjectives.HasNoun(t.text) && !groupPlural(t.text) && !lexicon.OrgHeads.HasNoun(t.text) && d.reportingAfter(c, j)
}

// personShape: one to four capitalised words (particles such as "de"
// allowed inside), none of them a common, generic, role, head, calendar or
// adjective word, an acronym or a number.
func (d *doc) personShape(c *claim, i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		t := c.toks[k]
		if t.connector() {
			if !lexicon.NameParticles.Has(t.text) || k == i {
				return false
			}
			continue
		}
		if k > i && regnal(t.text) {
			continue // "Elizabeth II"
		}
		if !d.personWord(t) && !(k > i && k+1 < j && nameSuffix(c.toks[k+1])) && !(k == i && d.bareInitials(c, i, j)) || k == i && j-i >= 3 && d.listedPlace(t) {
			return false // "France Lu Shaye" after "ambassador to"; but "Martin Luther King Jr."
		}
		words++
	}
	return words >= 1 && words <= maxName
}

// listedPlace reports whether t is a place the gazetteer lists and no
// given name or surname: before a person's name it is the place the
// person's title names ("ambassador to France Lu Shaye"), not part of the
// name.
func (d *doc) listedPlace(t token) bool {
	e, ok := d.g.Lookup(t.text)
	return ok && e.Type == claimx.GPE && !lexicon.GivenNames.Has(t.text) && !lexicon.Surnames.Has(t.text)
}

// personWord: a word that may be part of a person's name. Listed surnames
// and given names are, even when they are also common words ("He Lifeng").
func (d *doc) personWord(t token) bool {
	if !t.cap() || (t.acronym() && !t.initial() && !d.initials(t.text)) || strings.ContainsFunc(t.text, unicode.IsDigit) {
		return false
	}
	if t.initial() || lexicon.Surnames.Has(t.text) || lexicon.GivenNames.Has(t.text) {
		return true
	}
	if lexicon.Adjectives.HasNoun(t.text) || groupPlural(t.text) {
		return false // "Muslims, who", "Islamists, who"
	}
	if h := strings.IndexFunc(t.text, hyphen); h > 0 && lexicon.IsTitle(t.text[:h]) {
		return false // "Lt General-level talks": a title's rank qualifies what follows
	}
	return !d.notName(t.text) && !lexicon.OrgHeads.Has(t.text) && !lexicon.PlaceHeads.Has(t.text)
}

// initials reports whether w is two or more initials written as one word,
// "H.W.", "J.R.R.": single capitals each with its full stop, and no
// acronym the article or the gazetteer knows ("U.S.", "U.N.").
func (d *doc) initials(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n >= 4 && n%2 == 0 && !d.isKnown(w)
}

// bareInitials reports whether the name [i, j) opens with initials
// written as two or three capitals with no stops before a name in mixed
// case, as South Asian names often are ("GK Pillai", "KPS Gill"): a
// word in capitals that no list, definition or title knows, before a
// word that is no known name ("KTN Kenya" is a body in Kenya's name).
func (d *doc) bareInitials(c *claim, i, j int) bool {
	t := c.toks[i]
	if j-i < 2 || !t.acronym() || len(t.text) < 2 || len(t.text) > 3 {
		return false
	}
	if next := c.toks[i+1]; next.acronym() || !d.personWord(next) || d.lower[strings.ToLower(next.text)] || d.isKnown(next.text) || lexicon.PluralTitle(next.text) {
		return false // nor "NGO Leaders"
	}
	for _, r := range t.text {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return !d.isKnown(t.text) && !d.inAny(t.text, lexicon.CommonAcronyms, lexicon.TitleAcronyms, lexicon.OrgHeads, lexicon.Roles, lexicon.TitleModifiers)
}

// groupPlural: a capitalised plural in "-ists" or "-ians" names a group
// of people, not a person ("Islamists", "Tunisians").
func groupPlural(w string) bool {
	return strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians")
}

// notNames are the lists of words that are never a name on their own.
var notNames = []*lexicon.List{lexicon.Common, lexicon.Generic, lexicon.Calendar, lexicon.Adjectives,
	lexicon.Roles, lexicon.TitleModifiers, lexicon.ThingHeads, lexicon.FeatureHeads}

// notName reports whether w is a word that is never a name on its own: on
// one of notNames, a title ("Vice-Premier", "Dr."), a doctrine in "-ism"
// ("Marxism"), or the plural of a nationality or a title (plurals).
func (d *doc) notName(w string) bool {
	return d.inAny(w, notNames...) || lexicon.IsTitle(w) || strings.HasSuffix(strings.ToLower(w), "ism") || d.plurals(w)
}

// plurals reports whether w is the plural of a word that names no one on
// its own: of a nationality, the people ("Kenyans", "Uyghurs",
// "Filipinos"), which is no entity, as the nationality is not; of a
// title, left over where a qualifying word is read off it ("the Senior
// Leaders section"). A place spelled so is a name the gazetteer lists
// ("the Philippines").
func (d *doc) plurals(w string) bool {
	return (lexicon.Adjectives.Has(lexicon.Singular(w)) || lexicon.PluralTitle(w)) && !d.isKnown(w)
}

func (d *doc) inAny(w string, lists ...*lexicon.List) bool {
	for _, l := range lists {
		if l.Has(w) {
			return true
		}
	}
	return false
}

// nameShape: not made only of words that cannot be a name on their own.
func (d *doc) nameShape(c *claim, i, j int) bool {
	for k := i; k < j; k++ {
		t := c.toks[k]
		if t.connector() || t.initial() {
			continue
		}
		if t.acronym() || !d.notName(t.text) {
			return true
		}
	}
	return false
}

// placeShape reports whether tokens [i, j), which only a preposition or a
// list calls a place, are shaped like a place's name rather than a
// product's or a body's: no acronym ("in ATF"), no capital inside a word
// ("in JavaScript", "OAuth"), no dotted word ("in Node.js"), and a word the
// article never writes in lower case ("at Energy Control").
func (d *doc) placeShape(c *claim, i, j int) bool {
	proper := false
	for k := i; k < j; k++ {
		if c.toks[k].acronym() || !placeWord(c.toks[k].text) {
			return false
		}
		proper = proper || !d.lower[strings.ToLower(c.toks[k].text)]
	}
	return proper
}

// placeWord reports whether w may be a word of a place's name: no capital
// inside it and no dot ("JavaScript-based" and "in Node.js" are not).
func placeWord(w string) bool {
	return !innerCapital(w) && !strings.Contains(strings.TrimSuffix(w, "."), ".")
}

// innerCapital reports whether a capital follows a lower-case letter in w,
// as in the names of software and brands ("JavaScript", "iPhone"), but not
// the Scottish and Irish "Mc", "Mac" ("McAllen") nor a surname's particle
// fused to it ("DeSantis", "DiMaggio", "VanDyke").
func innerCapital(w string) bool {
	prev := ' '
	for n, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) && !lexicon.SurnamePrefix(w[:n]) {
			return true
		}
		prev = r
	}
	return false
}

// chineseName: a surname and a romanised given name, "Xi Jinping", "Ouyang
// Ming", "Tsai Ing-wen", optionally after an English given name, "John Lee
// Ka-chiu"; or, in the Western order that papers abroad print, a
// hyphenated given name before the surname, "Shun-wen Wang", "Mei-ling
// Hsu" (an unhyphenated one, "Jinping Xi", is too like an English word
// before a surname, "Sun Wang"; a hyphenated word made of a name is a
// modifier, "Xi-ally Wang Qishan").
func (d *doc) chineseName(c *claim, i, j int) bool {
	if j-i == 3 && lexicon.GivenNames.Has(c.toks[i].text) {
		i++
	}
	if j-i != 2 {
		return false
	}
	if first := c.toks[i].text; lexicon.Surnames.Has(c.toks[i+1].text) && hyphenatedGiven(first) {
		// Not a modifier made of a name: "Xi-ally Wang Qishan".
		a, _, _ := strings.Cut(first, "-")
		return !d.isKnown(a) && !lexicon.Adjectives.Has(a)
	}
	if !lexicon.Surnames.Has(c.toks[i].text) {
		return false
	}
	given := c.toks[i+1].text
	if hyphenatedGiven(given) {
		return true
	}
	if strings.Contains(given, "-") {
		return false
	}
	return lexicon.PinyinGiven(given)
}

// familyName reports whether token i is a listed Chinese, Korean or
// Vietnamese family name standing as a name: not a function word ("He
// said") nor after "the" ("the Sun said" is a newspaper).
func (d *doc) familyName(c *claim, i int) bool {
	t := c.toks[i]
	return (lexicon.Surnames.Has(t.text) || lexicon.VietSurnames.Has(t.text)) && !lexicon.Common.Has(t.text) &&
		!(i > 0 && c.toks[i].joined() && strings.EqualFold(c.toks[i-1].text, "the"))
}

// vietnameseName: a Vietnamese family name and two or three names of one
// syllable, "Nguyen Phu Trong", "Pham Minh Chinh", "Nguyen Thi Kim Ngan":
// short capitalised words, none hyphenated nor a name the article or the
// gazetteer knows of its own ("Tran Van Hanoi" is no name).
func (d *doc) vietnameseName(c *claim, i, j int) bool {
	if j-i < 3 || j-i > 4 || !lexicon.VietSurnames.Has(c.toks[i].text) && !(lexicon.VietShort.Has(c.toks[i].text) && lexicon.VietMiddle.Has(c.toks[i+1].text)) {
		return false
	}
	for k := i + 1; k < j; k++ {
		t := c.toks[k]
		if t.acronym() || t.initial() || t.poss() && k < j-1 || utf8.RuneCountInString(t.text) > 5 || !vietSyllable.MatchString(t.text) || d.isKnown(t.text) {
			return false
		}
	}
	return true
}

// vietSyllable is one Vietnamese syllable written without its marks: an
// initial consonant (or none), vowels, and one of the finals the language
// allows, "Thi", "Ngoc", "Xuan", "Khanh"; "Gogh", "Halen" and "Port" are
// none.
var vietSyllable = regexp.MustCompile(`^(?i)(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouyăâêôơư]+(ng|nh|ch|[cmnpt])?$`)

// hyphenatedGiven reports whether w is a romanised two-syllable given name
// written with a hyphen, "Ing-wen", "Jae-in", "Ka-chiu": two short parts,
// the second in lower case.
func hyphenatedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && !strings.Contains(b, "-") && len(a) <= 6 && len(b) <= 6 && b != "" && unicode.IsLower([]rune(b)[0]) && unicode.IsUpper([]rune(a)[0])
}

// theBefore reports whether a lower-case "the" stands right before token i.
func (d *doc) theBefore(c *claim, i int) bool {
	return i > 0 && c.toks[i].joined() && c.toks[i-1].text == "the"
}
