package entity

import "testing"

// TestEntitiesRegions covers continents and world regions, which the gold
// format's GPE ("countries, cities, regions") takes in: each is a place
// with or without a cue, a longer region name is the region itself and no
// region of a shorter one, a region's name inside a body's name stays the
// body's, and a region's adjective names nothing.
func TestEntitiesRegions(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a continent after a preposition",
			[]string{"Grain prices rose sharply in Africa last spring."},
			[]string{"GPE Africa"}},
		{"a world region of two words",
			[]string{"Solar panel makers expanded across Southeast Asia this decade."},
			[]string{"GPE Southeast Asia"}},
		{"a region under an article",
			[]string{"Shipping insurers grew wary of the Middle East after the strikes."},
			[]string{"GPE Middle East"}},
		{"a compound region is its own place, not the continent",
			[]string{"Pipeline talks in Central Asia stalled over transit fees."},
			[]string{"GPE Central Asia"}},
		{"a region inside a body's name is the body",
			[]string{"Envoys of the African Union met in the capital on Monday."},
			[]string{"ORG African Union"}},
		{"a continent's adjective inside a body's name is the body",
			[]string{"The European Commission opened an inquiry into the subsidies."},
			[]string{"ORG European Commission"}},
		{"a region's adjective is no entity",
			[]string{"Several East Asian exporters cut their forecasts."},
			nil},
		{"a region named by its qualifier",
			[]string{"Lenders from the Global South asked for softer terms."},
			[]string{"GPE Global South"}},
	})
}
