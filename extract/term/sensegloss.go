package term

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/lexicon/senses"
	"github.com/claimx/claimx/segment"
)

// maxSensePhrase is the most words of a translation printed after a run
// without brackets that glossBySense takes: a noun phrase or a short
// gerund's phrase (drawing the eyes of the dragon).
const maxSensePhrase = 8

// senseReach is how many words into that phrase the word it shares with
// the run's senses may stand: a translation names its sense at once.
const senseReach = 3

// glossBySense returns the English printed right after the run r without
// brackets, past its romanisation, when it translates the run: a phrase on
// the same line, up to a mark or a word that ends a noun phrase, one of
// whose first words shares a stem with a sense CC-CEDICT gives the run or
// one of its words (梯子 ladder, 韭菜 Chinese Chives, 生产力 shēngchǎnlì
// productivity). English that shares none goes on with the sentence
// (共同富裕 spread), and is no gloss.
func glossBySense(rs []rune, end int, hanzi string, zh *cuts) string {
	if p := romanisationAfter(rs, end, hanzi); p != "" {
		end += 1 + utf8.RuneCountInString(p)
	}
	comma := false
	if end+1 < len(rs) && rs[end] == ',' && rs[end+1] == ' ' {
		// A translation set off by commas, as an apposition: 摸着石头过河,
		// crossing the river by feeling the stones, is …
		comma, end = true, end+1
	}
	words := senseWords(rs, end)
	if comma && !setOff(rs, end, words) {
		return ""
	}
	if len(words) == 0 || glossStop(strings.ToLower(words[0])) || runHead(words[0]) {
		// A lead-in or a clause (内卷, or people compete …), or the noun the
		// run modifies (China's 双减 policy), is no translation.
		return ""
	}
	stems := runSenses(hanzi, zh, words)
	if stems == nil {
		stems = headSenses(hanzi, zh, words)
	}
	if !sharesSense(words[:min(len(words), senseReach)], stems) {
		return ""
	}
	if glossStartsUpper(words[0]) && modifiesNoun(rs, end, words) {
		// A title that goes on to a lower-case noun is the English
		// sentence's own noun phrase, the run set into it (the 国务院
		// State Department officials), no translation.
		return ""
	}
	if !glossStartsUpper(words[0]) {
		// The words of the run take in its parts' senses too, where the
		// whole run's named its start (摸着石头过河 crossing the river by
		// feeling the stones).
		stems = append(stems, partSenses(hanzi, zh)...)
		// A lower-case translation ends with the last word of the run's
		// sense; what follows is the sentence going on (对牛弹琴 playing
		// the lute to a cow describes …).
		last := 0
		for i := range words {
			if sharesSense(words[i:i+1], stems) {
				last = i
			}
		}
		words = words[:last+1]
	}
	return strings.Join(words, " ")
}

// sharesSense reports whether any of words, or of their parts a hyphen
// joins, has its stem among the sense stems of stems.
func sharesSense(words []string, stems []string) bool {
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			for _, s := range stems {
				if senses.Shares(s, part) {
					return true
				}
			}
		}
	}
	return false
}

// runSenses returns the sense stems of the run that the English words
// en may name: CC-CEDICT's for the whole run, or, where it lacks the run,
// those of its words of more than one character when en names a sense of
// each of them (共同富裕 common prosperity). English that names only one
// part names another thing (共同富裕 commonly, 人类命运共同体 community).
// A single character's senses are too many and too broad to tell a
// translation of the word it is part of, so a run holding one has none
// from its parts.
func runSenses(hanzi string, zh *cuts, en []string) []string {
	if s := senses.Of(hanzi); s != "" {
		return []string{s}
	}
	var out []string
	for _, w := range runWords(zh, hanzi) {
		s := ""
		if utf8.RuneCountInString(w) > 1 {
			s = senses.Of(w)
		}
		if s == "" || en != nil && !sharesSense(en, []string{s}) {
			return nil
		}
		out = append(out, s)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// headSenses returns the sense stems of a run's words of more than one
// character that the English words en name, where runSenses has none
// for a run that holds a single character or a word CC-CEDICT lacks
// (百年未有之大变局 changes unseen in a century, 新质生产力 new quality
// productive forces): en must name the last word CC-CEDICT holds, the
// head of the run's phrase, and more than half of those words when it
// holds several (国家之安全 "security forces" names one of two). nil when it
// does not, for a run of one word, and for a run whose words CC-CEDICT
// all holds, which runSenses alone reads (共同富裕 prosperity names only
// half of common prosperity).
func headSenses(hanzi string, zh *cuts, en []string) []string {
	words := runWords(zh, hanzi)
	if len(words) < 2 {
		return nil
	}
	var out []string
	known, head := 0, false
	for _, w := range words {
		s := ""
		if utf8.RuneCountInString(w) > 1 {
			s = senses.Of(w)
		}
		if s == "" {
			continue
		}
		known++
		head = sharesSense(en, []string{s})
		if head {
			out = append(out, s)
		}
	}
	if !head || 2*len(out) <= known && known > 1 || known == len(words) {
		return nil
	}
	return out
}

// partSenses returns the sense stems of the run's words of more than
// one character.
func partSenses(hanzi string, zh *cuts) []string {
	var out []string
	for _, w := range runWords(zh, hanzi) {
		if w != hanzi && utf8.RuneCountInString(w) > 1 {
			if s := senses.Of(w); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// modifiesNoun reports whether the words read from at go on, past a
// space, to a lower-case noun a title modifies: a person's, a body's or
// a document's (officials, spokesman, policy).
func modifiesNoun(rs []rune, at int, words []string) bool {
	at = translationStart(rs, at) + utf8.RuneCountInString(strings.Join(words, " "))
	if at >= len(rs) || rs[at] != ' ' {
		return false
	}
	j := at + 1
	for j < len(rs) && isLatinLetter(rs[j]) {
		j++
	}
	w := string(rs[at+1 : j])
	return w != "" && !glossStartsUpper(w) && (runHead(w) || lexicon.ReferringNouns.HasNoun(w) || lexicon.StaffNouns.HasNoun(w))
}

// senseWords returns the words printed from at on, past spaces: letters,
// hyphens and apostrophes, up to a mark, a digit, a character of another
// script or the end of the line, and within those up to a word that
// cannot stand inside a translation's phrase (a verb of being or having,
// a modal, a pronoun, a sentence adverb, a word whose case differs from
// the first's (sameCase)), function words trimmed from its end.
func senseWords(rs []rune, at int) []string {
	at = translationStart(rs, at)
	var words []string
	for at < len(rs) && len(words) < maxSensePhrase {
		j := at
		for j < len(rs) && (isLatinLetter(rs[j]) || (rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') && j > at) {
			j++
		}
		if j == at {
			break
		}
		w := string(rs[at:j])
		lw := strings.ToLower(w)
		if lexicon.Be.Has(lw) || lexicon.Have.Has(lw) || lexicon.Modals.Has(lw) || lexicon.Do.Has(lw) || glossPronoun(lw) ||
			lexicon.VerbAdverbs.Has(lw) || len(words) > 0 && !sameCase(words[0], w) {
			break
		}
		words = append(words, w)
		if j < len(rs) && rs[j] != ' ' {
			break // a mark closes the phrase
		}
		at = j + 1
	}
	for len(words) > 0 && glossEndsNounPhrase(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return words
}

// translationStart returns where a translation printed from at opens:
// past spaces, the run's closing quotation mark or emphasis and the
// translation's opening one.
func translationStart(rs []rune, at int) int {
	for at < len(rs) && (rs[at] == ' ' || isQuoteMark(rs[at]) || rs[at] == '*' || rs[at] == '_') {
		at++
	}
	return at
}

// isLatinLetter reports whether c is a letter of the Latin script.
func isLatinLetter(c rune) bool { return unicode.Is(unicode.Latin, c) }

// sameCase reports whether w goes on a phrase opened by first: after a
// lower-case word, a capitalised one opens the next item (梯子 ladder
// Government = …); after a capitalised word, a title goes on in capitals
// and its connectors (New and Quality Productivity rather than …).
func sameCase(first, w string) bool {
	if !glossStartsUpper(first) {
		return !glossStartsUpper(w)
	}
	return glossStartsUpper(w) || lexicon.NameConnectors.Has(w) || lexicon.PhraseConnectors.Has(w)
}

// senseCloser reports whether the later gloss g of hanzi shares a stem
// with its senses where the first does not: the first was a literal
// reading or a paraphrase (内卷 … literally "rolling to the inside"), the
// later one the word English has for it (… its English equivalent is
// "involution").
func senseCloser(first, g, hanzi string, zh *cuts) bool {
	gw, fw := strings.Fields(g), strings.Fields(first)
	return sharesSense(gw, runSenses(hanzi, zh, gw)) && !sharesSense(fw, runSenses(hanzi, zh, fw))
}

// senseOfHead returns how many of the last words of before, the words
// before a noun phrase that ends a gloss, belong to it as the head an "of"
// joins to it, 0 if none: where the head names a sense of the run too,
// the phrase is the head's complement, no gloss alone (the rule of law
// (法治), not law; the eyes of the dragon). A head that names none is
// the English sentence's own (the spirit of reform (改革)).
func senseOfHead(before []string, hanzi string, zh *cuts) int {
	n := len(before)
	if n > 0 && glossDeterminer(strings.ToLower(before[n-1])) {
		n--
	}
	if n < 2 || strings.ToLower(before[n-1]) != "of" {
		return 0
	}
	m := glossNounPhraseLen(before[:n-1])
	if head := before[n-1-m : n-1]; m == 0 || !sharesSense(head, runSenses(hanzi, zh, head)) {
		return 0
	}
	return len(before) - (n - 1 - m)
}

// setOff reports whether the words read from at close their apposition:
// a comma or a sentence's stop right after them, or the end of the line.
func setOff(rs []rune, at int, words []string) bool {
	for at < len(rs) && rs[at] == ' ' {
		at++
	}
	at += utf8.RuneCountInString(strings.Join(words, " "))
	return at >= len(rs) || strings.ContainsRune(",;.\n", rs[at])
}

// senseNamed reports whether gloss g shares a stem with the senses of
// hanzi.
func senseNamed(g, hanzi string, zh *cuts) bool {
	words := strings.FieldsFunc(g, func(r rune) bool { return !isLatinLetter(r) && r != '-' && r != '\'' })
	return sharesSense(words, runSenses(hanzi, zh, words))
}

// runHead reports whether w, lower case after a run, is a noun the run
// modifies, a word for a document, policy or idea (the 千人计划 program),
// as glossPastHead reads one.
func runHead(w string) bool {
	return !glossStartsUpper(w) && (lexicon.ThingHeads.HasNoun(w) || lexicon.TermNouns.HasNoun(w) || lexicon.AbstractHeads.HasNoun(w))
}

// maxSenseConnectors is the most connecting words in a row (of, the,
// and) that extendBySense reads past between words naming the run's
// senses.
const maxSenseConnectors = 2

// extendBySense returns the gloss g read back from the parenthesis at
// open, extended over the words printed right before it while they name
// senses of the run or of its words, connecting words between them
// (lexicon.PhraseConnectors): the phrase read back ends at a noun phrase,
// where a translation may open with a verb or a first noun the run holds
// too (protect the ecological environment (保护生态环境), read back to
// "ecological environment", is "protect the ecological environment": 保护
// "protect"; reform and opening up (改革开放)). A run's romanisation and a
// person's name, a foreign one's too (埃隆·马斯克), are glossed as
// printed, and the verb of the English sentence after a verb of being or
// having, a modal or "do" stays the sentence's (is expanding domestic
// demand (扩大内需)).
func extendBySense(rs []rune, start, open int, g, hanzi string, zh *cuts) string {
	// The gloss ends just before the parenthesis, past a quotation mark or
	// a space or two: it is looked for there, not over the whole line, so
	// a line of many runs is read once, not once a run.
	lo := max(start, open-utf8.RuneCountInString(g)-glossSlack)
	before := string(rs[lo:open])
	at := strings.LastIndex(before, g)
	if at < 0 || segment.Spells(hanzi, g) || segment.PersonName(hanzi) || strings.IndexFunc(hanzi, segment.IsNameDot) >= 0 {
		return g
	}
	i := lo + utf8.RuneCountInString(before[:at])
	stems := append(runSenses(hanzi, zh, nil), partSenses(hanzi, zh)...)
	from, k := i, i
	for gap := 0; gap <= maxSenseConnectors; {
		j := k
		for j > start && rs[j-1] == ' ' {
			j--
		}
		w := j
		for w > start && (isLatinLetter(rs[w-1]) || strings.ContainsRune("-'’", rs[w-1])) {
			w--
		}
		if w == j || j == k {
			break // no word, or none a space sets apart
		}
		word := string(rs[w:j])
		if sentenceVerb(rs, start, w) {
			break // the sentence's own verb (is expanding domestic demand)
		}
		if sharesSense([]string{word}, stems) {
			from, k, gap = w, w, 0
		} else if lexicon.PhraseConnectors.Has(strings.ToLower(word)) {
			k, gap = w, gap+1
		} else {
			break
		}
	}
	if from == i {
		return g
	}
	return string(rs[from:i]) + g
}

// glossSlack is how many marks and spaces may stand between a gloss read
// back and its parenthesis.
const glossSlack = 8

// sentenceVerb reports whether the word at w follows a verb of being or
// having, a modal or a form of "do", which makes it the verb of the
// English sentence's own verb group.
func sentenceVerb(rs []rune, start, w int) bool {
	j := w
	for j > start && rs[j-1] == ' ' {
		j--
	}
	k := j
	for k > start && isLatinLetter(rs[k-1]) {
		k--
	}
	prev := strings.ToLower(string(rs[k:j]))
	return lexicon.Be.Has(prev) || lexicon.Have.Has(prev) || glossModal(prev) && prev != "to"
}
