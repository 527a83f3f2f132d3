package input

import (
	"reflect"
	"testing"
)

// TestAgencyBeforeLabelledDate: a wire agency's name before a labelled
// date, in one field or set off by a rule, credits the story as "By
// Xinhua" does. Near misses: a source's label before the agency, an agency
// beside a bare date (the source of a story a page reprints), a name that
// is no agency's.
func TestAgencyBeforeLabelledDate(t *testing.T) {
	for _, tc := range []struct {
		line    string
		authors []string
	}{
		{"Xinhua Published: 2023-06-14 09:12:40", []string{"Xinhua"}},
		{"AFP | Updated: June 14, 2023", []string{"AFP"}},
		{"Kyodo · Posted on 14 June 2023", []string{"Kyodo"}},
		{"Source: Xinhua | 2023-06-14", nil},
		{"Xinhua, 14/06/2023", nil},
		{"Harbour Desk Published: 2023-06-14", nil},
	} {
		var h header
		h.take(tc.line)
		if !reflect.DeepEqual(h.authors, tc.authors) || date(h.published) != "2023-06-14" {
			t.Errorf("take(%q): authors %q published %q, want %q and 2023-06-14", tc.line, h.authors, date(h.published), tc.authors)
		}
	}
}
