package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/segment"
)

// Terms fills Claim.Terms with every run of Chinese embedded in the English:
// its segmentation, pinyin and the English gloss the article gives for it.
// The Chinese dictionary is loaded lazily, once, when the first article
// holding Chinese arrives; one Terms is shared by all workers.
type Terms struct {
	load func() (*segment.Chinese, error)
	once sync.Once
	zh   *segment.Chinese // nil when loading failed
}

// NewTerms returns a Terms that loads its segmenter with load (normally
// segment.LoadChinese) when first needed. Should loading fail, terms are
// still found and glossed, each run kept as a single segment.
func NewTerms(load func() (*segment.Chinese, error)) *Terms {
	return &Terms{load: load}
}

// Tag works on the whole article text, like Citations, so that the English
// around a run is read even where a sentence break falls next to it; each
// term goes to the claim holding its first character.
func (t *Terms) Tag(a *claimx.Article) {
	for i := range a.Claims {
		a.Claims[i].Terms = nil
	}
	if !segment.HasHan(a.Text) {
		return
	}
	t.once.Do(func() {
		if zh, err := t.load(); err == nil {
			t.zh = zh
		}
	})
	rs := []rune(a.Text)
	found := findTerms(rs, termCitationOpens(a.Text))
	for _, f := range found {
		i := sort.Search(len(a.Claims), func(i int) bool { return a.Claims[i].End > f.Start })
		if i == len(a.Claims) || a.Claims[i].Start > f.Start {
			continue
		}
		term := f.Term
		described := strings.Trim(f.Gloss+"; "+f.hint, "; ")
		segs := []string{term.Hanzi}
		if t.zh != nil {
			segs = t.zh.Segment(term.Hanzi, described)
			term.Segments = segs
		}
		term.Pinyin = segment.GlossPinyin(segs, described)
		a.Claims[i].Terms = append(a.Claims[i].Terms, term)
	}
}

// foundTerm is a term before segmentation, with the pinyin printed beside it
// (which is not its gloss but confirms its segmentation).
type foundTerm struct {
	claimx.Term
	hint string
}

// termCitationOpens returns the positions of the opening marks of the
// parentheses that hold citations: "网络主权 (Xinhua, 2014)" glosses nothing.
func termCitationOpens(text string) map[int]bool {
	opens := make(map[int]bool)
	for _, s := range CitationParens(text, 0) {
		opens[s.Start] = true
	}
	return opens
}

// findTerms finds the runs of Chinese in rs and what the text says about
// each. A run whose gloss is missing takes the gloss given for the same
// Chinese elsewhere in the article.
func findTerms(rs []rune, citations map[int]bool) []foundTerm {
	runs := termRuns(rs)
	out := make([]foundTerm, len(runs))
	for i, r := range runs {
		out[i] = describeRun(rs, r, runs, citations)
	}
	given := make(map[string]foundTerm)
	for _, f := range out {
		if g, seen := given[f.Hanzi]; !seen || (g.Gloss == "" && f.Gloss != "") {
			given[f.Hanzi] = f
		}
	}
	for i := range out {
		g := given[out[i].Hanzi]
		if out[i].Gloss == "" {
			out[i].Gloss = g.Gloss
		}
		if out[i].hint == "" {
			out[i].hint = g.hint
		}
	}
	return out
}

// termRuns returns the [from, to) ranges of the runs of Chinese in rs: Han
// characters, with the letters and digits written against them without a
// space (主权AI基础设施, 5G网络) and the dots inside a transliterated name
// (埃隆·马斯克).
func termRuns(rs []rune) [][2]int {
	alnum := func(r rune) bool { return unicode.IsLetter(r) && !segment.IsHan(r) || unicode.IsDigit(r) }
	var runs [][2]int
	for i := 0; i < len(rs); i++ {
		if !segment.IsHan(rs[i]) {
			continue
		}
		from := i
		for from > 0 && alnum(rs[from-1]) {
			from--
		}
		to := i + 1
		for to < len(rs) && (segment.IsHan(rs[to]) || alnum(rs[to]) ||
			segment.IsNameDot(rs[to]) && segment.IsHan(rs[to-1]) && to+1 < len(rs) && segment.IsHan(rs[to+1])) {
			to++
		}
		runs = append(runs, [2]int{from, to})
		i = to - 1
	}
	return runs
}

// termPiece is one piece of a parenthesis: a run of Chinese, or the text
// between runs and separators.
type termPiece struct {
	from, to int
	han      bool
}

// termParenScan bounds how far from a run a parenthesis mark is looked for.
const termParenScan = 300

// termParen returns the marks of the parenthesis around the run r on
// the same line.
func termParen(rs []rune, r [2]int) (open, close int, ok bool) {
	open = -1
	for i := r[0] - 1; i >= 0 && i >= r[0]-termParenScan; i-- {
		if isTermParenClose(rs[i]) || rs[i] == '\n' {
			break
		}
		if isTermParenOpen(rs[i]) {
			open = i
			break
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	close, ok = termParenClose(rs, open)
	return open, close, ok && close >= r[1]
}

// termParenClose returns the mark that closes the parenthesis opened at open.
func termParenClose(rs []rune, open int) (int, bool) {
	for i := open + 1; i < len(rs) && i <= open+termParenScan; i++ {
		switch {
		case isTermParenClose(rs[i]):
			return i, true
		case isTermParenOpen(rs[i]) || rs[i] == '\n':
			return 0, false
		}
	}
	return 0, false
}

func isTermParenOpen(r rune) bool  { return r == '(' || r == '（' }
func isTermParenClose(r rune) bool { return r == ')' || r == '）' }

// termPieces splits the content of a parenthesis into the runs of Chinese
// and the text between them, cut at separators.
func termPieces(rs []rune, open, close int, runs [][2]int) []termPiece {
	var out []termPiece
	start := open + 1
	flush := func(end int) {
		if strings.TrimSpace(string(rs[start:end])) != "" {
			out = append(out, termPiece{from: start, to: end})
		}
	}
	k := sort.Search(len(runs), func(k int) bool { return runs[k][0] > open })
	for i := open + 1; i < close; {
		if k < len(runs) && runs[k][0] == i {
			flush(i)
			out = append(out, termPiece{from: i, to: runs[k][1], han: true})
			i, start = runs[k][1], runs[k][1]
			k++
			continue
		}
		if strings.ContainsRune(",;，；、/", rs[i]) {
			flush(i)
			start = i + 1
		}
		i++
	}
	flush(close)
	return out
}

// describeRun gathers what the text says about the run r: its gloss, and
// the pinyin printed beside it.
func describeRun(rs []rune, r [2]int, runs [][2]int, citations map[int]bool) foundTerm {
	hanzi := string(rs[r[0]:r[1]])
	f := foundTerm{Term: claimx.Term{Hanzi: hanzi, Span: claimx.Span{Start: r[0], End: r[1]}}}
	open, close, inside := termParen(rs, r)
	if !inside {
		// A gloss after the run: 网络主权 (cyber sovereignty).
		i := r[1]
		for i < len(rs) && i < r[1]+3 && (rs[i] == ' ' || glossClosingQuotes[rs[i]]) {
			i++
		}
		if i < len(rs) && isTermParenOpen(rs[i]) && !citations[i] {
			if c, ok := termParenClose(rs, i); ok {
				f.Gloss, f.hint = besideRun(rs, termPieces(rs, i, c, runs), hanzi)
			}
		}
		return f
	}
	if citations[open] {
		return f
	}
	pieces := termPieces(rs, open, close, runs)
	english, pinyin := besideRun(rs, pieces, hanzi)
	f.hint = pinyin
	// Several runs in one parenthesis share the phrase before it, one part
	// each when it lists as many: “unite, consolidate” (团结, 巩固).
	var nth, count int
	for _, p := range pieces {
		if p.han {
			if p.from == r[0] {
				nth = count
			}
			count++
		}
	}
	before := glossBefore(rs, glossLineStart(rs, open), open, hanzi, count)
	if before != "" && !glossStartsUpper(before) && segment.Spells(hanzi, before) {
		// Pinyin, not English, before the parenthesis: wangluo zhuquan (网络主权).
		f.hint = strings.Trim(f.hint+"; "+before, "; ")
		before = ""
	}
	if count > 1 {
		if parts, ok := splitGlossList(before, count); ok {
			before = parts[nth]
		}
	}
	switch {
	case before != "":
		f.Gloss = before
	case english != "":
		f.Gloss = english
	case glossStartsUpper(pinyin):
		f.Gloss = pinyin // a name printed beside the run: (秦刚, Qin Gang)
	}
	return f
}

// besideRun reads the pieces of a parenthesis other than Chinese: the first
// English one is a gloss, one that spells hanzi in pinyin is its pinyin.
// Acronyms (CAC), dates and labels such as "Chinese:" are neither.
func besideRun(rs []rune, pieces []termPiece, hanzi string) (english, pinyin string) {
	for _, p := range pieces {
		if p.han {
			continue
		}
		s := cleanGlossPiece(string(rs[p.from:p.to]))
		switch {
		case s == "" || isGlossAcronym(s) || strings.IndexFunc(s, unicode.IsDigit) >= 0:
		case segment.Spells(hanzi, s):
			if pinyin == "" {
				pinyin = s
			}
		case english == "":
			english = s
		}
	}
	return english, pinyin
}

// glossLeadIns introduce a gloss inside a parenthesis without belonging to
// it; glossLabels name the language of what follows. Both lower case.
var (
	glossLeadIns = []string{"lit.", "literally", "meaning", "i.e.", "or", "aka", "a.k.a.", "roughly", "translated as"}
	glossLabels  = map[string]bool{"chinese": true, "in chinese": true, "mandarin": true, "pinyin": true, "zh": true, "ch": true}
)

func cleanGlossPiece(s string) string {
	s = trimGloss(s)
	if glossLabels[strings.ToLower(s)] {
		return ""
	}
	for {
		lower := strings.ToLower(s)
		cut := ""
		for _, w := range glossLeadIns {
			if strings.HasPrefix(lower, w) && (len(lower) == len(w) || lower[len(w)] == ' ') && len(w) > len(cut) {
				cut = w
			}
		}
		if cut == "" {
			return s
		}
		s = trimGloss(s[len(cut):])
	}
}

// Quotation marks: the closing ones, and each opening one with the mark
// that closes it. The straight " opens and closes; ’ closes ‘ but is also an
// apostrophe.
var (
	glossClosingQuotes = map[rune]bool{'”': true, '’': true, '»': true, '」': true, '』': true, '"': true}
	glossOpeningQuotes = map[rune]rune{'“': '”', '‘': '’', '«': '»', '「': '」', '『': '』'}
)

// trimGloss drops the spaces, quotation marks and punctuation around a gloss.
func trimGloss(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		_, opening := glossOpeningQuotes[r]
		return unicode.IsSpace(r) || opening || glossClosingQuotes[r] || strings.ContainsRune(",;:.—–-", r)
	})
}

func isGlossAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '&' && r != '-' && !unicode.IsDigit(r):
			return false
		}
	}
	return letters >= 2
}

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

func glossLineStart(rs []rune, i int) int {
	for i > 0 && rs[i-1] != '\n' {
		i--
	}
	return i
}

// maxQuotedGloss is the most words a quotation before a parenthesis may
// hold to be the gloss whole; a longer one is quoted speech, whose last
// noun phrase is the gloss: “... model of cyber regulation (网络监管)”.
const maxQuotedGloss = 8

// glossBefore reads the English just before the parenthesis at open, from
// the start of its line: a quotation that ends there or is still open there
// (“cyber sovereignty (网络主权)”), else a name or a noun phrase, or a list
// of as many noun phrases as the parenthesis holds runs.
func glossBefore(rs []rune, start, open int, hanzi string, runs int) string {
	end := open
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	if end == start || segment.IsHan(rs[end-1]) {
		return ""
	}
	if q, ok := glossQuoted(rs, start, end); ok {
		if words := strings.Fields(trimGloss(q)); len(words) <= maxQuotedGloss {
			return strings.Join(words, " ")
		}
		return glossNounPhrase(glossClauseWords([]rune(q)))
	}
	words := glossClauseWords(rs[start:end])
	if runs > 1 {
		if list := glossNounList(words, runs); list != "" {
			return list
		}
	}
	return wordsGloss(words, hanzi)
}

// glossQuoted returns the text of the quotation that closes at end, or of
// the one still open at end.
func glossQuoted(rs []rune, start, end int) (string, bool) {
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
				return string(rs[i+1 : end-1]), true
			}
		}
	case straight%2 == 1:
		for i := end - 1; i >= start; i-- {
			if rs[i] == '"' {
				return string(rs[i+1 : end]), true
			}
		}
	case glossClosingQuotes[last]:
		for i := end - 2; i >= start; i-- {
			if glossOpeningQuotes[rs[i]] == last {
				return string(rs[i+1 : end-1]), true
			}
		}
		return "", false // a ’ with no ‘ is an apostrophe
	}
	for i := end - 1; i >= start; i-- {
		if closer, ok := glossOpeningQuotes[rs[i]]; ok {
			for _, r := range rs[i+1 : end] {
				if r == closer {
					return "", false
				}
			}
			return string(rs[i+1 : end]), true
		}
	}
	return "", false
}

// glossClauseWords returns the words of the last clause of rs: those after its
// last punctuation mark other than a comma, which is kept as a word of its
// own. Apostrophes and hyphens inside a word, and the full stop of an
// initial (John F. Kennedy), belong to the word.
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
			for j < len(rs) && (isWord(rs[j]) || strings.ContainsRune("'’-.&", rs[j]) && j+1 < len(rs) && isWord(rs[j+1])) {
				j++
			}
			if j < len(rs) && rs[j] == '.' && j == i+1 && unicode.IsUpper(r) {
				j++
			}
			words = append(words, string(rs[i:j]))
			i = j
		case r == ',':
			words = append(words, ",")
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
	maxGlossCapitalPhrase = 16
	maxGlossNounPhrase    = 5
)

// wordsGloss picks the gloss out of the words before a parenthesis.
// Capitalised words are a name: the fewest that spell the Chinese in pinyin
// (Former Minister of Foreign Affairs Qin Gang → Qin Gang), else the name
// after the last title (Nvidia’s CEO Jensen Huang → Jensen Huang), else the
// whole capitalised phrase (the Cyberspace Administration of China).
// Lower-case words end a noun phrase (the notion of digital sovereignty →
// digital sovereignty).
func wordsGloss(words []string, hanzi string) string {
	if len(words) == 0 {
		return ""
	}
	if !glossStartsUpper(words[len(words)-1]) {
		return glossNounPhrase(words)
	}
	for k := 1; k <= maxGlossNameWords && k <= len(words) && glossStartsUpper(words[len(words)-k]); k++ {
		name := strings.Join(words[len(words)-k:], " ")
		if segment.Spells(hanzi, name) {
			return name
		}
	}
	phrase := glossCapitalPhrase(words)
	for t := len(phrase) - 2; t >= 0; t-- {
		if isGlossTitle(phrase[t]) {
			name := phrase[t+1:]
			// The title ran on: Secretary of State Antony Blinken.
			if glossConnectors[strings.ToLower(name[0])] && len(name) > 3 {
				name = name[len(name)-2:]
			}
			return strings.Join(glossTrimConnectors(name), " ")
		}
	}
	return strings.Join(phrase, " ")
}

// glossCapitalPhrase returns the capitalised words that end words, with the
// connecting words between them (Belt and Road Initiative), without a leading
// determiner.
func glossCapitalPhrase(words []string) []string {
	from := len(words)
	for i := len(words) - 1; i >= 0 && len(words)-i <= maxGlossCapitalPhrase; i-- {
		w := words[i]
		if glossStartsUpper(w) {
			from = i
			continue
		}
		if !glossConnectors[w] {
			break
		}
	}
	phrase := words[from:]
	if glossDeterminers[strings.ToLower(phrase[0])] && len(phrase) > 1 {
		phrase = phrase[1:]
	}
	return phrase
}

func glossTrimConnectors(words []string) []string {
	for len(words) > 1 && glossConnectors[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return words
}

// isGlossTitle reports whether a capitalised word is a title or office that can
// stand before a person's name.
func isGlossTitle(w string) bool {
	for _, part := range strings.Split(strings.ToLower(w), "-") {
		if glossTitles[strings.TrimSuffix(strings.TrimSuffix(part, "’s"), "'s")] {
			return true
		}
	}
	return false
}

// glossNounPhrase returns the last words of words up to a word that cannot be
// inside a noun phrase (a determiner, preposition, pronoun, verb) or a
// possessive: a rule rather than a part-of-speech tagger, which would cost
// about 60 ms an article for this one use.
func glossNounPhrase(words []string) string {
	return strings.Join(words[len(words)-glossNounPhraseLen(words):], " ")
}

// glossNounPhraseLen returns how many of the last words make a noun phrase. A
// word in -ed after a plain lower-case word is taken for a verb after its
// subject (the law enshrined cyber sovereignty), not for an adjective (the
// targeted poverty alleviation); a bare number ends the phrase too.
func glossNounPhraseLen(words []string) int {
	stop := func(w string) bool {
		return w == "," || glossStops[w] || glossDeterminers[w] || glossConnectors[w] ||
			strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") ||
			strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
	}
	from := len(words)
	for from > 0 && len(words)-from < maxGlossNounPhrase {
		w := strings.ToLower(words[from-1])
		if stop(w) {
			break
		}
		if strings.HasSuffix(w, "ed") && from > 1 && !glossStartsUpper(words[from-2]) && !stop(strings.ToLower(words[from-2])) {
			break
		}
		from--
	}
	return len(words) - from
}

// glossNounList returns the last n noun phrases of words when they are a
// list, separated by commas and a last "and" or "or", as one gloss with its
// parts separated by commas; "" when they are not.
func glossNounList(words []string, n int) string {
	items := make([]string, n)
	end := len(words)
	for k := n - 1; k >= 0; k-- {
		size := glossNounPhraseLen(words[:end])
		if size == 0 {
			return ""
		}
		items[k] = strings.Join(words[end-size:end], " ")
		end -= size
		if k == 0 {
			break
		}
		// The separator: ",", "and", "or", or ", and".
		if end == 0 || !(words[end-1] == "," || words[end-1] == "and" || words[end-1] == "or") {
			return ""
		}
		end--
		if end > 0 && words[end-1] == "," {
			end--
		}
	}
	return strings.Join(items, ", ")
}

func glossWordSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

var (
	glossConnectors  = glossWordSet("of and for on in with to the a an at & de")
	glossDeterminers = glossWordSet("the a an this that these those its their his her our your my such any each every some no another other both all either neither many several")
	glossTitles      = glossWordSet("minister president premier secretary chairman chairwoman chair director ceo cfo cto coo " +
		"founder professor prof dr mr mrs ms ambassador head dean spokesperson spokesman spokeswoman general vice " +
		"deputy former chief executive governor mayor senator representative commissioner advisor adviser envoy " +
		"leader chancellor king queen prince judge justice officer admiral colonel captain commander marshal " +
		"councillor councilor editor researcher scholar analyst expert fellow lecturer economist comrade chairperson")
	// glossStops cannot stand inside a noun phrase that glosses a term:
	// pronouns, prepositions, conjunctions, verbs that introduce a term, and
	// the words that name one (the term, the slogan).
	glossStops = glossWordSet("it they we he she i you them us him me who whom whose which what " +
		"of in on at for to with by from as into about over under between through against without within " +
		"among around across after before during toward towards upon via per than like including beyond " +
		"and or but nor so yet while whereas although though because if unless whether " +
		"is are was were be been being am has have had do does did will would can could should may might must shall not " +
		"also only even just now then still already further often always never increasingly recently " +
		"said says say calls called call dubbed termed known named labeled labelled coined described describes " +
		"defined defines promoted promotes promote proposed proposes propose advocated advocates advocate " +
		"launched launches introduced introduces emphasized emphasised emphasizes stressed stresses highlighted " +
		"highlights used uses adopted adopts embraced embraces pushed pushes seeks sought become becomes became " +
		"remains remained refers referred so-called " +
		"term terms concept concepts notion notions idea ideas slogan slogans phrase phrases expression " +
		"expressions motto word words catchphrase formulation formulations tifa buzzword")
)
