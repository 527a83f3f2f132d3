package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
)

// gcPercent reads the collector's setting.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestGCPolicyCounts: the setting drops while a long article is held,
// stays down until the last is released, and comes back after; a short
// article is not held, and a policy turned off by the user's GOGC holds
// nothing.
func TestGCPolicyCounts(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	long := &claimx.Article{Text: strings.Repeat("x", longText)}
	short := &claimx.Article{Text: "A short article."}

	g := &gcPolicy{}
	if g.hold(short) || gcPercent() != 150 {
		t.Fatalf("a short article was held (setting %d)", gcPercent())
	}
	if !g.hold(long) || !g.hold(long) || gcPercent() != longGCPercent {
		t.Fatalf("with two long articles held: setting %d, want %d", gcPercent(), longGCPercent)
	}
	if g.release(1); gcPercent() != longGCPercent {
		t.Fatalf("with one long article still held: setting %d, want %d", gcPercent(), longGCPercent)
	}
	if g.release(1); gcPercent() != 150 {
		t.Fatalf("after the last long article: setting %d, want 150", gcPercent())
	}
	user := &gcPolicy{off: true}
	if user.hold(long) || gcPercent() != 150 {
		t.Fatalf("with the user's GOGC: held, setting %d", gcPercent())
	}
}

// TestRunPutsGCSettingBack runs a long article through whole runs, one
// after another and one whose part of it cannot be stored: the setting is down
// while the article is tagged and back after each run.
func TestRunPutsGCSettingBack(t *testing.T) {
	if longGC.off {
		t.Skip("GOGC or GOMEMLIMIT is set: the runs leave the collector alone")
	}
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	dir := t.TempDir()
	short, path := filepath.Join(dir, "a-short.txt"), filepath.Join(dir, "b-long.txt")
	if err := os.WriteFile(short, []byte("The port opened a new berth.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Repeat("The port handled more cargo this year. ", longText/39+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	during := 0
	probe := taggerFunc(func(_ context.Context, a *claimx.Article) {
		if len(a.Text) >= longText {
			during = gcPercent()
		}
	})
	// The failing sink refuses its second part: the long article's.
	for _, sink := range []Sink{&memSink{seen: map[string]bool{}}, &memSink{seen: map[string]bool{}}, &failingSink{memSink: memSink{seen: map[string]bool{}}}} {
		during = 0
		cfg := Config{Workers: 2, PartSize: 1, Taggers: []Tagger{probe}, Sink: sink, MaxBytes: input.MaxBytes}
		Run(context.Background(), cfg, []string{short, path}, nil)
		if during != longGCPercent {
			t.Errorf("%T: setting %d while the long article was tagged, want %d", sink, during, longGCPercent)
		}
		if got := gcPercent(); got != 150 {
			t.Errorf("%T: setting %d after the run, want 150 back", sink, got)
		}
	}
}
