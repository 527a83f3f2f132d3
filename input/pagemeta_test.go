package input

import (
	"reflect"
	"testing"
	"time"
)

func TestReadPageMeta(t *testing.T) {
	tests := []struct {
		name, page string
		want       pageMeta
	}{
		{"JSON-LD article in a graph, a person and a body as authors",
			`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Daily"},
			{"@type":["NewsArticle"],"headline":"Port Talks Stall","datePublished":"2024-04-16T23:30:00-05:00",
			"author":[{"@type":"Person","name":"Amira Haddad"},{"@type":"Organization","name":"Harbour Daily"}]}]}</script></head></html>`,
			pageMeta{title: "Port Talks Stall", authors: []string{"Amira Haddad"}, published: day(2024, 4, 16)}},
		{"OpenGraph and article properties; an author given as a URL is no name",
			`<meta property="og:title" content="Dams on the Mekong - River Times"><meta property="og:site_name" content="River Times">
			<meta property="article:author" content="https://example.org/by/somchai"><meta name="author" content="Somchai Rattanakorn">
			<meta property="article:published_time" content="2019-01-03T07:00:02.000Z">`,
			pageMeta{title: "Dams on the Mekong - River Times", siteName: "River Times", authors: []string{"Somchai Rattanakorn"}, published: day(2019, 1, 3), utc: true}},
		{"the canonical link before og:url",
			`<meta property="og:url" content="https://m.example.org/a/1"><link rel="canonical" href="https://example.org/a/1">`,
			pageMeta{url: "https://example.org/a/1"}},
		{"og:url when the canonical link is relative",
			`<link rel="Canonical" href="/a/1"><meta property="og:url" content="https://m.example.org/a/1">`,
			pageMeta{url: "https://m.example.org/a/1"}},
		{"a printed by-line in a meta, a plain date meta",
			`<meta name="byl" content="By LENA OKAFOR and TOMAS RUIZ"><meta name="date" content="2016-02-01 01:28:49">`,
			pageMeta{authors: []string{"LENA OKAFOR", "TOMAS RUIZ"}, published: day(2016, 2, 1)}},
		{"the published <time> before any other",
			`<p><time datetime="2020-01-01">then</time><time itemprop="datePublished" datetime="2015-04-16T20:02:01+00:00">Apr 16</time></p>`,
			pageMeta{published: day(2015, 4, 16), utc: true}},
		{"a date on any element as datePublished, an author's link",
			`<div class="byline">by <a class="byauthor" href="https://example.org/author/lnolan/">Lucas Nolan</a></div><time itemprop="datePublished" content="2017-01-18T23:00:00-0800">Jan 18</time>`,
			pageMeta{linked: []string{"Lucas Nolan"}, published: day(2017, 1, 18)}},
		{"JSON-LD wrapped in CDATA, after a video's",
			`<script type="application/ld+json"><![CDATA[ {"@type":"VideoObject","name":"Clip"} ]]></script>
			<script type="application/ld+json"><![CDATA[ {"@context":{"@vocab":"http://schema.org"},"@type":"NewsArticle","headline":"Vote Fails",
			"datePublished":"2024-12-06T22:00:40.000Z","author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}]} ]]></script>
			<meta property="article:published_time" content="2024-12-07T12:43:39.889Z">`,
			pageMeta{title: "Vote Fails", authors: []string{"Stella Kim", "Jennifer Jett"}, published: day(2024, 12, 6), utc: true}},
		{"a meta key spelled with an underscore; the <time> of a change is no publication date",
			`<meta name="publish_date" content="05/08/2014 07:01:00"><time datetime="2016-09-14T07:07:00-04:00" itemprop="dateModified">`,
			pageMeta{published: day(2014, 5, 8)}}, // machine dates are month first
		{"the printed headline the page marks, over its declared title",
			`<meta property="og:title" content="A Brief History of Neon"><h1 itemprop="headline"> Why Neon Is the Symbol </h1>`,
			pageMeta{title: "Why Neon Is the Symbol"}},
		{"a heading that is the <title> without the site's name",
			`<title>List of films featuring time loops - Wikipedia</title><h2>Contents</h2><h1>List of films featuring time loops</h1>`,
			pageMeta{title: "List of films featuring time loops"}},
		{"the part further left, a permalink mark dropped",
			`<title>Evolve: Shared Mutable History — evolve extension for Mercurial</title><h1>evolve extension for Mercurial</h1><h1>Evolve: Shared Mutable History¶</h1>`,
			pageMeta{title: "Evolve: Shared Mutable History"}},
		{"a heading holding the title, not one quoting it",
			`<meta property="og:title" content="standalone WebAssembly binaries · V8"><h2>2 comments on “standalone WebAssembly binaries”</h2><h1>Outside the web: standalone WebAssembly binaries</h1>`,
			pageMeta{title: "Outside the web: standalone WebAssembly binaries"}},
		{"what the page prints: a date header, a by-line in a block, scripts and the head left out",
			`<head><title>Notes</title></head><body><script>var by = "By Not Shown";</script><h1>Site Name</h1>
			<h2 class="date-header"><span>Sunday, May 8, 2016</span></h2><p class="byline">Written by <b>Rob Ewaschuk</b><br>Edited by Ana Ruiz</p></body>`,
			pageMeta{printed: header{authors: []string{"Rob Ewaschuk"}, published: day(2016, 5, 8)}}},
		{"a date before its by-line; a by-line of handles still dates the page",
			`<body><div>Tuesday 15 October 2019 by Bradley M. Kuhn</div></body>`,
			pageMeta{printed: header{authors: []string{"Bradley M. Kuhn"}, published: day(2019, 10, 15)}}},
		{"a by-line of forum handles and its date; an author's page in a query",
			`<body><div>Posted by kovarex, TOGos on 2019-02-15, <a href="/blog/">all posts</a></div><a href="/latest?author=joewee">Joe Wee</a></body>`,
			pageMeta{linked: []string{"Joe Wee"}, printed: header{authors: []string{"kovarex", "TOGos"}, published: day(2019, 2, 15)}}},
		{"a social handle after the date; a date printed after a name or an outlet",
			`<body><small>On 6/13/2018 by @ana_ruiz</small></body>`,
			pageMeta{printed: header{authors: []string{"@ana_ruiz"}, published: day(2018, 6, 13)}}},
		{"a date printed after a name or an outlet, its weekday and clock left out; a name with a known surname is a by-line",
			`<body><div><a>Mei Lin</a> Tuesday, March 1, 2022 @ 9:05 PM UTC</div><div>Harbour Press April 2, 2023</div></body>`,
			pageMeta{printed: header{authors: []string{"Mei Lin"}, published: day(2022, 3, 1), inferred: true}}},
		{"a date in a data attribute, as a Unix time in milliseconds",
			`<span data-publishtime="1425913200851">8:00am</span>`,
			pageMeta{published: day(2015, 3, 9), utc: true}},
		{"a date in a data attribute, as a Unix time in seconds",
			`<span data-pub-date="1700000000"></span>`,
			pageMeta{published: day(2023, 11, 14), utc: true}},
		{"a data attribute that names no publication date is no date",
			`<div data-date="1425913200"></div><div data-modified-time="2016-09-14"></div>`,
			pageMeta{}},
		{"any <time> as a last resort; broken JSON-LD ignored",
			`<script type="application/ld+json">{"headline": </script><time datetime="2016-11-15T07:00:00.000Z">Nov 15</time>`,
			pageMeta{published: day(2016, 11, 15), utc: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readPageMeta(tt.page); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestTrimSiteSuffix(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"Obama admits gun laws frustrate him - BBC News", "BBC News", "Obama admits gun laws frustrate him"},
		{"Whales strand again | Ana Ruiz", "the Guardian", "Whales strand again"},
		{"Mugabe talks - as priest mediates", "The Telegraph", "Mugabe talks - as priest mediates"},
		{"Snopes writer's posts - Breitbart", "Breitbart", "Snopes writer's posts"},
	} {
		if got := trimSiteSuffix(tc.title, tc.site, []string{"Ana Ruiz"}); got != tc.want {
			t.Errorf("trimSiteSuffix(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

// A blog's by-line may give handles: a social handle after any opener, a
// list of single words after one no sentence starts with.
func TestBylineHandles(t *testing.T) {
	for line, want := range map[string][]string{
		"by @ana_ruiz":                        {"@ana_ruiz"},
		"Posted by kovarex, TOGos and Ernest": {"kovarex", "TOGos", "Ernest"},
		"Written by mlin & jdoe":              {"mlin", "jdoe"},
		"By contrast, Beijing":                nil,
		"Posted by admin":                     nil,
		"kovarex, TOGos":                      nil,
	} {
		if got, _ := parseAuthors(line); !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q; want %q", line, got, want)
		}
	}
}

func TestCredentialEndsAByline(t *testing.T) {
	if got, ok := parseAuthors("By Brenda Goodman, MA WebMD Health News"); !ok || !reflect.DeepEqual(got, []string{"Brenda Goodman"}) {
		t.Errorf("got %q %v", got, ok)
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
