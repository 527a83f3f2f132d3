package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// token is one word of a claim as the entity tagger sees it. The tagger
// keeps every token of the article until it has resolved the last
// mention, so a token is kept small: rune offsets as int32 and its marks
// as bits (32 bytes, where ten bools and two ints took 48).
type token struct {
	text   string // as written, a possessive ’s removed
	lo, hi int32  // rune offsets in the claim text (start and end); hi excludes the possessive
	marks  mark
}

// mark is one thing a token's form or place says about it.
type mark uint16

const (
	possMark      mark = 1 << iota // written with a possessive ’s
	capMark                        // opens with an upper-case letter
	acronymMark                    // two or more capitals and no lower case but a plural s: "PRC", "U.S.", "LLMs"
	connectorMark                  // a lower-case word that may stand inside a name: "of", "and", "&"
	initialMark                    // a single capital and a full stop: "J."
	joinedMark                     // only spaces (no mark, no line break) separate it from the token before
	sentStartMark                  // opens a sentence, heading or list item
	skipMark                       // inside a parenthesis that is not running text (citation, acronym, hanzi)
	bracketedMark                  // a given name an editor put in brackets before the rest: "(Manasseh) Sogavare"
	nicknamedMark                  // a quoted nickname stands between it and the name's word before: "Teodoro" in "Gilberto “Gibo” Teodoro"
)

// set gives t mark m when on holds and takes it away otherwise.
func (t *token) set(m mark, on bool) {
	if on {
		t.marks |= m
	} else {
		t.marks &^= m
	}
}

func (t token) start() int      { return int(t.lo) }
func (t token) end() int        { return int(t.hi) }
func (t token) poss() bool      { return t.marks&possMark != 0 }
func (t token) cap() bool       { return t.marks&capMark != 0 }
func (t token) acronym() bool   { return t.marks&acronymMark != 0 }
func (t token) connector() bool { return t.marks&connectorMark != 0 }
func (t token) initial() bool   { return t.marks&initialMark != 0 }
func (t token) joined() bool    { return t.marks&joinedMark != 0 }
func (t token) sentStart() bool { return t.marks&sentStartMark != 0 }
func (t token) skip() bool      { return t.marks&skipMark != 0 }
func (t token) bracketed() bool { return t.marks&bracketedMark != 0 }
func (t token) nicknamed() bool { return t.marks&nicknamedMark != 0 }

// wordRune: Latin and other alphabetic letters, digits and marks. Han
// characters are not word runes: a Chinese run is a term, not part of an
// English name.
func wordRune(r rune) bool {
	return (unicode.IsLetter(r) && !unicode.Is(unicode.Han, r)) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// apostrophe reports whether r, inside or closing a word, is an
// apostrophe: straight, curly, or a left single quote that some pages
// print for one ("People‘s Congress"); where a word starts, no quote
// is read so.
func apostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// possessiveStem returns word without its "’s", if it ends with one
// after at least one letter.
func possessiveStem(word string) (string, bool) {
	stem, ok := strings.CutSuffix(word, "s")
	if !ok {
		return word, false
	}
	a, size := utf8.DecodeLastRuneInString(stem)
	if !apostrophe(a) || len(stem) == size {
		return word, false
	}
	return stem[:len(stem)-size], true
}

// hyphen: an en dash between letters joins words as a hyphen does
// ("Qinghai–Tibet Plateau").
func hyphen(r rune) bool { return r == '-' || r == '‐' || r == '–' }

// tokenize splits a claim into words. Hyphens, apostrophes and full
// stops stay inside a word when a letter follows them ("Dagher-Margosian",
// "Xi'an", "U.S"), and so does an ampersand between capitals ("AT&T"); a trailing full stop stays with an initial, a dotted
// acronym or a known abbreviation.
//
// It scans the claim as a []rune it drops when done (the claim keeps
// only src). Each token's text is a slice of the claim's text, not a
// copy: an article's tokens are all held while the tagger reads it.
func tokenize(src runeText) []token {
	text, rs := src.s, []rune(src.s)
	// Room for a word after every space and one more, which English
	// rarely exceeds, so that the slice is rarely grown and copied.
	toks := make([]token, 0, strings.Count(text, " ")+2)
	prevEnd := 0
	// byteAt(n) is where rune n starts in text; tokens ask in text order.
	runeAt, byteOff := 0, 0
	byteAt := func(n int) int {
		for ; runeAt < n; runeAt++ {
			byteOff += utf8.RuneLen(rs[runeAt])
		}
		return byteOff
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		if r == '&' {
			toks = append(toks, token{text: "&", lo: int32(i), hi: int32(i + 1), marks: connectorMark})
			toks[len(toks)-1].set(joinedMark, spacesOnly(src, prevEnd, i))
			i++
			prevEnd = i
			continue
		}
		if !wordRune(r) {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) {
			if wordRune(rs[j]) {
				j++
				continue
			}
			if (hyphen(rs[j]) || rs[j] == '.' || apostrophe(rs[j])) && j+1 < len(rs) && wordRune(rs[j+1]) {
				j += 2
				continue
			}
			if dottedCompound(rs, i, j) {
				j += 3 // "U.S.-China": one compound, as "US-China" is
				continue
			}
			if rs[j] == '&' && j+1 < len(rs) && unicode.IsUpper(rs[j-1]) && unicode.IsUpper(rs[j+1]) {
				j += 2 // "AT&T", "S&P": one name
				continue
			}
			break
		}
		start := i
		// A lower-case prefix before a hyphen and a capital ("anti-CCP",
		// "pro-Beijing") is not part of the name, unless it is a particle
		// of the name ("al-Qaeda", "el-Sisi").
		particle := false
		if unicode.IsLower(rs[i]) {
			for k := i + 1; k+1 < j; k++ {
				if hyphen(rs[k]) {
					if unicode.IsUpper(rs[k+1]) {
						particle = lexicon.NameParticles.Has(string(rs[i:k]))
						if !particle {
							start = k + 1
						}
					}
					break
				}
			}
		}
		t := token{lo: int32(start), hi: int32(j)}
		from := byteAt(start)
		word := text[from:byteAt(j)]
		if j < len(rs) && rs[j] == '.' {
			if n := j - start; (n == 1 && unicode.IsUpper(rs[start])) || strings.Contains(word, ".") || abbreviation(word) {
				j++
				word = text[from:byteAt(j)]
				t.hi = int32(j)
				t.set(initialMark, n == 1)
			}
		}
		if stem, ok := possessiveStem(word); ok {
			word = stem
			t.set(possMark, true)
			t.hi = int32(start + utf8.RuneCountInString(word))
		} else if pluralPossessive(rs, start, j) {
			// "Seafarers’ Rights Network": the apostrophe joins the
			// words like a "’s" does, and splitPossessive judges them.
			t.set(possMark, true)
			j++
		}
		t.text = word
		// "iFlytek" is capitalised like a name; "iPhones" too, and then
		// no list knows it; and so is a surname whose particle is fused
		// to it in lower case, "deBuys", "vanHollen".
		t.set(capMark, particle || unicode.IsUpper(rs[start]) || start+1 < j && unicode.IsLower(rs[start]) && unicode.IsUpper(rs[start+1]) || lexicon.FusedParticle(word))
		t.set(acronymMark, isAcronym(word))
		t.set(connectorMark, !t.cap() && (lexicon.NameConnectors.Has(word) || lexicon.NameParticles.Has(word)))
		t.set(joinedMark, spacesOnly(src, prevEnd, start))
		t.set(sentStartMark, opensSentence(src, start))
		toks = append(toks, t)
		i, prevEnd = j, j
	}
	joinBracketedGiven(rs, toks)
	capitalSurnames(toks)
	return dropNicknames(rs, toks)
}

// dottedCompound reports whether the full stop at rs[j] ends a dotted
// acronym that a hyphen joins to a capitalised word: "U.S.-China",
// "U.K.-Japan". "U.S.-led" keeps the acronym a word of its own.
func dottedCompound(rs []rune, i, j int) bool {
	return rs[j] == '.' && j+2 < len(rs) && hyphen(rs[j+1]) && unicode.IsUpper(rs[j+2]) && strings.ContainsRune(string(rs[i:j]), '.')
}

// capitalSurnames reads a Chinese family name printed in capitals before
// a given name in pinyin, as Chinese institutions print names ("WANG
// Jisi", "Prof. ZHANG Tuosheng"), or last after an English and a Chinese
// given name ("Victor Zhikai GAO"), as a word of the name rather than an
// acronym. A common acronym stays one: "a Beijing AI conference".
func capitalSurnames(toks []token) {
	given := func(k int) bool {
		t := toks[k]
		return t.cap() && !t.acronym() && !t.initial() && !t.poss() && !strings.Contains(t.text, "-") && lexicon.PinyinGiven(t.text)
	}
	for k, t := range toks {
		if !t.acronym() || strings.Contains(t.text, ".") || !lexicon.Surnames.Has(t.text) || lexicon.CommonAcronyms.Has(t.text) {
			continue
		}
		first := k+1 < len(toks) && toks[k+1].joined() && given(k+1)
		last := k > 1 && t.joined() && toks[k-1].joined() && given(k-1) && lexicon.GivenNames.Has(toks[k-2].text)
		if first || last {
			toks[k].set(acronymMark, false)
		}
	}
}

// dropNicknames removes the nicknames papers quote inside a person's name,
// "Ferdinand “Bongbong” Marcos Jr.", "Rodrigo 'Digong' Duterte": a single
// capitalised word alone in quotes between two capitalised words. The
// name's words join across it, and the name reads without it, though the
// entity is named as printed (resolve: cluster.printed).
func dropNicknames(rs []rune, toks []token) []token {
	out := toks[:0]
	for k := 0; k < len(toks); k++ {
		if k > 0 && k+1 < len(toks) && nickname(rs, toks[k-1], toks[k], toks[k+1]) {
			toks[k+1].set(joinedMark|nicknamedMark, true)
			continue
		}
		out = append(out, toks[k])
	}
	return out
}

// nickname reports whether t is a nickname quoted between the words prev
// and next of one name: a word of no title, role or body, which quotes
// only distance ("Taipei Economic and Cultural “Representative” Hsiao").
func nickname(rs []rune, prev, t, next token) bool {
	if !prev.cap() || !t.cap() || !next.cap() || prev.acronym() || t.acronym() || next.acronym() || prev.end()+2 != t.start() || t.end()+2 != next.start() ||
		lexicon.IsTitle(t.text) || lexicon.Roles.HasNoun(t.text) || lexicon.OrgHeads.HasNoun(t.text) || lexicon.OrgHeads.HasNoun(prev.text) {
		return false
	}
	open, close := rs[t.start()-1], rs[t.end()]
	return rs[prev.end()] == ' ' && rs[next.start()-1] == ' ' &&
		(open == '“' && close == '”' || open == '"' && close == '"' || open == '‘' && close == '’' || open == '\'' && close == '\'')
}

// joinBracketedGiven finds given names an editor put in brackets inside a
// name, "Prime Minister (Manasseh) Sogavare", "[Oduya] Kamau": a single
// capitalised word alone in brackets with a capitalised word right after.
// It joins the name as if the brackets were not there.
func joinBracketedGiven(rs []rune, toks []token) {
	for k := 0; k+1 < len(toks); k++ {
		t, next := toks[k], toks[k+1]
		if t.start() == 0 || !t.cap() || t.acronym() || t.initial() || !next.cap() {
			continue
		}
		switch string(rs[t.start()-1]) + string(rs[t.end():next.start()]) {
		case "() ", "[] ":
		default:
			continue
		}
		toks[k].set(bracketedMark, true)
		if k > 0 && toks[k-1].cap() {
			sep := string(rs[toks[k-1].end():t.start()])
			toks[k].set(joinedMark, sep == " (" || sep == " [")
		}
		toks[k+1].set(joinedMark, true)
	}
}

// abbreviation reports whether w is written with a full stop that
// neither ends a sentence nor splits a name ("Dr. Yao", "Gen. Dong", "Jan.
// 5"): an abbreviation, or a month's, which the calendar lists with its
// stop.
func abbreviation(w string) bool {
	return lexicon.Abbreviations.Has(w) || lexicon.Calendar.Has(w+".")
}

// pluralPossessive reports whether the capitalised plural word rs[start:end]
// is followed by a bare apostrophe, a space and a capitalised word: the
// possessive of a plural ("Workers’ Party"), not a closing quote before
// running text.
func pluralPossessive(rs []rune, start, end int) bool {
	return unicode.IsUpper(rs[start]) && rs[end-1] == 's' && end+2 < len(rs) &&
		apostrophe(rs[end]) && rs[end+1] == ' ' && unicode.IsUpper(rs[end+2])
}

// spacesOnly reports whether rs[from:to] is one or more plain spaces, or
// the line break of a hard-wrapped paragraph (wrapped), which joins two
// words as a space does: "the United\nNations".
func spacesOnly(src runeText, from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if r := src.at(k); r != ' ' && r != '\u00a0' && !(r == '\n' && wrapped(src, k)) {
			return false
		}
	}
	return true
}

// A line break wraps a paragraph when the line it ends is as long as a
// wrapped line is, between minWrap and maxWrap runes: a heading or a list
// item is shorter, and the paragraphs of a text that does not wrap are
// longer.
const minWrap, maxWrap = 45, 100

// wrapped reports whether the line break at rs[k] wraps a paragraph: the
// line it ends has a wrapped line's length and the next line goes on with
// a word, not a bullet or another line break.
func wrapped(src runeText, k int) bool {
	if k+1 >= src.len() || !wordRune(src.at(k+1)) {
		return false
	}
	n := k - 1
	for n >= 0 && k-n <= maxWrap && src.at(n) != '\n' {
		n--
	}
	return k-n > minWrap && k-n <= maxWrap
}

// opensSentence reports whether the word at i opens a sentence: nothing
// but spaces, quotes, bullets and opening brackets stands between it and
// the start of the claim, a line break, or a mark that ends a sentence or
// introduces one (". ", ": ").
func opensSentence(src runeText, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch r := src.at(k); {
		case r == '\n' && !wrapped(src, k), r == '.', r == '!', r == '?', r == ':':
			return true
		case unicode.IsSpace(r), strings.ContainsRune("\"'“”‘’*#•-–([", r):
			continue
		default:
			return false
		}
	}
	return true
}

// isAcronym: at least two capitals, no lower-case letter except a
// plural "s" at the end ("LLMs"), dots allowed ("U.S.").
func isAcronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r):
			return false
		}
	}
	return caps >= 2
}

// maxRun bounds a run: the longest real names have a dozen words, two
// people with long titles joined by "and" twenty ("Under Secretary of
// State … and Assistant Secretary of State for East Asian and Pacific
// Affairs …"), and the splitting of a run costs more than linear time in
// its length.
const maxRun = 24

// runs returns the candidate names of a claim as token ranges [i, j): the
// maximal runs of capitalised words joined by spaces (or by the commas of a
// list inside an organisation's name, see commaInName), connectors allowed
// inside but not at either end, at most maxRun words long (a longer run
// ends before its last "and", see below).
func (d *doc) runs(c *claim) [][2]int {
	var out [][2]int
	for i := 0; i < len(c.toks); {
		if t := c.toks[i]; !t.cap() || t.skip() {
			i++
			continue
		}
		j := i + 1
		for j < len(c.toks) && j-i < maxRun && !c.toks[j].skip() && (c.toks[j].cap() || c.toks[j].connector() && !c.dateAfter(j)) && (c.toks[j].joined() || d.commaInName(c, i, j) || d.bracketInName(c, i, j) || c.legalComma(j)) {
			if closesCompany(c.toks[j-1].text, c.toks[j].text) {
				break // "Kroger Co. and Walmart Inc.", "Business Insider Inc Nintendo"
			}
			if c.toks[j].text == "I" && c.toks[j-1].connector() {
				break // "The ministry and I have said": the speaker, no word of a name
			}
			j++
		}
		if j-i == maxRun && j < len(c.toks) && c.toks[j].cap() && c.toks[j].joined() {
			// Cut at the cap with the run going on: end it before its
			// last "and" that closes a body's name or a title ("… Work
			// Office and …", "… Director and …"), where two names join,
			// so the name the cap would have split starts the next run
			// whole; an "and" inside a name ("Industry and Information
			// Technology") joins none.
			for k := j - 1; k > i+1; k-- {
				if w := c.toks[k-1].text; c.toks[k].text == "and" && (lexicon.OrgHeads.Has(w) || lexicon.Roles.Has(w)) {
					j = k
					break
				}
			}
		}
		end := j
		for end > i && c.toks[end-1].connector() {
			end--
		}
		out = append(out, [2]int{i, end})
		i = j
	}
	return out
}

// legalForm reports whether w is a legal form as a company's name prints
// it: one that is the initials of words not written as a word, in
// Title case ("Vale SA", "Eni SpA"; but "Hoang Sa" is an island's name and
// "Day Spa" a spa).
func legalForm(w string) bool {
	return lexicon.LegalForms.Has(w) && (!lexicon.LegalInitialisms.Has(w) || !titleCase(w))
}

// titleCase reports whether w is written as a word: one capital, then
// lower case only ("Spa", "Sa").
func titleCase(w string) bool {
	for k, r := range w {
		if k == 0 && !unicode.IsUpper(r) || k > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// closesCompany reports whether a legal form, prev, ends a company's name
// before the word next: any word but another legal form ("Co. Ltd.").
func closesCompany(prev, next string) bool {
	return legalForm(prev) && !legalForm(next)
}

// legalComma reports whether the comma before token j joins two legal
// forms of one company's name: "Sino Hydro Co., Ltd.", "Tianma Co.,
// Limited".
func (c *claim) legalComma(j int) bool {
	return c.sep(j) == ", " && legalForm(c.toks[j-1].text) && legalForm(c.toks[j].text)
}

// dateAfter reports whether a calendar word follows the connector at token
// j: "the Bardo National Museum on Wednesday" ends before "on".
func (c *claim) dateAfter(j int) bool {
	return j+1 < len(c.toks) && lexicon.Calendar.Has(c.toks[j+1].text)
}

// commaInName reports whether the comma before token j continues the name
// that starts at token i: after "<head> of" the list of an organisation's
// fields, "Ministry of Land, Water and Forests", single words none of which
// the article or the gazetteer knows as a name of its own, closed by "and".
func (d *doc) commaInName(c *claim, i, j int) bool {
	if c.src.slice(c.after(j), c.toks[j].start()) != ", " {
		return false
	}
	of := false
	for k := i + 1; k < j; k++ {
		of = of || c.toks[k].text == "of" && lexicon.OrgHeads.HasNoun(c.toks[k-1].text)
	}
	if !of {
		return false
	}
	for k := j; k+1 < len(c.toks); k++ {
		if t := c.toks[k]; !t.cap() || t.acronym() || t.poss() || d.isKnown(t.text) {
			return false
		}
		next := c.toks[k+1]
		switch sep := c.src.slice(c.toks[k].end(), next.start()); {
		case sep == ", " && next.cap():
		case sep == " " && next.text == "and":
			return k+2 < len(c.toks) && c.toks[k+2].joined() && c.toks[k+2].cap() && !d.isKnown(c.toks[k+2].text)
		default:
			return false
		}
	}
	return false
}

// bracketInName reports whether token j goes on with the name that starts
// at token i across the brackets of a place inside a company's name:
// "Citibank (China) Shanghai Branch", "Bank of Kunlun (Hong Kong)
// Limited", "Tesla (Shanghai) Co.": a listed place or region alone in the
// brackets, a capitalised word before them and a body's head word after.
func (d *doc) bracketInName(c *claim, i, j int) bool {
	if j > i && c.sep(j) == " (" {
		return d.placeInBrackets(c, j)
	}
	if c.sep(j) != ") " {
		return false
	}
	for k := j - 1; k > i && k >= j-3; k-- {
		if c.sep(k) == " (" {
			return d.placeInBrackets(c, k)
		}
	}
	return false
}

// placeInBrackets reports whether the tokens from k, right after an
// opening bracket, hold one to three capitalised words that name a listed
// place or region and close the bracket, a capitalised word after it.
func (d *doc) placeInBrackets(c *claim, k int) bool {
	for e := k; e < len(c.toks)-1 && e < k+3; e++ {
		if !c.toks[e].cap() || e > k && !c.toks[e].joined() {
			return false
		}
		if c.sep(e+1) != ") " {
			continue
		}
		if !c.toks[e+1].cap() || !c.headAhead(e+1) {
			return false
		}
		_, typ, _, ok := d.known(c.text(k, e+1))
		return ok && typ == claimx.GPE
	}
	return false
}

// headAhead reports whether an organisation's head word or legal form is
// among the few capitalised words joined from token k on: what follows a
// place in brackets ends a company's or a branch's name ("Shanghai
// Branch", "Limited"), not a person's.
func (c *claim) headAhead(k int) bool {
	for e := k; e < len(c.toks) && e < k+4 && c.toks[e].cap() && (e == k || c.toks[e].joined()); e++ {
		if lexicon.OrgHeads.Has(c.toks[e].text) {
			return true
		}
	}
	return false
}

// sep is the text between token k-1 and token k.
func (c *claim) sep(k int) string {
	if k == 0 || k >= len(c.toks) {
		return ""
	}
	return c.src.slice(c.toks[k-1].end(), c.toks[k].start())
}

func (d *doc) isKnown(text string) bool {
	_, _, _, ok := d.known(text)
	return ok
}

// text is the claim text of tokens [i, j), possessive of the last removed.
func (c *claim) text(i, j int) string {
	return c.src.slice(c.toks[i].start(), c.toks[j-1].end())
}

// words is the name tokens [i, j) read: their text without what stands
// between a bracketed given name or a quoted nickname and the word after.
func (c *claim) words(i, j int) string {
	var b strings.Builder
	from := i
	for k := i + 1; k <= j; k++ {
		if k == j || c.toks[k].nicknamed() || k == i+1 && c.toks[i].bracketed() {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c.text(from, k))
			from = k
		}
	}
	return b.String()
}

// nicknamed reports whether a quoted nickname stands inside the name [i, j).
func (c *claim) nicknamed(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c.toks[k].nicknamed() {
			return true
		}
	}
	return false
}

// after returns the offset just past token j-1 as written, possessive
// included.
func (c *claim) after(j int) int {
	t := c.toks[j-1]
	if !t.poss() {
		return t.end()
	}
	if t.end()+1 < c.src.len() && c.src.at(t.end()+1) == 's' {
		return t.end() + 2 // "’s"
	}
	return t.end() + 1 // a plural's bare apostrophe
}

// parenAfter finds a parenthesis right after offset k (closing quotes and
// spaces between allowed) and returns the offsets of its marks.
func (c *claim) parenAfter(k int) (open, close int, ok bool) {
	for k < c.src.len() && (c.src.at(k) == ' ' || strings.ContainsRune("\"'”’", c.src.at(k))) {
		k++
	}
	if k >= c.src.len() || (c.src.at(k) != '(' && c.src.at(k) != '（') {
		return 0, 0, false
	}
	for e := k + 1; e < c.src.len() && e < k+80; e++ {
		switch c.src.at(e) {
		case ')', '）':
			return k, e, true
		case '(', '（':
			return 0, 0, false
		}
	}
	return 0, 0, false
}
