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
	} {
		if got, ok := parseAuthors(line); !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("parseAuthors(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}
