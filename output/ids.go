package output

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The seen-set of a dataset, what a run asks of it for every article read,
// is kept in small files of sorted 64-bit ids under OUT/.claimx/ids/, so
// that opening a dataset costs bytes per article, not a read of every
// articles file:
//
//   - <part>.ids beside each part, written with it and committed after its
//     articles file: the ids of the articles it holds and of its failed
//     attempts;
//   - index, rebuilt by claimx compact: the ids of every part it lists,
//     read lazily (mapped into memory, searched in place).
//
// A part with neither (written before the index, or committed by a writer
// that died before its .ids file) is read from its articles file, as
// before: the files speed up the seen-set and never decide it alone.
const (
	idsDir    = "ids"
	idsExt    = ".ids"
	indexFile = "index"
	// idsMagic opens every ids file; the digits are the file's version.
	idsMagic = "CLXIDS01"
)

// idKey is the 64-bit key of an article_id: the 16 hex digits claimx
// gives are the first 64 bits of a SHA-256, read as they are; any other id
// (a library user's) is hashed.
func idKey(articleID string) uint64 {
	if len(articleID) == 16 {
		if k, err := strconv.ParseUint(articleID, 16, 64); err == nil {
			return k
		}
	}
	h := fnv.New64a()
	h.Write([]byte(articleID))
	return h.Sum64()
}

// idList is what an ids file holds: sorted keys of the articles written
// and of the failed attempts, and for the index the parts they come from.
type idList struct {
	written, failed []uint64
	parts           []string
}

// encode lays the list out as an ids file: the magic, three counts, the
// keys little-endian, then the part names one a line.
func (l idList) encode() []byte {
	names := strings.Join(l.parts, "\n")
	b := make([]byte, 0, len(idsMagic)+8*(3+len(l.written)+len(l.failed))+len(names))
	b = append(b, idsMagic...)
	for _, n := range []int{len(l.written), len(l.failed), len(l.parts)} {
		b = binary.LittleEndian.AppendUint64(b, uint64(n))
	}
	for _, keys := range [][]uint64{l.written, l.failed} {
		for _, k := range keys {
			b = binary.LittleEndian.AppendUint64(b, k)
		}
	}
	return append(b, names...)
}

// idsView is an ids file as it lies in memory (mapped or read), searched in
// place without decoding its keys.
type idsView struct {
	written, failed []byte // 8 bytes a key, sorted
	parts           []string
	unmap           func() error
}

// parseIDs reads the layout encode writes.
func parseIDs(path string, b []byte) (idsView, error) {
	head := len(idsMagic) + 24
	if len(b) < head || string(b[:len(idsMagic)]) != idsMagic {
		return idsView{}, fmt.Errorf("%s: not a claimx ids file", path)
	}
	nw, nf, np := binary.LittleEndian.Uint64(b[8:]), binary.LittleEndian.Uint64(b[16:]), binary.LittleEndian.Uint64(b[24:])
	if uint64(len(b)-head)/8 < nw+nf {
		return idsView{}, fmt.Errorf("%s: cut short", path)
	}
	w := b[head : head+8*int(nw)]
	f := b[head+8*int(nw) : head+8*int(nw+nf)]
	v := idsView{written: w, failed: f}
	if np > 0 {
		v.parts = strings.Split(string(b[head+8*int(nw+nf):]), "\n")
		if uint64(len(v.parts)) != np {
			return idsView{}, fmt.Errorf("%s: %d part names, the header says %d", path, len(v.parts), np)
		}
	}
	return v, nil
}

// lists reports whether the index holds the ids of part name.
func (v idsView) lists(name string) bool {
	_, ok := slices.BinarySearch(v.parts, name)
	return ok
}

// decodeKeys decodes sorted keys laid out by encode.
func decodeKeys(b []byte) []uint64 {
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

// has reports whether sorted keys laid out by encode hold k.
func has(b []byte, k uint64) bool {
	lo, hi := 0, len(b)/8
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch v := binary.LittleEndian.Uint64(b[8*mid:]); {
		case v == k:
			return true
		case v < k:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return false
}

// readIDs reads a part's small ids file whole.
func readIDs(path string) (idList, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return idList{}, err
	}
	v, err := parseIDs(path, b)
	if err != nil {
		return idList{}, err
	}
	return idList{written: decodeKeys(v.written), failed: decodeKeys(v.failed)}, nil
}

// openIndex maps the dataset's index into memory; with no index it is an
// empty view.
func openIndex(dir string) (idsView, error) {
	path := filepath.Join(dir, controlDir, idsDir, indexFile)
	b, unmap, err := mapFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return idsView{unmap: func() error { return nil }}, nil
	}
	if err != nil {
		return idsView{}, err
	}
	v, err := parseIDs(path, b)
	if err != nil {
		unmap()
		return idsView{}, err
	}
	v.unmap = unmap
	return v, nil
}

// partIDs are the ids of the complete part name: from its .ids file, or,
// without one, from its articles file (and its errors file when failed is
// wanted).
func partIDs(dir, name string, failed bool) (idList, error) {
	l, err := readIDs(idsPath(dir, name))
	if !errors.Is(err, os.ErrNotExist) {
		return l, err
	}
	return partRowIDs(failed, func(table string) ([]articleKey, error) {
		return readPart[articleKey](filepath.Join(dir, table, name))
	})
}

// partRowIDs is the idList of a part read from its rows: its articles
// table's and, when failed, its errors table's, each read by read.
func partRowIDs(failed bool, read func(table string) ([]articleKey, error)) (idList, error) {
	var l idList
	tables := []string{articlesDir}
	if failed {
		tables = append(tables, errorsDir)
	}
	for _, table := range tables {
		rows, err := read(table)
		if err != nil {
			return l, err
		}
		ks := make([]uint64, len(rows))
		for i, r := range rows {
			ks[i] = idKey(r.ArticleID)
		}
		slices.Sort(ks)
		if table == articlesDir {
			l.written = ks
		} else {
			l.failed = ks
		}
	}
	return l, nil
}

func idsPath(dir, name string) string {
	return filepath.Join(dir, controlDir, idsDir, name+idsExt)
}

// rowIDs is the ids file of a part holding rows.
func rowIDs(articles, failures []ArticleRow) idList {
	var l idList
	for _, r := range articles {
		l.written = append(l.written, idKey(r.ArticleID))
	}
	for _, r := range failures {
		l.failed = append(l.failed, idKey(r.ArticleID))
	}
	slices.Sort(l.written)
	slices.Sort(l.failed)
	return l
}

// writeIDsFile writes l to path, creating it, and syncs it.
func writeIDsFile(path string, l idList) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	_, err = f.Write(l.encode())
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// writeIndex rebuilds the dataset's index to list every complete part:
// the keys of the index before, which hold those of the parts it listed
// (and of the parts merged from them), and those of the parts it did not
// list. Runs may commit parts meanwhile; the index lists the parts it
// holds, and Open reads the others' .ids files. The caller holds the
// compaction lock: one index is written at a time.
func writeIndex(dir string) error {
	return withLock(dir, shared, func() error {
		complete, _, err := parts(dir)
		if err != nil {
			return err
		}
		old, err := openIndex(dir)
		if err != nil {
			return err
		}
		defer old.unmap()
		l := idList{written: decodeKeys(old.written), failed: decodeKeys(old.failed), parts: complete}
		for _, name := range complete {
			if old.lists(name) {
				continue
			}
			p, err := partIDs(dir, name, true)
			if err != nil {
				return err
			}
			l.written = append(l.written, p.written...)
			l.failed = append(l.failed, p.failed...)
		}
		slices.Sort(l.written)
		slices.Sort(l.failed)
		l.written, l.failed = slices.Compact(l.written), slices.Compact(l.failed)
		path := filepath.Join(dir, controlDir, idsDir, indexFile)
		os.Remove(path + ".tmp") // a dead compactor's
		if err := writeIDsFile(path+".tmp", l); err != nil {
			return err
		}
		if err := os.Rename(path+".tmp", path); err != nil {
			return err
		}
		return syncDir(filepath.Dir(path))
	})
}
