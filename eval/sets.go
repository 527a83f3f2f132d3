package eval

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
)

// Set is one gold set: a folder holding articles/ and gold/.
type Set struct {
	Name string // its path under the root given to FindSets, "/"-separated
	Dir  string
}

// FindSets lists the gold sets at or under root in path order, so that one
// root can hold several sets scored apart (seeds/written, seeds/real/dev,
// seeds/real/test). A root that is itself a set is the only one, named after
// its folder.
func FindSets(root string) ([]Set, error) {
	if isSet(root) {
		return []Set{{Name: filepath.Base(filepath.Clean(root)), Dir: root}}, nil
	}
	var sets []Set
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == root {
			return nil
		}
		if isSet(path) {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			sets = append(sets, Set{Name: filepath.ToSlash(rel), Dir: path})
			return filepath.SkipDir
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("finding gold sets: %w", err)
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("no gold set under %s: no folder there holds gold/", root)
	}
	return sets, nil
}

func isSet(dir string) bool {
	info, err := os.Stat(filepath.Join(dir, "gold"))
	return err == nil && info.IsDir()
}

// All scores every set's articles together, as one set named "all". Stems
// are qualified by their set, so two sets may share one.
func All(sets []Set, golds []map[string]Gold, preds []map[string]Prediction) Report {
	gold, pred := map[string]Gold{}, map[string]Prediction{}
	for i, s := range sets {
		for stem, g := range golds[i] {
			gold[s.Name+"/"+stem] = g
		}
		for stem, p := range preds[i] {
			pred[s.Name+"/"+stem] = p
		}
	}
	r := Score(gold, pred)
	r.Set = "all"
	return r
}

// UniqueStems checks that no stem names articles in two sets, which a
// dataset keyed by stem could not tell apart.
func UniqueStems(files []map[string]string) error {
	owner := map[string]string{}
	var errs []error
	for _, f := range files {
		for _, stem := range slices.Sorted(maps.Keys(f)) {
			if prev, dup := owner[stem]; dup {
				errs = append(errs, fmt.Errorf("%s and %s share the stem %q", prev, f[stem], stem))
				continue
			}
			owner[stem] = f[stem]
		}
	}
	return errors.Join(errs...)
}
