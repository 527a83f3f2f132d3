package input

import (
	"reflect"
	"testing"
)

// TestCaptionCredits: a picture's caption ends in its credit in more forms
// than a label and a slash: an agency's name alone after the sentence, a
// rule before it, the label after the words with a space, "Photo credit",
// the copyright sign. Near misses: a sentence reporting speech before an
// agency's name, two sentences, a label inside a sentence, a site's notice
// of its rights.
func TestCaptionCredits(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Trawlers moored in the harbour at Bergen, Monday, May 27, 2024. AP", true},
		{"Boats wait out the storm in the northern harbour. — Reuters pic", true},
		{"Boats wait out the storm in the northern harbour. FILE PHOTO | AFP", true},
		{"Boats wait out the storm in the northern harbour. Xinhua", true},
		{"Ola Berg Photo: coastpress", true},
		{"Trawlers at dusk in Bergen | Image: Li Wei", true},
		{"Trawlers at dusk in Bergen - Photo credit: Li Wei", true},
		{"Trawlers at dusk in Bergen. Photo credit: Li Wei", true},
		{"Trawlers at dusk in Bergen. — Picture by Li Wei", true},
		{"Trawlers at dusk in Bergen. © Ola Berg", true},
		{"The minister said the talks would resume on Monday. Reuters", false},
		{"Talks resumed on Monday. Prices fell on Tuesday. AP", false},
		{"Officials signed the fishing deal on Monday in Bergen.", false},
		{"The exhibition is titled Photo: A Life in Pictures and opens in June.", false},
		{"The fleet's owners met in Bergen. All rights reserved © 2024 Coast Courier", false},
		{"The harbour office said its photo archive would open next year.", false},
	} {
		if got := caption(tc.text); got != tc.want {
			t.Errorf("caption(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCaptionOverText: a caption with its credit that opens a text is no
// title, and the day it names is the picture's, not the text's; a headline
// under it is the title.
func TestCaptionOverText(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	checkHeader(t, "Trawlers moored in the northern harbour in Bergen, Monday, May 27, 2024. AP\n\n"+p, "", nil, "", "Fishing crews")
	checkHeader(t, "Ola Berg Photo: coastpress\n"+p, "", nil, "", "Fishing crews")
	checkHeader(t, "Trawlers moored in the northern harbour. AFP\n\n"+h+"\n\nBy Ana Ruiz\n\nMay 30, 2024\n\n"+p, h, []string{"Ana Ruiz"}, "2024-05-30", "Fishing crews")
}

// TestSourceDateIsTheOriginals: a date in a source's field ("Source: Coast
// Courier, May 29, 2024") dates the piece a page took from that outlet,
// not the page. Near misses: a date with a label of its own beside the
// source ("Source: Xinhua | Published: …"), and a place before the date.
func TestSourceDateIsTheOriginals(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	for _, tc := range []struct{ line, published string }{
		{"Source: Coast Courier, Wednesday May 29, 2024", ""},
		{"Source: The Coast Courier May 29, 2024 05:15 UTC", ""},
		{"Source : Coast Courier, May 29, 2024", ""},
		{"Via Coast Courier, May 29, 2024", ""},
		{"Source: Xinhua | Published: 2024-05-29", "2024-05-29"},
		{"Source: Global Times Published: 2024/5/29 22:48:40", "2024-05-29"},
		{"Bergen, May 29, 2024", "2024-05-29"},
	} {
		a := Article("test.txt", []byte(h+"\n\n"+tc.line+"\n\n"+p), nil)
		if a.Title != h || date(a.Published) != tc.published {
			t.Errorf("%q: title %q published %q, want %q", tc.line, a.Title, date(a.Published), tc.published)
		}
	}
}

// TestCapitalsHeadlineOverStandfirst: a headline printed in capitals as
// short as a label is the title when a standfirst, a by-line or a known
// name stands under it, a kicker perhaps over it. Near misses: a label of
// two words over a standfirst, a capitals line over a headline (a kicker)
// or a short title of a name's shape, over running text.
func TestCapitalsHeadlineOverStandfirst(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const dek = "Crews say the cut will halve their catch as cod stocks hit a record low across the north"
	for _, tc := range []struct{ text, title string }{
		{"HARBOUR CREWS FEAR COD QUOTA\n\n" + dek + "\n\n" + p, "HARBOUR CREWS FEAR COD QUOTA"},
		{"Categories\nFisheries\n\nTHE QUOTA YEAR\n\n" + dek + "\n\n" + p, "THE QUOTA YEAR"},
		{"WORLD NEWS\n\n" + dek + "\n\n" + p, dek},
		{"NORTHERN FISHERIES DESK\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota"},
		{"Fisheries\n\nHARBOUR CREWS FEAR NEW COD QUOTA\n\nBy Ana Ruiz\n\n" + p, "HARBOUR CREWS FEAR NEW COD QUOTA"},
		{"HARBOUR CREWS FEAR NEW COD QUOTA\n\nAna Ruiz\n\n" + p, "HARBOUR CREWS FEAR NEW COD QUOTA"},
		{"THE HARBOUR GLOSSARY\n\nQuota Hopping\n\n" + p, "Quota Hopping"},
	} {
		if a := Article("test.txt", []byte(tc.text), nil); a.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.text, a.Title, tc.title)
		}
	}
	if a := Article("test.txt", []byte("FISHERIES AND OCEANS\n\n"+p), nil); a.Title == "FISHERIES AND OCEANS" {
		t.Errorf("a label over running text read as the title")
	}
}

// TestRoleThenUnit: after a name and its role set off by a rule, the
// part after the role's comma is its unit, no second author, as after a
// comma. Near miss: two names each with a role after it.
func TestRoleThenUnit(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Ana Ruiz — Senior Fellow, Oceans Programme", []string{"Ana Ruiz"}},
		{"Ana Ruiz - Research Fellow, Coastal Studies", []string{"Ana Ruiz"}},
		{"Ana Ruiz, Senior Fellow, Oceans Programme", []string{"Ana Ruiz"}},
		{"By Ana Ruiz Staff Writer, Li Ming Staff Writer", []string{"Ana Ruiz", "Li Ming"}},
	} {
		if got, _ := parseAuthors(tc.line); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseAuthors(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestLabelledNumberIsNoTitle: a page's field labelling a number ("News
// ID: 48213", "Article No.: 1566", a year after a number's label: "Story
// ID: 2024") over the headline or the text is no title. Near misses: a
// headline opening on a numbered label ("Report 42: …", "Part 2: …"), and
// a place's headline over the year of its event or a span of years ("Hong
// Kong: 1997", "Lapland: 1944–45"), over a by-line or over the text.
func TestLabelledNumberIsNoTitle(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	for _, tc := range []struct{ text, title string }{
		{"News ID: 48213\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota"},
		{"Article No.: 1566\n" + p, ""},
		{"Views: 1,204\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota"},
		{"Story ID: 2024\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota"},
		{"Page: 1998\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota"},
		{"Issue: #1998\n\nHarbour crews fear new cod quota\n\n" + p, "Harbour crews fear new cod quota"},
		{"Report 42: Harbour crews fear new cod quota\n\n" + p, "Report 42: Harbour crews fear new cod quota"},
		{"Part 2: The Quota Years\n\n" + p, "Part 2: The Quota Years"},
		{"Hong Kong: 1997\n\nBy Ana Ruiz\n\n" + p, "Hong Kong: 1997"},
		{"Newfoundland: 1992\n\n" + p, "Newfoundland: 1992"},
		{"Inside the UK: 1976\n\nBy Ana Ruiz\n\n" + p, "Inside the UK: 1976"},
		{"The Northern Harbour: 1949\n\n" + p, "The Northern Harbour: 1949"},
		{"Lapland: 1944–45\n\n" + p, "Lapland: 1944–45"},
		{"Iceland: 1975-1976\n\nBy Ana Ruiz\n\n" + p, "Iceland: 1975-1976"},
	} {
		if a := Article("test.txt", []byte(tc.text), nil); a.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.text, a.Title, tc.title)
		}
	}
}

// TestHeadlineWrappedAfterPossessive: a headline wrapped after a
// possessive goes on in the line right under it, in its block or the next,
// as no headline ends on one; a headline over its subtitle, a possessive
// over a by-line, a date or running text, one a blank line sets apart, a
// quotation's close and a brand named with its possessive end the title
// where they did.
func TestHeadlineWrappedAfterPossessive(t *testing.T) {
	const p = "The port authority said on Monday that the northern terminal would reopen next week after repairs to its cranes were finished.\n\nShipping lines said they would restore their calls at once.\n"
	checkMetadata(t, []metadataCase{
		{"a briefing's headline and its date", "Harbour Master Ana Ruiz’s\nBriefing on the Northern Terminal, March 4, 2024\n\n" + p, "Harbour Master Ana Ruiz’s Briefing on the Northern Terminal, March 4, 2024", nil, "2024-03-04"},
		{"over a by-line", "Why Eastgate Cannot Ignore the Board's\nPlan for the Northern Terminal\n\nBy Li Wei\n\n" + p, "Why Eastgate Cannot Ignore the Board's Plan for the Northern Terminal", []string{"Li Wei"}, ""},
		{"a headline over its subtitle", "Terminal to Reopen Next Week\nCranes Repaired After the Storms\n\n" + p, "Terminal to Reopen Next Week", nil, ""},
		{"a possessive over a by-line", "A Look Inside the Harbour Master's\nBy Ana Ruiz\n\n" + p, "A Look Inside the Harbour Master's", []string{"Ana Ruiz"}, ""},
		{"a possessive over a date", "Remembering Ana Ruiz's\nMarch 3, 2024\n\n" + p, "Remembering Ana Ruiz's", nil, "2024-03-03"},
		{"a blank line between", "Harbour Master Ana Ruiz's\n\nBriefing on the Northern Terminal\n\nBy Li Wei\n\n" + p, "Harbour Master Ana Ruiz's", []string{"Li Wei"}, ""},
		{"a quotation's close", "Dockers Say ‘We Want Our Jobs’\nUnion Plans a March on the Port\n\n" + p, "Dockers Say ‘We Want Our Jobs’", nil, ""},
		{"a brand's possessive", "Protesters Gather Outside McDonald's\nUnion Plans a March on the Port\n\n" + p, "Protesters Gather Outside McDonald's", nil, ""},
	})
}
