package input

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// FuzzRead feeds arbitrary bytes through Read as standard input, so that
// the content alone picks the format: text, HTML or a feed. Whatever comes
// in, Read must not panic, every article must carry an id and a source, and
// an article without error must have paragraphs that lie in its text.
func FuzzRead(f *testing.F) {
	for _, path := range []string{"testdata/page.html", "testdata/feed.jsonl", "testdata/markdown.md", "testdata/sidecar.txt"} {
		raw, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("\xff\xfeA\x00.\x00"))
	f.Add([]byte("<p>One <sup>2</sup><ol><li>x<li><p>y</ol><br>z"))
	f.Add([]byte("{\"text\": \"a\"}\n{\"html\": \"<p>b</p>\"}\n{"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		err := Read(context.Background(), []string{"-"}, Stdin{Reader: strings.NewReader(string(raw))}, 1<<16, func(a *claimx.Article) error {
			if a.ID == "" || a.Source == "" {
				t.Fatalf("article without id or source: %+v", a)
			}
			if a.Err != nil {
				return nil
			}
			if !utf8.ValidString(a.Text) || len(a.Paragraphs) == 0 {
				t.Fatalf("article without error but with invalid text or no paragraphs: %q", a.Text)
			}
			runes, last := utf8.RuneCountInString(a.Text), 0
			for _, p := range a.Paragraphs {
				if p.Start < last || p.End < p.Start || p.End > runes {
					t.Fatalf("paragraph %v outside the text of %d code points or out of order", p.Span, runes)
				}
				last = p.End
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
