package cite

import (
	"testing"

	"github.com/claimx/claimx"
)

// TestDatedBylines: a by-line that dates a piece a page reposts or lists
// cites its writer, or the outlet it was written for, at that day; the
// page's own by-line, a line of its own or dated its publication day, a by-line without a
// full date, and "by" in prose before a preposition cite nothing.
func TestDatedBylines(t *testing.T) {
	d := claimx.Day
	text := "Cranes return to the old quay\n" +
		"by Harbour Weekly, July 11, 2021\n" +
		"Quays widen by Harbour Weekly, July 12, 2021\n" +
		"Ferry link on track BY ANA RUIZ 13 June 2016 | 9:51 AM\n" +
		"Ports reopen by Lin Wei May 25, 2016 -- the mood at the talks was warm.\n" +
		"-By Tom Berg for Quay Review, 14 March 2023 The port is busy again.\n" +
		"By Kofi Mensah, May 1, 2024\n" +
		"Fees rose by Tide Council May 2024 figures.\n" +
		"The lease was signed by Lin Wei on May 3, 2021.\n"
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Harbour Weekly", "2021-07-12", d, false, false, "by Harbour Weekly, July 12, 2021"},
		{"ANA RUIZ", "2016-06-13", d, false, false, "BY ANA RUIZ 13 June 2016"},
		{"Lin Wei", "2016-05-25", d, false, false, "by Lin Wei May 25, 2016"},
		{"Quay Review", "2023-03-14", d, false, false, "By Tom Berg for Quay Review, 14 March 2023"},
	})
}
