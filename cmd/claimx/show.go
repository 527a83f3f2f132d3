package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/show"
)

// showCmd renders an article of a dataset, or the dataset's index, as a
// self-contained HTML page.
func showCmd(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	out := fs.String("out", "out", "the dataset to read (a `DIR` claimx run wrote)")
	htmlFile := fs.String("html", "", "write the page to `FILE` instead of standard output")
	index := fs.Bool("index", false, "a page listing the dataset's articles with their counts; with --html, each article's page is written beside it as ARTICLE_ID.html")
	usage := func() {
		fmt.Fprintln(stderr, "Usage: claimx show [--out DIR] [--html FILE] ARTICLE_ID|SOURCE\n       claimx show [--out DIR] [--html FILE] --index\n\nRenders an article of the dataset as one self-contained HTML page: each claim a\nblock, quotes linked to their speakers, entities by type, citations as badges,\nChinese terms with pinyin and gloss, and a panel of speakers, sources and terms.\nThe article is named by its article_id (or a unique prefix of it) or its source\n(the path, or a file name only one source ends in).\n\nExit status: 0 written, 1 no such article or an unreadable dataset, 2 bad command line.\n\nFlags:")
		fs.PrintDefaults()
	}
	rest, status, ok := parseFlags(fs, args, usage, stderr)
	if !ok {
		return status
	}
	switch {
	case *index && len(rest) > 0:
		return badUsage(stderr, fs, "--index takes no ARTICLE_ID or SOURCE, got %q", rest)
	case !*index && len(rest) != 1:
		return badUsage(stderr, fs, "one ARTICLE_ID or SOURCE to show (or --index), got %d", len(rest))
	}
	arts, err := output.ReadDataset(*out)
	if err != nil {
		fmt.Fprintln(stderr, "claimx show:", err)
		return exitFatal
	}
	opts := show.Options{Dataset: *out, Version: version}
	if *index {
		err = writeIndex(arts, *htmlFile, stdout, opts)
	} else {
		var a *claimx.Article
		if a, err = findArticle(arts, rest[0]); err == nil {
			err = writePage(*htmlFile, stdout, func(w io.Writer) error { return show.Article(w, a, opts) })
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "claimx show:", err)
		return exitFatal
	}
	return exitOK
}

// findArticle is the article key names: its id, a unique prefix of it, its
// source, or a source it uniquely ends (a file name).
func findArticle(arts []*claimx.Article, key string) (*claimx.Article, error) {
	var found []*claimx.Article
	for _, a := range arts {
		if a.ID == key || a.Source == key {
			return a, nil
		}
		if strings.HasPrefix(a.ID, key) || filepath.Base(a.Source) == key ||
			strings.HasSuffix(a.Source, string(filepath.Separator)+key) {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("no article %q in the dataset (claimx show --index lists them)", key)
	case 1:
		return found[0], nil
	}
	var names []string
	for _, a := range found {
		names = append(names, a.ID+" "+a.Source)
	}
	return nil, fmt.Errorf("%q names %d articles:\n  %s", key, len(found), strings.Join(names, "\n  "))
}

// writeIndex writes the index page; to a file, it writes the page of each
// processed article beside it too, so that its links lead somewhere.
func writeIndex(arts []*claimx.Article, file string, stdout io.Writer, opts show.Options) error {
	href := func(a *claimx.Article) string {
		if a.Err != nil {
			return ""
		}
		return a.ID + ".html"
	}
	if file != "" {
		dir := filepath.Dir(file)
		for _, a := range arts {
			if h := href(a); h != "" {
				if err := writePage(filepath.Join(dir, h), nil, func(w io.Writer) error { return show.Article(w, a, opts) }); err != nil {
					return err
				}
			}
		}
	}
	return writePage(file, stdout, func(w io.Writer) error { return show.Index(w, arts, href, opts) })
}

// writePage writes a page to file, or to stdout when file is "".
func writePage(file string, stdout io.Writer, render func(io.Writer) error) error {
	if file == "" {
		w := bufio.NewWriter(stdout)
		if err := render(w); err != nil {
			return err
		}
		return w.Flush()
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := render(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
