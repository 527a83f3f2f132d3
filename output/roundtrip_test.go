package output

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

func TestDateOf(t *testing.T) {
	beijing := time.FixedZone("CST", 8*60*60)
	newYork := time.FixedZone("EST", -5*60*60)
	tests := []struct {
		in   time.Time
		want Date
		text string
	}{
		{day(1970, time.January, 1), 0, "1970-01-01"},
		{day(1969, time.December, 31), -1, "1969-12-31"},
		{day(1949, time.October, 1), -7397, "1949-10-01"},
		{day(2014, time.June, 9), 16230, "2014-06-09"},
		// The calendar day as written, wherever the time was parsed:
		// converting to UTC first would move both of these by a day.
		{time.Date(2014, time.June, 9, 0, 30, 0, 0, beijing), 16230, "2014-06-09"},
		{time.Date(2014, time.June, 9, 23, 30, 0, 0, newYork), 16230, "2014-06-09"},
	}
	for _, tt := range tests {
		got := DateOf(tt.in)
		if got != tt.want || got.String() != tt.text {
			t.Errorf("DateOf(%v) = %d (%s), want %d (%s)", tt.in, got, got, tt.want, tt.text)
		}
		if !got.Time().Equal(day(tt.in.Year(), tt.in.Month(), tt.in.Day())) {
			t.Errorf("Date(%d).Time() = %v", got, got.Time())
		}
	}
}

// TestRows checks the mapping from the domain types to contract rows.
func TestRows(t *testing.T) {
	full, bare, broken := testArticles(t)
	claims := ClaimRows(full)
	if len(claims) != 4 {
		t.Fatalf("%d claim rows, want 4", len(claims))
	}
	r := claims[1]
	if r.ClaimID != full.ID+"-0001" || r.Sentence != 1 || r.Paragraph != 0 {
		t.Errorf("claim ids: %s sentence %d paragraph %d", r.ClaimID, r.Sentence, r.Paragraph)
	}
	if r.Published == nil || r.Published.String() != "2023-03-07" {
		t.Errorf("published = %v, want 2023-03-07", r.Published)
	}
	if r.Section == nil || *r.Section != "Summary" || r.Speaker == nil || *r.Speaker != "Xi Jinping" || r.Cue == nil || *r.Cue != "stated" {
		t.Errorf("section, speaker, cue = %v %v %v", r.Section, r.Speaker, r.Cue)
	}
	if d := r.Citations[0].Date; d == nil || *d != 16230 {
		t.Errorf("citation date = %v, want day 16230 (2014-06-09)", d)
	}
	if h := r.Entities[0].Hanzi; h == nil || *h != "习近平" {
		t.Errorf("entity hanzi = %v", h)
	}
	if got := claims[2].Footnotes; !reflect.DeepEqual(got, []int32{2, 3}) {
		t.Errorf("footnotes = %v", got)
	}

	b := ClaimRows(bare)
	if b[0].Published != nil || b[0].Section != nil || b[0].Speaker != nil || b[0].Cue != nil {
		t.Errorf("unknown values must be NULL: %+v", b[0])
	}
	if b[1].Citations[0].Date != nil {
		t.Errorf("unknown citation date = %v, want NULL", *b[1].Citations[0].Date)
	}
	if b[0].Quotes == nil || b[0].Citations == nil || b[0].Entities == nil || b[0].Terms == nil || b[0].Footnotes == nil {
		t.Errorf("empty lists must be empty, not nil: %+v", b[0])
	}

	if rows := ClaimRows(broken); len(rows) != 0 {
		t.Errorf("an article with an error has %d claim rows", len(rows))
	}
	a := ArticleRowOf(broken, 0, testTime, "v9")
	if a.Status != StatusError || a.Error == nil || *a.Error != broken.Err.Error() || a.Bytes != 3 || a.Claims != 0 {
		t.Errorf("error article row = %+v", a)
	}
	if want := time.Date(2024, time.May, 1, 12, 15, 0, 123456000, time.UTC); a.ProcessedAt != want {
		t.Errorf("processed_at = %v, want %v (UTC, microseconds)", a.ProcessedAt, want)
	}
	a = ArticleRowOf(full, 4, testTime, "v9")
	if a.Status != StatusOK || a.Error != nil || a.Title == nil || a.Version != "v9" {
		t.Errorf("ok article row = %+v", a)
	}
	if a.Text == nil || *a.Text != full.Text || a.URL == nil || *a.URL != full.URL || a.Language == nil || *a.Language != "en" {
		t.Errorf("text, url, language = %v %v %v", a.Text, a.URL, a.Language)
	}
	if want := int32(len(strings.Fields(full.Text))); a.Words != want || want < 40 {
		t.Errorf("words = %d, want %d", a.Words, want)
	}
	for _, text := range []string{"", "  ", "one", " two  words\n", "網絡\u3000主權 and\u00a0more\t"} {
		if got, want := words(text), len(strings.Fields(text)); got != want {
			t.Errorf("words(%q) = %d, want %d as strings.Fields", text, got, want)
		}
	}
	if b := ArticleRowOf(bare, 2, testTime, "v9"); b.URL != nil || b.Language != nil {
		t.Errorf("unknown url and language must be NULL: %+v", b)
	}
}

// TestRoundTrip writes a dataset and reads it back through parquet-go.
func TestRoundTrip(t *testing.T) {
	full, bare, broken := testArticles(t)
	arts := []*claimx.Article{full, bare, broken}
	dir := t.TempDir()
	d, err := Open(dir, Options{Version: testVersion})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WritePart(arts, testTime); err != nil {
		t.Fatal(err)
	}

	defer d.Close()

	var wantClaims []ClaimRow
	var wantArticles, wantErrors []ArticleRow
	for _, a := range arts {
		rows := ClaimRows(a)
		wantClaims = append(wantClaims, rows...)
		if a.Err != nil {
			wantErrors = append(wantErrors, ArticleRowOf(a, len(rows), testTime, testVersion))
		} else {
			wantArticles = append(wantArticles, ArticleRowOf(a, len(rows), testTime, testVersion))
		}
	}
	gotClaims, err := ReadClaims(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotClaims, wantClaims) {
		t.Errorf("claims read back differ:\ngot  %+v\nwant %+v", gotClaims, wantClaims)
	}
	gotArticles, err := ReadArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	compareArticleRows(t, gotArticles, wantArticles)
	gotErrors, err := ReadErrors(dir)
	if err != nil {
		t.Fatal(err)
	}
	compareArticleRows(t, gotErrors, wantErrors)
}

func compareArticleRows(t *testing.T, got, want []ArticleRow) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d rows read back, want %d", len(got), len(want))
	}
	for i, g := range got {
		w := want[i]
		// A timestamp comes back as the same instant, maybe with another
		// *time.Location value for UTC, which DeepEqual would tell apart.
		if !g.ProcessedAt.Equal(w.ProcessedAt) {
			t.Errorf("article %s processed_at = %v, want %v", w.ArticleID, g.ProcessedAt, w.ProcessedAt)
		}
		g.ProcessedAt = w.ProcessedAt
		if !reflect.DeepEqual(g, w) {
			t.Errorf("row read back differs:\ngot  %+v\nwant %+v", g, w)
		}
	}
}

// BenchmarkWritePart writes a part of 100 articles of 4 claims each.
func BenchmarkWritePart(b *testing.B) {
	full, _, _ := testArticles(b)
	arts := make([]*claimx.Article, 100)
	for i := range arts {
		a := *full
		a.ID = fmt.Sprintf("%016x", i)
		arts[i] = &a
	}
	for b.Loop() {
		d, err := Open(b.TempDir(), Options{Version: testVersion})
		if err != nil {
			b.Fatal(err)
		}
		if err := d.WritePart(arts, testTime); err != nil {
			b.Fatal(err)
		}
	}
}

// TestUnsupportedRowKeepsText: an article read whole but not tagged (not
// English) keeps its text in its articles row, as the schema says every
// articles row does; a failed attempt's row in errors has none.
func TestUnsupportedRowKeepsText(t *testing.T) {
	text := "港口今天重新开放。"
	refused := ArticleRowOf(&claimx.Article{ID: "a1", Source: "zh.txt", Text: text,
		Err: fmt.Errorf("zh.txt: %w language \"zh\"", claimx.ErrUnsupported)}, 0, time.Now(), "test")
	if refused.Status != StatusUnsupported || refused.Text == nil || *refused.Text != text || refused.Error == nil {
		t.Errorf("unsupported row: status %q, text %v, error %v", refused.Status, refused.Text, refused.Error)
	}
	failed := ArticleRowOf(&claimx.Article{ID: "a2", Source: "bad.txt", Text: text, Err: errors.New("bad.txt: timed out")}, 0, time.Now(), "test")
	if failed.Status != StatusError || failed.Text != nil {
		t.Errorf("failed row: status %q, text %v", failed.Status, failed.Text)
	}
}
