package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
)

// writeFiles writes name → content files into a new directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var (
	goodArticle  = "Copper smelters cut output in April. Prices rose on the news.\n"
	otherArticle = "Soybean imports reached a record in May. Most came from Brazil.\n"
)

func TestRunExitStatus(t *testing.T) {
	good := writeFiles(t, map[string]string{"a.txt": goodArticle, "b.md": otherArticle})
	mixed := writeFiles(t, map[string]string{"a.txt": goodArticle, "empty.txt": ""})
	emptyFeed := writeFiles(t, map[string]string{"none.jsonl": "\n"})
	notADir := filepath.Join(t.TempDir(), "out")
	if err := os.WriteFile(notADir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string // after "run --out OUT", OUT a new directory unless given
		status int
		stderr string
	}{
		{"all written", []string{good}, exitOK, "failed=0"},
		{"some failed", []string{mixed}, exitPartial, "empty input"},
		{"input missing", []string{filepath.Join(good, "nope.txt")}, exitFatal, "cannot read inputs"},
		{"pattern matches nothing", []string{filepath.Join(good, "*.html")}, exitFatal, "no file matches"},
		{"output not writable", []string{"--out", notADir, good}, exitFatal, "cannot open output"},
		{"no input", nil, exitUsage, "no INPUT given"},
		{"bad log format", []string{"--log-format", "xml", good}, exitUsage, `--log-format must be text or json, not "xml"`},
		{"no workers", []string{"--workers", "0", good}, exitUsage, "--workers must be at least 1, not 0"},
		{"no part size", []string{"--part-size", "0", good}, exitUsage, "--part-size must be at least 1 article, not 0"},
		{"negative max bytes", []string{"--max-bytes", "-1", good}, exitUsage, "--max-bytes must be a positive number of bytes, not -1"},
		{"negative timeout", []string{"--timeout", "-1s", good}, exitUsage, "--timeout must be 0 (no limit) or more, not -1s"},
		{"unknown format", []string{"--format", "csv", good}, exitUsage, `--format must be parquet or jsonl, not "csv"`},
		{"not a number", []string{"--workers", "two", good}, exitUsage, `invalid value "two" for flag -workers`},
		{"unknown flag", []string{"--wokers", "2", good}, exitUsage, "flag provided but not defined: -wokers"},
		{"source without stdin", []string{"--source", "wire", good}, exitUsage, "--source names standard input, but no INPUT is -"},
		{"flags after the inputs", []string{good, "--workers", "1"}, exitOK, "failed=0"},
		{"an input after --", []string{"--", good}, exitOK, "failed=0"},
		{"a folder with no article", []string{good, t.TempDir()}, exitFatal, "an input holds no article"},
		{"a feed with no article", []string{good, filepath.Join(emptyFeed, "none.jsonl")}, exitFatal, "none.jsonl"},
		{"no article allowed", []string{"--allow-empty", filepath.Join(emptyFeed, "none.jsonl")}, exitOK, "read=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"run", "--out", filepath.Join(t.TempDir(), "out")}, tt.args...)
			code, stderr := runMain(t, args...)
			if code != tt.status || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr should hold %q:\n%s", code, tt.status, tt.stderr, stderr)
			}
		})
	}
}

// TestRunTwiceAddsNothing runs over inputs where one is new on the second
// run: only that one is written, and the one that failed is tried again;
// the rest are counted as skipped.
func TestRunTwiceAddsNothing(t *testing.T) {
	in := writeFiles(t, map[string]string{"a.txt": goodArticle, "empty.txt": ""})
	out := filepath.Join(t.TempDir(), "out")
	if code, stderr := runMain(t, "run", "--out", out, in); code != exitPartial {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	if err := os.WriteFile(filepath.Join(in, "b.txt"), []byte(otherArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stderr := runMain(t, "run", "--out", out, in)
	if _, counts := summary(t, stderr); code != exitPartial || counts != [5]int{3, 1, 1, 1, 2} {
		t.Errorf("second run: exit %d, counts %v; want read 3, written 1, skipped 1, failed 1, claims 2\n%s", code, counts, stderr)
	}
	code, stderr = runMain(t, "run", "--retry-failed=false", "--out", out, in)
	if _, counts := summary(t, stderr); code != exitOK || counts != [5]int{3, 0, 3, 0, 0} {
		t.Errorf("third run, failed not retried: exit %d, counts %v; want read 3, skipped 3\n%s", code, counts, stderr)
	}
	if rows := readState(t, out); len(rows) != 3 {
		t.Errorf("%d articles, want 3", len(rows))
	}
}

// TestRetryFailed fails an article with a small --max-bytes, then runs again
// with the default: the article is now ok, and the dataset holds it once.
func TestRetryFailed(t *testing.T) {
	in := writeFiles(t, map[string]string{"a.txt": goodArticle, "b.txt": otherArticle})
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := runMain(t, "run", "--max-bytes", "63", "--out", out, in)
	if _, counts := summary(t, stderr); code != exitPartial || counts != [5]int{2, 1, 0, 1, 2} {
		t.Fatalf("first run: exit %d, counts %v; want b.txt (64 bytes) failed\n%s", code, counts, stderr)
	}
	code, stderr = runMain(t, "run", "--out", out, in)
	if _, counts := summary(t, stderr); code != exitOK || counts != [5]int{2, 1, 1, 0, 2} {
		t.Fatalf("second run: exit %d, counts %v; want b.txt written, a.txt skipped\n%s", code, counts, stderr)
	}
	state := readState(t, out)
	if len(state) != 2 {
		t.Fatalf("%d articles, want 2", len(state))
	}
	for _, r := range state {
		if r.Status != output.StatusOK {
			t.Errorf("%s: status %s, want ok", r.Source, r.Status)
		}
	}
	// In SQL, as the README gives it: each article once, ok.
	var rows []struct{ Source, Status string }
	duckQuery(t, readmeQuery(t, "-- every article's current state", out), &rows)
	if len(rows) != 2 || rows[0].Status != "ok" || rows[1].Status != "ok" {
		t.Errorf("current state in DuckDB = %+v, want a.txt and b.txt ok", rows)
	}
}

func TestRunJSONLogs(t *testing.T) {
	in := writeFiles(t, map[string]string{"a.txt": goodArticle, "empty.txt": ""})
	code, stderr := runMain(t, "run", "--log-format", "json", "--out", filepath.Join(t.TempDir(), "out"), in)
	if code != exitPartial {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var msgs []string
	lines := bufio.NewScanner(strings.NewReader(stderr))
	for lines.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(lines.Bytes(), &rec); err != nil {
			t.Fatalf("not a JSON log line: %q", lines.Text())
		}
		msgs = append(msgs, rec["msg"].(string))
		if rec["msg"] == "summary" && (rec["written"] != 1.0 || rec["failed"] != 1.0 || rec["elapsed"] == nil) {
			t.Errorf("summary %v", rec)
		}
	}
	if strings.Join(msgs, ",") != "article not processed,summary" {
		t.Errorf("log messages %q", msgs)
	}
}

// TestRunNoProgressOffTerminal checks that a run whose standard error is a
// file, as under cron, writes log lines and nothing of a progress bar.
func TestRunNoProgressOffTerminal(t *testing.T) {
	in := writeFiles(t, map[string]string{"a.txt": goodArticle, "b.txt": otherArticle})
	logFile, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	if code := mainArgs([]string{"run", "--out", filepath.Join(t.TempDir(), "out"), in}, nil, &bytes.Buffer{}, logFile); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	log, err := os.ReadFile(logFile.Name())
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(string(log), "\r█") || strings.Contains(string(log), "articles/s") || !strings.Contains(string(log), "msg=summary") {
		t.Errorf("log file holds more or less than log lines:\n%q", log)
	}
}

// TestProgress draws the bar into a buffer, as it would on a terminal.
func TestProgress(t *testing.T) {
	var screen bytes.Buffer
	bar := newProgress(&screen, 3, 4, true)
	for read := 1; read <= 4; read++ {
		bar.update(pipeline.Stats{Read: read})
		if read == 2 {
			bar.Write([]byte("level=WARN msg=\"article not processed\"\n"))
		}
	}
	bar.end()
	got := screen.String()
	for _, want := range []string{"3 files, elapsed 0s, left 0s", "(4/4, ", "articles/s", "msg=\"article not processed\"\n", "100%"} {
		if strings.Contains(got, "[0s") {
			t.Errorf("unlabelled times on the screen:\n%q", got)
		}
		if !strings.Contains(got, want) {
			t.Errorf("screen lacks %q:\n%q", want, got)
		}
	}
	// The log line starts on a cleared line, not after the bar.
	if i := strings.Index(got, "level=WARN"); i < 1 || got[i-1] != '\r' {
		t.Errorf("log line not written over a cleared bar:\n%q", got)
	}

	screen.Reset()
	unknown := newProgress(&screen, 1, 0, false) // standard input
	unknown.update(pipeline.Stats{Read: 5})
	unknown.end()
	if got := screen.String(); !strings.Contains(got, "(5/-, ") || !strings.Contains(got, "1 files, elapsed 0s") || strings.Contains(got, "left") {
		t.Errorf("with no total, the screen should count articles:\n%q", got)
	}
}
