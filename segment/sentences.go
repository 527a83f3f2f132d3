// Package segment splits text into units: English paragraphs into
// sentences, and runs of Chinese into words.
package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
)

// Range is a byte range [Start, End) of a text.
type Range struct{ Start, End int }

// Sentences splits one paragraph into sentences and returns their byte
// ranges, trimmed of surrounding space. It is rule-based and deterministic:
//
//   - a sentence ends at . ! ? (or their CJK forms) followed by closing
//     quotes or brackets, then white space and a word that does not start in
//     lower case;
//   - nothing inside a balanced parenthesis or bracket ends a sentence, so a
//     citation stays inside the sentence it closes;
//   - a parenthesis standing right after a full stop, "… of AI. (Sohu, May 2).",
//     belongs to the sentence before when a stop follows it or it holds a
//     figure, as a reference does, and footnote markers "[1] [2]" after one
//     do too;
//   - a line break ends a sentence before a line that does not open in lower
//     case when the line before is short of the text's width (a heading, a
//     by-line) or ends on a note after a stop;
//   - a wiki's note, a list item opening on a caret ("1. ^ Li, Wei
//     (2021). "Ports". Harbour Daily."), is one sentence to its line's end;
//   - a source's name alone before the date it printed an item on,
//     "Harbour Daily. 2 May 2020", is one reference, no sentence;
//   - initials ("J.") and known abbreviations ("Dr.", "Jan.", "U.S.") do not
//     end a sentence unless what follows clearly opens a new one;
//   - a piece with no letter or digit between two ends (a stray ellipsis on
//     a line of its own, a doubled stop) is no sentence (Wordless).
func Sentences(text string) []Range {
	closing := matchBrackets(text)
	breaks := listBreaks(text)
	width := longestLine(text)
	var out []Range
	start, depth := 0, 0
	note := openingNote(text, start)
	for i := ItemStart(text, 0); i < len(text); {
		// A line broken where the next word would have fit ends what it
		// holds: a heading, a signature, a paragraph copied as a line; a
		// line break ends a wiki's note wherever it falls.
		if text[i] == '\n' && depth == 0 && (note || width > 0 && hardBreak(text, start, i, width)) {
			out = appendTrimmed(out, text, start, i)
			start = i + 1
			i = ItemStart(text, start)
			note = openingNote(text, start)
			continue
		}
		// The next item of a list opening the text starts a sentence.
		if len(breaks) > 0 && i >= breaks[0] {
			if b := breaks[0]; depth == 0 && b > start {
				out = appendTrimmed(out, text, start, b)
				start, i = b, ItemStart(text, b)
				note = openingNote(text, start)
			}
			breaks = breaks[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isOpenBracket(r):
			if closing[i] > 0 {
				depth++
			}
			i += size
			continue
		case isCloseBracket(r):
			if depth > 0 {
				depth--
			}
			i += size
			// A whole sentence in parentheses, "(Figures were revised.)",
			// ends where its parenthesis closes.
			if depth == 0 && parenthesisSentence(text, start, i, closing) {
				out = appendTrimmed(out, text, start, i)
				start = i
			}
			continue
		case depth > 0 || !isTerminal(r) && r != ellipsis || note:
			i += size
			continue
		}
		if n, after := spacedDots(text, i); n >= 3 {
			// An ellipsis printed as spaced dots: the boundary, if any, is
			// decided for the run as a whole.
			end, ok := ellipsisEnd(text, i, n, after)
			if !ok {
				i = after
				continue
			}
			out = appendTrimmed(out, text, start, end)
			start, i = end, max(end, i+size)
			continue
		}
		end, ok := sentenceEnd(text, start, i, closing)
		if !ok {
			i += size
			continue
		}
		out = appendTrimmed(out, text, start, end)
		start, i = end, ItemStart(text, end)
	}
	return appendTrimmed(out, text, start, len(text))
}

// openingNote reports whether the sentence starting at start is a wiki's
// note, "1. ^ Li, Wei (2021). "Ports". Harbour Daily. Retrieved 3 May
// 2021.": a list item that opens on a caret and runs to its line's end,
// the full stops that close its fields ending nothing.
func openingNote(text string, start int) bool {
	_, ok := NoteBody(strings.TrimLeft(text[ItemStart(text, start):], " \t\n"))
	return ok
}

// sentenceEnd decides whether the terminal mark at i ends the sentence that
// starts at start and, if so, returns the byte offset where it ends.
func sentenceEnd(text string, start, i int, closing map[int]int) (int, bool) {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isTerminal(r) && r != ellipsis {
			break
		}
		j += size
	}
	if text[i] == '.' && j == i+1 && isAbbreviation(text[start:i], text[j:]) {
		return 0, false
	}
	if strings.Trim(text[i:j], string(ellipsis)) == "" && !ellipsisEnds(text[start:i], text[j:]) {
		return 0, false
	}
	marks, quoted := j, false
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isClosingQuote(r) && r != ')' && r != ']' {
			break
		}
		quoted = quoted || isClosingQuote(r)
		j += size
	}
	// A quotation closed on a question or an exclamation may go on with
	// its attribution: "“Did you buy it?” Forte said."
	if quoted && text[marks-1] != '.' && attribution(text[j:]) {
		return 0, false
	}
	end := j + footnoteMarkers(text[j:])
	if end == j {
		end += gluedNoteNumber(text, i, marks, j)
	}
	rest := strings.TrimLeft(text[end:], " \t\n")
	if rest == "" {
		return len(text), true
	}
	if PostSignature(rest) {
		return 0, false
	}
	if end == j && !startsWithSpace(text[j:]) && !isCJKTerminal(text[i:]) && !gluedStop(text[start:i], text[j:]) {
		return 0, false // "3.5", "e.g.x": no space, no boundary
	}
	// A Chinese stop with more Chinese right after it, in a sentence that
	// opened in English, parts the sentences of a passage the English one
	// quotes (The mayor wrote 城市在变。人们在变。 in his letter), which goes
	// on past it.
	if end == j && isCJKTerminal(text[i:]) && startsHan(text[j:]) && opensLatin(text[start:i]) {
		return 0, false
	}
	gap := len(text[end:]) - len(rest)
	if rest[0] == '(' || rest[0] == '[' {
		if after, ok := trailingParenthesis(text, end+gap, closing); ok {
			return after, true
		}
	}
	if next, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(next) && !CamelCase(rest) {
		return 0, false
	}
	if text[i] == '.' && end == i+1 && SourceBeforeDate(text[start:i], rest) {
		return 0, false
	}
	return end, true
}

// gluedStop reports whether a stop printed with no space after it still
// ends the sentence before it, as a page that lost the space prints it:
// a word in lower case, no part of an address or a file's name, then a
// word that opens sentences ("… has disclosed.The debt …", opensSentence)
// and a space. "3.5", "e.g.The", "example.com" and "window.Object" run
// on.
func gluedStop(before, after string) bool {
	word := before[len(strings.TrimRightFunc(before, unicode.IsLetter)):]
	if utf8.RuneCountInString(word) < 2 || strings.ContainsFunc(word, unicode.IsUpper) {
		return false
	}
	if prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(word)]); prev != utf8.RuneError && !unicode.IsSpace(prev) && !isOpenBracket(prev) && !strings.ContainsRune("\"“‘", prev) {
		return false
	}
	next := firstWord(after)
	return next != "" && strings.HasPrefix(after[strings.Index(after, next)+len(next):], " ") && opensSentence(after)
}

// maxSignatureName is the most bytes the name before a post's handle
// holds.
const maxSignatureName = 80

// PostSignature reports whether s opens on the signature an embedded post
// prints after its last sentence, a dash, a name and a handle on the same
// line ("— Ana Ruiz (@AnaRuiz) May 2, 2024"): it stays in the sentence, as
// a citation's parenthesis does.
func PostSignature(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r != '—' && r != '–' && r != '-' {
		return false
	}
	line := s[size:min(len(s), size+maxSignatureName)]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return strings.Contains(line, " (@")
}

// signedLine reports whether line ends on an embedded post's signature
// after a stop, which closes the post.
func signedLine(line string) bool {
	dash := max(strings.LastIndex(line, ". —"), strings.LastIndex(line, ". –"), strings.LastIndex(line, ". -"))
	return dash >= 0 && PostSignature(line[dash+2:])
}

// longestLine returns the length in code points of the longest line of a
// text that holds more than one, 0 for a text of one line.
func longestLine(text string) int {
	if !strings.Contains(text, "\n") {
		return 0
	}
	longest := 0
	for line := range strings.Lines(text) {
		longest = max(longest, utf8.RuneCountInString(strings.TrimSpace(line)))
	}
	return longest
}

// hardBreak reports whether the line break at i ends the sentence that
// starts at start: the next line does not go on in lower case ("a
// sentence\ncut off by a PDF"), and the line before it ends on a note after
// a stop or is short, less than half the width of a text wrapped to width
// with the next line's first word on it: a heading, a by-line, a credit.
func hardBreak(text string, start, i, width int) bool {
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	line := strings.TrimSpace(text[max(lineStart, start):i])
	if line == "" {
		return false
	}
	// Blank lines too: a sentence a page broke over an element goes on
	// after them in lower case.
	next := strings.TrimLeft(text[i+1:], " \t\r\n")
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || unicode.IsLower(r) {
		return false
	}
	word := next
	if end := strings.IndexAny(next, " \t\n"); end >= 0 {
		word = next[:end]
	}
	if noteAfterStop(strings.TrimSpace(text[lineStart:i])) || signedLine(text[lineStart:i]) {
		return true
	}
	if TurnLabel(text[lineStart:i]) {
		return false // "Question:" over the question it opens
	}
	if DefinitionLabel(text[lineStart:i]) && !strings.HasPrefix(strings.TrimLeft(text[i+1:], " \t\r"), "\n") {
		return false // a term over the definition on the next line
	}
	lineLen := utf8.RuneCountInString(strings.TrimSpace(text[lineStart:i]))
	return 2*(lineLen+1+utf8.RuneCountInString(word)) <= width
}

// turnLabelWords is the most words a transcript's turn label holds:
// "Foreign Minister Wang Yi:".
const turnLabelWords = 4

// TurnLabel reports whether a line is nothing but the label of a turn in a
// transcript, printed on a line of its own over what is said, which it
// opens as one sentence: a reporter's or an answer's label ("Question:",
// "Q:", "A:") or a title with or without the name ("Minister:",
// "Spokesperson Mao Ning:"). A heading with a colon over a paragraph
// ("Key Points:") is none.
func TurnLabel(line string) bool {
	label, ok := strings.CutSuffix(strings.TrimSpace(line), ":")
	if !ok {
		return false // most lines: no words to split
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > turnLabelWords {
		return false
	}
	first := strings.ToLower(words[0])
	if len(words) == 1 && (lexicon.QuestionLabels.Has(first) || lexicon.AnswerLabels.Has(first)) {
		return true
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return lexicon.IsTitle(first)
}

// DefinitionLabel reports whether a line is a term that a definition list
// defines: a few words ending in a colon, the first capitalised, perhaps
// glossed in brackets ("Collective Well-Being:", "Shared Wealth (共享财富,
// Gòngxiǎng Cáifù):", "2. Rural Development:"). Printed over its
// definition, it opens the definition's sentence.
func DefinitionLabel(line string) bool {
	term, ok := strings.CutSuffix(strings.TrimSpace(line), ":")
	if !ok {
		return false // most lines: no list marker to read
	}
	term = strings.TrimSpace(term[ItemStart(term, 0):])
	if open := strings.IndexByte(term, '('); open > 0 && strings.HasSuffix(term, ")") {
		term = strings.TrimSpace(term[:open])
	}
	if term == "" || strings.ContainsAny(term, ".!?;:") {
		return false
	}
	// A term is a name, in title case: "The plan rests on three pillars:"
	// is a clause introducing a list.
	n := 0
	for w := range strings.FieldsSeq(term) {
		if n++; n > maxDefinitionTerm {
			return false
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "*_“‘\"'"))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (n == 1 || !lexicon.Articles.Has(w) && !lexicon.Prepositions.Has(w) && !lexicon.Conjunctions.Has(w)) {
			return false
		}
	}
	return true
}

// maxDefinitionTerm is the most words a definition list's term holds.
const maxDefinitionTerm = 6

// noteAfterStop reports whether line ends on a parenthesis that stands
// after a sentence's stop, "… strategy. (See Propaganda Work section)": a
// note closing the paragraph the line holds.
func noteAfterStop(line string) bool {
	if !strings.HasSuffix(line, ")") {
		return false
	}
	open := strings.LastIndexByte(line, '(')
	if open < 0 {
		return false
	}
	before := strings.TrimRight(line[:open], " ")
	last, _ := utf8.DecodeLastRuneInString(before)
	return isTerminal(last)
}

// maxAttributionName is the most words a speaker's name takes in an
// attribution after a quotation.
const maxAttributionName = 3

// attribution reports whether s opens on a bare attribution, a speaker's
// name (capitalised words) or a pronoun and a speech verb that ends its
// clause: "Forte said.", "Mary Ann Lee asked,", "she added;". A verb with
// more after it ("The minister said nothing.") may open a sentence of its
// own.
func attribution(s string) bool {
	words := strings.Fields(s)
	for k := 0; k < len(words) && k <= maxAttributionName; k++ {
		w := strings.TrimRight(words[k], ".,;")
		if k > 0 && speechVerb(w) {
			return len(w) < len(words[k]) || k == len(words)-1
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.Pronouns.Has(w) || k > 0 && lexicon.Pronouns.Has(words[k-1]) {
			return false
		}
	}
	return false
}

// speechVerb reports whether w is a form of a verb that reports speech
// ("said", "asks", "added").
func speechVerb(w string) bool {
	_, _, ok := lexicon.Lemma(strings.ToLower(w), func(lemma string) bool {
		return lexicon.ReportingVerbs.Has(lemma) || lexicon.FramingVerbs.Has(lemma)
	})
	return ok
}

// ellipsis is the typographic ellipsis, one character.
const ellipsis = '…'

// minEllipsisSentence is the fewest words before an ellipsis that ends a
// sentence; fewer are a pause: "“Not yet… I doubt it.”".
const minEllipsisSentence = 3

// ellipsisEnds reports whether an ellipsis printed as one character "…",
// with sentence before it and after after it (closing marks first), ends
// the sentence, as three dots run together do: the words trail off and a
// capitalised word opens the next ("… the ferries stopped… Then the port
// closed"). A word in lower case or glued to it ("…part of a trend") goes
// on, and so does a pause after a word or two ("Well… I think so").
func ellipsisEnds(sentence, after string) bool {
	after = strings.TrimLeftFunc(after, func(r rune) bool { return isClosingQuote(r) || isCloseBracket(r) })
	if !startsWithSpace(after) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(firstWord(after))
	if !unicode.IsUpper(r) {
		return false
	}
	n := 0
	for range strings.FieldsSeq(sentence) {
		if n++; n >= minEllipsisSentence {
			return true
		}
	}
	return false
}

// spacedDots counts the dots of a run ". . ." that starts at i, each after
// one space, and returns where the run ends; 1 when the dot at i stands
// alone.
func spacedDots(text string, i int) (n, after int) {
	n, after = 1, i+1
	for after+1 < len(text) && text[after] == ' ' && text[after+1] == '.' {
		n++
		after += 2
	}
	return n, after
}

// ellipsisEnd decides where a sentence ends around a run of n spaced dots
// starting at i, by the ellipsis conventions of print:
//   - three dots mark words left out inside a sentence: no boundary;
//   - four dots set apart, "period . . . . Next", are an ellipsis and the
//     full stop: the sentence ends after them;
//   - four dots with the first on the word, "compounds. . . . The", are the
//     full stop, then the ellipsis opening the next sentence: the sentence
//     ends at the first dot.
//
// Either way a lower-case word after the run continues the sentence.
func ellipsisEnd(text string, i, n, after int) (int, bool) {
	j := after
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isClosingQuote(r) {
			break
		}
		j += size
	}
	rest := strings.TrimLeft(text[j:], " \t\n")
	if rest == "" {
		return len(text), true
	}
	if n < 4 {
		return 0, false
	}
	if next, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(next) {
		return 0, false
	}
	if i > 0 && text[i-1] != ' ' {
		return i + 1, true
	}
	return j, true
}

// trailingParenthesis reports whether the parenthesis or square bracket
// opening at open is a trailing reference of the sentence before, "(Sohu,
// May 2).", "[AFP, Reuters, 11/5/2015]": its content
// does not end a sentence itself and only punctuation follows it. It
// returns where the sentence then ends.
func trailingParenthesis(text string, open int, closing map[int]int) (int, bool) {
	close := closing[open]
	if close == 0 {
		return 0, false
	}
	inner := strings.TrimSpace(text[open+1 : close])
	if last, _ := utf8.DecodeLastRuneInString(inner); isTerminal(last) {
		return 0, false
	}
	j := close + 1
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isTerminal(r) {
			break
		}
		j += size
	}
	// Without a stop of its own, the parenthesis is a reference when it
	// holds a figure, as a date or a page does ("(Sohu, May 2)"); words
	// alone are a note of their own: "(See Senior Leaders section)", as is
	// a pointer to further reading, figures or not ("(For more on tifa,
	// see the Yearbook 2014, Chapter 4)").
	if j == close+1 && (!strings.ContainsFunc(inner, unicode.IsDigit) || crossReference.MatchString(inner)) {
		return 0, false
	}
	j += footnoteMarkers(text[j:])
	if j < len(text) && !startsWithSpace(text[j:]) {
		return 0, false
	}
	return j, true
}

// crossReference opens a note that points the reader elsewhere: "See …",
// "See also …", "For more on X, see …".
var crossReference = regexp.MustCompile(`^(?:[Ss]ee\b|[Ff]or more\b[^()]*, see\b)`)

// parenthesisSentence reports whether text[start:end] is one balanced
// parenthesis holding a complete sentence or a cross-reference, followed by a new sentence or
// nothing. It looks the parenthesis up in closing rather than scanning it, so
// a run of stray closing brackets costs no more than one.
func parenthesisSentence(text string, start, end int, closing map[int]int) bool {
	open := end - len(strings.TrimLeft(text[start:end], " \t\n"))
	if text[open] != '(' || closing[open] != end-1 {
		return false
	}
	inner := strings.TrimSpace(text[open+1 : end-1])
	last, _ := utf8.DecodeLastRuneInString(inner)
	if !isTerminal(last) && !crossReference.MatchString(inner) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " \t\n"))
	return !unicode.IsLower(next)
}

// footnoteMarkers returns the length of the footnote markers "[1] [2]" at
// the start of s (after optional space), 0 if there are none.
func footnoteMarkers(s string) int {
	n := 0
	for {
		rest := strings.TrimLeft(s[n:], " ")
		skip := len(s[n:]) - len(rest)
		m := FootnoteMarker(rest)
		if m == 0 {
			return n
		}
		n += skip + m
	}
}

// maxNoteDigits is the most digits a note's number glued to a stop holds.
const maxNoteDigits = 3

// gluedNoteNumber returns the length of a note's number printed right after
// the stop at i and the closing marks up to j (marks ends the stops), as a
// superscript reads once a page is copied as text: "… the budget was cut.1
// In May the board met", "… called it “a betrayal.”4 Few agreed". The
// number stands before a space, after one stop that follows closing marks
// or a word of at least three letters: a price ("Rs.500 crore"), a
// decimal ("2019.2") and a table of contents' page ("Ports.....14") are no
// note, nor is a number after an abbreviation ("No.1"), which never
// reaches here.
func gluedNoteNumber(text string, i, marks, j int) int {
	if marks > i+1 {
		return 0 // "?!", a run of dots
	}
	n := 0
	for j+n < len(text) && n <= maxNoteDigits && '0' <= text[j+n] && text[j+n] <= '9' {
		n++
	}
	if n == 0 || n > maxNoteDigits || !startsWithSpace(text[j+n:]) {
		return 0
	}
	if j > i+1 {
		return n // closing marks after the stop
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	if isCloseBracket(before) || isClosingQuote(before) {
		return n
	}
	// After a word, only a word in lower case: a capitalised word or an
	// abbreviation before a stop and figures is a designation or a unit
	// ("Section.4", "Kshs.500", "A320neo.2").
	if word := lastWord(text[:i]); before == '.' || utf8.RuneCountInString(word) < 3 || !allLowerLetters(word) {
		return 0
	}
	return n
}

// allLowerLetters reports whether w is letters in lower case alone.
func allLowerLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// FootnoteMarker returns the length of a footnote marker "[12]" at the start
// of s, 0 if s does not start with one.
func FootnoteMarker(s string) int {
	if len(s) < 3 || s[0] != '[' {
		return 0
	}
	j := 1
	for j < len(s) && j <= 3 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ']' {
		return 0
	}
	return j + 1
}

// CamelCase reports whether the word s starts with is a brand written in
// camel case ("iPhone", "eBay"), which may open a sentence in lower case.
func CamelCase(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.IndexFunc(s[:end], unicode.IsUpper) > 0
}

// matchBrackets maps the byte offset of every balanced opening bracket to
// the offset of its closing one. Unbalanced brackets are left out, so a
// stray "(" cannot swallow the rest of a paragraph.
func matchBrackets(text string) map[int]int {
	pairs := map[int]int{}
	var stack []int
	for i, r := range text {
		switch {
		case isOpenBracket(r):
			stack = append(stack, i)
		case isCloseBracket(r):
			// Pop to the nearest opener; openers left without a partner stay
			// unmatched.
			if n := len(stack); n > 0 {
				pairs[stack[n-1]] = i
				stack = stack[:n-1]
			}
		}
	}
	return pairs
}

func appendTrimmed(out []Range, text string, start, end int) []Range {
	s := text[start:end]
	trimmed := strings.TrimSpace(s)
	if Wordless(trimmed) {
		return out
	}
	lead := strings.Index(s, trimmed)
	return append(out, Range{Start: start + lead, End: start + lead + len(trimmed)})
}

// Wordless reports whether a text holds no letter or digit: a stray full
// stop, ellipsis or rule a page leaves between elements is no sentence and
// no paragraph.
func Wordless(text string) bool {
	return !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '。' || r == '！' || r == '？'
}

func isCJKTerminal(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '。' || r == '！' || r == '？'
}

func isOpenBracket(r rune) bool  { return r == '(' || r == '[' || r == '（' }
func isCloseBracket(r rune) bool { return r == ')' || r == ']' || r == '）' }

func isClosingQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == '」' || r == '』'
}

func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return IsHan(r)
}

// opensLatin reports whether s opens in English: two words or more
// before its first Chinese character ("The mayor wrote 城市…"), not an
// acronym or a brand run into a Chinese sentence ("GDP增长了…",
// "iPhone在中国…").
func opensLatin(s string) bool {
	if i := strings.IndexFunc(s, IsHan); i >= 0 {
		s = s[:i]
	}
	words := 0
	for _, f := range strings.Fields(s) {
		if strings.ContainsFunc(f, unicode.IsLetter) {
			words++
		}
	}
	return words >= 2
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}
