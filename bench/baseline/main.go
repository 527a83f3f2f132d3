// Command baseline is the obvious way to do claimx's job in Go, kept as the
// yardstick that make bench measures claimx against: prose with its default
// options on every article (sentences, tokens, part-of-speech tags and named
// entities; prose reloads its models on every call) and gse with its default
// dictionary for the runs of Chinese. It prints what it found and how long it
// took (wall and CPU time), as key=value pairs for bench/run.sh.
//
// gse.New reads its dictionary files from the module cache, so build it
// without -trimpath and run it on the machine that built it; it fails rather
// than run with an empty dictionary.
//
//	go build -o bin/baseline ./bench/baseline && bin/baseline bench/corpus
package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/go-ego/gse"
	"github.com/jdkato/prose/v2"

	"github.com/claimx/claimx/input"
)

var hanRun = regexp.MustCompile(`\p{Han}+`)

// counts is what the baseline found; it is printed so that the work cannot
// be optimised away and a broken run shows.
type counts struct {
	articles, words, sentences, tokens, entities, runs, segments int
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: baseline FILE|DIR...")
		os.Exit(2)
	}
	paths, err := input.Paths(os.Args[1:])
	if err != nil {
		fail(err)
	}

	began := time.Now()
	seg, err := gse.New()
	if err != nil {
		fail(err)
	}
	if seg.Dictionary().NumTokens() == 0 {
		fail(fmt.Errorf("gse loaded an empty dictionary: build without -trimpath, on this machine"))
	}
	load := time.Since(began)

	began, cpuBegan := time.Now(), cpuTime()
	var c counts
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			fail(err)
		}
		if err := c.add(string(raw), &seg); err != nil {
			fail(fmt.Errorf("%s: %w", path, err))
		}
	}
	process, processCPU := time.Since(began), cpuTime()-cpuBegan
	fmt.Printf("articles=%d words=%d sentences=%d tokens=%d entities=%d chinese_runs=%d segments=%d load_s=%.3f process_s=%.3f process_cpu_s=%.3f\n",
		c.articles, c.words, c.sentences, c.tokens, c.entities, c.runs, c.segments, load.Seconds(), process.Seconds(), processCPU.Seconds())
}

func (c *counts) add(text string, seg *gse.Segmenter) error {
	doc, err := prose.NewDocument(text)
	if err != nil {
		return err
	}
	c.articles++
	c.words += len(strings.Fields(text))
	c.sentences += len(doc.Sentences())
	for _, t := range doc.Tokens() {
		if t.Tag != "" {
			c.tokens++
		}
	}
	c.entities += len(doc.Entities())
	for _, run := range hanRun.FindAllString(text, -1) {
		c.runs++
		c.segments += len(seg.Cut(run, true))
	}
	return nil
}

// cpuTime is the CPU time the process has used so far: unlike wall time,
// it does not grow when other work on the machine takes the cores.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		fail(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "baseline:", err)
	os.Exit(1)
}
