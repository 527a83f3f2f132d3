package entity

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// contextCue reads the words before a run: a lower-case role noun makes it
// a person ("scholars Zhao Jun"), and so does its plural before "like",
// "including" or "such as" a full name; "companies like" an organisation,
// "countries such as" and "the city of" a place, and so does "in" before a
// name [i, j) that ends the phrase ("a student in Leeds, ...", "In
// Yanbian, ...", but not "in Faroese waters"), or "at" after a verb of
// arriving ("the frigate called at Massawa"). A capitalised word counts
// when it only opens the sentence ("In").
func (d *doc) contextCue(c *claim, i, j int) claimx.EntityType {
	if d.roleBefore(c, i, j) || quotedTitleBefore(c, i, j) && d.personShape(c, i, j) {
		return claimx.Person
	}
	if messrs(c, i) {
		return claimx.Org // "M/s Sinosure"
	}
	w, ok := d.cueWord(c, i)
	if !ok {
		return ""
	}
	if (d.isRoleNoun(w) || d.agentNoun(c, i-1) && j-i >= 2 && d.personShape(c, i, j)) && !d.modifiesPeople(c, j) {
		return claimx.Person
	}
	if lexicon.OrgModifiers.Has(w) {
		return claimx.Org // "the ruling Zanu-PF"
	}
	if typ := d.nounBefore(c, i); typ != "" {
		return typ
	}
	if (w != "" && compassAdjective(w) || w == "the" && c.placeNounAfter(j)) && d.placeShape(c, i, j) {
		return claimx.GPE // "in northern Tigray", "the Amhara region"
	}
	k := i - 1
	prev := c.toks[k]
	before := func() string { // the lower-case word before prev, if joined to it ("Researchers at" opening a sentence too)
		if k == 0 || !prev.joined() || c.toks[k-1].cap() && !c.toks[k-1].sentStart() {
			return ""
		}
		return strings.ToLower(c.toks[k-1].text)
	}
	switch {
	case w == "of" && lexicon.PlaceHeads.Has(before()):
		return claimx.GPE // "the city of Zhongwei"
	case w == "at" && d.isRoleNoun(before()),
		w == "of" && (lexicon.CorporateRoles.Has(before()) || lexicon.Securities.Has(before())),
		w == "for" && lexicon.BodyVoices.Has(before()),
		w == "in" && lexicon.Securities.Has(before()):
		return claimx.Org // "an analyst at Omdia", "chairman of Dakang Farming", "a spokesperson for Quillon", "a stake in Kavlin"
	case w == "by" && lexicon.Authoring.Has(before()) && d.fullNames(c, i, j),
		w == "to" && k > 0 && prev.joined() && strings.EqualFold(c.toks[k-1].text, "according") && d.fullNames(c, i, j):
		return claimx.Person // "translated by Geremie R. Barmé", "according to Kofi Boateng", "written by Siddharth Varadarajan and Aarti Tikoo"
	case j-i == 1 && w == "by" && lexicon.PublishingVerbs.Has(before()) && d.bodyWord(c.toks[i]),
		j-i == 1 && (w == "told" || w == "by" && lexicon.Studies.Has(before())) && d.bodyWord(c.toks[i]) && d.bodySpelling(c.toks[i]):
		// "published by Brill", "told KoroNews", "a survey by
		// Zhaopin.com". Whom a source told is a person as often as an
		// outlet, where the name closes the clause too ("…, she told
		// Mahlangu."), so one spelled as a surname is no body. A
		// person the article names stays one (resolvePending).
		return claimx.Org
	case w == "at" && lexicon.PlaceVerbs.Has(before()),
		(w == "in" || w == "near") && !lexicon.Publications.Has(before()) && d.phraseEnds(c, j) && !d.titleCased(c, k):
		return claimx.GPE
	case w == "like" || w == "including":
	case w == "as" && k > 0 && c.toks[k-1].text == "such" && c.toks[k-1].joined() && prev.joined():
		k--
	default:
		return ""
	}
	if k == 0 || !c.toks[k].joined() && c.sep(k) != ", " { // "companies, including"
		return ""
	}
	group := strings.ToLower(c.toks[k-1].text)
	switch {
	case lexicon.OrgGroups.Has(group):
		return claimx.Org
	case lexicon.PlaceGroups.Has(group):
		return claimx.GPE
	case d.isRoleNoun(lexicon.Singular(group)) && d.fullNames(c, i, j):
		return claimx.Person // "analysts such as Kwame Asante", "critics including Tamati Rewi"
	}
	return ""
}

// bodyWord reports whether the one word t, which a speech or publishing
// verb takes for its object or agent, may be a body's name: no given name
// or Chinese surname, no surname spelled with a capital after its prefix
// ("DeSantis", "McCain"), no nationality, no ordinary word.
func (d *doc) bodyWord(t token) bool {
	w := strings.ToLower(t.text)
	prefixed := strings.IndexFunc(t.text[1:min(4, len(t.text))], unicode.IsUpper) >= 0 && !t.acronym()
	return !prefixed && !lexicon.GivenNames.Has(w) && !lexicon.Surnames.Has(w) && !nationality(t) && !lexicon.Common.Has(t.text) && !d.lower[w]
}

// bodySpelling reports whether the one word t is spelled or listed as a
// body's name, as a bare surname is not: whom a source "told", or whose
// "study" it is, is a person as often as an outlet ("told Rashford", "a
// study by Kissinger"), but not under a brand's capital inside
// ("KoroNews"), an acronym, a web domain ("Zhaopin.com") or a name the
// gazetteer lists as a body. A name the article types elsewhere is typed
// so here too (resolvePending).
func (d *doc) bodySpelling(t token) bool {
	if dot := strings.IndexByte(t.text, '.'); t.acronym() || innerCapital(t.text) || dot > 0 && dot+1 < len(t.text) && unicode.IsLower(rune(t.text[dot+1])) {
		return true // "RTK", "KoroNews", "Zhaopin.com"
	}
	_, typ, _, ok := d.known(t.text)
	return ok && typ == claimx.Org
}

// fullNames reports whether tokens [i, j) are one or more full names of
// people, two or more words each, joined by "and".
func (d *doc) fullNames(c *claim, i, j int) bool {
	from := i
	for k := i; k <= j; k++ {
		if k < j && c.toks[k].text != "and" {
			continue
		}
		if k-from < 2 || !d.personShape(c, from, k) {
			return false
		}
		from = k + 1
	}
	return true
}

// roleBefore reports whether the name [i, j) stands between commas after a
// role noun, the body it serves perhaps between them: "The priest, Fidelis
// Mukonori, is", "his first wife, Sally, was", "The leader of Ennahda,
// Rachid Ghannouchi, condemned".
func (d *doc) roleBefore(c *claim, i, j int) bool {
	if i == 0 || c.src.slice(c.after(i), c.toks[i].start()) != ", " {
		return false
	}
	if end := c.after(j); end >= c.src.len() || c.src.at(end) != ',' {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxAppositive; k-- {
		t := c.toks[k]
		if t.cap() || t.connector() {
			if k < i-1 && !c.toks[k+1].joined() {
				return false
			}
			continue
		}
		return lexicon.Roles.Has(t.text) && (k == i-1 || c.toks[k+1].joined())
	}
	return false
}

// quotedTitleBefore reports whether a title in quotation marks stands
// right before the full name [i, j): official statements put the titles of
// officials they do not recognise in scare quotes, `the "Representative"
// Hsiao Mei-ling`.
func quotedTitleBefore(c *claim, i, j int) bool {
	if i == 0 || j-i < 2 || !lexicon.IsTitle(c.toks[i-1].text) {
		return false
	}
	gap := strings.TrimSpace(c.src.slice(c.toks[i-1].end(), c.toks[i].start()))
	return gap == "\"" || gap == "”"
}

// agentNoun reports whether token k, right before a name, is a noun of
// someone who does something that no list holds, "explorer", "whisperer",
// "novelist": a lower-case word in -er, -or or -ist that a determiner, a
// possessive, a preposition or a demonym opens a phrase with, and no word
// the lexicon knows as another kind ("former", "consider", "carrier",
// "manufacturer").
func (d *doc) agentNoun(c *claim, k int) bool {
	t := c.toks[k]
	w := t.text
	if t.cap() || len(w) < 5 || !(strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")) {
		return false
	}
	if d.inAny(w, lexicon.Common, lexicon.Generic, lexicon.TitleModifiers, lexicon.Comparatives, lexicon.Prepositions, lexicon.Conjunctions, lexicon.VerbAdverbs, lexicon.Vessels) ||
		lexicon.OrgGroups.Has(lexicon.Plural(w)) || lexicon.PlaceGroups.Has(lexicon.Plural(w)) || lexicon.OrgHeads.Has(w) {
		return false
	}
	opened := k > 0 && c.toks[k].joined() && lexicon.Adjectives.Has(c.toks[k-1].text)
	return opened || d.nounPhrase(c, k)
}

// modifiesPeople reports whether the name ending at token j-1 modifies a
// plural of a role noun after it, "fellow Ennahda members": the role noun
// before it then qualifies those people, not the name.
func (d *doc) modifiesPeople(c *claim, j int) bool {
	if j >= len(c.toks) || !c.toks[j].joined() || c.toks[j].cap() || c.toks[j-1].poss() {
		return false
	}
	return lexicon.PluralTitle(c.toks[j].text)
}

// nounBefore types a name by the common noun it stands in apposition to,
// right before it or before ", the": "the Lisbon consultancy Arvora
// Partners", "a think tank IPRI", "Peru’s coast guard, the Marina de
// Guerra". An article or a possessive must open the noun's phrase, so that
// "at times Kovrigin" is not read so.
func (d *doc) nounBefore(c *claim, i int) claimx.EntityType {
	k := i - 1
	if t := c.toks[k]; t.text == "the" && k > 0 && c.src.slice(c.toks[k-1].end(), t.start()) == ", " {
		k--
	}
	if c.toks[k].cap() || !d.nounPhrase(c, k) {
		return ""
	}
	w := c.toks[k].text
	two := w
	if k > 0 && c.toks[k].joined() && !c.toks[k-1].cap() {
		two = c.toks[k-1].text + " " + w // "think tank"
	}
	switch {
	case lexicon.PlaceHeads.HasNoun(w) || lexicon.PlaceGroups.Has(lexicon.Plural(w)):
		return claimx.GPE // before organisations: "capital" is both
	case lexicon.OrgHeads.HasNoun(w) || lexicon.OrgGroups.Has(lexicon.Plural(w)) || lexicon.OrgGroups.Has(lexicon.Plural(two)):
		return claimx.Org
	}
	return ""
}

// nounPhrase reports whether an article, a possessive, a preposition, a
// nationality or a hyphenated modifier opens the noun phrase that ends at
// token k, at most four words before it: "the think tank", "Peru’s coast
// guard", "according to whale rescue group", "Chinese AI server maker".
func (d *doc) nounPhrase(c *claim, k int) bool {
	for n := k - 1; n >= 0 && n >= k-4; n-- {
		if lexicon.Articles.Has(c.toks[n].text) || c.toks[n].poss() || n < k-1 && lexicon.Prepositions.Has(c.toks[n].text) {
			return true
		}
		if n < k-1 && n > 0 && c.verbAt(n) && c.modifiersOnly(n+1, k, false) {
			// A verb ends the clause before the phrase, which opens after
			// it: "Analysts said game studio Korvath signed".
			return true
		}
		if participle(modifierSuffix(c.toks[n].text)) {
			// "Beijing-based consultancy", but not "Pakistan-based
			// developer", which may be a person as well as a firm.
			w := c.toks[k].text
			return !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "or")
		}
		if !c.toks[n+1].joined() && !c.toks[n].poss() {
			// A list's item: "Zara hotels, fast fashion retailer Mobexa";
			// not a clause its verb opens: "If in doubt, press Tom Brandt".
			return c.commaBefore(n+1) && c.modifiersOnly(n+1, k, true) && !c.verbOpens(n+1, k)
		}
		if c.toks[n].sentStart() && (n == k-1 || c.modifiersOnly(n, k, false)) {
			return true // "Telecom operator Mobexa", "Fast fashion retailer Mobexa" open the sentence
		}
		if nationality(c.toks[n]) {
			return true // "Chinese AI server maker Nettrix"
		}
	}
	return false
}

// modifiersOnly reports whether tokens [i, k) may all open or modify a
// noun: names and, if function, function words ("and" after a comma), but
// no verb after the first of them, in any tense ("Players sued Blockcraft
// developer Mojira", "Players blame ..."). The first word may be an
// adjective in -ed ("Embattled property developer Kovantis").
func (c *claim) modifiersOnly(i, k int, function bool) bool {
	for n := i; n < k; n++ {
		if w := c.toks[n].text; n > i && c.verbAt(n) || !function && lexicon.Common.Has(w) {
			return false
		}
	}
	return true
}

// verbAt reports whether token n is a verb the lexicon lists, read by its
// form: inflected ("sued", "blames", "pressing"), or bare after its
// subject, a pronoun or a plural, or an auxiliary ("Players blame", "they
// will press"). A bare form after anything else is more likely a noun
// modifying the next ("and state utility Kenvora").
func (c *claim) verbAt(n int) bool {
	w := strings.ToLower(c.toks[n].text)
	_, form, ok := lexicon.Lemma(w, listedVerb)
	switch {
	case !ok || form == lexicon.Ing && lexicon.IngAdjectives.Has(w):
		return false
	case form != lexicon.Base:
		return true
	}
	prev := strings.ToLower(c.toks[n-1].text)
	return lexicon.Pronouns.Has(prev) || lexicon.Singular(prev) != "" && !c.toks[n-1].poss() || lexicon.InVerbGroup(prev)
}

// verbOpens reports whether the word at token k, after nothing but function
// words from token i, is a listed verb's bare form that opens a clause, an
// imperative ("If in doubt, press Tom Brandt"), not a kind of body.
func (c *claim) verbOpens(i, k int) bool {
	for n := i; n < k; n++ {
		if !lexicon.Common.Has(c.toks[n].text) {
			return false
		}
	}
	_, form, ok := lexicon.Lemma(c.toks[k].text, listedVerb)
	return ok && form == lexicon.Base
}

// listedVerb reports whether the lemma l is a verb some lexicon list holds:
// of speech, thought, business, policy or action on a named object.
func listedVerb(l string) bool {
	return companyVerb(l) || lexicon.FramingVerbs.Has(l) || lexicon.ThinkingVerbs.Has(l) || lexicon.FindingVerbs.Has(l) ||
		lexicon.PolicyVerbs.Has(l) || lexicon.ListVerbs.Has(l) || lexicon.ActionVerbs.Has(l)
}

// phraseEnds reports whether the noun phrase ends with the name before
// token j: nothing but a function word, a reporting verb or a place noun
// follows ("in Leeds, where", "in Leeds said", "in Yanbian prefecture"),
// rather than a noun the name modifies ("in Faroese waters").
func (d *doc) phraseEnds(c *claim, j int) bool {
	switch {
	case c.toks[j-1].poss():
		return false // "in Kang’s township"
	case j >= len(c.toks) || !c.toks[j].joined():
		return true
	}
	t := c.toks[j]
	return t.connector() || lexicon.Common.Has(t.text) || reportingVerb(t.text) || lexicon.PlaceHeads.Has(t.text)
}

// cueWord returns the word right before token i, in lower case, when it
// may cue what the name at i is: a lower-case word, or a function word
// that only opens the sentence ("In Yanbian").
func (d *doc) cueWord(c *claim, i int) (string, bool) {
	if i == 0 || !c.toks[i].joined() {
		return "", false
	}
	prev := c.toks[i-1]
	if prev.cap() && !(prev.sentStart() && lexicon.Common.Has(prev.text)) {
		return "", false
	}
	return strings.ToLower(prev.text), true
}

func (d *doc) isRoleNoun(w string) bool { return lexicon.Roles.HasNoun(w) }

// next returns the index of the first token after a name ending at token
// j-1, stepping over a parenthesis right after it (a hanzi name, an
// acronym), and whether only spaces separate them. The name must not be
// possessive: "Huang’s definition" says nothing about Huang.
func (c *claim) next(j int) (int, bool) {
	if c.toks[j-1].poss() {
		return 0, false
	}
	end := c.after(j)
	if _, close, ok := c.parenAfter(end); ok {
		end = close + 1
	}
	k := j
	for k < len(c.toks) && c.toks[k].start() < end {
		k++
	}
	if k >= len(c.toks) {
		return k, false
	}
	return k, spacesOnly(c.src, end, c.toks[k].start())
}

// orgNounAfter reports whether the word right after a name ending at token
// j-1 is a lower-case noun that says the name is a body's: a corporate role
// ("Xiaomi founder", "Lumora’s chairman") or, with no possessive between,
// a kind of body ("the Ennahda party", "Vulture magazine"), unless a name
// follows that the noun describes ("Minecraft developer Mojang").
func (c *claim) orgNounAfter(j int) bool {
	if j >= len(c.toks) || !c.toks[j].joined() || c.toks[j].cap() {
		return false
	}
	w := c.toks[j].text
	if lexicon.CorporateRoles.Has(w) || lexicon.Securities.Has(w) && !c.toks[j-1].poss() {
		return true // "Xiaomi founder", "Kestrali shares"
	}
	named := j+1 < len(c.toks) && c.toks[j+1].joined() && c.toks[j+1].cap()
	return !c.toks[j-1].poss() && !named && lexicon.Singular(w) == "" && lexicon.OrgGroups.Has(lexicon.Plural(w))
}

// product reports whether tokens [i, j) name a platform as the product,
// which is no entity: where something is posted, "said on Twitter",
// "posted to Weibo", "on his WeChat account", or under its former name,
// "on X (formerly Twitter)"; and wherever else the company behind it does
// not act ("one Weibo user", "a YouTube video", "platform WeChat"). The
// company shows as the object of a verb ("Regulators fined Facebook"), the
// subject of a verb of speech or business ("Twitter said", "Facebook
// acquired") or with a corporate role after it ("Snapchat CEO Evan
// Spiegel").
func (c *claim) product(i, j int) bool {
	return lexicon.Platforms.Has(c.text(i, j)) && c.platformUse(i, j)
}

// companyProduct is product for a platform named after the company that
// runs it, "Sina Weibo", "Tencent QQ": "one Sina Weibo user" names the
// product, no company, as "one Weibo user" does.
func (d *doc) companyProduct(c *claim, i, j int) bool {
	if j-i < 2 || !lexicon.Platforms.Has(c.toks[j-1].text) {
		return false
	}
	_, typ, _, ok := d.known(c.text(i, j-1))
	return ok && typ == claimx.Org && c.platformUse(i, j)
}

// platformUse reports whether the platform named by [i, j) is used as a
// product there, not the company that runs it (product).
func (c *claim) platformUse(i, j int) bool {
	if j < len(c.toks) && c.toks[j].joined() && lexicon.CorporateRoles.Has(c.toks[j].text) {
		return false // "on Snapchat CEO Evan Spiegel": the company
	}
	if c.postedOn(i) {
		return true
	}
	return !c.verbObject(i) && !c.companyActs(j)
}

// postedOn reports whether a preposition of place or a word of renaming
// comes right before token i, after a possessive perhaps: "on his",
// "posted to", "formerly known as".
func (c *claim) postedOn(i int) bool {
	k := i - 1
	if k > 0 && c.toks[i].joined() && (c.toks[k].poss() || lexicon.Possessives.Has(c.toks[k].text)) {
		k-- // "on his", "on China’s"
	}
	if k < 0 || !c.toks[k+1].joined() || c.toks[k].cap() {
		return false
	}
	switch c.toks[k].text {
	case "on", "to", "onto", "via", "across":
		return true
	case "as":
		// "X, formerly known as Twitter"
		return k >= 2 && c.toks[k-1].text == "known" && renamed(c.toks[k-2].text)
	}
	return renamed(c.toks[k].text) // "on X (formerly Twitter)": the platform under its old name
}

// verbObject reports whether the name at token i, or a list of names
// ending in it, is the object of a verb: a past tense that names nothing
// ("Regulators fined Facebook", but "an app called TikTok"), or a verb of
// speech, business or framing ("accuses Zentrix and Facebook"); not a
// plural noun before it ("platforms Facebook and Twitter").
func (c *claim) verbObject(i int) bool {
	k := i - 1
	for k >= 0 && c.toks[k+1].joined() && (c.toks[k].cap() || c.toks[k].text == "and") {
		k--
	}
	if k < 0 || !c.toks[k+1].joined() {
		return false
	}
	w := c.toks[k].text
	if lexicon.NamingVerbs.Has(w) {
		return false
	}
	l, form, ok := lexicon.Lemma(w, listedVerb)
	return ok && (form == lexicon.Past || form == lexicon.S && (companyVerb(l) || lexicon.FramingVerbs.Has(l)))
}

// companyActs reports whether the name ending at token j-1 is the subject
// of a verb, or stands before a corporate role. A verb the lexicon lists
// counts in the past ("Twitter suspended"); an unlisted word in -s or -ed
// may also be a noun's plural or an adjective ("Weibo users", "Weibo
// related"), so it counts only before its object (a pronoun, a determiner,
// a name: "Facebook combined that data"); a bare verb ("Weibo post") only
// after a modal or auxiliary ("Twitter will remove").
func (c *claim) companyActs(j int) bool {
	if j < len(c.toks) && c.toks[j-1].poss() {
		return false // "Weibo’s size"
	}
	aux := false
	for j < len(c.toks) && c.toks[j].joined() && lexicon.InVerbGroup(c.toks[j].text) {
		j, aux = j+1, true // "Twitter has since removed"
	}
	if j >= len(c.toks) || !c.toks[j].joined() {
		return false
	}
	w := c.toks[j].text
	if lexicon.CorporateRoles.Has(w) || lexicon.PressVerbs.Has(w) {
		return true
	}
	if c.toks[j].cap() || lexicon.Channels.HasNoun(w) {
		return false
	}
	if l, form, ok := lexicon.Lemma(w, listedVerb); ok && (form == lexicon.Past || companyVerb(l)) {
		// "Facebook removed", "Twitter suspended", "Facebook said", "Twitter will announce"
		return form != lexicon.Base && form != lexicon.Ing || aux
	}
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") || j+1 >= len(c.toks) || !c.toks[j+1].joined() {
		return false
	}
	next := c.toks[j+1]
	return next.cap() || lexicon.Determiners.Has(next.text) || lexicon.Pronouns.Has(next.text)
}

// companyVerb reports whether the lemma l is a verb a company or its
// spokesman does: speech, business, publishing.
func companyVerb(l string) bool {
	return lexicon.ReportingVerbs.Has(l) || lexicon.BusinessVerbs.Has(l) || lexicon.PressVerbs.Has(l)
}

// renamed reports whether w says that the name after it is an earlier one
// of what was just named.
func renamed(w string) bool { return w == "formerly" || w == "previously" }

// ordinalBefore reports whether an ordinal number ("19th", "2nd") stands
// right before token i: "the 19th National Congress" is one meeting of a
// series.
func (c *claim) ordinalBefore(i int) bool {
	if i == 0 || !c.toks[i].joined() {
		return false
	}
	w := c.toks[i-1].text
	n := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
	return n > 0 && slices.Contains([]string{"st", "nd", "rd", "th"}, w[n:])
}

// numberAfter reports whether a number follows the name ending at token
// j-1, only spaces between: "Tansuo 1", "Article 23", "Mate 60".
func (c *claim) numberAfter(j int) bool {
	return j < len(c.toks) && c.toks[j].joined() && !c.toks[j-1].poss() && unicode.IsDigit([]rune(c.toks[j].text)[0])
}

// reportingVerb reports whether w is a verb of saying or thinking in a form
// that follows a single speaker ("says", "said", "believed"): a cue that
// the name before it is a person's. The base form is left out: it is more
// often a noun ("the state corporation").
func reportingVerb(w string) bool {
	_, form, ok := lexicon.Lemma(strings.ToLower(w), func(l string) bool {
		return lexicon.ReportingVerbs.Has(l) || lexicon.FramingVerbs.Has(l) || lexicon.ThinkingVerbs.Has(l)
	})
	return ok && (form == lexicon.S || form == lexicon.Past)
}

// reportingAfter: "Zhang said", "Marsh has also argued".
func (d *doc) reportingAfter(c *claim, j int) bool {
	_, ok := d.reportingVerbAfter(c, j)
	return ok
}

// reportingVerbAfter returns the token of the reporting verb after the
// name that ends before token j, an auxiliary or adverb allowed between.
func (d *doc) reportingVerbAfter(c *claim, j int) (int, bool) {
	k, ok := c.next(j)
	for n := 0; ok && n < 3; n++ {
		w := c.toks[k].text
		if reportingVerb(w) {
			return k, true
		}
		if !lexicon.InVerbGroup(w) || k+1 >= len(c.toks) || !c.toks[k+1].joined() {
			return 0, false
		}
		k++
	}
	return 0, false
}

// maxChannelModifiers is how many words may qualify the channel a body
// speaks through: "in an emailed statement", "in a brief written reply".
const maxChannelModifiers = 2

// speaksThroughChannel reports whether the name that ends before token j
// speaks through a body's channel: "Norvell said in a statement", "Kinross
// said in an emailed statement", "Velmark said on its website". People
// issue statements too, but a single word that does so is a body's name
// unless the article names a person it is short for, which resolve finds;
// a person's own channels, a post or a tweet, say nothing.
func (d *doc) speaksThroughChannel(c *claim, j int) bool {
	k, ok := d.reportingVerbAfter(c, j)
	if !ok || k+3 >= len(c.toks) {
		return false
	}
	prep, det := c.toks[k+1].text, c.toks[k+2].text
	if prep != "in" && prep != "on" || det != "a" && det != "an" && det != "its" {
		return false
	}
	for e := k + 3; e < len(c.toks) && e <= k+3+maxChannelModifiers; e++ {
		t := c.toks[e]
		if !t.joined() || t.cap() {
			return false
		}
		if det == "its" && lexicon.Channels.Has(t.text) || lexicon.ReleaseNouns.Has(t.text) {
			return true
		}
	}
	return false
}

// maxObjectWords bounds the words read after a business verb for its
// object: "acquired a 20 percent stake".
const maxObjectWords = 5

// businessSubject reports whether the name ending at token j-1 is the
// subject of a business verb (lexicon business-verbs) whose object is what
// a company reports, trades, makes or employs, or "its": "Zenvora posted a
// net loss", "Tessar cut 2,000 jobs", "Norvik raised its forecast". A
// person's own possessive before the object ("sold her stake") says the
// subject is a person.
func (d *doc) businessSubject(c *claim, j int) bool {
	k, ok := c.next(j)
	for n := 0; ok && n < 3 && lexicon.InVerbGroup(c.toks[k].text); n++ {
		k++ // "has also posted"
		ok = k < len(c.toks) && c.toks[k].joined()
	}
	if !ok || c.toks[k].cap() {
		return false
	}
	if _, form, ok := lexicon.Lemma(c.toks[k].text, lexicon.BusinessVerbs.Has); !ok || form == lexicon.Ing {
		return false
	}
	for n := k + 1; n < len(c.toks) && n <= k+maxObjectWords; n++ {
		t := c.toks[n]
		if t.cap() && !t.acronym() || t.connector() || !objectGap(c.src.slice(c.toks[n-1].end(), t.start())) {
			return false
		}
		w := strings.ToLower(t.text)
		switch {
		case w == "its" && n == k+1:
			return true
		case lexicon.Possessives.Has(w) || lexicon.Prepositions.Has(w):
			return false
		case lexicon.BusinessObjs.HasNoun(w):
			return true
		}
	}
	return false
}

// objectGap reports whether what separates two words of a verb's object is
// spaces, a currency sign or the marks inside a number ("$2 billion", "2,000",
// "3.5%"): a comma and a space end the phrase.
func objectGap(gap string) bool {
	for n, r := range gap {
		switch r {
		case ' ', '$', '€', '£', '¥', '%', '.':
		case ',':
			if n+1 < len(gap) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// reportingBefore: "said Zhuge".
func (d *doc) reportingBefore(c *claim, i int) bool {
	return i > 0 && c.toks[i].joined() && !c.toks[i-1].cap() && reportingVerb(c.toks[i-1].text) && !namingVerb(c.toks[i-1].text)
}

// namingVerb reports whether w gives a thing its name, "calls", "termed",
// "described": the name after it is the one given ("the reef it calls
// Tiexian Jiao", "often termed Taoguang Yanghui"), no speaker. "Said"
// names too ("the said Act") but speaks far more often.
func namingVerb(w string) bool {
	w = strings.ToLower(w)
	l, _, _ := lexicon.Lemma(w, lexicon.ReportingVerbs.Has)
	return lexicon.NamingVerbs.Has(w) && l != "say"
}

// inverted: "”, says Parata", ", said Ashdown": a reporting verb after a
// quotation or a comma, the speaker after it. Elsewhere the word after the
// verb is its object ("which accuses Oculus", "a patch called Viaskin"),
// and so it is after "told" whatever comes before: "Mensah, an analyst,
// told Vox" names whom the speaker told.
func (d *doc) inverted(c *claim, i int) bool {
	if !d.reportingBefore(c, i) || toldBefore(c, i) || c.toks[i-1].text == "tells" {
		return false
	}
	k := c.toks[i-1].start() - 1
	for k >= 0 && c.src.at(k) == ' ' {
		k--
	}
	return k >= 0 && strings.ContainsRune(",”’\"'", c.src.at(k))
}

// maxAppositive bounds the words read after a name's comma for the noun
// that says what it is: ", the state news agency", ", a former US Coast
// Guard officer".
const maxAppositive = 6

// appositiveType reads the appositive after a name, ", a fellow at", ",
// the education ministry agency that", ", a hilly prefecture in", ", who":
// its head noun (appositiveHead) says whether the name is a person, an
// organisation or a place.
func (d *doc) appositiveType(c *claim, j int) claimx.EntityType {
	head := d.appositiveHead(c, j)
	switch {
	case c.ageAfter(j):
		return claimx.Person // "Tevite Havili, 42, was arrested"
	case head == "":
		return ""
	case head == "who", lexicon.Roles.Has(head), lexicon.IsTitle(head) && strings.ContainsAny(head, "-‐"):
		return claimx.Person // one person: not ", officials said"; "co-leader", "ex-minister"
	case lexicon.PlaceHeads.HasNoun(head) || lexicon.PlaceGroups.HasNoun(lexicon.Plural(head)):
		return claimx.GPE // before organisations: "capital" is both
	case lexicon.OrgHeads.HasNoun(head) || lexicon.OrgGroups.HasNoun(lexicon.Plural(head)):
		return claimx.Org
	}
	return ""
}

// maxAge bounds the number read as a person's age after a name.
const maxAge = 110

// ageAfter reports whether a person's age stands in commas after the name
// that ends at token j-1, as news copy prints it: "Tevite Havili, 42, was
// arrested", "Havili, 42, of Nuku’alofa". A number closed by a comma, not
// a list of figures ("Kenya, 42, and Uganda") nor one with a unit.
func (c *claim) ageAfter(j int) bool {
	k := j
	if k+1 >= len(c.toks) || c.toks[j-1].poss() || !c.commaBefore(k) || !c.commaBefore(k+1) {
		return false
	}
	n, err := strconv.Atoi(c.toks[k].text)
	return err == nil && n > 0 && n <= maxAge && c.toks[k+1].text != "and" && c.toks[k+1].text != "or"
}

// appositiveClosed reports whether a comma closes the appositive that
// opens after the comma following token j-1: within maxAppositive words,
// or a dozen when a relative clause follows its head ("Orvento, the state
// shipping agency that manages the pier, declined").
func (c *claim) appositiveClosed(j int) bool {
	clause := false
	for k := j + 1; k < len(c.toks) && k <= j+2*maxAppositive; k++ {
		if c.commaBefore(k) {
			return true
		}
		switch c.toks[k].text {
		case "that", "which", "who", "whose":
			clause = true
		}
		if k >= j+maxAppositive && !clause {
			return false
		}
	}
	return false
}

// commaBefore reports whether a comma and one space, nothing else, stand
// between token k-1 and token k (c.sep(k) == ", ", without building it).
func (c *claim) commaBefore(k int) bool {
	at := c.toks[k-1].end()
	return c.toks[k].start() == at+2 && c.src.at(at) == ',' && c.src.at(at+1) == ' '
}

// appositiveHead returns the head noun of the appositive after the name
// that ends at token j-1: the last word before a function word, a
// reporting verb or a break (", a fellow at" -> "fellow"), "who" for ",
// who", "" for none.
func (d *doc) appositiveHead(c *claim, j int) string {
	if c.toks[j-1].poss() {
		return ""
	}
	end := c.after(j)
	if _, close, ok := c.parenAfter(end); ok {
		end = close + 1
	}
	for end < c.src.len() && c.src.at(end) == ' ' {
		end++
	}
	if end >= c.src.len() || c.src.at(end) != ',' {
		return ""
	}
	k := j
	for k < len(c.toks) && c.toks[k].start() <= end {
		k++
	}
	if k < len(c.toks) && c.toks[k].text == "who" {
		return "who"
	}
	head := ""
	article := false
	for n := 0; n < maxAppositive && k < len(c.toks); n, k = n+1, k+1 {
		t := c.toks[k]
		if n > 0 && !t.joined() {
			break
		}
		if n == 0 && lexicon.Articles.Has(t.text) {
			article = true
			continue
		}
		if (t.text == "and" || t.text == "or") && !article {
			// "Money, laboratories and speed": a list, no appositive;
			// but "X, a senator and former minister, said".
			return ""
		}
		if head != "" && reportingVerb(t.text) && c.toks[k-1].cap() {
			// "…, Kyodo News reported", "…, the Harbour Times said": a
			// name and its verb open a clause of their own, no appositive.
			return ""
		}
		if t.connector() || !t.acronym() && lexicon.Common.Has(t.text) || reportingVerb(t.text) || head != "" && (participle(t.text) || c.ingBeforeObject(k) || lexicon.Prepositions.Has(t.text)) {
			// "a hacking group linked to", "a firm owned by", "a company
			// specialising in", "the US ambassador to Japan": the head came
			// ("US" is no "us": an acronym is never a common word)
			break
		}
		head = t.text
		if t.poss() {
			head = "" // "the gaming company’s first foray": the head is still to come
		}
	}
	return head
}

// ingBeforeObject reports whether token k is a present participle that
// opens a phrase of its own after a noun: a preposition, an article or a
// determiner follows it ("a company specialising in", "a firm providing
// the"), where a noun would follow a modifier ("shipping agency").
func (c *claim) ingBeforeObject(k int) bool {
	if !strings.HasSuffix(c.toks[k].text, "ing") || k+1 >= len(c.toks) || !c.toks[k+1].joined() {
		return false
	}
	w := c.toks[k+1].text
	return lexicon.Prepositions.Has(w) || lexicon.Determiners.Has(w)
}

// termAfter returns the term right after the name ending at token j-1, in
// a parenthesis, "Qin Gang (秦刚)", or after spaces only, "Qu Qingshan
// 曲青山".
func (d *doc) termAfter(c *claim, j int) (claimx.Term, bool) {
	at := c.after(j)
	if open, _, ok := c.parenAfter(at); ok {
		at = open + 1
	} else {
		for at < c.src.len() && c.src.at(at) == ' ' {
			at++
		}
	}
	t, ok := d.terms[c.base+at]
	return t, ok
}

// hanziAfter is the Chinese of termAfter, "" if none.
func (d *doc) hanziAfter(c *claim, j int) string {
	t, _ := d.termAfter(c, j)
	return t.Hanzi
}

// spellsHanzi reports whether tokens [i, j) are the romanisation of the
// Chinese after them: "Yan Kunru (闫坤如)", whose pinyin is "yan kunru".
func (d *doc) spellsHanzi(c *claim, i, j int) bool {
	t, ok := d.termAfter(c, j)
	if !ok || t.Pinyin == "" {
		return false
	}
	return lettersOf(c.text(i, j)) == lettersOf(t.Pinyin)
}

// lettersOf is s in lower case with everything but letters removed.
func lettersOf(s string) string {
	return strings.Map(func(r rune) rune {
		if !unicode.IsLetter(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// conceptHanzi reports whether the name ending at token j-1 is followed by
// Chinese that is not the name of an organisation or place: "New Quality
// Productive Forces (新质生产力)" names an idea.
func (d *doc) conceptHanzi(c *claim, j int) bool {
	h := []rune(d.hanziAfter(c, j))
	if len(h) == 0 {
		return false
	}
	return !lexicon.HanziHeads.Has(string(h[len(h)-1:])) && (len(h) < 2 || !lexicon.HanziHeads.Has(string(h[len(h)-2:])))
}

// hasConnector reports whether tokens [i, j) include a connector. A name
// particle inside the range joins the parts of one name rather than two
// names ("Ciudad del Este", "Bajo de Masinloc") and does not count.
func (c *claim) hasConnector(i, j int) bool {
	for k := i; k < j; k++ {
		if c.toks[k].connector() && !(k > i && k < j-1 && particle(c.toks[k])) {
			return true
		}
	}
	return false
}

// particle reports whether t is a name particle in lower case, "de",
// "del", "da", "bin", and no function word that may join two names ("of",
// "and").
func particle(t token) bool {
	return !t.cap() && lexicon.NameParticles.Has(t.text) && !lexicon.NameConnectors.Has(t.text)
}

// hasDigit reports whether tokens [i, j) include a digit: "Q3", "H20" are
// periods and products, not names a context could type.
func (c *claim) hasDigit(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.ContainsFunc(c.toks[k].text, unicode.IsDigit) {
			return true
		}
	}
	return false
}

// listNext reports whether the run r continues the list of the run ending
// at token end-1: listContinues, unless only a comma comes between and r
// is the subject of the verb after it, "In Kisumu, Wanjala told
// reporters", "At a rally in Lagos, Tinubu promised reforms": a phrase of
// place put first, then the clause's subject.
func (d *doc) listNext(c *claim, end int, r [2]int) bool {
	if !c.listContinues(end, r[0]) {
		return false
	}
	if end < r[0] {
		return true
	}
	for k := r[0]; k < r[1]; k++ {
		if w := c.toks[k].text; w == "and" || w == "or" {
			return true // the list's last items, its subject: "Kenya, Uganda and Tanzania said"
		}
	}
	return !d.reportingAfter(c, r[1]) && !c.auxiliaryAfter(r[1]) && !c.pastAfter(r[1])
}

// pastAfter reports whether a lower-case verb in the past tense follows
// the name ending at token j-1, only spaces between: "Tinubu visited",
// "Mahama won".
func (c *claim) pastAfter(j int) bool {
	k, ok := c.next(j)
	if !ok || c.toks[k].cap() {
		return false
	}
	w := c.toks[k].text
	if i, ok := lexicon.IrregularVerbs.Entry(w); ok {
		return lexicon.IrregularVerbs.Forms(i)[0] != w // "told", not "tell"
	}
	return strings.HasSuffix(w, "ed") && !strings.Contains(w, "-")
}

// listContinues reports whether only commas, spaces and "and"/"or"/"the"
// separate token end-1 from token start.
func (c *claim) listContinues(end, start int) bool {
	for k := end; k < start; k++ {
		if w := c.toks[k].text; w != "and" && w != "or" && w != "the" {
			return false
		}
	}
	for _, r := range c.src.slice(c.after(end), c.toks[start].start()) {
		if r != ' ' && r != ',' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// speakingAcronym reports whether the run [i, j) ends with an acronym no
// list or definition holds that speaks or acts, or is told: "the EFF
// said", "KNUST has argued", "NATO will hold", "The KMTU could strike", "a
// villager told KNG". Who speaks, acts or is told under an acronym is a
// body (a news outlet, often, when told); a role written so ("the CEO
// said") is not, nor a thing ("AI will transform", "GDP could shrink").
// Only "told" marks its object so: after other verbs a word in capitals
// may be a word stressed ("requests SHOULD be made").
func (d *doc) speakingAcronym(c *claim, i, j int) bool {
	t := c.toks[j-1]
	if !t.acronym() || t.initial() || j-i > 2 || j-i == 2 && !lexicon.Articles.Has(c.toks[i].text) {
		return false
	}
	if !d.reportingAfter(c, j) && !c.auxiliaryAfter(j) && !(j-i == 1 && toldBefore(c, i)) {
		return false
	}
	return !lexicon.Roles.Has(t.text) && !lexicon.IsTitle(t.text) && !lexicon.CommonAcronyms.Has(strings.TrimSuffix(t.text, "s")) &&
		!d.defs[gazetteer.Key(t.text)].common && d.undefinedAcronym(t)
}

// toldOutlet reports whether the run [i, j) that "told" or "tells" has
// for its object is spelled as no person's name is: one word with a
// capital inside ("told KoroNews"), or an acronym and one more word
// ("tells RTK Dimanche"). Whom a speaker tells under
// such a name is a news outlet, a body.
func (d *doc) toldOutlet(c *claim, i, j int) bool {
	if i == 0 || !c.toks[i].joined() || c.toks[i-1].text != "told" && c.toks[i-1].text != "tells" || d.isKnown(c.text(i, j)) {
		return false
	}
	t := c.toks[i]
	switch j - i {
	case 1:
		return !t.acronym() && !t.poss() && innerCapital(t.text)
	case 2:
		n := c.toks[i+1]
		// A plural after the acronym is whom it names ("NGO Leaders").
		plural := lexicon.Singular(strings.ToLower(n.text)) != "" && !lexicon.OutletNouns.Has(strings.ToLower(n.text))
		return t.acronym() && !t.initial() && d.undefinedAcronym(t) && n.cap() && !n.acronym() && !n.poss() && !lexicon.Roles.Has(n.text) && !plural
	}
	return false
}

// toldBefore reports whether "told" comes right before token i: "a
// villager told KNG".
func toldBefore(c *claim, i int) bool {
	return i > 0 && c.toks[i].joined() && c.toks[i-1].text == "told"
}

// auxiliaryAfter reports whether a modal or a form of "have" follows the
// name ending at token j-1 as the verb of which it is the subject, a verb
// in lower case after it, adverbs perhaps between: "will hold", "has
// rejected", "would not boycott".
func (c *claim) auxiliaryAfter(j int) bool {
	k, ok := c.next(j)
	if !ok || !(lexicon.Modals.Has(c.toks[k].text) || lexicon.Have.Has(c.toks[k].text)) || c.toks[k].cap() {
		return false
	}
	for k++; k < len(c.toks) && c.toks[k].joined() && !c.toks[k].cap(); k++ {
		if !lexicon.VerbAdverbs.Has(c.toks[k].text) {
			return true
		}
	}
	return false
}

// compassAdjective reports whether w, in lower case, places what follows in
// a part of a place: "eastern", "north-western", "southeast", "central".
// Before a name it says the name is a place's ("in eastern Zaporizhzhia").
func compassAdjective(w string) bool {
	if w == "central" {
		return true
	}
	for w != "" {
		p, rest, _ := strings.Cut(w, "-")
		if !lexicon.Compass.Has(strings.TrimSuffix(p, "ern")) {
			return false
		}
		w = rest
	}
	return true
}

// divisionAfter reports whether a lower-case noun for an administrative
// division ends the phrase after the name ending at token j-1, whatever
// comes before the name: "India's Uttarakhand state", "of Kovar province
// said".
func (c *claim) divisionAfter(j int) bool { return c.nounEndsAfter(j, lexicon.DivisionHeads) }

// placeNounAfter reports whether a lower-case place noun ends the phrase
// after the name ending at token j-1: "the Amhara region", "the Kasserine
// governorate’s capital".
func (c *claim) placeNounAfter(j int) bool { return c.nounEndsAfter(j, lexicon.PlaceHeads) }

// nounEndsAfter reports whether a lower-case noun of heads right after the
// name ending at token j-1 ends the phrase: the word after it must not be
// one it qualifies ("the Rosatom state corporation"), so a function word,
// a verb or nothing follows.
func (c *claim) nounEndsAfter(j int, heads *lexicon.List) bool {
	if j >= len(c.toks) || !c.toks[j].joined() || c.toks[j].cap() || c.toks[j-1].poss() || !heads.Has(c.toks[j].text) {
		return false
	}
	k := j + 1
	if c.toks[j].poss() || k >= len(c.toks) || !c.toks[k].joined() || c.toks[k].connector() || c.toks[k].cap() {
		return true
	}
	w := c.toks[k].text
	return lexicon.Common.Has(w) || reportingVerb(w) || pastVerb(w) || lexicon.InVerbGroup(w) || lexicon.Be.Has(w)
}

// titleCased reports whether the preposition at token k, before a name,
// is a word of a title set in title case: a capitalised word that names
// nothing known stands before it mid-sentence, and only function words
// come between the name and the next capitalised word, "a
// Decisive Victory in Building a Moderately Prosperous Society in All
// Respects and Strive". What follows the preposition there is no place;
// in running text lower-case words follow ("the Police University in
// Langfang and at provincial academies").
func (d *doc) titleCased(c *claim, k int) bool {
	if k == 0 || !c.toks[k].joined() {
		return false
	}
	if t := c.toks[k-1]; !t.cap() || t.sentStart() || t.acronym() || d.isKnown(t.text) {
		return false
	}
	first := k + 1 // past the capitalised words after the preposition, the name's and its list's
	for first < len(c.toks) && c.toks[first].cap() && c.toks[first].joined() {
		first++
	}
	for n := first; n < len(c.toks) && c.toks[n].joined() && !c.toks[n-1].poss(); n++ {
		if t := c.toks[n]; t.cap() {
			return n > first
		}
		if t := c.toks[n]; !t.connector() && !lexicon.Common.Has(t.text) {
			return false
		}
	}
	return false
}

// messrs reports whether "M/s", which South Asian English puts before a
// firm's name, stands right before token i.
func messrs(c *claim, i int) bool {
	if i >= len(c.toks) {
		return false
	}
	at := c.toks[i].start()
	if at < 4 || c.src.at(at-1) != ' ' {
		return false
	}
	w := c.src.slice(at-4, at-1)
	return (w == "M/s" || w == "M/S") && (at == 4 || !wordRune(c.src.at(at-5)))
}
