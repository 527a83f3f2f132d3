package output

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
)

// Format is the file format of a dataset's parts.
type Format string

const (
	Parquet Format = "parquet"
	// JSONL is JSON Lines: one row a line, under the Parquet column names,
	// a DATE as "2006-01-02" and a TIMESTAMP in RFC 3339, for users
	// without a Parquet reader.
	JSONL Format = "jsonl"
)

// Formats are the formats a dataset can be written in.
var Formats = []Format{Parquet, JSONL}

func (f Format) ext() string { return "." + string(f) }

// formatOf is the format of a part file by its name; "" when it is no part.
func formatOf(name string) Format {
	if strings.HasPrefix(name, ".") {
		return ""
	}
	for _, f := range Formats {
		if strings.HasSuffix(name, f.ext()) {
			return f
		}
	}
	return ""
}

// partTime sorts as text in time order; nanoseconds keep parts written in
// quick succession distinct and ordered.
const partTime = "20060102T150405.000000000Z"

// partName is the name of a part written at t by the writer whose run id
// is run, tagged with tag (the shard that wrote it) when not empty. The
// time sorts names in write order; the run id, random for every writer,
// keeps apart the parts of writers on other machines, whose clocks may
// agree to the nanosecond.
func partName(t time.Time, run, tag string, f Format) string {
	name := t.UTC().Format(partTime) + "-" + run
	if tag != "" {
		name += "-" + tag
	}
	return name + f.ext()
}

// newRunID is a writer's run id: 64 random bits, so that no two writers
// anywhere share one.
func newRunID() (string, error) {
	var random [8]byte
	if _, err := rand.Read(random[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(random[:]), nil
}

// orphan is a file of a part whose articles file is missing.
type orphan struct{ table, name string }

// parts lists the complete parts of the dataset in dir, those whose
// articles file is there, in write order, and the files of parts that are
// not.
func parts(dir string) (complete []string, orphans []orphan, err error) {
	complete, err = partNames(filepath.Join(dir, articlesDir))
	if err != nil {
		return nil, nil, err
	}
	for _, table := range tables {
		if table == articlesDir {
			continue
		}
		names, err := partNames(filepath.Join(dir, table))
		if err != nil {
			return nil, nil, err
		}
		for _, name := range names {
			if _, found := slices.BinarySearch(complete, name); !found {
				orphans = append(orphans, orphan{table, name})
			}
		}
	}
	return complete, orphans, nil
}

// partNames lists the part files in dir, sorted by name, which is write
// order.
func partNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && formatOf(e.Name()) != "" {
			names = append(names, e.Name())
		}
	}
	return names, nil
}

// datasetFormat is the format of the parts in dir, "" when it has none.
func datasetFormat(dir string) (Format, error) {
	complete, _, err := parts(dir)
	if err != nil || len(complete) == 0 {
		return "", err
	}
	return formatOf(complete[0]), nil
}

// writeFile writes rows to path in opts.Format, creating it, and syncs it.
func writeFile[T any](path string, rows []T, opts Options) error {
	return writeChunks(path, slices.Values([][]T{rows}), opts)
}

// writeChunks writes the rows of chunks to path in opts.Format, creating it,
// and syncs it. Each chunk is written before the next is asked for.
func writeChunks[T any](path string, chunks iter.Seq[[]T], opts Options) (err error) {
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			file.Close()
			os.Remove(path)
		}
	}()
	switch opts.Format {
	case JSONL:
		err = writeJSONL(file, chunks)
	default:
		err = writeParquet(file, chunks, opts.Version)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := file.Sync(); err != nil {
		return err
	}
	return file.Close()
}

func writeParquet[T any](w io.Writer, chunks iter.Seq[[]T], version string) error {
	pw := parquet.NewGenericWriter[T](w, writerOptions(version)...)
	for rows := range chunks {
		if _, err := pw.Write(rows); err != nil {
			return err
		}
	}
	return pw.Close()
}

func writeJSONL[T any](w io.Writer, chunks iter.Seq[[]T]) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false) // article text as written: <, > and & stay
	for rows := range chunks {
		for i := range rows {
			if err := enc.Encode(&rows[i]); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// writerOptions are the file settings every Parquet part is written with.
// Data page v1 and PLAIN strings replace parquet-go's defaults (page v2 and
// DELTA_LENGTH_BYTE_ARRAY), which older Spark and some pyarrow versions
// reject. The text columns (a claim's sentence, an article's whole text)
// get no min/max statistics: no filter is pruned by the least and greatest
// article of a part, and parquet-go stores those bounds whole and
// uncompressed, in the footer's column index (page bounds) and again in
// every data page's header (page statistics): an article's text three
// times over in its part, and as many times in memory while the part is
// encoded.
func writerOptions(version string) []parquet.WriterOption {
	return []parquet.WriterOption{
		parquet.Compression(pageCodec),
		parquet.DataPageVersion(1),
		parquet.DefaultEncodingFor(parquet.ByteArray, &parquet.Plain),
		parquet.SkipPageBounds("text"),
		parquet.SkipPageStatistics("text"),
		parquet.KeyValueMetadata(schemaVersionKey, SchemaVersion),
		parquet.KeyValueMetadata(versionKey, version),
	}
}

// readPart reads the rows of one part file, Parquet or JSON Lines by its
// name.
func readPart[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return decodePart[T](f, info.Size(), path)
}

// decodePart reads the rows of a part of size bytes read through r, a
// Parquet or JSON Lines file by its name.
func decodePart[T any](r io.ReaderAt, size int64, name string) ([]T, error) {
	if formatOf(path.Base(name)) == JSONL {
		return readJSONL[T](io.NewSectionReader(r, 0, size), name)
	}
	return readParquet[T](r, size, name)
}

// readParquet reads a Parquet part, refusing a file written under another
// schema version, whose columns T may not describe.
func readParquet[T any](r io.ReaderAt, size int64, name string) ([]T, error) {
	file, err := openParquet(r, size, name)
	if err != nil {
		return nil, err
	}
	rows := make([]T, file.NumRows())
	pr := parquet.NewGenericReader[T](file)
	defer pr.Close()
	n, err := pr.Read(rows)
	if n == len(rows) {
		return rows, nil
	}
	if err == nil || err == io.EOF {
		return nil, fmt.Errorf("%s: read %d of %d rows", name, n, len(rows))
	}
	return nil, fmt.Errorf("%s: read %d of %d rows: %w", name, n, len(rows), err)
}

// openParquet opens a Parquet part by its footer, refusing a file written
// under another schema version.
func openParquet(r io.ReaderAt, size int64, name string) (*parquet.File, error) {
	file, err := parquet.OpenFile(r, size)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if v, _ := file.Lookup(schemaVersionKey); v != SchemaVersion {
		return nil, fmt.Errorf("%s: claimx schema version %q, this build reads %q", name, v, SchemaVersion)
	}
	return file, nil
}

// checkVersion refuses a Parquet part written under another schema
// version, reading its footer only. A JSON Lines part carries no version.
func checkVersion(path string) error {
	if formatOf(filepath.Base(path)) != Parquet {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	_, err = openParquet(f, info.Size(), path)
	return err
}

// readJSONL reads a JSON Lines part. JSON Lines carry no schema version:
// a field T does not know (a v1 "start") is refused instead, unless T
// reads some columns only.
func readJSONL[T any](r io.Reader, path string) ([]T, error) {
	br := bufio.NewReader(r)
	var rows []T
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var row T
			dec := json.NewDecoder(bytes.NewReader(line))
			if _, some := any(&row).(someColumns); !some {
				dec.DisallowUnknownFields()
			}
			if err := dec.Decode(&row); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			rows = append(rows, row)
		}
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
}

// someColumns is a row type that reads some columns of a table only.
type someColumns interface{ someColumns() }

// tempArea is a writer's own folder under OUT/.claimx/tmp, where its files
// are written before they are renamed into the tables. The writer holds a
// lock on it while it lives, so that another writer's Open removes it only
// once its writer is gone. A dataset in a bucket encodes its parts in a
// local temporary folder, which needs no lock.
type tempArea struct {
	dir  string
	lock *os.File
}

func newTempArea(dataset string) (*tempArea, error) {
	root := filepath.Join(dataset, controlDir, tempDir)
	if err := os.MkdirAll(root, 0o777); err != nil {
		return nil, err
	}
	// The folder is made under a pending name and locked before it takes
	// its own: another writer's removeStaleTemps, running in between,
	// would otherwise find it unlocked and remove it.
	pending, err := os.MkdirTemp(root, pendingPrefix+"w")
	if err != nil {
		return nil, err
	}
	lock, err := lockDir(pending)
	if err != nil {
		os.Remove(pending)
		return nil, err
	}
	dir := filepath.Join(root, strings.TrimPrefix(filepath.Base(pending), pendingPrefix))
	if err := os.Rename(pending, dir); err != nil {
		lock.Close()
		os.Remove(pending)
		return nil, err
	}
	return &tempArea{dir: dir, lock: lock}, nil
}

// pendingPrefix marks a temporary folder not yet locked by its writer;
// pendingAge is how old such a folder must be before it counts as left by a
// writer that died before locking it.
const (
	pendingPrefix = "."
	pendingAge    = time.Hour
)

// writeTemp writes rows as table's file of the part stem in the area and
// returns its path.
func writeTemp[T any](t *tempArea, table, stem string, chunks iter.Seq[[]T], opts Options) (string, error) {
	path := filepath.Join(t.dir, table+"-"+stem+".tmp")
	return path, writeChunks(path, chunks, opts)
}

func (t *tempArea) close() error {
	err := os.RemoveAll(t.dir)
	if t.lock == nil {
		return err
	}
	if cerr := t.lock.Close(); err == nil {
		err = cerr
	}
	return err
}

// removeStaleTemps removes the temporary folders of writers that are gone:
// those whose lock can be taken.
func removeStaleTemps(dataset string) error {
	root := filepath.Join(dataset, controlDir, tempDir)
	entries, err := os.ReadDir(root)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		if strings.HasPrefix(e.Name(), pendingPrefix) {
			if info, err := e.Info(); err != nil || time.Since(info.ModTime()) < pendingAge {
				continue // being made by a live writer
			}
		}
		lock, err := tryLockDir(dir)
		if err != nil || lock == nil {
			continue // gone meanwhile, or its writer lives
		}
		err = os.RemoveAll(dir)
		lock.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
