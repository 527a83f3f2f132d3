package eval

import (
	"slices"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// straightQuotes maps typographic quotation marks and apostrophes to their
// ASCII forms, so that a label typed on a plain keyboard matches text copied
// from a typeset article. A Replacer is safe for concurrent use.
var straightQuotes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u02BC", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`,
)

// Normalize puts a string in the form in which gold and predicted strings are
// compared: Unicode NFKC (full-width letters become ASCII), curly quotes and
// apostrophes straightened, case folded, runs of white space collapsed to one
// space and trimmed, and one leading "the " dropped ("The PRC" equals "PRC").
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	s = straightQuotes.Replace(s)
	// A Caser keeps state between calls, so each call gets its own.
	s = cases.Fold().String(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// sameList reports whether two lists are equal item by item after
// normalising; nil and empty are the same list.
func sameList(a, b []string) bool {
	key := func(xs []string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = Normalize(x)
		}
		return out
	}
	return slices.Equal(key(a), key(b))
}
