package cite

import (
	"testing"

	"github.com/claimx/claimx"
)

// TestBookFacts: a parenthesis of a book's facts, a place, a colon, a
// publisher and a year, cites the book's author, the first field of its
// note's entry, whether the entry opens the line after the note's number
// or follows another entry's semicolon; with no author named it cites no
// one, the publisher being no source. A state after the place may be cut
// short with full stops ("Cambridge, Mass.", "Washington, D.C."), and an
// entry after another's facts and ", and" is its own. Prose in the note
// before a name is not read past: the name after it may be a
// translator's, an editor's or a chapter's. A source's own colon is no
// place's.
func TestBookFacts(t *testing.T) {
	y := claimx.Year
	text := "3. Ana Ruiz, Quays and Cranes (Lisbon: Harbour Books, 2016); Tom Berg, The Long Pier (Oslo, ND: Fjord & Sons, 2019).\n" +
		"4. On quays in general (London: Quay Press, 2011).\n" +
		"Fees rose (MOFCOM: March 3, 2023).\n" +
		"5. See, for example, Lia Moss, Tides (Cork: Shore Press, 2015), 45.\n" +
		"6. Ibid., Tides (Cork: Shore Press, 2015), 12.\n" +
		"Also, the chapter by Lee in Port Cities (Hull: Dock Books, 2018) is useful.\n" +
		"7. Kofi Osei, Tides of Trade (Cambridge, Mass.: Quay University Press, 2012); Mara Lind, Locks (Trenton, N.J.: Canal Books, 2009).\n" +
		"8. Ines Lobo, Harbour Lives (Porto: Mar Press, 2004), and Pia Nord, Quays (Bergen: Fjord Books, 2007).\n" +
		"9. Ola Berg, Locks and Weirs (Washington, D.C.: Canal Press, 2013), 7.\n" +
		"10. Translated by Ada Vik, in Sea Songs (Dover, Del.: Pier Press, 2010), 12.\n" +
		"11. See the discussion in Part Two, Quays (Hull: Dock Books, 2018), 41.\n" +
		"12. Edited by Rui Costa and Mei Lin, Tides (Cork: Shore Press, 2017).\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Ana Ruiz", "2016-01-01", y, false, false, "2016"},
		{"Tom Berg", "2019-01-01", y, false, false, "2019"},
		{"MOFCOM", "2023-03-03", claimx.Day, false, false, "MOFCOM: March 3, 2023"},
		{"Lia Moss", "2015-01-01", y, false, false, "2015"},
		{"Kofi Osei", "2012-01-01", y, false, false, "2012"},
		{"Mara Lind", "2009-01-01", y, false, false, "2009"},
		{"Ines Lobo", "2004-01-01", y, false, false, "2004"},
		{"Pia Nord", "2007-01-01", y, false, false, "2007"},
		{"Ola Berg", "2013-01-01", y, false, false, "2013"},
	})
}
