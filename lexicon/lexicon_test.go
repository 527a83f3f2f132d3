package lexicon

import (
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
)

// Every file under words/ is a list that lists.go loads: a file no
// variable names would be a list nobody reads.
func TestEveryFileLoaded(t *testing.T) {
	src, err := os.ReadFile("lists.go")
	if err != nil {
		t.Fatal(err)
	}
	paths, err := fs.Glob(files, "words/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if name := strings.TrimSuffix(path.Base(p), ".txt"); !strings.Contains(string(src), `load("`+name+`")`) {
			t.Errorf("%s is loaded by no variable", p)
		}
	}
}

func TestHas(t *testing.T) {
	for l, w := range map[*List]string{Roles: "Premier", TitleModifiers: "Former", Adjectives: "chinese", Calendar: "March",
		OrgHeads: "Ministry", Pinyin: "zhuang", Surnames: "ouyang", Reporting: "argued", FeatureHeads: "Strait",
		PlaceVerbs: "docked", Publications: "op-ed", HanziHeads: "會"} {
		if !l.Has(w) {
			t.Errorf("list %s lacks %q", l.name, w)
		}
	}
}

func TestHasNoun(t *testing.T) {
	for _, tc := range []struct {
		l    *List
		word string
		want bool
	}{
		{OrgHeads, "Institutes", true}, // plural of a listed singular
		{OrgHeads, "Academies", true},  // -ies plural
		{OrgHeads, "Congress", true},   // listed as written
		{OrgHeads, "Congres", false},   // no singular invented from "ss"
		{OrgHeads, "New", false},       // "news" is listed, but no plural is guessed
		{OrgHeads, "Affairs", false},   // not a head in any form
		{Roles, "researchers", true},   // plural of a role
		{PlaceHeads, "Counties", true}, // -ies plural of a head
		{PlaceHeads, "Countryside", false},
	} {
		if got := tc.l.HasNoun(tc.word); got != tc.want {
			t.Errorf("HasNoun(%s, %q) = %v, want %v", tc.l.name, tc.word, got, tc.want)
		}
	}
	for in, want := range map[string]string{"firm": "firms", "agency": "agencies", "city": "cities", "body": "bodies", "day": "days", "port": "ports"} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	fsys := fstest.MapFS{"words/x.txt": {Data: []byte("# a list\nsay | said\n\n# type: ORG GPE\nit # a pronoun\ncall for\n")}}
	l, err := parse(fsys, "x")
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := l.Entry("SAID"); !ok || i != 0 || strings.Join(l.Forms(i), " ") != "say said" {
		t.Errorf("Entry(SAID) = %d, %v", i, ok)
	}
	if !l.Has("call for") || l.Has("call") || l.Len() != 3 {
		t.Errorf("phrases: %+v", l)
	}
	if got := l.Types("it"); len(got) != 2 || got[0] != "ORG" || got[1] != "GPE" || l.Types("say") != nil {
		t.Errorf("Types(it) = %v, Types(say) = %v", got, l.Types("say"))
	}
	for name, content := range map[string]string{
		"upper case": "Premier\n",
		"twice":      "say\nsaid | say\n",
		"empty form": "say | \n",
	} {
		if _, err := parse(fstest.MapFS{"words/x.txt": {Data: []byte(content)}}, "x"); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
}
