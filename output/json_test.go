package output

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// A claim marshals to JSON under its Parquet column names, and so does
// each element of its lists: claim rows lack only the article's columns.
func TestJSONNamesAreParquetNames(t *testing.T) {
	span := claimx.Span{Start: 1, End: 2}
	c := claimx.Claim{Text: "x", Span: span, Kind: claimx.Reported,
		Quotes:    []claimx.Quote{{Text: "q", Span: span}},
		Citations: []claimx.Citation{{Source: "s", Date: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Precision: claimx.Day, Span: span}},
		Entities:  []claimx.Entity{{Name: "n", Type: claimx.Person, Span: span}},
		Terms:     []claimx.Term{{Hanzi: "中", Segments: []string{"中"}, Span: span}},
		Footnotes: []int{1},
	}
	var got map[string]any
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	want := slices.DeleteFunc(parquetNames(ClaimRow{}), func(n string) bool {
		return n == "article_id" || n == "claim_id" || n == "published"
	})
	if k := keys(got); !slices.Equal(k, want) {
		t.Errorf("claim keys %v, want %v", k, want)
	}
	for list, row := range map[string]any{"quotes": Quote{}, "citations": Citation{}, "entities": Entity{}, "terms": Term{}} {
		elem := got[list].([]any)[0].(map[string]any)
		if k, want := keys(elem), parquetNames(row); !slices.Equal(k, want) {
			t.Errorf("%s element keys %v, want %v", list, k, want)
		}
	}
}

// Empty lists are [] as in Parquet, never null; an article's error is its
// text.
func TestJSONEmptyListsAndError(t *testing.T) {
	a := claimx.Article{ID: "abc", Claims: []claimx.Claim{{Terms: []claimx.Term{{Hanzi: "中"}}}}, Err: errors.New("too long")}
	raw, err := json.Marshal(&a)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for _, want := range []string{`"article_id":"abc"`, `"authors":[]`, `"paragraphs":[]`, `"quotes":[]`, `"footnotes":[]`, `"segments":[]`, `"error":"too long"`} {
		if !strings.Contains(s, want) {
			t.Errorf("%s lacks %s", s, want)
		}
	}
	if strings.Contains(s, "null") || strings.Contains(s, "published") || strings.Contains(s, "Raw") {
		t.Errorf("%s has null, a zero date or the raw bytes", s)
	}
}

// parquetNames lists the parquet column names of a row type, sorted.
func parquetNames(row any) []string {
	var names []string
	rt := reflect.TypeOf(row)
	for i := range rt.NumField() {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("parquet"), ",")
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

func keys(m map[string]any) []string {
	k := make([]string, 0, len(m))
	for n := range m {
		k = append(k, n)
	}
	slices.Sort(k)
	return k
}
