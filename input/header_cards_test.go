package input

import "testing"

// TestAuthorCardUnderTags: the tags a story is filed under, printed under
// its title and date, leave the header going on; a name under them that
// the next line prints again with a role is the by-line, its given name
// known or not. Near miss: a column's name with no role under it.
func TestAuthorCardUnderTags(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour Crews Fear the New Cod Quota"
	checkHeader(t, h+"\n\nMay 30, 2024\n\nFisheries,  Bergen,  Norway\n\nTorvald Haugsnes\nTorvald Haugsnes - Convenor, Coast Forum\n\n"+p,
		h, []string{"Torvald Haugsnes"}, "2024-05-30", "Fishing crews")
	checkHeader(t, h+"\n\nMay 30, 2024\n\nTorvald Haugsnes\nTorvald Haugsnes, Senior Fellow\n\n"+p,
		h, []string{"Torvald Haugsnes"}, "2024-05-30", "Fishing crews")
	if !withRole("Ana Ruiz – Director, Coast Institute", "Ana Ruiz") || withRole("Ana Ruiz – Port talks stall", "Ana Ruiz") || withRole("Ana Ruizes, Director", "Ana Ruiz") {
		t.Error("withRole misread an author's card")
	}
}

// TestLabelUnderTitleNamesNoOne: under the title and its date, a label in
// title case ("In This Issue", "More From This Desk") is no by-line, where
// plain names there are.
func TestLabelUnderTitleNamesNoOne(t *testing.T) {
	const p = "\n\nFishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	if a := Article("test.txt", []byte("May 30, 2024\n\n"+h+"\n\nIn This Issue"+p), nil); a.Title != h || a.Authors != nil {
		t.Errorf("a label under the title: title %q authors %q, want %q and none", a.Title, a.Authors, h)
	}
	checkHeader(t, "May 30, 2024\n\n"+h+"\n\nTorvald Haugsnes"+p, h, []string{"Torvald Haugsnes"}, "2024-05-30", "Fishing crews")
}
