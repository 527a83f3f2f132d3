package cite

import (
	"testing"

	"github.com/claimx/claimx"
)

// TestFieldDates: the last resort reads a date with its year that stands
// as a field of its own in a reference's entry (a list's item, a bullet,
// a labelled source line, a line with a link or a quoted title) and
// cites the nearest name before it; outside an entry, only a news outlet
// the gazetteer knows is cited so ("… Reuters. Tue 14 May 2019 …"). A note that names a writer and a
// quoted title cites the writer. Prose, a dateline's place, a date after
// a preposition, a masthead's issue and a line that is no entry cite
// nothing.
func TestFieldDates(t *testing.T) {
	d, m := claimx.Day, claimx.Month
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"an outlet after a title, its date before a link",
			"7. Berg, T. (2019). Why ferries run late? Quay Review. 4 June 2021 [Online] https://quay.example/ferries\n",
			[]wantCite{
				{"Berg, T.", "2019-01-01", claimx.Year, false, false, "2019"},
				{"Quay Review", "2021-06-04", d, false, false, "Quay Review. 4 June 2021"},
			}},
		{"bulleted items of a digest, an ISO date before a colon",
			"◆ Tide Weekly, 2022-7-19: cranes stood idle for a week. ◆ Harbour Daily, 2022-07-21: the strike ended.\n",
			[]wantCite{
				{"Tide Weekly", "2022-07-19", d, false, false, "Tide Weekly, 2022-7-19"},
				{"Harbour Daily", "2022-07-21", d, false, false, "Harbour Daily, 2022-07-21"},
			}},
		{"a body before a description of the work",
			"2. Harbour Ministry of Transport: Minister Osei’s talk with the Quay Channel audience, October 3, 2020 –\n",
			[]wantCite{{"Harbour Ministry of Transport", "2020-10-03", d, false, false, "Harbour Ministry of Transport: Minister Osei’s talk with the Quay Channel audience, October 3, 2020"}}},
		{"a writer and a quoted title before the outlet",
			"12. Ana Ruiz, “Why the Locks Failed,” Canal Monthly, Sept. 9, 2017.\n",
			[]wantCite{{"Ana Ruiz", "2017-09-09", d, false, false, "Ana Ruiz, “Why the Locks Failed,” Canal Monthly, Sept. 9, 2017"}}},
		{"a title in doubled single quotes before the outlet",
			"3. ‘‘Ferries Resume on Two Routes,’’ Tide Weekly, June 2, 2016, <http://tide.example/ferries>\n",
			[]wantCite{{"Tide Weekly", "2016-06-02", d, false, false, "Tide Weekly, June 2, 2016"}}},
		{"a quoted title alone before the outlet",
			"\"Harbour Notes for the Week\", Harbour Weekly Letter, May 30, 2008,\n",
			[]wantCite{{"Harbour Weekly Letter", "2008-05-30", d, false, false, "Harbour Weekly Letter, May 30, 2008"}}},
		{"a labelled line whose date follows the name and a time follows it",
			"Source: Quay Courier March 2, 2016 09:40 GMT\n",
			[]wantCite{{"Quay Courier", "2016-03-02", d, false, false, "Quay Courier March 2, 2016"}}},
		{"a labelled line whose date carries its own label",
			"Source: Quay Courier Date: 2 Mar 2016\n",
			[]wantCite{{"Quay Courier", "2016-03-02", d, false, false, "Quay Courier Date: 2 Mar 2016"}}},
		{"a word that only goes with a date's label is the name's",
			"Source: Quay Online: 5 June 2024\n",
			[]wantCite{{"Quay Online", "2024-06-05", d, false, false, "Quay Online: 5 June 2024"}}},
		{"fields run together, the date printed as one word",
			"Source:Tide Weekly Published:19Nov2021\n",
			[]wantCite{{"Tide Weekly", "2021-11-19", d, false, false, "Tide Weekly Published:19Nov2021"}}},
		{"a date as one word after a comma", "• Harbour Daily, 7SEP2020\n",
			[]wantCite{{"Harbour Daily", "2020-09-07", d, false, false, "Harbour Daily, 7SEP2020"}}},
		{"a word of figures and letters that is no date", "• Harbour Daily, 7SEAT2020\n", nil},
		{"a month's date", "• Canal Authority, annual review, August 2019.\n",
			[]wantCite{{"Canal Authority", "2019-08-01", m, false, false, "Canal Authority, annual review, August 2019"}}},
		{"a place before the date is a dateline's", "• OSLO, Norway – June 3, 2015: the ferry line closed.\n", nil},
		{"a date after a preposition is prose's", "1. The board met on June 3, 2015, and voted.\n", nil},
		{"a sentence ends before a field that is no name", "• The locks failed. The repairs, June 3, 2015.\n", nil},
		{"a masthead's issue number", "• Harbour Letter :: HL 2021-#12 :: Friday, 12 March 2021\n", nil},
		{"a line that is no entry", "Tide Weekly, June 3, 2015, ran the story first.\n", nil},
		{"a chronology's item, the sentence going on after the date", "2. The Lumar Council, March 12, 2024, approved the repairs.\n", nil},
		{"a by-line's outlet written for", "By Li Wei for Nikkei Asia, 3 May 2024\n",
			[]wantCite{{"Nikkei Asia", "2024-05-03", d, false, false, "Nikkei Asia, 3 May 2024"}}},
		{"a date's clock after at", "• Harbour Daily, March 19, 2023 at 7:30 a.m.\n",
			[]wantCite{{"Harbour Daily", "2023-03-19", d, false, false, "Harbour Daily, March 19, 2023"}}},
		{"a prize for an outlet", "The prize for Nikkei Asia, 3 May 2024, went to a young reporter.\n", nil},
		{"a job for an outlet", "Chen quit working for Reuters, March 3, 2021, to join the ministry.\n", nil},
		{"a grant for an outlet at a line's start", "Funds for the Financial Times, 9 June 2022, were cut by half.\n", nil},
		{"a column for an outlet in a sentence", "Ana Ruiz wrote a column for Bloomberg, 2 April 2023, on port fees.\n", nil},
		{"a name written for no outlet", "By Li Wei for the Harbour Board, 3 May 2024\n", nil},
		{"a chronology's item, its event before the date", "• Li Wei, the harbour master, resigned, March 9, 2024.\n", nil},
		{"a chronology's item in the passive", "3. Ana Ruiz, a crane driver, was sacked, 9 March 2024.\n", nil},
		{"an entry's title in lower case", "4. Tide Weekly, reported by Li Wei, 9 March 2024.\n", []wantCite{{"Tide Weekly", "2024-03-09", d, false, false, "Tide Weekly, reported by Li Wei, 9 March 2024"}}},
		{"an entry going on with a link's label", "2. Ana Ruiz, ‘Ports at Dusk’, Quay Review, 8 March 2021, online at: https://quay.example/dusk\n",
			[]wantCite{{"Ana Ruiz", "2021-03-08", d, false, false, "Ana Ruiz, ‘Ports at Dusk’, Quay Review, 8 March 2021"}}},
		{"a year alone", "3. Tide Weekly, 2015.\n", nil},
		{"a known outlet's dated field inside prose",
			"Ferries stopped at dawn as the strike spread. Reuters. Tue 14 May 2019 … Cranes stood idle.\n",
			[]wantCite{{"Reuters", "2019-05-14", d, false, false, "Reuters. Tue 14 May 2019"}}},
		{"a known outlet set off by commas in prose",
			"The port's debt doubled in a year; Bloomberg, 9 March 2021, put the loss at a third.\n",
			[]wantCite{{"Bloomberg", "2021-03-09", d, false, false, "Bloomberg, 9 March 2021"}}},
		{"a known outlet's dateline in prose", "The ferries stopped. SINGAPORE, 3 June 2015 (Reuters) – The strike spread.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
}
