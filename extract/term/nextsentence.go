package term

import (
	"strings"
	"unicode"

	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// This file reads a translation that the sentence after a run gives it,
// as explainers print a term first and say what it means next.

// maxNextSentence bounds the characters read for the sentence after a
// run's.
const maxNextSentence = 400

// maxRunSentenceRest bounds the characters read from a run to the stop
// that closes its sentence.
const maxRunSentenceRest = 400

// maxReferenceWords is the most words of the noun phrase that opens a
// sentence referring back to a run (A more literal translation).
const maxReferenceWords = 4

// glossNextSentence returns the English that the sentence after the run
// r's, on the same line, quotes as the run's translation: a sentence
// referring back to the run (a pronoun, It or This, a possessive, Its, or
// a noun phrase a word for a term or a translation heads, The phrase, A
// direct translation) that quotes the English after a verb of translating
// and "as", "to" or "into", after a verb of meaning, or after a word for a
// translation and "is" (数字乡村 (shùzì xiāngcūn). It is usually translated
// as “digital countryside.”; … (慢慢来) whenever I rushed. The
// word-for-word rendering is “slowly slowly come.”). The run's own sentence must hold no other run,
// which the next sentence could refer to as well. "" where there is none.
func glossNextSentence(rs []rune, r [2]int, hanzi string) string {
	// The run's sentence and the next are read within a window, never to
	// the end of a line that may be the whole article.
	end := termLineEnd(rs[:min(len(rs), r[1]+maxRunSentenceRest+maxNextSentence)], r[1])
	stop := sentenceStopAfter(rs, r[1], end)
	if stop < 0 || hanBefore(rs, r[0]) {
		return ""
	}
	start := stop + 1
	for start < end && (rs[start] == ' ' || glossClosingQuotes[rs[start]] || rs[start] == '"') {
		start++
	}
	next := string(rs[start:min(end, start+maxNextSentence)])
	if segment.HasHan(next) || !refersBack(strings.Fields(next), hanzi) {
		return ""
	}
	words := strings.Fields(next)
	for i := 0; i+1 < len(words); i++ {
		w := strings.ToLower(strings.Trim(words[i], ",:"))
		if strings.ContainsAny(words[i], ".?!") {
			return "" // the sentence ended before any translation
		}
		rest := -1
		switch {
		case translatingVerb(w) && (words[i+1] == "as" || words[i+1] == "to" || words[i+1] == "into"):
			rest = i + 2
		case meaningVerb(w):
			rest = i + 1
		case lexicon.TranslationNouns.HasNoun(w) && strings.HasSuffix(words[i], ":"):
			rest = i + 1
		case lexicon.TranslationNouns.HasNoun(w) && lexicon.Be.Has(strings.ToLower(words[i+1])):
			rest = i + 2
		}
		if rest < 0 || rest >= len(words) {
			continue
		}
		q, ok := glossOpeningQuote(strings.Join(words[rest:], " "))
		if !ok || !latin(q) {
			return ""
		}
		if g := glossAfterWords(q, quotedGlossLimit(hanzi)); len(g) > 0 {
			return trimGloss(strings.Join(g, " "))
		}
		return ""
	}
	return ""
}

// nextSentenceMayGloss reports whether the sentence after a run may give
// it its gloss in place of g, the gloss found beside it: where there is
// none, or g only spells the run in pinyin and the run is no person's
// name (whose romanisation is its English).
func nextSentenceMayGloss(g, hanzi string) bool {
	return g == "" || romanises(g, hanzi) && !segment.PersonName(hanzi)
}

// sentenceStopAfter returns the position of the stop that closes the
// sentence holding a run that ends at from, before end: a full stop, a
// question or exclamation mark, perhaps with a closing quotation mark,
// then a space and a capital or an opening quotation mark. Marks inside a
// parenthesis (the run's romanisation, an abbreviation) close nothing, and
// a run of Chinese before the stop makes the next sentence's reference
// unclear: -1.
func sentenceStopAfter(rs []rune, from, end int) int {
	depth := 0
	for i := from; i < end; i++ {
		switch c := rs[i]; {
		case c == '(' || c == '（':
			depth++
		case (c == ')' || c == '）') && depth > 0:
			depth--
		case depth == 0 && segment.IsHan(c):
			return -1
		case depth == 0 && strings.ContainsRune(".?!", c):
			j := i + 1
			for j < end && (glossClosingQuotes[rs[j]] || rs[j] == '"') {
				j++
			}
			if j+1 < end && rs[j] == ' ' && (unicode.IsUpper(rs[j+1]) || isQuoteMark(rs[j+1])) {
				return j - 1
			}
		}
	}
	return -1
}

// refersBack reports whether a sentence whose words are words opens by
// referring to what the sentence before it named, the run hanzi: a
// pronoun or a possessive (It, It's, Its, This, That), the run's pinyin
// as the article names the word by it (… the title of lingxiu (领袖).
// Lingxiu is often rendered as …), or a noun phrase of a few words that a
// word for a term or a translation heads (The phrase, A more literal
// translation, The usual English rendering).
func refersBack(words []string, hanzi string) bool {
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ",’'"))
	if lexicon.RunReferences.Has(first) || latin(first) && segment.Spells(hanzi, first) {
		return true
	}
	if !glossDeterminer(first) {
		return false
	}
	for _, w := range words[1:min(len(words), maxReferenceWords)] {
		w = strings.ToLower(strings.Trim(w, ",:"))
		if lexicon.TermNouns.HasNoun(w) || lexicon.TranslationNouns.HasNoun(w) {
			return true
		}
	}
	return false
}

// translatingVerb reports whether w is a form of a verb of translating
// (translated, renders).
func translatingVerb(w string) bool {
	_, _, ok := lexicon.Lemma(w, lexicon.TranslationVerbs.Has)
	return ok && !meaningVerb(w)
}

// meaningVerb reports whether w is a form of a verb of meaning (means,
// meant), which takes the translation as its object.
func meaningVerb(w string) bool {
	_, _, ok := lexicon.Lemma(w, lexicon.MeaningVerbs.Has)
	return ok
}

// hanBefore reports whether a Chinese character stands between the start
// of the sentence holding position at and at: on its line, after the
// last stop that a space follows.
func hanBefore(rs []rune, at int) bool {
	for i := at - 1; i >= 0 && rs[i] != '\n'; i-- {
		if segment.IsHan(rs[i]) {
			return true
		}
		if strings.ContainsRune(".?!", rs[i]) && i+1 < at && rs[i+1] == ' ' {
			return false
		}
	}
	return false
}
