package cite

import (
	"time"

	"testing"

	"github.com/claimx/claimx"
)

// TestProseReports: a known outlet that the running text makes the
// subject or the agent of a verb of publishing, with a day's date in the
// sentence, is cited at that day; a date whose year cannot be known, a
// verb of speech, an outlet that publishes nothing in the sentence and a
// date that is no time of the report cite nothing. A body the gazetteer
// knows is read so after a verb of publishing, or of speech that reports
// a clause ("announced that …"), under the name the text prints, a
// state's possessive before it included; a body's act ("announced a
// fund"), its verb of speech with no clause and a platform cite nothing.
// A verb of speech in the passive cites its agent at the day after it
// ("announced by the ministry (MOF) on …").
// A month dates the report after "in" right after the verb or opening
// the sentence, its year printed or taken from the text's date; a year
// alone, or a month further on, is what the report is about.
func TestProseReports(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"the outlet opens the clause", "On 3 March, Nikkei, the business daily, published a survey of port operators.",
			[]wantCite{{"Nikkei", "2024-03-03", d, true, false, "3 March, Nikkei"}}},
		{"the agent of a passive", "Fares doubled, according to a report published by the Financial Times on April 9, 2023.",
			[]wantCite{{"Financial Times", "2023-04-09", d, false, false, "Financial Times on April 9, 2023"}}},
		{"a weekday before the date", "Reuters on Tuesday, April 2 reported that two ferries had sunk.",
			[]wantCite{{"Reuters", "2024-04-02", d, true, false, "Reuters on Tuesday, April 2"}}},
		{"a verb of speech after the date", "On March 3, Bloomberg said the port would close.",
			[]wantCite{{"Bloomberg", "2024-03-03", d, true, false, "March 3, Bloomberg"}}},
		{"a verb of speech before the date", "In 1953 the islands were Japanese, as the Bangkok Post stated on 8 January 1953 in an editorial.",
			[]wantCite{{"Bangkok Post", "1953-01-08", d, false, false, "Bangkok Post stated on 8 January 1953"}}},
		{"the day of what was said", "Bloomberg said the port would close on March 3.", nil},
		{"an outlet on a day, no verb", "The claim first surfaced in an article in the Straits Times on 9 February, which cited no one.",
			[]wantCite{{"Straits Times", "2024-02-09", d, true, false, "Straits Times on 9 February"}}},
		{"a person's verb of speech", "On March 3, Li Wei said the port would close.", nil},
		{"an outlet over a colon labels a transcript's turn", "Bloomberg: It’s reported that in a statement released on April 20, the minister said talks would resume.", nil},
		{"a dated piece and its agent", "Fares doubled, according to a March 9, 2023 analysis by Bloomberg.",
			[]wantCite{{"Bloomberg", "2023-03-09", d, false, false, "March 9, 2023 analysis by Bloomberg"}}},
		{"a dated piece in the possessive", "The Straits Times’ 4 April editorial called the toll unfair.",
			[]wantCite{{"Straits Times", "2024-04-04", d, true, false, "Straits Times’ 4 April"}}},
		{"a dated piece opening the sentence", "In its April 2 commentary, Xinhua blamed the weather.",
			[]wantCite{{"Xinhua", "2024-04-02", d, true, false, "April 2 commentary, Xinhua"}}},
		{"an outlet's piece dated after it", "A Kyodo story dated 12 March 2024 said the ship sank.",
			[]wantCite{{"Kyodo", "2024-03-12", d, false, false, "Kyodo story dated 12 March 2024"}}},
		{"a month's piece", "A June 2023 Nikkei report found the loss was a third.",
			[]wantCite{{"Nikkei", "2023-06-01", claimx.Month, false, false, "June 2023 Nikkei"}}},
		{"another's piece an outlet cites", "Citing a March 8 report, Reuters said the fees doubled.", nil},
		{"a body's dated piece", "In a March 8 report, the IMF said the fees doubled.", nil},
		{"no verb of publishing", "On March 3, Bloomberg staff visited the port.", nil},
		{"a date after a preposition of another kind", "Bloomberg reported that the port closed after May 3.", nil},
		{"the day of a relative clause's event", "The Financial Times ran a profile of Li Wei, who was born on May 2, 1971.", nil},
		{"the day of the reported event", "Xinhua reported that the talks, which began on June 4, 2019, had stalled.", nil},
		// A date after "on" that names what the piece is about.
		{"a possessive after the day", "A Xinhua report on May 3’s clashes said six people died.", nil},
		{"a noun the day modifies", "A Reuters analysis on March 3 elections in Taiwan found turnout fell.", nil},
		{"a day's vote in plain quotes", "A Kyodo story on June 9's vote said few turned out.", nil},
		{"the piece's own day after on", "A Kyodo story on June 9 said few turned out.",
			[]wantCite{{"Kyodo", "2023-06-09", d, true, false, "Kyodo story on June 9"}}},
		// A piece that is what the sentence tells of, not its source.
		{"a piece deleted", "Xinhua’s May 3 report was deleted hours later.", nil},
		{"a piece retracted", "A June 2023 Nikkei report was later retracted.", nil},
		{"an interview cancelled", "Bloomberg's March 9 interview with the minister was cancelled.", nil},
		{"a piece that drew anger", "A March 8 Kyodo story drew anger in Seoul.", nil},
		{"a piece that showed", "A CCTV broadcast on May 3 showed the launch.",
			[]wantCite{{"CCTV", "2023-05-03", d, true, false, "CCTV broadcast on May 3"}}},
		{"a piece in a preposition", "The figure first appeared in a March 8 Kyodo story.",
			[]wantCite{{"Kyodo", "2024-03-08", d, true, false, "March 8 Kyodo"}}},
		// An outlet's own dated action, or an outlet naming a speaker's employer.
		{"an outlet's hiring on a day", "Reuters on March 3 hired a new bureau chief in Beijing.", nil},
		{"an outlet's move on a day", "Bloomberg on June 4 opened an office in Hanoi.", nil},
		{"an outlet's editor speaks", "On March 3, Xinhua editor Li Wei said he would retire.", nil},
		{"an outlet's named reporter speaks", "On 9 April, Reuters reporter Ana Ruiz said the port was shut.", nil},
		{"an outlet on a day that reported", "Reuters on March 3 reported that the port shut.",
			[]wantCite{{"Reuters", "2024-03-03", d, true, false, "Reuters on March 3"}}},
		{"a body opens the clause", "On 9 May 2023, Amnesty International published a review of the dock strikes.",
			[]wantCite{{"Amnesty International", "2023-05-09", d, false, false, "9 May 2023, Amnesty International"}}},
		{"a body, its day after the verb", "The World Bank released new ferry-fare figures on June 3, 2022, showing a steep rise.",
			[]wantCite{{"World Bank", "2022-06-03", d, false, false, "World Bank released new ferry-fare figures on June 3, 2022"}}},
		{"a state's possessive before the body", "India’s Ministry of Finance released a note on the port levy on February 2, 2021.",
			[]wantCite{{"India’s Ministry of Finance", "2021-02-02", d, false, false, "India’s Ministry of Finance released a note on the port levy on February 2, 2021"}}},
		{"the agent of a passive", "The figures were in a survey released by Human Rights Watch on March 8, 2020.",
			[]wantCite{{"Human Rights Watch", "2020-03-08", d, false, false, "Human Rights Watch on March 8, 2020"}}},
		{"a body opening the sentence", "Human Rights Watch published its review of the dock strikes on 4 March 2024.",
			[]wantCite{{"Human Rights Watch", "2024-03-04", d, false, false, "Human Rights Watch published its review of the dock strikes on 4 March 2024"}}},
		{"a body's verb of speech", "On 9 May 2023, the World Bank said the ports would need new cranes.", nil},
		{"a body's verb of speech that reports a clause", "On 9 May 2023, the World Bank announced that two ports would get new cranes.",
			[]wantCite{{"World Bank", "2023-05-09", d, false, false, "9 May 2023, the World Bank"}}},
		{"a body's clause after its day", "Amnesty International stated on June 3, 2022 that the dock workers had been held without charge.",
			[]wantCite{{"Amnesty International", "2022-06-03", d, false, false, "Amnesty International stated on June 3, 2022"}}},
		{"a body's act, a noun after the verb", "On 9 May 2023, the World Bank announced a fund for the two ports.", nil},
		{"a month right after the verb", "According to figures of the World Bank published in November 2010, port fees doubled.",
			[]wantCite{{"World Bank", "2010-11-01", claimx.Month, false, false, "World Bank published in November 2010"}}},
		{"a month opening the sentence", "In March 2021, Amnesty International released a study of the dock strikes.",
			[]wantCite{{"Amnesty International", "2021-03-01", claimx.Month, false, false, "March 2021, Amnesty International"}}},
		{"a body, agent of a verb of speech in the passive", "Port fees rose, as announced by India’s Ministry of Finance (MOF) on February 2, 2021.",
			[]wantCite{{"India’s Ministry of Finance", "2021-02-02", d, false, false, "India’s Ministry of Finance (MOF) on February 2, 2021"}}},
		{"a passive's day that is another clause's", "The fees were announced by the World Bank, which cut them on March 3, 2022.", nil},
		{"a month without its year right after the verb", "Nikkei reported in February that ferry fares had doubled.",
			[]wantCite{{"Nikkei", "2024-02-01", claimx.Month, true, false, "Nikkei reported in February"}}},
		{"a month without its year opening the sentence", "In March, Kyodo published a survey of ferry crews.",
			[]wantCite{{"Kyodo", "2024-03-01", claimx.Month, true, false, "March, Kyodo"}}},
		{"a month without its year after the text's date", "Reuters reported in June, before the strike, that the quays were full.",
			[]wantCite{{"Reuters", "2023-06-01", claimx.Month, true, false, "Reuters reported in June"}}},
		{"a month without its year that dates what was said", "Bloomberg said the port would close in June.", nil},
		{"a year alone after the verb", "The World Bank published its forecasts in 2023 for the next five years.", nil},
		{"a month that dates what the report tells", "The World Bank released a study of the strikes in March 2021.", nil},
		{"a platform", "On 9 May 2023, Twitter published a list of the accounts it had closed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
}

// TestProseReportsUndated: in a text that prints no date of its own, a
// day without its year after a verb of publishing cites the outlet with
// an empty date, a participle's after a piece's noun too; after a verb
// of speech, "on" or a dated piece's noun it cites nothing, and a printed
// year dates it as ever.
func TestProseReportsUndated(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"the outlet opens the clause", "On 3 March, Nikkei published a survey of port operators.",
			[]wantCite{{"Nikkei", "", d, false, false, "3 March, Nikkei"}}},
		{"the subject of a verb of publishing", "Kyodo reported on June 9 that two ferries had sunk off the cape.",
			[]wantCite{{"Kyodo", "", d, false, false, "Kyodo reported on June 9"}}},
		{"the agent of a passive", "Tolls rose by a third, according to a story printed by the Straits Times on 12 October.",
			[]wantCite{{"Straits Times", "", d, false, false, "Straits Times on 12 October"}}},
		{"a printed year", "Reuters reported on 4 May 2021 that the quay was closed.",
			[]wantCite{{"Reuters", "2021-05-04", d, false, false, "Reuters reported on 4 May 2021"}}},
		{"a verb of speech", "On March 3, Bloomberg said the port would close.", nil},
		{"a month after a verb of publishing", "Nikkei reported in February that ferry fares had doubled.",
			[]wantCite{{"Nikkei", "", claimx.Month, false, false, "Nikkei reported in February"}}},
		{"a month after a verb of speech", "Bloomberg said in March that the port would close.", nil},
		{"a dated piece", "In a May 2 editorial, Xinhua blamed the storms.", nil},
		{"a piece dated after its noun", "A Kyodo report dated June 9 blamed the storms.", nil},
		{"the owner of a piece a participle tells of", "Freight slowed, according to a Nikkei analysis released on 2 February.",
			[]wantCite{{"Nikkei", "", d, false, false, "Nikkei analysis released on 2 February"}}},
		{"an outlet on a day, no verb", "The figure first appeared in the Straits Times on 9 February.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, time.Time{}), tt.want)
		})
	}
}

// TestProseReportsParticiple: a verb of publishing after a piece's noun,
// past adverbs and commas, describes the piece: the outlet that owns the
// piece, right before its noun or in the possessive, or an agent after
// "by" published it; an outlet further back is another verb's object (a
// person spoke to it) and cites nothing. A verb of speech after the noun
// is the piece's own.
func TestProseReportsParticiple(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"an outlet an official spoke with", "A port official spoke with the Straits Times for a story released on 30 January about the tolls.", nil},
		{"an outlet a person spoke to", "The mayor spoke to Kyodo in a column printed on 2 April about the tolls.", nil},
		{"an adverb before the participle", "The minister described the tolls to Reuters in an interview first published on 2 June.", nil},
		{"a comma before the participle", "The harbour master gave the Financial Times an interview, printed on 8 October, in which he blamed the pilots.", nil},
		{"the outlet before the piece's noun", "Berths were scarce, according to a Kyodo report released on 9 March.",
			[]wantCite{{"Kyodo", "2024-03-09", d, true, false, "Kyodo report released on 9 March"}}},
		{"the outlet's piece in the possessive", "Rents fell, according to Xinhua’s commentary published on April 4.",
			[]wantCite{{"Xinhua", "2024-04-04", d, true, false, "Xinhua’s commentary published on April 4"}}},
		{"the owner past an adverb and a comma", "The Nikkei analysis, originally carried on 17 February, found that the yen had slid.",
			[]wantCite{{"Nikkei", "2024-02-17", d, true, false, "Nikkei analysis, originally carried on 17 February"}}},
		{"a verb of speech after the piece's noun", "The Kyodo dispatch stated on 14 April that the berth was full.",
			[]wantCite{{"Kyodo", "2024-04-14", d, true, false, "Kyodo dispatch stated on 14 April"}}},
		{"a verb of speech past a piece's noun", "Reuters, in an analysis, said on 6 March that freight had slowed.",
			[]wantCite{{"Reuters", "2024-03-06", d, true, false, "Reuters, in an analysis, said on 6 March"}}},
		{"the piece's agent", "The quay would reopen, according to an interview published by Bloomberg on March 9.",
			[]wantCite{{"Bloomberg", "2024-03-09", d, true, false, "Bloomberg on March 9"}}},
		{"the outlet the subject", "On March 9, Bloomberg published an interview with the mayor.",
			[]wantCite{{"Bloomberg", "2024-03-09", d, true, false, "March 9, Bloomberg"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
}

// TestProseReportsPostposed: an outlet and its verb told after what was
// reported, set off by a comma, are dated by a day after the verb, not by
// the reported event's day before them; a sentence that opens with only
// its day tells no event.
func TestProseReportsPostposed(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"a verb of publishing", "Two cranes collapsed at the terminal on 11 August, the Straits Times reported.", nil},
		{"a verb of speech", "The berth reopened on April 2, Bloomberg said.", nil},
		{"a day after the verb", "Tolls rose on 3 March, the Straits Times reported on 5 March.",
			[]wantCite{{"Straits Times", "2024-03-05", d, true, false, "Straits Times reported on 5 March"}}},
		{"a sentence opening with its day", "On 4 March, Nikkei reported, citing two executives.",
			[]wantCite{{"Nikkei", "2024-03-04", d, true, false, "4 March, Nikkei"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
}

// TestWithoutPossessive: a name's possessive mark, straight or curly,
// with or without its s, comes off; a name ending in s keeps it.
// TestProseReportsAbbreviatedMonth: a month cut short with a full stop
// before its day ("Dec. 7") ends no sentence, so the report's day is read
// as a day in full is; and an outlet told after what was reported, set
// off by a comma right before its verb, is that verb's subject rather
// than a body named inside what was reported, whose day is the event's.
func TestProseReportsAbbreviatedMonth(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"after on", "Nikkei reported on Sept. 3 that tolls would rise.",
			[]wantCite{{"Nikkei", "2023-09-03", d, true, false, "Nikkei reported on Sept. 3"}}},
		{"opening the sentence", "On Jan. 9, the Straits Times published a survey of the quays.",
			[]wantCite{{"Straits Times", "2024-01-09", d, true, false, "Jan. 9, the Straits Times"}}},
		{"an aside", "The berth, Bloomberg reported on Feb. 2, will reopen.",
			[]wantCite{{"Bloomberg", "2024-02-02", d, true, false, "Bloomberg reported on Feb. 2"}}},
		{"a body inside what was reported", "The World Bank met on Oct. 24, the Straits Times reported.", nil},
		{"what was said", "Nikkei said the berth closed on Dec. 7.", nil},
		{"another sentence", "Nikkei reported the berth closed. On Dec. 7, ferries resumed.", nil},
		{"a full name ending its sentence", "The berth closed in May. 3 days later, Nikkei reported on the strike.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
}

// TestProseReportsStates: a state that puts out a work with a verb of
// publishing, as the subject opening the verb's clause, is the body that
// reports it; a state whose verb puts out no work (people, a statement),
// one that is not the verb's subject (inside another clause, an owner of
// the subject), and a state's work dated after a topic are none.
func TestProseReportsStates(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"day after the work", "Portugal released a harbour survey on March 2, 2023 on quays.",
			[]wantCite{{"Portugal", "2023-03-02", d, false, false, "Portugal released a harbour survey on March 2, 2023"}}},
		{"a city is no state", "Lisbon released a harbour survey on March 2, 2023.", nil},
		{"a city opening the sentence", "In March 2021, Porto released a study of its quays.", nil},
		{"day before the verb", "Portugal on 9 June 2022 published its first white paper on ferries.",
			[]wantCite{{"Portugal", "2022-06-09", d, false, false, "Portugal on 9 June 2022"}}},
		{"opening the sentence", "On 9 June 2022, Portugal published its annual port survey.",
			[]wantCite{{"Portugal", "2022-06-09", d, false, false, "9 June 2022, Portugal"}}},
		{"no work", "Portugal released two sailors on March 2, 2023.", nil},
		{"a statement", "Portugal released a statement on March 2, 2023.", nil},
		{"another clause", "Talks in Portugal ended and the crew released a report on March 2, 2023.", nil},
		{"an owner", "Portugal's envoy released a report on March 2, 2023.", nil},
		{"a topic's day", "Portugal released a report about the strike of March 2, 2023.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
}

func TestWithoutPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"Xinhua’s": "Xinhua", "Kyodo's": "Kyodo", "The Times'": "The Times", "The Times’": "The Times",
		"Reuters": "Reuters", "Caixin": "Caixin", "s": "s", "": "",
	} {
		if got := withoutPossessive(in); got != want {
			t.Errorf("withoutPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}
