package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimx/claimx/input"
)

const seedDir = "../../seeds/written/articles"

func generate(t *testing.T, dir string, n int, seed uint64) []string {
	t.Helper()
	if err := run(seedDir, dir, n, 400, seed); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestCorpusIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	fa, fb := generate(t, a, 15, 7), generate(t, b, 15, 7)
	if len(fa) != 15 || len(fb) != 15 {
		t.Fatalf("got %d and %d files, want 15", len(fa), len(fb))
	}
	for i := range fa {
		x, _ := os.ReadFile(fa[i])
		y, _ := os.ReadFile(fb[i])
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", filepath.Base(fa[i]))
		}
	}
	other := generate(t, t.TempDir(), 15, 8)
	x, _ := os.ReadFile(fa[0])
	y, _ := os.ReadFile(other[0])
	if bytes.Equal(x, y) {
		t.Error("another seed gave the same first article")
	}
}

// Every article must read as a real one does, and be new to claimx: a
// duplicate would be skipped, not measured.
func TestCorpusArticlesReadLikeArticles(t *testing.T) {
	files := generate(t, t.TempDir(), 40, 1)
	ids := map[string]bool{}
	var words, withHan, withCitation int
	for _, f := range files {
		a := input.ReadFile(f, input.MaxBytes)
		switch {
		case a.Err != nil:
			t.Fatal(a.Err)
		case a.Title == "" || len(a.Authors) == 0 || a.Published.IsZero():
			t.Errorf("%s: header not found: title %q, authors %q, published %v", f, a.Title, a.Authors, a.Published)
		case len(a.Paragraphs) < 4:
			t.Errorf("%s: only %d paragraphs", f, len(a.Paragraphs))
		case ids[a.ID]:
			t.Errorf("%s: a duplicate article", f)
		}
		ids[a.ID] = true
		words += len(strings.Fields(a.Text))
		if strings.ContainsFunc(a.Text, isHan) {
			withHan++
		}
		if strings.Contains(a.Text, ", 20") && strings.Contains(a.Text, "(") {
			withCitation++
		}
	}
	// The last paragraph overshoots the drawn length by half a paragraph on
	// average.
	if mean := words / len(files); mean < 300 || mean > 540 {
		t.Errorf("mean %d words per article, asked for 400", mean)
	}
	if withHan < len(files)/2 || withCitation < len(files)/2 {
		t.Errorf("of %d articles, %d hold Chinese and %d citations: the seeds' mix is lost", len(files), withHan, withCitation)
	}
}

func TestRegeneratingReplacesTheCorpus(t *testing.T) {
	dir := t.TempDir()
	generate(t, dir, 10, 1)
	keep := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(keep, []byte("not ours"), 0o644); err != nil {
		t.Fatal(err)
	}
	if files := generate(t, dir, 3, 1); len(files) != 3 {
		t.Errorf("%d articles after regenerating 3, want 3", len(files))
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("a file the generator did not write was removed:", err)
	}
}
