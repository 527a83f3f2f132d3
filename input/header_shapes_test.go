package input

import (
	"slices"
	"strings"
	"testing"
)

// TestHeaderShapesInHouseStyles reads one story's header as many houses
// print it, each layout written for this test: a site's date of the day
// over its masthead, US and day-first numeric dates (the text's other
// dates telling the order), wire datelines whose lede stays the text's,
// blog, think-tank, ministry and newsletter by-lines and date lines, a
// kicker set off by a rule, a date in brackets.
func TestHeaderShapesInHouseStyles(t *testing.T) {
	const summary = "Reservoirs in the eastern districts have refilled after the wettest winter in a decade, and the board that runs them has lifted a ban on hosepipes that had stood since the drought of the summer before last. This compilation gathers the board's notices, the reports of the inspectors it sent to each reservoir and the complaints residents filed while the ban was in force, with a short account of the decisions that led to it and of those that ended it. It also sets out what the board has promised to do before the next dry summer: new pipes for the oldest districts, a second intake on the river and meters for every house that still pays a flat rate."
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		{"today above masthead", "Sunday, December 6, 2026\n\nThe Valley Courier\n\nWater board lifts hosepipe ban in east\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban in east", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"today above masthead 2", "Today: Sunday, 6 December 2026\nWater board lifts hosepipe ban in east\nMarta Lindqvist\n3 March 2024\n" + p, "Water board lifts hosepipe ban in east", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"today above title, published below, no author", "Monday, 7 December 2026 | Last updated 09:12\n\nWater board lifts hosepipe ban in east\n\nPublished: 3 March 2024\n\n" + p, "Water board lifts hosepipe ban in east", nil, "2024-03-03", "The water board"},
		{"blog: the post's date over the title, the reprinted story's source and date under it", "Thursday, December 31, 2009\n\nWater Board Lifts Hosepipe Ban\n\nValley News 30/12/2009\n\n" + p, "Water Board Lifts Hosepipe Ban", nil, "2009-12-31", "The water board"},
		{"the day's date over the masthead, a revision under the title", "Sunday, December 6, 2026\n\nThe Valley Courier\n\nWater board lifts hosepipe ban in east\n\nUpdated: March 5, 2024\n\n" + p, "Water board lifts hosepipe ban in east", nil, "2024-03-05", "The water board"},
		{"report: a long summary under the title, then its by-line", "Skip to main content\n\nWater Security in the Eastern Districts: A Compilation\n\n" + summary + "\n\nby Eastgate Water Collective\n\n" + p, "Water Security in the Eastern Districts: A Compilation", []string{"Eastgate Water Collective"}, "", summary[:40]},
		{"magazine: a long dek, by-line and date", "Water Board Lifts Hosepipe Ban\n\n" + summary + "\n\nBy Marta Lindqvist | March 3, 2024\n\n" + p, "Water Board Lifts Hosepipe Ban", []string{"Marta Lindqvist"}, "2024-03-03", summary[:40]},
		{"page title with the outlet run on by a dash, the headline again", "Water board lifts hosepipe ban in the east: ministry-Xinhua\n\nWater board lifts hosepipe ban in the east: ministry\n\nSource: Xinhua\n\n2024-03-03 18:40:45\n\n" + p, "Water board lifts hosepipe ban in the east: ministry", nil, "2024-03-03", "The water board"},
		{"page title with the site run on by a dash, the headline again", "Minister opens the eastern reservoir-Valley Times\n\nMinister opens the eastern reservoir\n\nMarch 3, 2024\n\n" + p, "Minister opens the eastern reservoir", nil, "2024-03-03", "The water board"},
		{"the day's date over the headline, a standfirst, the by-line under it", "Sunday, December 6, 2026\n\nWater board lifts hosepipe ban in east\n\nReservoirs are full again after the wettest winter in a decade.\n\nBy Marta Lindqvist\n\n" + p, "Water board lifts hosepipe ban in east", []string{"Marta Lindqvist"}, "2026-12-06", "Reservoirs are full"},
		{"the day's date over a site's masthead alone and the headline under a caption", "Monday, 7 December 2026\n\nValley Courier\n\nWater Board Lifts Hosepipe Ban\n\nResidents queue for water in Eastgate on Tuesday.\n\nMarta Lindqvist\n\n" + p, "Water Board Lifts Hosepipe Ban", []string{"Marta Lindqvist"}, "2026-12-07", "Residents queue"},
		{"think tank: a blog's day over the piece's kind, title, author and role", "23 March 2024\n\nCommentary\n\nWater Security in the Eastern Districts\n\nMarta Lindqvist\nSenior Fellow, Climate Program\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist"}, "2024-03-23", "The water board"},
		{"US numeric date", "Water Board Lifts Hosepipe Ban\n\nBy Marta Lindqvist\n\n03/22/23\n\n" + p, "Water Board Lifts Hosepipe Ban", []string{"Marta Lindqvist"}, "2023-03-22", "The water board"},
		{"US numeric date 4y", "Water Board Lifts Hosepipe Ban\n\nBy Marta Lindqvist\n\nPosted 03/22/2023 at 10:15 AM\n\n" + p, "Water Board Lifts Hosepipe Ban", []string{"Marta Lindqvist"}, "2023-03-22", "The water board"},
		{"day first numeric", "Water board lifts hosepipe ban\n\nBy Marta Lindqvist\n\n22/03/2023\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2023-03-22", "The water board"},
		{"wire lede kept", "Water board lifts hosepipe ban in east\n\nLONDON, March 3 (Reuters) - The water board said on Wednesday that it would lift the ban.\n\nIt said reservoirs were full again after a wet winter in the region.\n", "Water board lifts hosepipe ban in east", nil, "", "The water board"},
		{"wire lede after byline", "Water board lifts hosepipe ban in east\n\nBy Marta Lindqvist\n\nLONDON, March 3, 2024 (Reuters) -- The water board said on Wednesday that it would lift the ban.\n\nIt said reservoirs were full again.\n", "Water board lifts hosepipe ban in east", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"AP dateline", "Water board lifts hosepipe ban in east\n\nBy MARTA LINDQVIST Associated Press\n\nLONDON (AP) — The water board said on Wednesday that it would lift the ban on hosepipes.\n", "Water board lifts hosepipe ban in east", []string{"MARTA LINDQVIST"}, "", "The water board"},
		{"think tank name role date", "Report\n\nWater Security in the Eastern Districts\n\nMarta Lindqvist\nSenior Fellow, Climate Program\n\nMarch 3, 2024\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"blog posted by on", "Water board lifts hosepipe ban\nPosted by Marta Lindqvist on March 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"blog date then by", "Water board lifts hosepipe ban\nMarch 3, 2024 by Marta Lindqvist\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"blog date by cat", "Water board lifts hosepipe ban\nMarch 3, 2024 / Marta Lindqvist / Environment\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		// The speaker a remarks page's headline names is its author (seeds/README.md).
		{"ministry transcript", "Remarks by Minister Anwar Hadi at the Water Summit\n\n2024-03-03 15:30\n\n" + p, "Remarks by Minister Anwar Hadi at the Water Summit", []string{"Anwar Hadi"}, "2024-03-03", "The water board"},
		{"ministry source line", "Minister Hadi Meets Water Board Chiefs\nSource: Ministry of Water Resources | Date: 03.03.2024\n\n" + p, "Minister Hadi Meets Water Board Chiefs", nil, "2024-03-03", "The water board"},
		{"non-US ordinal comma", "Water board lifts hosepipe ban\n\nBy Marta Lindqvist\n\n3rd March, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"published on colon", "Water board lifts hosepipe ban\n\nPublished on: 03 Mar 2024, 10:15 am\nLast updated on: 04 Mar 2024, 08:00 am\n\nBy Marta Lindqvist\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"story by", "Water board lifts hosepipe ban\n\nStory by Marta Lindqvist • 2h ago\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"words by", "Water board lifts hosepipe ban\n\nWords by Marta Lindqvist\nPhotography by Ola Berg\n\n3 March 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"authors two lines with roles", "Water Security in the Eastern Districts\n\nMarta Lindqvist, Senior Fellow\nOla Berg, Research Associate\n\nMarch 3, 2024\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist", "Ola Berg"}, "2024-03-03", "The water board"},
		{"by and outlet pipe date", "Water board lifts hosepipe ban\nBy Marta Lindqvist | The Valley Courier | March 3, 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"question title", "Will the hosepipe ban end this spring?\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Will the hosepipe ban end this spring?", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"quoted title", "‘We are out of water’: towns plead for help\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "‘We are out of water’: towns plead for help", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"date first then title then by", "March 3, 2024\n\nWater board lifts hosepipe ban\n\nBy Marta Lindqvist\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"short date month year", "Water Security in the Eastern Districts\nMarta Lindqvist\nMarch 2024\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist"}, "", "The water board"},
		{"by with email", "Water board lifts hosepipe ban\nBy Marta Lindqvist (marta@courier.example)\nMarch 3, 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"name with middle initial and suffix", "Water board lifts hosepipe ban\nBy John Q. Adams Jr. and Mary-Ann O'Neill\nMarch 3, 2024\n" + p, "Water board lifts hosepipe ban", []string{"John Q. Adams Jr.", "Mary-Ann O'Neill"}, "2024-03-03", "The water board"},
		{"chinese name byline xinhua", "Water board lifts ban\n\nSource: Xinhua| 2024-03-03 10:15:22|Editor: Zhang Long\n\n" + p, "Water board lifts ban", nil, "2024-03-03", "The water board"},
		{"global times style", "Water board lifts ban\nBy Global Times Published: Mar 03, 2024 10:15 PM\n" + p, "Water board lifts ban", []string{"Global Times"}, "2024-03-03", "The water board"},
		{"gt style named", "Water board lifts ban\nBy Chen Qingqing Published: Mar 03, 2024 10:15 PM\n" + p, "Water board lifts ban", []string{"Chen Qingqing"}, "2024-03-03", "The water board"},
		{"scmp style", "Water board lifts ban\nThe board says reservoirs are full after the wet winter\nMarta Lindqvist\nin Hong Kong\nPublished: 6:00pm, 3 Mar 2024\n" + p, "Water board lifts ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"korea herald", "Water board lifts ban\nBy Kim Min-ji\nPublished : March 3, 2024 - 15:30\n" + p, "Water board lifts ban", []string{"Kim Min-ji"}, "2024-03-03", "The water board"},
		{"yonhap", "Water board lifts ban\nAll News 15:30 March 03, 2024\nSEOUL, March 3 (Yonhap) -- The water board said on Wednesday that it would lift the ban.\n", "Water board lifts ban", nil, "2024-03-03", "The water board"},
		{"hindu", "Water board lifts ban\nMarch 03, 2024 10:15 pm | Updated 10:16 pm IST - NEW DELHI\n" + p, "Water board lifts ban", nil, "2024-03-03", "The water board"},
		{"dawn", "Water board lifts ban\nMarta Lindqvist Published March 3, 2024\n" + p, "Water board lifts ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"substack", "Water board lifts ban\nWhat the end of the hosepipe ban tells us\nMarta Lindqvist\nMar 03, 2024\n" + p, "Water board lifts ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"diplomat", "Water board lifts ban\nThe board says reservoirs are full.\nBy Marta Lindqvist\nMarch 03, 2024\n" + p, "Water board lifts ban", []string{"Marta Lindqvist"}, "2024-03-03", "The board says"},
		{"by-line and date in capitals", "Water Board Lifts Ban\nBY MARTA LINDQVIST AND OLA BERG\nMARCH 3, 2024\n" + p, "Water Board Lifts Ban", []string{"MARTA LINDQVIST", "OLA BERG"}, "2024-03-03", "The water board"},
		{"ambiguous numeric, month-first text", "Water Board Lifts Hosepipe Ban\n\nBy Marta Lindqvist\n\n03/04/2024\n\nThe water board said on Wednesday that the ban, in force since June 5, 2023, would end.\n", "Water Board Lifts Hosepipe Ban", []string{"Marta Lindqvist"}, "2024-03-04", "The water board"},
		{"ambiguous numeric, day-first text", "Water board lifts hosepipe ban\n\nBy Marta Lindqvist\n\n03/04/2024\n\nThe water board said on Wednesday that the ban, in force since 5 June 2023, would end.\n", "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-04-03", "The water board"},
		{"dateline own line", "Water board lifts hosepipe ban in east\n\nLONDON, March 3 (Reuters) -\nThe water board said on Wednesday that it would lift the ban.\n\nIt said reservoirs were full again after a wet winter in the region.\n", "Water board lifts hosepipe ban in east", nil, "", "The water board"},
		{"dateline date year", "Water board lifts hosepipe ban in east\n\nLONDON, March 3, 2024 (AFP) - The water board said on Wednesday that it would lift the ban.\n", "Water board lifts hosepipe ban in east", nil, "2024-03-03", "The water board"},
		{"name comma month date", "Water board lifts hosepipe ban\nMarta Lindqvist, March 3, 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"by name comma date", "Water board lifts hosepipe ban\nBy Marta Lindqvist, March 3, 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"by name dash date", "Water board lifts hosepipe ban\nBy Marta Lindqvist - 3 March 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"by name on date", "Water board lifts hosepipe ban\nBy Marta Lindqvist on 3 March 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"name, outlet, date lines no blank", "WORLD\nWater board lifts hosepipe ban\nMarta Lindqvist\nThe Valley Courier\nPublished 3 March 2024\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"share line under byline", "Water board lifts hosepipe ban\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\nShare on Facebook\nShare on Twitter\nEmail\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"subtitle after title", "Water board lifts hosepipe ban\n\nReservoirs are back to normal after a wet winter\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"kicker colon title", "Analysis | Water board lifts hosepipe ban\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"think tank by-line with affiliation", "Water Security in the Eastern Districts\n\nMarta Lindqvist and Ola Berg\n\n3 March 2024\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist", "Ola Berg"}, "2024-03-03", "The water board"},
		{"commentary by", "Commentary by Marta Lindqvist\n\nWater Security in the Eastern Districts\n\nMarch 3, 2024\n\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"date and read time", "Water board lifts hosepipe ban\nMarta Lindqvist\nMar 3, 2024 · 4 min read\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"caption above title", "Residents queue for water in Eastgate on Tuesday. (Photo: Ola Berg/Courier)\n\nWater board lifts hosepipe ban\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"chinese ministry style", "Spokesperson's Remarks on the Water Agreement\n2024/03/03\n" + p, "Spokesperson's Remarks on the Water Agreement", nil, "2024-03-03", "The water board"},
		{"reading date bracket", "Water board lifts hosepipe ban\n[March 3, 2024]\n" + p, "Water board lifts hosepipe ban", nil, "2024-03-03", "The water board"},
		{"date in parens", "Water board lifts hosepipe ban (March 3, 2024)\n\n" + p, "Water board lifts hosepipe ban (March 3, 2024)", nil, "2024-03-03", "The water board"},
		{"author after body opening? title then date then by-line", "Water board lifts hosepipe ban\nMarch 3, 2024\nMarta Lindqvist\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"all caps title", "WATER BOARD LIFTS HOSEPIPE BAN\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "WATER BOARD LIFTS HOSEPIPE BAN", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"title no anchor", "Water board lifts hosepipe ban\n\n" + p, "Water board lifts hosepipe ban", nil, "", "The water board"},
		{"long title", "Water board lifts hosepipe ban in the eastern districts as reservoirs return to normal after the wettest winter in a decade\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban in the eastern districts as reservoirs return to normal after the wettest winter in a decade", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"title with year", "Water Policy Outlook 2024: What Comes After the Ban\n\nMarta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water Policy Outlook 2024: What Comes After the Ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
		{"authors with and three", "Water Security in the Eastern Districts\nBy Marta Lindqvist, Ola Berg, and Kwame Asante\nMarch 3, 2024\n" + p, "Water Security in the Eastern Districts", []string{"Marta Lindqvist", "Ola Berg", "Kwame Asante"}, "2024-03-03", "The water board"},
		{"blog author then date", "Water board lifts hosepipe ban\nAuthor: Marta Lindqvist\nDate: 03/03/2024\nCategory: Environment\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-03", "The water board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, strings.TrimSuffix(tt.first, "\n"))
		})
	}
}

// TestNumericDateOrder: a numeric date's order of day and month, read from
// the number above 12 in it or in the text's other dates, else from the
// order its dates with a month's name take; day first when nothing tells.
func TestNumericDateOrder(t *testing.T) {
	for _, tt := range []struct {
		line, text, want string
	}{
		{"03/22/23", "", "2023-03-22"},
		{"22/03/23", "", "2023-03-22"},
		{"22.03.2023", "", "2023-03-22"},
		{"Posted 03/22/2023 at 10:15 AM", "", "2023-03-22"},
		{"03/04/2024", "", "2024-04-03"},
		{"03/04/2024", "The ban began on June 5, 2023, and was extended on Sept. 1, 2023.", "2024-03-04"},
		{"03/04/2024", "The ban began on 5 June 2023.", "2024-04-03"},
		{"03/04/2024", "An earlier notice, dated 11/21/2023, set the terms.", "2024-03-04"},
		{"03/04/2024", "An earlier notice, dated 21/11/2023, set the terms. It began on June 5, 2023.", "2024-04-03"},
		{"13/13/2024", "", ""},
	} {
		h := header{text: tt.text}
		h.takeDate(tt.line)
		if got := date(h.published); got != tt.want {
			t.Errorf("%q in %q: got %q, want %q", tt.line, tt.text, got, tt.want)
		}
	}
}

// TestClosingDate: a date alone on a line right after the running text
// dates a text whose header prints none, as statements, letters and blog
// posts close; a chronology's or a diary's dated headings, with text under
// them, do not.
func TestClosingDate(t *testing.T) {
	const para = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n\n"
	// The header reads a date under a title and two paragraphs as its
	// own: the texts here print three or more before one.
	const more = "Residents had complained for months about brown lawns and dry gardens across the eastern districts.\n\n"
	for _, tt := range []struct{ name, text, want string }{
		{"ministry statement closing on its date", "Statement on the Eastern Reservoirs\n\n" + para + more + para + "3 March 2024\n", "2024-03-03"},
		{"blog post dated under its text, the archive after", "Humility\n\n" + para + more + para + "Aug 21, 2008\n\nSubscribe to:\n\nPost Comments (Atom)\n\n► 2009 (23)\n\n► 2008 (45)\n", "2008-08-21"},
		{"letter closing on a labelled date", "Dear Editor,\n\n" + para + more + para + "Posted on: 22/03/2023\n", "2023-03-22"},
		{"blog post dated, readers' comments after", "Humility\n\n" + para + more + para + "Aug 21, 2008\n\nSubscribe to:\n\nI disagree with the board entirely and so do my neighbours.\n\nMarch 2, 2009\n", "2008-08-21"},
		{"chronology: dated headings with text under them", "Timeline of the Ban\n\n" + para + more + para + "3 March 2024\n\n" + more + "5 March 2024\n\n" + para, ""},
		{"diary: the first dated heading over text", "Notes from the Drought\n\n" + para + more + para + "3 March 2024\n\n" + more, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Article("test.txt", []byte(tt.text), nil)
			if got := date(a.Published); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSiteNameOverHeadline: a site's or a column's name printed over the
// headline, in words no outlet list holds, is no title; a listing's label
// over its first entry's headline still is, and a headline a reprint
// quotes whole is read without its marks.
func TestSiteNameOverHeadline(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	tests := []metadataCase{
		{"the site's name, by-line and date under", "The Valley Ledger\n\nWater board lifts hosepipe ban in east\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban in east", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"a column's name, a link, the headline", "Eastgate Morning Truth\nView Original\nWhy the eastern reservoirs ran dry last summer\nWritten by Ola Berg\n\n" + p, "Why the eastern reservoirs ran dry last summer", []string{"Ola Berg"}, ""},
		{"the site's name over a headline with no by-line", "The Quarry Lantern\n\nWater board lifts hosepipe ban in the eastern districts\n\n" + p, "Water board lifts hosepipe ban in the eastern districts", nil, ""},
		{"a listing's label over its first entry", "Latest Water Board Notices\nWater board lifts hosepipe ban in east\n" + p + "Reservoir levels rise after the wet winter\n" + p, "Latest Water Board Notices", nil, ""},
		{"a reprint quoting the headline", "\"Water board lifts hosepipe ban in east\"\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\n" + p, "Water board lifts hosepipe ban in east", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"a reprint quoting the headline in curly marks", "“Reservoirs full again, board says”\nBy Ola Berg\n3 March 2024\n" + p, "Reservoirs full again, board says", []string{"Ola Berg"}, "2024-03-03"},
		{"a headline opening on a quotation", "“We are out of water” – towns plead for help\nBy Ola Berg\n3 March 2024\n" + p, "“We are out of water” – towns plead for help", []string{"Ola Berg"}, "2024-03-03"},
	}
	checkMetadata(t, tests)
}

// TestBilingualTitle: a title that prints a slogan or a term in Chinese
// and then its English is the title; a line of Chinese alone over an
// English text is not.
func TestBilingualTitle(t *testing.T) {
	const p = "The phrase first spread on campus forums in the autumn, when students used it to describe the race for internships and grades.\n\nWithin a year it had reached the state press, which warned readers against giving up.\n"
	for _, tt := range []struct{ text, title string }{
		{"内卷 Involution and the Campus Race\n\n" + p, "内卷 Involution and the Campus Race"},
		{"躺平：Lying Flat as a Protest\n\n" + p, "躺平：Lying Flat as a Protest"},
		{"共同富裕 Common Prosperity, Explained\n\n" + p, "共同富裕 Common Prosperity, Explained"},
		{"躺平 (tǎng píng) — Lying Flat\n\n" + p, "躺平 (tǎng píng) — Lying Flat"},
		{"内卷与躺平\n\n" + p, ""},
	} {
		if a := Article("test.txt", []byte(tt.text), nil); a.Title != tt.title {
			t.Errorf("%q: title %q, want %q", tt.text[:30], a.Title, tt.title)
		}
	}
}

// TestNotesOnTheAuthors: a text whose header names no one is signed by the
// note on its authors that closes it, in the shapes such notes take (two
// authors, a title before the name, a verb of what the author does, the
// role set off by commas), and by a sign-off with its place or role; a
// closing paragraph about a public figure or a report of someone's words
// names no author, nor does a heading's list item with a comma.
func TestNotesOnTheAuthors(t *testing.T) {
	const body = "Port Talks Stall\n\nThe ministry said the talks would resume in Geneva next month, after a week of disputes over fees.\n\nFishermen said they had heard such promises before and would keep their boats in harbour.\n\n"
	for _, tt := range []struct {
		note string
		want []string
	}{
		{"Ines Carvalho and Kwame Boateng are researchers at the Lagoon Policy Institute.", []string{"Ines Carvalho", "Kwame Boateng"}},
		{"Dr. Ines Carvalho is a senior fellow at the Lagoon Policy Institute.", []string{"Ines Carvalho"}},
		{"Kwame Boateng writes about shipping and fisheries for the Harbour Review.", []string{"Kwame Boateng"}},
		{"Mei Lin Tan holds a doctorate in maritime law from Harbour College.", []string{"Mei Lin Tan"}},
		{"Ines Carvalho, a trade economist at Harbour College, is the author of Ports and Power.", []string{"Ines Carvalho"}},
		{"— Kwame Boateng, Lagos", []string{"Kwame Boateng"}},
		{"Xi Jinping is the general secretary of the Communist Party of China.", nil},
		{"Ines Carvalho is a fisher. “We have waited long enough,” she said.", nil},
		{"Ines Carvalho met the minister on Tuesday.", nil},
	} {
		a := Article("test.txt", []byte(body+tt.note+"\n"), nil)
		if !slices.Equal(a.Authors, tt.want) {
			t.Errorf("%q: authors %q, want %q", tt.note, a.Authors, tt.want)
		}
	}
}

// TestLinesOverTheHeadline: the tags a page files a story under and the
// list of other stories it prints over the headline are no title; a
// weekday's short form between a by-line and its date is no name.
func TestLinesOverTheHeadline(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	tests := []metadataCase{
		{"tags over the headline", "Reservoirs, Eastgate, Water Board\nWater, Pipes, and Patience — How the East Ran Dry\nMarch 3, 2024 By Marta Lindqvist\n" + p, "Water, Pipes, and Patience — How the East Ran Dry", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"other stories listed over the headline", "- Dockers strike again at the northern terminal\n- Ferry fares rise for the third time\n- Flood barrier opens a month late\nWater board lifts hosepipe ban in the east\nThe board said reservoirs were full again after the wettest winter in a decade.\n3 March 2024\nMarta Lindqvist\n" + p, "Water board lifts hosepipe ban in the east", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"a weekday's short form before the date", "Water board lifts hosepipe ban\n\nBy Marta Lindqvist Thu, March 7, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Marta Lindqvist"}, "2024-03-07"},
		{"a surname like a weekday's short form", "Water board lifts hosepipe ban\n\nBy Li Sun, March 7, 2024\n\n" + p, "Water board lifts hosepipe ban", []string{"Li Sun"}, "2024-03-07"},
	}
	checkMetadata(t, tests)
}

// metadataCase is a text and the title, authors and date its header gives.
type metadataCase struct {
	name, text, title string
	authors           []string
	published         string
}

// checkMetadata reads each text and checks the metadata it gives.
func checkMetadata(t *testing.T, tests []metadataCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article("test.txt", []byte(tt.text), nil)
			if a.Title != tt.title || !slices.Equal(a.Authors, tt.authors) || date(a.Published) != tt.published {
				t.Errorf("got title %q authors %q published %q\nwant title %q authors %q published %q", a.Title, a.Authors, date(a.Published), tt.title, tt.authors, tt.published)
			}
		})
	}
}

// TestPageTopsOverTheHeader: a site's masthead and menu printed over the
// header, in the orders pages print them, the page's title over the
// headline it repeats and the share buttons under it leave the header as
// it reads without them; a short title with an outlet's shape over its by-line is
// still the title; a menu over a breadcrumb trail is no headline over the
// headline under the trail.
func TestPageTopsOverTheHeader(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	checkMetadata(t, []metadataCase{
		{"masthead, skip link, headline under a kicker", "The Valley Times\n\nSkip to content\n\nWater board lifts hosepipe ban in the east\n\n" + p, "Water board lifts hosepipe ban in the east", nil, ""},
		{"masthead, by-line over the headline", "Eastgate Policy Forum\n\nMarta Lindqvist\n\nWhy the eastern reservoirs ran dry last summer\n\n" + p, "Why the eastern reservoirs ran dry last summer", []string{"Marta Lindqvist"}, ""},
		{"a menu a line each", "Home\nNews\nEnvironment\nSport\nSign in\n\nWater board lifts hosepipe ban in the east\n\nBy Marta Lindqvist\n\n3 March 2024\n\n" + p, "Water board lifts hosepipe ban in the east", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"an app's promotion, the outlet and a kicker, the by-line over the headline", "Read the news in one place.\nValley News\nRegional\nMarta Lindqvist and Ola Berg\n\nWater board lifts hosepipe ban across the eastern districts\n\n" + p, "Water board lifts hosepipe ban across the eastern districts", []string{"Marta Lindqvist", "Ola Berg"}, ""},
		{"the page's title over the headline it repeats, a subtitle under", "Water board lifts hosepipe ban in the east | The Valley Times\n\nWater board lifts hosepipe ban in the east\nReservoirs are full again after the wettest winter in a decade\n\n" + p, "Water board lifts hosepipe ban in the east", nil, ""},
		{"share buttons under the headline", "Water board lifts hosepipe ban in the east\n\nShare this story\nFacebook\nTweet\nEmail\n\nBy Marta Lindqvist\n\n3 March 2024\n\n" + p, "Water board lifts hosepipe ban in the east", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"a blog's label page notice printed twice over the post's date and title", "Showing posts with label reservoirs. Show all posts\nShowing posts with label reservoirs. Show all posts\n\nSunday, March 3, 2024\n\nThe Hosepipe Ban Is Over\n\n" + p, "The Hosepipe Ban Is Over", nil, "2024-03-03"},
		{"a reading time before the date", "Water board lifts hosepipe ban in the east\n\n4 min read 03-03-2024\n\n" + p, "Water board lifts hosepipe ban in the east", nil, "2024-03-03"},
		{"a short title over a short first paragraph", "The Eastern Reservoirs\n\nThe water board said on Wednesday that it would lift the ban.\n\n" + p, "The Eastern Reservoirs", nil, ""},
		{"a short title with an outlet's shape over its by-line", "The Central Water Board\n\nBy Marta Lindqvist\n\n3 March 2024\n\n" + p, "The Central Water Board", []string{"Marta Lindqvist"}, "2024-03-03"},
		{"a menu over a trail over the headline and its date", "Home About Us Events & Visits Press Releases Contact 中文\n  Home > Press Releases\nWater board lifts hosepipe ban in the east\n2024-03-03 10:15\n\n" + p, "Water board lifts hosepipe ban in the east", nil, "2024-03-03"},
	})
}

// TestPlainNamesByPosition: names no list knows are the by-line where the
// header puts them: under its date right over the text, and alone over a
// wire's dateline; a short headline over a dateline is no by-line.
func TestPlainNamesByPosition(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	checkMetadata(t, []metadataCase{
		{"names under the date, over the text", "Valley News Website\n\nWater board lifts hosepipe ban in the east\n\nUpdated: 2024-03-03 07:35\nTendai Moyo and Liko Kealoha\n\n" + p, "Water board lifts hosepipe ban in the east", []string{"Tendai Moyo", "Liko Kealoha"}, "2024-03-03"},
		{"names alone over a wire's dateline", "Tendai Moyo\n\nEASTGATE — " + p + "\nResidents welcomed the news.\n", "", []string{"Tendai Moyo"}, ""},
		{"a short headline over a dateline", "Hosepipe Ban Lifted in Eastgate\nEASTGATE — " + p + "\nResidents welcomed the news.\n", "Hosepipe Ban Lifted in Eastgate", nil, ""},
	})
}

// TestAgencyBylines: a wire story's by-line credits its agency, after the
// date too ("Published … by Reuters"); an outlet's name in capitals beside
// the date is the by-line's place too, crediting the outlet.
func TestAgencyBylines(t *testing.T) {
	const p = "The port authority said on Monday that the northern terminal would reopen next week after repairs to its cranes were finished.\n\nShipping lines said they would restore their calls at once.\n"
	checkMetadata(t, []metadataCase{
		{"date then agency", "Terminal to Reopen Next Week\n\nPublished Mar 4, 2019 9:05 AM by Reuters\n\n" + p, "Terminal to Reopen Next Week", []string{"Reuters"}, "2019-03-04"},
		{"agency by-line over the date", "Terminal to Reopen Next Week\n\nBy Kyodo\n\nMarch 4, 2019\n\n" + p, "Terminal to Reopen Next Week", []string{"Kyodo"}, "2019-03-04"},
		{"outlet in capitals beside the date", "Terminal to Reopen Next Week\n\nFOCUS TAIWAN | Published March 4, 2019\n\n" + p, "Terminal to Reopen Next Week", []string{"FOCUS TAIWAN"}, "2019-03-04"},
	})
}

// TestLeadInUnderTheTitle: a sentence in sentence case that ends in the
// colon leading into the text ("The following is a letter from …:") is the
// text's first paragraph, under a title alone or under a by-line and date;
// a label in title case with its colon is no sentence.
func TestLeadInUnderTheTitle(t *testing.T) {
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week.\n"
	tests := []struct{ name, text, title, first string }{
		{"under the title", "Letter to the Editors of the Valley Courier\n\n\n\nThe following is a letter from the water board's spokesperson to the editors of the Valley Courier on March 3, 2024:\n\n" + p,
			"Letter to the Editors of the Valley Courier", "The following is a letter"},
		{"under a by-line and date", "Water board lifts hosepipe ban\n\nBy Marta Lindqvist\n\nMarch 3, 2024\n\nWhat follows is the statement the board gave to reporters after its meeting:\n\n" + p,
			"Water board lifts hosepipe ban", "What follows is the statement"},
		{"a label in title case", "Water board lifts hosepipe ban\n\nThe Key Findings of the Eastern Districts Water Board Report:\n\n" + p,
			"Water board lifts hosepipe ban", "The water board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article("test.txt", []byte(tt.text), nil)
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if got := paragraphs(a); len(got) == 0 || !strings.HasPrefix(got[0], " | "+tt.first) {
				t.Errorf("first paragraph %q, want it to open %q", got, tt.first)
			}
		})
	}
}
