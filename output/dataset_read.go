package output

import (
	"errors"
	"time"

	"github.com/claimx/claimx"
)

// ReadDataset reads the dataset in dir back into articles, each with its
// claims in sentence order, so a written run can be scored or inspected
// with the same code as one held in memory. It gives every article's
// current state: the articles it holds, then those whose every attempt
// failed, each carrying the error of its latest attempt.
func ReadDataset(dir string) ([]*claimx.Article, error) {
	articleRows, err := ReadArticles(dir)
	if err != nil {
		return nil, err
	}
	errorRows, err := ReadErrors(dir)
	if err != nil {
		return nil, err
	}
	claimRows, err := ReadClaims(dir)
	if err != nil {
		return nil, err
	}
	byID := map[string]*claimx.Article{}
	arts := make([]*claimx.Article, 0, len(articleRows))
	for _, r := range append(articleRows, Failing(articleRows, errorRows)...) {
		a := &claimx.Article{
			ID:        r.ArticleID,
			Source:    r.Source,
			URL:       deref(r.URL),
			Text:      deref(r.Text),
			Title:     deref(r.Title),
			Authors:   r.Authors,
			Published: dateTime(r.Published),
			Language:  deref(r.Language),
			Terms:     convert(r.Terms, termOfRow),
		}
		if r.Status != StatusOK {
			a.Err = errors.New(deref(r.Error))
		}
		byID[a.ID] = a
		arts = append(arts, a)
	}
	for _, r := range claimRows {
		a := byID[r.ArticleID]
		if a == nil {
			continue // its articles file is not there: not committed
		}
		a.Claims = append(a.Claims, claimOf(r))
	}
	return arts, nil
}

// Failing is the current state of the articles whose every attempt failed:
// of the failure rows, in write order, the latest of each article that the
// articles rows do not hold. The README's query for the same in SQL reads
// the same rows.
func Failing(articles, failures []ArticleRow) []ArticleRow {
	resolved := make(map[string]bool, len(articles))
	for _, r := range articles {
		resolved[r.ArticleID] = true
	}
	latest := map[string]int{}
	var out []ArticleRow
	for _, r := range failures {
		if resolved[r.ArticleID] {
			continue
		}
		if i, ok := latest[r.ArticleID]; ok {
			if !r.ProcessedAt.Before(out[i].ProcessedAt) {
				out[i] = r
			}
			continue
		}
		latest[r.ArticleID] = len(out)
		out = append(out, r)
	}
	return out
}

func claimOf(r ClaimRow) claimx.Claim {
	return claimx.Claim{
		Index:          int(r.Sentence),
		Paragraph:      int(r.Paragraph),
		Section:        deref(r.Section),
		Text:           r.Text,
		Span:           span(r.StartChar, r.EndChar),
		Kind:           claimx.ClaimKind(r.Kind),
		Speaker:        deref(r.Speaker),
		SpeakerID:      deref(r.SpeakerID),
		Cue:            deref(r.Cue),
		SpeakerMention: deref(r.SpeakerMention),
		Quotes: convert(r.Quotes, func(q Quote) claimx.Quote {
			return claimx.Quote{Text: q.Text, Span: span(q.QuoteStart, q.QuoteEnd),
				Speaker: deref(q.Speaker), SpeakerID: deref(q.SpeakerID), SpeakerMention: deref(q.SpeakerMention), Cue: deref(q.Cue)}
		}),
		Citations: convert(r.Citations, func(c Citation) claimx.Citation {
			return claimx.Citation{Source: c.Source, SourceID: deref(c.SourceID), Date: dateTime(c.Date), Precision: claimx.Precision(c.Precision),
				YearInferred: c.YearInferred, Accessed: c.Accessed, Raw: c.Raw, Span: span(c.CitationStart, c.CitationEnd)}
		}),
		Entities: convert(r.Entities, func(e Entity) claimx.Entity {
			return claimx.Entity{ID: deref(e.ID), Name: e.Name, Mention: e.Mention, Type: claimx.EntityType(e.Type),
				Hanzi: deref(e.Hanzi), Span: span(e.EntityStart, e.EntityEnd)}
		}),
		Terms:     convert(r.Terms, termOfRow),
		Footnotes: convert(r.Footnotes, func(n int32) int { return int(n) }),
	}
}

// termOfRow is the term an element of claims.terms or articles.terms holds.
func termOfRow(t Term) claimx.Term {
	return claimx.Term{Hanzi: t.Hanzi, Segments: t.Segments, Pinyin: t.Pinyin, PinyinTones: t.PinyinTones, Gloss: deref(t.Gloss),
		Span: span(t.TermStart, t.TermEnd)}
}

func span(start, end int32) claimx.Span { return claimx.Span{Start: int(start), End: int(end)} }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func dateTime(d *Date) time.Time {
	if d == nil {
		return time.Time{}
	}
	return d.Time()
}
