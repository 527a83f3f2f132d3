package entity

import "testing"

// TestEntitiesFacilitiesAndPapers covers forms of local news: a building
// or a stop of a transport line is no place, a body named after a saint
// keeps the saint's possessive, and a paper's name of several words after
// "the" publishes; names are invented where a list might hold them.
func TestEntitiesFacilitiesAndPapers(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a building or a station is no place",
			[]string{"The crash happened near Harrow Lane Station.", "Protesters gathered outside Varga Tower and at the Kessler Plaza in Manila."},
			[]string{"GPE Manila"}},
		{"a body named after a saint",
			[]string{"Nurses at St Aldric's Hospital in Melbourne and students of Saint Oda's College struck."},
			[]string{"ORG St Aldric's Hospital", "GPE Melbourne", "ORG Saint Oda's College"}},
		{"a paper's name after the, before a press verb",
			[]string{"The Coastal Sun reported it, and the Valley Evening Courier wrote that the bridge had closed."},
			[]string{"ORG Coastal Sun", "ORG Valley Evening Courier"}},
		{"a possessive inside a site's name after a preposition is no owner's place",
			[]string{"She grew up in Ravel's Hollow and moved to Lisbon."},
			[]string{"GPE Lisbon"}},
		{"the owner of what a preposition introduces is no place",
			[]string{"They stayed at Imani's Lodge in Nairobi and met in Kagame's office."},
			[]string{"GPE Nairobi"}},
	})
}
