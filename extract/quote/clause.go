package quote

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// speakerOf returns the item that names the speaker of cue c, -1 if none.
func (v *view) speakerOf(c cue) int {
	switch {
	case c.owner >= 0:
		return c.owner
	case c.sourceAfter:
		return v.agentAfter(c.to)
	case c.form == lexicon.Past && v.passive(c.from):
		return v.passiveAgent(c)
	case c.form != lexicon.Ing && v.followsQuote(c.from):
		if a := v.namedAgent(c.to, v.agentAfter(c.to)); a >= 0 {
			return a // “…,” said Wang Yi
		}
		return v.documentAfter(c.to) // “…,” says the statement
	case v.inverted(c):
		return v.namedAgent(c.to, v.agentAfter(c.to)) // …, said spokesperson Ma Xiaoguang
	case c.form == lexicon.Ing && c.strength != holds && v.clauseStart(c.from) == c.from:
		return v.openingParticipleSubject(c)
	}
	if s := v.agentOfGerund(c); s >= 0 {
		return s
	}
	if s, ok := v.quotedAs(c); ok {
		return s
	}
	if s, ok := v.inheritedSpeaker(c); ok {
		return s
	}
	switch {
	case v.dependent(c):
		start := v.mainClause(v.clauseStart(c.from), c.from)
		if f := v.firstCandidate(start, c.from); f >= 0 {
			return v.carried(f, c.from)
		}
		return v.carrier(start, c.from)
	}
	return v.subjectBefore(c.from)
}

// quotedReach is how many items may stand between a quoting verb and the
// "as" of "as saying": the object and an apposition to it ("quoted Lina
// Ortiz, the port's director, as saying").
const quotedReach = 12

// quotedAs returns who the object of the quoting verb (lexicon
// QuotingVerbs) names as speaker when the gerund cue c follows it with
// "as", -1 if none: in "the paper quoted Lina Ortiz as saying …", "Ruiz
// cited the mayor as saying …" and "the daily quoted him as saying …" the
// words are the object's, which the subject only passes on (see
// quotedObject); where the object names nobody, the words stay the
// subject's, who relays them ("the daily cited officials as saying").
// ok is false where the shape is not there, or the relay is no subject
// the view can name.
func (v *view) quotedAs(c cue) (int, bool) {
	if c.form != lexicon.Ing || c.from < 3 || v.items[c.from-1].lower != "as" {
		return -1, false
	}
	for p := c.from - 2; p >= 0 && p >= c.from-quotedReach; p-- {
		it := v.items[p]
		if it.kind == quoteItem || it.kind == punctItem && !it.is(",") {
			return -1, false
		}
		if it.kind == wordItem && quotingVerb(it.lower) {
			if o := v.quotedObject(p+1, c.from-1); o >= 0 {
				return o, true
			}
			s := v.subjectBefore(p)
			return s, s >= 0
		}
	}
	return -1, false
}

// quotingVerb reports whether w is a form of a quoting verb ("quoted",
// "cites").
func quotingVerb(w string) bool {
	_, _, ok := lexicon.Lemma(w, lexicon.QuotingVerbs.Has)
	return ok
}

// quotedObject returns the speaker the noun phrase in items [from, to)
// names, -1 if it names none. Only a named speaker takes the words from
// the relay: a name, a pronoun or a referring noun the resolver follows
// ("quoted the mayor as saying"), or a description with a name in
// apposition ("the port's director, Lina Ortiz,"). A possessive owner is
// stepped over to its head noun: "Lina Ortiz's lawyer" is the lawyer, a
// source the text does not name, and so is "a port official"; the named
// relay then stays the speaker, as seeds/README.md has it ("With an
// unnamed inner speaker … the named relay stays the speaker"). A body's
// voice is the body's ("the ministry's spokesman", README: "A statement by
// an unnamed spokesperson of a body is the body's").
func (v *view) quotedObject(from, to int) int {
	owner := -1
	for k := from; k < to; k++ {
		it := v.items[k]
		switch {
		case it.kind != entityItem && it.kind != wordItem:
			return -1
		case it.possessive, it.kind == wordItem && lexicon.Possessives.Has(it.lower) && k+1 < to && v.items[k+1].kind != punctItem:
			owner = k // the head noun follows: "Lina Ortiz's lawyer", "his aide"
		case it.kind == entityItem, it.refers != nil && !it.unnamed:
			if v.governor(k) != "" || it.kind == entityItem && v.modifies(k) {
				continue // "the director of the port", "Harbour Board chair X"
			}
			return k
		case lexicon.Determiners.Has(it.lower) || unicode.IsUpper([]rune(it.text)[0]):
			// "the", "Mayor": the head is still to come
		default:
			if k+2 < to && v.items[k+1].is(",") && v.items[k+2].kind == entityItem {
				return k + 2 // "the port's director, Lina Ortiz,"
			}
			if owner >= 0 && lexicon.BodyVoices.Has(it.lower) && v.bodyOwner(owner) {
				return owner
			}
			if it.unnamed || owner >= 0 || k+1 == to || v.items[k+1].kind == punctItem {
				return -1 // "a senior port official", "Lina Ortiz's lawyer"
			}
		}
	}
	return -1
}

// bodyOwner reports whether the possessive at k stands for a body, not a
// person: "the ministry's", "Harbour Board's".
func (v *view) bodyOwner(k int) bool {
	it := v.items[k]
	if it.kind == entityItem {
		return it.entity.Type != claimx.Person
	}
	return slices.Contains(it.refers, claimx.Org) && !slices.Contains(it.refers, claimx.Person)
}

// inheritedSpeaker returns the speaker a participle cue c takes over from
// the verb it hangs on, and whether it takes one over: a gerund of means
// (see meansDoer) or a participle going on from a cue that closed its
// sentence (see closedBefore). Each is asked once.
func (v *view) inheritedSpeaker(c cue) (int, bool) {
	if c.form != lexicon.Ing {
		return -1, false
	}
	if s, ok := v.meansDoer(c); ok {
		return s, true
	}
	return v.closedBefore(c)
}

// agentOfGerund returns the name or unnamed source after "by" right before
// the gerund cue c, -1 if none: the gerund's own subject ("surprised by
// Chinese officials saying …", "a post by the embassy claiming …"), not
// the subject of the clause the by-phrase stands in.
func (v *view) agentOfGerund(c cue) int {
	j := c.from - 1
	if c.form != lexicon.Ing || j < 1 || v.governor(j) != "by" {
		return -1
	}
	if it := v.items[j]; !it.possessive && (it.kind == entityItem || it.refers != nil || it.unnamed) {
		return j
	}
	return -1
}

// inheritable reports whether cue d can hand its speaker on to a
// participle after it: a finite verb of saying with its subject before it.
func (v *view) inheritable(d cue) bool {
	return d.form != lexicon.Ing && d.owner < 0 && !d.sourceAfter && !d.noun
}

// meansDoer returns the doer of the gerund cue c right after a preposition
// of means ("Zhu criticised Wu by saying he was …", "responded in saying"):
// the subject of the nearest finite verb before it in its clause, not that
// verb's object just before the preposition. A complement clause has its
// own subject ("Wang said Lee was wrong in saying", "Mao said Japan had
// provoked China by saying"), so the walk back stops at its finite verb
// (see finiteVerb: "Biden thanked Xi in saying") as well as at a cue. A
// preposition after a passive participle or an adjective ("surprised by",
// "interested in") is no means, nor does a relative clause pass its doer
// on ("the party, which tried to rally support by saying …"). ok is false
// where the shape is not there.
func (v *view) meansDoer(c cue) (int, bool) {
	p := c.from - 1
	if p < 1 || !lexicon.MeansPrepositions.Has(v.wordAt(p)) || v.afterBe(p-1) {
		return -1, false
	}
	ci := len(v.cues) - 1
	for j := p - 1; j >= 0; j-- {
		for ci >= 0 && v.cues[ci].from > j {
			ci--
		}
		if ci >= 0 && v.cues[ci].to > j { // j is inside cue ci
			if d := v.cues[ci]; v.inheritable(d) && v.usable(d) {
				return v.speakerOf(d), true
			}
			return -1, false
		}
		it := v.items[j]
		switch {
		case it.is(clauseBreaks) || it.kind == quoteItem || lexicon.Relatives.Has(it.lower):
			return -1, false
		case v.finiteVerb(j):
			s := v.subjectBefore(j)
			return s, s >= 0
		}
	}
	return -1, false
}

// afterBe reports whether the word at j follows a be-form, past adverbs: a
// passive participle or an adjective ("was surprised", "is keen").
func (v *view) afterBe(j int) bool {
	k := v.skipVerbGroup(j - 1)
	return j > 0 && k >= 0 && lexicon.Be.Has(v.items[k].lower) && v.items[j].kind == wordItem
}

// finiteVerb reports whether the word at j is a finite verb: an auxiliary
// ("had", "was"), an outlet's verb ("quoted") or the past or -s form of a
// verb of saying or of one that acts on a person or body ("thanked",
// "cited", "urges"). The past form may be a participle; callers ask where
// a finite verb is what stands.
func (v *view) finiteVerb(j int) bool {
	it := v.items[j]
	if it.kind != wordItem {
		return false
	}
	if finite(it.lower) || lexicon.PressVerbs.Has(it.lower) {
		return true
	}
	_, form, ok := lexicon.Lemma(it.lower, actingOrSaying)
	return ok && (form == lexicon.Past || form == lexicon.S)
}

// actingOrSaying reports whether w is a verb of saying or one that acts on
// a person or body.
func actingOrSaying(w string) bool { return cueVerbs[w] || lexicon.ActionVerbs.Has(w) }

// closedBefore returns the speaker of the cue that the participle cue c
// goes on from, and whether there is one: the last cue before the comma
// before c, with its speaker right before that comma or itself right
// before it, as news copy closes a sentence and adds to it ("…, he said,
// adding that …", "…, said Li, adding"). The participle is that
// speaker's, not the first name of the sentence it closes.
func (v *view) closedBefore(c cue) (int, bool) {
	comma := c.from - 1
	if comma < 1 || !v.items[comma].is(",") {
		return -1, false
	}
	for ci := len(v.cues) - 1; ci >= 0; ci-- {
		d := v.cues[ci]
		if d.to > comma || !v.inheritable(d) {
			continue
		}
		s := v.speakerOf(d)
		return s, s >= 0 && (d.to == comma || s == comma-1 && s >= d.to)
	}
	return -1, false
}

// openingParticipleSubject returns the subject of a participle that
// opens its sentence or clause, -1 if none: the first possible speaker
// after the comma that closes the participle's phrase, as the main clause's
// subject is the participle's ("Saying the response was “justified”, the
// ambassador repeated …", "Citing security concerns, the ministry …"). A
// verb of thinking or finding so placed reports no one's words ("Finding
// that difficult, he narrowed his focus"): the caller leaves it out.
func (v *view) openingParticipleSubject(c cue) int {
	for _, d := range v.cues {
		if d.from > c.to && d.form != lexicon.Ing && d.owner < 0 && !d.sourceAfter && !d.noun {
			// the main clause's own verb of saying names its subject, past
			// the commas of a list or a clause inside the participle's
			// phrase: "Emphasizing that Taiwan, Hong Kong and Xinjiang are
			// internal affairs, which brook no interference, spokesperson
			// Zhao Lijian told a press briefing"
			if s := v.subjectBefore(d.from); s >= 0 {
				return s
			}
			break
		}
	}
	for j := c.to; j < len(v.items); j++ {
		if it := v.items[j]; it.is(",") {
			return v.firstCandidate(j+1, len(v.items))
		} else if it.is(clauseBreaks) {
			break
		}
	}
	return -1
}

// mainClause returns where the main clause starts in items [from, to):
// after a subordinate clause that opens the sentence up to its comma
// ("Although Chen did not name anyone, Vice President Chen Chien-jen …
// said"), whose subject is not the main verb's; from if none opens it.
func (v *view) mainClause(from, to int) int {
	if w := v.wordAt(from); !lexicon.Conjunctions.Has(w) && !lexicon.ClausePrepositions.Has(w) || w == "and" || w == "or" || w == "but" {
		return from
	}
	for j := from + 1; j < to; j++ {
		if v.items[j].is(",") {
			return j + 1
		}
	}
	return from
}

// inverted reports whether cue c stands after a comma with its speaker
// after it, as news writing closes a sentence of reported speech: "…, said
// spokesperson Ma Xiaoguang on Wednesday", "…, added the ministry". Only
// titles, determiners and capitalised words may stand between the verb and
// the name, and the name must close the clause, with nothing after it but
// punctuation or a phrase opened by a preposition: "Zhang, the minister,
// said the United States had …" is a subject and its verb, "Li, an adviser,
// told a conference in Lima" a subject and whom it told.
func (v *view) inverted(c cue) bool {
	if c.form == lexicon.Ing || c.from == 0 || !v.items[c.from-1].is(",") || v.toldAudience(c) {
		return false
	}
	for j := c.to; j < len(v.items); j++ {
		it := v.items[j]
		switch {
		case it.kind == entityItem || (it.unnamed || it.refers != nil && !it.pronoun) && (!lexicon.Channels.HasNoun(it.lower) || closingVerb(v.items[c.from].lower)):
			// a name, or a source the text names by a noun: "…, said a
			// spokesperson for the ministry", "…, said the ministry"; a
			// document is what a subject set off before it issued ("Baker,
			// the chairwoman, posted a statement on the blog: “…”"),
			// unless the verb is one that closes a sentence with its
			// source: "…, said a commentary by the Harbour Daily"
			if j+1 >= len(v.items) {
				return true
			}
			after := v.items[j+1]
			return after.kind == punctItem || after.kind == parenItem || after.kind == wordItem && preposition(after.lower)
		case it.kind == parenItem:
		case it.kind != wordItem || it.cue:
			return false
		case !isTitle(it.lower) && !lexicon.Determiners.Has(it.lower) && !unicode.IsUpper([]rune(it.text)[0]):
			return false
		}
	}
	return false
}

// closingCue returns the index of the cue that closes the claim with its
// source (see closesSentence), -1 if none.
func (v *view) closingCue() int {
	if n := len(v.cues); n > 0 && v.closesSentence(v.cues[n-1]) {
		return n - 1
	}
	return -1
}

// closesSentence reports whether cue c closes the claim with its source: a
// closing verb ("said", "added", "told reporters") after a comma and its
// subject, with nothing after it but the words of its own phrase, no
// quotation, clause or other cue ("…, Lu said at a briefing."). What it
// reports is the sentence before it, so it needs no other complement.
func (v *view) closesSentence(c cue) bool {
	return closingVerb(v.items[c.from].lower) && v.closingPlace(c)
}

// closingPlace reports whether cue c stands where a closing verb does:
// after a comma and its subject, with nothing after it but the words of
// its own phrase ("…, a study found.", "…, the ministry disclosed on
// Friday."). There the sentence before it is what it reports, the
// complement a verb of framing or finding otherwise needs after it.
func (v *view) closingPlace(c cue) bool {
	if c.owner >= 0 || c.sourceAfter || c.noun {
		return false
	}
	for j := c.to; j < len(v.items); j++ {
		if it := v.items[j]; it.kind == quoteItem || it.lower == "that" || it.is(clauseBreaks) || it.cue {
			return false
		}
	}
	return v.subjectSetOff(c)
}

// closingVerb reports whether the word w is a form of a verb that closes a
// news sentence with its source (lexicon closing-verbs): "said", "adds".
func closingVerb(w string) bool {
	l, _, ok := lexicon.Lemma(w, lexicon.ClosingVerbs.Has)
	return ok && lexicon.ClosingVerbs.Has(l)
}

// subjectSetOff reports whether the subject of cue c stands right before
// it, after a comma: "…, Lu said", "…, scientists think,". A subject
// further back heads a clause of its own ("…, Josh Earnest condemned the
// attack and said" closes nothing). A phrase set off after the subject may
// stand between them, as news copy names a source: "…, Lin Jian, a
// spokesperson for the ministry, said on Monday".
func (v *view) subjectSetOff(c cue) bool {
	k := v.subjectBefore(c.from)
	if k < 0 {
		return false
	}
	if b := v.beforeParens(v.skipVerbGroup(c.from - 1)); b != k && (b < 0 || !v.items[b].is(",") || v.appositiveSubject(b) != k) {
		return false
	}
	p := v.phraseStart(k) - 1
	return p >= 1 && v.items[p].is(",")
}

// passiveAgent returns the agent of the passive cue c, if it names one
// ("was defined by scholars Zhao Jun"), -1 if not.
func (v *view) passiveAgent(c cue) int {
	j := c.to
	if v.wordAt(j) == "as" && j+1 < len(v.items) && v.items[j+1].kind == quoteItem {
		j += 2 // "was described as “heartbreaking” by the department"
	}
	for end := j + 1; j < len(v.items) && j <= end; j++ {
		if v.items[j].lower == "by" {
			return v.agentAfter(j + 1)
		}
	}
	return -1
}

// impersonal returns the subject of cue c when it is a passive of saying
// or thinking that names no one, "it" before a that-clause ("it was
// reported that", "It was claimed in the tweets that", "It is believed
// that", "it is widely thought that") or, for saying only, "we" closing
// the sentence ("…, we are told"): someone the text does not name reports
// it, or holds the view it passes on (seeds/README.md: a passive with no
// agent is reported). A passive of thinking with no that-clause only
// describes its subject ("it is believed to be …", "it is expected
// soon"), and is none. It returns -1 for any other cue.
func (v *view) impersonal(c cue) int {
	if c.form != lexicon.Past || c.owner >= 0 || c.sourceAfter || c.noun || !v.passive(c.from) || v.passiveAgent(c) >= 0 {
		return -1
	}
	j := v.skipVerbGroup(c.from - 1)
	for j > 0 && v.items[j].kind == wordItem && auxiliary(v.items[j].lower) {
		j--
	}
	if j < 0 || v.items[j].kind != wordItem {
		return -1
	}
	switch v.items[j].lower {
	case "it":
		for k := c.to; k < len(v.items) && k < c.to+complementLimit; k++ {
			if v.items[k].lower == "that" {
				return j
			}
			if v.items[k].kind != wordItem && v.items[k].kind != entityItem {
				return -1
			}
		}
	case "we":
		if c.strength != holds && j > 0 && v.items[j-1].is(",") && c.to < len(v.items) && v.items[c.to].kind == punctItem {
			return j
		}
	}
	return -1
}

// receivedBy reports whether the name at j is the agent of a participle of
// receiving ("reports seen by Reuters"), who got a document rather than
// issued it.
func (v *view) receivedBy(j int) bool {
	b := j - 1
	for b >= 0 && v.items[b].kind == wordItem && lexicon.Determiners.Has(v.items[b].lower) {
		b--
	}
	return b > 0 && v.items[b].lower == "by" && lexicon.ReceivingVerbs.Has(v.wordAt(b-1))
}

// readIn returns the document a passive cue says its words were read in,
// "in the tweets", "in the report", -1 if none.
func (v *view) readIn(c cue) int {
	for k := c.to; k < len(v.items) && k < c.to+issuerReach; k++ {
		if v.items[k].lower != "in" {
			continue
		}
		for d := k + 1; d < len(v.items) && d <= k+2; d++ { // "in the tweets"
			if v.items[d].document {
				return d
			}
		}
	}
	return -1
}

// agentless reports whether cue c is a passive that names no agent: "had
// been told to", "was described as".
func (v *view) agentless(c cue) bool {
	return c.owner < 0 && !c.sourceAfter && c.form == lexicon.Past && v.passive(c.from) && v.passiveAgent(c) < 0
}

// dependent reports whether cue c has no subject of its own and shares the
// clause's: a participle after a comma, a quotation or a preposition that
// opens a clause ("…, adding that", "“…,” adding that", "before alleging
// that"), or a verb coordinated by "and", "or" or "but".
func (v *view) dependent(c cue) bool {
	j := v.skipVerbGroup(c.from - 1)
	if j < 0 {
		return false
	}
	prev := v.items[j]
	if prev.lower == "and" || prev.lower == "or" || prev.lower == "but" || v.coordinatedPast(j) {
		return true
	}
	return c.form == lexicon.Ing && (prev.is(separators) || prev.kind == quoteItem ||
		prev.kind == wordItem && lexicon.ClausePrepositions.Has(prev.lower)) // "…, before alleging that"
}

// phraseReach is how many items a phrase between "and" and its verb may
// hold: "and on Thursday said".
const phraseReach = 4

// coordinatedPast reports whether item j ends a prepositional phrase that
// "and", "or" or "but" opens before a verb: "criticized Tedros, and on
// Thursday said that …" shares the subject as "and said" does.
func (v *view) coordinatedPast(j int) bool {
	for p := j; p >= 1 && p > j-phraseReach; p-- {
		it := v.items[p]
		switch {
		case it.kind == wordItem && preposition(it.lower):
			w := v.items[p-1].lower
			return w == "and" || w == "or" || w == "but"
		case it.kind != wordItem && it.kind != entityItem:
			return false
		}
	}
	return false
}

// subjectBefore walks back from the cue at k to the nearest possible
// speaker. A separator right before the verb group closes a phrase set off
// after the subject ("Li Zhiqi, director of …, has stated"); any other
// separator ends the clause. A name governed by "from", "by" or "of" on the
// way names the body behind a referring noun ("the government of Japan
// said"), and one governed by "from" or "by" is the speaker when the walk
// finds no other: "the laws from the CAC call for", "a report by the
// institute said"; so is one after a title and "for", "of" or "at", as an
// unnamed spokesperson speaks for the body: "a spokesperson for the
// ministry replied". A name or pronoun after "as" right before the verb
// group is the subject of an as-clause: "as Li observed". Failing that, the speaker is the name behind a channel
// the walk passed (see carrier).
func (v *view) subjectBefore(k int) int {
	inVerbGroup, owner, ownerBy := true, -1, ""
	fallback := func(stop int) int {
		if ownerBy == "from" || ownerBy == "by" || ownerBy == "title" {
			return owner
		}
		return v.carrier(stop+1, k)
	}
	for j := k - 1; j >= 0; j-- {
		it := v.items[j]
		switch {
		case inVerbGroup && (it.kind == entityItem || it.refers != nil) && lexicon.ClausePrepositions.Has(v.governor(j)):
			return j
		case inVerbGroup && (it.lower == "who" || it.lower == "which"):
			return v.relativeAntecedent(j) // "ZeniMax Media, which accuses Facebook of …"
		case inVerbGroup && it.kind == wordItem && it.refers == nil && lexicon.Pronouns.Has(it.lower):
			return -1 // "when we thought it was time": the quoted speaker's own "we", no one named
		case v.candidate(j):
			if p := v.unclosedAppositive(v.commaBefore(j), k); p >= 0 {
				return p
			}
			if h := v.relativeHead(j); h >= 0 {
				return h
			}
			if h := v.participleHead(j); h >= 0 {
				return v.firstConjunct(h)
			}
			if it.kind != entityItem && !it.pronoun && owner >= 0 && !(it.voice && ownerBy == "title") && !v.officeOfPlace(j, owner) {
				return owner // a spokesperson for a body is resolved as a voice: the person named later, else the body
			}
			return v.firstConjunct(v.carried(j, k))
		case it.kind == entityItem && owner < 0 && !v.possessesNoun(j):
			if p := v.governor(j); (p == "from" || p == "by" || p == "of") && !v.receivedBy(j) {
				owner, ownerBy = j, p
			}
			if v.titledBody(j) {
				owner, ownerBy = j, "title"
			}
		case it.is(separators):
			if inVerbGroup {
				return v.appositiveSubject(j)
			}
			if p := v.unclosedAppositive(j, k); p >= 0 {
				return p
			}
			if p := v.beforeParens(j - 1); ownerBy == "title" && p >= 0 && v.items[p].kind == entityItem && isPerson(v.items[p].entity) && v.candidate(p) && v.headsClause(p) {
				return p // "Hu Jintao, then General Secretary of the CPC said": an appositive left unclosed gives the person a title
			}
			return fallback(j)
		case it.is(clauseBreaks):
			return fallback(j)
		}
		if it.kind != parenItem && !(it.kind == wordItem && auxiliary(it.lower)) && !v.timePhrase(j) {
			inVerbGroup = false
		}
	}
	return fallback(-1)
}

// commonSubject returns the head of the common noun phrase that opens the
// clause of cue c as its subject, right before its verb group, when no
// narrower rule found the cue a speaker: "Protesters believed that …",
// "The German car giant warned that …", "Local fishing crews have long
// said …"; or a quantifier standing alone there ("Some argue that …",
// "Others said …"). The speaker is someone the text does not name, with the
// phrase as its mention. It is -1 for a cue that is no finite verb with its
// subject before it (a participle, a passive, a phrase whose source
// follows), for a modal verb group, which supposes what no one said ("some
// may argue that …"), and for a verb of finding, which things do ("the
// figures show that …").
func (v *view) commonSubject(c cue) int {
	if c.owner >= 0 || c.sourceAfter || c.noun || c.form == lexicon.Ing || c.form == lexicon.Past && v.passive(c.from) ||
		v.followsQuote(c.from) || v.inverted(c) || !v.complemented(c) {
		return -1
	}
	if l, _, _ := lexicon.Lemma(v.items[c.from].lower, lexicon.FindingVerbs.Has); l != "" {
		return -1
	}
	h := c.from - 1
	for h >= 0 && v.items[h].kind == wordItem && auxiliary(v.items[h].lower) {
		if lexicon.Modals.Has(v.items[h].lower) {
			return -1
		}
		h--
	}
	if h < 0 || v.items[h].kind != wordItem || v.items[h].refers != nil {
		return -1
	}
	if w := v.items[h].lower; lexicon.Quantifiers.Has(w) || lexicon.Quantifiers.Has(lexicon.Singular(w)) {
		if !v.opensMainClause(h, c) {
			return -1
		}
		return h // "Some argue that …", "Others said …", "Another said …"
	}
	if !(v.plainWord(h) || h == 0 && v.contentWord(h)) || !agentNoun(v.items[h].lower) {
		return -1
	}
	s := h
	for s > 0 {
		it := v.items[s-1]
		if !v.plainWord(s-1) && !lexicon.Determiners.Has(it.lower) && !lexicon.Quantifiers.Has(it.lower) && !it.possessive &&
			it.kind != entityItem && !(it.kind == wordItem && unicode.IsUpper([]rune(it.text)[0])) {
			break
		}
		s--
	}
	if !v.opensMainClause(s, c) || lexicon.AgentiveThings.Has(v.items[h].lower) || lexicon.AgentiveThings.Has(lexicon.Singular(v.items[h].lower)) ||
		v.opener(s, func(w string) bool { return lexicon.Conditionals.Has(w) || lexicon.TimeClauses.Has(w) }) >= 0 {
		return -1 // "The order states that …", "Whenever a coder thinks, …"
	}
	return h
}

// complemented reports whether cue c is followed by what a verb of saying
// takes: a that-clause, a quotation, a colon, a clause without "that", a
// comma, or an object opening with a determiner, a pronoun or a name ("The
// poster called his plan …"). A bare word after it is more often the verb
// of a noun the cue's word is ("Worker claims rose sharply").
func (v *view) complemented(c cue) bool {
	if c.to == len(v.items) || v.items[c.to].kind != wordItem || v.clauseAfter(c) {
		return true
	}
	w := v.items[c.to].lower
	return lexicon.Determiners.Has(w) || lexicon.Quantifiers.Has(w) || lexicon.Pronouns.Has(w)
}

// untaggedSpeaker returns the span of items [s, h] of a capitalised name
// the entity tagger left untagged that names the speaker of cue c, when no
// narrower rule found the cue one: the subject that opens its clause right
// before its verb group ("The Central Broadcasting Station reported …"),
// or the name that follows a cue after a quotation or "according to" and
// ends its phrase ("“…,” said the Office of Policy Planning."). The name has
// at least two capitalised words, which the name connectors may join, and
// no title or referring noun ("Foreign Minister", "the Ministry"), which
// the grammar resolves itself. A title-case heading, where every word is
// capitalised, names no one this way. It returns -1, -1 if none.
func (v *view) untaggedSpeaker(c cue) (int, int) {
	if c.owner >= 0 || c.noun || c.form == lexicon.Ing || c.form == lexicon.Past && v.passive(c.from) || v.titleCase() {
		return -1, -1
	}
	if c.sourceAfter || v.followsQuote(c.from) {
		j := c.to
		if j < len(v.items) && v.items[j].lower == "the" {
			j++
		}
		h := v.capitalRun(j, 1)
		if h < 0 || h-j+1 < 2 || h+1 < len(v.items) && v.items[h+1].kind != punctItem {
			return -1, -1
		}
		return j, h
	}
	h := c.from - 1
	for h >= 0 && v.items[h].kind == wordItem && auxiliary(v.items[h].lower) {
		if lexicon.Modals.Has(v.items[h].lower) {
			return -1, -1
		}
		h--
	}
	s := v.capitalRun(h, -1)
	if s < 0 || h-s+1 < 2 {
		return -1, -1
	}
	open := s
	if s > 0 && v.items[s-1].lower == "the" {
		open = s - 1
	}
	if !v.opensMainClause(open, c) && !v.followsQuote(open) {
		return -1, -1 // "“…,” the Central Broadcasting Station said" is a subject too
	}
	return s, h
}

// capitalRun returns the far end of the run of capitalised plain words that
// starts at item k and goes in direction dir (+1 or -1), name connectors
// between them included, -1 if there is none at k.
func (v *view) capitalRun(k, dir int) int {
	end := -1
	for j := k; j >= 0 && j < len(v.items); j += dir {
		it := v.items[j]
		if it.kind != wordItem || it.cue || it.refers != nil || isTitle(it.lower) {
			break
		}
		if next := j + dir; lexicon.NameConnectors.Has(it.lower) && it.lower != "the" && end >= 0 &&
			next >= 0 && next < len(v.items) && v.items[next].kind == wordItem && capitalised(v.items[next].text) {
			continue
		}
		// A day or a time of it is no name's word: "Monday Morning said"
		// opens on a time phrase.
		if !capitalised(it.text) || lexicon.Common.Has(it.lower) || isNumber(it.text) || lexicon.Calendar.Has(it.text) || lexicon.TimeAdverbs.Has(it.lower) {
			break
		}
		end = j
	}
	return end
}

// capitalised reports whether a word starts with a capital letter.
func capitalised(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// titleCase reports whether the claim is set in title case, as a heading
// is, with no lowercase word but the name connectors ("of", "and").
func (v *view) titleCase() bool {
	for _, it := range v.items {
		if it.kind == wordItem && !capitalised(it.text) && !lexicon.NameConnectors.Has(it.lower) {
			return false
		}
	}
	return true
}

// opensMainClause reports whether item s opens the clause of cue c, or
// follows a comma after a phrase or a clause that opens the sentence ("When
// the vote came, some argued …", "In the port towns, dockworkers warned …").
func (v *view) opensMainClause(s int, c cue) bool {
	return s == v.clauseStart(c.from) || s > 0 && v.items[s-1].is(",")
}

// agentNoun reports whether w, singular or plural, has the ending of a noun
// for one who does something ("protester", "investor", "activist",
// "participant", "resident", "politician"), as a speaker's noun has where a
// thing's does not ("the regime", "the book", "the campaign", "the
// statement").
func agentNoun(w string) bool {
	if s := lexicon.Singular(w); s != "" {
		w = s
	}
	if strings.HasSuffix(w, "ment") {
		return false
	}
	for _, end := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// pluralAgent reports whether w is a noun for those who do something in
// the plural ("customers", "engineers", "residents").
func pluralAgent(w string) bool { return lexicon.Singular(w) != "" && agentNoun(w) }

// officeOfPlace reports whether item j is the title of an office a person
// holds in the place named at owner, after it: "the governor of Texas
// said", "the top official of Tibet has promised". The office holder
// speaks, not the place, where "an official at the embassy" speaks for
// the embassy.
func (v *view) officeOfPlace(j, owner int) bool {
	it := v.items[j]
	return v.items[owner].entity.Type == claimx.GPE && !it.voice && isTitle(it.lower) &&
		(slices.Contains(it.refers, claimx.Person) || it.unnamed)
}

// timePhrase reports whether item j belongs to a time phrase, which news
// copy may put between a subject and its verb: "Li Qiang, the premier, on
// Friday told delegates", "The ministry last week said", "officials
// earlier this month warned". A preposition counts only before a calendar
// word or a number ("on 3 March"), so "in Beijing" stays a place.
func (v *view) timePhrase(j int) bool {
	it := v.items[j]
	if it.kind != wordItem {
		return false
	}
	if it.lower == "on" {
		next := v.wordAt(j + 1)
		return lexicon.Calendar.Has(next) || j+1 < len(v.items) && isNumber(v.items[j+1].text)
	}
	return lexicon.TimeAdverbs.Has(it.lower) || lexicon.Calendar.Has(it.lower) || isNumber(it.text)
}

// commaBefore returns the comma before item j in its clause, -1 if a
// clause break, a dash or a quotation comes first.
func (v *view) commaBefore(j int) int {
	for i := j - 1; i >= 0; i-- {
		switch it := v.items[i]; {
		case it.kind == quoteItem || it.is(clauseBreaks+dashes):
			return -1
		case it.is(","):
			return i
		}
	}
	return -1
}

// unclosedAppositive returns the person before the comma at open that
// heads the clause of verb k, when the comma sets off a phrase whose
// closing comma the writer left out, so that the verb follows the phrase
// directly: "Zhang Weiying, a professor at Peking University wrote that",
// "Sarah Jones, who heads the Asia programme at Chatham House said". The
// phrase opens with an article, a title or "who", as an appositive does;
// -1 if the shape is not there, or if k is no finite verb but a form
// inside the phrase ("a writer … in charge of labelling “fake news”").
func (v *view) unclosedAppositive(open, k int) int {
	if open < 1 || open+1 >= k || strings.HasSuffix(v.items[k].lower, "ing") || preposition(v.wordAt(k-1)) {
		return -1
	}
	if !v.opensAppositive(open + 1) {
		return -1
	}
	p := v.beforeParens(open - 1)
	if p < 0 || v.items[p].kind != entityItem || !isPerson(v.items[p].entity) || !v.candidate(p) || !v.headsClause(p) {
		return -1
	}
	return p
}

// opensAppositive reports whether item k opens a phrase set off after a
// name, as an appositive does: an article, a title, "who", or "one of"
// ("…, one of the city’s largest charities,").
func (v *view) opensAppositive(k int) bool {
	w := v.items[k]
	if w.kind != wordItem {
		return false
	}
	return lexicon.Articles.Has(w.lower) || w.lower == "who" || isTitle(w.lower) || w.lower == "one" && v.wordAt(k+1) == "of"
}

// headsClause reports whether the name at p opens its clause, or the
// sentence after an opening phrase, with only its titles, determiners and
// names before it: "In 2012, Hu Jintao, then General Secretary …", but in
// "After meeting Li, a professor at the university said" Li is no subject.
func (v *view) headsClause(p int) bool {
	start := v.clauseStart(p)
	for i := p - 1; i >= start; i-- {
		switch it := v.items[i]; {
		case it.is(","):
			return true
		case it.kind == entityItem:
		case it.kind != wordItem:
			return false
		case isTitle(it.lower) || lexicon.Determiners.Has(it.lower):
		case unicode.IsLower([]rune(it.text)[0]) || lexicon.Common.Has(it.lower):
			return false
		}
	}
	return true
}

// relativeHead returns, when the possible speaker at j stands in a relative
// clause, the head the clause qualifies, which is the subject: "an employee
// who answered the phone at a hospital in Guma told RFA", "officials that
// Wang met said"; -1 if j stands in none. The head must itself be a
// possible speaker: in "insisted that Wang said" the "that" opens no
// relative clause.
func (v *view) relativeHead(j int) int {
	for r := j - 1; r > 0; r-- {
		switch it := v.items[r]; {
		case it.kind == quoteItem || it.is(separators+clauseBreaks):
			return -1
		case it.kind == wordItem && (it.lower == "who" || it.lower == "which" || it.lower == "that"):
			if v.candidate(r - 1) {
				return r - 1
			}
			return -1
		}
	}
	return -1
}

// participleHead returns, when the possible speaker at j is the object of
// a participle that qualifies the noun before it, that noun, which is the
// subject: "Lawyers representing the family say", "officials speaking to
// reporters said", "analysts covering Huawei believe"; -1 if j is no such
// object, or the noun before the participle no possible speaker.
func (v *view) participleHead(j int) int {
	p := j - 1
	for p >= 0 && (lexicon.Determiners.Has(v.wordAt(p)) || v.determinerLike(p)) {
		p--
	}
	for n := 0; n < 2 && p >= 0 && preposition(v.wordAt(p)); n++ {
		p-- // "speaking to", "working for the"
	}
	if p < 1 || !v.qualifyingParticiple(p) {
		return -1
	}
	if h := p - 1; v.items[h].unnamed || v.items[h].refers != nil && !v.items[h].pronoun || v.items[h].kind == entityItem && !v.items[h].possessive {
		return h
	}
	return -1
}

// qualifyingParticiple reports whether item p is a present participle that
// may qualify a noun before it: a lower-case word in -ing, no cue and no
// preposition ("including", "regarding").
func (v *view) qualifyingParticiple(p int) bool {
	it := v.items[p]
	return it.kind == wordItem && !it.cue && len(it.lower) > 5 && strings.HasSuffix(it.lower, "ing") &&
		unicode.IsLower([]rune(it.text)[0]) && !preposition(it.lower)
}

// carried returns, for a document named indefinitely at j, the body that
// carries it before item to ("a statement on the coast guard’s account
// described", "a commentary in the institute's journal warned"), and
// otherwise j itself.
func (v *view) carried(j, to int) int {
	if it := v.items[j]; it.unnamed && it.refers != nil && lexicon.Channels.HasNoun(it.lower) {
		if c := v.carrier(j, to); c >= 0 {
			return c
		}
	}
	return j
}

// firstConjunct returns the first of the names joined by "and" to the name
// at j, which is then the last: the subject of "Wang Huning and Taiwan
// Affairs Office Director Song Tao told …" speaks first, as a sentence with
// two speakers is the first's, and so does a name before an unnamed source
// ("Parata and his family believe"), also at the head of a list ("Xi, other
// Party leaders, and Party theorists have stressed"); j itself if no name
// is joined before it.
func (v *view) firstConjunct(j int) int {
	if it := v.items[j]; it.kind != entityItem && !it.unnamed {
		return j
	}
	a := v.phraseStart(j) - 1
	if a < 1 || v.items[a].lower != "and" {
		return j
	}
	first := -1
	for p := v.beforeParens(a - 1); p >= 0; {
		if v.items[p].is(",") {
			p = v.beforeParens(p - 1) // the list's comma before "and"
		}
		if p < 0 || v.items[p].kind != entityItem && v.items[p].kind != wordItem {
			break
		}
		if v.items[p].kind == entityItem && v.candidate(p) {
			first = p
		}
		b := p - 1 // the words of the conjunct before: "other Party leaders"
		for b >= 0 && p-b <= appositiveReach && (v.items[b].kind == wordItem && !v.items[b].cue || v.items[b].kind == entityItem) {
			b--
		}
		if b < 1 || !v.items[b].is(",") {
			break
		}
		p = b
	}
	if first >= 0 {
		return first
	}
	return j
}

// relativeAntecedent returns the name a relative pronoun at j stands for,
// set off before it by a comma ("a lawsuit with ZeniMax Media, which
// accuses"), -1 if no possible speaker stands there.
func (v *view) relativeAntecedent(j int) int {
	a := v.beforeParens(j - 1)
	if a >= 0 && v.items[a].is(",") {
		a = v.beforeParens(a - 1)
	}
	if a >= 2 && v.items[j].lower == "who" && v.items[a].kind == entityItem && v.items[a].entity.Type == claimx.GPE && preposition(v.items[a-1].lower) {
		a -= 2 // "officials in Tokyo who believe": who stands for the officials, not the place
	}
	if a >= 0 && v.items[j].lower == "who" && v.items[a].kind == entityItem && !isPerson(v.items[a].entity) {
		if p := v.personQualified(a); p >= 0 {
			return p // "Stephen Morris, the director of the Asia Council, who said": who stands for a person
		}
	}
	if a >= 0 && (v.items[a].kind == entityItem && !v.modifies(a) || v.items[a].refers != nil || v.items[a].unnamed) {
		return a
	}
	return -1
}

// personQualified returns the person that the phrase ending in the body
// at a qualifies, set off after the person or hanging on it: "Anna Berg of
// the Nordic Institute", "Li Wei, director of the Asia Council"; -1 if the
// phrase holds no person before a within its clause.
func (v *view) personQualified(a int) int {
	commas := 0
	for p := a - 1; p >= 0 && p >= a-appositiveReach-3; p-- {
		switch it := v.items[p]; {
		case it.kind == entityItem && isPerson(it.entity):
			return p
		case it.is(","):
			if commas++; commas > 1 {
				return -1
			}
		case it.kind == entityItem || it.kind == parenItem:
		case it.kind != wordItem || it.cue || connective(it.lower) || auxiliary(it.lower) || v.finiteVerb(p):
			return -1
		}
	}
	return -1
}

// possessesNoun reports whether the name at k is a possessive before a
// common noun, which is then what the phrase names: in "a member of Hong
// Kong’s business community" the member belongs to the community, not to
// Hong Kong.
func (v *view) possessesNoun(k int) bool {
	if !v.items[k].possessive || k+1 >= len(v.items) {
		return false
	}
	next := v.items[k+1]
	return next.kind == wordItem && unicode.IsLower([]rune(next.text)[0])
}

// titledBody reports whether the name at k is the body a title stands
// for: "a spokesperson for the ministry", "an official at the embassy".
func (v *view) titledBody(k int) bool {
	j := k - 1
	for j >= 0 && (v.items[j].kind == wordItem && lexicon.Determiners.Has(v.items[j].lower) || v.determinerLike(j)) {
		j--
	}
	if j < 1 || !lexicon.TitleLinks.Has(v.items[j].lower) {
		return false
	}
	t := v.items[j-1]
	return t.kind == wordItem && isTitle(t.lower)
}

// carrier returns, when items [from, to) name a channel, the possessive
// that owns it or the body that carries it, -1 if none: "a post on the
// ministry’s official account said", "its annual report said", "an
// editorial in the People’s Daily argued".
func (v *view) carrier(from, to int) int {
	channel, name := false, -1
	for j := from; j < to; j++ {
		it := v.items[j]
		switch {
		case it.kind == wordItem && lexicon.Channels.HasNoun(it.lower):
			channel = true
		case name >= 0:
		case v.possessor(j) || it.kind == entityItem && v.governor(j) == "in" && it.entity.Type == claimx.Org:
			name = j
		}
	}
	if channel {
		return name
	}
	return -1
}

// appositiveSubject finds the subject before the separator at j that ends a
// phrase set off after it: the name right before the separator opening the
// phrase ("Wang Yi, the foreign minister, said"), or a name opening the
// phrase itself, titles aside ("The minister, Wang Yi, said"; "Its
// spokesperson, Senior Colonel Li, said"). With no opening separator
// in the clause the phrase is a long subject closed by a comma ("Professor
// Yao Xin of Lingnan University, has advocated"): its first name.
func (v *view) appositiveSubject(j int) int {
	open := v.openingSeparator(j)
	for n := 0; open > 0 && (v.placeAfterName(open, j) || n < appositiveChain && v.appositiveAfterAppositive(open)); n++ {
		// "a professor at the University of Kaohsiung, Taiwan, told"; "Maria
		// Lopez, the director of the Harbor Foundation, one of the city’s
		// largest charities, told"
		j, open = open, v.openingSeparator(open)
	}
	if open < 0 {
		return v.firstCandidate(v.clauseStart(j), j)
	}
	p := v.skipAge(v.beforeParens(open - 1))
	if p >= 0 && (v.candidate(p) || v.items[p].kind == entityItem && lexicon.ClausePrepositions.Has(v.governor(p))) {
		return p // "Li, the director, said"; "after Chen, the security chief, said"; "Wang Lei, 52, a taxi driver, said"
	}
	if d := v.documentIssuedBy(p); d >= 0 {
		return d // "The statement issued by Wang Xiaolong, spokesperson of the embassy, says"
	}
	if f := v.firstCandidate(open+1, j); f >= 0 && v.phraseStart(f) == open+1 {
		return f
	}
	if p >= 0 && v.governor(p) != "" {
		// a phrase set off after a prepositional phrase qualifies the
		// noun the phrase hangs on: "Pilots at the airline, who would
		// not give their names, said", "Two clerks in Tarvo, speaking
		// after the vote, said"
		return v.firstCandidate(v.clauseStart(open), open)
	}
	return -1
}

// appositiveChain is how many phrases set off one after another may stand
// between a subject and its verb.
const appositiveChain = 2

// appositiveAfterAppositive reports whether the phrase the separator at
// open starts is itself set off after another: what stands before open is
// no possible speaker but the end of a phrase that opens as an appositive
// does, after a separator of its own.
func (v *view) appositiveAfterAppositive(open int) bool {
	if p := v.beforeParens(open - 1); p >= 0 && v.candidate(p) || !v.opensAppositive(open+1) {
		return false
	}
	prev := v.openingSeparator(open)
	return prev > 0 && v.opensAppositive(prev+1)
}

// openingSeparator returns the separator before the one at j that opens
// the phrase it closes, -1 if a clause break or the claim's start comes
// first.
func (v *view) openingSeparator(j int) int {
	for i := j - 1; i >= 0; i-- {
		if it := v.items[i]; it.is(separators + clauseBreaks) {
			if it.is(separators) {
				return i
			}
			return -1
		}
	}
	return -1
}

// skipAge returns the name before the age set off after it at item p
// ("Wang Lei, 52,"), as news copy gives a person's age; p itself if p is
// no age after a name.
func (v *view) skipAge(p int) int {
	if p < 2 || v.items[p].kind != wordItem || !isNumber(v.items[p].text) || len(v.items[p].text) > 3 || !v.items[p-1].is(",") {
		return p
	}
	if n := v.beforeParens(p - 2); n >= 0 && v.items[n].kind == entityItem && isPerson(v.items[n].entity) {
		return n
	}
	return p
}

// placeAfterName reports whether items (open, j) are one place set off
// after a name, as a place is located in the larger one: "Kaohsiung,
// Taiwan,", "Hotan, Xinjiang,". It qualifies the name, and is no
// appositive of the subject.
func (v *view) placeAfterName(open, j int) bool {
	if j-open != 2 || v.items[open+1].kind != entityItem || v.items[open+1].entity.Type != claimx.GPE {
		return false
	}
	p := v.beforeParens(open - 1)
	return p >= 0 && v.items[p].kind == entityItem
}

// documentIssuedBy returns the document before the name at p that the
// name issued ("The statement issued by Wang Xiaolong"), -1 if p is no
// name or none stands before it in its clause.
func (v *view) documentIssuedBy(p int) int {
	if p < 0 || v.items[p].kind != entityItem {
		return -1
	}
	for d := p - 1; d >= 0 && d >= p-1-issuerReach; d-- {
		if v.items[d].document && v.issuedBy(d) == v.items[p].entity {
			return d
		}
	}
	return -1
}

// unnamedSourceAfter returns the first and last items of the noun phrase
// that an "according to" cue c cites when it names no one agentAfter
// finds ("according to Chilean figures", "according to official media
// coverage", "According to records over two centuries old"): a source the
// text does not name, whose words the sentence still reports. It is -1, -1
// for a phrase that opens on a relative ("according to which": the
// antecedent's), on a definite determiner or a possessive ("according to
// the announcement", "according to this article": a document of a body
// named elsewhere, or the author's), on "following" (a list's
// introduction) or that is a single noun in the singular with nothing
// before it ("according to plan", "according to law": a manner, no
// source). A source sets its phrase off from the clause it reports on,
// opening the sentence or after a comma; a phrase the clause runs into is
// how something is done ("seats are allocated according to population
// figures", "retire according to party norms"). A rule, custom or plan
// with its modifiers is a manner too (lexicon.Norms: "According to local
// custom, …").
func (v *view) unnamedSourceAfter(c cue) (int, int) {
	if !c.sourceAfter || v.wordAt(c.from) != "according" || c.from > 0 && v.items[c.from-1].kind != punctItem ||
		c.to >= len(v.items) || v.items[c.to].possessive ||
		lexicon.ReferringDeterminers.Has(v.wordAt(c.to)) || lexicon.Possessives.Has(v.wordAt(c.to)) || v.wordAt(c.to) == "following" {
		return -1, -1
	}
	head := -1
	for j := c.to; j < len(v.items); j++ {
		it := v.items[j]
		if it.kind == entityItem || it.kind == wordItem && !it.cue && !preposition(it.lower) && !connective(it.lower) {
			head = j
			continue
		}
		break
	}
	if head < 0 || v.items[head].kind != wordItem || head == c.to && lexicon.Singular(v.items[head].lower) == "" ||
		lexicon.Norms.HasNoun(v.items[head].lower) {
		return -1, -1 // a manner: "according to plan", "according to local custom"
	}
	return c.to, head
}

// documentAfter returns the document named right after item k, its
// determiner and qualifying words aside ("says the joint statement"), -1
// if none: after a quotation and its verb, the document is what speaks,
// for its issuer.
func (v *view) documentAfter(k int) int {
	for j := k; j < len(v.items) && j <= k+1+modifierWords; j++ {
		switch it := v.items[j]; {
		case it.document:
			return j
		case !lexicon.Determiners.Has(it.lower) && !v.plainWord(j):
			return -1
		}
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
		case it.kind == wordItem && lexicon.Channels.HasNoun(it.lower):
			if b := v.bodyBehind(j); b >= 0 {
				return b
			}
			if it.unnamed {
				return j // "according to local news reports"
			}
			words++
		case it.kind == entityItem && v.channelFollows(j):
			// "the latest WeChat post from the ministry": a platform
			// named before the channel is not who speaks; any other
			// name there issued it, when the channel names no body of
			// its own: "according to a White House statement".
			if v.bodyBehind(j+1) < 0 && !platform(it.entity) {
				return j
			}
		case it.kind == entityItem && !v.modifies(j), it.refers != nil, it.unnamed:
			return j
		case it.kind == parenItem, it.kind == entityItem:
		case it.kind != wordItem || it.cue || connective(it.lower):
			return -1
		default:
			words++
		}
	}
	return -1
}

// namedAgent returns the person an inverted cue's agent phrase names after
// the noun found at a (-1 if agentAfter found none), from item k on:
// "said the head of the chamber, Peter Okoth", "writes scholar of
// strategy Alastair Johnston", "said the ministry’s spokeswoman, Maria
// Zakharova". Only words, names and "of", "for" or "at" may stand before
// the person, and a comma only right before it, as it sets off the name;
// a then stands when no person closes the phrase, or when it is itself a
// name. A person in the object of "of", "for" or "at" is the one the
// agent works for or is kin to, never the agent ("said a lawyer for Jimmy
// Lai", "said the wife of Alexei Navalny, Yulia Navalnaya": Navalnaya).
func (v *view) namedAgent(k, a int) int {
	if a >= 0 && v.items[a].kind == entityItem {
		return a
	}
	if a >= 0 {
		k = a + 1
	}
	object := objectNone
	for j := k; j < len(v.items) && j < k+agentReach+3; j++ {
		switch it := v.items[j]; {
		case it.kind == entityItem && isPerson(it.entity) && !it.possessive:
			if object == objectNone || object == objectField {
				return j
			}
		case it.is(","):
			if n := j + 1; n >= len(v.items) || v.items[n].kind != entityItem || !isPerson(v.items[n].entity) {
				return a
			}
			object = objectNone
		case it.kind == entityItem:
			object = object.after(it.lower) // "historian of China Rana Mitter"
		case it.kind != wordItem || it.cue || connective(it.lower) || preposition(it.lower) && it.lower != "of" && it.lower != "for" && it.lower != "at":
			return a
		case it.lower == "of", it.lower == "for", it.lower == "at":
			object = objectOpen
			if it.lower == "of" {
				object = objectOf
			}
		default:
			object = object.after(it.lower)
		}
	}
	return a
}

// agentObject is what the words of an agent phrase read so far make of a
// name after them.
type agentObject int

const (
	objectNone  agentObject = iota // no preposition: the name is the agent's ("spokeswoman Maria Zakharova")
	objectOpen                     // a preposition's object has begun: the name closes it ("a lawyer for jailed tycoon Jimmy Lai")
	objectOf                       // right after "of": a bare noun may follow as the agent's field
	objectField                    // "of" and one bare noun: the name is the agent's ("scholar of strategy Alastair Johnston")
)

// after is the state once the word w, no preposition, is read: only a bare
// noun right after "of", no determiner nor title ("of the dissident", "of
// activist"), names the agent's field rather than the one it serves.
func (o agentObject) after(w string) agentObject {
	switch {
	case o == objectOf && !lexicon.Determiners.Has(w) && !isTitle(w):
		return objectField
	case o == objectNone:
		return objectNone
	}
	return objectOpen
}

// bodyBehind returns the name that issues the channel at item j ("a post
// from the ministry", "a report by Mozilla", "the statement of the
// council", "an editorial in the Global Times"), -1 if none follows it.
func (v *view) bodyBehind(j int) int {
	switch v.wordAt(j + 1) {
	case "from", "by", "of":
		return v.linkedName(j + 1)
	case "in":
		// "a commentary in the People’s Daily": the paper that printed
		// it, but never a place ("a statement in Beijing")
		if b := v.linkedName(j + 1); b >= 0 && v.items[b].entity.Type == claimx.Org {
			return b
		}
	}
	return -1
}

// voicedBody returns the body the spokesperson at item j is said to speak
// for ("a spokesperson for Japan", "a representative of the council", "a
// spokesman at the embassy"), -1 if none follows it: its name, or else a
// noun that refers to a body ("a spokesperson for the association"), a
// word item whose referent the caller finds.
func (v *view) voicedBody(j int) int {
	if !lexicon.TitleLinks.Has(v.wordAt(j + 1)) {
		return -1
	}
	if b := v.linkedName(j + 1); b >= 0 {
		return b
	}
	for b := j + 2; b < len(v.items) && b <= j+3; b++ {
		switch it := v.items[b]; {
		case it.kind == wordItem && it.refers != nil && !it.pronoun:
			return b
		case it.kind != wordItem || !lexicon.Determiners.Has(it.lower):
			return -1
		}
	}
	return -1
}

// descriptorWords is how many words may describe a name before it, after
// its determiner: "the Chinese government-supported publication Global
// Times", "the London-based think tank Chatham House".
const descriptorWords = 4

// linkedName returns the name governed by the preposition at item p,
// determiners and a description in lower case or a state's adjective
// aside, -1 if none: "from China’s Ministry of State Security" is the
// ministry, "in the state-run tabloid Global Times" the paper.
func (v *view) linkedName(p int) int {
	described := 0
	for b := p + 1; b < len(v.items) && b <= p+3+described; b++ {
		switch it := v.items[b]; {
		case it.kind == entityItem && it.possessive && b+1 < len(v.items) && v.items[b+1].kind == entityItem:
			return b + 1
		case it.kind == entityItem:
			return b
		case it.kind == wordItem && lexicon.Determiners.Has(it.lower):
		case described < descriptorWords && (v.plainWord(b) || v.nationality(b)):
			described++
		default:
			return -1
		}
	}
	return -1
}

// issuerReach is how far after a document noun the "by" of its issuer may
// stand: "the White Paper on Democracy issued by the SCIO", "The report,
// released on Tuesday by Amnesty International,".
const issuerReach = 6

// issuerOf returns who issued the document noun at k, nil if the claim
// does not say: the one it names as issuer (see issuedBy), the name owning
// it ("the ministry’s statement"), the speaker of a claim that speaks in it
// ("the council said in a report"), or the subject that sends or publishes
// it with no reporting verb between ("China sent a position paper").
func (v *view) issuerOf(k int, speaker *claimx.Entity) *claimx.Entity {
	if e := v.issuedBy(k); e != nil {
		return e
	}
	if k > 0 && v.items[k-1].kind == entityItem && v.items[k-1].possessive {
		return v.items[k-1].entity
	}
	if v.governor(k) == "in" && speaker != nil && speaker != unnamed {
		return speaker
	}
	if v.items[k].document || v.governor(k) != "" {
		return nil // "the statement" points back to a document, it names none
	}
	from := v.clauseStart(k)
	for j := from; j < k; j++ {
		if v.items[j].cue {
			return nil // "Huawei said the report was wrong"
		}
	}
	if f := v.firstCandidate(from, k); f >= 0 && v.items[f].kind == entityItem {
		return v.items[f].entity
	}
	return nil
}

// issuedBy returns the body the document noun at k is said to come from,
// nil if none: the body after "from", "by" or "of" ("a post from the
// ministry"), or the agent of a participle after it, in a phrase set off by
// commas or not ("issued by the SCIO", "The report, released on Tuesday by
// Amnesty International, says").
func (v *view) issuedBy(k int) *claimx.Entity {
	if b := v.bodyBehind(k); b >= 0 {
		return v.items[b].entity
	}
	for j := k + 1; j < len(v.items) && j <= k+issuerReach; j++ {
		if it := v.items[j]; it.lower == "by" {
			if v.receivedBy(j + 1) {
				return nil // "intelligence reports seen by Reuters"
			}
			if a := v.agentAfter(j + 1); a >= 0 && v.items[a].kind == entityItem {
				return v.items[a].entity
			}
			break
		} else if !(j == k+1 && it.is(",")) && (it.kind != wordItem && it.kind != entityItem || it.cue) {
			break
		}
	}
	return nil
}

// channelFollows reports whether the name at j stands before a channel
// noun, as a modifier of it ("WeChat post", "Weibo account").
func (v *view) channelFollows(j int) bool {
	return j+1 < len(v.items) && v.items[j+1].kind == wordItem && lexicon.Channels.HasNoun(v.items[j+1].lower)
}

// platform reports whether e is a social media or messaging platform,
// which carries what others post ("a WeChat post") and issues nothing.
func platform(e *claimx.Entity) bool {
	return lexicon.Platforms.Has(strings.ToLower(e.Mention)) || lexicon.Platforms.Has(strings.ToLower(canonical(e)))
}

// firstCandidate returns the first possible speaker in items [from, to)
// that names one, else the first unnamed source, -1 if none.
func (v *view) firstCandidate(from, to int) int {
	first := -1
	for j := from; j < to; j++ {
		switch {
		case !v.candidate(j):
		case !v.items[j].unnamed:
			if first < 0 || v.example(j) || v.items[first].refers != nil {
				// a name before any unnamed source, one it gives as an
				// example ("Researchers like Chen Bo") or a document's
				// issuer ("a new report from the NGO Mozilla")
				return j
			}
		case first < 0:
			first = j
		}
	}
	return first
}

// example reports whether the name at j is given as an example of the
// people before it: "researchers like Chen Bo", "analysts such as Chen Bo",
// "critics, including Chen Bo". A name after an unnamed source otherwise
// qualifies it: "an official representing the council".
func (v *view) example(j int) bool {
	w := v.wordAt(j - 1)
	return w == "like" || w == "including" || w == "as" && j >= 2 && v.wordAt(j-2) == "such"
}

// clauseStart returns the first item of the clause holding item k: after
// the last semicolon or colon before it, or after a dash that opens a
// clause of its own (dashClause).
func (v *view) clauseStart(k int) int {
	finiteAfter := false // a finite verb between j and k
	for j := k - 1; j >= 0; j-- {
		it := v.items[j]
		switch {
		case it.is(clauseBreaks):
			return j + 1
		case it.is(dashes):
			if finiteAfter && !v.dashBefore(j) {
				return j + 1
			}
			return v.clauseStartBefore(j)
		case it.kind == wordItem && finite(it.lower):
			finiteAfter = true
		}
	}
	return 0
}

// dashes are the marks that set off a phrase or open a clause inside a
// sentence.
const dashes = "—–"

// clauseStartBefore is clauseStart for an item that a dash pair may
// enclose: the clause the pair stands in starts where it would for the dash.
func (v *view) clauseStartBefore(j int) int {
	for ; j >= 0; j-- {
		if v.items[j].is(clauseBreaks) {
			return j + 1
		}
	}
	return 0
}

// dashBefore reports whether another dash stands before the dash at j in
// the sentence: the two set off a phrase ("Wang Yi — the minister, who has
// led the talks — said"), where a lone dash with a finite verb after it
// opens a clause with its own subject ("Wale attacked the deal — the prime
// minister has long criticised Australia, claiming …").
func (v *view) dashBefore(j int) bool {
	for i := j - 1; i >= 0; i-- {
		if v.items[i].is(dashes) {
			return true
		}
	}
	return false
}

// candidate reports whether item k can name a speaker: a name that is
// neither governed by a preposition nor a modifier of the name after it, or
// a pronoun, referring noun or unnamed-source noun that is not governed.
func (v *view) candidate(k int) bool {
	it := v.items[k]
	switch {
	case it.kind == entityItem:
		return v.governor(k) == "" && !v.modifies(k)
	case it.refers != nil, it.unnamed:
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
		case v.determinerLike(j):
			// "of the police’s newly-formed National Security Department"
		case it.kind != wordItem:
			return ""
		case preposition(it.lower):
			return it.lower
		case (it.lower == "and" || it.lower == "or") && j > 0 && v.items[j-1].kind == entityItem:
			return v.governor(j - 1)
		case !lexicon.Determiners.Has(it.lower) && !isTitle(it.lower) && !isNumber(it.text):
			return ""
		}
	}
	return ""
}

// determinerLike reports whether item j only qualifies the noun phrase it
// stands in, as a determiner does, so a preposition before it still
// governs the name after it: a possessive ("the police’s", "India’s") or a
// lower-case compound ("newly-formed", "so-called").
func (v *view) determinerLike(j int) bool {
	it := v.items[j]
	if it.possessive {
		return true
	}
	if it.kind != wordItem {
		return false
	}
	return strings.HasSuffix(it.text, "’s") || strings.HasSuffix(it.text, "'s") ||
		strings.ContainsAny(it.text, "-‐") && unicode.IsLower([]rune(it.text)[0])
}

// modifierReach is how many words may stand between a name and the name it
// modifies: "the PRC’s UN ambassador Zhang Jun", "Microsoft President Brad
// Smith".
const modifierReach = 3

// pastVerb reports whether the word at j reads as a verb in the past that
// reports no speech: a lower-case word in -ed that is neither an adjective
// the lexicon knows nor a cue verb ("welcomed", "appreciated"), or a past
// action verb. A word qualifying a title after a name is a noun ("White
// House press secretary", "Huawei founder"), so such a verb there makes
// the name the subject of a clause. A cue verb is left to the cues, and an
// outlet's verb relays its object's words ("Xinhua quoted President Xi as
// saying").
func (v *view) pastVerb(j int) bool {
	it := v.items[j]
	if it.cue || !lowerWord(it) || lexicon.Adjectives.Has(it.lower) {
		return false
	}
	if _, ok := verbForm(it, func(w string) bool { return cueVerbs[w] }); ok || lexicon.PressVerbs.Has(it.lower) {
		return false
	}
	if form, ok := verbForm(it, lexicon.ActionVerbs.Has); ok {
		return form == lexicon.Past
	}
	return strings.HasSuffix(it.lower, "ed")
}

// lowerWord reports whether it is a word written in lower case, as a verb
// inside a sentence is.
func lowerWord(it item) bool {
	return it.kind == wordItem && unicode.IsLower([]rune(it.text)[0])
}

// verbForm returns the form the word it is in as one of the verbs isVerb
// accepts by lemma ("pondered" is the past of "ponder"), and whether it is
// one: a word in lower case whose lemma the lexicon finds.
func verbForm(it item, isVerb func(string) bool) (lexicon.VerbForm, bool) {
	if !lowerWord(it) {
		return 0, false
	}
	_, form, ok := lexicon.Lemma(it.lower, isVerb)
	return form, ok
}

// modifies reports whether the name at k only qualifies a name right after
// it, with nothing but titles or capitalised words between, lower-case words
// qualifying a title aside ("White House press secretary Josh Earnest"), or is the
// possessive of a body's name the entity tagger missed: "Taipei’s Mainland
// Affairs Council said" is not Taipei speaking, where "the PRC’s Global AI
// Governance Initiative states" is the PRC speaking through a document;
// or qualifies an unnamed source right after it: in "the Pishan County
// Hospital employee said" the employee speaks, not the hospital.
func (v *view) modifies(k int) bool {
	if v.items[k].possessive && v.namesBody(k+1) {
		return true
	}
	if k+1 < len(v.items) && v.items[k+1].unnamed && !v.items[k].possessive || v.holdsOffice(k) {
		return true
	}
	lower := false // a lower-case word qualifies a title after it: "White House press secretary Josh Earnest"
	for j, words := k+1, 0; j < len(v.items); j++ {
		it := v.items[j]
		switch {
		case it.kind == entityItem:
			return !lower
		case it.kind == parenItem:
			continue
		case lower && (it.cue || it.kind == wordItem && auxiliary(it.lower)) && pluralAgent(v.items[j-1].lower):
			return true // "Samsung customers said": the people the name qualifies speak
		case it.kind != wordItem || it.cue || words == modifierReach:
			return false
		case isTitle(it.lower) || unicode.IsUpper([]rune(it.text)[0]):
			lower = false
		case j == k+1 && v.pastVerb(j):
			return false // "Ghana welcomed Prime Minister Kim’s remarks": the name is a subject
		case v.plainWord(j):
			lower = true
		default:
			return false
		}
		words++
	}
	return false
}

// namesBody reports whether the capitalised words from item k on name a
// body: one of them is a noun for a body, such as "Council" or "Ministry".
func (v *view) namesBody(k int) bool {
	for ; k < len(v.items); k++ {
		it := v.items[k]
		if it.kind != wordItem || !unicode.IsUpper([]rune(it.text)[0]) {
			return false
		}
		if t := lexicon.ReferringNouns.Types(it.lower); slices.Equal(t, []claimx.EntityType{claimx.Org}) {
			return true
		}
	}
	return false
}

// passive reports whether the cue at k is a passive participle: "was
// defined", "have been described", or a participle of framing with its
// agent after a noun, a comma or "as" ("a speech, characterized by Reuters
// as a warning", "…, as described by Mahama"), where a verb of saying on
// its own, "an attack claimed by", may be an act.
func (v *view) passive(k int) bool {
	j := v.skipVerbGroup(k - 1)
	if j >= 0 && lexicon.Be.Has(v.items[j].lower) {
		return true
	}
	if v.wordAt(k+1) == "by" && v.asPassive(k) {
		return true
	}
	l, _, _ := lexicon.Lemma(v.items[k].lower, func(w string) bool { return cueVerbs[w] })
	return v.wordAt(k+1) == "by" && strengthOf(l) == frames && k > 0 && (v.items[k-1].is(",") || v.plainWord(k-1))
}

// asPassive reports whether the participle at k opens a clause of "as",
// at the claim's start or after a comma or a quotation, which names who
// said what the sentence around it reports: "the “El Dorado” of the
// continent, as described by President Mahama", "a “forward base,” as
// characterised by the minister", "As reported by Xinhua, the talks …".
func (v *view) asPassive(k int) bool {
	return k >= 1 && v.items[k-1].lower == "as" && (k == 1 || v.items[k-2].is(separators) || v.items[k-2].kind == quoteItem)
}

// skipVerbGroup returns the last item at or before j that is not an adverb
// or auxiliary (a be-form is kept, so passive can see it), -1 if none.
func (v *view) skipVerbGroup(j int) int {
	for ; j >= 0; j-- {
		it := v.items[j]
		if it.kind != wordItem || lexicon.Be.Has(it.lower) || !auxiliary(it.lower) {
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
	return j >= 0 && v.items[j].kind == quoteItem && !v.items[j].label
}

// phraseStart returns the first item of the noun phrase ending in the name
// or pronoun at k: its titles, modifying names and determiners ("Foreign
// Ministry spokesperson Wang"), and the lower-case words qualifying a title
// or a name as news copy prints them ("foreign ministry spokeswoman Mao
// Ning", "the state news agency Xinhua", "state media").
func (v *view) phraseStart(k int) int {
	modifiers := 0
	for ; k > 0; k-- {
		it := v.items[k-1]
		upper := it.kind == wordItem && unicode.IsUpper([]rune(it.text)[0])
		switch {
		case it.kind == entityItem || it.kind == parenItem || upper || isTitle(it.lower) || lexicon.Determiners.Has(it.lower):
		case modifiers < titleModifiers && (modifiers > 0 || v.headsPhrase(k)) && v.plainWord(k-1):
			modifiers++
		default:
			return k
		}
	}
	return k
}

// titleModifiers is how many lower-case words may qualify a title or a
// name before it: "foreign ministry spokeswoman", "state news agency
// Xinhua", "whale whisperer Hori Parata".
const titleModifiers = 3

// headsPhrase reports whether item k is a name, a title or a source noun,
// which lower-case words before it may qualify.
func (v *view) headsPhrase(k int) bool {
	it := v.items[k]
	return it.kind == entityItem || it.unnamed || it.kind == wordItem && isTitle(it.lower)
}

// plainWord reports whether item j is a lower-case content word, no
// function word, verb group, clause word or cue, as a noun qualifying the
// next one is.
func (v *view) plainWord(j int) bool {
	if j >= len(v.items) {
		return false
	}
	return v.contentWord(j) && unicode.IsLower([]rune(v.items[j].text)[0])
}

// contentWord is plainWord in either case: a word opening the claim is
// capitalised as a sentence's first word ("Protesters believed …").
func (v *view) contentWord(j int) bool {
	it := v.items[j]
	return it.kind == wordItem && !it.cue && !lexicon.Common.Has(it.lower) &&
		!preposition(it.lower) && !connective(it.lower) && !auxiliary(it.lower) && !isNumber(it.text)
}

// subject returns the first name among the claim's first n items that can
// be its subject and satisfies ok, nil if none.
func (v *view) subject(ok func(*claimx.Entity) bool, n int) *claimx.Entity {
	for k, it := range v.items[:n] {
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

// people returns the distinct people the claim names outside its
// quotations and parentheses, in text order.
func (v *view) people() []*claimx.Entity {
	var out []*claimx.Entity
	for _, it := range v.items {
		if it.kind == entityItem && it.entity.Type == claimx.Person &&
			!slices.ContainsFunc(out, func(e *claimx.Entity) bool { return canonical(e) == canonical(it.entity) }) {
			out = append(out, it.entity)
		}
	}
	return out
}

// quotesSentence reports whether the claim's last quotation is a sentence
// as quoted speech prints it: ending in a stop, a question or exclamation
// mark or a comma before its closing mark, or running on past the claim.
func (v *view) quotesSentence() bool {
	for k := len(v.items) - 1; k >= 0; k-- {
		it := v.items[k]
		if it.kind != quoteItem {
			continue
		}
		text := []rune(strings.TrimSpace(string(v.runes[it.start:it.end])))
		n := len(text)
		if n == 0 || !isQuoteMark(text[n-1]) {
			return n > 0
		}
		return n > 1 && strings.ContainsRune(".?!,…", text[n-2])
	}
	return false
}

// appositiveReach is how many items may stand between a role noun and the
// comma that opens the name set off after it: "the leader of Ennahda,".
const appositiveReach = 5

// appositiveName returns the name set off after the role noun at k, which
// names whom the noun or unnamed source stands for ("The leader of Ennahda, Rachid
// Ghannouchi, condemned"; "The minister, Wang Yi, said"), -1 if none: a
// name of a type the noun can refer to, between commas or closing the
// claim.
func (v *view) appositiveName(k int) int {
	it := v.items[k]
	types := it.refers
	if it.unnamed && types == nil || it.held {
		types = people // "The victim’s mother, Sarah Jones, said", "Its spokesperson, Chen Bo, said"
	}
	if types == nil || it.pronoun && !it.held || it.document {
		return -1
	}
	for j := k + 1; j < len(v.items) && j <= k+appositiveReach; j++ {
		switch next := v.items[j]; {
		case next.is(","):
			n := j + 1
			for n < len(v.items) && v.items[n].kind == wordItem && isTitle(v.items[n].lower) {
				n++ // "The spokesman, Senior Colonel Wu Qian, said"
			}
			if n < len(v.items) && v.items[n].kind == entityItem && slices.Contains(types, v.items[n].entity.Type) &&
				(n+1 == len(v.items) || v.items[n+1].kind == punctItem || v.items[n+1].kind == parenItem) {
				return n
			}
			return -1
		case next.kind == punctItem || next.kind == quoteItem || next.cue:
			return -1
		}
	}
	return -1
}

// people is what an unnamed source set off by a name can name: a person.
var people = []claimx.EntityType{claimx.Person}

// roleReach is how many words a title may stand before the name it is
// given to: "Foreign Ministry spokesman Wang Wenbin", "ambassador to France
// Lu Shaye".
const roleReach = 4

// roleWords returns the words that may give the person named at k a title:
// those right before the name ("spokesman Yang Yi", "ambassador to France
// Lu Shaye"), those of an appositive after it ("Yang Yi, the spokesman,",
// "Yang Yi, a spokesman for …", "An Fengshan, spokesman for …") and the
// title the name is set off after ("The spokeswoman, Hua Chunying,").
func (v *view) roleWords(k int) []string {
	var out []string
	for j := k - 1; j >= 0 && j >= k-roleReach; j-- {
		if v.placeInTitle(j) {
			continue // "ambassador to Australia Xiao Qian": the title runs on past its place
		}
		if v.items[j].kind != wordItem {
			break
		}
		out = append(out, v.items[j].lower)
	}
	if t := k - 2; t >= 0 && v.items[k-1].is(",") && v.items[t].kind == wordItem && isTitle(v.items[t].lower) {
		p := t
		// The office's words may be capitalised ("Chinese Foreign
		// Minister, Wang Yi") and the state may open the phrase by its
		// possessive ("Kesh's foreign minister, Wang Yi").
		for p > 0 && t-p < roleReach && v.items[p-1].kind == wordItem && (lexicon.Determiners.Has(v.items[p-1].lower) || v.contentWord(p-1)) {
			p--
		}
		if p > 0 && v.items[p-1].kind == entityItem && v.items[p-1].possessive {
			p--
		}
		if p == 0 || v.items[p-1].kind == punctItem || v.items[p-1].kind == quoteItem {
			out = append(out, v.items[t].lower)
		}
	}
	if k+2 < len(v.items) && v.items[k+1].is(",") {
		from := k + 2
		if lexicon.Determiners.Has(v.items[from].lower) {
			from++
		}
		for j := from; j < len(v.items) && j <= from+roleReach && v.items[j].kind == wordItem; j++ {
			out = append(out, v.items[j].lower)
		}
	}
	return out
}

// titleState returns the state named before the title words of the
// person at k, by its name or its adjective ("US President Joe Biden",
// "China's Foreign Minister Wang Yi", "Chinese President Xi Jinping"), as
// stateKey gives it; "" if none.
func (v *view) titleState(k int) string {
	// Only a state's adjective names the state: "Foreign" in "Chinese
	// Foreign Minister" is a word of the office.
	stateWord := func(j int) bool { return v.nationality(j) && lexicon.StateAdjectives.Has(v.items[j].lower) }
	j := k - 1
	for j >= 0 && k-j <= roleReach && v.items[j].kind == wordItem && !stateWord(j) {
		j--
	}
	switch {
	case j < 0 || j == k-1:
		return ""
	case stateWord(j):
		return stateKey(v.items[j].text)
	case v.items[j].kind == entityItem && v.items[j].entity.Type == claimx.GPE:
		return v.stateOf(j)
	}
	return ""
}

// stateOf is the key of the state named at item k (see stateKey), by its
// canonical name when the list knows it, else as printed.
func (v *view) stateOf(k int) string {
	e := v.items[k].entity
	if s := stateKey(canonical(e)); s != strings.ToLower(canonical(e)) {
		return s
	}
	return stateKey(e.Mention)
}

// placeInTitle reports whether item j is a place that a preposition
// governs inside a title: "Australia" in "ambassador to Australia".
func (v *view) placeInTitle(j int) bool {
	it := v.items[j]
	return it.kind == entityItem && it.entity.Type == claimx.GPE && !it.possessive && j > 0 &&
		v.items[j-1].kind == wordItem && preposition(v.items[j-1].lower)
}

// introducedWords is how many words a quotation after a colon must have to
// be someone's words rather than a list of terms: "She put it bluntly: “Every
// name on that list was vetted.”" but not "three aims: “security”".
const introducedWords = 4

// introducedQuote finds a sentence quoted with no reporting verb to govern
// it and returns the word that introduces it, as its cue, and the subject
// of the clause before it, or -1 as subject if there is none: after a
// colon ("She put it bluntly: “…”"), or after a comma that closes the
// verb of that subject ("He continued, “…”", "Velk, a fellow at the
// institute, pondered, “…”", "The Kesh Courier reports, “…”"). A quoted
// sentence starts in upper case and has several words.
func (v *view) introducedQuote() (string, int) {
	for j := 1; j+1 < len(v.items); j++ {
		if v.items[j+1].kind != quoteItem || v.items[j+1].label || !v.quotedSentence(v.items[j+1]) {
			continue
		}
		switch v.items[j].lower {
		case ":":
			k := v.firstCandidate(v.clauseStart(j), j)
			if k < 0 {
				return "", -1
			}
			return v.verbAfter(k, j), k
		case ",":
			if k := v.subjectOfVerb(j - 1); k >= 0 {
				return v.items[j-1].text, k
			}
		}
	}
	return "", -1
}

// subjectOfVerb returns the subject of the verb at item p, the past or -s
// form of a verb of speech or thought the comma after it closes (a cue
// verb, or one of lexicon voicing-verbs: "continued", "wondered"), -1 if p
// is no such verb or no speaker stands right before it: only the verb
// group's auxiliaries and adverbs ("had quietly pondered"), or an
// appositive set off by commas, stand between the two. Any other verb
// introduces no one's words: in "Ruiz, the mayor, arrived, “…” read a
// banner" the banner's words are not Ruiz's.
func (v *view) subjectOfVerb(p int) int {
	it := v.items[p]
	if auxiliary(it.lower) {
		return -1
	}
	if form, ok := verbForm(it, introducingVerb); !ok || form != lexicon.Past && form != lexicon.S {
		return -1
	}
	k := v.firstCandidate(v.clauseStart(p), p)
	if k < 0 {
		return -1
	}
	if v.items[k+1].is(",") && v.items[p-1].is(",") && k+1 < p-1 {
		return k // an appositive: "Velk, a fellow at the institute, pondered"
	}
	for j := k + 1; j < p; j++ {
		if v.items[j].kind != wordItem || !auxiliary(v.items[j].lower) {
			return -1
		}
	}
	return k
}

// introducingVerb reports whether the lemma w is a verb of speech or
// thought that may introduce a quoted sentence after a comma.
func introducingVerb(w string) bool { return cueVerbs[w] || lexicon.VoicingVerbs.Has(w) }

// quotedSentence reports whether the quotation q is a sentence someone
// said rather than a list of terms: it starts in upper case and has at
// least introducedWords words.
func (v *view) quotedSentence(q item) bool {
	text := strings.TrimLeftFunc(string(v.runes[q.start:q.end]), func(r rune) bool { return !isWordRune(r) })
	return text != "" && unicode.IsUpper([]rune(text)[0]) && len(strings.Fields(text)) >= introducedWords
}

// verbAfter returns, as the cue of a quotation introduced by a colon, the
// first word after the speaker at k that is not an auxiliary ("put" in "She
// has put it bluntly:"), or the colon itself when there is none.
func (v *view) verbAfter(k, colon int) string {
	for j := k + 1; j < colon; j++ {
		if it := v.items[j]; it.kind == wordItem && !auxiliary(it.lower) {
			return it.text
		}
	}
	return v.items[colon].text
}

// labelQuote is what quoteCue returns for a quotation that is a label.
const labelQuote = -2

// quoteCue returns the index in v.cues of the cue that governs the
// quotation at item k, -1 if none, or labelQuote for a label: a quotation
// after "so-called" or "known as" names a thing and is nobody's words. A
// quotation opening its clause belongs to the cue after it when that cue's
// speaker follows the quotation (“…,” Wang told reporters); otherwise to the
// nearest usable cue before it, unless that is a passive naming no agent
// inside what an earlier cue reports: in "Li added that firms had been told
// to treat it as “…”" the quotation is Li's.
func (v *view) quoteCue(k int) int {
	if v.items[k].label {
		return labelQuote
	}
	if k == 0 || v.items[k-1].is(separators+clauseBreaks) {
		if c := v.cueAfterQuote(k); c >= 0 && !v.channelAfterColon(k, c) {
			return c
		}
	}
	found, outer := -1, -1
	for ci, c := range v.cues {
		if c.to <= k && v.usable(c) {
			if found >= 0 && !v.agentless(v.cues[found]) {
				outer = found
			}
			found = ci
		}
	}
	if found >= 0 && outer >= 0 && v.agentless(v.cues[found]) {
		return outer
	}
	return found
}

// channelAfterColon reports whether cue c after the quotation at k only
// names where the words were printed, when a cue before them introduced
// them with a colon: in "Wang told Raimondo: “…,” a statement read" the
// words are Wang's and the statement carries them; a name after the
// quotation ("…: “…,” Li added") still speaks.
func (v *view) channelAfterColon(k, c int) bool {
	if k == 0 || !v.items[k-1].is(":") {
		return false
	}
	if s := v.speakerOf(v.cues[c]); s < 0 || v.items[s].kind == entityItem || !v.items[s].document && !v.items[s].unnamed {
		return false
	}
	for _, b := range v.cues {
		if b.to < k && v.usable(b) && v.speakerOf(b) >= 0 {
			return true
		}
	}
	return false
}

// cueAfterQuote returns the first usable cue after the quotation at k,
// with nothing but words, names and parentheses between them (a comma or
// dash may close the quotation), whose speaker stands after the quotation;
// -1 if none.
func (v *view) cueAfterQuote(k int) int {
	for ci, c := range v.cues {
		if c.from <= k {
			continue
		}
		for j := k + 1; j < c.from; j++ {
			if it := v.items[j]; it.kind == quoteItem || it.kind == punctItem && !(j == k+1 && it.is(separators)) {
				return -1
			}
		}
		if v.usable(c) && v.speakerOf(c) > k {
			return ci
		}
		return -1
	}
	return -1
}

// labelled reports whether the quotation at k names a thing rather than
// reporting anyone's words (markLabels keeps the answer on the item): it follows "so-called", "known as" or "refer
// to (X) as", or names a vocabulary after "the language of" or "the banner of", determiners
// aside ("couched in the language of “X”" cites a phrase that is in the
// air); it is a name or title in capitals ("Asian Arts Festival",
// "Super Mario Run"), a set term (setTerm), a phrase a noun for a term
// names (termNamed) or a nickname inside a name (nickname).
func (v *view) labelled(k int) bool {
	if v.titleCased(k) || v.setTerm(k) || v.termNamed(k) || v.nickname(k) {
		return true
	}
	j := k - 1
	for j >= 0 && v.items[j].kind == wordItem && lexicon.Determiners.Has(v.items[j].lower) {
		j--
	}
	if j < 1 {
		return j == 0 && v.items[0].lower == "so-called"
	}
	before := v.items[j-1].lower
	switch v.items[j].lower {
	case "so-called":
		return true
	case "as":
		return before == "known" || v.referredTo(j)
	case "of":
		if lexicon.VocabularyNouns.Has(before) {
			return true
		}
		if !lexicon.TermNouns.HasNoun(before) || !v.shortPhrase(k) {
			return false
		}
		d := j - 1
		for d > 0 && v.items[d-1].kind == wordItem && lexicon.Determiners.Has(v.items[d-1].lower) {
			d--
		}
		return !v.spokenComplement(d, k) // "the idea of “…”", unless a speaker's verb takes it
	}
	return false
}

// termNamed reports whether the quotation at k is the phrase a noun for a
// term names in apposition: "the phrase “positive energy”", "his use of
// the term “struggle”", "the slogan: “…”". The text then mentions the
// words rather than reporting them, whoever used them. A quoted sentence
// ("In his words, “We will not yield.”") and the participle "saying",
// which reports what follows, are no such apposition.
func (v *view) termNamed(k int) bool {
	j := k - 1
	if j >= 0 && v.items[j].is(":,") {
		j--
	}
	if j < 0 || v.items[j].kind != wordItem || strings.HasSuffix(v.items[j].lower, "ing") ||
		!lexicon.TermNouns.HasNoun(v.items[j].lower) {
		return false
	}
	return v.shortPhrase(k)
}

// shortPhrase reports whether the quotation at k is a phrase a term noun
// can name: a title's length at most, not closed as a sentence.
func (v *view) shortPhrase(k int) bool {
	words := strings.Fields(v.quoteText(k))
	return len(words) > 0 && len(words) <= titleWords && !strings.ContainsAny(words[len(words)-1], ".?!…")
}

// nicknameWords is the most words a nickname printed inside a name has:
// "Magic", "The Rock".
const nicknameWords = 2

// nickname reports whether the quotation at k is a nickname printed
// between a person's given name and surname: Joko “Jokowi” Widodo,
// Earvin "Magic" Johnson. It is part of how the text names them, no one's
// words: capitalised words with no stop, right between two capitalised
// words or names.
func (v *view) nickname(k int) bool {
	if k == 0 || k+1 >= len(v.items) || !v.capitalisedName(k-1) || !v.capitalisedName(k+1) {
		return false
	}
	words := strings.Fields(v.quoteText(k))
	if len(words) == 0 || len(words) > nicknameWords {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, ".?!…") {
			return false
		}
	}
	return true
}

// capitalisedName reports whether item j can be part of a person's name:
// a name the tagger found, or a capitalised word that is no function word.
func (v *view) capitalisedName(j int) bool {
	it := v.items[j]
	switch it.kind {
	case entityItem:
		return !it.possessive
	case wordItem:
		return unicode.IsUpper([]rune(it.text)[0]) && !lexicon.Common.Has(it.lower)
	}
	return false
}

// setTermWords is the most words a quotation read as a set term by its
// shape may have: the name of a policy, a doctrine or a pact is a few words
// ("dynamic zero", "the six assurances"); a longer phrase is someone's.
const setTermWords = 4

// setTerm reports whether the quotation at k is a set term the text names
// rather than words it reports: a phrase, no sentence and no instruction
// a speaker gives (instructed), that
//   - a Chinese gloss of a set phrase's length follows in parentheses,
//     as a translated term is printed, however many English words render
//     it ("“dynamic zero” (动态清零) policies", "the strategy of
//     “protecting against imported cases and domestic resurgences”
//     (外防输入、内防反弹)");
//   - a definite determiner or a possessive makes a noun phrase of, as a
//     thing the reader knows is referred to ("the “six assurances”",
//     "China’s “whole-process democracy”"), where someone's words are
//     quoted bare or after "a" ("would “pay a hefty price”", "a “strategic
//     issue”");
//   - a number opens: a set or a slogan ("“one China”", "“1992
//     consensus”");
//   - a naming verb introduces straight after a noun: "a new concept
//     called “…”" (but "what it called “…”" is the body's word);
//   - "and" or "or" joins to a label: "as “mainland China” or “the other
//     side”".
func (v *view) setTerm(k int) bool {
	words := strings.Fields(v.quoteText(k))
	if len(words) == 0 || phraseStop(words) || v.instructed(k) {
		return false
	}
	if k+1 < len(v.items) && v.glossFollows(k) {
		return true
	}
	if len(words) > setTermWords {
		return false
	}
	if first := strings.ToLower(words[0]); isNumber(first) || lexicon.Cardinals.Has(first) {
		return !v.spokenComplement(k, k)
	}
	if k == 0 {
		return false
	}
	if d := v.beforeParens(k - 1); d >= 0 && (v.items[d].possessive || v.namePossessive(d) || v.items[d].kind == wordItem && (v.items[d].lower == "the" || lexicon.Possessives.Has(v.items[d].lower))) {
		// also "the People’s Republic of China’s (PRC) “…”"; but after
		// "as" the phrase is how someone describes a thing ("described
		// the internet as the “main battlefield”"), for labelled to read,
		// unless "as well as" or "such as" lists it
		if v.spokenComplement(d, k) {
			return false
		}
		return d == 0 || v.items[d-1].lower != "as" || d > 1 && (v.items[d-2].lower == "well" || v.items[d-2].lower == "such")
	}
	switch prev := v.items[k-1]; {
	case prev.kind == wordItem && lexicon.NamingVerbs.Has(prev.lower) && prev.lower != "known":
		return k >= 2 && (v.commonNoun(k-2) || v.namingSetOff(k-1))
	case prev.lower == "and" || prev.lower == "or":
		return k >= 2 && v.items[k-2].label // marked before k
	}
	return false
}

// sortingReach is how many words may stand between a verb that sorts a
// thing and the "among" that names its category: "counted gallium among".
const sortingReach = 4

// spokenComplement reports whether the noun phrase that opens at d and
// ends with the quotation at k completes a cue whose subject speaks in
// the sentence, so that the phrase is the speaker's words whatever
// determiner, possessive or number opens it:
//   - what the subject of a naming verb calls a thing ("what some
//     admirals call the “second fleet”"), where a naming participle after
//     a noun names it for the text ("a doctrine called the “…”");
//   - the category a sorting verb puts a thing among ("counted gallium
//     among the country’s “quiet levers”");
//   - closing a clause a verb of speech or thought reports, the predicate
//     or object of that clause's verb group ("said the plan was his “last
//     chance.”", "said growth would reach “5 percent.”", "said the
//     ministry had made its “final offer.”");
//   - a term noun and "of" that a cue verb after its subject takes as its
//     object (stanceObject: "rejected the idea of “…” on Tuesday").
//
// Except in the last case, the phrase must close its clause: one a noun
// follows qualifies it ("said their “friend-shoring” plan would fail"). A term the reported
// clause reaches through a preposition ("put firms on the “entity
// list.”"), holds as its subject ("said the “three red lines” still
// applied") or after "there is" stays a term.
func (v *view) spokenComplement(d, k int) bool {
	p := v.beforeParens(d - 1)
	if p >= 0 && d != k && v.items[p].kind == wordItem && lexicon.Determiners.Has(v.items[p].lower) {
		p = v.beforeParens(p - 1) // "among the country’s “…”"
	}
	if p < 1 || v.items[p].kind != wordItem {
		return false
	}
	w := v.items[p].lower
	if k >= 2 && v.items[k-1].lower == "of" && lexicon.TermNouns.HasNoun(v.items[k-2].lower) {
		return v.stanceObject(p, k)
	}
	if k+1 < len(v.items) && v.items[k+1].kind == wordItem {
		return false // "their “…” plan", "“one market” and nothing else": the phrase closes no clause
	}
	switch {
	case lexicon.NamingVerbs.Has(w) && w != "known":
		return !v.commonNoun(p-1) && !v.namingSetOff(p)
	case w == "among":
		for j := p - 1; j >= 0 && j >= p-sortingReach; j-- {
			if _, _, ok := lexicon.Lemma(v.items[j].lower, lexicon.FramingVerbs.Has); ok {
				return true
			}
		}
		return false
	}
	before := v.items[p-1].lower
	if !(lexicon.Be.Has(w) && before != "there" || lexicon.Modals.Has(before) || lexicon.Have.Has(before)) {
		return false
	}
	for j := p - 2; j >= 0; j-- {
		if _, _, ok := lexicon.Lemma(v.items[j].lower, func(l string) bool { return cueVerbs[l] }); ok {
			return true
		}
	}
	return false
}

// stanceObject reports whether the verb at p, a cue verb after its
// subject (a name, a pronoun or an unnamed source, auxiliaries between),
// takes as its object the term noun phrase that ends with the quotation
// at k: "Li rejected the idea of “…”", "she has dismissed the notion of
// “…” as a fantasy". The speaker's stance is then on the quoted words.
// A verb that reports a clause may have the phrase as that clause's
// subject instead ("said the concept of “…” still mattered"), so unless
// it frames an object, the quotation must close the clause or a
// preposition follow it ("denied the notion of “…” on Friday").
func (v *view) stanceObject(p, k int) bool {
	lemma, _, ok := lexicon.Lemma(v.items[p].lower, func(l string) bool { return cueVerbs[l] })
	if !ok {
		return false
	}
	s := v.skipVerbGroup(p - 1)
	if s < 0 {
		return false
	}
	subj := v.items[s]
	if !(subj.kind == entityItem && !subj.possessive || subj.kind == wordItem && (lexicon.Pronouns.Has(subj.lower) || lexicon.UnnamedSources.HasNoun(subj.lower))) {
		return false
	}
	if strengthOf(lemma) == frames || k+1 == len(v.items) {
		return true
	}
	next := v.items[k+1]
	return next.kind == punctItem || next.kind == wordItem && (preposition(next.lower) || next.lower == "as")
}

// phraseStop reports whether the quoted words end as a sentence does: a
// question or exclamation mark, an ellipsis, or a full stop after words
// that open in upper case. A lower-case phrase keeps the full stop of the
// sentence it closes inside its marks, as American copy prints it ("added
// them to the “entity list.”"), and is still a phrase.
func phraseStop(words []string) bool {
	last := words[len(words)-1]
	return strings.ContainsAny(last, "?!…") || strings.Contains(last, ".") && unicode.IsUpper([]rune(words[0])[0])
}

// namingSetOff reports whether the naming verb at j opens a phrase set off
// after a noun or a name, adverbs of the verb group aside: "the plan,
// dubbed “…”", "the deal, also called “…”", "Li's scheme, widely branded
// “…”". The phrase names the thing before it, whoever speaks in the
// sentence.
func (v *view) namingSetOff(j int) bool {
	p := j - 1
	for p >= 0 && v.items[p].kind == wordItem && lexicon.InVerbGroup(v.items[p].lower) && !lexicon.Modals.Has(v.items[p].lower) {
		p--
	}
	if p < 1 || !v.items[p].is(",") {
		return false
	}
	before := v.beforeParens(p - 1)
	return before >= 0 && (v.commonNoun(before) || v.items[before].kind == entityItem)
}

// namePossessive reports whether item j is a capitalised word in the
// possessive that the entity tagger left as a word: "the People’s Republic
// of China’s".
func (v *view) namePossessive(j int) bool {
	it := v.items[j]
	if it.kind != wordItem || !unicode.IsUpper([]rune(it.text)[0]) {
		return false
	}
	return strings.HasSuffix(it.lower, "’s") || strings.HasSuffix(it.lower, "'s")
}

// beforeParens returns the last item at or before j that is no
// parenthesis, -1 if none.
func (v *view) beforeParens(j int) int {
	for j >= 0 && v.items[j].kind == parenItem {
		j--
	}
	return j
}

// quoteText is the quotation at k without its marks, the space around it
// and the comma inside its closing mark.
func (v *view) quoteText(k int) string {
	return strings.TrimFunc(string(v.runes[v.items[k].start:v.items[k].end]), func(r rune) bool {
		return isQuoteMark(r) || r == ',' || unicode.IsSpace(r)
	})
}

// glossHan is the most Chinese characters the original of a set term
// has: slogans and formulations run to eight or so (外防输入、内防反弹),
// where a quoted sentence's original runs longer.
const glossHan = 10

// glossFollows reports whether a parenthesis opening with a set term's
// Chinese follows the quotation at k: the original of a translated term,
// at most glossHan characters before any comma or pinyin. A bracket is the
// translator's insertion into the words quoted ("a “strategic issue”
// [战略问题]"), not a term's gloss.
func (v *view) glossFollows(k int) bool {
	p := v.items[k+1]
	if p.kind != parenItem || v.runes[p.start] != '(' && v.runes[p.start] != '（' {
		return false
	}
	han := 0
	for _, r := range v.runes[p.start+1 : p.end] {
		if !unicode.Is(unicode.Han, r) {
			if han == 0 || !strings.ContainsRune("、·", r) {
				break
			}
			continue
		}
		han++
	}
	return han > 0 && han <= glossHan
}

// instructionReach is how many words may stand between a speech word and
// the "to" that opens the instruction it quotes: "Xi’s exhortation for
// China to “…”", "urged cadres and officials to “…”".
const instructionReach = 6

// instructed reports whether the quotation at k is what a speaker tells
// others to do: it follows the infinitive "to" of a reporting verb or of a
// speech noun after its owner ("Xi’s exhortation for China to “dare to
// struggle” (敢于斗争) and to “be good at struggling”", "urged officials to
// “tell China’s story well”"). The words are the speaker's even when the
// text glosses them as a set phrase; but "efforts to “…”" quotes no one.
func (v *view) instructed(k int) bool {
	if k == 0 || v.items[k-1].lower != "to" {
		return false
	}
	for j, words := k-2, 0; j >= 0 && words < instructionReach; j-- {
		it := v.items[j]
		if it.kind != wordItem {
			continue // a quotation and its gloss before "and to “…”"
		}
		words++
		if preposition(it.lower) && it.lower != "for" && it.lower != "on" && it.lower != "to" {
			return false // "said little about efforts to “…”": the infinitive completes another noun
		}
		if j > 0 && v.possessor(j-1) && lexicon.SpeechNouns.HasNoun(it.lower) {
			return true
		}
		if _, _, ok := lexicon.Lemma(it.lower, lexicon.ReportingVerbs.Has); ok {
			return true
		}
	}
	return false
}

// commonNoun reports whether item j is a plain word that can head a noun
// phrase naming a thing: not a pronoun, a relative, a speaker ("officials",
// "the ministry") or a function word, which would make it the subject of
// the verb after it.
func (v *view) commonNoun(j int) bool {
	it := v.items[j]
	return it.kind == wordItem && it.refers == nil && !it.unnamed && !lexicon.Common.Has(it.lower) &&
		!connective(it.lower) && !preposition(it.lower) && !auxiliary(it.lower) && !lexicon.Determiners.Has(it.lower)
}

// referReach is how many items may stand between "refer to" and the "as"
// that names what it refers to: "refer to China as".
const referReach = 3

// referredTo reports whether the "as" at j completes "refer to … as".
func (v *view) referredTo(j int) bool {
	for i := j - 1; i >= 1 && i >= j-referReach; i-- {
		if v.items[i].lower == "to" {
			l, _, ok := lexicon.Lemma(v.items[i-1].lower, func(w string) bool { return w == "refer" })
			return ok && l == "refer"
		}
	}
	return false
}

// titleWords is the longest name or title in capitals a quotation is read
// as: a longer run of capitalised words is a headline or a shout.
const titleWords = 10

// titleCased reports whether the quotation at k is a name or title: two to
// titleWords words, every one capitalised but the small words of titles
// ("to", "of", "the"), and no stop, question or exclamation mark at its end.
func (v *view) titleCased(k int) bool {
	text := v.quoteText(k)
	if text == "" || strings.ContainsRune(".?!…", []rune(text)[len([]rune(text))-1]) {
		return false
	}
	words, capitals := strings.Fields(text), 0
	if len(words) > titleWords {
		return false
	}
	for _, w := range words {
		i := strings.IndexFunc(w, unicode.IsLetter)
		if i < 0 {
			continue
		}
		r := []rune(w[i:])[0]
		switch {
		case unicode.IsUpper(r):
			capitals++
		case unicode.IsLower(r) && !lexicon.Determiners.Has(w) && !lexicon.Prepositions.Has(w) && !lexicon.Conjunctions.Has(w):
			return false
		}
	}
	return capitals >= 2
}

// turnLabel reads the label that opens a turn of a transcript: a name and
// a colon ("Mao Ning:"), titles before it aside ("Minister Vivian
// Balakrishnan:", "SMS Sim Ann:") or set off after it ("Shri Arindam
// Bagchi, Official Spokesperson:"), or a question's ("Q:", "Reporter:").
// It returns the person who speaks, nil for a question (an outlet's label,
// "AFP:", is a reporter's), whether the claim opens with a label at all,
// and whether the label gives the person a title, as a formal transcript
// does. A label of an office alone or of an answer ("Minister:", "A:") is
// the official's whom the transcript is of, whom it leaves to the caller
// to find: office is then the title, "" for an answer, and speaker nil.
// An office label may open with the words qualifying the office
// ("Assistant Minister:", "PRIME MINISTER:").
//
// A bulleted line's label is a turn only where it is a name the entity
// layer typed as a person or a body ("• Mao Ning: …"): other labels there
// are a list's fields ("• HSK Level: HSK 5", "• Word Count: 900").
func (v *view) turnLabel() (speaker *claimx.Entity, ok, titled bool, office string) {
	if segment.ItemStart(v.claim.Text, 0) > 0 && !v.namedLabel() {
		return nil, false, false, ""
	}
	k := v.labelStart()
	if name := v.titledName(k); name != "" {
		return &claimx.Entity{Name: name, Mention: name, Type: claimx.Person}, true, true, ""
	}
	if it := v.items[k]; it.kind == entityItem && it.entity.Type == claimx.Person && v.titleSetOff(k+1) {
		return it.entity, true, false, "" // a name a news story might so introduce once: a transcript has two labels
	}
	if k+2 >= len(v.items) || !v.items[k+1].is(":") {
		return nil, false, false, ""
	}
	switch it := v.items[k]; {
	case it.kind == entityItem && it.entity.Type == claimx.Person:
		return it.entity, true, k > 0, ""
	case it.kind == wordItem && k == 0 && lexicon.QuestionLabels.Has(it.lower):
		return nil, true, false, "" // "Reporter:" is no office
	case it.kind == wordItem && unicode.IsUpper([]rune(it.text)[0]) && isTitle(it.lower):
		return nil, true, true, it.lower // "Minister:", "Assistant Minister:", "CHIEF CABINET SECRETARY:"
	case k > 0:
	case it.kind == entityItem && it.entity.Type == claimx.Org:
		return nil, true, false, ""
	case it.kind == wordItem && lexicon.AnswerLabels.Has(it.lower):
		return nil, true, false, ""
	}
	return nil, false, false, ""
}

// namedLabel reports whether the claim opens with a person's or a body's
// name, titles at most before it, then a colon or a title set off.
func (v *view) namedLabel() bool {
	k := v.labelStart()
	if k+1 >= len(v.items) || !v.items[k+1].is(":") && !v.titleSetOff(k+1) {
		return false
	}
	it := v.items[k]
	return it.kind == entityItem && (it.entity.Type == claimx.Person || it.entity.Type == claimx.Org)
}

// setOffTitleWords is how many words a title set off after a label's name
// may have: "Assistant Trade Minister and Assistant Manufacturing Minister".
const setOffTitleWords = 8

// titleSetOff reports whether a title set off by a comma closes a turn
// label at item j, after its name: ", Official Spokesperson:" in "Shri
// Arindam Bagchi, Official Spokesperson: …", capitalised words (and the
// words that join a name's, "and", "of") ending in a title, then the
// colon, with words after it. One of the words must be a title: "Deputy
// Minister for Trade and Industry".
func (v *view) titleSetOff(j int) bool {
	if j >= len(v.items) || !v.items[j].is(",") {
		return false
	}
	titled := false
	for c := j + 2; c < len(v.items)-1 && c <= j+1+setOffTitleWords; c++ {
		it := v.items[c-1]
		if it.kind != wordItem || !unicode.IsUpper([]rune(it.text)[0]) && !lexicon.NameConnectors.Has(it.text) {
			return false
		}
		titled = titled || isTitle(it.lower)
		if v.items[c].is(":") {
			return titled
		}
	}
	return false
}

// labelTitles is how many titles may open a turn label before its name.
const labelTitles = 3

// labelStart returns the item after the titles opening the claim: a title
// or an abbreviation in capitals ("SMS"), but not the label itself ("Q:").
func (v *view) labelStart() int {
	k := 0
	for k < labelTitles && k+1 < len(v.items) && v.items[k].kind == wordItem && !v.items[k+1].is(":") &&
		(isTitle(v.items[k].lower) || v.items[k].text == strings.ToUpper(v.items[k].text) && unicode.IsUpper([]rune(v.items[k].text)[0])) {
		k++
	}
	return k
}

// labelNameWords is how many capitalised words the name of a titled
// label may have: "Minister Vivian Balakrishnan:".
const labelNameWords = 3

// titledName returns the name the entity tagger left as words in a turn
// label after its titles, from item k to the colon ("Minister Vivian
// Balakrishnan:"), "" if the claim opens with no such label: a title
// before capitalised words and a colon is a person's label.
func (v *view) titledName(k int) string {
	if k == 0 {
		return ""
	}
	j := k
	for j < len(v.items) && j < k+labelNameWords && v.items[j].kind == wordItem && unicode.IsUpper([]rune(v.items[j].text)[0]) &&
		!lexicon.Common.Has(v.items[j].lower) && !isTitle(v.items[j].lower) {
		j++
	}
	if j == k || j+1 >= len(v.items) || !v.items[j].is(":") {
		return ""
	}
	return string(v.runes[v.items[k].start:v.items[j-1].end])
}

// labelText is the label opening the claim, colon included: "Mao Ning:".
func (v *view) labelText() string {
	for j, it := range v.items {
		if it.is(":") {
			return string(v.runes[v.items[0].start:v.items[j].end])
		}
	}
	return ""
}

// mentionReach is how many words before an unnamed-source noun its
// mention takes: "the Pishan County Hospital employee".
const mentionReach = 4

// mentionText is the noun phrase that ends at the unnamed-source noun k,
// as written and without its determiner: "Senior Taiwanese officials",
// "hospital employee".
func (v *view) mentionText(k int) string {
	from := k
	for j := k - 1; j >= 0 && k-j <= mentionReach; j-- {
		it := v.items[j]
		if it.kind == entityItem || it.kind == wordItem && !it.cue && !lexicon.Determiners.Has(it.lower) && !lexicon.Quantifiers.Has(it.lower) &&
			!preposition(it.lower) && !connective(it.lower) && !auxiliary(it.lower) && !isNumber(it.text) ||
			it.lower == "and" && v.modifierWord(j) && v.officeHolder(k) >= 0 { // "Japan’s trade and industry minister"
			from = j
			continue
		}
		break
	}
	return string(v.runes[v.items[from].start:v.items[k].end])
}
