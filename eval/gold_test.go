package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoadGold(t *testing.T) {
	golds, err := LoadGold("testdata/set")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 2 {
		t.Fatalf("got %d gold files, want 2 (README.txt is not gold)", len(golds))
	}
	h := golds["harbour"]
	if h.Published != "2023-11-02" || len(h.Authors) != 2 || len(h.Citations) != 3 {
		t.Errorf("harbour metadata or citations not read: %+v", h)
	}
	if got := h.Citations[2].Precision; got != "year" {
		t.Errorf("precision of a bare year: got %q, want it inferred as year", got)
	}
	if !h.Citations[1].YearInferred {
		t.Error("year_inferred not read")
	}
	if got := h.Entities[0].Aliases; !reflect.DeepEqual(got, []string{"CMPort"}) {
		t.Errorf("aliases: got %q", got)
	}
}

func TestLoadGoldErrors(t *testing.T) {
	cases := []struct {
		name, json, want string
	}{
		{"syntax", "{\n  \"title\": \"x\",\n  \"authors\": [\"a\" \"b\"]\n}", "line 3, column 19"},
		{"wrong type", `{"footnotes": ["1"]}`, "line 1, column 18"},
		{"bad published", `{"published": "16 April 2024"}`, `published "16 April 2024"`},
		{"unknown precision", `{"citations": [{"source": "MFA", "date": "2023", "precision": "decade"}]}`, `precision "decade"`},
		{"date against precision", `{"citations": [{"source": "MFA", "date": "2023-03", "precision": "day"}]}`, `does not match precision "day"`},
		{"unshaped date", `{"citations": [{"source": "MFA", "date": "March 2023"}]}`, `date "March 2023" is not`},
		{"no source", `{"citations": [{"date": "2023"}]}`, "citations[0]: no source"},
		{"entity type", `{"entities": [{"name": "Mekong", "type": "LOC"}]}`, `type "LOC"`},
		{"entity name", `{"entities": [{"type": "GPE"}]}`, "entities[0]: no name"},
		{"term", `{"terms": [{"gloss": "reform"}]}`, "terms[0]: no hanzi"},
		{"attribution", `{"attributions": [{"speaker": "Li Qiang"}]}`, "attributions[0]"},
		{"unknown layer", `{"layers": ["title", "quotes"]}`, `layers: "quotes" is not one of`},
		{"derived layer", `{"layers": ["citation dates"]}`, `layers: "citation dates"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "gold", "bad.json"), c.json)
			writeFile(t, filepath.Join(dir, "gold", "good.json"), `{"title": "fine"}`)
			golds, err := LoadGold(dir)
			if err == nil {
				t.Fatalf("no error, loaded %v", golds)
			}
			if golds != nil {
				t.Error("labels returned alongside an error")
			}
			msg := err.Error()
			if !strings.Contains(msg, "bad.json") || !strings.Contains(msg, c.want) {
				t.Errorf("error %q should name bad.json and say %q", msg, c.want)
			}
		})
	}
}

func TestLoadGoldReportsEveryBadFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "gold", "one.json"), `{`)
	writeFile(t, filepath.Join(dir, "gold", "two.json"), `{"published": "yesterday"}`)
	_, err := LoadGold(dir)
	if err == nil || !strings.Contains(err.Error(), "one.json") || !strings.Contains(err.Error(), "two.json") {
		t.Errorf("want both files named, got %v", err)
	}
}

func TestLoadGoldNothingToLoad(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadGold(dir); err == nil {
		t.Error("no error for a set without a gold folder")
	}
	writeFile(t, filepath.Join(dir, "gold", "notes.txt"), "")
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "no .json") {
		t.Errorf("want a no-files error, got %v", err)
	}
}

func TestArticleFiles(t *testing.T) {
	files, err := ArticleFiles("testdata/set")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"harbour": filepath.Join("testdata/set/articles", "harbour.txt"),
		"grain":   filepath.Join("testdata/set/articles", "grain.md"),
		"rail":    filepath.Join("testdata/set/articles", "rail.html"),
	}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("got %v, want %v", files, want)
	}
}

func TestArticleFilesSharedStem(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "articles", "port.txt"), "x")
	writeFile(t, filepath.Join(dir, "articles", "port.HTML"), "x")
	_, err := ArticleFiles(dir)
	if err == nil || !strings.Contains(err.Error(), `"port"`) {
		t.Errorf("want a shared-stem error, got %v", err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
