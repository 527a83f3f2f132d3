package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// The DuckDB tests run duckcheck/check.mjs, an independent reader: parquet-go
// reads back its own mistakes (dates, bare repeated fields) without a word.

// runDuckcheck runs the check on out with the expectation for arts and
// returns its exit code and output. Without node or the npm package it
// skips, except under CI, where a missing DuckDB must not pass unnoticed.
func runDuckcheck(t *testing.T, out string, expect map[string]any) (int, string) {
	t.Helper()
	prefix := os.Getenv("CLAIMX_DUCKDB_PREFIX")
	if prefix == "" {
		prefix = filepath.Join("..", ".tools", "duckdb")
	}
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(prefix, "node_modules", "@duckdb", "node-api", "package.json"))
	}
	if err != nil {
		msg := "the DuckDB check needs node and @duckdb/node-api under " + prefix +
			" (copy output/duckcheck/package*.json there and run npm ci --prefix " + prefix + "): " + err.Error()
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	data, err := json.Marshal(expect)
	if err != nil {
		t.Fatal(err)
	}
	expectPath := filepath.Join(t.TempDir(), "expect.json")
	if err := os.WriteFile(expectPath, data, 0o666); err != nil {
		t.Fatal(err)
	}
	output, err := exec.Command(node, filepath.Join("duckcheck", "check.mjs"), out, expectPath).CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), string(output)
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, string(output)
}

// expectation is every row of arts as the contract says DuckDB must read
// it, derived from the domain types and not from the row types under test.
func expectation(arts []*claimx.Article, processedAt time.Time) map[string]any {
	claims := []any{}
	articles := []any{}
	failures := []any{}
	for _, a := range arts {
		n := 0
		for _, c := range a.Claims {
			if a.Err != nil {
				break
			}
			n++
			claims = append(claims, map[string]any{
				"article_id": a.ID, "claim_id": fmt.Sprintf("%s-%04d", a.ID, c.Index), "published": jsonDate(a.Published),
				"section": jsonString(c.Section), "paragraph": c.Paragraph, "sentence": c.Index, "text": c.Text,
				"start_char": c.Start, "end_char": c.End, "kind": c.Kind, "speaker": jsonString(c.Speaker), "speaker_id": jsonString(c.SpeakerID), "cue": jsonString(c.Cue),
				"speaker_mention": jsonString(c.SpeakerMention),
				"quotes": jsonList(c.Quotes, func(q claimx.Quote) any {
					return map[string]any{"text": q.Text, "quote_start": q.Start, "quote_end": q.End,
						"speaker": jsonString(q.Speaker), "speaker_id": jsonString(q.SpeakerID), "speaker_mention": jsonString(q.SpeakerMention), "cue": jsonString(q.Cue)}
				}),
				"citations": jsonList(c.Citations, func(x claimx.Citation) any {
					return map[string]any{"source": x.Source, "source_id": jsonString(x.SourceID), "date": jsonDate(x.Date), "precision": x.Precision,
						"year_inferred": x.YearInferred, "accessed": x.Accessed, "raw": x.Raw,
						"citation_start": x.Start, "citation_end": x.End}
				}),
				"entities": jsonList(c.Entities, func(e claimx.Entity) any {
					return map[string]any{"id": jsonString(e.ID), "name": e.Name, "mention": e.Mention, "type": e.Type,
						"hanzi": jsonString(e.Hanzi), "entity_start": e.Start, "entity_end": e.End}
				}),
				"terms":     jsonList(c.Terms, jsonTerm),
				"footnotes": jsonList(c.Footnotes, func(f int) any { return f }),
			})
		}
		status, errText := "ok", any(nil)
		if a.Err != nil {
			status, errText = "error", a.Err.Error()
		}
		row := map[string]any{
			"article_id": a.ID, "source": a.Source, "url": jsonString(a.URL), "title": jsonString(a.Title),
			"authors": jsonList(a.Authors, func(s string) any { return s }), "published": jsonDate(a.Published),
			"language": jsonString(a.Language), "words": len(strings.Fields(a.Text)),
			"status": status, "error": errText, "claims": n, "bytes": len(a.Raw),
			"processed_at": processedAt.UnixMicro(), "version": testVersion, "text": jsonString(a.Text),
			"terms": jsonList(a.Terms, jsonTerm),
		}
		if a.Err != nil {
			row["text"], row["terms"] = nil, []any{}
			failures = append(failures, row)
		} else {
			articles = append(articles, row)
		}
	}
	return map[string]any{"version": testVersion, "claims": claims, "articles": articles, "errors": failures}
}

// jsonTerm is an element of claims.terms or articles.terms.
func jsonTerm(x claimx.Term) any {
	return map[string]any{"hanzi": x.Hanzi, "segments": jsonList(x.Segments, func(s string) any { return s }),
		"pinyin": x.Pinyin, "pinyin_tones": x.PinyinTones, "gloss": jsonString(x.Gloss), "term_start": x.Start, "term_end": x.End}
}

func jsonDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.DateOnly)
}

func jsonString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// jsonList is never nil: the contract's lists read as [], not NULL.
func jsonList[T any](s []T, f func(T) any) []any {
	out := []any{}
	for _, x := range s {
		out = append(out, f(x))
	}
	return out
}

// TestDuckDB writes the test corpus as two parts and has DuckDB check
// every type and value.
func TestDuckDB(t *testing.T) {
	full, bare, broken := testArticles(t)
	out := t.TempDir()
	d, err := Open(out, Options{Version: testVersion})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.WritePart([]*claimx.Article{full, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	if err := d.WritePart([]*claimx.Article{bare}, testTime); err != nil {
		t.Fatal(err)
	}
	code, output := runDuckcheck(t, out, expectation([]*claimx.Article{full, broken, bare}, testTime))
	if code != 0 {
		t.Fatalf("duckcheck exited %d:\n%s", code, output)
	}
	t.Log(output)
}
