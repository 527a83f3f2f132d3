package input

import "testing"

// TestGluedRole: a page copied as text may run a writer's role into the
// surname, the two fields printed with no space between ("Ines
// HaldaneColumnist"): the by-line names the writer without the role. A
// surname's own inner capital (McDonald, DeLuca, MacLean) is no role's.
func TestGluedRole(t *testing.T) {
	const title = "Lock keepers return to the upper canal"
	const p = "The canal trust said on Tuesday that keepers would staff the six upper locks again from the first of May.\n\n" +
		"Boaters had worked the gates themselves since the trust cut its staff two winters ago.\n"
	under := func(line string) string { return title + "\n\n" + line + "\n\n" + p }
	checkMetadata(t, []metadataCase{
		{"columnist run into the surname", under("Ines HaldaneColumnist"), title, []string{"Ines Haldane"}, ""},
		{"editor run into an apostrophe's surname", under("Ines O'HaldaneEditor"), title, []string{"Ines O'Haldane"}, ""},
		{"a role spaced as before", under("Ines Haldane Columnist"), title, []string{"Ines Haldane"}, ""},
		{"a surname's capital after Mc", under("Ines McDonald"), title, []string{"Ines McDonald"}, ""},
		{"a surname's capital after De", under("Ines DeLuca"), title, []string{"Ines DeLuca"}, ""},
		{"a surname's capital after Mac", under("Ines MacLean"), title, []string{"Ines MacLean"}, ""},
		{"a surname after Mc that is a title's word", under("Ines McKing"), title, []string{"Ines McKing"}, ""},
	})
	for _, word := range []string{"McDonald", "DeLuca", "MacLean", "iPhone", "YouTube", "JavaScript", "LeBlanc", "Haldane", "Columnist", "VanDyke", "McKing", "LaChair", "FitzMinister"} {
		if name, role, ok := gluedRole(word); ok {
			t.Errorf("gluedRole(%q) = %q, %q; want no role", word, name, role)
		}
	}
}
