package cite

import (
	"testing"

	"github.com/claimx/claimx"
)

// TestWikiNotes: a wiki's note cites its authors at the date in
// parentheses after them, or with none its work (the field after the
// title, its language left out) at the date printed as a field of its
// own; its "Retrieved" date is one more, marked accessed, and the date an
// archive kept a copy is none; the access field may go on to the link,
// as other lists print it, and a title may close inside its marks. A
// title alone names no source, and a sentence that merely says
// "retrieved" is no note.
func TestWikiNotes(t *testing.T) {
	d, y := claimx.Day, claimx.Year
	text := "1. ^ Osei, Kofi (3 May 2021). \"Ports reopen after the storm\". Harbour Daily. Archived from the original on 5 May 2021. Retrieved 9 May 2021.\n" +
		"2. ^ a b \"Quays close. Crews wait\". Tide Weekly (in Dutch). 2 June 2020. Retrieved 2020-06-04.\n" +
		"3. ^ \"港口重开\" [Ports reopen. The quays are busy]. Quay Post. Shore Media Group. 7 July 2019.\n" +
		"4. ^ \"Ferry timetable\". Retrieved 1 March 2022.\n" +
		"5. ^ Berg, Tomas (2018). Harbours of the North. Tidewater Press. ISBN 978-0-00-000000-0.\n" +
		"The crew retrieved 40 crates on 3 May 2021.\n" +
		"6. Mensah, J. (2019). “Quays and Cranes.” Accessed on December 20, 2021 from https://quays.example/cranes\n" +
		"Lindqvist, A. (2020). Ferry lanes. Retrieved March 3, 2022, from https://ferries.example/lanes\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-01-01")), []wantCite{
		{"Osei, Kofi", "2021-05-03", d, false, false, "3 May 2021"},
		{"Osei, Kofi", "2021-05-09", d, false, true, "Retrieved 9 May 2021"},
		{"Tide Weekly", "2020-06-02", d, false, false, "2 June 2020"},
		{"Tide Weekly", "2020-06-04", d, false, true, "Retrieved 2020-06-04"},
		{"Quay Post", "2019-07-07", d, false, false, "7 July 2019"},
		{"Berg, Tomas", "2018-01-01", y, false, false, "2018"},
		{"Mensah, J.", "2019-01-01", y, false, false, "2019"},
		{"Mensah, J.", "2021-12-20", d, false, true, "Accessed on December 20, 2021"},
		{"Lindqvist, A.", "2020-01-01", y, false, false, "2020"},
		{"Lindqvist, A.", "2022-03-03", d, false, true, "Retrieved March 3, 2022"},
	})
}
