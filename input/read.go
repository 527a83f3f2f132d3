package input

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimx/claimx"
)

// Article builds an article from raw bytes read from source: it decodes the
// text and lays it out. A problem is recorded in the article's Err, naming the
// source, so that one bad input never stops a batch.
func Article(source string, raw []byte, meta *Meta) *claimx.Article {
	a := &claimx.Article{ID: ID(raw), Source: source, Raw: raw}
	text, err := Decode(raw)
	if err != nil {
		a.Err = fmt.Errorf("%s: %w", source, err)
		return a
	}
	a.Text = text
	meta.apply(a)
	Layout(a)
	if len(a.Paragraphs) == 0 {
		a.Err = fmt.Errorf("%s: no running text found", source)
	}
	return a
}

// MaxBytes is the default limit on the size of one article.
const MaxBytes = 10 << 20

// ReadFile reads the article at path, with the metadata of its sidecar
// <stem>.meta.json when there is one. A file larger than maxBytes is not
// read but recorded as an error.
func ReadFile(path string, maxBytes int64) *claimx.Article {
	raw, err := readLimited(path, maxBytes)
	if err != nil {
		// Nothing usable was read: the path stands in for the content.
		return &claimx.Article{ID: ID([]byte(path)), Source: path, Err: err}
	}
	meta, err := ReadSidecar(path)
	if err != nil {
		return &claimx.Article{ID: ID(raw), Source: path, Raw: raw, Err: err}
	}
	return Article(path, raw, meta)
}

func readLimited(path string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() > maxBytes {
		return nil, fmt.Errorf("%s: the file is %d bytes, more than the limit of %d (--max-bytes)", path, info.Size(), maxBytes)
	}
	return io.ReadAll(io.LimitReader(f, maxBytes+1))
}

// Meta is metadata carried beside an article rather than printed in it.
type Meta struct {
	Published string   `json:"published"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	URL       string   `json:"url"`
}

// SidecarPath is where the metadata of the article at path lives.
func SidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
}

// ReadSidecar reads the sidecar of the article at path; nil when there is none.
func ReadSidecar(path string) (*Meta, error) {
	sidecar := SidecarPath(path)
	data, err := os.ReadFile(sidecar)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m Meta
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: not valid metadata JSON: %w", sidecar, err)
	}
	if m.Published != "" {
		if _, ok := parseDateLine(m.Published); !ok {
			if _, err := time.Parse(time.RFC3339, m.Published); err != nil {
				return nil, fmt.Errorf("%s: published %q is not a date", sidecar, m.Published)
			}
		}
	}
	return &m, nil
}

// apply sets the article's metadata from m; the sidecar wins over what the
// header says, since feeds carry it deliberately.
func (m *Meta) apply(a *claimx.Article) {
	if m == nil {
		return
	}
	if d, ok := parseDateLine(m.Published); ok {
		a.Published = d
	} else if t, err := time.Parse(time.RFC3339, m.Published); err == nil {
		a.Published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	if m.Title != "" {
		a.Title = m.Title
	}
	if len(m.Authors) > 0 {
		a.Authors = m.Authors
	}
}
