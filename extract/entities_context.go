package extract

import (
	"strings"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
)

// contextCue reads the words before a run: a lower-case role noun makes it
// a person ("scholars Zhao Jun"), "companies like" an organisation,
// "countries such as" and "the city of" a place.
func (d *entDoc) contextCue(c *entClaim, i int) claimx.EntityType {
	if i == 0 || !c.toks[i].joined {
		return ""
	}
	prev := c.toks[i-1]
	if prev.cap {
		return ""
	}
	if d.isRoleNoun(prev.text) {
		return claimx.Person
	}
	k := i - 1
	switch {
	case prev.text == "of" && k > 0 && prev.joined && d.g.Has(gazetteer.PlaceHeads, c.toks[k-1].text) && !c.toks[k-1].cap:
		return claimx.GPE // "the city of Zhongwei"
	case prev.text == "at" && k > 0 && prev.joined && !c.toks[k-1].cap && d.isRoleNoun(c.toks[k-1].text):
		return claimx.Org // "an analyst at Omdia"
	case prev.text == "like" || prev.text == "including":
	case prev.text == "as" && k > 0 && c.toks[k-1].text == "such" && c.toks[k-1].joined && prev.joined:
		k--
	default:
		return ""
	}
	if k == 0 || !c.toks[k].joined {
		return ""
	}
	group := strings.ToLower(c.toks[k-1].text)
	switch {
	case d.g.Has(gazetteer.OrgGroups, group):
		return claimx.Org
	case d.g.Has(gazetteer.PlaceGroups, group):
		return claimx.GPE
	}
	return ""
}

func (d *entDoc) isRoleNoun(w string) bool {
	return d.g.Has(gazetteer.Roles, w) || strings.HasSuffix(w, "s") && d.g.Has(gazetteer.Roles, strings.TrimSuffix(w, "s"))
}

// next returns the index of the first token after a name ending at token
// j-1, stepping over a parenthesis right after it (a hanzi name, an
// acronym), and whether only spaces separate them. The name must not be
// possessive: "Huang’s definition" says nothing about Huang.
func (c *entClaim) next(j int) (int, bool) {
	if c.toks[j-1].poss {
		return 0, false
	}
	end := c.after(j)
	if _, close, ok := c.parenAfter(end); ok {
		end = close + 1
	}
	k := j
	for k < len(c.toks) && c.toks[k].start < end {
		k++
	}
	if k >= len(c.toks) {
		return k, false
	}
	return k, entJoined(c.runes, end, c.toks[k].start)
}

// entAuxiliaries may stand between a speaker and the reporting verb.
var entAuxiliaries = map[string]bool{"has": true, "had": true, "have": true, "also": true, "previously": true, "recently": true, "further": true, "then": true, "later": true, "once": true, "repeatedly": true, "publicly": true, "has also": true, "will": true, "would": true}

// reportingAfter: "Zhang said", "Marsh has also argued".
func (d *entDoc) reportingAfter(c *entClaim, j int) bool {
	k, ok := c.next(j)
	for n := 0; ok && n < 3; n++ {
		w := c.toks[k].text
		if d.g.Has(gazetteer.Reporting, w) {
			return true
		}
		if !entAuxiliaries[w] || k+1 >= len(c.toks) || !c.toks[k+1].joined {
			return false
		}
		k++
	}
	return false
}

// reportingBefore: "said Zhuge".
func (d *entDoc) reportingBefore(c *entClaim, i int) bool {
	return i > 0 && c.toks[i].joined && !c.toks[i-1].cap && d.g.Has(gazetteer.Reporting, c.toks[i-1].text)
}

// appositiveAfter: ", a fellow at", ", the vice foreign minister", ", chief
// China economist", ", who".
func (d *entDoc) appositiveAfter(c *entClaim, j int) bool {
	if c.toks[j-1].poss {
		return false
	}
	end := c.after(j)
	if _, close, ok := c.parenAfter(end); ok {
		end = close + 1
	}
	for end < len(c.runes) && c.runes[end] == ' ' {
		end++
	}
	if end >= len(c.runes) || c.runes[end] != ',' {
		return false
	}
	k := j
	for k < len(c.toks) && c.toks[k].start <= end {
		k++
	}
	for n := 0; n < 4 && k < len(c.toks); n, k = n+1, k+1 {
		t := c.toks[k]
		if n > 0 && !t.joined {
			return false
		}
		if t.text == "who" && n == 0 || d.isRoleNoun(t.text) {
			return true
		}
	}
	return false
}

// termAfter returns the term in a parenthesis right after the name ending
// at token j-1: "Qin Gang (秦刚)".
func (d *entDoc) termAfter(c *entClaim, j int) (claimx.Term, bool) {
	open, _, ok := c.parenAfter(c.after(j))
	if !ok {
		return claimx.Term{}, false
	}
	t, ok := d.terms[c.base+open+1]
	return t, ok
}

// hanziAfter is the Chinese of termAfter, "" if none.
func (d *entDoc) hanziAfter(c *entClaim, j int) string {
	t, _ := d.termAfter(c, j)
	return t.Hanzi
}

// spellsHanzi reports whether tokens [i, j) are the romanisation of the
// Chinese after them: "Yan Kunru (闫坤如)", whose pinyin is "yan kunru".
func (d *entDoc) spellsHanzi(c *entClaim, i, j int) bool {
	t, ok := d.termAfter(c, j)
	if !ok || t.Pinyin == "" {
		return false
	}
	return entLetters(c.text(i, j)) == entLetters(t.Pinyin)
}

// entLetters is s in lower case with everything but letters removed.
func entLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if !unicode.IsLetter(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// conceptHanzi reports whether the name ending at token j-1 is followed by
// Chinese that is not the name of an organisation or place: "New Quality
// Productive Forces (新质生产力)" names an idea.
func (d *entDoc) conceptHanzi(c *entClaim, j int) bool {
	h := []rune(d.hanziAfter(c, j))
	if len(h) == 0 {
		return false
	}
	return !d.g.Has(gazetteer.HanziHeads, string(h[len(h)-1:])) && (len(h) < 2 || !d.g.Has(gazetteer.HanziHeads, string(h[len(h)-2:])))
}

// hasConnector reports whether tokens [i, j) include a connector.
func (c *entClaim) hasConnector(i, j int) bool {
	for k := i; k < j; k++ {
		if c.toks[k].connector {
			return true
		}
	}
	return false
}

// listContinues reports whether only commas, spaces and "and"/"or"/"the"
// separate token end-1 from token start.
func (c *entClaim) listContinues(end, start int) bool {
	for k := end; k < start; k++ {
		if w := c.toks[k].text; w != "and" && w != "or" && w != "the" {
			return false
		}
	}
	for _, r := range c.runes[c.after(end):c.toks[start].start] {
		if r != ' ' && r != ',' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
