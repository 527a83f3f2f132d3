// Package gazetteer holds the curated names that claimx's entity tagger
// knows: places, organisations and people, each with its aliases, and the
// names under which citations print their sources (sources.txt). The lists
// are plain text files embedded in the binary, so that a reviewer reads a
// diff of data rather than of code and no file has to be found at run time.
// It gives entities and sources their identities (ID, SourceID).
// The words around names (titles, head words, demonyms...) are in the
// lexicon package.
//
// Every file starts with a "# version: N" line, bumped whenever its content
// changes, and a names file a "# type: GPE|ORG|PERSON" line (and
// "# outlets: true" when it lists news outlets, "# regions: true" when
// continents and world regions); Version reports
// the versions so that output can say which lists made it. A file holds one
// entity (or source) per line, its names separated by "|", the first its
// list name. Text after "#" is a comment, but for "# voices: A | B" after
// a region: the bodies, by their list names, that speak for it, and for a
// "# state: China" line, which says whose bodies the entries after it are,
// up to the next such line ("# state:" alone: no one state's).
package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

//go:embed names/*.txt sources.txt
var embedded embed.FS

// files is what Load reads: the embedded lists, or a test's own.
var files fs.FS = embedded

// Entry is one entity of a name list.
type Entry struct {
	Name   string // the list's own first name for it, unique within a Gazetteer
	Type   claimx.EntityType
	Outlet bool // a news outlet: the dates printed beside its name are its reports'
	// Region marks a continent or world region ("Europe", "the Sahel"): a
	// place but no state, so no one that speaks or acts as one.
	Region bool
	// Voices are the list names of the bodies that speak for a region
	// ("European Union" for "Europe"): "Europe warned" is their words
	// when the text has just named one. A body that only has the
	// region's adjective in its name ("the European Central Bank") is not
	// among them.
	Voices []string
	// State is the state whose body the entry is ("China" for the
	// Ministry of Commerce), as a "# state:" line names it, "" for none
	// or several: the lists name a state's bodies by their bare names
	// ("Ministry of Commerce"), which that state's adjective before them
	// ("the Chinese Ministry of Commerce") leaves the same body, and
	// another state's ("the Indian Ministry of Commerce") makes another.
	State string
}

// Gazetteer is the loaded names. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	// Version lists every file with its version, "names/places@3 ...".
	Version string
	entries []Entry
	byName  map[string]int // Key(name) -> index into entries
	// loose maps the looseKey of every listed name to its entry, -1 when
	// two entries' names share it.
	loose map[string]int
	// sources maps Normalize(alias) of a citation source to the name
	// sources.txt gives it first.
	sources map[string]string
}

// Load parses the embedded lists. It fails only if a file is malformed, a
// fault of the build that the package's tests catch.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{byName: map[string]int{}, loose: map[string]int{}, sources: map[string]string{}}
	paths, err := fs.Glob(files, "names/*.txt")
	if err != nil {
		return nil, err
	}
	var versions []string
	for _, p := range append(paths, "sources.txt") {
		v, err := g.loadFile(p)
		if err != nil {
			return nil, err
		}
		versions = append(versions, strings.TrimSuffix(p, ".txt")+"@"+v)
	}
	sort.Strings(versions)
	g.Version = strings.Join(versions, " ")
	return g, nil
}

func (g *Gazetteer) loadFile(p string) (version string, err error) {
	f, err := files.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var kind Entry // the type and marks every entry of the file has
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if d, ok := strings.CutPrefix(line, "#"); ok {
			key, val, _ := strings.Cut(strings.TrimSpace(d), ":")
			switch strings.TrimSpace(key) {
			case "version":
				version = strings.TrimSpace(val)
			case "type":
				kind.Type = claimx.EntityType(strings.TrimSpace(val))
			case "outlets":
				kind.Outlet = strings.TrimSpace(val) == "true"
			case "regions":
				kind.Region = strings.TrimSpace(val) == "true"
			case "state":
				kind.State = strings.TrimSpace(val)
			}
			continue
		}
		entry := kind
		if i := strings.Index(line, " #"); i >= 0 {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line[i+2:]), "voices:"); ok {
				for _, b := range strings.Split(v, "|") {
					entry.Voices = append(entry.Voices, strings.TrimSpace(b))
				}
			}
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		names := strings.Split(line, "|")
		switch {
		case p == "sources.txt":
			err = g.addSource(names)
		case kind.Type != claimx.Person && kind.Type != claimx.Org && kind.Type != claimx.GPE:
			err = fmt.Errorf("entry before a valid \"# type:\" line")
		default:
			err = g.addEntry(entry, names)
		}
		if err != nil {
			return "", fmt.Errorf("gazetteer %s:%d: %v", p, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	if version == "" {
		return "", fmt.Errorf("gazetteer %s: no \"# version:\" line", p)
	}
	return version, nil
}

// addEntry records one entity under all its names; a name already claimed
// by another entry is an error, since a lookup must have one answer. The
// entry takes its type and marks from kind.
func (g *Gazetteer) addEntry(kind Entry, names []string) error {
	id := len(g.entries)
	e := kind
	e.Name = strings.TrimSpace(names[0])
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
		if l := looseKey(k); l != k {
			if old, ok := g.loose[l]; ok && old != id {
				g.loose[l] = -1 // two entries' names: neither's
			} else {
				g.loose[l] = id
			}
		}
	}
	g.entries = append(g.entries, e)
	return nil
}

// addSource records a citation source under all its names; as for
// entries, a name belongs to one source.
func (g *Gazetteer) addSource(names []string) error {
	canon := strings.TrimSpace(names[0])
	for _, n := range names {
		k := Normalize(n)
		if k == "" {
			return fmt.Errorf("empty name")
		}
		if old, ok := g.sources[k]; ok && old != canon {
			return fmt.Errorf("%q already names %q", strings.TrimSpace(n), old)
		}
		g.sources[k] = canon
	}
	return nil
}

// KnownSource reports whether name is a source that articles cite: a news
// outlet of the media list, or a source sources.txt knows under that name
// (an outlet or a body whose statements are cited, "MFA").
func (g *Gazetteer) KnownSource(name string) bool {
	if e, ok := g.Lookup(name); ok && e.Outlet {
		return true
	}
	_, ok := g.sources[Normalize(name)]
	return ok
}

// Lookup finds the entity a name denotes. Names match case-sensitively (so
// "WHO" is not "Who"), after Key's normalisation; a name printed as a
// listed name is but for its possessives' apostrophes, hyphens or
// connectors (looseKey) is that name, unless two listed names would read
// so.
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	k := Key(name)
	i, ok := g.byName[k]
	if !ok {
		if i, ok = g.loose[looseKey(k)]; !ok || i < 0 {
			return Entry{}, false
		}
	}
	return g.entries[i], true
}

// looseKey is a key as texts print a name other than the list does: its
// possessives without their apostrophes ("Peoples Daily", "Workers
// Party"; but "Xi'an" is no "Xian"), hyphens as spaces and other
// connectors ("US China Economic & Security Review Commission" for the
// "US-China Economic and Security Review Commission"): the key with possessives unmarked, hyphens
// read as spaces and connectors (lexicon.NameConnectors) between words
// dropped. A key that opens or closes with a connector is its own: "the
// Ministry of Foreign Affairs of" is a name cut short, none listed.
func looseKey(k string) string {
	if !strings.ContainsAny(k, " -'") || !strings.ContainsAny(k, "-'") && !connected(k) {
		return k // most names: the key as it is, without a copy
	}
	f := strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' })
	if len(f) == 0 || lexicon.NameConnectors.Has(f[0]) || lexicon.NameConnectors.Has(f[len(f)-1]) {
		return k
	}
	var words []string
	for _, w := range f {
		if lexicon.NameConnectors.Has(w) {
			continue
		}
		if stem, ok := strings.CutSuffix(w, "'s"); ok {
			w = stem + "s"
		} else if stem, ok := strings.CutSuffix(w, "s'"); ok {
			w = stem + "s"
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// connected reports whether a word of k, a key of words one space apart,
// is a connector (lexicon.NameConnectors).
func connected(k string) bool {
	for w := range strings.SplitSeq(k, " ") {
		if lexicon.NameConnectors.Has(w) {
			return true
		}
	}
	return false
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
