package output

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
)

// ReadClaims reads every claims row of the dataset in dir, in write order.
func ReadClaims(dir string) ([]ClaimRow, error) { return readTable[ClaimRow](dir, claimsDir) }

// ReadArticles reads every articles row of the dataset in dir, in write
// order.
func ReadArticles(dir string) ([]ArticleRow, error) { return readTable[ArticleRow](dir, articlesDir) }

// readTable reads one table of the complete parts; a claims part left
// alone by a crash is skipped, as Open would remove it.
func readTable[T any](dir, table string) ([]T, error) {
	complete, _, err := parts(dir)
	if err != nil {
		return nil, err
	}
	var all []T
	for _, name := range complete {
		rows, err := readPart[T](filepath.Join(dir, table, name))
		if err != nil {
			return nil, err
		}
		all = append(all, rows...)
	}
	return all, nil
}

// readPart reads the rows of one part file, refusing a file written under
// another schema version, whose columns T may not describe.
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
	file, err := parquet.OpenFile(f, info.Size())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if v, _ := file.Lookup(schemaVersionKey); v != SchemaVersion {
		return nil, fmt.Errorf("%s: claimx schema version %q, this build reads %q", path, v, SchemaVersion)
	}
	rows := make([]T, file.NumRows())
	r := parquet.NewGenericReader[T](file)
	defer r.Close()
	n, err := r.Read(rows)
	if n == len(rows) {
		return rows, nil
	}
	if err == nil || err == io.EOF {
		return nil, fmt.Errorf("%s: read %d of %d rows", path, n, len(rows))
	}
	return nil, fmt.Errorf("%s: read %d of %d rows: %w", path, n, len(rows), err)
}
