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

// Tagger fills in one kind of evidence on every claim of an article.
type Tagger interface {
	Tag(a *claimx.Article)
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
}

// Process splits an article into claims and runs the taggers over it. A
// panic in a tagger becomes the article's error: one article never stops a
// batch.
func Process(a *claimx.Article, taggers []Tagger) {
	if a.Err != nil {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			a.Claims = nil
			a.Err = fmt.Errorf("%s: internal error while tagging (a claimx bug, please report it): %v", a.Source, r)
		}
	}()
	Split(a)
	for _, t := range taggers {
		t.Tag(a)
	}
}

type job struct {
	seq  int
	a    *claimx.Article
	skip bool // already written: counted, not processed
}

// Run reads the articles at paths ("-" is stdin), processes those the sink
// has not seen and writes them in input order. When ctx is cancelled it
// stops reading, finishes the articles already under way and writes them:
// nothing is left half-done. The error is fatal trouble (the output could
// not be written); problems with single articles are recorded in their
// rows and counted in Stats.Failed.
func Run(ctx context.Context, cfg Config, paths []string, stdin io.Reader) (Stats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(cfg.Workers, 1)
	todo := make(chan job, 2*workers)
	done := make(chan job, 2*workers)

	var readErr error
	go func() {
		defer close(todo)
		seen := map[string]bool{}
		seq := 0
		readErr = input.Read(ctx, paths, stdin, cfg.MaxBytes, func(a *claimx.Article) error {
			j := job{seq: seq, a: a, skip: seen[a.ID] || cfg.Sink.Seen(a.ID)}
			seen[a.ID] = true
			select {
			case todo <- j:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				if !j.skip {
					j.a = processWithin(j.a, cfg.Taggers, cfg.Timeout)
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
	if w.err != nil {
		return w.stats, w.err
	}
	if readErr != nil && ctx.Err() == nil {
		return w.stats, readErr
	}
	return w.stats, nil
}

// processWithin processes an article, giving up after timeout (0: no
// limit). An article given up on is replaced by an error record; the
// abandoned work finishes in the background and is discarded.
func processWithin(a *claimx.Article, taggers []Tagger, timeout time.Duration) *claimx.Article {
	if timeout <= 0 {
		Process(a, taggers)
		return a
	}
	finished := make(chan struct{})
	go func() {
		Process(a, taggers)
		close(finished)
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-finished:
		return a
	case <-timer.C:
		return &claimx.Article{ID: a.ID, Source: a.Source, Raw: a.Raw,
			Err: fmt.Errorf("%s: processing took longer than %s", a.Source, timeout)}
	}
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
	w.stats.Read++
	if j.skip {
		w.stats.Skipped++
	} else {
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
