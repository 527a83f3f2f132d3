package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "out", "output `DIR`: claims/ and articles/ Parquet parts go under it")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines splitting and tagging articles")
	partSize := fs.Int("part-size", 200, "articles per Parquet part file")
	logFormat := fs.String("log-format", "text", "log format on standard error: text or json")
	maxBytes := fs.Int64("max-bytes", input.MaxBytes, "largest article read; larger ones are recorded as errors")
	timeout := fs.Duration("timeout", time.Minute, "longest time spent on one article before it is recorded as an error (0: no limit)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: claimx run [flags] INPUT...

INPUT is an article file (.txt, .md, .html), a JSON Lines feed (.jsonl, one
article a line: {"id", "url", "title", "published", "text" | "html"}), a
directory (walked recursively for them), a glob pattern, or - for standard
input. The format is told from the content as well as the extension.
Articles already in the output are skipped, so a run can be repeated safely,
also after a crash. A progress bar shows on a terminal. Exit status: 0 all
written, 3 some articles failed (the rest were written), 1 fatal error,
2 bad command line.

Flags:`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagStatus(err)
	}
	if fs.NArg() == 0 || *workers < 1 || *partSize < 1 {
		fs.Usage()
		return exitUsage
	}
	log, err := newLogger(*logFormat, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "claimx run:", err)
		return exitUsage
	}

	paths, err := input.Paths(fs.Args())
	if err != nil {
		log.Error("cannot read inputs", "err", err)
		return exitFatal
	}
	ds, err := output.Open(*out, version)
	if err != nil {
		log.Error("cannot open output", "dir", *out, "err", err)
		return exitFatal
	}
	var bar *progress
	if isTerminal(stderr) {
		total, known := input.Count(paths, *maxBytes)
		bar = newProgress(stderr, len(paths), total, known)
		log, _ = newLogger(*logFormat, bar) // log lines go above the bar
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	began := time.Now()
	cfg := pipeline.Config{
		Workers:  *workers,
		PartSize: *partSize,
		MaxBytes: *maxBytes,
		Timeout:  *timeout,
		Taggers:  pipeline.Taggers(),
		Sink:     logFailures{ds, log},
	}
	if bar != nil {
		cfg.Progress = bar.update
	}
	stats, err := pipeline.Run(ctx, cfg, paths, stdin)
	if bar != nil {
		bar.end()
	}
	elapsed := time.Since(began).Round(time.Millisecond)
	log.Info("summary", "read", stats.Read, "written", stats.Written, "skipped", stats.Skipped,
		"failed", stats.Failed, "claims", stats.Claims, "elapsed", elapsed.String(), "out", *out)
	switch {
	case err != nil:
		log.Error("run failed", "err", err)
		return exitFatal
	case ctx.Err() != nil:
		log.Warn("interrupted: what was finished is written; run again to complete")
		return exitFatal
	case stats.Failed > 0:
		return exitPartial
	}
	return exitOK
}

func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, fmt.Errorf("--log-format must be text or json, not %q", format)
}

// logFailures reports every article that could not be processed as its row
// is written, naming the file and the reason.
type logFailures struct {
	*output.Dataset
	log *slog.Logger
}

func (l logFailures) WritePart(arts []*claimx.Article, at time.Time) error {
	for _, a := range arts {
		if a.Err != nil {
			l.log.Warn("article not processed", "source", a.Source, "err", a.Err)
		}
	}
	return l.Dataset.WritePart(arts, at)
}

// isTerminal reports whether w is a terminal, where a person watches the
// run; a log file, a pipe or cron gets no progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress is the bar a run shows on a terminal: articles done out of all
// the inputs hold, the number of files, articles per second and the time
// left. Log lines are written above it: the bar is cleared, the line
// written, and the bar drawn again at the next update.
type progress struct {
	mu  sync.Mutex
	w   io.Writer
	bar *progressbar.ProgressBar
}

// newProgress shows progress on w over files inputs holding total
// articles; when the total is not known (standard input) it shows counts
// and speed only.
func newProgress(w io.Writer, files, total int, known bool) *progress {
	if !known {
		total = -1
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(fmt.Sprintf("%d files", files)),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		// No redrawing goroutine: the bar is drawn only under mu.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
	)
	return &progress{w: w, bar: bar}
}

// update moves the bar to the articles read so far.
func (p *progress) update(s pipeline.Stats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s.Read > p.bar.GetMax() && !p.bar.IsFinished() {
		p.bar.ChangeMax(s.Read) // an input grew since it was counted
	}
	p.bar.Set(s.Read)
}

// Write writes a log line above the bar.
func (p *progress) Write(line []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Clear()
	n, err := p.w.Write(line)
	p.bar.RenderBlank()
	return n, err
}

// end takes an unfinished bar (an interrupted run, an input that shrank)
// off the screen; a finished one stays, above the summary.
func (p *progress) end() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.bar.IsFinished() {
		p.bar.Clear()
	}
}
