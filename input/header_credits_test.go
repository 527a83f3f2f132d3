package input

import "testing"

// TestOutletCreditedAfterBy: after "By" an outlet's name is the author by
// its shape alone, listed or not ("Coast Press Agency", "Tidewater
// News"), as a wire story credits its agency; a writer's name before the
// outlet's, or a comma between them, still gives the writer alone.
func TestOutletCreditedAfterBy(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	for _, tc := range []struct {
		line    string
		authors []string
	}{
		{"By Coast Press Agency", []string{"Coast Press Agency"}},
		{"by Tidewater News", []string{"Tidewater News"}},
		{"By OLA BERG Coast Press Agency", []string{"OLA BERG"}},
		{"By Ola Berg, Tidewater News", []string{"Ola Berg"}},
	} {
		checkHeader(t, h+"\n\n"+tc.line+"\n\n"+p, h, tc.authors, "", "Fishing crews")
	}
}

// TestClockWithAnH: a time of day printed with an "h" between hours and
// minutes ("19h21"), as French and francophone African papers print it,
// follows the date as "19:21" does; the by-line after it is read.
func TestClockWithAnH(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	checkHeader(t, h+"\n\nPublished on 12.03.2024 at 10h15 by Coast Press Agency\n\n"+p, h, []string{"Coast Press Agency"}, "2024-03-12", "Fishing crews")
	checkHeader(t, h+"\n\nPosted on 2024-03-12 at 7h05 by Ola Berg\n\n"+p, h, []string{"Ola Berg"}, "2024-03-12", "Fishing crews")
	checkHeader(t, h+"\n\n12 March 2024, 10h15\n\n"+p, h, nil, "2024-03-12", "Fishing crews")
}

// TestBylineRunIntoFigures: a by-line run on into a date in figures set
// off by dashes or dots ("By Ola Berg 3-1-2017") gives the writer and the
// day, day first as most of the world prints it; without "By" too.
func TestBylineRunIntoFigures(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	checkHeader(t, h+"\n\nBy Ola Berg 3-1-2017\n\n"+p, h, []string{"Ola Berg"}, "2017-01-03", "Fishing crews")
	checkHeader(t, h+"\n\nBy Ola Berg and Ana Ruiz 12.03.2024\n\n"+p, h, []string{"Ola Berg", "Ana Ruiz"}, "2024-03-12", "Fishing crews")
	// Without a by-line's opener the names must read as people's.
	checkHeader(t, h+"\n\nOla Berg 12-03-2024\n\n"+p, h, []string{"Ola Berg"}, "2024-03-12", "Fishing crews")
}
