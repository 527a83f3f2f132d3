package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
)

// badInput is the committed bad-input corpus; the 50 MB article is made
// by the test.
var badInput = filepath.Join("..", "..", "testdata", "badinput")

// writeHugeLine writes a single-line article of size bytes: sentences
// without a single line break.
func writeHugeLine(t *testing.T, size int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	sentence := `Officials in the port city said (in a statement) that "trade would recover" soon. `
	for written := 0; written < size; written += len(sentence) {
		w.WriteString(sentence[:min(len(sentence), size-written)])
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunBadInput runs one batch over the bad-input corpus and a 50 MB
// single-line file. Every input gets its row: correct output, or status
// error with an error naming the file and the reason. None stops the batch.
func TestRunBadInput(t *testing.T) {
	huge := writeHugeLine(t, 50<<20)
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := runMain(t, "run", "--out", out, badInput, huge)
	line, counts := summary(t, stderr)
	t.Log(line)

	in := func(name string) string { return filepath.Join(badInput, name) }
	tests := []struct {
		name, source string
		// file, when set, is the article's file; its claims must slice
		// back out of the decoded text by their offsets.
		file string
		// claim is a sentence the article must yield; reason, words of
		// its error when it must fail.
		claim, reason string
		url           string
	}{
		{name: "empty file", source: in("empty.txt"), reason: "empty input"},
		{name: "only white space", source: in("whitespace.md"), reason: "only white space"},
		{name: "binary file", source: in("binary.txt"), reason: "binary data, not text"},
		{name: "invalid UTF-8", source: in("latin1.txt"), reason: "not valid UTF-8"},
		{name: "NUL bytes", source: in("nul-bytes.txt"), reason: "a NUL byte at offset 37"},
		{name: "UTF-16 little-endian with BOM", source: in("utf16le-bom.txt"), file: in("utf16le-bom.txt"),
			claim: "Farmers downstream say the river is less predictable than it was a decade ago."},
		{name: "UTF-16 big-endian with BOM", source: in("utf16be-bom.md"), file: in("utf16be-bom.md"),
			claim: "Smelters in Jiangxi welcomed the change."},
		{name: "unbalanced quotes and parentheses", source: in("unbalanced.txt"), file: in("unbalanced.txt"),
			claim: `Critics called them a "tax by another name" and asked when the review would end.`},
		{name: "thousands of nested parentheses", source: in("nested-parens.txt"), file: in("nested-parens.txt"),
			claim: "The last paragraph returns to budgets and ends normally."},
		{name: "HTML page with no article text", source: in("no-article.html"), reason: "no article text found"},
		{name: "thousands of nested HTML elements", source: in("deep-nesting.html"), reason: "nest more than 1000 deep"},
		{name: "HTML saved as .txt", source: in("html-saved-as.txt"),
			claim: "Analysts expect the ministry to relax the rules again before the summer if growth stays weak."},
		{name: "feed line before a bad one", source: in("mixed-feed.jsonl") + ":1", url: "https://example.org/cotton",
			claim: "Traders rerouted shipments through third countries."},
		{name: "feed line cut short", source: in("mixed-feed.jsonl") + ":2", reason: "not valid JSON"},
		{name: "feed line after a bad one", source: in("mixed-feed.jsonl") + ":3",
			claim: "Offshore wind capacity grew by a quarter last year, most of it in Guangdong."},
		{name: "50 MB on one line", source: huge, reason: "52428800 bytes, more than the limit of 10485760 (raise --max-bytes"},
	}

	articles := readState(t, out)
	claims, err := output.ReadClaims(out)
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[string]output.ArticleRow{}
	for _, a := range articles {
		if _, twice := bySource[a.Source]; twice {
			t.Errorf("%s has two rows", a.Source)
		}
		bySource[a.Source] = a
	}
	failed := 0
	for _, tt := range tests {
		if tt.reason != "" {
			failed++
		}
		t.Run(tt.name, func(t *testing.T) {
			row, ok := bySource[tt.source]
			if !ok {
				t.Fatalf("no articles row for %s", tt.source)
			}
			if tt.reason != "" {
				if row.Status != output.StatusError || row.Error == nil ||
					!strings.HasPrefix(*row.Error, tt.source+": ") || !strings.Contains(*row.Error, tt.reason) {
					t.Errorf("status %s, error %v; want an error naming %s and %q", row.Status, deref(row.Error), tt.source, tt.reason)
				}
				return
			}
			if row.Status != output.StatusOK {
				t.Fatalf("status %s: %s", row.Status, deref(row.Error))
			}
			if deref(row.URL) != deref(nullString(tt.url)) {
				t.Errorf("url %s, want %q", deref(row.URL), tt.url)
			}
			var text []rune
			if tt.file != "" {
				raw, err := os.ReadFile(tt.file)
				if err != nil {
					t.Fatal(err)
				}
				decoded, err := input.Decode(raw)
				if err != nil {
					t.Fatal(err)
				}
				text = []rune(decoded)
				if row.ArticleID != input.ID(raw) || row.Bytes != int64(len(raw)) {
					t.Errorf("article_id %s, bytes %d; want those of the file's %d bytes", row.ArticleID, row.Bytes, len(raw))
				}
			}
			found, n := false, 0
			for _, c := range claims {
				if c.ArticleID != row.ArticleID {
					continue
				}
				n++
				found = found || c.Text == tt.claim
				if text != nil && string(text[c.StartChar:c.EndChar]) != c.Text {
					t.Errorf("claim %s: offsets [%d, %d) slice %q out of the text", c.ClaimID, c.StartChar, c.EndChar, string(text[c.StartChar:c.EndChar]))
				}
			}
			if !found || n != int(row.Claims) {
				t.Errorf("%d claims (row says %d), none is %q", n, row.Claims, tt.claim)
			}
		})
	}
	want := [5]int{len(tests), len(tests) - failed, 0, failed, len(claims)}
	if code != exitPartial || counts != want || len(articles) != len(tests) {
		t.Errorf("exit %d, counts %v, %d rows; want exit 3, counts %v, a row per input\n%s",
			code, counts, len(articles), want, stderr)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// readState reads the current state of every article of the dataset in
// out: its articles row, or the latest of its failed attempts.
func readState(t *testing.T, out string) []output.ArticleRow {
	t.Helper()
	articles, err := output.ReadArticles(out)
	if err != nil {
		t.Fatal(err)
	}
	failures, err := output.ReadErrors(out)
	if err != nil {
		t.Fatal(err)
	}
	return append(articles, output.Failing(articles, failures)...)
}

// testHugeLineWithHigherLimit reads the 50 MB single line with a limit
// above it: the run must end within the time limit either way, with the
// article processed or failed for taking too long; past the limit, the work
// stops at its next check (the next sentence of the split, the next claim of
// a tagger). It runs the binary (TestRunProcess): under the race detector
// the work on 50 MB would need gigabytes.
func testHugeLineWithHigherLimit(t *testing.T, bin string) {
	huge := writeHugeLine(t, 50<<20)
	out := filepath.Join(t.TempDir(), "out")
	const limit = 3 * time.Second
	began := time.Now()
	cmd := exec.Command(bin, "run", "--max-bytes", "60000000", "--timeout", limit.String(), "--out", out, huge)
	stderr, _ := cmd.CombinedOutput()
	took := time.Since(began)
	line, counts := summary(t, string(stderr))
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	t.Logf("%s (took %s, %s of CPU)", line, took.Round(time.Millisecond), cpu.Round(time.Millisecond))
	rows := readState(t, out)
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1", len(rows))
	}
	row := rows[0]
	switch {
	case row.Status == output.StatusOK && counts[1] == 1 && row.Bytes == 50<<20:
	case row.Status == output.StatusError && strings.Contains(deref(row.Error), huge+": processing took longer than "+limit.String()):
	default:
		t.Errorf("status %s, error %s, counts %v", row.Status, deref(row.Error), counts)
	}
	// Reading, splitting and writing come on top of the time limit. CPU
	// time is compared, not wall time, which a loaded machine stretches.
	if cpu > limit+20*time.Second {
		t.Errorf("the run took %s of CPU with a time limit of %s", cpu, limit)
	}
}
