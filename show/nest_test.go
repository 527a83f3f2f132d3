package show

import (
	"strings"
	"testing"
)

// brackets writes nodes as [kind text ...], a piece of a cut element as
// [kind+ ...], so a tree reads on one line.
func brackets(nodes []*Node) string {
	var b strings.Builder
	for _, n := range nodes {
		if n.Kind == "" {
			b.WriteString(n.Text)
			continue
		}
		b.WriteString("[" + n.Kind)
		if n.Cont {
			b.WriteString("+")
		}
		b.WriteString(" " + n.Text + brackets(n.Children) + "]")
	}
	return b.String()
}

func TestNest(t *testing.T) {
	q := func(from, to int) mark { return mark{from, to, rankQuote, Node{Kind: "q"}} }
	e := func(from, to int) mark { return mark{from, to, rankEntity, Node{Kind: "e"}} }
	c := func(from, to int) mark { return mark{from, to, rankCite, Node{Kind: "c"}} }
	p := func(at int, text string) point { return point{at, Node{Kind: "p", Text: text}} }
	tests := []struct {
		name   string
		text   string
		marks  []mark
		points []point
		want   string
	}{
		{"plain text", "abc", nil, nil, "abc"},
		{"one mark", "abcdef", []mark{e(2, 4)}, nil, "ab[e cd]ef"},
		{"a mark over all", "abc", []mark{e(0, 3)}, nil, "[e abc]"},
		{"nested, any order", "abcdef", []mark{e(2, 3), q(1, 5)}, nil, "a[q b[e c]de]f"},
		{"same span: the lower rank encloses", "abc", []mark{e(0, 3), q(0, 3), c(0, 3)}, nil, "[q [c [e abc]]]"},
		{"side by side", "abcd", []mark{e(0, 2), e(2, 4)}, nil, "[e ab][e cd]"},
		{"crossing: the later one in two pieces", "abcdef", []mark{q(0, 4), e(2, 6)}, nil, "[q ab[e cd]][e+ ef]"},
		{"point after a mark that ends there", "abcd", []mark{c(0, 2)}, []point{p(2, "B")}, "[c ab][p B]cd"},
		{"point inside a mark that goes on", "abcd", []mark{q(0, 4), c(0, 2)}, []point{p(2, "B")}, "[q [c ab][p B]cd]"},
		{"points at the start and the end", "ab", nil, []point{p(2, "Z"), p(0, "A")}, "[p A]ab[p Z]"},
		{"empty text", "", nil, []point{p(0, "A")}, "[p A]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := brackets(nest([]rune(tt.text), tt.marks, tt.points))
			if got != tt.want {
				t.Errorf("nest(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
