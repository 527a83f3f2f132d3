// Package show renders articles of a claimx dataset as self-contained HTML
// pages: the text with each claim as a block and every span the dataset
// holds marked in place (quotes linked to their speakers, entities by
// type, citations as badges, Chinese terms with pinyin and gloss as ruby),
// beside a panel of who is quoted, what is cited and which terms are
// glossed; and an index page of a dataset's articles.
//
// It renders what it is given, the spans of a dataset read back with
// output.ReadDataset (or of an article held in memory), and analyses
// nothing itself. Pages load nothing from the network, run no script (a
// Content-Security-Policy forbids any), and escape every string of the
// article through html/template.
package show

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/claimx/claimx"
)

//go:embed page.css
var css string

//go:embed page.html
var pageHTML string

var pages = template.Must(template.New("pages").Funcs(template.FuncMap{
	"plural": plural,
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	},
	"join":   strings.Join,
	"headOf": headOf,
}).Parse(pageHTML))

// head is what the <head> of every page reads.
type head struct {
	Options
	Title, Lang string
	CSS         template.CSS
}

// headOf is the head of a page of title in language lang ("" for
// English), with the page's style sheet, which is ours and so not escaped.
func headOf(o Options, title, lang string) head {
	return head{Options: o, Title: title, Lang: lang, CSS: template.CSS(css)}
}

// Options are what a page says about where it comes from.
type Options struct {
	// Dataset names the dataset the article was read from, "" for none.
	Dataset string
	// Version is the claimx build that renders the page.
	Version string
}

// articlePage is what the article template reads.
type articlePage struct {
	Options
	A          *claimx.Article
	Counts     Counts
	Paragraphs []paragraphView
	Panel      panel
	// Dropped counts the spans that do not lie within their claim and
	// could not be shown; NoText is set when the dataset holds no article
	// text and each claim shows its own.
	Dropped int
	NoText  bool
}

// Article writes the page of a. An article that could not be processed
// gets a page that says why.
func Article(w io.Writer, a *claimx.Article, opts Options) error {
	who := speakersOf(a)
	paras, dropped := layout(a, who)
	return pages.ExecuteTemplate(w, "article", articlePage{
		Options:    opts,
		A:          a,
		Counts:     countsOf(a),
		Paragraphs: paras,
		Panel:      panelOf(a, who),
		Dropped:    dropped,
		NoText:     a.Text == "" && len(a.Claims) > 0,
	})
}

// indexRow is one article of the index page.
type indexRow struct {
	A      *claimx.Article
	Href   string
	Counts Counts
}

type indexPage struct {
	Options
	Rows []indexRow
}

// Index writes a page listing arts with their counts, each linked to
// href(article), "" for an article without a page.
func Index(w io.Writer, arts []*claimx.Article, href func(*claimx.Article) string, opts Options) error {
	rows := make([]indexRow, len(arts))
	for i, a := range arts {
		rows[i] = indexRow{A: a, Href: href(a), Counts: countsOf(a)}
	}
	return pages.ExecuteTemplate(w, "index", indexPage{Options: opts, Rows: rows})
}
