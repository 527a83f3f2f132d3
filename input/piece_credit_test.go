package input

import (
	"reflect"
	"testing"
)

// TestPieceCredit: an editor's note credits the piece to its writers
// after its kind and "by", with the body's name or the title before the
// kind, or a note that the text follows; a sentence that reports on
// another piece, or credits a body, names no writer of the text.
func TestPieceCredit(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Harbour Policy Institute report by Marta Lindqvist. Read the summary on our site.", []string{"Marta Lindqvist"}},
		{"The following excerpt is from an essay written by Ola Berg, Senior Fellow at the Valley Institute, and first published in Harbour Review.", []string{"Ola Berg"}},
		{"Reservoirs of the East, infographic by Marta Lindqvist and Ola Berg", []string{"Marta Lindqvist", "Ola Berg"}},
		{"This commentary by Tendai Moyo, a reporter at the Coast Courier.", []string{"Tendai Moyo"}},
		{"This commentary by Tendai Moyo first appeared in the Coast Courier.", []string{"Tendai Moyo"}},
		{"Editor's note: This review by Greta Lindahl was originally published by the Coast Courier.", []string{"Greta Lindahl"}},
		{"The following explainer has been written by Ingrid Solberg, who covers energy for the desk.", []string{"Ingrid Solberg"}},
		{"A column by Kofi Mensah first appeared in Savanna Quarterly last year.", nil},
		{"This essay by Kofi Mensah won the regional prize for criticism.", nil},
		{"Coastal Trust policy brief by Ana de la Cruz.", []string{"Ana de la Cruz"}},
		{"A report by Marta Lindqvist found that the reservoirs were low.", nil},
		{"In a report by Marta Lindqvist, the board said the reservoirs were low.", nil},
		{"He read a report by Marta Lindqvist on the reservoirs.", nil},
		{"Harbour Policy Institute report by the Valley Water Board.", nil},
		{"The reservoirs were filled by Marta Lindqvist and her crew.", nil},
		{"Infographic by Soo-jin Park", nil},
		{"An infographic by Soo-jin Park and Tomasz Nowak.", nil},
	} {
		if got := pieceCredit(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("pieceCredit(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n\n"
	checkHeader(t, "Water Security in the Eastern Districts\n\nMarch 3, 2024\n\nHarbour Policy Institute report by Marta Lindqvist. Read the summary here.\n\n"+p,
		"Water Security in the Eastern Districts", []string{"Marta Lindqvist"}, "2024-03-03", "Harbour Policy Institute report")
	// A bare infographic's credit over an unsigned story credits no one.
	if a := Article("test.txt", []byte("Water Security in the Eastern Districts\n\nMarch 3, 2024\n\nInfographic by Soo-jin Park\n\n"+p), nil); a.Authors != nil {
		t.Errorf("bare infographic credit: authors %q, want none", a.Authors)
	}
}
