package eval

import (
	"fmt"
	"io"
	"strings"
)

// Report is the outcome of scoring a gold set. Its JSON form is stable:
// layers and metadata in fixed order, articles sorted by stem.
type Report struct {
	// Set names the gold set scored ("written", "real/dev", "all").
	Set string `json:"set"`
	// Articles is the number of gold articles scored, Missing among them.
	Articles   int      `json:"articles"`
	Missing    []string `json:"missing,omitempty"`    // gold articles with no prediction
	Unlabelled []string `json:"unlabelled,omitempty"` // predictions with no gold, not scored

	Layers []Layer `json:"layers"` // citations, citation dates, terms, entities, attributions, footnotes
	// EntityTypes breaks the entities layer down by type ("entities GPE"),
	// as EntityTypes lists them; their counts sum to the layer's.
	EntityTypes []Layer `json:"entity_types"`

	// Over the terms matched on hanzi.
	GlossAccuracy   float64 `json:"gloss_accuracy"`
	GlossCorrect    int     `json:"gloss_correct"`
	GlossTotal      int     `json:"gloss_total"`
	SegmentAccuracy float64 `json:"segment_accuracy"`
	SegmentCorrect  int     `json:"segment_correct"`
	SegmentTotal    int     `json:"segment_total"`

	Metadata []MetaField `json:"metadata"` // published, title, authors

	Explain []ArticleExplain `json:"explain"`
}

// Layer is the micro-averaged score of one layer.
//
// Rates with a zero denominator are defined so that doing nothing wrong
// scores 1: with no predictions precision is 1, with no gold labels recall
// is 1, and F1 = 2TP/(2TP+FP+FN) is 1 when nothing was predicted and there
// was nothing to find. Predicting nothing when there was something to find
// gives P 1, R 0, F1 0.
type Layer struct {
	Name string `json:"name"`
	// Articles is how many articles were scored on the layer: every one for
	// the required layers, those whose gold has it for the optional ones.
	Articles  int     `json:"articles"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// add counts one article's tally.
func (l *Layer) add(t tally) {
	l.Articles++
	l.TP += t.tp
	l.FP += len(t.fp)
	l.FN += len(t.fn)
}

func (l *Layer) setRates() {
	l.Precision = ratio(l.TP, l.TP+l.FP)
	l.Recall = ratio(l.TP, l.TP+l.FN)
	l.F1 = ratio(2*l.TP, 2*l.TP+l.FP+l.FN)
}

// ratio is n/d, and 1 when d is 0: nothing to get right, nothing got wrong.
// Accuracies use it too, so gloss accuracy is 1 when no term matched.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// MetaField counts the articles whose metadata field was right, among
// those whose gold gives it (Total), and apart from them the articles whose
// gold gives none (None) where claimx gave one all the same (Extra).
type MetaField struct {
	Name     string  `json:"name"`
	Correct  int     `json:"correct"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
	Extra    int     `json:"extra"`
	None     int     `json:"none"`
}

// ArticleExplain lists what one article got wrong.
type ArticleExplain struct {
	Stem    string        `json:"stem"`
	Missing bool          `json:"missing,omitempty"`
	Layers  []LayerErrors `json:"layers,omitempty"` // only layers with errors, in report order
	// Terms lists wrong glosses and segmentations of matched terms.
	Terms []string `json:"terms,omitempty"`
	// Metadata lists wrong fields as `title: got "…", want "…"`.
	Metadata []string `json:"metadata,omitempty"`
}

// LayerErrors lists one layer's false positives (predicted, not in gold)
// and false negatives (in gold, not predicted) in one article.
type LayerErrors struct {
	Name string   `json:"name"`
	FP   []string `json:"fp,omitempty"`
	FN   []string `json:"fn,omitempty"`
}

// WriteTable writes the scores as an aligned table for people. A layer or
// field that no article of the set is labelled for shows "-".
func (r Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-16s %6s %6s %6s %6s %6s %6s\n", "layer", "P", "R", "F1", "TP", "FP", "FN")
	for _, l := range r.Layers {
		if l.Articles == 0 {
			fmt.Fprintf(w, "%-16s %6s\n", l.Name, "-")
			continue
		}
		fmt.Fprintf(w, "%-16s %6.3f %6.3f %6.3f %6d %6d %6d\n", l.Name, l.Precision, l.Recall, l.F1, l.TP, l.FP, l.FN)
		if l.Name != LayerEntities {
			continue
		}
		for _, t := range r.EntityTypes {
			fmt.Fprintf(w, "  %-14s %6.3f %6.3f %6.3f %6d %6d %6d\n", strings.TrimPrefix(t.Name, LayerEntities+" "),
				t.Precision, t.Recall, t.F1, t.TP, t.FP, t.FN)
		}
	}
	// "extra" is how many of the articles whose gold gives no such field
	// got one all the same.
	fmt.Fprintf(w, "\n%-16s %6s %6s %6s %9s\n", "accuracy", "", "right", "of", "extra")
	row := func(name string, acc float64, ok, n int, extra string) {
		line := fmt.Sprintf("%-16s %6s %6s %6s %9s", name, "-", "", "", extra)
		if n > 0 {
			line = fmt.Sprintf("%-16s %6.3f %6d %6d %9s", name, acc, ok, n, extra)
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	row("term glosses", r.GlossAccuracy, r.GlossCorrect, r.GlossTotal, "")
	row("term segments", r.SegmentAccuracy, r.SegmentCorrect, r.SegmentTotal, "")
	for _, m := range r.Metadata {
		extra := ""
		if m.None > 0 {
			extra = fmt.Sprintf("%d/%d", m.Extra, m.None)
		}
		row(m.Name, m.Accuracy, m.Correct, m.Total, extra)
	}
	fmt.Fprintf(w, "\n%d articles scored\n", r.Articles)
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "no prediction (all gold counted as missed): %s\n", strings.Join(r.Missing, ", "))
	}
	if len(r.Unlabelled) > 0 {
		fmt.Fprintf(w, "no gold (not scored): %s\n", strings.Join(r.Unlabelled, ", "))
	}
}

// WriteSummary writes one column per report: each layer's F1 and each
// accuracy, "-" where the set has nothing labelled for it.
func WriteSummary(w io.Writer, reports []Report) {
	fmt.Fprintf(w, "%-18s", "F1 / accuracy")
	for _, r := range reports {
		fmt.Fprintf(w, " %10s", r.Set)
	}
	fmt.Fprintln(w)
	line := func(name string, cell func(r Report) (float64, bool)) {
		fmt.Fprintf(w, "%-18s", name)
		for _, r := range reports {
			if v, ok := cell(r); ok {
				fmt.Fprintf(w, " %10.3f", v)
			} else {
				fmt.Fprintf(w, " %10s", "-")
			}
		}
		fmt.Fprintln(w)
	}
	for i, name := range layerNames {
		line(name, func(r Report) (float64, bool) { return r.Layers[i].F1, r.Layers[i].Articles > 0 })
		if name != LayerEntities {
			continue
		}
		for j, typ := range EntityTypes {
			line("  "+typ, func(r Report) (float64, bool) { return r.EntityTypes[j].F1, r.EntityTypes[j].Articles > 0 })
		}
	}
	line("term glosses", func(r Report) (float64, bool) { return r.GlossAccuracy, r.GlossTotal > 0 })
	line("term segments", func(r Report) (float64, bool) { return r.SegmentAccuracy, r.SegmentTotal > 0 })
	for i, name := range metaNames {
		line(name, func(r Report) (float64, bool) { return r.Metadata[i].Accuracy, r.Metadata[i].Total > 0 })
	}
	fmt.Fprintf(w, "%-18s", "articles")
	for _, r := range reports {
		fmt.Fprintf(w, " %10d", r.Articles)
	}
	fmt.Fprintln(w)
}

// WriteExplain writes every false positive and false negative, article by
// article and layer by layer, then wrong term details and metadata.
func (r Report) WriteExplain(w io.Writer) {
	for _, ex := range r.Explain {
		if !ex.hasErrors() {
			continue
		}
		fmt.Fprintf(w, "== %s", ex.Stem)
		if ex.Missing {
			fmt.Fprint(w, " (no prediction)")
		}
		fmt.Fprintln(w)
		for _, l := range ex.Layers {
			fmt.Fprintf(w, "  %s\n", l.Name)
			for _, s := range l.FN {
				fmt.Fprintf(w, "    missed    %s\n", s)
			}
			for _, s := range l.FP {
				fmt.Fprintf(w, "    spurious  %s\n", s)
			}
		}
		writeList(w, "term details", ex.Terms)
		writeList(w, "metadata", ex.Metadata)
	}
}

func (ex ArticleExplain) hasErrors() bool {
	return ex.Missing || len(ex.Layers)+len(ex.Terms)+len(ex.Metadata) > 0
}

func writeList(w io.Writer, title string, lines []string) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s\n", title)
	for _, s := range lines {
		fmt.Fprintf(w, "    %s\n", s)
	}
}
