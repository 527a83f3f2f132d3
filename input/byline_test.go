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
