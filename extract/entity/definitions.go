package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// findDefinitions records acronym definitions, "Chinese Communist Party
// (CCP)" and "CAC (Cyberspace Administration of China)", and marks the
// defining parenthesis as skipped: it is not a further mention.
func (d *doc) findDefinitions(c *claim) {
	for _, r := range d.runs(c) {
		i, j := r[0], r[1]
		open, close, ok := c.parenAfter(c.after(j))
		if !ok {
			d.knownAs(c, i, j)
			continue
		}
		inner := strings.TrimSpace(c.src.slice(open+1, close))
		long, short := "", ""
		switch {
		case shortForm(inner) && !strings.Contains(c.text(i, j), inner):
			if k, ok := expansionStart(inner, c, i, j); ok {
				for k > i && d.insideName(c.toks[k-1]) {
					k--
				}
				if k > i && d.ownDemonym(c, k-1, j, inner) {
					k--
					if k > i && nationality(c.toks[k-1]) && lexicon.StateAdjectives.Has(c.text(k-1, k+1)) {
						k-- // "South Korean", a state adjective of two words
					}
				}
				k = d.placeAfterThe(c, k)
				long, short = c.text(k, j), inner
			}
		case j-i == 1 && c.toks[i].acronym() && looksLikeName(inner):
			in := newRuneText(inner)
			inTok := tokenize(in)
			if k, ok := expansionStart(c.toks[i].text, &claim{src: in, toks: inTok}, 0, len(inTok)); ok && k == 0 {
				long, short = inner, c.toks[i].text
			}
		}
		if long == "" {
			continue
		}
		def := definition{long: long, short: short}
		d.defs[gazetteer.Key(short)] = def
		d.defs[gazetteer.Key(long)] = def
		if one, ok := strings.CutSuffix(short, "s"); ok && isAcronym(one) {
			d.defs[gazetteer.Key(one)] = def // "OSUs", then "an OSU"
		}
		for k := range c.toks {
			if c.toks[k].start() > open && c.toks[k].start() < close {
				c.toks[k].set(skipMark, true)
			}
		}
	}
}

// knownAs records the acronym that "known as" gives a name after it, "the
// Indonesian National Armed Forces, known as TNI,", "the Armed Forces of
// the Philippines, better known as the AFP": the name of two or more words
// [i, j), a leading article dropped, is its expansion, whatever its
// letters spell. The acronym names what the name's head word types, else a
// body; a name with a given name or a title is left to the rules that cut
// a person's name from a title ("Crown Prince Mohammed bin Salman, known
// as MBS").
func (d *doc) knownAs(c *claim, i, j int) {
	k := j
	if s := c.sep(k); s != ", " && s != " (" {
		return
	}
	if w := c.toks[min(k, len(c.toks)-1)].text; k < len(c.toks) && (lexicon.VerbAdverbs.Has(w) || w == "better" || strings.HasSuffix(w, "ly")) {
		k++ // "also", "better", "commonly"
	}
	if k+2 >= len(c.toks) || c.toks[k].text != "known" || c.toks[k+1].text != "as" {
		return
	}
	a := k + 2
	if c.toks[a].text == "the" && a+1 < len(c.toks) {
		a++
	}
	short := c.toks[a]
	if !short.acronym() || short.initial() || a+1 < len(c.toks) && c.toks[a+1].joined() && c.toks[a+1].cap() {
		return
	}
	for i < j && lexicon.Articles.Has(c.toks[i].text) {
		i++
	}
	if j-i < 2 {
		return
	}
	typ, _ := d.headType(c, i, j)
	if typ == "" {
		for k := i; k < j; k++ {
			if w := c.toks[k].text; lexicon.GivenNames.Has(w) || lexicon.IsTitle(w) || lexicon.Roles.HasNoun(w) {
				return // a person's name or a title, whose spans other rules cut
			}
		}
		typ = claimx.Org
	}
	def := definition{long: c.text(i, j), short: short.text, typ: typ}
	d.defs[gazetteer.Key(def.short)] = def
	if _, ok := d.defs[gazetteer.Key(def.long)]; !ok {
		d.defs[gazetteer.Key(def.long)] = def
	}
}

// findImpliedAcronyms defines the acronyms the article uses without a
// parenthesis to define them by a name it spells out somewhere, before or
// after: "the Malawi Congress Party" and "MCP officials", "the Ministry of
// Foreign Affairs" and "MOFA". The acronym must be the initials of the
// name's words (with or without its connectors), at least three of them,
// and only one name of the article may give them. The name of a document,
// plan or idea makes its acronym no name of a body ("the Global Security
// Initiative" and "the GSI has").
func (d *doc) findImpliedAcronyms() {
	open := map[string]string{} // the letters of an undefined acronym -> the acronym
	for _, c := range d.claims {
		for _, t := range c.toks {
			if !t.acronym() || t.initial() || t.skip() {
				continue
			}
			if letters := acronymLetters(t.text); len(letters) >= 3 && open[letters] == "" && d.undefinedAcronym(t) {
				open[letters] = t.text
			}
		}
	}
	if len(open) == 0 {
		return
	}
	long := map[string]spelled{} // letters -> the name that spells them out, "" when several do
	for n := range d.claims {
		c := &d.claims[n]
		if c.heading {
			continue
		}
		for _, r := range c.runs {
			d.spellOut(c, r[0], r[1], open, long)
		}
	}
	for letters, sp := range long {
		short := open[letters]
		switch {
		case sp.thing:
			d.defs[gazetteer.Key(short)] = definition{short: short, common: true}
		case sp.name != "":
			def := definition{long: sp.name, short: short}
			d.defs[gazetteer.Key(short)] = def
			if _, ok := d.defs[gazetteer.Key(sp.name)]; !ok {
				d.defs[gazetteer.Key(sp.name)] = def
			}
		}
	}
}

// spelled is the name an acronym's letters spell out in an article, and
// whether a name of a thing spells them out.
type spelled struct {
	name  string
	thing bool
}

// spellOut records in long the names inside the run [i, j) that a body's
// or a thing's head word types and whose initials are the letters of an
// acronym in open. The initials are compared before anything else is
// read, and looked up without building a string.
func (d *doc) spellOut(c *claim, i, j int, open map[string]string, long map[string]spelled) {
	var all, words [maxRun]byte
	for e := j; e > i+1; e-- {
		last := c.toks[e-1]
		thing := lexicon.ThingHeads.HasNoun(last.text)
		if last.connector() || !thing && !lexicon.OrgHeads.HasNoun(last.text) && !d.hasOrgHead(c, i, e) {
			continue
		}
		for s := i; s < e-1; s++ {
			if c.toks[s].connector() || c.toks[s].acronym() {
				continue
			}
			na, nw := 0, 0
			for k := s; k < e && na < maxRun; k++ {
				r, _ := utf8.DecodeRuneInString(c.toks[k].text)
				if r = unicode.ToUpper(r); r >= utf8.RuneSelf {
					r = '?' // no acronym's letter: acronymLetters keeps ASCII capitals alone
				}
				all[na], na = byte(r), na+1
				if !c.toks[k].connector() {
					words[nw], nw = byte(r), nw+1
				}
			}
			for _, letters := range [][]byte{all[:na], words[:nw]} {
				if _, ok := open[string(letters)]; !ok {
					continue
				}
				if typ, _ := d.headType(c, s, e); !thing && typ != claimx.Org {
					continue
				}
				sp, seen := long[string(letters)]
				switch {
				case thing:
					sp.thing = true
				case !seen:
					sp.name = c.text(s, e)
				case sp.name != c.text(s, e):
					sp.name = ""
				}
				long[string(letters)] = sp
			}
		}
	}
}

// hasOrgHead reports whether a head word of a body stands in [i, e) before
// an "of", "for" or "on": "Ministry of Foreign Affairs".
func (d *doc) hasOrgHead(c *claim, i, e int) bool {
	for k := i + 1; k < e; k++ {
		if t := c.toks[k].text; (t == "of" || t == "for" || t == "on") && lexicon.OrgHeads.HasNoun(c.toks[k-1].text) {
			return true
		}
	}
	return false
}

// acronymLetters is an acronym's ASCII letters in upper case, dots,
// hyphens and a plural s removed: "N.N.P.C." -> "NNPC", "MDCs" -> "MDC".
func acronymLetters(w string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return -1
		}
		return r
	}, strings.TrimSuffix(w, "s")))
}

// findActingAcronyms records the acronyms no list or definition holds
// that speak or act somewhere in the article (speakingAcronym) as the
// names of bodies, in every claim: "Members of the KMTU met." before "The
// KMTU will strike."
func (d *doc) findActingAcronyms() {
	for n := range d.claims {
		c := &d.claims[n]
		if c.heading {
			continue
		}
		for _, r := range c.runs {
			short := ""
			switch {
			case d.speakingAcronym(c, r[0], r[1]):
				short = c.toks[r[1]-1].text
			case d.toldOutlet(c, r[0], r[1]):
				short = c.text(r[0], r[1])
			}
			if short != "" {
				d.defs[gazetteer.Key(short)] = definition{long: short, short: short, typ: claimx.Org}
			}
		}
	}
}

// definition is an acronym definition. A common one abbreviates words in
// lower case ("international communication centers (ICCs)"): it names no
// entity, whatever the gazetteer knows by the same letters. An acronym
// typed by what it does in the article (findActingAcronyms) is its own
// long form, with that type.
type definition struct {
	long, short string
	common      bool
	typ         claimx.EntityType
}

// findCommonAcronyms records the acronyms the claim defines as short for
// words in lower case, after them in a parenthesis or after "or":
// "international communication centers (国际传播中心), or ICCs".
func (d *doc) findCommonAcronyms(c *claim) {
	for k, t := range c.toks {
		if !t.acronym() {
			continue
		}
		letters := []rune(strings.ToLower(strings.TrimSuffix(strings.ReplaceAll(t.text, ".", ""), "s")))
		p := k - 1
		if p >= 0 && c.toks[p].text == "or" {
			p--
		}
		if p+1 < len(letters) || len(letters) < 2 {
			continue
		}
		common := true
		for n := range letters {
			w := c.toks[p-len(letters)+1+n]
			if w.cap() || []rune(w.text)[0] != letters[n] {
				common = false
				break
			}
		}
		if common {
			d.defs[gazetteer.Key(strings.TrimSuffix(t.text, "s"))] = definition{short: t.text, common: true}
		}
	}
}

// insideName reports whether a capitalised word before an acronym's
// expansion still belongs to the name: a generic word such as "Central"
// or "State" that the acronym leaves out ("National Ocean Survey Bureau
// (OSB)"), but not a demonym, a place or a possessive.
func (d *doc) insideName(t token) bool {
	return t.cap() && !t.poss() && !t.acronym() && lexicon.Generic.Has(t.text)
}

// ownDemonym reports whether the demonym at token k, just before an
// acronym's expansion [k+1, j), belongs to the name though the acronym
// leaves it out: "Norwegian Police Security Service (PST)" is the agency's
// own name, its home country read off by the acronym. It does not when a
// name "of" something follows the head, which is how a writer names
// someone else's body ("Chinese Ministry of State Security (MSS)"), nor
// when the gazetteer lists the name without it ("Chinese State Council
// Information Office (SCIO)"), but for another state's body of the name
// the gazetteer lists ("Japanese Ministry of Foreign Affairs (MOFA)",
// othersBody): that state's own.
func (d *doc) ownDemonym(c *claim, k, j int, short string) bool {
	t := c.toks[k]
	if !t.cap() || t.poss() || t.acronym() || !lexicon.Adjectives.Has(t.text) || lexicon.Generic.Has(t.text) {
		return false
	}
	if d.othersBody(c.text(k, j)) {
		return true
	}
	for n := k + 1; n < j; n++ {
		if c.toks[n].connector() {
			return false
		}
	}
	if !lexicon.OrgHeads.Has(c.toks[j-1].text) {
		return false
	}
	for _, n := range []string{c.text(k+1, j), short} {
		if _, ok := d.g.Lookup(n); ok {
			return false
		}
	}
	return true
}

// placeAfterThe returns where the name whose acronym's expansion starts
// at token k starts: at the place right before the expansion when "the"
// stands before that place, which makes the place part of the name, since
// "the" determines the whole phrase: "the Kenya Institute of Marine
// Studies (IMS)" is the institute's name, as "the Africa Centres for
// Disease Control (CDC)" is. A place after a possessive or without "the"
// may just say whose body it is ("Kenya's Institute of Marine Studies
// (IMS)", "PRC Ministry of Public Security (MPS)"), and an acronym, which
// the expansion's letters would have spelled, is left out. A government
// office named for its field keeps its place out even after "the": "the
// Kenya Ministry of Health (MoH)" is Kenya's ministry, and the acronym
// leaves the place out too.
func (d *doc) placeAfterThe(c *claim, k int) int {
	if lexicon.OfficeHeads.Has(c.toks[k].text) {
		return k
	}
	for s := k - 1; s > 0 && k-s <= maxPlaceWords; s-- {
		if t := c.toks[s]; !t.cap() || t.acronym() || t.poss() || t.connector() || !t.joined() {
			return k
		}
		if _, typ, _, _ := d.known(c.text(s, k)); typ == claimx.GPE && strings.EqualFold(c.toks[s-1].text, "the") {
			return s
		}
	}
	return k
}

// maxPlaceWords is how many words the place before a name's expansion
// may have: "Papua New Guinea".
const maxPlaceWords = 3

// shortForm: one word with at least two capitals, "PRC", "LegCo".
func shortForm(s string) bool {
	if s == "" || strings.ContainsAny(s, " ,;") {
		return false
	}
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '.' && r != '-':
			return false
		}
	}
	return caps >= 2 && unicode.IsUpper([]rune(s)[0])
}

// looksLikeName: capitalised words and connectors only.
func looksLikeName(s string) bool {
	toks := tokenize(newRuneText(s))
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if !t.cap() && !t.connector() {
			return false
		}
	}
	return true
}

// expansionStart finds which token of c.toks[i:j] the expansion of short
// starts at. Most acronyms are their words' initials, so those are tried
// first; else the short form's letters are matched right to left against
// the long form's (the Schwartz–Hearst rule): each letter found in order,
// the first one opening a word. The initials come first because the
// letter rule stops at the nearest match: "CICG" would take "Communications
// Group" for the whole of "China International Communications Group".
func expansionStart(short string, c *claim, i, j int) (int, bool) {
	var letters []rune
	for _, r := range strings.ToLower(short) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) < 2 {
		return 0, false
	}
	if k, ok := initialsStart(letters, c, i, j); ok {
		return k, true
	}
	if k, ok := reorderedInitials(letters, c, i, j); ok {
		return k, true
	}
	long := []rune(strings.ToLower(c.src.slice(c.toks[i].start(), c.toks[j-1].end())))
	base := c.toks[i].start()
	// A connector spells no letter of a name's acronym: the "e" of "the"
	// would stretch "Community of Latin American and Caribbean States
	// (CELAC)" back over "China and the" before it.
	connector := make([]bool, len(long))
	for k := i; k < j; k++ {
		for q := c.toks[k].start() - base; c.toks[k].connector() && q < c.toks[k].end()-base; q++ {
			connector[q] = true
		}
	}
	p := len(long) - 1
	for s := len(letters) - 1; s >= 0; s-- {
		for p >= 0 && (long[p] != letters[s] || connector[p] || s == 0 && p > 0 && wordRune(long[p-1])) {
			p--
		}
		if p < 0 {
			return 0, false
		}
		if s > 0 {
			p--
		}
	}
	for k := i; k < j; k++ {
		if c.toks[k].start()-base <= p && p < c.toks[k].end()-base {
			if c.toks[k].connector() {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}

// reorderedInitials finds the token of c.toks[i:j] from which the
// initials of the words up to j, connectors left out, are letters in
// another order: an acronym of the name as another language or word order
// has it, "Communist Party of China (CCP)". The fewest words that do are
// the name: "the 20th Congress of the Communist Party of China (CCP)" does
// not take the congress's C for the acronym's first, as the letter rule
// would.
func reorderedInitials(letters []rune, c *claim, i, j int) (int, bool) {
	want := map[rune]int{}
	for _, r := range letters {
		want[r]++
	}
	left := len(letters)
	for k := j - 1; k >= i && left > 0; k-- {
		t := c.toks[k]
		if t.connector() {
			continue
		}
		first, _ := utf8.DecodeRuneInString(t.text)
		first = unicode.ToLower(first)
		if want[first] == 0 {
			return 0, false
		}
		want[first]--
		if left--; left == 0 {
			return k, true
		}
	}
	return 0, false
}

// initialsStart finds the token of c.toks[i:j] from which the words'
// initials, right to left, spell letters; a connector ("of", "and") may
// stand between them unspelled, and an acronym inside the name spells all
// its letters ("UN Convention on the Law of the Sea (UNCLOS)", whose "of"
// the letter rule does not read: expansionStart).
func initialsStart(letters []rune, c *claim, i, j int) (int, bool) {
	s := len(letters) - 1
	for k := j - 1; k >= i; k-- {
		t := c.toks[k]
		if n := acronymLetters(t.text); t.acronym() && len(n) > 1 && len(n) <= s+1 && string(letters[s+1-len(n):s+1]) == strings.ToLower(n) {
			if s -= len(n); s < 0 {
				return k, true
			}
			continue
		}
		first, _ := utf8.DecodeRuneInString(t.text)
		switch {
		case unicode.ToLower(first) == letters[s]:
			if s == 0 {
				return k, !t.connector()
			}
			s--
		case !t.connector():
			return 0, false
		}
	}
	return 0, false
}
