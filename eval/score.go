package eval

import (
	"maps"
	"slices"
)

// The scored layers, in report order.
const (
	LayerCitations     = "citations"
	LayerCitationDates = "citation dates"
	LayerTerms         = "terms"
	LayerEntities      = "entities"
	LayerAttributions  = "attributions"
	LayerFootnotes     = "footnotes"
	LayerReported      = "reported"
	LayerSentences     = "sentences"
)

var layerNames = []string{LayerCitations, LayerCitationDates, LayerTerms, LayerEntities, LayerAttributions, LayerFootnotes, LayerReported, LayerSentences}

// EntityTypes are the entity types the entities layer is broken down by,
// in report order.
var EntityTypes = []string{"PERSON", "ORG", "GPE"}

// The metadata fields, in report order.
var metaNames = []string{"published", "title", "authors"}

// layerTally is one layer of one article, and whether the article is
// scored on it.
type layerTally struct {
	tally
	scored bool
}

// articleScore is how one article came out, before summing over articles.
type articleScore struct {
	layers            []layerTally // as layerNames
	entityTypes       []tally      // as EntityTypes
	glossOK, glossN   int
	segOK, segN       int
	metaOK, metaGiven []bool // as metaNames
	// metaNone marks the fields the article is labelled for and whose
	// gold gives none; metaExtra those of them claimx filled anyway.
	metaNone, metaExtra []bool
	termErrs, metaErrs  []string
}

// Score compares predictions with gold labels, article by article, and sums
// true positives, false positives and false negatives over all articles
// before computing rates (micro-average). An article in gold with no
// prediction counts all its labels as false negatives and all its metadata
// as wrong, and is listed in Report.Missing; a prediction with no gold is
// not scored and is listed in Report.Unlabelled.
func Score(gold map[string]Gold, pred map[string]Prediction) Report {
	r := Report{Articles: len(gold)}
	r.Layers = make([]Layer, len(layerNames))
	for i, name := range layerNames {
		r.Layers[i].Name = name
	}
	r.EntityTypes = make([]Layer, len(EntityTypes))
	for i, typ := range EntityTypes {
		r.EntityTypes[i].Name = LayerEntities + " " + typ
	}
	r.Metadata = make([]MetaField, len(metaNames))
	for i, name := range metaNames {
		r.Metadata[i].Name = name
	}
	for _, stem := range slices.Sorted(maps.Keys(gold)) {
		p, found := pred[stem]
		if !found {
			r.Missing = append(r.Missing, stem)
		}
		g := gold[stem]
		s := scoreArticle(g, p, found)
		ex := ArticleExplain{Stem: stem, Missing: !found, Terms: s.termErrs, Metadata: s.metaErrs}
		for i, t := range s.layers {
			if !t.scored {
				continue
			}
			r.Layers[i].add(t.tally)
			if len(t.fp)+len(t.fn) > 0 {
				ex.Layers = append(ex.Layers, LayerErrors{Name: layerNames[i], FP: t.fp, FN: t.fn})
			}
		}
		for i, t := range s.entityTypes {
			r.EntityTypes[i].add(t)
		}
		r.GlossCorrect += s.glossOK
		r.GlossTotal += s.glossN
		r.SegmentCorrect += s.segOK
		r.SegmentTotal += s.segN
		for i, ok := range s.metaOK {
			if s.metaNone[i] {
				r.Metadata[i].None++
			}
			if s.metaExtra[i] {
				r.Metadata[i].Extra++
			}
			if !s.metaGiven[i] {
				continue
			}
			r.Metadata[i].Total++
			if ok {
				r.Metadata[i].Correct++
			}
		}
		r.Explain = append(r.Explain, ex)
	}
	for _, stem := range slices.Sorted(maps.Keys(pred)) {
		if _, labelled := gold[stem]; !labelled {
			r.Unlabelled = append(r.Unlabelled, stem)
		}
	}
	for i := range r.Layers {
		r.Layers[i].setRates()
	}
	for i := range r.EntityTypes {
		r.EntityTypes[i].setRates()
	}
	r.GlossAccuracy = ratio(r.GlossCorrect, r.GlossTotal)
	r.SegmentAccuracy = ratio(r.SegmentCorrect, r.SegmentTotal)
	for i := range r.Metadata {
		m := &r.Metadata[i]
		m.Accuracy = ratio(m.Correct, m.Total)
	}
	return r
}

func scoreArticle(g Gold, p Prediction, found bool) articleScore {
	var s articleScore
	// The optional layers count only where the gold file has them, and any
	// layer only where the file labels it.
	var terms tally
	if g.labels(LayerTerms) {
		terms = s.scoreTerms(g.Terms, p.Terms)
	}
	s.layers = []layerTally{
		{matchMulti(citationItems(g.Citations, true), citationItems(p.Citations, true)), true},
		{matchMulti(citationItems(g.Citations, false), citationItems(p.Citations, false)), true},
		{terms, true},
		{scoreEntities(g.Entities, p.Entities), true},
		{scoreAttributions(g, p.Attributions), true},
		{matchSet(footnoteItems(g.Footnotes), footnoteItems(p.Footnotes)), true},
		{scoreReported(g, p.Reported), g.Reported != nil},
		{matchMulti(sentenceItems(g.Sentences), sentenceItems(p.Sentences)), g.Sentences != nil},
	}
	for i := range s.layers {
		s.layers[i].scored = s.layers[i].scored && g.labels(layerNames[i])
	}
	for _, typ := range EntityTypes {
		if g.labels(LayerEntities) {
			s.entityTypes = append(s.entityTypes, scoreEntities(
				ofType(g.Entities, typ, func(e GoldEntity) string { return e.Type }),
				ofType(p.Entities, typ, func(e PredEntity) string { return e.Type })))
		}
	}
	s.scoreMetadata(g, p, found)
	return s
}

// ofType keeps the entities of one type. Entities match only within their
// type, so scoring each type alone splits the layer's counts exactly.
func ofType[E GoldEntity | PredEntity](ents []E, typ string, typeOf func(E) string) []E {
	var out []E
	for _, e := range ents {
		if Normalize(typeOf(e)) == Normalize(typ) {
			out = append(out, e)
		}
	}
	return out
}
