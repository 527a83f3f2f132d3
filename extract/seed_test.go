package extract

import (
	"encoding/json"
	"os"
	"testing"
)

// readSeed returns the text of the hand-labelled seed article and decodes
// its gold labels into gold.
func readSeed(t *testing.T, gold any) string {
	t.Helper()
	text, err := os.ReadFile("../seeds/articles/ccp-cyber-sovereignty-ai.txt")
	if err != nil {
		t.Fatal("seed article:", err)
	}
	raw, err := os.ReadFile("../seeds/gold/ccp-cyber-sovereignty-ai.json")
	if err != nil {
		t.Fatal("seed gold:", err)
	}
	if err := json.Unmarshal(raw, gold); err != nil {
		t.Fatal("seed gold:", err)
	}
	return string(text)
}
