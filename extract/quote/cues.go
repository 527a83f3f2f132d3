package quote

import (
	"strings"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// cueStrength says what a reporting word needs around it before it reports
// speech.
type cueStrength uint8

const (
	// speaks: the word reports speech on its own: "X warned", "X has said",
	// "X called for talks".
	speaks cueStrength = iota + 1
	// frames: the word reports speech only when a quotation, a that-clause or
	// a colon follows it ("X added that …", "X defined it as “…”"); alone it
	// is an ordinary action ("X added 300 staff", "X wrote a book").
	frames
	// holds: a view or a finding, reported only with the that-clause or
	// quotation right after the verb ("analysts believe that …", "the study
	// found that …"), not with one further on ("worry about the control it
	// confers over a river that …").
	holds
)

// holdsReach is how many items may stand between a verb of thinking or
// finding and its that-clause: an adverb ("believe strongly that").
const holdsReach = 2

// cueVerbs are the lemmas of the reporting, framing, thinking and finding
// verbs and the stance verbs, with the verbs of their phrasal entries ("call" of "call for", "point" of "point
// out").
var cueVerbs = func() map[string]bool {
	verbs := map[string]bool{}
	for _, l := range []*lexicon.List{lexicon.ReportingVerbs, lexicon.FramingVerbs, lexicon.ThinkingVerbs, lexicon.FindingVerbs, lexicon.StanceVerbs} {
		for w := range l.All() {
			verb, _, _ := strings.Cut(w, " ")
			verbs[verb] = true
		}
	}
	return verbs
}()

// strengthOf returns the strength of a verb or phrasal verb ("call for"),
// 0 if it reports nothing.
func strengthOf(verb string) cueStrength {
	switch {
	case lexicon.ReportingVerbs.Has(verb):
		return speaks
	case lexicon.FramingVerbs.Has(verb):
		return frames
	case lexicon.ThinkingVerbs.Has(verb), lexicon.FindingVerbs.Has(verb):
		return holds
	}
	return 0
}

// cue is a reporting word or phrase found in a claim: items [from, to) of
// its view.
type cue struct {
	from, to int
	form     lexicon.VerbForm
	strength cueStrength
	// sourceAfter marks a phrase whose source follows it: "according to X",
	// "in the words of X".
	sourceAfter bool
	// owner is the item that names the source inside the phrase ("in Lo’s
	// view", "Xi’s call for"), -1 if none.
	owner int
	// noun marks a speech noun after its owner ("Xi’s instruction to “…”"):
	// it reports speech only with a quotation close after it.
	noun bool
}

// findCues marks the reporting words and phrases of a view, in text order.
// A capitalised cue word inside a sentence is part of a name ("Said",
// "State"), and one where a verb cannot stand is a noun or an adjective,
// so neither is a cue; but a speech noun after a possessive is one, whose
// owner is its source.
func (v *view) findCues() {
	for k := 0; k < len(v.items); k++ {
		it := v.items[k]
		if it.kind != wordItem {
			continue
		}
		if n := v.phraseCue(k); n > 0 {
			k += n - 1
			continue
		}
		if n := len(v.cues); n > 0 && v.cues[n-1].sourceAfter && v.cues[n-1].to == k {
			continue // "according to state media": the source's word, no infinitive
		}
		if k > 0 && unicode.IsUpper([]rune(it.text)[0]) {
			continue
		}
		if k > 0 && v.possessor(k-1) && lexicon.SpeechNouns.HasNoun(it.lower) {
			v.addCue(cue{from: k, to: k + 1, strength: frames, owner: k - 1, noun: true})
			continue
		}
		if k > 0 && v.nounPosition(k) {
			continue
		}
		lemma, form, ok := lexicon.Lemma(it.lower, func(w string) bool { return cueVerbs[w] })
		if !ok || form != lexicon.Past && lexicon.Channels.HasNoun(it.lower) && !lexicon.VerbNouns.Has(lemma) {
			continue // "a WeChat post from", "other posts direct": the channel, where "he posted" reports
		}
		phrasal := lemma + " " + v.wordAt(k+1)
		if lexicon.Idioms.Has(phrasal) {
			continue
		}
		if s := strengthOf(phrasal); s != 0 {
			if form != lexicon.Past || v.wordAt(k+2) != "by" {
				// "the expert, called on by tribes around the country": a
				// phrasal verb's passive participle reports nothing
				v.addCue(cue{from: k, to: k + 2, form: form, strength: s, owner: -1})
			}
			k++
			continue
		}
		if n := v.stanceNoun(k, lemma); n > k {
			s := speaks
			if k > 0 && v.actNamed(k, form) {
				s = frames // "lodged a protest to express its dissatisfaction": what the act is for
			}
			v.addCue(cue{from: k, to: n + 1, form: form, strength: s, owner: -1})
			k = n
			continue
		}
		s := strengthOf(lemma)
		if s == 0 {
			continue
		}
		if s == frames && v.weightObject(k) {
			s = speaks // "highlighted the importance of the talks"
		}
		if s == speaks && k > 0 && v.actNamed(k, form) {
			s = frames
		}
		if lexicon.VerbNouns.Has(lemma) && (form == lexicon.Base || form == lexicon.S) {
			if form == lexicon.Base && k > 0 && v.items[k-1].kind == punctItem && v.plainWord(k+1) {
				continue // "…, state media reported": a noun qualifying the next, with no subject before it
			}
			s = frames
		}
		if form == lexicon.Ing && k > 0 && v.gerund(k) {
			if ch := v.documentBefore(k); ch >= 0 {
				// what the document says needs a clause or a quotation: "an
				// announcement requesting comment" reports an act
				v.addCue(cue{from: k, to: k + 1, form: form, strength: max(s, frames), owner: v.documentSource(ch)})
			}
			continue
		}
		if form == lexicon.Base && v.infinitiveAfterName(k) || form == lexicon.Past && (v.objectOfInfinitive(k) || v.participleOfNoun(k)) {
			continue
		}
		v.addCue(cue{from: k, to: k + 1, form: form, strength: s, owner: -1})
	}
}

// stanceReach is how many words may qualify the noun of a stance
// expressed between it and its verb: "expressed strong dissatisfaction",
// "voiced its deep concern".
const stanceReach = 2

// stanceNoun returns the item of the stance noun that makes the stance
// verb at k, of lemma lemma, report speech on its own, -1 if none:
// "expressed concern over the curbs", "voiced strong opposition to the
// plan", "expressed serious concerns". Only a possessive or a plain
// lower-case word may qualify the noun, which may be in the singular or
// the plural.
func (v *view) stanceNoun(k int, lemma string) int {
	if !lexicon.StanceVerbs.Has(lemma) {
		return -1
	}
	for j := k + 1; j < len(v.items) && j <= k+1+stanceReach; j++ {
		w := v.wordAt(j)
		if lexicon.StanceNouns.HasNoun(w) {
			return j
		}
		if !v.items[j].possessive && !v.plainWord(j) && !lexicon.Possessives.Has(w) {
			return -1 // a name's possessive may qualify it too: "expressed Japan's concern"
		}
	}
	return -1
}

// weightObject reports whether the framing verb at k takes for object a
// noun of weight or need (lexicon weight-nouns), which makes it report
// speech with no clause after it: "highlighted the importance of the
// talks", "underlined the urgent need for reform". The noun follows "the"
// and at most stanceReach plain words, and "of", "for" or "to" follows it;
// "highlighted its importance" weighs a thing already named, no claim.
func (v *view) weightObject(k int) bool {
	if v.wordAt(k+1) != "the" {
		return false
	}
	for j := k + 2; j < len(v.items) && j <= k+2+stanceReach; j++ {
		if lexicon.WeightNouns.Has(v.wordAt(j)) { // singular: "the needs of" are no claim
			switch v.wordAt(j + 1) {
			case "of", "for", "to":
				return true
			}
			return false
		}
		if !v.plainWord(j) {
			return false
		}
	}
	return false
}

// actNamed reports whether the verb at k, in form form, names an act
// rather than reporting one: an infinitive tells what someone means or is
// made to do ("calibrated its signalling to assert its presence", "drove
// residents to criticize the policy"), a gerund after "for" or "of" what
// someone is thanked, blamed or known for ("thanked the envoy for
// reiterating its support", "the tactic of saying one thing"). Either
// reports speech only with its clause or quotation after it, as a framing
// verb does ("went on to say that", "criticised Wang for saying that …").
func (v *view) actNamed(k int, form lexicon.VerbForm) bool {
	switch v.wordAt(k - 1) {
	case "to":
		return form == lexicon.Base
	case "for", "of":
		return form == lexicon.Ing
	}
	return false
}

// nounPosition reports whether the word at k stands where a verb cannot:
// after a determiner or a possessive ("Wang’s warning"), a word that is
// as often a noun after "a" and a modifier ("a direct answer"), or, unless
// it is a gerund, after a preposition other than the infinitive "to" and
// those that are also adverbs of a verb group ("controls over advanced
// chips", "by stated policy"; but "by insisting that", "has since urged").
func (v *view) nounPosition(k int) bool {
	prev := v.items[k-1]
	if lexicon.Determiners.Has(prev.lower) || prev.possessive {
		return true
	}
	if k >= 2 && lexicon.VerbNouns.Has(v.items[k].lower) && v.plainWord(k-1) && (v.items[k-2].lower == "a" || v.items[k-2].lower == "an" ||
		v.items[k-2].lower == "the" && lexicon.Singular(v.items[k-1].lower) == "" && !lexicon.UnnamedSources.HasNoun(v.items[k-1].lower)) {
		return true // "gave a direct answer", "a catchall term": after "a" and one word a verb would take -s
	}
	if v.wordAt(k+1) == "by" && v.asPassive(k) {
		return false // "…, as described by Mahama": a participle with its agent
	}
	return prev.kind == wordItem && preposition(prev.lower) && !lexicon.InVerbGroup(prev.lower) && prev.lower != "to" &&
		!strings.HasSuffix(v.items[k].lower, "ing")
}

// infinitiveAfterName reports whether the base form at k is the infinitive
// of a name that is the object of a verb before it: "would help Taiwan
// maintain “…”" and "let Beijing claim" report nothing, where a name that
// is a subject ("Facebook believe"), one joined to another ("China and
// Russia say") or one governed by a preposition ("reports seen by Reuters
// suggest") leaves the verb finite, as does a participle qualifying the subject
// ("analysts covering Huawei believe").
func (v *view) infinitiveAfterName(k int) bool {
	if k < 2 || v.items[k-1].kind != entityItem || v.items[k-1].possessive {
		return false
	}
	w := v.items[k-2]
	if k >= 3 && v.items[k-3].unnamed && v.qualifyingParticiple(k-2) {
		return false // "Analysts covering Huawei believe": the participle qualifies the subject
	}
	return w.kind == wordItem && unicode.IsLower([]rune(w.text)[0]) && !w.cue && !preposition(w.lower) && !connective(w.lower) &&
		!lexicon.Determiners.Has(w.lower) && !auxiliary(w.lower) && !lexicon.Pronouns.Has(w.lower)
}

// participleOfNoun reports whether the past form at k, with its agent
// after it, qualifies the common noun before it: "a spending plan
// amounting to $40 billion announced by the Taiwan region", "the figures
// reported by the bureau". It reports nothing of the sentence, and its
// agent is no speaker of it; a speaker's noun before it is its subject
// ("officials said by phone", "the minister said by video link").
func (v *view) participleOfNoun(k int) bool {
	p := k - 1
	return k > 0 && v.wordAt(k+1) == "by" && v.plainWord(p) && v.items[p].refers == nil && !v.items[p].unnamed
}

// objectOfInfinitive reports whether the past form at k stands right after
// an infinitive or a verb after a modal, where only its object can: there
// it is an adjective ("the ability to produce advanced semiconductors is
// worrying", "firms that can buy advanced chips"), no finite verb. A word
// for whom one speaks to or a source after "to" is no infinitive but the
// object of the preposition, and the past form the verb of the clause:
// "officials speaking to reporters said".
func (v *view) objectOfInfinitive(k int) bool {
	if k < 2 || !v.plainWord(k-1) || v.items[k-1].unnamed || lexicon.Audiences.HasNoun(v.items[k-1].lower) {
		return false
	}
	w := v.items[k-2].lower
	return w == "to" || lexicon.Modals.Has(w)
}

// documentReach is how many items a time or place may put between a
// document and the participle that gives its content: "a statement on
// Monday saying".
const documentReach = 3

// documentBefore returns the document noun that the participle at k
// gives the content of, -1 if none: "issued a statement saying …",
// "published an editorial on Monday stating that …". Only a preposition,
// a capitalised word or a number may stand between them.
func (v *view) documentBefore(k int) int {
	for j := k - 1; j >= 0 && j >= k-1-documentReach; j-- {
		it := v.items[j]
		switch {
		case it.kind == wordItem && lexicon.Channels.HasNoun(it.lower):
			return j
		case it.kind == entityItem, it.kind == wordItem && (preposition(it.lower) || isNumber(it.text) || unicode.IsUpper([]rune(it.text)[0])):
		default:
			return -1
		}
	}
	return -1
}

// documentSource returns who speaks through the document at j, -1 if
// the sentence names no one: the body it is said to come from ("a
// statement from the ministry saying"), else the subject of the clause
// that has it as object ("The ministry issued a statement saying").
func (v *view) documentSource(j int) int {
	if b := v.bodyBehind(j); b >= 0 {
		return b
	}
	return v.subjectBefore(j)
}

// gerund reports whether the -ing word at k is a noun, as it is after a
// plain word ("critical reporting", "their own saying"): as a verb it
// follows an auxiliary ("was warning"), a preposition ("by insisting"), a
// conjunction ("and adding") or stands after punctuation, a quotation or a
// name ("…, adding that", "Beijing, accusing").
func (v *view) gerund(k int) bool {
	prev := v.items[k-1]
	return prev.kind == wordItem && !auxiliary(prev.lower) && !preposition(prev.lower) && !connective(prev.lower)
}

// asReach is how far before "put it" the "as" of "as Xi bluntly put it"
// may stand.
const asReach = 6

// putItSpeaker returns the speaker of the "put it" at k, -1 if none. "Put
// it" reports speech in a clause opened by "as", whose subject is then
// governed by nothing: "as Xi put it", but not "Xi put it on the agenda".
func (v *view) putItSpeaker(k int) int {
	for j := k - 1; j >= 0 && j >= k-asReach; j-- {
		switch it := v.items[j]; {
		case it.lower == "as":
			if s := v.agentAfter(j + 1); s < k {
				return s
			}
			return -1
		case it.kind == punctItem || it.kind == quoteItem:
			return -1
		}
	}
	return -1
}

// verbAfterName reports whether the word after item k is a reporting verb
// when item k is read as a name: "An reiterated", "An said".
func (v *view) verbAfterName(k int) bool {
	w := v.wordAt(k + 1)
	_, _, ok := lexicon.Lemma(w, func(l string) bool { return cueVerbs[l] })
	return ok
}

// wordAt returns the lower-case word at item j, "" if there is none.
func (v *view) wordAt(j int) string {
	if j >= 0 && j < len(v.items) && v.items[j].kind == wordItem {
		return v.items[j].lower
	}
	return ""
}

// phraseCue adds the cue of a fixed reporting phrase starting at item k
// and returns the phrase's length in items, 0 if there is none: "according
// to X" and "in the words of X", whose source follows; "in Lo’s view",
// whose cue is the noun and whose owner is the source; "as Xi put it";
// "make it clear that".
func (v *view) phraseCue(k int) int {
	switch v.wordAt(k) {
	case "according":
		if v.wordAt(k+1) == "to" {
			v.addCue(cue{from: k, to: k + 2, strength: speaks, sourceAfter: true, owner: -1})
			return 2
		}
	case "per":
		// "per Xinhua", "per the ministry": "according to" in news copy's
		// short form, but only before a person's or a body's name that
		// ends its phrase ("per cent", "per capita", "per the terms",
		// "per Harbour Board member", "as per the Board's rules" cite no
		// one)
		n := k + 1
		if v.wordAt(n) == "the" {
			n++
		}
		ends := n+1 == len(v.items) || n+1 < len(v.items) && v.items[n+1].kind == punctItem && !v.items[n+1].is("’") && !v.items[n+1].is("'")
		if n < len(v.items) && v.items[n].kind == entityItem && v.items[n].entity.Type != claimx.GPE && ends && v.wordAt(k-1) != "as" {
			v.addCue(cue{from: k, to: k + 1, strength: speaks, sourceAfter: true, owner: -1})
			return 1
		}
	case "make", "makes", "made", "making":
		// "Qu makes it clear that …", "has made clear that …": a view
		// stated, reported with its clause as a verb of thinking is.
		j := k + 1
		if v.wordAt(j) == "it" {
			j++
		}
		if v.wordAt(j) == "clear" {
			_, form, _ := lexicon.Lemma(v.wordAt(k), func(w string) bool { return w == "make" })
			v.addCue(cue{from: k, to: j + 1, form: form, strength: holds, owner: -1})
			return j + 1 - k
		}
	case "put", "puts":
		if v.wordAt(k+1) != "it" {
			break
		}
		if s := v.putItSpeaker(k); s >= 0 {
			v.addCue(cue{from: k, to: k + 2, strength: speaks, owner: s})
			return 2
		}
	case "in":
		o := k + 1 // the possessor, after "the" in "in the ministry’s view"
		if v.wordAt(o) == "the" {
			o++
		}
		switch {
		case o+1 < len(v.items) && v.possessor(o) && lexicon.OpinionNouns.HasNoun(v.wordAt(o+1)):
			v.addCue(cue{from: o + 1, to: o + 2, strength: speaks, owner: o})
			return o + 2 - k
		case v.wordAt(k+1) == "the" && lexicon.OpinionNouns.HasNoun(v.wordAt(k+2)) && v.wordAt(k+3) == "of":
			v.addCue(cue{from: k, to: k + 4, strength: speaks, sourceAfter: true, owner: -1})
			return 4
		}
	}
	return 0
}

// possessor reports whether item k is a possessive that can own a speech
// noun: a name or referring noun with ’s, or a possessive pronoun.
func (v *view) possessor(k int) bool {
	it := v.items[k]
	return it.possessive || it.kind == wordItem && lexicon.Possessives.Types(it.lower) != nil
}

func (v *view) addCue(c cue) {
	for j := c.from; j < c.to; j++ {
		v.items[j].cue = true
	}
	v.cues = append(v.cues, c)
}

// complementLimit is how many items after a framing cue may come before the
// quotation or "that" it needs: "has spoken with experts about the PRC’s
// lack of AI “self-reliance”" is about the longest real reach.
// nounComplementLimit is the same for a speech noun, whose quotation is
// closer: "Li’s description of the plan as “…”".
const (
	complementLimit     = 12
	nounComplementLimit = 5
)

// framed reports whether a framing cue has the complement that makes it
// report speech: a quotation right before it or before its subject ("“…,”
// she added", "“…,” Wang told reporters"), or as the subject of its passive
// ("the term “X” was defined by"), or, before any other cue or a
// semicolon, a quotation, "that" or a colon after it. A speech noun needs a
// quotation after it within its clause, right after it or after one of
// lexicon.SpeechNounLinks.
func (v *view) framed(c cue) bool {
	if c.noun {
		if c.to < len(v.items) && v.items[c.to].kind == wordItem && !lexicon.SpeechNounLinks.Has(v.items[c.to].lower) {
			return false // "Huawei’s order book was “full”": a compound, not speech
		}
		for j := c.to; j < len(v.items) && j < c.to+nounComplementLimit; j++ {
			switch it := v.items[j]; {
			case it.kind == quoteItem:
				return !it.label
			case it.kind == punctItem || it.cue:
				return false
			}
		}
		return false
	}
	if v.followsQuote(c.from) || v.inverted(c) || v.closesSentence(c) || v.quotedSubject(c) || c.form == lexicon.Past && v.passive(c.from) && v.quotedBefore(c.from) ||
		v.asPassive(c.from) && v.wordAt(c.to) == "by" {
		return true
	}
	if v.toldAudience(c) || v.clauseWithoutThat(c) {
		return true
	}
	lemma, _, _ := lexicon.Lemma(v.items[c.from].lower, func(w string) bool { return cueVerbs[w] })
	if c.form == lexicon.Past && lexicon.ContentLinks.Has(lemma+" "+v.wordAt(c.to)) && (v.wordAt(c.to) != "to" || v.passive(c.from)) {
		// "minorities accused of harboring “strong religious views”": the
		// accused say nothing, unless an agent does ("has been described as
		// “heartbreaking” by the department")
		return v.passive(c.from) && v.passiveAgent(c) >= 0
	}
	for j := c.to; j < len(v.items) && j < c.to+complementLimit; j++ {
		it := v.items[j]
		switch {
		case it.kind == quoteItem && !it.label && !lexicon.ClauseVerbs.Has(lemma) || it.lower == ":":
			return true
		case it.lower == "that" && (c.form != lexicon.Ing || j == c.to):
			// "adding that", where in "specifying an address that it
			// controls" the clause qualifies the participle's object
			return true
		case v.contentLink(c, lemma, j):
			return true // "accused Ma of denigrating Taiwan", but not "students accused of inciting"
		case it.cue || it.lower == ";":
			return false
		}
	}
	return false
}

// contentLink reports whether item j, after cue c of the verb lemma, is
// the preposition that makes the words after it what was said (lexicon
// ContentLinks): after the verb's object ("accused Ma of denigrating",
// "described the plan as a gamble"), or for "to" right after the verb,
// before an infinitive ("pledged to buy"; not "pledged $5 million to the
// fund").
func (v *view) contentLink(c cue, lemma string, j int) bool {
	it := v.items[j]
	if it.kind != wordItem || !lexicon.ContentLinks.Has(lemma+" "+it.lower) {
		return false
	}
	if it.lower == "to" {
		return j == c.to && v.plainWord(j+1)
	}
	return j > c.to
}

// audienceReach is how many items after "told" may name whom it tells:
// "told a regular news briefing".
const audienceReach = 4

// toldAudience reports whether cue c is "tell" with whom it tells right
// after it, a name or an audience: "told Reuters", "told reporters on
// Monday", "told a news briefing".
func (v *view) toldAudience(c cue) bool {
	if l, _, ok := lexicon.Lemma(v.items[c.from].lower, func(w string) bool { return w == "tell" }); !ok || l != "tell" {
		return false
	}
	// "told the ministry to wait" is an order, not a report.
	notOrder := func(j int) bool { return v.wordAt(j+1) != "to" }
	for j := c.to; j < len(v.items) && j < c.to+audienceReach; j++ {
		switch it := v.items[j]; {
		case it.kind == entityItem && !it.possessive:
			return notOrder(j)
		case it.kind == wordItem && (lexicon.Audiences.HasNoun(it.lower) || unicode.IsUpper([]rune(it.text)[0]) && !lexicon.Common.Has(it.lower)):
			return notOrder(j) // "told reporters", or an outlet the tagger did not name: "tell TMZ"
		case it.kind != wordItem || !lexicon.Determiners.Has(it.lower) && !lexicon.Adjectives.Has(it.lower) && !v.plainWord(j):
			return false
		}
	}
	return false
}

// usable reports whether cue c reports speech where it stands.
func (v *view) usable(c cue) bool {
	if v.conditional(c) {
		return false
	}
	switch c.strength {
	case speaks:
		return true
	case holds:
		return v.clauseAfter(c) || v.parenthetical(c) || v.closesBare(c)
	}
	return v.framed(c) || v.parenthetical(c) || v.closesBare(c)
}

// closesBare reports whether cue c closes the claim with its source, the
// verb bare or with only where or when after it: "…, a study found.",
// "…, the ministry disclosed on Friday", "…, Li noted in Lima." The
// sentence before it is then what it reports; with an object, a topic or
// an infinitive after it the verb is an act the sentence tells ("From
// 2013 on, Xi has invoked the term", "In a speech, Xi spoke about the
// plan", "…, Li pledged to build a port").
func (v *view) closesBare(c cue) bool {
	if c.to < len(v.items) {
		after := v.items[c.to]
		where := after.kind == wordItem && lexicon.PlacePrepositions.Has(after.lower) && after.lower != "to"
		if after.kind != punctItem && after.kind != parenItem && !where && !v.timePhrase(c.to) {
			return false
		}
	}
	return v.closingPlace(c) && !v.onlyOpeningClause(c)
}

// onlyOpeningClause reports whether all the claim has before cue c's
// subject is one clause or phrase opened by a subordinating word, with no
// comma inside: "When the ferry docked, Ana Ruiz confirmed in Lima.", "As
// expected, the board agreed on Friday." It tells when or how the act
// happened and is nothing the verb reports.
func (v *view) onlyOpeningClause(c cue) bool {
	first := -1
	for j, it := range v.items {
		if it.kind == wordItem {
			first = j
			break
		}
	}
	if first < 0 {
		return false
	}
	w := v.items[first].lower
	if !lexicon.Conjunctions.Has(w) && !lexicon.TimeClauses.Has(w) && !lexicon.Subordinators.Has(w) {
		return false
	}
	commas := 0
	for j := first; j < c.from; j++ {
		if v.items[j].is(",") {
			commas++
		}
	}
	return commas <= 1
}

// parenthetical reports whether cue c and its subject are set off by
// commas inside the sentence they report: "Climate change is to blame
// too, scientists think, with warming seas …", "The economy, he noted,
// was recovering".
func (v *view) parenthetical(c cue) bool {
	return c.to < len(v.items) && v.items[c.to].is(",") && c.owner < 0 && !c.sourceAfter && !c.noun && (v.subjectSetOff(c) || v.asClause(c))
}

// conditional reports whether cue c and its subject make a clause opened
// by "if", "unless" or "whether", which supposes or asks what someone says
// or thinks and reports nothing: "If Li Qiang thinks it’s safe, …",
// "Whether she believes the vote is fair hardly matters".
func (v *view) conditional(c cue) bool {
	k := v.subjectBefore(c.from)
	return k >= 0 && v.opener(k, lexicon.Conditionals.Has) >= 0
}

// opener returns the item of the word that opens the phrase of the subject
// at item k, when opens says it is such a word ("as", "if"); -1 otherwise.
// A capitalised one opening the claim reads as part of the name's phrase.
func (v *view) opener(k int, opens func(string) bool) int {
	p := v.phraseStart(k)
	if !opens(v.items[p].lower) {
		p--
	}
	if p >= 0 && opens(v.items[p].lower) {
		return p
	}
	return -1
}

// asClause reports whether cue c and its subject make a clause opened by
// "as" at the claim's start or after a comma, which reports the sentence
// around it: "As Neil Thomas notes, the commission …", "First, as Thomas
// rightly notes, …", "The commission, as Li observed, has …".
func (v *view) asClause(c cue) bool {
	k := v.subjectBefore(c.from)
	if k < 0 || v.beforeParens(v.skipVerbGroup(c.from-1)) != k {
		return false
	}
	p := v.opener(k, func(w string) bool { return w == "as" })
	return p >= 0 && (p == 0 || v.items[p-1].is(separators))
}

// clauseAfter reports whether a that-clause, a quotation or a colon comes
// right after cue c, or a clause without "that" ("analysts believe the
// economy will recover").
func (v *view) clauseAfter(c cue) bool {
	for j := c.to; j < len(v.items) && j < c.to+holdsReach; j++ {
		if it := v.items[j]; it.kind == quoteItem && !it.label || it.lower == "that" || it.lower == ":" {
			return true
		}
	}
	return v.clauseWithoutThat(c)
}

// clauseWithoutThat reports whether a clause without "that" follows cue c
// (see thatless). A participle in the noun phrase that opens its clause
// qualifies the subject, and the finite verb after it is the sentence's
// own: "A paper noting the risks was published" has no clause of the
// participle's, where "…, saying the risks were small" and "issued a
// statement saying it would appeal" have.
func (v *view) clauseWithoutThat(c cue) bool {
	return !(c.form == lexicon.Ing && v.inOpeningPhrase(c.from)) && v.thatless(c.to)
}

// inOpeningPhrase reports whether item k stands in the noun phrase that
// opens its clause: nothing before it in the clause but a determiner
// first, names and plain words that read as no verb.
func (v *view) inOpeningPhrase(k int) bool {
	start := v.clauseStart(k)
	for j := start; j < k; j++ {
		it := v.items[j]
		switch {
		case it.kind == entityItem:
		case it.kind != wordItem:
			return false
		case lexicon.Determiners.Has(it.lower):
			if j > start {
				return false // "issued a statement saying": a second phrase, after a verb
			}
		case v.finiteVerb(j) || v.pastVerb(j) || !v.plainWord(j) && !capitalised(it.text):
			return false
		}
	}
	return k > start
}

// clauseReach is how many items the subject of a clause without "that"
// may take before its verb: "the price of rare earths will".
const clauseReach = 6

// thatless reports whether a clause without "that" opens at item j, as
// verbs of saying and thinking take one ("believe the economy will
// recover", "added the talks were useful", "noted it had"): a name, a
// subject pronoun or a noun phrase, then a finite auxiliary within reach
// before any clause word or punctuation. An object alone has none ("added
// 300 staff", "believe the hype", "recalled the ambassador").
func (v *view) thatless(j int) bool {
	if j >= len(v.items) {
		return false
	}
	first := v.items[j]
	if first.kind == wordItem && contracted(first.lower) {
		return true // "believes it’s a big deal", "thinks there’s a chance"
	}
	if first.lower == "there" {
		// An existential "there" is a clause's subject only with its
		// finite verb right after it ("confirmed there will be talks",
		// "noted there were delays"); else it is a place ("stayed there").
		return finite(v.wordAt(j + 1))
	}
	if first.kind != entityItem && !(first.kind == wordItem && (lexicon.Pronouns.Has(first.lower) ||
		lexicon.Determiners.Has(first.lower) || v.plainWord(j) || unicode.IsUpper([]rune(first.text)[0]))) {
		return false
	}
	for k := j + 1; k < len(v.items) && k <= j+clauseReach; k++ {
		switch it := v.items[k]; {
		case it.kind == wordItem && finite(it.lower) && unicode.IsLower([]rune(it.text)[0]):
			return true // not a month's "May" or a name's "Will"
		case it.kind != wordItem && it.kind != entityItem && it.kind != parenItem, it.cue, connective(it.lower) && it.lower != "and" && it.lower != "or":
			return false // "and" may join the subject's nouns: "whale oil and byproducts could"
		}
	}
	return false
}

// contracted reports whether w is a subject pronoun, "there" or "that"
// fused with a finite auxiliary ("it’s", "they’re", "we'll", "she’d",
// "there’s"): a clause's subject and verb in one word.
func contracted(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "s", "re", "ll", "d", "ve", "m":
	default:
		return false
	}
	base := w[:i]
	return base == "there" || base == "that" || lexicon.Pronouns.Has(base)
}

// quotedSubject reports whether the subject of cue c comes right after a
// quotation: “…,” Foreign Ministry spokesperson Wang told reporters.
func (v *view) quotedSubject(c cue) bool {
	k := v.subjectBefore(c.from)
	return k >= 0 && v.followsQuote(v.phraseStart(k))
}

// quotedBefore reports whether a quotation stands in the clause before item k.
func (v *view) quotedBefore(k int) bool {
	for j := k - 1; j >= v.clauseStart(k); j-- {
		if v.items[j].kind == quoteItem {
			return true
		}
	}
	return false
}

// cueText is the cue as written in the claim: "stated", "called for".
func (v *view) cueText(c cue) string {
	return string(v.runes[v.items[c.from].start:v.items[c.to-1].end])
}

// Marks the attribution grammar reads a claim by: separators set off a
// phrase inside a clause ("Wang Yi, the foreign minister, said"; "…,
// adding that"); clause breaks end a clause: nothing before one is the
// subject of a verb after it.
const (
	separators   = ",—–"
	clauseBreaks = ";:"
)

// is reports whether the item is one of the punctuation marks.
func (it item) is(marks string) bool {
	return it.kind == punctItem && strings.Contains(marks, it.lower)
}

// preposition reports whether w governs the name after it, which then is
// not a subject. "like" is left out: "researchers like Professor Yao Xin
// have argued" makes Yao Xin the one arguing.
func preposition(w string) bool { return w != "like" && lexicon.Prepositions.Has(w) }

// connective reports whether w opens a new clause.
func connective(w string) bool { return lexicon.Relatives.Has(w) || lexicon.Conjunctions.Has(w) }

// finite reports whether w is an auxiliary that makes a verb group finite,
// as a clause's verb is: "will", "was", "has", "did", but not "be",
// "been", "being" or "having".
func finite(w string) bool {
	if lexicon.Modals.Has(w) || lexicon.Do.Has(w) {
		return true
	}
	return (lexicon.Be.Has(w) || lexicon.Have.Has(w)) && w != "be" && w != "been" && !strings.HasSuffix(w, "ing")
}

// auxiliary reports whether w belongs to a verb group rather than to the
// subject before it: auxiliaries, be-forms and adverbs ("has previously",
// "was repeatedly").
func auxiliary(w string) bool { return lexicon.InVerbGroup(w) || lexicon.Be.Has(w) }

// isTitle reports whether w is a title, singular or plural ("heads").
func isTitle(w string) bool { return lexicon.IsTitle(w) || lexicon.IsTitle(lexicon.Singular(w)) }

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
