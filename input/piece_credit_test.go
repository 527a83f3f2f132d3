package input

import "testing"

// TestPieceCredit: an editor's note over the text that credits the piece
// to its writer names the author: "The following …" or "This …" and a
// kind of piece by a person's name, or a body's name, the kind and the
// name alone. Near misses: a lede's report by someone, a body after "by",
// a note's kind with no person after it.
func TestPieceCredit(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The following op-ed, written by Ana Ruiz, first ran in the Coast Courier.", "Ana Ruiz"},
		{"The following excerpt is from an essay by Tomas K. Berg, Senior Fellow at the Harbour Institute, published in Nordic Affairs.", "Tomas K. Berg"},
		{"This commentary by Li Wei first appeared on the institute's blog. Read the rest here.", "Li Wei"},
		{"Coast Fisheries Council report by Maren Solheim. Download the full report here.", "Maren Solheim"},
	} {
		if got, ok := pieceCredit(tc.text); !ok || got != tc.want {
			t.Errorf("pieceCredit(%q) = %q, %v, want %q", tc.text, got, ok, tc.want)
		}
	}
	for _, text := range []string{
		"Cod catches fell by half last year, according to a report by Maren Solheim.",
		"The following report by the Coast Fisheries Council sets out the quota.",
		"This analysis by Harbour Institute researchers covers the northern ports.",
		"A new report by Maren Solheim, the council's chief scientist, found stocks at a record low.",
	} {
		if got, ok := pieceCredit(text); ok {
			t.Errorf("pieceCredit(%q) = %q", text, got)
		}
	}
	const p = "\n\nFishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	checkHeader(t, "Harbour crews fear new cod quota\n\nMay 30, 2024\n\nCoast Fisheries Council report by Maren Solheim. Download the full report here."+p,
		"Harbour crews fear new cod quota", []string{"Maren Solheim"}, "2024-05-30", "Coast Fisheries Council report")
}
