// Command trimdict rebuilds the trimmed Chinese dictionary that package
// segment embeds, from the simplified and traditional word lists that gse
// ships in its module.
//
// gse's full lists (590k words) take seconds and 190 MiB to load, and their
// rare entries split people's names (王文|涛). Keeping only short, common
// words loads in well under 100 ms and segments names better, because the
// HMM then sees the unknown name whole. Run it by hand from the module root
// when gse is upgraded or the thresholds change:
//
//	go run ./tools/trimdict
//
// and commit the files it writes under segment/dict.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	gseDir := flag.String("gse", "", "gse module directory (default: asked of `go list -m`)")
	out := flag.String("out", "segment/dict", "directory to write zh_s.txt and zh_t.txt to")
	maxLen := flag.Int("maxlen", 4, "longest word kept, in characters")
	minFreq := flag.Float64("minfreq", 100, "lowest frequency kept")
	flag.Parse()

	if err := run(*gseDir, *out, *maxLen, *minFreq); err != nil {
		log.Fatal(err)
	}
}

func run(gseDir, out string, maxLen int, minFreq float64) error {
	if gseDir == "" {
		dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
		if err != nil {
			return fmt.Errorf("finding gse in the module cache: %w", err)
		}
		gseDir = strings.TrimSpace(string(dir))
	}
	src := filepath.Join(gseDir, "data", "dict", "zh")
	keep := func(word string, freq float64) bool {
		return utf8.RuneCountInString(word) <= maxLen && freq >= minFreq
	}

	simplified, err := trim(filepath.Join(src, "s_1.txt"), filepath.Join(out, "zh_s.txt"), keep)
	if err != nil {
		return err
	}
	// The traditional list repeats words whose characters are the same in
	// both scripts; the simplified entry already covers those.
	traditional, err := trim(filepath.Join(src, "t_1.txt"), filepath.Join(out, "zh_t.txt"),
		func(word string, freq float64) bool { return keep(word, freq) && !simplified[word] })
	if err != nil {
		return err
	}
	log.Printf("kept %d simplified and %d traditional words", len(simplified), len(traditional))
	n, err := writeIdioms([]string{filepath.Join(src, "s_1.txt"), filepath.Join(src, "t_1.txt")}, filepath.Join(out, "zh_idioms.txt"))
	if err != nil {
		return err
	}
	log.Printf("kept %d set phrases", n)
	return nil
}

// idiomTags are gse's parts of speech of set phrases: i, an idiom
// (chengyu: 瑕不掩瑜), and l, a fixed expression (以旧换新).
var idiomTags = map[string]bool{"i": true, "l": true}

// writeIdioms writes the four-character set phrases of the gse lists at
// from, in either script, sorted and one a line, to the file at to. Each is
// four characters of three bytes in UTF-8, so that every line is 13 bytes
// long and package segment searches the embedded file in place, with no
// copy in memory. It returns how many it wrote.
func writeIdioms(from []string, to string) (int, error) {
	var idioms []string
	for _, path := range from {
		in, err := os.Open(path)
		if err != nil {
			return 0, err
		}
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 3 && idiomTags[fields[2]] && len(fields[0]) == 12 && utf8.RuneCountInString(fields[0]) == 4 &&
				!strings.ContainsFunc(fields[0], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
				idioms = append(idioms, fields[0])
			}
		}
		in.Close()
		if err := sc.Err(); err != nil {
			return 0, err
		}
	}
	slices.Sort(idioms)
	idioms = slices.Compact(idioms)
	return len(idioms), os.WriteFile(to, []byte(strings.Join(idioms, "\n")+"\n"), 0o644)
}

// trim copies the word and frequency of every entry of the gse list at from
// that keep accepts to a new list at to, as "word, freq" lines, and returns
// the words it kept. The part-of-speech column is dropped: segmentation does
// not use it. The ", " separator lets gse's reader split a line with
// strings.Split (its DictSep option) instead of fmt.Fscanln: about 65 ms
// instead of 100 ms for the 56k lines.
func trim(from, to string, keep func(string, float64) bool) (map[string]bool, error) {
	in, err := os.Open(from)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	outFile, err := os.Create(to)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(outFile)
	kept, err := filter(in, w, keep)
	if err == nil {
		err = w.Flush()
	}
	if cerr := outFile.Close(); err == nil {
		err = cerr
	}
	return kept, err
}

func filter(r io.Reader, w io.Writer, keep func(string, float64) bool) (map[string]bool, error) {
	kept := make(map[string]bool)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		freq, err := strconv.ParseFloat(fields[1], 64)
		if err != nil || kept[fields[0]] || !keep(fields[0], freq) {
			continue
		}
		kept[fields[0]] = true
		if _, err := fmt.Fprintf(w, "%s, %s\n", fields[0], fields[1]); err != nil {
			return nil, err
		}
	}
	return kept, sc.Err()
}
