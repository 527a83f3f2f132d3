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
		{"no input", nil, exitUsage, "Usage: claimx run"},
		{"bad log format", []string{"--log-format", "xml", good}, exitUsage, "--log-format"},
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
// run: only that one is written, the rest are counted as skipped.
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
	// The empty file's error row was written by the first run: it is
	// skipped too, so this run has no failure of its own.
	if _, counts := summary(t, stderr); code != exitOK || counts != [5]int{3, 1, 2, 0, 2} {
		t.Errorf("second run: exit %d, counts %v; want read 3, written 1, skipped 2, failed 0, claims 2\n%s", code, counts, stderr)
	}
	rows, err := output.ReadArticles(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Errorf("%d article rows, want 3", len(rows))
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
	for _, want := range []string{"3 files", "(4/4, ", "articles/s", "msg=\"article not processed\"\n", "100%"} {
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
	if got := screen.String(); !strings.Contains(got, "(5/-, ") {
		t.Errorf("with no total, the screen should count articles:\n%q", got)
	}
}
