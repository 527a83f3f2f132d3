package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/claimx/claimx/internal/bucket"
	"github.com/claimx/claimx/output"
)

// compactCmd merges the small parts of a dataset into large ones, while
// runs may go on writing to it and readers reading it.
func compactCmd(args []string, _ io.Reader, _, stderr io.Writer) int {
	fs := flag.NewFlagSet("compact", flag.ContinueOnError)
	partArticles := fs.Int("part-articles", 10000, "most articles (and failed attempts) a merged part holds; parts holding half as many or more stay as they are")
	quiet := fs.Duration("quiet", 100*time.Millisecond, "swap a table only once no process on this machine has touched its files for this long")
	quietLimit := fs.Duration("quiet-limit", 10*time.Second, "longest wait for such a pause before swapping all the same (0: do not wait)")
	logFormat := fs.String("log-format", "text", "log format on standard error: text or json")
	usage := func() {
		fmt.Fprintln(stderr, `Usage: claimx compact [flags] OUT

Merges runs of small part files of the dataset OUT (every run adds at least
one per table) into parts of up to --part-articles articles, and drops the
failed attempts of articles written or tried again since. Each table is
swapped for its compacted copy in one atomic step, in a pause of the readers
on this machine: a reader sees every row once, before or after. Runs may
write to OUT meanwhile. Exit status: 0 done, 1 fatal error, 2 bad command
line.

Flags:`)
		fs.PrintDefaults()
	}
	dirs, status, ok := parseFlags(fs, args, usage, stderr)
	if !ok {
		return status
	}
	switch {
	case len(dirs) != 1:
		return badUsage(stderr, fs, "one OUT dataset to compact, got %d", len(dirs))
	case bucket.IsURL(dirs[0]):
		return badUsage(stderr, fs, "compact works on a local dataset, not %s: object stores cannot swap files atomically", dirs[0])
	case *partArticles < 1:
		return badUsage(stderr, fs, "--part-articles must be at least 1, not %d", *partArticles)
	case *quiet <= 0:
		return badUsage(stderr, fs, "--quiet must be more than 0, not %s", *quiet)
	case *quietLimit < 0:
		return badUsage(stderr, fs, "--quiet-limit must be 0 (no wait) or more, not %s", *quietLimit)
	}
	log, err := newLogger(*logFormat, stderr)
	if err != nil {
		return badUsage(stderr, fs, "%v", err)
	}
	began := time.Now()
	stats, err := output.Compact(localPath(dirs[0]), output.CompactOptions{Version: version, PartArticles: *partArticles,
		Quiet: *quiet, QuietLimit: *quietLimit})
	if err != nil {
		log.Error("compact failed", "out", dirs[0], "err", err)
		return exitFatal
	}
	if stats.Before != stats.After && !stats.Quiet && *quietLimit > 0 {
		log.Warn("readers did not pause: a query that listed a table just before the swap may fail to open a merged part; run it again",
			"quiet_limit", quietLimit.String())
	}
	log.Info("summary", "parts_before", stats.Before, "parts_after", stats.After, "errors_dropped", stats.ErrorsDropped,
		"elapsed", time.Since(began).Round(time.Millisecond).String(), "out", dirs[0])
	return exitOK
}
