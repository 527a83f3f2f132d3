package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/internal/bucket"
	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	out := fs.String("out", "out", "output `DIR` or object storage URL (s3://bucket/prefix): claims/, articles/ and errors/ parts go under it")
	format := fs.String("format", string(output.Parquet), "format of the parts: parquet or jsonl (JSON Lines, the same fields)")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines splitting and tagging articles (at least 1)")
	partSize := fs.Int("part-size", 200, "articles per part file (at least 1)")
	logFormat := fs.String("log-format", "text", "log format on standard error: text or json")
	maxBytes := fs.Int64("max-bytes", input.MaxBytes, "largest article read, in bytes; larger ones are recorded as errors")
	timeout := fs.Duration("timeout", time.Minute, "longest time spent on one article before it is recorded as an error (0: no limit)")
	retryFailed := fs.Bool("retry-failed", true, "process again the articles whose earlier attempts failed (false: skip them)")
	allowEmpty := fs.Bool("allow-empty", false, "accept an input that holds no article (an empty folder, feed or standard input)")
	source := fs.String("source", "", "the `NAME` of what is piped in on standard input (-), written as its articles' source")
	shardFlag := fs.String("shard", "", "take the i-th of n disjoint shares of the articles, written `i/n` (from 0); default: JOB_COMPLETION_INDEX of JOB_COMPLETIONS when set, else all")
	usage := func() {
		fmt.Fprintln(stderr, `Usage: claimx run [flags] INPUT...

INPUT is an article file (.txt, .md, .html), a JSON Lines feed (.jsonl, one
article a line: {"id", "url", "title", "published", "text" | "html"}), a
directory (walked recursively for them), a glob pattern, or - for standard
input, or an object storage URL (s3://; gs://, azblob:// in builds with the
gcs, azure tags: an object, or the
article objects under a prefix; bucket settings go in the URL's query, as
gocloud.dev documents them: s3://bucket/inbox?endpoint=http://host:9000&use_path_style=true).
The format is told from the content as well as the extension. Flags
may come before or after the inputs; after --, everything is an input.
Articles already in the output are skipped, so a run can be repeated safely,
also after a crash; articles that failed before are tried again. n runs with
--shard 0/n ... n-1/n (or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX and
JOB_COMPLETIONS) over the same inputs into one output write every article
once between them. A progress
bar shows on a terminal. Exit status: 0 all written, 3 some articles failed
(the rest were written), 1 fatal error (also: an input holding no article,
unless --allow-empty), 2 bad command line.

Flags:`)
		fs.PrintDefaults()
	}
	inputs, status, ok := parseFlags(fs, args, usage, stderr)
	if !ok {
		return status
	}
	bad := func(format string, a ...any) int { return badUsage(stderr, fs, format, a...) }
	switch {
	case len(inputs) == 0:
		return bad("no INPUT given: name article files, feeds, directories, patterns or - for standard input")
	case *workers < 1:
		return bad("--workers must be at least 1, not %d", *workers)
	case *partSize < 1:
		return bad("--part-size must be at least 1 article, not %d", *partSize)
	case *maxBytes < 1:
		return bad("--max-bytes must be a positive number of bytes, not %d", *maxBytes)
	case *timeout < 0:
		return bad("--timeout must be 0 (no limit) or more, not %s", *timeout)
	case !slices.Contains(output.Formats, output.Format(*format)):
		return bad("--format must be parquet or jsonl, not %q", *format)
	case *source != "" && !slices.Contains(inputs, "-"):
		return bad("--source names standard input, but no INPUT is -")
	}
	log, err := newLogger(*logFormat, stderr)
	if err != nil {
		return bad("%v", err)
	}
	shard, err := shardOf(*shardFlag, os.Getenv)
	if err != nil {
		return bad("%v", err)
	}

	paths, empty, err := inputPaths(inputs)
	if err != nil {
		log.Error("cannot read inputs", "err", err)
		return exitFatal
	}
	if len(empty) > 0 && !*allowEmpty {
		log.Error("an input holds no article; --allow-empty accepts that", "inputs", strings.Join(empty, ", "))
		return exitFatal
	}
	ds, err := openOutput(*out, output.Options{Version: version, Format: output.Format(*format), SkipFailed: !*retryFailed, Tag: shard.String()})
	if err != nil {
		log.Error("cannot open output", "dir", *out, "err", err)
		return exitFatal
	}
	defer ds.Close()
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
		Workers:   *workers,
		PartSize:  *partSize,
		MaxBytes:  *maxBytes,
		Timeout:   *timeout,
		Taggers:   pipeline.Taggers(),
		Sink:      logFailures{ds, log},
		StdinName: *source,
		Shard:     shard,
	}
	if bar != nil {
		cfg.Progress = bar.update
	}
	stats, err := pipeline.Run(ctx, cfg, paths, stdin)
	if bar != nil {
		bar.end()
	}
	if err == nil && *allowEmpty {
		err = ds.EnsurePart() // an empty dataset DuckDB can open
	}
	elapsed := time.Since(began).Round(time.Millisecond)
	counts := []any{"read", stats.Read, "written", stats.Written, "skipped", stats.Skipped,
		"failed", stats.Failed, "claims", stats.Claims}
	if shard.Count > 1 {
		counts = append(counts, "shard", fmt.Sprintf("%d/%d", shard.Index, shard.Count), "others", stats.Others)
	}
	log.Info("summary", append(counts, "elapsed", elapsed.String(), "out", *out)...)
	switch {
	case err != nil:
		log.Error("run failed", "err", err)
		return exitFatal
	case ctx.Err() != nil:
		log.Warn("interrupted: what was finished is written; run again to complete")
		return exitFatal
	case len(stats.Empty) > 0 && !*allowEmpty:
		log.Error("an input holds no article; --allow-empty accepts that", "inputs", strings.Join(inputNames(stats.Empty, *source), ", "))
		return exitFatal
	case stats.Failed > 0:
		return exitPartial
	}
	return exitOK
}

// openOutput opens the output dataset: a local folder (also as a file://
// URL), or a place in object storage.
func openOutput(out string, opts output.Options) (*output.Dataset, error) {
	if bucket.IsURL(out) {
		return output.OpenBucket(context.Background(), out, opts)
	}
	return output.Open(localPath(out), opts)
}

// localPath is the path a file:// URL names; any other name as it is.
func localPath(name string) string {
	if rest, ok := strings.CutPrefix(name, "file://"); ok {
		if p, err := url.PathUnescape(rest); err == nil {
			return p
		}
	}
	return name
}

// shardOf is the share of the articles a run takes: --shard i/n when
// given, else the Kubernetes Indexed Job's JOB_COMPLETION_INDEX of
// JOB_COMPLETIONS (which the Job's manifest sets: Kubernetes sets only the
// index), else all of them.
func shardOf(flagValue string, getenv func(string) string) (pipeline.Shard, error) {
	if flagValue != "" {
		return pipeline.ParseShard(flagValue)
	}
	index, count := getenv("JOB_COMPLETION_INDEX"), getenv("JOB_COMPLETIONS")
	switch {
	case index == "" && count == "":
		return pipeline.Shard{}, nil
	case index == "" || count == "":
		return pipeline.Shard{}, fmt.Errorf("JOB_COMPLETION_INDEX=%q and JOB_COMPLETIONS=%q: a shard from the environment needs both (set JOB_COMPLETIONS to the Job's completions)", index, count)
	}
	shard, err := pipeline.NewShard(index, count)
	if err != nil {
		return shard, fmt.Errorf("JOB_COMPLETION_INDEX and JOB_COMPLETIONS: %w", err)
	}
	return shard, nil
}

// inputPaths expands the inputs into the files to read, and lists the
// inputs that hold none: a directory or pattern with no article file.
func inputPaths(inputs []string) (paths, empty []string, err error) {
	for _, in := range inputs {
		found, err := input.Paths([]string{localPath(in)})
		if err != nil {
			return nil, nil, err
		}
		if len(found) == 0 {
			empty = append(empty, in)
		}
		paths = append(paths, found...)
	}
	return paths, empty, nil
}

// inputNames names inputs for a person: standard input by its --source
// name, if it has one.
func inputNames(paths []string, stdinName string) []string {
	names := slices.Clone(paths)
	for i, p := range names {
		if p == "-" {
			names[i] = "standard input"
			if stdinName != "" {
				names[i] += " (" + stdinName + ")"
			}
		}
	}
	return names
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

// logFailures reports every article that could not be processed as its
// part is written, naming the file and the reason.
type logFailures struct {
	*output.Dataset
	log *slog.Logger
}

func (l logFailures) EncodePart(arts []*claimx.Article, at time.Time) (func() error, error) {
	for _, a := range arts {
		if a.Err != nil {
			l.log.Warn("article not processed", "source", a.Source, "err", a.Err)
		}
	}
	return l.Dataset.EncodePart(arts, at)
}

// WritePart is EncodePart's, so that the failures are reported however
// the part is written.
func (l logFailures) WritePart(arts []*claimx.Article, at time.Time) error {
	commit, err := l.EncodePart(arts, at)
	if err != nil {
		return err
	}
	return commit()
}

// isTerminal reports whether w is a terminal, where a person watches the
// run; a log file, a pipe or cron gets no progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress is the bar a run shows on a terminal: articles done out of all
// the inputs hold, articles per second, the number of files, and the time
// elapsed and left, each labelled. Log lines are written above it: the bar
// is cleared, the line written, and the bar drawn again at the next update.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	bar     *progressbar.ProgressBar
	files   int
	total   int // articles in all inputs; -1 when not known
	started time.Time
}

// newProgress shows progress on w over files inputs holding total
// articles; when the total is not known (standard input) it shows counts,
// speed and time elapsed only.
func newProgress(w io.Writer, files, total int, known bool) *progress {
	if !known {
		total = -1
	}
	p := &progress{w: w, files: files, total: total, started: time.Now()}
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(p.times(0)),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		// Its own times print unlabelled, as [7s:7s]: times says them.
		progressbar.OptionSetPredictTime(false),
		progressbar.OptionSetElapsedTime(false),
		progressbar.OptionThrottle(100*time.Millisecond),
		// No redrawing goroutine: the bar is drawn only under mu.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
	)
	return p
}

// times is what the bar says after its counts: the files, the time elapsed
// and, when the total is known and some articles are done, the time left
// at the speed so far.
func (p *progress) times(done int) string {
	elapsed := time.Since(p.started)
	s := fmt.Sprintf("%d files, elapsed %s", p.files, elapsed.Round(time.Second))
	if p.total >= 0 && done > 0 {
		left := time.Duration(float64(elapsed) / float64(done) * float64(max(p.total-done, 0)))
		s += fmt.Sprintf(", left %s", left.Round(time.Second))
	}
	return s
}

// update moves the bar to the articles read so far.
func (p *progress) update(s pipeline.Stats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := s.Read + s.Others // other shards' articles are done too
	if done > p.bar.GetMax() && !p.bar.IsFinished() && p.total >= 0 {
		p.total = done
		p.bar.ChangeMax(done) // an input grew since it was counted
	}
	// Set draws the bar, which a Describe just before would have done
	// already, keeping Set's count off the screen for the throttle's time.
	p.bar.Set(done)
	p.bar.Describe(p.times(done))
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
