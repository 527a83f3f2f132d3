package senses

import (
	"strings"
	"testing"
)

// Forms of one word share a stem, and words too short or not English
// have none.
func TestStem(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"ladders", "ladder"},
		{"prosperity", "prosperous"},
		{"painting", "paint"},
		{"painted", "paints"},
		{"cities", "city"},
		{"eyes", "eye"},
		{"dragon's", "dragon"},
	} {
		if Stem(tc.a) == "" || Stem(tc.a) != Stem(tc.b) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want one stem", tc.a, Stem(tc.a), tc.b, Stem(tc.b))
		}
	}
	for _, w := range []string{"of", "an", "2025", "non-aligned", "naïve", ""} {
		if s := Stem(w); s != "" {
			t.Errorf("Stem(%q) = %q, want none", w, s)
		}
	}
	if Stem("ladder") == Stem("lad") {
		t.Errorf("ladder and lad share a stem")
	}
}

// Stems match where one is most of the other from its start, and not
// where they only open alike.
func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Productivity", "productive", true},
		{"produce", "produced", true},
		{"chives", "chive", true},
		{"international", "internet", false},
		{"communist", "community", false},
		{"communication", "community", false},
		{"national", "nationalism", false},
		{"govern", "government", false},
		{"state", "statement", false},
	} {
		if got := Match(Stem(tc.a), Stem(tc.b)); got != tc.want {
			t.Errorf("Match(%q, %q) = %v (stems %q, %q), want %v", tc.a, tc.b, got, Stem(tc.a), Stem(tc.b), tc.want)
		}
	}
}

// Of finds a headword in either script, the list's first and last lines
// too, and nothing for a string the dictionary lacks.
func TestOf(t *testing.T) {
	for _, tc := range []struct{ word, stem string }{
		{"梯子", "ladder"},
		{"韭菜", "chive"},
		{"铁饭碗", "iron"}, // a literal reading in its note is kept
		{"網紅", "internet"},
		{"网红", "internet"},
	} {
		if !Shares(Of(tc.word), tc.stem) {
			t.Errorf("Of(%q) = %q, want it to hold %q", tc.word, Of(tc.word), tc.stem)
		}
	}
	first, _, _ := strings.Cut(list, "\t")
	lastLine := list[strings.LastIndexByte(list[:len(list)-1], '\n')+1:]
	last, _, _ := strings.Cut(lastLine, "\t")
	if Of(first) == "" || Of(last) == "" {
		t.Errorf("first %q or last %q headword not found", first, last)
	}
	for _, w := range []string{"", "abc", "梯子梯子梯子", "\uffff"} {
		if s := Of(w); s != "" {
			t.Errorf("Of(%q) = %q, want none", w, s)
		}
	}
}

// A sense's function words and the dictionary's labels name nothing.
func TestSharesNoFunctionWords(t *testing.T) {
	for _, w := range []string{"the", "idiom", "Chinese", "sth"} {
		if Shares(Of("对牛弹琴"), w) || Shares(Of("韭菜"), w) {
			t.Errorf("%q shares a sense stem", w)
		}
	}
}

func BenchmarkOf(b *testing.B) {
	for b.Loop() {
		Of("韭菜")
	}
}

// Two words overlap where a stem of one matches one of the other, in
// either order, and not where their senses only open alike.
func TestOverlap(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"information technology", "technology technique skill", true},
		{"skill technology", "information technology", true},
		{"technique skill", "information technology", false},
		{"ideology", "consciousness awareness", false},
		{"international", "internet", false},
		{"", "ideology", false},
		{"ideology", "", false},
	} {
		if got := Overlap(tc.a, tc.b); got != tc.want {
			t.Errorf("Overlap(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRelated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"nation", "national ethnic", true},            // a six-letter stem opens the other's
		{"national ethnic", "nation", true},            // either way round
		{"information technology", "technology", true}, // a shared sense (Overlap)
		{"ideology", "consciousness awareness", false},
		{"form", "formal", false}, // a stem under six letters opens no other
		{"", "nation", false},
	} {
		if got := Related(tc.a, tc.b); got != tc.want {
			t.Errorf("Related(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
