package input

import "testing"

// creditsText and creditsTitle are the article under the header lines the
// tests below vary.
const (
	creditsText  = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	creditsTitle = "Harbour crews fear new cod quota"
)

// checkCredits checks the authors and the day read from a header line
// between creditsTitle and creditsText.
func checkCredits(t *testing.T, line string, authors []string, published string) {
	t.Helper()
	checkHeader(t, creditsTitle+"\n\n"+line+"\n\n"+creditsText, creditsTitle, authors, published, "Fishing crews")
}

// TestOutletCreditedAfterBy: after "By" an outlet's name is the author by
// its shape alone, listed or not ("Coast Press Agency", "Tidewater
// News"), as a wire story credits its agency; a writer's name before the
// outlet's (a given name first, or a Chinese surname and its given name
// in pinyin), or a comma between them, still gives the writer alone, and
// a desk's credit names no one.
func TestOutletCreditedAfterBy(t *testing.T) {
	for _, tc := range []struct {
		line    string
		authors []string
	}{
		{"By Coast Press Agency", []string{"Coast Press Agency"}},
		{"by Tidewater News", []string{"Tidewater News"}},
		{"By Hong Kong Harbour News", []string{"Hong Kong Harbour News"}},
		{"By OLA BERG Coast Press Agency", []string{"OLA BERG"}},
		{"By Ola Berg, Tidewater News", []string{"Ola Berg"}},
		{"By Zhang Hui Harbour News", []string{"Zhang Hui"}},
		{"By Our Bureau", nil},
		{"By Special Correspondent Group", nil},
	} {
		checkCredits(t, tc.line, tc.authors, "")
	}
}

// TestClockWithAnH: a time of day printed with an "h" between hours and
// minutes ("19h21"), as French and francophone African papers print it,
// follows the date as "19:21" does; the by-line after it is read.
func TestClockWithAnH(t *testing.T) {
	checkCredits(t, "Published on 12.03.2024 at 10h15 by Coast Press Agency", []string{"Coast Press Agency"}, "2024-03-12")
	checkCredits(t, "Posted on 2024-03-12 at 7h05 by Ola Berg", []string{"Ola Berg"}, "2024-03-12")
	checkCredits(t, "12 March 2024, 10h15", nil, "2024-03-12")
}

// TestBylineRunIntoFigures: a by-line run on into a date in figures set
// off by dashes or dots ("By Ola Berg 13-1-2017"), perhaps a time after
// it, gives the writer and the day; without "By" too. Figures either
// order reads ("3-1-2017") are read in the order the text's other dates
// show, day first where they show none, as most of the world prints it.
func TestBylineRunIntoFigures(t *testing.T) {
	checkCredits(t, "By Ola Berg 13-1-2017", []string{"Ola Berg"}, "2017-01-13")
	checkCredits(t, "By Ana Ruiz 13-1-2017 10h15", []string{"Ana Ruiz"}, "2017-01-13")
	checkCredits(t, "By Ola Berg and Ana Ruiz 12.03.2024", []string{"Ola Berg", "Ana Ruiz"}, "2024-03-12")
	checkCredits(t, "By Ola Berg 3-1-2017", []string{"Ola Berg"}, "2017-01-03")
	// Without a by-line's opener the names must read as people's.
	checkCredits(t, "Ola Berg 28-03-2024", []string{"Ola Berg"}, "2024-03-28")
	// A text printing its dates month first reads the figures so.
	const monthFirst = "Fishing crews said on March 14, 2017 that the new quota would halve their catch.\n\nThe fisheries office said on March 15, 2017 that the quota followed a survey.\n"
	checkHeader(t, creditsTitle+"\n\nBy Ola Berg 3-1-2017\n\n"+monthFirst, creditsTitle, []string{"Ola Berg"}, "2017-03-01", "Fishing crews")
}
