package lexicon

import (
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
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
		OrgHeads: "Ministry", Pinyin: "zhuang", Surnames: "ouyang", ReportingVerbs: "argue", FeatureHeads: "Strait",
		PlaceVerbs: "docked", Publications: "op-ed", HanziHeads: "會", Determiners: "their", Adjectives: "North",
		TitleAbbreviations: "e.g", ClosingAbbreviations: "Etc", NumberAbbreviations: "N°", Abbreviations: "Inc", CompoundSurnames: "歐陽", HanziSurnames: "賴"} {
		if !l.Has(w) {
			t.Errorf("list %s lacks %q", l.name, w)
		}
	}
}

// A list read as a pattern matches each of its forms whole, the longest
// first, its punctuation taken literally.
func TestAlternation(t *testing.T) {
	l, err := parse(fstest.MapFS{"words/t.txt": {Data: []byte("ap | ap photo\nepa-efe\nu.s.\n")}}, "t")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.Alternation(), `ap photo|epa-efe|u\.s\.|ap`; got != want {
		t.Errorf("Alternation() = %q, want %q", got, want)
	}
	re := regexp.MustCompile(`^(?i:` + l.Alternation() + `)$`)
	for w, want := range map[string]bool{"AP Photo": true, "EPA-EFE": true, "U.S.": true, "uxsx": false, "ap photos": false} {
		if got := re.MatchString(w); got != want {
			t.Errorf("%q matches %v, want %v", w, got, want)
		}
	}
}

// A name is found with or without the accents English text keeps or drops.
func TestHasAccents(t *testing.T) {
	for _, w := range []string{"Tomás", "TOMÁS", "Tomas", "José"} {
		if !GivenNames.Has(w) {
			t.Errorf("given names lack %q", w)
		}
	}
	if Surnames.Has("wáng") != Surnames.Has("wang") || !Surnames.Has("Wáng") {
		t.Error("a toned surname is not its toneless form")
	}
	if GivenNames.Has("Tomàsz") {
		t.Error("folding accents found a name that is not listed")
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
		{UnnamedSources, "witnesses", true}, // -es plural after a sibilant
		{UnnamedSources, "witnesse", false},
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

// TestHasShortcuts: a word whose first letter no key has, whose hash the
// filter does not hold, or too long to be any, is answered without the map, and the answers
// are those of the keys themselves: every form in any case, with or
// without its accents, and nothing else.
func TestHasShortcuts(t *testing.T) {
	l, err := parse(fstest.MapFS{"words/x.txt": {Data: []byte("premier\nvice premier\nélan\nxi\n")}}, "x")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"premier", "PREMIER", "Vice Premier", "elan", "Élan", "ÉLAN", "Xi", "XI"} {
		if !l.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	for _, w := range []string{"", "p", "Premiers", "Pre", "a", "Xin", "vice", "Éla", strings.Repeat("x", 100), strings.Repeat("é", 40)} {
		if l.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
	}
}

// TestFilterAnswersAsMap: the shortcuts (first letters, the Bloom filter
// of key hashes, the longest key) never turn a word away that the map
// holds. Every form of every list, as written, in capitals, title-cased
// and with -s or -es, is answered by Has as a direct lookup of its key
// answers, and by HasNoun as the same list with every shortcut open does.
func TestFilterAnswersAsMap(t *testing.T) {
	paths, err := fs.Glob(files, "words/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		l, err := parse(files, strings.TrimSuffix(path.Base(p), ".txt"))
		if err != nil {
			t.Fatal(err)
		}
		open := *l
		open.filter = slices.Repeat([]uint64{^uint64(0)}, len(l.filter))
		open.initials = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		for f := range l.All() {
			for _, w := range []string{f, strings.ToUpper(f), titleCase(f), f + "s", f + "es", strings.ToUpper(f) + "S"} {
				if _, want := l.index[key(w)]; l.Has(w) != want {
					t.Errorf("%s: Has(%q) = %v, the map says %v", l.name, w, !want, want)
				}
				if want := open.HasNoun(w); l.HasNoun(w) != want {
					t.Errorf("%s: HasNoun(%q) = %v, without shortcuts %v", l.name, w, !want, want)
				}
			}
		}
	}
}

// titleCase capitalises the first letter of each word of s.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
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
	if !l.Has("call for") || l.Has("call") || slices.Collect(l.All())[3] != "call for" {
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

func TestCalendar(t *testing.T) {
	for w, want := range map[string]bool{"March": true, "Sept.": true, "Jan.": true, "Jan": false, "Monday": true, "Mon": false, "Winter": true, "Ramadan": true} {
		if got := Calendar.Has(w); got != want {
			t.Errorf("Calendar.Has(%q) = %v, want %v", w, got, want)
		}
	}
	if i, ok := Months.Entry("sept"); !ok || i+1 != 9 {
		t.Errorf("sept is month %d", i+1)
	}
}

func TestIsTitle(t *testing.T) {
	for w, want := range map[string]bool{
		"Premier": true, "superintendent": true, "heads": false, "Scholars": false, "Vice-President": true,
		"Ex-Minister": true, "president-elect": true, "Dr.": true, "dr": true, "CEO’s": true, "Former": true,
		"Tánaiste": true, "taoiseach": true, "Beijing": false, "Party-Secretary": false, "ministry": false, "": false,
	} {
		if got := IsTitle(w); got != want {
			t.Errorf("IsTitle(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLemma(t *testing.T) {
	isCue := func(w string) bool { return ReportingVerbs.Has(w) || FramingVerbs.Has(w) }
	for _, tc := range []struct {
		word  string
		lemma string
		form  VerbForm
	}{
		{"said", "say", Past}, {"says", "say", S}, {"saying", "say", Ing}, {"say", "say", Base},
		{"stated", "state", Past}, {"stating", "state", Ing}, {"states", "state", S},
		{"argued", "argue", Past}, {"warned", "warn", Past}, {"denied", "deny", Past},
		{"replies", "reply", S}, {"stresses", "stress", S}, {"quipped", "quip", Past},
		{"labelled", "label", Past}, {"codified", "codify", Past}, {"told", "tell", Past}, {"written", "write", Past},
		{"emphasised", "emphasise", Past}, {"emphasizing", "emphasize", Ing},
	} {
		if l, f, ok := Lemma(tc.word, isCue); !ok || l != tc.lemma || f != tc.form {
			t.Errorf("Lemma(%q) = %q, %d, %v; want %q, %d", tc.word, l, f, ok, tc.lemma, tc.form)
		}
	}
	for _, w := range []string{"warnings", "statement", "stateless", "need", "bed", "ads", "thought", "built"} {
		if l, _, ok := Lemma(w, isCue); ok {
			t.Errorf("Lemma(%q) = %q, want no cue", w, l)
		}
	}
}

func TestInflect(t *testing.T) {
	for base, want := range map[string]string{
		"promote": "promote promotes promoted promoting", "carry": "carry carries carried carrying",
		"push": "push pushes pushed pushing", "build": "build builds built building",
		"stress": "stress stresses stressed stressing", "play": "play plays played playing",
	} {
		if got := Inflect(base); strings.Join(got[:], " ") != want {
			t.Errorf("Inflect(%q) = %v, want %s", base, got, want)
		}
	}
}

// BenchmarkLoad parses every list, as each process does once at start-up.
func BenchmarkLoad(b *testing.B) {
	paths, err := fs.Glob(files, "words/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			if _, err := parse(files, strings.TrimSuffix(path.Base(p), ".txt")); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkHas looks up the words of a sentence, capitalised and not, in
// lists large and small, as the taggers do for nearly every word they read.
func BenchmarkHas(b *testing.B) {
	words := strings.Fields("Foreign Ministry spokesperson Mao Ning told reporters in Beijing on Tuesday that the Premier would visit Zurich")
	lists := []*List{Roles, Common, Months, OrgHeads, ReleaseNouns, Furniture}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lists {
			for _, w := range words {
				l.Has(w)
			}
		}
	}
}
