package cite

import (
	"testing"

	"github.com/claimx/claimx"
)

// TestBibliographyEntries: a bibliography that names each work's authors
// surname first, several of them joined by commas and "and", or a body
// for them, then the title and the date in a field of its own, cites the
// authors at that date; a dash repeats the authors above, and an access
// date in brackets is one more citation. A body's name before a date is
// its tag, not an entry's authors. A note that opens on its writer's
// name given first is no bibliography's entry, but cites its writer as a
// note does; prose that opens on a name and a comma, and a single such
// line, are no bibliography.
func TestBibliographyEntries(t *testing.T) {
	y, d := claimx.Year, claimx.Day
	text := "Mensah, Kofi, Harbour Cranes and the Port Economy, Accra, 2016.\n" +
		"— ‘Quays after the Boom’, Maritime Review, 12:3, 2019, pp. 40–58.\n" +
		"Okafor, Bisi, Lindqvist, Anna and Haddad, Karim, ‘Ferry Lanes’, Tide Weekly, 3 March 2021.\n" +
		"Rivera, Lucía and Tomas Brandt, Rail Gauges, London, 2014 <http://rail.example/gauges> [Accessed 5 May 2022].\n" +
		"Harbour Development Commission, Annual Report on Ports, Portsmouth, 2015.\n" +
		"Jane Doe, “Cranes,” Quay Review, June 4, 2020.\n" +
		"Harbour Development Commission, June 5, 2020\n" +
		"Meanwhile, the council met, 2021.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Mensah, Kofi", "2016-01-01", y, false, false, "2016"},
		{"Mensah, Kofi", "2019-01-01", y, false, false, "2019"},
		{"Okafor, Bisi, Lindqvist, Anna and Haddad, Karim", "2021-03-03", d, false, false, "3 March 2021"},
		{"Rivera, Lucía and Tomas Brandt", "2014-01-01", y, false, false, "2014"},
		{"Rivera, Lucía and Tomas Brandt", "2022-05-05", d, false, true, "Accessed 5 May 2022"},
		{"Harbour Development Commission", "2015-01-01", y, false, false, "2015"},
		{"Jane Doe", "2020-06-04", d, false, false, "June 4, 2020"},
		{"Harbour Development Commission", "2020-06-05", d, false, false, "Harbour Development Commission, June 5, 2020"},
	})
	one := "Mensah, Kofi, Harbour Cranes, Accra, 2016.\n"
	checkCitations(t, one, 0, Parse(one, 0, isoDay(t, "2024-05-01")), nil)
}

// TestAuthorDateFullNames: an author–date entry may give its authors'
// given names in full, a full stop after them or not, before a date with
// its year; names that no person's given name is among are rather
// sources listed before a date, inside a list of entries too when no
// title of two words follows the date (TestListedAuthorDateEntries).
func TestAuthorDateFullNames(t *testing.T) {
	y := claimx.Year
	text := "3. Mensah, John (2005). “Quays and Cranes.” Maritime Review 22 (1).\n" +
		"4. Lindqvist, Anna and Okafor, Peter. (2012). Ferry lanes. Accra: Tide Press.\n" +
		"Harbour, Quay (2013). Fees.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Mensah, John", "2005-01-01", y, false, false, "2005"},
		{"Lindqvist, Anna and Okafor, Peter", "2012-01-01", y, false, false, "2012"},
	})
}

// TestYearEntries: a reference list in the author–date style that prints
// the year after the authors, fields closed by full stops, cites each
// entry's authors (persons, several joined by "and" or "&", or a body) at
// the year; an initial keeps its full stop, a letter after the year is
// no part of it, and a list's number is no author. A sentence in prose
// before a year, a year after publication, and a single such line are no
// entries.
func TestYearEntries(t *testing.T) {
	y := claimx.Year
	text := "Bibliography\n" +
		"Osei, K. 2017. Cranes at Dusk. Accra: Quay Press.\n" +
		"Lindqvist, Anna, and Tomas Brandt. 2020a. “Ferry Lanes.” Tide Review 8 (2): 11–30.\n" +
		"3. Haddad, K. B., & Rivera, L. 2015. Rail gauges. Harbour Studies, 4, 1–9.\n" +
		"Harbour Development Commission. 2012. Annual Report on Ports. Portsmouth.\n" +
		"The ferries stopped. 2019. Nobody knew why.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Osei, K.", "2017-01-01", y, false, false, "2017"},
		{"Lindqvist, Anna, and Tomas Brandt", "2020-01-01", y, false, false, "2020a"},
		{"Haddad, K. B., & Rivera, L.", "2015-01-01", y, false, false, "2015"},
		{"Harbour Development Commission", "2012-01-01", y, false, false, "2012"},
	})
	one := "Osei, K. 2017. Cranes at Dusk. Accra: Quay Press.\n"
	checkCitations(t, one, 0, Parse(one, 0, isoDay(t, "2024-05-01")), nil)
	if c, ok := yearEntry("Mensah, Kofi. 2031. Future Quays. Accra.", isoDay(t, "2024-05-01")); ok {
		t.Errorf("a year after publication: got %v", c)
	}
}

// TestEnactingReferences: a resolution's body, named on its own line
// over two clauses or more, cites its own acts that a "having regard to
// its …" clause dates after "of", the first and each after "and of". A
// date after "on" is the topic's, not the body's act; another's act, a
// clause with no body named above it, and one clause under a company's
// or a union's name cite nothing here.
func TestEnactingReferences(t *testing.T) {
	d := claimx.Day
	text := "The Harbour Council,\n\n– having regard to its resolutions of 3 May 2021 and of 9 June 2020 on quays,\n" +
		"– having regard to its resolution of 6 July 2022 on the ferry strike of 2 April 2022,\n" +
		"– having regard to its decision of 5 May 2023 on the treaty of 12 April 2019 between Norway and Sweden,\n" +
		"– having regard to its position of 1 March 2021 concerning the lock closures, and of 7 October 2020,\n" +
		"– having regard to the statement of the port authority of 4 April 2022,\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"The Harbour Council", "2021-05-03", d, false, false, "3 May 2021"},
		{"The Harbour Council", "2020-06-09", d, false, false, "9 June 2020"},
		{"The Harbour Council", "2022-07-06", d, false, false, "6 July 2022"},
		{"The Harbour Council", "2023-05-05", d, false, false, "5 May 2023"},
		{"The Harbour Council", "2021-03-01", d, false, false, "1 March 2021"},
	})
	for _, text := range []string{
		"– having regard to its resolutions of 3 May 2021 on ferries,\n– having regard to its decision of 4 June 2022,\n",
		"The Dock Workers Union,\n\n– having regard to its members in every port and its strike of 3 March 2024, demands a rise.\n",
		"Harbour Tugs Ltd,\n\n– having regard to its contract of 2 February 2020 with the port,\n",
		"The Harbour Council,\n\nThe council met on Monday and heard the ferry crews.\n\n– having regard to its resolution of 3 May 2021 on quays,\n– having regard to its decision of 4 June 2022,\n",
	} {
		checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), nil)
	}
}
