// Command mkcorpus builds the benchmark corpus: articles made by recombining
// the paragraphs of the seed articles, each with a header (date line, title,
// author), an executive summary of bullets, section headings and running
// text, so that the Chinese runs, citations and quotations of the seeds come
// along in realistic proportions. The same flags always give the same files,
// which is what makes two benchmark runs comparable.
//
//	go run ./bench/mkcorpus -out bench/corpus -n 2000
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	seeds := flag.String("seeds", "seeds/written/articles", "`DIR` of articles whose paragraphs are recombined")
	out := flag.String("out", "bench/corpus", "`DIR` the corpus is written to; its earlier articles are removed")
	n := flag.Int("n", 2000, "number of articles")
	words := flag.Int("words", 1000, "mean words per article")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	flag.Parse()
	if *n < 1 || *words < 100 {
		fmt.Fprintln(os.Stderr, "mkcorpus: -n must be at least 1 and -words at least 100")
		os.Exit(2)
	}
	if err := run(*seeds, *out, *n, *words, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkcorpus:", err)
		os.Exit(1)
	}
}

func run(seedDir, out string, n, words int, seed uint64) error {
	p, err := loadPool(seedDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(out, filePrefix+"*.txt"))
	if err != nil {
		return err
	}
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	var total, withHan int
	var bytes int64
	seen := map[[32]byte]bool{}
	for i := range n {
		// One stream per article: article i is the same whatever -n says.
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		var text string
		for {
			text = p.article(rng, words)
			// claimx skips an article it has already seen: every one
			// must differ for all of them to be processed.
			if sum := sha256.Sum256([]byte(text)); !seen[sum] {
				seen[sum] = true
				break
			}
		}
		name := filepath.Join(out, fmt.Sprintf("%s%05d.txt", filePrefix, i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return err
		}
		total += len(strings.Fields(text))
		bytes += int64(len(text))
		if strings.ContainsFunc(text, isHan) {
			withHan++
		}
	}
	fmt.Printf("articles=%d words=%d bytes=%d with_chinese=%d dir=%s\n", n, total, bytes, withHan, out)
	return nil
}

// filePrefix names the generated files, so that regenerating removes only
// what an earlier run wrote.
const filePrefix = "article-"

// article writes one article of about words words (between half and one
// and a half times as many).
func (p *pool) article(rng *rand.Rand, words int) string {
	var b strings.Builder
	day := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(900))
	b.WriteString(day.Format(dateLayouts[rng.IntN(len(dateLayouts))]))
	b.WriteString("\n\n" + pick(rng, p.titles) + "\n\n" + pick(rng, p.authors) + "\n\n")
	b.WriteString("Executive Summary:\n")
	for range 2 + rng.IntN(3) {
		b.WriteString("  • " + pick(rng, p.bullets) + "\n")
	}
	b.WriteString("\n")
	target := words/2 + rng.IntN(words+1)
	for n, i := len(strings.Fields(b.String())), 0; n < target; i++ {
		if i > 0 && rng.IntN(4) == 0 {
			b.WriteString(pick(rng, p.headings) + "\n\n")
		}
		para := pick(rng, p.paragraphs)
		b.WriteString(para + "\n\n")
		n += len(strings.Fields(para))
	}
	return b.String()
}

// dateLayouts are the ways the seeds print their publication date.
var dateLayouts = []string{"2 January 2006", "January 2, 2006", "2006-01-02"}

func pick(rng *rand.Rand, from []string) string { return from[rng.IntN(len(from))] }
