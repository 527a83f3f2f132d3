package eval

import (
	"reflect"
	"testing"
	"time"

	"github.com/claimx/claimx"
)

func TestFromArticle(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	a := &claimx.Article{
		Title: "Grain Reserves and the State",
		// A run in a heading or a caption is the article's, outside every
		// claim; one its claims hold too is counted once.
		Terms: []claimx.Term{
			{Hanzi: "粮食安全", Gloss: "food security", Segments: []string{"粮食", "安全"}},
			{Hanzi: "国家粮库", Gloss: "heading gloss", Segments: []string{"国家粮库"}},
		},
		Authors:   []string{"Ana Lim"},
		Published: day(2024, 2, 20),
		Claims: []claimx.Claim{
			{
				Text: "The CCP ordered state granaries (国家粮库) to report stocks (Xinhua, May 2, 2023; Caixin, 2022).",
				Citations: []claimx.Citation{
					{Source: "Xinhua", Date: day(2023, 5, 2), Precision: claimx.Day},
					{Source: "Caixin", Date: day(2022, 1, 1), Precision: claimx.Year},
				},
				Entities: []claimx.Entity{{Name: "Chinese Communist Party", Mention: "CCP", Type: claimx.Org}},
				Terms:    []claimx.Term{{Hanzi: "国家粮库", Gloss: "state granaries", Segments: []string{"国家", "粮库"}}},
			},
			{
				Text:      `Premier Li Qiang said reserves must be "ample and real," calling them "the ballast stone." [2]`,
				Kind:      claimx.Reported,
				Speaker:   "Li Qiang",
				Quotes:    []claimx.Quote{{Text: "ample and real,", Speaker: "Li Qiang"}, {Text: "the ballast stone.", Speaker: "Li Qiang"}},
				Entities:  []claimx.Entity{{Name: "Li Qiang", Mention: "Li Qiang", Type: claimx.Person}},
				Footnotes: []int{2},
			},
			{
				Text: `The Chinese Communist Party later repeated that reserves were "ample and real" (People's Daily, March 2019; MOFCOM, June 3). [2][3]`,
				Citations: []claimx.Citation{
					{Source: "People's Daily", Date: day(2019, 3, 1), Precision: claimx.Month},
					{Source: "MOFCOM", Precision: claimx.Day}, // year unknowable: zero date
				},
				Entities: []claimx.Entity{
					{Name: "Chinese Communist Party", Mention: "Chinese Communist Party", Type: claimx.Org},
					{Name: "Chinese Communist Party", Mention: "Party", Type: claimx.GPE}, // a type error is its own prediction
				},
				Terms:     []claimx.Term{{Hanzi: "国家粮库", Gloss: "later gloss", Segments: []string{"国家粮库"}}},
				Footnotes: []int{2, 3},
			},
			{
				Text:   `Scare quotes such as "food security" have no speaker.`,
				Quotes: []claimx.Quote{{Text: "food security"}},
			},
		},
	}
	want := Prediction{
		Published: "2024-02-20",
		Title:     "Grain Reserves and the State",
		Authors:   []string{"Ana Lim"},
		Citations: []PredCitation{
			{"Xinhua", "2023-05-02", "day"},
			{"Caixin", "2022", "year"},
			{"People's Daily", "2019-03", "month"},
			{"MOFCOM", "", "day"},
		},
		Terms: []PredTerm{{"国家粮库", "state granaries", []string{"国家", "粮库"}}, {"粮食安全", "food security", []string{"粮食", "安全"}}},
		Entities: []PredEntity{
			{"Chinese Communist Party", "ORG"},
			{"Li Qiang", "PERSON"},
			{"Chinese Communist Party", "GPE"},
		},
		Attributions: []PredAttribution{
			{"Li Qiang", "ample and real,"},
			{"Li Qiang", "the ballast stone."},
		},
		Footnotes: []int{2, 3},
		Reported:  []PredReported{{a.Claims[1].Text, "Li Qiang"}},
	}
	for _, c := range a.Claims {
		want.Sentences = append(want.Sentences, c.Text)
	}
	if got := FromArticle(a); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestFromArticleUnknownPublished(t *testing.T) {
	p := FromArticle(&claimx.Article{Title: "Untitled note"})
	if p.Published != "" {
		t.Errorf("published %q, want empty for an unknown date", p.Published)
	}
}

func TestQuotationsJoinAcrossSentences(t *testing.T) {
	// “Ports matter. So do ships,” Lin said. Markets “shrugged.” He added: “Wait.”
	claims := []claimx.Claim{
		{Span: claimx.Span{Start: 0, End: 14}, Speaker: "Lin Wei",
			Quotes: []claimx.Quote{{Text: "Ports matter.", Span: claimx.Span{Start: 1, End: 14}, Speaker: "Lin Wei"}}},
		{Span: claimx.Span{Start: 15, End: 38}, Speaker: "Lin Wei",
			Quotes: []claimx.Quote{{Text: "So do ships,", Span: claimx.Span{Start: 15, End: 27}}}},
		{Span: claimx.Span{Start: 39, End: 58},
			Quotes: []claimx.Quote{{Text: "shrugged.", Span: claimx.Span{Start: 48, End: 57}}}},
		{Span: claimx.Span{Start: 59, End: 76}, Speaker: "Lin Wei",
			Quotes: []claimx.Quote{{Text: "Wait.", Span: claimx.Span{Start: 70, End: 75}, Speaker: "Lin Wei"}}},
	}
	got := FromArticle(&claimx.Article{Claims: claims}).Attributions
	want := []PredAttribution{
		{Speaker: "Lin Wei", Quote: "Ports matter. So do ships,"},
		{Speaker: "Lin Wei", Quote: "Wait."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestQuotationsSplitAtParagraphs(t *testing.T) {
	// “Ports matter. ¶ “So do ships,” Lin said. The first paragraph prints
	// no closing mark, as a quotation running on into the next does: the
	// text between the marks is one quotation a paragraph.
	claims := []claimx.Claim{
		{Span: claimx.Span{Start: 0, End: 14}, Paragraph: 0, Speaker: "Lin Wei",
			Quotes: []claimx.Quote{{Text: "Ports matter.", Span: claimx.Span{Start: 1, End: 14}, Speaker: "Lin Wei"}}},
		{Span: claimx.Span{Start: 16, End: 40}, Paragraph: 1, Speaker: "Lin Wei",
			Quotes: []claimx.Quote{{Text: "So do ships,", Span: claimx.Span{Start: 17, End: 29}, Speaker: "Lin Wei"}}},
	}
	got := FromArticle(&claimx.Article{Claims: claims}).Attributions
	want := []PredAttribution{
		{Speaker: "Lin Wei", Quote: "Ports matter."},
		{Speaker: "Lin Wei", Quote: "So do ships,"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
