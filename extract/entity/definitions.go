package entity

import (
	"strings"
	"unicode"

	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
)

// findDefinitions records acronym definitions, "Chinese Communist Party
// (CCP)" and "CAC (Cyberspace Administration of China)", and marks the
// defining parenthesis as skipped: it is not a further mention.
func (d *doc) findDefinitions(c *claim) {
	for _, r := range d.runs(c) {
		i, j := r[0], r[1]
		open, close, ok := c.parenAfter(c.after(j))
		if !ok {
			continue
		}
		inner := strings.TrimSpace(string(c.runes[open+1 : close]))
		long, short := "", ""
		switch {
		case shortForm(inner) && !strings.Contains(c.text(i, j), inner):
			if k, ok := expansionStart(inner, c, i, j); ok {
				for k > i && d.insideName(c.toks[k-1]) {
					k--
				}
				if k > i && d.ownDemonym(c, k-1, j, inner) {
					k--
				}
				long, short = c.text(k, j), inner
			}
		case j-i == 1 && c.toks[i].acronym && looksLikeName(inner):
			inTok := tokenize([]rune(inner))
			if k, ok := expansionStart(c.toks[i].text, &claim{runes: []rune(inner), toks: inTok}, 0, len(inTok)); ok && k == 0 {
				long, short = inner, c.toks[i].text
			}
		}
		if long == "" {
			continue
		}
		def := definition{long: long, short: short}
		d.defs[gazetteer.Key(short)] = def
		d.defs[gazetteer.Key(long)] = def
		if one, ok := strings.CutSuffix(short, "s"); ok && isAcronym(one) {
			d.defs[gazetteer.Key(one)] = def // "OSUs", then "an OSU"
		}
		for k := range c.toks {
			if c.toks[k].start > open && c.toks[k].start < close {
				c.toks[k].skip = true
			}
		}
	}
}

// definition is an acronym definition. A common one abbreviates words in
// lower case ("international communication centers (ICCs)"): it names no
// entity, whatever the gazetteer knows by the same letters.
type definition struct {
	long, short string
	common      bool
}

// findCommonAcronyms records the acronyms the claim defines as short for
// words in lower case, after them in a parenthesis or after "or":
// "international communication centers (国际传播中心), or ICCs".
func (d *doc) findCommonAcronyms(c *claim) {
	for k, t := range c.toks {
		if !t.acronym {
			continue
		}
		letters := []rune(strings.ToLower(strings.TrimSuffix(strings.ReplaceAll(t.text, ".", ""), "s")))
		p := k - 1
		if p >= 0 && c.toks[p].text == "or" {
			p--
		}
		if p+1 < len(letters) || len(letters) < 2 {
			continue
		}
		common := true
		for n := range letters {
			w := c.toks[p-len(letters)+1+n]
			if w.cap || []rune(w.text)[0] != letters[n] {
				common = false
				break
			}
		}
		if common {
			d.defs[gazetteer.Key(strings.TrimSuffix(t.text, "s"))] = definition{short: t.text, common: true}
		}
	}
}

// insideName reports whether a capitalised word before an acronym's
// expansion still belongs to the name: a generic word such as "Central"
// or "State" that the acronym leaves out ("National Ocean Survey Bureau
// (OSB)"), but not a demonym, a place or a possessive.
func (d *doc) insideName(t token) bool {
	return t.cap && !t.poss && !t.acronym && lexicon.Generic.Has(t.text)
}

// ownDemonym reports whether the demonym at token k, just before an
// acronym's expansion [k+1, j), belongs to the name though the acronym
// leaves it out: "Norwegian Police Security Service (PST)" is the agency's
// own name, its home country read off by the acronym. It does not when a
// name "of" something follows the head, which is how a writer names
// someone else's body ("Chinese Ministry of State Security (MSS)"), nor
// when the gazetteer lists the name without it ("Chinese State Council
// Information Office (SCIO)").
func (d *doc) ownDemonym(c *claim, k, j int, short string) bool {
	t := c.toks[k]
	if !t.cap || t.poss || t.acronym || !lexicon.Adjectives.Has(t.text) || lexicon.Generic.Has(t.text) {
		return false
	}
	for n := k + 1; n < j; n++ {
		if c.toks[n].connector {
			return false
		}
	}
	if !lexicon.OrgHeads.Has(c.toks[j-1].text) {
		return false
	}
	for _, n := range []string{c.text(k+1, j), short} {
		if _, ok := d.g.Lookup(n); ok {
			return false
		}
	}
	return true
}

// shortForm: one word with at least two capitals, "PRC", "LegCo".
func shortForm(s string) bool {
	if s == "" || strings.ContainsAny(s, " ,;") {
		return false
	}
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '.' && r != '-':
			return false
		}
	}
	return caps >= 2 && unicode.IsUpper([]rune(s)[0])
}

// looksLikeName: capitalised words and connectors only.
func looksLikeName(s string) bool {
	toks := tokenize([]rune(s))
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if !t.cap && !t.connector {
			return false
		}
	}
	return true
}

// expansionStart finds which token of c.toks[i:j] the expansion of short
// starts at, by matching the short form's letters right to left against
// the long form's (the Schwartz–Hearst rule): each letter found in order,
// the first one opening a word.
func expansionStart(short string, c *claim, i, j int) (int, bool) {
	var letters []rune
	for _, r := range strings.ToLower(short) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) < 2 {
		return 0, false
	}
	long := []rune(strings.ToLower(string(c.runes[c.toks[i].start:c.toks[j-1].end])))
	base := c.toks[i].start
	p := len(long) - 1
	for s := len(letters) - 1; s >= 0; s-- {
		for p >= 0 && (long[p] != letters[s] || s == 0 && p > 0 && wordRune(long[p-1])) {
			p--
		}
		if p < 0 {
			return 0, false
		}
		if s > 0 {
			p--
		}
	}
	for k := i; k < j; k++ {
		if c.toks[k].start-base <= p && p < c.toks[k].end-base {
			if c.toks[k].connector {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}
