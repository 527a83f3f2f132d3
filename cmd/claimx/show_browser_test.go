package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/output"
)

// seedArticle is the published article of the gold set, the one the
// README and docs/ show.
var seedArticle = filepath.Join("..", "..", "seeds", "written", "articles", "ccp-cyber-sovereignty-ai.txt")

// hostileArticle carries markup and attribute breakers in its title, its
// text, a citation's source and a quotation.
const hostileArticle = `3 March 2024

Notes on <script>window.pwned = 1</script> an "onerror=window.pwned=2 x=" title

The ministry said the <img src=x onerror="window.pwned=3"> rules were firm (Xinhua<script>window.pwned=4</script>, March 3, 2023). “We will <script>window.pwned=5</script> act,” Wang Yi said. The term 网络主权 "onerror=alert(1) means cyber sovereignty.
`

// TestShowInBrowser renders the seed article's page from a dataset that
// claimx run wrote, opens it in headless Chromium and checks in the DOM
// that every claim, quote, entity, citation, term and footnote marker of
// the dataset is on the page once, with its text, highlighted and
// labelled; that the page fits a phone's width in the dark theme and prints
// black on white with the panel last; and that a hostile article's markup
// stays text. It saves screenshots in a temporary folder, or in CLAIMX_SHOW_SCREENSHOTS (docs/ holds the ones
// the README shows: CLAIMX_SHOW_SCREENSHOTS=$PWD/docs go test ./cmd/claimx
// -run TestShowInBrowser).
func TestShowInBrowser(t *testing.T) {
	ctx := browser(t)
	check, err := os.ReadFile(filepath.Join("testdata", "showcheck.js"))
	if err != nil {
		t.Fatal(err)
	}
	seedText, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Fatal(err)
	}
	// The run reads the seed as make run does, from seeds/ into out/, so
	// that the page names them as a user's would.
	dir := t.TempDir()
	seedPath := filepath.Join("seeds", "written", "articles", "ccp-cyber-sovereignty-ai.txt")
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(seedPath)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, seedPath), seedText, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(hostileArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("CLAIMX_SHOW_SCREENSHOTS")
	if shots == "" {
		shots = dir
	}
	if shots, err = filepath.Abs(shots); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	out := "out"
	if code, stderr := runMain(t, "run", "--out", out, seedPath, "hostile.txt"); code != exitOK {
		t.Fatalf("claimx run: exit %d\n%s", code, stderr)
	}
	arts, err := output.ReadDataset(out)
	if err != nil {
		t.Fatal(err)
	}

	page := filepath.Join(dir, "seed.html")
	if code, stderr := runMain(t, "show", "--out", out, "ccp-cyber-sovereignty-ai.txt", "--html", page); code != exitOK {
		t.Fatalf("claimx show: exit %d\n%s", code, stderr)
	}
	seed := articleBySource(t, arts, "ccp-cyber-sovereignty-ai.txt")
	items := pageItems(t, seed)
	arg, err := json.Marshal(items)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 1600),
		chromedp.Navigate("file://"+page),
	); err != nil {
		t.Fatal(err)
	}
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf("(%s)(%s)", check, arg)))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	t.Logf("%d spans of the dataset checked on the page", len(items))
	screenshot(t, ctx, filepath.Join(shots, "show-seed.png"))

	// At a phone's width, in the dark theme: one column, nothing wider
	// than the screen, a dark background.
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 1400, chromedp.EmulateMobile),
		emulateMedia("", "dark"),
	); err != nil {
		t.Fatal(err)
	}
	if got := layoutFacts(t, ctx); got != (pageLayout{Overflow: 0, Background: "rgb(23, 24, 27)", PanelBelow: true}) {
		t.Errorf("at phone width in the dark theme: %+v, want no overflow, a dark background, the panel below the text", got)
	}
	screenshot(t, ctx, filepath.Join(shots, "show-seed-phone-dark.png"))

	// Printed: black on white, the panel after the text.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1600), emulateMedia("print", "light")); err != nil {
		t.Fatal(err)
	}
	if got := layoutFacts(t, ctx); got != (pageLayout{Overflow: 0, Background: "rgb(255, 255, 255)", PanelBelow: true}) {
		t.Errorf("printed: %+v, want no overflow, a white background, the panel below the text", got)
	}
	if err := chromedp.Do(ctx, emulateMedia("", "light")); err != nil {
		t.Fatal(err)
	}

	// The hostile article: its markup is text on the page, nothing of it
	// runs or becomes an element or an attribute.
	page = filepath.Join(dir, "hostile.html")
	if code, stderr := runMain(t, "show", "--out", out, "--html", page, "hostile.txt"); code != exitOK {
		t.Fatalf("claimx show: exit %d\n%s", code, stderr)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatal(err)
	}
	inert, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`({
		pwned: window.pwned === undefined ? 0 : window.pwned,
		scripts: document.scripts.length,
		images: document.images.length,
		handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')).length,
		text: document.body.textContent,
	})`))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := inert["text"].(string)
	if inert["pwned"].(float64) != 0 || inert["scripts"].(float64) != 0 || inert["images"].(float64) != 0 || inert["handlers"].(float64) != 0 {
		t.Errorf("hostile article: pwned=%v scripts=%v images=%v on* attributes=%v, want all 0", inert["pwned"], inert["scripts"], inert["images"], inert["handlers"])
	}
	for _, s := range []string{`<script>window.pwned = 1</script>`, `"onerror=window.pwned=2 x="`, `<img src=x onerror="window.pwned=3">`, `Xinhua<script>window.pwned=4</script>`, `"onerror=alert(1)`} {
		if !strings.Contains(text, s) {
			t.Errorf("hostile article: %q is not shown as text", s)
		}
	}
}

// pageItem is a span of the dataset as the check script looks for it: the
// element of class sel with data-span span, showing text, with its labels.
type pageItem struct {
	What      string   `json:"what"`
	Sel       string   `json:"sel"`
	Span      string   `json:"span"`
	Text      string   `json:"text"`
	Labels    []string `json:"labels,omitempty"`
	Href      string   `json:"href,omitempty"` // the speaker a quote's label leads to
	ID        string   `json:"id,omitempty"`   // an entity's id, a citation's source id
	Footnotes []string `json:"footnotes,omitempty"`
}

// pageItems lists every claim of a and everything found in it, with the
// text each span covers of the article text the dataset stores.
func pageItems(t *testing.T, a *claimx.Article) []pageItem {
	t.Helper()
	if a.Text == "" {
		t.Fatal("the dataset holds no article text")
	}
	text := []rune(a.Text)
	slice := func(s claimx.Span) string { return string(text[s.Start:s.End]) }
	span := func(s claimx.Span) string { return fmt.Sprintf("%d-%d", s.Start, s.End) }
	var items []pageItem
	for _, c := range a.Claims {
		claim := pageItem{What: "claim", Sel: ".claim", Span: span(c.Span), Text: slice(c.Span)}
		if c.Kind == claimx.Reported {
			claim.Labels = nonEmpty("reported", c.Speaker, c.SpeakerMention, c.Cue)
		}
		for _, n := range c.Footnotes {
			claim.Footnotes = append(claim.Footnotes, "["+strconv.Itoa(n)+"]")
		}
		items = append(items, claim)
		for _, q := range c.Quotes {
			items = append(items, pageItem{What: "quote", Sel: "mark.quote", Span: span(q.Span), Text: slice(q.Span),
				Labels: nonEmpty(q.Speaker, q.SpeakerMention), Href: q.Speaker})
		}
		for _, e := range c.Entities {
			items = append(items, pageItem{What: "entity", Sel: ".ent", Span: span(e.Span), Text: slice(e.Span), ID: e.ID})
		}
		for _, ct := range c.Citations {
			labels := []string{ct.Source, isoDate(ct)}
			if ct.YearInferred {
				labels = append(labels, "inferred")
			}
			items = append(items, pageItem{What: "cite", Sel: ".cite", Span: span(ct.Span), Text: slice(ct.Span), Labels: labels, ID: ct.SourceID})
		}
		for _, tm := range c.Terms {
			items = append(items, pageItem{What: "term", Sel: "ruby.term", Span: span(tm.Span), Text: slice(tm.Span),
				Labels: nonEmpty(append(strings.Fields(cmp.Or(tm.PinyinTones, tm.Pinyin)), tm.Gloss)...)})
		}
	}
	return items
}

// isoDate is the citation's date to the precision the article printed.
func isoDate(c claimx.Citation) string {
	switch {
	case c.Date.IsZero():
		return "undated"
	case c.Precision == claimx.Year:
		return c.Date.Format("2006")
	case c.Precision == claimx.Month:
		return c.Date.Format("2006-01")
	}
	return c.Date.Format(time.DateOnly)
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func articleBySource(t *testing.T, arts []*claimx.Article, name string) *claimx.Article {
	t.Helper()
	for _, a := range arts {
		if filepath.Base(a.Source) == name {
			return a
		}
	}
	t.Fatalf("no article %s in the dataset", name)
	return nil
}

// browser starts headless Chromium (Debian's chromium package, which
// .ci/run installs) for the test, or skips it where there is none.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("claimx show's browser test needs headless Chromium, which is not installed here (apt-get install chromium; .ci/run installs it): " + err.Error())
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // CI and the sessions run as root
		chromedp.Flag("disable-dev-shm-usage", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// emulateMedia sets the media type the page sees ("" for the screen,
// "print") and its prefers-color-scheme.
func emulateMedia(media, scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Media:    media,
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// pageLayout is how the page is laid out: how far it is wider than the
// viewport, its background, and whether the side panel follows the text.
type pageLayout struct {
	Overflow   float64 `json:"overflow"`
	Background string  `json:"background"`
	PanelBelow bool    `json:"panelBelow"`
}

func layoutFacts(t *testing.T, ctx context.Context) pageLayout {
	t.Helper()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[pageLayout](`({
		overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
		background: getComputedStyle(document.documentElement).backgroundColor,
		panelBelow: document.querySelector('.panel').getBoundingClientRect().top >= document.querySelector('main').getBoundingClientRect().bottom - 1,
	})`))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// screenshot saves what the viewport shows as a PNG.
func screenshot(t *testing.T, ctx context.Context, file string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", file)
}
