package cedict

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// writePackage writes all.js as the npm package lays it out and returns
// the package's directory.
func writePackage(t *testing.T, allJS string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "data", "all.js"), []byte(allJS), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Read keeps each entry's two scripts, its numbered pinyin as printed
// (capitals for a proper noun, u: for ü) and its senses, a list or one
// string, and skips the rows it cannot read without losing the rest.
func TestRead(t *testing.T) {
	dir := writePackage(t, `export default {"all":[`+
		`["學海","学海","xue2 hai3",["sea of learning","erudition"],[],[]],`+
		`["長江","长江","Chang2 jiang1","Yangtze River",[],[]],`+
		`["綠茶","绿茶","lu:4 cha2",["green tea"],[],[]],`+
		`["茶","茶","cha2"],`+
		`["短"],`+
		`"not a row",`+
		`[7,"七","qi1",["seven"]],`+
		`["錯","错","cuo4",42,[],[]],`+
		`["雜","杂","za2",["mixed",3],[],[]],`+
		`["好","好","hao3",["good","well"],[],[]]`+
		`]};`+"\n")
	got, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{"學海", "学海", "xue2 hai3", []string{"sea of learning", "erudition"}},
		{"長江", "长江", "Chang2 jiang1", []string{"Yangtze River"}},
		{"綠茶", "绿茶", "lu:4 cha2", []string{"green tea"}},
		{"茶", "茶", "cha2", nil},
		{"錯", "错", "cuo4", nil},
		{"雜", "杂", "za2", nil},
		{"好", "好", "hao3", []string{"good", "well"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read =\n%q\nwant\n%q", got, want)
	}
}

// A file that is no JSON behind its export, or a package without
// data/all.js, is an error rather than an empty dictionary.
func TestReadErrors(t *testing.T) {
	if _, err := Read(writePackage(t, `export default {"all":[["a","a","a1",`)); err == nil {
		t.Error("Read of a cut-off all.js: no error")
	}
	if _, err := Read(t.TempDir()); err == nil {
		t.Error("Read of a directory without data/all.js: no error")
	}
}
