package gazetteer

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

func TestLoad(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		want string // canonical list name, "" for absent
		typ  claimx.EntityType
	}{
		{"PRC", "People's Republic of China", claimx.GPE},
		{"People’s Republic of China", "People's Republic of China", claimx.GPE},
		{"the Netherlands", "Netherlands", claimx.GPE},
		{"The Gambia", "Gambia", claimx.GPE},
		{"CCP", "Chinese Communist Party", claimx.Org},
		{"MOFCOM", "Ministry of Commerce", claimx.Org},
		{"Party Central Committee", "Central Committee", claimx.Org}, // the official English for 党中央
		{"Central Committee of the Communist Party of China", "Central Committee", claimx.Org},
		{"Global Times", "Global Times", claimx.Org},
		{"Hikvision", "Hikvision", claimx.Org},
		{"Xi Jinping", "Xi Jinping", claimx.Person},
		{"Ulan Bator", "Ulaanbaatar", claimx.GPE},
		{"Tamil Nadu", "Tamil Nadu", claimx.GPE},
		{"GCHQ", "GCHQ", claimx.Org},
		{"Walmart", "Walmart", claimx.Org},
		{"ISIS", "Islamic State", claimx.Org},
		{"ANC", "African National Congress", claimx.Org},
		{"Petrobras", "Petrobras", claimx.Org},
		{"Israeli Defense Forces", "Israel Defense Forces", claimx.Org},
		{"Times of India", "Times of India", claimx.Org},
		{"Khan Younis", "Khan Younis", claimx.GPE},
		{"Labour", "Labour Party", claimx.Org},
		{"McKinsey", "McKinsey", claimx.Org},
		{"the Atlantic", "", ""}, // the ocean, not a magazine
		{"Who", "", ""},          // case matters: not WHO
		{"Chinese", "", ""},
		{"Peoples Liberation Army", "People's Liberation Army", claimx.Org}, // a possessive printed without its apostrophe
		{"Workers Party of Korea", "Workers' Party of Korea", claimx.Org},
		{"Moodys", "Moody's", claimx.Org},
		{"Xian", "", ""},                                                                                  // no possessive: "Xi'an" is not read so
		{"Association for Southeast Asian Nations", "Association of Southeast Asian Nations", claimx.Org}, // another connector
		{"US China Economic & Security Review Commission", "US-China Economic and Security Review Commission", claimx.Org}, // other connectors, no hyphen
		{"Bosnia Herzegovina", "Bosnia and Herzegovina", claimx.GPE},                                                       // no connector
		{"Ministry of Foreign Affairs of", "", ""},                                                                         // a name cut short
	} {
		e, ok := g.Lookup(tc.name)
		if ok != (tc.want != "") || e.Name != tc.want || e.Type != tc.typ {
			t.Errorf("Lookup(%q) = %+v, %v; want %q %s", tc.name, e, ok, tc.want, tc.typ)
		}
	}
	if a, _ := g.Lookup("US"); a.Name != mustLookup(t, g, "United States").Name {
		t.Errorf("US and United States are different entries")
	}
	for _, f := range []string{"names/places@", "names/people@"} {
		if !strings.Contains(g.Version, f) {
			t.Errorf("Version %q does not name %s", g.Version, f)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Global Times":           "Global Times",
		"People’s Daily":         "People's Daily",
		"the Netherlands":        "Netherlands",
		"The  Hague":             "Hague",
		"the":                    "the", // a name of one word keeps it
		"  Wuhan \n University ": "Wuhan University",
		"Xinhua\u00a0News":       "Xinhua News",
		"":                       "",
		"theology Institute":     "theology Institute",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func mustLookup(t *testing.T, g *Gazetteer, name string) Entry {
	t.Helper()
	e, ok := g.Lookup(name)
	if !ok {
		t.Fatalf("%q not listed", name)
	}
	return e
}

// TestLoadRejects checks that a malformed list is reported, not loaded.
func TestLoadRejects(t *testing.T) {
	saved := files
	defer func() { files = saved }()
	const (
		names   = "# version: 1\n# type: GPE\nParis\n"
		sources = "# version: 1\nLe Monde | lemonde.fr\n"
	)
	for name, content := range map[string][2]string{
		"no version":         {"# type: GPE\nParis\n", sources},
		"no type":            {"# version: 1\nParis\n", sources},
		"bad type":           {"# version: 1\n# type: CITY\nParis\n", sources},
		"name twice":         {"# version: 1\n# type: GPE\nParis\nParis | City of Light\n", sources},
		"empty alias":        {"# version: 1\n# type: GPE\nParis | \n", sources},
		"no sources":         {names, ""},
		"source twice":       {names, "# version: 1\nLe Monde\nLe Figaro | LE MONDE\n"},
		"sources no version": {names, "Le Monde\n"},
	} {
		files = fstest.MapFS{"names/x.txt": {Data: []byte(content[0])}}
		if content[1] != "" {
			files.(fstest.MapFS)["sources.txt"] = &fstest.MapFile{Data: []byte(content[1])}
		}
		if _, err := Load(); err == nil {
			t.Errorf("%s: loaded without error", name)
		}
	}
	files = fstest.MapFS{"names/x.txt": {Data: []byte(names)}, "sources.txt": {Data: []byte(sources)}}
	if _, err := Load(); err != nil {
		t.Errorf("valid lists: %v", err)
	}
}

// BenchmarkLoadGazetteer parses the embedded gazetteers, which every process
// does once before its first article: part of the cold start.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestRegionVoices checks that every body a region lists as its voice is
// an organisation of the lists under its list name, and that a region
// reads its voices from the line's comment.
func TestRegionVoices(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	europe := mustLookup(t, g, "Europe")
	if !europe.Region || !slices.Contains(europe.Voices, "European Union") {
		t.Errorf("Europe = %+v; want a region voiced by the European Union", europe)
	}
	if asia := mustLookup(t, g, "Asia"); len(asia.Voices) != 0 {
		t.Errorf("Asia voices = %q; want none", asia.Voices)
	}
	for _, e := range g.entries {
		for _, v := range e.Voices {
			if b, ok := g.Lookup(v); !ok || b.Name != v || b.Type != claimx.Org {
				t.Errorf("%s: voice %q is no organisation's list name (%+v)", e.Name, v, b)
			}
		}
	}
}

// TestStates checks that a "# state:" line gives the entries after it
// their state, up to the next such line, and that every state the lists
// name is one the lexicon knows by its names and adjectives, which is how
// the tagger reads the state a text names.
func TestStates(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Ministry of Commerce": "China", "MSS": "China", "Mainland Affairs Council": "Taiwan", "Kuomintang": "Taiwan", "GCHQ": "", "AIT": "", "United Nations": ""} {
		if e := mustLookup(t, g, name); e.State != want {
			t.Errorf("%s: state %q, want %q", name, e.State, want)
		}
	}
	for _, e := range g.entries {
		if e.State != "" && !lexicon.StateAdjectives.Has(e.State) {
			t.Errorf("%s: state %q is not in the lexicon's state-adjectives", e.Name, e.State)
		}
	}
	saved := files
	defer func() { files = saved }()
	files = fstest.MapFS{
		"names/x.txt": {Data: []byte("# version: 1\n# type: ORG\nHarbour Board\n# state: Kesh\nWater Office | WO\n# Roads\nRoads Office\n# state:\nDelta League\n")},
		"sources.txt": {Data: []byte("# version: 1\n")},
	}
	if g, err = Load(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Harbour Board": "", "WO": "Kesh", "Roads Office": "Kesh", "Delta League": ""} {
		if e := mustLookup(t, g, name); e.State != want {
			t.Errorf("%s: state %q, want %q", name, e.State, want)
		}
	}
}
