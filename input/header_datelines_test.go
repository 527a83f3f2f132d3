package input

import "testing"

// TestIssueDateLine: a newsletter's masthead line, its issue's number and
// the date ("ISSUE 48    March 2, 2021", "Vol. 3, No. 12 | May 30,
// 2024"), dates the issue, over a source's date further down. Near misses:
// a headline with a number before a date, a word that is no designator.
func TestIssueDateLine(t *testing.T) {
	const p = "\n\nFishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	for _, tc := range []struct{ line, published string }{
		{"ISSUE 48                    March 2, 2021", "2021-03-02"},
		{"Vol. 3, No. 12 | May 30, 2024", "2024-05-30"},
		{"No. 45 - 30 May 2024", "2024-05-30"},
	} {
		var h header
		if !h.takeDate(tc.line) || date(h.published) != tc.published {
			t.Errorf("takeDate(%q): %q, want %q", tc.line, date(h.published), tc.published)
		}
	}
	for _, line := range []string{"Route 48 March 2, 2021", "Issue Tracker 48 March 2, 2021", "48 Issues March 2, 2021 pending"} {
		var h header
		if h.takeDate(line) {
			t.Errorf("takeDate(%q) read a date line", line)
		}
	}
	a := Article("test.txt", []byte("ISSUE 48                    March 2, 2021\n\nCoast Fisheries Weekly\n\nHarbour crews fear new cod quota\n\nCoast Courier editorial, October 16, 2023"+p), nil)
	if date(a.Published) != "2021-03-02" {
		t.Errorf("an issue's masthead line: published %q, want 2021-03-02", date(a.Published))
	}
}
