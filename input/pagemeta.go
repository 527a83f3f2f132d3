package input

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
)

// pageMeta is what a page declares about its article, apart from its text:
// JSON-LD (schema.org NewsArticle, Article, BlogPosting), OpenGraph and
// article:* properties, <meta> names, <time datetime> and the canonical
// <link>.
type pageMeta struct {
	title, siteName string
	url             string
	authors         []string
	// linked is the name in the page's first link to an author's page,
	// which may stand in a menu or a list of columnists as well as by the
	// article.
	linked    []string
	published time.Time
	// utc says the published date was declared as a moment in UTC, whose
	// day may be a day off the page's own.
	utc bool
	// printed is what the page prints around its article: the first
	// by-line and date line of its visible text, read when it declares
	// neither.
	printed header
}

// metaDates are the <meta> keys (name, property or itemprop, as metaKey
// writes them) that carry the publication date, most specific first.
var metaDates = []string{
	"article:publishedtime", "article:published", "datepublished", "og:publishedtime",
	"pubdate", "publishdate", "publishtime", "publicationdate", "parselypubdate", "sailthru.date",
	"dc.date.issued", "dcterms.created", "dc.date", "date",
}

// metaKey is a <meta> key as metaDates and metaAuthors list it: in lower
// case, without the "_" and "-" that pages spell the same key with or
// without ("publish_date", "publish-date", "publishdate").
func metaKey(k string) string {
	return strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(k))
}

// metaAuthors are the <meta> keys that carry authors' names; "byl" holds a
// printed by-line ("By JEFFREY GETTLEMAN").
var metaAuthors = []string{"author", "article:author", "dc.creator", "parselyauthor", "sailthru.author", "byl"}

// readPageMeta collects the page's declared metadata in one pass of the
// tokenizer, which takes linear time.
func readPageMeta(page string) pageMeta {
	metas := map[string]string{}
	var ld ldArticle
	var timeDate, anyTime, linkedAuthor, canonical, pageTitle string
	var printed printedHeadings
	z := html.NewTokenizer(strings.NewReader(page))
	inLD, inAuthorLink, inTitle := false, false, false
	var visible visibleLines
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			m := buildPageMeta(metas, ld, timeDate, anyTime, linkedAuthor)
			m.title = printed.title(ld.Headline, metas["og:title"], pageTitle)
			m.printed = visible.header()
			m.url = pageURL(canonical, metas["og:url"])
			return m
		case html.TextToken:
			text := z.Text() // once: the tokenizer hands a token's text out once
			if inLD && ld.Headline == "" && ld.DatePublished == "" {
				ld = findLDArticle(text)
			}
			if inAuthorLink && linkedAuthor == "" {
				linkedAuthor = strings.Join(strings.Fields(string(text)), " ")
			}
			if inTitle && pageTitle == "" {
				pageTitle = string(text)
			}
			printed.text(text)
			visible.text(text)
		case html.EndTagToken:
			inLD, inAuthorLink, inTitle = false, false, false
			name, _ := z.TagName()
			printed.end(string(name))
			visible.tag(string(name), false)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if tt == html.StartTagToken {
				printed.start(string(name), attrs)
			}
			visible.tag(string(name), tt == html.StartTagToken)
			// A date given on any element as schema.org's datePublished.
			if strings.EqualFold(attrs["itemprop"], "datePublished") && timeDate == "" {
				timeDate = attrs["content"] + attrs["datetime"]
			}
			// Or in a data attribute that names a publication date
			// (data-publishtime="1425913200851"): read as that <meta>.
			for k, v := range attrs {
				if key, ok := strings.CutPrefix(metaKey(k), "data"); ok && strings.Contains(key, "pub") && slices.Contains(metaDates, key) {
					if _, seen := metas[key]; !seen && strings.TrimSpace(v) != "" {
						metas[key] = strings.TrimSpace(v)
					}
				}
			}
			switch string(name) {
			case "a":
				inAuthorLink = tt == html.StartTagToken && authorLink(attrs)
			case "meta":
				content := strings.TrimSpace(attrs["content"])
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := metaKey(attrs[k]); key != "" && content != "" {
						if _, seen := metas[key]; !seen {
							metas[key] = content
						}
					}
				}
			case "link":
				if canonical == "" && strings.EqualFold(strings.TrimSpace(attrs["rel"]), "canonical") {
					canonical = strings.TrimSpace(attrs["href"])
				}
			case "script":
				inLD = tt == html.StartTagToken && attrs["type"] == "application/ld+json"
			case "title":
				inTitle = tt == html.StartTagToken
			case "time":
				if d := attrs["datetime"]; d != "" {
					if _, pub := attrs["pubdate"]; pub && timeDate == "" {
						timeDate = d
					}
					if anyTime == "" && !strings.EqualFold(attrs["itemprop"], "dateModified") {
						anyTime = d // not the time it was last changed
					}
				}
			}
		}
	}
}

func buildPageMeta(metas map[string]string, ld ldArticle, timeDate, anyTime, linkedAuthor string) pageMeta {
	m := pageMeta{authors: ld.authors()}
	m.siteName = metas["og:sitename"]
	if m.authors == nil {
		for _, k := range metaAuthors {
			if names, ok := parseAuthors(metas[k]); ok && !strings.Contains(metas[k], "/") {
				m.authors = names
				break
			}
		}
	}
	if names, ok := parseAuthors(linkedAuthor); ok {
		m.linked = names
	}
	candidates := []string{ld.DatePublished}
	for _, k := range metaDates {
		candidates = append(candidates, metas[k])
	}
	candidates = append(candidates, timeDate, anyTime)
	for _, c := range candidates {
		if t, ok := machineDate(c); ok {
			m.published, m.utc = t, utcStamp.MatchString(c) || epochStamp.MatchString(c)
			break
		}
	}
	return m
}

// pageURL is the page's address as it declares it: its canonical link,
// else its OpenGraph url; only an absolute http(s) address counts, since a
// relative one says nothing without the address the page was fetched from.
func pageURL(candidates ...string) string {
	for _, c := range candidates {
		if u, err := url.Parse(c); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return c
		}
	}
	return ""
}

// machineDate reads a date as pages declare it, usually ISO 8601
// ("2019-01-03T02:00:02-0500", "2016-02-01 01:28:49"), and returns the day
// as written in its own zone.
func machineDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := epochDate(s); ok {
		return t, true
	}
	if t, err := dateparse.ParseAny(s); err == nil && fullDate.MatchString(s) {
		return dayOf(t), true
	}
	return parseDateLine(s)
}

var (
	// utcStamp is a time of day in UTC: "2018-06-12T23:00:00.000Z".
	utcStamp = regexp.MustCompile(`\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)$`)
	// epochStamp is a Unix time, which counts from a UTC midnight.
	epochStamp = regexp.MustCompile(`^\d{10}(?:\d{3})?$`)
)

// epochDate reads a Unix time as scripts write it into a page, in seconds
// (ten digits) or milliseconds (thirteen), and returns its day in UTC.
func epochDate(s string) (time.Time, bool) {
	if len(s) != 10 && len(s) != 13 || strings.TrimFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) != "" {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == 13 {
		return dayOf(time.UnixMilli(n).UTC()), true
	}
	return dayOf(time.Unix(n, 0).UTC()), true
}

// ldArticle is the part of a schema.org article that claimx reads.
type ldArticle struct {
	Type          any    `json:"@type"`
	Headline      string `json:"headline"`
	DatePublished string `json:"datePublished"`
	Author        any    `json:"author"`
	Graph         []any  `json:"@graph"`
}

// findLDArticle finds the article in a JSON-LD script: the object itself,
// an element of a list, or of its @graph, whose type names an article.
func findLDArticle(script []byte) ldArticle {
	// Pages wrap the script in CDATA for old XHTML parsers.
	script = bytes.TrimSpace(script)
	script = bytes.TrimSuffix(bytes.TrimPrefix(script, []byte("<![CDATA[")), []byte("]]>"))
	var v any
	if json.Unmarshal(script, &v) != nil {
		return ldArticle{}
	}
	var found ldArticle
	var walk func(any) bool
	walk = func(v any) bool {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if walk(e) {
					return true
				}
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				raw, _ := json.Marshal(x)
				return json.Unmarshal(raw, &found) == nil
			}
			if g, ok := x["@graph"]; ok {
				return walk(g)
			}
		}
		return false
	}
	walk(v)
	return found
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// authors lists the people the article names as its authors; bodies
// (an Organization author) are not authors.
func (a ldArticle) authors() []string {
	var names []string
	var add func(any)
	add = func(v any) {
		switch x := v.(type) {
		case string:
			if n, ok := parseAuthors(x); ok && !strings.Contains(x, "/") {
				names = append(names, n...)
			}
		case map[string]any:
			if t, _ := x["@type"].(string); t == "Organization" || t == "NewsMediaOrganization" {
				return
			}
			add(x["name"])
		case []any:
			for _, e := range x {
				add(e)
			}
		}
	}
	add(a.Author)
	return names
}

// trimSiteSuffix drops what a page appends to its headline after a
// separator: the site's name ("… - BBC News", "… - Breitbart") or the
// author's ("… | Eleanor Ainge Roy").
func trimSiteSuffix(title, siteName string, authors []string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		suffix := strings.TrimSpace(title[i+len(sep):])
		drop := sameText(withoutThe(suffix), withoutThe(siteName))
		for _, a := range authors {
			drop = drop || sameText(suffix, a)
		}
		if drop {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// authorLink reports whether a link leads to an author's page (rel=author,
// a path such as /author/lnolan/ or /by/jeffrey-gettleman, or a query
// ?author=joewee): its text is
// the author's name.
func authorLink(attrs map[string]string) bool {
	if strings.EqualFold(attrs["rel"], "author") {
		return true
	}
	href := strings.ToLower(attrs["href"])
	for _, p := range []string{"/author/", "/authors/", "/by/", "/profile/", "/people/", "/staff/", "?author=", "&author="} {
		if strings.Contains(href, p) {
			return true
		}
	}
	return false
}

// withoutThe drops a leading article from a name ("the Guardian").
func withoutThe(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return name[4:]
	}
	return name
}

// printedHeadings collects the headlines a page prints: the element it
// marks as the headline (itemprop=headline), then its <h1>, <h2> and <h3>
// headings, each in the order of the page.
type printedHeadings struct {
	marked string
	levels [3][]string
	open   string // the element whose text is being read, "" if none
	level  int    // its heading level, 0 for the marked headline
	buf    strings.Builder
}

func (p *printedHeadings) start(name string, attrs map[string]string) {
	if p.open != "" {
		return
	}
	switch {
	case strings.EqualFold(attrs["itemprop"], "headline") && p.marked == "" && name != "meta":
		p.open, p.level = name, 0
	case name == "h1" || name == "h2" || name == "h3":
		p.open, p.level = name, int(name[1]-'0')
	default:
		return
	}
	p.buf.Reset()
}

func (p *printedHeadings) text(t []byte) {
	if p.open != "" && p.buf.Len() < maxTitle {
		p.buf.Write(t)
	}
}

func (p *printedHeadings) end(name string) {
	if name != p.open {
		return
	}
	// A heading's permalink mark ("¶", "#") is no part of it.
	text := strings.TrimRight(strings.Join(strings.Fields(p.buf.String()), " "), " ¶#")
	if p.level == 0 {
		p.marked = text
	} else if text != "" {
		p.levels[p.level-1] = append(p.levels[p.level-1], text)
	}
	p.open = ""
}

// maxTitle is the most bytes of a heading read as a title.
const maxTitle = 400

// title is the page's headline as printed where its declared titles (the
// JSON-LD headline, og:title, <title>) confirm it: the marked headline; a
// heading that is one of the declared titles; else the longest heading that
// is the part of a declared title before or after a separator ("Evolve:
// Shared Mutable History — evolve extension for Mercurial", "List of films
// featuring time loops - Wikipedia"), or holds its longest part. With no
// printed headline confirmed, it is the first declared title, the
// <title> left to readability's cleaning.
func (p *printedHeadings) title(declared ...string) string {
	if p.marked != "" && len(p.marked) < maxTitle {
		return p.marked
	}
	var headings []string
	for _, l := range p.levels {
		headings = append(headings, l...)
	}
	for _, h := range headings {
		for _, d := range declared {
			if sameText(h, d) {
				return h
			}
		}
	}
	// A part further left is more likely the headline, the site's name
	// standing last.
	for _, whole := range []bool{true, false} {
		best, bestPart := "", 0
		for _, h := range headings {
			for _, d := range declared {
				if i := titlePart(h, d, whole); i >= 0 && (best == "" || i < bestPart || i == bestPart && len(h) > len(best)) {
					best, bestPart = h, i
				}
			}
		}
		if best != "" {
			return best
		}
	}
	for _, d := range declared[:len(declared)-1] {
		if d != "" {
			return d
		}
	}
	return ""
}

// titleSeparators set a site's name or a section off a page's title.
var titleSeparators = regexp.MustCompile(` (?:[|·«»–—-]|::) `)

// titlePart returns the index of the part of a declared title between
// separators that a heading is (whole), or else holds (the longest part,
// not in quotes: "2 comments on “Title”" is about the title, when it has
// three words or more); -1 if none.
func titlePart(heading, title string, whole bool) int {
	parts := titleSeparators.Split(title, -1)
	if len(parts) < 2 {
		return -1
	}
	longest := 0
	for i, p := range parts {
		if whole && sameText(heading, p) {
			return i
		}
		if len(p) > len(parts[longest]) {
			longest = i
		}
	}
	if whole || len(strings.Fields(parts[longest])) < 3 {
		return -1
	}
	h, part := strings.ToLower(heading), strings.ToLower(strings.TrimSpace(parts[longest]))
	if i := strings.Index(h, part); i >= 0 && !strings.ContainsAny(h[:i], "“\"‘'") {
		return longest
	}
	return -1
}

// visibleLines collects the short lines of text a page shows, a line per
// block element, leaving out scripts, styles and the <head>.
type visibleLines struct {
	lines  []string
	buf    strings.Builder
	hidden string // the element whose text is not shown, "" if none
	body   bool
}

// maxVisibleLines bounds the lines read, as the by-line and date of an
// article stand near its top.
const maxVisibleLines = 2000

// blockElements break the text of a page into lines.
var blockElements = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"td": true, "th": true, "tr": true, "header": true, "footer": true, "section": true, "article": true,
	"aside": true, "nav": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"br": true, "table": true, "form": true, "figure": true, "figcaption": true, "main": true, "address": true,
}

func (v *visibleLines) tag(name string, start bool) {
	switch {
	case name == "body":
		v.body = true
	case v.hidden != "":
		if !start && name == v.hidden {
			v.hidden = ""
		}
	case start && (name == "script" || name == "style" || name == "noscript" || name == "template" || name == "svg"):
		v.hidden = name
	case blockElements[name]:
		v.flush()
	}
}

func (v *visibleLines) text(t []byte) {
	if v.body && v.hidden == "" && len(v.lines) < maxVisibleLines {
		v.buf.Write(t)
		v.buf.WriteByte(' ')
	}
}

func (v *visibleLines) flush() {
	line := strings.Join(strings.Fields(v.buf.String()), " ")
	v.buf.Reset()
	if line != "" && len(line) <= maxHeaderField {
		v.lines = append(v.lines, line)
	}
}

// header reads the first by-line ("Written by Rob Ewaschuk", "Posted by A,
// B on 2019-02-15", "Tuesday 15 October 2019 by Bradley M. Kuhn") and the
// first date line ("Sunday, May 8, 2016") among the lines.
func (v *visibleLines) header() header {
	v.flush()
	var h header
	for _, line := range v.lines {
		if h.authors == nil {
			h.takeByline(line)
		}
		if h.published.IsZero() && !h.takeDate(line) {
			// A date after a name or an outlet: "Joe Wee Monday, February
			// 29, 2016", "Associated Press December 2, 2016".
			if names, date := cutTrailingDate(line); date != "" && (namesOnly(names) || masthead(names)) {
				h.takeDate(date)
			}
		}
		if h.authors != nil && !h.published.IsZero() {
			break
		}
	}
	// A page that prints no other date is dated by its revision stamp,
	// the footer's "Last updated on Mar 3, 2019.".
	for _, line := range v.lines {
		if !h.published.IsZero() {
			break
		}
		h.published, _ = revisionStamp(line)
	}
	return h
}
