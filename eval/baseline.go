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

// scores lists the numbers a baseline keeps, in report order.
func (r Report) scores() []namedScore {
	var s []namedScore
	for _, l := range r.Layers {
		s = append(s, namedScore{l.Name + " F1", l.F1})
	}
	s = append(s, namedScore{"gloss accuracy", r.GlossAccuracy}, namedScore{"segment accuracy", r.SegmentAccuracy})
	for _, m := range r.Metadata {
		s = append(s, namedScore{m.Name + " accuracy", m.Accuracy})
	}
	return s
}

// Baseline returns the report's scores, to save as the new baseline.
func (r Report) Baseline() Baseline {
	b := Baseline{Scores: map[string]float64{}}
	for _, s := range r.scores() {
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

// Regressions lists every score of r that fell more than tolerance below
// the baseline, as "entities F1 0.912 < baseline 0.930 - 0.005", in report
// order, followed by baseline scores the report no longer has. A fall of
// exactly the tolerance is not a regression (a tiny epsilon absorbs float
// rounding in the subtraction). Scores new in r are not compared.
func (b Baseline) Regressions(r Report, tolerance float64) []string {
	const epsilon = 1e-9
	var out []string
	seen := map[string]bool{}
	for _, s := range r.scores() {
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
