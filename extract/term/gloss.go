package term

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// This file picks a term's gloss out of the English before its parenthesis:
// a quotation, a person's name, the name of an organisation or law, or a
// noun phrase, by rules over words rather than a part-of-speech tagger,
// which would cost about 60 ms an article for this one use.

// splitGlossList splits a phrase that glosses several runs into n parts: at
// its commas, or else at its commas and its last "and" or "or"
// (sovereignty, security and development interests (主权、安全、发展利益)).
func splitGlossList(s string, n int) ([]string, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) == n-1 {
		last := parts[len(parts)-1]
		for _, conj := range []string{" and ", " or "} {
			if i := strings.LastIndex(last, conj); i >= 0 {
				parts = append(parts[:len(parts)-1], last[:i], last[i+len(conj):])
				break
			}
		}
	}
	for i := range parts {
		parts[i] = trimGloss(parts[i])
	}
	return parts, len(parts) == n
}

func glossStartsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// maxQuotedGloss is the most words a quotation before a parenthesis may
// hold to be the gloss whole (or one a character of the run, for a run of
// more characters); a longer one is quoted speech, whose last
// noun phrase is the gloss: “... model of cyber regulation (网络监管)”.
// A quotation the parenthesis stands inside is speech sooner: with more than
// two words for each character of the term, its last noun phrase is the
// gloss (“the unavoidable next stage of going global (出海)”), while a
// parenthesis after the closing mark glosses the quotation whole.
const maxQuotedGloss = 8

// wordsPerHan is the most words of an English quotation for each character
// of the Chinese it translates: four characters of an idiom take a clause
// (东升西降, “the East is rising and the West is declining”).
const wordsPerHan = 3

// quotedGlossLimit returns the most words of a closed quotation printed
// before a run that glosses it whole, rather than being speech whose last
// noun phrase is the gloss: a long term has a long translation.
func quotedGlossLimit(hanzi string) int {
	return max(maxQuotedGloss, wordsPerHan*utf8.RuneCountInString(hanzi))
}

// glossBefore reads the English just before the parenthesis at open, from
// the start of its line, for a parenthesis that holds runs runs of Chinese:
// a quotation that ends there or is still open there (“cyber sovereignty
// (网络主权)”), else a name or a noun phrase. It returns one gloss, or one
// per run where the English lists as many quotations or noun phrases
// (“unite” and “consolidate” (团结, 巩固)); nil where it gives none.
func glossBefore(rs []rune, start, open int, hanzi string, runs int, zh *cuts) []string {
	end := open
	// A parenthesis typed twice is one: "telling China's story well"
	// ((讲好中国故事)).
	for end > start && rs[end-1] == rs[open] {
		end--
	}
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	// A note's marker typed against the name stands between it and the
	// run, as an encyclopedia prints one: the Belt and Road
	// Initiative[2](Chinese: 一带一路倡议).
	if end > start && rs[end-1] == ']' {
		at := end - 1
		for at > start && rs[at] != '[' {
			at--
		}
		if marker := string(rs[at:end]); segment.FootnoteMarker(marker) == len(marker) {
			end = at
		}
	}
	// A parenthesis that holds the name's acronym stands between the name
	// and the run: the Cyberspace Administration of China (CAC)
	// (国家互联网信息办公室).
	if end > start && rs[end-1] == ')' {
		if at := strings.LastIndexByte(string(rs[start:end]), '('); at >= 0 {
			at = start + utf8.RuneCountInString(string(rs[start:end])[:at])
			if isGlossAcronym(string(rs[at+1 : end-1])) {
				end = at
				for end > start && unicode.IsSpace(rs[end-1]) {
					end--
				}
			}
		}
	}
	end = pastAcronymAlias(rs, start, end, hanzi)
	if end == start || segment.IsHan(rs[end-1]) {
		return nil
	}
	if runs > 1 {
		if list, _ := glossQuotedList(rs, start, end, runs); list != nil {
			return list
		}
	}
	// A run that enumerates (共同富裕、双循环) after as many quotations in
	// a list is glossed by the list as printed, without its marks:
	// “common prosperity” and “dual circulation”.
	if n := strings.Count(hanzi, string(enumerationComma)) + 1; runs == 1 && n > 1 {
		if list, from := glossQuotedList(rs, start, end, n); list != nil {
			return glossOne(trimGloss(strings.Map(func(r rune) rune {
				if _, opens := glossOpeningQuotes[r]; opens || glossClosingQuotes[r] {
					return -1
				}
				return r
			}, string(rs[from:end]))))
		}
	}
	if q, qopen, ok := glossQuoted(rs, start, end); ok {
		if alt, ok := glossOrBefore(rs, start, qopen); ok && runs == 1 {
			return glossOne(alt)
		}
		limit := quotedGlossLimit(hanzi)
		if !glossClosesQuote(rs[end-1]) {
			limit = min(maxQuotedGloss, 2*utf8.RuneCountInString(hanzi))
		}
		if words := strings.Fields(trimGloss(q)); len(words) <= limit || glossTitleCase(words) && len(words) <= maxTitleWords {
			return glossOne(strings.Join(words, " "))
		}
		return glossOne(glossNounPhrase(glossClauseWords([]rune(q))))
	}
	// A quotation and the lower-case noun that says what it names (the
	// “dual circulation” strategy (双循环), the "Three Represents" theory
	// (三个代表)): the quotation is the run's translation, the noun
	// English's own.
	if at, ok := quotedBeforeNoun(rs, start, end); ok && runs == 1 {
		if q, _, ok := glossQuoted(rs, start, at); ok {
			if words := strings.Fields(trimGloss(q)); len(words) > 0 && len(words) <= quotedGlossLimit(hanzi) {
				return glossOne(strings.Join(words, " "))
			}
		}
	}
	// A title ending in the years it covers, in a parenthesis of its own:
	// Outline for Building a Powerful Education Nation (2024-2035) (…).
	if years, at := glossYearsBefore(rs, start, end); years != "" && runs == 1 {
		if g := wordsGloss(glossClauseWords(rs[start:at]), hanzi, zh); glossTitleCase(strings.Fields(g)) {
			return glossOne(g + " " + years)
		}
	}
	words := glossClauseWords(rs[start:end])
	if runs > 1 {
		if list, _ := glossNounList(words, runs); list != nil {
			return list
		}
	}
	// A run that enumerates (主权、安全、发展利益) is glossed by the list of
	// as many noun phrases before it, whole: sovereignty, security and
	// development interests.
	if n := strings.Count(hanzi, string(enumerationComma)) + 1; runs == 1 && n > 1 {
		if list, from := glossNounList(words, n); list != nil {
			return glossOne(strings.ReplaceAll(strings.Join(words[from:], " "), " ,", ","))
		}
	}
	return glossOne(wordsGloss(words, hanzi, zh))
}

// pastAcronymAlias returns where the name ends that an acronym joined to
// it by ", or" stands for, right before a parenthesis that holds the
// name's Chinese in full: the Central Commission for Discipline
// Inspection, or CCDI (中央纪律检查委员会). A short run is rather the
// acronym's own short name (CCDI (中纪委)); end where no such acronym
// stands there.
func pastAcronymAlias(rs []rune, start, end int, hanzi string) int {
	if utf8.RuneCountInString(hanzi) <= maxNameRun {
		return end
	}
	i := end
	for i > start && !unicode.IsSpace(rs[i-1]) {
		i--
	}
	before, ok := strings.CutSuffix(strings.TrimRight(string(rs[start:i]), " "), ", or")
	if !ok || !isGlossAcronym(string(rs[i:end])) {
		return end
	}
	return start + utf8.RuneCountInString(before)
}

// maxNounAfterQuote is the most words of the noun after a quotation that
// says what the quotation names (the “Made in China 2025” industrial plan).
const maxNounAfterQuote = 2

// quotedBeforeNoun reports whether the English that ends at end is a
// closed quotation and a lower-case noun phrase of at most
// maxNounAfterQuote words after it, and returns where the quotation ends.
func quotedBeforeNoun(rs []rune, start, end int) (int, bool) {
	i := end
	var words []string
	for len(words) < maxNounAfterQuote && i > start && unicode.IsLower(rs[i-1]) {
		j := i
		for j > start && (unicode.IsLower(rs[j-1]) || rs[j-1] == '-') {
			j--
		}
		words = append([]string{string(rs[j:i])}, words...)
		for i = j; i > start && rs[i-1] == ' '; i-- {
		}
		// A closing mark follows the quotation's last word, not a space.
		if i-1 > start && (glossClosesQuote(rs[i-1]) || rs[i-1] == '"') && !unicode.IsSpace(rs[i-2]) {
			return i, glossNounPhraseLen(words) == len(words)
		}
	}
	return 0, false
}

// glossYearsBefore returns the parenthesis of years that ends at end
// ((2024-2035), (2021–2025)), as printed, and where it opens; "" if the
// English there ends otherwise.
func glossYearsBefore(rs []rune, start, end int) (string, int) {
	if end == start || rs[end-1] != ')' {
		return "", end
	}
	open := end - 2
	for open >= start && rs[open] != '(' {
		open--
	}
	if open < start {
		return "", end
	}
	inside := string(rs[open+1 : end-1])
	if inside == "" || strings.ContainsFunc(inside, func(r rune) bool { return !unicode.IsDigit(r) && !strings.ContainsRune("-–— ", r) }) {
		return "", end
	}
	return string(rs[open:end]), open
}

// enumerationComma separates the items of a list inside Chinese text.
const enumerationComma = '、'

func glossOne(g string) []string {
	if g == "" {
		return nil
	}
	return []string{g}
}

// glossQuotedList returns the texts of the n quotations that end at end,
// when only list separators (commas, "and", "or") stand between them, and
// where the first opens; nil when there are not so many.
func glossQuotedList(rs []rune, start, end, n int) ([]string, int) {
	out := make([]string, n)
	first := end
	for k := n - 1; k >= 0; k-- {
		if end == start || !glossClosingQuotes[rs[end-1]] {
			return nil, 0
		}
		q, open, ok := glossQuoted(rs, start, end)
		if out[k] = trimGloss(q); !ok || out[k] == "" {
			return nil, 0
		}
		first, end = open, glossListSeparator(rs, start, open)
	}
	return out, first
}

// glossListSeparator returns where the separator of a list item that
// starts at end begins: spaces, commas and one "and" or "or" are skipped.
func glossListSeparator(rs []rune, start, end int) int {
	skip := func() {
		for end > start && (unicode.IsSpace(rs[end-1]) || strings.ContainsRune(",;、", rs[end-1])) {
			end--
		}
	}
	skip()
	for _, conj := range []string{"and", "or"} {
		n := len(conj)
		if end-start > n && strings.EqualFold(string(rs[end-n:end]), conj) && unicode.IsSpace(rs[end-n-1]) {
			end -= n
			skip()
			break
		}
	}
	return end
}

// glossQuoted returns the text of the quotation that closes at end, or of
// the one still open at end, with the position of its opening mark.
func glossQuoted(rs []rune, start, end int) (text string, open int, ok bool) {
	if rs[end-1] == '\'' {
		return glossSingleQuoted(rs, start, end)
	}
	straight := 0
	for _, r := range rs[start:end] {
		if r == '"' {
			straight++
		}
	}
	last := rs[end-1]
	switch {
	case last == '"' && straight%2 == 0:
		for i := end - 2; i >= start; i-- {
			if rs[i] == '"' {
				return string(rs[i+1 : end-1]), i, true
			}
		}
	case straight%2 == 1:
		for i := end - 1; i >= start; i-- {
			if rs[i] == '"' {
				return string(rs[i+1 : end]), i, true
			}
		}
	case glossClosingQuotes[last]:
		for i := end - 2; i >= start; i-- {
			if glossOpeningQuotes[rs[i]] == last {
				return string(rs[i+1 : end-1]), i, true
			}
		}
		return "", 0, false // a ’ with no ‘ is an apostrophe
	case last == '“':
		// An opening mark typed for the closing one, after an opening
		// mark that nothing closed: the “Harbour Policy Research
		// Office“ (港口政策研究室).
		for i := end - 2; i >= start && rs[i] != '”'; i-- {
			if rs[i] == '“' {
				return string(rs[i+1 : end-1]), i, true
			}
		}
	}
	if i := openQuotation(rs, start, end); i >= 0 {
		return string(rs[i+1 : end]), i, true
	}
	return "", 0, false
}

// glossSingleQuoted returns the text of the quotation in straight single
// marks that closes at end ('Imminent Fears, Immediate Hopes'): its opening
// mark follows no letter, as the apostrophe inside a word (Xu's) does.
func glossSingleQuoted(rs []rune, start, end int) (text string, open int, ok bool) {
	for i := end - 2; i >= start; i-- {
		if rs[i] == '\'' && (i == start || !unicode.IsLetter(rs[i-1]) && !unicode.IsDigit(rs[i-1])) {
			if i+1 == end-1 || !unicode.IsLetter(rs[i+1]) && !unicode.IsDigit(rs[i+1]) {
				return "", 0, false
			}
			return string(rs[i+1 : end-1]), i, true
		}
	}
	return "", 0, false
}

// glossClosesQuote reports whether r can close a quotation: a closing mark,
// or the straight single mark, which may also be an apostrophe.
func glossClosesQuote(r rune) bool { return glossClosingQuotes[r] || r == '\'' }

// glossClauseWords returns the words of the last clause of rs: those after its
// last punctuation mark other than a comma, which is kept as a word of its
// own. Apostrophes, hyphens and en dashes inside a word (Qinghai–Tibet), and the full stop of an
// initial (John F. Kennedy) and of a company's legal form (Corp.), belong
// to the word; an abbreviation and the number it introduces (No. 1) are
// one word.
func glossClauseWords(rs []rune) []string {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	var words []string
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWord(r):
			j := i + 1
			for j < len(rs) && (isWord(rs[j]) || strings.ContainsRune("'’-–.&", rs[j]) && j+1 < len(rs) && isWord(rs[j+1])) {
				j++
			}
			if j < len(rs) && rs[j] == '.' && j == i+1 && unicode.IsUpper(r) {
				j++
			}
			// A numbering abbreviation takes its number: No. 1, Art. 23.
			if j+2 < len(rs) && rs[j] == '.' && rs[j+1] == ' ' && unicode.IsDigit(rs[j+2]) && unicode.IsUpper(r) {
				j += 2
				for j < len(rs) && isWord(rs[j]) {
					j++
				}
			}
			words = append(words, string(rs[i:j]))
			i = j
		case r == ',':
			words = append(words, ",")
			i++
		case r == '.' && len(words) > 0 && lexicon.LegalForms.Has(words[len(words)-1]+"."):
			// A company's legal form keeps its full stop and the name
			// before it: Semiconductor Manufacturing International Corp.
			words[len(words)-1] += "."
			i++
		default:
			words = words[:0]
			i++
		}
	}
	return words
}

// maxGlossNameWords is the most words of a name; maxGlossCapitalPhrase of a
// capitalised name of an organisation or concept; maxGlossNounPhrase of a noun
// phrase taken as a gloss.
const (
	maxGlossNameWords     = 4
	maxGlossCapitalPhrase = maxTitleWords
	maxGlossNounPhrase    = 5
)

// wordsGloss picks the gloss out of the words before a parenthesis.
// Capitalised words are a name: the fewest that spell the Chinese in pinyin,
// with a given name printed before them (Former Minister of Foreign Affairs
// Qin Gang → Qin Gang; Secretary for Security Chris Tang Ping-keung → Chris
// Tang Ping-keung), else the name after the last title (Nvidia’s CEO Jensen
// Huang → Jensen Huang), else the whole capitalised phrase without the owner
// named before it (Hong Kong's Safeguarding National Security Ordinance →
// Safeguarding National Security Ordinance). Lower-case words end a noun
// phrase (the notion of digital sovereignty → digital sovereignty).
func wordsGloss(words []string, hanzi string, zh *cuts) string {
	if len(words) == 0 {
		return ""
	}
	// The possessive of the word before the run is not the gloss's: Xi
	// Jinping’s (习近平) path.
	if owner, ok := glossPossessive(words[len(words)-1]); ok {
		words = append(words[:len(words)-1:len(words)-1], owner)
	}
	if !glossCapitalised(words, len(words)-1) {
		return glossCountedPhrase(words, hanzi, zh)
	}
	for k := 1; k <= maxGlossNameWords && k <= len(words) && glossStartsUpper(words[len(words)-k]); k++ {
		from := len(words) - k
		if !segment.Spells(hanzi, strings.Join(words[from:], " ")) {
			continue
		}
		if from > 0 && glossGivenName(words[from-1]) {
			from--
		}
		return strings.Join(words[from:], " ")
	}
	phrase := glossCapitalPhrase(words)
	// A year before a name that the Chinese does not count is the date
	// of a law, a document or a body, no part of its name, and nor is
	// what the phrase held before it: The 2017 National Intelligence Law
	// (国家情报法), the CAC to a 2014 Leading Group (领导小组), but The
	// 1992 Consensus (九二共识).
	for i := len(phrase) - 2; i >= 0; i-- {
		if glossNumber(phrase[i]) {
			if !numberInRun(phrase[i], hanzi) {
				phrase = phrase[i+1:]
				if len(phrase) > 1 && glossDeterminer(strings.ToLower(phrase[0])) {
					phrase = phrase[1:]
				}
			}
			break
		}
	}
	for t := len(phrase) - 2; t >= 0 && glossMayBeName(hanzi); t-- {
		if lexicon.IsTitle(phrase[t]) && !glossOfficeOf(phrase[t+1:]) {
			return strings.Join(glossNameAfterTitle(phrase[t+1:]), " ")
		}
	}
	return strings.Join(glossDropOwner(phrase, hanzi), " ")
}

// maxNameRun is the most characters of a Chinese name (a compound surname
// and a two-character given name).
const maxNameRun = 4

// glossMayBeName reports whether a run can be a person's name, so that the
// words after a title before it are that name: up to four characters, or a
// transliteration with its dots. A longer run is the name of a body or a
// document, whose title case holds words that are also titles (the General
// Office of …, Some Major Issues Concerning …).
func glossMayBeName(hanzi string) bool {
	return utf8.RuneCountInString(hanzi) <= maxNameRun || strings.ContainsFunc(hanzi, segment.IsNameDot)
}

// glossOfficeOf reports whether the words after a title are rather the
// rest of an office, "of" and what it is held over, with no room for a
// name after it: the Chairman of Everything, Minister of Commerce.
func glossOfficeOf(after []string) bool {
	return lexicon.PhraseConnectors.Has(after[0]) && len(after) < 3
}

// glossNameAfterTitle returns the name in the words after a title. Where
// the title ran on (Secretary of State Antony Blinken), the name starts at
// a given name, or else is the last two words.
func glossNameAfterTitle(name []string) []string {
	if lexicon.PhraseConnectors.Has(name[0]) && len(name) > 3 {
		for i, w := range name {
			if glossGivenName(w) {
				return name[i:]
			}
		}
		return name[len(name)-2:]
	}
	return glossTrimConnectors(name)
}

// glossGivenName reports whether w is a common given name, which before a
// romanised Chinese name belongs to the name: Chris Tang Ping-keung, Jack
// Ma.
func glossGivenName(w string) bool {
	return glossStartsUpper(w) && !lexicon.IsTitle(w) && lexicon.GivenNames.Has(w)
}

// glossDropOwner drops the owner named in the possessive before a name:
// China’s Ministry of Commerce → Ministry of Commerce. A plural noun in the
// possessive belongs to the name (People’s Daily, the Women's Federation),
// and so does an owner the Chinese names too (Fang Fang’s Diary for
// 方方日记).
func glossDropOwner(phrase []string, hanzi string) []string {
	for i := len(phrase) - 2; i >= 0; i-- {
		owner, ok := glossPossessive(phrase[i])
		if !ok || lexicon.PossessivePlurals.Has(owner) {
			continue
		}
		j := i
		for j > 0 && glossStartsUpper(phrase[j-1]) {
			j--
		}
		if glossSpellsPrefix(hanzi, strings.Join(append(phrase[:i:i], owner), " ")) || placeInRun(append(phrase[j:i:i], owner), hanzi) {
			return phrase
		}
		// An owner named with an article after words of the phrase is
		// part of a long title (Resolution … on the Major Achievements
		// of the Party’s Hundred-Year Struggle), where an owner that
		// opens the phrase, or a place's name after a preposition
		// (Officers from Beijing's Ministry of …), owns what follows.
		if j > 1 && glossDeterminer(phrase[j-1]) {
			return phrase
		}
		return glossTrimConnectors(phrase[i+1:])
	}
	return phrase
}

// maxPlaceHan is the most characters of a place's Chinese name that
// placeInRun looks for (中华人民共和国).
const maxPlaceHan = 7

// placeInRun reports whether the run names the place that the owner's
// words (the capitalised words before the possessive, and its own) end
// in, by any of the Chinese names the gazetteer lists for it: China's
// Arctic Policy (中国的北极政策), Hong Kong's Basic Law (香港基本法), where
// China's Ministry of Commerce (商务部) leaves the owner out.
func placeInRun(owner []string, hanzi string) bool {
	g := gazetteer.Default()
	var place gazetteer.Entry
	for k := range owner {
		if e, ok := g.Lookup(strings.Join(owner[k:], " ")); ok && e.Type == claimx.GPE {
			place = e
			break
		}
	}
	if place.Name == "" {
		return false
	}
	rs := []rune(hanzi)
	for i := range rs {
		for j := i + 2; j <= len(rs) && j <= i+maxPlaceHan; j++ {
			if e, ok := g.Lookup(string(rs[i:j])); ok && e.Name == place.Name {
				return true
			}
		}
	}
	return false
}

// glossSpellsPrefix reports whether the end of words spells the start of
// hanzi in pinyin: the last one to four words, against two characters or
// more.
func glossSpellsPrefix(hanzi, words string) bool {
	rs, ws := []rune(hanzi), strings.Fields(words)
	for k := 1; k <= maxGlossNameWords && k <= len(ws); k++ {
		for n := 2; n <= len(rs); n++ {
			if segment.Spells(string(rs[:n]), strings.Join(ws[len(ws)-k:], " ")) {
				return true
			}
		}
	}
	return false
}

// glossPossessive returns w without its possessive ’s, and whether it had
// one.
func glossPossessive(w string) (string, bool) {
	for _, suffix := range []string{"’s", "'s"} {
		if owner, ok := strings.CutSuffix(w, suffix); ok {
			return owner, true
		}
	}
	return w, false
}

// glossCapitalPhrase returns the capitalised words that end words, with the
// connecting words between them (Belt and Road Initiative), without a leading
// determiner.
func glossCapitalPhrase(words []string) []string {
	from := len(words)
	for i := len(words) - 1; i >= 0 && len(words)-i <= maxGlossCapitalPhrase; i-- {
		w := words[i]
		if glossCapitalised(words, i) {
			from = i
			continue
		}
		// Any preposition right before a capitalised word joins the words
		// of a title, where names hold but a few (Guidelines for Building
		// a Strong Nation through Education), but one that may open a
		// clause (as, after) ends it: known in Chinese as the
		// Thousand-Ten Thousand Project; and so does one before an
		// article (Awards under the Rules on …).
		title := lexicon.Prepositions.Has(w) && !lexicon.ClausePrepositions.Has(w) && i+1 < len(words) && glossStartsUpper(words[i+1])
		// An ordinal or a number after a connector belongs to a title
		// when a capitalised word follows it: Outline of the 14th
		// Five-Year Plan.
		numbered := unicode.IsDigit([]rune(w)[0]) && i+1 < len(words) && glossStartsUpper(words[i+1])
		if numbered {
			from = i // or opens it: 14th National People's Congress
			continue
		}
		if !lexicon.PhraseConnectors.Has(w) && !title {
			break
		}
	}
	phrase := words[from:]
	// A word capitalised because it opens the clause (a preposition, or
	// an opener or a word that opens sentences far more often than it
	// stands in names, joined to the name by a connecting word) is not the
	// name's, nor are the connecting words after it: In Matsu (馬祖), At
	// the Two Sessions (两会), Under the Data Security Law (数据安全法),
	// According to the State Administration for Market Regulation,
	// Officials at the Office of …; but Two Sessions (两会) and Third
	// Plenum (三中全会) are names whole.
	opener := len(phrase) > 1 && !glossDeterminer(phrase[0]) && (lexicon.Prepositions.Has(phrase[0]) ||
		(lexicon.Common.Has(phrase[0]) || lexicon.Openers.Has(phrase[0])) && !glossCapitalised(phrase, 1))
	if from == 0 && opener {
		rest := phrase[1:]
		for len(rest) > 1 && !glossStartsUpper(rest[0]) && !unicode.IsDigit([]rune(rest[0])[0]) {
			rest = rest[1:]
		}
		if len(rest) > 0 && (glossStartsUpper(rest[0]) || unicode.IsDigit([]rune(rest[0])[0])) {
			phrase = rest
		}
	}
	// A determiner opens the phrase without belonging to it (the Belt and
	// Road Initiative), but a capitalised quantifier opens a title
	// (Several Measures to …, Some Opinions on …).
	if d := phrase[0]; len(phrase) > 1 && glossDeterminer(d) && (!glossStartsUpper(d) || !lexicon.Quantifiers.Has(d)) {
		phrase = phrase[1:]
	}
	// A numbered part of a document before its name is no part of the
	// name: Article 2 of the Act Governing Relations … (台灣地區…條例).
	if len(phrase) > 3 && lexicon.DocumentParts.Has(phrase[0]) && phrase[2] == "of" {
		phrase = phrase[3:]
		if len(phrase) > 1 && glossDeterminer(phrase[0]) {
			phrase = phrase[1:]
		}
	}
	return phrase
}

// glossCapitalised reports whether words[i] is capitalised, or is a number
// after a capitalised word, which belongs to a name or title (Made in China
// 2025, Document No. 9).
func glossCapitalised(words []string, i int) bool {
	w := words[i]
	return glossStartsUpper(w) || i > 0 && unicode.IsDigit([]rune(w)[0]) && glossStartsUpper(words[i-1])
}

// glossTitleCase reports whether words are a title: every word capitalised
// but the connecting words (Made in China 2025, Several Measures to Support
// …), a number or a capitalised hyphenated word counting as capitalised.
func glossTitleCase(words []string) bool {
	if len(words) == 0 || !glossStartsUpper(words[0]) {
		return false
	}
	for _, w := range words {
		if !glossStartsUpper(w) && !lexicon.PhraseConnectors.Has(strings.ToLower(w)) && !unicode.IsDigit([]rune(w)[0]) {
			return false
		}
	}
	return true
}

func glossTrimConnectors(words []string) []string {
	for len(words) > 1 && lexicon.PhraseConnectors.Has(words[0]) {
		words = words[1:]
	}
	return words
}

// glossCountedPhrase returns the noun phrase that ends words, with the
// number before it when the Chinese counts too (the 20 new guidelines
// (二十条) → 20 new guidelines), and without a title that opens it
// (President Tsai Ing wen → Tsai Ing wen).
func glossCountedPhrase(words []string, hanzi string, zh *cuts) string {
	n := glossNounPhraseLen(words)
	if at := len(words) - n - 1; at >= 0 && glossNumber(words[at]) && countsInRun(hanzi) {
		n++
	}
	n += glossConjunct(words[:len(words)-n], words[len(words)-n:], hanzi, zh)
	if n > 0 {
		n += senseOfHead(words[:len(words)-n], hanzi, zh)
	}
	phrase := words[len(words)-n:]
	for len(phrase) > 1 && lexicon.IsTitle(phrase[0]) && glossStartsUpper(phrase[0]) && glossStartsUpper(phrase[1]) {
		phrase = phrase[1:]
	}
	return strings.Join(phrase, " ")
}

// hanDigits are the Chinese numerals for 0 to 9 in order, as a year is
// written digit by digit (一九九二年): 〇 and segment.Numerals' first nine.
var hanDigits = []rune("〇" + segment.Numerals)[:10]

// numberInRun reports whether the run holds the number w, a glossNumber:
// a year in its figures or its digits in Chinese numerals, whole or its
// last two (九二共识 for the 1992 Consensus; 统一 holds no year); any other
// number by any numeral (二十条 for the 20 new guidelines). Digits of any
// script are read as the figures 0 to 9 (２０２４, ٢٠٢٤).
func numberInRun(w, hanzi string) bool {
	if utf8.RuneCountInString(w) != 4 {
		return countsInRun(hanzi)
	}
	w, hanzi = asciiDigits(w), asciiDigits(hanzi)
	han := strings.Map(func(d rune) rune { return hanDigits[d-'0'] }, w[2:])
	return strings.Contains(hanzi, w) || strings.Contains(hanzi, w[2:]) || strings.Contains(hanzi, han)
}

// countsInRun reports whether a run holds a numeral or a digit of any
// script, so that it counts or dates something.
func countsInRun(hanzi string) bool {
	return strings.ContainsAny(hanzi, chineseNumerals) || strings.ContainsFunc(hanzi, unicode.IsDigit)
}

// asciiDigits returns s with every decimal digit of any script (full-width
// ２, Arabic-Indic ٢) as its figure 0 to 9. Unicode assigns a script's
// digits as one block from 0 to 9, and adjacent blocks (the mathematical
// digits) follow one another whole, so a digit's value is its distance
// from the first digit of its blocks, modulo ten.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 || !unicode.IsDigit(r) {
			return r
		}
		first := r
		for unicode.IsDigit(first - 1) {
			first--
		}
		return '0' + (r-first)%10
	}, s)
}

// maxConjunct is the most words of the first of two coordinated noun
// phrases that glossConjunct takes into a gloss (reform and opening up).
const maxConjunct = 2

// glossConjunct returns how many words before phrase, the noun phrase
// that ends a gloss, belong to it as a first conjunct joined by "and" or
// "or", 0 if none: where the run coordinates too, with a conjunction of
// its own between two words (peace and development, 和平|与|发展, but not
// trade and public participation, 公众|参与|机制), or is two free words of
// two characters that the conjuncts translate one each, the last in one
// word but for a particle (reform and opening up, 改革|开放; unity and
// struggle, 团结|奋斗; but party discipline and self-revolution, 自我革命,
// is self-revolution, and economic growth and social stability, 社会稳定,
// is social stability). Words alone cannot tell which conjunct of two
// words or more translates which word of the run (party building and
// anti-corruption, 党建|反腐, reads as party discipline and
// self-revolution does), so such conjuncts stay out.
func glossConjunct(before, phrase []string, hanzi string, zh *cuts) int {
	n := len(before)
	if n < 2 || before[n-1] != "and" && before[n-1] != "or" {
		return 0
	}
	content := 0
	for _, w := range phrase {
		if !lexicon.VerbParticles.Has(w) {
			content++
		}
	}
	m := glossNounPhraseLen(before[:n-1])
	if m == 0 || m > maxConjunct {
		return 0
	}
	switch words := runWords(zh, hanzi); {
	case coordinated(words):
		return m + 1
	case len(words) == 2 && utf8.RuneCountInString(words[0]) == 2 && utf8.RuneCountInString(words[1]) == 2 && m == 1 && content == 1:
		return m + 1
	}
	return 0
}

// runWords returns the words zh, the segmenter Terms was given, cuts hanzi
// into with no gloss, the run whole where it could not be loaded (nil).
// The sense glosses, a conjunct and a Chinese sentence's close read a
// run's words, so it is called for every run, not only where a gloss may
// take a conjunct: the cut made once per run and gloss (cuts) keeps that
// cheap, and BenchmarkTermsSenseGlosses watches it.
func runWords(zh *cuts, hanzi string) []string {
	if zh == nil {
		return []string{hanzi}
	}
	return zh.Segment(hanzi, "")
}

// coordinated reports whether a run's words join two words with a
// conjunction standing as a word of its own between them: 和平|与|发展,
// 统筹|发展|和|安全.
func coordinated(words []string) bool {
	for i := 1; i < len(words)-1; i++ {
		if lexicon.HanziConjunctions.Has(words[i]) {
			return true
		}
	}
	return false
}

// chineseNumerals are the digits and Chinese numerals that show a run
// counts or dates something.
const chineseNumerals = "0123456789〇" + segment.Numerals

// glossNumber reports whether w is a number written in digits, of any
// script: the figures 0 to 9, full-width (２０２４) or Arabic-Indic (٢٠٢٤)
// digits alike, which numberInRun reads as figures.
func glossNumber(w string) bool {
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
}

// glossNounPhrase returns the noun phrase that ends words.
func glossNounPhrase(words []string) string {
	return strings.Join(words[len(words)-glossNounPhraseLen(words):], " ")
}

// glossNounPhraseLen returns how many of the last words make a noun phrase:
// it stops at a word that cannot be inside one, and, before its head, at a
// verb that takes it as its object.
func glossNounPhraseLen(words []string) int {
	from := len(words)
	for from > 0 && len(words)-from < maxGlossNounPhrase {
		i := from - 1
		if glossEndsNounPhrase(words[i]) || i < len(words)-1 && glossIsVerb(words, i) {
			break
		}
		from--
	}
	return len(words) - from
}

// glossEndsNounPhrase reports whether w cannot stand inside a noun phrase
// that glosses a term: a comma, a function word, a word that introduces or
// names a term, a possessive (Beijing's push for …) or a bare number.
func glossEndsNounPhrase(w string) bool {
	w = strings.ToLower(w)
	_, possessive := glossPossessive(w)
	return w == "," || glossStop(w) || glossDeterminer(w) || lexicon.PhraseConnectors.Has(w) || possessive || glossNumber(w)
}

// glossIsVerb reports whether words[i], before the head of a noun phrase,
// is rather a verb that takes the phrase as its object: the PLA must carry
// out political rectification, a fund expected to back military-civil
// fusion. It looks only at the word and the one before it:
//   - after a determiner or a possessive a word is a noun or an adjective
//     (the launch vehicle, its guiding principle);
//   - a particle ends a phrasal verb (carry out, step up, scale back);
//   - a verb that introduces a list (lexicon.ListVerbs) is one in any form
//     (the doctrine includes legal warfare);
//   - a hyphenated word is an adjective (state-owned, market-based);
//   - a policy verb (glossVerbs) in its base form is one after a modal,
//     "to", a pronoun or an adverb, but not after a noun (land use planning)
//     nor at the start of a clause, where it opens a slogan;
//   - in -s, after a name or a pronoun (Beijing backs), not after a noun
//     (rocket launches) unless a determiner opening the clause introduces
//     it (The plan stresses);
//   - in -ed, unless after a preposition or "be" (of adopted children);
//   - in -ing, after a preposition, "be" or an adverb, or at the start of a
//     clause (by building, is pursuing), not after a noun (capacity
//     building), and never for the few usually adjectives
//     (lexicon.IngAdjectives);
//   - any other word in -ed is one after a plain lower-case word, a name
//     or a pronoun, taken for its subject (the law enshrined cyber
//     sovereignty, They discussed military-civil fusion, but the targeted
//     poverty alleviation), or after "have" (has prioritised data
//     security); any other in -ing after "be" (are expanding).
func glossIsVerb(words []string, i int) bool {
	w := strings.ToLower(words[i])
	prev, start := "", i == 0 || words[i-1] == ","
	if i > 0 {
		prev = strings.ToLower(words[i-1])
	}
	_, possessive := glossPossessive(prev)
	switch {
	case glossDeterminer(prev) || possessive:
		return false
	case lexicon.VerbParticles.Has(w):
		return true
	case i >= 1 && (i == 1 || words[i-2] == ",") && glossPluralOpener(words[i-1]) && unicode.IsLower([]rune(w)[0]):
		// A plural that opens the clause is its subject, the lower-case
		// word after it its verb: Officials stress stability
		// maintenance, Analysts track dual circulation.
		return true
	case strings.Contains(w, "-"):
		return false
	}
	if _, _, ok := lexicon.Lemma(w, lexicon.ListVerbs.Has); ok {
		return true // the doctrine includes legal warfare
	}
	name := !start && glossStartsUpper(words[i-1])
	noun := !start && !name && !glossEndsNounPhrase(prev) // a plain lower-case word
	pronoun, adverb, prep, be := glossPronoun(prev), lexicon.VerbAdverbs.Has(prev), lexicon.Prepositions.Has(prev), lexicon.Be.Has(prev)
	form, lexical := glossVerbs[w]
	switch {
	case !lexical:
	case form == lexicon.Base:
		return glossModal(prev) || pronoun || adverb
	case form == lexicon.S:
		// After a noun that a determiner opening the clause introduces,
		// the noun is its subject: The line stresses social stability.
		subject := noun && i >= 2 && glossDeterminer(strings.ToLower(words[i-2])) && (i == 2 || words[i-3] == ",")
		return name || pronoun || adverb || subject
	case form == lexicon.Past:
		return !prep && !be
	case form == lexicon.Ing:
		return !lexicon.IngAdjectives.Has(w) && (start || prep || be || adverb)
	}
	switch {
	case strings.HasSuffix(w, "ed") && len(w) > 4 && !strings.HasSuffix(w, "eed"):
		return noun || name || pronoun || lexicon.Have.Has(prev)
	case strings.HasSuffix(w, "ing"):
		return be
	}
	return false
}

// glossPluralOpener reports whether w, opening a clause, is a capitalised
// plural noun (Officials, Analysts), not a possessive or a word in -ss.
func glossPluralOpener(w string) bool {
	return glossStartsUpper(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.ContainsAny(w, "'’") && !glossDeterminer(strings.ToLower(w))
}

// glossNounList returns the last n noun phrases of words when they are a
// list, separated by commas and a last "and" or "or", and where the list
// starts in words; nil when they are not.
func glossNounList(words []string, n int) ([]string, int) {
	items := make([]string, n)
	end := len(words)
	for k := n - 1; k >= 0; k-- {
		size := glossNounPhraseLen(words[:end])
		if size == 0 {
			return nil, 0
		}
		items[k] = strings.Join(words[end-size:end], " ")
		end -= size
		if k == 0 {
			break
		}
		// The separator: ",", "and", "or", or ", and".
		if end == 0 || !(words[end-1] == "," || words[end-1] == "and" || words[end-1] == "or") {
			return nil, 0
		}
		end--
		if end > 0 && words[end-1] == "," {
			end--
		}
	}
	return items, end
}

// The word classes the gloss rules read, from the lexicon. A noun phrase
// that glosses a term is a run of words none of which is a function word
// (glossStop, a determiner, a connector), the English word for a term or a
// verb that names one.

// glossDeterminer: a determiner or a quantifier ("several"), either of
// which opens a noun phrase.
func glossDeterminer(w string) bool { return lexicon.Determiners.Has(w) || lexicon.Quantifiers.Has(w) }

// glossPronoun: a personal or relative pronoun.
func glossPronoun(w string) bool { return lexicon.Pronouns.Has(w) || lexicon.Relatives.Has(w) }

// glossModal: a word after which a verb stands in its base form: a modal,
// a form of "do", or the "to" of an infinitive.
func glossModal(w string) bool { return w == "to" || lexicon.Modals.Has(w) || lexicon.Do.Has(w) }

// glossStop reports whether w cannot stand inside a noun phrase that
// glosses a term: a function word, a verb that names a term ("dubbed"), or
// a word for a term ("the slogan").
func glossStop(w string) bool {
	return glossPronoun(w) || lexicon.Prepositions.Has(w) || lexicon.Conjunctions.Has(w) || glossModal(w) ||
		lexicon.Have.Has(w) || lexicon.Be.Has(w) || lexicon.VerbAdverbs.Has(w) ||
		lexicon.NamingVerbs.Has(w) || lexicon.TermNouns.HasNoun(w)
}

// glossVerbs maps every form of the policy verbs to its inflection.
var glossVerbs = func() map[string]lexicon.VerbForm {
	forms := make(map[string]lexicon.VerbForm)
	for base := range lexicon.PolicyVerbs.All() {
		for f, w := range lexicon.Inflect(base) {
			forms[w] = lexicon.VerbForm(f)
		}
	}
	return forms
}()
