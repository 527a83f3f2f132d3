package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
)

func TestParseShard(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Shard
		bad  string // part of the error
	}{
		{in: "0/1", want: Shard{0, 1}},
		{in: "2/4", want: Shard{2, 4}},
		{in: " 3 / 4 ", want: Shard{3, 4}},
		{in: "4/4", bad: "from 0 to the count less one"},
		{in: "-1/4", bad: "from 0 to the count less one"},
		{in: "0/0", bad: "from 0 to the count less one"},
		{in: "1", bad: "written i/n"},
		{in: "a/4", bad: "not a number"},
		{in: "1/b", bad: "not a number"},
	} {
		got, err := ParseShard(c.in)
		switch {
		case c.bad != "" && (err == nil || !strings.Contains(err.Error(), c.bad)):
			t.Errorf("ParseShard(%q) = %v, %v; want an error saying %q", c.in, got, err, c.bad)
		case c.bad == "" && (err != nil || got != c.want):
			t.Errorf("ParseShard(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

// TestShardsTakeEveryArticleOnce runs n shards over the same inputs (single
// articles, a copy of one under another name, and a feed) and checks that
// between them they process every article exactly once, and each a fair
// share.
func TestShardsTakeEveryArticleOnce(t *testing.T) {
	paths := writeArticles(t, 40)
	dir := t.TempDir()
	copied := filepath.Join(dir, "copy.txt")
	raw, err := os.ReadFile(paths[7])
	if err != nil {
		t.Fatal(err)
	}
	feed := filepath.Join(dir, "feed.jsonl")
	var lines strings.Builder
	for i := range 20 {
		fmt.Fprintf(&lines, `{"text": "Feed article %d opens here. It has a second sentence."}`+"\n", i)
	}
	for path, data := range map[string][]byte{copied: raw, feed: []byte(lines.String())} {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths = append(paths, copied, feed)

	const n = 3
	times := map[string]int{}
	var processed atomic.Int64
	count := taggerFunc(func(context.Context, *claimx.Article) { processed.Add(1) })
	for i := range n {
		sink := &memSink{seen: map[string]bool{}}
		cfg := Config{Workers: 2, PartSize: 7, Taggers: []Tagger{count}, Sink: sink, MaxBytes: input.MaxBytes, Shard: Shard{i, n}}
		stats, err := Run(context.Background(), cfg, paths, nil)
		if err != nil {
			t.Fatal(err)
		}
		if stats.Read+stats.Others != 61 || stats.Read < 10 {
			t.Errorf("shard %d: %+v, want 61 articles (one a copy) between this shard's and the others'", i, stats)
		}
		for _, part := range sink.parts {
			for _, a := range part {
				if a.Err != nil {
					t.Errorf("shard %d: %s: %v", i, a.Source, a.Err)
				}
				times[a.ID]++
			}
		}
	}
	if len(times) != 60 {
		t.Errorf("%d articles written between the shards, want 60", len(times))
	}
	for id, k := range times {
		if k != 1 {
			t.Errorf("article %s written %d times", id, k)
		}
	}
	if processed.Load() != 60 {
		t.Errorf("%d articles processed, want 60: only its own shard's articles are processed", processed.Load())
	}
}
