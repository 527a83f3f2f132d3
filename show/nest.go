package show

import (
	"slices"
)

// Node is one piece of a rendered claim: plain text (Kind "") or an element
// of a kind the page template knows, holding nodes of its own.
type Node struct {
	Kind string
	Text string
	// Span is "start-end", the element's code-point offsets into the
	// article text, by which a reader (or the browser test) finds the
	// element of a dataset span.
	Span string
	ID   string // anchor of the element, "" for none
	// Class, Title, Label and Href are what the element shows besides its
	// text: a class for its type, the tooltip, a short label, a link.
	Class, Title, Label, Href string
	// Ref is the identity of what the element names across articles and
	// runs: an entity's ID, a citation's SourceID; "" when not known.
	Ref string
	// Ruby is the per-segment reading of a term whose text is one run.
	Ruby  []rubySeg
	Gloss string
	// Cont marks the second and later pieces of an element cut in two by
	// a span that overlaps it without nesting; the first piece is the one
	// that counts.
	Cont     bool
	Children []*Node
}

type rubySeg struct{ Base, Reading string }

// mark is an element to open over [start, end) of a claim's code points.
// Rank orders marks over the same span: the lower rank encloses.
type mark struct {
	start, end, rank int
	node             Node
}

// point is an element inserted at a position of a claim's code points,
// after every mark that ends there closes (a citation's badge, a quote's
// speaker label).
type point struct {
	at   int
	node Node
}

// nest lays marks and points over text as a tree of nodes. Marks that
// overlap without one holding the other cannot both be single elements:
// the one opened later is closed where the earlier one ends and opened
// again after it, its pieces after the first marked Cont. Marks and points
// must lie within text; callers drop the others.
func nest(text []rune, marks []mark, points []point) []*Node {
	marks = slices.Clone(marks)
	slices.SortStableFunc(marks, func(a, b mark) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end // the longer one encloses
		}
		return a.rank - b.rank
	})
	slices.SortStableFunc(points, func(a, b point) int { return a.at - b.at })

	bounds := []int{0, len(text)}
	for _, m := range marks {
		bounds = append(bounds, m.start, m.end)
	}
	for _, p := range points {
		bounds = append(bounds, p.at)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	root := &Node{}
	var stack []int   // indexes into marks of the open elements
	var nodes []*Node // the open elements, stack[i]'s at nodes[i]
	opened := make([]bool, len(marks))
	top := func() *Node {
		if len(nodes) == 0 {
			return root
		}
		return nodes[len(nodes)-1]
	}
	next := 0 // the first point not yet placed
	for i, at := range bounds {
		// The marks covering [at, the next bound), outermost first.
		var want []int
		if i+1 < len(bounds) {
			for j, m := range marks {
				if m.start <= at && at < m.end {
					want = append(want, j)
				}
			}
		}
		keep := 0
		for keep < len(stack) && keep < len(want) && stack[keep] == want[keep] {
			keep++
		}
		stack, nodes = stack[:keep], nodes[:keep]
		for ; next < len(points) && points[next].at == at; next++ {
			n := points[next].node
			top().Children = append(top().Children, &n)
		}
		for _, j := range want[keep:] {
			n := marks[j].node
			n.Cont = opened[j]
			if n.Cont {
				n.ID = "" // an anchor names the first piece only
			}
			opened[j] = true
			top().Children = append(top().Children, &n)
			stack, nodes = append(stack, j), append(nodes, &n)
		}
		if i+1 < len(bounds) {
			top().Children = append(top().Children, &Node{Text: string(text[at:bounds[i+1]])})
		}
	}
	return root.Children
}
