// Package tagtest builds the articles the taggers' tests work on.
package tagtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// Sentences builds an article with one claim per sentence, the sentences
// joined by single spaces, as the splitter would give it.
func Sentences(sentences ...string) *claimx.Article {
	a := &claimx.Article{Text: strings.Join(sentences, " ")}
	at := 0
	for i, s := range sentences {
		n := utf8.RuneCountInString(s)
		a.Claims = append(a.Claims, claimx.Claim{Index: i, Text: s, Span: claimx.Span{Start: at, End: at + n}})
		at += n + 1
	}
	return a
}

// Seed returns the text of the hand-labelled seed article and decodes its
// gold labels into gold. It is for the tests of the packages under
// extract/, which run two directories below the module's root.
func Seed(t testing.TB, gold any) string {
	t.Helper()
	written := filepath.Join("..", "..", "seeds", "written")
	text, err := os.ReadFile(filepath.Join(written, "articles", "ccp-cyber-sovereignty-ai.txt"))
	if err != nil {
		t.Fatal("seed article:", err)
	}
	raw, err := os.ReadFile(filepath.Join(written, "gold", "ccp-cyber-sovereignty-ai.json"))
	if err != nil {
		t.Fatal("seed gold:", err)
	}
	if err := json.Unmarshal(raw, gold); err != nil {
		t.Fatal("seed gold:", err)
	}
	return string(text)
}
