package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// citation is what citation scoring reads from gold and predicted citations.
type citation interface {
	parts() (source, date, precision string)
}

func (c GoldCitation) parts() (string, string, string) { return c.Source, c.Date, c.Precision }
func (c PredCitation) parts() (string, string, string) { return c.Source, c.Date, c.Precision }

// citationItems keys citations on (source, date, precision), or on (date,
// precision) alone when withSource is false.
func citationItems[C citation](cs []C, withSource bool) []item {
	items := make([]item, len(cs))
	for i, c := range cs {
		source, date, precision := c.parts()
		items[i] = citationItem(source, date, precision, withSource)
	}
	return items
}

func citationItem(source, date, precision string, withSource bool) item {
	key := Normalize(date) + "\x00" + Normalize(precision)
	label := date + " (" + precision + ")"
	if date == "" {
		label = "(no date)"
	}
	if withSource {
		key = Normalize(source) + "\x00" + key
		label = source + " " + label
	}
	return item{key, label}
}

// scoreTerms matches terms as a set on hanzi, then checks the gloss and the
// segmentation of each matched term. An empty gold gloss means the article
// gives none, so only an empty predicted gloss is right. A gold term without
// segments is left out of segment accuracy: every term has at least one
// segment, so an empty list is a missing label, not a claim.
func (s *articleScore) scoreTerms(gold []GoldTerm, pred []PredTerm) tally {
	gold = distinct(gold, func(t GoldTerm) string { return Normalize(t.Hanzi) })
	pred = distinct(pred, func(t PredTerm) string { return Normalize(t.Hanzi) })
	byKey := map[string]GoldTerm{}
	var gi, pi []item
	for _, t := range gold {
		byKey[Normalize(t.Hanzi)] = t
		gi = append(gi, item{Normalize(t.Hanzi), t.Hanzi})
	}
	for _, t := range pred {
		pi = append(pi, item{Normalize(t.Hanzi), t.Hanzi})
		want, ok := byKey[Normalize(t.Hanzi)]
		if !ok {
			continue
		}
		s.glossN++
		if Normalize(t.Gloss) == Normalize(want.Gloss) {
			s.glossOK++
		} else {
			s.termErrs = append(s.termErrs, fmt.Sprintf("%s gloss: got %q, want %q", want.Hanzi, t.Gloss, want.Gloss))
		}
		if len(want.Segments) == 0 {
			continue
		}
		s.segN++
		if sameList(t.Segments, want.Segments) {
			s.segOK++
		} else {
			s.termErrs = append(s.termErrs, fmt.Sprintf("%s segments: got %s, want %s", want.Hanzi,
				strings.Join(t.Segments, "|"), strings.Join(want.Segments, "|")))
		}
	}
	return matchMulti(gi, pi)
}

// scoreEntities matches entities as a set: a prediction matches a gold
// entity of its type whose name or alias equals the predicted name. Every
// prediction that resolves to the same gold entity is one unit, so naming
// it twice ("CCP" and "Chinese Communist Party") is one true positive and
// no false positive.
func scoreEntities(gold []GoldEntity, pred []PredEntity) tally {
	gold = distinct(gold, func(e GoldEntity) string { return typedKey(e.Type, e.Name) })
	idx := newNameIndex(gold, typedKey)
	gi := make([]item, len(gold))
	for i, e := range gold {
		gi[i] = item{"#" + strconv.Itoa(i), entityLabel(e.Name, e.Type)}
	}
	pi := make([]item, len(pred))
	for i, e := range pred {
		key := "?" + typedKey(e.Type, e.Name)
		if g, ok := idx[typedKey(e.Type, e.Name)]; ok {
			key = "#" + strconv.Itoa(g)
		}
		pi[i] = item{key, entityLabel(e.Name, e.Type)}
	}
	return matchSet(gi, pi)
}

func entityLabel(name, typ string) string { return name + " [" + typ + "]" }

// scoreAttributions matches (speaker, quote) pairs as a set. A speaker that
// is any name of a gold entity (of whatever type) stands for that entity, on
// both sides, so "CCP" and "Chinese Communist Party" are the same speaker
// when gold lists them as one entity.
func scoreAttributions(g Gold, pred []PredAttribution) tally {
	speaker := speakerKey(g)
	attr := func(sp, quote string) item {
		return item{speaker(sp) + "\x00" + Normalize(quote), fmt.Sprintf("%s: %q", sp, quote)}
	}
	var gi, pi []item
	for _, a := range g.Attributions {
		gi = append(gi, attr(a.Speaker, a.Quote))
	}
	for _, a := range pred {
		pi = append(pi, attr(a.Speaker, a.Quote))
	}
	return matchSet(gi, pi)
}

// speakerKey returns the key a speaker's name is compared on: the name of
// the gold entity that bears it, as name or alias, whatever its type.
func speakerKey(g Gold) func(name string) string {
	idx := newNameIndex(g.Entities, func(_, name string) string { return Normalize(name) })
	return func(name string) string {
		if i, ok := idx[Normalize(name)]; ok {
			return Normalize(g.Entities[i].Name)
		}
		return Normalize(name)
	}
}

func footnoteItems(ns []int) []item {
	items := make([]item, len(ns))
	for i, n := range ns {
		items[i] = item{strconv.Itoa(n), "[" + strconv.Itoa(n) + "]"}
	}
	return items
}

// scoreMetadata judges published, title and authors each right or wrong,
// each only where the gold gives it: a text that prints no date has no date
// to get right. An article with no prediction has every given field wrong.
// Where the gold gives none, a field claimx filled is counted apart as
// extra, so that inventing a title shows without changing accuracy's
// meaning.
func (s *articleScore) scoreMetadata(g Gold, p Prediction, found bool) {
	s.metaGiven = []bool{g.Published != "", g.Title != "", len(g.Authors) > 0}
	filled := []bool{p.Published != "", p.Title != "", len(p.Authors) > 0}
	s.metaNone = make([]bool, len(metaNames))
	s.metaExtra = make([]bool, len(metaNames))
	for i, name := range metaNames {
		s.metaNone[i] = !s.metaGiven[i] && g.labels(name)
		s.metaExtra[i] = s.metaNone[i] && found && filled[i]
		s.metaGiven[i] = s.metaGiven[i] && g.labels(name)
	}
	s.metaOK = []bool{
		found && Normalize(p.Published) == Normalize(g.Published),
		found && Normalize(p.Title) == Normalize(g.Title),
		found && sameList(p.Authors, g.Authors),
	}
	if !found {
		return
	}
	got := []string{p.Published, p.Title, strings.Join(p.Authors, "; ")}
	want := []string{g.Published, g.Title, strings.Join(g.Authors, "; ")}
	for i, ok := range s.metaOK {
		if s.metaGiven[i] && !ok || s.metaExtra[i] {
			s.metaErrs = append(s.metaErrs, fmt.Sprintf("%s: got %q, want %q", metaNames[i], got[i], want[i]))
		}
	}
}

// scoreReported matches the claims marked reported with the gold sentences
// on (sentence, speaker). A claim stands for the label whose first words it
// starts with (the longest such label, so that labels sharing an opening
// stay apart); a claim that starts no label, or carries another speaker, is
// a false positive. Speakers resolve through the gold entities as in
// attributions; a null gold speaker matches a claim with no speaker.
func scoreReported(g Gold, pred []PredReported) tally {
	speaker := speakerKey(g)
	openings := make([]string, len(g.Reported))
	gi := make([]item, len(g.Reported))
	for i, r := range g.Reported {
		openings[i] = Normalize(r.Sentence)
		sp, label := "", "(no speaker)"
		if r.Speaker != nil {
			sp, label = *r.Speaker, *r.Speaker
		}
		gi[i] = item{strconv.Itoa(i) + "\x00" + speaker(sp), fmt.Sprintf("%s: %s", label, r.Sentence)}
	}
	pi := make([]item, len(pred))
	for i, r := range pred {
		text, best := Normalize(r.Sentence), -1
		for j, o := range openings {
			if strings.HasPrefix(text, o) && (best < 0 || len(o) > len(openings[best])) {
				best = j
			}
		}
		label := r.Speaker
		if label == "" {
			label = "(no speaker)"
		}
		key := "?" + strconv.Itoa(i)
		if best >= 0 {
			key = strconv.Itoa(best) + "\x00" + speaker(r.Speaker)
		}
		pi[i] = item{key, fmt.Sprintf("%s: %s", label, opening(r.Sentence))}
	}
	return matchMulti(gi, pi)
}

// opening is a sentence's first words, enough for a reader of the
// explanation to find it.
func opening(s string) string {
	words := strings.Fields(s)
	if len(words) <= 12 {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:12], " ") + " …"
}

// sentenceItems keys sentences on their normalised text, so a predicted
// claim matches a gold sentence only when the two cover the same words.
func sentenceItems(ss []string) []item {
	items := make([]item, len(ss))
	for i, s := range ss {
		items[i] = item{Normalize(s), s}
	}
	return items
}
