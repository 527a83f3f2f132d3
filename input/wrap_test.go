package input

import (
	"strings"
	"testing"
)

// A plain text hard-wrapped to a common width, with no blank line after a
// first line that stops on a capitalised word inside its sentence: the
// line is the sentence's start, running text, while a headline over the
// wrapped text stays the title, with a blank line under it or none.
func TestWrappedFirstSentenceIsNoTitle(t *testing.T) {
	// Lines wrapped near 74 characters, some short of it by a long word
	// or a page's measure, as a text copied from a page prints them.
	opening := "Norwegian Fisheries Minister Ingrid Solberg and visiting Icelandic Envoy\n" +
		"Arni Gudmundsson signed a quota accord in Tromso on Friday at the Polar\n" +
		"Research Institute."
	rest := "\n\n" +
		"The accord sets catch limits for mackerel and herring in shared waters for\n" +
		"the next three seasons, officials from both governments told reporters at\n" +
		"the signing. Solberg said the deal ended a dispute that had lasted years.\n\n" +
		"\"We have shown that neighbours can settle their quarrels at the table,\"\n" +
		"Gudmundsson said, adding that scientists would review the limits yearly.\n"
	wrapped := opening + rest
	tests := []struct {
		name, text, title, first string
		authors                  []string
	}{
		{"a wrapped first sentence, no headline", wrapped, "", "Norwegian Fisheries Minister Ingrid Solberg", nil},
		{"the same sentence, paragraphs run on without blank lines", strings.ReplaceAll(wrapped, "\n\n", "\n"), "", "Norwegian Fisheries Minister Ingrid Solberg", nil},
		{"a headline over it, a blank line between", "Quota Accord Ends Mackerel Dispute\n\n" + wrapped, "Quota Accord Ends Mackerel Dispute", "Norwegian Fisheries Minister Ingrid Solberg", nil},
		{"a headline over it, no blank line", "Quota Accord Ends Mackerel Dispute\n" + wrapped, "Quota Accord Ends Mackerel Dispute", "Norwegian Fisheries Minister Ingrid Solberg", nil},
		{"a short headline line", "Fish Deal Signed\n" + wrapped, "Fish Deal Signed", "Norwegian Fisheries Minister Ingrid Solberg", nil},
		{"a headline as wide as the text, a blank line under it",
			"Norway and Iceland Sign Quota Accord to End Their Long Mackerel Dispute\n\n" + wrapped,
			"Norway and Iceland Sign Quota Accord to End Their Long Mackerel Dispute", "Norwegian Fisheries Minister Ingrid Solberg", nil},
		{"a headline and a by-line with no blank line, the text wrapped",
			"Quota Accord Ends Mackerel Dispute\nBy Ana Ruiz\n\n" + wrapped,
			"Quota Accord Ends Mackerel Dispute", "Norwegian Fisheries Minister Ingrid Solberg", []string{"Ana Ruiz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, "", tt.first)
		})
	}
	// A headline wider than the text's width, no blank line under it, is
	// no wrapped line: it stays the title, and the sentence under it is
	// the first paragraph's whole. (The layout reads the headline as the
	// paragraphs' section too, as it does without the wrapped sentence.)
	wide := "Norway and Iceland Sign a Three-Season Quota Accord on Mackerel and Herring in Shared Northern Waters"
	a := Article("test.txt", []byte(wide+"\n"+wrapped), nil)
	if got := paragraphs(a); a.Title != wide || len(got) == 0 || !strings.HasSuffix(got[0], "| "+opening) {
		t.Errorf("a headline wider than the text: title %q, paragraphs %q", a.Title, got)
	}
}

// A headline in a text whose paragraphs are a line each, or wrapped to a
// column too narrow to tell a headline's length from the width, is read
// as the header reads it elsewhere.
func TestUnwrappedTextKeepsItsTitle(t *testing.T) {
	body := "The port authority said on Monday that dock workers had agreed to return after a week of talks over pay.\n" +
		"Shipping lines had diverted vessels to other harbours during the strike.\n" +
		"Union leaders said the new contract raised wages by four percent over two years and kept overtime rules.\n" +
		"Exporters welcomed the deal but warned that the backlog of containers would take weeks to clear.\n"
	checkHeader(t, "Dock Workers End Strike at Harbour After Pay Deal\n"+body,
		"Dock Workers End Strike at Harbour After Pay Deal", nil, "", "The port authority said on Monday")
}

func TestWrapWidth(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		min, max   int // bounds of the width read, 0 and 0 for none
	}{
		{"a text wrapped near 74 characters",
			"The accord sets catch limits for mackerel and herring in shared waters for\n" +
				"the next three seasons, officials from both governments told reporters at\n" +
				"the signing. Solberg said the deal ended a dispute that had lasted years.\n\n" +
				"\"We have shown that neighbours can settle their quarrels at the table,\"\n" +
				"Gudmundsson said, adding that scientists would review the limits yearly.\n" +
				"Fishing crews in the north welcomed the news.\n",
			70, 76},
		{"paragraphs a line each",
			"The port authority said on Monday that dock workers had agreed to return after a week of talks over pay.\n\n" +
				"Shipping lines had diverted vessels.\n\n" +
				"Union leaders said the new contract raised wages by four percent over two years and kept overtime rules in place.\n\n" +
				"Exporters welcomed the deal.\n\n" +
				"The backlog of containers would take weeks to clear, the authority said in a statement late on Monday night.\n\n" +
				"Talks began in May.\n",
			0, 0},
		{"a column wrapped at 30 characters",
			"The accord sets catch limits\nfor mackerel and herring in\nshared waters for the next\nthree seasons, officials from\nboth governments told the\npress at the signing.\n",
			0, 0},
		{"too few lines to tell", "Ferry Routes Reopen\n\nThe ministry said on Tuesday that talks would resume next month.\n", 0, 0},
	} {
		if w := wrapWidth(tc.text); w < tc.min || w > tc.max {
			t.Errorf("%s: width %d, want %d to %d", tc.name, w, tc.min, tc.max)
		}
	}
}
