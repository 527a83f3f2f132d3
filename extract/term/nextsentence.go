package term

import (
	"strings"

	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// maxTranslationModifiers is the most words between the determiner and the
// word for a translation that opens a sentence naming one (A direct
// translation, The most literal English rendering).
const maxTranslationModifiers = 3

// glossNextSentence returns the quotation that the sentence after the
// run's own names its translation, as a writer introduces a term and then
// translates it: … the phrase 乱七八糟 stuck with me. A literal
// translation is “chaos seven eight.” The run is the only Chinese in its
// sentence, which ends on its line; the next sentence opens with a
// determiner, a few modifiers at most and a word for a translation, then
// "is" or "was" and the quotation, as long as a quotation glossing the
// run may be (quotedGlossLimit). from is where the words after the run
// start: past its romanisation or parenthesis. "" where there is none.
func glossNextSentence(rs []rune, r [2]int, from int, hanzi string) string {
	start, end := locate.LineStart(rs, r[0]), min(termLineEnd(rs, from), from+glossAfterScan)
	// The run's sentence: from the stop before it to the one after it.
	i := from
	for i < end && !(strings.ContainsRune(".?!", rs[i]) && (i+1 == end || rs[i+1] == ' ')) {
		i++
	}
	if i >= end {
		return ""
	}
	s := r[0]
	for s > start && !(strings.ContainsRune(".?!", rs[s-1]) && rs[s] == ' ') {
		s--
	}
	if segment.HasHan(string(rs[s:r[0]])) || segment.HasHan(string(rs[from:i])) {
		return "" // another run shares the sentence: which one is meant?
	}
	next := strings.TrimLeft(string(rs[i+1:termLineEnd(rs, i+1)]), " ")
	words := strings.Fields(next)
	if len(words) < 4 || !glossDeterminer(strings.ToLower(words[0])) {
		return ""
	}
	for k := 1; k <= maxTranslationModifiers+1 && k+2 < len(words); k++ {
		if !lexicon.TranslationNouns.HasNoun(strings.ToLower(words[k])) {
			continue
		}
		if v := words[k+1]; v != "is" && v != "was" {
			return ""
		}
		rest := strings.Join(words[k+2:], " ")
		q, ok := glossOpeningQuote(rest)
		if !ok || !latin(q) || len(strings.Fields(q)) > quotedGlossLimit(hanzi) {
			return ""
		}
		return trimGloss(q)
	}
	return ""
}
