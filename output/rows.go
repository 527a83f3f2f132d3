// Package output writes claimx results as a Parquet dataset laid out and typed
// as the output contract (schema version 1) says, and reads it back.
//
// The row types below are the contract: their parquet tags decide every
// column name, type and nullability that data scientists query. Nullable
// columns are pointers, because parquet-go's `optional` tag on a plain value
// would turn legitimate zero values ("" or 0) into NULL. Every slice carries
// the `list` tag so that it becomes a standard three-level LIST, which
// parquet-go writes as [] (never NULL) when the slice is empty.
package output

import (
	"errors"
	"fmt"
	"time"

	"github.com/claimx/claimx"
)

// SchemaVersion is the version of the output contract these row types
// implement, stored in every file's key-value metadata.
const SchemaVersion = "2"

// Article statuses.
const (
	StatusOK    = "ok"
	StatusError = "error"
	// StatusUnsupported is an article read but not tagged: its language
	// is not one the taggers handle. Its error says which.
	StatusUnsupported = "unsupported"
)

// Date is a calendar day counted from 1970-01-01, the physical value of a
// Parquet DATE. It exists because parquet-go v0.32 writes a time.Time tagged
// `date` as truncated nanoseconds, which every other reader decodes as a
// nonsense date; a named int32 is written as the plain day count.
type Date int32

const secondsPerDay = 24 * 60 * 60

// DateOf is the calendar day t shows in its own location.
func DateOf(t time.Time) Date {
	midnight := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	// Midnight UTC is an exact multiple of a day, so the division is exact
	// for days before 1970 too.
	return Date(midnight.Unix() / secondsPerDay)
}

// Time is midnight UTC of the day.
func (d Date) Time() time.Time { return time.Unix(int64(d)*secondsPerDay, 0).UTC() }

// String formats the day as 2006-01-02, as SQL engines print a DATE.
func (d Date) String() string { return d.Time().Format(time.DateOnly) }

// ClaimRow is one row of OUT/claims: a claim and everything found in it.
type ClaimRow struct {
	ArticleID string  `parquet:"article_id"`
	ClaimID   string  `parquet:"claim_id"`
	Published *Date   `parquet:"published,date"`
	Section   *string `parquet:"section"`
	Paragraph int32   `parquet:"paragraph"`
	Sentence  int32   `parquet:"sentence"`
	Text      string  `parquet:"text"`
	Start     int32   `parquet:"start"`
	End       int32   `parquet:"end"`
	Kind      string  `parquet:"kind"`
	Speaker   *string `parquet:"speaker"`
	Cue       *string `parquet:"cue"`
	// SpeakerMention holds the words for a speaker the text does not name.
	SpeakerMention *string    `parquet:"speaker_mention"`
	Quotes         []Quote    `parquet:"quotes,list"`
	Citations      []Citation `parquet:"citations,list"`
	Entities       []Entity   `parquet:"entities,list"`
	Terms          []Term     `parquet:"terms,list"`
	Footnotes      []int32    `parquet:"footnotes,list"`
}

// Quote is an element of the claims.quotes column.
type Quote struct {
	Text           string  `parquet:"text"`
	Start          int32   `parquet:"start"`
	End            int32   `parquet:"end"`
	Speaker        *string `parquet:"speaker"`
	SpeakerMention *string `parquet:"speaker_mention"`
	Cue            *string `parquet:"cue"`
}

// Citation is an element of the claims.citations column.
type Citation struct {
	Source       string `parquet:"source"`
	Date         *Date  `parquet:"date,date"`
	Precision    string `parquet:"precision"`
	YearInferred bool   `parquet:"year_inferred"`
	Accessed     bool   `parquet:"accessed"`
	Raw          string `parquet:"raw"`
	Start        int32  `parquet:"start"`
	End          int32  `parquet:"end"`
}

// Entity is an element of the claims.entities column.
type Entity struct {
	Name    string  `parquet:"name"`
	Mention string  `parquet:"mention"`
	Type    string  `parquet:"type"`
	Hanzi   *string `parquet:"hanzi"`
	Start   int32   `parquet:"start"`
	End     int32   `parquet:"end"`
}

// Term is an element of the claims.terms column.
type Term struct {
	Hanzi    string   `parquet:"hanzi"`
	Segments []string `parquet:"segments,list"`
	Pinyin   string   `parquet:"pinyin"`
	Gloss    *string  `parquet:"gloss"`
	Start    int32    `parquet:"start"`
	End      int32    `parquet:"end"`
}

// ArticleRow is one row of OUT/articles: an article a run saw, whether or
// not it could be processed.
type ArticleRow struct {
	ArticleID   string    `parquet:"article_id"`
	Source      string    `parquet:"source"`
	Title       *string   `parquet:"title"`
	Authors     []string  `parquet:"authors,list"`
	Published   *Date     `parquet:"published,date"`
	Status      string    `parquet:"status"`
	Error       *string   `parquet:"error"`
	Claims      int32     `parquet:"claims"`
	Bytes       int64     `parquet:"bytes"`
	ProcessedAt time.Time `parquet:"processed_at,timestamp(microsecond:utc)"`
	Version     string    `parquet:"version"`
}

// ClaimRows returns the claims-table rows of a: one per claim, none when
// the article could not be processed.
func ClaimRows(a *claimx.Article) []ClaimRow {
	if a.Err != nil {
		return nil
	}
	rows := make([]ClaimRow, len(a.Claims))
	for i := range a.Claims {
		c := &a.Claims[i]
		rows[i] = ClaimRow{
			ArticleID:      a.ID,
			ClaimID:        ClaimID(a.ID, c.Index),
			Published:      nullDate(a.Published),
			Section:        nullString(c.Section),
			Paragraph:      int32(c.Paragraph),
			Sentence:       int32(c.Index),
			Text:           c.Text,
			Start:          int32(c.Start),
			End:            int32(c.End),
			Kind:           string(c.Kind),
			Speaker:        nullString(c.Speaker),
			Cue:            nullString(c.Cue),
			SpeakerMention: nullString(c.SpeakerMention),
			Quotes:         convert(c.Quotes, quoteOf),
			Citations:      convert(c.Citations, citationOf),
			Entities:       convert(c.Entities, entityOf),
			Terms:          convert(c.Terms, termOf),
			Footnotes:      convert(c.Footnotes, func(n int) int32 { return int32(n) }),
		}
	}
	return rows
}

// ClaimID returns the claim_id of sentence index of an article.
func ClaimID(articleID string, index int) string {
	return fmt.Sprintf("%s-%04d", articleID, index)
}

// ArticleRowOf returns the articles-table row of a, for which claims rows
// were written, processed at processedAt by claimx build version.
func ArticleRowOf(a *claimx.Article, claims int, processedAt time.Time, version string) ArticleRow {
	row := ArticleRow{
		ArticleID: a.ID,
		Source:    a.Source,
		Title:     nullString(a.Title),
		Authors:   list(a.Authors),
		Published: nullDate(a.Published),
		Status:    StatusOK,
		Claims:    int32(claims),
		Bytes:     int64(len(a.Raw)),
		// The column holds microseconds; truncating here makes what a
		// caller keeps equal to what a reader gets back.
		ProcessedAt: processedAt.UTC().Truncate(time.Microsecond),
		Version:     version,
	}
	if a.Err != nil {
		text := a.Err.Error()
		row.Status, row.Error = StatusError, &text
		if errors.Is(a.Err, claimx.ErrUnsupported) {
			row.Status = StatusUnsupported
		}
	}
	return row
}

func quoteOf(q claimx.Quote) Quote {
	return Quote{Text: q.Text, Start: int32(q.Start), End: int32(q.End),
		Speaker: nullString(q.Speaker), SpeakerMention: nullString(q.SpeakerMention), Cue: nullString(q.Cue)}
}

func citationOf(c claimx.Citation) Citation {
	return Citation{
		Source:       c.Source,
		Date:         nullDate(c.Date),
		Precision:    string(c.Precision),
		YearInferred: c.YearInferred,
		Accessed:     c.Accessed,
		Raw:          c.Raw,
		Start:        int32(c.Start),
		End:          int32(c.End),
	}
}

func entityOf(e claimx.Entity) Entity {
	return Entity{
		Name:    e.Name,
		Mention: e.Mention,
		Type:    string(e.Type),
		Hanzi:   nullString(e.Hanzi),
		Start:   int32(e.Start),
		End:     int32(e.End),
	}
}

func termOf(t claimx.Term) Term {
	return Term{
		Hanzi:    t.Hanzi,
		Segments: list(t.Segments),
		Pinyin:   t.Pinyin,
		Gloss:    nullString(t.Gloss),
		Start:    int32(t.Start),
		End:      int32(t.End),
	}
}

// convert maps a slice element by element. Like list, it returns an empty,
// non-nil slice for an empty input, so that rows built here compare equal to
// rows read back, which hold [] for an empty list.
func convert[S, D any](src []S, f func(S) D) []D {
	dst := make([]D, len(src))
	for i, s := range src {
		dst[i] = f(s)
	}
	return dst
}

// list is a copy of s, empty but not nil when s is.
func list[T any](s []T) []T { return append(make([]T, 0, len(s)), s...) }

// nullString is NULL for "", which the domain types use for "none".
func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nullDate is NULL for the zero time, which the domain types use for
// "unknown".
func nullDate(t time.Time) *Date {
	if t.IsZero() {
		return nil
	}
	d := DateOf(t)
	return &d
}
