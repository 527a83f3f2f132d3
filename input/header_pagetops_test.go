package input

import "testing"

// TestHeadersUnderPageTops reads headers under what the top of a copied
// page prints, each written for this test: a state body's name over the
// release's date and headline, a reprint's date over the headline and the
// outlet it is from, a by-line's names running on to the next line, trails
// with doubled marks, a rule before the date, a date closed by a full stop
// before more fields, fields set off by double colons, a section's label
// by the date with the headline over the standfirst, a call to follow the
// site over the headline, a by-line run into the first paragraph as its
// first sentence, a wire's source after the headline's dash, a notice of
// the story's age in years, and an agency's by-line beside a labelled date
// with its time and the page's machine time stamp run into it, and a date
// printed twice with the first's year run into the second, and a trail
// set off by spaced colons over the date, and a journal's kind of article
// over the date, a label over a list of sections over the headline, and
// a short headline that opens with a question's word over its subtitle,
// a trail set off by a dot, and the site's logo run into the date.
func TestHeadersUnderPageTops(t *testing.T) {
	const b = "The two governments agreed on Tuesday to resume talks over the disputed shoal, officials in both capitals said after a meeting that ran late into the night.\n"
	const h = "Manila and Beijing agree to resume shoal talks"
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		{"a ministry's name over the release",
			"Ministry of Foreign Affairs of the Republic of Korea\n\n06/13/2024 | Press release\n\n" + h + "\n\n" + b, h, nil, "2024-06-13", "The two"},
		{"an embassy's name over the release",
			"Embassy of Japan in the Philippines\n\n3 June 2024\n\n" + h + "\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"a headline that opens with a ministry's name stays the title",
			"Ministry of Defence Warns of Delays at the Shoal\n\nBy Ana Ruiz\n\n3 June 2024\n\n" + b, "Ministry of Defence Warns of Delays at the Shoal", []string{"Ana Ruiz"}, "2024-06-03", "The two"},
		{"a reprint: date, headline, the outlet, standfirst",
			"• 06/13/2024\n\n" + h + "\n\nThe Harbour Times\n\nThe meeting ended a month of sharp words between the two sides, and both claimed a win.\n\n" + b, h, nil, "2024-06-13", "The meeting"},
		{"a by-line's names running on to the next line",
			h + "\n\nAuthors: Ana Ruiz and Tomas Berg of the Harbour Institute;\nKofi Mensah of Lagos University\n\nJune 7, 2024\n\n" + b,
			h, []string{"Ana Ruiz", "Tomas Berg", "Kofi Mensah"}, "2024-06-07", "The two"},
		{"a trail with doubled marks over the headline",
			"NEWS >> Asia\n\n" + h + "\n\nSource: Harbour Daily | 2024/6/3 10:12:00\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"a rule before the date",
			"/ 3 June 2024\n\nMANILA AND BEIJING AGREE TO RESUME SHOAL TALKS\n\n" + b, "MANILA AND BEIJING AGREE TO RESUME SHOAL TALKS", nil, "2024-06-03", "The two"},
		{"a date closed by a full stop, fields after it",
			h + "\n\nPosted on 3 June 2024. Filed under: Week 12 | Tags: ports, talks\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"fields set off by double colons",
			"Harbour Review :: Issue 31 :: Monday, 3 June 2024\n\n" + h + "\n\nBy Ana Ruiz\n\n" + b, h, []string{"Ana Ruiz"}, "2024-06-03", "The two"},
		{"a section's label by the date, the headline over the standfirst",
			h + "\n\nThe meeting ended a month of sharp words between the two sides, and both claimed a win.\n\nRegional News\n\nJune 4, 2024 - 8:10 AM\n\n" + b, h, nil, "2024-06-04", "The meeting"},
		{"a call to follow the site over the headline",
			"Follow us on social\n\n" + h + "\n\n" + b, h, nil, "", "The two"},
		{"a by-line run into the first paragraph",
			h + "\n\nWritten by Tomasz Wrobel. The two governments agreed on Tuesday to resume talks.\n\nOfficials said the mood was good.\n", h, []string{"Tomasz Wrobel"}, "", "The two"},
		{"two names run into the first paragraph after By",
			h + "\n\nBy Tomasz Wrobel and Ines Duarte. The two governments agreed on Tuesday to resume talks.\n\nOfficials said the mood was good.\n", h, []string{"Tomasz Wrobel", "Ines Duarte"}, "", "The two"},
		{"a by-line run into the first paragraph through its outlet, date and time",
			h + "\n\nBy Tomasz Wrobel, Harbour Daily. June 3, 2024 at 8:10 a.m. EDT The two governments agreed on Tuesday to resume talks.\n\nOfficials said the mood was good.\n", h, []string{"Tomasz Wrobel"}, "2024-06-03", "The two"},
		{"an initial's stop is no sentence's end",
			h + "\n\nBy Tomasz K. Wrobel\n\n" + b, h, []string{"Tomasz K. Wrobel"}, "", "The two"},
		{"a wire's source after the headline's dash stays in the title",
			h + " - Philippine Foreign Ministry\n\n" + b, h + " - Philippine Foreign Ministry", nil, "", "The two"},
		{"the site's name after the headline's dash is cut",
			h + " - Harbour Daily Times\n\n" + b, h, nil, "", "The two"},
		{"a site's name opening with a state's adjective is cut",
			h + " - The Irish Times\n\n" + b, h, nil, "", "The two"},
		{"an institute's name opening with a state's adjective is cut",
			h + " - American Enterprise Institute\n\n" + b, h, nil, "", "The two"},
		{"a notice of the story's age over the by-line",
			h + "\n\nThe meeting ended a month of sharp words between the two sides, and both claimed a win.\n\nThis was published 3 years ago\n\nBy Ana Ruiz\n\n" + b, h, []string{"Ana Ruiz"}, "", "The meeting"},
		{"a trail set off by spaced colons over the date",
			"Home : Press Room : Latest Releases\nJune 3, 2024\n\n" + h + "\n\nBy Ana Ruiz\n\n" + b, h, []string{"Ana Ruiz"}, "2024-06-03", "The two"},
		{"a journal's kind of article over the date, the headline under it",
			"ORIGINAL RESEARCH article\n\nJune 3, 2024\n\n" + h + "\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"a label over the list of sections over the headline",
			"Categories\nAsia Maritime Trade & Security\n\n" + h + "\n\n" + b, h, nil, "", "The two"},
		{"a short headline that opens with a question's word over its subtitle",
			"What the Harbour Wants\n\nReading the Shoal Talks From Manila\n\n" + b, "What the Harbour Wants", nil, "", "The two"},
		{"a trail set off by a dot over the headline",
			"Regional News • Asia\n\n" + h + "\n\n" + b, h, nil, "", "The two"},
		{"the site's logo run into the date over the headline",
			"Logo 3 Jun 2024\n\n" + h + "\n\nSubscribe to keep reading.\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"a date printed twice, the first's year run into the second",
			h + "\nThe meeting ended a month of sharp words between the two sides.\n\nPublished On 3 Jun 20243 Jun 2024\n" + b, h, nil, "2024-06-03", "The meeting"},
		{"an agency's by-line beside a labelled date, a machine time stamp run into its time",
			h + "\n\nBy HNA | Published: June 3, 2024 09:40 AM2024-06-03T09:40:11+5:302024-06-03T09:52:40+5:30\n\n" + b, h, nil, "2024-06-03", "The two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
		})
	}
}

// TestFirstTitleShapedLine: a headline over a text the header does not
// read is still its title, each written for this test: over a paragraph
// cut off mid-sentence, over a table of contents, under a line of another
// script; a heading under the first sentence is none.
func TestFirstTitleShapedLine(t *testing.T) {
	const h = "Manila and Beijing agree to resume shoal talks"
	const b = "The two governments agreed on Tuesday to resume talks over the disputed shoal, officials in both capitals said.\n"
	for _, tc := range []struct{ text, title string }{
		{h + "\n\nThe two governments agreed on Tuesday to resume talks over the disputed shoal, while fishing boats were seen near\n", h},
		{h + "\n\nContents\n\n1. Background\n\n2. The Talks\n3. Fishing Rights\n4. Next Steps\n\n" + b, h},
		{"海洋资料\n\n" + h + "\n\nContents\n\nBackground\n\nThe Talks\n\nFishing Rights\n\n" + b, h},
		{"Talks resumed in May.\n\n1. Why the shoal matters\n\n" + b, ""},
	} {
		if a := Article("test.txt", []byte(tc.text), nil); a.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.text, a.Title, tc.title)
		}
	}
}
