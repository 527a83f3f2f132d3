package input

import "testing"

// TestHeadlineAfterGluedTrail: a page's title bar copied with its trail of
// sections glued before the headline, the headline printed again under it,
// gives the headline without the trail. Near miss: a heading under both
// copies is the title.
func TestHeadlineAfterGluedTrail(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Northern crews fear new cod quota will halve their catch"
	checkHeader(t, "Home Fisheries Quotas "+h+"\n\n"+h+"\n\n5 min read\n\n"+p, h, nil, "", "Fishing crews")
	checkHeader(t, "News Releases "+h+", 30 May 2024\n\n"+h+", 30 May 2024\n\n"+h+"\n30 May 2024\n\n"+p, h, nil, "2024-05-30", "Fishing crews")
	if crumbsBefore("the talks on "+h, h) || crumbsBefore("Home News World Asia Fisheries "+h, h) {
		t.Error("crumbsBefore read a headline's own words as a trail")
	}
}
