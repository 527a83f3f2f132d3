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
