package cite

import (
	"testing"

	"github.com/claimx/claimx"
)

// TestDatedWorks: a work the running text names by its owner's
// possessive and its date, then what it is, is the owner's citation at
// that date, whatever the apostrophe; a place's work, a span of years, a
// year after publication, a date followed by no work's noun, and a work
// whose sentence cites its source in a parenthesis are not.
func TestDatedWorks(t *testing.T) {
	text := "Fees fell, as the Harbour Board’s March 2021 annual report shows. The Tide Weekly's Jan. 9, 2022 issue led with it. " +
		"The Quay Institute’s 2019 Port Economic Outlook agreed. Norway’s 2020 port survey disagreed. " +
		"The Harbour Board’s 2021-22 report is due. The Harbour Board’s 2026 report is planned. The Harbour Board’s 2021 budget rose. " +
		"The Quay Institute’s 2020 report warned of it (Tide Weekly, May 3, 2020). " +
		"Ferries became the mayor's 2016 campaign issue. The Fed's 2024 outlook for rates held. " +
		"Fares rose after Christmas. Lee's 2023 fare study was never published. The St. Louis Fed's 2022 survey agreed."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Harbour Board", "2021-03-01", claimx.Month, false, false, "Harbour Board’s March 2021 annual report"},
		{"Tide Weekly", "2022-01-09", claimx.Day, false, false, "Tide Weekly's Jan. 9, 2022 issue"},
		{"Quay Institute", "2019-01-01", claimx.Year, false, false, "Quay Institute’s 2019 Port Economic Outlook"},
		{"Tide Weekly", "2020-05-03", claimx.Day, false, false, "Tide Weekly, May 3, 2020"},
		{"Lee", "2023-01-01", claimx.Year, false, false, "Lee's 2023 fare study"},
		{"St. Louis Fed", "2022-01-01", claimx.Year, false, false, "St. Louis Fed's 2022 survey"},
	})
}

// TestDatedWorksByMaker: a dated work named by its noun with its maker
// after "by" or "from", the date before the noun or after the maker, is
// the maker's citation at that date; a law, a span, a date without a work,
// and a work whose maker is no name are not.
func TestDatedWorksByMaker(t *testing.T) {
	text := "A 2023 survey by the Quay Institute found fares rose. The March 2021 report released by the Harbour Board warned of it. " +
		"A report by Tide Weekly in May 2022 agreed. A 2020 law by the council set the fees. " +
		"A 2021-22 survey by the Quay Institute is due. The survey of ferry crews by the board found the same. " +
		"A 2019 study by researchers at the port found little."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Quay Institute", "2023-01-01", claimx.Year, false, false, "2023 survey by the Quay Institute"},
		{"Harbour Board", "2021-03-01", claimx.Month, false, false, "March 2021 report released by the Harbour Board"},
		{"Tide Weekly", "2022-05-01", claimx.Month, false, false, "report by Tide Weekly in May 2022"},
	})
}

// TestDatedWorksMakerAsides: the date after a work's maker may follow
// the maker's acronym and the place it sits in, set off by commas, and
// the work's title may open its sentence bare; a relative clause, a
// person or two places after the comma, a topic after the acronym, and a
// span of years are none.
func TestDatedWorksMakerAsides(t *testing.T) {
	text := "Global Ferry Report released by the Tide Fund (TF) in May 2022 warned of delays. " +
		"The Port Outlook released by the Quay Institute (QI), Lisbon, in March 2021 found fees rose. " +
		"A survey by the Harbour Board, Lisbon, in April 2020 agreed. " +
		"A report by the Quay Institute (QI), which opened in June 2022, found delays. " +
		"A report by the Tide Fund, Ana Ruiz, in June 2022 found delays. " +
		"A report by the Tide Fund, Lisbon and Porto, in June 2022 found delays. " +
		"A report by the Tide Fund (TF) on fees in June 2022 found delays. " +
		"A report by the Harbour Board in 2021-2022 found delays."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Tide Fund", "2022-05-01", claimx.Month, false, false, "Report released by the Tide Fund (TF) in May 2022"},
		{"Quay Institute", "2021-03-01", claimx.Month, false, false, "Outlook released by the Quay Institute (QI), Lisbon, in March 2021"},
		{"Harbour Board", "2020-04-01", claimx.Month, false, false, "survey by the Harbour Board, Lisbon, in April 2020"},
	})
}

// TestPronounWorks: a dated work named after a body's possessive pronoun
// is the citation of the body that is the pronoun's sentence's subject,
// opening it or after the comma of an opening phrase; a person's, a
// place's or an owned thing's pronoun, and a forecast under a year (the
// period it foresees), are none.
func TestPronounWorks(t *testing.T) {
	text := "The Quay Institute cut its growth call in its May 2023 Port Economic Outlook. " +
		"In its March 2021 annual report, the Harbour Board warned of delays. " +
		"The Tide Fund (TF) now sees fares 2 percent above its October 2022 forecast. " +
		"Ana Ruiz said its 2021 report was wrong. Norway said its 2020 port survey stands. " +
		"The Quay Institute's board said their May 2023 survey held. The Harbour Board raised its 2024 forecast."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Quay Institute", "2023-05-01", claimx.Month, false, false, "its May 2023 Port Economic Outlook"},
		{"Harbour Board", "2021-03-01", claimx.Month, false, false, "its March 2021 annual report"},
		{"Tide Fund", "2022-10-01", claimx.Month, false, false, "its October 2022 forecast"},
	})
}

// TestDatedNewsletters: a body's newsletter is a dated work, as its
// bulletin is, named after the body's possessive pronoun or name and its
// date; one without a date, under a span of years or after no owner is
// none.
func TestDatedNewsletters(t *testing.T) {
	text := "The Harbour Board, based in Quay Town, has released its April 2022 newsletter on fees. " +
		"The Quay Institute’s May 2020 newsletter agreed. " +
		"Subscribe to the Tide Fund's newsletter for May 2023 updates. " +
		"The Tide Fund will launch its 2025-2026 newsletter soon. " +
		"A newsletter sent in March 2021 named the fees."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Harbour Board", "2022-04-01", claimx.Month, false, false, "its April 2022 newsletter"},
		{"Quay Institute", "2020-05-01", claimx.Month, false, false, "Quay Institute’s May 2020 newsletter"},
	})
}

// TestPronounInInnerClause: a possessive pronoun inside a clause of its
// own binds to that clause's subject, not the sentence's: after a
// reporting verb and a new subject, or inside a relative clause on
// another noun. Right after the verb, or in a relative clause on the
// subject itself, it is still the subject's.
func TestPronounInInnerClause(t *testing.T) {
	text := "The Quay Institute argued that the ferry operator understated costs in its June 2022 annual report. " +
		"The Harbour Board criticised the insurer, which had left fees out of its March 2023 filing. " +
		"The Tide Fund warned Lantern Bank had misread its April 2021 survey. " +
		"The Quay Institute said its May 2023 outlook still held. " +
		"The Harbour Board, which revised its January 2024 forecast, declined to comment."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Quay Institute", "2023-05-01", claimx.Month, false, false, "its May 2023 outlook"},
		{"Harbour Board", "2024-01-01", claimx.Month, false, false, "its January 2024 forecast"},
	})
}
