package pipeline

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestRawIDFeedHeadOnly checks that a JSONL feed is told from its head
// without a buffer of its whole size, and that a plain article is read
// whole past its head.
func TestRawIDFeedHeadOnly(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"a1","title":"Port traffic","text":"Ships waited off the harbour for a week."}` + "\n"
	feed := filepath.Join(dir, "daily.jsonl")
	if err := os.WriteFile(feed, []byte(strings.Repeat(line, 8<<20/len(line))), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, ok := rawID(feed, 64<<20)
	runtime.ReadMemStats(&after)
	if ok {
		t.Fatal("a feed was read as one article")
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Errorf("sniffing an 8 MB feed allocated %d bytes", got)
	}
	text := "Port traffic\n\n" + strings.Repeat("Ships waited off the harbour for a week. ", 4000)
	art := filepath.Join(dir, "port.txt")
	if err := os.WriteFile(art, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, raw, ok := rawID(art, 64<<20); !ok || string(raw) != text {
		t.Errorf("article: ok %v, read %d of %d bytes", ok, len(raw), len(text))
	}
}
