package eval

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
)

// Tolerance is how far a score may fall below its baseline before it counts
// as a regression.
const Tolerance = 0.005

// Baseline is a saved set of scores to compare later runs with: each
// layer's F1 ("entities F1"), the term gloss and segment accuracies and
// each metadata field's accuracy ("title accuracy").
type Baseline struct {
	Scores map[string]float64 `json:"scores"`
}

// namedScore is one number a baseline keeps.
type namedScore struct {
	name  string
	value float64
}

// scores lists the numbers a baseline keeps, in report order, each named
// after its set ("real/dev: entities F1"). A layer or field with nothing
// scored in the set is left out: its 1 would only say there was nothing.
func (r Report) scores() []namedScore {
	var s []namedScore
	add := func(name string, v float64) { s = append(s, namedScore{r.Set + ": " + name, v}) }
	for _, l := range r.Layers {
		if l.Articles > 0 {
			add(l.Name+" F1", l.F1)
		}
	}
	if r.GlossTotal > 0 {
		add("gloss accuracy", r.GlossAccuracy)
	}
	if r.SegmentTotal > 0 {
		add("segment accuracy", r.SegmentAccuracy)
	}
	for _, m := range r.Metadata {
		if m.Total > 0 {
			add(m.Name+" accuracy", m.Accuracy)
		}
	}
	return s
}

// scoresOf lists the scores of several reports, in order.
func scoresOf(reports []Report) []namedScore {
	var s []namedScore
	for _, r := range reports {
		s = append(s, r.scores()...)
	}
	return s
}

// NewBaseline returns the reports' scores, to save as the new baseline.
func NewBaseline(reports ...Report) Baseline {
	b := Baseline{Scores: map[string]float64{}}
	for _, s := range scoresOf(reports) {
		b.Scores[s.name] = s.value
	}
	return b
}

// LoadBaseline reads a baseline file. A missing file gives an error that
// matches fs.ErrNotExist, so a caller can start a first baseline.
func LoadBaseline(path string) (Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Baseline{}, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return Baseline{}, fmt.Errorf("%s: %s", path, jsonProblem(data, err))
	}
	if len(b.Scores) == 0 {
		return Baseline{}, fmt.Errorf("%s: no scores", path)
	}
	return b, nil
}

// WriteBaseline saves a baseline as indented JSON, keys sorted, so that a
// changed baseline reads well in a diff.
func WriteBaseline(path string, b Baseline) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Regressions lists every score of the reports that fell more than
// tolerance below the baseline, as "written: entities F1 0.912 < baseline
// 0.930 - 0.005", in report order, followed by baseline scores the reports no
// longer have. A fall of exactly the tolerance is not a regression (a tiny
// epsilon absorbs float rounding in the subtraction). Scores new in the
// reports are not compared.
func (b Baseline) Regressions(tolerance float64, reports ...Report) []string {
	const epsilon = 1e-9
	var out []string
	seen := map[string]bool{}
	for _, s := range scoresOf(reports) {
		seen[s.name] = true
		base, ok := b.Scores[s.name]
		if ok && s.value < base-tolerance-epsilon {
			out = append(out, fmt.Sprintf("%s %.3f < baseline %.3f - %.3f", s.name, s.value, base, tolerance))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(b.Scores)) {
		if !seen[name] {
			out = append(out, fmt.Sprintf("%s missing from the report (baseline %.3f)", name, b.Scores[name]))
		}
	}
	return out
}
