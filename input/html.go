package input

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/claimx/claimx"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Limits on the pages read. Reading happens before the per-article time
// limit applies, and neither the HTML parser nor readability is linear:
// parsing 10,000 nested elements takes seconds, 20,000 ten times that.
// Real article pages nest a few dozen deep and hold a few thousand
// elements.
const (
	maxDepth    = 1000
	maxElements = 200_000
)

// HTMLArticle builds an article from a web page read from source. Readability
// finds the main text; Article.Text is that text, one block (paragraph,
// heading, list item) per paragraph, blocks separated by blank lines, so
// that offsets point into what a reader sees. The title, by-line,
// publication date and URL come from the page's metadata where it has them;
// meta, from a sidecar or a feed, wins over both.
func HTMLArticle(source string, raw []byte, meta *Meta) *claimx.Article {
	a := &claimx.Article{ID: ID(raw), Source: source, Raw: raw}
	page, err := decodeHTML(raw)
	if err != nil {
		a.Err = fmt.Errorf("%s: %w", source, err)
		return a
	}
	if depth := nesting(page); depth > maxDepth {
		a.Err = fmt.Errorf("%s: elements nest more than %d deep in the HTML page, which no article page does", source, maxDepth)
		return a
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	doc, err := parser.Parse(strings.NewReader(page), nil)
	if err != nil {
		a.Err = fmt.Errorf("%s: cannot read the HTML page: %w", source, err)
		return a
	}
	var quoted []claimx.Span
	if doc.Node != nil {
		a.Text, quoted = blockText(doc.Node)
	}
	if strings.TrimSpace(a.Text) == "" {
		a.Err = fmt.Errorf("%s: no article text found in the HTML page", source)
		return a
	}
	// What the page declares (JSON-LD, OpenGraph, <meta>, <time>) comes
	// before what readability infers from the page's text.
	pm := readPageMeta(page)
	a.Authors = pm.authors
	// Readability's by-line is found by the article, a link to an
	// author's page anywhere in it.
	if a.Authors == nil {
		if names, ok := parseAuthors(doc.Byline()); ok {
			a.Authors = names
		}
	}
	if a.Authors == nil {
		a.Authors = pm.linked
	}
	title := pm.title
	if title == "" {
		title = doc.Title()
	}
	a.Title = trimSiteSuffix(strings.Join(strings.Fields(title), " "), pm.siteName, a.Authors)
	a.Published = pm.published
	a.URL = pm.url
	if t, err := doc.PublishedTime(); err == nil && a.Published.IsZero() {
		a.Published = dayOf(t)
	}
	meta.apply(a)
	// A line break in the page's text is a <br> inside a paragraph.
	layout(a, false)
	markQuoted(a, quoted)
	// What the page prints around the article comes last.
	if a.Authors == nil {
		a.Authors = pm.printed.authors
	}
	// A page that declares a moment in UTC and prints a date a day off it
	// ("2018-06-12T23:00:00Z", "On 6/13/2018") prints its own day.
	if p := pm.printed.published; a.Published.IsZero() || pm.utc && a.Published.Equal(pm.published) && !p.IsZero() && absDays(p.Sub(a.Published)) == 1 {
		a.Published = p
	}
	if a.Err == nil && len(a.Paragraphs) == 0 {
		a.Err = fmt.Errorf("%s: no running text found in the HTML page's article", source)
	}
	if a.Err != nil {
		return a
	}
	setLanguage(a)
	return a
}

// decodeHTML turns a page's bytes into text. A page that is not UTF-8 and
// has no byte-order mark is decoded as browsers do: in the charset its
// <meta> declares, else windows-1252.
func decodeHTML(raw []byte) (string, error) {
	if !utf8.Valid(raw) && !hasBOM(raw) {
		enc, name, _ := charset.DetermineEncoding(raw, "text/html")
		if name != "utf-8" {
			if decoded, err := enc.NewDecoder().Bytes(raw); err == nil {
				raw = decoded
			}
		}
	}
	return Decode(raw)
}

// notNesting are the elements a tokenizer cannot count as open: void
// elements, which have no content, and those the parser closes implicitly
// when the next one starts.
var notNesting = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true,
	"tr": true, "td": true, "th": true, "thead": true, "tbody": true, "tfoot": true,
	"rb": true, "rt": true, "rp": true, "colgroup": true, "caption": true,
}

// nesting is how deep the elements of page nest at most, as counted by
// the tokenizer, which, unlike the parser, takes linear time.
func nesting(page string) int {
	z := html.NewTokenizer(strings.NewReader(page))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			if name, _ := z.TagName(); !notNesting[string(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); !notNesting[string(name)] {
				depth = max(depth-1, 0)
			}
		}
	}
}

// markQuoted marks the paragraphs that lie in block quotations, given as
// byte spans of the text in order.
func markQuoted(a *claimx.Article, quoted []claimx.Span) {
	runes := newRuneIndex(a.Text)
	spans := make([]claimx.Span, len(quoted))
	for i, q := range quoted {
		spans[i].Start = runes.at(q.Start)
		spans[i].End = runes.at(q.End)
	}
	q := 0
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		for q < len(spans) && spans[q].End <= p.Start {
			q++
		}
		p.Quoted = q < len(spans) && spans[q].Contains(p.Span)
	}
}

// absDays is how many whole days d spans, whichever way it runs.
func absDays(d time.Duration) int {
	return int(d.Abs() / (24 * time.Hour))
}
