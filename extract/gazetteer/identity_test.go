package gazetteer

import "testing"

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"National People’s Congress": "national people's congress",
		"The  Hague":                 "hague",
		"ＰＲＣ":                        "prc", // full-width letters
		"the":                        "the",
		"Xinhua\u00a0News":           "xinhua news",
		"U.S. Congress":              "us congress", // an initialism's dots
		"US Congress":                "us congress",
		"the U.K.":                   "uk",
		"St. Petersburg":             "st. petersburg", // an abbreviation keeps its dot
		"J. Smith":                   "j. smith",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestID checks that every name and Chinese name of one listed entity gives
// one identity, and that an unlisted name is its own.
func TestID(t *testing.T) {
	g := Default()
	for want, names := range map[string][][]string{
		"people's republic of china": {{"PRC"}, {"China"}, {"People’s Republic of China"}, {"Mainland China"}, {"", "中国"}, {"Zhongguo", "中華人民共和國"}},
		"xi jinping":                 {{"Xi Jinping"}, {"Xi"}, {"President Xi", "习近平"}},
		"national people's congress": {{"NPC"}, {"National People’s Congress"}},
		"zhou mingyu":                {{"Zhou Mingyu"}, {"Zhou  Mingyu", "周明宇"}},
		"cctv":                       {{"CCTV"}, {"CCTV News"}, {"China Central Television"}},
	} {
		for _, n := range names {
			if got := g.ID(n...); got != want {
				t.Errorf("ID(%q) = %q, want %q", n, got, want)
			}
		}
	}
}

// TestSourceID checks that the aliases of a source in sources.txt, and a
// source that is a listed entity, share one identity.
func TestSourceID(t *testing.T) {
	g := Default()
	for want, sources := range map[string][]string{
		"south china morning post":                   {"SCMP", "South China Morning Post", "scmp.com"},
		"qiushi":                                     {"Qiushi", "QStheory", "Quishi"},
		"ministry of foreign affairs":                {"MFA", "FMPRC", "Foreign Ministry", "Ministry of Foreign Affairs"},
		"national development and reform commission": {"NDRC", "NDRC website"},
		"washington post":                            {"Washington Post"},
		"36kr":                                       {"36Kr", "36kr"},
		"xinhua":                                     {"Xinhua", "Xinhua News Agency", "Xinhuanet"},
		"cctv":                                       {"CCTV", "China Central Television", "CCTV News"},
	} {
		for _, s := range sources {
			if got := g.SourceID(s); got != want {
				t.Errorf("SourceID(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
