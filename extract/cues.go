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

	"add": frames, "advance": frames, "answer": frames, "ask": frames, "brand": frames,
	"call": frames, "characterise": frames, "characterize": frames, "codify": frames, "coin": frames,
	"comment": frames, "confirm": frames, "define": frames, "describe": frames, "dub": frames,
	"explain": frames, "express": frames, "frame": frames, "highlight": frames, "label": frames,
	"maintain": frames, "note": frames, "observe": frames, "pledge": frames, "predict": frames,
	"promise": frames, "propose": frames, "recall": frames, "recommend": frames, "remark": frames,
	"reply": frames, "report": frames, "respond": frames, "reveal": frames, "speak": frames,
	"suggest": frames, "tell": frames, "term": frames, "underline": frames, "underscore": frames,
	"write": frames,
}

// phrasalCues are verbs that report speech only with their particle: "call
// for" and "call on" are demands, where a bare "call" merely names.
var phrasalCues = map[[2]string]cueStrength{
	{"call", "for"}: speaks, {"call", "on"}: speaks, {"call", "upon"}: speaks,
	{"point", "out"}: speaks,
}

// nounLemmas are cue lemmas whose bare and -s forms are at least as often
// nouns ("state media", "the claims", "meeting notes", "advances in AI"):
// those forms only frame.
var nounLemmas = wordSet("advance answer brand call claim coin comment critique demand frame " +
	"highlight label note pledge promise remark reply report request state stress term vow")

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
	// according marks "according to X", whose source follows it.
	according bool
}

// determiners make the word after them a noun: "a warning", "the stated
// aim", "their call for".
var determiners = wordSet("a an the this that these those his her its their our my your whose such any no every each")

// findCues marks the reporting words and phrases of a view, in text order.
// A capitalised cue word inside a sentence is part of a name ("Said",
// "State"), and one after a determiner or a possessive name is a noun
// ("Wang’s warning"), so neither is a cue.
func (v *view) findCues() {
	for k := 0; k < len(v.items); k++ {
		it := v.items[k]
		if it.kind != wordItem {
			continue
		}
		if k > 0 && unicode.IsUpper([]rune(it.text)[0]) {
			continue
		}
		if k > 0 {
			prev := v.items[k-1]
			if determiners[prev.lower] || prev.kind == entityItem && prev.possessive {
				continue
			}
		}
		next := ""
		if k+1 < len(v.items) && v.items[k+1].kind == wordItem {
			next = v.items[k+1].lower
		}
		if it.lower == "according" && next == "to" {
			v.addCue(cue{from: k, to: k + 2, strength: speaks, according: true})
			k++
			continue
		}
		lemma, form, ok := lemmatize(it.lower)
		if !ok {
			continue
		}
		if s, ok := phrasalCues[[2]string{lemma, next}]; ok {
			v.addCue(cue{from: k, to: k + 2, form: form, strength: s})
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
		v.addCue(cue{from: k, to: k + 1, form: form, strength: s})
	}
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
const complementLimit = 12

// framed reports whether a framing cue has the complement that makes it
// report speech: a quotation right before it ("“…,” she added") or as the
// subject of its passive ("the term “X” was defined by"), or, before any
// other cue or a semicolon, a quotation, "that" or a colon after it.
func (v *view) framed(c cue) bool {
	if v.followsQuote(c.from) || c.form == pastForm && v.passive(c.from) && v.quotedBefore(c.from) {
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
