package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimx/claimx"
)

// TestSeenFromIDs checks the seen-set however a dataset keeps it: each
// part's ids file, no ids files at all (a dataset written before them, or
// a writer that died before its ids file), a compacted index with parts
// committed after it, and an index beside a part that lost its ids file.
// Written articles are seen; failed ones only with SkipFailed.
func TestSeenFromIDs(t *testing.T) {
	arts := smallArticles(6)
	failing := withRaw(&claimx.Article{Source: "corpus/bad.txt", Err: errors.New("corpus/bad.txt: empty input")}, []byte("bad"))
	unknown := "ffffffffffffffff"
	removeIDs := func(t *testing.T, out string) {
		names, _ := filepath.Glob(filepath.Join(out, controlDir, idsDir, "*"+idsExt))
		for _, name := range names {
			os.Remove(name)
		}
	}
	compact := func(t *testing.T, out string) {
		if _, err := Compact(out, CompactOptions{PartArticles: 100}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name   string
		before func(t *testing.T, out string) // after the first parts
		after  func(t *testing.T, out string) // after the last part
		index  bool
	}{
		{name: "ids files"},
		{name: "no ids files", after: removeIDs},
		{name: "index and a later part", before: compact, index: true},
		{name: "index, no ids files", before: compact, after: removeIDs, index: true},
		{name: "everything in the index", after: compact, index: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			writeParts(t, out, arts[:2], []*claimx.Article{arts[2], failing}, arts[3:4])
			if c.before != nil {
				c.before(t, out)
			}
			writeParts(t, out, arts[4:5])
			if c.after != nil {
				c.after(t, out)
			}
			if _, err := os.Stat(filepath.Join(out, controlDir, idsDir, indexFile)); (err == nil) != c.index {
				t.Errorf("index there: %v, want %v", err == nil, c.index)
			}
			for _, skipFailed := range []bool{false, true} {
				d, err := Open(out, Options{Version: testVersion, SkipFailed: skipFailed})
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range arts[:5] {
					if !d.Seen(a.ID) {
						t.Errorf("SkipFailed=%v: written %s not seen", skipFailed, a.Source)
					}
				}
				if d.Seen(arts[5].ID) || d.Seen(unknown) {
					t.Errorf("SkipFailed=%v: an article never written is seen", skipFailed)
				}
				if d.Seen(failing.ID) != skipFailed {
					t.Errorf("SkipFailed=%v: failed article seen = %v", skipFailed, !skipFailed)
				}
				// What this Dataset writes is seen at once, and written once.
				if err := d.WritePart([]*claimx.Article{arts[5], arts[0]}, testTime); err != nil {
					t.Fatal(err)
				}
				if !d.Seen(arts[5].ID) {
					t.Error("an article just written is not seen")
				}
				d.Close()
				rows, err := ReadArticles(out)
				if err != nil || len(rows) != 6 {
					t.Fatalf("%d articles rows, %v; want 6, each once", len(rows), err)
				}
				removeArticle(t, out, arts[5].ID)
			}
		})
	}
}

// removeArticle takes the part holding only the article id out of the
// dataset again, with its ids file.
func removeArticle(t *testing.T, out, id string) {
	t.Helper()
	complete, _, err := parts(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range complete {
		rows, err := readPart[articleKey](filepath.Join(out, articlesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 1 && rows[0].ArticleID == id {
			for _, table := range tables {
				os.Remove(filepath.Join(out, table, name))
			}
			os.Remove(idsPath(out, name))
			return
		}
	}
	t.Fatalf("no part holds %s alone", id)
}

func TestIDKey(t *testing.T) {
	if got := idKey("00000000000000ff"); got != 255 {
		t.Errorf("idKey of a claimx id = %d, want its 64 bits, 255", got)
	}
	if idKey("note-1") == idKey("note-2") || idKey("note-1") != idKey("note-1") {
		t.Error("ids of another form are not hashed apart, or not the same way twice")
	}
}

// TestIDsFile checks that an ids file reads back as written, and that a
// file that is none, or cut short, is refused.
func TestIDsFile(t *testing.T) {
	l := idList{written: []uint64{1, 5, 1 << 63}, failed: []uint64{7}, parts: []string{"a.parquet", "b.parquet"}}
	b := l.encode()
	v, err := parseIDs("x", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range l.written {
		if !has(v.written, k) {
			t.Errorf("written %d not found", k)
		}
	}
	if has(v.written, 7) || !has(v.failed, 7) || has(v.failed, 5) || !v.lists("b.parquet") || v.lists("c.parquet") {
		t.Error("keys or parts found in the wrong list")
	}
	for _, bad := range [][]byte{nil, []byte("CLXIDS00" + string(b[8:])), b[:40]} {
		if _, err := parseIDs("x", bad); err == nil {
			t.Errorf("parsed %q", bad)
		}
	}
}
