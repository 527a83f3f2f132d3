package entity

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/claimx/claimx"
)

// TestEntitiesShapes covers name shapes that need a cue beyond the name's
// own words: lists, possessives and bodies inside names, modifiers, and
// the nouns, prepositions and citations around an unknown name.
func TestEntitiesShapes(t *testing.T) {
	e := New()
	tests := []struct {
		name      string
		sentences []string
		cited     string // a citation source of the first claim
		want      []string
	}{
		{"given name in brackets joins the name", []string{"Premier (Tavita) Lemalu signed the accord, and Lemalu left."}, "",
			[]string{"PERSON Tavita Lemalu=(Tavita) Lemalu", "PERSON Tavita Lemalu=Lemalu"}},
		{"given name in square brackets inside a quotation", []string{"“We trust [Oduya] Kamau,” a delegate said."}, "",
			[]string{"PERSON Oduya Kamau=[Oduya] Kamau"}},
		{"a bracketed acronym before a name is no given name", []string{"The agency (FAO) Director Anita Vosloo spoke."}, "",
			[]string{"ORG FAO", "PERSON Anita Vosloo"}},
		{"hyphenated title stripped", []string{"Deputy-Governor Aurel Minescu and Vice-Premier Tomas Ekberg spoke."}, "",
			[]string{"PERSON Aurel Minescu", "PERSON Tomas Ekberg"}},
		{"police rank stripped", []string{"Inspector Lagi Tuilagi and Constable Mere Hapi patrolled the wharf."}, "",
			[]string{"PERSON Lagi Tuilagi", "PERSON Mere Hapi"}},
		{"a state's adjective before a ministry is in its name", []string{"Officials at the Italian Ministry of Ports disagreed."}, "",
			[]string{"ORG Italian Ministry of Ports"}},
		{"a state's adjective before a bureau or department, as before a closing head", []string{"A boat of the Ghanaian Bureau of Coastal Surveys and the Peruvian Department of Mines sailed, and the Peruvian Mines Department agreed."}, "",
			[]string{"ORG Ghanaian Bureau of Coastal Surveys", "ORG Peruvian Department of Mines", "ORG Peruvian Mines Department"}},
		{"another demonym owner before a bureau is no part of its name", []string{"Officials at the Tibetan Bureau of Pastures disagreed."}, "",
			[]string{"ORG Bureau of Pastures"}},
		{"defined place acronym owner before a bureau", []string{"In the Tibet Autonomous Region (TAR), the TAR Bureau of Water Works set quotas."}, "",
			[]string{"GPE Tibet Autonomous Region", "GPE Tibet Autonomous Region=TAR", "ORG Bureau of Water Works"}},
		{"field after of is no title", []string{"The Ministry of Justice’s new rules on bail took effect."}, "",
			[]string{"ORG Ministry of Justice"}},
		{"listed carmakers in a clause after a place", []string{"Nissan shut a plant in Sunderland, and Stellantis will build one in Kenitra."}, "",
			[]string{"ORG Nissan", "GPE Sunderland", "ORG Stellantis", "GPE Kenitra"}},
		{"small-state capital with an apostrophe", []string{"Ministers gathered in Nuku’alofa yesterday."}, "",
			[]string{"GPE Nuku’alofa"}},
		{"comma list inside an organisation", []string{"The Ministry of Land, Water and Forests signed the permit."}, "",
			[]string{"ORG Ministry of Land, Water and Forests"}},
		{"comma list of known names is not one name", []string{"The Ministry of Commerce, Huawei and Tencent met."}, "",
			[]string{"ORG Ministry of Commerce", "ORG Huawei", "ORG Tencent"}},
		{"place before -based", []string{"Reporters at the Yantai-based outlet were detained."}, "",
			[]string{"GPE Yantai"}},
		{"plural possessive inside a name", []string{"The Dockers’ Mutual Union called a strike."}, "",
			[]string{"ORG Dockers’ Mutual Union"}},
		{"plural possessive of a place splits", []string{"The Philippines’ Coast Guard shadowed the ship."}, "",
			[]string{"GPE Philippines", "ORG Coast Guard"}},
		{"body of an unlisted organisation", []string{"The Office of Ports of the Ministry of Coastal Works issued rules."}, "",
			[]string{"ORG Office of Ports of the Ministry of Coastal Works"}},
		{"body of a field stays whole", []string{"The Ministry of Industry and Information Technology objected."}, "",
			[]string{"ORG Ministry of Industry and Information Technology"}},
		{"compass word and a place", []string{"Herders left for South Xinjiang in May."}, "",
			[]string{"GPE South Xinjiang"}},
		{"regions are places, and so are regions of them", []string{"Trawlers left Asia for East Africa and the Middle East, and Indonesia."}, "",
			[]string{"GPE Asia", "GPE East Africa", "GPE Middle East", "GPE Indonesia"}},
		{"noun in apposition before a name", []string{"An economist at the Shanghai consultancy Arvora Quint published a note."}, "",
			[]string{"GPE Shanghai", "ORG Arvora Quint"}},
		{"two-word noun and an acronym", []string{"A study by the think tank IPRQ counted the boats."}, "",
			[]string{"ORG IPRQ"}},
		{"noun, the name", []string{"Peru’s navy, the Armada Tolvar Costa, boarded the ship."}, "",
			[]string{"GPE Peru", "ORG Armada Tolvar Costa"}},
		{"no noun phrase, no cue", []string{"Arvora Quint grew and firm Tolvar Costa shrank."}, "",
			nil},
		{"organisation head words", []string{"Satellite data from Ocean Fleet Watch was shared.", "Harbor Protection agreed."}, "",
			[]string{"ORG Ocean Fleet Watch", "ORG Harbor Protection"}},
		{"a cited source is a body", []string{"The Deep Tide Initiative documented abuses."}, "Deep Tide Initiative",
			[]string{"ORG Deep Tide Initiative"}},
		{"an uncited name is not typed", []string{"The Deep Tide Initiative documented abuses."}, "",
			nil},
		{"repeated preposition lists places", []string{"Crews sail from Shanghai or from Lianyungang each spring."}, "",
			[]string{"GPE Shanghai", "GPE Lianyungang"}},
		{"listed energy company", []string{"Lukoil cut exports."}, "",
			[]string{"ORG Lukoil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newArticle(tt.sentences...)
			if tt.cited != "" {
				a.Claims[0].Citations = []claimx.Citation{{Source: tt.cited}}
			}
			e.Tag(context.Background(), a)
			if got := render(a); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEntitiesInsideCitation: a reference outside any parenthesis,
// "Author, Outlet, date", names its source and author, as a citation
// parenthesis does, and no entity; a name the citation does not cover is
// still read, and so is a source the prose runs through ("the Economist’s
// Nov. 14 issue").
func TestEntitiesInsideCitation(t *testing.T) {
	cited := func(text, raw, source, want string) {
		t.Helper()
		a := newArticle(text)
		c := &a.Claims[0]
		from := c.Start + len([]rune(text[:strings.Index(text, raw)]))
		c.Citations = []claimx.Citation{{Source: source, Raw: raw, Span: claimx.Span{Start: from, End: from + len([]rune(raw))}}}
		New().Tag(context.Background(), a)
		if got := strings.Join(render(a), "; "); got != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
	cited("Ports Face a Hard Winter; Mara Quell, Harbor Ledger, Jan. 14, 2024 — On the surface, trade in Norway rose.",
		"Mara Quell, Harbor Ledger, Jan. 14, 2024", "Harbor Ledger", "GPE Norway")
	cited("The cover of the Tide Weekly’s Jan. 9, 2022 issue showed a crane.",
		"Tide Weekly’s Jan. 9, 2022 issue", "Tide Weekly", "ORG Tide Weekly")
}
