package input

import "testing"

// TestAgencyCreditLines: a news agency's or outlet's name alone in the
// by-line's place, beside the date or its label, credits the story to it.
func TestAgencyCreditLines(t *testing.T) {
	const p = "The port authority said on Monday that the northern terminal would reopen next week after repairs to its cranes were finished.\n\nShipping lines said they would restore their calls at once.\n"
	const title = "Terminal to Reopen Next Week"
	checkMetadata(t, []metadataCase{
		{"agency | label date", title + "\n\nKyodo | Updated: 2019-03-04 10:12\n\n" + p, title, []string{"Kyodo"}, "2019-03-04"},
		{"date | agency", title + "\n\nMarch 4th, 2019 | Reuters\n\n" + p, title, []string{"Reuters"}, "2019-03-04"},
		{"agency label date", title + "\n\nYonhap Published: 2019-03-04 10:12:40\n\n" + p, title, []string{"Yonhap"}, "2019-03-04"},
		{"agency run into its label", title + "\n\nKyodoUpdated:  March 4, 2019\n\n" + p, title, []string{"Kyodo"}, "2019-03-04"},
		{"bullet agency under the headline, over the text", title + "\n\n• Kyodo\n\n" + p, title, []string{"Kyodo"}, ""},
		{"agency under the headline, over the text", title + "\n\nKyodo News\n\n" + p, title, []string{"Kyodo News"}, ""},
		{"agency's site under the headline, over the date", title + "\n\nAP News\n\n4 March 2019\n\n" + p, title, []string{"AP News"}, "2019-03-04"},
		// A source's name before a comma or a dash and a date is an item's
		// source in a digest or a repost: the page's date stays.
		{"outlet, date under a dated post", "Monday, March 4, 2019\n\n" + title + "\n\nThe Japan Times - March 3, 2019\n\n" + p, title, nil, "2019-03-04"},
		{"agency over the date", title + "\n\nReuters\n4th March 2019, 10:12 GMT+8\n\n" + p, title, []string{"Reuters"}, "2019-03-04"},
	})
}

// TestTrailingAgencyCredit: a news agency's name run on after the last
// sentence of the text, on the same line, credits the story to it as one
// on a line of its own does; one that closes an earlier paragraph, a
// caption's credit, a sentence that names the agency, or a by-line in the
// header, does not.
func TestTrailingAgencyCredit(t *testing.T) {
	const title = "Terminal to Reopen Next Week"
	const lede = "The port authority said on Monday that the northern terminal would reopen next week after repairs to its cranes were finished.\n\n"
	checkMetadata(t, []metadataCase{
		{"agency after the last sentence", title + "\n\n" + lede + "Shipping lines said they would restore their calls at once. Reuters\n", title, []string{"Reuters"}, ""},
		{"agency after a closing quotation", title + "\n\n" + lede + "“We are ready,” the harbour master said. Kyodo\n", title, []string{"Kyodo"}, ""},
		{"agency after an earlier paragraph", title + "\n\nThe terminal was shut in May. Reuters\n\n" + lede, title, nil, ""},
		{"a sentence naming the agency", title + "\n\n" + lede + "The closure was first reported by Reuters.\n", title, nil, ""},
		{"a caption's credit after the text", title + "\n\n" + lede + "Photo of the terminal at dusk. AFP\n", title, nil, ""},
		{"a by-line in the header wins", title + "\n\nBy Marta Lindqvist\n\n" + lede + "Shipping lines said they would restore their calls at once. Reuters\n", title, []string{"Marta Lindqvist"}, ""},
	})
}

// TestAgencyBylineWithOutlet: a wire story's by-line may print the outlet
// that ran it in brackets after the agency, as it prints a writer's
// outlet after the name; the agency is credited as "By Reuters" alone
// credits it. A source's or a photo's line, a dateline's agency and a
// writer's by-line with the outlet keep what they gave.
func TestAgencyBylineWithOutlet(t *testing.T) {
	const title = "Terminal to Reopen Next Week"
	const p = "The port authority said on Monday that the northern terminal would reopen next week after repairs to its cranes were finished.\n\nShipping lines said they would restore their calls at once.\n"
	checkMetadata(t, []metadataCase{
		{"agency, outlet, date label", title + "\n\nBy Reuters (Harbour Daily) Updated: 2019-03-04 10:12\n\n" + p, title, []string{"Reuters"}, "2019-03-04"},
		{"agency, outlet", title + "\n\nBy AFP (The Valley Times)\n\n" + p, title, []string{"AFP"}, ""},
		{"agency of two words, outlet, date", title + "\n\nBy Associated Press (Harbour Daily) March 4, 2019\n\n" + p, title, []string{"Associated Press"}, "2019-03-04"},
		{"writer, outlet", title + "\n\nBy Marta Lindqvist (Harbour Daily)\n\n" + p, title, []string{"Marta Lindqvist"}, ""},
		{"agency and outlet without By", title + "\n\nReuters (Harbour Daily)\n\n" + p, title, nil, ""},
		{"source line", title + "\n\nSource: Reuters (Harbour Daily)\n\n" + p, title, nil, ""},
		{"photo credit", title + "\n\nPhoto: Reuters (Harbour Daily)\n\n" + p, title, nil, ""},
		{"inputs credit", title + "\n\nWith inputs from Reuters (Harbour Daily)\n\n" + p, title, nil, ""},
		{"dateline's agency", title + "\n\nEASTGATE, March 4 (Kyodo) -- The port authority said on Monday that the northern terminal would reopen next week after repairs.\n\nShipping lines said they would restore their calls at once.\n", title, nil, ""},
	})
}
