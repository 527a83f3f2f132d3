package pipeline

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/claimx/claimx"
)

// gcPercent reads the collector's setting.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestGCPolicy: the setting drops while a long article is under way, stays
// down until the last long one is released, and comes back after; short
// articles and a user's own GOGC leave it alone.
func TestGCPolicy(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	long := &claimx.Article{Text: strings.Repeat("x", longText)}
	long2 := &claimx.Article{Text: strings.Repeat("y", longText+1)}
	short := &claimx.Article{Text: "A short article."}

	g := &gcPolicy{}
	g.hold(short)
	if got := gcPercent(); got != 150 {
		t.Fatalf("after a short article: %d, want 150", got)
	}
	g.hold(long)
	g.hold(long2)
	if got := gcPercent(); got != longGCPercent {
		t.Fatalf("with long articles under way: %d, want %d", got, longGCPercent)
	}
	g.release([]*claimx.Article{short, long})
	if got := gcPercent(); got != longGCPercent {
		t.Fatalf("with one long article still under way: %d, want %d", got, longGCPercent)
	}
	g.release([]*claimx.Article{long2})
	if got := gcPercent(); got != 150 {
		t.Fatalf("after the last long article: %d, want 150", got)
	}

	g.hold(long)
	g.reset()
	if got := gcPercent(); got != 150 {
		t.Fatalf("after reset: %d, want 150", got)
	}

	t.Setenv("GOGC", "80")
	user := newGCPolicy()
	user.hold(long)
	if got := gcPercent(); got != 150 {
		t.Fatalf("with the user's GOGC set: %d, want 150 untouched", got)
	}
}
