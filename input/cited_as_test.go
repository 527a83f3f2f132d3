package input

import (
	"reflect"
	"testing"
)

// TestCitedAs: a page's note on how to cite the piece names its writers
// before the piece's own title in quotation marks, in the label's
// several wordings; a note that cites another work, or names with no
// title after them, names no writer of the text.
func TestCitedAs(t *testing.T) {
	const title = "Ports Reopen After the Storm"
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Suggested citation: Ana Ruiz and Li Wei. “Ports Reopen After the Storm.” Coast Review 7 (2024): 12–19.", []string{"Ana Ruiz", "Li Wei"}},
		{"Cite as: Omar Haddad, \"Ports reopen after the storm,\" Coast Review, 2023.", []string{"Omar Haddad"}},
		{"Attribution: Maria Santos, ‘Ports Reopen After the Storm’, Harbour Institute, March 2022.", []string{"Maria Santos"}},
		{"Suggested citation: Ana Ruiz, “Trawlers and Quotas”, Harbour Institute, 2021.", nil},
		{"Suggested citation: Harbour Institute, 2024.", nil},
		{"Summary: Ana Ruiz and Li Wei, “Ports Reopen After the Storm”, 2024.", nil},
	} {
		if got := citedAs(tc.text, title); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("citedAs(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\n"
	checkHeader(t, title+"\n\n"+p+"How to cite: Ana Ruiz, “Ports Reopen After the Storm”, Harbour Institute, 2024.\n\nThe fisheries office said the quota followed a survey of stocks.\n", title, []string{"Ana Ruiz"}, "", "Fishing crews")
}
