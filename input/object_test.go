package input

import (
	"context"
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	_ "gocloud.dev/blob/memblob"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/internal/bucket"
)

// putObjects writes objects into the bucket of the URL base.
func putObjects(t *testing.T, base string, objects map[string]string) {
	t.Helper()
	o, _, err := bucket.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	b, err := o.Open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for key, body := range objects {
		if err := b.WriteAll(context.Background(), key, []byte(body), nil); err != nil {
			t.Fatal(err)
		}
	}
}

// TestObjectInputs: a bucket URL is read as a folder is: its article
// objects in key order, each with its sidecar's metadata, and a missing
// object is an article error naming it.
func TestObjectInputs(t *testing.T) {
	putObjects(t, "mem://inbox", map[string]string{
		"daily/b.html":       "<html><head><title>Port Talks</title></head><body><article><p>The ministry said the talks would resume in Geneva next month, after a year of quarrels.</p></article></body></html>",
		"daily/a.txt":        "The ministry said the talks would resume in Geneva next month.\n",
		"daily/a.meta.json":  `{"title": "Talks to Resume", "published": "2024-05-30"}`,
		"daily/more/c.jsonl": `{"text": "Fishermen said they had heard such promises before."}` + "\n",
		"daily/photo.jpg":    "not an article",
		"dailyish/d.txt":     "Not under daily/.\n",
	})
	paths, err := Paths([]string{"mem://inbox/daily"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"mem://inbox/daily/a.txt", "mem://inbox/daily/b.html", "mem://inbox/daily/more/c.jsonl"}
	if !reflect.DeepEqual(paths, want) {
		t.Fatalf("Paths = %q, want %q", paths, want)
	}
	if one, err := Paths([]string{"mem://inbox/daily/a.txt"}); err != nil || !reflect.DeepEqual(one, want[:1]) {
		t.Errorf("Paths of one object = %q, %v", one, err)
	}

	a := ReadFile(paths[0], MaxBytes)
	if a.Err != nil || a.Source != paths[0] || a.Title != "Talks to Resume" || a.Published.Format("2006-01-02") != "2024-05-30" {
		t.Errorf("a.txt: source %q title %q published %v err %v", a.Source, a.Title, a.Published, a.Err)
	}
	if h := ReadFile(paths[1], MaxBytes); h.Err != nil || h.Title != "Port Talks" || len(h.Paragraphs) != 1 {
		t.Errorf("b.html: title %q, %d paragraphs, err %v", h.Title, len(h.Paragraphs), h.Err)
	}
	var feed []string
	err = Read(context.Background(), paths[2:], Stdin{}, MaxBytes, func(a *claimx.Article) error {
		feed = append(feed, a.Text)
		return a.Err
	})
	if err != nil || len(feed) != 1 {
		t.Errorf("feed: %q, %v", feed, err)
	}

	missing := ReadFile("mem://inbox/daily/gone.txt", MaxBytes)
	if !errors.Is(missing.Err, fs.ErrNotExist) || !strings.Contains(missing.Err.Error(), "mem://inbox/daily/gone.txt: cannot open") {
		t.Errorf("missing object: %v", missing.Err)
	}
}
