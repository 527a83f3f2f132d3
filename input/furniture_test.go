package input

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimx/claimx"
)

// TestCreditShapes: each shape of a credit, bracketed, after a caption's
// sentence, opening or closing a line, and running text that only looks
// like one.
func TestCreditShapes(t *testing.T) {
	for _, c := range []struct {
		text    string
		caption bool
	}{
		{"Crews clear the road near the border. (Source: China Daily)", true},
		{"A ferry leaves the harbour [Photo/IC].", true},
		{"The premier at the port (Thomas Coex/AFP/Getty Images)", true},
		{"Divers at the reef (file photo by Lin Wei [left] and Ana Ruiz/Reuters)", true},
		{"Boats at dusk. Photo: Ana Ruiz/Reuters", true},
		{"Boats at dusk! Picture by Lin Wei", true},
		{"Photo: Ana Ruiz", true},
		{"Sources: Harbour Daily", true},
		{"Boats at dusk. Ana Ruiz/Getty Images", true},
		{"Fishermen near the harbour, Lin Wei/AFP.", true},
		{"The source of the leak (a ministry official) was never named.", false},
		{"He showed the photo: it was taken in Geneva.", false},
		{"Boats at dusk. Photo: Ana Ruiz. The harbour closed at night.", false},
		{"Boats at dusk. Photo: Ana Ruiz. Drawn by the Harbour Studio.", true},
		{"The ministers meet in Geneva, Feb. 24, 2020. (Reuters/Lin Wei)", true},
		{"(Xinhua/Lin Wei)", true},
		{"The envoy spoke to reporters in Canberra. (AAP: Ana Ruiz)", true},
		{"Fishing boats moored off Ranai. (Antara/M Lin Wei)", true},
		{"(Harbour Daily: Ana Maria Ruiz)", true},
		{"“We are ready,” the envoy told reporters. (AAP: Ana Ruiz)", false},
		{"The envoy spoke. Then she left. (AAP: Ana Ruiz)", false},
		{"The board has two heads (Chair: Ana Ruiz; Deputy: Lin Wei).", false},
		{"The ministers meet in Geneva on May 30.\n[harbourdaily.com]", true},
		{"FILE - The minister speaks in Geneva, Feb. 24, 2020.", true},
		{"Ana Ruiz (left) and Lin Wei (second right) sign the lease in Colombo.", true},
		{"Ana Ruiz (Lin Wei's deputy) and the left (the party) signed (right away).", false},
		{"FILES show the lease was signed.", false},
		{"The agency (which reports to the State Council) said so (Xinhua, June 9).", false},
		{"Reporters from AP and AFP were there.", false},
		{"A flag flutters over the Great Hall ahead of the forum, in Beijing, China October 18, 2023.", true},
		{"The minister speaks during a briefing at the ministry in Geneva, Feb. 24, 2020.", true},
		{"Dockers unload a ship in Mombasa, Kenya, 3 May 2024.", true},
		{"The minister spoke in Geneva on Feb. 24, 2020.", false},
		{"The port reopened on Monday, Feb. 24, 2020.", false},
		{"“We are ready,” the minister said in Geneva, Feb. 24, 2020.", false},
		{"Ferry fares rose again and the crews walked out at the quay, Reuters, 12 March 2021.", false},
		{"The dredging stopped for a week, the Financial Times, 3 May 2024.", false},
		{"The port closed. It reopened in Colombo, Sri Lanka March 2, 2021.", false},
		{"Cranes stand idle at the northern terminal in Lagos, Nigeria May 4, 2022. REUTERS/Ana Ruiz/File", true},
		{"A ferry leaves the harbour at dusk. AFP/Lin Wei", true},
		{"Ferries wait off the pier. EPA-EFE/Tomas Berg/Pool", true},
		{"Crews clear the quay after the storm. AP Photo/Kofi Mensah/Handout", true},
		{"Rain floods the square. XINHUA/Ana Ruiz/Files", true},
		{"Shippers said the fees rose. Reuters/Ipsos polls agree.", false},
		{"He works for the AP/NORC center.", false},
		{"The minister opens the trade fair in Hamburg. Talks on tariffs follow. Ana von Berg/dpa", true},
		{"Dockers leave the quay at dusk. Lin Wei/AFP", true},
		{"The quays were busy. Trade grew. Imports/AP polls disagree.", false},
	} {
		if got := caption(c.text); got != c.caption {
			t.Errorf("caption(%q) = %v, want %v", c.text, got, c.caption)
		}
	}
}

// TestCreditsLines: a line crediting others' reporting, or telling how to
// reach the author, whatever its case.
func TestCreditsLines(t *testing.T) {
	for _, c := range []struct {
		text    string
		credits bool
	}{
		{"Heba Habib contributed to this report.", true},
		{"LIN WEI CONTRIBUTED REPORTING.", true},
		{"Additional reporting by Ana Ruiz in Geneva", true},
		{"Edited by Tom Hogue", true},
		{"Writing by Lin Wei; editing by Tom Hogue", true},
		{"Follow him on Twitter @linwei or email him at lin@example.org", true},
		{"Questions? Email us at desk@example.org", true},
		{"This article appeared in the Harbour Review.", true},
		{"This essay was originally published by the Harbour Institute in May.", true},
		{"The views and opinions in this paper are those of the authors, and not of the institute.", true},
		{"This article argues that the port is overbuilt.", false},
		{"The views of the fishermen are those of people who lost their boats.", false},
		{"Ten countries contributed troops to the mission.", false},
		{"The minister said reporting by state media was accurate.", false},
		{"She sent an email to the ministry at noon.", false},
		// A wire's or an editor's note on the text itself, wholly in
		// brackets; an author's aside in brackets is text.
		{"(Recasts with the mayor's comments, new figures)", true},
		{"(Updates with vote count)", true},
		{"[Adds details in paragraph 5]", true},
		{"(Writes through with background)", true},
		{"(Report in Harbour Studies, Volume 2, Issue 3, Spring 2021, Published by the Harbour Institute)", true},
		{"(Adds to a list of ports that closed in 2019.) The ferry stopped.", false},
		{"(For more on the moorings, see the map below.)", false},
		{"(The report, published by the ministry in May, counts 40 ships.) Crews agree.", false},
		{"Updates with vote count", false},
	} {
		if got := credits(c.text); got != c.credits {
			t.Errorf("credits(%q) = %v, want %v", c.text, got, c.credits)
		}
	}
}

// TestMoreLink: a link to the rest of a teaser after its ellipsis is no
// part of the paragraph; an ellipsis ending a quotation is.
func TestMoreLink(t *testing.T) {
	for text, want := range map[string]int{
		"Beijing's response was muted... MORE":      len(" MORE"),
		"Beijing's response was muted… Read more »": len(" Read more »"),
		"Beijing's response was muted...":           0,
		"He said “we will wait…” More came later.":  0,
		"The list ran on... and on":                 0,
	} {
		if got := moreLink(text); got != want {
			t.Errorf("moreLink(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestFilingNote: a blog's note on where a post is filed, alone or with
// the template's other line, is the page's; a sentence of the text that
// says where something was posted, or a note with a sentence of its own
// after it, is not.
func TestFilingNote(t *testing.T) {
	for text, want := range map[string]bool{
		"This entry was posted in Harbours and tagged ferries, storms. Bookmark the permalink.": true,
		"This post was filed under Shipping.":                                                   true,
		"This article was posted in News, Ports by Ana Ruiz.":                                   true,
		"This entry was posted in Harbours. The ferries run again on Monday.":                   false,
		"The notice was posted in the harbour office on Monday.":                                false,
		"Bookmark the permalink.":                                                               false,
	} {
		if got := filingNote(text); got != want {
			t.Errorf("filingNote(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestLinkPrompt: sentences closing a paragraph that send the reader to a
// link printed as "here" are no part of it; a sentence of the text that
// says "here", or a prompt that names no link, is.
func TestLinkPrompt(t *testing.T) {
	for text, want := range map[string]int{
		"Watch the full briefing here.":                                                                                       len("Watch the full briefing here."),
		"The council published its ruling on Friday. Download the ruling here.":                                               len(" Download the ruling here."),
		"The port reopened. Read our notice here, and download the timetable here!":                                           len(" Read our notice here, and download the timetable here!"),
		"Click here to sign up for the harbour newsletter.":                                                                   len("Click here to sign up for the harbour newsletter."),
		"The tide tables changed. Download The Tables HERE.":                                                                  len(" Download The Tables HERE."),
		"The tide tables changed. Click Here.":                                                                                len(" Click Here."),
		"The ferries will stop here for the winter, the council said.":                                                        0,
		"Read the council's statement, which runs to forty pages.":                                                            0,
		"Ferries stop here. Crews said so.":                                                                                   0,
		"Show here what you mean, the judge told the harbour master on Tuesday in a hearing that ran for hours past its end.": 0,
	} {
		if got := linkPrompt(text); got != want {
			t.Errorf("linkPrompt(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestBareLink: a web address alone is no claim; a sentence naming one is.
func TestBareLink(t *testing.T) {
	for text, want := range map[string]bool{
		"https://p.example.com/p/4h2UW":                 true,
		" http://harbour.example.org/story?id=7 ":       true,
		"www.harbourdaily.com":                          true,
		"See https://harbour.example.org for the text.": false,
		"www":                                    false,
		"The ministry posted the notice online.": false,
	} {
		if got := bareLink(text); got != want {
			t.Errorf("bareLink(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestPageNotes: captions that point at their picture, corrections, print
// notes, newsletter calls and rows of links are no claims; running text
// that shares their words is.
func TestPageNotes(t *testing.T) {
	for _, c := range []struct {
		text string
		note bool
	}{
		{"In this photo dated Tuesday, Nov. 29, 2016 a rocket stands on the launch pad in Baikonur.", true},
		{"In this Jan. 5, 2020, file photo, dockers unload a ship in Mombasa.", true},
		{"This handout image released by the ministry shows the damaged vessel.", true},
		{"This undated photo provided by the coast guard shows the reef.", true},
		{"In this image taken from video, the minister speaks in Geneva.", true},
		{"In this context the photo was never published.", false},
		{"This photo exhibition draws thousands every year.", false},
		{"This version corrects the spelling of the region.", true},
		{"An earlier version of this article misstated the minister's title.", true},
		{"Correction: The port reopened on Monday, not Sunday.", true},
		{"A version of this article appears in print on Page A22 of the New York edition.", true},
		{"Sign up for Harbour Weekly, a newsletter on the shipping trade.", true},
		{"Keep up with the Harbour Daily newsletter.", true},
		{"Get the day's top stories in your inbox.", true},
		{"The ministry's newsletter said the port would reopen.", false},
		{"Join the talks, the minister urged, as the newsletter reported.", false},
		{"Order Reprints | Today's Paper | Subscribe", true},
		{"Ports reopen after the storm | Ferries resume their routes", true},
		{"Exports rose. | Imports fell.", false},
		{"The minister said the port would reopen.", false},
	} {
		if got := caption(c.text) || credits(c.text) || linkBar(c.text); got != c.note {
			t.Errorf("%q: note %v, want %v", c.text, got, c.note)
		}
	}
}

// TestPageFurnitureLines: a page's labels and a blog's comment lines are
// furniture, whole or as a label in capitals before a link's headline; a
// headline in capitals that opens with such a word, or a sentence, is not.
func TestPageFurnitureLines(t *testing.T) {
	for line, want := range map[string]bool{
		"READ ALSO Why the harbour closed for a week": true,
		"RELATED Ferries resume their routes":         true,
		"Start the conversation":                      true,
		"No comments:":                                true,
		"Post Comments (Atom)":                        true,
		"Leave a Reply":                               true,
		"Comments are closed.":                        true,
		"LIVE FERRIES RESUME AFTER THE STORM":         false,
		"Read also the minister's letter, she said.":  false,
		"Related ministries met on Monday.":           false,
		// A site's notice of its rights, with its year or the words
		// every such notice prints.
		"Copyright 2024 The Valley Courier":                             true,
		"Harbour Media Group. All rights reserved.":                     true,
		"Copyright law was rewritten in 2019, the ministry said.":       false,
		"Publishers said all rights reserved to authors had been sold.": false,
	} {
		if got := pageFurniture(line); got != want {
			t.Errorf("pageFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestTimeStamps: a line giving a date with its time of day is a page's
// time stamp, whatever label or section runs with it; a sentence that
// names an hour, or a date alone, is not one.
func TestTimeStamps(t *testing.T) {
	for line, want := range map[string]bool{
		"3 May 2024 09:15AM (Updated: 3 May 2024 10:02AM)": true,
		"world Updated: Mar 14, 2021 18:05 GMT":            true,
		"Friday, June 6, 2014; 4:40 PM":                    true,
		"Last modified on Oct 2, 2019 at 7:05 pm":          true,
		"March 3, 2021": false,
		"The ferry left at 9:15 on May 3, 2024, an hour late, and docked at noon with every passenger aboard.": false,
		"Ratio 3:2 agreed":  false,
		"Doors open 19:30.": false,
		"Hong Kong Posted: 9 March 2024 at 7:05 a.m. HKT":                     true,
		"It struck at 14:28 on May 12, 2008.":                                 false,
		"Officials said at 10:30 on Monday, March 4, 2024, the plant closed.": false,
		"province. It struck at 14:28 on May 12, 2008, and it":                false,
		"Alan Goodale wrote on December 24, 2020 at 3:53 am:":                 false,
	} {
		if got := timeStamp(line); got != want {
			t.Errorf("timeStamp(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestTimedSentenceStays: a sentence that gives the minute of the day it
// dates is running text, on a line of its own or inside a hard-wrapped
// paragraph, where the line over it is no title.
func TestTimedSentenceStays(t *testing.T) {
	for _, text := range []string{
		"Quake Anniversary Marked\n\nThe town held a vigil.\n\nIt struck at 14:28 on May 12, 2008.\n\nSchools were rebuilt.\n",
		"Quake Anniversary Marked\n\nThe earthquake in Wenchuan killed thousands in Sichuan\nprovince. It struck at 14:28 on May 12, 2008, and it\nflattened schools across the region.\n",
	} {
		a := &claimx.Article{Text: text}
		Layout(a)
		if a.Title != "Quake Anniversary Marked" {
			t.Errorf("%q: title %q", text, a.Title)
		}
		if got := strings.Join(paragraphs(a), "\n"); !strings.Contains(got, "It struck at 14:28 on May 12, 2008") {
			t.Errorf("%q: the timed sentence is lost: %q", text, got)
		}
	}
}

// TestTimeStampStandsApart: a time stamp printed on the line right over a
// report's first paragraph, or under it, is no part of it.
func TestTimeStampStandsApart(t *testing.T) {
	a := &claimx.Article{Text: "Ports Reopen After the Storm\n\nThe harbour was closed for a week.\n\n4 Jun 2024 08:10AM (Updated: 4 Jun 2024 09:40AM)\nThe ferries run again from Monday, the port said.\nCrews cleared the quays overnight.\n"}
	Layout(a)
	got := paragraphs(a)
	want := []string{" | The harbour was closed for a week.", " | The ferries run again from Monday, the port said.", " | Crews cleared the quays overnight."}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

// TestDateLineStandsApart: a date line under or over a paragraph printed
// as one line stands apart from it, whatever case the page printed it in,
// and is no paragraph; a short line over a date is a source's entry the
// date goes on with, and a sentence that ends on a date keeps it.
func TestDateLineStandsApart(t *testing.T) {
	long := "The harbour council said the ferries would not run again until the quays were cleared, a job it put at a week or more"
	a := &claimx.Article{Text: "Ports Reopen After the Storm\n\nBy Ana Ruiz\nMarch 5, 2024\n\nThe harbour was closed for a week.\nNo ferry left the quay.\n" + long + "\nmarch 4, 2024\nThe ferries run again from Monday, the port said in a notice to the crews who had waited all week long.\nCrews cleared the quays overnight.\n"}
	Layout(a)
	got := paragraphs(a)
	want := []string{" | The harbour was closed for a week.", " | No ferry left the quay.", " | " + long, " | The ferries run again from Monday, the port said in a notice to the crews who had waited all week long.", " | Crews cleared the quays overnight."}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	for _, c := range []struct {
		before, line string
		ends         bool
	}{
		{long, "march 4, 2024", true},
		{long, "4 March 2024", true},
		{"Tuesday, 4 March 2024", long + ".", true},
		{"in a note to the crews of", "4 March 2024", false},
		{long, "about a year later", false},
		{"The ferries ran again on", "March 4, 2024, the port said.", false},
	} {
		if got := lineBreakEndsBlock(c.before, c.line, false); got != c.ends {
			t.Errorf("lineBreakEndsBlock(%q, %q) = %v, want %v", c.before, c.line, got, c.ends)
		}
	}
}

// TestPatternPrefilters: the plain checks asked before breadcrumb,
// relativeTime and trailingMarkers hold on every line the patterns match,
// and spare the patterns a sentence's colon, slash or full stop.
func TestPatternPrefilters(t *testing.T) {
	for _, line := range []string{
		"Home | World | Asia", "News > Politics", "Home >> Economy", "Markets » Asia", "Home›",
		"Opinion • Trade", "Home / Business / Economy", "Home : Media : Recent Publications", "Harbour Network> Latest News> Detail",
		"Updated 2 hours ago", "5 min read", "12 minutes", "Posted: 3 days ago",
		"The envoy said: talks resume at 10:30 on 2/3 of the agenda.",
		"Ports closed, a spokesman said. [3] [14]", "Ports closed.[2]", "Ports closed [1234]",
		"Ports reopened in 2021 [note]", "[5]", "",
	} {
		if breadcrumb.MatchString(line) && !trailMark(line) {
			t.Errorf("%q: breadcrumb matches without a trail mark", line)
		}
		if relativeTime.MatchString(line) && !endsOnLetter(line) {
			t.Errorf("%q: relativeTime matches a line not ending on a letter", line)
		}
	}
	if trailMark("The envoy said: talks resume at 10:30 on 2/3 of the agenda.") {
		t.Error("a sentence's colon and slash read as a trail's mark")
	}
	for line, want := range map[string]bool{
		"Ports closed, a spokesman said. [3] [14]": true,
		"Ports closed.[2]":                         true,
		"Ports closed [1234]":                      false,
		"Ports closed [1]":                         false,
		"Ports closed in 2021 (Reuters)":           false,
		"Ports closed. [2] ":                       true,
	} {
		if got := endsSentence(line); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestHasWords: hasWords counts words as strings.Fields splits them.
func TestHasWords(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " two  words ", "tabs\tand\nlines\u00a0and a no-break space", "\u2003wide\u2003spaces\u2003"} {
		n := len(strings.Fields(s))
		if !hasWords(s, n) || hasWords(s, n+1) {
			t.Errorf("%q: hasWords disagrees with the %d fields", s, n)
		}
	}
}

// TestBodyFurniture: among an article's paragraphs a page's label makes a
// short line the page's only before a list, a name or a link's title; a
// sentence a label opens, or a sentence that names a list's label or says
// "all rights reserved", is the article's.
func TestBodyFurniture(t *testing.T) {
	for line, want := range map[string]bool{
		"Tags: ferries, harbour, storms":                           true,
		"Category: Shipping":                                       true,
		"Filed under Ports, Shipping":                              true,
		"Related: Ferry Talks Resume After the Storm":              true,
		"Video: Ana Ruiz":                                          true,
		"Copyright 2024 The Harbour Courier. All rights reserved.": true,
		"Harbour Media Group. All rights reserved.":                true,
		"All rights reserved.":                                     true,
		"View Comments":                                            true,
		// Near misses: sentences.
		"Exclusive: the ministry plans to close two of the city's ports.":  false,
		"Update: the first ferry left the harbour at noon on Wednesday.":   false,
		"Note: the figures exclude cargo carried by rail.":                 false,
		"Watch: the mayor says ferries will run again by June.":            false,
		"Map: where the new rail line will cross the river":                false,
		"Issue by issue, where do the two candidates really stand?":        false,
		"Topics we cover include shipping and ports":                       false,
		"Category winners were named by the jury on Friday!":               false,
		"The studio said all rights reserved under the deal stay with it.": false,
		"Publishers said all rights reserved to authors had been sold.":    false,
		"Section heads met the mayor on Monday":                            false,
	} {
		if got := bodyFurniture(line); got != want {
			t.Errorf("bodyFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}
