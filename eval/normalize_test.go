package eval

import "testing"

func TestNormalize(t *testing.T) {
	cases := []struct{ a, b string }{
		{"People’s Daily", "People's Daily"},
		{"“decoupling”", `"decoupling"`},
		{"MINISTRY of Commerce", "ministry of commerce"},
		{"ＣＣＰ", "CCP"},                         // full-width Latin
		{"２０２３", "2023"},                       // full-width digits
		{"The State Council", "State Council"}, // leading article
		{"  Belt   and\tRoad\n", "Belt and Road"},
		{"Straße", "STRASSE"}, // full case folding, not just lower-casing
	}
	for _, c := range cases {
		if Normalize(c.a) != Normalize(c.b) {
			t.Errorf("Normalize(%q) = %q, Normalize(%q) = %q: want equal", c.a, Normalize(c.a), c.b, Normalize(c.b))
		}
	}
	different := []struct{ a, b string }{
		{"Theresa May", "resa May"}, // "the" only as a separate word
		{"Taiwan", "Tai wan"},
		{"网络主权", "网络 主权"},
		{"the the Hague", "the Hague"}, // only one "the " is dropped
	}
	for _, c := range different {
		if Normalize(c.a) == Normalize(c.b) {
			t.Errorf("Normalize(%q) and Normalize(%q) are both %q: want different", c.a, c.b, Normalize(c.a))
		}
	}
}
