package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// showDataset runs claimx run on two small articles and returns the dataset.
func showDataset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a/note.txt":  "“The measures are lawful,” Mao Ning told reporters (MFA, March 7, 2024).\n",
		"b/note.txt":  "Beijing tightened export controls on gallium (MOFCOM, July 3, 2023).\n",
		"b/other.txt": "The term 网络主权 means cyber sovereignty.\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	if code, stderr := runMain(t, "run", "--out", out, dir); code != exitOK {
		t.Fatalf("claimx run: exit %d\n%s", code, stderr)
	}
	return out
}

func TestShowCmd(t *testing.T) {
	out := showDataset(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // what standard output holds
		stderr string // what standard error holds
	}{
		{"by unique file name, flags after it", []string{"--out", out, "other.txt", "--out", out}, exitOK, "网络主权", ""},
		{"by source suffix", []string{"--out", out, "a/note.txt"}, exitOK, "Mao Ning", ""},
		{"ambiguous file name", []string{"--out", out, "note.txt"}, exitFatal, "", `"note.txt" names 2 articles`},
		{"unknown article", []string{"--out", out, "missing.txt"}, exitFatal, "", `no article "missing.txt"`},
		{"the index", []string{"--out", out, "--index"}, exitOK, "3 articles", ""},
		{"no article", []string{"--out", out}, exitUsage, "", "one ARTICLE_ID or SOURCE to show (or --index), got 0"},
		{"an article and the index", []string{"--out", out, "--index", "other.txt"}, exitUsage, "", "--index takes no ARTICLE_ID or SOURCE"},
		{"two articles", []string{"--out", out, "other.txt", "a/note.txt"}, exitUsage, "", "one ARTICLE_ID or SOURCE to show (or --index), got 2"},
		{"a bad flag", []string{"--out", out, "--pages"}, exitUsage, "", "flag provided but not defined: -pages"},
		{"no dataset", []string{"--out", filepath.Join(out, "none"), "x"}, exitFatal, "", "claimx show:"},
		{"help", []string{"--help"}, exitOK, "", "ARTICLE_ID|SOURCE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := mainArgs(append([]string{"show"}, tt.args...), nil, &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, want %d; stdout has %q: %v; stderr:\n%s", code, tt.code, tt.stdout,
					strings.Contains(stdout.String(), tt.stdout), stderr.String())
			}
		})
	}
}

// The index written to a file has the page of each article beside it, so
// its links lead somewhere; an article is found by its id too.
func TestShowIndexWritesPages(t *testing.T) {
	out := showDataset(t)
	dir := t.TempDir()
	if code, stderr := runMain(t, "show", "--out", out, "--index", "--html", filepath.Join(dir, "index.html")); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) != 4 {
		t.Fatalf("%d pages written, want the index and 3 articles", len(pages))
	}
	for _, p := range pages {
		name := filepath.Base(p)
		if name == "index.html" {
			continue
		}
		if !strings.Contains(string(index), `href="`+name+`"`) {
			t.Errorf("the index does not link %s", name)
		}
		id := strings.TrimSuffix(name, ".html")
		var stdout, stderr bytes.Buffer
		if code := mainArgs([]string{"show", "--out", out, id[:8]}, nil, &stdout, &stderr); code != exitOK {
			t.Errorf("show by id prefix %s: exit %d\n%s", id[:8], code, stderr.String())
		}
		page, _ := os.ReadFile(p)
		if stdout.String() != string(page) {
			t.Errorf("the page of %s differs from the one written beside the index", id)
		}
	}
}
