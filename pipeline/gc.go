package pipeline

import (
	"os"
	"runtime/debug"
	"sync"

	"github.com/claimx/claimx"
)

// longText is the length of text, in bytes, from which an article's own
// structures outweigh the dictionaries every run holds, and longGCPercent
// the collector's setting while such an article is under way. Go lets the
// heap grow to twice what is live before it collects (GOGC=100): harmless
// while the shared dictionaries are most of what is live, but for an
// article of megabytes the doubling is most of the process's memory. At
// 25 the heap of a long article stays within a quarter of what it holds
// live, for a little more collector CPU on the rare long article
// (measured in bench/run.sh: peak RSS per input byte of a long article).
const (
	longText      = 1 << 20
	longGCPercent = 25
)

// gcPolicy lowers the collector's setting while long articles are under
// way, from a worker taking one up until its part is encoded, and puts the
// setting back after the last. A GOGC or GOMEMLIMIT the user set is theirs:
// the policy then does nothing.
type gcPolicy struct {
	off    bool
	mu     sync.Mutex
	active int // long articles under way
	prev   int // the setting before the first of them
}

func newGCPolicy() *gcPolicy {
	return &gcPolicy{off: os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != ""}
}

// hold counts a as under way when it is long.
func (g *gcPolicy) hold(a *claimx.Article) {
	if g.off || len(a.Text) < longText {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.active == 0 {
		g.prev = debug.SetGCPercent(longGCPercent)
	}
	g.active++
}

// release counts the long articles of arts as done.
func (g *gcPolicy) release(arts []*claimx.Article) {
	if g.off {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, a := range arts {
		if len(a.Text) >= longText && g.active > 0 {
			if g.active--; g.active == 0 {
				debug.SetGCPercent(g.prev)
			}
		}
	}
}

// reset puts the setting back whatever is still counted: a run that
// stopped early may leave articles it never encoded.
func (g *gcPolicy) reset() {
	if g.off {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.active > 0 {
		g.active = 0
		debug.SetGCPercent(g.prev)
	}
}
