package entity

import "testing"

// TestEntitiesRegions covers continents and world regions, which the gold
// format's GPE ("countries, cities, regions") takes in: each is a place
// with or without a cue, a longer region name is the region itself and no
// region of a shorter one, a region's name inside a body's name stays the
// body's, and a region's adjective names nothing. Natural features are no
// regions: a river, a mountain range, a polar ocean, an island named as
// land is no entity, typed as any name of its kind is, whichever list
// once held it; a province named in an island is a place.
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
		{"a continent's part, a hemisphere, a region of joined parts",
			[]string{"Coffee exports from East Africa and Central America fell, while buyers across the Western Hemisphere and Central and Eastern Europe held back.",
				"Grid loans to Sub-Sahara Africa and Oceania doubled."},
			[]string{"GPE East Africa", "GPE Central America", "GPE Western Hemisphere", "GPE Central and Eastern Europe", "GPE Sub-Sahara Africa", "GPE Oceania"}},
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
		{"regions named for the states in them",
			[]string{"Grain traders in the Maghreb and the Levant feared the drought, as herders across the Sahel and exporters in the Balkans did."},
			[]string{"GPE Maghreb", "GPE Levant", "GPE Sahel", "GPE Balkans"}},
		{"a continent with no state is still a continent",
			[]string{"Two research stations in Antarctica lost power in July."},
			[]string{"GPE Antarctica"}},
		{"a river is no place, listed or not",
			[]string{"Rice barges drifted down the Mekong toward Phnom Penh, and others idled on the Irrawaddy."},
			[]string{"GPE Phnom Penh"}},
		{"a mountain range is no place",
			[]string{"Two guides from Kathmandu went missing in the Himalayas, a week after a storm in the Andes."},
			[]string{"GPE Kathmandu"}},
		{"a polar ocean is no place",
			[]string{"Container lines in Rotterdam plan routes through the Arctic by 2030."},
			[]string{"GPE Rotterdam"}},
		{"seas, straits, rivers and ranges alike are no places",
			[]string{"Ships crossed the South China Sea and the Taiwan Strait, while barges on the Mekong and the Yangtze waited near the Himalayas and the Alps."},
			nil},
		{"an island named as land is no place, whatever cue says one",
			[]string{"Survey boats worked off northwestern Luzon, and a cutter sailed north of Malaysian Borneo.", "Fishing fleets from Sumatra, Kyushu and Hokkaido met near Bali."},
			[]string{"GPE Hokkaido", "GPE Bali"}},
		{"a province named after a compass word in an island is a place",
			[]string{"Floods hit North Sumatra and Central Sulawesi, and fires burned in East Kalimantan."},
			[]string{"GPE North Sumatra", "GPE Central Sulawesi", "GPE East Kalimantan"}},
		{"a river's name before \"region\" is a region's, listed or not",
			[]string{"Rain fell across the Mekong region and the Yangtze region."},
			[]string{"GPE Mekong", "GPE Yangtze"}},
	})
}
