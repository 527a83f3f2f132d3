package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
)

// maxSourceWords is the most words a source's name standing alone before
// its date holds, with the writer's name a by-line prints before it: "By
// Ana Ruiz, South China Morning Post".
const maxSourceWords = 10

// SourceBeforeDate reports whether the full stop closing sentence (the
// text of the sentence up to the stop) is one field of a reference, a
// source's name alone and the full date it printed the item on after it
// ("… Harbour Daily. 2 May 2020 [Online] …", "Quay Post. Tue 3 Mar 2021",
// "Tide Weekly. March 19, 2023"): the name is no sentence, and the date
// completes the citation the two fields make, so no sentence ends between
// them; nor does a by-line that names the outlet last ("By Ana Ruiz, Quay
// Post. March 19, 2023 at 7:30 a.m. EDT"). A sentence with a word in lower
// case other than a name's connectors ("The port reopened. 2 May 2020 was
// …") ends as any does.
func SourceBeforeDate(sentence, after string) bool {
	if FullDate(strings.TrimLeft(after, " \t")) == 0 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(sentence) {
		if n++; n > maxSourceWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (n == 1 || !lexicon.NameConnectors.Has(w)) {
			return false
		}
	}
	return n > 0
}

// FullDate returns the length in bytes of the full date, day, month and
// year, that s opens on, perhaps after its weekday ("2 May 2020", "Fri 12
// Mar 2021", "March 19, 2023", "Tuesday, Nov. 3, 2020"); 0 when s opens
// on none.
func FullDate(s string) int {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return 0 // most text after a stop: no date to read
	}
	// The first four words, each with where it ends.
	var words [4]string
	var ends [4]int
	n, at := 0, 0
	for n < len(words) && at < len(s) {
		rest := strings.TrimLeft(s[at:], " ")
		w, _, _ := strings.Cut(rest, " ")
		if w == "" {
			break
		}
		at = len(s) - len(rest) + len(w)
		words[n], ends[n] = w, at
		n++
	}
	first := 0
	if n > 0 && weekday(strings.TrimRight(words[0], ",.")) {
		first = 1
	}
	if n < first+3 {
		return 0
	}
	day, month := words[first], words[first+1]
	if !day1or2(day) {
		day, month = strings.TrimSuffix(month, ","), day
	}
	y := words[first+2]
	digits := strings.TrimRight(y, ".,;:)")
	if !day1or2(day) || !lexicon.Months.Has(strings.TrimSuffix(month, ".")) || len(digits) != 4 || !allDigits(digits) {
		return 0
	}
	return ends[first+2] - (len(y) - len(digits))
}

// weekday reports whether w names a day of the week, in full or in its
// first three letters ("Fri").
func weekday(w string) bool {
	if lexicon.Weekdays.Has(w) {
		return true
	}
	if len(w) != 3 {
		return false
	}
	for day := range lexicon.Weekdays.All() {
		if strings.EqualFold(day[:3], w) {
			return true
		}
	}
	return false
}

// day1or2 reports whether w is a day of the month: one or two digits.
func day1or2(w string) bool {
	return (len(w) == 1 || len(w) == 2) && allDigits(w)
}
