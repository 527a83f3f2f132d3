package input

import (
	"strings"
	"testing"
)

// TestRevisionStamp: a page's revision stamp in a footer's or a field's
// phrase gives the day; "last" after something other than the page, or
// no date right after the label, gives none.
func TestRevisionStamp(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"© Copyright 2019-2023, the Harbour project contributors. Last updated on Mar 4, 2023. Built with a static site generator.", "2023-03-04"},
		{"This page was last edited on 2 April 2024, at 13:18 (UTC).", "2024-04-02"},
		{"© 2024 Harbour Institute · Last modified: 2024-05-03", "2024-05-03"},
		{"Page last revised 12 June 2021", "2021-06-12"},
		{"The fishing law was last revised on 3 May 1998 after a long debate.", ""},
		{"Last updated by the harbour office in spring.", ""},
		{"Catches were last recorded at this level in 2009.", ""},
	} {
		d, _ := revisionStamp(tc.line)
		if got := date(d); got != tc.want {
			t.Errorf("revisionStamp(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	// A page that declares no date and prints none over its text is
	// dated by its footer's stamp.
	const body = "<p>Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.</p><p>The fisheries office said the quota followed a survey of stocks that found cod numbers at a record low, and that the quota would be reviewed in the spring.</p><p>Crews in the southern ports said they would meet the office next week.</p>"
	page := "<html><head><title>Harbour crews fear new cod quota</title></head><body><article><h1>Harbour crews fear new cod quota</h1>" + body + "</article><footer><p>© 2024 Harbour Institute. Last updated on Apr 2, 2024. Built with a static site generator.</p></footer></body></html>"
	if a := HTMLArticle("page.html", []byte(page), nil); date(a.Published) != "2024-04-02" {
		t.Errorf("page with a footer's stamp: published %q, want 2024-04-02", date(a.Published))
	}
	dated := strings.Replace(page, "<h1>", "<p>May 30, 2024</p><h1>", 1)
	if a := HTMLArticle("page.html", []byte(dated), nil); date(a.Published) != "2024-05-30" {
		t.Errorf("page with a date and a footer's stamp: published %q, want 2024-05-30", date(a.Published))
	}
}
