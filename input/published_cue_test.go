package input

import "testing"

// TestPublicationCuesRunOn: where nothing near the header dates a text, a
// publication's label and its date may open a longer line that runs on
// into the post's fields, and a source line may end on when the text was
// published; a sentence that opens on the label, or says in passing when
// another text was published, dates nothing.
func TestPublicationCuesRunOn(t *testing.T) {
	body := "Ferry Services Across the Eastern Strait\n\nThe ferry services that crossed the eastern strait were run by boatmen licensed by the councils on either shore, and the councils set their fares each spring.\n\nThe councils kept their own records, and most of them are lost; the few that survive are in the county archive.\n\n"
	for line, want := range map[string]string{
		"Published on Apr 01, 2011 in Island History":                                                      "2011-04-01",
		"Posted: Tuesday, May 10, 2011. 9:01 am. By Tom Berg":                                              "2011-05-10",
		"Source: Strait Heritage Society, published on Monday, June 20 2011.":                              "2011-06-20",
		"Published on 4 June 2011 in the Strait Review, the essay by Tom Berg argued that fares mattered.": "",
		"Posted on 3 March 2011 in a thread about the old ferries, a reader said the same.":                "",
		"The society's survey, published on 12 May 2011, found that most records were lost.":               "",
		"Strait Crossings, a report by the county archive, published on 2 April 2011.":                     "",
	} {
		if a := Article("test.txt", []byte(body+line+"\n"), nil); date(a.Published) != want {
			t.Errorf("%q: published %s, want %q", line, date(a.Published), want)
		}
	}
}
