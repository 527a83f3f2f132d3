package extract

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// sentenceArticle builds an article with one claim per sentence, the
// sentences joined by single spaces, as the splitter would give it.
func sentenceArticle(sentences ...string) *claimx.Article {
	a := &claimx.Article{Text: strings.Join(sentences, " ")}
	at := 0
	for i, s := range sentences {
		n := utf8.RuneCountInString(s)
		a.Claims = append(a.Claims, claimx.Claim{Index: i, Text: s, Span: claimx.Span{Start: at, End: at + n}})
		at += n + 1
	}
	return a
}

// readSeed returns the text of the hand-labelled seed article and decodes
// its gold labels into gold.
func readSeed(t *testing.T, gold any) string {
	t.Helper()
	text, err := os.ReadFile("../seeds/written/articles/ccp-cyber-sovereignty-ai.txt")
	if err != nil {
		t.Fatal("seed article:", err)
	}
	raw, err := os.ReadFile("../seeds/written/gold/ccp-cyber-sovereignty-ai.json")
	if err != nil {
		t.Fatal("seed gold:", err)
	}
	if err := json.Unmarshal(raw, gold); err != nil {
		t.Fatal("seed gold:", err)
	}
	return string(text)
}
