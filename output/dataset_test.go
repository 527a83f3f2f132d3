package output

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimx/claimx"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

func openTest(t *testing.T, dir string) *Dataset {
	t.Helper()
	d, err := Open(dir, testVersion)
	if err != nil {
		t.Fatal(err)
	}
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

// TestOpenCleansUp simulates the files a crashed run leaves: temporary
// files, and a claims part whose articles part was never renamed.
func TestOpenCleansUp(t *testing.T) {
	full, bare, broken := testArticles(t)
	out := t.TempDir()
	d := openTest(t, out)
	if err := d.WritePart([]*claimx.Article{full, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	complete := ls(t, filepath.Join(out, claimsDir))

	// The crash: bare's claims part is in place, its articles part is not.
	orphan, err := d.nextName()
	if err != nil {
		t.Fatal(err)
	}
	if err := writePart(filepath.Join(out, claimsDir), orphan, ClaimRows(bare), testVersion); err != nil {
		t.Fatal(err)
	}
	leftovers := map[string]string{
		claimsDir:   tempPrefix + orphan + tempSuffix,
		articlesDir: tempPrefix + orphan + tempSuffix,
	}
	for table, name := range leftovers {
		if err := os.WriteFile(filepath.Join(out, table, name), []byte("PAR1 half written"), 0o666); err != nil {
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

	d = openTest(t, out)
	if got, want := ls(t, filepath.Join(out, claimsDir)), append([]string{".keep"}, complete...); !slices.Equal(got, want) {
		t.Errorf("claims after Open = %v, want %v", got, want)
	}
	if got := ls(t, filepath.Join(out, articlesDir)); !slices.Equal(got, complete) {
		t.Errorf("articles after Open = %v, want %v", got, complete)
	}
	if !d.Seen(full.ID) || !d.Seen(broken.ID) {
		t.Error("articles of the complete part are not seen")
	}
	if d.Seen(bare.ID) {
		t.Error("an article whose part never completed is seen, so it would never be written")
	}
}

// TestSeenAcrossRuns checks that a later run adds only new articles, each
// once, in a part that sorts after the earlier ones.
func TestSeenAcrossRuns(t *testing.T) {
	full, bare, broken := testArticles(t)
	out := t.TempDir()
	if err := openTest(t, out).WritePart([]*claimx.Article{full, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	first := ls(t, filepath.Join(out, articlesDir))

	d := openTest(t, out)
	if !d.Seen(full.ID) || !d.Seen(broken.ID) || d.Seen(bare.ID) {
		t.Fatalf("after reopen: Seen(full)=%v Seen(broken)=%v Seen(bare)=%v, want true true false",
			d.Seen(full.ID), d.Seen(broken.ID), d.Seen(bare.ID))
	}
	// The same content read from a second path has the same ID.
	again := *bare
	again.Source = "corpus/copy-of-memo.txt"
	if err := d.WritePart([]*claimx.Article{full, bare, &again, broken}, testTime); err != nil {
		t.Fatal(err)
	}
	if !d.Seen(bare.ID) {
		t.Error("a written article is not seen")
	}
	if err := d.WritePart([]*claimx.Article{full, bare}, testTime); err != nil {
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
	if want := []string{full.Source, broken.Source, bare.Source}; !slices.Equal(got, want) {
		t.Errorf("articles in read order = %v, want %v", got, want)
	}
	claims, err := ReadClaims(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(full.Claims) + len(bare.Claims); len(claims) != want {
		t.Errorf("%d claims, want %d", len(claims), want)
	}
}

var partName = regexp.MustCompile(`^\d{8}T\d{6}\.\d{9}Z-[0-9a-f]{8}\.parquet$`)

// TestPartNames checks that names sort in the order they were given, even
// faster than the clock ticks, and that two writers never share one.
func TestPartNames(t *testing.T) {
	a, b := &Dataset{}, &Dataset{}
	var names []string
	seen := map[string]bool{}
	for range 1000 {
		for _, d := range []*Dataset{a, b} {
			name, err := d.nextName()
			if err != nil {
				t.Fatal(err)
			}
			if !partName.MatchString(name) || seen[name] {
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
	for _, table := range []string{claimsDir, articlesDir} {
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
	if _, err := Open(out, testVersion); err == nil || !strings.Contains(err.Error(), `schema version "0"`) {
		t.Errorf("Open of a version 0 dataset: %v", err)
	}
	if _, err := ReadClaims(out); err == nil {
		t.Error("ReadClaims of a version 0 dataset succeeded")
	}
}

// TestWritePartNothingNew checks that a batch of known articles leaves no
// empty part behind.
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
}
