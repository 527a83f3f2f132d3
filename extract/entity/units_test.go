package entity

import "testing"

// TestEntitiesNumberedUnits covers military units named by an ordinal in a
// series, in figures or in words, with invented places and bodies around
// them; an ordinal before a meeting's name or a title is no unit.
func TestEntitiesNumberedUnits(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"an ordinal in figures before a unit's noun",
			[]string{"The 82nd Group Army moved south, and the 4th Mountain Brigade held the line in Varkol.", "Soldiers of the 101st Airborne Division arrived."},
			[]string{"ORG 82nd Group Army", "ORG 4th Mountain Brigade", "GPE Varkol", "ORG 101st Airborne Division"}},
		{"an ordinal in words opens the unit's name",
			[]string{"The Sixth Fleet and the Second Armoured Regiment sailed."},
			[]string{"ORG Sixth Fleet", "ORG Second Armoured Regiment"}},
		{"the body a unit belongs to is read on its own",
			[]string{"The 12th Army Group of the Lutavian Defence Force crossed the river in Kessar."},
			[]string{"ORG 12th Army Group", "ORG Lutavian Defence Force", "GPE Kessar"}},
		{"a meeting or a title after an ordinal is no unit",
			[]string{"The 14th Corps Commander met envoys, and the 21st Party Congress opened."},
			nil},
	})
}
