package input

import "testing"

// TestHeadlineSpeaker: a page whose headline opens on a kind of speech
// names its one speaker after "by", the titles before the name dropped;
// a story about a speech, a body's or two speakers' remarks, and words
// after "by" that read as no name name no author.
func TestHeadlineSpeaker(t *testing.T) {
	for _, tc := range []struct {
		title, want string
	}{
		{"Keynote Address by Minister Tomasz Nowak to the Harbour Forum", "Tomasz Nowak"},
		{"Remarks by H.E. Ambassador Soo-jin Park at the National Day Reception", "Soo-jin Park"},
		{"Statement by Chancellor Greta van Dalen on the flood relief", "Greta van Dalen"},
		{"Speech on the Opening of the New Terminal by Deputy Mayor Kofi Mensah", "Kofi Mensah"},
		{"Statement by Foreign Ministry Spokesperson Ingrid Solberg, 3 May", "Ingrid Solberg"},
		{"Statement by Ingrid Solberg: Rivers and Cities", "Ingrid Solberg"},
		{"Toast by H.E. Li Wenhua at the Spring Festival Reception", "Li Wenhua"},
		// A story about a speech opens on something else, or runs on
		// into a verb after the speaker's name.
		{"Speech by President Ana Ruiz Sparks Outrage", ""},
		{"Traders React to Speech by Minister Tomasz Nowak", ""},
		// A body's or an office's words, or two speakers'.
		{"Statement by the Ministry of Transport on the strike", ""},
		{"Remarks by the Spokesperson at the Weekly Briefing", ""},
		{"Remarks by Mayor Kofi Mensah and Governor Ana Ruiz at the Bridge Opening", ""},
		{"Statement by Harbour Workers Union on Pay Talks", ""},
		// Untitled words that are no known name; an event's listing.
		{"Address by Candlelight Draws Crowds to Old Harbour Square", ""},
		{"Lecture by Amara Okafor: Cities and Rivers", ""},
		// No "by": no speaker.
		{"Statement on the Flood Relief Programme", ""},
	} {
		got, ok := headlineSpeaker(tc.title)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("headlineSpeaker(%q) = %q, %v; want %q", tc.title, got, ok, tc.want)
		}
	}
	// The speaker is the page's author where no by-line names one.
	checkMetadata(t, []metadataCase{
		{"a speech page", "Remarks by Governor Ana Ruiz at the Harbour Summit\n\nThank you all for coming. Our ports have never been busier, and we mean to keep it so.\n",
			"Remarks by Governor Ana Ruiz at the Harbour Summit", []string{"Ana Ruiz"}, ""},
	})
}
