package input

import "testing"

// TestDateFiledInCategories: a labelled date without a colon, the
// categories the post is filed in after it ("Posted on May 3, 2019 in
// Trade, Ports"), dates the text. Near misses: a sentence running on after
// the date, a phrase in lower case after "in".
func TestDateFiledInCategories(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	for _, tc := range []struct{ line, published string }{
		{"Posted on May 3, 2019 in Trade, Ports (Asia)", "2019-05-03"},
		{"Published on Jun 14, 2021 in Fisheries , Coastal Towns (General)", "2021-06-14"},
		{"Posted on 7 March 2022 in Shipping", "2022-03-07"},
	} {
		checkHeader(t, h+"\n\n"+tc.line+"\n\n"+p, h, nil, tc.published, "Fishing crews")
	}
	for _, line := range []string{
		"Posted on May 3, 2019 in Bergen, the crews said the quota would halve their catch.",
		"Published on May 3, 2019 in the journal of the fisheries board",
	} {
		var h header
		if h.takeDate(line) {
			t.Errorf("takeDate(%q) read a date line", line)
		}
	}
}

// TestStackedDateLines: a bare date over the page's top, a date line right
// under it, is the day the page was read: the date under it dates the
// text, with its weekday or a time after it. Near misses: a revision's
// date under it, a date after an outlet's name (a reprinted story's).
func TestStackedDateLines(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	for _, tc := range []struct{ text, title, published string }{
		{"Monday, June 3, 2024\n\nThursday, 30 May 2024 08:15 - - 12 views\n\n" + p, "", "2024-05-30"},
		{"Monday Jun 3, 2024\n\nMay 30, 2024\n\n" + h + "\n\n" + p, h, "2024-05-30"},
		{"Monday, June 3, 2024\n\n" + h + "\n\nCoast Courier 30/05/2024\n\n" + p, h, "2024-06-03"},
		{"May 30, 2024\n\nUpdated: June 2, 2024\n\n" + h + "\n\n" + p, h, "2024-05-30"},
	} {
		checkHeader(t, tc.text, tc.title, nil, tc.published, "Fishing crews")
	}
}

// TestElidedYear: a day printed with its year cut to two digits after an
// apostrophe, as forums and blogs print it, is a date.
func TestElidedYear(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Mar 10 '20", "2020-03-10"},
		{"June 4, ’19", "2019-06-04"},
		{"21 Sept. '23", "2023-09-21"},
	} {
		if d, ok := parseDateLine(tc.line); !ok || date(d) != tc.want {
			t.Errorf("parseDateLine(%q) = %q, %v, want %q", tc.line, date(d), ok, tc.want)
		}
	}
	if _, ok := parseDateLine("Rock 'n' roll '20"); ok {
		t.Error("parseDateLine read a date in words")
	}
}

// TestIssueDateLine: a newsletter's masthead line, its issue's number and
// the date ("ISSUE 216    October 26, 2023", "Vol. 3, No. 12 | May 30,
// 2024"), dates the issue, over a source's date further down. Near misses:
// a headline with a number before a date, a word that is no designator.
func TestIssueDateLine(t *testing.T) {
	const p = "\n\nFishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	for _, tc := range []struct{ line, published string }{
		{"ISSUE 216                    October 26, 2023", "2023-10-26"},
		{"Vol. 3, No. 12 | May 30, 2024", "2024-05-30"},
		{"No. 45 - 30 May 2024", "2024-05-30"},
	} {
		var h header
		if !h.takeDate(tc.line) || date(h.published) != tc.published {
			t.Errorf("takeDate(%q): %q, want %q", tc.line, date(h.published), tc.published)
		}
	}
	for _, line := range []string{"Route 216 October 26, 2023", "Issue Tracker 216 October 26, 2023", "216 Issues October 26, 2023 pending"} {
		var h header
		if h.takeDate(line) {
			t.Errorf("takeDate(%q) read a date line", line)
		}
	}
	a := Article("test.txt", []byte("ISSUE 216                    October 26, 2023\n\nCoast Fisheries Weekly\n\nHarbour crews fear new cod quota\n\nCoast Courier editorial, October 16, 2023"+p), nil)
	if date(a.Published) != "2023-10-26" {
		t.Errorf("an issue's masthead line: published %q, want 2023-10-26", date(a.Published))
	}
}

// TestMonthsAbroad: a date line over an English text may name its month
// in another language, as a French, Spanish, Italian, German or
// Portuguese site prints it. Near miss: a word of such a language that is
// no month's.
func TestMonthsAbroad(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"06 ottobre 2022", "2022-10-06"},
		{"14 février 2023", "2023-02-14"},
		{"3 de mayo de 2021", ""},
		{"3 mayo 2021", "2021-05-03"},
		{"12 Dezember 2020", "2020-12-12"},
		{"9 août 2019 à 10:15", ""},
		{"Mars 9, 2019", "2019-03-09"},
		{"9 ville 2019", ""},
	} {
		d, _ := parseDateLine(tc.line)
		if date(d) != tc.want {
			t.Errorf("parseDateLine(%q) = %q, want %q", tc.line, date(d), tc.want)
		}
	}
}

// TestLetterSignatureDate: a letter's writer signs under the close with
// the date beside the name ("All the best," over "Ana Ruiz, May 30,
// 2024"), in one block or two, over the items the letter links to: the
// date dates the text, not an item's. Near miss: a close with no date.
func TestLetterSignatureDate(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\n" +
		"The fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n\n" +
		"Boat owners said they would ask the ministry to phase the cut in over three years.\n\n" +
		"Below are the reports on the quota that the crews sent us this week. See the survey here\n\n"
	const items = "\n\nHarbour master warns of longer queues\nby Coast Courier, July 11, 2021\n\nThe queue of trawlers outside the northern harbour grew to forty boats on Sunday, the harbour master said.\n"
	for _, tc := range []struct{ text, published string }{
		{p + "All the best,\nMaren Solheim, March 4, 2023" + items, "2023-03-04"},
		{p + "Yours sincerely,\n\nMaren Solheim, 4 March 2023" + items, "2023-03-04"},
		{p + "All the best,\nMaren Solheim" + items, ""},
	} {
		if a := Article("test.txt", []byte(tc.text), nil); date(a.Published) != tc.published {
			t.Errorf("%q: published %q, want %q", tc.text, date(a.Published), tc.published)
		}
	}
}
