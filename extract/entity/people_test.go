package entity

import "testing"

// TestEntitiesPeopleInNews covers how news copy shows that a name no list
// holds is a person's: an age in commas, an appositive role with a prefix,
// an occupation as a title, and a Korean name in its own order; the
// people are invented.
func TestEntitiesPeopleInNews(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an age in commas after the name",
			[]string{"Sione Latu, 42, was arrested on Tuesday.", "Latu, 42, denied the charge."},
			[]string{"PERSON Sione Latu", "PERSON Sione Latu=Latu"}},
		{"figures after places in a list are no ages",
			[]string{"Kenya, 42, and Uganda, 17, sent teams."},
			[]string{"GPE Kenya", "GPE Uganda"}},
		{"an appositive role with a prefix",
			[]string{"Ngaire Tapsell, co-leader of the Coastal Party, spoke, and Hemi Rangitane, ex-minister, agreed."},
			[]string{"PERSON Ngaire Tapsell", "ORG Coastal Party", "PERSON Hemi Rangitane"}},
		{"an occupation before the name is a title",
			[]string{"Coach Wiremu Tahana praised his players, and footballer Kofi Manu scored."},
			[]string{"PERSON Wiremu Tahana", "PERSON Kofi Manu"}},
		{"a Korean surname before a hyphenated given name",
			[]string{"Park Seo-jun and Bae Min-ho met in Busan."},
			[]string{"PERSON Park Seo-jun", "PERSON Bae Min-ho", "GPE Busan"}},
	})
}
