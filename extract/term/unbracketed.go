package term

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// This file reads glosses printed against a run without brackets, as
// transcripts, newsletters and bilingual titles print them.

// maxTitleWords is the most words of an English title printed beside its
// Chinese: the titles of documents and articles run long (Several Measures
// to Support Suzhou Industrial Park in Deepening the Comprehensive
// Experiment of Open Innovation).
const maxTitleWords = 30

// glossUnbracketed reads a gloss printed against the run r without
// brackets, and the pinyin printed there:
//   - across a slash: "leader/领袖", 领袖/leader;
//   - joined to it by ", or" or a dash: intelligentized warfare, or 智能化战争;
//   - on a line of its own with its English (glossLine);
//   - in the same quotation, a title printed in both languages:
//     “从五个维度认识把握 Understanding … from five dimensions”;
//   - its romanisation right after it: 赵立坚 Zhào Lìjiān, 权 quán;
//   - a name or a capitalised title right before it: Qu Qingshan 曲青山,
//     China Digital Times 中国数字时代, Zhào Lìjiān 赵立坚, or a quotation:
//     “core interests” 核心利益.
//
// Lower-case English against a run without brackets is running text, not
// a gloss (the slogan 共同富裕 spread).
func glossUnbracketed(rs []rune, r [2]int, hanzi string, lay layout, zh *cuts) (gloss, hint string) {
	if g, roman, ok := glossAcrossSlash(rs, r); ok {
		if g != "" && segment.Spells(hanzi, g) {
			// Its romanisation across the slash, its translation after
			// that: "内/nèi" means "inside".
			if e := glossAfterRomanisation(rs, r[1], g, hanzi); e != "" {
				return e, g
			}
		}
		return g, roman
	}
	if g := glossSameQuotation(rs, r); g != "" {
		return g, ""
	}
	if g := glossJoinedBefore(rs, r, hanzi, zh); g != "" {
		if segment.Spells(hanzi, g) && !spelledName(g, hanzi) {
			// Its pinyin joined before it, its English after it, as a
			// glossary's line prints them: gongtong fuyu – 共同富裕 –
			// common prosperity.
			if e := glossAfter(rs, r[1], hanzi); e != "" && !segment.Spells(hanzi, e) {
				return e, g
			}
		}
		return g, ""
	}
	if g := glossSentenceAfter(rs, r, hanzi, zh); g != "" {
		return g, ""
	}
	if g := glossHeadwordBelow(rs, r); g != "" {
		return g, ""
	}
	if lay.entries {
		if g := entryGloss(rs, r, zh); g != "" {
			return g, ""
		}
	}
	p := romanisationAfter(rs, r[1], hanzi)
	past := r[1] + len([]rune(p)) + min(1, len(p)) // past the romanisation printed after the run
	if g := glossPredicate(rs, r, past, hanzi); g != "" {
		return g, p // 佛系 means Buddha-like; 中 zhōng means middle.
	}
	if g := glossSenseBelow(rs, r, past, hanzi); g != "" {
		return g, p
	}
	if g := glossLine(rs, r, len([]rune(p))); g != "" {
		return g, p
	}
	if g := glossInLanguage(rs, r, past, hanzi, zh); g != "" {
		return g, p
	}
	if p != "" {
		// English set off after the romanisation glosses the run: 内卷
		// nèijuǎn, meaning involution.
		if g := glossAfter(rs, r[1]+1+len([]rune(p)), hanzi); g != "" && !segment.Spells(hanzi, g) {
			return g, p
		}
		if g := quotedAfterComma(rs, past); g != "" {
			return g, p
		}
		if g := glossTitleAbove(rs, r, past, lay.linePairs); g != "" {
			return g, p
		}
		if printedRomanisation(p) && romanisesName(rs, r, p, zh) {
			// A name's romanisation glosses it (毛宁 Máo Níng); a word's
			// pinyin only says how it sounds (权 quán).
			return p, p
		}
		hint = p
	}
	if g := glossApposed(rs, r, hanzi); g != "" {
		return g, g
	}
	if g := glossWordFor(rs, r); g != "" {
		return g, hint
	}
	if g := glossTranslationTalk(rs, r, past); g != "" {
		return g, hint
	}
	if g := glossTitleAbove(rs, r, r[1], lay.linePairs); g != "" {
		return g, hint
	}
	if lay.linesBelow {
		if g := glossLineBelow(rs, r); g != "" {
			return g, hint
		}
	}
	if lay.passages {
		if g := glossPassageBelow(rs, r); g != "" {
			return g, hint
		}
	}
	return glossAdjacentBefore(rs, r, hanzi, lay.sideBySide, zh), hint
}

// quotedAfterComma returns the quotation set off by a comma right at
// from, past a run's romanisation, which translates the run as a
// glossary's line prints it (简体字 jiǎntǐzì, "simplified characters");
// after the run alone such a quotation may be anything the sentence says
// next.
func quotedAfterComma(rs []rune, from int) string {
	if from >= len(rs) || rs[from] != ',' {
		return ""
	}
	s := strings.TrimLeft(string(rs[from+1:min(termLineEnd(rs, from), from+glossAfterScan)]), " ")
	q, ok := glossOpeningQuote(s)
	if !ok || !latin(q) || strings.Contains(q, ",") {
		return ""
	}
	// A translation is short and closes its entry or sentence; a
	// quotation the sentence runs on after (nèijuǎn, "a word everyone
	// uses now," in the briefing) is the writer's comment or speech.
	rest := strings.TrimLeft(string([]rune(s)[len([]rune(q))+2:]), " ")
	if rest != "" && !strings.ContainsAny(rest[:1], ".;!?") {
		return ""
	}
	return strings.Join(glossAfterWords(q, maxQuotedComment), " ")
}

// maxQuotedComment is the most words of a quotation after a romanisation
// and its comma taken as the run's translation.
const maxQuotedComment = 6

// glossPredicate returns the English that a sentence whose subject is the
// run says it means, printed plainly after the verb of meaning, an adverb
// in -ly before it at most, as guides to slang define a word: 佛系 means
// Buddha-like; The word 躺平 literally means lying flat. from is where the
// verb may start: past the run's closing quotation mark, its romanisation
// (中 zhōng means middle) or the parenthesis after it (佛系 (fó xì) means
// …). The run opens its sentence
// (after a quotation mark, or a determiner and a word for a term), so
// that a run inside a longer subject (being 佛系 means adopting …) gives
// none, and the English is a phrase that ends the sentence
// (glossDashToEnd), so that a clause (共同富裕 means different things to
// different people) gives none either; a quotation there is glossAfter's.
func glossPredicate(rs []rune, r [2]int, from int, hanzi string) string {
	before := strings.Fields(strings.TrimRightFunc(string(rs[locate.LineStart(rs, r[0]):r[0]]), func(c rune) bool { return c == ' ' || isQuoteMark(c) }))
	stop := func(k int) bool { return k < 0 || strings.ContainsAny(before[k][len(before[k])-1:], ".?!:") }
	n := len(before)
	termNoun := n >= 2 && stop(n-3) && glossDeterminer(strings.ToLower(before[n-2])) && lexicon.TermNouns.HasNoun(strings.ToLower(before[n-1]))
	if !stop(n-1) && !termNoun {
		return ""
	}
	s := strings.TrimLeftFunc(string(rs[from:min(len(rs), from+glossAfterScan)]), func(c rune) bool { return c == ' ' || glossClosingQuotes[c] })
	verb, rest, _ := strings.Cut(s, " ")
	adverb := ""
	if len(verb) > 4 && strings.HasSuffix(verb, "ly") {
		adverb = verb
		verb, rest, _ = strings.Cut(rest, " ")
	}
	if _, form, ok := lexicon.Lemma(verb, lexicon.MeaningVerbs.Has); !ok || form != lexicon.S {
		return ""
	}
	g := glossDashToEnd(rest, hanzi)
	// "X means Y" is as often a claim about what X brings (一带一路 means
	// debt for many poor countries) as a sense: the phrase is one when
	// the text marks an entry (its romanisation between the run and the
	// verb, a word for a term before the run, "literally") or when it is
	// shaped as a sense. A quotation mark around the run is no such sign:
	// articles quote slogans they argue about.
	romanised := strings.TrimFunc(string(rs[r[1]:from]), func(c rune) bool { return c == ' ' || isQuoteMark(c) }) != ""
	if termNoun || romanised || lexicon.TranslationLeadIns.Has(adverb) || senseShaped(g) {
		return g
	}
	return ""
}

// maxSenseWords is the most words of a sense that "X means" gives with
// no other sign of a glossary entry.
const maxSenseWords = 4

// senseShaped reports whether the phrase g reads as a sense: a few words
// with no determiner or preposition, which make it a claim about
// something ("debt for many poor countries") rather than a word's sense
// ("letting things rot", "Buddha-like").
func senseShaped(g string) bool {
	words := strings.Fields(g)
	return len(words) <= maxSenseWords && !slices.ContainsFunc(words, func(w string) bool {
		w = strings.ToLower(w)
		return glossDeterminer(w) || lexicon.Prepositions.Has(w)
	})
}

// maxExampleLabel is the most words of the label an example sentence may
// follow on its line (Example:, E.g.).
const maxExampleLabel = 2

// glossSentenceAfter returns the English sentence printed after a run that
// is a Chinese sentence of its own, as phrasebooks and guides to slang
// print an example and its translation: the run opens its line (after a
// list item's mark, or a label such as Example:) and ends with a stop of
// its own, its romanisation perhaps in a parenthesis after that, then one
// English sentence on the rest of the line (我们都是打工人。(Wǒmen dōu shì
// dǎgōngrén.) We are all workers.) or alone on the next line, a blank line
// between at most, and another after it unless a colon introduced the run
// and the line reads as its translation. A Chinese sentence inside running
// English, or quoted, is the article's quotation, and an English paragraph
// after it the article's own words. After a headword (a run whose stop is
// the writer's, sentenceClose) a sentence opened by a pronoun is about
// the word: the English its verb of meaning introduces glosses it (内卷?
// It means involution, …), else nothing does. "" where there is none.
func glossSentenceAfter(rs []rune, r [2]int, hanzi string, zh *cuts) string {
	if r[1] >= len(rs) || !strings.ContainsRune(chineseStops, rs[r[1]]) || r[0] > 0 && isQuoteMark(rs[r[0]-1]) {
		return ""
	}
	label := strings.Fields(string(rs[locate.LineStart(rs, r[0]):r[0]]))
	if n := len(label); n > maxExampleLabel || n > 0 && !listItemOpener(label[0]) && !strings.HasSuffix(label[n-1], ":") && !strings.HasSuffix(label[n-1], "：") && !strings.HasSuffix(label[n-1], ".") {
		return ""
	}
	i := r[1] + 1
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	if i < len(rs) && isTermParenOpen(rs[i]) {
		// Its romanisation in a parenthesis: (Wǒmen dōu shì dǎgōngrén.)
		c, ok := termParenClose(rs, i)
		if !ok || !segment.Spells(hanzi, strings.Trim(string(rs[i+1:c]), " .?!。")) {
			return ""
		}
		i = c + 1
	}
	end := termLineEnd(rs, i)
	if strings.TrimSpace(string(rs[i:end])) == "" {
		// The next line, after a blank one at most, holding nothing else.
		i = end + 1
		if i < len(rs) && rs[i] == '\n' {
			i++
		}
		// A paragraph right after it may go on where a colon ending the
		// line above introduced the run as a quotation and the line under
		// it reads as its translation (TASS asked:⏎您如何看待中俄关系?⏎
		// How do you view …?⏎And was told: …); else the line under it is
		// the article's own words, a translation standing above the run
		// (…Communist Party of China!⏎伟大、光荣、正确的中国共产党万岁!⏎
		// Reinforces …; The banner read:⏎…万岁！⏎The crowd chanted ….).
		if end = termLineEnd(rs, i); end < len(rs) && termLineEnd(rs, end+1) > end+1 &&
			!(introducedByColon(rs, r[0]) && readsAsTranslation(strings.TrimSpace(string(rs[i:end])), rs[r[1]])) {
			return ""
		}
	}
	if i >= len(rs) {
		return ""
	}
	if first, _, _ := strings.Cut(string(rs[i:end]), " "); sentenceClose(rs, r, zh) == r[1] && lexicon.Pronouns.Has(strings.ToLower(first)) {
		// A headword, the stop after it the writer's, and a sentence
		// about it: one telling its sense (内卷? It means involution, the
		// race nobody wins.) glosses it with the English its verb of
		// meaning introduces, as after "which means"; the sentence whole
		// explains, and translates nothing.
		if glossTranslationClause(string(rs[i:end])) > 0 {
			return glossAfter(rs, i, hanzi)
		}
		return ""
	}
	return exampleTranslation(strings.TrimSpace(string(rs[i:end])), hanzi)
}

// introducedByColon reports whether the line above the one that opens at
// or before start ends with a colon: a speaker's or a list's
// introduction (Xinhua asked:).
func introducedByColon(rs []rune, start int) bool {
	line := locate.LineStart(rs, start)
	if line < 1 {
		return false
	}
	above := strings.TrimRight(string(rs[locate.LineStart(rs, line-1):line-1]), " ")
	return strings.HasSuffix(above, ":") || strings.HasSuffix(above, "：")
}

// readsAsTranslation reports whether line, printed under a Chinese
// sentence that stop closes, reads as its translation rather than as the
// article going on: quoted, or a question under a question (How do you
// view …?) or an exclamation under an exclamation.
func readsAsTranslation(line string, stop rune) bool {
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	switch {
	case isQuoteMark(first):
		return true
	case stop == '?' || stop == '？':
		return last == '?'
	case stop == '!' || stop == '！':
		return last == '!'
	}
	return false
}

// glossSenseBelow returns the sense printed under a headword and its
// romanisation, as glossaries of slang and guides to idioms print an
// entry: the run holds its line (after a list item's mark at most), its
// romanisation on the rest of it, ending at from (巨型光棍节(jù xíng guāng
// gùn jié)), or, from at the run's end, alone on the line under it (画蛇添足⏎
// Huà shé tiān zú); then, a blank line between at most, a line of English
// that is no sentence: a phrase, capitalised or not (Super Singles Day,
// microblog job seeking), or a quotation whole, its stop inside it (“To
// draw a snake and add feet.”), as long as a quotation glossing the run
// would be, that no lower-case line wraps on from. The romanisation is
// what makes the line under it the entry's sense rather than a heading
// of the article's. "" where there is none.
func glossSenseBelow(rs []rune, r [2]int, from int, hanzi string) string {
	start := locate.LineStart(rs, r[0])
	if before := strings.TrimSpace(string(rs[start:r[0]])); before != "" && !listItemOpener(before) {
		return ""
	}
	next := func(end int) int { // the line after the one ending at end, past one blank line
		i := end + 1
		if i < len(rs) && rs[i] == '\n' {
			i++
		}
		return i
	}
	end := termLineEnd(rs, from)
	if !locate.Blank(rs[from:end]) || end >= len(rs) {
		return ""
	}
	i := next(end)
	if from == r[1] {
		// The romanisation alone on the line under the run.
		end = termLineEnd(rs, i)
		if roman := strings.TrimSpace(string(rs[i:end])); roman == "" || !segment.Spells(hanzi, roman) {
			return ""
		}
		i = next(end)
	}
	if i >= len(rs) {
		return ""
	}
	end = termLineEnd(rs, i)
	line := strings.TrimSpace(string(rs[i:end]))
	if line == "" {
		return "" // blank lines under the run: no sense below it
	}
	if end+1 < len(rs) && unicode.IsLower(rs[end+1]) {
		return "" // a paragraph's first line, wrapped
	}
	if q, open, ok := glossQuoted([]rune(line), 0, len([]rune(line))); ok && open == 0 {
		line = strings.TrimRight(q, ".!?,")
	} else if strings.ContainsAny(line, ".?!:;") {
		return "" // a sentence, or a label
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > quotedGlossLimit(hanzi) || !latin(line) || segment.HasHan(line) || segment.Spells(hanzi, line) ||
		strings.ContainsFunc(line, unicode.IsDigit) || glossLeadIn(line, lexicon.BylineOpeners) > 0 {
		return "" // nor a date line or a by-line under a heading
	}
	return line
}

// glossHeadwordBelow returns the English printed on the line under a run
// that fills a line of its own, as dictionaries and guides to slang print a
// headword over its sense (内卷, then roll inward), a blank line between at
// most: a phrase of two words or more up to a noun phrase's length, in
// lower case and without a mark, which no heading, sentence or label is,
// nor a clause's start (a function word first) or a wrapped line of a
// paragraph (the line under it going on in lower case).
func glossHeadwordBelow(rs []rune, r [2]int) string {
	end := termLineEnd(rs, r[1])
	if !locate.Blank(rs[locate.LineStart(rs, r[0]):r[0]]) || !locate.Blank(rs[r[1]:end]) || end+1 >= len(rs) {
		return ""
	}
	i := end + 1
	if rs[i] == '\n' {
		i++
	}
	lineEnd := termLineEnd(rs, i)
	below := strings.TrimSpace(string(rs[i:lineEnd]))
	words := strings.Fields(below)
	if len(words) < 2 || len(words) > maxGlossNounPhrase || !latin(below) || glossStartsUpper(below) ||
		strings.ContainsFunc(below, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' }) ||
		lexicon.Conjunctions.Has(words[0]) || lexicon.Prepositions.Has(words[0]) || lexicon.Determiners.Has(words[0]) {
		return ""
	}
	if next := lineEnd + 1; next < len(rs) && unicode.IsLower(rs[next]) {
		return ""
	}
	return below
}

// exampleTranslation returns s if it is one English sentence as long as a
// translation of hanzi may be: opening with a capital or a quotation mark,
// ending with a stop and holding no other.
func exampleTranslation(s, hanzi string) string {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > quotedGlossLimit(hanzi) || !latin(s) || segment.HasHan(s) {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(s)
	body := strings.TrimRight(s, ".?!\"”’'")
	if body == s || strings.ContainsAny(body, ".?!") || !unicode.IsUpper(first) && !isQuoteMark(first) {
		return ""
	}
	return s
}

// glossWordFor returns the English a sentence names the run the word for,
// right before it or in apposition to it: The Chinese word for “struggle”
// is 斗争, the term for involution in Mandarin is 内卷, the Chinese word for
// harmony, 和谐, (the language's label is no part of the gloss). "" where
// the words before the run are otherwise.
func glossWordFor(rs []rune, r [2]int) string {
	before := strings.TrimRight(string(rs[locate.LineStart(rs, r[0]):r[0]]), " ")
	head, ok := strings.CutSuffix(before, " is")
	if !ok {
		if head, ok = strings.CutSuffix(before, " was"); !ok {
			if head, ok = strings.CutSuffix(before, ","); !ok {
				return ""
			}
		}
	}
	at := strings.LastIndex(head, " for ")
	if at < 0 {
		return ""
	}
	lead := strings.Fields(head[:at])
	g := trimGloss(head[at+len(" for "):])
	if i := strings.LastIndex(g, " in "); i > 0 && lexicon.LanguageLabels.Has(strings.ToLower(g[i+len(" in "):])) {
		g = trimGloss(g[:i])
	}
	// Only "the word for X" gives a meaning: "a slogan for 2021" or "a
	// phrase for their bosses" names what the term is about or for. A
	// pronoun names nothing the run could be glossed by: the word for it
	// is 内卷, the term for this.
	words := strings.Fields(g)
	if len(lead) == 0 || !lexicon.MeaningNouns.HasNoun(lead[len(lead)-1]) || !definiteNoun(lead[:len(lead)-1]) ||
		len(words) == 0 || len(words) > maxGlossNounPhrase || !latin(g) || strings.ContainsAny(g, ",;:'’0123456789") ||
		glossPronoun(strings.ToLower(words[0])) || glossDeterminer(strings.ToLower(words[0])) {
		return ""
	}
	return g
}

// definiteNoun reports whether the words before a noun give it "the" a
// word or two before it (the word, the Chinese word, the two characters)
// and no other determiner nearer (a word, their word).
func definiteNoun(words []string) bool {
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.ToLower(words[k])
		if w == "the" {
			return true
		}
		if glossDeterminer(w) {
			return false
		}
	}
	return false
}

// glossLanguageScan bounds the text read after a run for its language's
// label: " in Chinese," and the start of what follows.
const glossLanguageScan = 24

// glossInLanguage returns the English that a run labelled with its
// language names, set off by commas or the complement of "is": the noun
// phrase before the comma (cognitive warfare, 认知战 in Chinese, targets
// …; the agency, 网信办 in Mandarin,) or the subject (Harmony is 和谐 in
// Mandarin; the idea of non-self is 无我 wú wǒ in Chinese). from is where
// the label may start: past the run, or past its romanisation. "" where no
// such label follows the run.
func glossInLanguage(rs []rune, r [2]int, from int, hanzi string, zh *cuts) string {
	end := r[0]
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	if end == 0 {
		return ""
	}
	subject := false
	if rs[end-1] == ',' {
		end--
	} else {
		subject = true
		verb := end
		for verb > 0 && unicode.IsLetter(rs[verb-1]) {
			verb--
		}
		if verb == 0 || rs[verb-1] != ' ' || !lexicon.Be.Has(strings.ToLower(string(rs[verb:end]))) {
			return ""
		}
		end = verb - 1
	}
	after := strings.Fields(string(rs[from:min(termLineEnd(rs, from), from+glossLanguageScan)]))
	if len(after) < 2 || strings.ToLower(after[0]) != "in" {
		return ""
	}
	label := strings.ToLower(after[1])
	if end := strings.TrimRight(label, ",.;"); end == label || !lexicon.LanguageLabels.Has(end) {
		return "" // no label, or one that goes on: in Chinese media
	}
	start := locate.LineStart(rs, end)
	if end > start && glossClosesQuote(rs[end-1]) {
		// A quoted subject: the idea of “non-self” is 无我 in Chinese.
		if q, _, ok := glossQuoted(rs, start, end); ok {
			return trimGloss(q)
		}
	}
	words := glossClauseWords(rs[start:end])
	if subject {
		words = bareSubject(words)
	}
	return wordsGloss(words, hanzi, zh)
}

// bareSubject returns the words of the subject of "is" before a run
// labelled with its language that name the run's sense: a bare phrase of
// three words at most (Loyalty is 忠诚 in Chinese), or the phrase that "the
// word for" or "the idea of" opens (the idea of non-self is 无我). A
// subject that a determiner, a possessive, a pronoun or a question word
// opens names a role, not a sense (the key concept here, their main
// worry, what the party wants most is 团结 in Chinese): nil.
func bareSubject(words []string) []string {
	for k := len(words) - 1; k >= 0; k-- {
		if words[k] == "," {
			words = words[k+1:]
			break
		}
	}
	if len(words) > 3 && lexicon.Articles.Has(strings.ToLower(words[0])) && lexicon.TermNouns.HasNoun(strings.ToLower(words[1])) && (words[2] == "of" || words[2] == "for") {
		words = words[3:]
	}
	if len(words) == 0 || len(words) > 3 {
		return nil
	}
	first := strings.ToLower(words[0])
	if glossDeterminer(first) || glossPronoun(first) {
		return nil
	}
	return words
}

// maxEntryHeading is the most words of a heading in sentence case read as
// the English of the entry under it.
const maxEntryHeading = 4

// glossTitleAbove reads the English title printed on the line above a run
// that fills a line of its own, as translations print a document's title
// over its Chinese original (Seize the Opportunity to Plan China's National
// Security Strategy for the New Era, then 抓紧运筹新时期中国国家安全战略). The
// line above must be a title of two words or more in title case holding no
// sentence's punctuation (but a closing qualifier: Anti-Food Waste Law
// (Draft)), with at most one blank line between: a heading
// over a Chinese quotation in the running text is not its translation
// unless it reads as a title. In an article that prints lines of English
// over lines of Chinese (printsLinePairs), the line above is the run's
// translation in any case, a stop perhaps closing it (Without the
// Communist Party, there would be no China, then 没有共产党,就没有中国).
func glossTitleAbove(rs []rune, r [2]int, from int, pairs bool) string {
	start, end := locate.LineStart(rs, r[0]), termLineEnd(rs, from)
	if strings.TrimSpace(string(rs[start:r[0]])) != "" || strings.Trim(string(rs[from:end]), " -–—"+chineseStops) != "" {
		return ""
	}
	above := start - 1 // the newline ending the line above
	for k := 0; k < 2 && above > 0 && rs[above-1] == '\n'; k++ {
		above--
	}
	if above <= 0 {
		return ""
	}
	title := strings.TrimSpace(string(rs[locate.LineStart(rs, above):above]))
	// A qualifier in a parenthesis closing the title is part of it:
	// Hainan Free Trade Port Law (Draft).
	head := title
	if i := strings.LastIndexByte(title, '('); i > 0 && strings.HasSuffix(title, ")") && !strings.ContainsAny(title[i+1:len(title)-1], "()") {
		head = strings.TrimSpace(title[:i])
	}
	if pairs {
		head = strings.TrimRight(head, ".?!")
	}
	// A run's romanisation after it on its line makes the line a
	// glossary's entry, and the heading over it its English in any case
	// (Garbage sorting, then 垃圾分类 lājī fēnlèi).
	// Only a short heading that no article, determiner or question word
	// opens reads as an entry's English, not a section's heading over it
	// (The origins of the campaign, then 共同富裕 gòngtóng fùyù).
	words := strings.Fields(head)
	entry := from > r[1] && len(words) >= 1 && len(words) <= maxEntryHeading && !glossDeterminer(strings.ToLower(words[0])) && !lexicon.Relatives.Has(strings.ToLower(words[0]))
	if len(words) < 2 || len(words) > maxTitleWords || !latin(title) || strings.ContainsAny(head, sentenceMarks) || !glossTitleCase(words) && !((pairs || entry) && glossStartsUpper(head)) || listHeading(words) {
		return ""
	}
	return title
}

// glossTranslationTalk returns the English that a sentence about how the
// run is translated gives it: the complement of a translating verb before
// the run, after "as" (outlets translate 内卷 as involution); the subject of
// "is" before a word for a translation and "of" (“Involution” is the usual
// translation of 内卷; Involution, a translation of 内卷,), or the
// complement of "is" after the run (the standard rendering of 韬光养晦 is
// “hide …”); or the quotation that a translating verb's infinitive follows
// (“Sinicization” has long been used to translate 汉化). from is where the
// words after the run start: past its romanisation or parenthesis.
func glossTranslationTalk(rs []rune, r [2]int, from int) string {
	// The word before the run first, so that only a translating verb or
	// "of" there has the line split into words.
	end := r[0]
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	w := end
	for w > 0 && unicode.IsLetter(rs[w-1]) {
		w--
	}
	if word := strings.ToLower(string(rs[w:end])); word != "of" {
		if _, _, ok := lexicon.Lemma(word, lexicon.TranslationVerbs.Has); !ok {
			return ""
		}
	}
	start := locate.LineStart(rs, r[0])
	before := strings.Fields(string(rs[start:r[0]]))
	n := len(before)
	if n < 2 {
		return ""
	}
	after := strings.TrimLeft(string(rs[from:min(termLineEnd(rs, from), from+glossAfterScan)]), " ")
	last := strings.ToLower(before[n-1])
	_, _, translating := lexicon.Lemma(last, lexicon.TranslationVerbs.Has)
	switch {
	case translating && before[n-2] == "to":
		// The quotation before the verb's infinitive, in the same sentence.
		hr := []rune(string(rs[start:r[0]]))
		for k := len(hr) - 1; k > 0; k-- {
			if strings.ContainsRune(".?!", hr[k]) {
				break
			}
			if hr[k] == '”' || hr[k] == '"' {
				if q, _, ok := glossQuoted(hr, 0, k+1); ok {
					return trimGloss(q)
				}
				break
			}
		}
	case translating:
		if rest, ok := strings.CutPrefix(after, "as "); ok {
			return asComplement(rest)
		}
	case last == "of" && lexicon.TranslationNouns.HasNoun(strings.ToLower(before[n-2])):
		if rest, ok := strings.CutPrefix(after, "is "); ok {
			// Only a quotation: an adjective there judges the
			// translation (the translation of 内卷 is contested).
			if q, ok := glossOpeningQuote(rest); ok {
				return strings.Join(glossAfterWords(q, maxQuotedGloss), " ")
			}
			return ""
		}
		// The subject: the words before "is" or the comma before the
		// translation's phrase (its article and adjectives).
		for k := n - 3; k >= 0 && k >= n-6; k-- {
			w := strings.ToLower(before[k])
			if w == "is" || w == "was" {
				return subjectGloss(before[:k])
			}
			if strings.HasSuffix(w, ",") {
				return subjectGloss(append(before[:k:k], strings.TrimSuffix(before[k], ",")))
			}
		}
	}
	return ""
}

// maxBareGloss is the most words of an unquoted translation that a
// sentence about translating gives after "as".
const maxBareGloss = 3

// asComplement returns the English after "translate RUN as": a quotation
// whole, or a bare phrase of a few words that ends the clause (as
// involution.); "as part of a project", "as needed" and "as best they
// can" say how, not what.
func asComplement(s string) string {
	if q, ok := glossOpeningQuote(s); ok {
		return strings.Join(glossAfterWords(q, maxQuotedGloss), " ")
	}
	i := strings.IndexAny(s, ",;.?!")
	if i < 0 {
		return ""
	}
	words := strings.Fields(s[:i])
	if len(words) == 0 || len(words) > maxBareGloss || lexicon.AsIdioms.Has(strings.ToLower(words[0])) || bareSubject(words) == nil {
		return ""
	}
	return strings.Join(words, " ")
}

// subjectGloss returns the English a subject's words name: a quotation
// closing them whole, or the bare phrase of their last clause.
func subjectGloss(words []string) string {
	rs := []rune(strings.Join(words, " "))
	if len(rs) == 0 {
		return "" // no words, or a lone comma's empty one
	}
	if glossClosesQuote(rs[len(rs)-1]) {
		if q, _, ok := glossQuoted(rs, 0, len(rs)); ok {
			return trimGloss(q)
		}
	}
	// As the subject of "is" before a run in its language (bareSubject):
	// Its meaning, a rough equivalent of 关系, names a role.
	words = bareSubject(glossClauseWords(rs))
	if g := glossNounPhrase(words); len(words) > 0 && !glossPronoun(strings.ToLower(g)) {
		return g
	}
	return ""
}

// maxLineBelowWords is the most words of a translation on the line under
// a run: a saying's or a slogan's, not a paragraph's.
const maxLineBelowWords = 15

// glossLineBelow returns the English on the line under a run that fills
// a line of its own, the two lines a block with a blank line or the text's
// edge either side (绿水青山就是金山银山, then Clear waters and green
// mountains are as valuable as gold and silver.): an English line of two
// words or more opening with a capital or a quotation mark, its stop
// kept as printed. "" where the run's lines are otherwise.
func glossLineBelow(rs []rune, r [2]int) string {
	start, end := locate.LineStart(rs, r[0]), termLineEnd(rs, r[1])
	if strings.TrimSpace(string(rs[start:r[0]])) != "" || strings.Trim(string(rs[r[1]:end]), " "+chineseStops) != "" ||
		end+1 >= len(rs) || start >= 2 && !locate.Blank(rs[locate.LineStart(rs, start-1):start-1]) {
		return ""
	}
	below := termLineEnd(rs, end+1)
	if below < len(rs) && !locate.Blank(rs[below+1:termLineEnd(rs, below+1)]) {
		return "" // the first line of a paragraph
	}
	line := strings.TrimSpace(string(rs[end+1 : below]))
	first, _ := utf8.DecodeRuneInString(line)
	n := len(strings.Fields(line))
	if n < 2 || n > maxLineBelowWords || !latin(line) || segment.HasHan(line) || !unicode.IsUpper(first) && !isQuoteMark(first) {
		return ""
	}
	// One sentence with no figures and no colon: a paragraph printed on
	// one line under a Chinese sub-head holds more, and a source's line
	// under a title its place, publisher and year (Beijing: …, 2014.).
	if body := strings.TrimRight(line, ".?!\"”’'"); strings.ContainsAny(body, ".?!:;0123456789") {
		return ""
	}
	if q, ok := glossOpeningQuote(line); ok && len(q)+2*utf8.RuneLen(first) >= len(line) {
		return q // a quotation whole, without its marks
	}
	return line
}

// glossApposed returns the romanisation that a run set off by commas
// stands in apposition to: the name or the pinyin right before the comma
// before it, which spells it (Zhao Lijian, 赵立坚, said; gòngtóng fùyù,
// 共同富裕, returned); "" if there is none. English that does not spell the
// run is a description, not its gloss (the slogan, 共同富裕, spread).
func glossApposed(rs []rune, r [2]int, hanzi string) string {
	end := r[0]
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	if end == 0 || rs[end-1] != ',' || r[1] >= len(rs) || rs[r[1]] != ',' {
		return ""
	}
	end--
	start := locate.LineStart(rs, end)
	if p, _ := romanisationBefore(rs, start, end, hanzi); printedRomanisation(p) {
		return p // toned: plain pinyin (gongtong fuyu) only confirms the words
	}
	words := glossClauseWords(rs[start:end])
	for k := 1; k <= maxGlossNameWords && k <= len(words); k++ {
		name := words[len(words)-k:]
		if glossTitleCase(name) && segment.Spells(hanzi, strings.Join(name, " ")) {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// minHeadlineRun is the fewest characters of a run that is a headline,
// printed with its English on the rest of its line.
const minHeadlineRun = 6

// glossLine reads a line that is nothing but the run and its English, as
// glossaries, lists of terms and newsletters of headlines print them: the
// English before the run (Five development concepts 五大发展理念, pinyin
// perhaps after it: anti-splittism 反分裂主义 fan fenlie zhuyi), or a
// headline's English after it (习近平在…发表重要讲话 Xi delivers important
// speech at …). roman is the length of the pinyin printed right after the
// run. The English before must be a noun phrase or a title, opening with a
// capital unless the pinyin after the run shows the line is a glossary's,
// and no English may hold sentence punctuation: a sentence that ends with a
// run is running text.
func glossLine(rs []rune, r [2]int, roman int) string {
	start, end := locate.LineStart(rs, r[0]), termLineEnd(rs, r[1])
	before := strings.TrimSpace(string(rs[start:r[0]]))
	if mark, rest, ok := strings.Cut(before, " "); ok && listItemOpener(mark) {
		// A list item's mark or number is no part of its English: 1.
		// Chinese dream 中国梦 (zhōngguó mèng).
		before = strings.TrimSpace(rest)
	}
	// A Chinese sentence's stop is no part of the English after it: 不忘
	// 初心，方得始终。 Never forget why you started, ….
	after := strings.TrimSpace(strings.TrimLeft(string(rs[r[1]:end]), chineseStops))
	hanzi := string(rs[r[0]:r[1]])
	if roman > 0 {
		// A glossary's definition may follow its pinyin.
		after = string(rs[r[1]+1+roman : end])
		if strings.HasPrefix(after, ". ") || after == "." {
			after = ""
		}
	}
	// sentence are the marks no English of the line may hold.
	line := func(s, sentence string) string {
		words := strings.Fields(s)
		if len(words) == 0 || len(words) > maxTitleWords || segment.HasHan(s) || !latin(s) ||
			strings.ContainsAny(s, sentence) || languageNames(words) {
			return ""
		}
		return trimGloss(s)
	}
	if roman > 0 {
		// A glossary's entry: the run, its pinyin, its senses (版图 bǎntú
		// territory; jurisdiction).
		if g := glossEntryAfter(rs, r, r[1]+1+roman); g != "" {
			return g
		}
	}
	words := strings.Fields(before)
	phrase := len(words) <= maxGlossNounPhrase && glossNounPhraseLen(words) == len(words)
	// The run's romanisation may open a glossary's line, capitalised as its
	// first word (Bǎilàn 摆烂: letting things rot); a name so printed,
	// every word capitalised, is the run's (Máo Níng 毛宁: a transcript's
	// turn).
	romanised := before != "" && segment.Spells(hanzi, before) && !nameCased(before)
	if roman == 0 && (before == "" || listItemOpener(before) || romanised) {
		// A glossary's entry, a list item of the run and its English
		// (- 春蛙秋蟬 media chatter), which may be any phrase, or a line
		// opened by the run, or its romanisation, and a mark between it and
		// its English (依法治国 — rule the country by law; 稳中求进: seeking
		// progress).
		if rest, sep := cutEntryMark(after, hanzi); sep || before != "" && !romanised {
			if g := glossEntry(rest, hanzi); g != "" {
				return g
			}
		}
	}
	switch {
	case after == "" && before != "" && roman > 0 && phrase:
		// English and pinyin either side: a noun phrase, whole.
		return line(before, sentenceMarks)
	case after == "" && len(words) > 1 && glossStartsUpper(before) && (glossTitleCase(words) || (phrase || roman == 0) && headingGloss(words, hanzi)):
		if namedOwner(words[0]) {
			// The owner a title opens with is not the run's, as before a
			// parenthesis: Xi's Instructions and Written Comments 指示批示.
			words = glossDropOwner(words, hanzi)
		}
		return line(strings.Join(words, " "), sentenceMarks)
	case r[1]-r[0] >= minHeadlineRun && roman == 0 && glossStartsUpper(after) && len(strings.Fields(after)) > 1 &&
		(before == "" || strings.ContainsAny(before[len(before)-1:], "-–—:") || !latin(before)):
		// A headline, perhaps after its source (Xinhua - 习近平…) or the
		// bodies that issue it (中共中央 国务院 中央军委印发《…》), its
		// translator's additions in square brackets, and its date in a
		// parenthesis after it: … Up and Down [Depending on Merit]
		// (September 19).
		return line(glossDropDate(after), ".?!;:()")
	}
	return ""
}

// namedOwner reports whether w is the possessive of a name: a Chinese
// surname's (Xi's, Li's) or one the gazetteer knows (China's), where a
// common noun's belongs to a heading (Life's button, Men's health), though
// it may spell a pinyin syllable.
func namedOwner(w string) bool {
	owner, ok := glossPossessive(w)
	if !ok {
		return false
	}
	return knownName(owner) || lexicon.Surnames.Has(owner)
}

// entryMarks are the marks a glossary prints between an entry and its
// English.
const entryMarks = "-–—:=："

// cutEntryMark returns what follows the mark between a glossary's entry
// and its English, and whether there was one. A colon after a person's
// name labels a speaker's turn (毛宁: We have noted …), not an entry.
func cutEntryMark(after, hanzi string) (string, bool) {
	rest := strings.TrimLeft(after, " "+entryMarks)
	cut := strings.TrimSpace(after[:len(after)-len(rest)])
	if cut == "" || strings.ContainsAny(cut, ":：") && segment.PersonName(hanzi) {
		return after, false
	}
	return rest, true
}

// headingGloss reports whether words, the English on a line that the run
// ends, are a heading's translation in any form, as a glossary's headings
// print each term (Jump into the sea 下海): no longer than a quotation
// glossing the run would be, with no verb of being, saying or naming, nor a
// word for a term, that would make the line a sentence about the run
// (Xi stressed 共同富裕, The slogan 共同富裕).
func headingGloss(words []string, hanzi string) bool {
	if len(words) > quotedGlossLimit(hanzi) {
		return false
	}
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",'\"“”‘’"))
		if _, _, ok := lexicon.Lemma(w, lexicon.ReportingVerbs.Has); ok || lexicon.Be.Has(w) ||
			lexicon.NamingVerbs.Has(w) || lexicon.TermNouns.HasNoun(w) {
			return false
		}
	}
	return true
}

// listItemOpener reports whether s, what stands on a line before a run, is
// the mark or number of a list item: "-", "•", "3.", "(b)".
func listItemOpener(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 4 {
		return false
	}
	return !strings.ContainsFunc(s, unicode.IsLetter) || len(s) <= 3 && strings.ContainsAny(s, ".)")
}

// glossEntryAfter returns the first sense of a glossary's entry, the
// English from position from to the first semicolon or the line's end,
// when the run r opens its line (after a list item's mark, if any) and
// what lies between is its pinyin: 版图 [bǎn tú] sovereign jurisdiction;
// territory gives sovereign jurisdiction.
func glossEntryAfter(rs []rune, r [2]int, from int) string {
	before := string(rs[locate.LineStart(rs, r[0]):r[0]])
	if from >= len(rs) || strings.TrimSpace(before) != "" && !listItemOpener(before) {
		return ""
	}
	sense, _, _ := strings.Cut(string(rs[from:termLineEnd(rs, from)]), ";")
	return glossEntry(strings.TrimLeft(sense, " :-–—"), string(rs[r[0]:r[1]]))
}

// glossEntry returns the English after a run that opens a glossary's
// entry: a phrase no longer than a quotation glossing the run would be,
// with no mark of a sentence but a parenthesis (fight with back against the
// wall (of water)), and no finite verb opening it, which would make the run
// its subject (共同富裕 is a goal); symbols after the words are not the
// gloss's (infinite pursuits ∞).
func glossEntry(after, hanzi string) string {
	// A lead-in of a translation opens the English, no part of it: 河蟹
	// (hé xiè) — Meaning 'river crab'.
	if n := glossLeadIn(strings.TrimLeft(after, " "), lexicon.TranslationLeadIns); n > 0 {
		after = trimGloss(strings.TrimLeft(after, " ")[n:])
	}
	// A date in a parenthesis after the English is the entry's, not its
	// gloss's: a digest's list of documents (… Based on Quality
	// (2023-02-06)).
	words := strings.Fields(glossDropDate(after))
	for len(words) > 0 && !strings.ContainsFunc(words[len(words)-1], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || len(words) > quotedGlossLimit(hanzi) {
		return ""
	}
	g := strings.Join(words, " ")
	first := strings.ToLower(words[0])
	if !latin(g) || segment.HasHan(g) || strings.ContainsAny(g, ".?!;:[]\"“”") || first != "be" && lexicon.Be.Has(first) ||
		lexicon.Have.Has(first) || lexicon.Modals.Has(first) || lexicon.Do.Has(first) || glossStartsUpper(words[0]) && len(words) == 1 {
		return ""
	}
	if _, form, ok := lexicon.Lemma(first, lexicon.ReportingVerbs.Has); ok && form != lexicon.Base {
		return ""
	}
	return g
}

// sentenceMarks are the marks that make English a sentence, not a title or
// a noun phrase printed with a run on its line.
const sentenceMarks = ".?!;:()[]"

// glossDropDate drops a parenthesis holding a date (September 19) from the
// end of s.
func glossDropDate(s string) string {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ")") {
		return s
	}
	open := strings.LastIndex(s, "(")
	if open < 0 || !glossDateLike(s[open+1:len(s)-1]) {
		return s
	}
	return strings.TrimRight(s[:open], " ")
}

// glossJoinedBefore returns the English that ", or" or a dash joins to the
// run as another name for it: intelligentized warfare, or 智能化战争;
// intelligentized warfare—智能化战争—.
func glossJoinedBefore(rs []rune, r [2]int, hanzi string, zh *cuts) string {
	start := locate.LineStart(rs, r[0])
	before := strings.TrimRight(string(rs[start:r[0]]), " ")
	// ", or", the comma perhaps inside the quotation before it.
	cut, ok := strings.CutSuffix(before, " or")
	if c := strings.TrimRight(cut, " "); ok && !strings.HasSuffix(c, ",") && !strings.HasSuffix(c, ",”") && !strings.HasSuffix(c, ",\"") {
		ok = false
	}
	if !ok && dashBefore(rs, r[0]) {
		cut, ok = strings.TrimRight(strings.TrimRight(before, "—–"), " "), true
	}
	if !ok && strings.HasSuffix(before, ":") && runEndsSentence(rs, r[1]) && !glossLabel(strings.TrimSuffix(before, ":")) {
		// A colon, the run ending the line or sentence: Common prosperity:
		// 共同富裕.
		cut, ok = strings.TrimSuffix(before, ":"), true
	}
	if !ok {
		return ""
	}
	cut = strings.TrimRight(cut, ", ")
	if end := len([]rune(cut)); end > 0 && glossClosingQuotes[[]rune(cut)[end-1]] {
		// A quotation: “new quality productive forces,” or 新质生产力.
		if q, _, ok := glossQuoted([]rune(cut), 0, end); ok && latin(q) && !segment.HasHan(q) {
			return trimGloss(q)
		}
		return ""
	}
	words := glossClauseWords([]rune(cut))
	for len(words) > 0 && words[len(words)-1] == "," {
		words = words[:len(words)-1]
	}
	if g := wordsGloss(words, hanzi, zh); latin(g) {
		return g
	}
	return ""
}

// dashBefore reports whether a dash, perhaps a space apart, stands right
// before position i.
func dashBefore(rs []rune, i int) bool {
	if i > 0 && rs[i-1] == ' ' {
		i--
	}
	return i > 0 && strings.ContainsRune("—–", rs[i-1])
}

// dashAfter reports whether a dash, perhaps a space apart, stands right
// after position i.
func dashAfter(rs []rune, i int) bool {
	if i < len(rs) && rs[i] == ' ' {
		i++
	}
	return i < len(rs) && strings.ContainsRune("—–", rs[i])
}

// runEndsSentence reports whether the line or the sentence ends at
// position i, past a full stop and any closing quotation marks.
func runEndsSentence(rs []rune, i int) bool {
	for i < len(rs) && glossClosingQuotes[rs[i]] {
		i++
	}
	if i < len(rs) && strings.ContainsRune(".?!", rs[i]) {
		i++
	}
	return i == len(rs) || rs[i] == '\n' || rs[i] == ' ' && i > 0 && strings.ContainsRune(".?!", rs[i-1])
}

// printedRomanisation reports whether pinyin printed beside a run stands as
// its gloss when no English does: a name (Qin Gang) or pinyin with its tone
// marks (quán), which is printed for the reader. Plain lower-case pinyin
// (wangluo zhuquan) only confirms the segmentation.
func printedRomanisation(p string) bool {
	return glossStartsUpper(p) || toneMarked(p)
}

// toneMarked reports whether s carries a pinyin tone mark (ā á ǎ à, ǖ ǘ ǚ ǜ).
func toneMarked(s string) bool {
	for _, r := range norm.NFD.String(s) {
		switch r {
		case '\u0304', '\u0301', '\u030C', '\u0300':
			return true
		}
	}
	return false
}

// boxNameScan is the most lines above a box's rows of a term's forms that
// are read for its English name: a picture's caption may stand between.
const boxNameScan = 2

// boxName returns the English name that an encyclopedia's box gives the
// run that one of its rows labels with its script, as boxes print a term's
// forms under it: Community of Common Destiny, then Simplified Chinese |
// 人类命运共同体 |, or the label glued to the run (Simplified
// Chinese中华人民共和国…). The name is the nearest line above the box's
// rows, within boxNameScan lines and past a table's row of dashes, that
// reads as a heading with no sentence's marks: in title case, or in
// sentence case over a box of two rows or more (Liberate Hong Kong,
// revolution of our times); a table's header row gives its first cell. ""
// for any other run.
func boxName(rs []rune, r [2]int) string {
	start := locate.LineStart(rs, r[0])
	if !boxRowBefore(string(rs[start:r[0]]), string(rs[r[0]:r[1]])) {
		return ""
	}
	end := termLineEnd(rs, r[1])
	rows := 1
	if end < len(rs) && scriptRow(string(rs[end+1:termLineEnd(rs, end+1)])) {
		rows++
	}
	for end, seen := start-1, 0; end > 0 && seen < boxNameScan; {
		from := locate.LineStart(rs, end)
		line := string(rs[from:end])
		end = from - 1
		if scriptRow(line) {
			rows++ // another of the box's rows
			continue
		}
		if strings.Contains(line, "|") && strings.Trim(line, "-|: ") == "" || boxSection(line) {
			continue // the dashes under a table's header, a box's section
		}
		seen++
		head, _, _ := strings.Cut(strings.TrimLeft(line, "| "), "|")
		head = strings.TrimSpace(head)
		words := strings.Fields(head)
		// A box of two rows or more, a term's forms in two scripts, may
		// stand under a name in sentence case; a single row needs a title.
		if len(words) > 0 && len(words) <= maxTitleWords && latin(head) && !strings.ContainsAny(head, sentenceMarks) && glossStartsUpper(head) && (rows > 1 || glossTitleCase(words)) && !listHeading(words) {
			return head
		}
	}
	return ""
}

// scriptRow reports whether line opens with a label naming a script or a
// language, then a bar, the Chinese itself or nothing: a row of a box of a
// term's forms (Traditional Chinese | 人類命運共同體, Simplified
// Chinese中国…), or what stands before the run on one. A label before a
// colon is a form's field (Chinese: 共同富裕), no box's row.
func scriptRow(line string) bool {
	return lexicon.LanguageLabels.Has(rowLabel(line))
}

// listHeading reports whether a heading's words end in a word for terms
// in the plural (Key Terms, Useful Phrases): a list's heading, no name of
// the terms under it.
func listHeading(words []string) bool {
	last := strings.ToLower(words[len(words)-1])
	return lexicon.Singular(last) != last && lexicon.TermNouns.HasNoun(last)
}

// boxRowBefore reports whether row, the text before a run on its line,
// labels it as a box's row does. A box sets its cells apart by bars or
// tabs, or prints them glued ("Simplified Chinese生态文明"); a label and a
// space before Chinese is any page's line ("Mandarin 你好" under a heading
// of phrases), unless the label names one of the two scripts, which only
// a box of a term's forms does ("Traditional Chinese 雙循環"). A label and
// a colon is an entry's field (Chinese: 社会信用体系, Chinese: shèhuì
// guǎnlǐ 社会管理), the run or its romanisation after it.
func boxRowBefore(row, hanzi string) bool {
	if !scriptRow(row) {
		return false
	}
	if _, rest, field := strings.Cut(row, ":"); field {
		rest = strings.TrimSpace(rest)
		return rest == "" || segment.Spells(hanzi, rest)
	}
	return !strings.HasSuffix(row, " ") || strings.ContainsAny(row, "|\t") || scriptFormLabel(row)
}

// rowLabel returns the first cell of a box's row in lower case, the bars
// of a Markdown table opening it left out (| Traditional Chinese | 戰狼外交
// |), up to the next bar, a field's colon or the Chinese.
func rowLabel(line string) string {
	label := strings.TrimLeft(line, "| ")
	if i := strings.IndexAny(label, "|:"); i >= 0 {
		label = label[:i]
	}
	if i := strings.IndexFunc(label, segment.IsHan); i >= 0 {
		label = label[:i]
	}
	return strings.ToLower(strings.TrimSpace(label))
}

// scriptFormLabel reports whether a row's label names a script of
// Chinese (Simplified Chinese, Traditional Chinese), not only a language.
func scriptFormLabel(line string) bool {
	label := rowLabel(line)
	return strings.HasPrefix(label, "simplified") || strings.HasPrefix(label, "traditional")
}

// boxSection reports whether line is a heading inside a box over its
// rows, a language's label and "name" (Chinese name, Japanese name), as
// encyclopedias head the part of a box that gives a term's forms.
func boxSection(line string) bool {
	label, ok := strings.CutSuffix(strings.ToLower(strings.Trim(line, "| \t")), " name")
	return ok && lexicon.LanguageLabels.Has(label)
}

// glossSlashWords bounds the English joined to a run by a slash.
const glossSlashWords = maxGlossNounPhrase

// glossSeparators join a run to its English as bilingual labels print
// them: a slash (leader/领袖) or a bar (新闻 | Newsroom, as menus and
// headers print them), a space either side or none, or a tab between a
// table's cells.
const glossSeparators = "/|｜\t"

// glossAcrossSlash returns the English joined to the run by a slash or a
// bar, back or on to the nearest quotation mark, bracket or punctuation:
// before the run, or after it. Text run together where a page lost the
// spaces between its labels ends where a capital follows a lower-case
// letter (新闻 | NewsroomEvents is Newsroom). A language's name (English |
// 中文) is a menu's choice, no gloss. ok reports whether a separator
// joins the run to anything, which then is its only gloss.
func glossAcrossSlash(rs []rune, r [2]int) (gloss, roman string, ok bool) {
	var from, to int
	before, after := glossSeparatorAt(rs, r[0]-1, -1), glossSeparatorAt(rs, r[1], 1)
	if before >= 0 {
		to = before
		for from = to; from > 0 && glossSlashRune(rs[from-1]) && !glossCamelBreak(rs, from-1); from-- {
		}
		if after >= 0 && strings.TrimSpace(string(rs[from:to])) == "" {
			// A table's row that opens with a bar (| 内卷 | neijuan |
			// involution |), or whose first cell is the run: its English
			// follows it.
			before = -1
		}
	}
	switch {
	case before >= 0:
	case after >= 0:
		from = after + 1
		to = glossSlashEnd(rs, from)
	default:
		return "", "", false
	}
	words := strings.Fields(trimGloss(string(rs[from:to])))
	// A table's row may print the run's pinyin in the cell after it and
	// its English in the next: 统一战线 | tǒngyī zhànxiàn | united front.
	if from > r[1] && len(words) > 0 && segment.Spells(string(rs[r[0]:r[1]]), strings.Join(words, " ")) {
		if next := glossSeparatorAt(rs, to, 1); next >= 0 {
			roman = strings.Join(words, " ")
			from = next + 1
			to = glossSlashEnd(rs, from)
			words = strings.Fields(trimGloss(string(rs[from:to])))
		}
	}
	switch {
	case len(words) == 0:
		return "", "", false
	case len(words) > glossSlashWords || languageNames(words):
		return "", "", true
	}
	return strings.Join(words, " "), roman, true
}

// glossSlashEnd returns where the English that starts at from after a
// separator ends: at the first rune no such English holds, or where two
// labels run together.
func glossSlashEnd(rs []rune, from int) int {
	to := from
	for to < len(rs) && glossSlashRune(rs[to]) && !(to > from && glossCamelBreak(rs, to-1)) {
		to++
	}
	return to
}

// glossSeparatorAt returns the position of the separator (glossSeparators)
// found from i in direction dir (-1 back, 1 on), past one space, or -1.
// The English side starts right beyond it.
func glossSeparatorAt(rs []rune, i, dir int) int {
	if i >= 0 && i < len(rs) && rs[i] == ' ' {
		i += dir
	}
	if i < 0 || i >= len(rs) || !strings.ContainsRune(glossSeparators, rs[i]) {
		return -1
	}
	if j := i + dir; j >= 0 && j < len(rs) && rs[j] == ' ' {
		return j
	}
	return i
}

// glossCamelBreak reports whether a lower-case letter at i runs into a
// capital at i+1 that opens a word: the join of two labels whose space was
// lost.
func glossCamelBreak(rs []rune, i int) bool {
	return i+2 < len(rs) && unicode.IsLower(rs[i]) && unicode.IsUpper(rs[i+1]) && unicode.IsLower(rs[i+2])
}

// glossSlashRune reports whether r may stand in English joined to a run by
// a slash: letters and digits, spaces, and the marks inside words.
func glossSlashRune(r rune) bool {
	return r == ' ' || !segment.IsHan(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("-'’", r))
}

// glossSameQuotation returns the English title printed with the run in one
// quotation: after the run when the run opens it, before the run when the
// run closes it. The English must open with a capital letter, as a title
// does, hold no Chinese, and not end on a function word (“Xi said the
// 共同富裕” holds no title).
func glossSameQuotation(rs []rune, r [2]int) string {
	start := locate.LineStart(rs, r[0])
	var text string
	switch {
	case r[1] < len(rs) && isQuoteMark(rs[r[1]]):
		open := openQuotation(rs, start, r[0])
		if open < 0 {
			return ""
		}
		text = string(rs[open+1 : r[0]])
	case r[0] > 0 && isQuoteMark(rs[r[0]-1]) && openQuotation(rs, start, r[0]) == r[0]-1:
		closer := glossOpeningQuotes[rs[r[0]-1]]
		if rs[r[0]-1] == '"' {
			closer = '"'
		}
		end := r[1]
		for end < len(rs) && rs[end] != closer && rs[end] != '\n' {
			end++
		}
		if end == len(rs) || rs[end] != closer {
			return ""
		}
		text = string(rs[r[1]:end])
	default:
		return ""
	}
	words := strings.Fields(trimGloss(text))
	if len(words) == 0 || len(words) > maxTitleWords || segment.HasHan(text) || !glossStartsUpper(words[0]) ||
		glossEndsNounPhrase(words[len(words)-1]) && !glossStartsUpper(words[len(words)-1]) {
		return ""
	}
	return strings.Join(words, " ")
}

func isQuoteMark(r rune) bool {
	_, opening := glossOpeningQuotes[r]
	return opening || glossClosingQuotes[r]
}

// openQuotation returns the position of the opening mark of the innermost
// quotation still open at to, reading from from; -1 if none is. Curly marks
// say which way they face; a straight one opens after a space, a bracket or
// a dash and closes otherwise, so quotations nested in straight marks pair
// up ("Grasping the "Two Establishes" from …"). A ’ with no ‘ open, or
// between two letters (‘the jade’s lustre), is an apostrophe, and so is a
// ‘ typed for one (apostropheTyped); an opening mark after a word closes
// (misturned).
func openQuotation(rs []rune, from, to int) int {
	var open []int
	for i := from; i < to; i++ {
		c := rs[i]
		n := len(open)
		switch _, opening := glossOpeningQuotes[c]; {
		case c == '"':
			if i == from || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("([{—–-/", rs[i-1]) {
				open = append(open, i)
			} else if n > 0 && rs[open[n-1]] == '"' {
				open = open[:n-1]
			}
		case opening && misturned(rs, i):
			// A closing mark typed the wrong way round: the “Taiwan
			// Diplomacy Research Center“ (涉台外交研究中心).
			if n > 0 && rs[open[n-1]] == c {
				open = open[:n-1]
			}
		case opening && !apostropheTyped(rs, i):
			open = append(open, i)
		case glossClosingQuotes[c] && n > 0 && glossOpeningQuotes[rs[open[n-1]]] == c && !inWord(rs, i):
			open = open[:n-1]
		}
	}
	if len(open) == 0 {
		return -1
	}
	return open[len(open)-1]
}

// apostropheTyped reports whether the ‘ at i is an apostrophe typed, or
// autocorrected, the wrong way round, which opens no quotation: inside a
// word (it‘s, the nephew‘s) or as a possessive's mark set off by a space
// (the Institute of Maritime Law ‘s port office).
func apostropheTyped(rs []rune, i int) bool {
	if rs[i] != '‘' {
		return false
	}
	possessive := i > 0 && rs[i-1] == ' ' && i+2 < len(rs) && rs[i+1] == 's' && rs[i+2] == ' '
	return possessive || inWord(rs, i)
}

// misturned reports whether the opening mark at i closes a quotation, as
// it stands after a word or its full stop and before a space, a
// punctuation mark or the end: the “Harbour Policy Research Office“.
func misturned(rs []rune, i int) bool {
	if i == 0 || !unicode.IsLetter(rs[i-1]) && !unicode.IsDigit(rs[i-1]) && !strings.ContainsRune(".,!?", rs[i-1]) {
		return false
	}
	return i+1 == len(rs) || unicode.IsSpace(rs[i+1]) || strings.ContainsRune(".,;:)", rs[i+1])
}

// inWord reports whether the mark at i stands between two letters, as an
// apostrophe does and a closing quotation mark does not.
func inWord(rs []rune, i int) bool {
	return i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1])
}

// romanisationAfter returns the words right after the run, past one space,
// that spell it in pinyin (赵立坚 Zhào Lìjiān, 权 quán which …), as printed;
// "" if they do not.
func romanisationAfter(rs []rune, end int, hanzi string) string {
	if end >= len(rs) || rs[end] != ' ' {
		return ""
	}
	var words []string
	for i := end + 1; i < len(rs) && len(words) < len([]rune(hanzi)); {
		j := i
		for j < len(rs) && pinyinRune(rs[j]) {
			j++
		}
		if j == i {
			break
		}
		words = append(words, string(rs[i:j]))
		if segment.Spells(hanzi, strings.Join(words, " ")) {
			return strings.Join(words, " ")
		}
		if j == len(rs) || rs[j] != ' ' {
			break
		}
		i = j + 1
	}
	return ""
}

// opensSentence reports whether what stands at at opens a sentence: only
// white space, or a sentence's stop, lies between it and start.
func opensSentence(rs []rune, start, at int) bool {
	before := strings.TrimRight(string(rs[start:at]), " ")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".?!:\"“")
}

// glossAdjacentBefore returns the gloss printed right before the run (or
// its title's opening mark), a space apart: a quotation (“core interests” 核心利益), the fewest
// capitalised words that spell it (President Xi Jinping 习近平 → Xi
// Jinping), pinyin with tone marks (huàyǔ quán 话语权), or else a
// capitalised phrase that is more than a title, a sentence opener, an
// adjective (the Chinese 网络主权 concept) or a language menu (China
// Digital Times 中国数字时代).
func glossAdjacentBefore(rs []rune, r [2]int, hanzi string, sideBySide bool, zh *cuts) string {
	// A title's opening mark is the run's own: "Opinions on …"
	// 《关于…的意见》, the People's Daily 《人民日报》.
	from := r[0]
	if from > 0 && (rs[from-1] == '《' || rs[from-1] == '〈') {
		from--
	}
	end := from
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	if end == from || end == 0 {
		return ""
	}
	start := locate.LineStart(rs, end)
	if glossClosesQuote(rs[end-1]) {
		// A quotation right before the run: “core interests” 核心利益.
		// As before a parenthesis, a long term has a long translation:
		// ‘to resolutely safeguard General Secretary Xi Jinping as the
		// core’ 坚决维护习近平总书记这个核心.
		q, _, ok := glossQuoted(rs, start, end)
		words := strings.Fields(trimGloss(q))
		limit := quotedGlossLimit(hanzi)
		if !ok || len(words) == 0 || segment.HasHan(q) || !latin(q) || len(words) > limit && !glossTitleCase(words) {
			return ""
		}
		return strings.Join(words, " ")
	}
	if !unicode.IsLetter(rs[end-1]) && !unicode.IsDigit(rs[end-1]) && !unicode.IsMark(rs[end-1]) {
		return ""
	}
	words := glossClauseWords(rs[start:end])
	if len(words) == 0 {
		return ""
	}
	if !glossCapitalised(words, len(words)-1) {
		if g := glossTitled(words); g != "" {
			return g
		}
		p, at := romanisationBefore(rs, start, end, hanzi)
		if g := glossBeforeRomanisation(rs, start, at); p != "" && g != "" {
			return g
		}
		if toneMarked(p) || glossStartsUpper(p) && !opensSentence(rs, start, at) {
			// Toned pinyin, or a name in plain pinyin that a capital
			// marks inside a sentence (the magazine Yaowen jiaozi 咬文嚼字;
			// at a sentence's start, Gongtong fuyu 共同富裕 is the run's
			// reading only).
			return p
		}
		if sideBySide {
			return glossBareNounPhrase(words)
		}
		return ""
	}
	g := wordsGloss(words, hanzi, zh)
	if _, owner := glossPossessive(words[len(words)-1]); owner && !segment.Spells(hanzi, g) {
		// The run is what the owner has (China's 双减 policy), unless the
		// owner is the run's own name (Xi Jinping's 习近平 path).
		return ""
	}
	// Before a title's mark, a name of one word is rather the sentence's
	// (In China 《人民日报》 is …), unless it spells the run (Qiushi 《求是》).
	w := strings.Fields(g)
	if len(w) == 1 && (lexicon.Common.Has(w[0]) || lexicon.IsTitle(w[0]) || lexicon.Adjectives.Has(w[0]) || from < r[0] && !segment.Spells(hanzi, g)) ||
		!latin(g) || languageNames(w) {
		return ""
	}
	return g
}

// maxOfObject is the most words of the noun phrase after "of" inside a
// gloss: cult of personality, rule of law, sense of national security.
const maxOfObject = 3

// glossBareNounPhrase returns the lower-case noun phrase that ends words
// right before a run, with what "of" joins to it, in an article that prints
// English and Chinese side by side (printsSideBySide): its cult of
// personality 個人崇拜, a reformer 改革家, of political sincerity 政治誠意.
// The phrase must follow a function word or a comma: after a word for a
// term it names the run (the slogan 共同富裕, a banner reading 听党话); a
// single common word or adjective is no gloss.
func glossBareNounPhrase(words []string) string {
	n := glossNounPhraseLen(words)
	if n == 0 {
		return ""
	}
	from := len(words) - n
	// With what "of" joins to it, unless that leaves the phrase no opener
	// (wrote of political sincerity).
	if n <= maxOfObject && from >= 2 && words[from-1] == "of" {
		if m := glossNounPhraseLen(words[:from-1]); m > 0 && glossPhraseOpener(words, from-1-m) {
			from -= m + 1
		}
	}
	phrase := words[from:]
	if !glossPhraseOpener(words, from) ||
		len(phrase) == 1 && (lexicon.Common.Has(phrase[0]) || lexicon.Adjectives.Has(phrase[0])) ||
		!latin(strings.Join(phrase, " ")) || slices.ContainsFunc(phrase, glossStartsUpper) {
		return ""
	}
	return strings.Join(phrase, " ")
}

// glossPhraseOpener reports whether the word before words[from] opens a
// noun phrase: a determiner, a possessive, a preposition, a conjunction or
// a comma.
func glossPhraseOpener(words []string, from int) bool {
	if from == 0 {
		return false
	}
	w := strings.ToLower(words[from-1])
	_, possessive := glossPossessive(w)
	return glossDeterminer(w) || possessive || lexicon.Prepositions.Has(w) || lexicon.Conjunctions.Has(w) || w == ","
}

// glossTitled returns the words after a participle that introduces a
// title (a notice titled Xi Jinping issues important instructions on …),
// when they are all the clause's words up to the run; "" if there is none.
func glossTitled(words []string) string {
	for i := len(words) - 2; i >= 0 && len(words)-1-i <= maxTitleWords; i-- {
		if words[i] == "," {
			return ""
		}
		if lexicon.TitleVerbs.Has(words[i]) {
			if !glossStartsUpper(words[i+1]) {
				return ""
			}
			return strings.Join(words[i+1:], " ")
		}
	}
	return ""
}

// glossBeforeRomanisation returns the English set off by a comma, or by
// ", or", before the romanisation of a run that starts at at: new official
// formulations, tifa 提法; “framing words,” or tifa 提法. It is a quotation
// or a lower-case noun phrase; "" if there is none.
func glossBeforeRomanisation(rs []rune, start, at int) string {
	before := strings.TrimRight(string(rs[start:at]), " ")
	if cut, ok := strings.CutSuffix(before, " or"); ok {
		before = strings.TrimRight(cut, " ")
	}
	switch {
	case strings.HasSuffix(before, ",”"):
		before = strings.TrimSuffix(before, ",”") + "”"
	case strings.HasSuffix(before, ",\""):
		before = strings.TrimSuffix(before, ",\"") + "\""
	case strings.HasSuffix(before, ","):
		before = strings.TrimSuffix(before, ",")
	default:
		return ""
	}
	b := []rune(before)
	if len(b) > 0 && glossClosingQuotes[b[len(b)-1]] {
		if q, _, ok := glossQuoted(b, 0, len(b)); ok && latin(q) && !segment.HasHan(q) && len(strings.Fields(q)) <= maxQuotedGloss {
			return trimGloss(q)
		}
		return ""
	}
	words := glossClauseWords(b)
	if len(words) == 0 || glossStartsUpper(words[len(words)-1]) {
		return ""
	}
	// Set off by the comma, a word for a term heads the phrase rather than
	// introducing it (new official formulations, tifa), when words qualify it.
	head := words[len(words)-1]
	if lexicon.TermNouns.HasNoun(head) {
		if n := glossNounPhraseLen(words[:len(words)-1]); n > 0 {
			return strings.Join(words[len(words)-1-n:], " ")
		}
		return ""
	}
	return glossNounPhrase(words)
}

// glossLabel reports whether s, the English before a colon and a run,
// labels what follows rather than translating it: a page's label (Photo:
// 新华社), a source's (Source: 人民日报) or a language's (Read in Chinese:
// 中文版).
func glossLabel(s string) bool {
	s = strings.TrimSpace(s)
	if lexicon.Furniture.Has(s) || lexicon.SourceLeadIns.Has(s) {
		return true
	}
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return lexicon.LanguageLabels.Has(w) })
}

// languageNames reports whether words are all names of languages, as a
// language menu prints them before a run (English Français 中文).
func languageNames(words []string) bool {
	for _, w := range words {
		if !lexicon.LanguageLabels.Has(w) {
			return false
		}
	}
	return len(words) > 0
}

// latin reports whether every letter of s is a Latin one: a gloss is
// English or pinyin, and the words of a language menu before a run
// (Español Русский 简体中文) are neither.
func latin(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) })
}

// translationBeforeRomanisation returns the English printed before a
// run's romanisation that starts at at and joined to it: a quotation and
// "or" (“framing words,” or tifa), or a phrase and ", or" (involution, or
// nèijuǎn). "" where there is none.
func translationBeforeRomanisation(rs []rune, start, at int) string {
	if alt, ok := glossOrBefore(rs, start, at); ok {
		return alt
	}
	return glossBeforeRomanisation(rs, start, at)
}

// quotedRomanisationBefore returns the words in quotation marks right
// before end that spell hanzi in pinyin ("hukou" (户口), “guanxi”(关系)),
// as printed, and where the opening mark stands; "" if there are none.
func quotedRomanisationBefore(rs []rune, start, end int, hanzi string) (string, int) {
	i := end
	for i > start && rs[i-1] == ' ' {
		i--
	}
	if i == start || !glossClosingQuotes[rs[i-1]] {
		return "", end
	}
	p, at := romanisationBefore(rs, start, i-1, hanzi)
	if p == "" || at == start || !isQuoteMark(rs[at-1]) {
		return "", end
	}
	return p, at - 1
}

// glossOrBefore returns the quotation joined by "or" to the gloss that
// starts at at, the first of several such: of “framing words,” or tifa,
// "discourse power" or "the right to speak" and ‘Discourse Power’ or the
// ‘Right to Speak’, the first is the term's gloss.
func glossOrBefore(rs []rune, start, at int) (string, bool) {
	var first string
	for {
		i := at
		for i > start && unicode.IsSpace(rs[i-1]) {
			i--
		}
		if n := glossArticleBefore(rs, start, i); n > 0 {
			for i -= n; i > start && unicode.IsSpace(rs[i-1]); i-- {
			}
		}
		if i-start < 3 || !strings.EqualFold(string(rs[i-2:i]), "or") || !unicode.IsSpace(rs[i-3]) {
			break
		}
		for i -= 2; i > start && (unicode.IsSpace(rs[i-1]) || rs[i-1] == ','); i-- {
		}
		if i == start || !glossClosingQuotes[rs[i-1]] {
			break
		}
		q, open, ok := glossQuoted(rs, start, i)
		if q = trimGloss(q); !ok || q == "" || segment.HasHan(q) {
			break
		}
		first, at = q, open
	}
	return first, first != ""
}

// glossArticleBefore returns the length of the article that ends at end as
// a whole word, 0 if none does.
func glossArticleBefore(rs []rune, start, end int) int {
	j := end
	for j > start && unicode.IsLetter(rs[j-1]) {
		j--
	}
	if j < end && lexicon.Articles.Has(string(rs[j:end])) {
		return end - j
	}
	return 0
}

// romanisationBefore returns the lower-case words right before end that
// spell hanzi in pinyin (huàyǔ quán 话语权, tifa (提法)), as printed, and
// where they start; "" if none do. A capitalised romanisation is a name,
// which the English rules read, but for toned pinyin capitalised as it
// opens a sentence before lower-case words (Zhōngguó mèng 中国梦).
func romanisationBefore(rs []rune, start, end int, hanzi string) (string, int) {
	i := end
	for n := 0; n < len([]rune(hanzi)); n++ {
		for i > start && rs[i-1] == ' ' {
			i--
		}
		j := i
		for j > start && pinyinRune(rs[j-1]) {
			j--
		}
		if j == i {
			break
		}
		if unicode.IsUpper(rs[j]) && (n == 0 || !toneMarked(string(rs[j:i]))) {
			// A capital opens English, unless it opens a name printed in
			// plain pinyin in sentence case, which it completes: the
			// magazine Yaowen jiaozi 咬文嚼字, Renmin ribao 人民日报.
			if p := strings.Join(strings.Fields(string(rs[j:end])), " "); n > 0 && segment.Spells(hanzi, p) {
				return p, j
			}
			break
		}
		i = j
		if p := strings.Join(strings.Fields(string(rs[i:end])), " "); segment.Spells(hanzi, p) {
			return p, i
		}
	}
	return "", end
}

// pinyinRune reports whether r may stand in a word of printed pinyin.
func pinyinRune(r rune) bool {
	return unicode.IsLetter(r) && !segment.IsHan(r) || unicode.IsMark(r) || strings.ContainsRune("-'’", r)
}
