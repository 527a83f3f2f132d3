package input

import (
	"encoding/json"
	"net/url"
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
	published       time.Time
}

// metaDates are the <meta> keys (name, property or itemprop, in lower
// case) that carry the publication date, most specific first.
var metaDates = []string{
	"article:published_time", "article:published", "datepublished", "og:published_time",
	"pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.created", "dc.date", "date",
}

// metaAuthors are the <meta> keys that carry authors' names; "byl" holds a
// printed by-line ("By JEFFREY GETTLEMAN").
var metaAuthors = []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"}

// readPageMeta collects the page's declared metadata in one pass of the
// tokenizer, which takes linear time.
func readPageMeta(page string) pageMeta {
	metas := map[string]string{}
	var ld ldArticle
	var timeDate, anyTime, linkedAuthor, canonical string
	z := html.NewTokenizer(strings.NewReader(page))
	inLD, inAuthorLink := false, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			m := buildPageMeta(metas, ld, timeDate, anyTime, linkedAuthor)
			m.url = pageURL(canonical, metas["og:url"])
			return m
		case html.TextToken:
			if inLD && ld.Headline == "" && ld.DatePublished == "" {
				ld = findLDArticle(z.Text())
			}
			if inAuthorLink && linkedAuthor == "" {
				linkedAuthor = strings.Join(strings.Fields(string(z.Text())), " ")
			}
		case html.EndTagToken:
			inLD, inAuthorLink = false, false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			// A date given on any element as schema.org's datePublished.
			if strings.EqualFold(attrs["itemprop"], "datePublished") && timeDate == "" {
				timeDate = attrs["content"] + attrs["datetime"]
			}
			switch string(name) {
			case "a":
				inAuthorLink = tt == html.StartTagToken && authorLink(attrs)
			case "meta":
				content := strings.TrimSpace(attrs["content"])
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(attrs[k]); key != "" && content != "" {
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
			case "time":
				if d := attrs["datetime"]; d != "" {
					if _, pub := attrs["pubdate"]; pub && timeDate == "" {
						timeDate = d
					}
					if anyTime == "" {
						anyTime = d
					}
				}
			}
		}
	}
}

func buildPageMeta(metas map[string]string, ld ldArticle, timeDate, anyTime, linkedAuthor string) pageMeta {
	m := pageMeta{title: ld.Headline, authors: ld.authors()}
	if m.title == "" {
		m.title = metas["og:title"]
	}
	m.siteName = metas["og:site_name"]
	if m.authors == nil {
		for _, k := range metaAuthors {
			if names, ok := parseAuthors(metas[k]); ok && !strings.Contains(metas[k], "/") {
				m.authors = names
				break
			}
		}
	}
	if m.authors == nil {
		if names, ok := parseAuthors(linkedAuthor); ok {
			m.authors = names
		}
	}
	candidates := []string{ld.DatePublished}
	for _, k := range metaDates {
		candidates = append(candidates, metas[k])
	}
	candidates = append(candidates, timeDate, anyTime)
	for _, c := range candidates {
		if t, ok := machineDate(c); ok {
			m.published = t
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
	if t, err := dateparse.ParseAny(s); err == nil && fullDate.MatchString(s) {
		return dayOf(t), true
	}
	return parseDateLine(s)
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
// or a path such as /author/lnolan/ or /by/jeffrey-gettleman): its text is
// the author's name.
func authorLink(attrs map[string]string) bool {
	if strings.EqualFold(attrs["rel"], "author") {
		return true
	}
	href := strings.ToLower(attrs["href"])
	for _, p := range []string{"/author/", "/authors/", "/by/", "/profile/", "/people/", "/staff/"} {
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
