package input

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimx/claimx"
)

func TestReadLimitsAndFailures(t *testing.T) {
	dir := t.TempDir()
	big := []byte(strings.Repeat("Tariffs rose. ", 100)) // 1,400 bytes
	bigPath := filepath.Join(dir, "big.txt")
	okPath := filepath.Join(dir, "ok.txt")
	missing := filepath.Join(dir, "gone.txt")
	for path, content := range map[string][]byte{bigPath: big, okPath: []byte("Tariffs fell.\n")} {
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts := readAllOf(t, []string{bigPath, missing, okPath}, 1000)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	tooBig, gone, ok := arts[0], arts[1], arts[2]
	// An article over the limit is not kept, but its id is still that of
	// its content, so a later run with a higher limit does not add it twice.
	if tooBig.ID != ID(big) || tooBig.Raw != nil || tooBig.Err == nil ||
		!strings.Contains(tooBig.Err.Error(), bigPath+": 1400 bytes, more than the limit of 1000") ||
		!strings.Contains(tooBig.Err.Error(), "--max-bytes") {
		t.Errorf("too big: id %s, %d raw bytes, error %v", tooBig.ID, len(tooBig.Raw), tooBig.Err)
	}
	if gone.Err == nil || !strings.HasPrefix(gone.Err.Error(), missing+": cannot open") {
		t.Errorf("missing file: error %v", gone.Err)
	}
	if ok.Err != nil || ok.ID != ID([]byte("Tariffs fell.\n")) {
		t.Errorf("ok: %v %s", ok.Err, ok.ID)
	}
}

func TestReadStandardInput(t *testing.T) {
	for name, tt := range map[string]struct {
		in       string
		articles int
		format   string // what the first article's text starts with
	}{
		"text": {"Coal imports slowed.\n", 1, "Coal imports"},
		"html": {"<html><body><article><p>" + strings.Repeat("Coal imports slowed again this winter. ", 5) + "</p></article></body></html>", 1, "Coal imports"},
		"feed": {"{\"text\": \"Coal imports slowed.\"}\n{\"text\": \"Gas imports rose.\"}\n", 2, "Coal imports"},
	} {
		t.Run(name, func(t *testing.T) {
			var arts []*claimx.Article
			err := Read(context.Background(), []string{"-"}, Stdin{Reader: strings.NewReader(tt.in)}, MaxBytes, func(a *claimx.Article) error {
				arts = append(arts, a)
				return nil
			})
			if err != nil || len(arts) != tt.articles {
				t.Fatalf("%d articles, error %v", len(arts), err)
			}
			if a := arts[0]; a.Err != nil || !strings.HasPrefix(a.Text, tt.format) {
				t.Errorf("error %v, text %.30q", a.Err, a.Text)
			}
		})
	}
	var arts []*claimx.Article
	err := Read(context.Background(), []string{"-"}, Stdin{Reader: strings.NewReader("{\"text\": \"Coal.\"}\n"), Name: "wire"}, MaxBytes,
		func(a *claimx.Article) error {
			arts = append(arts, a)
			return nil
		})
	if err != nil || len(arts) != 1 || arts[0].Source != "wire:1" {
		t.Errorf("a feed on stdin named wire: %d articles, error %v", len(arts), err)
	}
	arts = nil
	err = Read(context.Background(), []string{"-"}, Stdin{Reader: strings.NewReader(""), Name: "wire"}, MaxBytes,
		func(a *claimx.Article) error {
			arts = append(arts, a)
			return nil
		})
	if err != nil || len(arts) != 0 {
		t.Errorf("nothing on stdin: %d articles, error %v; want none", len(arts), err)
	}
	if _, known := Count([]string{"-"}, MaxBytes); known {
		t.Error("Count claims to know how many articles standard input holds")
	}
}

func TestReadFileRefusesAFeed(t *testing.T) {
	a := ReadFile("testdata/feed.jsonl", MaxBytes)
	if a.Err == nil || !strings.Contains(a.Err.Error(), "a feed of 9 articles") {
		t.Errorf("error %v", a.Err)
	}
}

func TestReadStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Read(ctx, []string{"testdata/feed.jsonl"}, Stdin{}, MaxBytes, func(*claimx.Article) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("handed on %d articles, error %v; want 1 and context.Canceled", n, err)
	}
}
