package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimx/claimx"
)

// Attributions decides for each claim whether it reports what a named person
// or body said or wrote (Kind Reported, with the entity's canonical name as
// Speaker and the attributing word as written as Cue) or is the article's own
// assertion (Kind Author). It reads the claims' Entities and Quotes, so it
// runs after those taggers.
type Attributions struct{}

// Tag reads each claim as a sequence of words, names and opaque quotations
// and parentheses (so a name or verb inside either is never taken), finds
// its reporting cues and, for the first cue that has one, the speaker by the
// shape around it:
//
//	Wang Yi stated that …               subject before the verb
//	Li, director of the CPPCC, has said subject before an appositive
//	“…,” said Wang Yi / “…,” Wang said   speaker after or before the verb
//	…, adding that / … and argued that   subject of the clause
//	according to X / was defined by X    speaker after the phrase
//	He / The ministry warned that        the nearest fitting name before
//	She put it bluntly: “…”              subject of a clause quoting a sentence
//
// A quotation running over several claims gives its speaker to all of them,
// and a claim that is nothing but a quotation continues the speaker of the
// claim before it in the paragraph. Speakers can be people, organisations
// and places acting as states ("the PRC … states that").
func (Attributions) Tag(a *claimx.Article) {
	t := attributor{a: a, views: make([]view, len(a.Claims)), speakers: make([]*claimx.Entity, len(a.Claims))}
	for i := range a.Claims {
		t.views[i] = newView(&a.Claims[i])
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		c.Kind, c.Speaker, c.Cue = claimx.Author, "", ""
		if e, cue := t.attribute(i); e != nil {
			t.speakers[i] = e
			c.Kind, c.Speaker, c.Cue = claimx.Reported, canonical(e), cue
		}
	}
	t.spreadOverQuotations()
	t.continueBareQuotes()
}

// attributor holds what Tag knows about an article while it works through it.
type attributor struct {
	a     *claimx.Article
	views []view
	// speakers are the entities found as each claim's speaker, nil if none.
	speakers []*claimx.Entity
}

// attribute returns the speaker of claim i and its cue as written, or nil.
func (t *attributor) attribute(i int) (*claimx.Entity, string) {
	v := &t.views[i]
	for _, c := range v.cues {
		if c.strength == frames && !v.framed(c) {
			continue
		}
		if k := v.speakerOf(c); k >= 0 {
			if e := t.resolve(i, k); e != nil {
				return e, v.cueText(c)
			}
		}
	}
	if colon, k := v.introducedQuote(); k >= 0 {
		if e := t.resolve(i, k); e != nil {
			return e, v.verbAfter(k, colon)
		}
	}
	return nil, ""
}

// spreadOverQuotations gives the speaker of a quotation that runs over
// several claims to those of them that have none: “First sentence. Second
// one,” she said.
func (t *attributor) spreadOverQuotations() {
	for _, q := range quotations(t.a) {
		if q.Speaker == "" || len(q.Claims) < 2 {
			continue
		}
		src := -1
		for _, i := range q.Claims {
			if t.speakers[i] != nil {
				src = i
				break
			}
		}
		for _, i := range q.Claims {
			if t.speakers[i] == nil {
				t.copySpeaker(src, i)
			}
		}
	}
}

// continueBareQuotes gives a claim that is nothing but a quotation the
// speaker of the claim before it in the same paragraph, as news writing
// continues a speaker's words: Wang said so. “It will not last.”
func (t *attributor) continueBareQuotes() {
	for i := 1; i < len(t.a.Claims); i++ {
		if t.speakers[i] == nil && t.speakers[i-1] != nil && t.views[i].onlyQuoted() &&
			t.a.Claims[i].Paragraph == t.a.Claims[i-1].Paragraph {
			t.copySpeaker(i-1, i)
		}
	}
}

// copySpeaker makes claim to report the speaker of claim from, with its cue:
// the word that attributes both.
func (t *attributor) copySpeaker(from, to int) {
	t.speakers[to] = t.speakers[from]
	src, c := &t.a.Claims[from], &t.a.Claims[to]
	c.Kind, c.Speaker, c.Cue = claimx.Reported, src.Speaker, src.Cue
}

func canonical(e *claimx.Entity) string {
	if e.Name != "" {
		return e.Name
	}
	return e.Mention
}

// resolve turns the speaker item k of claim i into an entity: a name stands
// for itself, a pronoun for its antecedent.
func (t *attributor) resolve(i, k int) *claimx.Entity {
	it := t.views[i].items[k]
	if it.kind == entityItem {
		return it.entity
	}
	return t.antecedent(i, it)
}

// lookBack is how many claims back a pronoun may find its antecedent.
const lookBack = 3

// antecedent finds what a pronoun or referring noun in claim i points to.
// A referring noun first looks for the nearest earlier name that holds it,
// anywhere before: "the ministry" is the last ministry named, however far
// back. Otherwise the antecedent is in the nearest of the few claims before,
// in the same section, that names something of a fitting type: its speaker
// if it has one, else its subject (the first name not governed by a
// preposition), else its last fitting name.
func (t *attributor) antecedent(i int, p item) *claimx.Entity {
	fits := func(e *claimx.Entity) bool { return slices.Contains(p.refers, e.Type) }
	if _, personal := pronouns[p.lower]; !personal {
		named := func(e *claimx.Entity) bool { return fits(e) && containsWord(canonical(e), p.lower) }
		for j := i - 1; j >= 0; j-- {
			if e := t.views[j].lastEntity(named); e != nil {
				return e
			}
		}
	}
	for j := i - 1; j >= 0 && j >= i-lookBack && t.a.Claims[j].Section == t.a.Claims[i].Section; j-- {
		if e := t.speakers[j]; e != nil && fits(e) {
			return e
		}
		if e := t.views[j].subject(fits); e != nil {
			return e
		}
		if e := t.views[j].lastEntity(fits); e != nil {
			return e
		}
	}
	return nil
}

func containsWord(name, w string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if f == w {
			return true
		}
	}
	return false
}

// Pronouns and referring nouns a speaker can be named by in a later claim,
// with the entity types each can refer to. A referring noun counts only
// after "the", "this" or "that"; a document stands for its author.
var (
	person, body, state = []claimx.EntityType{claimx.Person}, []claimx.EntityType{claimx.Org}, []claimx.EntityType{claimx.Org, claimx.GPE}

	pronouns = map[string][]claimx.EntityType{
		"he": person, "she": person, "they": {claimx.Person, claimx.Org}, "it": state,
	}
	referringNouns = map[string][]claimx.EntityType{
		"academy": body, "agency": body, "army": body, "bureau": body, "commission": body,
		"committee": body, "company": body, "council": body, "court": body, "department": body,
		"embassy": body, "firm": body, "institute": body, "ministry": body, "office": body,
		"organisation": body, "organization": body, "party": body,
		"administration": state, "government": state, "country": {claimx.GPE},
		"document": state, "paper": state, "report": state, "statement": state,
		"ambassador": person, "analyst": person, "envoy": person, "expert": person, "leader": person,
		"minister": person, "official": person, "premier": person, "president": person,
		"professor": person, "researcher": person, "scholar": person, "spokesman": person,
		"spokesperson": person, "spokeswoman": person,
	}
	pointers = wordSet("the this that")
)

// itemKind is what an item of a view is.
type itemKind uint8

const (
	wordItem itemKind = iota
	punctItem
	entityItem
	quoteItem // a whole quotation, marks included
	parenItem // a whole parenthesis or bracket, citations included
)

// item is one unit of a claim as the attribution grammar reads it.
type item struct {
	kind       itemKind
	start, end int    // rune offsets in the claim text
	text       string // as written, for words and punctuation
	lower      string
	entity     *claimx.Entity // for entityItem
	possessive bool           // an entityItem followed by ’s: "Nvidia’s CEO"
	// refers is set on pronouns and referring nouns: the entity types they
	// can stand for.
	refers []claimx.EntityType
	cue    bool // part of a reporting cue
}

// view is a claim read as items, with its cues.
type view struct {
	claim *claimx.Claim
	runes []rune
	items []item
	cues  []cue
}

func newView(c *claimx.Claim) view {
	v := view{claim: c, runes: []rune(c.Text)}
	opaque := v.opaqueRegions()
	names := v.freeEntities(opaque)
	// A word ends where a name or an opaque region starts, even without a space.
	stop := make([]bool, len(v.runes)+1)
	for _, r := range opaque {
		stop[r.Start] = true
	}
	for _, e := range names {
		stop[e.Start-c.Start] = true
	}
	oi, ni := 0, 0
	for i := 0; i < len(v.runes); {
		// A possessive ’ read with a name may have passed the start of what follows.
		for ni < len(names) && names[ni].Start-c.Start < i {
			ni++
		}
		for oi < len(opaque) && opaque[oi].Start < i {
			oi++
		}
		r := v.runes[i]
		switch {
		case oi < len(opaque) && opaque[oi].Start == i:
			v.items = append(v.items, item{kind: opaque[oi].kind, start: i, end: opaque[oi].End})
			i = opaque[oi].End
			oi++
		case ni < len(names) && names[ni].Start-c.Start == i:
			i = v.addEntity(names[ni])
			ni++
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(v.runes) && !stop[j] && (isWordRune(v.runes[j]) || v.joinsWord(j)) {
				j++
			}
			v.addText(wordItem, i, j)
			i = j
		default:
			v.addText(punctItem, i, i+1)
			i++
		}
	}
	v.markReferences()
	v.findCues()
	return v
}

func (v *view) addText(kind itemKind, from, to int) {
	text := string(v.runes[from:to])
	v.items = append(v.items, item{kind: kind, start: from, end: to, text: text, lower: strings.ToLower(text)})
}

// addEntity adds the name e, with a possessive ’s or plural ’ after it, and
// returns where the item ends.
func (v *view) addEntity(e *claimx.Entity) int {
	it := item{kind: entityItem, entity: e, start: e.Start - v.claim.Start, end: e.End - v.claim.Start}
	rs, n := v.runes, len(v.runes)
	wordAt := func(i int) bool { return i < n && isWordRune(rs[i]) }
	if j := it.end; j < n && (rs[j] == '’' || rs[j] == '\'') {
		switch {
		case j+1 < n && unicode.ToLower(rs[j+1]) == 's' && !wordAt(j+2):
			it.possessive, it.end = true, j+2
		case unicode.ToLower(rs[j-1]) == 's' && !wordAt(j+1):
			it.possessive, it.end = true, j+1
		}
	}
	v.items = append(v.items, it)
	return it.end
}

// joinsWord reports whether the rune at j joins two parts of one word:
// an apostrophe or hyphen between letters (don’t, US-China).
func (v *view) joinsWord(j int) bool {
	return strings.ContainsRune("’'-‐", v.runes[j]) && j+1 < len(v.runes) && isWordRune(v.runes[j+1]) && isWordRune(v.runes[j-1])
}

// region is a stretch of a claim read as one opaque item.
type region struct {
	claimx.Span // rune offsets in the claim text
	kind        itemKind
}

// opaqueRegions returns the claim's quotations (with their marks) and
// balanced parentheses and brackets, merged where they overlap, in order.
func (v *view) opaqueRegions() []region {
	var rs []region
	n := len(v.runes)
	for _, q := range v.claim.Quotes {
		s, e := q.Start-v.claim.Start, q.End-v.claim.Start
		if s < 0 || e > n || s >= e {
			continue // not a piece of this claim
		}
		if s > 0 && isQuoteMark(v.runes[s-1]) {
			s--
		}
		if e < n && isQuoteMark(v.runes[e]) {
			e++
		}
		rs = append(rs, region{claimx.Span{Start: s, End: e}, quoteItem})
	}
	var open []int
	for i, r := range v.runes {
		switch r {
		case '(', '[':
			open = append(open, i)
		case ')', ']':
			if k := len(open); k > 0 {
				rs = append(rs, region{claimx.Span{Start: open[k-1], End: i + 1}, parenItem})
				open = open[:k-1]
			}
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Start != rs[j].Start {
			return rs[i].Start < rs[j].Start
		}
		return rs[i].End > rs[j].End
	})
	var out []region
	for _, r := range rs {
		if k := len(out); k > 0 && r.Start < out[k-1].End {
			out[k-1].End = max(out[k-1].End, r.End)
			continue
		}
		out = append(out, r)
	}
	return out
}

// freeEntities returns the claim's entities that lie outside every opaque
// region (a name inside a citation or a quotation is not a speaker), in text
// order and without overlaps.
func (v *view) freeEntities(opaque []region) []*claimx.Entity {
	var out []*claimx.Entity
	for k := range v.claim.Entities {
		e := &v.claim.Entities[k]
		local := claimx.Span{Start: e.Start - v.claim.Start, End: e.End - v.claim.Start}
		if local.Start < 0 || local.End > len(v.runes) || local.Len() <= 0 {
			continue
		}
		inside := false
		for _, r := range opaque {
			inside = inside || r.Overlaps(local)
		}
		if !inside {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// markReferences marks pronouns and referring nouns ("the ministry").
func (v *view) markReferences() {
	for k := range v.items {
		it := &v.items[k]
		if it.kind != wordItem {
			continue
		}
		if t, ok := pronouns[it.lower]; ok {
			it.refers = t
		} else if t, ok := referringNouns[it.lower]; ok && k > 0 && pointers[v.items[k-1].lower] {
			it.refers = t
		}
	}
}

// onlyQuoted reports whether the claim says nothing outside its quotations
// but punctuation and parentheses.
func (v *view) onlyQuoted() bool {
	quoted := false
	for _, it := range v.items {
		switch it.kind {
		case quoteItem:
			quoted = true
		case wordItem, entityItem:
			return false
		}
	}
	return quoted
}

// speakerOf returns the item that names the speaker of cue c, -1 if none.
func (v *view) speakerOf(c cue) int {
	switch {
	case c.according:
		return v.agentAfter(c.to)
	case c.form == pastForm && v.passive(c.from):
		// "was defined by scholars Zhao Jun": the agent, if the passive names one.
		for j := c.to; j < len(v.items) && j <= c.to+1; j++ {
			if v.items[j].lower == "by" {
				return v.agentAfter(j + 1)
			}
		}
		return -1
	case c.form != ingForm && v.followsQuote(c.from):
		return v.agentAfter(c.to) // “…,” said Wang Yi
	case v.dependent(c):
		return v.firstCandidate(v.clauseStart(c.from), c.from)
	}
	return v.subjectBefore(c.from)
}

// dependent reports whether cue c has no subject of its own and shares the
// clause's: a participle after a comma or a quotation ("…, adding that",
// "“…,” adding that"), or a verb coordinated by "and" / "or".
func (v *view) dependent(c cue) bool {
	j := v.skipVerbGroup(c.from - 1)
	if j < 0 {
		return false
	}
	prev := v.items[j]
	if prev.lower == "and" || prev.lower == "or" {
		return true
	}
	return c.form == ingForm && (separators[prev.lower] && prev.kind == punctItem || prev.kind == quoteItem)
}

// subjectBefore walks back from the cue at k to the nearest possible
// speaker. A separator right before the verb group closes a phrase set off
// after the subject ("Li Zhiqi, director of …, has stated"); any other
// separator ends the clause. A name governed by "from", "by" or "of" on the
// way names the body behind a referring noun ("the government of Japan
// said"), and one governed by "from" or "by" is the speaker when the walk
// finds no other: "the laws from the CAC call for", "a report by the
// institute said".
func (v *view) subjectBefore(k int) int {
	inVerbGroup, owner, ownerBy := true, -1, ""
	fallback := func() int {
		if ownerBy == "from" || ownerBy == "by" {
			return owner
		}
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		it := v.items[j]
		switch {
		case v.candidate(j):
			if _, personal := pronouns[it.lower]; it.kind != entityItem && !personal && owner >= 0 {
				return owner
			}
			return j
		case it.kind == entityItem && owner < 0:
			if p := v.governor(j); p == "from" || p == "by" || p == "of" {
				owner, ownerBy = j, p
			}
		case it.kind == punctItem && separators[it.lower]:
			if inVerbGroup {
				return v.appositiveSubject(j)
			}
			return fallback()
		case it.kind == punctItem && clauseBreaks[it.lower]:
			return fallback()
		}
		if it.kind != parenItem && !(it.kind == wordItem && auxiliaries(it.lower)) {
			inVerbGroup = false
		}
	}
	return fallback()
}

// appositiveSubject finds the subject before the separator at j that ends a
// phrase set off after it: the name right before the separator opening the
// phrase ("Wang Yi, the foreign minister, said"), or a name opening the
// phrase itself ("The minister, Wang Yi, said"). With no opening separator
// in the clause the phrase is a long subject closed by a comma ("Professor
// Yao Xin of Lingnan University, has advocated"): its first name.
func (v *view) appositiveSubject(j int) int {
	open := -1
	for i := j - 1; i >= 0; i-- {
		if it := v.items[i]; it.kind == punctItem && (separators[it.lower] || clauseBreaks[it.lower]) {
			if separators[it.lower] {
				open = i
			}
			break
		}
	}
	if open < 0 {
		return v.firstCandidate(v.clauseStart(j), j)
	}
	p := open - 1
	for p >= 0 && v.items[p].kind == parenItem {
		p--
	}
	if p >= 0 && v.candidate(p) {
		return p
	}
	if f := v.firstCandidate(open+1, j); f == open+1 {
		return f
	}
	return -1
}

// agentReach is how many words may stand between a cue and a speaker named
// after it: titles such as "Foreign Ministry spokesperson".
const agentReach = 5

// agentAfter finds a speaker named from item k on, within a few words and
// before any punctuation other than a parenthesis, a conjunction or a
// relative pronoun ("said one trader who met Wang Yi" names no speaker).
func (v *view) agentAfter(k int) int {
	for j, words := k, 0; j < len(v.items) && words <= agentReach; j++ {
		it := v.items[j]
		switch {
		case it.kind == entityItem && !v.modifies(j), it.refers != nil:
			return j
		case it.kind == parenItem, it.kind == entityItem:
		case it.kind != wordItem || it.cue || connectives[it.lower]:
			return -1
		default:
			words++
		}
	}
	return -1
}

// firstCandidate returns the first possible speaker in items [from, to), -1
// if none.
func (v *view) firstCandidate(from, to int) int {
	for j := from; j < to; j++ {
		if v.candidate(j) {
			return j
		}
	}
	return -1
}

// clauseStart returns the first item of the clause holding item k: after
// the last semicolon or colon before it.
func (v *view) clauseStart(k int) int {
	for j := k - 1; j >= 0; j-- {
		if v.items[j].kind == punctItem && clauseBreaks[v.items[j].lower] {
			return j + 1
		}
	}
	return 0
}

// candidate reports whether item k can name a speaker: a name that is
// neither governed by a preposition nor a modifier of the name after it, or
// a pronoun or referring noun that is not governed.
func (v *view) candidate(k int) bool {
	it := v.items[k]
	switch {
	case it.kind == entityItem:
		return v.governor(k) == "" && !v.modifies(k)
	case it.refers != nil:
		return v.governor(k) == ""
	}
	return false
}

// governor returns the preposition whose object the name at k is ("director
// of the Beijing CPPCC", "At his 2024 World Economic Forum keynote", "to
// President Xi"), "" if none. A name joined by "and" to a governed name is
// governed too.
func (v *view) governor(k int) string {
	for j := k - 1; j >= 0; j-- {
		it := v.items[j]
		switch {
		case it.kind != wordItem:
			return ""
		case prepositions[it.lower]:
			return it.lower
		case (it.lower == "and" || it.lower == "or") && j > 0 && v.items[j-1].kind == entityItem:
			return v.governor(j - 1)
		case !determiners[it.lower] && !isTitle(it.lower) && !isNumber(it.text):
			return ""
		}
	}
	return ""
}

// modifierReach is how many words may stand between a name and the name it
// modifies: "the PRC’s UN ambassador Zhang Jun", "Microsoft President Brad
// Smith".
const modifierReach = 3

// modifies reports whether the name at k only qualifies a name right after
// it, with nothing but titles or capitalised words between.
func (v *view) modifies(k int) bool {
	for j, words := k+1, 0; j < len(v.items); j++ {
		it := v.items[j]
		switch {
		case it.kind == entityItem:
			return true
		case it.kind == parenItem:
			continue
		case it.kind != wordItem || it.cue || words == modifierReach:
			return false
		case !isTitle(it.lower) && !unicode.IsUpper([]rune(it.text)[0]):
			return false
		}
		words++
	}
	return false
}

// passive reports whether the cue at k is a passive participle: "was
// defined", "have been described".
func (v *view) passive(k int) bool {
	j := v.skipVerbGroup(k - 1)
	return j >= 0 && beForms[v.items[j].lower]
}

// skipVerbGroup returns the last item at or before j that is not an adverb
// or auxiliary (a be-form is kept, so passive can see it), -1 if none.
func (v *view) skipVerbGroup(j int) int {
	for ; j >= 0; j-- {
		it := v.items[j]
		if it.kind != wordItem || beForms[it.lower] || !auxiliaries(it.lower) {
			return j
		}
	}
	return -1
}

// followsQuote reports whether the item at k comes right after a quotation,
// a comma at most between them: “…,” said Wang.
func (v *view) followsQuote(k int) bool {
	j := k - 1
	if j >= 0 && v.items[j].lower == "," {
		j--
	}
	return j >= 0 && v.items[j].kind == quoteItem
}

// subject returns the first name of the claim that can be its subject and
// satisfies ok, nil if none.
func (v *view) subject(ok func(*claimx.Entity) bool) *claimx.Entity {
	for k, it := range v.items {
		if it.kind == entityItem && ok(it.entity) && v.candidate(k) {
			return it.entity
		}
	}
	return nil
}

// lastEntity returns the last name of the claim, outside quotations and
// parentheses, that satisfies ok, nil if none.
func (v *view) lastEntity(ok func(*claimx.Entity) bool) *claimx.Entity {
	for k := len(v.items) - 1; k >= 0; k-- {
		if it := v.items[k]; it.kind == entityItem && ok(it.entity) {
			return it.entity
		}
	}
	return nil
}

// introducedWords is how many words a quotation after a colon must have to
// be someone's words rather than a list of terms: "She put it bluntly: “Every
// name on that list was vetted.”" but not "three aims: “security”".
const introducedWords = 4

// introducedQuote finds a sentence quoted after a colon with no reporting
// verb ("She put it bluntly: “…”") and returns the colon and the subject of
// the clause before it, or -1 as subject if there is none. A quoted sentence
// starts in upper case and has several words.
func (v *view) introducedQuote() (int, int) {
	for j := 1; j+1 < len(v.items); j++ {
		if v.items[j].lower != ":" || v.items[j+1].kind != quoteItem {
			continue
		}
		q := v.items[j+1]
		text := strings.TrimLeftFunc(string(v.runes[q.start:q.end]), func(r rune) bool { return !isWordRune(r) })
		if text != "" && unicode.IsUpper([]rune(text)[0]) && len(strings.Fields(text)) >= introducedWords {
			return j, v.firstCandidate(v.clauseStart(j), j)
		}
	}
	return -1, -1
}

// verbAfter returns, as the cue of a quotation introduced by a colon, the
// first word after the speaker at k that is not an auxiliary ("put" in "She
// has put it bluntly:"), or the colon itself when there is none.
func (v *view) verbAfter(k, colon int) string {
	for j := k + 1; j < colon; j++ {
		if it := v.items[j]; it.kind == wordItem && !auxiliaries(it.lower) {
			return it.text
		}
	}
	return v.items[colon].text
}
