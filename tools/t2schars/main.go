// Command t2schars writes segment/dict/zh_t2s.txt, the simplified form of
// every traditional character, from OpenCC's TSCharacters.txt (Apache
// License 2.0). Package segment reads a run in traditional characters
// through its simplified form, as the simplified word list is the fuller
// one. Run it by hand from the module root:
//
//	go mod download -json github.com/longbridgeapp/opencc@v0.3.13   # its "Dir"
//	go run ./tools/t2schars -opencc DIR
//
// and commit the file it writes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

func main() {
	dir := flag.String("opencc", "", "OpenCC's source directory, holding dictionary/TSCharacters.txt")
	out := flag.String("out", "segment/dict/zh_t2s.txt", "file to write")
	simplified := flag.String("simplified", "segment/dict/zh_s.txt", "the simplified word list, whose characters are simplified text's own")
	flag.Parse()
	if *dir == "" {
		log.Fatal("t2schars: -opencc is required")
	}
	words, err := os.ReadFile(*simplified)
	if err != nil {
		log.Fatal(err)
	}
	if err := run(filepath.Join(*dir, "dictionary", "TSCharacters.txt"), *out, string(words)); err != nil {
		log.Fatal(err)
	}
}

// run writes one "traditional<TAB>simplified" line for each character of
// src that has a simplified form of one character other than itself, the
// first OpenCC lists where it lists several (於 is 于), but none for a
// character that OpenCC lists as its own form too and that words of the
// simplified list hold, as simplified text keeps it in them (乾 stays in
// 乾坤, where 干 is "dry").
func run(src, out, simplified string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	var b strings.Builder
	lines := bufio.NewScanner(in)
	for lines.Scan() {
		t, forms, ok := strings.Cut(lines.Text(), "\t")
		s, _, _ := strings.Cut(forms, " ")
		own := slices.Contains(strings.Fields(forms), t) && strings.Contains(simplified, t)
		if ok && !own && utf8.RuneCountInString(t) == 1 && utf8.RuneCountInString(s) == 1 && t != s {
			fmt.Fprintf(&b, "%s\t%s\n", t, s)
		}
	}
	if err := lines.Err(); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
