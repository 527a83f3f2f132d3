package show

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// FuzzNest lays marks and points read from spec over text: the tree holds
// the text once, in order, and each mark as one first piece whose text
// begins the text the mark covers.
func FuzzNest(f *testing.F) {
	f.Add("abcdef", []byte{0, 4, 0, 2, 6, 2, 3, 3, 1})
	f.Add("网络主权 and more", []byte{0, 4, 3, 0, 4, 2, 5, 8, 0})
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		if !utf8.ValidString(text) {
			t.Skip("article text is UTF-8")
		}
		runes := []rune(text)
		var marks []mark
		var points []point
		for i := 0; i+2 < len(spec); i += 3 {
			from, to := int(spec[i]), int(spec[i+1])
			if to > len(runes) {
				continue
			}
			if from >= to {
				points = append(points, point{to, Node{Kind: "p"}})
				continue
			}
			id := "m" + string(rune('0'+len(marks)))
			marks = append(marks, mark{from, to, int(spec[i+2] % 5), Node{Kind: "m", ID: id}})
		}
		nodes := nest(runes, marks, points)
		var plain strings.Builder
		first := map[string]string{}
		var visit func([]*Node, []string)
		visit = func(nodes []*Node, open []string) {
			for _, n := range nodes {
				if n.Kind == "" {
					plain.WriteString(n.Text)
					for _, id := range open {
						first[id] += n.Text
					}
					continue
				}
				if n.ID != "" {
					if _, dup := first[n.ID]; dup {
						t.Fatalf("mark %s opened twice as a first piece", n.ID)
					}
					first[n.ID] = ""
					visit(n.Children, append(open, n.ID))
					continue
				}
				visit(n.Children, open)
			}
		}
		visit(nodes, nil)
		if plain.String() != text {
			t.Fatalf("the tree holds %q, want %q", plain.String(), text)
		}
		for _, m := range marks {
			want := string(runes[m.start:m.end])
			if got, ok := first[m.node.ID]; !ok || !strings.HasPrefix(want, got) || got == "" {
				t.Fatalf("mark %s over %q: first piece %q (present %v)", m.node.ID, want, got, ok)
			}
		}
	})
}
