// Package claimx holds the domain types that every stage of the claimx
// pipeline shares: an Article as read, the Claims (sentences) found in it, and
// the evidence attached to each claim.
//
// Every position is a Span of Unicode code-point offsets into Article.Text, so
// that a user holding the text can slice back to exactly what was found.
package claimx

import (
	"errors"
	"time"
	"unicode/utf8"
)

// ErrUnsupported marks an article that was read but is not tagged: its
// language is not one the taggers handle.
var ErrUnsupported = errors.New("unsupported")

// Span is a half-open range [Start, End) of code-point offsets into the
// article text.
type Span struct {
	Start int
	End   int
}

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Precision says how much of a citation date the article printed.
type Precision string

const (
	Day   Precision = "day"
	Month Precision = "month"
	Year  Precision = "year"
)

// Citation is one dated source reference, such as "Xinhua, June 9, 2014".
type Citation struct {
	Source string
	// Date is the first day of the period the citation names; the zero
	// time when the date cannot be known (a year-less date in an article
	// whose publication date is unknown).
	Date         time.Time
	Precision    Precision
	YearInferred bool
	Accessed     bool
	// Raw is the citation as printed, e.g. "MFA, March 7".
	Raw string
	Span
}

// EntityType is the coarse kind of a named entity.
type EntityType string

const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	GPE    EntityType = "GPE"
)

// Entity is one mention of a person, organisation or place.
type Entity struct {
	// Name is the canonical name, the same for every mention in an article.
	Name string
	// Mention is the text as written at this position.
	Mention string
	Type    EntityType
	// Hanzi is the Chinese name the article gives for the entity, if any.
	Hanzi string
	Span
}

// Term is one run of Chinese text embedded in the English.
type Term struct {
	Hanzi    string
	Segments []string
	// Pinyin is toneless, one space-separated group per segment.
	Pinyin string
	// Gloss is the English the article gives for the term, "" if none.
	Gloss string
	Span
}

// Quote is a quoted span, without its quotation marks.
type Quote struct {
	Text string
	Span
}

// Claim kinds.
const (
	Reported = "reported" // attributed to a speaker
	Author   = "author"   // the article's own assertion
)

// Claim is one sentence of an article's running text and what was found in it.
type Claim struct {
	// Index is the 0-based position of the claim in the article.
	Index int
	// Paragraph is the 0-based index of the paragraph it stands in.
	Paragraph int
	// Section is the heading the claim stands under, "" if none.
	Section string
	Text    string
	Span

	Kind    string // Reported or Author
	Speaker string // canonical entity name, "" if none
	Cue     string // the attributing word, "" if none

	Quotes    []Quote
	Citations []Citation
	Entities  []Entity
	Terms     []Term
	Footnotes []int
}

// Paragraph is a block of running text: a prose paragraph or a bullet item.
type Paragraph struct {
	Section string
	Span
}

// Article is one input document and everything the pipeline found in it.
type Article struct {
	// ID is the first 16 hex digits of the SHA-256 of Raw.
	ID     string
	Source string // path or URL it was read from
	Raw    []byte
	// Text is the decoded article: UTF-8, byte-order mark removed, line
	// endings normalised to \n. All offsets point into it.
	Text string

	Title     string
	Authors   []string
	Published time.Time // zero when unknown
	// Language is the ISO 639-1 code of the running text ("en"), "" when
	// it cannot be told.
	Language string

	Paragraphs []Paragraph
	Claims     []Claim

	// Err is why the article could not be processed; nil when it was.
	Err error
}

// SpanOf converts a byte range [from, to) of c.Text into a code-point span of
// the article text.
func (c *Claim) SpanOf(from, to int) Span {
	start := c.Start + utf8.RuneCountInString(c.Text[:from])
	return Span{Start: start, End: start + utf8.RuneCountInString(c.Text[from:to])}
}
