package extract

import (
	"strings"
	"unicode"
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
)

// cueLemmas is the curated lexicon of reporting verbs, keyed by lemma. Both
// spellings of -ise/-ize verbs are listed, since articles use either.
var cueLemmas = map[string]cueStrength{
	"acknowledge": speaks, "admit": speaks, "advocate": speaks, "affirm": speaks, "allege": speaks,
	"announce": speaks, "argue": speaks, "assert": speaks, "boast": speaks, "caution": speaks,
	"claim": speaks, "complain": speaks, "concede": speaks, "condemn": speaks, "contend": speaks,
	"criticise": speaks, "criticize": speaks, "critique": speaks, "declare": speaks, "demand": speaks,
	"denounce": speaks, "deny": speaks, "emphasise": speaks, "emphasize": speaks, "insist": speaks,
	"lament": speaks, "proclaim": speaks, "quip": speaks, "reaffirm": speaks, "rebuke": speaks,
	"reiterate": speaks, "request": speaks, "retort": speaks, "say": speaks, "state": speaks,
	"stress": speaks, "urge": speaks, "vow": speaks, "warn": speaks,

	"accuse": frames, "add": frames, "advance": frames, "answer": frames, "ask": frames,
	"brand": frames, "call": frames, "characterise": frames, "characterize": frames, "cite": frames,
	"codify": frames, "coin": frames, "comment": frames, "confirm": frames, "define": frames,
	"describe": frames, "dismiss": frames, "dub": frames, "explain": frames, "express": frames, "frame": frames,
	"highlight": frames, "invoke": frames, "label": frames, "maintain": frames, "note": frames,
	"observe": frames, "pledge": frames, "predict": frames, "promise": frames, "propose": frames,
	"recall": frames, "recommend": frames, "remark": frames, "reply": frames, "report": frames,
	"resolve": frames, "respond": frames, "reveal": frames, "speak": frames, "suggest": frames, "tell": frames,
	"term": frames, "underline": frames, "underscore": frames, "write": frames,

	// Verbs that sort things into someone's categories report the
	// categories' names as that person's words: "Mao counted the united
	// front among the “magic weapons”", "the ministry listed three “red
	// lines”".
	"count": frames, "identify": frames, "list": frames,
}

// idioms are cue verbs whose particle takes them out of reporting: "count
// on" relies, "tell apart" distinguishes.
var idioms = map[[2]string]bool{{"count", "on"}: true, {"count", "upon"}: true, {"tell", "apart"}: true}

// phrasalCues are verbs that report speech only with their particle: "call
// for" and "call on" are demands, where a bare "call" merely names; "refer
// to" names ("refers to the limits as “…”"), where "refer" alone does not.
var phrasalCues = map[[2]string]cueStrength{
	{"call", "for"}: speaks, {"call", "on"}: speaks, {"call", "upon"}: speaks,
	{"point", "out"}: speaks, {"refer", "to"}: frames,
}

// nounLemmas are cue lemmas whose bare and -s forms are at least as often
// nouns ("state media", "the claims", "meeting notes", "advances in AI"):
// those forms only frame.
var nounLemmas = wordSet("advance answer brand call claim coin comment count critique demand frame " +
	"highlight label list note pledge promise remark reply report request state stress term vow")

// verbForm is the inflection a cue word was found in.
type verbForm uint8

const (
	baseForm verbForm = iota // say, state
	sForm                    // says, states
	pastForm                 // said, stated (past tense or participle)
	ingForm                  // saying, stating
)

// irregularForms maps irregular inflections of cue verbs to their lemma.
var irregularForms = map[string]string{
	"said": "say", "told": "tell", "wrote": "write", "written": "write",
	"spoke": "speak", "spoken": "speak",
}

// inflections are the regular suffixes, each with what restores the lemma:
// "denied" -> deny, "stating" -> state, "argued" -> argue, "warned" -> warn.
var inflections = []struct {
	suffix, restore string
	form            verbForm
}{
	{"ies", "y", sForm}, {"ied", "y", pastForm},
	{"ing", "", ingForm}, {"ing", "e", ingForm},
	{"ed", "", pastForm}, {"d", "", pastForm},
	{"es", "", sForm}, {"s", "", sForm},
}

// lemmatize finds the cue lemma of a lower-case word and the form it is in.
// It only needs to recognise the cue verbs, so it tries each way of undoing
// a regular suffix (and of undoubling a final consonant, "committed") and
// keeps the first result that is in the lexicon.
func lemmatize(w string) (string, verbForm, bool) {
	if l, ok := irregularForms[w]; ok {
		return l, pastForm, true
	}
	if isCueLemma(w) {
		return w, baseForm, true
	}
	for _, in := range inflections {
		stem, ok := strings.CutSuffix(w, in.suffix)
		if !ok || stem == "" {
			continue
		}
		if l := stem + in.restore; isCueLemma(l) {
			return l, in.form, true
		}
		if n := len(stem); in.restore == "" && n >= 2 && stem[n-1] == stem[n-2] && isCueLemma(stem[:n-1]) {
			return stem[:n-1], in.form, true
		}
	}
	return "", 0, false
}

func isCueLemma(w string) bool {
	if _, ok := cueLemmas[w]; ok {
		return true
	}
	for p := range phrasalCues {
		if p[0] == w {
			return true
		}
	}
	return false
}

// cue is a reporting word or phrase found in a claim: items [from, to) of
// its view.
type cue struct {
	from, to int
	form     verbForm
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

// Nouns that carry someone's words. A speech noun after a possessive
// reports a quotation close after it ("Xi’s instruction to “…”", "his call
// for “…”"); an opinion noun in "in X’s view" or "in the view of X"
// attributes the whole clause. Both are listed in the singular.
var (
	speechNouns = wordSet("accusation admission appeal argument assertion call characterisation " +
		"characterization claim comment complaint definition demand description directive exhortation " +
		"formulation injunction instruction message order phrase pledge prediction promise remark " +
		"reminder slogan speech statement verdict vow warning word")
	opinionNouns = wordSet("analysis assessment account estimation judgement judgment opinion reading " +
		"telling view word")
	// nounLinks are the words that join a speech noun to its quotation:
	// "call for", "instruction to", "warning that", "description of".
	nounLinks = wordSet("about against as for of on that to")
	// possessives are the possessive pronouns, with the pronoun each stands for.
	possessives = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}
)

// singular strips a plural -s: "words" -> "word", "views" -> "view".
func singular(w string) string { return strings.TrimSuffix(w, "s") }

// determiners make the word after them a noun: "a warning", "the stated
// aim", "their call for".
var determiners = wordSet("a an the this that these those his her its their our my your whose such any no every each")

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
		if k > 0 && unicode.IsUpper([]rune(it.text)[0]) {
			continue
		}
		if k > 0 && v.possessor(k-1) && speechNouns[singular(it.lower)] {
			v.addCue(cue{from: k, to: k + 1, strength: frames, owner: k - 1, noun: true})
			continue
		}
		if k > 0 && v.nounPosition(k) {
			continue
		}
		next := v.wordAt(k + 1)
		lemma, form, ok := lemmatize(it.lower)
		if !ok {
			continue
		}
		if idioms[[2]string{lemma, next}] {
			continue
		}
		if s, ok := phrasalCues[[2]string{lemma, next}]; ok {
			v.addCue(cue{from: k, to: k + 2, form: form, strength: s, owner: -1})
			k++
			continue
		}
		s, ok := cueLemmas[lemma]
		if !ok {
			continue
		}
		if nounLemmas[lemma] && (form == baseForm || form == sForm) {
			s = frames
		}
		if form == ingForm && k > 0 && v.gerund(k) {
			continue
		}
		v.addCue(cue{from: k, to: k + 1, form: form, strength: s, owner: -1})
	}
}

// nounPosition reports whether the word at k stands where a verb cannot:
// after a determiner or a possessive ("Wang’s warning"), or, unless
// it is a gerund, after a preposition other than the infinitive "to" and
// those that are also adverbs of a verb group ("controls over advanced
// chips", "by stated policy"; but "by insisting that", "has since urged").
func (v *view) nounPosition(k int) bool {
	prev := v.items[k-1]
	if determiners[prev.lower] || prev.possessive {
		return true
	}
	return prev.kind == wordItem && prepositions[prev.lower] && !verbGroupWords[prev.lower] && prev.lower != "to" &&
		!strings.HasSuffix(v.items[k].lower, "ing")
}

// gerund reports whether the -ing word at k is a noun, as it is after a
// plain word ("critical reporting", "their own saying"): as a verb it
// follows an auxiliary ("was warning"), a preposition ("by insisting"), a
// conjunction ("and adding") or stands after punctuation, a quotation or a
// name ("…, adding that", "Beijing, accusing").
func (v *view) gerund(k int) bool {
	prev := v.items[k-1]
	return prev.kind == wordItem && !auxiliaries(prev.lower) && !prepositions[prev.lower] && !connectives[prev.lower]
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

// wordAt returns the lower-case word at item j, "" if there is none.
func (v *view) wordAt(j int) string {
	if j < len(v.items) && v.items[j].kind == wordItem {
		return v.items[j].lower
	}
	return ""
}

// phraseCue adds the cue of a fixed reporting phrase starting at item k
// and returns the phrase's length in items, 0 if there is none: "according
// to X" and "in the words of X", whose source follows; "in Lo’s view",
// whose cue is the noun and whose owner is the source; "as Xi put it".
func (v *view) phraseCue(k int) int {
	switch v.wordAt(k) {
	case "according":
		if v.wordAt(k+1) == "to" {
			v.addCue(cue{from: k, to: k + 2, strength: speaks, sourceAfter: true, owner: -1})
			return 2
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
		case o+1 < len(v.items) && v.possessor(o) && opinionNouns[singular(v.wordAt(o+1))]:
			v.addCue(cue{from: o + 1, to: o + 2, strength: speaks, owner: o})
			return o + 2 - k
		case v.wordAt(k+1) == "the" && opinionNouns[singular(v.wordAt(k+2))] && v.wordAt(k+3) == "of":
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
	_, pronoun := possessives[it.lower]
	return it.possessive || pronoun && it.kind == wordItem
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
// quotation after it within its clause, right after it or after one of the
// nounLinks.
func (v *view) framed(c cue) bool {
	if c.noun {
		if c.to < len(v.items) && v.items[c.to].kind == wordItem && !nounLinks[v.items[c.to].lower] {
			return false // "Huawei’s order book was “full”": a compound, not speech
		}
		for j := c.to; j < len(v.items) && j < c.to+nounComplementLimit; j++ {
			switch it := v.items[j]; {
			case it.kind == quoteItem:
				return true
			case it.kind == punctItem || it.cue:
				return false
			}
		}
		return false
	}
	if v.followsQuote(c.from) || v.quotedSubject(c) || c.form == pastForm && v.passive(c.from) && v.quotedBefore(c.from) {
		return true
	}
	for j := c.to; j < len(v.items) && j < c.to+complementLimit; j++ {
		it := v.items[j]
		switch {
		case it.kind == quoteItem || it.lower == "that" || it.lower == ":":
			return true
		case it.cue || it.lower == ";":
			return false
		}
	}
	return false
}

// usable reports whether cue c reports speech where it stands.
func (v *view) usable(c cue) bool { return c.strength == speaks || v.framed(c) }

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

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Function words the attribution grammar reads a claim by.
var (
	// separators set off a phrase inside a clause: "Wang Yi, the foreign
	// minister, said"; "…, adding that".
	separators = wordSet(", — –")
	// clauseBreaks end a clause: nothing before one is the subject of a
	// verb after it.
	clauseBreaks = wordSet("; :")
	// prepositions govern the name after them, which then is not a subject.
	// "like" and "such as" are left out: "researchers like Professor Yao Xin
	// have argued" makes Yao Xin the one arguing.
	prepositions = wordSet("of at in on to from for with by about against between among amongst into onto " +
		"over under within without toward towards across through throughout during after before behind " +
		"beyond upon via despite including per amid around near outside inside than as unlike since until " +
		"versus alongside regarding concerning")
	// connectives open a new clause.
	connectives = wordSet("who whom whose which that where when while and or but because if")
	beForms     = wordSet("is are was were be been being")
	// verbGroupWords may stand between a subject and its verb.
	verbGroupWords = wordSet("has have had will would shall should can could may might must do does did " +
		"also not never once again further later then still already even long first too often since just")
	// titles stand before or between names without naming anyone themselves:
	// "Premier Li Qiang", "OpenAI CEO Sam Altman".
	titles = wordSet("president premier minister vice deputy chairman chairwoman chair secretary general " +
		"ambassador spokesperson spokesman spokeswoman professor prof dr mr mrs ms director dean ceo cto " +
		"chief head leader senator governor mayor commissioner envoy official founder adviser advisor analyst " +
		"scholar expert researcher academic editor judge admiral colonel commander chancellor representative " +
		"delegate member former late executive officer economist")
)

// auxiliaries reports whether w belongs to a verb group rather than to the
// subject before it: auxiliaries, be-forms and adverbs ("has previously",
// "was repeatedly").
func auxiliaries(w string) bool {
	return verbGroupWords[w] || beForms[w] || strings.HasSuffix(w, "ly")
}

// isTitle reports whether w is a title, singular or plural ("heads").
func isTitle(w string) bool { return titles[w] || titles[strings.TrimSuffix(w, "s")] }

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
