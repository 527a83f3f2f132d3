package eval

import (
	"errors"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// reportWith is a report whose entities F1 and gloss accuracy are given.
func reportWith(entitiesF1, gloss float64) Report {
	r := Score(map[string]Gold{"harbour": harbourGold()}, map[string]Prediction{"harbour": exact(harbourGold())})
	r.Set = "s"
	r.Layers[3].F1 = entitiesF1
	r.GlossAccuracy = gloss
	return r
}

func TestRegressions(t *testing.T) {
	cases := []struct {
		name      string
		base, now float64 // entities F1
		want      string  // the message, "" for none
	}{
		{"unchanged", 0.930, 0.930, ""},
		{"fall of 0.004 is noise", 0.930, 0.926, ""},
		{"fall of exactly the tolerance is noise", 0.930, 0.925, ""},
		// 0.050-0.005 rounds to just above 0.045 in floating point.
		{"fall of exactly the tolerance from a low score", 0.050, 0.045, ""},
		{"fall of 0.006 is flagged", 0.930, 0.924, "s: entities F1 0.924 < baseline 0.930 - 0.005"},
		{"a rise is not a regression", 0.930, 0.990, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := NewBaseline(reportWith(c.base, 1)).Regressions(Tolerance, reportWith(c.now, 1))
			var want []string
			if c.want != "" {
				want = []string{c.want}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestRegressionsInReportOrder(t *testing.T) {
	got := NewBaseline(reportWith(0.9, 0.9)).Regressions(Tolerance, reportWith(0.7, 0.8))
	want := []string{"s: entities F1 0.700 < baseline 0.900 - 0.005", "s: gloss accuracy 0.800 < baseline 0.900 - 0.005"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRegressionsScoreGone(t *testing.T) {
	b := NewBaseline(reportWith(1, 1))
	b.Scores["s: relations F1"] = 0.5
	got := b.Regressions(Tolerance, reportWith(1, 1))
	if len(got) != 1 || !strings.Contains(got[0], "s: relations F1 missing") {
		t.Errorf("got %q, want the vanished score reported", got)
	}
}

func TestRegressionsAcrossSets(t *testing.T) {
	dev, test := reportWith(0.9, 1), reportWith(0.8, 1)
	dev.Set, test.Set = "real/dev", "real/test"
	b := NewBaseline(dev, test)
	dev.Layers[3].F1 = 0.5
	got := b.Regressions(Tolerance, dev, test)
	want := []string{"real/dev: entities F1 0.500 < baseline 0.900 - 0.005"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "baseline.json")
	want := NewBaseline(reportWith(0.812, 0.75))
	if err := WriteBaseline(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got.Scores["s: entities F1"] != 0.812 || len(got.Scores) != 13 {
		t.Errorf("want 8 layer F1s, 2 term and 3 metadata accuracies: %v", got.Scores)
	}
}

func TestLoadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadBaseline(filepath.Join(dir, "none.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file should match fs.ErrNotExist, got %v", err)
	}
	for name, content := range map[string]string{"broken.json": `{"scores": {`, "empty.json": `{}`} {
		path := filepath.Join(dir, name)
		writeFile(t, path, content)
		if _, err := LoadBaseline(path); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: want an error naming the file, got %v", name, err)
		}
	}
}
