package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimx/claimx"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

func openTest(t *testing.T, dir string) *Dataset {
	t.Helper()
	d, err := Open(dir, Options{Version: testVersion})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func ls(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestOpenCleansUp simulates what a crashed run leaves: its temporary
// folder, and a part whose claims and errors files were committed but not
// its articles file.
func TestOpenCleansUp(t *testing.T) {
	full, bare, broken := testArticles(t)
	out := t.TempDir()
	d := openTest(t, out)
	if err := d.WritePart([]*claimx.Article{full, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	complete := ls(t, filepath.Join(out, articlesDir))

	// The crash: bare's claims and errors files are in place, its
	// articles file is not, and the writer's temporary folder is left.
	orphan, err := d.nextName()
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Version: testVersion, Format: Parquet}
	if err := writeFile(filepath.Join(out, claimsDir, orphan), ClaimRows(bare), opts); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(filepath.Join(out, errorsDir, orphan), []ArticleRow{}, opts); err != nil {
		t.Fatal(err)
	}
	dead := filepath.Join(out, controlDir, tempDir, "wdead")
	if err := os.MkdirAll(dead, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dead, "articles-x.tmp"), []byte("PAR1 half written"), 0o666); err != nil {
		t.Fatal(err)
	}
	// A folder a live writer is making, not yet locked, stays; one its
	// writer died making, long ago, goes.
	pending := map[string]time.Time{".wnew": time.Now(), ".wold": time.Now().Add(-2 * pendingAge)}
	for name, made := range pending {
		dir := filepath.Join(out, controlDir, tempDir, name)
		if err := os.MkdirAll(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(dir, made, made); err != nil {
			t.Fatal(err)
		}
	}
	// A hidden file that is not ours stays.
	if err := os.WriteFile(filepath.Join(out, claimsDir, ".keep"), nil, 0o666); err != nil {
		t.Fatal(err)
	}
	// Readers already skip the orphan before any reopen.
	claims, err := ReadClaims(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != len(full.Claims) {
		t.Errorf("ReadClaims with an orphan part: %d rows, want %d", len(claims), len(full.Claims))
	}

	live := filepath.Base(d.temp.dir) // its writer lives: its folder stays
	d = openTest(t, out)
	if got, want := ls(t, filepath.Join(out, claimsDir)), append([]string{".keep"}, complete...); !slices.Equal(got, want) {
		t.Errorf("claims after Open = %v, want %v", got, want)
	}
	for _, table := range []string{articlesDir, errorsDir} {
		if got := ls(t, filepath.Join(out, table)); !slices.Equal(got, complete) {
			t.Errorf("%s after Open = %v, want %v", table, got, complete)
		}
	}
	temps := ls(t, filepath.Join(out, controlDir, tempDir))
	if slices.Contains(temps, "wdead") || !slices.Contains(temps, live) {
		t.Errorf("temporary folders after Open = %v, want the live writer's %s and not the dead one's", temps, live)
	}
	for name, want := range map[string]bool{".wnew": true, ".wold": false} {
		_, err := os.Stat(filepath.Join(out, controlDir, tempDir, name))
		if got := err == nil; got != want {
			t.Errorf("pending folder %s kept: %v, want %v", name, got, want)
		}
	}
	if !d.Seen(full.ID) || d.Seen(broken.ID) {
		t.Error("the written article is not seen, or the failed one is (it is to be tried again)")
	}
	if d.Seen(bare.ID) {
		t.Error("an article whose part never completed is seen, so it would never be written")
	}
}

// TestSeenAcrossRuns checks that a later run adds only new articles, each
// once, in a part that sorts after the earlier ones, and tries a failed
// article again unless told not to.
func TestSeenAcrossRuns(t *testing.T) {
	full, bare, broken := testArticles(t)
	out := t.TempDir()
	if err := openTest(t, out).WritePart([]*claimx.Article{full, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	first := ls(t, filepath.Join(out, articlesDir))

	skip, err := Open(out, Options{Version: testVersion, SkipFailed: true})
	if err != nil {
		t.Fatal(err)
	}
	defer skip.Close()
	if !skip.Seen(full.ID) || !skip.Seen(broken.ID) || skip.Seen(bare.ID) {
		t.Errorf("skipping failed: Seen(full)=%v Seen(broken)=%v Seen(bare)=%v, want true true false",
			skip.Seen(full.ID), skip.Seen(broken.ID), skip.Seen(bare.ID))
	}
	d := openTest(t, out)
	if !d.Seen(full.ID) || d.Seen(broken.ID) || d.Seen(bare.ID) {
		t.Fatalf("after reopen: Seen(full)=%v Seen(broken)=%v Seen(bare)=%v, want true false false",
			d.Seen(full.ID), d.Seen(broken.ID), d.Seen(bare.ID))
	}
	// The same content read from a second path has the same ID; the
	// failed article is tried again and now reads.
	again := *bare
	again.Source = "corpus/copy-of-memo.txt"
	fixed := *broken
	fixed.Err, fixed.Text, fixed.Paragraphs = nil, "x", []claimx.Paragraph{{Span: claimx.Span{End: 1}}}
	if err := d.WritePart([]*claimx.Article{full, bare, &again, &fixed}, testTime.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if !d.Seen(bare.ID) || !d.Seen(broken.ID) {
		t.Error("a written article is not seen")
	}
	if err := d.WritePart([]*claimx.Article{full, bare, broken}, testTime); err != nil {
		t.Fatal(err)
	}

	parts := ls(t, filepath.Join(out, articlesDir))
	if len(parts) != 2 || parts[0] != first[0] {
		t.Fatalf("parts = %v, want the first run's %v and one new one after it", parts, first)
	}
	articles, err := ReadArticles(out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range articles {
		got = append(got, a.Source)
	}
	if want := []string{full.Source, bare.Source, broken.Source}; !slices.Equal(got, want) {
		t.Errorf("articles in read order = %v, want %v", got, want)
	}
	failures, err := ReadErrors(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(failures) != 1 || failures[0].ArticleID != broken.ID {
		t.Errorf("errors = %+v, want the first attempt at %s", failures, broken.ID)
	}
	if f := Failing(articles, failures); len(f) != 0 {
		t.Errorf("still failing: %+v, want none", f)
	}
	claims, err := ReadClaims(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(full.Claims) + len(bare.Claims); len(claims) != want {
		t.Errorf("%d claims, want %d", len(claims), want)
	}
}

// TestFailing checks the current state of failed articles: the latest
// attempt of each, none for an article written since.
func TestFailing(t *testing.T) {
	at := func(id string, hour int, msg string) ArticleRow {
		return ArticleRow{ArticleID: id, Status: StatusError, Error: &msg, ProcessedAt: testTime.Add(time.Duration(hour) * time.Hour)}
	}
	articles := []ArticleRow{{ArticleID: "b", Status: StatusOK}}
	failures := []ArticleRow{at("a", 2, "second"), at("b", 1, "fixed since"), at("a", 1, "first"), at("c", 3, "only"), at("a", 2, "again")}
	var got []string
	for _, r := range Failing(articles, failures) {
		got = append(got, r.ArticleID+":"+*r.Error)
	}
	if want := []string{"a:again", "c:only"}; !slices.Equal(got, want) {
		t.Errorf("Failing = %v, want %v", got, want)
	}
}

var partNamePattern = regexp.MustCompile(`^\d{8}T\d{6}\.\d{9}Z-[0-9a-f]{16}(-2of4)?\.(parquet|jsonl)$`)

// TestPartNames checks that names sort in the order they were given, even
// faster than the clock ticks, and that two writers never share one.
func TestPartNames(t *testing.T) {
	a, b := &Dataset{opts: Options{Format: Parquet}}, &Dataset{opts: Options{Format: JSONL, Tag: "2of4"}}
	var names []string
	seen := map[string]bool{}
	for range 1000 {
		for _, d := range []*Dataset{a, b} {
			name, err := d.nextName()
			if err != nil {
				t.Fatal(err)
			}
			if !partNamePattern.MatchString(name) || seen[name] || formatOf(name) != d.opts.Format {
				t.Fatalf("bad or repeated part name %q", name)
			}
			seen[name] = true
			if d == a {
				names = append(names, name)
			}
		}
	}
	if !slices.IsSorted(names) {
		t.Error("part names of one writer do not sort in write order")
	}
}

// TestFileSettings checks what DuckDB cannot show: the page version, next
// to compression, encodings and metadata.
func TestFileSettings(t *testing.T) {
	full, bare, broken := testArticles(t)
	out := t.TempDir()
	if err := openTest(t, out).WritePart([]*claimx.Article{full, bare, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		for _, name := range ls(t, filepath.Join(out, table)) {
			path := filepath.Join(out, table, name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			for key, want := range map[string]string{schemaVersionKey: SchemaVersion, versionKey: testVersion} {
				if got, _ := f.Lookup(key); got != want {
					t.Errorf("%s: %s = %q, want %q", path, key, got, want)
				}
			}
			for _, rg := range f.Metadata().RowGroups {
				for _, c := range rg.Columns {
					m := c.MetaData
					col := strings.Join(m.PathInSchema, ".")
					if m.Codec != format.Zstd {
						t.Errorf("%s %s: codec %v, want ZSTD", path, col, m.Codec)
					}
					for _, e := range m.Encoding {
						if e != format.Plain && e != format.RLE {
							t.Errorf("%s %s: encoding %v, want PLAIN (and RLE levels)", path, col, e)
						}
					}
					if len(m.EncodingStats) == 0 {
						t.Errorf("%s %s: no page encoding stats", path, col)
					}
					for _, s := range m.EncodingStats {
						if s.PageType != format.DataPage {
							t.Errorf("%s %s: %v page, want DATA_PAGE (v1)", path, col, s.PageType)
						}
					}
				}
			}
		}
	}
}

// TestSchemaVersionGuard checks that a dataset written under another
// schema version is refused rather than read with the wrong columns.
func TestSchemaVersionGuard(t *testing.T) {
	full, _, _ := testArticles(t)
	out := t.TempDir()
	openTest(t, out)
	name := "20200101T000000.000000000Z-00000000.parquet"
	old := []parquet.WriterOption{parquet.KeyValueMetadata(schemaVersionKey, "0")}
	rewrite(t, filepath.Join(out, claimsDir, name), ClaimRows(full), old...)
	rewrite(t, filepath.Join(out, articlesDir, name), []ArticleRow{ArticleRowOf(full, 4, testTime, "old")}, old...)
	rewrite(t, filepath.Join(out, errorsDir, name), []ArticleRow{}, old...)
	if _, err := Open(out, Options{Version: testVersion}); err == nil || !strings.Contains(err.Error(), `schema version "0"`) {
		t.Errorf("Open of a version 0 dataset: %v", err)
	}
	// Its ids file, which Open reads in place of the articles file, does
	// not let it pass.
	if err := writeIDsFile(idsPath(out, name), idList{written: []uint64{idKey(full.ID)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(out, Options{Version: testVersion}); err == nil || !strings.Contains(err.Error(), `schema version "0"`) {
		t.Errorf("Open of a version 0 dataset with ids files: %v", err)
	}
	if _, err := ReadClaims(out); err == nil {
		t.Error("ReadClaims of a version 0 dataset succeeded")
	}
}

// TestWritePartNothingNew checks that a batch of known articles leaves no
// empty part behind, and that EnsurePart leaves one only in an empty
// dataset.
func TestWritePartNothingNew(t *testing.T) {
	full, _, _ := testArticles(t)
	out := t.TempDir()
	d := openTest(t, out)
	for range 2 {
		if err := d.WritePart([]*claimx.Article{full}, testTime); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.WritePart(nil, testTime); err != nil {
		t.Fatal(err)
	}
	if got := ls(t, filepath.Join(out, claimsDir)); len(got) != 1 {
		t.Errorf("claims parts = %v, want one", got)
	}
	if err := d.EnsurePart(); err != nil {
		t.Fatal(err)
	}
	if got := ls(t, filepath.Join(out, claimsDir)); len(got) != 1 {
		t.Errorf("claims parts after EnsurePart = %v, want still one", got)
	}
	empty := t.TempDir()
	if err := openTest(t, empty).EnsurePart(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		if got := ls(t, filepath.Join(empty, table)); len(got) != 1 {
			t.Errorf("%s of an empty dataset after EnsurePart = %v, want one part", table, got)
		}
	}
}

// TestFormatsDoNotMix checks that a dataset keeps the format it was first
// written in.
func TestFormatsDoNotMix(t *testing.T) {
	full, _, _ := testArticles(t)
	out := t.TempDir()
	if err := openTest(t, out).WritePart([]*claimx.Article{full}, testTime); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(out, Options{Version: testVersion, Format: JSONL}); err == nil || !strings.Contains(err.Error(), "holds parquet parts") {
		t.Errorf("Open for JSON Lines over Parquet parts: %v", err)
	}
}

// TestEncodePartsAtOnce encodes parts on several goroutines, an article in
// two of them, and commits them in another order: each article is written
// once, and the parts' names sort in commit order.
func TestEncodePartsAtOnce(t *testing.T) {
	arts := smallArticles(8)
	out := t.TempDir()
	d := openTest(t, out)
	batches := [][]*claimx.Article{arts[0:3], arts[2:5], arts[5:8]}
	commits := make([]func() error, len(batches))
	errs := make(chan error, len(batches))
	for i, b := range batches {
		go func() {
			var err error
			commits[i], err = d.EncodePart(b, testTime)
			errs <- err
		}()
	}
	for range batches {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range []int{2, 0, 1} {
		if err := commits[i](); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := ReadArticles(out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Source)
	}
	if len(got) != 8 {
		t.Fatalf("%d articles rows %v, want each of 8 once", len(got), got)
	}
	// Part names sort in commit order: the third batch's articles first.
	if !strings.HasPrefix(got[0], "corpus/n05") {
		t.Errorf("rows in part-name order %v, want the batch committed first first", got)
	}
}

// TestTextStoredOnce checks that an article's text is in its part once,
// compressed: neither its least and greatest value per page (a data page
// header's statistics) nor the footer's column index copies it whole and
// uncompressed, as they would by default, three times the text on disk and
// in memory while the part is encoded.
func TestTextStoredOnce(t *testing.T) {
	sentence := "The harbour board approved a second berth for bulk carriers at the northern quay."
	long := strings.TrimSpace(strings.Repeat(sentence+" ", 400))
	a := newArticle("harbour.txt", para{sentences: []string{long}})
	out := t.TempDir()
	if err := openTest(t, out).WritePart([]*claimx.Article{a}, testTime); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{articlesDir, claimsDir} {
		names := ls(t, filepath.Join(out, table))
		if len(names) != 1 {
			t.Fatalf("%s: %d parts, want 1", table, len(names))
		}
		data, err := os.ReadFile(filepath.Join(out, table, names[0]))
		if err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(data, []byte(long)); n != 0 {
			t.Errorf("%s part holds the text uncompressed %d times", table, n)
		}
		if len(data) > len(long)/2 {
			t.Errorf("%s part is %d bytes for %d bytes of repetitive text", table, len(data), len(long))
		}
	}
}

// TestPartOfManyClaims writes a part whose claims rows are converted and
// written a chunk at a time (an article of more claims than a chunk, then
// a failed article and a short one) and reads back every row, in order.
func TestPartOfManyClaims(t *testing.T) {
	sentences := make([]string, 2*claimRowChunk+5)
	for i := range sentences {
		sentences[i] = fmt.Sprintf("Berth %d of the northern quay opened in spring.", i)
	}
	long := newArticle("long.txt", para{sentences: sentences})
	_, bare, broken := testArticles(t)
	for _, format := range []Format{Parquet, JSONL} {
		out := t.TempDir()
		d, err := Open(out, Options{Version: testVersion, Format: format})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.WritePart([]*claimx.Article{long, broken, bare}, testTime); err != nil {
			t.Fatal(err)
		}
		d.Close()
		names := ls(t, filepath.Join(out, claimsDir))
		if len(names) != 1 {
			t.Fatalf("%s: %d claims parts, want 1", format, len(names))
		}
		got, err := readPart[ClaimRow](filepath.Join(out, claimsDir, names[0]))
		if err != nil {
			t.Fatal(err)
		}
		want := append(ClaimRows(long), ClaimRows(bare)...)
		if len(got) != len(want) {
			t.Fatalf("%s: %d rows, want %d", format, len(got), len(want))
		}
		for i := range want {
			if got[i].ClaimID != want[i].ClaimID || got[i].Text != want[i].Text {
				t.Fatalf("%s: row %d is %s %q, want %s %q", format, i, got[i].ClaimID, got[i].Text, want[i].ClaimID, want[i].Text)
			}
		}
	}
}
