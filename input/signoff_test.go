package input

import (
	"slices"
	"strings"
	"testing"
)

// bodyOf lays out a text of a title and the given paragraphs and returns
// its paragraphs' text.
func bodyOf(t *testing.T, paras ...string) []string {
	t.Helper()
	text := "Ferry Talks Stall Again\n\n"
	for _, p := range paras {
		text += p + "\n\n"
	}
	var out []string
	for _, p := range paragraphs(Article("test.txt", []byte(text), nil)) {
		out = append(out, p[len(" | "):])
	}
	return out
}

// TestDeskSignOff: a desk's or wire's sign-off after a paragraph's last
// sentence, by a dash, in brackets or after a slash, is no part of the
// paragraph; a dash inside a sentence, a citation with its date, a post's
// signature, an aside in brackets and a quotation's attribution are.
func TestDeskSignOff(t *testing.T) {
	const lead = "The port authority said on Tuesday that the ferries would sail again once the crews had been paid."
	// The last paragraph holds two sentences: one sentence and a credit
	// is a caption's shape.
	const first = "The union called off the strike. "
	for _, c := range []struct{ last, want string }{
		{"Crews were paid on Friday. —KJM, Harbour Integrated News", "Crews were paid on Friday."},
		{"Crews were paid on Friday. — Reuters", "Crews were paid on Friday."},
		{"Crews were paid on Friday. -- Coast Wire", "Crews were paid on Friday."},
		{"“We were paid,” a sailor said. — Harbour Desk", "“We were paid,” a sailor said."},
		{"Crews were paid on Friday. (HNA)", "Crews were paid on Friday."},
		{"Crews were paid on Friday. (Reporting by Ana Ruiz)", "Crews were paid on Friday."},
		{"Crews were paid on Friday. /HNA", "Crews were paid on Friday."},
		{"Crews were paid on Friday. /kjm", "Crews were paid on Friday."},
		// Near misses: the paragraph stays whole.
		{"Crews wanted one thing — Wages.", "Crews wanted one thing — Wages."},
		{"Crews were paid on Friday. (Harbour Daily, May 2)", "Crews were paid on Friday. (Harbour Daily, May 2)"},
		{"Crews were paid on Friday. — Ana Ruiz (@AnaRuiz) May 2, 2024", "Crews were paid on Friday. — Ana Ruiz (@AnaRuiz) May 2, 2024"},
		{"Crews were paid on Friday. (see below)", "Crews were paid on Friday. (see below)"},
		{"Crews were paid on Friday. — the first pay in months", "Crews were paid on Friday. — the first pay in months"},
		{"Crews were paid on Friday. /2", "Crews were paid on Friday. /2"},
		// A name after a closing quotation mark is the quotation's
		// attribution, whichever marks close it.
		{"“A paid crew is a safe crew.” — Ana Ruiz", "“A paid crew is a safe crew.” — Ana Ruiz"},
		{"‘Wages first, sailing second.’ —Harbour Union", "‘Wages first, sailing second.’ —Harbour Union"},
		{"\"No pay, no sail.\" -- Kofi Mensah", "\"No pay, no sail.\" -- Kofi Mensah"},
		{"“Reform is China’s second revolution.” — Deng Xiaoping", "“Reform is China’s second revolution.” — Deng Xiaoping"},
	} {
		got := bodyOf(t, lead, first+c.last)
		if want := []string{lead, first + c.want}; !slices.Equal(got, want) {
			t.Errorf("%q: paragraphs %q, want %q", c.last, got, want)
		}
	}
}

// TestDeskSignOffLine: a sign-off on a line of its own under the text is no
// paragraph, and a writer's name signing it still names the author.
func TestDeskSignOffLine(t *testing.T) {
	const lead = "The port authority said on Tuesday that the ferries would sail again once the crews had been paid."
	for _, line := range []string{"— Reuters", "—Harbour Desk", "-- Coast Wire"} {
		if got := bodyOf(t, lead, line); !slices.Equal(got, []string{lead}) {
			t.Errorf("%q: paragraphs %q, want the lead alone", line, got)
		}
	}
	a := Article("test.txt", []byte("Ferry Talks Stall Again\n\n"+lead+"\n\n— Ana Ruiz\n"), nil)
	if !slices.Equal(a.Authors, []string{"Ana Ruiz"}) {
		t.Errorf("authors %q, want Ana Ruiz", a.Authors)
	}
	// A line opened by a dash that says something stays.
	if got := bodyOf(t, lead, "— and the crews went home."); len(got) != 2 {
		t.Errorf("paragraphs %q, want the dashed sentence kept", got)
	}
}

// TestQuotedCrosshead: a short quoted phrase alone on a line heads what
// follows it, whatever its case; a quoted sentence, a quotation with its
// cue and a quoted phrase that words follow are running text.
func TestQuotedCrosshead(t *testing.T) {
	const next = "The minister said the deal would be published once both cabinets had approved it."
	for _, c := range []struct {
		line    string
		heading bool
	}{
		{"‘Publication of the deal’", true},
		{"“A question of trust”", true},
		{"\"Nothing to hide\"", true},
		{"‘The crews’ last stand’", true},
		{"“We will publish it.”", false},
		{"“Will they publish it?”", false},
		{"“Soon,” she said", false},
		{"“Trust” or “fear”", false},
		{"“A deal that both cabinets must approve before it can be published in full”", false},
	} {
		a := Article("test.txt", []byte("Ferry Talks Stall Again\n\nThe talks resumed in Geneva on Monday after a break of two months.\n\n"+c.line+"\n"+next+"\n"), nil)
		got := paragraphs(a)
		want := []string{" | The talks resumed in Geneva on Monday after a break of two months."}
		if c.heading {
			want = append(want, c.line+" | "+next)
		}
		if c.heading && !slices.Equal(got, want) || !c.heading && slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, c.line) }) {
			t.Errorf("%q: paragraphs %q (heading %v)", c.line, got, c.heading)
		}
	}
}

// TestPromptAfterASentence: a page's notice to its reader opens its line; a
// line whose first sentence is running text stays the article's, whatever
// it goes on to say about the page.
func TestPromptAfterASentence(t *testing.T) {
	const body = "The port reopened on Monday after the storm, and the first ferries sailed at noon."
	for _, c := range []struct {
		line string
		kept bool
	}{
		{"This weekly digest is written for the harbour board by its research desk. You can read it in your web browser here if you prefer.", true},
		{"Your browser is out of date. Please update it to read this page.", false},
		{"Please update your browser. This digest is written for the harbour board.", false},
	} {
		text := "Harbour Digest May 2023: Ferries Return\nEdited by Ana Ruiz and Lin Wei of the Harbour Project\n" + c.line + "\nFerries Return\n" + body + "\n"
		got := paragraphs(Article("test.txt", []byte(text), nil))
		ends := func(s string) func(string) bool { return func(p string) bool { return strings.HasSuffix(p, " | "+s) } }
		if kept := slices.ContainsFunc(got, ends(c.line)); kept != c.kept || !slices.ContainsFunc(got, ends(body)) {
			t.Errorf("%q: paragraphs %q, want the line kept %v", c.line, got, c.kept)
		}
	}
}

// TestPublisherNotes: a note on what the text is (a translation, a feed's
// copy, a repost) is the publisher's, no claim; sentences that speak of
// translations and originals are.
func TestPublisherNotes(t *testing.T) {
	const lead = "The port authority said on Tuesday that the ferries would sail again once the crews had been paid."
	for _, c := range []struct {
		line string
		note bool
	}{
		{"(This is a provisional translation of the minister's remarks, for reference only)", true},
		{"The original text is in Japanese.", true},
		{"This story has been published from a wire feed without changes to the text.", true},
		{"This report was auto-generated from a syndicated feed.", true},
		{"(Only the headline of this report may have been reworked by our staff.)", true},
		{"Read the original article on Harbour Weekly.", true},
		{"Originally published at Harbour Weekly.", true},
		{"This is a translation the ministry disputes, its spokesman said on Monday.", false},
		{"The translation of the treaty was published in May, and the original was never released.", false},
		{"The original plan was in tatters by June.", false},
		{"Only the harbour master can approve a sailing in a storm.", false},
	} {
		got := bodyOf(t, lead, c.line)
		if kept := slices.Contains(got, c.line); kept == c.note {
			t.Errorf("%q: paragraphs %q, want it kept %v", c.line, got, !c.note)
		}
	}
}

// TestClosingAgencyCredit: a news agency's credit on the text's last line,
// in brackets or after a dash, is its by-line where the header names no
// one; a person's by-line in the header wins, and a credit line with
// running text under it gives none.
func TestClosingAgencyCredit(t *testing.T) {
	const head = "Ferries Sail Again\n\n"
	const body = "The harbour board said on Tuesday that the ferries would sail again from Monday.\n\nCrews returned to work after the strike ended.\n\n"
	for _, c := range []struct {
		text string
		want []string
	}{
		{head + body + "(AP)\n", []string{"AP"}},
		{head + body + "-Reuters\n", []string{"Reuters"}},
		{head + body + "— Kyodo\n", []string{"Kyodo"}},
		{head + "By Ana Ruiz\n\n" + body + "(AP)\n", []string{"Ana Ruiz"}},
		{head + body + "(AP)\n\nThe board will meet again next week to review the timetable for the winter.\n", nil},
		{head + body + "(Harbour Weekly)\n", nil},
	} {
		if got := Article("test.txt", []byte(c.text), nil).Authors; !slices.Equal(got, c.want) {
			t.Errorf("%q: authors %q, want %q", c.text, got, c.want)
		}
	}
}
