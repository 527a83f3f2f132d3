package input

import "testing"

// TestLabelUnderTitleNamesNoOne: under the title and its date, a label in
// title case ("Inside This Edition", "More From This Desk") is no by-line, where
// plain names there are.
func TestLabelUnderTitleNamesNoOne(t *testing.T) {
	const p = "\n\nFishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	if a := Article("test.txt", []byte("May 30, 2024\n\n"+h+"\n\nInside This Edition"+p), nil); a.Title != h || a.Authors != nil {
		t.Errorf("a label under the title: title %q authors %q, want %q and none", a.Title, a.Authors, h)
	}
	checkHeader(t, "May 30, 2024\n\n"+h+"\n\nTorvald Haugsnes"+p, h, []string{"Torvald Haugsnes"}, "2024-05-30", "Fishing crews")
}
