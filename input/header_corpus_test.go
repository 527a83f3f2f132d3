package input

import (
	"reflect"
	"strings"
	"testing"
)

// TestHeaderShapesOfPageExcerpts reads headers as a page corpus's excerpts
// of real pages print them, each written for this test: the corpus's date
// run into the first paragraph, a breadcrumb's step with its mark alone, an
// agency in brackets before the time and day, a headline that ends on a
// quoted question, an outlet's name and section over the day with the
// headline under it, a by-line alone over the text, a menu's row of links,
// a headline printed again and again, a social link over the headline, a
// site's rights notice, a link in capitals, a paper's edition, a wire's
// credit alone (TestWireCreditIsNoTitle), a journal's issue after the by-line's name, the kind of
// piece run into the date's label.
func TestHeaderShapesOfPageExcerpts(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	long := strings.Repeat("Reservoirs in the eastern districts have refilled after the wettest winter in a decade, the board said. ", 12)
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		{"corpus date run into the first paragraph", " date 2024-03-03 " + p + "\nIt said reservoirs were full again.\n", "", nil, "2024-03-03", "The water board"},
		{"corpus date run into a long first paragraph", "date 2024-03-03 " + long + "\n\n" + p, "", nil, "2024-03-03", "Reservoirs in the eastern"},
		{"corpus date run into a breadcrumb's first step, an agency before the time and day", " date 2024-03-03 Home>>\nWater board lifts hosepipe ban in the east, says minister\n(Valley News) 09:58, March 3, 2024\n" + p, "Water board lifts hosepipe ban in the east, says minister", nil, "2024-03-03", "The water board"},
		{"a by-line from a place after the corpus date", "date 2024-03-03 from MARTA LINDQVIST in Eastgate\n\n" + p, "", []string{"MARTA LINDQVIST"}, "2024-03-03", "The water board"},
		{"headline ending on a quoted question, names and date under it", "Relief for the Valley or a “Water Grab?”\n\nMarta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Relief for the Valley or a “Water Grab?”", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"outlet and section over the day, the headline under it", "Valley Courier - Environment\n\nSunday, 3 March 2024\n\nWater board lifts hosepipe ban\n\n" + p, "Water board lifts hosepipe ban", nil, "2024-03-03", "The water board"},
		{"outlet and section after a rule", "The Valley Courier | Opinion\n\n3 March 2024\n\nWater board lifts hosepipe ban\n\n" + p, "Water board lifts hosepipe ban", nil, "2024-03-03", "The water board"},
		{"a menu's row of links after the corpus date, the headline printed thrice", " date 2024-03-03 Site Map | Archives | Print Edition | Mobile Edition | Alerts | Contact Us\nMar 3, 2:09 AM EDT\n\nWater board lifts hosepipe ban\n\nWater board lifts hosepipe ban\n\nWater board lifts hosepipe ban\n\n" + p, "Water board lifts hosepipe ban", nil, "2024-03-03", "The water board"},
		{"a by-line without By, its outlet, date and reading time", "Water board lifts hosepipe ban\n\nMarta Lindqvist | Valley Courier | March 3, 2024 | 4 min read\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"a social link over the headline, an empty by-line", "See More on Facebook\n\nWater board lifts hosepipe ban in the east\n\nThe reservoirs are full again.\n\nWritten by\n\nUpdated: March 4, 2024\n\n" + p, "Water board lifts hosepipe ban in the east", nil, "2024-03-04", "The reservoirs are full"},
		{"a site's rights notice, a breadcrumb, a caption twice and a kicker in lower case over the headline, a link in capitals over the by-line", "Copyright © Valley Media Ltd. All rights reserved.\nHome / Environment / Water board lifts hosepipe ban\nIn this file photo, residents queue for water in Eastgate. (AP)\nIn this file photo, residents queue for water in Eastgate. (AP)\nenvironment news\n\nWater board lifts hosepipe ban\n\n  • Reservoirs are full again after a wet winter.\nREAD FULL STORY\nBy Courier Correspondent, Eastgate\nUPDATED ON MAR 03, 2024 11:29 PM IST\n\n" + p, "Water board lifts hosepipe ban", nil, "2024-03-03", "• Reservoirs are full"},
		{"a paper's name with its edition over the headline in capitals, a by-line after a dash", "The Valley Courier (London)\n\nWATER BOARD LIFTS HOSEPIPE BAN IN THE EAST\n\n- Marta Lindqvist\n\n" + p, "WATER BOARD LIFTS HOSEPIPE BAN IN THE EAST", []string{"Marta Lindqvist"}, "", "The water board"},
		{"a by-line naming the journal and its issue, an author's note under it", "News | Mar. 3, 2024\n\nWater Security in the Eastern Districts\n\nBy Marta Lindqvist Harbour Policy Quarterly 12\n\nDownload PDF\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"the kind of piece run into its date's label, the authors one a line in a list", "Working PapersPublished on Mar 3, 2024 PDF Download\n\nWater Security in the Eastern Districts\n\n  • Marta Lindqvist\n  • Ola Berg\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist", "Ola Berg"}, "2024-03-03", "The water board"},
		{"two authors, each with a role under the name", "Water board lifts hosepipe ban\n\nMarta Lindqvist\nSenior Fellow\n\nOla Berg\nResearch Associate\n\nMarch 5, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist", "Ola Berg"}, "2024-03-05", "The water board"},
		{"a menu copied with its entries set apart by runs of spaces", "Home   About the Board   Reservoirs   News   Notices   Contact Us\n  HOME > Notices\nWater Board Notice on the Hosepipe Ban of March 3, 2024\n\n2024-03-03 23:43\n\n" + p, "Water Board Notice on the Hosepipe Ban of March 3, 2024", nil, "2024-03-03", "The water board"},
		{"a by-line's name and handle run into its date, the time after a rule", "Water board lifts hosepipe ban\n\nMarta Lindqvist (@mlindqvist) Published March 3, 2024 | 12:40 PM\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"a caption printed twice under the headline, the by-line after it", "Water board lifts hosepipe ban\n\nResidents queue for water in Eastgate.\nResidents queue for water in Eastgate.\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"a caption printed twice is no headline", "Residents queue for water in Eastgate on Tuesday.\nResidents queue for water in Eastgate on Tuesday.\n\nWater board lifts hosepipe ban\n\n" + p, "Water board lifts hosepipe ban", nil, "", "The water board"},
		{"a contributor's by-line", "Water board lifts hosepipe ban\n\nMarta Lindqvist, Special to the Valley Courier\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"a by-line alone over the text", "Marta Lindqvist\n\n" + p, "", []string{"Marta Lindqvist"}, "", "The water board"},
		{"a column's label over the by-line alone", "WATER WATCH\n\nNaveed Aman Khan\n\n" + p, "", []string{"Naveed Aman Khan"}, "", "The water board"},
		{"two names over the text", "Marta Lindqvist and Ola Berg\n\n" + p, "", []string{"Marta Lindqvist", "Ola Berg"}, "", "The water board"},
		{"a person's name as the title of a text about her", "Marta Lindqvist\n\nMarta Lindqvist has studied the eastern reservoirs for twenty years, first as a student and then for the board.\n", "Marta Lindqvist", nil, "", "Marta Lindqvist has"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
		})
	}
}

// TestCorpusDateOverAHeading: the line a corpus's date runs into may be a
// heading of the text, which heads the paragraphs under it.
func TestCorpusDateOverAHeading(t *testing.T) {
	a := Article("test.txt", []byte(" date 2024-03-03 Summary of the day:\n\nThe water board said on Wednesday that it would lift the hosepipe ban.\n"), nil)
	if got := paragraphs(a); date(a.Published) != "2024-03-03" || len(got) != 1 || got[0] != "Summary of the day | The water board said on Wednesday that it would lift the hosepipe ban." {
		t.Errorf("published %q, paragraphs %q", date(a.Published), got)
	}
}

// TestWireCreditIsNoTitle: a news outlet's name alone over the text is the
// story's credit, no headline.
func TestWireCreditIsNoTitle(t *testing.T) {
	for _, text := range []string{"• Reuters\n\nThe water board said on Wednesday that it would lift the hosepipe ban.\n", "Kyodo\n\nThe water board said on Wednesday that it would lift the hosepipe ban.\n"} {
		if a := Article("test.txt", []byte(text), nil); a.Title != "" {
			t.Errorf("%q: title %q, want none", text, a.Title)
		}
	}
}

// TestDatesOutsideAHeader: a listing page's title that holds its day, and
// a labelled date line closing a text with a field after it, date the
// text; a text of one sentence over its closing date keeps the sentence.
func TestDatesOutsideAHeader(t *testing.T) {
	const para = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n\n"
	for _, tt := range []struct{ name, text, want, first string }{
		{"a listing page's title with its day", "The Valley in the News: March 14, 2021\n\nValley Flag\nValley Flag\n\nDaily headlines about the valley from around the world\n\nWater board lifts hosepipe ban\n\nReservoirs are full after a wet winter, the board said.Valley Courier6 hours ago\n\nFerries resume on the lake\n\nOperators added sailings as the storm passed.Lake News2 days ago\n", "2021-03-14", ""},
		{"one sentence over a labelled date and its source", "The water board expressed deep concern on Thursday at the falling level of the eastern reservoirs, which it said were lower than at any time in the past fifty years.\nLast Update: 2024-04-18 17:00:08 - Source: VALLEY8\n", "2024-04-18", "The water board expressed"},
		{"a statement closing on a labelled date and its source", "Statement on the Reservoirs\n\n" + para + "Residents had complained for months about brown lawns and dry gardens across the eastern districts.\n\n" + "Last Update: 2024-04-18 - Source: Water Board\n", "2024-04-18", "The water board said"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Article("test.txt", []byte(tt.text), nil)
			if got := date(a.Published); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := paragraphs(a); tt.first != "" && (len(got) == 0 || !strings.HasPrefix(got[0], " | "+tt.first)) {
				t.Errorf("paragraphs %q, want the first to open %q", got, tt.first)
			}
		})
	}
}

// TestReporterInAStandfirst: a broadcaster's standfirst names its
// reporter with the outlet's possessive ("The BBC's Ana Ruiz asks …"), and
// stays a sentence of the text; a possessive of no outlet names none.
func TestReporterInAStandfirst(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	for _, tt := range []struct {
		text    string
		authors []string
	}{
		{"What does the end of the hosepipe ban mean?\n\nReservoirs are full again after the wettest winter in a decade. The BBC's Marta Lindqvist asks what comes next.\n\n" + p, []string{"Marta Lindqvist"}},
		{"What does the end of the hosepipe ban mean?\n\nReservoirs are full again after the wettest winter in a decade. The board's Marta Lindqvist explains what comes next.\n\n" + p, nil},
	} {
		a := Article("test.txt", []byte(tt.text), nil)
		if !reflect.DeepEqual(a.Authors, tt.authors) {
			t.Errorf("%q: authors %q, want %q", tt.text, a.Authors, tt.authors)
		}
		if got := paragraphs(a); len(got) == 0 || !strings.HasPrefix(got[0], " | Reservoirs are full") {
			t.Errorf("%q: paragraphs %q, want the standfirst first", tt.text, got)
		}
	}
}

// TestTitleOverItsQuestion: a headline that sets a title before its colon
// over a short question is a headline, however long the two run, after
// the corpus date or on its own line; a question run on from a sentence
// is none.
func TestTitleOverItsQuestion(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	const q = "The Water Board in the Age of the Great Drought: Where Do the Eastern Districts Fit?"
	checkMetadata(t, []metadataCase{
		{"after the corpus date", " date 2024-03-03 " + q + "\nSummary\n" + p, q, nil, "2024-03-03"},
		{"on its own line", q + "\n\nMarch 3, 2024\n\n" + p, q, nil, "2024-03-03"},
	})
	for _, line := range []string{
		"The board said it would review the ban. The question is: Where do the districts fit?",
		"The water board in the age of the great drought asked the districts: where do they fit in the plan?",
	} {
		if questionHeadline(line) {
			t.Errorf("%q reads as a question headline", line)
		}
	}
}
