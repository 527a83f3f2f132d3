package eval

import (
	"strconv"
	"time"

	"github.com/claimx/claimx"
)

// Prediction is what the pipeline produced for one article, reduced to what
// is scored. Its JSON has the shape of a gold file.
type Prediction struct {
	Published    string            `json:"published"`
	Title        string            `json:"title"`
	Authors      []string          `json:"authors"`
	Citations    []PredCitation    `json:"citations"`
	Terms        []PredTerm        `json:"terms"`
	Entities     []PredEntity      `json:"entities"`
	Attributions []PredAttribution `json:"attributions"`
	Footnotes    []int             `json:"footnotes"`
	Reported     []PredReported    `json:"reported"`
	Sentences    []string          `json:"sentences"`
}

// PredCitation is one predicted citation; Date is "" when the pipeline could
// not know it.
type PredCitation struct {
	Source    string `json:"source"`
	Date      string `json:"date"`
	Precision string `json:"precision"`
}

// PredTerm is one predicted Chinese term, shaped as a gold one.
type PredTerm = GoldTerm

// PredEntity is one predicted entity: a canonical name and its type.
type PredEntity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// PredAttribution is one quotation and the speaker the pipeline gave it,
// shaped as a gold one.
type PredAttribution = GoldAttribution

// PredReported is one claim the pipeline marked reported: its whole text and
// its speaker, "" when it found none.
type PredReported struct {
	Sentence string `json:"sentence"`
	Speaker  string `json:"speaker"`
}

// FromArticle reduces a processed article to its Prediction. Citations are
// kept one per occurrence, since they are counted as a multiset; terms,
// entities, attributions and footnotes are made distinct here (the first
// seen wins), since they are scored as sets and mentions are not separate
// predictions.
func FromArticle(a *claimx.Article) Prediction {
	p := Prediction{Title: a.Title, Authors: a.Authors}
	if !a.Published.IsZero() {
		p.Published = a.Published.Format(time.DateOnly)
	}
	for _, c := range a.Claims {
		for _, ct := range c.Citations {
			p.Citations = append(p.Citations, PredCitation{
				Source: ct.Source, Date: isoDate(ct.Date, ct.Precision), Precision: string(ct.Precision),
			})
		}
		for _, t := range c.Terms {
			p.Terms = append(p.Terms, PredTerm{Hanzi: t.Hanzi, Gloss: t.Gloss, Segments: t.Segments})
		}
		for _, e := range c.Entities {
			name := e.Name
			if name == "" {
				name = e.Mention
			}
			p.Entities = append(p.Entities, PredEntity{Name: name, Type: string(e.Type)})
		}
		p.Footnotes = append(p.Footnotes, c.Footnotes...)
		p.Sentences = append(p.Sentences, c.Text)
		if c.Kind == claimx.Reported {
			p.Reported = append(p.Reported, PredReported{Sentence: c.Text, Speaker: c.Speaker})
		}
	}
	// The runs no claim holds whole (a heading, a caption, Chinese
	// sentences that are claims of their own) are terms of the article as
	// much as those of its sentences.
	for _, t := range a.Terms {
		p.Terms = append(p.Terms, PredTerm{Hanzi: t.Hanzi, Gloss: t.Gloss, Segments: t.Segments})
	}
	p.Terms = distinct(p.Terms, func(t PredTerm) string { return Normalize(t.Hanzi) })
	p.Entities = distinct(p.Entities, func(e PredEntity) string { return typedKey(e.Type, e.Name) })
	p.Attributions = distinct(quotations(a.Claims), func(a PredAttribution) string {
		return Normalize(a.Speaker) + "\x00" + Normalize(a.Quote)
	})
	p.Footnotes = distinct(p.Footnotes, strconv.Itoa)
	return p
}

// isoDate writes a citation date as far as its precision goes: "2014-06-09",
// "2019-07" or "2021"; "" for an unknown (zero) date.
func isoDate(t time.Time, p claimx.Precision) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayouts[string(p)])
}

// quotations pairs every whole quotation with its speaker. A quotation that
// runs over several sentences is stored as one piece per claim, each within
// its claim; gold labels hold the whole text between the marks, so pieces
// are joined again where one runs to the end of its claim (its closing mark
// is not there) and the next starts the next claim of its paragraph. A
// quotation running on into a new paragraph reopens there with a mark of
// its own, and what stands between those marks is a quotation of its own
// (seeds/README.md). The speaker is the first a piece names. This works from offsets alone, so a dataset read back from
// Parquet, which keeps no article text, scores as it did in memory.
func quotations(claims []claimx.Claim) []PredAttribution {
	var out []PredAttribution
	var cur PredAttribution
	open := false // cur runs on into the next claim
	para := -1    // the paragraph of the last piece
	flush := func() {
		if cur.Quote != "" && cur.Speaker != "" {
			out = append(out, cur)
		}
		cur = PredAttribution{}
	}
	for _, c := range claims {
		if len(c.Quotes) == 0 {
			flush()
			open = false
		}
		for i, q := range c.Quotes {
			if open && i == 0 && q.Start <= c.Start+1 && c.Paragraph == para {
				cur.Quote += " " + q.Text
				if cur.Speaker == "" {
					cur.Speaker = q.Speaker
				}
			} else {
				flush()
				cur = PredAttribution{Speaker: q.Speaker, Quote: q.Text}
			}
			open = q.End == c.End
			para = c.Paragraph
		}
	}
	flush()
	return out
}
