package cite

import (
	"slices"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// TestSourceTags: a digest's items end with their source and date, on the
// item's line or a line of their own, the writers perhaps before the source, a date in figures read in the order
// the article's other dates show; prose, datelines, date labels and dated
// signatures are no tags.
func TestSourceTags(t *testing.T) {
	d := claimx.Day
	text := "Port traffic fell, the ministry said on Wednesday. Reuters, 4 January\n" +
		"Ferries resumed. “We are ready,” he said. South China Morning Post, 5 Jan\n" +
		"Quay Post, 28.12.2022\n" +
		"Harbour Daily, 05.01.2023\n" +
		"Tide Weekly - January 3, 2023\n" +
		"Quay Post – 2 Jan\n" +
		"Lin Wei, Harbour Daily – January 3, 2023\n" +
		"Ana Ruiz and Li Wei, Tide Weekly - 4 Jan\n" +
		"Talks resumed, Harbour Daily – January 3, 2023\n" +
		"Talks resumed, 4 January\n" +
		"Talks resumed - 4 January\n" +
		"Nobel Peace Prize, 2010\n" +
		"Beijing, 6 January\n" +
		"Updated, 6 January\n" +
		"The quay reopened. — Ann Lee (@annlee) August 1, 2022\n" +
		"He left. Officials met on Monday, 4 January.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2023-01-07")), []wantCite{
		{"Reuters", "2023-01-04", d, true, false, "Reuters, 4 January"},
		{"South China Morning Post", "2023-01-05", d, true, false, "South China Morning Post, 5 Jan"},
		{"Quay Post", "2022-12-28", d, false, false, "Quay Post, 28.12.2022"},
		{"Harbour Daily", "2023-01-05", d, false, false, "Harbour Daily, 05.01.2023"},
		{"Tide Weekly", "2023-01-03", d, false, false, "Tide Weekly - January 3, 2023"},
		{"Quay Post", "2023-01-02", d, true, false, "Quay Post – 2 Jan"},
		{"Harbour Daily", "2023-01-03", d, false, false, "Lin Wei, Harbour Daily – January 3, 2023"},
		{"Tide Weekly", "2023-01-04", d, true, false, "Ana Ruiz and Li Wei, Tide Weekly - 4 Jan"},
		{"Ann Lee", "2022-08-01", d, false, false, "Ann Lee (@annlee) August 1, 2022"},
	})
}

// TestHeadedTags: a digest's entry line prints the item's headline, then
// after a colon, a bar or a semicolon its writers, its outlet (not the
// platform it was watched on) and its date, perhaps a dash and a summary;
// after the label of several sources each field is one; a labelled date,
// a weekday and prose after a colon are no entries, nor
// is a date stamp that opens on a weekday's abbreviation.
// TestSourceTagsAbbreviatedMonth: a tag's month cut short with a full
// stop ("Jan. 23, 1999") ends no sentence, so the tag is read whole
// whether the gazetteer knows its source or not, on a line of its own or
// after an item's last sentence; a sentence that ends on such a date, a
// place, a label or a span are still none.
func TestSourceTagsAbbreviatedMonth(t *testing.T) {
	d := claimx.Day
	text := "(1) FERRIES RESUME ACROSS THE STRAIT\n" +
		"Quay Island Weekly, Jan. 23, 1999\n" +
		"(2) FEES RISE AGAIN\n" +
		"HARBOUR WIRE, Feb. 3, 1999\n" +
		"The quay reopened after the storm. Tide Radio, Sept. 4, 1998\n" +
		"The port closed. Ferries resumed Jan. 5, 1999\n" +
		"Li Wei met Ana Ruiz. Lisbon, Jan. 5, 1999\n" +
		"Updated, Jan. 5, 1999\n" +
		"Harbour fees, Jan. 5 to Feb. 9, 1999\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "1999-02-04")), []wantCite{
		{"Quay Island Weekly", "1999-01-23", d, false, false, "Quay Island Weekly, Jan. 23, 1999"},
		{"HARBOUR WIRE", "1999-02-03", d, false, false, "HARBOUR WIRE, Feb. 3, 1999"},
		{"Tide Radio", "1998-09-04", d, false, false, "Tide Radio, Sept. 4, 1998"},
	})
}

func TestHeadedTags(t *testing.T) {
	d, m := claimx.Day, claimx.Month
	text := "Ports Reopen: Li Wei, Harbour Daily, Jan. 13, 2024 — Ferries resumed on Monday after a week of storms.\n" +
		"Quays Close | Tide Weekly, YouTube, August 2023 — Crews waited.\n" +
		"Fees Stay High; Ana Ruiz and Lin Wei, Quay Post, Jan. 14, 2024\n" +
		"Fees Stay High: Editorial, Quay Post, Jan. 16, 2024\n" +
		"Date: August 30, 2019\n" +
		"Time: Monday, March 3, 2024\n" +
		"He added: the ministry, which reopened ports, March 3, 2024 — said more.\n" +
		"Wed, March 6, 2024\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Harbour Daily", "2024-01-13", d, false, false, "Li Wei, Harbour Daily, Jan. 13, 2024"},
		{"Tide Weekly", "2023-08-01", m, false, false, "Tide Weekly, YouTube, August 2023"},
		{"Quay Post", "2024-01-14", d, false, false, "Ana Ruiz and Lin Wei, Quay Post, Jan. 14, 2024"},
		{"Quay Post", "2024-01-16", d, false, false, "Editorial, Quay Post, Jan. 16, 2024"},
	})
	var got []string
	for _, c := range Parse("Sources: Harbour Customs, Tide Weekly, as of March 2024\n", 0, isoDay(t, "2024-05-01")) {
		got = append(got, c.Source+" "+c.Date.Format(time.DateOnly)+" "+c.Raw)
	}
	want := []string{"Harbour Customs 2024-03-01 Harbour Customs, Tide Weekly, as of March 2024", "Tide Weekly 2024-03-01 Harbour Customs, Tide Weekly, as of March 2024"}
	if !slices.Equal(got, want) {
		t.Errorf("several sources: got %q, want %q", got, want)
	}
}

// TestOutletDateLines: a line of a known outlet's name and a date with no
// mark between them is the item's source; an unknown name before a date is
// a heading's.
func TestOutletDateLines(t *testing.T) {
	d := claimx.Day
	text := "Ports reopened.\nGlobal Times September 18, 2023\nThe Guardian May 25th\n  Xinhua 30/12/2023\n" +
		"Party Congress October 16, 2022\nHarbour Days March 3, 2024\nThe quays reopened on Reuters March 3, 2024\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-01-07")), []wantCite{
		{"Global Times", "2023-09-18", d, false, false, "Global Times September 18, 2023"},
		{"The Guardian", "2023-05-25", d, true, false, "The Guardian May 25th"},
		{"Xinhua", "2023-12-30", d, false, false, "Xinhua 30/12/2023"},
	})
}

// TestDateFirstTags: a listing may print an item's date before its
// outlet, set off by a dash, a bar or a slash or by nothing; a page's
// section or writer after its date line and a month alone are no sources,
// and a name the gazetteer does not know is one only where the text
// prints another source line.
func TestDateFirstTags(t *testing.T) {
	d := claimx.Day
	text := "Ferries resumed.\nMarch 22, 2018 | The Diplomat\n07 Mar 2018 - Reuters\n2018-03-05 / Caixin\nJune 4 | Global Times\n" +
		"March 22, 2018 | Analysis\nMarch 22, 2018 | By Lin Wei\nMarch 22, 2018 | Ana Ruiz\nMarch 22, 2018 | Tide Weekly\nMarch 2018 | Reuters\nMarch 22, 2018 - Reuters said the quays reopened.\n" +
		"Mar 9, 2018 The Quay Policy Blog\nMar 9, 2018 Reuters\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2018-03-23")), []wantCite{
		{"The Diplomat", "2018-03-22", d, false, false, "March 22, 2018 | The Diplomat"},
		{"Reuters", "2018-03-07", d, false, false, "07 Mar 2018 - Reuters"},
		{"Caixin", "2018-03-05", d, false, false, "2018-03-05 / Caixin"},
		{"Global Times", "2017-06-04", d, true, false, "June 4 | Global Times"},
		{"Tide Weekly", "2018-03-22", d, false, false, "March 22, 2018 | Tide Weekly"},
		{"The Quay Policy Blog", "2018-03-09", d, false, false, "Mar 9, 2018 The Quay Policy Blog"},
		{"Reuters", "2018-03-09", d, false, false, "Mar 9, 2018 Reuters"},
	})
	// One line alone under a headline is rather a page's own date line.
	text = "Fees Stay High\nMarch 22, 2018 | Tide Weekly\nThe quays reopened.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2018-03-23")), nil)
}

// TestDateFirstTimeline: a chronology or an events calendar heads each
// item with a date and a title of its own, no name recurring, so its
// titles are no sources though a wire's tag stands among them; a listing
// of outlets shows itself by a name printed on two of its date lines.
func TestDateFirstTimeline(t *testing.T) {
	d := claimx.Day
	text := "How the strike unfolded\nApril 2, 2023 | Reuters\nMay 9, 2023 Dockers Walk Out Nationwide\n" +
		"May 14, 2023 Harbour Board Rejects Offer\nJune 1, 2023 Ferry Crews Join Strike\nThe unions met again in July.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2023-08-01")), []wantCite{
		{"Reuters", "2023-04-02", d, false, false, "April 2, 2023 | Reuters"},
	})
	text = "Upcoming\nOct 3, 2025 | Quay Gazette Online\nNov 12, 2025 Autumn Members Dinner\nDec 1, 2025 Winter Lecture Series\nAll are welcome.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2025-09-01")), nil)
	text = "Coverage\nJan 5, 2025 Tide Weekly\nJan 9, 2025 The Lantern Review\nFeb 2, 2025 Tide Weekly\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2025-03-01")), []wantCite{
		{"Tide Weekly", "2025-01-05", d, false, false, "Jan 5, 2025 Tide Weekly"},
		{"The Lantern Review", "2025-01-09", d, false, false, "Jan 9, 2025 The Lantern Review"},
		{"Tide Weekly", "2025-02-02", d, false, false, "Feb 2, 2025 Tide Weekly"},
	})
}

// TestListedKindsAreNoSources: a body's listing may print each item's
// kind ("Media Statement", "Policy Paper") where another prints the
// outlet, item after item: a kind is no source.
func TestListedKindsAreNoSources(t *testing.T) {
	text := "Latest\n\nJuly 8, 2025\nMedia Statement\nThe council named a new treasurer.\n\nJune 30, 2025\nMedia Statement\nThe council closed its river office.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2025-08-01")), nil)
	text = "Work\nby Ana Ruiz / 4 May 2024 / Policy Paper\nby Tom Berg / 9 May 2024 / Policy Paper\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2025-08-01")), nil)
	text = "Items\nSep 2, 2024 | Press Releases\nSep 9, 2024 | Press Releases\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2025-08-01")), nil)
}

// TestDateFirstTagsAfterWeekday: a listing line's figures may follow a
// weekday, and read in the text's own order (day first here, as 25.03
// shows).
func TestDateFirstTagsAfterWeekday(t *testing.T) {
	text := "Ferries resumed on 25.03.2018 after the storm.\nTuesday, 03.04.2018 - Reuters\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2018-04-05")), []wantCite{
		{"Reuters", "2018-04-03", claimx.Day, false, false, "Tuesday, 03.04.2018 - Reuters"},
	})
}

// TestWritersListTags: a list of a writer's articles prints each one's
// outlet and date on a line of its own under its title, closed by a full
// stop; a magazine's issue may span two months. A sentence that ends on a
// name and a date is no tag.
func TestWritersListTags(t *testing.T) {
	d, m := claimx.Day, claimx.Month
	text := "Why the Quays Closed\nQuay Post, February 4, 2024.\nFerry Lanes Reopen\nTide Review, September/October 2023.\n" +
		"Cranes\nHarbour Journal, March/April, 2022.\nThe crew said the quays had reopened, Harbour Daily, May 3, 2024.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-07")), []wantCite{
		{"Quay Post", "2024-02-04", d, false, false, "Quay Post, February 4, 2024"},
		{"Tide Review", "2023-09-01", m, false, false, "Tide Review, September/October 2023"},
		{"Harbour Journal", "2022-03-01", m, false, false, "Harbour Journal, March/April, 2022"},
	})
}

// TestLabelledSourceLines: a chart's or a table's source line names the
// source after its label and dates the data, "as of" a day or a month or
// when accessed; a full stop may close it. A label of the date alone
// before it reads the same date.
func TestLabelledSourceLines(t *testing.T) {
	d, m := claimx.Day, claimx.Month
	text := "Source: Harbour Customs, as of 03/22/23\n" +
		"Source: Harbour Bureau of Port Statistics, as of May 2024\n" +
		"Data: Quay Freight Index, accessed June 3, 2024.\n" +
		"Sources: Tide Weekly, as at 4 June 2024.\n" +
		"Data Harbour Alliance, 5 June 2024\n" +
		"Fees rose (Harbour Daily, published on June 6, 2024).\n" +
		"Rates held, as of June 7, 2024.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-06-20")), []wantCite{
		{"Harbour Customs", "2023-03-22", d, false, false, "Source: Harbour Customs, as of 03/22/23"},
		{"Harbour Bureau of Port Statistics", "2024-05-01", m, false, false, "Source: Harbour Bureau of Port Statistics, as of May 2024"},
		{"Quay Freight Index", "2024-06-03", d, false, true, "Data: Quay Freight Index, accessed June 3, 2024"},
		{"Tide Weekly", "2024-06-04", d, false, false, "Sources: Tide Weekly, as at 4 June 2024"},
		{"Data Harbour Alliance", "2024-06-05", d, false, false, "Data Harbour Alliance, 5 June 2024"},
		{"Harbour Daily", "2024-06-06", d, false, false, "Harbour Daily, published on June 6, 2024"},
	})
}

// TestDatesBeforeSource: an entry may print its dates first and its source
// after them; a bare year before a name is a place of publication.
func TestDatesBeforeSource(t *testing.T) {
	d := claimx.Day
	text := "The envoy left (Mar. 7, Mar. 9, Central Broadcasting Station). " +
		"Trade rose (June 9, 2014, Harbour Daily; Xinhua, June 10). The book (1998, Beijing) sold."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2005-03-20")), []wantCite{
		{"Central Broadcasting Station", "2005-03-07", d, true, false, "Mar. 7"},
		{"Central Broadcasting Station", "2005-03-09", d, true, false, "Mar. 9, Central Broadcasting Station"},
		{"Harbour Daily", "2014-06-09", d, false, false, "June 9, 2014, Harbour Daily"},
		{"Xinhua", "2004-06-10", d, true, false, "Xinhua, June 10"},
	})
}

// TestSpeakerDated: a parenthesis of dates alone, in words or figures,
// beside a name and its reporting verb (past, or present as digests sum up)
// dates what that name said, as a year alone does a writer's work (see
// TestNarrativeAuthorDate); after prose or another verb it cites nothing.
func TestSpeakerDated(t *testing.T) {
	d := claimx.Day
	text := "The Pyongyang Broadcasting Service stated (Mar. 11), “We will go on.” " +
		"KCNA reported (Mar. 8, Mar. 9) that talks failed. " +
		"The ministry said (Mar. 10) it would reply. " +
		"Kim visited the Russian Embassy (Mar. 8). The Harbour Board met (Mar. 12). " +
		"Xinhua (Mar. 13) reported that he left. The Tide Daily (Mar. 14) added, “He is gone.” " +
		"Deng Xiaoping (1904–1997) said so. President Lee (Mar. 15) visiting the port, and on Sunday (Mar. 16) said nothing. " +
		"The weekly Quay Post (3/17) suggests that he left. Harbour Radio (3/18) writes, “Gone.” Lee (3/19) left, and Lin (1998) says so. " +
		"Fares rose (3/4) and fell (24/7). Fees rose, according to the Tide Daily (Mar. 20) and Quay Post (Mar. 21); according to Lee (1998) they fell."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2005-03-20")), []wantCite{
		{"Pyongyang Broadcasting Service", "2005-03-11", d, true, false, "Mar. 11"},
		{"KCNA", "2005-03-08", d, true, false, "Mar. 8"},
		{"KCNA", "2005-03-09", d, true, false, "Mar. 9"},
		{"Xinhua", "2005-03-13", d, true, false, "Mar. 13"},
		{"Tide Daily", "2005-03-14", d, true, false, "Mar. 14"},
		{"Quay Post", "2005-03-17", d, true, false, "3/17"},
		{"Harbour Radio", "2005-03-18", d, true, false, "3/18"},
		{"Lin", "1998-01-01", claimx.Year, false, false, "1998"},
		{"Tide Daily", "2005-03-20", d, true, false, "Mar. 20"},
	})
}

// TestOutletDated: a parenthesis of dates alone after an outlet's name
// dates its report whatever verb follows, or none: an outlet the gazetteer
// knows, or a name printed after the kind of outlet it is. Other names
// before such a parenthesis cite nothing.
func TestOutletDated(t *testing.T) {
	d := claimx.Day
	text := "The weekly Harbour Ledger (3/28) ran its own inquiry. Reports in the daily Quay Post (3/29) focus on the crews. " +
		"An editorial in the Global Times (June 9) called the ban unfair. The party newspaper People's Daily (June 3) ran a commentary. " +
		"The ban was first reported by Xinhua (May 2). " +
		"The Harbour Club (May 5) held its gala. Minister Lin (June 4) met his counterpart. The port of Tianjin (June 2) reopened. " +
		"The Harbour Ledger (June 6) ran a second inquiry."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-06-20")), []wantCite{
		{"Harbour Ledger", "2024-03-28", d, true, false, "3/28"},
		{"Quay Post", "2024-03-29", d, true, false, "3/29"},
		{"Global Times", "2024-06-09", d, true, false, "June 9"},
		{"People's Daily", "2024-06-03", d, true, false, "June 3"},
		{"Xinhua", "2024-05-02", d, true, false, "May 2"},
	})
}

// TestSignedItems: a digest's item may close on its writer and the day,
// set off by a dash after its last sentence and ending the line, a
// surname with its particle fused to it too ("Marta deLisle"); a name
// with dates elsewhere cites nothing.
func TestSignedItems(t *testing.T) {
	d := claimx.Day
	text := "Ports across the region lost trade. - Ana Ruiz (Mar 19, '15)\n" +
		"Crews were paid at last. — Lin Wei and Li Na (March 18)\n" +
		"The quays were rebuilt. - Marta deLisle (Mar 18, '15)\n" +
		"Ferries resumed. - Ana Ruiz (Mar 17) and crews left.\n" +
		"Fees rose - Quay Board (Mar 16)\n" +
		"The war ended. – Deng Xiaoping (1904–1997)\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2015-03-20")), []wantCite{
		{"Ana Ruiz", "2015-03-19", d, false, false, "Mar 19, '15"},
		{"Lin Wei and Li Na", "2015-03-18", d, true, false, "March 18"},
		{"Marta deLisle", "2015-03-18", d, false, false, "Mar 18, '15"},
	})
}

// TestReferenceListAuthors: an author–date reference list's entry opens
// with its authors, surnames and initials or a body, and the parenthesis
// of its date, the year first where it names a day, closed by a full
// stop, a colon or a comma; a parenthesis after prose or after a person's
// name with no initials opens no entry.
func TestReferenceListAuthors(t *testing.T) {
	y, d := claimx.Year, claimx.Day
	text := "Osei, K. (2023a): Ports Have Failed. Harbour Review.\n" +
		"Ruiz, A., & van Dijk, W. (2020, March 3). Quays reopen. Tide Weekly.\n" +
		"Berg, T. (2019), ‘Ferries’, Quay Post, 3 May 2019.\n" +
		"The council met, as Li said. (2020). Ports.\n" +
		"Harbour Daily (2021). Quays.\n" +
		"Tidewater Shipping Institute (2018), Annual Report.\n" +
		"Lin Wei (2017). Quays.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Osei, K.", "2023-01-01", y, false, false, "2023a"},
		{"Ruiz, A., & van Dijk, W.", "2020-03-03", d, false, false, "2020, March 3"},
		{"Berg, T.", "2019-01-01", y, false, false, "2019"},
		{"Harbour Daily", "2021-01-01", y, false, false, "2021"},
		{"Tidewater Shipping Institute", "2018-01-01", y, false, false, "2018"},
	})
}

// TestNumberedReferenceList: a reference list's entry may open on its
// number or a bullet before its authors, its date may run straight on to
// the title as Harvard prints it, and a parenthesis of a date right after
// the entry's link, with or without its cue, is when the link was read,
// the authors' access date. A word in lower case after the date is prose.
func TestNumberedReferenceList(t *testing.T) {
	y, d := claimx.Year, claimx.Day
	text := "1. Mensah, K. (2019). Harbour cranes and the port economy. Maritime Review, 4(2), 11–30.\n" +
		"2. Okafor, B., & Lin, W. (2021). Trade corridors. Quay Institute. [Online] https://quay.example/corridors (16 April 2022).\n" +
		"[3] Haddad, K. L. (2018). Water and grain. www.arid.example (2 May 2023)\n" +
		"• Moreau, J.-P. (2017). Fishing rights. Ocean Affairs, 12, 1–9.\n" +
		"4. The quays reopened in 2019 (see http://quay.example/ (3 May 2022)).\n" +
		"Brandt, T. (2016) Rail gauges and empire. London: Verso.\n" +
		"Sato, M. and Lee, J. (2015) ‘Ferry lanes’, Quay Review. Available at: https://quay.example (Accessed: 5 May 2022).\n" +
		"Rivera, L. (2014) and the quays.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Mensah, K.", "2019-01-01", y, false, false, "2019"},
		{"Okafor, B., & Lin, W.", "2021-01-01", y, false, false, "2021"},
		{"Okafor, B., & Lin, W.", "2022-04-16", d, false, true, "16 April 2022"},
		{"Haddad, K. L.", "2018-01-01", y, false, false, "2018"},
		{"Haddad, K. L.", "2023-05-02", d, false, true, "2 May 2023"},
		{"Moreau, J.-P.", "2017-01-01", y, false, false, "2017"},
		{"Brandt, T.", "2016-01-01", y, false, false, "2016"},
		{"Sato, M. and Lee, J.", "2015-01-01", y, false, false, "2015"},
		{"Sato, M. and Lee, J.", "2022-05-05", d, false, true, "Accessed: 5 May 2022"},
	})
}

// TestDatelineAgency: a wire dateline's parenthesis after its city in
// capitals names the agency that filed the report, with its date, and
// cites nothing; after an acronym or prose it cites.
func TestDatelineAgency(t *testing.T) {
	d := claimx.Day
	text := "PORTLAND (Harbour Wire / Tide News - 21st June, 2023) The quays reopened.\n" +
		"NEW HAVEN, (Harbour Wire, June 22, 2023) Crews returned.\n" +
		"EU (Quay Post, June 23, 2023) ministers met.\n" +
		"Talks resumed (Quay Post, June 24, 2023).\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2023-07-01")), []wantCite{
		{"Quay Post", "2023-06-23", d, false, false, "Quay Post, June 23, 2023"},
		{"Quay Post", "2023-06-24", d, false, false, "Quay Post, June 24, 2023"},
	})
}

// TestSquareBrackets: square brackets cite as parentheses do; inside a
// cited parenthesis they are part of its citation, and a footnote marker or
// a translator's insertion cites nothing.
func TestSquareBrackets(t *testing.T) {
	d := claimx.Day
	text := "The ministry repeated its view [Harbour Times, 2024-03-07].[1] " +
		"The figure was revised (Harbour Bureau of Statistics [HBS], March 18). " +
		"“We [the ministry] will reply,” he said (see [Quay Daily, March 19])."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-03-20")), []wantCite{
		{"Harbour Times", "2024-03-07", d, false, false, "Harbour Times, 2024-03-07"},
		{"Harbour Bureau of Statistics", "2024-03-18", d, true, false, "Harbour Bureau of Statistics [HBS], March 18"},
		{"Quay Daily", "2024-03-19", d, true, false, "Quay Daily, March 19"},
	})
	if spans := Parens(text, 0, time.Time{}); len(spans) != 3 {
		t.Errorf("cited parentheses %v, want 3", spans)
	}
}

// TestDatedUnderOutlet: a line that is only a date, perhaps labelled,
// dates the outlet named right above it, on a line of its own or ending a
// headline after a colon; under a name that is no outlet's, or apart from
// it by a blank line, it dates nothing.
func TestDatedUnderOutlet(t *testing.T) {
	d := claimx.Day
	text := "Quays Reopen After Storm\n\nSouth China Morning Post\nDate: 4 March, 2024\n\nThe port reopened.\n\n" +
		"Ferries return to the islands: China Daily\nMarch 5, 2024\n\nCrews returned.\n\n" +
		"Harbour Council Annual Meeting\nMarch 6, 2024\n\nThe council met.\n\n" +
		"Reuters\n\nMarch 7, 2024\n\nPorts Reopen\nVOA News 18/03/2024\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"South China Morning Post", "2024-03-04", d, false, false, "Date: 4 March, 2024"},
		{"China Daily", "2024-03-05", d, false, false, "March 5, 2024"},
		{"VOA News", "2024-03-18", d, false, false, "VOA News 18/03/2024"},
	})
}

// TestOutletUnderDate: a page that reprints a story may head it with its
// date line, then its writers, then its known outlet's name on lines of
// their own; a sentence or a second line of names between them, or a
// name that is no outlet's, ends the header.
func TestOutletUnderDate(t *testing.T) {
	d := claimx.Day
	text := "Ferries Return\n\n19/03/2024\nLin Wei & AFP\nBangkok Post\n\nThe port reopened.\n\n" +
		"March 20, 2024\n\nTaipei Times\n\nCrews returned.\n\n" +
		"March 21, 2024\nThe crews came back.\nReuters\n\nMarch 22, 2024\nLin Wei\nAna Ruiz\nReuters\n\nMarch 23, 2024\nHarbour Council\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Bangkok Post", "2024-03-19", d, false, false, "Bangkok Post"},
		{"Taipei Times", "2024-03-20", d, false, false, "Taipei Times"},
	})
}

// TestListedUnderDates: a listing may print the same unknown outlet's
// name under each item's date line; a name printed under one date only, a
// headline that differs from item to item, a person's name and a single
// word are no sources.
func TestListedUnderDates(t *testing.T) {
	d := claimx.Day
	text := "Harbour Letter\nMarch 3, 2024\nQuay Island Weekly\nFerries Return\nCrews came back.\n4 min |\n" +
		"March 4, 2024\nQuay Island Weekly\nFees Rise Again\nThe council voted.\n\n" +
		"March 5, 2024\nTolls Fall\nMarch 6, 2024\nPorts Reopen\nMarch 7, 2024\nAna Ruiz\nMarch 8, 2024\nAna Ruiz\n" +
		"March 9, 2024\nOpinion\nMarch 10, 2024\nOpinion\nMarch 11, 2024\nHarbour Review Daily\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Quay Island Weekly", "2024-03-03", d, false, false, "Quay Island Weekly"},
		{"Quay Island Weekly", "2024-03-04", d, false, false, "Quay Island Weekly"},
	})
}

// TestBylineFields: a listing of pieces in the press may print each
// one's by-line, date and outlet as fields set off by slashes or bars,
// the date and the outlet in either order; a page's own by-line, printed
// once, a field that is no outlet's name and two fields only are none.
func TestBylineFields(t *testing.T) {
	d := claimx.Day
	text := "In the Press\nby Li Wei / March 3, 2024 / Harbour Review Online\nFerries return.\n" +
		"By Ana Ruiz | Quay Post | 4 May 2023\nFees rise.\nBy Tom Berg / March 5, 2024 / Analysis\nBy Tom Berg / March 6, 2024\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Harbour Review Online", "2024-03-03", d, false, false, "by Li Wei / March 3, 2024 / Harbour Review Online"},
		{"Quay Post", "2023-05-04", d, false, false, "By Ana Ruiz | Quay Post | 4 May 2023"},
	})
	text = "Fees Rise\nBy Ana Ruiz | March 4, 2024 | Reuters\nThe council voted.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), nil)
	// A page's own by-line stays none where its body holds a wire's tag.
	text = "Tolls Fall Again\nby Kofi Mensah / 2 June 2024 / Lantern Weekly\n\nTolls fell, the board said.\n\nSource: Xinhua 2024-06-01\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-07-01")), []wantCite{
		{"Xinhua", "2024-06-01", claimx.Day, false, false, "Source: Xinhua 2024-06-01"},
	})
}

// TestNarrativeAuthorDate: an author–date reference may name its authors
// in the running text, the parenthesis holding the year and perhaps the
// page, when a verb that tells what they wrote or found follows, perhaps
// in the perfect or as a phrasal verb: several authors, "et al.", a role
// or the word opening the clause before the name left out. A span of
// years is a life's, a law is no author, and no verb, no reference.
func TestNarrativeAuthorDate(t *testing.T) {
	y := claimx.Year
	text := "Economist Ana Ruiz (2017, 153) argues that quays pay. Li Wei, Tom Berg, and Kofi Mensah (2018, p. 3) claim more. " +
		"Okafor et al. (2021) found the opposite. Haddad (2020: 44–45) notes it. Sun Yat-sen (1866–1925) wrote much. " +
		"The Harbour Act (2019) says so. Ruiz (2016) and others met. As Tom Berg (2012) has shown, fees rise. " +
		"While Mensah and Ortiz (2015) have argued otherwise, ports grew. Haddad (2019) pointed out the cost. Ruiz (2014) had a boat."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Ana Ruiz", "2017-01-01", y, false, false, "2017"},
		{"Li Wei, Tom Berg, and Kofi Mensah", "2018-01-01", y, false, false, "2018"},
		{"Okafor et al.", "2021-01-01", y, false, false, "2021"},
		{"Haddad", "2020-01-01", y, false, false, "2020"},
		{"Tom Berg", "2012-01-01", y, false, false, "2012"},
		{"Mensah and Ortiz", "2015-01-01", y, false, false, "2015"},
		{"Haddad", "2019-01-01", y, false, false, "2019"},
	})
}

// TestBylineIsNoTag: a by-line that names the writer and the date, "By
// The Harbour Times Thu, May 2, 2024", is the article's, no source tag.
func TestBylineIsNoTag(t *testing.T) {
	text := "Ports Reopen\n\nBy The Harbour Times Thu, May 2, 2024\n\nWritten by Ana Ruiz, May 2, 2024\n\nThe port reopened. Harbour Daily, May 3, 2024\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-04")), []wantCite{
		{"Harbour Daily", "2024-05-03", claimx.Day, false, false, "Harbour Daily, May 3, 2024"},
	})
}

// TestCaselessSource: a source in a script without case, on a line of its
// own with its date or before a parenthesis of dates beside a verb, is a
// name as a capitalised one is.
func TestCaselessSource(t *testing.T) {
	d := claimx.Day
	text := "港务日报, 17 July 2017\n\nThe port reopened, as 海潮报 reported (July 18).\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2017-08-01")), []wantCite{
		{"港务日报", "2017-07-17", d, false, false, "港务日报, 17 July 2017"},
		{"海潮报", "2017-07-18", d, true, false, "July 18"},
	})
}

// TestLabelledISODate: a labelled source line may end on an ISO date with
// no mark before it, or run into it where a page's fields ran together; a
// word in lower case is no source, and a date after its own label is the
// page's.
func TestLabelledISODate(t *testing.T) {
	d := claimx.Day
	text := "The port reopened.\nSource: Harbour Daily 2020-08-21\n\nFees rose.\nSource: Quay Post2020-07-20\n\nPrices fell.\nSource: data 2020-07-21\n" +
		"\nSource: Tide WeeklyUpdated: 2020-07-22\n\nQuays closed.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2020-09-01")), []wantCite{
		{"Harbour Daily", "2020-08-21", d, false, false, "Source: Harbour Daily 2020-08-21"},
		{"Quay Post", "2020-07-20", d, false, false, "Source: Quay Post2020-07-20"},
	})
	// A name in camel case may end on a word that labels dates elsewhere.
	text = "Tolls rose.\nSource: HarbourFirst 2021-04-11\n\nFerries ran.\nSource: QuayOnline 2021-04-12\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2021-05-01")), []wantCite{
		{"HarbourFirst", "2021-04-11", d, false, false, "Source: HarbourFirst 2021-04-11"},
		{"QuayOnline", "2021-04-12", d, false, false, "Source: QuayOnline 2021-04-12"},
	})
}

// TestTagSeparators: a source tag's name may end at a slash or a bar set
// off by spaces as at a dash, and a web site's name in lower case is a
// source; a month after a slash is a periodical's issue, and a slash
// inside a date separates nothing.
func TestTagSeparators(t *testing.T) {
	d := claimx.Day
	text := "Ports reopen.\nLin Wei, Quay Post / August 8, 2022\n\nFees rise.\nTide Weekly | March 22, 2018\n\n" +
		"Ferries return.\nharbournews.org, 23 May\n\nHarbour Letter / July 2024\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-08-01")), []wantCite{
		{"Quay Post", "2022-08-08", d, false, false, "Lin Wei, Quay Post / August 8, 2022"},
		{"Tide Weekly", "2018-03-22", d, false, false, "Tide Weekly | March 22, 2018"},
		{"harbournews.org", "2024-05-23", d, true, false, "harbournews.org, 23 May"},
	})
}

// TestSourceTagLen checks the length of the tag that ends a text's last
// line, its full stop and the white space before it included: what the
// layout cuts off a paragraph, so a line that is a tag alone leaves
// nothing of itself.
func TestSourceTagLen(t *testing.T) {
	for _, tt := range []struct{ text, tag string }{
		{"Quay Post, March 3, 2024.", "Quay Post, March 3, 2024."},
		{"The ferries stopped, he told reporters. Tide Weekly, 4 January", " Tide Weekly, 4 January"},
		{"Fares Stay High\nQuay Post, March 3, 2024.", "Quay Post, March 3, 2024."},
		{"The ferries stopped on Monday.", ""},
	} {
		if got := SourceTagLen(tt.text); got != len(tt.tag) {
			t.Errorf("SourceTagLen(%q) = %d, want %d (%q)", tt.text, got, len(tt.tag), tt.tag)
		}
	}
}
