package output

import "path/filepath"

// ReadClaims reads every claims row of the dataset in dir, in write order.
func ReadClaims(dir string) ([]ClaimRow, error) { return readTable[ClaimRow](dir, claimsDir) }

// ReadArticles reads every articles row of the dataset in dir, in write
// order: one per article it holds.
func ReadArticles(dir string) ([]ArticleRow, error) { return readTable[ArticleRow](dir, articlesDir) }

// ReadErrors reads every row of failed attempts of the dataset in dir, in
// write order.
func ReadErrors(dir string) ([]ArticleRow, error) { return readTable[ArticleRow](dir, errorsDir) }

// readTable reads one table of the complete parts, holding the dataset's
// lock shared so that no compaction swaps the files listed away meanwhile;
// the files of a part a writer left incomplete are skipped, as Open would
// remove them.
func readTable[T any](dir, table string) ([]T, error) {
	var all []T
	err := withLock(dir, shared, func() error {
		complete, _, err := parts(dir)
		if err != nil {
			return err
		}
		for _, name := range complete {
			rows, err := readPart[T](filepath.Join(dir, table, name))
			if err != nil {
				return err
			}
			all = append(all, rows...)
		}
		return nil
	})
	return all, err
}
