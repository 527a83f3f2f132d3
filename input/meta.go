package input

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/internal/bucket"
)

// Meta is metadata carried beside an article rather than printed in it: in
// a sidecar file or in the fields of a feed line.
type Meta struct {
	Published string   `json:"published"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	URL       string   `json:"url"`
}

// SidecarPath is where the metadata of the article at path lives.
func SidecarPath(path string) string {
	if o, ok, err := bucket.Parse(path); ok && err == nil {
		return o.With(sidecarName(o.Key)).String()
	}
	return sidecarName(path)
}

func sidecarName(name string) string {
	return strings.TrimSuffix(name, filepath.Ext(name)) + ".meta.json"
}

// ReadSidecar reads the sidecar of the article at path; nil when there is none.
func ReadSidecar(path string) (*Meta, error) {
	sidecar := SidecarPath(path)
	r, _, err := Open(sidecar)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(r)
	r.Close()
	if err != nil {
		return nil, err
	}
	var m Meta
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: not valid metadata JSON: %w", sidecar, err)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", sidecar, err)
	}
	return &m, nil
}

// check refuses metadata whose date cannot be read, rather than dropping
// the date without a word.
func (m *Meta) check() error {
	if _, ok := m.published(); !ok && m.Published != "" {
		return fmt.Errorf("published %q is not a date", m.Published)
	}
	return nil
}

// published is the publication day m gives, printed as articles print
// dates or as an RFC 3339 time (the day as written, whatever its zone).
func (m *Meta) published() (time.Time, bool) {
	if d, ok := parseDateLine(m.Published); ok {
		return d, true
	}
	if t, err := time.Parse(time.RFC3339, m.Published); err == nil {
		return dayOf(t), true
	}
	return time.Time{}, false
}

// apply sets the article's metadata from m; m wins over what the article
// says, since feeds carry it deliberately.
func (m *Meta) apply(a *claimx.Article) {
	if m == nil {
		return
	}
	if d, ok := m.published(); ok {
		a.Published = d
	}
	if m.Title != "" {
		a.Title = m.Title
	}
	if len(m.Authors) > 0 {
		a.Authors = m.Authors
	}
	if m.URL != "" {
		a.URL = m.URL
	}
}
