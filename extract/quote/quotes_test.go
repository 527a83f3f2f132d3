package quote

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// quoted tags the quotations of a one-paragraph-per-line article of one
// claim per sentence and returns each claim's quote texts.
func quoted(t *testing.T, paras ...[]string) [][]string {
	t.Helper()
	a := testArticle(paras)
	Quotes{}.Tag(context.Background(), a)
	rs := []rune(a.Text)
	out := make([][]string, len(a.Claims))
	for i, c := range a.Claims {
		for _, q := range c.Quotes {
			if !c.Contains(q.Span) || string(rs[q.Start:q.End]) != q.Text {
				t.Errorf("claim %d: quote %q at %v is not the text of its span inside claim %v", i, q.Text, q.Span, c.Span)
			}
			out[i] = append(out[i], q.Text)
		}
	}
	return out
}

// TestQuotesCutOffOnlyAtTheEnd checks that a quotation left open is read
// as cut off only in the text's last paragraph.
func TestQuotesCutOffOnlyAtTheEnd(t *testing.T) {
	got := fmt.Sprint(quoted(t, []string{"He said “we will see"}, []string{"Then he left, “for good"}))
	if want := "[[] [for good]]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestQuotesOneClaim(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []string
	}{
		{"curly double keeps inner punctuation", "She called it “a bad deal,” and left.", []string{"a bad deal,"}},
		{"two quotations", "He wanted “peace” but feared “a trap.”", []string{"peace", "a trap."}},
		{"apostrophes are not quotes", "The People’s Bank won’t cut, and the banks’ margins held.", nil},
		{"single quotes at word boundaries", "Officials praised ‘common prosperity’ again.", []string{"common prosperity"}},
		{"plural possessive inside single quotes", "He backed ‘the provinces’ own plans’ openly.", []string{"the provinces’ own plans"}},
		{"single quotes with an apostrophe inside", "They mocked ‘China’s century’ at length.", []string{"China’s century"}},
		{"nested quotes count as the outer one", "He said “they call it ‘managed trade’ for a reason.”",
			[]string{"they call it ‘managed trade’ for a reason."}},
		{"straight double quotes", `He said "we will win" and "soon," then left.`, []string{"we will win", "soon,"}},
		{"straight quote opening the claim", `"Yes," she said.`, []string{"Yes,"}},
		{"straight apostrophes and inches", `China's 5" screens don't sell.`, nil},
		{"decade apostrophe opens nothing", "In the ’90s and the ‘00s, trade grew.", nil},
		{"guillemets", "Le ministre a parlé de «souveraineté numérique».", []string{"souveraineté numérique"}},
		{"corner brackets", "The slogan 「自主可控」 returned.", []string{"自主可控"}},
		{"low-high German marks", "Er sagte „nie wieder“ dazu.", []string{"nie wieder"}},
		{"stray closing mark", "Nothing” opened here, but “this” did.", []string{"this"}},
		{"the same closing mark on both sides, opening the paragraph", "”The quays stay shut until spring,” the harbour master told the crews.", []string{"The quays stay shut until spring,"}},
		{"the same closing mark on both sides, after a dash and a parenthesis", "Her answer – ”not before May” – ended the talks (”we tried”).", []string{"not before May", "we tried"}},
		{"a closing mark before a space opens nothing", "He left ” and “then” came back.", []string{"then"}},
		{"unclosed mark is dropped", "He said “we will see and walked away.", nil},
		{"cut off with the text", "The ministry said it would act “at the right time and under the ri", []string{"at the right time and under the ri"}},
		{"cut off after a space", "A notice posted on Monday reads: “The harbour ", []string{"The harbour"}},
		{"a single mark cut off is an apostrophe", "Residents call it ‘the long", nil},
		{"a straight mark closing a curly one", "“We move on,\" Lin said, \"and soon.\"", []string{"We move on,", "and soon."}},
		{"a curly mark closing a straight one", "\"Rates stay low,” Ortiz said, “for now.”", []string{"Rates stay low,", "for now."}},
		{"unclosed inner mark is dropped", "She said “the ‘plan is dead” today.", []string{"the ‘plan is dead"}},
		{"marks around nothing", "He shrugged: “…”", nil},
		{"title inside a citation", "Exports fell (Xinhua, “Trade data for May,” June 9, 2023).", nil},
		{"hanzi inside the quotation", "Xi named it “cyber sovereignty (网络主权)” in 2015.", []string{"cyber sovereignty (网络主权)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quoted(t, []string{tc.sentence})[0]
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("%s\n got %q\nwant %q", tc.sentence, got, tc.want)
			}
		})
	}
}

func TestQuotesOverSeveralClaims(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string
		want  [][]string
	}{
		{"one quotation over two sentences",
			[][]string{{"Li answered: “We lost a year.", "We will not lose another,” she said."}},
			[][]string{{"We lost a year."}, {"We will not lose another,"}}},
		{"quotation closing then another opening",
			[][]string{{"“It failed.”", "“It will fail again.”"}},
			[][]string{{"It failed."}, {"It will fail again."}}},
		{"unclosed quotation stops at the paragraph end",
			[][]string{{"He said “the data are wrong.", "Nobody checked."}, {"Next day “it” rained."}},
			[][]string{nil, nil, {"it"}}},
		{"quotation reopened in the next paragraph",
			[][]string{{"She wrote: “The first fund bought land."}, {"“The second fund bought time.”"}},
			[][]string{{"The first fund bought land."}, {"The second fund bought time."}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quoted(t, tc.paras...); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestQuotations(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string
		want  []string
	}{
		{"pieces of one quotation are joined",
			[][]string{{"Li answered: “We lost a year.", "We will not lose another,” she said."}},
			[]string{"We lost a year. We will not lose another,"}},
		{"separate quotations stay apart",
			[][]string{{"“It failed.”", "“It will fail again.”"}},
			[]string{"It failed.", "It will fail again."}},
		{"a quotation reopened in the next paragraph is one",
			[][]string{{"She wrote: “The first fund bought land."}, {"“The second fund bought time.”"}},
			[]string{"The first fund bought land.\n\nThe second fund bought time."}},
		{"a quotation closed at the paragraph end is not continued",
			[][]string{{"She wrote: “The first fund bought land.”"}, {"“The second fund bought time.”"}},
			[]string{"The first fund bought land.", "The second fund bought time."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := testArticle(tc.paras)
			Quotes{}.Tag(context.Background(), a)
			var got []string
			for _, q := range quotations(a) {
				got = append(got, q.Text)
				if q.Claims[0] > q.Claims[len(q.Claims)-1] || !a.Claims[q.Claims[0]].Overlaps(q.Span) {
					t.Errorf("%q: claims %v do not hold span %v", q.Text, q.Claims, q.Span)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestQuotesWithoutParagraphs checks that an article whose layout found no
// paragraphs is paired line by line, so no quotation runs over a line break.
func TestQuotesWithoutParagraphs(t *testing.T) {
	text := "He said “it is over.\nShe said “it” is not."
	a := &claimx.Article{Text: text, Claims: []claimx.Claim{
		{Text: "He said “it is over.", Span: claimx.Span{Start: 0, End: 20}},
		{Index: 1, Text: "She said “it” is not.", Span: claimx.Span{Start: 21, End: 42}},
	}}
	Quotes{}.Tag(context.Background(), a)
	if len(a.Claims[0].Quotes) != 0 || len(a.Claims[1].Quotes) != 1 || a.Claims[1].Quotes[0].Text != "it" {
		t.Errorf("got %+v and %+v", a.Claims[0].Quotes, a.Claims[1].Quotes)
	}
}

// The cue verbs include the verbs of phrasal cues ("point" of "point
// out"), and only the cue verbs have a lemma.
func TestCueLemma(t *testing.T) {
	isCue := func(w string) bool { return cueVerbs[w] }
	for w, want := range map[string]string{"calling": "call", "pointed": "point", "referred": "refer", "stated": "state", "listed": "list",
		"believed": "believe", "found": "find"} {
		if l, _, ok := lexicon.Lemma(w, isCue); !ok || l != want {
			t.Errorf("lemma of %q = %q, %v; want %q", w, l, ok, want)
		}
	}
	for _, w := range []string{"built", "warnings", "founded"} {
		if l, _, ok := lexicon.Lemma(w, isCue); ok {
			t.Errorf("lemma of %q = %q, want no cue", w, l)
		}
	}
}

// TestQuotesParagraphWindows checks the reading of each paragraph on its
// own: offsets stay right after wide characters in earlier paragraphs, and
// a caller's paragraphs out of text order, or empty, still give each
// paragraph's own quotations rather than a panic.
func TestQuotesParagraphWindows(t *testing.T) {
	a := testArticle([][]string{{"Wang Yi (王毅) spoke first."}, {"Li 李 said “it will hold” and left."}, {"Ana said “no.”"}})
	want := fmt.Sprint(quoted(t, []string{"Wang Yi (王毅) spoke first."}, []string{"Li 李 said “it will hold” and left."}, []string{"Ana said “no.”"}))
	if want != "[[] [it will hold] [no.]]" {
		t.Fatalf("in text order: got %s", want)
	}
	p := a.Paragraphs
	a.Paragraphs = []claimx.Paragraph{p[2], p[0], {Span: claimx.Span{Start: 5, End: 5}}, p[1]}
	Quotes{}.Tag(context.Background(), a)
	var got [][]string
	for _, c := range a.Claims {
		var qs []string
		for _, q := range c.Quotes {
			qs = append(qs, q.Text)
		}
		got = append(got, qs)
	}
	if fmt.Sprint(got) != want {
		t.Errorf("paragraphs out of order: got %v, want %s", got, want)
	}
}
