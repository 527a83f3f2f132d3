// Package output writes claimx results as a Parquet (or JSON Lines) dataset
// laid out and typed as the README's output schema (version 4) says, and
// reads it back.
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
	"iter"
	"time"
	"unicode"

	"github.com/claimx/claimx"
)

// SchemaVersion is the version of the output contract these row types
// implement, stored in every file's key-value metadata.
const SchemaVersion = "4"

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

// MarshalJSON writes the day as "2006-01-02", as JSON Lines output holds it.
func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// UnmarshalJSON reads a day written by MarshalJSON.
func (d *Date) UnmarshalJSON(b []byte) error {
	t, err := time.Parse(`"`+time.DateOnly+`"`, string(b))
	if err != nil {
		return fmt.Errorf("a date as 2006-01-02: %w", err)
	}
	*d = DateOf(t)
	return nil
}

// ClaimRow is one row of OUT/claims: a claim and everything found in it.
// The json tags, the names of JSON Lines output, are the parquet names.
type ClaimRow struct {
	ArticleID string  `parquet:"article_id" json:"article_id"`
	ClaimID   string  `parquet:"claim_id" json:"claim_id"`
	Published *Date   `parquet:"published,date" json:"published"`
	Section   *string `parquet:"section" json:"section"`
	Paragraph int32   `parquet:"paragraph" json:"paragraph"`
	Sentence  int32   `parquet:"sentence" json:"sentence"`
	Text      string  `parquet:"text" json:"text"`
	StartChar int32   `parquet:"start_char" json:"start_char"`
	EndChar   int32   `parquet:"end_char" json:"end_char"`
	Kind      string  `parquet:"kind" json:"kind"`
	Speaker   *string `parquet:"speaker" json:"speaker"`
	SpeakerID *string `parquet:"speaker_id" json:"speaker_id"`
	Cue       *string `parquet:"cue" json:"cue"`
	// SpeakerMention holds the words for a speaker the text does not name.
	SpeakerMention *string    `parquet:"speaker_mention" json:"speaker_mention"`
	Quotes         []Quote    `parquet:"quotes,list" json:"quotes"`
	Citations      []Citation `parquet:"citations,list" json:"citations"`
	Entities       []Entity   `parquet:"entities,list" json:"entities"`
	Terms          []Term     `parquet:"terms,list" json:"terms"`
	Footnotes      []int32    `parquet:"footnotes,list" json:"footnotes"`
}

// Quote is an element of the claims.quotes column.
type Quote struct {
	Text           string  `parquet:"text" json:"text"`
	QuoteStart     int32   `parquet:"quote_start" json:"quote_start"`
	QuoteEnd       int32   `parquet:"quote_end" json:"quote_end"`
	Speaker        *string `parquet:"speaker" json:"speaker"`
	SpeakerID      *string `parquet:"speaker_id" json:"speaker_id"`
	SpeakerMention *string `parquet:"speaker_mention" json:"speaker_mention"`
	Cue            *string `parquet:"cue" json:"cue"`
}

// Citation is an element of the claims.citations column.
type Citation struct {
	Source        string  `parquet:"source" json:"source"`
	SourceID      *string `parquet:"source_id" json:"source_id"`
	Date          *Date   `parquet:"date,date" json:"date"`
	Precision     string  `parquet:"precision" json:"precision"`
	YearInferred  bool    `parquet:"year_inferred" json:"year_inferred"`
	Accessed      bool    `parquet:"accessed" json:"accessed"`
	Raw           string  `parquet:"raw" json:"raw"`
	CitationStart int32   `parquet:"citation_start" json:"citation_start"`
	CitationEnd   int32   `parquet:"citation_end" json:"citation_end"`
}

// Entity is an element of the claims.entities column.
type Entity struct {
	ID          *string `parquet:"id" json:"id"`
	Name        string  `parquet:"name" json:"name"`
	Mention     string  `parquet:"mention" json:"mention"`
	Type        string  `parquet:"type" json:"type"`
	Hanzi       *string `parquet:"hanzi" json:"hanzi"`
	EntityStart int32   `parquet:"entity_start" json:"entity_start"`
	EntityEnd   int32   `parquet:"entity_end" json:"entity_end"`
}

// Term is an element of the claims.terms and articles.terms columns.
type Term struct {
	Hanzi    string   `parquet:"hanzi" json:"hanzi"`
	Segments []string `parquet:"segments,list" json:"segments"`
	Pinyin   string   `parquet:"pinyin" json:"pinyin"`
	// PinyinTones is Pinyin with tone marks.
	PinyinTones string  `parquet:"pinyin_tones" json:"pinyin_tones"`
	Gloss       *string `parquet:"gloss" json:"gloss"`
	TermStart   int32   `parquet:"term_start" json:"term_start"`
	TermEnd     int32   `parquet:"term_end" json:"term_end"`
}

// ArticleRow is one row of OUT/articles, an article the dataset holds, or
// of OUT/errors, an attempt that failed. Text comes last: it is by far the
// widest column, and a SELECT * reads best with it out of the way.
type ArticleRow struct {
	ArticleID   string    `parquet:"article_id" json:"article_id"`
	Source      string    `parquet:"source" json:"source"`
	URL         *string   `parquet:"url" json:"url"`
	Title       *string   `parquet:"title" json:"title"`
	Authors     []string  `parquet:"authors,list" json:"authors"`
	Published   *Date     `parquet:"published,date" json:"published"`
	Language    *string   `parquet:"language" json:"language"`
	Words       int32     `parquet:"words" json:"words"`
	Status      string    `parquet:"status" json:"status"`
	Error       *string   `parquet:"error" json:"error"`
	Claims      int32     `parquet:"claims" json:"claims"`
	Bytes       int64     `parquet:"bytes" json:"bytes"`
	ProcessedAt time.Time `parquet:"processed_at,timestamp(microsecond:utc)" json:"processed_at"`
	Version     string    `parquet:"version" json:"version"`
	// Terms are the runs of Chinese that no claim holds whole (Article.Terms).
	Terms []Term  `parquet:"terms,list" json:"terms"`
	Text  *string `parquet:"text" json:"text"`
}

// ClaimRows returns the claims-table rows of a: one per claim, none when
// the article could not be processed.
func ClaimRows(a *claimx.Article) []ClaimRow {
	claims := rowClaims(a)
	return appendClaimRows(make([]ClaimRow, 0, len(claims)), a, claims)
}

// rowClaims returns the claims of a that have rows: none when the article
// could not be processed.
func rowClaims(a *claimx.Article) []claimx.Claim {
	if a.Err != nil {
		return nil
	}
	return a.Claims
}

// appendClaimRows appends to rows the rows of claims, which are a's.
func appendClaimRows(rows []ClaimRow, a *claimx.Article, claims []claimx.Claim) []ClaimRow {
	for i := range claims {
		c := &claims[i]
		rows = append(rows, ClaimRow{
			ArticleID:      a.ID,
			ClaimID:        ClaimID(a.ID, c.Index),
			Published:      nullDate(a.Published),
			Section:        nullString(c.Section),
			Paragraph:      int32(c.Paragraph),
			Sentence:       int32(c.Index),
			Text:           c.Text,
			StartChar:      int32(c.Start),
			EndChar:        int32(c.End),
			Kind:           string(c.Kind),
			Speaker:        nullString(c.Speaker),
			SpeakerID:      nullString(c.SpeakerID),
			Cue:            nullString(c.Cue),
			SpeakerMention: nullString(c.SpeakerMention),
			Quotes:         convert(c.Quotes, quoteOf),
			Citations:      convert(c.Citations, citationOf),
			Entities:       convert(c.Entities, entityOf),
			Terms:          convert(c.Terms, termOf),
			Footnotes:      convert(c.Footnotes, func(n int) int32 { return int32(n) }),
		})
	}
	return rows
}

// claimRowChunk is how many claims rows a part's encoder converts and
// writes at a time: a part's rows are never all built at once, nor a long
// article's (the rows of 35,000 claims took 17 MB beside the claims).
const claimRowChunk = 1024

// claimRowChunks yields the claims-table rows of arts, claimRowChunk at a
// time, in one buffer that each chunk overwrites: the writer has copied a
// chunk's values before it asks for the next.
func claimRowChunks(arts []*claimx.Article) iter.Seq[[]ClaimRow] {
	return func(yield func([]ClaimRow) bool) {
		buf := make([]ClaimRow, 0, claimRowChunk)
		for _, a := range arts {
			claims := rowClaims(a)
			for from := 0; from < len(claims); from += claimRowChunk {
				buf = appendClaimRows(buf[:0], a, claims[from:min(from+claimRowChunk, len(claims))])
				if !yield(buf) {
					return
				}
			}
		}
	}
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
		URL:       nullString(a.URL),
		Title:     nullString(a.Title),
		Authors:   list(a.Authors),
		Published: nullDate(a.Published),
		Language:  nullString(a.Language),
		Words:     int32(words(a.Text)),
		Text:      nullString(a.Text),
		Terms:     convert(a.Terms, termOf),
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
		row.Status, row.Error, row.Terms = StatusError, &text, []Term{}
		if errors.Is(a.Err, claimx.ErrUnsupported) {
			// Read whole but not tagged: its text is kept, as every
			// articles row's is, for a reader to see what it was.
			row.Status = StatusUnsupported
		} else {
			// A failed attempt has no offsets to index its text, and is
			// most often a failure on a huge article: its text stays out.
			row.Text = nil
		}
	}
	return row
}

func quoteOf(q claimx.Quote) Quote {
	return Quote{Text: q.Text, QuoteStart: int32(q.Start), QuoteEnd: int32(q.End),
		Speaker: nullString(q.Speaker), SpeakerID: nullString(q.SpeakerID), SpeakerMention: nullString(q.SpeakerMention), Cue: nullString(q.Cue)}
}

func citationOf(c claimx.Citation) Citation {
	return Citation{
		Source:        c.Source,
		SourceID:      nullString(c.SourceID),
		Date:          nullDate(c.Date),
		Precision:     string(c.Precision),
		YearInferred:  c.YearInferred,
		Accessed:      c.Accessed,
		Raw:           c.Raw,
		CitationStart: int32(c.Start),
		CitationEnd:   int32(c.End),
	}
}

func entityOf(e claimx.Entity) Entity {
	return Entity{
		ID:          nullString(e.ID),
		Name:        e.Name,
		Mention:     e.Mention,
		Type:        string(e.Type),
		Hanzi:       nullString(e.Hanzi),
		EntityStart: int32(e.Start),
		EntityEnd:   int32(e.End),
	}
}

func termOf(t claimx.Term) Term {
	return Term{
		Hanzi:       t.Hanzi,
		Segments:    list(t.Segments),
		Pinyin:      t.Pinyin,
		PinyinTones: t.PinyinTones,
		Gloss:       nullString(t.Gloss),
		TermStart:   int32(t.Start),
		TermEnd:     int32(t.End),
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

// words counts the white-space separated words of s, as strings.Fields
// does, without building them: an article of 50 MB holds millions.
func words(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

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
