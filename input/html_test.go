package input

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimx/claimx"
)

func TestHTMLPage(t *testing.T) {
	a := ReadFile("testdata/page.html", MaxBytes)
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if a.Title != "Tidal Power and Provincial Budgets" || date(a.Published) != "2024-09-12" ||
		!reflect.DeepEqual(a.Authors, []string{"Oksana Petrenko", "Daniel Mwangi"}) {
		t.Errorf("metadata: %q %q %v", a.Title, a.Authors, a.Published)
	}
	// Navigation, table cells, hidden text and the notes are not running
	// text; the footnote reference stays, bracketed.
	want := []string{
		" | Coastal provinces have poured money into tidal turbines since 2019. Officials in Fujian describe the programme as a test of local finance rather than of engineering.[1]",
		" | The National Energy Administration (国家能源局) approved four new sites last spring, according to its annual bulletin. Local banks supplied most of the credit, often at rates below the national benchmark.",
		"Who Pays | Three sources of money stand out in the budget documents we reviewed:",
		"Who Pays | • transfers from the central government",
		"Who Pays | • bonds issued by provincial investment vehicles",
		"Who Pays | • revenue from land sales near the new harbours",
		"Who Pays | Each of these has weakened since the property slump began, and the third has almost vanished.",
		"What Comes Next | Analysts at the Harbour Institute expect a pause of at least two years.\nA revival would depend on cheaper turbines and on a recovery of land revenue.",
	}
	if got := paragraphs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	for _, junk := range []string{"Subscribe", "Advertisement", "Province", "Related", "rights reserved", "analytics"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text holds page furniture %q", junk)
		}
	}
}

func TestHTMLMetadataYieldsToSidecar(t *testing.T) {
	page := `<html><head><title>Page Title</title><meta property="article:published_time" content="2023-01-05">
<link rel="canonical" href="https://example.org/ferries"></head>
<body><article><p>` + strings.Repeat("Ferries now cross the strait twice a day, carrying freight and a few passengers. ", 10) + `</p></article></body></html>`
	a := HTMLArticle("p.html", []byte(page), &Meta{Title: "Feed Title", Published: "2023-02-01", URL: "https://feed.example.org/ferries"})
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if a.Title != "Feed Title" || date(a.Published) != "2023-02-01" || a.URL != "https://feed.example.org/ferries" {
		t.Errorf("got %q %v %q, want the sidecar's title, date and url", a.Title, a.Published, a.URL)
	}
	b := HTMLArticle("p.html", []byte(page), nil)
	if b.Title != "Page Title" || date(b.Published) != "2023-01-05" || b.URL != "https://example.org/ferries" {
		t.Errorf("got %q %v %q, want the page's title, date and canonical url", b.Title, b.Published, b.URL)
	}
}

func TestBlockText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"white space collapses", "<p>  Two\n   words\t</p>", "Two words"},
		{"inline elements keep their spaces", "<p>A <b>bold</b> and <i>it</i>alic claim.</p>", "A bold and italic claim."},
		{"br breaks the line, not the block", "<p>One line.<br>  Next line.</p>", "One line.\nNext line."},
		{"blocks are paragraphs", "<div>First.</div><div>Second.</div>", "First.\n\nSecond."},
		{"ordered items are numbered", "<ol><li>Alpha</li><li>Beta</li></ol>", "1. Alpha\n\n2. Beta"},
		{"nested list", "<ul><li>Outer<ul><li>Inner</li></ul></li></ul>", "• Outer\n\n• Inner"},
		{"item holding a paragraph", "<ul><li><p>Inside a paragraph.</p></li></ul>", "• Inside a paragraph."},
		{"empty item owes no marker", "<ul><li></li></ul><p>After.</p>", "After."},
		{"superscript footnote", "<p>Rates fell.<sup><a href=#n2>[2]</a></sup> Then rose.</p>", "Rates fell.[2] Then rose."},
		{"superscript that is no footnote", "<p>The 21<sup>st</sup> century.</p>", "The 21st century."},
		{"tables and hidden text left out", "<p>Kept.</p><table><tr><td>Cell</td></tr></table><p hidden>Gone.</p>", "Kept."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := blockText(doc); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLBlockQuotations checks that the paragraphs of a block quotation
// are marked as quoted, and no others.
func TestHTMLBlockQuotations(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<p>Li explained how the flaw works.</p><blockquote><p>The client sends a packet.</p>" +
		"<div>Then the server runs out of memory.</div></blockquote><p>The company did not reply.</p>"))
	if err != nil {
		t.Fatal(err)
	}
	a := &claimx.Article{}
	var quoted []claimx.Span
	a.Text, quoted = blockText(doc)
	layout(a, false)
	markQuoted(a, quoted)
	var got []bool
	for _, p := range a.Paragraphs {
		got = append(got, p.Quoted)
	}
	if want := []bool{false, true, true, false}; !reflect.DeepEqual(got, want) {
		t.Errorf("quoted paragraphs %v, want %v", got, want)
	}
}

func TestHTMLDeclaredCharset(t *testing.T) {
	// "café" and a curly apostrophe in windows-1252, as the page declares.
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 Diplomacy</title></head><body><article><p>" +
		strings.Repeat("The caf\xe9 on the corner hosted the envoys\x92 talks for a week. ", 10) + "</p></article></body></html>"
	a := HTMLArticle("cp1252.html", []byte(page), nil)
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	if a.Title != "Café Diplomacy" || !strings.Contains(a.Text, "The café on the corner hosted the envoys’ talks") {
		t.Errorf("title %q, text %.80q", a.Title, a.Text)
	}
}

func TestHTMLRefusals(t *testing.T) {
	tests := []struct{ name, page, reason string }{
		{"no article text", "<html><body><nav><a href=/>Home</a> <a href=/x>Archive</a></nav></body></html>", "no article text"},
		{"only headings", "<html><body><article><h2>Contents</h2><h2>Archive</h2></article></body></html>", "no running text"},
		{"nested too deep", "<html><body>" + strings.Repeat("<div>", 5000) + "<p>Deep.</p></body></html>", "nest more than"},
		{"binary", "<html>\x00\x01\x02</html>", "NUL byte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := HTMLArticle("bad.html", []byte(tt.page), nil)
			if a.Err == nil || !strings.Contains(a.Err.Error(), tt.reason) || !strings.HasPrefix(a.Err.Error(), "bad.html: ") {
				t.Errorf("error %v, want one naming bad.html and %q", a.Err, tt.reason)
			}
		})
	}
}

// A moment declared in UTC falls on the page's own day as the page prints
// it, when that is a day off; a printed date further off, or a declared one
// in the page's own zone, does not move it.
func TestHTMLPrintedDayOverUTC(t *testing.T) {
	body := `<body><article><div>Harbour Press %s</div><p>` + strings.Repeat("Ferries now cross the strait twice a day, carrying freight and a few passengers. ", 10) + `</p></article></body></html>`
	for _, tc := range []struct{ declared, printed, want string }{
		{"2016-12-01T23:29:49.000Z", "December 2, 2016", "2016-12-02"},
		{"2016-12-01T23:29:49+00:00", "November 30, 2016", "2016-11-30"},
		{"2016-12-01T23:29:49.000Z", "December 5, 2016", "2016-12-01"},
		{"2016-12-01T23:29:49-05:00", "December 2, 2016", "2016-12-01"},
	} {
		page := `<html><head><meta property="article:published_time" content="` + tc.declared + `"></head>` + fmt.Sprintf(body, tc.printed)
		if a := HTMLArticle("p.html", []byte(page), nil); date(a.Published) != tc.want {
			t.Errorf("declared %s, printed %s: got %v, want %s", tc.declared, tc.printed, a.Published, tc.want)
		}
	}
}

// A link to a columnist's page in the site's menu is no by-line: the
// by-line printed by the article comes first, and the linked name counts
// only where the page gives no other.
func TestHTMLAuthorLinkInAMenu(t *testing.T) {
	const story = `<p>The port authority said on Tuesday that it would reopen the northern terminal to container ships next month, ending a closure that began with the January storm.</p>
<p>Shipping lines had diverted their vessels to the southern harbour, where queues stretched for days and costs rose sharply for importers across the region.</p>
<p>Officials said repairs to the breakwater were complete and that dredging of the approach channel would finish within a fortnight, weather permitting.</p>`
	menu := `<nav><ul><li><a href="https://example.org/author/matt-cole">Matt Cole</a></li><li><a href="/world">World</a></li></ul></nav>`
	for _, tc := range []struct {
		name, byline string
		want         []string
	}{
		{"a by-line by the article", `<div class="byline"><span class="author-name">HANA KOBAYASHI</span></div>`, []string{"HANA KOBAYASHI"}},
		{"no by-line: the linked name", ``, []string{"Matt Cole"}},
	} {
		page := `<html><head><title>Port reopens northern terminal</title></head><body>` + menu +
			`<article><h1>Port reopens northern terminal</h1>` + tc.byline + story + `</article></body></html>`
		a := HTMLArticle("page.html", []byte(page), nil)
		if a.Err != nil {
			t.Fatal(a.Err)
		}
		if !reflect.DeepEqual(a.Authors, tc.want) {
			t.Errorf("%s: authors %q, want %q", tc.name, a.Authors, tc.want)
		}
	}
}
