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

// gcPolicy lowers the collector's setting, which is the process's, while
// long articles are under way in any run of the process: from a worker
// taking one up until the part holding it is stored (or the run ends
// without storing it), and puts the setting back after the last. A GOGC
// or GOMEMLIMIT the user set is theirs: the policy then does nothing.
type gcPolicy struct {
	off    bool
	mu     sync.Mutex
	active int // long articles under way
	prev   int // the setting before the first of them
}

// longGC is the process's one policy: runs at the same time share it.
var longGC = &gcPolicy{off: os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != ""}

// hold counts a as under way when it is long, and reports whether it did:
// the caller releases what it held, whatever becomes of the article.
func (g *gcPolicy) hold(a *claimx.Article) bool {
	if g.off || len(a.Text) < longText {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.active == 0 {
		g.prev = debug.SetGCPercent(longGCPercent)
	}
	g.active++
	return true
}

// release counts n held articles as done.
func (g *gcPolicy) release(n int) {
	if n <= 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.active -= n
	if g.active <= 0 {
		g.active = 0
		debug.SetGCPercent(g.prev)
	}
}
