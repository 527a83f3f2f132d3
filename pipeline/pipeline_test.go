package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
)

// memSink keeps what the pipeline writes, part by part.
type memSink struct {
	mu    sync.Mutex // Seen is called while a part is written
	seen  map[string]bool
	parts [][]*claimx.Article
}

func (m *memSink) Seen(id string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.seen[id]
}

func (m *memSink) WritePart(arts []*claimx.Article, _ time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.parts = append(m.parts, append([]*claimx.Article(nil), arts...))
	for _, a := range arts {
		m.seen[a.ID] = true
	}
	return nil
}

func (m *memSink) sources() []string {
	var out []string
	for _, p := range m.parts {
		for _, a := range p {
			out = append(out, filepath.Base(a.Source))
		}
	}
	return out
}

// taggerFunc adapts a function to the Tagger shape.
type taggerFunc func(ctx context.Context, a *claimx.Article)

func (f taggerFunc) Tag(ctx context.Context, a *claimx.Article) { f(ctx, a) }

func writeArticles(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		body := fmt.Sprintf("Article number %d opens here. It has a second sentence.\n", i)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestRunKeepsInputOrderAndSkipsSeen(t *testing.T) {
	paths := writeArticles(t, 12)
	// Later articles finish first: the writer must still keep input order.
	slow := taggerFunc(func(_ context.Context, a *claimx.Article) {
		if strings.HasSuffix(a.Source, "a00.txt") || strings.HasSuffix(a.Source, "a03.txt") {
			time.Sleep(30 * time.Millisecond)
		}
	})
	sink := &memSink{seen: map[string]bool{}}
	cfg := Config{Workers: 4, PartSize: 5, Taggers: []Tagger{slow}, Sink: sink, MaxBytes: input.MaxBytes}
	stats, err := Run(context.Background(), cfg, paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range paths {
		want = append(want, filepath.Base(p))
	}
	if got := sink.sources(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("written order %v, want %v", got, want)
	}
	if len(sink.parts) != 3 {
		t.Errorf("%d parts, want 3 (12 articles, 5 a part)", len(sink.parts))
	}
	if stats.Read != 12 || stats.Written != 12 || stats.Claims != 24 || stats.Skipped != 0 {
		t.Errorf("stats %+v", stats)
	}

	// A second run over the same inputs, plus a duplicate path, adds nothing.
	again, err := Run(context.Background(), cfg, append(paths, paths[0]), nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.Skipped != 13 || again.Written != 0 || len(sink.parts) != 3 {
		t.Errorf("second run %+v, %d parts", again, len(sink.parts))
	}
}

func TestRunRecordsFailuresAndGoesOn(t *testing.T) {
	paths := writeArticles(t, 3)
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	paths = append([]string{empty}, paths...)
	panicky := taggerFunc(func(_ context.Context, a *claimx.Article) {
		if strings.HasSuffix(a.Source, "a01.txt") {
			panic("tagger bug")
		}
	})
	hang := taggerFunc(func(ctx context.Context, a *claimx.Article) {
		if strings.HasSuffix(a.Source, "a02.txt") {
			<-ctx.Done()
		}
	})
	sink := &memSink{seen: map[string]bool{}}
	stats, err := Run(context.Background(), Config{
		Workers: 2, PartSize: 10, Taggers: []Tagger{panicky, hang}, Sink: sink,
		MaxBytes: input.MaxBytes, Timeout: 200 * time.Millisecond,
	}, paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Written != 1 || stats.Failed != 3 {
		t.Fatalf("stats %+v, want 1 written and 3 failed", stats)
	}
	reasons := map[string]string{"empty.txt": "empty", "a01.txt": "tagger bug", "a02.txt": "longer than"}
	for _, a := range sink.parts[0] {
		want, failed := reasons[filepath.Base(a.Source)]
		switch {
		case failed && (a.Err == nil || !strings.Contains(a.Err.Error(), want) || !strings.Contains(a.Err.Error(), a.Source)):
			t.Errorf("%s: error %v, want one naming the file and %q", a.Source, a.Err, want)
		case !failed && a.Err != nil:
			t.Errorf("%s: unexpected error %v", a.Source, a.Err)
		}
	}
}

func TestRunStopsCleanlyWhenCancelled(t *testing.T) {
	paths := writeArticles(t, 50)
	ctx, cancel := context.WithCancel(context.Background())
	sink := &memSink{seen: map[string]bool{}}
	cancelling := taggerFunc(func(_ context.Context, a *claimx.Article) {
		if strings.HasSuffix(a.Source, "a05.txt") {
			cancel()
		}
	})
	stats, err := Run(ctx, Config{Workers: 2, PartSize: 100, Taggers: []Tagger{cancelling}, Sink: sink, MaxBytes: input.MaxBytes}, paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Whatever was written is whole and in order; the rest is left for the
	// next run.
	got := sink.sources()
	if stats.Written != len(got) || len(got) == 0 || len(got) == 50 {
		t.Fatalf("wrote %d of 50 (stats %+v)", len(got), stats)
	}
	for i, name := range got {
		if name != fmt.Sprintf("a%02d.txt", i) {
			t.Fatalf("article %d is %s", i, name)
		}
		if a := sink.parts[0][i]; len(a.Claims) != 2 {
			t.Errorf("%s written with %d claims", name, len(a.Claims))
		}
	}
}

// TestTimeoutStopsTheWork runs a tagger that takes 10 ms a claim on
// articles of 40 claims, with a timeout of 50 ms: each article is recorded
// as too slow, the tagger stops at its next claim, and none of its calls is
// still running, nor any goroutine Run started, once Run has returned.
func TestTimeoutStopsTheWork(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 4 {
		p := filepath.Join(dir, fmt.Sprintf("long%d.txt", i))
		body := strings.Repeat(fmt.Sprintf("Article %d has one more sentence here. ", i), 40)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	before := runtime.NumGoroutine()
	var running, tagged atomic.Int64
	slow := taggerFunc(func(ctx context.Context, a *claimx.Article) {
		running.Add(1)
		defer running.Add(-1)
		for range a.Claims {
			select {
			case <-ctx.Done():
				return
			case <-time.After(10 * time.Millisecond):
				tagged.Add(1)
			}
		}
	})
	sink := &memSink{seen: map[string]bool{}}
	stats, err := Run(context.Background(), Config{
		Workers: 2, PartSize: 10, Taggers: []Tagger{slow}, Sink: sink,
		MaxBytes: input.MaxBytes, Timeout: 50 * time.Millisecond,
	}, paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := running.Load(); n != 0 {
		t.Errorf("%d tagger calls still running after Run returned", n)
	}
	done := tagged.Load()
	time.Sleep(50 * time.Millisecond)
	if n := tagged.Load(); n != done {
		t.Errorf("%d claims tagged after Run returned", n-done)
	}
	if stats.Failed != 4 {
		t.Errorf("stats %+v, want 4 articles failed", stats)
	}
	for _, a := range sink.parts[0] {
		if a.Err == nil || !strings.Contains(a.Err.Error(), "longer than 50ms") || len(a.Claims) != 0 {
			t.Errorf("%s: error %v with %d claims, want a timeout and none", a.Source, a.Err, len(a.Claims))
		}
	}
	// Each article stopped within a claim or two of its 5 claims' worth.
	if n := tagged.Load(); n > 4*10 {
		t.Errorf("%d claims tagged in all, want the work stopped at the timeout", n)
	}
	// time.After's timers are no goroutines; anything above the count
	// before Run, once Run's own have exited, is work that outlived its
	// article.
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Run, %d before", n, before)
	}
}

// Process after Split, or twice, gives the claims that Process alone
// gives: it splits only an article without claims, and each tagger clears
// what it fills.
func TestProcessAfterSplit(t *testing.T) {
	raw := []byte("Officials met in Geneva. “It went well,” Wang Yi said (Xinhua, June 9, 2014).\n")
	once := input.Article("a.txt", raw, nil)
	Process(t.Context(), once, Taggers())
	again := input.Article("a.txt", raw, nil)
	Split(again)
	Split(again)
	Process(t.Context(), again, Taggers())
	Process(t.Context(), again, Taggers())
	if once.Err != nil || len(once.Claims) != 2 {
		t.Fatalf("%d claims, error %v", len(once.Claims), once.Err)
	}
	if !reflect.DeepEqual(once.Claims, again.Claims) {
		t.Errorf("after Split and Process twice:\n%+v\nwant\n%+v", again.Claims, once.Claims)
	}
}

// encodingSink is a PartEncoder whose first part's encoding ends only once
// the second part's has begun, and which records the order of commits.
type encodingSink struct {
	memSink
	calls         atomic.Int32
	secondStarted chan struct{}
	overlapped    atomic.Bool
}

func (s *encodingSink) EncodePart(arts []*claimx.Article, at time.Time) (func() error, error) {
	switch s.calls.Add(1) {
	case 1:
		select {
		case <-s.secondStarted:
			s.overlapped.Store(true)
		case <-time.After(10 * time.Second):
		}
	case 2:
		close(s.secondStarted)
	}
	return func() error { return s.WritePart(arts, at) }, nil
}

// TestPartsEncodedSideBySide checks that a part is encoded while the one
// before it still is, off the goroutine that collects the workers' articles,
// and that the parts are still stored in input order.
func TestPartsEncodedSideBySide(t *testing.T) {
	paths := writeArticles(t, 20)
	sink := &encodingSink{memSink: memSink{seen: map[string]bool{}}, secondStarted: make(chan struct{})}
	cfg := Config{Workers: 4, PartSize: 3, Sink: sink, MaxBytes: input.MaxBytes}
	stats, err := Run(context.Background(), cfg, paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !sink.overlapped.Load() {
		t.Error("the second part's encoding did not begin while the first's was under way")
	}
	var want []string
	for _, p := range paths {
		want = append(want, filepath.Base(p))
	}
	if got := sink.sources(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stored order %v, want input order %v", got, want)
	}
	if stats.Written != 20 || len(sink.parts) != 7 {
		t.Errorf("stats %+v, %d parts; want 20 written in 7 parts", stats, len(sink.parts))
	}
}

// failingSink refuses to store its second part.
type failingSink struct {
	memSink
	calls atomic.Int32
}

func (s *failingSink) WritePart(arts []*claimx.Article, at time.Time) error {
	if s.calls.Add(1) == 2 {
		return fmt.Errorf("disk full")
	}
	return s.memSink.WritePart(arts, at)
}

// TestRunStopsWhenAPartFails checks that a part that cannot be stored ends
// the run with its error, and that what was stored is counted, nothing else.
func TestRunStopsWhenAPartFails(t *testing.T) {
	paths := writeArticles(t, 30)
	sink := &failingSink{memSink: memSink{seen: map[string]bool{}}}
	stats, err := Run(context.Background(), Config{Workers: 2, PartSize: 4, Sink: sink, MaxBytes: input.MaxBytes}, paths, nil)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err %v, want the sink's", err)
	}
	if stats.Written != 4 || len(sink.parts) != 1 {
		t.Errorf("stats %+v, %d parts stored; want the first part's 4 articles only", stats, len(sink.parts))
	}
}

// seenSignal is a memSink that closes asked when the reader asks it about
// the article id.
type seenSignal struct {
	memSink
	id    string
	asked chan struct{}
}

func (s *seenSignal) Seen(id string) bool {
	if id == s.id {
		close(s.asked)
	}
	return s.memSink.Seen(id)
}

// TestRunProcessesTheBytesItHashed checks that an article is built from the
// bytes whose ID the reader checked against the sink, read once: a file
// rewritten after the reader read it is processed as it was read.
func TestRunProcessesTheBytesItHashed(t *testing.T) {
	paths := writeArticles(t, 3)
	before, err := os.ReadFile(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	sink := &seenSignal{memSink: memSink{seen: map[string]bool{}}, id: input.ID(before), asked: make(chan struct{})}
	rewrite := taggerFunc(func(_ context.Context, a *claimx.Article) {
		if a.Source != paths[0] {
			return
		}
		select { // the reader has read paths[1] once it asks about its ID
		case <-sink.asked:
		case <-time.After(5 * time.Second):
			t.Error("the reader never asked about the second article")
		}
		if err := os.WriteFile(paths[1], []byte("Rewritten after it was read. A second sentence.\n"), 0o644); err != nil {
			t.Error(err)
		}
	})
	cfg := Config{Workers: 1, PartSize: 10, Sink: sink, MaxBytes: input.MaxBytes, Taggers: []Tagger{rewrite}}
	if _, err := Run(context.Background(), cfg, paths, nil); err != nil {
		t.Fatal(err)
	}
	got := sink.parts[0][1]
	if got.ID != input.ID(before) || string(got.Raw) != string(before) {
		t.Errorf("article %s holds %q, want the bytes read first, %q", got.ID, got.Raw, before)
	}
}
