package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Compaction replaces runs of small parts with parts of up to
// CompactOptions.PartArticles articles. A table cannot be changed file by
// file without a reader seeing a row twice (the merged part and one it
// replaces) or not at all, so each table is rebuilt beside the dataset, in
// OUT/.claimx/compact/<table>, holding every file of the table but the
// parts merged, plus the merged ones, and swapped with the table by one
// atomic rename (RENAME_EXCHANGE). The three swaps happen under the
// dataset's lock, with a journal that Open reads to finish them should the
// compactor die between two.
const (
	compactDir  = "compact"
	journalFile = "journal.json"
)

// CompactOptions say how Compact merges parts.
type CompactOptions struct {
	// Version is the claimx build, written in every merged file.
	Version string
	// The swaps wait, for at most QuietLimit, until no process on this
	// machine has touched a table's files for Quiet: a reader between
	// listing a table and opening the files it listed would find a merged
	// part gone and fail.
	Quiet, QuietLimit time.Duration
	// PartArticles is the most articles (and failed attempts) a merged
	// part holds; a part holding half as many or more is left as it is.
	PartArticles int
}

// CompactStats says what Compact did.
type CompactStats struct {
	Before, After int // complete parts
	ErrorsDropped int // failed attempts dropped: their article was written or tried again since
	// Quiet is whether the swaps came in a pause of the readers, rather
	// than at QuietLimit.
	Quiet bool
}

// journal names the parts a compaction merges: each merged part's name and
// the names of the parts it replaces, in order.
type journal struct {
	Merged map[string][]string `json:"merged"`
}

// Compact merges the small parts of the dataset in dir into large ones,
// while runs may write to it and readers read it. Failed attempts whose
// article has been written, or tried again, since are dropped from the
// parts merged: what remains in OUT/errors is what still fails.
func Compact(dir string, opts CompactOptions) (CompactStats, error) {
	var stats CompactStats
	if _, err := os.Stat(filepath.Join(dir, articlesDir)); err != nil {
		return stats, fmt.Errorf("%s is not a claimx dataset: %w", dir, err)
	}
	release, err := lockCompaction(dir)
	if err != nil {
		return stats, err
	}
	defer release()
	if err := os.MkdirAll(filepath.Join(dir, controlDir, idsDir), 0o777); err != nil {
		return stats, err
	}
	staged := filepath.Join(dir, controlDir, compactDir)
	// What an earlier compactor left: its swaps finished, then its copies
	// removed.
	if err := withLock(dir, exclusive, func() error { return finishCompaction(dir) }); err != nil {
		return stats, err
	}
	if err := os.RemoveAll(staged); err != nil {
		return stats, err
	}
	complete, _, err := parts(dir)
	if err != nil {
		return stats, err
	}
	stats.Before, stats.After = len(complete), len(complete)
	// Complete parts never change but by compaction, which this process
	// alone does now: they are read without the dataset's lock.
	plan, err := planCompaction(dir, complete, max(opts.PartArticles, 1))
	if err != nil {
		return stats, err
	}
	if len(plan.groups) == 0 {
		return stats, writeIndex(dir)
	}
	for _, table := range tables {
		if err := os.MkdirAll(filepath.Join(staged, table), 0o777); err != nil {
			return stats, err
		}
	}
	format := formatOf(complete[0])
	j := journal{Merged: map[string][]string{}}
	for _, group := range plan.groups {
		name, dropped, err := mergeGroup(dir, staged, group, plan, format, opts.Version)
		if err != nil {
			return stats, err
		}
		j.Merged[name] = group
		stats.ErrorsDropped += dropped
		stats.After -= len(group) - 1
	}
	// Runs wait for the lock while readers are waited for: no part
	// appears meanwhile that the copies would lack.
	readersPaused := func() (err error) {
		stats.Quiet, err = awaitQuiet(tableDirs(dir), opts.Quiet, opts.QuietLimit)
		return err
	}
	err = withLock(dir, exclusive, func() error {
		if err := writeJournal(staged, j); err != nil {
			return err
		}
		return swapTables(dir, j, readersPaused)
	})
	if err != nil {
		return stats, err
	}
	// The tables swapped out are what staged holds now; no reader lists
	// them any longer, nor their ids files.
	if err := os.RemoveAll(staged); err != nil {
		return stats, err
	}
	for _, group := range plan.groups {
		for _, name := range group {
			if err := os.Remove(idsPath(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return stats, err
			}
		}
	}
	return stats, writeIndex(dir)
}

// lockCompaction keeps other compactions of the dataset off until release.
func lockCompaction(dir string) (release func(), err error) {
	control := filepath.Join(dir, controlDir)
	if err := os.MkdirAll(control, 0o777); err != nil {
		return nil, err
	}
	path := filepath.Join(control, compactLockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, err
	}
	ok, err := tryLock(f)
	if err != nil || !ok {
		f.Close()
		if err == nil {
			err = fmt.Errorf("%s: another claimx compact is at work on it", dir)
		}
		return nil, err
	}
	return func() { f.Close() }, nil
}

// compactionPlan is what planCompaction found: the groups of parts to
// merge, and which failed attempts are resolved.
type compactionPlan struct {
	groups [][]string
	// written are the articles the dataset holds; latestError, the time of
	// each article's latest failed attempt.
	written     map[string]bool
	latestError map[string]time.Time
}

// planCompaction groups runs of consecutive small parts, up to limit
// articles and failed attempts a group. A group of one part is left alone.
func planCompaction(dir string, complete []string, limit int) (compactionPlan, error) {
	plan := compactionPlan{written: map[string]bool{}, latestError: map[string]time.Time{}}
	var group []string
	size := 0
	flush := func() {
		if len(group) > 1 {
			plan.groups = append(plan.groups, group)
		}
		group, size = nil, 0
	}
	for _, name := range complete {
		written, err := readPart[articleKey](filepath.Join(dir, articlesDir, name))
		if err != nil {
			return plan, err
		}
		failed, err := readPart[ArticleRow](filepath.Join(dir, errorsDir, name))
		if err != nil {
			return plan, err
		}
		for _, r := range written {
			plan.written[r.ArticleID] = true
		}
		for _, r := range failed {
			if t, ok := plan.latestError[r.ArticleID]; !ok || !r.ProcessedAt.Before(t) {
				plan.latestError[r.ArticleID] = r.ProcessedAt
			}
		}
		n := len(written) + len(failed)
		if 2*n >= limit {
			flush()
			continue
		}
		if size+n > limit {
			flush()
		}
		group = append(group, name)
		size += n
	}
	flush()
	return plan, nil
}

// resolved reports whether a failed attempt no longer says anything about
// its article: the article was written, or tried again later.
func (p compactionPlan) resolved(r ArticleRow) bool {
	return p.written[r.ArticleID] || r.ProcessedAt.Before(p.latestError[r.ArticleID])
}

// mergeGroup writes the parts of group as one part into the staged
// tables, under a name that sorts where the group's last part did, and
// returns the name and how many resolved failed attempts it dropped.
// The merged files carry the compactor's build; each row keeps, in
// articles.version, the build that wrote it.
func mergeGroup(dir, staged string, group []string, plan compactionPlan, format Format, version string) (string, int, error) {
	last, err := time.Parse(partTime, group[len(group)-1][:len(partTime)])
	if err != nil {
		return "", 0, fmt.Errorf("part %s: a name claimx did not give", group[len(group)-1])
	}
	run, err := newRunID()
	if err != nil {
		return "", 0, err
	}
	name := partName(last, run, "", format)
	claims, err := readParts[ClaimRow](dir, claimsDir, group)
	if err != nil {
		return "", 0, err
	}
	failed, err := readParts[ArticleRow](dir, errorsDir, group)
	if err != nil {
		return "", 0, err
	}
	articles, err := readParts[ArticleRow](dir, articlesDir, group)
	if err != nil {
		return "", 0, err
	}
	kept := slices.DeleteFunc(slices.Clone(failed), plan.resolved)
	opts := Options{Version: version, Format: format}
	if err := writeFile(filepath.Join(staged, claimsDir, name), claims, opts); err != nil {
		return "", 0, err
	}
	if err := writeFile(filepath.Join(staged, errorsDir, name), kept, opts); err != nil {
		return "", 0, err
	}
	if err := writeFile(filepath.Join(staged, articlesDir, name), articles, opts); err != nil {
		return "", 0, err
	}
	// Beside the dataset's ids, named after a part no table lists until
	// the swap.
	if err := writeIDsFile(idsPath(dir, name), rowIDs(articles, kept)); err != nil {
		return "", 0, err
	}
	return name, len(failed) - len(kept), nil
}

func tableDirs(dir string) []string {
	dirs := make([]string, len(tables))
	for i, table := range tables {
		dirs[i] = filepath.Join(dir, table)
	}
	return dirs
}

func readParts[T any](dir, table string, names []string) ([]T, error) {
	var all []T
	for _, name := range names {
		rows, err := readPart[T](filepath.Join(dir, table, name))
		if err != nil {
			return nil, err
		}
		all = append(all, rows...)
	}
	return all, nil
}

func writeJournal(staged string, j journal) error {
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	path := filepath.Join(staged, journalFile)
	if err := os.WriteFile(path+".tmp", data, 0o666); err != nil {
		return err
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		return err
	}
	return syncDir(staged)
}

// swapTables swaps each table not yet swapped with its staged copy, after
// bringing into the copy every file of the table that it lacks (a part a
// run committed since) but the parts merged. wait, when not nil, runs once
// the copies are ready, right before the swaps. The caller holds the lock.
func swapTables(dir string, j journal, wait func() error) error {
	staged := filepath.Join(dir, controlDir, compactDir)
	mergedAway := map[string]bool{}
	for _, group := range j.Merged {
		for _, name := range group {
			mergedAway[name] = true
		}
	}
	var todo []string
	for _, table := range tables {
		live := filepath.Join(dir, table)
		entries, err := os.ReadDir(live)
		if err != nil {
			return err
		}
		if swapped(entries, j) {
			continue
		}
		copyDir := filepath.Join(staged, table)
		for _, e := range entries {
			if mergedAway[e.Name()] {
				continue
			}
			err := os.Link(filepath.Join(live, e.Name()), filepath.Join(copyDir, e.Name()))
			if e.IsDir() {
				err = os.Rename(filepath.Join(live, e.Name()), filepath.Join(copyDir, e.Name()))
			}
			if err != nil && !errors.Is(err, os.ErrExist) {
				return err
			}
		}
		if err := syncDir(copyDir); err != nil {
			return err
		}
		todo = append(todo, table)
	}
	if wait != nil {
		if err := wait(); err != nil {
			return err
		}
	}
	for _, table := range todo {
		live := filepath.Join(dir, table)
		if err := exchange(filepath.Join(staged, table), live); err != nil {
			return fmt.Errorf("swapping %s for its compacted copy: %w", live, err)
		}
	}
	if err := syncDir(dir); err != nil {
		return err
	}
	return os.Remove(filepath.Join(staged, journalFile))
}

// swapped reports whether a table's listing is already the compacted one:
// it holds a merged part.
func swapped(entries []os.DirEntry, j journal) bool {
	for _, e := range entries {
		if _, ok := j.Merged[e.Name()]; ok {
			return true
		}
	}
	return false
}

// finishCompaction completes the swaps of a compactor that died between
// two, so that every table lists the same parts again. The caller holds the
// dataset's lock, under which a live compactor writes its journal and
// removes it: a journal found then is a dead compactor's.
func finishCompaction(dir string) error {
	path := filepath.Join(dir, controlDir, compactDir, journalFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var j journal
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return swapTables(dir, j, nil)
}
