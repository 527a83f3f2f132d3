package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
	"github.com/parquet-go/parquet-go"
)

// Words the crash corpus varies its articles with.
var (
	crashPlaces   = []string{"Fujian", "Yunnan", "Gansu", "Hainan", "Jilin", "Anhui", "Guangxi"}
	crashGoods    = []string{"copper", "soybeans", "solar glass", "lithium", "cotton", "steel", "rice"}
	crashAgencies = []string{"the customs office", "the provincial bureau", "the planning commission", "the port authority"}
	crashPeople   = []string{"Chen Lu", "Amara Osei", "Ilse Brandt", "Tomas Ruiz", "Wu Mei"}
	crashMonths   = []string{"January", "March", "May", "July", "September", "November"}
)

// writeCrashCorpus writes n distinct articles of some length, so that a
// run over them takes long enough to be killed in the middle, and returns
// the directory and the article_id of each.
func writeCrashCorpus(t *testing.T, n int) (string, map[string]bool) {
	t.Helper()
	dir := t.TempDir()
	ids := map[string]bool{}
	pick := func(list []string, i int) string { return list[i%len(list)] }
	for i := range n {
		var b strings.Builder
		place, good := pick(crashPlaces, i), pick(crashGoods, i)
		fmt.Fprintf(&b, "%d %s %d\n\n%s Trade in %s, Report %d\n\nBy %s\n\n",
			1+i%28, pick(crashMonths, i), 2020+i%5, place, good, i, pick(crashPeople, i))
		for p := range 30 {
			fmt.Fprintf(&b, "Shipments of %s through %s rose by %d percent in %s, %s said (Xinhua, %s %d, %d). ",
				pick(crashGoods, i+p), pick(crashPlaces, i+2*p), 3+(i*7+p)%40, pick(crashMonths, p), pick(crashAgencies, i+p),
				pick(crashMonths, i+p), 1+p%27, 2019+p%5)
			fmt.Fprintf(&b, "%s told reporters that \"the figures for %s are %s than they look\" and that paragraph %d of report %d says why. ",
				pick(crashPeople, i+p), good, []string{"better", "worse"}[p%2], p, i)
			fmt.Fprintf(&b, "Local officials in %s expect the %s trade to change again before %d.\n\n", place, good, 2026+p%3)
		}
		content := b.String()
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("report-%02d.txt", i)), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		ids[input.ID([]byte(content))] = true
	}
	return dir, ids
}

// visibleParts lists the part files a reader's *.parquet glob sees in one
// table of out.
func visibleParts(t *testing.T, out, table string) []string {
	t.Helper()
	parts, err := filepath.Glob(filepath.Join(out, table, "*.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	return parts
}

// startUntilParts starts claimx with args and returns once out holds
// parts articles parts, with the channel its exit status arrives on and
// its standard error.
func startUntilParts(t *testing.T, bin string, args []string, out string, parts int) (*exec.Cmd, chan error, *bytes.Buffer) {
	t.Helper()
	run := exec.Command(bin, args...)
	var stderr bytes.Buffer
	run.Stderr = &stderr
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- run.Wait() }()
	deadline := time.After(30 * time.Second)
	for len(visibleParts(t, out, "articles")) < parts {
		select {
		case err := <-exited:
			t.Fatalf("claimx ended (%v) before it could be stopped mid-batch: the corpus is too quick\n%s", err, stderr.String())
		case <-deadline:
			run.Process.Kill()
			<-exited // stderr is complete, and no longer written
			t.Fatalf("no %d parts after 30 s\n%s", parts, stderr.String())
		case <-time.After(2 * time.Millisecond):
		}
	}
	return run, exited, &stderr
}

// TestRunProcess runs the claimx binary, built once, for what only a real
// process shows: being killed or stopped by a signal, and an article big
// enough to keep out of the test process.
func TestRunProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds claimx and runs it over a 50 MB article")
	}
	bin := buildClaimx(t)
	t.Run("killed mid-batch", func(t *testing.T) { testKilledMidBatch(t, bin) })
	t.Run("four shards, one killed", func(t *testing.T) { testShardKilled(t, bin) })
	t.Run("interrupted", func(t *testing.T) { testInterrupted(t, bin) })
	t.Run("50 MB line with a higher limit", func(t *testing.T) { testHugeLineWithHigherLimit(t, bin) })
}

// testShardKilled runs four shard processes over one folder into one
// output, as an Indexed Job's pods would, kills one of them mid-run and runs
// it again: every article must be in the output exactly once.
func testShardKilled(t *testing.T, bin string) {
	const articles = 40
	corpus, ids := writeCrashCorpus(t, articles)
	out := filepath.Join(t.TempDir(), "out")
	shardArgs := func(i int) []string {
		return []string{"run", "--part-size", "1", "--workers", "1", "--shard", fmt.Sprintf("%d/4", i), "--out", out, corpus}
	}
	runShardsOneKilled(t, bin, shardArgs, func() int { return len(visibleParts(t, out, "articles")) })
	checkOnce(t, out, ids)
}

// runShardsOneKilled runs shard 0 of four with the arguments shardArgs
// gives until parts() counts two articles parts, starts the other three,
// kills shard 0 (SIGKILL) and, once the others are done, runs it again,
// which must write the rest of its articles.
func runShardsOneKilled(t *testing.T, bin string, shardArgs func(int) []string, parts func() int) {
	t.Helper()
	victim := exec.Command(bin, shardArgs(0)...)
	var stderr bytes.Buffer
	victim.Stderr = &stderr
	if err := victim.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- victim.Wait() }()
	for deadline := time.Now().Add(time.Minute); parts() < 2; time.Sleep(2 * time.Millisecond) {
		select {
		case err := <-exited:
			t.Fatalf("shard 0 ended (%v) before it could be killed: the corpus is too quick\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			victim.Process.Kill()
			<-exited
			t.Fatalf("shard 0 wrote no two parts in a minute\n%s", stderr.String())
		}
	}
	others := make([]*exec.Cmd, 0, 3)
	logs := make([]*strings.Builder, 0, 3)
	for i := 1; i < 4; i++ {
		cmd := exec.Command(bin, shardArgs(i)...)
		log := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		others, logs = append(others, cmd), append(logs, log)
	}
	if err := victim.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-exited
	if strings.Contains(stderr.String(), "msg=summary") {
		t.Fatalf("shard 0 ended before it was killed: the corpus is too quick\n%s", stderr.String())
	}
	for i, cmd := range others {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("shard %d: %v\n%s", i+1, err, logs[i])
		}
	}
	again, err := exec.Command(bin, shardArgs(0)...).CombinedOutput()
	line, counts := summary(t, string(again))
	t.Logf("shard 0 run again: %s", line)
	if err != nil || counts[1] == 0 || counts[3] != 0 {
		t.Fatalf("shard 0 again: %v, counts %v; want the rest of its articles written\n%s", err, counts, again)
	}
}

// testKilledMidBatch kills a real claimx run with SIGKILL after some parts
// were written, checks that readers see only whole part files, and re-runs
// it: every article must then be in the output exactly once, with its
// claims exactly once, as parquet-go and DuckDB both read it.
func testKilledMidBatch(t *testing.T, bin string) {
	const articles, killAfter = 40, 5
	corpus, ids := writeCrashCorpus(t, articles)
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"run", "--part-size", "1", "--workers", "1", "--out", out, corpus}
	t.Logf("$ claimx %s", strings.Join(args, " "))

	// Run 1, killed once killAfter parts exist.
	run, exited, stderr := startUntilParts(t, bin, args, out, killAfter)
	if err := run.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	t.Logf("killed (SIGKILL) with %d articles parts and %d claims parts visible: %v",
		len(visibleParts(t, out, "articles")), len(visibleParts(t, out, "claims")), <-exited)
	if strings.Contains(stderr.String(), "msg=summary") {
		t.Fatalf("the killed run got as far as its summary:\n%s", stderr.String())
	}

	// What a reader sees now: every *.parquet file whole. A claims part
	// whose articles part was not yet renamed is whole too; the next run
	// drops it and writes its articles again.
	written := map[string]bool{}
	for _, part := range visibleParts(t, out, "articles") {
		rows, err := parquet.ReadFile[output.ArticleRow](part)
		if err != nil {
			t.Fatalf("a reader cannot read %s after the kill: %v", part, err)
		}
		for _, r := range rows {
			written[r.ArticleID] = true
		}
	}
	for _, part := range visibleParts(t, out, "claims") {
		if _, err := parquet.ReadFile[output.ClaimRow](part); err != nil {
			t.Fatalf("a reader cannot read %s after the kill: %v", part, err)
		}
	}
	hidden, _ := filepath.Glob(filepath.Join(out, "*", ".*"))
	t.Logf("after the kill: %d articles written, %d hidden temporary files", len(written), len(hidden))
	if len(written) >= articles {
		t.Fatalf("all %d articles were written before the kill", articles)
	}

	// Run 2 completes the work; run 3 finds nothing left to do.
	for i, want := range []struct{ written, skipped int }{{articles - len(written), len(written)}, {0, articles}} {
		stdout, err := exec.Command(bin, args...).CombinedOutput()
		line, counts := summary(t, string(stdout))
		t.Logf("$ claimx %s  # run %d\n%s", strings.Join(args, " "), i+2, line)
		if err != nil || counts[1] != want.written || counts[2] != want.skipped || counts[3] != 0 {
			t.Fatalf("run %d: %v, counts %v; want %d written, %d skipped, 0 failed\n%s", i+2, err, counts, want.written, want.skipped, stdout)
		}
	}

	checkOnce(t, out, ids)
	node, env := duckNode(t)
	t.Log(duckCheck(t, node, env, out))
	seen := duckAppearances(t, node, env, out)
	for id := range ids {
		a := seen[id]
		if a.Rows != 1 || a.Claims == 0 || a.ClaimRows != a.Claims || a.ClaimIDs != a.Claims {
			t.Errorf("DuckDB: article %s appears %+v; want one row and each of its claims once", id, a)
		}
	}
	if len(seen) != len(ids) {
		t.Errorf("DuckDB sees %d articles, want %d", len(seen), len(ids))
	}
	t.Logf("DuckDB: %d articles, each once with its claims once", len(seen))
}

// checkOnce checks with parquet-go that the output holds each of ids once
// in articles, with status ok, and each of its claims once in claims.
func checkOnce(t *testing.T, out string, ids map[string]bool) {
	t.Helper()
	articles, err := output.ReadArticles(out)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := output.ReadClaims(out)
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]int{}
	for _, a := range articles {
		if _, twice := declared[a.ArticleID]; twice || !ids[a.ArticleID] || a.Status != output.StatusOK {
			t.Errorf("articles row %s (%s, %s): twice, unknown or failed", a.ArticleID, a.Source, a.Status)
		}
		declared[a.ArticleID] = int(a.Claims)
	}
	found := map[string]int{}
	claimIDs := map[string]bool{}
	for _, c := range claims {
		if claimIDs[c.ClaimID] {
			t.Errorf("claim %s twice", c.ClaimID)
		}
		claimIDs[c.ClaimID] = true
		found[c.ArticleID]++
	}
	for id := range ids {
		if _, ok := declared[id]; !ok || found[id] != declared[id] {
			t.Errorf("article %s: in articles %v, %d claims rows for %d declared", id, ok, found[id], declared[id])
		}
	}
}

// testInterrupted stops a run with SIGTERM, as a service manager does: it
// finishes the articles under way, writes them, says so and exits 1.
func testInterrupted(t *testing.T, bin string) {
	corpus, ids := writeCrashCorpus(t, 40)
	out := filepath.Join(t.TempDir(), "out")
	args := []string{"run", "--part-size", "1", "--workers", "1", "--out", out, corpus}
	run, exited, stderr := startUntilParts(t, bin, args, out, 3)
	if err := run.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := <-exited
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitFatal || !strings.Contains(stderr.String(), "interrupted") {
		t.Fatalf("exit %v, want status 1 and a word that it was interrupted\n%s", err, stderr.String())
	}
	line, counts := summary(t, stderr.String())
	t.Log(line)
	if got := len(visibleParts(t, out, "articles")); counts[1] != got || got >= len(ids) {
		t.Errorf("summary says %d written, %d parts of %d articles are there", counts[1], got, len(ids))
	}
	if msg, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, msg)
	}
	checkOnce(t, out, ids)
}
