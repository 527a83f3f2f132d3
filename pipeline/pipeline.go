// Package pipeline runs articles through claimx's stages: read → split →
// tag → write. Reading is a single goroutine that keeps input order and
// only hashes a file's bytes; decoding, layout, splitting and tagging, the
// CPU work, run on a pool of workers; parts are encoded off the goroutine
// that puts the workers' articles back in order, and committed in that
// order. Stages are joined by bounded channels, so memory stays flat
// however many articles a run sees.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
)

// Tagger fills in one kind of evidence on every claim of an article,
// clearing what an earlier run put there. It checks ctx between claims or
// stages and returns early once ctx is done, leaving the article to be
// discarded.
type Tagger interface {
	Tag(ctx context.Context, a *claimx.Article)
}

// Sink is where finished articles go: an output dataset, or memory. Seen is
// called from the reading goroutine while WritePart may be writing.
type Sink interface {
	// Seen reports whether the article was already written by an earlier run.
	Seen(articleID string) bool
	// WritePart stores a batch of articles as one unit: all or nothing.
	WritePart(arts []*claimx.Article, processedAt time.Time) error
}

// PartEncoder is a Sink that can encode a part apart from storing it, on
// several goroutines at once: Run then encodes parts side by side and
// commits them one by one, in input order.
type PartEncoder interface {
	Sink
	// EncodePart prepares a batch of articles as WritePart would store
	// it and returns the function that stores it.
	EncodePart(arts []*claimx.Article, processedAt time.Time) (commit func() error, err error)
}

// Config says how a run goes.
type Config struct {
	Workers  int      // goroutines splitting and tagging; at least 1
	PartSize int      // articles per output part
	Taggers  []Tagger // applied in order to every article
	// MaxBytes is the largest article read; larger ones are recorded as
	// errors.
	MaxBytes int64
	// Timeout bounds the work on one article; 0 means no limit.
	Timeout time.Duration
	Sink    Sink
	// StdinName is the Source of articles read from standard input ("-"),
	// "-" itself when empty.
	StdinName string
	// Shard is the share of the articles this run takes; the zero Shard
	// takes all.
	Shard Shard
	// Progress, if set, is called from the writing goroutine each time an
	// article has been processed or skipped, in input order.
	Progress func(Stats)
}

// Stats counts what a run did.
type Stats struct {
	Read    int // articles read from the inputs
	Skipped int // already in the output, or read twice in this run
	Written int // written with status ok
	Failed  int // written with status error
	Claims  int // claim rows written
	// Others are the articles left to the other shards, not counted in
	// Read.
	Others int
	// Empty are the inputs that held no article: a feed of no lines,
	// nothing on standard input.
	Empty []string
}

// Process splits an article into claims, unless it has claims already
// (from Split, or a caller's own), and runs the taggers over them in order;
// processing an article twice gives the same claims. When ctx is done
// before the taggers are, the article keeps no claims and its error says
// why (context.Cause). A panic in a tagger becomes the article's error: one
// article never stops a batch.
func Process(ctx context.Context, a *claimx.Article, taggers []Tagger) {
	if a.Err != nil {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			a.Claims = nil
			a.Err = fmt.Errorf("%s: internal error while tagging (a claimx bug, please report it): %v", a.Source, r)
		}
	}()
	if len(a.Claims) == 0 {
		split(ctx, a)
	}
	// The taggers share one finding of the citation parentheses, found
	// anew for each run: a caller may have changed the text since the last.
	a.CitedParens = nil
	for _, t := range taggers {
		if ctx.Err() != nil {
			break
		}
		t.Tag(ctx, a)
	}
	if ctx.Err() != nil {
		a.Claims = nil
		a.Err = fmt.Errorf("%s: %w", a.Source, context.Cause(ctx))
	}
}

type job struct {
	seq   int
	a     *claimx.Article
	skip  bool // already written: counted, not processed
	other bool // another shard's: neither processed nor counted as read
	// read is the file of a stub a, which a worker builds the article to
	// process from: from raw, the file's bytes the reader read to hash.
	read string
	raw  []byte
	held bool // longGC holds it (a long article) until its part is stored
}

// Run reads the articles at paths ("-" is stdin), processes those the sink
// has not seen and writes them in input order. When ctx is cancelled it
// stops reading, finishes the articles already under way and writes them:
// nothing is left half-done. The error is fatal trouble (the output could
// not be written); problems with single articles are recorded in their
// rows and counted in Stats.Failed.
func Run(ctx context.Context, cfg Config, paths []string, stdin io.Reader) (Stats, error) {
	// Articles under way are finished when ctx is cancelled: their work
	// runs under a context that only their own timeout ends.
	work := context.WithoutCancel(ctx)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(cfg.Workers, 1)
	todo := make(chan job, 2*workers)
	done := make(chan job, 2*workers)

	var readErr error
	var empty []string
	go func() {
		defer close(todo)
		seen := map[string]bool{}
		seq := 0
		// send hands an article on; when read is a path, the article is
		// a stub with its ID, which a worker builds from raw, the file's
		// bytes, if it is to be processed.
		send := func(a *claimx.Article, read string, raw []byte) error {
			j := job{seq: seq, a: a, read: read, other: !cfg.Shard.Owns(a.ID)}
			j.skip = !j.other && (seen[a.ID] || cfg.Sink.Seen(a.ID))
			if !j.skip && !j.other {
				j.raw = raw // the bytes of what is passed over are dropped here
			}
			seen[a.ID] = true
			select {
			case todo <- j:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		sendRead := func(a *claimx.Article) error { return send(a, "", nil) }
		for _, path := range paths {
			before := seq
			// The one article of a file is only read and hashed here:
			// passed over (another shard's, or written already) before it
			// is decoded and laid out, and else decoded and laid out on a
			// worker, not on this single goroutine. The bytes go with it,
			// so the file is read once; at most the queue's 2×workers
			// files wait so, each within MaxBytes.
			if id, raw, ok := rawID(path, cfg.MaxBytes); ok {
				if readErr = send(&claimx.Article{ID: id, Source: path}, path, raw); readErr != nil {
					return
				}
				continue
			}
			readErr = input.Read(ctx, []string{path}, input.Stdin{Reader: stdin, Name: cfg.StdinName}, cfg.MaxBytes, sendRead)
			if readErr != nil {
				return
			}
			if seq == before {
				empty = append(empty, path)
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				if !j.skip && !j.other {
					if j.read != "" {
						j.a = input.FileArticle(j.read, j.raw)
						j.raw = nil
					}
					j.held = longGC.hold(j.a)
					processWithin(work, j.a, cfg.Taggers, cfg.Timeout)
				}
				done <- j
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	w := newWriter(cfg, 1+workers/4)
	pending := map[int]job{}
	next := 0
	for j := range done {
		pending[j.seq] = j
		for j, ok := pending[next]; ok; j, ok = pending[next] {
			delete(pending, next)
			next++
			w.add(j)
		}
		if w.failed() {
			cancel() // stop reading; keep draining so workers can finish
		}
	}
	stats, err := w.close()
	stats.Empty = empty // the reader is done: done is closed after todo
	if err != nil {
		return stats, err
	}
	if readErr != nil && ctx.Err() == nil {
		return stats, readErr
	}
	return stats, nil
}

// processWithin processes an article on the calling goroutine, its
// context ending after timeout (0: no limit). The taggers stop at their
// next check and the article becomes an error record: no work on it goes
// on once processWithin returns.
func processWithin(ctx context.Context, a *claimx.Article, taggers []Tagger, timeout time.Duration) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, timeout, fmt.Errorf("processing took longer than %s", timeout))
		defer cancel()
	}
	Process(ctx, a, taggers)
}

// writer batches finished articles into parts and hands each part on to be
// written off the collecting goroutine, so that the workers never wait
// while a part is encoded and compressed: up to encoders parts are encoded
// at once (with a PartEncoder sink; one at a time otherwise), and a
// committing goroutine stores them in input order. At most encoders+1
// parts wait beyond the one being filled, which bounds the memory.
type writer struct {
	cfg      Config
	batch    []*claimx.Article
	held     int              // long articles of batch that longGC holds
	encoders chan struct{}    // a token per encoding under way
	queue    chan encodedPart // parts in input order, to the committer
	idle     chan struct{}    // closed when the committer is done

	mu    sync.Mutex // guards stats and err, which the committer updates
	stats Stats
	err   error
}

// encodedPart is a part handed on: its articles, and where the result of
// its encoding arrives.
type encodedPart struct {
	arts   []*claimx.Article
	held   int // long articles of arts that longGC holds
	result chan encodeResult
}

type encodeResult struct {
	commit func() error
	err    error
}

func newWriter(cfg Config, encoders int) *writer {
	w := &writer{
		cfg:      cfg,
		encoders: make(chan struct{}, encoders),
		queue:    make(chan encodedPart, encoders),
		idle:     make(chan struct{}),
	}
	go w.commitAll()
	return w
}

func (w *writer) add(j job) {
	w.mu.Lock()
	switch {
	case j.other:
		w.stats.Others++
	case j.skip:
		w.stats.Read++
		w.stats.Skipped++
	default:
		w.stats.Read++
		w.batch = append(w.batch, j.a)
	}
	if j.held {
		w.held++
	}
	stats := w.stats
	w.mu.Unlock()
	if w.cfg.Progress != nil {
		w.cfg.Progress(stats)
	}
	if len(w.batch) >= max(w.cfg.PartSize, 1) {
		w.flush()
	}
}

// failed reports whether a part could not be stored: the run stops.
func (w *writer) failed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err != nil
}

// flush hands the batch on to be encoded, waiting only while encoders+1
// parts are already under way.
func (w *writer) flush() {
	if len(w.batch) == 0 || w.failed() {
		return
	}
	p := encodedPart{arts: w.batch, held: w.held, result: make(chan encodeResult, 1)}
	w.batch, w.held = nil, 0 // the encoder owns the articles now
	at := time.Now().UTC()
	w.encoders <- struct{}{}
	w.queue <- p
	go func() {
		defer func() { <-w.encoders }()
		if enc, ok := w.cfg.Sink.(PartEncoder); ok {
			commit, err := enc.EncodePart(p.arts, at)
			p.result <- encodeResult{commit, err}
			return
		}
		p.result <- encodeResult{commit: func() error { return w.cfg.Sink.WritePart(p.arts, at) }}
	}()
}

// commitAll stores the parts in input order as their encodings end, and
// counts what they held. After a failure it stores nothing more.
func (w *writer) commitAll() {
	defer close(w.idle)
	for p := range w.queue {
		r := <-p.result
		longGC.release(p.held) // stored now, or never to be
		if w.failed() {
			continue
		}
		err := r.err
		if err == nil {
			err = r.commit()
		}
		w.mu.Lock()
		if err != nil {
			w.err = err
		}
		for _, a := range p.arts {
			switch {
			case err != nil:
			case a.Err != nil:
				w.stats.Failed++
			default:
				w.stats.Written++
				w.stats.Claims += len(a.Claims)
			}
		}
		w.mu.Unlock()
	}
}

// close hands on the last batch and waits until every part is stored.
func (w *writer) close() (Stats, error) {
	w.flush()
	close(w.queue)
	<-w.idle
	longGC.release(w.held) // a batch a failure kept from being handed on
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.stats, w.err
}
