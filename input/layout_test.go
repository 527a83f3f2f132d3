package input

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// paragraphs returns each paragraph as "section | text", sliced back from the
// article by its code-point span.
func paragraphs(a *claimx.Article) []string {
	runes := []rune(a.Text)
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, p.Section+" | "+string(runes[p.Start:p.End]))
	}
	return out
}

func TestLayout(t *testing.T) {
	tests := []struct {
		name, text string
		title      string
		authors    []string
		published  string
		paras      []string
	}{
		{
			name:  "header, list label, headings, furniture",
			text:  "3 March 2025\n\nGrain Reserves Under Strain\n\nLiu Fang and Peter Okafor\n\nKey Points:\n  • Stocks are low.\n  • Imports rise.\nThe first paragraph follows the list.\n\nA Closer Look\n\nHarvests failed in two provinces.\n\nFrom Aid to “Partnership”\n\n“We will stay.”\n\nWho Pays?\n\nWho pays for it?\n\nNo comments:\n",
			title: "Grain Reserves Under Strain", authors: []string{"Liu Fang", "Peter Okafor"}, published: "2025-03-03",
			paras: []string{"Key Points | • Stocks are low.", "Key Points | • Imports rise.", " | The first paragraph follows the list.", "A Closer Look | Harvests failed in two provinces.", "From Aid to “Partnership” | “We will stay.”", "Who Pays? | Who pays for it?"},
		},
		{
			name:  "a known city in title case and a colon opens the first paragraph as its dateline, a list's label further down",
			text:  "Nairobi: The port authority said on Monday that the quays would reopen in June.\n\nMombasa: The ministry welcomed the news.\n\nLagos: “We are ready,” the harbour master said.\n",
			paras: []string{" | The port authority said on Monday that the quays would reopen in June.", " | Mombasa: The ministry welcomed the news.", " | Lagos: “We are ready,” the harbour master said."},
		},
		{
			name: "a known city in title case and a dash opens the first paragraph of prose as its dateline; further down only one run into a function word",
			text: "Harbour Notes\n\n" +
				"Nairobi - Port officials said on Monday that the quays would reopen in June.\n\n" +
				"Mombasa – Fishermen welcomed the news.\n\nLagos-The ministry said nothing.\n\nLagos-Accra flights resume in May.\n",
			title: "Harbour Notes",
			paras: []string{" | Port officials said on Monday that the quays would reopen in June.", " | Mombasa – Fishermen welcomed the news.",
				" | The ministry said nothing.", " | Lagos-Accra flights resume in May."},
		},
		{
			name:  "a state, a pair of places or a title after a place and a dash is no dateline",
			text:  "Kenya - A Country at the Crossroads, the report says, is ready.\n\n",
			paras: []string{" | Kenya - A Country at the Crossroads, the report says, is ready."},
		},
		{
			name:  "a pair of places set apart by a dash is no dateline",
			text:  "Nairobi – Mombasa trains were cancelled on Monday.\n\n",
			paras: []string{" | Nairobi – Mombasa trains were cancelled on Monday."},
		},
		{
			name:  "a chronology's dated entries keep their dates",
			text:  "Quota talks timeline\n\nMarch 3 -- The fisheries office announces a new quota.\n\nMarch 9 — Crews strike at the port.\n\n3 April — The minister meets the union.\n\nSept. 9 — Talks collapse.\n",
			title: "Quota talks timeline",
			paras: []string{" | March 3 -- The fisheries office announces a new quota.", " | March 9 — Crews strike at the port.", " | 3 April — The minister meets the union.", " | Sept. 9 — Talks collapse."},
		},
		{
			name:  "a date alone opens a report's first paragraph only",
			text:  "Quota talks collapse\n\nMarch 3 — The fisheries office announced a new quota on Tuesday.\n\nThe union said it would strike.\n\nApril 14 — The minister met the union, which walked out.\n",
			title: "Quota talks collapse",
			paras: []string{" | The fisheries office announced a new quota on Tuesday.", " | The union said it would strike.", " | April 14 — The minister met the union, which walked out."},
		},
		{
			name:  "arrows opening a list's points are no notes",
			text:  "The port handled more cargo this year than last, the harbour board said on Monday.\n\n↑ Exports rose 5% on the year.\n\n↑ Imports fell for a second year.\n",
			paras: []string{" | The port handled more cargo this year than last, the harbour board said on Monday.", " | ↑ Exports rose 5% on the year.", " | ↑ Imports fell for a second year."},
		},
		{
			name:  "a wiki's numbered notes are back matter whatever they say",
			text:  "The harbour board was set up in 1921.[1] It met twice a year.[2]\n\nReferences\n\n  1. ^ Tide Weekly, 12 August 2022.\n  2. ^ See the board's minutes for 1922.\n",
			paras: []string{" | The harbour board was set up in 1921.[1] It met twice a year.[2]"},
		},
		{
			name:  "a wiki's notes without their numbers are back matter",
			text:  "The harbour board was set up in 1921.[1] It met twice a year.[2]\n\n^ \"Harbour Board\". Tide Weekly. Retrieved 2022-08-12.\n\n^ Ruiz, Ana (2021-11-16). Quays. Harbour Daily.\n",
			paras: []string{" | The harbour board was set up in 1921.[1] It met twice a year.[2]"},
		},
		{
			name: "a wiki's notes closing the text are back matter",
			text: "The harbour board was set up in 1921.[1] It met twice a year.[2]\n\nSee also\n\n" +
				"  1. ^ a b \"Harbour Board\". Tide Weekly. Retrieved 2022-08-12.\n  2. ^ Ruiz, Ana (2021-11-16). \"Quays\". Harbour Daily. Retrieved 2022-08-12.\n",
			paras: []string{" | The harbour board was set up in 1921.[1] It met twice a year.[2]"},
		},
		{
			name:  "a bullet with nothing after it holds nothing, not even the item above",
			text:  "The ministry published its rule on Monday after a long delay.\n\nThe rule lists three ports:\n\n  • Harbour City;\n  • Tide Bay; and\n  • \n\nEach keeps its quays.\n",
			paras: []string{" | The ministry published its rule on Monday after a long delay.", " | The rule lists three ports:", " | • Harbour City;", " | • Tide Bay; and", " | Each keeps its quays."},
		},
		{
			name:  "a page's word set off by dashes is no list item",
			text:  "The port reopened on Monday after the strike ended.\n\n- Advertisement -\n\n– Advertisement –\n\nThe crews went back to work at dawn.\n",
			paras: []string{" | The port reopened on Monday after the strike ended.", " | The crews went back to work at dawn."},
		},
		{
			name:  "a name in title case and a colon opening the text is no dateline",
			text:  "Ruiz: The port authority said on Monday that the quays would reopen in June.\n\nThe ministry welcomed the news.\n",
			paras: []string{" | Ruiz: The port authority said on Monday that the quays would reopen in June.", " | The ministry welcomed the news."},
		},
		{
			name:  "numbered items keep their numbers",
			text:  "Exports fell in May.\n\n1. Steel output dropped.\n2) Coal output rose.\n\nMills closed early.\n",
			paras: []string{" | Exports fell in May.", " | 1. Steel output dropped.", " | 2) Coal output rose.", " | Mills closed early."},
		},
		{
			name:  "a numbered line standing alone is a heading",
			text:  "Exports fell in May.\n\n1. Why steel output dropped\n\nMills closed early.\n",
			paras: []string{" | Exports fell in May.", "Why steel output dropped | Mills closed early."},
		},
		{
			name: "numbered labels over running text head sections, a numbered list's last item does not",
			text: "Exports fell in May.\n\n" +
				"1. Background\nSteel mills in the north had run at half capacity since the spring floods.\n" +
				"2. What the ministry plans\n1. Quotas for the smaller mills\nThe ministry will cap output at each of the smaller mills from July onwards.\n\n" +
				"The ministry lists three measures for the mills:\n1. Lower tariffs\n2. Cheaper loans\n3. Fewer permits\nEach of them needs the approval of the provincial council first.\n",
			paras: []string{" | Exports fell in May.", "Background | Steel mills in the north had run at half capacity since the spring floods.",
				"Quotas for the smaller mills | The ministry will cap output at each of the smaller mills from July onwards.",
				"Quotas for the smaller mills | The ministry lists three measures for the mills:", "Quotas for the smaller mills | 1. Lower tariffs", "Quotas for the smaller mills | 2. Cheaper loans",
				"Quotas for the smaller mills | 3. Fewer permits", "Quotas for the smaller mills | Each of them needs the approval of the provincial council first."},
		},
		{
			name:  "one author a line",
			text:  "2 May 2024\n\nSteel Overcapacity Returns\n\nAmira Haddad\nJonas Weber\n\nMills kept running.\n",
			title: "Steel Overcapacity Returns", authors: []string{"Amira Haddad", "Jonas Weber"}, published: "2024-05-02",
			paras: []string{" | Mills kept running."},
		},
		{
			name:  "american date and by-line, wrapped paragraph, CRLF",
			text:  "January 9, 2024\r\n\r\nA Quiet Purge\r\n\r\nBy Mei Lin Tan\r\n\r\nThe commission announced\r\nsix dismissals on Monday.\r\n",
			title: "A Quiet Purge", authors: []string{"Mei Lin Tan"}, published: "2024-01-09",
			paras: []string{" | The commission announced\nsix dismissals on Monday."},
		},
		{
			name:  "no header at all",
			text:  "Exports fell in May. Economists were not surprised.\n\nImports held up.",
			paras: []string{" | Exports fell in May. Economists were not surprised.", " | Imports held up."},
		},
		{
			name:  "weekday and label on the date line",
			text:  "Published: Tuesday, 16 April 2024\n\nWater Politics on the Mekong\n\nBy Somchai Rattanakorn\n\nDams upstream change the river.\n",
			title: "Water Politics on the Mekong", authors: []string{"Somchai Rattanakorn"}, published: "2024-04-16",
			paras: []string{" | Dams upstream change the river."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article("test", []byte(tt.text), nil)
			if a.Err != nil {
				t.Fatal(a.Err)
			}
			if a.Title != tt.title || !reflect.DeepEqual(a.Authors, tt.authors) {
				t.Errorf("title %q authors %q, want %q %q", a.Title, a.Authors, tt.title, tt.authors)
			}
			if got := date(a.Published); got != tt.published {
				t.Errorf("published %q, want %q", got, tt.published)
			}
			if got := paragraphs(a); !reflect.DeepEqual(got, tt.paras) {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.paras)
			}
		})
	}
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func TestMarkdownArticle(t *testing.T) {
	a := ReadFile("testdata/markdown.md", MaxBytes)
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if a.Title != "Ports, Power and the Polar Silk Road" || date(a.Published) != "2025-02-03" ||
		!reflect.DeepEqual(a.Authors, []string{"Ingrid Solberg", "Tomás Reyes"}) {
		t.Errorf("metadata: %q %q %v", a.Title, a.Authors, a.Published)
	}
	want := []string{
		"Why the Arctic | Shipping lanes are opening. Chinese firms have noticed.",
		"Why the Arctic | Insurers list two worries for the route:",
		"Why the Arctic | - Icebreakers are in short supply.",
		"Why the Arctic | - Charts are out of date.",
		"Outlook | The route will stay seasonal for a decade.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

func TestSidecarMetadata(t *testing.T) {
	a := ReadFile("testdata/sidecar.txt", MaxBytes)
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if date(a.Published) != "2023-11-30" || a.Title != "Lithium Deals in the Andes (feed title)" || a.URL != "https://example.org/lithium" {
		t.Errorf("sidecar not applied: %q %v %q", a.Title, a.Published, a.URL)
	}
	// Without date or author the first line is a heading, not a title.
	if got := paragraphs(a); len(got) != 1 || !strings.HasPrefix(got[0], "Lithium Deals in the Andes | ") {
		t.Errorf("paragraphs %q", got)
	}
}

func TestDecodeRefusesWhatIsNotText(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE, 'H', 0, 'i', 0, '.', 0}
	if text, err := Decode(utf16); err != nil || text != "Hi." {
		t.Errorf("UTF-16 with BOM: %q %v", text, err)
	}
	if text, err := Decode([]byte("\xEF\xBB\xBFA\r\nB\rC")); err != nil || text != "A\nB\nC" {
		t.Errorf("BOM and line endings: %q %v", text, err)
	}
	for name, raw := range map[string][]byte{
		"empty":   {},
		"spaces":  []byte(" \n\t "),
		"nul":     []byte("abc\x00def"),
		"invalid": []byte("caf\xe9 au lait"),
	} {
		if _, err := Decode(raw); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

func TestArticleErrorNamesTheSource(t *testing.T) {
	a := Article("feeds/bad.txt", []byte("caf\xe9\xfd"), nil)
	if a.Err == nil || !strings.Contains(a.Err.Error(), "feeds/bad.txt") {
		t.Errorf("error %v does not name the file", a.Err)
	}
}

func TestParseDateLine(t *testing.T) {
	for line, want := range map[string]string{
		"16 April 2024":                                "2024-04-16",
		"April 16, 2024":                               "2024-04-16",
		"Tuesday, April 16, 2024":                      "2024-04-16",
		"Published: 16th April 2024":                   "2024-04-16",
		"April 16th, 2024 at 10:30 AM ET":              "2024-04-16",
		"Sept. 3, 2023 · 14:05":                        "2023-09-03",
		"2024-04-16":                                   "2024-04-16",
		"Updated Jan 5 2025 | 9:00 pm":                 "2025-01-05",
		"April 2024":                                   "",
		"In April 16 people met":                       "",
		"2024-04-16T10:30:00Z":                         "2024-04-16",
		"16/04/2024":                                   "2024-04-16",
		"Tue 15 Oct 2024 18.00 BST":                    "2024-10-15",
		"2021/10/14 11:00":                             "2021-10-14",
		"• Date:2019-08-30":                            "2019-08-30",
		"Updated 2 hours ago":                          "",
		"Volume 17, Issue 9":                           "",
		"28 July 2024":                                 "2024-07-28",
		"Thursday 30 May 2024":                         "2024-05-30",
		"Published 10:30 AM EDT, Thu May 30, 2024":     "2024-05-30",
		"First published on Tue 15 Oct 2024 18.00 BST": "2024-10-15",
		"Last updated on 30 May 2024":                  "2024-05-30",
		"Publication date: 2024-05-30":                 "2024-05-30",
		"Posted: 12/03/2023":                           "2023-03-12",
		"30.05.2024":                                   "2024-05-30",
		"15 October, 2024":                             "2024-10-15",
		"Saturday 20 April 2024 / 10:30 AM":            "2024-04-20",
		"4:15 PM, May 30, 2024":                        "2024-05-30",
		"MAY 30, 2024":                                 "2024-05-30",
		"Mon, 30 May 2024 10:30:00 GMT":                "2024-05-30",
		"2019年8月30日":                                   "2019-08-30",
		"5 min read":                                   "",
		"Published":                                    "",
		"28th of July 2024":                            "2024-07-28",
		"Sunday, 28th of July, 2024":                   "2024-07-28",
		"Posted on the 28th of July 2024":              "2024-07-28",
	} {
		got, ok := parseDateLine(line)
		if ok != (want != "") || (ok && got.Format(time.DateOnly) != want) {
			t.Errorf("parseDateLine(%q) = %v %v, want %q", line, got, ok, want)
		}
	}
}

// TestHeadingsInLineParagraphs: in a page copied one paragraph a line, a
// heading shares no block with the text around it: a line ending in a
// bracketed cross-reference or credit ends its paragraph, and a long
// headline in title case (a digest's item, a related story) heads the
// paragraph under it.
func TestHeadingsInLineParagraphs(t *testing.T) {
	text := "The council met on Monday to review the harbour plan for the coming year. (See Harbour Policy section)\n" +
		"Harbour Policy\n" +
		"Mayor Visits the Southern Terminal and Stresses Speed and Care in Completing the Second Phase of the Harbour Plan\n" +
		"3.14 The mayor toured the southern terminal on Tuesday and met the crews working on the second phase.\n" +
		"The Port Authority and the Fishermen’s Union Offer Starkly Different Views of “Shared Waters”\n" +
		"Both the port authority and the union published their positions in October, weeks before the council’s vote.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The council met on Monday to review the harbour plan for the coming year. (See Harbour Policy section)",
		"Mayor Visits the Southern Terminal and Stresses Speed and Care in Completing the Second Phase of the Harbour Plan | 3.14 The mayor toured the southern terminal on Tuesday and met the crews working on the second phase.",
		"The Port Authority and the Fishermen’s Union Offer Starkly Different Views of “Shared Waters” | Both the port authority and the union published their positions in October, weeks before the council’s vote.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestTurnLabelLines: in a transcript copied with each turn's label on a
// line of its own, the label opens the paragraph of its turn rather than
// heading a section ("Question:", "Minister:", "A:"), where a label of a
// list or a section ("Key Points:") still heads what follows it.
func TestTurnLabelLines(t *testing.T) {
	text := "Press Conference by the Defense Minister\n\n" +
		"Question:\nA news report says that a warship entered the waters near the islands on Sunday. Is this true?\n" +
		"Minister:\nWe are aware of the report. We are monitoring the situation closely and will respond calmly.\n" +
		"A:\nThe ministry has nothing to add to what the minister said at the start of this briefing.\n" +
		"Key Points:\nThe ministry will hold the next briefing on Friday at the usual time in the usual room.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | Question:\nA news report says that a warship entered the waters near the islands on Sunday. Is this true?",
		" | Minister:\nWe are aware of the report. We are monitoring the situation closely and will respond calmly.",
		" | A:\nThe ministry has nothing to add to what the minister said at the start of this briefing.",
		"Key Points | The ministry will hold the next briefing on Friday at the usual time in the usual room.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestDefinitionLists: a list of terms, each a few words and a colon on a
// line of its own right over its definition, numbered or not and glossed
// in brackets or not, reads as one paragraph a term; the line introducing
// the list stays its own. A label set apart from its text by a blank line
// is no term: it heads what follows, as before.
func TestDefinitionLists(t *testing.T) {
	text := "Harbour Renewal Plan\n\n" +
		"The city council set out the plan's aims in a long report to residents on Monday evening.\n" +
		"The plan rests on three pillars:\n" +
		"Open Quays (开放码头, kāifàng mǎtou):\n" +
		"Returning the old wharves to public use, with walkways along the whole waterfront.\n" +
		"Clean Water:\n" +
		"Cutting the discharge of waste into the bay by half within five years of the start.\n" +
		"1. Fair Rents:\n" +
		"Capping the rents of the shops that the council owns along the harbour for a decade.\n" +
		"2. Local Jobs:\n" +
		"Hiring from the harbour districts first for every job the works create over the decade.\n" +
		"Residents may comment on the plan until the end of May, the council said in its notice.\n\n" +
		"More from the council:\n\n" +
		"The next meeting on the harbour will be held in the town hall on the first Monday of June.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The city council set out the plan's aims in a long report to residents on Monday evening.",
		" | The plan rests on three pillars:",
		" | Open Quays (开放码头, kāifàng mǎtou):\nReturning the old wharves to public use, with walkways along the whole waterfront.",
		" | Clean Water:\nCutting the discharge of waste into the bay by half within five years of the start.",
		" | 1. Fair Rents:\nCapping the rents of the shops that the council owns along the harbour for a decade.",
		" | 2. Local Jobs:\nHiring from the harbour districts first for every job the works create over the decade.",
		" | Residents may comment on the plan until the end of May, the council said in its notice.",
		"More from the council | The next meeting on the harbour will be held in the town hall on the first Monday of June.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestLettersAndSignOffs: a newsletter's greeting opens its running text
// on a line of its own and heads nothing; a sign-off names the author the
// header did not, and is no claim; a lettered item is a list item; a
// numbered label over a list of dashes heads it.
func TestLettersAndSignOffs(t *testing.T) {
	text := "Harbour Digest #12: March 2025 Documents\n" +
		"Dear readers,\n" +
		"From this issue on we add two kinds of documents to the digest:\n" +
		"4b. Council Decisions on the Harbour\n" +
		"We translate each decision in full, with the vote that passed it.\n" +
		"- Maria\n" +
		"1. Council Sessions\n" +
		"- The council will meet on April 2 to vote on the second phase.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | Dear readers,",
		" | From this issue on we add two kinds of documents to the digest:",
		" | 4b. Council Decisions on the Harbour",
		" | We translate each decision in full, with the vote that passed it.",
		"Council Sessions | - The council will meet on April 2 to vote on the second phase.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	if a.Title != "Harbour Digest #12: March 2025 Documents" || !reflect.DeepEqual(a.Authors, []string{"Maria"}) {
		t.Errorf("title %q authors %q", a.Title, a.Authors)
	}
	// A by-line in the header wins over a sign-off, which is still no claim.
	a = Article("test.txt", []byte("Port Talks Stall\nBy Ana Ruiz\n\nThe talks will resume in Geneva next month, officials said.\n\n— Li Wei\n"), nil)
	if got := paragraphs(a); !reflect.DeepEqual(a.Authors, []string{"Ana Ruiz"}) || len(got) != 1 {
		t.Errorf("authors %q paragraphs %q", a.Authors, got)
	}
}

// TestWireFurniture: what wire copy prints around its paragraphs is no
// claim: an editor's note in brackets, a caption closed by a bracketed
// agency, a credit line in brackets, the reporting credit in brackets, a
// teaser's "MORE" link before the next story's headline.
func TestWireFurniture(t *testing.T) {
	text := "Ferry Talks Resume After the Storm\n\n" +
		"(ATTN: ADDS details in last 2 paras)\n\n" +
		"ACCRA/LOME, March 27 (Harbour) -- The council said on Tuesday that ferry talks would resume next month.\n\n" +
		"Crews wait at the harbour gate in Accra on March 27, 2018. (Harbour)\n\n" +
		"Officials said the crews had been paid for the weeks they lost.\n\n" +
		"Boats at the quay on Monday.\n[HARBOUR ARCHIVE]\n\n" +
		"(Reporting by Ana Ruiz; Editing by Li Wei)\n\n" +
		"The fees at the southern port rose again in March, the second rise this year, and the crews say they cannot pay... MORE\nPort Fees Rise Again in the South\n" +
		"The council raised the fees at the southern port on Monday for the second time this year, officials said.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The council said on Tuesday that ferry talks would resume next month.",
		" | Officials said the crews had been paid for the weeks they lost.",
		" | The fees at the southern port rose again in March, the second rise this year, and the crews say they cannot pay...",
		"Port Fees Rise Again in the South | The council raised the fees at the southern port on Monday for the second time this year, officials said.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestLabelsAndTitlesOnLinesOfTheirOwn: in a page copied one paragraph a
// line, a transcript's turn label alone on a line stays with its turn's
// words, a short heading or title-block line in title case is no part of
// the line under it, a name alone under a long line signs it, and a last
// line cut off mid-word is a sentence, as is any last line but a page's
// link where the text stops inside it.
func TestLabelsAndTitlesOnLinesOfTheirOwn(t *testing.T) {
	long := "The harbour authority says the second phase of the southern terminal will open in the spring of next year"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a ministry transcript's labels",
			"Press Conference by the Minister\n\nThe minister took questions after the talks in the capital on Monday. She spoke for ten minutes.\n\nQuestion:\nWill the ferry resume? Crews have waited a month.\n\nMinister:\n\nIt will resume on Monday. The crews have been paid.\n\nQuestion:\nWhen was this decided?\nMinister:\nIn May.\n",
			[]string{" | The minister took questions after the talks in the capital on Monday. She spoke for ten minutes.", " | Question:\nWill the ferry resume? Crews have waited a month.", " | Minister:\n\nIt will resume on Monday. The crews have been paid.", " | Question:\nWhen was this decided?", " | Minister:\nIn May."}},
		{"a reporter's label needs no second turn",
			"Harbour Talks Resume\n\nThe minister took questions after the talks on Monday in the capital, as she does every week.\nQ:\nWill the ferry resume?\n",
			[]string{" | The minister took questions after the talks on Monday in the capital, as she does every week.", " | Q:\nWill the ferry resume?"}},
		{"a label printed once heads its section",
			"Harbour Talks Resume\n\nThe ministers met on Monday in the capital and agreed on the second phase of the plan.\nFurther Reading:\n【港口】‘2020年十大港口’, 12/28/2020, with notes on the plan.\n",
			[]string{" | The ministers met on Monday in the capital and agreed on the second phase of the plan.", "Further Reading | 【港口】‘2020年十大港口’, 12/28/2020, with notes on the plan."}},
		{"a title block's lines in title case",
			"Harbour Digest\n\nThe ministers met on Monday in the capital and agreed on the second phase of the plan.\nThe Ports of 2020:\nThe Year's Top Ten\nDecisions of the Harbour Council\nThe council's ten decisions of the year are listed below, each with the vote that passed it.\n",
			[]string{" | The ministers met on Monday in the capital and agreed on the second phase of the plan.", "Decisions of the Harbour Council | The council's ten decisions of the year are listed below, each with the vote that passed it."}},
		{"a name alone signs the long line above it",
			"Harbour Digest\n\nThe ministers met on Monday in the capital and agreed on the second phase of the plan.\n" + long + ", and I encourage you to read the plan\nMaria\nThe council met again on Tuesday and passed the plan with two votes against it.\n",
			[]string{" | The ministers met on Monday in the capital and agreed on the second phase of the plan.", " | " + long + ", and I encourage you to read the plan", "Maria | The council met again on Tuesday and passed the plan with two votes against it."}},
		{"a last line cut off mid-word",
			"Harbour Digest\n\n" + long + ".\nIn footag\n",
			[]string{" | " + long + ".", " | In footag"}},
		{"a text cut inside its last line, in title case",
			"Harbour Digest\n\n" + long + ".\nMs Ru",
			[]string{" | " + long + ".", " | Ms Ru"}},
		{"a text cut inside its last line, one word",
			"Harbour Digest\n\n" + long + ".\n\nDuring",
			[]string{" | " + long + ".", " | During"}},
		{"a last heading line ended by its line break heads nothing",
			"Harbour Digest\n\n" + long + ".\nThe Road Ahead\n",
			[]string{" | " + long + "."}},
		{"page furniture where the text was cut",
			"Harbour Digest\n\n" + long + ".\nPost a Comment",
			[]string{" | " + long + "."}},
	}
	for _, tt := range tests {
		a := Article("test.txt", []byte(tt.text), nil)
		if got := paragraphs(a); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: paragraphs\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestPageLinesOfTheirOwn: in a page copied one paragraph a line, a web
// address or a row of links on a line of its own is no part of the line
// under it, and neither is a claim; nor are a caption pointing at its
// photo, a correction, a print note or a call to sign up.
func TestPageLinesOfTheirOwn(t *testing.T) {
	text := "Ferry Talks Resume After the Storm\n\n" +
		"The council said on Tuesday that ferry talks would resume next month.\n" +
		"https://p.example.com/p/4h2UW\n" +
		"Crews said they had been paid for the weeks they lost.\n" +
		"READ: Ports reopen after the storm | Ferries resume their routes\n" +
		"The Harbour Council meets again in May, officials said.\n" +
		"In this photo dated Tuesday, March 26, 2024 a ferry leaves the harbour in Accra.\n" +
		"Sign up for Harbour Weekly, a newsletter on the shipping trade.\n" +
		"This version corrects the name of the port.\n" +
		"READ ALSO Will the ferries run before the summer?\n" +
		"Harbour pilots went back to work on Friday.\n" +
		"Read the council's full ruling here.\n" +
		"The pilots' union welcomed the deal. Download the agreement here.\n" +
		"This entry was posted in Harbours and tagged ferries, pilots. Bookmark the permalink.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The council said on Tuesday that ferry talks would resume next month.",
		" | Crews said they had been paid for the weeks they lost.",
		" | The Harbour Council meets again in May, officials said.",
		" | Harbour pilots went back to work on Friday.",
		" | The pilots' union welcomed the deal.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestFurnitureLinesAmongParagraphs: the short lines a page prints under
// or among an article's paragraphs, its tags and category, its notice of
// rights, are no claims, a line of their own each, whatever line they
// follow; a sentence opened by such a label, longer than such a line, is
// one.
func TestFurnitureLinesAmongParagraphs(t *testing.T) {
	text := "Ferry Talks Resume After the Storm\n\n" +
		"The council said on Tuesday that ferry talks would resume next month, after a week in which no boat left the harbour.\n" +
		"Tags: ferries, harbour, storms\n" +
		"© Harbour Media Ltd\n" +
		"Crews said they had been paid for the weeks they lost, though the agency that employs them has not said how.\n" +
		"Category: Shipping\n" +
		"Note: the figures exclude cargo carried by rail.\n" +
		"The studio said all rights reserved under the deal stay with it.\n" +
		"Breaking: the council has now confirmed that the first ferry will leave on Monday morning as planned.\n" +
		"Copyright 2024 The Harbour Courier. All rights reserved.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The council said on Tuesday that ferry talks would resume next month, after a week in which no boat left the harbour.",
		" | Crews said they had been paid for the weeks they lost, though the agency that employs them has not said how.",
		" | Note: the figures exclude cargo carried by rail.",
		" | The studio said all rights reserved under the deal stay with it.",
		" | Breaking: the council has now confirmed that the first ferry will leave on Monday morning as planned.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestShapedBulletsOpenItems: a line opened by one of the shapes a page
// prints for a bullet ("●", "◾", "►") is a list item of its own, its mark
// kept, even under a line that introduces the list with a colon, as a line
// opened by "•" is.
func TestShapedBulletsOpenItems(t *testing.T) {
	text := "Ferry Talks Resume After the Storm\n\nBy Ana Ruiz\n\n" +
		"The harbour council said on Tuesday that ferry talks would resume next month.\n\n" +
		"The crews went back to the harbour on Monday. The council listed what they found on their first day back:\n" +
		"● At the northern quay, two cranes had lost their cabs. A third leaned over the water.\n" +
		"◾ The southern berths were clear.\n" +
		"► In the old harbour, the pilots' boats were sunk at their moorings.\n" +
		"The council said repairs would take a month.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The harbour council said on Tuesday that ferry talks would resume next month.",
		" | The crews went back to the harbour on Monday. The council listed what they found on their first day back:",
		" | ● At the northern quay, two cranes had lost their cabs. A third leaned over the water.",
		" | ◾ The southern berths were clear.",
		" | ► In the old harbour, the pilots' boats were sunk at their moorings.",
		" | The council said repairs would take a month.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestReleaseEndMark: the mark a press release prints under its last
// paragraph ("Ends", "ENDS", "- ends -") is no sentence; the notes after
// it stay.
func TestReleaseEndMark(t *testing.T) {
	for _, mark := range []string{"Ends", "ENDS", "- ends -"} {
		text := "Harbour Board Names New Chair\n\n" +
			"The harbour board on Monday named Ana Ruiz its chair, the first woman to lead it in its hundred years.\n\n" +
			"“The quays are the town’s living,” Ruiz said on taking the post.\n\n" +
			mark + "\n\n" +
			"The board was founded in 1921 and runs the town's three quays and its ferry routes.\n"
		a := Article("test.txt", []byte(text), nil)
		want := []string{
			" | The harbour board on Monday named Ana Ruiz its chair, the first woman to lead it in its hundred years.",
			" | “The quays are the town’s living,” Ruiz said on taking the post.",
			" | The board was founded in 1921 and runs the town's three quays and its ferry routes.",
		}
		if got := paragraphs(a); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: paragraphs\n got %q\nwant %q", mark, got, want)
		}
	}
}

// TestStoryListsCloseTheArticle: the label of a page's list of other
// stories on a line of its own under most of the running text ("Most
// Read", "Featured") opens the page's sidebars, and the teasers under it,
// full sentences or cut short, are no paragraphs; the same label over
// most of the text is passed over and the text goes on.
func TestStoryListsCloseTheArticle(t *testing.T) {
	body := "The harbour council said on Tuesday that ferry talks would resume next month, after a week in which no boat left the harbour.\n\n" +
		"Crews said they had been paid for the weeks they lost, though the agency that employs them has not said how it will find the money.\n\n" +
		"The pilots' union said its members would return to work on Monday if the council kept its word on the new rosters.\n\n"
	for _, label := range []string{"Most Read", "Featured", "Related Stories"} {
		text := "Ferry Talks Resume After the Storm\n\n" + body + label + "\n\n" +
			"Lighthouse keepers mark a century of service\n\n" +
			"The keepers of the northern light gathered on Sunday to mark a hundred years since the lamp was first lit.\n\n" +
			"VALLEY TOWN – The water board is weighing a new levy on the farms that draw from the river to …\n"
		a := Article("test.txt", []byte(text), nil)
		want := []string{
			" | The harbour council said on Tuesday that ferry talks would resume next month, after a week in which no boat left the harbour.",
			" | Crews said they had been paid for the weeks they lost, though the agency that employs them has not said how it will find the money.",
			" | The pilots' union said its members would return to work on Monday if the council kept its word on the new rosters.",
		}
		if got := paragraphs(a); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: paragraphs\n got %q\nwant %q", label, got, want)
		}
	}
	a := Article("test.txt", []byte("Ferry Talks Resume After the Storm\n\nThe harbour council said on Tuesday that talks would resume.\n\nMost Read\n\n"+body), nil)
	if got := paragraphs(a); len(got) != 4 {
		t.Errorf("a label over most of the text: paragraphs %q, want the four of the text", got)
	}
}

// TestFooterOpenedByRightsNotice: a paragraph that opens on the site's
// notice of its rights is the page's footer whole, however long the terms
// of reuse after the notice run; a sentence that names a copyright inside
// it, or opens on the word without a year or a sign, is the text's.
func TestFooterOpenedByRightsNotice(t *testing.T) {
	text := "Ferry Talks Resume After the Storm\n\n" +
		"The council said on Tuesday that ferry talks would resume next month, after a week in which no boat left the harbour.\n\n" +
		"Copyright law gives the port's map makers the rights to their charts, the council's lawyer said.\n\n" +
		"The pilots said the copyright © on the old charts had lapsed years ago.\n\n" +
		"Copyright 2003 - . All rights reserved. Material published on this site, text and pictures alike, belongs to Harbour Media and may not be copied or sent on in any form without its written consent. Best viewed at a width of 1280 pixels.\n\n" +
		"© 2019-2024 Valley Courier Group. Reproduction of any part of this site without permission is prohibited, and the Courier's licence to publish online is number 4471.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The council said on Tuesday that ferry talks would resume next month, after a week in which no boat left the harbour.",
		" | Copyright law gives the port's map makers the rights to their charts, the council's lawyer said.",
		" | The pilots said the copyright © on the old charts had lapsed years ago.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestSentenceBrokenByABlankLine: a sentence a page broke where it set an
// element goes on after the blank line in lower case; a heading, a
// finished sentence or a lower-case brand after the blank line opens a
// paragraph of its own.
func TestSentenceBrokenByABlankLine(t *testing.T) {
	text := "Harbour Digest\n\n" +
		"The harbour authority runs the southern terminal. These\n\n" +
		"terminals were built after the storm of 2019.\n\n" +
		"The ferries resumed on Monday.\n\n" +
		"crews were paid for the lost weeks.\n\n" +
		"Ferry Routes Resume\n\n" +
		"eFerry tickets went on sale. The operator said so\n\n" +
		"iPhone users can buy them in the app.\n\n" +
		"W\n\nhen the storm came, the terminal shut.\n\n" +
		"I\n\nIt was rebuilt.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The harbour authority runs the southern terminal. These\n\nterminals were built after the storm of 2019.",
		" | The ferries resumed on Monday.",
		" | crews were paid for the lost weeks.",
		"Ferry Routes Resume | eFerry tickets went on sale. The operator said so",
		"Ferry Routes Resume | iPhone users can buy them in the app.",
		"Ferry Routes Resume | W\n\nhen the storm came, the terminal shut.",
		"I | It was rebuilt.", // a numeral heading, no drop cap: the line opens in capitals
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestDigestItems: a digest's item that ends in a source tag ends there,
// its paragraph stopping before the tag; the next line opens the next
// item even in title case, and a headline with a tag is no heading.
func TestDigestItems(t *testing.T) {
	text := "Harbour Digest\n\n" +
		"Ports reopen after the storm. Crews returned on Monday, officials said. Harbour Daily, 4 January\n" +
		"Ferries Resume Their Routes. The operator said tickets were on sale. Tide Weekly, 5 January\n" +
		"Fees fall at the southern port.\n" +
		"Quay Post, 05.01.2023\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		"Harbour Digest | Ports reopen after the storm. Crews returned on Monday, officials said.",
		"Harbour Digest | Ferries Resume Their Routes. The operator said tickets were on sale.",
		"Harbour Digest | Fees fall at the southern port.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestAgencyDatelines: an agency's name before a dash opens its report as
// a dateline, not the sentence; a line that is a source tag alone, though
// it opens the same way, stays a tag.
func TestAgencyDatelines(t *testing.T) {
	text := "Harbour Digest\n\n" +
		"Sputnik - President Lula travels to the port on Tuesday for talks.\n\n" +
		"The New York Times – May 22\n\n" +
		"Reuters — The ministry said the port would reopen.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | President Lula travels to the port on Tuesday for talks.",
		" | The ministry said the port would reopen.",
	}
	got := slices.DeleteFunc(paragraphs(a), func(p string) bool { return p == " | " })
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestHeadingWithABracketedAside: a heading may end on a part or a period
// in brackets; a sentence that ends on a bracket is no heading.
func TestHeadingWithABracketedAside(t *testing.T) {
	for text, want := range map[string]bool{
		"Part 6 - Entrenching the Harbour Plan (Aug 2018-Jan 2020)":   true,
		"The Road to the Southern Terminal (Part 2)":                  true,
		"The council met on Monday. (See Harbour Policy section)":     false,
		"the crews were paid in the end (most of them)":               false,
		"Ferries resumed after the storm and the crews (all of them)": false,
		"Ports reopened on Monday. [Harbour Daily, 4 January 2024]":   false,
		"Crews were paid in full. [Tide Weekly, 11/5/2015]":           false,
		"Harbour Talks Resume [1]":                                    true,
	} {
		if got := looksLikeLabel(text); got != want {
			t.Errorf("looksLikeLabel(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestColonLinesAndPostSignatures: in text that prints a paragraph a line,
// a line that ends on a colon introduces what follows and stands apart
// from it, and an embedded post's signature closes the post above it,
// the line after it opening anew.
func TestColonLinesAndPostSignatures(t *testing.T) {
	text := "Harbour Voices\n\n" +
		"Residents have taken to social media since the harbour gate was closed without notice last week.\n" +
		"Here are some of the posts residents shared about the closure of the gate:\n" +
		"The gate has been shut for a week and nobody has told us why. https://t.co/abc123\n" +
		"— Ana Ruiz (@ana_ruiz) March 3, 2024\n" +
		"Will the council answer us? https://t.co/def456\n" +
		"— Li Wei (@liwei) March 4, 2024\n" +
		"The council said on Friday that the gate would reopen next week after repairs to its hinges.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | Residents have taken to social media since the harbour gate was closed without notice last week.",
		" | Here are some of the posts residents shared about the closure of the gate:",
		" | The gate has been shut for a week and nobody has told us why. https://t.co/abc123\n— Ana Ruiz (@ana_ruiz) March 3, 2024",
		" | Will the council answer us? https://t.co/def456\n— Li Wei (@liwei) March 4, 2024",
		" | The council said on Friday that the gate would reopen next week after repairs to its hinges.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestLabelLinesInLineParagraphs: in a text printed a paragraph a line, a
// run of other stories' headlines between two paragraphs, each a line of
// its own in sentence case, shares no block and makes no sentence; in a
// text wrapped to a width the same short lines are pieces of one
// sentence, and a line that prints Chinese keeps its translation under it.
func TestLabelLinesInLineParagraphs(t *testing.T) {
	para := "The port authority said on Monday that the second terminal would open in the spring, a year later than planned, after the council approved the budget."
	second := "Work on the first terminal ended in March, and its cranes have since handled more containers than the old quays did in all of last year."
	lines := Article("lines.txt", []byte(para+"\n"+second+"\n"+
		"Ferry fares to rise for the third time this year\n"+
		"Fishermen protest new quotas outside the council\n"+
		"Bridge repairs close the coast road until June\n"+
		"The council's vote came after weeks of debate over the cost of the dredging work, which the union had opposed since the autumn.\n"+
		"Serve the people\n为人民服务\n"), nil)
	want := []string{
		" | " + para,
		" | " + second,
		"Bridge repairs close the coast road until June | The council's vote came after weeks of debate over the cost of the dredging work, which the union had opposed since the autumn.",
		"Bridge repairs close the coast road until June | Serve the people\n为人民服务",
	}
	if got := paragraphs(lines); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs of lines\n got %q\nwant %q", got, want)
	}
	wrapped := Article("wrapped.txt", []byte("The port authority said on Monday that\n"+
		"the second terminal would open in the\n"+
		"spring, a year later than planned. Ferry\n"+
		"Fares Rise for the Third Time This Year\n"+
		"was the headline the next morning.\n"), nil)
	if got := paragraphs(wrapped); len(got) != 1 {
		t.Errorf("paragraphs of a wrapped text = %q, want one", got)
	}
}

// TestListedTitles: a page that is nothing but a list of pieces, each a
// title over its outlet and date, has no running text, yet each title is
// a paragraph of its own, so that the citations under them have a claim;
// a page that has running text keeps its titles as headings.
func TestListedTitles(t *testing.T) {
	text := "Selected Writing\n\n" +
		"Why the Harbour Needs a New Charter\n\n" +
		"Quay Review, March 3, 2022\n\n" +
		"Ferries, Fares and the Future of the Estuary\n\n" +
		"Tide Weekly, 14 October 2021\n\n" +
		"The Cranes Are Not Coming Back\n\n" +
		"Harbour Daily, June 9, 2020\n"
	a := Article("test.txt", []byte(text), nil)
	if a.Err != nil {
		t.Fatalf("listing: %v", a.Err)
	}
	// The header reads the first item as the page's title and date.
	want := []string{" | Ferries, Fares and the Future of the Estuary", " | The Cranes Are Not Coming Back"}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("listing paragraphs\n got %q\nwant %q", got, want)
	}
	text = "The Cranes Are Not Coming Back\n\n" +
		"Harbour Daily, June 9, 2020\n\n" +
		"The port board voted on Monday to sell the last three cranes on the north quay.\n"
	if got := paragraphs(Article("test.txt", []byte(text), nil)); len(got) != 1 || !strings.Contains(got[0], "port board") {
		t.Errorf("story paragraphs: got %q, want only the story's", got)
	}
}

// TestProseKeptWhole: prose that opens with a place and a colon (a book's
// or report's title, a sentence about the place), and a one-line question
// that the prose around it asks or answers, are paragraphs of the text,
// kept whole: no dateline is cut from them and no heading made of them.
func TestProseKeptWhole(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"China: A Tale of Two Ports is the book the minister likes to give visitors from abroad.\n", "China: A Tale of Two Ports is the book the minister likes to give visitors from abroad."},
		{"Japan: The Next Decade, a report by the trade ministry, says exports of cars will fall.\n", "Japan: The Next Decade, a report by the trade ministry, says exports of cars will fall."},
		{"Singapore: It is small, rich and anxious, and its container port shows why better than anything.\n", "Singapore: It is small, rich and anxious, and its container port shows why better than anything."},
		{"Shanghai: A City Reborn, the new exhibition at the Quay Gallery, opens on Friday.\n", "Shanghai: A City Reborn, the new exhibition at the Quay Gallery, opens on Friday."},
		{"Lagos: What the Port Ledgers Show. The ledgers were printed in 2021.\n", "Lagos: What the Port Ledgers Show. The ledgers were printed in 2021."},
		{"Peru: Mines, Money and Water was the panel's theme, and the guests from Lima argued for hours.\n", "Peru: Mines, Money and Water was the panel's theme, and the guests from Lima argued for hours."},
		{"The minister asked one thing of the board.\n\nWhy did the port close?\n\nThe board said the cranes had failed twice in a week and the insurers had walked away.\n", "Why did the port close?"},
		{"Tariffs on grain rose again this spring.\n\nWho pays?\n\nShippers do, and they pass the cost on to the bakers and the mills in the south.\n", "Who pays?"},
		{"The council put a question to the mayor:\n\nWhere will the buses go?\n\nShe said the depot would move to the ring road by the end of the year.\n", "Where will the buses go?"},
	} {
		a := &claimx.Article{Text: c.text}
		layout(a, true)
		if got := paragraphs(a); !slices.ContainsFunc(got, func(p string) bool { return strings.HasSuffix(p, " | "+c.want) }) {
			t.Errorf("%q: paragraphs %q, want one %q", c.text, got, c.want)
		}
	}
}

// TestCaptionPrintedTwice: a short line printed twice in a row, nothing
// between the copies, is a picture's text and its caption, and neither
// copy is a paragraph; a paragraph the text repeats further on, or one
// with a line between the copies, stays.
func TestCaptionPrintedTwice(t *testing.T) {
	text := "Grain Barges Return to the Upper River\n\n" +
		"The first grain barges since the drought reached the upper river locks on Monday.\n\n" +
		"A lock keeper at the lower gate, near the old mill.\n" +
		"A lock keeper at the lower gate, near the old mill.\n" +
		"Water levels rose by almost a metre over the weekend.\n\n" +
		"The barges are back.\n\n" +
		"Shippers had moved much of the harvest by rail.\n\n" +
		"The barges are back.\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The first grain barges since the drought reached the upper river locks on Monday.",
		" | Water levels rose by almost a metre over the weekend.",
		" | The barges are back.",
		" | Shippers had moved much of the harvest by rail.",
		" | The barges are back.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestLinesSetAmongParagraphs: a page sets its own lines among the
// article's paragraphs (a caption with no credit, headlines of other
// stories, its headline printed twice); each is one sentence ending on no
// stop, between paragraphs of running text. A line that trails off in an
// ellipsis, leads into a list, or is a list's item, and the last paragraph
// of an excerpt cut mid-sentence, stay.
func TestLinesSetAmongParagraphs(t *testing.T) {
	text := "Grain Barges Return to the Upper River\n" +
		"Grain Barges Return to the Upper River\n\n" +
		"The first grain barges since the drought reached the upper river locks on Monday, the port authority said in a statement.\n\n" +
		"▲A barge waits at the lower lock near Ostrava\n\n" +
		"Water levels rose by almost a metre over the weekend after a week of steady rain in the hills above the valley.\n" +
		"Farmers in the valley welcome the first rain in months as wells run dry across the region\n" +
		"Council votes to close two rural schools, say parents\n" +
		"Shippers had moved much of the harvest by rail, at twice the cost, during the long summer months of the drought.\n" +
		"The pilots, who had waited at the quay for weeks on end, were not at all sure the water would hold\u2026\n\n" +
		"The authority now expects river traffic to pass three thresholds before the first frosts of the autumn:\n" +
		"- barges of full draught back on every lock\n" +
		"- the night passages open again\n" +
		"Traders said the rates for the river haul would fall once the locks had worked for a month and the rail firms\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The first grain barges since the drought reached the upper river locks on Monday, the port authority said in a statement.",
		" | Water levels rose by almost a metre over the weekend after a week of steady rain in the hills above the valley.",
		" | Shippers had moved much of the harvest by rail, at twice the cost, during the long summer months of the drought.",
		" | The pilots, who had waited at the quay for weeks on end, were not at all sure the water would hold\u2026",
		" | The authority now expects river traffic to pass three thresholds before the first frosts of the autumn:",
		" | - barges of full draught back on every lock",
		" | - the night passages open again",
		" | Traders said the rates for the river haul would fall once the locks had worked for a month and the rail firms",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	// Lines without a stop among lines without one are no insertion: a
	// list of quoted excerpts, each under its source.
	text = "Reading for the week.\n\n" +
		"- Ana Ruiz, “Ports in the Rain” (The Harbour Times, May 2, 2024).\n" +
		"Barge traffic on the upper river fell by half during the drought of the summer, and the rail firms took the rest of it\n" +
		"- Li Wei, “Dry Locks” (River Weekly, May 3, 2024).\n" +
		"Freight rates for the rail haul doubled within a month of the closure of the locks on the upper river, shippers found\n"
	a = Article("test.txt", []byte(text), nil)
	if got := paragraphs(a); len(got) != 5 {
		t.Errorf("excerpts under their sources: got %q, want all five", got)
	}
}

// TestReadersComments: after the article's running text, a label that
// opens the readers' comments ends the article: the comments and the
// sidebars printed with them are others' words. The same label over the
// article, a count of its comments by its by-line, ends nothing.
func TestReadersComments(t *testing.T) {
	text := "Night Ferries Return to the Delta\n\n" +
		"Leave a comment\n\n" +
		"The night ferries across the delta run again from Monday, the operator said.\n\n" +
		"Fares stay as they were before the winter.\n\n" +
		"3 Comments:\n\n" +
		"I took the night ferry last week and it was half empty, which is a shame.\n\n" +
		"Blog Archive\n\n" +
		"- March 2024 (4)\n"
	a := Article("test.txt", []byte(text), nil)
	want := []string{
		" | The night ferries across the delta run again from Monday, the operator said.",
		" | Fares stay as they were before the winter.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestCommentsLabelOverTheArticle: a comments button or count under the
// standfirst, and a bare "Comment:" or "Comments" heading over the author's
// own analysis, end nothing; the text under them stays the article's. Only
// the label line itself is dropped.
func TestCommentsLabelOverTheArticle(t *testing.T) {
	report := "Grain Barges Wait Out the Low Water\n\nBy Mei Tanaka\n\n" +
		"Shippers on the upper river say the drought has cost them a month of trade.\n\n" +
		"%s\n\n" +
		"More than two hundred grain barges were tied up at the locks on Wednesday, waiting for the river to rise.\n\n" +
		"The port authority said it would let half-loaded barges through from next week to ease the queue.\n\n" +
		"Forecasters expect rain in the hills by the end of the month, though not enough to refill the reservoirs.\n"
	digest := "Harbour Law Notes: Tender Rules\n\n" +
		"The transport ministry issued new tender rules for port dredging contracts on Monday.\n\n" +
		"Bidders must now show three years of accounts and name every subcontractor in advance.\n\n" +
		"%s\n\n" +
		"The rules close a gap that small firms had used to win contracts they then passed on to others.\n\n" +
		"Even so, the ministry keeps the last word on who counts as qualified, and that is where disputes will arise.\n"
	for _, tc := range []struct{ text, label string }{
		{report, "View comments"},
		{report, "Show Comments"},
		{report, "Comments"},
		{report, "8 comments"},
		{digest, "Comment:"},
		{digest, "Comments"},
	} {
		text := fmt.Sprintf(tc.text, tc.label)
		a := Article("test.txt", []byte(text), nil)
		got := paragraphs(a)
		if len(got) != 4 || strings.Contains(strings.Join(got, "\n"), tc.label) {
			t.Errorf("%q: paragraphs %q, want the four of the text without the label", tc.label, got)
		}
	}
}

// TestCommentsLabelUnderTheArticle: at the end of the article, a bare
// "Comments" over a reader's name and words, or an unmistakable label
// ("Leave a reply") over a reader's paragraph, ends it.
func TestCommentsLabelUnderTheArticle(t *testing.T) {
	article := "The city will close the old east bridge to lorries from April, the council said.\n\n" +
		"Repairs to its piers are expected to take most of the summer and cost about 4 million euros.\n\n"
	for _, tail := range []string{
		"Comments\n\nPieter V.\n\nAbout time, the cracks have been there for years and nobody listened to us.\n",
		"Leave a reply\n\nI drive a lorry over it every day and I have no idea where we are meant to go now.\n",
	} {
		a := Article("test.txt", []byte(article+tail), nil)
		if got := paragraphs(a); len(got) != 2 {
			t.Errorf("%q: paragraphs %q, want the article's two", tail, got)
		}
	}
}

// TestRelatedStoryLabels: a page's label over its list of other stories is
// furniture, also as the last line of a copy cut there.
func TestRelatedStoryLabels(t *testing.T) {
	for _, label := range []string{"Related Stories", "Check Also", "You May Also Like"} {
		text := "The ferry operator said on Monday that night crossings would resume in the spring.\n\n" + label
		a := Article("test.txt", []byte(text), nil)
		want := []string{" | The ferry operator said on Monday that night crossings would resume in the spring."}
		if got := paragraphs(a); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: paragraphs\n got %q\nwant %q", label, got, want)
		}
	}
}

// TestLinesOfTheTextKept: lines among paragraphs that end on no stop yet
// are the text's own stay: a headword in Chinese or in pinyin with its
// tones, a slogan under a lead-in ending in a colon, a list after such a
// lead-in, a block of figures, and a clause that opens in lower case.
func TestLinesOfTheTextKept(t *testing.T) {
	tests := []struct{ name, text, line string }{
		{"headword in Chinese", "A Short Guide to Office Words\n\n" +
			"Clerks in the big cities have a word for nearly every mood of the working week, most of it born online.\n\n" +
			"摸鱼 (mōyú) – touching fish\n\n" +
			"The phrase means idling at the desk while looking busy, and it is used with some pride by those who do it.\n",
			"摸鱼 (mōyú) – touching fish"},
		{"pinyin line", "A Motto for the Schools\n\n" +
			"The ministry sent a new motto to every primary school in the province at the start of the spring term.\n\n" +
			"xuéxí qiángguó, zhìlì xīnshēng\n\n" +
			"Teachers were told to write it on the board each Monday morning and to explain it to the pupils in class.\n",
			"xuéxí qiángguó, zhìlì xīnshēng"},
		{"slogan after a lead-in", "A Motto for the Schools\n\n" +
			"The ministry sent a new motto to every primary school in the province at the start of the spring term.\n\n" +
			"The wording chosen for the banners reads:\n\n" +
			"study hard, for the homeland is yours\n\n" +
			"Teachers were told to write it on the board each Monday morning and to explain it to the pupils in class.\n",
			"study hard, for the homeland is yours"},
		{"block of figures", "Port Traffic in the First Quarter\n\n" +
			"The harbour board published its count of ships and cargo for the first three months of the year on Friday.\n\n" +
			"Container traffic rose 3.1 percent\n" +
			"Bulk cargo fell 2 percent on the year\n\n" +
			"Board members said the numbers matched what the shipping lines had told them to expect in the winter.\n",
			"Container traffic rose 3.1 percent\nBulk cargo fell 2 percent on the year"},
		{"clause in lower case", "Dockers Walk Out\n\n" +
			"Dockers at the river port stopped work on Thursday morning, the first walkout at the port in twenty years.\n\n" +
			"their union wants a pay rise and the night shift cut back to what it was before the new cranes came\n\n" +
			"The port's owners said talks would resume next week and that no ship had yet been turned away from the quay.\n",
			"their union wants a pay rise and the night shift cut back to what it was before the new cranes came"},
	}
	for _, tc := range tests {
		a := Article("test.txt", []byte(tc.text), nil)
		if got := paragraphs(a); !slices.Contains(got, " | "+tc.line) {
			t.Errorf("%s: %q lost from %q", tc.name, tc.line, got)
		}
	}
}

// longRun is a text with n one-line blocks ending on no stop between two
// paragraphs of running text: a word list or a link dump a page prints.
func longRun(n int) string {
	var s strings.Builder
	s.WriteString("Harbour Words\n\nThe harbour has its own words for most things, and the pilots use them every day on the radio.\n\n")
	for i := range n {
		fmt.Fprintf(&s, "Berth number %d on the east quay\n\n", i)
	}
	s.WriteString("Most of these words are not found in any dictionary, the pilots say, and the young ones learn them by ear.\n")
	return s.String()
}

// TestInsertionRunsFoundOnce: the runs of blocks without a stop are found
// once per layout, whatever the number of blocks asked about, and each
// block of a run shares its run's bounds.
func TestInsertionRunsFoundOnce(t *testing.T) {
	text := longRun(50)
	body := splitBlocks(text, false)
	r := &insertionRuns{text: text, body: body}
	first := r.inserted(2)
	before := &r.before[0]
	for i := 2; i < len(body)-1; i++ {
		if r.inserted(i) != first {
			t.Fatalf("block %d: inserted differs within its run", i)
		}
		if r.before[i] != 1 || r.after[i] != len(body)-1 {
			t.Fatalf("block %d: run bounds %d, %d, want 1, %d", i, r.before[i], r.after[i], len(body)-1)
		}
	}
	if &r.before[0] != before {
		t.Error("the runs were found again")
	}
	if !first {
		t.Error("lines without a stop between two paragraphs: not inserted")
	}
}

// BenchmarkLongRunWithoutStops: reading a text with thousands of lines
// without a stop between two paragraphs grows in proportion to the lines
// (ns/line stays level from 2,500 to 10,000).
func BenchmarkLongRunWithoutStops(b *testing.B) {
	for _, n := range []int{2500, 5000, 10000} {
		raw := []byte(longRun(n))
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Article("run.txt", raw, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/line")
		})
	}
}
