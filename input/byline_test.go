package input

import (
	"reflect"
	"testing"
)

// A part of a by-line that ends in a title is a role, not a name, unless it
// opens with a given name; the particles of a name are the lexicon's.
func TestBylineRoles(t *testing.T) {
	for line, want := range map[string][]string{
		"By Ana Ruiz, Senior Fellow at the Institute": {"Ana Ruiz"},
		"By Ana Ruiz, Associate Professor":            {"Ana Ruiz"},
		"By Ana Ruiz and Stephen King":                {"Ana Ruiz", "Stephen King"},
		"By Maria della Rosa, Research Director":      {"Maria della Rosa"},
		"By José Ortega y Gasset":                     {"José Ortega y Gasset"},
		// French, Spanish and German pages open theirs with their own "By".
		"Par Sébastien Farcis":     {"Sébastien Farcis"},
		"Por María Fernanda López": {"María Fernanda López"},
		"Von Jörg Schmidt":         {"Jörg Schmidt"},
	} {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// A news outlet after "By" is the author a wire story credits; its name
// alone, in capitals or not, is a masthead or a credit and names no one.
func TestBylineOutlets(t *testing.T) {
	for line, want := range map[string][]string{
		"By Reuters":              {"Reuters"},
		"by The Associated Press": {"The Associated Press"},
		"Written by Xinhua":       {"Xinhua"},
		"FOCUS TAIWAN":            nil,
		"Reuters":                 nil,
		"By Ana Ruiz, Reuters":    {"Ana Ruiz"},
	} {
		if got, _ := parseAuthors(line); !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q; want %q", line, got, want)
		}
	}
}

// A title before each name of a by-line is dropped, before a surname
// alone too; a given name that is also a title's word opens a name.
func TestBylineTitlesOfEach(t *testing.T) {
	for line, want := range map[string][]string{
		"By Ana Ruiz and Bishop Tutu":             {"Ana Ruiz", "Tutu"},
		"By Rabbi Cohen, Ana Ruiz and Dr. Li Wei": {"Cohen", "Ana Ruiz", "Li Wei"},
		"By Senator Okafor":                       {"Okafor"},
		"By Ana Ruiz and Dean Cheng":              {"Ana Ruiz", "Dean Cheng"},
		"By Prof. Kofi Mensah and Imam Hassan":    {"Kofi Mensah", "Hassan"},
	} {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// What a by-line prints after its names, with a comma, a bracket or
// nothing between, is no name: a place, an outlet, an agency; a desk
// names no one.
func TestBylineTails(t *testing.T) {
	for line, want := range map[string][]string{
		"Written by Lakshmi Venkataraman, New Delhi":      {"Lakshmi Venkataraman"},
		"By Wanjiru Kamau, Nation Africa":                 {"Wanjiru Kamau"},
		"Kofi Mensah, Accra":                              {"Kofi Mensah"},
		"By Ritika Chopra (PTI)":                          {"Ritika Chopra"},
		"By Tomasz Nowak (Reuters)":                       {"Tomasz Nowak"},
		"By Madison Whitaker with Brandon Okoye":          {"Madison Whitaker", "Brandon Okoye"},
		"By Kelli Miller WebMD Health News":               {"Kelli Miller"},
		"Hana Kobayashi Harbour Daily Times":              {"Hana Kobayashi"},
		"By Georgia Hale, Jordan Pike and Kofi Mensah":    {"Georgia Hale", "Jordan Pike", "Kofi Mensah"},
		"By Adaeze Okafor in Lagos and George Washington": {"Adaeze Okafor", "George Washington"},
	} {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
	for _, line := range []string{"Our Foreign Staff", "By Our Correspondent", "Your Money Team"} {
		if got, ok := parseAuthors(line); ok {
			t.Errorf("parseAuthors(%q) = %q, want no names", line, got)
		}
	}
}

// A name printed without "By" may be followed by the role its author holds
// at a body ("Professor of Economics at the University of Eastgate"), and
// the role by a second one after "and"; a headline's words after a comma
// are not a role.
func TestBylineAffiliatedRoles(t *testing.T) {
	for line, want := range map[string][]string{
		"Ines Carvalho, Professor of Economics at the University of Eastgate":                                        {"Ines Carvalho"},
		"Kwame Boateng, Co-Director of the Coastal Trade Project and Research Fellow at the Lagoon Policy Institute": {"Kwame Boateng"},
		"Mei Lin Tan, Senior Lecturer in Maritime Law":                                                               {"Mei Lin Tan"},
		"Ines Carvalho, Visiting Fellow at Harbour College, and Kwame Boateng, Director of the Port Observatory":     {"Ines Carvalho", "Kwame Boateng"},
	} {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
	for _, line := range []string{"Ports, Power and the Politics of Grain in the Delta", "Tariffs, Quotas and the Fate of Small Bakeries"} {
		if got, ok := parseAuthors(line); ok {
			t.Errorf("parseAuthors(%q) = %q, want no names", line, got)
		}
	}
}

// A line is a by-line only when it can be nothing else: a possessive
// makes a phrase about a person, no name; a line read as the title is
// not its by-line too; a sign-off under an opening quotation signs the
// epigraph; a closing note names its subject an author only when the
// name is a person's.
func TestWhenALineIsNoByline(t *testing.T) {
	if got, ok := parseAuthors("Marta Lindqvist’s Last Summer"); ok {
		t.Errorf("parseAuthors of a possessive headline = %q, want no names", got)
	}
	const p = "The water board said on Wednesday that it would lift the hosepipe ban in the eastern districts from next week, after the wettest winter in a decade.\n\n"
	for _, tc := range []struct{ name, text, title string }{
		{"blog post: the day, then a headline of two capitalised words", "Tuesday, April 9, 2019\n\nReservoir Keepers\n\n" + p, "Reservoir Keepers"},
		{"blog post: the day, then a headline joined by and", "Sunday, July 13, 2025\n\nSpring Floods and Summer Droughts\n\n" + p, "Spring Floods and Summer Droughts"},
	} {
		a := Article("test.txt", []byte(tc.text), nil)
		if a.Title != tc.title || a.Authors != nil {
			t.Errorf("%s: title %q authors %q; want title %q and no authors", tc.name, a.Title, a.Authors, tc.title)
		}
	}
	// Under the date and right over the text, a phrase of a name's shape
	// with no name known as a person's is a column's name, no by-line.
	column := "Herders Return to the High Pastures\n\nUpdated: 2016-08-30\n\nSlow Rivers\n\n" + p
	if a := Article("test.txt", []byte(column), nil); a.Authors != nil {
		t.Errorf("column name under the date: authors %q, want none", a.Authors)
	}
	epigraph := "Water is the driving force of all nature.\n— Leonardo Bianchi\n\n" + p + p + "Residents welcomed the decision but asked for meters in every house.\n"
	if a := Article("test.txt", []byte(epigraph), nil); a.Authors != nil {
		t.Errorf("epigraph: authors %q, want none", a.Authors)
	}
	series := p + p + "Quiet Mornings is a series that follows the people who keep the city's water running.\n"
	if a := Article("test.txt", []byte(series), nil); a.Authors != nil {
		t.Errorf("series note: authors %q, want none", a.Authors)
	}
	note := p + p + "Marta Lindqvist is a senior reporter covering water and climate.\n"
	if a := Article("test.txt", []byte(note), nil); !reflect.DeepEqual(a.Authors, []string{"Marta Lindqvist"}) {
		t.Errorf("author's note: authors %q, want Marta Lindqvist", a.Authors)
	}
	// A name no list knows needs the note to say what the person does.
	for _, note := range []string{"Tavi Marrowen is a freelance writer, based in Lima.", "Tavi Marrowen writes about ports and the people who run them."} {
		if a := Article("test.txt", []byte(p+p+note+"\n"), nil); !reflect.DeepEqual(a.Authors, []string{"Tavi Marrowen"}) {
			t.Errorf("%q: authors %q, want Tavi Marrowen", note, a.Authors)
		}
	}
	// A sign-off under the text signs it, however many lines of a page's
	// footer follow.
	signed := p + p + "— Tavi Marrowen\n\nLeave a comment\n\nShare this:\n\nTwitter\n\nFacebook\n\nRelated\n\nLike this:\n\nLoading...\n"
	if a := Article("test.txt", []byte(signed), nil); !reflect.DeepEqual(a.Authors, []string{"Tavi Marrowen"}) {
		t.Errorf("sign-off over a footer: authors %q, want Tavi Marrowen", a.Authors)
	}
}

// A part after the names that opens with a role is no second name, even
// where dropping titles leaves two words of a name's shape; a given name
// that is also a role's word opens a name.
func TestBylineRoleOpensNoName(t *testing.T) {
	for line, want := range map[string][]string{
		"Author: Tomas Berg, Head Analyst H.R.C. – Trade": {"Tomas Berg"},
		"By Ines Sato, Senior Correspondent T.K.":         {"Ines Sato"},
		"By Dean Halvorsen and Ola Berg":                  {"Dean Halvorsen", "Ola Berg"},
		"By Ana Ruiz and Major Garrett":                   {"Ana Ruiz", "Major Garrett"},
		"Author: Ana Ruiz, Senior Fellow Asia Program":    {"Ana Ruiz"},
	} {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// The marks a by-line prints after a name to point to the author's note
// or affiliation are no part of the name: symbols, superscript figures, a
// footnote's number in brackets, a journal's affiliation numbers.
func TestBylineNoteMarks(t *testing.T) {
	checkAuthors(t, map[string][]string{
		"By Tendai Moyo*":                          {"Tendai Moyo"},
		"By Rosa Delgado† and Ivan Petrov‡":        {"Rosa Delgado", "Ivan Petrov"},
		"Written by Grace Mwangi.[2]":              {"Grace Mwangi"},
		"Lars Holm¹, Keiko Sato² and Omar Nasser³": {"Lars Holm", "Keiko Sato", "Omar Nasser"},
		"Lars Holm1, Keiko Sato2,3":                {"Lars Holm", "Keiko Sato"},
		"BY TENDAI MOYO* AND GRACE MWANGI**":       {"TENDAI MOYO", "GRACE MWANGI"},
		"By Wang Yi [1]":                           {"Wang Yi"},
		"By Tomasz Nowak [3] and Aiko Mori [4]":    {"Tomasz Nowak", "Aiko Mori"},
	})
}

// A note number printed after a space on the by-line leaves the headline
// over it the title, and the by-line's name the author.
func TestSpacedNoteMarkKeepsTheTitle(t *testing.T) {
	text := "Notes on the Harbour Reforms\n\nBy Tomasz Nowak [1]\n\nThe harbour board met twice in March and agreed to open the eastern quay to smaller boats.\n\n[1] Tomasz Nowak is a fellow at the Coastal Institute.\n"
	a := Article("notes.txt", []byte(text), nil)
	if a.Title != "Notes on the Harbour Reforms" || !reflect.DeepEqual(a.Authors, []string{"Tomasz Nowak"}) {
		t.Errorf("title, authors = %q, %q; want the headline and Tomasz Nowak", a.Title, a.Authors)
	}
}

// A public figure's name alone under a headline, the text under it, signs
// the article, as a minister signs an essay in a journal.
func TestPublicFigureSignsUnderTheTitle(t *testing.T) {
	body := "The past year tested every country's resolve, and our diplomacy met the test with steady work.\n"
	for text, want := range map[string][]string{
		"Building Partnerships for a Shared Future\n\nWang Yi\n\n" + body: {"Wang Yi"},
		"Opening a New Chapter of Cooperation\n\nXi Jinping\n\n" + body:   {"Xi Jinping"},
		"Building Partnerships for a Shared Future\n\n" + body:            nil,
	} {
		if a := Article("essay.txt", []byte(text), nil); !reflect.DeepEqual(a.Authors, want) {
			t.Errorf("authors of %q = %q; want %q", text, a.Authors, want)
		}
	}
}

// A public figure's name alone under a headline is the article's subject,
// a topic's tag or a portrait's caption, when the first paragraph names
// them, in full or in part: no author, and that paragraph stays the text
// though it opens on the name.
func TestPublicFigureNamedInTheLedeIsNoAuthor(t *testing.T) {
	for _, text := range []string{
		"Xi Jinping Thought explained\n\nXi Jinping\n\nXi Jinping Thought on Socialism with Chinese Characteristics for a New Era is the guiding ideology of the party. It was written into the constitution in 2017.\n",
		"What the premier promised\n\nLi Qiang\n\nPremier Li told a forum in Tianjin that growth would hold near five per cent this year.\n",
		"Chips law signed at last\n\nJoe Biden\n\nPresident Joe Biden put his name to the bill on a sunny afternoon, flanked by union leaders.\n\nThe law funds new plants in three states.\n",
		"A warning to the West\n\nVladimir Putin\n\nPutin said on Tuesday that more aid to Kyiv would only drag the fighting out.\n",
	} {
		a := Article("tag.txt", []byte(text), nil)
		if a.Err != nil || a.Authors != nil || len(a.Paragraphs) == 0 {
			t.Errorf("%q: err %v, authors %q, %d paragraphs; want no author and the text kept", text, a.Err, a.Authors, len(a.Paragraphs))
		}
	}
}

// A text whose only paragraph opens on its author's name keeps it: a note
// on the author closes running text, it is never all of it.
func TestOnlyParagraphIsNoAuthorNote(t *testing.T) {
	text := "A Decade on the Docks\n\nBy Tendai Moyo\n\nTendai Moyo has watched the port for ten years, and this week he saw its last crane taken down.\n"
	a := Article("docks.txt", []byte(text), nil)
	if a.Err != nil || !reflect.DeepEqual(a.Authors, []string{"Tendai Moyo"}) || len(a.Paragraphs) != 1 {
		t.Errorf("err %v, authors %q, %d paragraphs; want Tendai Moyo and one paragraph", a.Err, a.Authors, len(a.Paragraphs))
	}
}

// A handle printed after a name, set off by a rule or not, is how to
// reach the author, no part of the name.
func TestBylineHandlesAfterARule(t *testing.T) {
	checkAuthors(t, map[string][]string{
		"Nadia Rahman – @nrahman":      {"Nadia Rahman"},
		"By Nadia Rahman — @nadia.r":   {"Nadia Rahman"},
		"By Nadia Rahman @nrahman":     {"Nadia Rahman"},
		"Pablo Ibarra · @pibarra_news": {"Pablo Ibarra"},
	})
}

// checkAuthors checks the names parseAuthors reads from each line.
func checkAuthors(t *testing.T, lines map[string][]string) {
	t.Helper()
	for line, want := range lines {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// A by-line that runs on into its time stamp may print the time of day
// before the date; a repost's by-line names the outlet it came through
// after "via".
func TestBylineTimeBeforeDateAndVia(t *testing.T) {
	body := "The port authority said on Monday that crews would return to work after the new contract was signed.\n"
	for _, tc := range []struct {
		text      string
		authors   []string
		published string
	}{
		{"Dock Workers End Their Strike\nBy Amara Diallo (Coastal Daily Online) 09:42, June 11, 2023\n\n" + body, []string{"Amara Diallo"}, "2023-06-11"},
		{"Dock Workers End Their Strike\nAmara Diallo 9:42 AM, June 11, 2023\n\n" + body, []string{"Amara Diallo"}, "2023-06-11"},
		{"Dock Workers End Their Strike\nAuthored by Amara Diallo via The Coastal Daily,\nJune 11, 2023\n\n" + body, []string{"Amara Diallo"}, "2023-06-11"},
		{"Dock Workers End Their Strike\nBy Amara Diallo via Harbour Wire\nJune 11, 2023\n\n" + body, []string{"Amara Diallo"}, "2023-06-11"},
	} {
		checkHeader(t, tc.text, "Dock Workers End Their Strike", tc.authors, tc.published, "The port authority")
	}
}

// A note on the author closing the text names the author in italics or in
// brackets as in plain type.
func TestAuthorNoteInItalicsOrBrackets(t *testing.T) {
	text := "Dock Workers End Their Strike\n\nThe port authority said on Monday that crews would return to work after the new contract was signed.\n\nThe deal raises wages by a tenth over three years, the union said.\n\n"
	for note, want := range map[string][]string{
		"*Amara Diallo is a research fellow at the Coastal Policy Centre.*":           {"Amara Diallo"},
		"(Amara Diallo is a lecturer in maritime law at Harbour University.)":         {"Amara Diallo"},
		"[Amara Diallo and Jonas Berg are researchers at the Coastal Policy Centre.]": {"Amara Diallo", "Jonas Berg"},
		"(Amara Diallo is a research fellow at the Coastal Policy Centre (CPC).)":     {"Amara Diallo"},
		"(Amara Diallo is a fellow at the Centre) and (Jonas Berg is a fellow there)": nil,
	} {
		if a := Article("note.txt", []byte(text+note+"\n"), nil); !reflect.DeepEqual(a.Authors, want) {
			t.Errorf("authors under %q = %q; want %q", note, a.Authors, want)
		}
	}
}

// A noun that opens by-lines ("Reporter", "Contributor", "Words") opens
// one without its colon only before a person's name: a headline or a link
// may open with the same word.
func TestNounOpenerBeforeAName(t *testing.T) {
	for line, want := range map[string]bool{
		"Reporter Kim Ji-hoon":          true,
		"Correspondent Obinna Eze":      true,
		"Contributor: Harbour Desk":     true,
		"Words Matter More Than Ever":   false,
		"Contributor License Agreement": false,
		"Story Time With the Elders":    false,
	} {
		if _, got := cutBylinePrefix(line); got != want {
			t.Errorf("cutBylinePrefix(%q) opens a by-line: %v; want %v", line, got, want)
		}
	}
	checkHeader(t, "Words Matter More Than Ever\nJune 11, 2023\n\nThe port authority said on Monday that crews would return to work.\n",
		"Words Matter More Than Ever", nil, "2023-06-11", "The port authority")
}

// A labelled date line may close with a full stop.
func TestLabelledDateWithAStop(t *testing.T) {
	for _, line := range []string{"Last updated on Jun 11, 2023.", "Published on 11 June 2023."} {
		checkHeader(t, "Dock Workers End Their Strike\n"+line+"\n\nThe port authority said on Monday that crews would return to work.\n",
			"Dock Workers End Their Strike", nil, "2023-06-11", "The port authority")
	}
}
