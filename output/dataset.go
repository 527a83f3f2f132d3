package output

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/claimx/claimx"
	"github.com/parquet-go/parquet-go"
)

// The contract's layout: OUT/claims and OUT/articles hold part files of the
// same names.
const (
	claimsDir   = "claims"
	articlesDir = "articles"
	partExt     = ".parquet"
	// A part is written as ".<name>.tmp" beside its final name: the leading
	// dot keeps pandas and pyarrow, which skip hidden files, and the
	// "*.parquet" globs of DuckDB and polars from reading a half-written file.
	tempPrefix = "."
	tempSuffix = ".tmp"
	// partTime sorts as text in time order; nanoseconds keep parts written
	// in quick succession distinct and ordered.
	partTime = "20060102T150405.000000000Z"
)

// Key-value metadata keys written on every file.
const (
	schemaVersionKey = "claimx.schema_version"
	versionKey       = "claimx.version"
)

// Dataset is an output directory OUT with OUT/claims and OUT/articles, laid
// out as the contract says. It expects to be the only writer of OUT while it
// is open: Open removes what a crashed writer left, which would break a
// writer still running. Its methods are safe for concurrent use.
type Dataset struct {
	dir     string
	version string

	mu   sync.Mutex
	seen map[string]bool
	last time.Time // time in the last part name, to keep names increasing
}

// Open opens or creates the dataset in dir, written by claimx build version.
// It removes temporary files left by an interrupted write and a claims part
// whose articles part is missing (a crash between the two renames of
// WritePart, so none of its articles count as processed), then reads which
// articles the dataset already holds.
func Open(dir, version string) (*Dataset, error) {
	for _, table := range []string{claimsDir, articlesDir} {
		if err := os.MkdirAll(filepath.Join(dir, table), 0o777); err != nil {
			return nil, err
		}
		if err := removeTemps(filepath.Join(dir, table)); err != nil {
			return nil, err
		}
	}
	complete, orphans, err := parts(dir)
	if err != nil {
		return nil, err
	}
	for _, name := range orphans {
		if err := os.Remove(filepath.Join(dir, claimsDir, name)); err != nil {
			return nil, err
		}
	}
	d := &Dataset{dir: dir, version: version, seen: map[string]bool{}}
	for _, name := range complete {
		rows, err := readPart[articleKey](filepath.Join(dir, articlesDir, name))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			d.seen[r.ArticleID] = true
		}
	}
	return d, nil
}

// articleKey reads only the article_id column of an articles part.
type articleKey struct {
	ArticleID string `parquet:"article_id"`
}

// Seen reports whether the dataset already holds a row for the article,
// including one that could not be processed.
func (d *Dataset) Seen(articleID string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.seen[articleID]
}

// WritePart writes the claims of arts as one claims part and then one row
// per article as the articles part of the same name, each atomically.
// Articles the dataset already holds, or that appear twice in arts, are
// written once only, so that an article is in at most one part. Articles
// with Err set get an articles row with status "error" and no claims.
// processedAt is stored in UTC. Nothing is written when no article is new.
func (d *Dataset) WritePart(arts []*claimx.Article, processedAt time.Time) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var claims []ClaimRow
	var articles []ArticleRow
	batch := map[string]bool{}
	for _, a := range arts {
		if d.seen[a.ID] || batch[a.ID] {
			continue
		}
		batch[a.ID] = true
		rows := ClaimRows(a)
		claims = append(claims, rows...)
		articles = append(articles, ArticleRowOf(a, len(rows), processedAt, d.version))
	}
	if len(articles) == 0 {
		return nil
	}
	name, err := d.nextName()
	if err != nil {
		return err
	}
	// Claims first: Open treats a claims part without its articles part
	// as never written, so a crash at any point leaves a consistent dataset.
	if err := writePart(filepath.Join(d.dir, claimsDir), name, claims, d.version); err != nil {
		return err
	}
	if err := writePart(filepath.Join(d.dir, articlesDir), name, articles, d.version); err != nil {
		return err
	}
	for id := range batch {
		d.seen[id] = true
	}
	return nil
}

// nextName is a new part name: the current UTC time, later than any name
// this Dataset gave before, and random digits so that parts written by
// other processes at the same instant do not collide.
func (d *Dataset) nextName() (string, error) {
	now := time.Now().UTC()
	if !now.After(d.last) {
		now = d.last.Add(time.Nanosecond)
	}
	d.last = now
	var random [4]byte
	if _, err := rand.Read(random[:]); err != nil {
		return "", err
	}
	return now.Format(partTime) + "-" + hex.EncodeToString(random[:]) + partExt, nil
}

// writePart writes rows to dir/name through a temporary file that is synced
// before it is renamed, so that the part appears complete or not at all.
func writePart[T any](dir, name string, rows []T, version string) (err error) {
	temp := filepath.Join(dir, tempPrefix+name+tempSuffix)
	f, err := os.OpenFile(temp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(temp)
		}
	}()
	w := parquet.NewGenericWriter[T](f, writerOptions(version)...)
	if _, err := w.Write(rows); err != nil {
		return fmt.Errorf("writing %s: %w", temp, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", temp, err)
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(temp, filepath.Join(dir, name)); err != nil {
		return err
	}
	return syncDir(dir)
}

// writerOptions are the file settings every part is written with. Data
// page v1 and PLAIN strings replace parquet-go's defaults (page v2 and
// DELTA_LENGTH_BYTE_ARRAY), which older Spark and some pyarrow versions
// reject.
func writerOptions(version string) []parquet.WriterOption {
	return []parquet.WriterOption{
		parquet.Compression(&parquet.Zstd),
		parquet.DataPageVersion(1),
		parquet.DefaultEncodingFor(parquet.ByteArray, &parquet.Plain),
		parquet.KeyValueMetadata(schemaVersionKey, SchemaVersion),
		parquet.KeyValueMetadata(versionKey, version),
	}
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// removeTemps deletes the temporary files an interrupted write left in dir.
func removeTemps(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if isTemp(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

func isTemp(name string) bool {
	return strings.HasPrefix(name, tempPrefix) && strings.HasSuffix(name, tempSuffix)
}

// parts lists the complete parts of the dataset in dir, those with both
// their claims and articles file, in write order, and the orphans: claims
// parts whose articles part was never written.
func parts(dir string) (complete, orphans []string, err error) {
	claims, err := partNames(filepath.Join(dir, claimsDir))
	if err != nil {
		return nil, nil, err
	}
	articles, err := partNames(filepath.Join(dir, articlesDir))
	if err != nil {
		return nil, nil, err
	}
	hasArticles := make(map[string]bool, len(articles))
	for _, name := range articles {
		hasArticles[name] = true
	}
	for _, name := range claims {
		if hasArticles[name] {
			complete = append(complete, name)
		} else {
			orphans = append(orphans, name)
		}
	}
	return complete, orphans, nil
}

// partNames lists the finished parts in dir, in write order.
func partNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir) // sorted by name, which is write order
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), partExt) && !strings.HasPrefix(e.Name(), tempPrefix) {
			names = append(names, e.Name())
		}
	}
	return names, nil
}
