// Package gazetteer holds the curated word lists that claimx's entity tagger
// reads: names of places, organisations and people (with their aliases) and
// the small lexicons of cues around names (titles, organisation head words,
// demonyms, common words...). The lists are plain text files embedded in the
// binary, so that a reviewer reads a diff of data rather than of code and no
// file has to be found at run time.
//
// Every file starts with a "# version: N" line, bumped whenever its content
// changes; Version reports them all so that output can say which lists made
// it. Name files also carry a "# type: GPE|ORG|PERSON" line and hold one
// entity per line, its names separated by "|". Word files hold one word or
// phrase per line. Text after "#" is a comment.
package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"

	"github.com/claimx/claimx"
)

//go:embed names/*.txt words/*.txt
var embedded embed.FS

// files is what Load reads: the embedded lists, or a test's own.
var files fs.FS = embedded

// Entry is one entity of a name list.
type Entry struct {
	Name string // the list's own first name for it, unique within a Gazetteer
	Type claimx.EntityType
}

// List names a word list: the stem of its file under words/.
type List string

// The word lists the entity tagger reads.
const (
	Roles          List = "roles"            // titles and occupations that precede or follow a person's name
	TitleModifiers List = "title-modifiers"  // words that qualify a title: "Former", "Vice"
	CorporateRoles List = "roles-corporate"  // roles whose holder's employer is named just before them
	OrgHeads       List = "org-heads"        // words that make a capitalised phrase an organisation
	PlaceHeads     List = "place-heads"      // words that make a capitalised phrase a place
	ThingHeads     List = "thing-heads"      // words that make a capitalised phrase a document, event or idea
	FeatureHeads   List = "feature-heads"    // words that make a capitalised phrase a natural feature: "Sea", "Strait"
	Adjectives     List = "adjectives"       // demonyms and other capitalised adjectives
	Common         List = "common"           // function words and openers, capitalised only at a sentence start
	Generic        List = "generic"          // generic nouns and adjectives that stand capitalised inside names
	Calendar       List = "calendar"         // months, days and holidays
	GivenNames     List = "given-names"      // common given names, a cue for a person
	Surnames       List = "surnames"         // Chinese surnames in pinyin and other romanisations
	Pinyin         List = "pinyin"           // every toneless pinyin syllable
	Reporting      List = "reporting"        // verbs that follow a speaker's name
	OrgGroups      List = "context-org"      // plurals that introduce organisations ("companies like")
	PlaceGroups    List = "context-place"    // plurals that introduce places ("countries such as")
	PlaceVerbs     List = "place-verbs"      // verbs after which "at" introduces a place ("called at")
	Publications   List = "publication-cues" // words after which "in" introduces a publication ("wrote in")
	HanziHeads     List = "hanzi-heads"      // last characters of Chinese names of organisations and places
	Vessels        List = "vessels"          // ship nouns before a ship's name ("the carrier Shandong")
)

// Gazetteer is the loaded lists. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	// Version lists every file with its version, "names/places@3 ...".
	Version string
	entries []Entry
	byName  map[string]int // Key(name) -> index into entries
	lists   map[List]map[string]bool
}

// Load parses the embedded lists. It fails only if a file is malformed, a
// fault of the build that the package's tests catch.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{byName: map[string]int{}, lists: map[List]map[string]bool{}}
	var versions []string
	for _, dir := range []string{"names", "words"} {
		paths, err := fs.Glob(files, dir+"/*.txt")
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			v, err := g.loadFile(dir, p)
			if err != nil {
				return nil, err
			}
			versions = append(versions, strings.TrimSuffix(p, ".txt")+"@"+v)
		}
	}
	sort.Strings(versions)
	g.Version = strings.Join(versions, " ")
	return g, nil
}

func (g *Gazetteer) loadFile(dir, p string) (version string, err error) {
	f, err := files.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var typ claimx.EntityType
	set := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if d, ok := strings.CutPrefix(line, "#"); ok {
			key, val, _ := strings.Cut(strings.TrimSpace(d), ":")
			switch strings.TrimSpace(key) {
			case "version":
				version = strings.TrimSpace(val)
			case "type":
				typ = claimx.EntityType(strings.TrimSpace(val))
			}
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if dir == "words" {
			set[strings.ToLower(line)] = true
			continue
		}
		if typ != claimx.Person && typ != claimx.Org && typ != claimx.GPE {
			return "", fmt.Errorf("gazetteer %s:%d: entry before a valid \"# type:\" line", p, n)
		}
		if err := g.addEntry(typ, strings.Split(line, "|")); err != nil {
			return "", fmt.Errorf("gazetteer %s:%d: %v", p, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	if version == "" {
		return "", fmt.Errorf("gazetteer %s: no \"# version:\" line", p)
	}
	if dir == "words" {
		g.lists[List(strings.TrimSuffix(path.Base(p), ".txt"))] = set
	}
	return version, nil
}

// addEntry records one entity under all its names; a name already claimed
// by another entry is an error, since a lookup must have one answer.
func (g *Gazetteer) addEntry(typ claimx.EntityType, names []string) error {
	id := len(g.entries)
	e := Entry{Name: strings.TrimSpace(names[0]), Type: typ}
	for _, n := range names {
		k := Key(n)
		if k == "" {
			return fmt.Errorf("empty name")
		}
		if old, ok := g.byName[k]; ok {
			if old == id {
				continue // "Gambia | The Gambia": one key
			}
			return fmt.Errorf("%q already names %q", strings.TrimSpace(n), g.entries[old].Name)
		}
		g.byName[k] = id
	}
	g.entries = append(g.entries, e)
	return nil
}

// Lookup finds the entity a name denotes. Names match case-sensitively (so
// "WHO" is not "Who"), after Key's normalisation.
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	i, ok := g.byName[Key(name)]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Has reports whether word (any case) is on list l.
func (g *Gazetteer) Has(l List, word string) bool {
	return g.lists[l][strings.ToLower(word)]
}

// HasNoun reports whether a noun (any case) is on list l as written or, if
// it is a plural, in its singular: "Institutes" finds "institute",
// "Academies" finds "academy".
func (g *Gazetteer) HasNoun(l List, word string) bool {
	w := strings.ToLower(word)
	return g.lists[l][w] || g.lists[l][singular(w)]
}

// singular undoes a regular English plural, or returns "" for a word that
// does not look like one: a word in "ss" ("Congress"), "us" or "is".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return strings.TrimSuffix(w, "s")
	}
	return ""
}

// Plural is the regular English plural of a noun: "firm" -> "firms",
// "agency" -> "agencies". Lists of plurals (OrgGroups, PlaceGroups) are
// read with it.
func Plural(noun string) string {
	if n := len(noun); n > 1 && noun[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[n-2])) {
		return noun[:n-1] + "ies"
	}
	return noun + "s"
}

var straightQuotes = strings.NewReplacer("’", "'", "‘", "'")

// Key is the form under which names are compared: curly apostrophes made
// straight, a leading "the " dropped and white space collapsed. Case is
// kept. The tagger calls it for every candidate name, so a name already in
// that form is returned without allocating.
func Key(name string) string {
	if strings.ContainsAny(name, "’‘") {
		name = straightQuotes.Replace(name)
	}
	if !collapsed(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	for _, the := range []string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(name, the); ok {
			return rest
		}
	}
	return name
}

// collapsed reports whether s has no white space but single plain spaces
// between words.
func collapsed(s string) bool {
	prevSpace := true // at the start, a space would be leading
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}
