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
	gold := fs.String("gold", "", "gold set `DIR` holding articles/<stem>.* and gold/<stem>.json")
	pred := fs.String("pred", "", "score the dataset already written in `OUT` instead of running the pipeline")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	explain := fs.Bool("explain", false, "also list every false positive and false negative per article")
	baseline := fs.String("baseline", "", "fail (exit 1) if any score fell more than 0.005 below this baseline `FILE`")
	writeBaseline := fs.String("write-baseline", "", "write the scores to this baseline `FILE`")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines processing articles")
	usage := func() {
		fmt.Fprintln(stderr, `Usage: claimx eval --gold DIR [flags]

Runs the pipeline on DIR/articles (or reads --pred OUT) and scores it against
DIR/gold: precision, recall and F1 per layer, micro-averaged over articles.
When DIR holds several gold sets (folders with articles/ and gold/, such as
seeds/written, seeds/real/dev and seeds/real/test), each is scored apart,
then all together, and a summary gives one column per set.

Flags:`)
		fs.PrintDefaults()
	}
	extra, status, ok := parseFlags(fs, args, usage, stderr)
	if !ok {
		return status
	}
	switch {
	case *gold == "":
		return badUsage(stderr, fs, "--gold DIR is required: the gold set to score against")
	case len(extra) > 0:
		return badUsage(stderr, fs, "takes flags only, got %q", extra)
	case *workers < 1:
		return badUsage(stderr, fs, "--workers must be at least 1, not %d", *workers)
	}
	sets, err := eval.FindSets(*gold)
	if err != nil {
		fmt.Fprintln(stderr, "claimx eval:", err)
		return exitFatal
	}
	reports, err := scoreSets(sets, *pred, *workers, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "claimx eval:", err)
		return exitFatal
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			fmt.Fprintln(stderr, "claimx eval:", err)
			return exitFatal
		}
	} else {
		writeReports(stdout, reports)
	}
	if *explain {
		for _, r := range reports[:len(sets)] {
			fmt.Fprintf(stdout, "\n== %s: what went wrong\n", r.Set)
			r.WriteExplain(stdout)
		}
	}
	// The baseline keeps each set's scores; "all" only sums them.
	perSet := reports[:len(sets)]
	if *writeBaseline != "" {
		if err := eval.WriteBaseline(*writeBaseline, eval.NewBaseline(perSet...)); err != nil {
			fmt.Fprintln(stderr, "claimx eval:", err)
			return exitFatal
		}
		fmt.Fprintln(stderr, "claimx eval: baseline written to", *writeBaseline)
	}
	if *baseline != "" {
		return checkBaseline(*baseline, perSet, stderr)
	}
	return exitOK
}

// scoreSets scores each gold set, then, when there are several, all of them
// together as "all" (last). With pred set, predictions come from that
// dataset, matched to gold by stem, so stems must be unique across sets.
func scoreSets(sets []eval.Set, pred string, workers int, stderr io.Writer) ([]eval.Report, error) {
	golds := make([]map[string]eval.Gold, len(sets))
	files := make([]map[string]string, len(sets))
	for i, set := range sets {
		var err error
		if golds[i], err = eval.LoadGold(set.Dir); err != nil {
			return nil, err
		}
		if files[i], err = eval.ArticleFiles(set.Dir); err != nil {
			return nil, err
		}
	}
	var written map[string]*claimx.Article
	if pred != "" {
		if err := eval.UniqueStems(files); err != nil {
			return nil, err
		}
		arts, err := output.ReadDataset(pred)
		if err != nil {
			return nil, err
		}
		written = map[string]*claimx.Article{}
		for _, a := range arts {
			written[stem(a.Source)] = a
		}
	}
	var reports []eval.Report
	preds := make([]map[string]eval.Prediction, len(sets))
	for i, set := range sets {
		var arts []*claimx.Article
		if written != nil {
			for s := range files[i] {
				if a, ok := written[s]; ok {
					arts = append(arts, a)
				}
			}
		} else {
			var err error
			if arts, err = runInMemory(files[i], workers); err != nil {
				return nil, err
			}
		}
		preds[i] = map[string]eval.Prediction{}
		for _, a := range arts {
			if a.Err != nil {
				fmt.Fprintln(stderr, "claimx eval: not scored:", a.Err)
				continue
			}
			preds[i][stem(a.Source)] = eval.FromArticle(a)
		}
		r := eval.Score(golds[i], preds[i])
		r.Set = set.Name
		reports = append(reports, r)
	}
	if len(sets) > 1 {
		reports = append(reports, eval.All(sets, golds, preds))
	}
	return reports, nil
}

// writeReports prints each set's table, then, for several sets, one
// summary with a column per set.
func writeReports(w io.Writer, reports []eval.Report) {
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if len(reports) > 1 {
			fmt.Fprintf(w, "== %s\n", r.Set)
		}
		r.WriteTable(w)
	}
	if len(reports) > 1 {
		fmt.Fprintln(w)
		eval.WriteSummary(w, reports)
	}
}

// checkBaseline fails when any score fell below the committed baseline.
func checkBaseline(path string, reports []eval.Report, stderr io.Writer) int {
	base, err := eval.LoadBaseline(path)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "claimx eval: no baseline at %s yet; write one with --write-baseline\n", path)
		return exitFatal
	}
	if err != nil {
		fmt.Fprintln(stderr, "claimx eval:", err)
		return exitFatal
	}
	regressions := base.Regressions(eval.Tolerance, reports...)
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

// runInMemory runs the pipeline on a gold set's articles, keeping the
// results in memory.
func runInMemory(files map[string]string, workers int) ([]*claimx.Article, error) {
	paths := make([]string, 0, len(files))
	for _, p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var sink memory
	_, err := pipeline.Run(context.Background(), pipeline.Config{
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
