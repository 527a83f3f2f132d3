package show

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// Ranks of the marks: over the same span a quote holds a citation, which
// holds an entity, which holds a term.
const (
	rankQuote = iota
	rankCite
	rankEntity
	rankTerm
	rankFootnote
)

// claimView is one claim as the page shows it.
type claimView struct {
	Anchor, Span string
	Index        int
	Reported     bool
	// Speaker is the named speaker and SpeakerHref its entry in the side
	// panel; Mention the words for an unnamed one; Cue the attributing word.
	Speaker, SpeakerHref, Mention, Cue string
	Nodes                              []*Node
}

// paragraphView is the claims of one paragraph under the heading they
// stand under; Heading is set on the first paragraph of a section.
type paragraphView struct {
	Heading string
	Claims  []claimView
}

// speakers gives each named speaker its anchor in the side panel.
type speakers map[string]string

func (s speakers) href(name string) string {
	if name == "" {
		return ""
	}
	return "#" + s[name]
}

// layout turns the claims of a into paragraphs of claim views. The text of
// a claim is the article text between its offsets when the dataset holds
// the text, the claim's own text otherwise. A span that does not lie
// within its claim cannot be shown there: each is counted in dropped.
func layout(a *claimx.Article, who speakers) (paras []paragraphView, dropped int) {
	text := []rune(a.Text)
	named := map[string]bool{} // entities whose type label has been shown
	section, para := "", -1
	for i := range a.Claims {
		c := &a.Claims[i]
		runes := []rune(c.Text)
		if len(text) > 0 && 0 <= c.Start && c.Start <= c.End && c.End <= len(text) {
			runes = text[c.Start:c.End]
		}
		if len(paras) == 0 || c.Paragraph != para || c.Section != section {
			p := paragraphView{}
			if c.Section != section || len(paras) == 0 {
				p.Heading = c.Section
			}
			paras = append(paras, p)
			section, para = c.Section, c.Paragraph
		}
		marks, points, n := claimMarks(c, runes, who, named)
		dropped += n
		paras[len(paras)-1].Claims = append(paras[len(paras)-1].Claims, claimView{
			Anchor:      claimAnchor(c.Index),
			Span:        spanAttr(c.Span),
			Index:       c.Index,
			Reported:    c.Kind == claimx.Reported,
			Speaker:     c.Speaker,
			SpeakerHref: who.href(c.Speaker),
			Mention:     c.SpeakerMention,
			Cue:         c.Cue,
			Nodes:       nest(runes, marks, points),
		})
	}
	return paras, dropped
}

// claimMarks is what the page marks in claim c, whose text is runes: a
// mark for each quote, citation, entity, term and footnote marker, and the
// points that label them. It counts the spans outside the claim. An
// entity's type is written out at its first mention, which it adds to
// named; later mentions show it by their line style and tooltip alone, so
// that the labels do not crowd the text.
func claimMarks(c *claimx.Claim, runes []rune, who speakers, named map[string]bool) (marks []mark, points []point, dropped int) {
	within := func(s claimx.Span) (int, int, bool) {
		from, to := s.Start-c.Start, s.End-c.Start
		if from < 0 || to > len(runes) || from >= to {
			dropped++
			return 0, 0, false
		}
		return from, to, true
	}
	for _, q := range c.Quotes {
		from, to, ok := within(q.Span)
		if !ok {
			continue
		}
		n := Node{Kind: "quote", Span: spanAttr(q.Span), Class: "quote"}
		switch {
		case q.Speaker != "":
			n.Title = "quoted: " + q.Speaker
		case q.SpeakerMention != "":
			n.Title = "quoted: " + q.SpeakerMention + " (unnamed)"
		default:
			n.Class, n.Title = "quote phrase", "quoted phrase, no speaker"
		}
		if q.Cue != "" {
			n.Title += ", " + q.Cue
		}
		marks = append(marks, mark{from, to, rankQuote, n})
		if q.Speaker != "" || q.SpeakerMention != "" {
			label := Node{Kind: "who", Text: q.Speaker, Href: who.href(q.Speaker), Span: n.Span}
			if q.Speaker == "" {
				label.Text, label.Class = q.SpeakerMention, "unnamed"
			}
			points = append(points, point{afterClosingMarks(runes, to), label})
		}
	}
	for _, ct := range c.Citations {
		from, to, ok := within(ct.Span)
		if !ok {
			continue
		}
		date := citationDate(ct)
		n := Node{Kind: "cite", Span: spanAttr(ct.Span), Class: "cite", Ref: ct.SourceID,
			Title: joinNonEmpty(" · ", ct.Source+", "+cmp.Or(date, "undated"), idLabel(ct.SourceID))}
		marks = append(marks, mark{from, to, rankCite, n})
		badge := Node{Kind: "badge", Span: n.Span, Text: ct.Source, Label: date}
		switch {
		case ct.YearInferred:
			badge.Class = "inferred"
		case ct.Accessed:
			badge.Class = "accessed"
		}
		points = append(points, point{to, badge})
	}
	for _, e := range c.Entities {
		from, to, ok := within(e.Span)
		if !ok {
			continue
		}
		n := Node{Kind: "entity", Span: spanAttr(e.Span), Class: "ent ent-" + strings.ToLower(string(e.Type)),
			Label: typeLabel(e.Type), Title: entityTitle(e), Ref: e.ID}
		if !named[e.Name] {
			named[e.Name] = true
			n.Class += " first"
		}
		marks = append(marks, mark{from, to, rankEntity, n})
	}
	for _, t := range c.Terms {
		from, to, ok := within(t.Span)
		if !ok {
			continue
		}
		n := Node{Kind: "term", Span: spanAttr(t.Span), ID: termAnchor(t.Span), Class: "term",
			Ruby: rubyOf(t, string(runes[from:to])), Label: reading(t), Gloss: t.Gloss,
			Title: joinNonEmpty(" · ", reading(t), t.Gloss)}
		marks = append(marks, mark{from, to, rankTerm, n})
	}
	fnMarks, fnPoints := footnotes(c, runes)
	return append(marks, fnMarks...), append(points, fnPoints...), dropped
}

// footnotes finds each footnote marker "[n]" of c in its text, in order;
// a number whose marker the text does not show is put at the end of the
// claim as a point, so that no footnote goes unseen.
func footnotes(c *claimx.Claim, runes []rune) (marks []mark, points []point) {
	text := string(runes)
	off := 0
	for _, n := range c.Footnotes {
		num := strconv.Itoa(n)
		marker := "[" + num + "]"
		node := Node{Kind: "footnote", Class: "fn", Title: "footnote " + num}
		if i := strings.Index(text[off:], marker); i >= 0 {
			from := utf8.RuneCountInString(text[:off+i])
			to := from + utf8.RuneCountInString(marker)
			node.Span = spanAttr(claimx.Span{Start: c.Start + from, End: c.Start + to})
			marks = append(marks, mark{from, to, rankFootnote, node})
			off += i + len(marker)
			continue
		}
		node.Text = marker
		points = append(points, point{len(runes), node})
	}
	return marks, points
}

// afterClosingMarks is the position after the quotation marks that close a
// quote ending at end, where its speaker label reads best.
func afterClosingMarks(runes []rune, end int) int {
	for end < len(runes) && strings.ContainsRune("”’\"'»」』", runes[end]) {
		end++
	}
	return end
}

// reading is the pinyin of t with its tone marks where the analysis gives
// them (an article held in memory), the toneless pinyin otherwise (the
// dataset holds no tones).
func reading(t claimx.Term) string { return cmp.Or(t.PinyinTones, t.Pinyin) }

// rubyOf pairs each segment of t with its pinyin group, when the term's
// text is its segments and there is a group for each; nil otherwise, and
// the page then shows the whole pinyin over the whole term.
func rubyOf(t claimx.Term, text string) []rubySeg {
	groups := strings.Fields(reading(t))
	if len(groups) != len(t.Segments) || strings.Join(t.Segments, "") != text {
		return nil
	}
	segs := make([]rubySeg, len(groups))
	for i, g := range groups {
		segs[i] = rubySeg{Base: t.Segments[i], Reading: g}
	}
	return segs
}

// citationDate is a citation's date as ISO 8601 prints it to the
// precision the article gave (2014-06-09, 2014-06, 2014), "" without one.
func citationDate(c claimx.Citation) string {
	if c.Date.IsZero() {
		return ""
	}
	layout := time.DateOnly
	switch c.Precision {
	case claimx.Month:
		layout = "2006-01"
	case claimx.Year:
		layout = "2006"
	}
	return c.Date.Format(layout)
}

func typeLabel(t claimx.EntityType) string {
	switch t {
	case claimx.Person:
		return "person"
	case claimx.Org:
		return "body"
	case claimx.GPE:
		return "place"
	}
	return strings.ToLower(string(t))
}

// entityTitle is what hovering an entity tells: its canonical name, type,
// Chinese name and id.
func entityTitle(e claimx.Entity) string {
	return joinNonEmpty(" · ", e.Name, string(e.Type), e.Hanzi, idLabel(e.ID))
}

// idLabel is "id X" for an identity X, "" for none.
func idLabel(id string) string {
	if id == "" {
		return ""
	}
	return "id " + id
}

// joinNonEmpty joins the parts that are not "" with sep.
func joinNonEmpty(sep string, parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), sep)
}

func spanAttr(s claimx.Span) string { return fmt.Sprintf("%d-%d", s.Start, s.End) }

func claimAnchor(index int) string { return fmt.Sprintf("c%d", index) }

func termAnchor(s claimx.Span) string { return fmt.Sprintf("t%d", s.Start) }
