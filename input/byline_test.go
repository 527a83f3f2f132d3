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
