// Command openers measures which capitalised words open sentences, and
// writes them to lexicon/words/sentence-openers.txt for the sentence
// splitter: after an abbreviation that may end a sentence ("U.S.", "Inc.",
// "p.m."), a capitalised word on that list starts a new one, any other
// continues a name ("the U.S. Treasury").
//
// The measure is the tagged Wall Street Journal sample that prose ships in
// its module (about 100,000 tokens of news, split into sentences and tagged
// with parts of speech). A word is an opener when it starts at least
// -min sentences, stands capitalised inside a sentence at most a quarter
// as often, and is tagged a proper noun in under half of its capitalised
// uses: it is capitalised because it opens a sentence, not because it is a
// name. Words the lexicon's list of function words and openers (common.txt)
// already holds are left out. Run it from the module root when the
// thresholds change:
//
//	go run ./tools/openers
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/claimx/claimx/lexicon"
)

func main() {
	proseDir := flag.String("prose", "", "prose module directory (default: asked of `go list -m`)")
	out := flag.String("out", "lexicon/words/sentence-openers.txt", "file to write")
	minStarts := flag.Int("min", 2, "fewest sentences a word must open")
	flag.Parse()
	if err := run(*proseDir, *out, *minStarts); err != nil {
		log.Fatal(err)
	}
}

func run(proseDir, out string, minStarts int) error {
	if proseDir == "" {
		dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2").Output()
		if err != nil {
			return fmt.Errorf("locating prose's module: %w", err)
		}
		proseDir = strings.TrimSpace(string(dir))
	}
	var tokens []struct{ Text string }
	var tags []string
	if err := readJSON(filepath.Join(proseDir, "testdata", "treebank_tokens.json"), &tokens); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(proseDir, "testdata", "treebank_tags.json"), &tags); err != nil {
		return err
	}
	if len(tokens) != len(tags) {
		return fmt.Errorf("%d tokens but %d tags", len(tokens), len(tags))
	}
	c := count(tokens, tags)
	var words []string
	for w, starts := range c.starts {
		if starts >= minStarts && 4*c.inside[w] <= starts && 2*c.proper[w] < starts+c.inside[w] && !lexicon.Common.Has(w) {
			words = append(words, strings.ToLower(w))
		}
	}
	slices.Sort(words)
	header := fmt.Sprintf(`# Capitalised words that open sentences: after an abbreviation that may
# end a sentence ("U.S.", "Inc.", "p.m."), one of these starts a new one.
# Written by tools/openers from the tagged Wall Street Journal sample in
# prose's module: each opens at least %d sentences there, stands
# capitalised inside one at most a quarter as often, and is a proper noun
# in under half of its capitalised uses. Function words and other openers
# are in common.txt. Do not edit by hand; run go run ./tools/openers.

`, minStarts)
	return os.WriteFile(out, []byte(header+strings.Join(words, "\n")+"\n"), 0o644)
}

// counts are, for each capitalised word as written, how many sentences it
// opens, how often it stands capitalised inside one, and how often it is
// tagged a proper noun.
type counts struct{ starts, inside, proper map[string]int }

func count(tokens []struct{ Text string }, tags []string) counts {
	c := counts{starts: map[string]int{}, inside: map[string]int{}, proper: map[string]int{}}
	start := true
	for i, t := range tokens {
		tag, w := tags[i], t.Text
		switch tag {
		case "-NONE-", "``", "''", "-LRB-", "-RRB-":
			continue // empty elements and quotation marks open nothing
		}
		if capitalised(w) {
			if start {
				c.starts[w]++
			} else {
				c.inside[w]++
			}
			if strings.HasPrefix(tag, "NNP") {
				c.proper[w]++
			}
		}
		start = tag == "."
	}
	return c
}

// capitalised reports whether w is a word with a capital and then lower
// case only ("Officials", "A"), not an acronym or a number.
func capitalised(w string) bool {
	rs := []rune(w)
	if !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}
