package output

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"gocloud.dev/blob"

	"github.com/claimx/claimx"
)

// The layout of a dataset OUT. Each table is a folder of part files; a part
// is one file of the same name in every table, and its articles file is
// written last, so that it marks the part complete.
const (
	claimsDir   = "claims"
	articlesDir = "articles"
	// errorsDir holds the rows of attempts that failed. A failed article
	// is tried again by the next run, so keeping its rows apart leaves
	// OUT/articles with one row per article, which claims join without
	// care.
	errorsDir = "errors"
	// controlDir holds what is not data: the lock and each writer's
	// temporary files. Being hidden and outside the tables, nothing a
	// reader globs or scans (OUT/claims/*.parquet, scanParquet('OUT/claims'),
	// OUT/**/*.parquet) ever sees a half-written file.
	controlDir = ".claimx"
	tempDir    = "tmp"
	lockFile   = "lock"
	// compactLockFile keeps two compactions of one dataset apart.
	compactLockFile = "compact.lock"
)

// tables are the folders of a dataset in the order a part is committed:
// articles last.
var tables = []string{claimsDir, errorsDir, articlesDir}

// Key-value metadata keys written on every Parquet file.
const (
	schemaVersionKey = "claimx.schema_version"
	versionKey       = "claimx.version"
)

// Options say how a dataset is written.
type Options struct {
	// Version is the claimx build, written in every file.
	Version string
	// Format is the format of new parts, Parquet when empty; a dataset
	// holds one format only.
	Format Format
	// SkipFailed counts an article that has only failed attempts as seen,
	// so that a run does not try it again. By default it is tried again.
	SkipFailed bool
	// Tag is written into the names of the parts, after the writer's
	// random run id: the shard writing them ("2of4"), so that a listing
	// shows which shard wrote what.
	Tag string
}

// Dataset is an output directory OUT, laid out as the README's output
// schema says. Several writers (claimx run, claimx compact) may work on one
// dataset at once, and readers may read it meanwhile: a part appears in a
// table by one rename, and whatever changes the listing of a table holds
// OUT/.claimx/lock. Its methods are safe for concurrent use.
type Dataset struct {
	dir  string // the folder, or the URL of a dataset in a bucket
	opts Options
	temp *tempArea
	// bucket holds a dataset on object storage (OpenBucket), nil for a
	// local one, under the keys that start with prefix.
	bucket *blob.Bucket
	prefix string

	mu sync.Mutex // guards the seen-set and encoded
	// What the dataset held at Open: the compacted index, and the sorted
	// ids of the parts it does not list (written articles; failed
	// attempts, kept only with SkipFailed). added are those this Dataset
	// wrote since.
	index           idsView
	recent, retried []uint64
	added           map[uint64]bool
	encoded         int // parts encoded, to name their temporary files

	commitMu sync.Mutex // guards what follows: one commit at a time
	last     time.Time  // time in the last part name, to keep names increasing
	run      string     // this writer's run id, in every part name it gives
}

// Open opens or creates the dataset in dir. It repairs what crashed writers
// left (it removes their temporary files and the claims and errors files of
// a part whose articles file was never committed, so that none of its
// articles count as processed, and finishes the swaps of a compaction),
// then reads which articles the dataset already holds.
func Open(dir string, opts Options) (*Dataset, error) {
	if opts.Format == "" {
		opts.Format = Parquet
	}
	for _, sub := range append(slices.Clone(tables), filepath.Join(controlDir, idsDir)) {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o777); err != nil {
			return nil, err
		}
	}
	if err := removeStaleTemps(dir); err != nil {
		return nil, err
	}
	err := withLock(dir, exclusive, func() error {
		if err := finishCompaction(dir); err != nil {
			return err
		}
		return removeOrphans(dir)
	})
	if err != nil {
		return nil, err
	}
	format, err := datasetFormat(dir)
	if err != nil {
		return nil, err
	}
	if format != "" && format != opts.Format {
		return nil, fmt.Errorf("%s holds %s parts; write %s to another directory", dir, format, opts.Format)
	}
	d := &Dataset{dir: dir, opts: opts, added: map[uint64]bool{}}
	err = withLock(dir, shared, func() error {
		complete, _, err := parts(dir)
		if err != nil {
			return err
		}
		// The ids files tell nothing of the schema: one part's footer says
		// which version the dataset holds.
		if len(complete) > 0 {
			if err := checkVersion(filepath.Join(dir, articlesDir, complete[len(complete)-1])); err != nil {
				return err
			}
		}
		if d.index, err = openIndex(dir); err != nil {
			return err
		}
		for _, name := range slices.DeleteFunc(complete, d.index.lists) {
			l, err := partIDs(dir, name, opts.SkipFailed)
			if err != nil {
				return err
			}
			d.recent = append(d.recent, l.written...)
			if opts.SkipFailed {
				d.retried = append(d.retried, l.failed...)
			}
		}
		slices.Sort(d.recent)
		slices.Sort(d.retried)
		return nil
	})
	if err != nil {
		if d.index.unmap != nil {
			d.index.unmap()
		}
		return nil, err
	}
	if d.temp, err = newTempArea(dir); err != nil {
		return nil, err
	}
	return d, nil
}

// Close gives up the dataset's temporary folder. A dataset that is not
// closed leaves it to be removed by the next Open.
func (d *Dataset) Close() error {
	err := d.temp.close()
	if d.index.unmap == nil {
		return err
	}
	if uerr := d.index.unmap(); err == nil {
		err = uerr
	}
	return err
}

// articleKey reads only the article_id column of an articles or errors part.
type articleKey struct {
	ArticleID string `parquet:"article_id" json:"article_id"`
}

func (*articleKey) someColumns() {}

// Seen reports whether the dataset holds the article (or, with SkipFailed,
// a failed attempt at it), or this Dataset wrote it: a run does it again
// only when it is not seen.
func (d *Dataset) Seen(articleID string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.seenKey(idKey(articleID))
}

// seenKey is Seen by the article's key; the caller holds d.mu.
func (d *Dataset) seenKey(k uint64) bool {
	if d.added[k] || has(d.index.written, k) {
		return true
	}
	if _, ok := slices.BinarySearch(d.recent, k); ok {
		return true
	}
	if !d.opts.SkipFailed {
		return false
	}
	_, ok := slices.BinarySearch(d.retried, k)
	return ok || has(d.index.failed, k)
}

// WritePart writes arts as one part: the claims of those processed, a
// failed attempt's row for each with Err set (status "error"), and an
// articles row for each of the others, the articles file last. Articles
// already seen, or that appear twice in arts, are written once only.
// processedAt is stored in UTC. Nothing is written when no article is new.
func (d *Dataset) WritePart(arts []*claimx.Article, processedAt time.Time) error {
	commit, err := d.EncodePart(arts, processedAt)
	if err != nil {
		return err
	}
	return commit()
}

// EncodePart does what WritePart does but the commit: it builds a part's
// rows and writes its files into the temporary folder (the costly part:
// encoding and compressing) and returns the function that commits it.
// Several parts may be encoded at once, on as many goroutines; each is
// named when committed, so names sort in commit order. The articles of a
// part encoded count as seen, so that no other part writes them too; if
// its encoding or its commit fails, they no longer do. A part never
// committed is removed with the temporary folder.
func (d *Dataset) EncodePart(arts []*claimx.Article, processedAt time.Time) (commit func() error, err error) {
	var keys []uint64
	var fresh []*claimx.Article
	d.mu.Lock()
	for _, a := range arts {
		if k := idKey(a.ID); !d.seenKey(k) {
			d.added[k] = true
			keys = append(keys, k)
			fresh = append(fresh, a)
		}
	}
	d.mu.Unlock()
	if len(fresh) == 0 {
		return func() error { return nil }, nil
	}
	release := func() {
		d.mu.Lock()
		for _, k := range keys {
			delete(d.added, k)
		}
		d.mu.Unlock()
	}
	var articles, failures []ArticleRow
	for _, a := range fresh {
		row := ArticleRowOf(a, len(rowClaims(a)), processedAt, d.opts.Version)
		if row.Status == StatusError {
			failures = append(failures, row)
		} else {
			articles = append(articles, row)
		}
	}
	files, err := d.encodeRows(claimRowChunks(fresh), failures, articles)
	if err != nil {
		release()
		return nil, err
	}
	return func() error {
		if err := d.commit(files); err != nil {
			release()
			return err
		}
		return nil
	}, nil
}

// EnsurePart writes an empty part when the dataset has none, so that every
// table has a file to read: DuckDB refuses a glob that matches nothing.
func (d *Dataset) EnsurePart() error {
	var complete []string
	var err error
	if d.bucket != nil {
		complete, err = d.objectParts(context.Background(), articlesDir)
	} else {
		complete, _, err = parts(d.dir)
	}
	if err != nil || len(complete) > 0 {
		return err
	}
	files, err := d.encodeRows(claimRowChunks(nil), nil, nil)
	if err != nil {
		return err
	}
	return d.commit(files)
}

// encodeRows writes the files of one part holding the rows given (the claims
// rows a chunk at a time) into the
// temporary folder, under a name of their own, and returns their paths by
// table (and idsDir).
func (d *Dataset) encodeRows(claims iter.Seq[[]ClaimRow], failures, articles []ArticleRow) (map[string]string, error) {
	d.mu.Lock()
	d.encoded++
	stem := fmt.Sprintf("p%d", d.encoded)
	d.mu.Unlock()
	var err error
	files := map[string]string{}
	if files[claimsDir], err = writeTemp(d.temp, claimsDir, stem, claims, d.opts); err != nil {
		return nil, err
	}
	if files[errorsDir], err = writeTemp(d.temp, errorsDir, stem, slices.Values([][]ArticleRow{failures}), d.opts); err != nil {
		return nil, err
	}
	if files[articlesDir], err = writeTemp(d.temp, articlesDir, stem, slices.Values([][]ArticleRow{articles}), d.opts); err != nil {
		return nil, err
	}
	files[idsDir] = filepath.Join(d.temp.dir, stem+idsExt)
	if err := writeIDsFile(files[idsDir], rowIDs(articles, failures)); err != nil {
		return nil, err
	}
	return files, nil
}

// commit names an encoded part and moves it into the tables. Parts are
// committed one at a time, so that names sort in commit order.
func (d *Dataset) commit(files map[string]string) error {
	d.commitMu.Lock()
	defer d.commitMu.Unlock()
	name, err := d.nextName()
	if err != nil {
		return err
	}
	if d.bucket != nil {
		return d.uploadPart(context.Background(), name, files)
	}
	return withLock(d.dir, exclusive, func() error { return commit(d.dir, name, files) })
}

// commit moves a part's files from the temporary folder into the tables,
// articles last, then its ids file, and makes the renames durable. Open
// treats a part without its articles file as never written, and reads the
// articles file of a part without its ids file, so a crash at any point
// leaves a consistent dataset.
func commit(dir, name string, files map[string]string) error {
	for _, table := range tables {
		if err := os.Rename(files[table], filepath.Join(dir, table, name)); err != nil {
			return err
		}
		if err := syncDir(filepath.Join(dir, table)); err != nil {
			return err
		}
	}
	ids := filepath.Join(dir, controlDir, idsDir)
	if err := os.Rename(files[idsDir], filepath.Join(ids, name+idsExt)); err != nil {
		return err
	}
	return syncDir(ids)
}

// nextName is a new part name: the current UTC time, later than any name
// this Dataset gave before, and its run id, so that parts written by other
// processes at the same instant do not collide.
func (d *Dataset) nextName() (string, error) {
	now := time.Now().UTC()
	if !now.After(d.last) {
		now = d.last.Add(time.Nanosecond)
	}
	d.last = now
	if d.run == "" {
		run, err := newRunID()
		if err != nil {
			return "", err
		}
		d.run = run
	}
	return partName(now, d.run, d.opts.Tag, d.opts.Format), nil
}

// removeOrphans deletes the claims and errors files of parts whose articles
// file was never committed: a writer crashed between the renames of
// commit. The caller holds the lock, so no writer is between them now.
func removeOrphans(dir string) error {
	_, orphans, err := parts(dir)
	if err != nil {
		return err
	}
	for _, o := range orphans {
		if err := os.Remove(filepath.Join(dir, o.table, o.name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
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
