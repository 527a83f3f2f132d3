// Command mkoutput builds a synthetic claimx dataset of many articles with
// claimx's own writer, for measuring what opening a large output costs: the
// articles are short (a title and one line of text, no claims), written in
// parts of -part articles and indexed as claimx compact leaves them, then
// -recent parts of 200 written after the compaction, as daily runs add
// them. Article ids are the SHA-256 of the article number, as claimx's are
// of an article's bytes. The same flags always give the same articles.
//
// With -like DIR it writes instead one article for each file of DIR, under
// the article_id of its bytes, in parts of 200 as runs leave them: a
// dataset that holds the corpus in DIR, for measuring a re-run with nothing
// left to do without processing the corpus first.
//
//	go run ./bench/mkoutput -out /tmp/big -n 10000000
//	go run ./bench/mkoutput -out /tmp/done -like bench/corpus
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
)

func main() {
	out := flag.String("out", "", "`DIR` of the dataset, which must not exist")
	n := flag.Int("n", 10_000_000, "articles in all")
	part := flag.Int("part", 10_000, "articles a compacted part")
	recent := flag.Int("recent", 20, "parts of 200 articles written after the compaction")
	like := flag.String("like", "", "`DIR` of articles: write one article for each of its files instead")
	flag.Parse()
	if *out != "" && *like != "" {
		if err := runLike(*out, *like); err != nil {
			fmt.Fprintln(os.Stderr, "mkoutput:", err)
			os.Exit(1)
		}
		return
	}
	if *out == "" || *n < 1 || *part < 1 || *recent < 0 {
		fmt.Fprintln(os.Stderr, "mkoutput: -out is required; -n, -part at least 1, -recent at least 0")
		os.Exit(2)
	}
	if err := run(*out, *n, *part, *recent); err != nil {
		fmt.Fprintln(os.Stderr, "mkoutput:", err)
		os.Exit(1)
	}
}

func run(dir string, n, part, recent int) error {
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("%s exists", dir)
	}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	compacted := n - 200*recent
	if compacted < 0 {
		return fmt.Errorf("-recent %d parts of 200 hold more than -n %d articles", recent, n)
	}
	// The compacted parts, then the index that claimx compact builds.
	if err := write(dir, 0, compacted, part, at); err != nil {
		return err
	}
	if _, err := output.Compact(dir, output.CompactOptions{Version: "mkoutput", PartArticles: part}); err != nil {
		return err
	}
	return write(dir, compacted, n, 200, at.Add(time.Hour))
}

func runLike(dir, corpus string) error {
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("%s exists", dir)
	}
	files, err := input.Paths([]string{corpus})
	if err != nil {
		return err
	}
	ds, err := output.Open(dir, output.Options{Version: "mkoutput"})
	if err != nil {
		return err
	}
	defer ds.Close()
	var batch []*claimx.Article
	for i, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		batch = append(batch, &claimx.Article{ID: input.ID(raw), Source: path, Text: string(raw), Language: "en"})
		if len(batch) == 200 || i == len(files)-1 {
			if err := ds.WritePart(batch, time.Now()); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}

// write writes articles from up to to as parts of size, one writer.
func write(dir string, from, to, size int, at time.Time) error {
	ds, err := output.Open(dir, output.Options{Version: "mkoutput"})
	if err != nil {
		return err
	}
	defer ds.Close()
	batch := make([]*claimx.Article, 0, size)
	for i := from; i < to; i++ {
		batch = append(batch, article(i))
		if len(batch) == size || i == to-1 {
			if err := ds.WritePart(batch, at); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}

func article(i int) *claimx.Article {
	sum := sha256.Sum256([]byte(strconv.Itoa(i)))
	return &claimx.Article{
		ID:       hex.EncodeToString(sum[:8]),
		Source:   fmt.Sprintf("synthetic/%08d.txt", i),
		Title:    fmt.Sprintf("Synthetic article %d", i),
		Text:     fmt.Sprintf("Article %d holds one line.", i),
		Language: "en",
	}
}
