package input

import "testing"

// TestMottoOverHeadline: a site's motto in title case closed by a full
// stop, over a headline in sentence case with the text under it, is no
// title.
func TestMottoOverHeadline(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	for _, tc := range []struct{ motto, title string }{
		{"Serving Coastal Towns.", "Harbour crews fear a new cod quota this season"},
		{"Promoting Open Courts.", "Court upholds ban on trawling in northern waters"},
	} {
		checkHeader(t, tc.motto+"\n\n"+tc.title+"\n\n"+p, tc.title, nil, "", "Fishing crews")
	}
}

// TestHeadlineOfSentencesPrintedTwice: a headline that reads as
// sentences, printed over the page's top and again right over its date
// line or by-line, is the title. Near miss: the same sentence twice with
// running text under the second copy (a lede printed twice).
func TestHeadlineOfSentencesPrintedTwice(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Quota shock! Crews in the north say half the catch is gone."
	checkHeader(t, h+"\n\nHome > Fisheries\n\n"+h+"\n\n2024-05-30 08:15:02\n\n"+p, h, nil, "2024-05-30", "Fishing crews")
	checkHeader(t, h+"\n\nHome > Fisheries\n\n"+h+"\n\nBy Ana Ruiz\n\n"+p, h, []string{"Ana Ruiz"}, "", "Fishing crews")
	a := Article("test.txt", []byte(h+"\n\nHome > Fisheries\n\n"+h+"\n\n"+p), nil)
	if a.Title == h {
		t.Errorf("a sentence printed twice over the text read as the title %q", a.Title)
	}
}

// TestShareButtonsOverHeadline: a page's links to send the story or flag
// it are furniture, no title.
func TestShareButtonsOverHeadline(t *testing.T) {
	for _, line := range []string{"Send a link to a friend", "Send to a friend", "Flag as Inappropriate", "Flag as spam"} {
		if !pageFurniture(line) {
			t.Errorf("pageFurniture(%q) = false", line)
		}
	}
	for _, line := range []string{"Send in the coast guard, mayors urge.", "Flag raised over the harbour office", "Flagship ferry returns to service"} {
		if pageFurniture(line) {
			t.Errorf("pageFurniture(%q) = true", line)
		}
	}
}

// TestSentenceHeadlineOverNames: a sentence in sentence case opening the
// text, a line of names under it and the text under them, is the headline.
// Near miss: a lede with the text's next paragraph right under it.
func TestSentenceHeadlineOverNames(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Cod catches have fallen by half, and the crews blame the new quota."
	if a := Article("test.txt", []byte(h+"\n\nMaren Solheim\n\n"+p), nil); a.Title != h {
		t.Errorf("a sentence over a line of names: title %q, want %q", a.Title, h)
	}
	if a := Article("test.txt", []byte(h+"\n\n"+p), nil); a.Title == h {
		t.Errorf("a lede over the text read as the title %q", a.Title)
	}
}
