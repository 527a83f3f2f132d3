package show

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/pipeline"
)

// processed is raw run through the whole analysis in memory.
func processed(t *testing.T, raw string) *claimx.Article {
	t.Helper()
	a := input.Article("note.txt", []byte(raw), nil)
	pipeline.Process(context.Background(), a, pipeline.Taggers())
	if a.Err != nil {
		t.Fatal(a.Err)
	}
	return a
}

func render(t *testing.T, a *claimx.Article) (string, *html.Node) {
	t.Helper()
	var b bytes.Buffer
	if err := Article(&b, a, Options{Dataset: "out", Version: "test"}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), doc
}

// walk calls f on every element of doc.
func walk(doc *html.Node, f func(*html.Node)) {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			f(n)
		}
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// withClass is the first element under n of the class, n if none is.
func withClass(n *html.Node, class string) *html.Node {
	for d := range n.Descendants() {
		if c, _ := attr(d, "class"); c == class {
			return d
		}
	}
	return n
}

// textOf is the text under n without the labels the page adds and
// without ruby annotations: the article text it covers.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			class, _ := attr(c, "class")
			if c.Type == html.ElementNode && (c.Data == "rt" || c.Data == "rp" || strings.Contains(" "+class+" ", " deco ")) {
				continue
			}
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

const sample = "16 April 2024\n\nSovereign AI\n\nBy Jane Roe\n\n" +
	"Premier Li Qiang (李强) stated that controls cannot “become a means to restrict” others (Caixin, January 16). [1]\n\n" +
	"The notion of “cyber sovereignty (网络主权)” spread abroad (Xinhua, May 9, 2015; SCIO, June 8, 2010).\n"

// Every span of the analysis is one element with the text it covers,
// whether the article text is at hand (schema 2) or each claim gives its
// own (schema 1).
func TestArticleShowsEverySpanOnce(t *testing.T) {
	a := processed(t, sample)
	noText := *a
	noText.Text = ""
	for name, a := range map[string]*claimx.Article{"with text": a, "claims' own text": &noText} {
		t.Run(name, func(t *testing.T) {
			page, doc := render(t, a)
			bySpan := map[string][]*html.Node{}
			walk(doc, func(n *html.Node) {
				if span, ok := attr(n, "data-span"); ok {
					class, _ := attr(n, "class")
					kind := strings.Fields(class)[0]
					bySpan[kind+" "+span] = append(bySpan[kind+" "+span], n)
				}
			})
			want := map[string]string{}
			ids := map[string]string{} // the data-id each element must carry
			runes := []rune(sample)
			add := func(kind string, s claimx.Span) {
				want[kind+" "+spanAttr(s)] = string(runes[s.Start:s.End])
			}
			for _, c := range a.Claims {
				add("claim", c.Span)
				for _, q := range c.Quotes {
					add("quote", q.Span)
				}
				for _, e := range c.Entities {
					add("ent", e.Span)
					ids["ent "+spanAttr(e.Span)] = e.ID
				}
				for _, ct := range c.Citations {
					add("cite", ct.Span)
					ids["cite "+spanAttr(ct.Span)] = ct.SourceID
				}
				for _, tm := range c.Terms {
					add("term", tm.Span)
				}
			}
			if n := countsOf(a); n.Quotes == 0 || n.Entities == 0 || n.Citations == 0 || n.Terms == 0 || n.Footnotes == 0 {
				t.Fatalf("the sample lacks a kind of span, the test would not check it: %+v", n)
			}
			for key, text := range want {
				nodes := bySpan[key]
				if len(nodes) != 1 {
					t.Errorf("%s: %d elements, want 1", key, len(nodes))
					continue
				}
				got := textOf(nodes[0])
				if strings.HasPrefix(key, "claim ") {
					got = textOf(withClass(nodes[0], "text"))
				}
				if got != text {
					t.Errorf("%s shows %q, want %q", key, got, text)
				}
				if id, ok := attr(nodes[0], "data-id"); id != ids[key] || ok != (ids[key] != "") {
					t.Errorf("%s has data-id %q, want %q", key, id, ids[key])
				}
			}
			if ids["ent "+spanAttr(a.Claims[0].Entities[0].Span)] == "" {
				t.Error("the analysis gave the first entity no id: the test checks none")
			}
			for _, s := range []string{"Caixin</span> <time datetime=\"2024-01-16\">2024-01-16</time> <span class=\"flag\">inferred</span>",
				"SCIO</span> <time datetime=\"2010-06-08\">2010-06-08</time></span>",
				"<rt>wǎngluò</rt>", "<rt>zhǔquán</rt>", `<sup class="fn" data-span=`, `>Li Qiang</a>`} {
				if !strings.Contains(page, s) {
					t.Errorf("the page lacks %s", s)
				}
			}
		})
	}
}

// Hostile article text, metadata and analysis values stay text: no
// element, attribute or script of theirs reaches the page.
func TestArticleHostileTextIsInert(t *testing.T) {
	const evil = `<script>alert(1)</script>"onerror=alert(2) x="<img src=x onerror=alert(3)>`
	a := processed(t, "3 March 2024\n\nA title "+evil+"\n\n"+
		"The ministry said "+evil+" rules were firm (Xinhua"+evil+", March 3, 2023). “We "+evil+" act,” Wang Yi said.\n")
	a.Authors = []string{evil}
	a.Source = evil
	a.Language = `en" onload="alert(4)`
	a.URL = "javascript:alert(5)"
	c := &a.Claims[len(a.Claims)-1]
	c.Kind, c.Speaker, c.Cue = claimx.Reported, evil, evil
	c.Quotes = append(c.Quotes, claimx.Quote{Text: "We", Span: claimx.Span{Start: c.Start + 1, End: c.Start + 3}, Speaker: evil, Cue: evil})
	c.Entities = append(c.Entities, claimx.Entity{Name: evil, Type: claimx.EntityType(evil), Hanzi: evil,
		Span: claimx.Span{Start: c.Start, End: c.Start + 1}})
	c.Terms = append(c.Terms, claimx.Term{Hanzi: evil, Segments: []string{evil}, Pinyin: evil, Gloss: evil,
		Span: claimx.Span{Start: c.Start + 4, End: c.Start + 6}})
	page, doc := render(t, a)
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "script", "img", "iframe", "object":
			t.Errorf("the page holds a <%s>", n.Data)
		}
		for _, at := range n.Attr {
			if strings.HasPrefix(at.Key, "on") || at.Key == "x" || at.Key == "src" {
				t.Errorf("<%s> has the attribute %s=%q", n.Data, at.Key, at.Val)
			}
		}
	})
	if !strings.Contains(page, `&lt;script&gt;alert(1)&lt;/script&gt;&#34;onerror=alert(2) x=&#34;&lt;img src=x onerror=alert(3)&gt;`) {
		t.Error("the hostile text is not shown escaped")
	}
	if strings.Contains(page, `href="javascript:`) {
		t.Error("the page links a javascript: URL")
	}
	if !strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`) {
		t.Error("the page does not forbid scripts")
	}
}

// A span that does not lie within its claim is left out and counted on
// the page; nothing panics.
func TestArticleSpanOutsideItsClaim(t *testing.T) {
	a := processed(t, "Beijing tightened export controls in 2023 (MOFCOM, July 3, 2023).\n")
	c := &a.Claims[0]
	c.Entities = append(c.Entities,
		claimx.Entity{Name: "X", Type: claimx.Org, Span: claimx.Span{Start: c.End - 2, End: c.End + 5}},
		claimx.Entity{Name: "Y", Type: claimx.Org, Span: claimx.Span{Start: -3, End: -1}})
	c.Terms = append(c.Terms, claimx.Term{Hanzi: "中", Span: claimx.Span{Start: 4, End: 4}})
	page, _ := render(t, a)
	if !strings.Contains(page, "<strong>3 spans</strong> of the dataset lie outside their claim") {
		t.Error("the page does not say that 3 spans are not shown")
	}
}

func TestRubyOf(t *testing.T) {
	tests := []struct {
		name string
		term claimx.Term
		text string
		want string
	}{
		{"a reading per segment", claimx.Term{Segments: []string{"网络", "主权"}, Pinyin: "wangluo zhuquan"}, "网络主权", "网络:wangluo 主权:zhuquan"},
		{"tone marks where the analysis gives them", claimx.Term{Segments: []string{"网络", "主权"}, Pinyin: "wangluo zhuquan", PinyinTones: "wǎngluò zhǔquán"}, "网络主权", "网络:wǎngluò 主权:zhǔquán"},
		{"a name: two groups for one segment", claimx.Term{Segments: []string{"习近平"}, Pinyin: "xi jinping"}, "习近平", ""},
		{"fewer groups than segments", claimx.Term{Segments: []string{"网络", "主权"}, Pinyin: "wangluozhuquan"}, "网络主权", ""},
		{"segments that are not the text", claimx.Term{Segments: []string{"网络"}, Pinyin: "wangluo"}, "网络主权", ""},
		{"no segments", claimx.Term{Pinyin: ""}, "网络", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range rubyOf(tt.term, tt.text) {
				got = append(got, s.Base+":"+s.Reading)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("rubyOf = %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}

func TestPanel(t *testing.T) {
	a := processed(t, sample)
	p := panelOf(a, speakersOf(a))
	if len(p.Speakers) != 1 || p.Speakers[0].Name != "Li Qiang" || p.Speakers[0].Type != "person" || p.Speakers[0].Claims != 1 {
		t.Errorf("speakers = %+v, want Li Qiang, a person, in 1 claim", p.Speakers)
	}
	var years []string
	for _, y := range p.Years {
		years = append(years, y.Year+":"+y.Sources[0].Source)
	}
	if got := strings.Join(years, " "); got != "2010:SCIO 2015:Xinhua 2024:Caixin" {
		t.Errorf("sources by year = %s", got)
	}
	if len(p.Terms) != 2 || p.Terms[0].Hanzi != "李强" || p.Terms[1].Hanzi != "网络主权" {
		t.Errorf("terms = %+v", p.Terms)
	}
}

func TestIndex(t *testing.T) {
	ok := processed(t, sample)
	ok.ID = "abc"
	failed := &claimx.Article{ID: "def", Source: "big.txt", Err: errors.New("larger than --max-bytes")}
	var b bytes.Buffer
	href := func(a *claimx.Article) string {
		if a.Err != nil {
			return ""
		}
		return a.ID + ".html"
	}
	if err := Index(&b, []*claimx.Article{ok, failed}, href, Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, s := range []string{`<a href="abc.html">Sovereign AI</a>`, `<td class="n">3</td>`,
		`<span class="status bad">not processed</span> <small>larger than --max-bytes</small>`, "2 articles"} {
		if !strings.Contains(page, s) {
			t.Errorf("the index lacks %s", s)
		}
	}
	if strings.Contains(page, `href="def.html"`) {
		t.Error("the index links an article that has no page")
	}
}
