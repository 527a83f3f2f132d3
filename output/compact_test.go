package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// smallArticles are n distinct one-claim articles.
func smallArticles(n int) []*claimx.Article {
	arts := make([]*claimx.Article, n)
	for i := range arts {
		arts[i] = newArticle(fmt.Sprintf("corpus/n%02d.txt", i), para{"", []string{fmt.Sprintf("Note %d holds one claim.", i)}})
	}
	return arts
}

// writeParts writes each batch as one part, as a run of its own, an hour
// apart.
func writeParts(t *testing.T, out string, batches ...[]*claimx.Article) {
	t.Helper()
	for i, b := range batches {
		if err := openTest(t, out).WritePart(b, testTime.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCompact merges runs of small parts, leaves a large part alone, keeps
// every row and its order, and drops the failed attempts resolved since.
func TestCompact(t *testing.T) {
	arts := smallArticles(9)
	failing := withRaw(&claimx.Article{Source: "corpus/bad.txt", Err: errors.New("corpus/bad.txt: empty input")}, []byte("bad"))
	fixed := *arts[8]
	fixed.Claims, fixed.Err = nil, errors.New("corpus/n08.txt: processing took longer than 1s")
	out := t.TempDir()
	// Parts of 1, 1, 4 (large: left alone), 1, 1+1 failed, 1 and 1 failed.
	writeParts(t, out, arts[0:1], arts[1:2], arts[2:6], []*claimx.Article{&fixed, failing}, arts[6:7],
		[]*claimx.Article{arts[7], failing}, arts[8:9])
	wantArticles, _ := ReadArticles(out)
	wantClaims, _ := ReadClaims(out)
	before := ls(t, filepath.Join(out, articlesDir))

	stats, err := Compact(out, CompactOptions{Version: "compactor", PartArticles: 6})
	if err != nil {
		t.Fatal(err)
	}
	after := ls(t, filepath.Join(out, articlesDir))
	if stats.Before != 7 || stats.After != 3 || len(after) != 3 || !slices.Contains(after, before[2]) {
		t.Errorf("parts %v → %v, stats %+v; want the two runs around the large part merged", before, after, stats)
	}
	for _, table := range tables {
		if got := ls(t, filepath.Join(out, table)); !slices.Equal(got, after) {
			t.Errorf("%s parts %v, articles parts %v", table, got, after)
		}
	}
	gotArticles, _ := ReadArticles(out)
	gotClaims, _ := ReadClaims(out)
	if !reflect.DeepEqual(gotClaims, wantClaims) || len(gotArticles) != len(wantArticles) {
		t.Errorf("rows changed: %d claims, %d articles; want %d, %d", len(gotClaims), len(gotArticles), len(wantClaims), len(wantArticles))
	}
	for i := range gotArticles {
		if gotArticles[i].ArticleID != wantArticles[i].ArticleID {
			t.Errorf("article %d is %s, want %s: order changed", i, gotArticles[i].ArticleID, wantArticles[i].ArticleID)
		}
	}
	// n08 failed, then was written; bad failed twice: its latest stays.
	failures, _ := ReadErrors(out)
	if stats.ErrorsDropped != 2 || len(failures) != 1 || failures[0].ArticleID != failing.ID ||
		!failures[0].ProcessedAt.Equal(testTime.Add(5*time.Hour).UTC().Truncate(time.Microsecond)) {
		t.Errorf("errors after compaction %+v, %d dropped; want bad's latest attempt", failures, stats.ErrorsDropped)
	}

	again, err := Compact(out, CompactOptions{PartArticles: 6})
	if err != nil || again.Before != again.After {
		t.Errorf("a second compaction changed something: %+v %v", again, err)
	}
}

// TestCompactionFinishedAfterACrash leaves a compaction as a compactor
// killed between its swaps would, and checks that Open finishes it, a
// part committed meanwhile included.
func TestCompactionFinishedAfterACrash(t *testing.T) {
	arts := smallArticles(4)
	out := t.TempDir()
	writeParts(t, out, arts[0:1], arts[1:2], arts[2:3])
	complete, _, _ := parts(out)
	staged := filepath.Join(out, controlDir, compactDir)
	for _, table := range tables {
		if err := os.MkdirAll(filepath.Join(staged, table), 0o777); err != nil {
			t.Fatal(err)
		}
	}
	plan, err := planCompaction(out, complete, 10)
	if err != nil || len(plan.groups) != 1 {
		t.Fatalf("plan %+v, %v", plan.groups, err)
	}
	name, _, err := mergeGroup(out, staged, plan.groups[0], plan, Parquet, testVersion)
	if err != nil {
		t.Fatal(err)
	}
	j := journal{Merged: map[string][]string{name: plan.groups[0]}}
	if err := writeJournal(staged, j); err != nil {
		t.Fatal(err)
	}
	// The crash: the copies staged, claims swapped, errors and articles
	// not.
	if err := swapTables(out, j, func() error { return errors.New("killed") }); err == nil {
		t.Fatal("the swaps went on after the compactor died")
	}
	if err := exchange(filepath.Join(staged, claimsDir), filepath.Join(out, claimsDir)); err != nil {
		t.Fatal(err)
	}
	// A run commits a part before anyone opens the dataset again.
	writeParts(t, out, arts[3:4])

	d := openTest(t, out)
	for _, a := range arts {
		if !d.Seen(a.ID) {
			t.Errorf("%s not seen after recovery", a.Source)
		}
	}
	articles, err := ReadArticles(out)
	if err != nil || len(articles) != 4 {
		t.Errorf("%d articles, %v; want 4", len(articles), err)
	}
	claims, err := ReadClaims(out)
	if err != nil || len(claims) != 4 {
		t.Errorf("%d claims, %v; want 4", len(claims), err)
	}
	want, _, _ := parts(out)
	for _, table := range tables {
		if got := ls(t, filepath.Join(out, table)); !slices.Equal(got, want) || len(got) != 2 {
			t.Errorf("%s parts %v, want the merged part and the new one", table, got)
		}
	}
}

// TestCompactRefusesWhatIsNoDataset checks that compact creates nothing
// where no dataset is.
func TestCompactRefusesWhatIsNoDataset(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "typo")
	if _, err := Compact(dir, CompactOptions{PartArticles: 10}); err == nil {
		t.Error("compacted a dataset that does not exist")
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("compact created %s", dir)
	}
}
