// Package pipeline runs articles through claimx's stages: read → split →
// tag → write. Reading and writing are single goroutines that keep input
// order; splitting and tagging, the CPU work, run on a pool of workers.
// Stages are joined by bounded channels, so memory stays flat however many
// articles a run sees.
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
		send := func(a *claimx.Article) error {
			j := job{seq: seq, a: a, other: !cfg.Shard.Owns(a.ID)}
			j.skip = !j.other && (seen[a.ID] || cfg.Sink.Seen(a.ID))
			seen[a.ID] = true
			select {
			case todo <- j:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, path := range paths {
			before := seq
			// An article this run will not process costs a read and a
			// hash, not its decoding and layout.
			if id, ok := rawID(path, cfg.MaxBytes); ok && (!cfg.Shard.Owns(id) || seen[id] || cfg.Sink.Seen(id)) {
				if readErr = send(&claimx.Article{ID: id, Source: path}); readErr != nil {
					return
				}
				continue
			}
			readErr = input.Read(ctx, []string{path}, input.Stdin{Reader: stdin, Name: cfg.StdinName}, cfg.MaxBytes, send)
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

	w := writer{cfg: cfg}
	pending := map[int]job{}
	next := 0
	for j := range done {
		pending[j.seq] = j
		for j, ok := pending[next]; ok; j, ok = pending[next] {
			delete(pending, next)
			next++
			w.add(j)
		}
		if w.err != nil {
			cancel() // stop reading; keep draining so workers can finish
		}
	}
	w.flush()
	w.stats.Empty = empty // the reader is done: done is closed after todo
	if w.err != nil {
		return w.stats, w.err
	}
	if readErr != nil && ctx.Err() == nil {
		return w.stats, readErr
	}
	return w.stats, nil
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

// writer batches finished articles into parts.
type writer struct {
	cfg   Config
	batch []*claimx.Article
	stats Stats
	err   error
}

func (w *writer) add(j job) {
	if w.err != nil {
		return
	}
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
	if w.cfg.Progress != nil {
		w.cfg.Progress(w.stats)
	}
	if len(w.batch) >= max(w.cfg.PartSize, 1) {
		w.flush()
	}
}

func (w *writer) flush() {
	if w.err != nil || len(w.batch) == 0 {
		return
	}
	if err := w.cfg.Sink.WritePart(w.batch, time.Now().UTC()); err != nil {
		w.err = err
		return
	}
	for _, a := range w.batch {
		if a.Err != nil {
			w.stats.Failed++
		} else {
			w.stats.Written++
			w.stats.Claims += len(a.Claims)
		}
	}
	clear(w.batch) // let written articles be collected
	w.batch = w.batch[:0]
}
