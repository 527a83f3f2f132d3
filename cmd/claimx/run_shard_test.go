package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
)

// TestShardRuns runs n shards at once over one folder into one output, as
// n pods of a Kubernetes Indexed Job would, and checks that the dataset
// holds every article exactly once, each part named by the shard that
// wrote it.
func TestShardRuns(t *testing.T) {
	in, ids := writeCrashCorpus(t, 16)
	out := t.TempDir()
	const n = 4
	var wg sync.WaitGroup
	stderrs := make([]string, n)
	for i := range n {
		wg.Go(func() {
			var code int
			code, stderrs[i] = runMain(t, "run", "--workers", "1", "--part-size", "2", "--shard", fmt.Sprintf("%d/%d", i, n), "--out", out, in)
			if code != exitOK {
				t.Errorf("shard %d: exit %d\n%s", i, code, stderrs[i])
			}
		})
	}
	wg.Wait()
	written := 0
	for i, stderr := range stderrs {
		line, counts := summary(t, stderr)
		written += counts[1]
		if want := fmt.Sprintf("shard=%d/%d others=%d", i, n, 16-counts[0]); !strings.Contains(line, want) {
			t.Errorf("shard %d: summary %q lacks %q", i, line, want)
		}
	}
	rows, err := output.ReadArticles(out)
	if err != nil {
		t.Fatal(err)
	}
	times := map[string]int{}
	for _, r := range rows {
		times[r.ArticleID]++
	}
	for id := range ids {
		if times[id] != 1 {
			t.Errorf("article %s is in the dataset %d times, want once", id, times[id])
		}
	}
	if len(rows) != len(ids) || written != len(ids) {
		t.Errorf("%d articles rows, %d written by the shards; want %d", len(rows), written, len(ids))
	}
	for i := range n {
		tagged, _ := filepath.Glob(filepath.Join(out, "articles", fmt.Sprintf("*-%dof%d.parquet", i, n)))
		if len(tagged) == 0 {
			t.Errorf("no part of shard %d named *-%dof%d.parquet", i, i, n)
		}
	}
	// A shard run again adds nothing: its articles are all there.
	code, stderr := runMain(t, "run", "--shard", "1/4", "--out", out, in)
	if _, counts := summary(t, stderr); code != exitOK || counts[1] != 0 || counts[2] != counts[0] {
		t.Errorf("re-run of shard 1: exit %d, %s", code, stderr)
	}
}

func TestShardOf(t *testing.T) {
	for _, c := range []struct {
		flag, index, count string
		want               pipeline.Shard
		bad                string
	}{
		{want: pipeline.Shard{}},
		{flag: "1/3", want: pipeline.Shard{Index: 1, Count: 3}},
		{flag: "1/3", index: "2", count: "5", want: pipeline.Shard{Index: 1, Count: 3}}, // the flag wins
		{index: "2", count: "5", want: pipeline.Shard{Index: 2, Count: 5}},
		{index: "2", bad: "needs both"},
		{count: "5", bad: "needs both"},
		{index: "5", count: "5", bad: "JOB_COMPLETION_INDEX and JOB_COMPLETIONS: shard 5 of 5"},
		{flag: "3", bad: "written i/n"},
	} {
		env := map[string]string{"JOB_COMPLETION_INDEX": c.index, "JOB_COMPLETIONS": c.count}
		got, err := shardOf(c.flag, func(k string) string { return env[k] })
		switch {
		case c.bad != "" && (err == nil || !strings.Contains(err.Error(), c.bad)):
			t.Errorf("shardOf(%q, %q, %q) = %v, %v; want an error saying %q", c.flag, c.index, c.count, got, err, c.bad)
		case c.bad == "" && (err != nil || got != c.want):
			t.Errorf("shardOf(%q, %q, %q) = %v, %v; want %v", c.flag, c.index, c.count, got, err, c.want)
		}
	}
}
