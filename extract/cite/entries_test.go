package cite

import (
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// TestAuthorEntries: a list of works that opens each entry on its
// authors, given names first (one, several joined by commas and "and",
// in capitals, with initials), or the first author surname first (a
// second after ", and"), then a
// title and the place it appeared, cites the authors at the entry's own
// date: a day with or without its year, or a year; a year right after the
// authors places a later day in it; a figure in a quoted title is the
// title's; a note's number may be glued to the name. A year-less day is placed by the publication date the text gives,
// not one inferred from the list's own years, and left without a year
// when there is none. Prose that opens on a name, and a single such line,
// are no list.
func TestAuthorEntries(t *testing.T) {
	y, d := claimx.Year, claimx.Day
	text := "Kofi Mensah: Why the quays still matter. Harbour Daily, 12 May.\n\n" +
		"Anna Lindqvist, Peter Okafor and Lucía Rivera. Ferries and fares on the estuary. Tide Weekly, 3 March 2021.\n" +
		"TOMAS BRANDT. “Cranes at Dusk.” The Quay Post (Thurs., APRIL 8, 2021): B2.\n" +
		"7Bisi K. Okafor, “Dredging the Channel”, Port Studies, Spring, 2019, vol. 4, p. 12.\n" +
		"Haddad, Karim. “Salt Roads.” Maritime Review, vol. 9, no. 1, 2018, pp. 3–19.\n" +
		"Kofi Mensah. 2022. The pilots’ strike. Harbour Daily, 14 June.\n" +
		"Peter Okafor, the port’s director, said on Monday, 3 March 2024, that work would resume.\n"
	want := []wantCite{
		{"Kofi Mensah", "2024-05-12", d, true, false, "12 May"},
		{"Anna Lindqvist, Peter Okafor and Lucía Rivera", "2021-03-03", d, false, false, "3 March 2021"},
		{"TOMAS BRANDT", "2021-04-08", d, false, false, "Thurs., APRIL 8, 2021"},
		{"Bisi K. Okafor", "2019-01-01", y, false, false, "2019"},
		{"Haddad, Karim", "2018-01-01", y, false, false, "2018"},
		{"Kofi Mensah", "2022-06-14", d, false, false, "14 June"},
	}
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-06-01")), want)
	// With no publication date, a year-less day stays without a year,
	// though the list prints years elsewhere.
	cites := Parse(text, 0, time.Time{})
	if len(cites) == 0 || cites[0].Source != "Kofi Mensah" || !cites[0].Date.IsZero() {
		t.Errorf("first entry without a publication date: got %+v, want Kofi Mensah with no date", cites[:min(1, len(cites))])
	}
	// The styles' manuals print the authors so: IEEE with initials first,
	// Harvard with the year after them, in parentheses or not, MLA with a
	// second author after ", and".
	styles := "[1] A. Ruiz and W. Lin, “Quays reopen,” Harbour Rev., vol. 12, no. 3, pp. 45–67, Mar. 2020.\n" +
		"Mensah, K. 2019. Ferries and fares. Accra: Tide Press.\n" +
		"Bisi Okafor (2021) Dredging resumes. Port Weekly, 3 March.\n" +
		"Haddad, Karim, and Anna Lindqvist. “Salt Roads.” Maritime Review, vol. 9, 2018, pp. 3–19.\n" +
		"Lindqvist, Anna. “Review: The Salt Road (2013).” Harbour Review, 4 May 2014.\n"
	checkCitations(t, styles, 0, Parse(styles, 0, isoDay(t, "2024-06-01")), []wantCite{
		{"A. Ruiz and W. Lin", "2020-03-01", claimx.Month, false, false, "Mar. 2020"},
		{"Mensah, K.", "2019-01-01", y, false, false, "2019"},
		{"Bisi Okafor", "2021-03-03", d, false, false, "3 March"},
		{"Haddad, Karim, and Anna Lindqvist", "2018-01-01", y, false, false, "2018"},
		{"Lindqvist, Anna", "2014-05-04", d, false, false, "4 May 2014"},
	})
	// One entry alone cites its authors when it quotes its title.
	alone := "For the full story, see:\nTOMAS BRANDT. “Cranes at Dusk.” The Quay Post (Thurs., APRIL 8, 2021): B2.\n"
	checkCitations(t, alone, 0, Parse(alone, 0, isoDay(t, "2024-06-01")), []wantCite{
		{"TOMAS BRANDT", "2021-04-08", d, false, false, "Thurs., APRIL 8, 2021"},
	})
	// A name in capitals whose last word is short enough to be an
	// initial closes at its full stop before the quoted title.
	for _, tt := range []struct{ line, source, raw string }{
		{"LIN WEI. “Quays.” Harbour Daily (Thurs., April 8, 2021)\n", "LIN WEI", "Thurs., April 8, 2021"},
		{"LIN WEI. “Quays.” The Quay Post (Thurs., April 8, 2021): B2.\n", "LIN WEI", "Thurs., April 8, 2021"},
		{"ANA XU. “Salt at Dawn.” Tide Weekly (April 8, 2021)\n", "ANA XU", "April 8, 2021"},
		{"Li Wei. “Quays.” Harbour Daily, 8 April 2021.\n", "Li Wei", "8 April 2021"},
	} {
		checkCitations(t, tt.line, 0, Parse(tt.line, 0, isoDay(t, "2024-06-01")), []wantCite{{tt.source, "2021-04-08", d, false, false, tt.raw}})
	}
	one := "Kofi Mensah: Why the quays still matter. Harbour Daily, 12 May 2023.\n"
	checkCitations(t, one, 0, Parse(one, 0, isoDay(t, "2024-06-01")), nil)
}

// TestListedAuthorDateEntries: in a reference list, an author–date entry
// whose given names the lexicon does not know ("Okonkwo, Halvard", "Vaz,
// Ilse-mai") cites its authors, as do a volume's editors (their mark left
// out), an entry whose quoted title follows the date's stop with no
// space and one whose given name is also a place's ("Calder, Jordan");
// one such line alone, outside a list, is no entry, nor is a list's item
// of places and a year.
func TestListedAuthorDateEntries(t *testing.T) {
	y := claimx.Year
	text := "References\n\n" +
		"  • Okonkwo, Halvard (2003). Salt and Silt: Trade on the Delta. Lagos: Tide Press.\n" +
		"  • Vaz, Ilse-mai and Tomasz Wrenski (2011). “Pilots and Tugs.” Estuary Studies, Vol. 4, pp. 1-20.\n" +
		"  • Haldor, Ruan, Aino Kettu and Iso Bexi , eds. (2016). Ports in Transition. Oslo: Fjord.\n" +
		"  • Brannock, P. Arvo (2019).“Ferry Fares.” Harbour Review, No. 7.\n" +
		"  • Calder, Jordan (2021). Night Ferries and Day Boats. Oslo: Fjord.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-06-01")), []wantCite{
		{"Okonkwo, Halvard", "2003-01-01", y, false, false, "2003"},
		{"Vaz, Ilse-mai and Tomasz Wrenski", "2011-01-01", y, false, false, "2011"},
		{"Haldor, Ruan, Aino Kettu and Iso Bexi", "2016-01-01", y, false, false, "2016"},
		{"Brannock, P. Arvo", "2019-01-01", y, false, false, "2019"},
		{"Calder, Jordan", "2021-01-01", y, false, false, "2021"},
	})
	alone := "The ferry was late again.\n\nOkonkwo, Halvard (2003). The quays were full that year.\n\nNobody minded.\n"
	checkCitations(t, alone, 0, Parse(alone, 0, isoDay(t, "2024-06-01")), nil)
	// A list of events under the cities and countries or provinces that
	// held them is no list of authors, whatever its shape.
	hosts := "The port has hosted many fairs, as the list below shows.\n\n" +
		"  • Lisbon, Portugal (1998). World Expo, on the river's eastern bank.\n" +
		"  • Valencia, Spain (2007). Sailing regatta.\n" +
		"  • Durban, KwaZulu-Natal (2011). Climate talks, which ran late.\n\n" +
		"Each fair cost millions.\n"
	checkCitations(t, hosts, 0, Parse(hosts, 0, isoDay(t, "2024-06-01")), nil)
}
