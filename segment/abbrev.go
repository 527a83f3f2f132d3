package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are abbreviations that stand before a name or a number and so
// never end a sentence: "Dr. Li", "Jan. 5", "No. 3".
var titles = wordSet("mr mrs ms dr prof gen lt col capt cmdr adm sgt sen rep gov pres amb rev hon st mt ft " +
	"jan feb mar apr jun jul aug sep sept oct nov dec no nos n° nº vol vols fig figs art ch sec pp p para " +
	"approx est dept univ assn bros")

// sentenceStarters are capitalised words that open a sentence far more often
// than they continue one: after an ambiguous abbreviation ("U.S.", "Inc.",
// "etc.") they mark a boundary.
var sentenceStarters = wordSet("the this that these those it its he she they we i you there here in on at " +
	"by for but and or so yet as a an if when while after before since although though however meanwhile " +
	"moreover still such his her their our one some many most both each other another what why how who")

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// isAbbreviation reports whether the full stop that ends before is part of
// an abbreviation rather than the end of a sentence; after is the text
// following the stop.
func isAbbreviation(before, after string) bool {
	word := lastWord(before)
	if word == "" {
		return false
	}
	lower := strings.ToLower(word)
	if titles[lower] {
		return true
	}
	if addressLike(before) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(word)
	initial := utf8.RuneCountInString(word) == 1 && unicode.IsUpper(first)
	// "I" after a word in lower case is the pronoun: "you and I. Did".
	if word == "I" && pronounPosition(before) {
		return false
	}
	dotted := shortPieces(word) // "U.S", "e.g", "a.m", "Ph.D", not "content.html"
	ambiguous := dotted || lower == "etc" || lower == "inc" || lower == "ltd" || lower == "co" || lower == "corp" || lower == "jr" || lower == "sr"
	if !initial && !ambiguous {
		return false
	}
	next := strings.ToLower(firstWord(after))
	return !sentenceStarters[next]
}

// addressLike reports whether s ends in a web or e-mail address or a file
// path, whose dots are no abbreviation's.
func addressLike(s string) bool {
	token := s[strings.LastIndexAny(s, " \t\n(")+1:]
	return strings.ContainsAny(token, "/@\\_")
}

// pronounPosition reports whether the "I" that ends s follows a word in
// lower case ("and I"), where an initial would not stand ("Albert I").
func pronounPosition(s string) bool {
	prev := strings.TrimRight(s[:len(s)-1], " ")
	if prev == s[:len(s)-1] {
		return false
	}
	word := prev[strings.LastIndexAny(prev, " \t\n")+1:]
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(r)
}

// shortPieces reports whether word is dotted letters in pieces of at most
// three, the shape of "U.S", "e.g" and "Ph.D".
func shortPieces(word string) bool {
	if !strings.Contains(word, ".") {
		return false
	}
	for _, piece := range strings.Split(word, ".") {
		if n := utf8.RuneCountInString(piece); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// lastWord returns the letters and inner dots that end s; a degree or
// ordinal sign counts as a letter, for "N°" and "nº".
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' && r != '°' && r != 'º' {
			break
		}
		i -= size
	}
	return strings.Trim(s[i:], ".")
}

// firstWord returns the first run of letters in s after leading space and
// quotes.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\n\"“‘'(")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}
