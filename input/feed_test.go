package input

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimx/claimx"
)

// readAllOf reads paths with Read and returns every article handed on.
func readAllOf(t *testing.T, paths []string, maxBytes int64) []*claimx.Article {
	t.Helper()
	var arts []*claimx.Article
	err := Read(context.Background(), paths, Stdin{}, maxBytes, func(a *claimx.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func TestFeed(t *testing.T) {
	const path = "testdata/feed.jsonl"
	arts := readAllOf(t, []string{path}, MaxBytes)
	// want is, line by line, the source and then the date for an article,
	// or the words its error must hold.
	want := []struct {
		line            int
		source, outcome string
	}{
		{1, path + ":1", "2024-03-02"},
		{3, path + ":3", "2024-03-04"},
		{4, path + ":4", "not valid JSON"},
		{5, path + ":5", `both "text" and "html"`},
		{6, path + ":6", `no "text" or "html"`},
		{7, path + ":7", `"last Tuesday" is not a date`},
		{8, path + ":8", `field "text" cannot hold a JSON number`},
		{9, path + ":9", "not a JSON object"},
		{10, path + ":10", "empty input"},
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d (one per non-blank line)", len(arts), len(want))
	}
	for i, w := range want {
		a := arts[i]
		if a.Source != w.source {
			t.Errorf("line %d: source %q, want %q", w.line, a.Source, w.source)
		}
		if a.Err != nil {
			loc := fmt.Sprintf("%s:%d", path, w.line)
			if !strings.HasPrefix(a.Err.Error(), loc+": ") || !strings.Contains(a.Err.Error(), w.outcome) {
				t.Errorf("line %d: error %q, want one naming %s and %q", w.line, a.Err, loc, w.outcome)
			}
			continue
		}
		if got := date(a.Published); got != w.outcome {
			t.Errorf("line %d: published %q, want %q (error %v)", w.line, got, w.outcome, a.Err)
		}
		if a.ID != ID(a.Raw) || len(a.Paragraphs) == 0 {
			t.Errorf("line %d: id %s of %d raw bytes, %d paragraphs", w.line, a.ID, len(a.Raw), len(a.Paragraphs))
		}
	}
	first := arts[0]
	if first.Title != "Salt Lakes and Lithium" || string(first.Raw) != first.Text || len(first.Paragraphs) != 2 {
		t.Errorf("line 1: title %q, raw %q, %d paragraphs", first.Title, first.Raw, len(first.Paragraphs))
	}
	if first.URL != "https://example.org/salt-lakes" || arts[1].URL != "" {
		t.Errorf("urls %q and %q, want the feed's, and none for a line without one", first.URL, arts[1].URL)
	}
	if html := arts[1]; html.Title != "Inland Ports" || !strings.HasPrefix(html.Text, "Rail freight from Chongqing") {
		t.Errorf("line 3: title %q, text %.40q", html.Title, html.Text)
	}
	if n, ok := Count([]string{path}, MaxBytes); !ok || n != len(want) {
		t.Errorf("Count = %d, %v; want %d", n, ok, len(want))
	}
}

func TestFeedEdges(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := `{"text": "Freight rates doubled in a month."}`
	long := `{"text": "` + strings.Repeat("Shipping costs rose again. ", 40) + `"}`
	tests := []struct {
		name, file, content string
		maxBytes            int64
		errs                []string // per article: "" for success, else words of its error
	}{
		{"CRLF endings, no final newline", "a.jsonl", ok + "\r\n" + ok + "x", 1000, []string{"", "not valid JSON"}},
		{"line over the limit is skipped alone", "b.jsonl", long + "\n" + ok + "\n", 200, []string{"longer than the limit of 200 bytes", ""}},
		{"UTF-16 feed", "c.jsonl", utf16LE(ok + "\n"), 1000, []string{""}},
		{"feed of blank lines holds no article", "d.jsonl", "\n  \n", 1000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(tt.file, tt.content)
			arts := readAllOf(t, []string{path}, tt.maxBytes)
			if len(arts) != len(tt.errs) {
				t.Fatalf("%d articles, want %d", len(arts), len(tt.errs))
			}
			for i, want := range tt.errs {
				a := arts[i]
				switch {
				case want == "" && a.Err != nil:
					t.Errorf("article %d: %v", i, a.Err)
				case want != "" && (a.Err == nil || !strings.Contains(a.Err.Error(), want)):
					t.Errorf("article %d: error %v, want %q", i, a.Err, want)
				}
			}
			if n, _ := Count([]string{path}, tt.maxBytes); n != len(arts) {
				t.Errorf("Count = %d, Read handed on %d", n, len(arts))
			}
		})
	}
}
