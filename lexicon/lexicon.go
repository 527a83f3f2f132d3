// Package lexicon holds every English word list claimx reads: titles and
// roles, function words, reporting verbs, the nouns that head names, and so
// on. Each list is a plain text file under words/, embedded in the binary
// and parsed once when the program starts, so that a reviewer reads a diff
// of data rather than of code, and a word is looked up in the one list that
// defines it.
//
// A file holds one entry a line, in lower case: a word or a phrase, or a word
// and its variants separated by "|" ("september | sep | sept", "say | said"),
// the first being the entry's headword. Text after "#" is a comment. A line
// "# type: ORG GPE" gives the entity types the entries after it can refer
// to, in the lists that have types.
//
// The names of the organisations, places and people themselves are not
// words: they are in extract/gazetteer.
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"golang.org/x/text/unicode/norm"
)

//go:embed words/*.txt
var files embed.FS

// List is one word list. It is read-only and safe for concurrent use.
type List struct {
	name    string
	entries []entry
	index   map[string]int // every form of every entry -> the entry
	longest int            // the bytes of the longest key in index
	// Most words asked about are on no list: a word whose first letter no
	// key has, or whose hash the filter does not hold, is answered without
	// the map. initials has bit b set for a key whose first byte is b;
	// filter is a Bloom filter of the keys' hashes (keyHash), two bits a
	// key, at least filterBits bits a key.
	initials [4]uint64
	filter   []uint64
}

// filterBits is the filter's bits per key at least: with two bits a key,
// about one word in seventy that no key has still reaches the map.
const filterBits = 16

type entry struct {
	forms []string // headword first
	types []claimx.EntityType
}

// Has reports whether w, in any case and with or without accents, is a
// form of an entry of the list: "Tomás" finds "tomas".
func (l *List) Has(w string) bool {
	_, ok := l.lookup(w)
	return ok
}

// lookup finds the entry holding w. Lists are asked about nearly every word
// of every sentence, most of them capitalised or ASCII: such a word is
// lowered into a buffer on the stack, which the map lookup reads without
// the string key() would allocate.
func (l *List) lookup(w string) (int, bool) {
	// Whole lines are asked about too ("is this line a kind of article?").
	// A key is never shorter than a sixth of the text it is made from
	// (lowering and dropping accents shrink a letter of up to six bytes,
	// two accents included, to one), so a text longer than six times the
	// longest key is no form, without building its key.
	if w == "" || len(w) > maxShrink*l.longest {
		return 0, false
	}
	if c := lower(w[0]); c < utf8.RuneSelf && !l.initial(c) {
		return 0, false // an ASCII letter starts the key as it starts w
	}
	var buf [48]byte
	if len(w) > len(buf) {
		i, ok := l.index[key(w)]
		return i, ok
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			i, ok := l.index[key(w)]
			return i, ok
		}
		buf[i] = lower(c)
		h = (h ^ uint64(buf[i])) * fnvPrime
	}
	if !l.mayHold(mix(h)) {
		return 0, false
	}
	i, ok := l.index[string(buf[:len(w)])]
	return i, ok
}

// FNV-1a's constants: keyHash folds a key's bytes into a hash with them.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// keyHash is the hash of a key the filter holds: lookup computes it as it
// lowers a word, byte by byte, without a second pass.
func keyHash(k string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint64(k[i])) * fnvPrime
	}
	return mix(h)
}

// mix spreads every bit of an FNV hash over all of its bits (MurmurHash3's
// finaliser, in part): the filter's two indexes, the low bits and the bits
// from 32 up, both depend on every byte of the key.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// mayHold reports whether the filter holds the key hash h: false means no
// key has it.
func (l *List) mayHold(h uint64) bool {
	n := uint64(len(l.filter)) * 64 // a power of two, or none in a list of no keys
	if n == 0 {
		return false
	}
	a, b := h&(n-1), (h>>32)&(n-1)
	return l.filter[a>>6]&(1<<(a&63)) != 0 && l.filter[b>>6]&(1<<(b&63)) != 0
}

// hold sets the filter's bits for the key hash h.
func (l *List) hold(h uint64) {
	n := uint64(len(l.filter)) * 64
	a, b := h&(n-1), (h>>32)&(n-1)
	l.filter[a>>6] |= 1 << (a & 63)
	l.filter[b>>6] |= 1 << (b & 63)
}

// lower lowers an ASCII capital.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// initial reports whether a key starts with the byte c.
func (l *List) initial(c byte) bool { return l.initials[c>>6]&(1<<(c&63)) != 0 }

// key is the form words are indexed and looked up under: lower case, and
// without the accents that English text keeps or drops from a borrowed name
// as it pleases. ASCII, nearly every word, is only lowered.
func key(w string) string {
	w = strings.ToLower(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return unaccent(w)
		}
	}
	return w
}

// unaccent drops the combining marks of w's canonical decomposition. A
// word with none to drop (Chinese, most of all) is returned as it is,
// without building anything.
func unaccent(w string) string {
	if norm.NFD.IsNormalString(w) && !strings.ContainsFunc(w, isMark) {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !isMark(r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func isMark(r rune) bool { return unicode.Is(unicode.Mn, r) }

// HasNoun reports whether the noun w, in any case, is on the list as
// written or, if it is a regular plural, in its singular: "Institutes" finds
// "institute", "Academies" finds "academy", "witnesses" finds "witness"
// (an -es plural after a sibilant, which Singular leaves alone, as
// "caches" or "niches" end in a silent e).
func (l *List) HasNoun(w string) bool {
	if l.Has(w) {
		return true
	}
	w = key(w)
	if l.Has(Singular(w)) {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "es"); ok && sibilant(stem) {
		return l.Has(stem)
	}
	return false
}

// sibilant reports whether w ends in a sound that takes -es in the plural:
// "witness", "box", "church", "marsh", "quiz".
func sibilant(w string) bool {
	for _, end := range []string{"ss", "x", "ch", "sh", "z"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// Entry returns the position in the list of the entry that has w (any
// case, any accents) among its forms.
func (l *List) Entry(w string) (int, bool) { return l.lookup(w) }

// Forms returns the forms of entry i, headword first.
func (l *List) Forms(i int) []string { return l.entries[i].forms }

// Types returns the entity types that the entry holding w can refer to,
// nil if w is not on the list or the list has no types.
func (l *List) Types(w string) []claimx.EntityType {
	if i, ok := l.Entry(w); ok {
		return l.entries[i].types
	}
	return nil
}

// All yields every form of every entry, in the order of the list.
func (l *List) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, e := range l.entries {
			for _, f := range e.forms {
				if !yield(f) {
					return
				}
			}
		}
	}
}

// Alternation is every form of the list as a regular expression's
// alternation ("ap photo|reuters|ap"), each quoted and the longest first,
// so that a pattern that names the list's words reads them from the list,
// built once, rather than spelling them itself. Case is the pattern's: wrap
// it in (?i:…) to match text as the list does. Accents are not: each form
// is quoted as written, so a text that drops a form's accents ("Tomas" for
// a form "Tomás") is not matched, though Has finds it.
func (l *List) Alternation() string {
	forms := slices.Collect(l.All())
	slices.SortStableFunc(forms, func(a, b string) int { return len(b) - len(a) })
	for i, f := range forms {
		forms[i] = regexp.QuoteMeta(f)
	}
	return strings.Join(forms, "|")
}

// maxShrink is the most bytes of text one byte of its key stands for.
const maxShrink = 6

// add appends an entry; a form already on the list keeps its first entry.
func (l *List) add(e entry) {
	for _, f := range e.forms {
		k := key(f)
		if _, ok := l.index[k]; !ok {
			l.index[k] = len(l.entries)
			l.longest = max(l.longest, len(k))
			if k != "" {
				l.initials[k[0]>>6] |= 1 << (k[0] & 63)
			}
			if len(l.index)*filterBits > len(l.filter)*64 {
				l.grow()
			} else {
				l.hold(keyHash(k))
			}
		}
	}
	l.entries = append(l.entries, e)
}

// grow doubles the filter (one word of 64 bits at first) and sets the bits
// of every key again.
func (l *List) grow() {
	l.filter = make([]uint64, max(1, 2*len(l.filter)))
	for k := range l.index {
		l.hold(keyHash(k))
	}
}

// load parses words/<name>.txt. The files are embedded and checked by the
// package's tests, so an error is a broken build, reported by panicking
// like regexp.MustCompile.
func load(name string) *List {
	l, err := parse(files, name)
	if err != nil {
		panic(fmt.Sprintf("lexicon: %v", err))
	}
	return l
}

func parse(fsys fs.FS, name string) (*List, error) {
	path := "words/" + name + ".txt"
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, err
	}
	l := &List{name: name, index: map[string]int{}}
	var types []claimx.EntityType
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		line = strings.TrimSpace(line)
		if d, ok := strings.CutPrefix(line, "#"); ok {
			if t, ok := strings.CutPrefix(strings.TrimSpace(d), "type:"); ok {
				types = nil
				for _, s := range strings.Fields(t) {
					types = append(types, claimx.EntityType(s))
				}
			}
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		e := entry{types: types}
		for form := range strings.SplitSeq(line, "|") {
			if form = strings.TrimSpace(form); strings.Contains(form, "  ") {
				form = strings.Join(strings.Fields(form), " ")
			}
			if form == "" || form != strings.ToLower(form) {
				return nil, fmt.Errorf("%s:%d: %q is not a lower-case word", path, n, form)
			}
			// The same form twice; "álvaro" beside "alvaro" is a spelling.
			if i, ok := l.index[key(form)]; (ok && slices.Contains(l.entries[i].forms, form)) || slices.Contains(e.forms, form) {
				return nil, fmt.Errorf("%s:%d: %q is listed twice", path, n, form)
			}
			e.forms = append(e.forms, form)
		}
		l.add(e)
	}
	return l, nil
}
