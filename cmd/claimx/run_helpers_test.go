package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// runMain runs claimx in this process, as the binary would, and returns
// its exit status and what it wrote on standard error.
func runMain(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := mainArgs(args, nil, &stdout, &stderr)
	return code, stderr.String()
}

// buildClaimx builds the claimx binary, for tests that need a real process
// (to kill it, or to keep a 50 MB article out of the race detector's way).
// It is built without the race detector whatever the tests run with.
func buildClaimx(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "claimx")
	out, err := exec.Command("go", "build", "-tags=ne", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// summaryPattern reads the counts of the summary line of a text log.
var summaryPattern = regexp.MustCompile(`(?m)^.*msg=summary read=(\d+) written=(\d+) skipped=(\d+) failed=(\d+) claims=(\d+).*$`)

// summary is the summary line of a run's standard error, and its counts:
// read, written, skipped, failed, claims.
func summary(t *testing.T, stderr string) (string, [5]int) {
	t.Helper()
	m := summaryPattern.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary line in:\n%s", stderr)
	}
	var counts [5]int
	for i := range counts {
		counts[i], _ = strconv.Atoi(m[i+1])
	}
	return m[0], counts
}

// duckNode returns node and the DuckDB package prefix the scripts need.
// Without them the test skips, except under CI, where a missing DuckDB
// must not pass unnoticed (the rule output/duckdb_test.go follows).
func duckNode(t *testing.T) (node string, env []string) {
	t.Helper()
	prefix := os.Getenv("CLAIMX_DUCKDB_PREFIX")
	if prefix == "" {
		prefix = filepath.Join("..", "..", ".tools", "duckdb")
	}
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(prefix, "node_modules", "@duckdb", "node-api", "package.json"))
	}
	if err != nil {
		msg := "the DuckDB check needs node and @duckdb/node-api under " + prefix + " (make duckdb): " + err.Error()
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	abs, err := filepath.Abs(prefix)
	if err != nil {
		t.Fatal(err)
	}
	return node, append(os.Environ(), "CLAIMX_DUCKDB_PREFIX="+abs)
}

// duckCheck runs output/duckcheck/check.mjs on out: the contract and the
// consistency of claims and articles, as DuckDB reads them.
func duckCheck(t *testing.T, node string, env []string, out string) string {
	t.Helper()
	cmd := exec.Command(node, filepath.Join("..", "..", "output", "duckcheck", "check.mjs"), out)
	cmd.Env = env
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("duckcheck: %v\n%s", err, msg)
	}
	return string(bytes.TrimSpace(msg))
}

// appearance is how often one article appears in an output, as
// testdata/once.mjs counts it with DuckDB.
type appearance struct {
	ArticleID string `json:"article_id"`
	Rows      int    `json:"rows"`       // rows in articles
	Claims    int    `json:"claims"`     // claims those rows declare
	ClaimRows int    `json:"claim_rows"` // rows in claims
	ClaimIDs  int    `json:"claim_ids"`  // distinct claim_ids among them
}

func duckAppearances(t *testing.T, node string, env []string, out string) map[string]appearance {
	t.Helper()
	cmd := exec.Command(node, filepath.Join("testdata", "once.mjs"), out)
	cmd.Env = env
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("once.mjs: %v", err)
	}
	var list []appearance
	if err := json.Unmarshal(data, &list); err != nil {
		t.Fatalf("once.mjs: %v in %s", err, data)
	}
	byID := map[string]appearance{}
	for _, a := range list {
		byID[a.ArticleID] = a
	}
	return byID
}

// duckQuery runs sql with DuckDB (testdata/query.mjs) and decodes its rows
// into rows.
func duckQuery(t *testing.T, sql string, rows any) {
	t.Helper()
	node, env := duckNode(t)
	cmd := exec.Command(node, filepath.Join("testdata", "query.mjs"), sql)
	cmd.Env = env
	got, err := cmd.Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("query.mjs: %v\n%s\n%s", err, exit.Stderr, sql)
		}
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, rows); err != nil {
		t.Fatalf("%v: %s", err, got)
	}
}

// readmeQuery is the SQL query of the README whose first line starts with
// first, up to the line ending in ";", reading the dataset in out where the
// README reads out/.
func readmeQuery(t *testing.T, first, out string) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, line := range strings.Split(string(readme), "\n") {
		line = strings.TrimSpace(line)
		if len(lines) == 0 && !strings.HasPrefix(line, first) {
			continue
		}
		lines = append(lines, line)
		if strings.HasSuffix(line, ";") {
			return strings.ReplaceAll(strings.Join(lines, "\n"), "'out/", "'"+out+"/")
		}
	}
	t.Fatalf("README.md holds no query starting %q and ending in ;", first)
	return ""
}
