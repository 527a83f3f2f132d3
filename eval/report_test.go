package eval

import (
	"bytes"
	"strings"
	"testing"
)

// flawed is a two-article run with at least one error of each kind.
func flawed() Report {
	g := harbourGold()
	p := exact(g)
	p.Citations = p.Citations[1:]
	p.Entities = append(p.Entities, PredEntity{"Hambantota", "GPE"})
	p.Terms[1].Segments = []string{"李", "强"}
	p.Title = "Harbour Diplomacy"
	return Score(map[string]Gold{"harbour": g, "grain": {Footnotes: []int{7}}},
		map[string]Prediction{"harbour": p})
}

func TestWriteTable(t *testing.T) {
	var buf bytes.Buffer
	flawed().WriteTable(&buf)
	out := buf.String()
	for _, want := range []string{
		"citations", "citation dates", "terms", "entities", "attributions", "footnotes",
		"1.000  0.667  0.800", // citations: P, R, F1
		"term segments     0.500      1      2",
		"  GPE             0.667  1.000  0.800      2      1      0", // Hambantota

		"2 articles scored",
		"no prediction (all gold counted as missed): grain",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if i := strings.Index(out, "  PERSON"); i < strings.Index(out, "entities") || i > strings.Index(out, "attributions") {
		t.Error("entity types not under the entities layer")
	}
	if strings.Index(out, "citation dates") > strings.Index(out, "footnotes") {
		t.Error("layers out of order")
	}
}

func TestWriteExplain(t *testing.T) {
	var buf bytes.Buffer
	flawed().WriteExplain(&buf)
	out := buf.String()
	for _, want := range []string{
		"== grain (no prediction)",
		"missed    [7]",
		"== harbour",
		"missed    Xinhua 2023-05-14 (day)",
		"spurious  Hambantota [GPE]",
		"李强 segments: got 李|强, want 李强",
		`title: got "Harbour Diplomacy", want "Beijing’s Harbour Diplomacy"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "attributions") {
		t.Errorf("layers without errors should not be listed:\n%s", out)
	}
}

func TestWriteSummaryEntityTypes(t *testing.T) {
	r := flawed()
	r.Set = "dev"
	var buf bytes.Buffer
	WriteSummary(&buf, []Report{r})
	for _, want := range []string{"entities                0.889", "  PERSON                1.000", "  GPE                   0.800"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, buf.String())
		}
	}
}
