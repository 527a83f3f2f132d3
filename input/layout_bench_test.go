package input

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkArticleText is reading a plain-text article into its header and
// paragraphs, over the real dev set's texts: the header reader looks at the
// opening lines of every article, menus and all, and its cost is per
// article.
func BenchmarkArticleText(b *testing.B) {
	paths, err := filepath.Glob("../seeds/real/dev/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatal("no real dev texts", err)
	}
	var raws [][]byte
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, raw := range raws {
			Article(paths[i], raw, nil)
		}
	}
}
