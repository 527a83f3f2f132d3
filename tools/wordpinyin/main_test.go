package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dictDir writes a segmentation dictionary of words and a one-line-a-
// character traditional-to-simplified table into a temporary directory.
func dictDir(t *testing.T, words []string, t2s map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	var dict, table strings.Builder
	for _, w := range words {
		dict.WriteString(w + ", 10\n")
	}
	for tr, s := range t2s {
		table.WriteString(tr + "\t" + s + "\n")
	}
	for name, text := range map[string]string{"zh_words.txt": dict.String(), "zh_t2s.txt": table.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestWordReadings(t *testing.T) {
	dir := dictDir(t, []string{"银行", "中国", "不要", "乾淨", "银行家", "东"},
		map[string]string{"乾": "干", "淨": "净"})
	words, err := dictionaryWords(dir)
	if err != nil {
		t.Fatal(err)
	}
	if words["东"] {
		t.Error("a one-character word was read from the dictionary")
	}
	forms, err := simplifiedForms(filepath.Join(dir, "zh_t2s.txt"), words)
	if err != nil {
		t.Fatal(err)
	}
	phrases := strings.Join([]string{
		"银行: yín háng # the bank sense, not the characters' yín xíng",
		"中国: zhōng guó",         // the characters' own readings: left out
		"不要: bú yào",            // 不's tone change is undone, so it reads as its characters do
		"干净: gān jìng",          // 乾淨 is not in the list: it takes its simplified form's reading
		"银行家: yín háng jiā jiā", // more syllables than characters: left out
		"银行: yín xíng",          // a word's second line is ignored
	}, "\n")
	got, err := wordReadings(strings.NewReader(phrases), forms)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"银行": "yín háng", "乾淨": "gān jìng"}
	if len(got) != len(want) {
		t.Errorf("got %d readings %v, want %v", len(got), got, want)
	}
	for w, r := range want {
		if got[w] != r {
			t.Errorf("%s: got %q, want %q", w, got[w], r)
		}
	}
}

// A traditional word's own line wins over its simplified form's, in
// either order. The own line's reading here is made up (乾淨 reads gān
// jìng) so that the two lines can be told apart: read as its characters
// read, it gives the word no entry.
func TestOwnLineWins(t *testing.T) {
	dir := dictDir(t, []string{"乾淨"}, map[string]string{"乾": "干", "淨": "净"})
	words, err := dictionaryWords(dir)
	if err != nil {
		t.Fatal(err)
	}
	forms, err := simplifiedForms(filepath.Join(dir, "zh_t2s.txt"), words)
	if err != nil {
		t.Fatal(err)
	}
	for _, lines := range []string{
		"干净: gān jìng\n乾淨: qián jìng\n",
		"乾淨: qián jìng\n干净: gān jìng\n",
	} {
		got, err := wordReadings(strings.NewReader(lines), forms)
		if err != nil {
			t.Fatal(err)
		}
		// Its own line reads as the characters do, so the word needs no entry.
		if r, ok := got["乾淨"]; ok {
			t.Errorf("lines %q: 乾淨 got %q from its simplified form, want no entry", lines, r)
		}
	}
}

// A simplified form's reading the traditional character cannot take is
// not given to the traditional word.
func TestReadsAs(t *testing.T) {
	if !readsAs("乾淨", []string{"gān", "jìng"}) {
		t.Error("乾 has the reading gān")
	}
	if readsAs("乾淨", []string{"gàn", "jìng"}) {
		t.Error("乾 has no reading gàn (干's)")
	}
}
