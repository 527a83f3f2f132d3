package input

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestHeaderAsRealTextPrintsIt covers the header shapes of published
// texts: furniture around the title, dates and by-lines in one block with
// it, pipes, a date only in the title, a title with nothing else.
func TestHeaderAsRealTextPrintsIt(t *testing.T) {
	body := "The ministry said on Tuesday that talks would resume next month in Geneva.\n"
	tests := []struct {
		name, text string
		title      string
		authors    []string
		published  string
		first      string // the first paragraph
	}{
		{"title and time stamp in one block",
			"Statement on the Fishing Dispute\n2021/10/14 11:00\n\n" + body,
			"Statement on the Fishing Dispute", nil, "2021-10-14", body},
		{"skip link, bulleted and labelled dates, a release number",
			"Go to Content\n\nCouncil Urges Calm in the Harbour Strike\n\n  • Date:2019-08-30\n\nDate: August 30, 2019\n\n" + body,
			"Council Urges Calm in the Harbour Strike", nil, "2019-08-30", body},
		{"kicker, breadcrumb, by-line with outlet and time stamp",
			"weekend reads\nHome | World Affairs\n\nPort Talks Stall Again\n\nBy LI NA/OMAR HADDAD | Daily Courier | Updated: 2019-06-18 08:18\n\n" + body,
			"Port Talks Stall Again", []string{"LI NA", "OMAR HADDAD"}, "2019-06-18", body},
		{"language menu, the date only in the title",
			"عربي Español Русский 简体中文\n\nSpokesperson's Regular Press Conference on May 31, 2022\n\n" + body,
			"Spokesperson's Regular Press Conference on May 31, 2022", nil, "2022-05-31", body},
		{"label in capitals, the title twice, hanzi, a ruled-off name, an image credit",
			"THE POLICY GLOSSARY\n\nSocial Credit\n\nSocial Credit\n\n社会信用\n| Ana Ruiz\n\nImage by Tomas Berg, available under a CC license.\n\n" + body,
			"Social Credit", []string{"Ana Ruiz"}, "", body},
		{"a title and nothing else before the running text",
			"Regulator Responds to Blocked News Sites\n\n" + body,
			"Regulator Responds to Blocked News Sites", nil, "", body},
		{"a date opening the first line",
			" date 2022-07-07 Coast Guard Steps Up Patrols\n\n" + body,
			"Coast Guard Steps Up Patrols", nil, "2022-07-07", body},
		{"a caption above the title, lower-case by-line and date, no blank lines",
			"Fishermen wait at the harbour in Keelung on Monday.\nCoast Guard Steps Up Patrols\nby Peter Connolly\nMay 30, 2024\n\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2024-05-30", body},
		{"a long caption in a block of its own, by-line and day-first date",
			"Fishermen wait at the harbour in Keelung on Monday as the boats return with their catch.\n\nCoast Guard Steps Up Patrols\n\nBy Peter Connolly\n\n28 July 2024\n\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2024-07-28", body},
		{"names without By under the title",
			"Coast Guard Steps Up Patrols\nPeter Connolly and Mary Smith\nSept. 12, 2019\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly", "Mary Smith"}, "2019-09-12", body},
		{"a name and role, a British time stamp",
			"Coast Guard Steps Up Patrols\nPeter Connolly, Reporter\nTue 15 Oct 2024 18.00 BST\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2024-10-15", body},
		{"a kicker, a by-line running into its date",
			"Politics\nCoast Guard Steps Up Patrols\nBy Peter Connolly May 30, 2024\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2024-05-30", body},
		{"a breadcrumb, a by-line and date set off by a rule",
			"Home > News > Politics\n\nCoast Guard Steps Up Patrols\n\nBy Peter Connolly | Published: 16/04/2024\n\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2024-04-16", body},
		{"a date above the by-line, posted by",
			"Coast Guard Steps Up Patrols\nSeptember 12, 2019 at 10:30 a.m.\nPosted by Peter Connolly\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2019-09-12", body},
		{"name and role on lines of their own, an ISO time",
			"Coast Guard Steps Up Patrols\nPeter Connolly\nStaff Reporter\n2024-04-16T10:30:00Z\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "2024-04-16", body},
		{"a relative time stamp is no date, a name in capitals",
			"Coast Guard Steps Up Patrols\nUpdated 2 hours ago\nBy PETER CONNOLLY\n" + body,
			"Coast Guard Steps Up Patrols", []string{"PETER CONNOLLY"}, "", body},
		{"a caption with its credit under the title",
			"Coast Guard Steps Up Patrols\nFishermen wait at the harbour. Photo: Ana Ruiz/Reuters\nBy Peter Connolly\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "", body},
		{"a standfirst between the title and the by-line is the article's",
			"Coast Guard Steps Up Patrols\nThe patrols are the first since the boats were seized in March.\nBy Peter Connolly\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "", "The patrols are the first since the boats were seized in March.\n"},
		{"a wire dateline with its date and no year in the text",
			"Coast Guard Steps Up Patrols\n\nTaipei, Sept. 12 (CNA) " + body,
			"Coast Guard Steps Up Patrols", nil, "", body},
		{"a wire dateline dated in the latest year the report names",
			"Coast Guard Steps Up Patrols\n\nTaipei, Sept. 12 (CNA) The boats seized in 2017 and 2019 were returned.\n",
			"Coast Guard Steps Up Patrols", nil, "2019-09-12", "The boats seized in 2017 and 2019 were returned.\n"},
		{"a dated dateline",
			"Feb. 23, 2015 -- " + body,
			"", nil, "2015-02-23", body},
		{"a dated dateline with its weekday and one hyphen, over the lede",
			"Tuesday March 4, 2025 - " + body,
			"", nil, "2025-03-04", body},
		{"a by-line above the title, an initial for a given name",
			"top of page\nM. Taylor Fravel and Ana Ruiz\n\nCoast Guard Steps Up Patrols\n\n" + body,
			"Coast Guard Steps Up Patrols", []string{"M. Taylor Fravel", "Ana Ruiz"}, "", body},
		{"a by-line above the title, an image's caption under it",
			"Ana Ruiz\n\nWhy the Coast Guard Stepped Up Patrols\n\nFishermen at the harbour (港口)\n\n" + body,
			"Why the Coast Guard Stepped Up Patrols", []string{"Ana Ruiz"}, "", body},
		{"a by-line, a note on the author, then the title",
			"Author: Peter Connolly\n\nA correspondent in Taipei since 2015, Peter writes on shipping and the coast guard.\n\nCoast Guard Steps Up Patrols\n\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "", "A correspondent in Taipei since 2015, Peter writes on shipping and the coast guard.\n"},
		{"a by-line, a first paragraph that names no author, a heading: no title",
			"Author: Peter Connolly\n\nThe coast guard sent six more boats to the strait this week, officials said.\n\nMore Boats\n\n" + body,
			"", []string{"Peter Connolly"}, "", "The coast guard sent six more boats to the strait this week, officials said.\n"},
		{"an editor's line with the editors' affiliation",
			"Coast Guard Steps Up Patrols\nEdited by Peter Connolly and Mary L. Smith of the Harbour Institute\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly", "Mary L. Smith"}, "", body},
		{"a writer's line before an editor's",
			"Coast Guard Steps Up Patrols\nWritten by Peter Connolly\nEdited by Mary Smith\n" + body,
			"Coast Guard Steps Up Patrols", []string{"Peter Connolly"}, "", body},
		{"skip links and a label above the title, a caption under it",
			"Accessibility links\n\nBreaking News\n\nCoast Guard Steps Up Patrols\n\nBoats at the harbour in Keelung on Monday, Feb. 24, 2020.\n\n" + body,
			"Coast Guard Steps Up Patrols", nil, "", "Boats at the harbour in Keelung on Monday, Feb. 24, 2020.\n"},
		{"a field line after the title",
			"The Work Department at Home and Abroad\n\nPublication: Policy Brief Volume: 17 Issue: 9\n\n" + body,
			"The Work Department at Home and Abroad", nil, "", body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, strings.TrimSuffix(tt.first, "\n"))
		})
	}
}

// checkHeader reads text as an article and checks the header it finds and
// how its first paragraph opens.
func checkHeader(t *testing.T, text, title string, authors []string, published, first string) {
	t.Helper()
	a := Article("test.txt", []byte(text), nil)
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if a.Title != title || !reflect.DeepEqual(a.Authors, authors) || date(a.Published) != published {
		t.Errorf("%q:\ngot title %q authors %q published %q\nwant title %q authors %q published %q",
			text, a.Title, a.Authors, date(a.Published), title, authors, published)
	}
	if got := paragraphs(a); len(got) == 0 || !strings.HasPrefix(got[0], " | "+first) {
		t.Errorf("%q: first paragraph %q, want it to open %q", text, got, first)
	}
}

// Lines that are no sentence may stand between a title and the running
// text (a listing page's first entry's heading, a standfirst without a full
// stop) and are no part of it; under three of them the first line is
// still the title, though the last heads the paragraph.
func TestTitleOverAHeading(t *testing.T) {
	body := "The ministry said on Tuesday that talks would resume next month in Geneva.\n"
	for _, tc := range []struct{ text, title, first string }{
		{"Recent Reports on the Strait\n\nFerry Routes Reopen After the Storm\n\n" + body,
			"Recent Reports on the Strait", " | " + body},
		{"Ferry routes reopen after the storm\nOperators add sailings as the strait calms and the ports clear\n\nAfter the Storm\n\n" + body,
			"Ferry routes reopen after the storm", " | " + body},
		{"Recent Reports on the Strait\n\nFerry Routes Reopen\n\nAfter the Storm\n\nAt the Ports\n\n" + body,
			"Recent Reports on the Strait", "At the Ports | " + body},
	} {
		a := Article("test.txt", []byte(tc.text), nil)
		if got := paragraphs(a); a.Title != tc.title || len(got) == 0 || got[0]+"\n" != tc.first {
			t.Errorf("%q: title %q, paragraphs %q; want %q, %q", tc.text, a.Title, got, tc.title, tc.first)
		}
	}
}

// TestFurnitureAndLines covers what a page copied as text holds besides
// its paragraphs: a paragraph a line, captions ending in a credit, a
// signed sign-off, a wire dateline, and a last sentence cut off.
func TestFurnitureAndLines(t *testing.T) {
	text := "Port Deal Signed in Colombo\n" +
		"BEIJING, Dec. 10 (Xinhua) -- The two sides signed the lease on Tuesday after a year of talks.\n" +
		"Cranes at the southern terminal at dusk. (Source: Harbour Daily)\n" +
		"[Photo/IC]\n" +
		"Second Phase Delayed\n" +
		"Officials said the second phase would wait until the loans were settled with the lenders in Beijing.\n" +
		"— Maria Santos\n" +
		"Taipei, Sept. 12 (CNA) - Taiwan's council said it would watch the terminal closely.\n" +
		"MANILA —  The deal drew no comment in Manila.\n\n" +
		"A new bill would require carriers to store metadata.\nSource: Supplied\n\n" +
		".\n\n" +
		"The lenders have not yet said whether the terms of the"
	a := Article("test.txt", []byte(text), nil)
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	want := []string{
		" | The two sides signed the lease on Tuesday after a year of talks.",
		"Second Phase Delayed | Officials said the second phase would wait until the loans were settled with the lenders in Beijing.",
		"Second Phase Delayed | Taiwan's council said it would watch the terminal closely.",
		"Second Phase Delayed | The deal drew no comment in Manila.",
		"Second Phase Delayed | The lenders have not yet said whether the terms of the",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	if a.Title != "Port Deal Signed in Colombo" {
		t.Errorf("title %q", a.Title)
	}
}

// TestCapitalLabels: a line in capitals heads a section when it reads as
// a heading, and is a label of no section when it does not; a sentence in
// capitals is running text.
func TestCapitalLabels(t *testing.T) {
	text := "Port Talks Stall\n\nThe ministry said the talks would resume in Geneva next month.\n\n" +
		"KEY FINDINGS\n\nHARBOUR-COLOMBO-PORT TALKS (LK)\n\nFishermen said they had heard such promises before.\n\n" +
		"WE WILL NOT LEAVE THE HARBOUR, THE FISHERMEN SAID.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The ministry said the talks would resume in Geneva next month.",
		"KEY FINDINGS | Fishermen said they had heard such promises before.",
		"KEY FINDINGS | WE WILL NOT LEAVE THE HARBOUR, THE FISHERMEN SAID.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestCreditsAndAuthorNotes: a reporting credit anywhere and a note on
// the author at the end are no claims.
func TestCreditsAndAuthorNotes(t *testing.T) {
	text := "Port Talks Stall\n\nBy Ana Ruiz\n\nThe ministry said the talks would resume in Geneva next month.\n\n" +
		"Heba Habib contributed to this report.\n\nFishermen said they had heard such promises before.\n\n" +
		"The premier waves at the port on March 18. (Thomas Berg/AFP/Getty Images)\n\n" +
		"Follow her on Twitter @anaruiz or email her at ana@example.org\n\n" +
		"Reporting by Lin Wei; Editing by Tom Hogue\n\nAna Ruiz covers trade for the paper.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{" | The ministry said the talks would resume in Geneva next month.", " | Fishermen said they had heard such promises before."}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestPictureFieldsInTheBody: a page copied as text keeps its picture's
// fields between paragraphs, its source and its caption under a label
// ("Image source, …", "Image caption,"): none is a claim.
func TestPictureFieldsInTheBody(t *testing.T) {
	text := "Port Talks Stall\n\nBy Ana Ruiz\n\nThe ministry said the talks would resume in Geneva next month.\n\n" +
		"Image source, Harbour Photo Agency\nImage caption,\nCranes stand idle at the northern terminal\n\n" +
		"Fishermen said they had heard such promises before.\n\nPhoto caption:\n\nA ferry leaves the harbour at dusk.\n\nThe talks resume in May.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{" | The ministry said the talks would resume in Geneva next month.", " | Fishermen said they had heard such promises before.", " | The talks resume in May."}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestHardWrappedLinesStayOneParagraph: a line break inside a sentence,
// or before a line in lower case, joins the lines.
func TestHardWrappedLinesStayOneParagraph(t *testing.T) {
	text := "The commission announced the\nDismissal of six officials on Monday, and the\nministry followed. Nobody\nobjected.\n"
	a := Article("test.txt", []byte(text), nil)
	if got := paragraphs(a); len(got) != 1 {
		t.Errorf("paragraphs %q, want one", got)
	}
}

func TestHeadingOpensOnAQuote(t *testing.T) {
	text := "The elders met on Friday to decide what should be done about the whales.\n\n‘Unprecedented’ Strandings\n\nFour pods came ashore in a week, the most anyone could remember.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{" | The elders met on Friday to decide what should be done about the whales.", "‘Unprecedented’ Strandings | Four pods came ashore in a week, the most anyone could remember."}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

func TestQuotationWithCueIsNoHeading(t *testing.T) {
	text := "The elders met on Friday to decide what should be done about the whales.\n\n“Yes,” he said\n\nFour pods came ashore in a week.\n"
	a := Article("test.txt", []byte(text), nil)
	if got := paragraphs(a); len(got) != 3 || got[1] != " | “Yes,” he said" {
		t.Errorf("paragraphs %q", got)
	}
}

// TestFurnitureHeadings: a page's labels, time stamps and scores are no
// sections, and its prices no paragraphs; the paragraphs under them stay in
// the section before.
func TestFurnitureHeadings(t *testing.T) {
	text := "The ministry said the talks would resume in Geneva next month.\n\nPhoto\n\nFishermen said they had heard such promises before.\n\n" +
		"87\n\nfrom $610.00\n\n$7/month\n\nGallery: The Harbour | 14 Photos\n\n" +
		"Related: Talks Stall Again\n\nThe boats went out anyway on Monday morning.\n\n22 Dec, 2016\n\nPrices fell.\n\n" +
		"The Crackdown of June 4, 1989\n\nThe square was cleared overnight.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The ministry said the talks would resume in Geneva next month.",
		" | Fishermen said they had heard such promises before.",
		" | The boats went out anyway on Monday morning.",
		" | Prices fell.",
		"The Crackdown of June 4, 1989 | The square was cleared overnight.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestDatelines: the datelines of wire reports and the date they give,
// and the day a page's address gives.
func TestDatelines(t *testing.T) {
	for _, tt := range []struct {
		text   string
		length int
		date   string
		year   int
		day    string
	}{
		{"BEIJING, Dec. 10 (Xinhua) -- The two sides", 29, "Dec. 10", 2023, "2023-12-10"},
		{"Taipei, Sept. 12 (CNA) The ministry", 23, "Sept. 12", 2019, "2019-09-12"},
		{"Taipei, Sept. 12 (CNA) The ministry", 23, "Sept. 12", 0, ""},
		{"MANILA, Philippines (AP) — The deal", 29, "", 2024, ""},
		{"Feb. 23, 2015 -- Life-threatening allergies", 17, "Feb. 23, 2015", 0, "2015-02-23"},
		{"Thursday September 6, 2018 - The president left", 29, "September 6, 2018", 0, "2018-09-06"},
		{"2018 August 10 – The committee met", 19, "2018 August 10", 0, "2018-08-10"},
		{"(Harbour City) — The talks", 19, "", 2024, ""},
		{"(The talks resumed) on Monday", 0, "", 2024, ""},
		{"CAIRO, Mar 4, 2021, MENA. The talks", 26, "Mar 4, 2021", 0, "2021-03-04"},
		{"Keelung, Jul 3, NHK. The boats", 21, "Jul 3", 2022, "2022-07-03"},
		{"CAIRO, Egypt, MENA. The talks", 0, "", 2024, ""},
		{"LAGOS, (Harbour News) – The talks", 26, "", 2024, ""},
		{"SEOUL/BEIJING, March 27 (Harbour) -- The talks", 37, "March 27", 2018, "2018-03-27"},
		{"BEIJING (Harbour) -China’s talks", 19, "", 2024, ""},
		{"PORTLAND (Harbour) -, The talks", 22, "", 2024, ""},
		{"PORTLAND (Harbour Wire / Tide News - 21st June, 2023) The talks", 54, "", 2024, ""},
		{"NATO (North Atlantic Treaty Organization, 1949) The talks", 0, "", 2024, ""},
		{"PORTLAND (Harbour Wire, 2023) the talks", 0, "", 2024, ""},
		{"ACCRA: Ghana’s talks", 7, "", 2024, ""},
		{"LAGOS, May 4 (Harbour):Ghana’s talks", 23, "May 4", 2024, "2024-05-04"},
		{"ACCRA, March 3: The talks", 16, "March 3", 2024, "2024-03-03"},
		{"SPOKESMAN (Harbour): The talks", 0, "", 2024, ""},
		{"UPDATE: The talks", 0, "", 2024, ""},
		{"REPORTER: I have a question about the talks", 0, "", 2024, ""},
		{"DEPUTY HARBOUR MASTER: The talks go on", 0, "", 2024, ""},
		{"NEW DELHI: The talks", 11, "", 2024, ""},
		{"ACCRA - A harbour pilot said", 8, "", 2024, ""},
		{"NEW DELHI - US envoys met", 12, "", 2024, ""},
		{"AFP: Will the ferries run again?", 0, "", 2024, ""},
		{"CCTV: The talks resumed, the minister said", 0, "", 2024, ""},
		{"US-China talks resumed", 0, "", 2024, ""},
		{"Taipei: The talks", 0, "", 2024, ""},
		{"Donald Trump (R) said so", 0, "", 2024, ""},
		{"Beijing said on Monday", 0, "", 2024, ""},
		{"Sputnik - President Lula travels", 10, "", 2024, ""},
		{"MOSCOW, August 22. /TASS/. Russia's talks", 27, "August 22", 2025, "2025-08-22"},
		{"BEIJING, March 3. /Harbour/. The talks", 29, "March 3", 2025, "2025-03-03"},
		{"Reuters — The ministry said", 12, "", 2024, ""},
		{"Xinhua -- Chinese President Xi", 10, "", 2024, ""},
		{"Harbour Club - The members", 0, "", 2024, ""},
		{"Reuters - the agency said", 0, "", 2024, ""},
		{"Lagos, 11 May 2022 (HNA): The talks", 26, "11 May 2022", 0, "2022-05-11"},
		{"Lagos, 11 May 2022: The talks", 0, "", 2024, ""},
		{"Ana Ruiz (Harbour Party): The talks", 0, "", 2024, ""},
		{"Accra (Harbour’s Daily) – The talks", 30, "", 2024, ""},
		{"Sept.9--The talks", 8, "Sept.9", 0, ""},
		{"March 3 — The talks", 12, "March 3", 2024, "2024-03-03"},
		{"Article 3 -- The talks", 0, "", 2024, ""},
		{"March 3 - 5 talks", 0, "", 2024, ""},
		// A place in title case and its date before a dash open a report;
		// before a colon, or with no date, they do not.
		{"Harbour City, March 5, 2024 — The talks", 32, "March 5, 2024", 0, "2024-03-05"},
		{"Lagos, 11 May 2022 - Ghana’s talks", 21, "11 May 2022", 0, "2022-05-11"},
		{"Lagos, March 5 — The talks", 19, "March 5", 2024, "2024-03-05"},
		{"Lagos, Nigeria — The talks", 0, "", 2024, ""},
		// A dateline in title case that names its outlet after the date,
		// before a colon; without the colon, or before lower case, it is
		// a sentence.
		{"Harbour City, March 5, 2024, The Valley Courier: The talks", 49, "March 5, 2024", 0, "2024-03-05"},
		{"Lagos, 11 May 2022, Quay Post: Ghana’s talks", 31, "11 May 2022", 0, "2022-05-11"},
		{"Lagos, March 5, 2024, The Harbour Board said the talks", 0, "", 2024, ""},
		{"Lagos, March 5, 2024, The Harbour Board: talks resumed", 0, "", 2024, ""},
	} {
		n, date := parseDateline(tt.text)
		day, _ := datelineDate(tt.text, func() int { return tt.year })
		if n != tt.length || date != tt.date || (tt.day == "") != day.IsZero() || tt.day != "" && day.Format(time.DateOnly) != tt.day {
			t.Errorf("%q: got %d %q %v, want %d %q %s", tt.text, n, date, day, tt.length, tt.date, tt.day)
		}
	}
	for u, want := range map[string]string{
		"http://www.washingtonpost.com/world/gunmen-storm/2015/03/18/00202e76_story.html": "2015-03-18",
		"https://www.quantamagazine.org/hidden-heroines-of-chaos-20190520/":               "2019-05-20",
		"https://example.org/news/2024-04-16/port-deal":                                   "2024-04-16",
		"https://example.org/2016/05/open-verilog.html":                                   "",
		"https://example.org/article/123456789":                                           "",
	} {
		got, ok := urlDate(u)
		if ok != (want != "") || ok && got.Format(time.DateOnly) != want {
			t.Errorf("urlDate(%q) = %v, want %q", u, got, want)
		}
	}
	if y := reportYear("in 2016 and 2019", "https://example.org/2021/05/x"); y != 2021 {
		t.Errorf("reportYear takes the address's year first: %d", y)
	}
}

// TestFieldLineDate: a line of fields set off by rules gives the date one
// of them holds.
func TestFieldLineDate(t *testing.T) {
	text := "Spokesman Stresses Talks\n\nSource: Wire| 2017-09-13 20:59:02|Editor: Lin\n\nThe spokesman said the talks would resume in Geneva next month, officials confirmed.\n"
	a := Article("test.txt", []byte(text), nil)
	if a.Title != "Spokesman Stresses Talks" || date(a.Published) != "2017-09-13" {
		t.Errorf("got %q %s", a.Title, date(a.Published))
	}
}

// TestCreditAfterRunningText: a credit line after a paragraph of several
// sentences, or after one that quotes or reports speech, credits an image
// the copy left out; the paragraph stays, while a one-sentence caption
// above a credit goes with it.
func TestCreditAfterRunningText(t *testing.T) {
	text := "The council met on Monday to review the harbour plan.\n" +
		"“We support the plan. We will fund its second phase,” the mayor said.\n" +
		"Photo: Ana Ruiz, Harbour Daily\n" +
		"Fishing boats return to the harbour at dawn yesterday.\n" +
		"Photo: Lin Wei, Harbour Daily\n" +
		"Work on the second phase starts in May.\n" +
		"The council has approved the plan's budget, the mayor told reporters.\n" +
		"Photo: AFP\n" +
		"Its members called the plan “overdue.”\n" +
		"Photo: Harbour Daily files\n" +
		"The mayor waves to fishermen at the harbour.\n" +
		"Credit: Ana Ruiz\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The council met on Monday to review the harbour plan.",
		" | “We support the plan. We will fund its second phase,” the mayor said.",
		" | Work on the second phase starts in May.",
		" | The council has approved the plan's budget, the mayor told reporters.",
		" | Its members called the plan “overdue.”",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestHeaderHouseStyles reads the headers of wire, newspaper, think-tank,
// blog and transcript pages as their texts print them: by-lines with and
// without "By", beside a date or an outlet, with a role or an affiliation,
// repeated, over a note on the author; dates with time zones, weekdays,
// dots, labels, time ranges and notes; kickers, subtitles, mastheads, skip
// links, buttons and captions around the headline, which may ask a
// question or open on a wire's tag.
func TestHeaderHouseStyles(t *testing.T) {
	tests := []struct {
		text, title string
		authors     []string
		published   string
		first       string // how the first paragraph opens
	}{
		{"China's exports beat forecasts\nBy Joe Cash and Ellen Zhang\nJuly 12, 2024 2:15 AM GMT+8\nBEIJING, July 12 (Reuters) - China's exports grew 8.6% in June from a year earlier, customs data showed on Friday.\n",
			"China's exports beat forecasts", []string{"Joe Cash", "Ellen Zhang"}, "2024-07-12", "China's exports grew"},
		{"Philippines accuses China of ramming supply boat\nBy JIM GOMEZ\nUpdated 3:14 AM GMT+8, June 18, 2024\nMANILA, Philippines (AP) — The Philippine military said Chinese coast guard vessels rammed a supply boat on Monday.\n",
			"Philippines accuses China of ramming supply boat", []string{"JIM GOMEZ"}, "2024-06-18", "The Philippine military"},
		{"China's economy slows as property crisis deepens\nGrowth of 4.7% in second quarter is lowest in more than a year\nAmy Hawkins Senior China correspondent\nMon 15 Jul 2024 06.12 BST\nChina's economy grew at its slowest pace in more than a year in the second quarter, official data showed on Monday.\n",
			"China's economy slows as property crisis deepens", []string{"Amy Hawkins"}, "2024-07-15", "China's economy grew"},
		{"Beijing's New Export Controls\nPublication: China Brief Volume: 24 Issue: 12\nBy: John Smith\nJune 7, 2024 04:47 PM Age: 2 years\nBeijing has tightened its control over exports of gallium and germanium in the past year, officials said.\n",
			"Beijing's New Export Controls", []string{"John Smith"}, "2024-06-07", "Beijing has"},
		{"Xi's Third Plenum Decision\nWhat the communique says about reform\nBill Bishop\nJul 12, 2024\nThe Third Plenum ended on Thursday with a communique that promised deeper reform of the economy.\n",
			"Xi's Third Plenum Decision", []string{"Bill Bishop"}, "2024-07-12", "The Third Plenum"},
		{"Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on July 12, 2024\n2024-07-12 19:30\nBeijing Youth Daily: The summit ended yesterday in Washington. Do you have any comment on the declaration?\n",
			"Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on July 12, 2024", nil, "2024-07-12", "Beijing Youth Daily"},
		{"Ex-envoy warns on China pressure\nStaff writer, with CNA\nSat, Jul 13, 2024 page 3\nA former envoy to Washington yesterday warned that Beijing would step up pressure on the nation before the elections.\n",
			"Ex-envoy warns on China pressure", nil, "2024-07-13", "A former envoy"},
		{"Vietnam detains blogger\nBy Alex Willemyns for RFA\n2024.07.12\nVietnamese police have detained a blogger who criticized the party's leadership, his family said on Friday.\n",
			"Vietnam detains blogger", []string{"Alex Willemyns"}, "2024-07-12", "Vietnamese police"},
		{"China's Navy Expands Its Reach\nJuly 12, 2024 10:31 AM\nBy Liam Scott\nChina's navy has expanded its reach far beyond its coast in the past decade, analysts said on Friday.\n",
			"China's Navy Expands Its Reach", []string{"Liam Scott"}, "2024-07-12", "China's navy"},
		{"China's Property Slump Spreads\nPublished: 8:00pm, 12 Jul 2024\nThe slump in China's property market has spread to the biggest cities, data released on Friday showed.\n",
			"China's Property Slump Spreads", nil, "2024-07-12", "The slump in"},
		{"China Signals New Support for Economy\nBy Keith Bradsher\nReporting from Beijing\nJuly 12, 2024, 3:01 a.m. ET\nChina's leaders signaled on Friday that they would do more to support the economy, which has slowed sharply.\n",
			"China Signals New Support for Economy", []string{"Keith Bradsher"}, "2024-07-12", "China's leaders"},
		{"Cambodia's Funan Techo Canal Breaks Ground\nBy Sebastian Strangio\nAugust 05, 2024\nCambodia has broken ground on a Chinese-funded canal linking the capital to the coast, officials said.\n",
			"Cambodia's Funan Techo Canal Breaks Ground", []string{"Sebastian Strangio"}, "2024-08-05", "Cambodia has"},
		{"Cambodia's Funan Techo Canal Breaks Ground\nBy Sebastian Strangio and Ana Ruiz | The Diplomat\nAugust 5, 2024\nCambodia has broken ground on a Chinese-funded canal linking the capital to the coast, officials said.\n",
			"Cambodia's Funan Techo Canal Breaks Ground", []string{"Sebastian Strangio", "Ana Ruiz"}, "2024-08-05", "Cambodia has"},
		{"China's EV makers look to Thailand\nKENJI KAWASE, Nikkei staff writer\nJULY 12, 2024 05:00 JST\nChinese automakers are building plants in Thailand as they face tariffs in Europe and the United States, executives said.\n",
			"China's EV makers look to Thailand", []string{"KENJI KAWASE"}, "2024-07-12", "Chinese automakers"},
		{"China's central bank cuts rates\nBy Wang Xintong and Han Wei / Jul 12, 2024 07:34 PM / Economy\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Wang Xintong", "Han Wei"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nBy ZHAO YANRONG in Beijing | chinadaily.com.cn | Updated: 2024-07-12 09:23\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"ZHAO YANRONG"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nFan Yiying\nJul 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Fan Yiying"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nCommentary by Bonny Lin\nPublished July 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Bonny Lin"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\n12 July 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", nil, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nRichard McGregor | 12 July 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Richard McGregor"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nRyan Hass\nJuly 12, 2024\nCommentary\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ryan Hass"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nBy Ana Ruiz, Li Wei and Tom Hogue\nJuly 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz", "Li Wei", "Tom Hogue"}, "2024-07-12", "China's central bank"},
		{"China's central bank cuts rates\nby Ana Ruiz | Harbour Daily\nSept. 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz\nSept. 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nTaipei, Sept. 12 (CNA) China's central bank unexpectedly cut a key short-term interest rate on Friday, in 2024.\n",
			"China's central bank cuts rates", nil, "2024-09-12", "China's central bank"},
		{"People walk past the central bank's headquarters in Beijing on Friday. (Reuters)\nChina's central bank cuts rates\nBy Ana Ruiz\nSeptember 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz\n2024-09-12\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\n\nBy Ana Ruiz and Li Wei\n\nSeptember 12, 2024\n\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz", "Li Wei"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz, Reuters\n12 September 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nReuters\nSeptember 12, 2024 11:05 PM GMT+8\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Reuters"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz\nThursday 12 September 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nBy Ana Ruiz, Senior Correspondent\nSeptember 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz · September 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz — September 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nSeptember 12, 2024 | Ana Ruiz\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz, September 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nPosted on September 12, 2024 by Ana Ruiz\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nBy Ana Ruiz\nPublished Sep 12, 2024 at 11:05 PM EDT\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nBy Ana Ruiz\n12.09.2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nBy Ana Ruiz\nSep 12 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz\nSep 12, 2024 · 5 min read\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nAna Ruiz and Li Wei\nSeptember 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Ana Ruiz", "Li Wei"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nBy Xu Zhiyong\nSeptember 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Xu Zhiyong"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nXu Zhiyong\nSeptember 12, 2024\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Xu Zhiyong"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nSeptember 12, 2024\nXu Zhiyong and Ana Ruiz\nChina's central bank unexpectedly cut a key short-term interest rate on Friday, in a sign of concern about growth.\n",
			"China's central bank cuts rates", []string{"Xu Zhiyong", "Ana Ruiz"}, "2024-09-12", "China's central bank"},
		{"China's central bank cuts rates\nBEIJING, Sept. 12 (Xinhua) -- The bank unexpectedly cut a key short-term interest rate on Friday in 2024.\n",
			"China's central bank cuts rates", nil, "2024-09-12", "The bank"},
		{"The Harbour Herald\n\n\nCoast Guard Steps Up Patrols Near the Strait\n\nBy Park Min-ji\n\nPublished : Sept. 26, 2019 - 16:01\n\n    • Link copied\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Coast Guard Steps Up Patrols Near the Strait", []string{"Park Min-ji"}, "2019-09-26", "The council said"},
		{"1. Skip to content\n  2. Skip to main menu\n\nDecoding the Harbour: Is the council starting a price war over ferries?\n\nLi Na\nJune 14, 2024\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Decoding the Harbour: Is the council starting a price war over ferries?", []string{"Li Na"}, "2024-06-14", "The council said"},
		{"Harbour Notes\n\nNewsletter 12 - July 6, 2020\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Newsletter 12 - July 6, 2020", nil, "2020-07-06", "The council said"},
		{"Ferry Deal a Sword in the Port’s Back\n\nBy Daniel R. Osei\nDaniel R. Osei\nDaniel R. Osei is based in Accra. He covers shipping. Got a tip? Contact him at\nApril 15, 2022Updated: April 15, 2022\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Ferry Deal a Sword in the Port’s Back", []string{"Daniel R. Osei"}, "2022-04-15", "The council said"},
		{" date 2022-08-29 from KOFI MENSAH in Accra, Ghana\n\nACCRA, (Harbour News) – The council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"", []string{"KOFI MENSAH"}, "2022-08-29", "The council said"},
		{"Ferry Talks Resume\n\nBy Ana Ruiz, Harbour Radio regional correspondent and Li Wei, Harbour Radio journalist\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Ferry Talks Resume", []string{"Ana Ruiz", "Li Wei"}, "", "The council said"},
		{"Go to Contents Go to Navigation\n\n(2nd LD) Ferry talks resume after the storm\n\nAll Headlines 17:12 March 27, 2018\n\nSEOUL, March 27 (Harbour) -- The council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"(2nd LD) Ferry talks resume after the storm", nil, "2018-03-27", "The council said"},
		{"Press Conference\n\nPress Conference by the Harbour Minister Osei(08:29-08:36 A.M. January 12, 2016)\n\nPress Conference by the Harbour Minister\nTime & Date: 08:29-08:36 A.M. January 12, 2016\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Press Conference by the Harbour Minister Osei(08:29-08:36 A.M. January 12, 2016)", nil, "2016-01-12", "The council said"},
		{"July 21, 2014, by Editor\n\nFerry Talks Resume\n\nWritten by Daniel Garrett.\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Ferry Talks Resume", []string{"Daniel Garrett"}, "2014-07-21", "The council said"},
		{"Ferry Talks Resume\n\nJoe Osei Harbour Radio Business Writer\nView Comments\n\nACCRA — The council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Ferry Talks Resume", []string{"Joe Osei"}, "", "The council said"},
		{"#Harbour’s #Ferry black hole in #Accra\n\nAn aerial view of the harbour at dusk, with cranes and ferries at the quay.\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"#Harbour’s #Ferry black hole in #Accra", nil, "", "An aerial view"},
		{"23rd Jun 2020 11:06:PM Editorials\nHarbour Sentinel News\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"", nil, "2020-06-23", "The council said"},
		{"Harbour explains its approach to the strike\n\nKOFI ANNAN MENSAH\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Harbour explains its approach to the strike", []string{"KOFI ANNAN MENSAH"}, "", "The council said"},
		{"Despite the strike, ferry sailings persist\n\nRK Osei\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Despite the strike, ferry sailings persist", []string{"RK Osei"}, "", "The council said"},
		{"General News of Friday, 7 June 2013\n\nSource: harbourfm\n\nStop the strike - council warns crews\n\nThe council said on Tuesday that ferry talks would resume next month in the capital, officials said.\n",
			"Stop the strike - council warns crews", nil, "2013-06-07", "The council said"},
	}
	for _, tt := range tests {
		checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
	}
}

// TestShortTitleUnderItsDate: a short title printed under the date is the
// title; an outlet's name there is not.
func TestShortTitleUnderItsDate(t *testing.T) {
	a := Article("test.txt", []byte("16 April 2024\n\nHarbour AI\n\nBy Jane Roe\n\nThe council said on Tuesday that ferry talks would resume next month.\n"), nil)
	if a.Title != "Harbour AI" || !reflect.DeepEqual(a.Authors, []string{"Jane Roe"}) || date(a.Published) != "2024-04-16" {
		t.Errorf("got %q %q %s", a.Title, a.Authors, date(a.Published))
	}
}

// TestDateAmidMarks: a date with a word or two of a page's marks beside it
// (a weekday in brackets, a link, a page count, a name run into it) dates
// the text; a source's name, a label or a lower-case word beside it does
// not.
func TestDateAmidMarks(t *testing.T) {
	body := "The council said on Tuesday that ferry talks would resume next month.\n"
	for _, tt := range []struct{ head, published string }{
		{"2022.03.15 (Tue) Print", "2022-03-15"},
		{"[Pages:12]March 15, 2022", "2022-03-15"},
		{"2022-03-15ZhaoMin", "2022-03-15"},
		{"15 March 2022 ▪ Share", "2022-03-15"},
		{"Reuters 2022-03-15", "2022-03-15"},
	} {
		checkHeader(t, "Ferry Talks to Resume in Spring\n\n"+tt.head+"\n\n"+body, "Ferry Talks to Resume in Spring", nil, tt.published, strings.TrimSuffix(body, "\n"))
	}
	for _, line := range []string{
		"Harbour Gazette, 15 March 2022", "Source: 2022-03-15", "accessed 15 March 2022",
		"Week of March 14, 2022", "Talks Resumed on March 15, 2022", "2022.03.150",
		"Since November 9, 1989", "Until 15 March 2022", "Before March 15, 2022",
	} {
		if d, ok := dateAmidMarks(line); ok {
			t.Errorf("%q: got date %s, want none", line, date(d))
		}
	}
}

// TestNamesOnTheFirstLine: a text whose first line is a name, over a
// course's label, as a student's paper opens, is read like any other (the
// line over the names was once read before the first line).
func TestNamesOnTheFirstLine(t *testing.T) {
	a := Article("paper.txt", []byte("Tom Berg\nGerman 11\nDressed in a grey coat, a trader walked out of the harbour office with his case rolling by his side.\n"), nil)
	if a.Err != nil || len(a.Paragraphs) == 0 {
		t.Fatalf("got error %v, %d paragraphs", a.Err, len(a.Paragraphs))
	}
}

// TestLabelledDateAnywhere: where nothing near the header dates a text, a
// date its label calls the publication's dates it wherever it stands (a
// journal's fields after the abstract, the label on a line of its own
// over the date); a revision's date does not, nor does one whose label
// says only that a date follows ("Date:", "On").
func TestLabelledDateAnywhere(t *testing.T) {
	body := "Ferry Services Across the Eastern Strait\n\nAbstract\n\nThis paper traces the ferry services that crossed the eastern strait between 1950 and 2010 and the councils that ran them. It reads their minutes, their timetables and the letters passengers wrote to them. It finds that the services stopped where the councils could not agree on fares, not where the boats ran empty.\n\nKeywords: ferries, councils, fares, the eastern strait, transport history, local government, records.\n\nThe first services were run by boatmen licensed by the town councils on either shore, and the councils set their fares each spring.\n\n"
	for fields, want := range map[string]string{
		"Published\n\n2013-07-03\n\nSection\n\nArticles\n": "2013-07-03",
		"Date published: 3 July 2013\n":                    "2013-07-03",
		"Last updated: 3 July 2013\n":                      "",
		"Issue\n\n3 July 2013\n":                           "",
		"Date posted\n\n3 July 2013\n":                     "2013-07-03",
		"On 4 June 1989\n":                                 "",
		"Date: 1 October 1949\n":                           "",
		"Time: 14:28, 12 May 2008\n":                       "",
		"First: 12 May 2008\n":                             "",
		"Released: 12 May 2008\n":                          "",
	} {
		after := "\nThe councils kept their own records, and most of them are lost; the few that survive are in the county archive.\n"
		if a := Article("test.txt", []byte(body+fields+after), nil); date(a.Published) != want {
			t.Errorf("%q: published %s, want %q", fields, date(a.Published), want)
		}
	}
}

// TestOneWordOverTheTextIsNoTitle: an excerpt that opens on a section's
// heading of one word ("Background") has no title printed; a headline of
// two words or more is one.
func TestOneWordOverTheTextIsNoTitle(t *testing.T) {
	body := "The ferry services that crossed the eastern strait were run by boatmen licensed by the councils on either shore, and the councils set their fares each spring.\n"
	for head, want := range map[string]string{
		"Background":     "",
		"Ferry Fares":    "Ferry Fares",
		"Ferries Return": "Ferries Return",
	} {
		if a := Article("test.txt", []byte(head+"\n\n"+body), nil); a.Title != want {
			t.Errorf("%q: title %q, want %q", head, a.Title, want)
		}
	}
}

// A page's title bar prints the headline cut short, the breadcrumb perhaps
// glued before it, over the headline itself: the headline is the title.
// A list of topics under its label, over or under the headline, is page
// furniture, never the title.
func TestTitleBarsAndTopicLists(t *testing.T) {
	body := "The port authority said on Monday that crews would return to work after the new contract was signed.\n"
	for _, tc := range []struct{ text, title, first string }{
		{"HomeRegional NewsDock Workers End Their Strike in Mombasa as Talks Res...\n\nDock Workers End Their Strike in Mombasa as Talks Resume\n\n" + body,
			"Dock Workers End Their Strike in Mombasa as Talks Resume", "The port authority"},
		{"Ferry Operators’ Union Accepts the Wage Offer…\n\n- Advertisement -\n\nFerry Operators' Union Accepts the Wage Offer From the Council\n\n" + body,
			"Ferry Operators' Union Accepts the Wage Offer From the Council", "The port authority"},
		{"Harbour Labour Bulletin No. 42\n\nRelated Topics: Shipping; Ports and Harbours; Labour Rights and Unions; Kenya; Tanzania\n\n" + body,
			"Harbour Labour Bulletin No. 42", "The port authority"},
		{"Dock Workers End Their Strike\n\nFiled in: Africa, Shipping, Labour, Markets\n\n" + body,
			"Dock Workers End Their Strike", "The port authority"},
	} {
		checkHeader(t, tc.text, tc.title, nil, "", tc.first)
	}
}
