package entity

import "testing"

// TestEntitiesOutletReporters covers a journalist named after the
// possessive of a listed outlet, alone or in a list of such bylines, with
// a first name that is also an ordinary word; the people are invented.
func TestEntitiesOutletReporters(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an outlet's possessive before a full name",
			[]string{"CNN's Will Tarrant reported from Manila.", "Reuters’ Faith Obuya said the port was closed."},
			[]string{"ORG CNN", "PERSON Will Tarrant", "GPE Manila", "ORG Reuters", "PERSON Faith Obuya"}},
		{"two bylines joined by and",
			[]string{"Bloomberg's Iman Sadiq and the Financial Times' Joss Warrender broke the news."},
			[]string{"ORG Bloomberg", "PERSON Iman Sadiq", "ORG Financial Times", "PERSON Joss Warrender"}},
		{"a body or a thing an outlet owns is no reporter",
			[]string{"The BBC's World Service cut jobs, and Reuters' Breakingviews column disagreed."},
			[]string{"ORG BBC", "ORG World Service", "ORG Reuters"}},
	})
}

// TestEntitiesParticleNames covers surnames with a particle in lower case,
// fused to the surname or standing before it, from several languages; the
// people are invented.
func TestEntitiesParticleNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a particle fused to the surname",
			[]string{"Historian Marcus deVries said the river was dying, and Ella vanDoren agreed."},
			[]string{"PERSON Marcus deVries", "PERSON Ella vanDoren"}},
		{"particles standing before the surname",
			[]string{"Minister Ana Paula dos Reis met Lotte vanden Bosch.", "Minister Mariam bint Rashid and Chiara di Falco spoke."},
			[]string{"PERSON Ana Paula dos Reis", "PERSON Lotte vanden Bosch", "PERSON Mariam bint Rashid", "PERSON Chiara di Falco"}},
	})
}
