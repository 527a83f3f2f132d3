package input

import "testing"

// TestWrappedHeadline: in a text wrapped to a width, a headline's last
// words wrapped onto a line of their own, in lower case or opening on a
// quotation mark, go on the headline when the first of them would have
// run its line past the width. A short headline over a line in lower case
// keeps its own words: nothing was wrapped.
func TestWrappedHeadline(t *testing.T) {
	const body = "Fishing crews in the northern harbour said on Tuesday that the new\n" +
		"quota would halve their catch this season, and that boats would stay\n" +
		"moored until the fisheries office met them to talk the figures over.\n" +
		"The office said the quota followed a survey of stocks that had found\n" +
		"cod numbers at a record low across the grounds off the northern coast.\n"
	checkHeader(t, "Analysis: Harbour crews fear that the new fishing quota will halve\n'season' catch\n[March 3, 2024]\nBy Ana Ruiz\n"+body,
		"Analysis: Harbour crews fear that the new fishing quota will halve 'season' catch", []string{"Ana Ruiz"}, "2024-03-03", "Fishing crews")
	if got := wrappedTitleEnd("Harbour crews fear quota", "season catch", 70); got {
		t.Errorf("wrappedTitleEnd of a short headline = true, want false")
	}
	if got := wrappedTitleEnd("Analysis: Harbour crews fear that the new fishing quota will halve", "season catch", 70); !got {
		t.Errorf("wrappedTitleEnd of a headline at the width = false, want true")
	}
}

// TestQuotedCryHeadline: a topic in title case, a colon and a quotation
// closing on a question or a cry is a headline whatever sentences the
// quotation holds; a speaker's words after a colon, or a quotation closing
// on a full stop, are a sentence's.
func TestQuotedCryHeadline(t *testing.T) {
	for line, want := range map[string]bool{
		"The Cod Crisis: “We Want Our Quota Back. Is That Too Much to Ask?”": true,
		"Harbour Crews Speak: “Give Us Our Season Back!”":                    true,
		"The minister said: “We want the quota back. Is that too much?”":     false,
		"The Cod Crisis: “We want our quota back. We will fight for it.”":    false,
	} {
		if got := questionHeadline(line); got != want {
			t.Errorf("questionHeadline(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestStackedAuthors: authors printed a line each between the headline
// and the date are all the by-line's, their given names known or not; a
// label of one word under a name stays a label, and a kicker over a name
// of unknown shape gives no author.
func TestStackedAuthors(t *testing.T) {
	const p = "Fishing crews in the northern harbour said on Tuesday that the new quota would halve their catch this season.\n\nThe fisheries office said the quota followed a survey of stocks that found cod numbers at a record low.\n"
	const h = "Harbour crews fear new cod quota"
	checkHeader(t, h+"\nTumelo Mukwevho\nOlamide Adeyemi\nMarch 3, 2024\n\n"+p, h, []string{"Tumelo Mukwevho", "Olamide Adeyemi"}, "2024-03-03", "Fishing crews")
	checkHeader(t, h+"\nAna Ruiz\nOpinion\nMarch 3, 2024\n\n"+p, h, []string{"Ana Ruiz"}, "2024-03-03", "Fishing crews")
	checkHeader(t, h+"\nCoastal Affairs\nTumelo Mukwevho\nMarch 3, 2024\n\n"+p, h, nil, "2024-03-03", "Fishing crews")
}
