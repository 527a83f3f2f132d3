package input

import "testing"

// TestCreditedDatelines: a dateline in title case that prints the story's
// full date with its agency before it ("Addis Ababa (ENA) March 4/2019")
// or its outlet after it ("Washington, March 4, 2019, The Harbour
// Today:") dates the text where its header prints no date.
func TestCreditedDatelines(t *testing.T) {
	const title = "Terminal to Reopen Next Week"
	const rest = "The port authority said on Monday that the northern terminal would reopen next week after repairs.\n\nShipping lines said they would restore their calls at once.\n"
	checkMetadata(t, []metadataCase{
		{"agency, then the date with a slash", title + "\n\nEastgate (HNA) March 4/2019 " + rest, title, nil, "2019-03-04"},
		{"the date, then the outlet and a colon", title + "\n\nEastgate, March 4, 2019, The Harbour Today: " + rest, title, nil, "2019-03-04"},
		{"a place and a date in a sentence", title + "\n\nEastgate, March 4, 2019, The port authority said the terminal would reopen.\n\nShipping lines said they would restore their calls at once.\n", title, nil, ""},
	})
}
