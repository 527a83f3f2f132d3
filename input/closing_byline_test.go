package input

import "testing"

// TestClosingByline: a by-line on a line of its own under most of the
// running text ("Posted by …", "Published by …", "Written by …"), as a
// blog's theme prints it under the post, names the writers the header did
// not; an editor's or a translator's line, a site's account, a body, a
// photo's credit, a sentence or a run-in credit names no one.
func TestClosingByline(t *testing.T) {
	const title = "Lock keepers return to the upper canal"
	const p = "The canal trust said on Tuesday that keepers would staff the six upper locks again from the first of May.\n\n" +
		"Boaters had worked the gates themselves since the trust cut its staff two winters ago.\n\n" +
		"A spokesman said volunteers had kept the flights open but could not cover the weekday traffic.\n\n" +
		"The trust expects about four hundred boats a week through the summer, twice last year's number.\n\n" +
		"The lower locks, on the river section, stay in the boaters' hands.\n"
	closing := func(s string) string { return title + "\n\n" + p + "\n" + s + "\n" }
	checkMetadata(t, []metadataCase{
		{"posted by", closing("Posted by Ines Haldane"), title, []string{"Ines Haldane"}, ""},
		{"published by over a note and a link", closing("Published by Ines Haldane\n\nInes writes about rivers and the people who work them.\n\nView all posts by Ines Haldane"), title, []string{"Ines Haldane"}, ""},
		{"written by two", closing("Written by Ines Haldane and Tomasz Rybak"), title, []string{"Ines Haldane", "Tomasz Rybak"}, ""},
		{"edited by", closing("Edited by Tomasz Rybak"), title, nil, ""},
		{"translated by", closing("Translated by Tomasz Rybak"), title, nil, ""},
		{"a site's account", closing("Posted by admin"), title, nil, ""},
		{"a body", closing("Published by the Canal Heritage Society"), title, nil, ""},
		{"a press and a year", closing("Published by Towpath Press, 2023"), title, nil, ""},
		{"a photo's credit", closing("Photo by Tomasz Rybak"), title, nil, ""},
		{"a label", closing("By the Numbers"), title, nil, ""},
		{"the post's categories", closing("Posted in Canals, Heritage"), title, nil, ""},
		{"a sentence", closing("Published by the trust in March, the figures show a rise."), title, nil, ""},
		{"run in after a caption", closing("The upper flight at dawn. Published by Tomasz Rybak"), title, nil, ""},
		{"a by-line in the header wins", title + "\n\nBy Marta Oyelaran\n\n" + p + "\nPosted by Ines Haldane\n", title, []string{"Marta Oyelaran"}, ""},
	})
}
