package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/claimx/claimx/input"
)

// Gold is the labels of one article, one gold file as described in
// seeds/README.md.
type Gold struct {
	Published    string            `json:"published"`
	Title        string            `json:"title"`
	Authors      []string          `json:"authors"`
	Citations    []GoldCitation    `json:"citations"`
	Terms        []GoldTerm        `json:"terms"`
	Entities     []GoldEntity      `json:"entities"`
	Attributions []GoldAttribution `json:"attributions"`
	Footnotes    []int             `json:"footnotes"`

	// The optional layers: nil when the gold file leaves them out, and then
	// not scored for the article; an empty list says there is nothing to find.
	Reported  []GoldReported `json:"reported"`
	Sentences []string       `json:"sentences"`

	// Layers, when given, names the only layers and metadata fields the
	// file labels (a set labelled for page metadata alone lists
	// "published", "title", "authors"); every other layer is then not
	// scored for the article, rather than read as having nothing to find.
	Layers []string `json:"layers,omitempty"`
}

// labelledNames is what a file's Layers may name: every layer but citation
// dates, which come with the citations, and every metadata field.
var labelledNames = append(slices.DeleteFunc(slices.Clone(layerNames), func(n string) bool { return n == LayerCitationDates }), metaNames...)

// labels reports whether the file labels the named layer or metadata field.
// Citation dates come with the citations.
func (g *Gold) labels(name string) bool {
	if name == LayerCitationDates {
		name = LayerCitations
	}
	return len(g.Layers) == 0 || slices.Contains(g.Layers, name)
}

// GoldCitation is one dated source reference. YearInferred and Accessed are
// part of the format but not scored.
type GoldCitation struct {
	Source       string `json:"source"`
	Date         string `json:"date"`
	Precision    string `json:"precision"`
	YearInferred bool   `json:"year_inferred,omitempty"`
	Accessed     bool   `json:"accessed,omitempty"`
}

// GoldTerm is one distinct run of Chinese text. An empty Gloss says the
// article gives no English for it.
type GoldTerm struct {
	Hanzi    string   `json:"hanzi"`
	Gloss    string   `json:"gloss"`
	Segments []string `json:"segments"`
}

// GoldEntity is one person, organisation or place under its fullest name,
// with the other names the article uses for it.
type GoldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Hanzi   string   `json:"hanzi,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

// GoldAttribution is one quotation and the entity that said or wrote it.
type GoldAttribution struct {
	Speaker string `json:"speaker"`
	Quote   string `json:"quote"`
}

// GoldReported is one sentence the text attributes to a speaker: its first
// words and the entity that said it. A nil Speaker says the text names no
// entity; Mention then holds the words that stand for the speaker
// ("officials"), kept for readers and not scored.
type GoldReported struct {
	Sentence string  `json:"sentence"`
	Speaker  *string `json:"speaker"`
	Mention  string  `json:"mention,omitempty"`
}

// dateLayouts gives, for each citation precision, the ISO layout its date
// must have.
var dateLayouts = map[string]string{"day": time.DateOnly, "month": "2006-01", "year": "2006"}

// LoadGold reads every DIR/gold/<stem>.json, keyed by stem. Files with other
// extensions are ignored. It checks each file against the format and reports
// every problem in every file at once, each naming its file, so that one run
// shows all that needs fixing; on any problem it returns no labels at all,
// since scoring part of a set would mislead.
func LoadGold(dir string) (map[string]Gold, error) {
	goldDir := filepath.Join(dir, "gold")
	entries, err := os.ReadDir(goldDir)
	if err != nil {
		return nil, fmt.Errorf("reading gold labels: %w", err)
	}
	golds := map[string]Gold{}
	var errs []error
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		path := filepath.Join(goldDir, e.Name())
		g, err := readGold(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		golds[strings.TrimSuffix(e.Name(), ".json")] = g
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("no gold labels: %s holds no .json file", goldDir)
	}
	return golds, nil
}

// readGold decodes and checks one gold file. Unknown fields are allowed, so
// that a set carrying extra notes still loads.
func readGold(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return Gold{}, fmt.Errorf("%s: %s", path, jsonProblem(data, err))
	}
	if problems := g.check(); len(problems) > 0 {
		return Gold{}, fmt.Errorf("%s: %s", path, strings.Join(problems, "; "))
	}
	return g, nil
}

// jsonProblem describes a decoding error with the line and column it
// occurred at, which encoding/json gives only as a byte offset.
func jsonProblem(data []byte, err error) string {
	var offset int64
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	default:
		return err.Error()
	}
	// The offset counts the bytes read, so the culprit is the last of them.
	pos := min(max(int(offset)-1, 0), len(data))
	line := bytes.Count(data[:pos], []byte("\n")) + 1
	col := pos - bytes.LastIndexByte(data[:pos], '\n')
	return fmt.Sprintf("line %d, column %d: %v", line, col, err)
}

// check lists what in g breaks the format. A citation without a precision
// gets the one its date's shape implies, the only gap filled rather than
// reported, because the date alone says it unambiguously.
func (g *Gold) check() []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if g.Published != "" {
		if _, err := time.Parse(time.DateOnly, g.Published); err != nil {
			bad("published %q is not YYYY-MM-DD", g.Published)
		}
	}
	for i := range g.Citations {
		c := &g.Citations[i]
		if strings.TrimSpace(c.Source) == "" {
			bad("citations[%d]: no source", i)
		}
		if c.Precision == "" {
			c.Precision = precisionOf(c.Date)
		}
		layout, ok := dateLayouts[c.Precision]
		switch {
		case !ok && c.Precision != "":
			bad("citations[%d]: precision %q is not day, month or year", i, c.Precision)
		case !ok && c.Date != "":
			bad("citations[%d]: date %q is not YYYY-MM-DD, YYYY-MM or YYYY", i, c.Date)
		case ok && c.Date != "":
			if _, err := time.Parse(layout, c.Date); err != nil {
				bad("citations[%d]: date %q does not match precision %q (%s)", i, c.Date, c.Precision, layout)
			}
		}
	}
	for i, t := range g.Terms {
		if strings.TrimSpace(t.Hanzi) == "" {
			bad("terms[%d]: no hanzi", i)
		}
	}
	types := []string{"PERSON", "ORG", "GPE"}
	for i, e := range g.Entities {
		if strings.TrimSpace(e.Name) == "" {
			bad("entities[%d]: no name", i)
		}
		if !slices.Contains(types, strings.ToUpper(strings.TrimSpace(e.Type))) {
			bad("entities[%d] %q: type %q is not PERSON, ORG or GPE", i, e.Name, e.Type)
		}
	}
	for i, a := range g.Attributions {
		if strings.TrimSpace(a.Speaker) == "" || strings.TrimSpace(a.Quote) == "" {
			bad("attributions[%d]: needs both speaker and quote", i)
		}
	}
	for i, r := range g.Reported {
		if strings.TrimSpace(r.Sentence) == "" {
			bad("reported[%d]: no sentence", i)
		}
		if r.Speaker != nil && strings.TrimSpace(*r.Speaker) == "" {
			bad("reported[%d]: empty speaker (null when the text names none)", i)
		}
	}
	for i, s := range g.Sentences {
		if strings.TrimSpace(s) == "" {
			bad("sentences[%d]: empty", i)
		}
	}
	for _, name := range g.Layers {
		if !slices.Contains(labelledNames, name) {
			bad("layers: %q is not one of %s", name, strings.Join(labelledNames, ", "))
		}
	}
	return problems
}

// precisionOf infers the precision an ISO date is written at, "" if it has
// none of the three shapes.
func precisionOf(date string) string {
	for p, layout := range dateLayouts {
		if _, err := time.Parse(layout, date); err == nil {
			return p
		}
	}
	return ""
}

// ArticleFiles maps each stem to the path of DIR/articles/<stem>.<ext> for
// the single-article formats claimx reads (input.ArticleExtensions). Side files such as
// <stem>.meta.json and anything else are ignored. Two articles sharing a
// stem are an error, since the gold file could not say which it labels.
func ArticleFiles(dir string) (map[string]string, error) {
	artDir := filepath.Join(dir, "articles")
	entries, err := os.ReadDir(artDir)
	if err != nil {
		return nil, fmt.Errorf("reading articles: %w", err)
	}
	files := map[string]string{}
	var errs []error
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || !slices.Contains(input.ArticleExtensions, ext) {
			continue
		}
		stem := e.Name()[:len(e.Name())-len(ext)]
		path := filepath.Join(artDir, e.Name())
		if prev, dup := files[stem]; dup {
			errs = append(errs, fmt.Errorf("%s and %s share the stem %q", prev, path, stem))
			continue
		}
		files[stem] = path
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return files, nil
}
