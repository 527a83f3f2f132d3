package gazetteer

import (
	"fmt"
	"strings"
	"sync"

	"github.com/claimx/claimx/lexicon"
	"golang.org/x/text/unicode/norm"
)

// Default is the embedded gazetteer, parsed once per process and shared by
// every tagger. The lists are checked by this package's tests, so a failure
// here is a broken build, reported by panicking like regexp.MustCompile.
func Default() *Gazetteer {
	g, err := loadDefault()
	if err != nil {
		panic(fmt.Sprintf("gazetteer: embedded lists: %v", err))
	}
	return g
}

var loadDefault = sync.OnceValues(Load)

// quotes maps typographic apostrophes and quotation marks to ASCII ones.
var quotes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "“", `"`, "”", `"`)

// Normalize is the form an identity is written in: Unicode NFKC,
// apostrophes straight, lower case, single spaces, no leading "the" and
// initialisms without their dots, so that the same name printed
// differently ("National People’s Congress", "National People's Congress";
// "U.S. Congress", "US Congress") gives the same identity. Titles are not
// its business: the entity tagger takes them off a person's name.
func Normalize(name string) string {
	f := strings.Fields(strings.ToLower(quotes.Replace(norm.NFKC.String(name))))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	for i, w := range f {
		if initialism(w) {
			f[i] = strings.ReplaceAll(w, ".", "")
		}
	}
	return strings.Join(f, " ")
}

// initialism reports whether w, in lower case, is two or more ASCII letters
// each followed by a dot: "u.s.", "u.k.", "e.u.".
func initialism(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'a' || w[i] > 'z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// ID is the identity of the entity named by the first of names the
// gazetteer lists (under any of its names, its Chinese among them): its list
// name, normalised. A name the gazetteer does not know is its own identity,
// normalised.
func (g *Gazetteer) ID(names ...string) string {
	for _, n := range names {
		if e, ok := g.Lookup(n); ok && n != "" {
			return Normalize(e.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return Normalize(names[0])
}

// SourceID is the identity of a citation's source: what sources.txt names
// it ("SCMP" is the South China Morning Post), then the identity of the
// entity of that name, so that a source and the body it is share one
// (Xinhua cited and Xinhua named). A trailing channel word in lower case
// is read past: the "NDRC website" is the NDRC, but the "Washington Post"
// is not Washington.
func (g *Gazetteer) SourceID(source string) string {
	f := strings.Fields(source)
	if n := len(f); n > 1 && lexicon.Channels.Has(f[n-1]) && f[n-1] == strings.ToLower(f[n-1]) {
		source = strings.Join(f[:n-1], " ")
	}
	if canon, ok := g.sources[Normalize(source)]; ok {
		source = canon
	}
	return g.ID(source)
}
