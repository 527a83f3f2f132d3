package show

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/claimx/claimx"
)

// Counts is how much the dataset found in an article.
type Counts struct {
	Claims, Reported, Quotes, Entities, Citations, Terms, Footnotes int
}

func countsOf(a *claimx.Article) Counts {
	var n Counts
	for i := range a.Claims {
		c := &a.Claims[i]
		n.Claims++
		if c.Kind == claimx.Reported {
			n.Reported++
		}
		n.Quotes += len(c.Quotes)
		n.Entities += len(c.Entities)
		n.Citations += len(c.Citations)
		n.Terms += len(c.Terms)
		n.Footnotes += len(c.Footnotes)
	}
	return n
}

// speakerRow is a person or body in the side panel: the claims reported
// from them and the quotations credited to them.
type speakerRow struct {
	Name, Anchor, Type string
	ID                 string // the entity's id, "" if not known
	Claims, Quotes     int
	// Refs are the claims they speak in, in article order.
	Refs []ref
}

// mentionRow is the words standing for an unnamed speaker, and how often.
type mentionRow struct {
	Mention string
	Count   int
	Refs    []ref
}

type ref struct{ Href, Label string }

// sourceYear is the sources cited with dates in one year ("undated" for
// the others), most cited first.
type sourceYear struct {
	Year    string
	year    int // the year as a number, 0 for undated
	Sources []sourceCount
}

// sourceCount is a source and how often a year's citations name it: by
// its id where the dataset gives one (the aliases of a source are one), as
// first printed.
type sourceCount struct {
	Source, ID string
	Count      int
	Href       string // the first citation of it that year
}

// termRow is one Chinese term of the article, its first place and count.
type termRow struct {
	Hanzi, Pinyin, Gloss, Href string
	Count                      int
}

// panel is the side panel of an article's page.
type panel struct {
	Speakers []speakerRow
	Unnamed  []mentionRow
	Years    []sourceYear
	Terms    []termRow
}

// speakersOf gives every named speaker of a (of a reported claim or of a
// quote) its anchor, in order of first appearance.
func speakersOf(a *claimx.Article) speakers {
	who := speakers{}
	add := func(name string) {
		if name != "" && who[name] == "" {
			who[name] = "who-" + strconv.Itoa(len(who)+1)
		}
	}
	for _, c := range a.Claims {
		add(c.Speaker)
		for _, q := range c.Quotes {
			add(q.Speaker)
		}
	}
	return who
}

func panelOf(a *claimx.Article, who speakers) panel {
	var p panel
	// Types and ids of the named speakers, from the entities of the same
	// name.
	entities := map[string]claimx.Entity{}
	for _, c := range a.Claims {
		for _, e := range c.Entities {
			if _, ok := entities[e.Name]; !ok {
				entities[e.Name] = e
			}
		}
	}
	bySpeaker := map[string]*speakerRow{}
	byMention := map[string]*mentionRow{}
	credit := func(c *claimx.Claim, name, mention string, quote bool) {
		r := ref{Href: "#" + claimAnchor(c.Index), Label: strconv.Itoa(c.Index)}
		if name == "" {
			m := byMention[mention]
			if m == nil {
				m = &mentionRow{Mention: mention}
				byMention[mention] = m
			}
			m.Count++
			m.Refs = appendRef(m.Refs, r)
			return
		}
		s := bySpeaker[name]
		if s == nil {
			s = &speakerRow{Name: name, Anchor: who[name], ID: entities[name].ID}
			if e, ok := entities[name]; ok {
				s.Type = typeLabel(e.Type)
			}
			bySpeaker[name] = s
		}
		if quote {
			s.Quotes++
		} else {
			s.Claims++
		}
		s.Refs = appendRef(s.Refs, r)
	}
	years := map[int]map[string]*sourceCount{}
	terms := map[string]*termRow{}
	var termOrder []string
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Kind == claimx.Reported && (c.Speaker != "" || c.SpeakerMention != "") {
			credit(c, c.Speaker, c.SpeakerMention, false)
		}
		for _, q := range c.Quotes {
			if q.Speaker != "" || q.SpeakerMention != "" {
				credit(c, q.Speaker, q.SpeakerMention, true)
			}
		}
		for _, ct := range c.Citations {
			year := 0
			if !ct.Date.IsZero() {
				year = ct.Date.Year()
			}
			if years[year] == nil {
				years[year] = map[string]*sourceCount{}
			}
			key := cmp.Or(ct.SourceID, ct.Source)
			s := years[year][key]
			if s == nil {
				s = &sourceCount{Source: ct.Source, ID: ct.SourceID, Href: "#" + claimAnchor(c.Index)}
				years[year][key] = s
			}
			s.Count++
		}
		for _, t := range c.Terms {
			r := terms[t.Hanzi]
			if r == nil {
				r = &termRow{Hanzi: t.Hanzi, Pinyin: reading(t), Href: "#" + termAnchor(t.Span)}
				terms[t.Hanzi] = r
				termOrder = append(termOrder, t.Hanzi)
			}
			if r.Gloss == "" {
				r.Gloss = t.Gloss
			}
			r.Count++
		}
	}
	for _, s := range bySpeaker {
		p.Speakers = append(p.Speakers, *s)
	}
	slices.SortFunc(p.Speakers, func(a, b speakerRow) int {
		return cmp.Or(cmp.Compare(b.Claims+b.Quotes, a.Claims+a.Quotes), cmp.Compare(a.Name, b.Name))
	})
	for _, m := range byMention {
		p.Unnamed = append(p.Unnamed, *m)
	}
	slices.SortFunc(p.Unnamed, func(a, b mentionRow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Mention, b.Mention))
	})
	for year, sources := range years {
		y := sourceYear{Year: "undated", year: year}
		if year != 0 {
			y.Year = strconv.Itoa(year)
		}
		for _, s := range sources {
			y.Sources = append(y.Sources, *s)
		}
		slices.SortFunc(y.Sources, func(a, b sourceCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Source, b.Source))
		})
		p.Years = append(p.Years, y)
	}
	// Years in order, the undated last.
	slices.SortFunc(p.Years, func(a, b sourceYear) int {
		return cmp.Or(cmp.Compare(undatedLast(a.year), undatedLast(b.year)), cmp.Compare(a.year, b.year))
	})
	for _, h := range termOrder {
		p.Terms = append(p.Terms, *terms[h])
	}
	return p
}

func undatedLast(year int) int {
	if year == 0 {
		return 1
	}
	return 0
}

// appendRef adds r unless it is the claim last added: a speaker quoted
// twice in one claim is listed with it once.
func appendRef(refs []ref, r ref) []ref {
	if len(refs) > 0 && refs[len(refs)-1] == r {
		return refs
	}
	return append(refs, r)
}

// plural is "1 claim", "2 claims".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
