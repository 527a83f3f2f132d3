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
// apostrophes straight, lower case, single spaces and no leading "the", so
// that the same name printed differently ("National People’s Congress",
// "National People's Congress") gives the same identity. Titles are not
// its business: the entity tagger takes them off a person's name.
func Normalize(name string) string {
	f := strings.Fields(strings.ToLower(quotes.Replace(norm.NFKC.String(name))))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	return strings.Join(f, " ")
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
