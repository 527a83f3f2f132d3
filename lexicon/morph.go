package lexicon

import "strings"

// Singular undoes a regular English plural, or returns "" for a word that
// does not look like one: a word in "ss" ("congress"), "us" or "is"
// ("analysis").
func Singular(w string) string {
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

// IsTitle reports whether w, in any case, is a title or a word qualifying
// one, or a hyphenated compound of such words: "Premier", "Vice-President",
// "Ex-Minister", "Dr.", "CEO’s". An abbreviation's full stop and a
// possessive are read past. A plural is not a title: capitalised inside a
// name it names a body ("Western Returned Scholars Association"); the
// caller that reads lower-case plurals ("officials") tries the singular.
func IsTitle(w string) bool {
	stopped := strings.HasSuffix(w, ".")
	if w = titleKey(w); StoppedTitles.Has(w) && !stopped {
		return false // "Gov Tech": a title only as "Gov."
	}
	if titleWord(w) {
		return true
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' })
	for _, p := range parts {
		if !titleWord(p) {
			return false
		}
	}
	return len(parts) > 1
}

// PluralTitle reports whether w is the plural of a title in
// roles.txt: "Leaders", "ministers".
func PluralTitle(w string) bool {
	one := Singular(w)
	return one != "" && Roles.Has(one)
}

// titleWord reports whether the lower-case w is a title or qualifies
// one. A title in "-man" is one in its plural too ("Vice Chairmen"); a
// plural in "-s" is not, as it names the members of a body ("Board of
// Governors").
func titleWord(w string) bool {
	if Roles.Has(w) || TitleModifiers.Has(w) {
		return true
	}
	stem, ok := strings.CutSuffix(w, "men")
	return ok && Roles.Has(stem+"man")
}

// VerbForm is the inflection a verb is written in.
type VerbForm uint8

const (
	Base VerbForm = iota // say, state
	S                    // says, states
	Past                 // said, stated (past tense or participle)
	Ing                  // saying, stating
)

// inflections are the regular suffixes, each with what restores the lemma:
// "denied" -> deny, "stating" -> state, "argued" -> argue, "warned" -> warn.
var inflections = []struct {
	suffix, restore string
	form            VerbForm
}{
	{"ies", "y", S}, {"ied", "y", Past},
	{"ing", "", Ing}, {"ing", "e", Ing},
	{"ed", "", Past}, {"d", "", Past},
	{"es", "", S}, {"s", "", S},
}

// Lemma finds the lemma of the lower-case word w among the verbs that
// isVerb accepts, and the form w is in. It tries the irregular verbs, then
// each way of undoing a regular suffix (and of undoubling a final
// consonant, "committed"), and keeps the first result that isVerb accepts.
func Lemma(w string, isVerb func(string) bool) (string, VerbForm, bool) {
	if i, ok := IrregularVerbs.Entry(w); ok {
		if l := IrregularVerbs.Forms(i)[0]; l != w && isVerb(l) {
			return l, Past, true
		}
	}
	if isVerb(w) {
		return w, Base, true
	}
	for _, in := range inflections {
		stem, ok := strings.CutSuffix(w, in.suffix)
		if !ok || stem == "" {
			continue
		}
		if l := stem + in.restore; isVerb(l) {
			return l, in.form, true
		}
		if n := len(stem); in.restore == "" && n >= 2 && stem[n-1] == stem[n-2] && isVerb(stem[:n-1]) {
			return stem[:n-1], in.form, true
		}
	}
	return "", 0, false
}

// Inflect returns the forms of the verb base, indexed by VerbForm: "carry"
// gives carry, carries, carried, carrying; the past of an irregular verb
// comes from irregular-verbs.txt.
func Inflect(base string) [4]string {
	stem, last := base[:len(base)-1], base[len(base)-1]
	s, ed, ing := base+"s", base+"ed", base+"ing"
	switch {
	case last == 'e':
		ed, ing = base+"d", stem+"ing"
	case last == 'y' && !strings.ContainsRune("aeiou", rune(stem[len(stem)-1])):
		s, ed = stem+"ies", stem+"ied"
	case strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || last == 's' || last == 'x':
		s = base + "es"
	}
	if i, ok := IrregularVerbs.Entry(base); ok {
		ed = IrregularVerbs.Forms(i)[1]
	}
	return [4]string{Base: base, S: s, Past: ed, Ing: ing}
}

// InVerbGroup reports whether the lower-case word w may stand between a
// subject and its verb as part of the verb group: a modal, a form of "have"
// or "do", or an adverb ("has since urged", "Marsh has also argued",
// "was repeatedly"), listed or in -ly. The forms of "be" are left to the
// caller, for whom they may mark a passive.
func InVerbGroup(w string) bool {
	return Modals.Has(w) || Have.Has(w) || Do.Has(w) || VerbAdverbs.Has(w) || AdjectivalAdverbs.Has(w) || strings.HasSuffix(w, "ly")
}

// noApostrophes removes the syllable marks of "Fo’an", "Xi'an".
var noApostrophes = strings.NewReplacer("'", "", "’", "")

// PinyinGiven reports whether w is shaped like a Chinese given name in
// pinyin: one or two syllables, "Jisi", "Ming", "Fo’an".
func PinyinGiven(w string) bool {
	return pinyinSyllables(strings.ToLower(noApostrophes.Replace(w)), 2)
}

// pinyinSyllables reports whether s splits into one to max pinyin syllables.
func pinyinSyllables(s string, max int) bool {
	if s == "" {
		return true
	}
	if max == 0 {
		return false
	}
	for n := min(len(s), 6); n >= 1; n-- {
		if Pinyin.Has(s[:n]) && pinyinSyllables(s[n:], max-1) {
			return true
		}
	}
	return false
}

// IsHonorific reports whether w, read as IsTitle reads it, is an
// honorific (Honorifics): "Dr.", "Hon.", "Mr", "Sheikh’s".
func IsHonorific(w string) bool {
	return Honorifics.Has(titleKey(w))
}

// titleKey is w lowered, without an abbreviation's full stop or a
// possessive, as a title is looked up: "Dr." is "dr", "CEO’s" is "ceo".
func titleKey(w string) string {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	for _, s := range []string{"’s", "'s"} {
		w = strings.TrimSuffix(w, s)
	}
	return w
}
