package eval

// item is one scored unit of a layer: key is what is compared (already
// normalised), label what a reader of the explanation sees.
type item struct{ key, label string }

// tally is how one layer of one article came out.
type tally struct {
	tp     int
	fp, fn []string // labels of the false positives and false negatives
}

// matchMulti pairs gold and predicted items with equal keys, each item used
// at most once, so a citation listed twice in gold must be predicted twice.
func matchMulti(gold, pred []item) tally {
	var t tally
	avail := counts(pred)
	for _, g := range gold {
		if avail[g.key] > 0 {
			avail[g.key]--
			t.tp++
		} else {
			t.fn = append(t.fn, g.label)
		}
	}
	avail = counts(gold)
	for _, p := range pred {
		if avail[p.key] > 0 {
			avail[p.key]--
		} else {
			t.fp = append(t.fp, p.label)
		}
	}
	return t
}

// matchSet scores items as sets: repeats on either side count once.
func matchSet(gold, pred []item) tally {
	return matchMulti(distinctItems(gold), distinctItems(pred))
}

func counts(items []item) map[string]int {
	n := map[string]int{}
	for _, it := range items {
		n[it.key]++
	}
	return n
}

func distinctItems(items []item) []item {
	return distinct(items, func(it item) string { return it.key })
}

// distinct keeps the first of the elements that share a key, in order.
func distinct[T any](xs []T, key func(T) string) []T {
	seen := map[string]bool{}
	var out []T
	for _, x := range xs {
		k := key(x)
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// typedKey identifies an entity name of a given type after normalising.
func typedKey(typ, name string) string { return Normalize(typ) + "\x00" + Normalize(name) }

// nameIndex finds the gold entity that bears a name, as its name or one of
// its aliases. When a name is ambiguous, an entity's own name wins over
// another's alias, then the entity listed first.
type nameIndex map[string]int

func newNameIndex(ents []GoldEntity, key func(typ, name string) string) nameIndex {
	idx := nameIndex{}
	add := func(k string, i int) {
		if _, taken := idx[k]; !taken {
			idx[k] = i
		}
	}
	for i, e := range ents {
		add(key(e.Type, e.Name), i)
	}
	for i, e := range ents {
		for _, a := range e.Aliases {
			add(key(e.Type, a), i)
		}
	}
	return idx
}
