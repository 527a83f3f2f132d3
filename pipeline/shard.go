package pipeline

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard is the share of the inputs that one of Count runs over the same
// inputs takes: the articles whose article_id hashes to Index. Shards are
// told apart by the article's identity, not by its file, so that an
// article copied under two names falls to one shard only and no two shards
// ever write the same article: n runs with no coordinator give every
// article exactly once. The zero Shard takes everything.
type Shard struct {
	Index, Count int // 0 <= Index < Count
}

// ParseShard reads a shard written i/n, as --shard takes it.
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("a shard is written i/n (the i-th of n, from 0), not %q", s)
	}
	return NewShard(i, n)
}

// NewShard is the shard index of count, both given as decimal numbers, as
// --shard and Kubernetes' JOB_COMPLETION_INDEX and JOB_COMPLETIONS give
// them.
func NewShard(index, count string) (Shard, error) {
	i, err := strconv.Atoi(strings.TrimSpace(index))
	if err != nil {
		return Shard{}, fmt.Errorf("shard index %q is not a number", index)
	}
	n, err := strconv.Atoi(strings.TrimSpace(count))
	if err != nil {
		return Shard{}, fmt.Errorf("shard count %q is not a number", count)
	}
	if n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %d of %d: the index runs from 0 to the count less one", i, n)
	}
	return Shard{Index: i, Count: n}, nil
}

// Owns reports whether the article is this shard's: FNV-1a of its
// article_id, modulo Count, is Index. The hash is fixed, so a shard takes
// the same articles on every machine and in every run.
func (s Shard) Owns(articleID string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(articleID))
	return h.Sum64()%uint64(s.Count) == uint64(s.Index)
}

// String is the shard as part names carry it, "2of4"; "" for the whole.
func (s Shard) String() string {
	if s.Count <= 1 {
		return ""
	}
	return fmt.Sprintf("%dof%d", s.Index, s.Count)
}
