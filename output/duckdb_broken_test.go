package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx"
	"github.com/parquet-go/parquet-go"
)

// naiveArticleRow declares the articles table the way parquet-go's
// documentation suggests, falling into each pitfall the row types avoid.
type naiveArticleRow struct {
	ArticleID   string     `parquet:"article_id"`
	Source      string     `parquet:"source"`
	Title       string     `parquet:"title,optional"`
	Authors     []string   `parquet:"authors"`        // no list tag: a bare repeated field
	Published   *time.Time `parquet:"published,date"` // written as truncated nanoseconds
	Status      string     `parquet:"status"`
	Error       string     `parquet:"error,optional"`
	Claims      int32      `parquet:"claims"`
	Bytes       int64      `parquet:"bytes"`
	ProcessedAt time.Time  `parquet:"processed_at"` // nanoseconds
	Version     string     `parquet:"version"`
}

func naive(r ArticleRow) naiveArticleRow {
	n := naiveArticleRow{ArticleID: r.ArticleID, Source: r.Source, Authors: r.Authors, Status: r.Status,
		Claims: r.Claims, Bytes: r.Bytes, ProcessedAt: r.ProcessedAt, Version: r.Version}
	if r.Title != nil {
		n.Title = *r.Title
	}
	if r.Error != nil {
		n.Error = *r.Error
	}
	if r.Published != nil {
		p := r.Published.Time()
		n.Published = &p
	}
	return n
}

// rewrite replaces the file at path with rows written with opts.
func rewrite[T any](t *testing.T, path string, rows []T, opts ...parquet.WriterOption) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := parquet.Write(f, rows, opts...); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

var testMetadata = []parquet.WriterOption{
	parquet.KeyValueMetadata(schemaVersionKey, SchemaVersion),
	parquet.KeyValueMetadata(versionKey, testVersion),
}

// TestDuckDBCatchesBrokenOutput shows that the check fails, naming the
// fault, on each mistake it exists to catch.
func TestDuckDBCatchesBrokenOutput(t *testing.T) {
	tests := []struct {
		name string
		// breakIt spoils the one-part dataset in out, whose rows are given,
		// or the expectation.
		breakIt func(t *testing.T, out, part string, articles []ArticleRow, claims []ClaimRow, expect map[string]any)
		want    []string
	}{
		{
			name: "naive tags",
			breakIt: func(t *testing.T, out, part string, articles []ArticleRow, _ []ClaimRow, _ map[string]any) {
				rows := make([]naiveArticleRow, len(articles))
				for i, r := range articles {
					rows[i] = naive(r)
				}
				rewrite(t, filepath.Join(out, articlesDir, part), rows, writerOptions(testVersion)...)
			},
			want: []string{
				"authors is REPEATED BYTE_ARRAY UTF8, the contract has REQUIRED group LIST",
				"processed_at is REQUIRED INT64, the contract has REQUIRED INT64 TIMESTAMP_MICROS",
				`published: DuckDB reads "3267811-04-04 (BC)", the writer meant "2023-03-07"`,
			},
		},
		{
			name: "parquet-go default encodings",
			breakIt: func(t *testing.T, out, part string, _ []ArticleRow, claims []ClaimRow, _ map[string]any) {
				rewrite(t, filepath.Join(out, claimsDir, part), claims, append(testMetadata, parquet.Compression(&parquet.Zstd))...)
			},
			want: []string{"text: ZSTD DELTA_LENGTH_BYTE_ARRAY, want ZSTD without DELTA encodings"},
		},
		{
			name: "no metadata",
			breakIt: func(t *testing.T, out, part string, articles []ArticleRow, _ []ClaimRow, _ map[string]any) {
				rewrite(t, filepath.Join(out, articlesDir, part), articles, parquet.Compression(&parquet.Zstd),
					parquet.DataPageVersion(1), parquet.DefaultEncodingFor(parquet.ByteArray, &parquet.Plain))
			},
			want: []string{"claimx.schema_version is undefined, want " + SchemaVersion, "no claimx.version"},
		},
		{
			name: "claim count",
			breakIt: func(t *testing.T, out, part string, articles []ArticleRow, _ []ClaimRow, _ map[string]any) {
				articles[0].Claims++
				rewrite(t, filepath.Join(out, articlesDir, part), articles, writerOptions(testVersion)...)
			},
			want: []string{"articles.claims differs from its claims rows"},
		},
		{
			name: "orphan claims part",
			breakIt: func(t *testing.T, out, part string, _ []ArticleRow, claims []ClaimRow, _ map[string]any) {
				rewrite(t, filepath.Join(out, claimsDir, "z"+part), claims, writerOptions(testVersion)...)
			},
			want: []string{"claims parts", "a claim_id twice"},
		},
		{
			name: "offsets not into the stored text",
			breakIt: func(t *testing.T, out, part string, articles []ArticleRow, _ []ClaimRow, _ map[string]any) {
				// As if the text were stored before its byte-order mark was removed.
				text := "\ufeff" + *articles[0].Text
				articles[0].Text = &text
				rewrite(t, filepath.Join(out, articlesDir, part), articles, writerOptions(testVersion)...)
			},
			want: []string{"a span whose text[start:end] is not what it names", `"what":"claim"`},
		},
		{
			name: "article term inside a claim",
			breakIt: func(t *testing.T, out, part string, articles []ArticleRow, claims []ClaimRow, _ map[string]any) {
				// As if a run of a claim were written as the article's too.
				articles[0].Terms = append(articles[0].Terms, claims[0].Terms[0])
				rewrite(t, filepath.Join(out, articlesDir, part), articles, writerOptions(testVersion)...)
			},
			want: []string{"an article term that a claim holds whole", `"hanzi":"网络主权"`},
		},
		{
			name: "article term not its text",
			breakIt: func(t *testing.T, out, part string, articles []ArticleRow, _ []ClaimRow, _ map[string]any) {
				articles[0].Terms[0].TermStart++
				rewrite(t, filepath.Join(out, articlesDir, part), articles, writerOptions(testVersion)...)
			},
			want: []string{"an article term whose text[start:end] is not its hanzi", `"hanzi":"数字丝绸之路"`},
		},
		{
			name: "value differs",
			breakIt: func(_ *testing.T, _, _ string, _ []ArticleRow, _ []ClaimRow, expect map[string]any) {
				claim := expect["claims"].([]any)[1].(map[string]any)
				claim["citations"].([]any)[0].(map[string]any)["date"] = "2014-06-10"
				claim["speaker"] = nil
			},
			want: []string{`citations: DuckDB reads [{"accessed":false,"citation_end":179,"citation_start":159,"date":"2014-06-09"`, `speaker: DuckDB reads "Xi Jinping", the writer meant null`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full, bare, broken := testArticles(t)
			arts := []*claimx.Article{full, bare, broken}
			out := t.TempDir()
			d, err := Open(out, Options{Version: testVersion})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if err := d.WritePart(arts, testTime); err != nil {
				t.Fatal(err)
			}
			parts, _, err := parts(out)
			if err != nil || len(parts) != 1 {
				t.Fatalf("parts %v, %v", parts, err)
			}
			articles, err := ReadArticles(out)
			if err != nil {
				t.Fatal(err)
			}
			claims, err := ReadClaims(out)
			if err != nil {
				t.Fatal(err)
			}
			expect := expectation(arts, testTime)
			tt.breakIt(t, out, parts[0], articles, claims, expect)
			code, output := runDuckcheck(t, out, expect)
			if code != 1 {
				t.Fatalf("duckcheck exited %d, want 1:\n%s", code, output)
			}
			for _, w := range tt.want {
				if !strings.Contains(output, w) {
					t.Errorf("output lacks %q:\n%s", w, output)
				}
			}
			t.Log(output)
		})
	}
}
