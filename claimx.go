// Package claimx holds the domain types that every stage of the claimx
// pipeline shares: an Article as read, the Claims (sentences) found in it, and
// the evidence attached to each claim.
//
// Every position is a Span of Unicode code-point offsets into Article.Text, so
// that a user holding the text can slice back to exactly what was found.
//
// The types marshal to JSON under the names of the Parquet columns that
// hold them (sentence, year_inferred, start_char, ...), an empty list as [].
package claimx

import (
	"encoding/json"
	"errors"
	"time"
	"unicode/utf8"
)

// ErrUnsupported marks an article that was read but is not tagged: its
// language is not one the taggers handle.
var ErrUnsupported = errors.New("unsupported")

// Span is a half-open range [Start, End) of code-point offsets into the
// article text. Each type holding one marshals its offsets under names of
// its own (start_char on a claim, quote_start on a quote, ...), as the
// Parquet columns are named, so that none collide when a list is unnested
// beside the claim.
type Span struct {
	Start int `json:"-"`
	End   int `json:"-"`
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
	Source string `json:"source"`
	// Date is the first day of the period the citation names; the zero
	// time when the date cannot be known (a year-less date in an article
	// whose publication date is unknown).
	Date         time.Time `json:"date,omitzero"`
	Precision    Precision `json:"precision"`
	YearInferred bool      `json:"year_inferred"`
	Accessed     bool      `json:"accessed"`
	// Raw is the citation as printed, e.g. "MFA, March 7".
	Raw string `json:"raw"`
	// SourceID identifies the source across articles and runs: the
	// aliases of one source ("SCMP", "South China Morning Post") share it.
	SourceID string `json:"source_id"`
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
	// ID identifies the entity across articles and runs: the gazetteer's
	// name for it where the gazetteer knows it ("PRC" and "China" share
	// one), else its normalised name.
	ID string `json:"id"`
	// Name is the canonical name, the same for every mention in an article.
	Name string `json:"name"`
	// Mention is the text as written at this position.
	Mention string     `json:"mention"`
	Type    EntityType `json:"type"`
	// Hanzi is the Chinese name the article gives for the entity, if any.
	Hanzi string `json:"hanzi"`
	Span
}

// Term is one run of Chinese text embedded in the English.
type Term struct {
	Hanzi    string   `json:"hanzi"`
	Segments []string `json:"segments"`
	// Pinyin is toneless, one space-separated group per segment, a
	// person's name two: surname and given name (xi jinping).
	Pinyin string `json:"pinyin"`
	// PinyinTones is Pinyin with its tone marks (wǎngluò zhǔquán).
	PinyinTones string `json:"pinyin_tones"`
	// Gloss is the English the article gives for the term, "" if none.
	Gloss string `json:"gloss"`
	Span
}

// Quote is a quoted span, without its quotation marks.
type Quote struct {
	Text string `json:"text"`
	Span
	// Speaker is the canonical name of who said or wrote the quotation, ""
	// when it is no one's (a scare quote, a label) or no one named:
	// SpeakerMention then holds the words standing for an unnamed speaker
	// ("officials"). Cue is the word that attributes it ("said", "Mao
	// Ning:"), "" if none.
	Speaker string `json:"speaker"`
	// SpeakerID is the speaker's entity ID (Entity.ID), "" without a
	// speaker.
	SpeakerID      string `json:"speaker_id"`
	SpeakerMention string `json:"speaker_mention"`
	Cue            string `json:"cue"`
}

// ClaimKind says whose assertion a claim is.
type ClaimKind string

const (
	Reported ClaimKind = "reported" // attributed to a speaker
	Author   ClaimKind = "author"   // the article's own assertion
)

// Claim is one sentence of an article's running text and what was found in it.
type Claim struct {
	// Index is the 0-based position of the claim in the article.
	Index int `json:"sentence"`
	// Paragraph is the 0-based index of the paragraph it stands in.
	Paragraph int `json:"paragraph"`
	// Section is the heading the claim stands under, "" if none.
	Section string `json:"section"`
	Text    string `json:"text"`
	Span

	Kind    ClaimKind `json:"kind"`
	Speaker string    `json:"speaker"` // canonical entity name, "" if none
	// SpeakerID is the speaker's entity ID (Entity.ID), "" without a
	// speaker.
	SpeakerID string `json:"speaker_id"`
	Cue       string `json:"cue"` // the attributing word, "" if none
	// SpeakerMention is the words that stand for a speaker the text does
	// not name ("officials", "a source close to the talks"); "" when the
	// speaker is named or there is none.
	SpeakerMention string `json:"speaker_mention"`

	Quotes    []Quote    `json:"quotes"`
	Citations []Citation `json:"citations"`
	Entities  []Entity   `json:"entities"`
	Terms     []Term     `json:"terms"`
	Footnotes []int      `json:"footnotes"`
}

// Paragraph is a block of running text: a prose paragraph or a bullet item.
type Paragraph struct {
	Section string `json:"section"`
	Span
	// Quoted marks a block quotation printed without quotation marks (an
	// HTML blockquote): someone else's words, set off by layout alone.
	Quoted bool `json:"-"`
}

// Article is one input document and everything the pipeline found in it.
type Article struct {
	// ID is the first 16 hex digits of the SHA-256 of Raw.
	ID     string `json:"article_id"`
	Source string `json:"source"` // path or URL it was read from
	Raw    []byte `json:"-"`
	// Text is the decoded article: UTF-8, byte-order mark removed, line
	// endings normalised to \n. All offsets point into it.
	Text string `json:"text"`

	// URL is where the article was published, as a feed, a sidecar or
	// the page's canonical link gives it; "" when none does.
	URL string `json:"url"`

	Title     string    `json:"title"`
	Authors   []string  `json:"authors"`
	Published time.Time `json:"published,omitzero"` // zero when unknown
	// Language is the ISO 639-1 code of the running text ("en"), "" when
	// it cannot be told.
	Language string `json:"language"`

	Paragraphs []Paragraph `json:"paragraphs"`
	Claims     []Claim     `json:"claims"`
	// Terms are the runs of Chinese that no claim holds whole (in the
	// title line, a heading, a caption, a list of tags; a run of Chinese
	// sentences that are claims of their own), each where it is printed. A
	// run one claim holds is that claim's; the two together are every run
	// of Chinese the text holds.
	Terms []Term `json:"terms"`

	// CitedParens are the spans of the parentheses of Text that hold
	// citations, and of embedded posts' signatures, whose contents
	// several taggers skip: found once per
	// article by cite.ArticleParens, nil until then.
	CitedParens []Span `json:"-"`

	// Err is why the article could not be processed; nil when it was. It
	// marshals as "error", its text.
	Err error `json:"-"`
}

// SpanOf converts a byte range [from, to) of c.Text into a code-point span of
// the article text.
func (c *Claim) SpanOf(from, to int) Span {
	start := c.Start + utf8.RuneCountInString(c.Text[:from])
	return Span{Start: start, End: start + utf8.RuneCountInString(c.Text[from:to])}
}

// MarshalJSON writes the article with an empty list as [] and Err as its
// text under "error", left out when there is none.
func (a Article) MarshalJSON() ([]byte, error) {
	type plain Article // without this method
	p := plain(a)
	p.Authors, p.Paragraphs, p.Claims, p.Terms = list(p.Authors), list(p.Paragraphs), list(p.Claims), list(p.Terms)
	out := struct {
		plain
		Error string `json:"error,omitempty"`
	}{plain: p}
	if a.Err != nil {
		out.Error = a.Err.Error()
	}
	return json.Marshal(out)
}

// MarshalJSON writes the paragraph with its offsets as start_char and
// end_char, as a claim's.
func (p Paragraph) MarshalJSON() ([]byte, error) {
	type plain Paragraph // without this method
	return json.Marshal(struct {
		plain
		Start int `json:"start_char"`
		End   int `json:"end_char"`
	}{plain(p), p.Start, p.End})
}

// MarshalJSON writes the claim with an empty list as [] and its offsets as
// start_char and end_char.
func (c Claim) MarshalJSON() ([]byte, error) {
	type plain Claim // without this method
	p := plain(c)
	p.Quotes, p.Citations, p.Entities, p.Terms, p.Footnotes = list(p.Quotes), list(p.Citations), list(p.Entities), list(p.Terms), list(p.Footnotes)
	return json.Marshal(struct {
		plain
		Start int `json:"start_char"`
		End   int `json:"end_char"`
	}{p, c.Start, c.End})
}

// MarshalJSON writes the quote with its offsets as quote_start and
// quote_end.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote // without this method
	return json.Marshal(struct {
		plain
		Start int `json:"quote_start"`
		End   int `json:"quote_end"`
	}{plain(q), q.Start, q.End})
}

// MarshalJSON writes the citation with its offsets as citation_start and
// citation_end.
func (c Citation) MarshalJSON() ([]byte, error) {
	type plain Citation // without this method
	return json.Marshal(struct {
		plain
		Start int `json:"citation_start"`
		End   int `json:"citation_end"`
	}{plain(c), c.Start, c.End})
}

// MarshalJSON writes the entity with its offsets as entity_start and
// entity_end.
func (e Entity) MarshalJSON() ([]byte, error) {
	type plain Entity // without this method
	return json.Marshal(struct {
		plain
		Start int `json:"entity_start"`
		End   int `json:"entity_end"`
	}{plain(e), e.Start, e.End})
}

// MarshalJSON writes the term with no segments as [] and its offsets as
// term_start and term_end.
func (t Term) MarshalJSON() ([]byte, error) {
	type plain Term // without this method
	p := plain(t)
	p.Segments = list(p.Segments)
	return json.Marshal(struct {
		plain
		Start int `json:"term_start"`
		End   int `json:"term_end"`
	}{p, t.Start, t.End})
}

// list is s, or an empty list for nil, which JSON writes as null.
func list[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
