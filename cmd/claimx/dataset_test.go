package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx/output"
)

// TestSeedSpans writes every gold article (text, Markdown and web pages)
// and has DuckDB check the dataset, which includes that text[start:end]
// of the stored text gives back every claim, quote, citation, entity and
// term of every article. The only articles that may fail are those claimx
// refuses by design: another language than English, or no running text
// (a bare list of headlines).
func TestSeedSpans(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	sets := []string{"../../seeds/written/articles", "../../seeds/real/dev/articles", "../../seeds/real/test/articles", "../../seeds/cites/dev/articles", "../../seeds/cites/test/articles", "../../seeds/pages/dev/articles", "../../seeds/pages/test/articles"}
	code, stderr := runMain(t, append([]string{"run", "--out", out}, sets...)...)
	if code != exitOK && (code != exitPartial || !onlyRefusals(stderr)) {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	node, env := duckNode(t)
	t.Log(duckCheck(t, node, env, out))
	var pages []struct{ N int }
	duckQuery(t, fmt.Sprintf(`SELECT count(*)::INTEGER AS n FROM '%s/articles/*.parquet' WHERE source LIKE '%%.html'`, out), &pages)
	if pages[0].N == 0 {
		t.Error("no web page among the articles checked")
	}
}

// onlyRefusals reports whether every article a run's log says it did not
// process was refused for its language or for holding no running text.
func onlyRefusals(log string) bool {
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "article not processed") && !strings.Contains(line, "unsupported language") && !strings.Contains(line, "no running text") {
			return false
		}
	}
	return true
}

// compactSummary reads the part counts of compact's summary line.
var compactSummary = regexp.MustCompile(`msg=summary parts_before=(\d+) parts_after=(\d+)`)

// smallCorpus writes n short distinct articles into a new directory.
func smallCorpus(t *testing.T, n int) string {
	t.Helper()
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("a%03d.txt", i)] = fmt.Sprintf("Report %d.\n\nFreight through %s rose by %d percent, officials said. Shipments of %s followed.\n",
			i, crashPlaces[i%len(crashPlaces)], i, crashGoods[i%len(crashGoods)])
	}
	return writeFiles(t, files)
}

// TestReadWhileRunAndCompact has DuckDB read a dataset over and over while
// claimx run adds parts to it and claimx compact merges them: no read may
// see a row twice or fewer rows than a read before it, and a read fails
// only, and rarely, by finding a merged part gone.
func TestReadWhileRunAndCompact(t *testing.T) {
	bin := buildClaimx(t)
	node, env := duckNode(t)
	out := filepath.Join(t.TempDir(), "out")
	const batches, perBatch = 6, 40
	var inputs []string
	for range batches {
		inputs = append(inputs, smallCorpus(t, perBatch))
	}
	// Distinct articles across batches: each batch's reports say which.
	for b, dir := range inputs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, []byte(fmt.Sprintf("Batch %d. %s", b, data)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	run := func(args ...string) string {
		msg, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil {
			t.Errorf("claimx %s: %v\n%s", strings.Join(args, " "), err, msg)
		}
		return string(msg)
	}
	run("run", "--part-size", "3", "--out", out, inputs[0])

	stop := filepath.Join(t.TempDir(), "stop")
	// The reader pauses a second between reads, as a person at a notebook
	// does; compaction swaps after 400 ms without a read, a wide margin on
	// both sides for a machine loaded far beyond its cores, where listing a
	// table and opening its files can lie 100 ms apart.
	reader := exec.Command(node, filepath.Join("testdata", "reader.mjs"), out, stop, "1000")
	reader.Env = env
	var readerOut strings.Builder
	reader.Stdout, reader.Stderr = &readerOut, &readerOut
	if err := reader.Start(); err != nil {
		t.Fatal(err)
	}
	compacting := make(chan struct{})
	merged := 0 // compactions that swapped tables
	go func() {
		defer close(compacting)
		for {
			log := run("compact", "--part-articles", "20", "--quiet", "400ms", out)
			if m := compactSummary.FindStringSubmatch(log); m != nil && m[1] != m[2] {
				merged++
			}
			if _, err := os.Stat(stop); err == nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	// Runs apart by more than the reader's pause, so that reads fall
	// between every run and the compactions after it, however fast the
	// machine.
	for _, in := range inputs[1:] {
		run("run", "--part-size", "3", "--workers", "1", "--out", out, in)
		time.Sleep(1500 * time.Millisecond)
	}
	if err := os.WriteFile(stop, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	<-compacting
	if err := reader.Wait(); err != nil {
		t.Fatalf("reader: %v\n%s", err, readerOut.String())
	}
	var got struct {
		Reads                         int
		Errors, Duplicates, Decreases []string
		Articles, Claims              int
	}
	if err := json.Unmarshal([]byte(readerOut.String()), &got); err != nil {
		t.Fatalf("%v: %s", err, readerOut.String())
	}
	t.Logf("%d reads while %d compactions swapped tables; finally %d articles, %d claims", got.Reads, merged, got.Articles, got.Claims)
	// A query that lists a table in the instant between the compactor's
	// last look for readers and its swap finds a merged part gone (README,
	// claimx compact): the quiet wait makes that rare, not impossible, as a
	// reader's next query may start at any moment of a pause. Such a query
	// fails with "No such file" and can be run again; any other failure, a
	// row seen twice or fewer rows than before is a fault.
	missed := 0
	for _, e := range got.Errors {
		if !strings.Contains(e, "No such file") {
			t.Errorf("a read failed: %s", e)
		}
		missed++
	}
	if missed*10 > got.Reads {
		t.Errorf("%d of %d reads found a part gone: %q", missed, got.Reads, got.Errors)
	}
	if len(got.Duplicates) > 0 || len(got.Decreases) > 0 {
		t.Errorf("reads saw rows twice %q, or saw fewer rows %q", got.Duplicates, got.Decreases)
	}
	if got.Articles != batches*perBatch || got.Reads < 10 || merged < 2 {
		t.Errorf("%d reads while %d compactions merged, the last of %d articles; want %d", got.Reads, merged, got.Articles, batches*perBatch)
	}
	run("compact", "--part-articles", "1000", out)
	parts, err := os.ReadDir(filepath.Join(out, "articles"))
	if err != nil || len(parts) != 1 {
		t.Errorf("after a last compaction: %d parts, want 1", len(parts))
	}
	t.Log(duckCheck(t, node, env, out))
	rows, err := output.ReadArticles(out)
	if err != nil || len(rows) != batches*perBatch {
		t.Errorf("%d articles read back, error %v", len(rows), err)
	}
}

// TestJSONLines writes the written gold set as JSON Lines and as Parquet:
// both read back the same, both score the same, and DuckDB finds the same
// columns in both.
func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	outs := map[string]string{}
	for _, format := range []string{"parquet", "jsonl"} {
		outs[format] = filepath.Join(dir, format)
		if code, stderr := runMain(t, "run", "--format", format, "--out", outs[format], "../../seeds/written/articles"); code != exitOK {
			t.Fatalf("--format %s: exit %d\n%s", format, code, stderr)
		}
	}
	fromParquet, err := output.ReadDataset(outs["parquet"])
	if err != nil {
		t.Fatal(err)
	}
	fromJSONL, err := output.ReadDataset(outs["jsonl"])
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(fromParquet)
	b, _ := json.Marshal(fromJSONL)
	if string(a) != string(b) || len(fromJSONL) != 27 {
		t.Errorf("JSON Lines read back %d articles, not as Parquet's %d", len(fromJSONL), len(fromParquet))
	}
	if code, stderr := runMain(t, "run", "--format", "jsonl", "--out", outs["parquet"], "../../seeds/written/articles"); code != exitFatal ||
		!strings.Contains(stderr, "holds parquet parts") {
		t.Errorf("JSON Lines into a Parquet dataset: exit %d\n%s", code, stderr)
	}
	// The errors table is empty here: JSON holds no types to infer then.
	for _, table := range []string{"claims", "articles"} {
		var fromParquet, fromJSONL []struct {
			ColumnName string `json:"column_name"`
		}
		duckQuery(t, fmt.Sprintf(`DESCRIBE SELECT * FROM read_parquet('%s/%s/*.parquet')`, outs["parquet"], table), &fromParquet)
		duckQuery(t, fmt.Sprintf(`DESCRIBE SELECT * FROM read_json('%s/%s/*.jsonl')`, outs["jsonl"], table), &fromJSONL)
		if fmt.Sprint(fromParquet) != fmt.Sprint(fromJSONL) || len(fromJSONL) < 10 {
			t.Errorf("%s: DuckDB reads columns %v from Parquet, %v from JSON Lines", table, fromParquet, fromJSONL)
		}
	}
}
