package input

import (
	"strings"
	"testing"
)

// TestHeadlinePrintedTwice: a page copied whole prints its headline twice,
// as its title (perhaps with its section and the site's name after a
// rule) and again as its heading, with a by-line, an agency's credit, a
// date or the page's furniture between: that line is the title, not a
// label, a kicker or a standfirst near it. A notice or a label printed
// twice is no headline.
func TestHeadlinePrintedTwice(t *testing.T) {
	const p = "The rail operator said on Thursday that the night trains to the coast would run again from June after a year of repairs to the line.\n\nUnions welcomed the decision but asked for more staff on board.\n"
	const head = "Night trains to the coast return in June"
	checkMetadata(t, []metadataCase{
		{"an agency's credit between the copies, a standfirst under", head + "\n\nAgence France-Presse\n" + head + "\nThe operator says repairs to the coastal line are finished at last\n\n" + p, head, nil, ""},
		{"a by-line between the copies", head + "\n\nBy Ingrid Solberg\n" + head + "\nThe operator says repairs to the coastal line are finished at last\n\n" + p, head, []string{"Ingrid Solberg"}, ""},
		{"a date and a reading time between the copies", head + "\n\n3 min read 14-03-2024\n\n" + head + "\n\n" + p, head, nil, "2024-03-14"},
		{"the page's title with section and site, a weather box, then the heading", head + " | travel | The Valley Courier\nToday in Eastgate, Norland\nMar 20, 2024-Wednesday\nEastgate\n  • Humidity\n  • Wind\n" + head + "\ntravel Updated: Mar 14, 2024 09:10 CET\n\n" + p, head, nil, "2024-03-14"},
		{"a notice over the page's title, an agency's by-line over the heading", "This video cannot be played in your country\n" + head + "\nShow the comments\nBy Kyodo\n" + head + "\n\n" + p, head, []string{"Kyodo"}, ""},
		{"a blog's notice printed twice over a dated post", "Showing posts with label rail_news. Show all posts\nShowing posts with label rail_news. Show all posts\nThursday, March 14, 2024\nTrains, Unions and the Coast\n\n" + p, "Trains, Unions and the Coast", nil, "2024-03-14"},
		{"a short label printed twice", "Transport\n\n" + head + "\n\nTransport\n\nMarch 14, 2024\n\n" + p, head, nil, "2024-03-14"},
	})
}

// TestLabelledFieldsInARow: a page may print its labelled fields in one
// row with nothing but spaces between them, the date's first: the by-line's
// label ("Author:", "By:", "Writer:") opens a field of its own. A label may
// run into its value with no space after its colon.
func TestLabelledFieldsInARow(t *testing.T) {
	const p = "The rail operator said on Thursday that the night trains to the coast would run again from June after a year of repairs to the line.\n\nUnions welcomed the decision but asked for more staff on board.\n"
	const head = "Night trains to the coast return in June"
	checkMetadata(t, []metadataCase{
		{"date then author", head + "\nDate: March 14, 2024 Author: Ingrid Solberg\n\n" + p, head, []string{"Ingrid Solberg"}, "2024-03-14"},
		{"published then by", head + "\nPublished: 14 March 2024 By: Ingrid Solberg\n\n" + p, head, []string{"Ingrid Solberg"}, "2024-03-14"},
		{"iso date then writer", head + "\nPosted: 2024-03-14 Writer: Tomas Varga\n\n" + p, head, []string{"Tomas Varga"}, "2024-03-14"},
		{"author then date, as before", head + "\nAuthor: Ingrid Solberg Date: March 14, 2024\n\n" + p, head, []string{"Ingrid Solberg"}, "2024-03-14"},
		{"a label's colon run into the name", head + "\nAuthor:Ingrid Solberg\nRelease time:Mar 14, 2024 08:34 AM\n\n" + p, head, []string{"Ingrid Solberg"}, "2024-03-14"},
		{"by and a colon run into the name, the date in figures", head + "\nBy:Tomas Varga\nUpdated:2024-03-14 10:05\n\n" + p, head, []string{"Tomas Varga"}, "2024-03-14"},
		{"a colon inside a title is no field", "Night trains: the coast line returns in June\n\nBy Ingrid Solberg\n\nMarch 14, 2024\n\n" + p, "Night trains: the coast line returns in June", []string{"Ingrid Solberg"}, "2024-03-14"},
	})
}

// TestStoppedHeadlineOpeningTheText: a headline printed with a full stop
// may open the text with nothing over it: in title case it is the title,
// where an opening sentence of the text has few capitals. Where no line
// gives a title, a short sentence in sentence case on a line of its own,
// over a by-line or a date and a paragraph more than twice as long, is one
// too (it stays in the body); one with neither under it, one that reports
// in the past tense, or one no shorter than the paragraph under it, is the
// text's first sentence.
func TestStoppedHeadlineOpeningTheText(t *testing.T) {
	const p = "The rail operator said on Thursday that the night trains to the coast would run again from June after a year of repairs to the line.\n\nUnions welcomed the decision but asked for more staff on board.\n"
	checkMetadata(t, []metadataCase{
		{"title case with a colon", "Analysis: Night Trains Return to the Coast After a Year of Repairs.\n\n" + p, "Analysis: Night Trains Return to the Coast After a Year of Repairs.", nil, ""},
		{"capitals, then title case", "ALL ABOARD: Night Trains Return, and So Do the Crowds.\n" + p, "ALL ABOARD: Night Trains Return, and So Do the Crowds.", nil, ""},
		{"a first sentence in sentence case is the text's", "Night trains to the coast will run again from June, the operator said.\n\n" + p, "", nil, ""},
		{"a sentence of the text: names and titles, the verb in lower case", "Transport Minister Karin Holm told Parliament in Oslo on Wednesday that the Coastal Line reopens in June.\n\n" + p, "", nil, ""},
		{"a sentence of the text: two names and a short verb", "Erna Vik and Tomas Berg met in Bergen on Sunday.\n\n" + p, "", nil, ""},
		{"a sentence of the text: a wire lede under its dateline", "OSLO, March 3 (NTB) -- Night Trains Return to the Coast After a Year of Repairs.\n\n" + p, "", nil, ""},
		{"headline case with a short verb", "Rail Chiefs Met Unions in Oslo on Friday.\n\n" + p, "Rail Chiefs Met Unions in Oslo on Friday.", nil, ""},
		{"sentence case over a by-line and a longer paragraph", "Night trains return to the coast.\n\nBy Ingrid Solberg\n\n" + p, "Night trains return to the coast.", []string{"Ingrid Solberg"}, ""},
		{"sentence case over a date and a longer paragraph", "Night trains return to the coast.\nMarch 14, 2024\n\n" + p, "Night trains return to the coast.", nil, "2024-03-14"},
		{"sentence case with no by-line or date under it is the text's opening", "Night trains return to the coast.\n\n" + p, "", nil, ""},
		{"an opening remark is no headline", "Democracy is in trouble.\n\n" + p, "", nil, ""},
		{"sentence case as short as the paragraph under it", "The trains return.\n\nCrews are ready.\n\n" + p, "", nil, ""},
	})
}

// A standfirst between the headline and the by-line or date that the
// body prints again, word for word (its lede may go on past it), is
// furniture: the body's copy is the sentence. One the body does not print
// again stays the first paragraph.
func TestStandfirstTheBodyRepeats(t *testing.T) {
	title := "Ferry operators add sailings as the strait calms"
	dek := "Ferry operators will add six sailings a day from Monday as the storm that closed the strait moves east."
	by := []string{"Ana Ruiz"}
	for _, tc := range []struct {
		name, text string
		authors    []string
		first      string
	}{
		{"repeated whole, under a by-line",
			title + "\n\n" + dek + "\n\nBy Ana Ruiz\nMarch 5, 2024\n\n" + dek + "\n\nThe port said crews had cleared the channel overnight.\n",
			by, "Ferry operators will add six sailings"},
		{"repeated by a lede that goes on past it",
			title + "\n\n" + dek + "\n\nMarch 5, 2024\n\n" + strings.TrimSuffix(dek, ".") + ", the port authority said on Sunday.\n\nThe port said crews had cleared the channel overnight.\n",
			nil, "Ferry operators will add six sailings a day from Monday as the storm that closed the strait moves east, the port"},
		{"not repeated: the first paragraph",
			title + "\n\n" + dek + "\n\nBy Ana Ruiz\nMarch 5, 2024\n\nThe port said crews had cleared the channel overnight, and pilots were back on duty.\n",
			by, dek},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, title, tc.authors, "2024-03-05", tc.first)
			a := Article("test.txt", []byte(tc.text), nil)
			n := 0
			for _, p := range paragraphs(a) {
				if strings.Contains(p, "six sailings") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%q: the standfirst's words stand in %d paragraphs, want 1: %q", tc.text, n, paragraphs(a))
			}
		})
	}
}
