package lexicon

import "strings"

// Singular undoes a regular English plural, or returns "" for a word that
// does not look like one: a word in "ss" ("congress"), "us" or "is"
// ("analysis").
func Singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return strings.TrimSuffix(w, "s")
	}
	return ""
}

// Plural is the regular English plural of a noun: "firm" -> "firms",
// "agency" -> "agencies". Lists of plurals (OrgGroups, PlaceGroups) are
// read with it.
func Plural(noun string) string {
	if n := len(noun); n > 1 && noun[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[n-2])) {
		return noun[:n-1] + "ies"
	}
	return noun + "s"
}
