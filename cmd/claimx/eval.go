package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/eval"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
)

func evalCmd(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold set `DIR` holding articles/<stem>.* and gold/<stem>.json")
	pred := fs.String("pred", "", "score the dataset already written in `OUT` instead of running the pipeline")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	explain := fs.Bool("explain", false, "also list every false positive and false negative per article")
	baseline := fs.String("baseline", "", "fail (exit 1) if any score fell more than 0.005 below this baseline `FILE`")
	writeBaseline := fs.String("write-baseline", "", "write the scores to this baseline `FILE`")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines processing articles")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: claimx eval --gold DIR [flags]

Runs the pipeline on DIR/articles (or reads --pred OUT) and scores it against
DIR/gold: precision, recall and F1 per layer, micro-averaged over articles.

Flags:`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagStatus(err)
	}
	if *gold == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	labels, err := eval.LoadGold(*gold)
	if err != nil {
		fmt.Fprintln(stderr, "claimx eval:", err)
		return exitFatal
	}
	var arts []*claimx.Article
	if *pred != "" {
		arts, err = output.ReadDataset(*pred)
	} else {
		arts, err = runInMemory(*gold, *workers)
	}
	if err != nil {
		fmt.Fprintln(stderr, "claimx eval:", err)
		return exitFatal
	}
	preds := map[string]eval.Prediction{}
	for _, a := range arts {
		if a.Err != nil {
			fmt.Fprintln(stderr, "claimx eval: not scored:", a.Err)
			continue
		}
		preds[stem(a.Source)] = eval.FromArticle(a)
	}
	report := eval.Score(labels, preds)

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintln(stderr, "claimx eval:", err)
			return exitFatal
		}
	} else {
		report.WriteTable(stdout)
	}
	if *explain {
		report.WriteExplain(stdout)
	}
	if *writeBaseline != "" {
		if err := eval.WriteBaseline(*writeBaseline, report.Baseline()); err != nil {
			fmt.Fprintln(stderr, "claimx eval:", err)
			return exitFatal
		}
		fmt.Fprintln(stderr, "claimx eval: baseline written to", *writeBaseline)
	}
	if *baseline != "" {
		return checkBaseline(*baseline, report, stderr)
	}
	return exitOK
}

// checkBaseline fails when any score fell below the committed baseline.
func checkBaseline(path string, report eval.Report, stderr io.Writer) int {
	base, err := eval.LoadBaseline(path)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "claimx eval: no baseline at %s yet; write one with --write-baseline\n", path)
		return exitFatal
	}
	if err != nil {
		fmt.Fprintln(stderr, "claimx eval:", err)
		return exitFatal
	}
	regressions := base.Regressions(report, eval.Tolerance)
	if len(regressions) == 0 {
		fmt.Fprintln(stderr, "claimx eval: no score fell below the baseline", path)
		return exitOK
	}
	fmt.Fprintln(stderr, "claimx eval: quality dropped below the baseline", path+":")
	for _, r := range regressions {
		fmt.Fprintln(stderr, "  "+r)
	}
	return exitFatal
}

// runInMemory runs the pipeline on the gold set's articles, keeping the
// results in memory.
func runInMemory(goldDir string, workers int) ([]*claimx.Article, error) {
	files, err := eval.ArticleFiles(goldDir)
	if err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(files))
	for _, p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var sink memory
	_, err = pipeline.Run(context.Background(), pipeline.Config{
		Workers:  workers,
		PartSize: len(paths),
		MaxBytes: input.MaxBytes,
		Taggers:  pipeline.Taggers(),
		Sink:     &sink,
	}, paths, nil)
	return sink.arts, err
}

// memory is a pipeline sink that keeps the articles.
type memory struct{ arts []*claimx.Article }

func (m *memory) Seen(string) bool { return false }

func (m *memory) WritePart(arts []*claimx.Article, _ time.Time) error {
	m.arts = append(m.arts, arts...)
	return nil
}

// stem is the gold key of an article read from path.
func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
