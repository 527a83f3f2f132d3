package cite

import (
	"testing"
	"time"

	"github.com/claimx/claimx"
)

// TestCredits: a digest's or a listing's credit, a source's name and a
// day's date side by side with only marks between them, in either order,
// is read on a line of its own (the name in brackets or not, a dash glued
// to it, a bullet before it, a full stop after it) and at the head of an
// item whose text goes on after a bracketed name. A year-less day takes
// the publication year.
func TestCredits(t *testing.T) {
	d := claimx.Day
	text := "Ferry fares rise again on the estuary\n" +
		"[Tide Weekly] - 14/03/2025\n" +
		"Operators blamed fuel costs for the third rise this year.\n\n" +
		"Feb 27 (Quay Post) Dock workers voted to end their strike after a week of talks.\n\n" +
		"Cranes return to the northern pier\n" +
		"March 2, 2025 | [Harbour Review]\n\n" +
		"Pilots ask for new tugs\n" +
		"Lumar Maritime Authority- 2025/03/01\n\n" +
		"• [Estuary Radio] 03.03.2025: Night crossings resume after repairs.\n" +
		"Salt prices climb at the market\n" +
		"Nordvik Harbour Gazette, 28 February 2025.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2025-03-15")), []wantCite{
		{"Tide Weekly", "2025-03-14", d, false, false, "[Tide Weekly] - 14/03/2025"},
		{"Quay Post", "2025-02-27", d, true, false, "Feb 27 (Quay Post)"},
		{"Harbour Review", "2025-03-02", d, false, false, "March 2, 2025 | [Harbour Review]"},
		{"Lumar Maritime Authority", "2025-03-01", d, false, false, "Lumar Maritime Authority- 2025/03/01"},
		{"Estuary Radio", "2025-03-03", d, false, false, "[Estuary Radio] 03.03.2025"},
		{"Nordvik Harbour Gazette", "2025-02-28", d, false, false, "Nordvik Harbour Gazette, 28 February 2025"},
	})
	// In a digest's shape, two credits or more, a bracketed name the
	// gazetteer does not know is a source's.
	digest := "[Quaywire] 13.03.2025: Pilots ask for new tugs.\n\n[Tidewatch] 14.03.2025: Fares rise.\n"
	checkCitations(t, digest, 0, Parse(digest, 0, isoDay(t, "2025-03-15")), []wantCite{
		{"Quaywire", "2025-03-13", d, false, false, "[Quaywire] 13.03.2025"},
		{"Tidewatch", "2025-03-14", d, false, false, "[Tidewatch] 14.03.2025"},
	})
}

// TestCreditsRejects: what stands beside a date and is no source's credit
// to this reader (others may read some of them in their own right):
// a dateline's place, a page's label (a field's before its colon) or section, a newsletter's issue, a
// writer's by-line, an event a heading names with no mark before its date,
// a month (a periodical's issue), a dateline's agency before its dash, a
// date inside a sentence, a bracketed label of a link or one unknown
// bracketed name outside a digest, and a year-less day with no
// publication date to place it.
func TestCreditsRejects(t *testing.T) {
	for _, text := range []string{
		"HARBOURTON, March 3, 2025\n",
		"Updated - March 3, 2025\n",
		"Release Date : 2025-03-05\n",
		"Analysis | 4 May 2023\n",
		"Newsletter 27 - July 6, 2020\n",
		"Ana Ruiz | May 3, 2024\n",
		"Harbour Festival March 3, 2025\n",
		"Nov 12, 2025 | Autumn Members Dinner\n",
		"Quay Letter / July 2024\n",
		"Mar. 3 (Quay Wire) -- Ferries resumed on Monday after a week.\n",
		"The ferries, 40 of them, resumed on 3/4/2025 after a week of repairs at the northern pier.\n",
		// A page's bracketed label of a link's medium, file or state, or
		// one ordinary word; one bracketed name unknown to the gazetteer.
		"[Brochure] 14 June 2024\n",
		"(Translation) 3 May 2024: The mayor's full remarks follow.\n",
		"Ferry notices\n\n[PDF] 14 June 2024\n\n[Archived] 2 February 2022\n\n[Sponsored] 8 April 2024\n\n" +
			"[Video] - 4/03/2025\n\n[Photo] - 12/05/2023\n\n[Podcast] 9 March 2025\n",
		"[Background] 13.03.2025: Pilots may strike again.\n",
		"The pier reopened in spring.\n\n[Quaywire] 13.03.2025: Pilots ask for new tugs.\n",
	} {
		if got := credits(text, 0, isoDay(t, "2025-03-15"), nil, orderOf(text)); len(got) > 0 {
			t.Errorf("%q: got %+v, want none", text, got)
		}
	}
	if text := "Feb 27 (Quay Post) Dock workers voted to end their strike.\n"; len(credits(text, 0, time.Time{}, nil, orderOf(text))) > 0 {
		t.Errorf("year-less credit without a publication date: got one, want none")
	}
}

// TestClusteredOrder: figures whose day and month could all change places
// are read in the order that keeps three or more of them within a month,
// as a digest's items are; two dates, or dates a month apart either way,
// show no order.
func TestClusteredOrder(t *testing.T) {
	for _, c := range []struct {
		text string
		want numericOrder
	}{
		{"Quay Post, 4/03/2025\nTide Weekly, 5/03/2025\nHarbour Review, 7/03/2025\n", orderDayFirst},
		{"Quay Post, 03/04/2025\nTide Weekly, 03/05/2025\nHarbour Review, 03/07/2025\n", orderMonthFirst},
		{"Quay Post, 4/03/2025\nTide Weekly, 5/03/2025\n", orderUnknown},
		{"Quay Post, 3/4/2021\nTide Weekly, 5/6/2021\nHarbour Review, 7/8/2021\n", orderUnknown},
	} {
		if got := numericOrderOf(c.text); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// orderOf is the text's numericOrderOf as the readers ask for it.
func orderOf(text string) func() numericOrder {
	return func() numericOrder { return numericOrderOf(text) }
}

// TestBarredLabel: a page's fields set apart by bars may print a date's
// label after the source, glued to it or not; the label is no part of
// the source's name.
func TestBarredLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tide Weekly| Published", "Tide Weekly"},
		{"Quay Post | Updated", "Quay Post"},
		{"Quay Post | Harbour Review", "Quay Post | Harbour Review"},
		{"Tide Weekly", "Tide Weekly"},
	} {
		if got := withoutBarredLabel(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
	text := "Source: Tide Weekly| Published: 2022-06-16\n"
	checkCitations(t, text, 0, Parse(text, 0, time.Time{}), []wantCite{
		{"Tide Weekly", "2022-06-16", claimx.Day, false, false, "Source: Tide Weekly| Published: 2022-06-16"},
	})
}
