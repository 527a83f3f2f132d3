package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
)

// title reports whether lower is an abbreviation that stands before a
// name or what it introduces and so never ends a sentence: "Dr. Li", "Jan.
// 5", "St. Louis", "Morrison v. Olson", "e.g. Dr. Lam".
func title(lower string) bool {
	return lexicon.TitleAbbreviations.Has(lower) || lexicon.Calendar.Has(lower+".")
}

// isAbbreviation reports whether the full stop that ends sentence (the
// text of the sentence up to the stop) is part of an abbreviation rather
// than the end of the sentence; after is the text following the stop.
func isAbbreviation(sentence, after string) bool {
	word := lastWord(sentence)
	if word == "" {
		return false
	}
	lower := strings.ToLower(word)
	if title(lower) {
		return true
	}
	// A list closed by "etc." goes on only in lower case: a capitalised
	// word after it opens a sentence ("… wildfires etc. Changes in weather
	// …"), a dash goes on with the clause.
	if lexicon.ListClosers.Has(lower) {
		r, _ := utf8.DecodeRuneInString(firstWord(after))
		return !unicode.IsUpper(r)
	}
	// "No. 3", "p. 55", "Art. 23"; before anything else the word is a
	// word, and its stop may end a sentence: "The answer was no. They left."
	if lexicon.NumberAbbreviations.Has(lower) && startsWithNumber(after) {
		return true
	}
	if addressLike(sentence) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(word)
	initial := utf8.RuneCountInString(word) == 1 && unicode.IsUpper(first)
	// "I" after a word in lower case is the pronoun: "you and I. Did".
	if word == "I" && pronounPosition(sentence) {
		return false
	}
	dotted := shortPieces(word) // "U.S", "e.g", "a.m", "Ph.D", not "content.html"
	ambiguous := dotted || lexicon.ClosingAbbreviations.Has(lower)
	if !initial && !ambiguous {
		return false
	}
	return !opensSentence(after) || fragment(sentence)
}

// opensSentence reports whether the capitalised word that after starts
// with is likelier to open a sentence than to go on with a name, as a word
// after an abbreviation that may end one ("U.S.", "Inc.", "p.m.") does:
// a function word or other opener ("The", "However"), a word measured to
// open sentences far more often than it stands in names ("Officials",
// "Analysts", lexicon.Openers), or a title before a name ("Mr."), which
// cannot continue the name before it. A word that heads names ("the U.S.
// Government", "U.S. Embassy") goes on with it.
func opensSentence(after string) bool {
	next := firstWord(after)
	if next == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
		return false
	}
	if title(strings.ToLower(next)) && strings.HasPrefix(strings.TrimLeft(after, " \t\n\"“‘'(")[len(next):], ".") {
		return true
	}
	if lexicon.OrgHeads.Has(next) || lexicon.PlaceHeads.Has(next) {
		return false
	}
	return (lexicon.Common.Has(next) || lexicon.Openers.Has(next)) && !compoundRole(next, after)
}

// compoundRole reports whether next, the word after starts with, and the
// capitalised word after it spell one title printed in two words ("Under
// Secretary" for undersecretary, "Vice Chair"): a function word that
// opens such a title ("U.S. Under Secretary Zeya") goes on with the name
// before it.
func compoundRole(next, after string) bool {
	rest := strings.TrimLeft(after, " \t\n\"“‘'(")[len(next):]
	if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "-") {
		return false
	}
	second := firstWord(rest[1:])
	if r, _ := utf8.DecodeRuneInString(second); !unicode.IsUpper(r) || len(next)+len(second) > len(roleBuf{}) {
		return false
	}
	// Joined and lowered in a buffer on the stack: this runs at every
	// capitalised word after an abbreviation.
	var buf roleBuf
	n := copy(buf[:], next)
	n += copy(buf[n:], second)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	return lexicon.Roles.Has(string(buf[:n]))
}

// roleBuf holds a title printed in two words, joined: "undersecretary".
type roleBuf [32]byte

// fragment reports whether sentence, ending in an abbreviation, is too
// little to be a sentence: a preposition and at most three more words ("At
// 5 a.m."), which the words after it must complete.
func fragment(sentence string) bool {
	words := strings.Fields(sentence)
	return len(words) <= 4 && lexicon.Prepositions.Has(strings.Trim(words[0], "\"“‘'("))
}

// startsWithNumber reports whether after opens on a number: a digit or a
// roman numeral in capitals ("No. 3", "Vol. IV").
func startsWithNumber(after string) bool {
	s := strings.TrimLeft(after, " \t\n")
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) {
		return true
	}
	w := firstWord(s)
	return w != "" && strings.ToUpper(w) == w && roman(w) > 0
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
