package quote

import (
	"cmp"
	"context"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/extract/locate"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// Attributions decides for each claim whether it reports what a named person
// or body said or wrote (Kind Reported, with the entity's canonical name as
// Speaker and the attributing word as written as Cue) or is the article's own
// assertion (Kind Author). It reads the claims' Entities and Quotes, so it
// runs after those taggers.
type Attributions struct{}

// Tag reads each claim as a sequence of words, names and opaque quotations
// and parentheses (so a name or verb inside either is never taken), finds
// its reporting cues, and the speaker of each by the shape around it:
//
//	Wang Yi stated that …                subject before the verb
//	Li, director of the CPPCC, has said  subject before an appositive
//	“…,” said Wang Yi / “…,” Wang said   speaker after or before the verb
//	“…,” Wang told reporters             framing verb after a quotation
//	…, adding that / … and argued that   subject of the clause
//	according to X / was defined by X    speaker after the phrase
//	in X’s view / in the words of X      owner or object of an opinion noun
//	X’s call for “…” / his call for “…”  owner of a speech noun
//	as X put it, “…”                     subject after as
//	He / The ministry warned that        the nearest fitting name before
//	a post on X’s account said           owner of the channel that speaks
//	She put it bluntly: “…”              subject of a clause quoting a sentence
//
// The claim's speaker is that of the cue its quotations belong to (see
// attribute). A quotation running over several claims gives its speaker to
// all of them, and a claim that is nothing but a quotation continues the
// speaker of the claim before it in the paragraph. Speakers can be people,
// organisations and places acting as states ("the PRC … states that").
//
// It stops between claims once ctx is done.
func (Attributions) Tag(ctx context.Context, a *claimx.Article) {
	t := attributor{a: a, views: make([]view, len(a.Claims)), speakers: make([]*claimx.Entity, len(a.Claims)),
		byDocument: make([]bool, len(a.Claims)), byVoice: make([]bool, len(a.Claims)), mem: newMemory()}
	t.runs = newRunsOver(a)
	turns := t.transcriptTurns()
	window := newWindow(a)
	for i := range a.Claims {
		if ctx.Err() != nil {
			return
		}
		if i > 0 && a.Claims[i].Section != a.Claims[i-1].Section {
			t.people = sectionPeople{}
		}
		t.mem.recall(t.view(i))
		t.resolveCues(i)
		c := &a.Claims[i]
		c.Kind, c.Speaker, c.Cue, c.SpeakerMention = claimx.Author, "", "", ""
		if s, cue := t.attribute(i); s.entity != nil {
			t.speakers[i] = s.entity
			t.byDocument[i] = s.item >= 0 && t.view(i).throughBody(s.item)
			t.byVoice[i] = s.item >= 0 && t.view(i).spokesperson(s.item)
			c.Kind, c.Speaker, c.Cue, c.SpeakerMention = claimx.Reported, canonical(s.entity), cue, s.mention
			if s.mention != "" {
				t.mem.lastMention = s.mention
			}
			if s.item >= 0 && isPerson(s.entity) {
				if it := t.view(i).items[s.item]; it.kind == wordItem && !it.pronoun && isTitle(it.lower) && !lexicon.UmbrellaTitles.HasNoun(it.lower) {
					t.mem.giveRole(i, s.item, t.view(i), it.lower, s.entity)
				}
			}
		}
		t.carryBack(i)
		t.followQuotations(i)
		t.continueBareQuote(i)
		t.followQuotations(i)
		t.speakBlock(i)
		t.speakIntroduced(i)
		t.continueJudgment(i)
		if turns[i].in {
			t.takeTurn(i, turns[i])
		}
		t.mem.remember(i, t.view(i), t.speakers[i])
		t.people.add(t.view(i))
		t.introduce(i)
		for j := range window.passed(i, &t.runs) {
			t.quoteSpeakers(j, turns[j].in)
			t.views[j] = view{} // read by no later claim: let it go
		}
	}
}

// view returns claim i read as a view, reading it on first use. Tag asks
// for the views of the claims around the one it works on, and lets each go
// once no later claim reads it (see window), so that an article's views
// are never all held at once: they are its largest data.
func (t *attributor) view(i int) *view {
	v := &t.views[i]
	if v.claim == nil {
		*v, t.build = newView(&t.a.Claims[i], t.build)
		t.nameBodies(v)
	}
	return v
}

// window tells Tag which views no later claim reads. Working on claim i,
// Tag reads back the views of the lookBack claims before it, of its
// paragraph and the one before it (onlyOtherNear), and, while a quotation
// running over several claims has not ended, of the lookBack claims before
// the quotation's first (continueBefore); and it may still give a claim
// the speaker of a later one (carryBack, followQuotations) until every
// quotation holding that claim has ended. A claim past all of these has its
// quotations' speakers set and its view dropped.
type window struct {
	claims []claimx.Claim
	next   int // the first claim not yet passed
	para   int // the first claim whose paragraph is at most one before the current claim's
}

func newWindow(a *claimx.Article) *window { return &window{claims: a.Claims} }

// passed yields the claims that claim i, just done, leaves behind for
// good, in order: all the rest after the last claim.
func (w *window) passed(i int, runs *runsOver) iter.Seq[int] {
	keep := len(w.claims)
	if i+1 < len(w.claims) {
		for w.claims[w.para].Paragraph < w.claims[i+1].Paragraph-1 {
			w.para++
		}
		keep = min(i+1-lookBack, w.para)
		for _, q := range runs.byClaim[i] {
			if cl := runs.quotes[q].Claims; cl[len(cl)-1] > i {
				keep = min(keep, cl[0]-lookBack)
			}
		}
	}
	from := w.next
	for w.next < keep && runs.endOf(w.next) <= i {
		w.next++
	}
	to := w.next
	return func(yield func(int) bool) {
		for j := from; j < to && yield(j); j++ {
		}
	}
}

// speaker is a cue's speaker as resolved: the entity (unnamed for a source
// the text does not name, nil for none), the item of the claim naming it,
// and for an unnamed source the words that stand for it.
type speaker struct {
	entity  *claimx.Entity
	item    int
	mention string
}

// resolveCues resolves the speaker of every usable cue of claim i, once,
// while the memory holds the claims before it and no later one.
func (t *attributor) resolveCues(i int) {
	v := t.view(i)
	v.speakers = make([]speaker, len(v.cues))
	for ci, c := range v.cues {
		v.speakers[ci] = speaker{item: -1}
		if k := v.impersonal(c); k >= 0 {
			v.speakers[ci] = speaker{entity: unnamed, item: k, mention: v.items[k].text}
			if d := v.readIn(c); d >= 0 {
				if e := t.mem.issuer(v.items[d].lower); e != nil {
					v.speakers[ci] = speaker{entity: e, item: d} // "It was claimed in the tweets that"
				}
			}
			continue
		}
		if !v.usable(c) {
			continue
		}
		if k := v.speakerOf(c); k >= 0 {
			v.speakers[ci] = t.speakerAt(i, k)
			if s, ok := v.earlierSpeaker(ci, k); ok {
				v.speakers[ci] = s
			}
		} else if k := v.commonSubject(c); k >= 0 {
			v.speakers[ci] = speaker{entity: unnamed, item: k, mention: v.mentionText(k)}
		} else if s, h := v.untaggedSpeaker(c); s >= 0 {
			v.speakers[ci] = speaker{entity: v.untaggedName(s, h), item: h}
		} else if s, h := v.unnamedSourceAfter(c); s >= 0 {
			v.speakers[ci] = speaker{entity: unnamed, item: h, mention: string(v.runes[v.items[s].start:v.items[h].end])}
		}
	}
}

// untaggedName is the speaker named by the capitalised words of items
// [s, h] that the entity tagger left untagged: a person where a short name
// opens with a given name ("Alan Goodale wrote"), else a body, as a name
// that speaks without a person's title mostly is.
func (v *view) untaggedName(s, h int) *claimx.Entity {
	name := string(v.runes[v.items[s].start:v.items[h].end])
	if h-s < 3 && lexicon.GivenNames.Has(v.items[s].lower) {
		return &claimx.Entity{Name: name, Mention: name, Type: claimx.Person}
	}
	return &claimx.Entity{Name: name, Mention: name, Type: claimx.Org}
}

// earlierSpeaker returns the speaker of an earlier cue of the claim that
// the personal pronoun at k, the subject of cue ci, stands for: a sentence
// goes on with the one it has made speak ("…, the commerce minister said,
// but he also warned of a “reaction”"), who is nearer than any name of
// the claims before it.
func (v *view) earlierSpeaker(ci, k int) (speaker, bool) {
	p := v.items[k]
	if !p.pronoun || p.held || p.kind != wordItem || lexicon.Possessives.Has(p.lower) {
		return speaker{}, false
	}
	for cj := ci - 1; cj >= 0; cj-- {
		s := v.speakers[cj]
		if s.entity == nil || s.item == k {
			continue
		}
		if s.entity == unnamed || slices.Contains(p.refers, s.entity.Type) {
			return speaker{entity: s.entity, item: k, mention: s.mention}, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// speakerAt resolves the speaker named by item k of claim i.
func (t *attributor) speakerAt(i, k int) speaker {
	s := speaker{entity: t.resolve(i, k), item: k}
	if it := t.view(i).items[k]; s.entity == nil && it.pronoun && slices.Equal(it.refers, people) {
		s.entity = unnamed // "he explained" after "an anonymous user posted": someone the text does not name
	}
	if s.entity == unnamed {
		s.mention = t.mention(i, k)
	}
	return s
}

// quoteSpeakers gives each quotation of claim i its own speaker: that of
// the cue it belongs to (“…,” Li said, but “…,” officials said); a label
// has none. A quotation with no cue of its own, or one whose cue names no
// one (“…,” she said, adding that it was “…”), carries the claim's speaker, as in "Li said the plan was
// “reckless”" or a quotation running on from the claim before, except in
// a transcript turn, where a quotation in the answer is the spokesperson
// quoting others' words ("the so-called “genocide”"), not speech.
func (t *attributor) quoteSpeakers(i int, turn bool) {
	c := &t.a.Claims[i]
	v := t.view(i)
	for k, it := range v.items {
		if it.kind != quoteItem {
			continue
		}
		q := quoteAt(c, it)
		if q == nil {
			continue
		}
		q.Speaker, q.SpeakerMention, q.Cue = "", "", ""
		cc := v.quoteCue(k)
		if cc == labelQuote {
			continue
		}
		if cc >= 0 {
			if outer := v.relayedBy(cc); outer >= 0 && !v.quotedSentence(it) {
				cc = outer
			}
			if s := v.speakers[cc]; s.entity != nil {
				q.Speaker, q.Cue = canonical(s.entity), v.cueText(v.cues[cc])
				if s.entity == unnamed {
					q.Speaker, q.SpeakerMention = "", s.mention
				}
				continue
			}
		}
		if (!turn || v.turnQuote(k)) && c.Kind == claimx.Reported {
			q.Speaker, q.SpeakerMention, q.Cue = c.Speaker, c.SpeakerMention, c.Cue
		}
	}
}

// turnQuote reports whether the quotation at item k is all a transcript
// turn's claim says, after its label if it has one: in "Xi: “Chinese
// modernization offers …”" the words are the speaker's own, not a term
// the speaker quotes.
func (v *view) turnQuote(k int) bool {
	if k > 0 && !v.items[k-1].is(":") {
		return false
	}
	for _, it := range v.items[k+1:] {
		if it.kind != punctItem {
			return false
		}
	}
	return true
}

// relayedBy returns the cue whose named speaker reports what the unnamed
// source of cue cc said, -1 if none: "Lopez said the council expressed
// “serious concern”", "Ruiz told reporters officials had warned of “grave
// consequences”". The named speaker is the text's source for a phrase so
// quoted, where the unnamed one is only who they say spoke it (a quoted
// sentence stays the unnamed source's: "the article said foreign media
// commented, “…”", as the caller checks). Only the words of the outer
// cue's own clause may stand between it and the unnamed source: in "“…,”
// Li said, while officials said it was “…”" a conjunction opens a clause
// of its own.
func (v *view) relayedBy(cc int) int {
	inner := v.speakers[cc]
	if inner.entity != unnamed || inner.item < 0 {
		return -1
	}
	for cj := cc - 1; cj >= 0; cj-- {
		outer := v.speakers[cj]
		if outer.entity == nil || outer.entity == unnamed || v.cues[cj].to > inner.item {
			continue
		}
		for j := v.cues[cj].to; j < inner.item; j++ {
			if it := v.items[j]; it.kind == quoteItem || it.kind == punctItem || it.lower != "that" && connective(it.lower) {
				return -1 // "…, while officials said": a clause of its own
			}
		}
		return cj
	}
	return -1
}

// opensClause reports whether the definite noun phrase of the referring
// noun at k stands first in its clause: at the claim's start, or after
// punctuation, a quotation, a conjunction or a verb of saying ("said the
// council expressed"), as a subject does, not after another verb ("left
// the office").
func (v *view) opensClause(k int) bool {
	d := k - 1
	for d >= 0 && !lexicon.ReferringDeterminers.Has(v.items[d].lower) {
		if d < k-1-modifierWords {
			return false
		}
		d--
	}
	if d <= 0 {
		return d == 0
	}
	prev := v.items[d-1]
	return prev.kind == punctItem || prev.kind == quoteItem || prev.cue || prev.kind == wordItem && connective(prev.lower)
}

// determinedBy returns the determiner of the noun phrase that ends at
// item k, in lower case, "" if none stands within modifierWords before it.
func (v *view) determinedBy(k int) string {
	for d := k - 1; d >= 0 && d >= k-1-modifierWords; d-- {
		if w := v.items[d].lower; lexicon.Determiners.Has(w) {
			return w
		}
	}
	return ""
}

// quoteAt returns the quotation of c that the quote item covers.
func quoteAt(c *claimx.Claim, it item) *claimx.Quote {
	for j := range c.Quotes {
		s := c.Quotes[j].Start - c.Start
		if it.start <= s && s <= it.end {
			return &c.Quotes[j]
		}
	}
	return nil
}

// mention is the words for the unnamed speaker named by item k of claim
// i: the noun phrase there, or, for a pronoun, the last such mention
// before it that agrees in number ("he" is none of "the authors"), else
// the pronoun.
func (t *attributor) mention(i, k int) string {
	it := t.view(i).items[k]
	switch {
	case !it.pronoun:
		return t.view(i).mentionText(k)
	case t.mem.lastMention != "" && !(singular(it.lower) && pluralSource(t.mem.lastMention)):
		return t.mem.lastMention
	}
	return it.text
}

// unnamed stands for a speaker the text does not name ("officials said"):
// the claim is reported, with no speaker but a mention.
var unnamed = &claimx.Entity{}

// attributor holds what Tag knows about an article while it works through it.
type attributor struct {
	a     *claimx.Article
	views []view
	// speakers are the entities found as each claim's speaker, nil if none.
	speakers []*claimx.Entity
	// byDocument marks the claims whose speaker a document or an office
	// speaks for ("The document states that …", "Lee’s office said"),
	// which "it" goes on with.
	byDocument []bool
	// byVoice marks the claims whose body's words a spokesperson the text
	// does not name gave ("“…,” a spokesman said"), whom "he" or "she"
	// goes on with: what the spokesperson adds is the body's too.
	byVoice []bool
	mem     *memory
	runs    runsOver
	// people are the people named before the current claim in its section.
	people sectionPeople
	// build is where each view's items are built (see newView).
	build []item
	// bodies are the organisations of the article, once each, for
	// nameBodies; nil until first needed.
	bodies []*claimx.Entity
	// intro is the block a claim ending in a colon introduced, printed
	// without quotation marks (see introduce).
	intro introduction
}

// introduction is a block of paragraphs [from, to) that the claim source
// introduced with a colon; to == 0 if there is none.
type introduction struct {
	from, to, source int
}

// introParagraphs is how many paragraphs an introduced block may run over.
const introParagraphs = 3

// introduce opens a block when claim i ends its paragraph with a colon
// after a cue that names a speaker: "As Bloomberg reports:" before
// paragraphs copied without quotation marks.
func (t *attributor) introduce(i int) {
	claims := t.a.Claims
	c := &claims[i]
	if t.speakers[i] == nil || i+1 < len(claims) && claims[i+1].Paragraph == c.Paragraph || !strings.HasSuffix(strings.TrimSpace(c.Text), ":") {
		return
	}
	t.intro = introduction{from: c.Paragraph + 1, to: c.Paragraph + 1 + introParagraphs, source: i}
}

// speakIntroduced gives claim i, in a block an earlier claim introduced,
// that claim's speaker, whatever the block itself reports: the words are
// the source's, as in a block quotation. The block ends at a paragraph
// opening with a quotation mark (quoted speech, read as such), with a
// conjunction (the author goes on: "But Xi is not …") or under another
// heading.
func (t *attributor) speakIntroduced(i int) {
	claims := t.a.Claims
	c := &claims[i]
	if c.Paragraph < t.intro.from || c.Paragraph >= t.intro.to {
		return
	}
	if c.Section != claims[t.intro.source].Section || i > 0 && claims[i-1].Paragraph != c.Paragraph && t.view(i).resumes() {
		t.intro = introduction{}
		return
	}
	t.copySpeaker(t.intro.source, i)
}

// carryBack gives the claim before claim i, in its paragraph, with no
// cue or quotation of its own, the speaker of claim i when claim i opens
// by answering it (lexicon carrying-openers) and its source closes it:
// "The curbs will not stop China's development. Instead, they will
// backfire, spokesperson Mao Ning said."
func (t *attributor) carryBack(i int) {
	claims, v := t.a.Claims, t.view(i)
	if i == 0 || t.speakers[i] == nil || t.speakers[i-1] != nil || claims[i-1].Paragraph != claims[i].Paragraph ||
		len(v.items) == 0 || !lexicon.CarryingOpeners.Has(v.items[0].lower) || v.closingCue() < 0 {
		return
	}
	if p := t.view(i - 1); len(p.cues) > 0 || len(claims[i-1].Quotes) > 0 {
		return
	}
	t.copySpeaker(i, i-1)
}

// continueJudgment gives claim i, a judgment with no cue of its own (a
// modal verb: "should", "must", "will not") right after a claim of its
// paragraph that reports a body, that body: a statement's judgments go on
// in its voice ("The MAC reiterated that … The CCP should immediately
// cease its false allegations.").
func (t *attributor) continueJudgment(i int) {
	claims := t.a.Claims
	if i == 0 || t.speakers[i] != nil || claims[i-1].Paragraph != claims[i].Paragraph || len(t.view(i).cues) > 0 {
		return
	}
	e := t.speakers[i-1]
	if e == nil || e == unnamed || e.Type == claimx.Person || claims[i-1].Cue == "" {
		return
	}
	for _, it := range t.view(i).items {
		if it.kind == wordItem && (it.lower == "should" || it.lower == "must") {
			t.copySpeaker(i-1, i)
			return
		}
	}
}

// resumes reports whether the claim opens a paragraph of the author's own
// after a block: with a quotation mark or a conjunction.
func (v *view) resumes() bool {
	if len(v.items) == 0 {
		return true
	}
	first := v.items[0]
	return first.kind == quoteItem || first.kind == wordItem && lexicon.Conjunctions.Has(first.lower)
}

// attribute returns the speaker of claim i and its cue as written (a
// speaker with no entity if none), from the cue speakers resolveCues found.
// A named speaker wins over an unnamed source
// ("officials"), which the claim gets only when no cue names anyone.
// Quotations are the evidence a reader checks, so the speaker of a claim
// that quotes is whoever its first owned quotation belongs to; a claim
// whose every quotation is someone else's, a label ("the so-called “…”")
// or the words of an unnamed source ("what some planners call “…”"), has
// no speaker even if it reports another's speech besides. A claim without
// quotations takes the speaker of its first cue that has one.
func (t *attributor) attribute(i int) (speaker, string) {
	v := t.view(i)
	if c := v.closingCue(); c >= 0 {
		if s := v.speakers[c]; s.entity != nil && t.closes(i, s) && !v.relays(v.cues[c]) && !v.namedBefore(c, s) {
			return s, v.cueText(v.cues[c])
		}
	}
	quoted, unowned := 0, 0
	for k, it := range v.items {
		if it.kind != quoteItem {
			continue
		}
		c := v.quoteCue(k)
		if c == labelQuote {
			continue // a label names a thing: the cues decide
		}
		quoted++
		switch {
		case c >= 0:
			if o := v.outerCue(c, v.speakers[c].entity != nil); o >= 0 {
				c = o // the sentence is the one’s who speaks first
			}
			s := v.speakers[c]
			if s.entity != nil && s.entity != unnamed {
				return s, v.cueText(v.cues[c])
			}
			if s.entity == nil {
				unowned++
			}
		}
	}
	none := speaker{item: -1}
	if quoted > 0 && unowned == quoted {
		return none, ""
	}
	first, firstCue := none, ""
	for ci, c := range v.cues {
		switch s := v.speakers[ci]; {
		case s.entity == nil:
		case s.entity != unnamed:
			if inner := v.relayedSpeaker(ci); inner >= 0 {
				return v.speakers[inner], v.cueText(v.cues[inner]) // "Harbour Daily reported that Ruiz urged …" is Ruiz's
			}
			return s, v.cueText(c)
		case first.entity == nil:
			first, firstCue = s, v.cueText(c)
		}
	}
	if first.entity != nil {
		return first, firstCue
	}
	if cue, k := v.introducedQuote(); k >= 0 {
		if s := t.speakerAt(i, k); s.entity != nil {
			return s, cue
		}
	}
	return none, ""
}

// relayedSpeaker returns the cue after cue c, a relaying "report" ("X
// reported that …"), that names who spoke what the report passes on,
// inside its clause: the words are that speaker's ("Harbour Daily reported
// that in her speech Ruiz urged …", "The Lima Times reports that Ruiz
// announced …"); -1 if none, if the one named there is an unnamed
// source, for whom the relay stays the speaker ("… reported that
// officials said"), or if a clause inside the report's holds the cue. No
// semicolon stands between them.
func (v *view) relayedSpeaker(c int) int {
	if !v.relays(v.cues[c]) || v.cues[c].form == lexicon.Ing || v.cues[c].sourceAfter {
		return -1
	}
	for d := c + 1; d < len(v.cues); d++ {
		s := v.speakers[d]
		if s.entity == nil || s.item < v.cues[c].to || v.cues[d].noun || v.breakBetween(v.cues[c].to, v.cues[d].from) {
			continue
		}
		if s.entity == unnamed || v.subordinateBetween(v.cues[c].to, s.item) {
			return -1 // "… reported that the board fired Berg after Ruiz complained": the clause's subject is the board
		}
		return d
	}
	return -1
}

// subordinateBetween reports whether a word opening a clause inside
// another (a conjunction, "after", "who") stands among items [from, to);
// "that" opens the report's own clause.
func (v *view) subordinateBetween(from, to int) bool {
	for j := from; j < to && j < len(v.items); j++ {
		if w := v.wordAt(j); lexicon.Conjunctions.Has(w) || lexicon.TimeClauses.Has(w) || lexicon.Subordinators.Has(w) || lexicon.Relatives.Has(w) && w != "that" {
			return true
		}
	}
	return false
}

// outerCue returns the first cue before cue c whose that-clause holds c,
// with its speaker before it: a quotation in what a cue reports counts
// for the sentence as the words of the one who speaks first ("He observed
// that, just as Nkrumah once said the “…”, China …" is his, not
// Nkrumah's); -1 if none. No semicolon stands between them. Where c has
// no speaker (thatOnly false), a clause without "that" holds it too:
// "Anticamara said his team observed “unnatural” damage".
func (v *view) outerCue(c int, thatOnly bool) int {
	for f, d := range v.cues {
		if d.to > v.cues[c].from {
			break
		}
		s := v.speakers[f]
		if s.entity == nil || s.item < 0 || s.item > d.from || d.noun || d.sourceAfter || d.form == lexicon.Ing || v.breakBetween(d.to, v.cues[c].from) ||
			v.relayedSpeaker(f) >= 0 {
			continue // a relay passes the words on to whom it names: relayedSpeaker
		}
		if v.wordAt(d.to) == "that" || v.items[min(d.to, len(v.items)-1)].is(",") && v.wordAt(d.to+1) == "that" ||
			!thatOnly && (v.clauseWithoutThat(d) || v.subjectBetween(d.to, v.cues[c].from)) {
			return f // "note that", "observed, that", "said his team observed"
		}
	}
	return -1
}

// subjectBetween reports whether items [from, to) are a short noun phrase
// that can be the subject of the verb at to: "said his team observed".
func (v *view) subjectBetween(from, to int) bool {
	if to <= from || to-from > 4 {
		return false
	}
	for j := from; j < to; j++ {
		it := v.items[j]
		if it.kind == entityItem && !it.possessive || it.kind == wordItem && (lexicon.Determiners.Has(it.lower) || v.plainWord(j) || it.pronoun) {
			continue
		}
		return false
	}
	return true
}

// breakBetween reports whether a semicolon stands between items from and to.
func (v *view) breakBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if v.items[j].is(";") {
			return true
		}
	}
	return false
}

// namedBefore reports whether the closing cue c's speaker s is a definite
// noun for an unnamed source and an earlier cue of the claim names its
// speaker: "China’s Ministry of State Security said on Tuesday that …,
// the authority said" is the ministry's, the noun going back to it.
func (v *view) namedBefore(c int, s speaker) bool {
	if s.entity != unnamed || v.determinedBy(s.item) != "the" {
		return false
	}
	for ci := range c {
		if e := v.speakers[ci].entity; e != nil && e != unnamed {
			return true
		}
	}
	return false
}

// closes reports whether speaker s of a closing cue in claim i speaks the
// whole sentence: a person, a named body or an unnamed source ("…, Lu
// said", "…, the Presidential Office said", "…, a source said"), but not a
// document or "it", which cite where the news was read ("Beijing revealed
// that …, the report said" is Beijing's).
func (t *attributor) closes(i int, s speaker) bool {
	it := t.view(i).items[s.item]
	return !it.document && (it.kind == entityItem || it.unnamed || s.entity.Type == claimx.Person)
}

// relays reports whether cue c is "report", with which news writing names
// the outlet it read a sentence in ("Sullivan said it was “…”, Reuters
// reported" is Sullivan's): the outlet speaks only a sentence that names
// no other speaker ("Three people died, Xinhua reported").
func (v *view) relays(c cue) bool {
	l, _, _ := lexicon.Lemma(v.items[c.from].lower, lexicon.ClosingVerbs.Has)
	return l == "report"
}

// runsOver records, for each claim, the quotations running over several
// claims that cover it, so that a speaker found in one claim of a quotation
// reaches the others: “First sentence. Second one,” she said.
type runsOver struct {
	quotes  []quotation
	byClaim [][]int // claim -> indexes in quotes
	// source is, per quotation, the first of its claims found to have a
	// speaker, -1 while none has.
	source []int
	// pending marks a quotation that opens a paragraph with no cue: if no
	// claim of it names a speaker, it continues the one before it.
	pending []bool
}

// endOf returns the last claim of the quotations that claim i belongs to,
// i itself if none runs over it.
func (r *runsOver) endOf(i int) int {
	end := i
	for _, q := range r.byClaim[i] {
		cl := r.quotes[q].Claims
		end = max(end, cl[len(cl)-1])
	}
	return end
}

// opening returns the quotation that runs on from claim i, its first claim,
// into later ones; -1 if none.
func (r *runsOver) opening(i int) int {
	for _, q := range r.byClaim[i] {
		if cl := r.quotes[q].Claims; cl[0] == i && cl[len(cl)-1] > i {
			return q
		}
	}
	return -1
}

func newRunsOver(a *claimx.Article) runsOver {
	r := runsOver{byClaim: make([][]int, len(a.Claims))}
	for _, q := range quotations(a) {
		if len(q.Claims) < 2 {
			continue
		}
		for _, i := range q.Claims {
			r.byClaim[i] = append(r.byClaim[i], len(r.quotes))
		}
		r.quotes = append(r.quotes, q)
		r.source = append(r.source, -1)
		r.pending = append(r.pending, false)
	}
	return r
}

// followQuotations gives claim i, when it has no speaker, that of a
// quotation it belongs to, then the speaker of claim i, if that is the
// first its quotation has, to the claims of the quotation before it; and
// when claim i ends a pending quotation that found no speaker, it
// continues the speaker before it. Every claim is filled once, so the cost
// is linear.
func (t *attributor) followQuotations(i int) {
	r := &t.runs
	for _, q := range r.byClaim[i] {
		if t.speakers[i] == nil && r.source[q] >= 0 {
			t.copySpeaker(r.source[q], i)
		}
	}
	for _, q := range r.byClaim[i] {
		if t.speakers[i] == nil || r.source[q] >= 0 {
			continue
		}
		r.source[q] = i
		for _, j := range r.quotes[q].Claims {
			if j < i && t.speakers[j] == nil {
				t.copySpeaker(i, j)
			}
		}
	}
	for _, q := range r.byClaim[i] {
		cl := r.quotes[q].Claims
		if cl[len(cl)-1] != i || r.source[q] >= 0 || !r.pending[q] {
			continue
		}
		if t.continueBefore(cl[0]); t.speakers[cl[0]] != nil {
			r.source[q] = cl[0]
			for _, j := range cl[1:] {
				if t.speakers[j] == nil {
					t.copySpeaker(cl[0], j)
				}
			}
		}
	}
}

// continueBareQuote gives claim i, when it is nothing but a quotation, the
// speaker of the claim before it, as news writing continues a speaker's
// words: Wang said so. “It will not last.” A quotation opening a paragraph
// goes on with the person last spoken of (see continueAcross). Either
// waits, when the quotation runs on into later claims, until it is clear
// that no cue names a speaker where it ends.
func (t *attributor) continueBareQuote(i int) {
	if i == 0 || t.speakers[i] != nil || !t.view(i).onlyQuoted() {
		return
	}
	if q := t.runs.opening(i); q >= 0 {
		// followQuotations decides where it ends: “First sentence. Second
		// one,” Zhao told reporters.
		t.runs.pending[q] = true
		return
	}
	t.continueBefore(i)
}

// continueBefore gives claim i, a quotation with no cue of its own, the
// speaker of the claim before it in its paragraph, or, opening a
// paragraph, the person last spoken of (see continueAcross).
func (t *attributor) continueBefore(i int) {
	if t.a.Claims[i].Paragraph == t.a.Claims[i-1].Paragraph {
		if t.speakers[i-1] != nil {
			t.copySpeaker(i-1, i)
		}
		return
	}
	t.continueAcross(i)
}

// continueAcross gives claim i, a quoted sentence opening a paragraph with
// no cue, the person last spoken of: the person quoted in the nearest of
// the few claims before it in the section, or the one person such a claim
// names ("But for Parata the deaths are personal. ¶ “It's very
// emotional.”"); a claim naming several people, or quoting a body, leaves
// it unattributed. A quotation that is no sentence, a slogan or a heading
// (‘We need to listen’), continues no one.
func (t *attributor) continueAcross(i int) {
	if t.view(i).quotesSentence() {
		t.continueSpeaker(i)
	}
}

// continueSpeaker gives claim i the person last spoken of before it: the
// person quoted in the nearest of the few claims before it in the section,
// or the one person such a claim names; a claim naming several people, or
// reporting a body without quoting a sentence of it, leaves it
// unattributed. A body whose sentence that claim quotes goes on speaking:
// “The office enforces the law,” the agency said in a statement. ¶ “…”;
// but not one quoted for a word: Huawei said sales were “flat.” ¶ “…”
func (t *attributor) continueSpeaker(i int) {
	for j := range t.recent(i) {
		if e := t.speakers[j]; e != nil {
			if e.Type == claimx.Person || e != unnamed && t.view(j).quotesStatement() {
				t.copySpeaker(j, i)
			}
			return
		}
		switch people := t.view(j).people(); len(people) {
		case 0:
		case 1:
			t.speakers[i] = people[0]
			c := &t.a.Claims[i]
			c.Kind, c.Speaker, c.Cue, c.SpeakerMention = claimx.Reported, canonical(people[0]), "", ""
			return
		default:
			return
		}
	}
}

// speakBlock gives a claim of a block quotation, printed without
// quotation marks, that names no speaker of its own the speaker of the
// block: that of the claim before it in the block, or for the block's
// first claim the person last spoken of before it ("Askar has released
// code he said exploits the flaw. Here's how it works. ¶ [block]").
func (t *attributor) speakBlock(i int) {
	if t.speakers[i] != nil || !t.inBlock(i) {
		return
	}
	if i > 0 && t.inBlock(i-1) && t.a.Claims[i].Paragraph-t.a.Claims[i-1].Paragraph <= 1 {
		if t.speakers[i-1] != nil {
			t.copySpeaker(i-1, i)
		}
		return
	}
	t.continueSpeaker(i)
}

// inBlock reports whether claim i stands in a block quotation.
func (t *attributor) inBlock(i int) bool {
	p := t.a.Claims[i].Paragraph
	return p < len(t.a.Paragraphs) && t.a.Paragraphs[p].Quoted
}

// turn is a transcript turn a claim stands in: its speaker, nil for a
// question, and its label as the cue.
type turn struct {
	in      bool
	speaker *claimx.Entity
	cue     string
	// mention is the office a label names when the text names no holder
	// ("CHIEF CABINET SECRETARY"): the turn's speaker is then unnamed.
	mention string
}

// transcriptTurns reads a transcript, where each paragraph of a turn opens
// with its speaker's name and a colon ("Zhao Lijian: …", "AFP: …"): every
// claim of a person's turn, up to the next label, is that person's, whatever
// it quotes; a turn labelled with an outlet or as a question ("Q:") is a
// reporter's question, which keeps the attributions it has of its own. A
// text with fewer than two labelled paragraphs is no transcript, unless its
// label gives a person a title, as an official transcript prints it
// ("Minister Vivian Balakrishnan: …", the excerpt cut before the next
// turn). It returns the turn of each claim.
func (t *attributor) transcriptTurns() []turn {
	claims := t.a.Claims
	turns := make([]turn, len(claims))
	labels, formal := 0, false
	principals, full := map[string]*claimx.Entity{}, map[string]*claimx.Entity{}
	for i := range claims {
		// A label ends in a colon: a claim with none is read no further
		// here, and its view is built only when Tag comes to it.
		if i > 0 && claims[i].Paragraph == claims[i-1].Paragraph || !strings.ContainsRune(claims[i].Text, ':') {
			continue
		}
		if e, ok, titled, office := t.view(i).turnLabel(); ok {
			if e != nil && !strings.Contains(canonical(e), " ") {
				f, seen := full[canonical(e)]
				if !seen {
					f = t.fullName(e)
					full[canonical(e)] = f
				}
				e = f
			}
			if e == nil && (titled || lexicon.AnswerLabels.Has(strings.ToLower(strings.TrimSuffix(t.view(i).labelText(), ":")))) {
				p, seen := principals[office]
				if !seen {
					p = t.principal(office)
					principals[office] = p
				}
				e = p
			}
			turns[i] = turn{in: true, speaker: e, cue: t.view(i).labelText()}
			if e == nil && titled {
				// an official the transcript never names speaks by office
				turns[i].speaker, turns[i].mention = unnamed, strings.TrimSuffix(turns[i].cue, ":")
			}
			labels++
			formal = formal || titled
		}
	}
	if labels < 2 && !formal {
		return make([]turn, len(claims))
	}
	var cur turn
	for i := range claims {
		if turns[i].in {
			cur = turns[i]
		}
		if cur.speaker != nil {
			turns[i] = cur
		} else {
			turns[i] = turn{}
		}
	}
	return turns
}

// fullName returns the person a transcript's label names by surname alone,
// as official transcripts print it, often in capitals ("MS. OSEÑA-PAEZ:",
// "SEC. ANO:"): the person of the text whose name ends in it ("Jonathan
// Malaya" for "MALAYA"), else the one the title names with a given name
// before it ("Press Briefing of Ms. Daphne Oseña-Paez"); the label's own
// name if neither. Two people of the text with that surname leave the
// label as it is: it names neither more than the other.
func (t *attributor) fullName(label *claimx.Entity) *claimx.Entity {
	surname := canonical(label)
	var found *claimx.Entity
	for i := range t.a.Claims {
		for _, it := range t.view(i).items {
			if it.kind != entityItem || !isPerson(it.entity) {
				continue
			}
			if n := canonical(it.entity); len(n) > len(surname) && n[len(n)-len(surname)-1] == ' ' && strings.EqualFold(n[len(n)-len(surname):], surname) {
				if found != nil && canonical(found) != n {
					return label
				}
				found = it.entity
			}
		}
	}
	if found != nil {
		return found
	}
	words := strings.Fields(t.a.Title)
	for j := 1; j < len(words); j++ {
		w, given := strings.TrimRight(words[j], ",.:;)’'"), words[j-1]
		if r, _ := utf8.DecodeRuneInString(given); strings.EqualFold(w, surname) && unicode.IsUpper(r) && !isTitle(strings.ToLower(given)) &&
			!lexicon.Common.Has(strings.ToLower(given)) {
			n := given + " " + w
			return &claimx.Entity{Name: n, Mention: n, Type: claimx.Person}
		}
	}
	return label
}

// principal returns the official a transcript is of, who answers under a
// label of an office alone or of an answer ("Minister:", "A:"): the person
// its running text gives that office ("Defense Minister Gen Nakatani
// said"), else the person its title gives it ("Press Conference by the
// Defense Minister Nakatani", "Foreign Ministry Spokesperson Lin Jian's
// Regular Press Conference"); for an answer (office "") any office. A
// person a reporter's question names ("Q: Will President Xi attend …?")
// is no one the transcript is of. It returns nil if neither names one.
func (t *attributor) principal(office string) *claimx.Entity {
	holds := func(words []string) bool {
		for _, w := range words {
			if w == office || office == "" && isTitle(w) {
				return true
			}
		}
		return false
	}
	asking := false
	for i := range t.a.Claims {
		v := t.view(i)
		if i == 0 || t.a.Claims[i].Paragraph != t.a.Claims[i-1].Paragraph {
			if e, ok, titled, _ := v.turnLabel(); ok {
				asking = e == nil && !titled && !lexicon.AnswerLabels.Has(strings.ToLower(strings.TrimSuffix(v.labelText(), ":")))
			}
		}
		if asking {
			continue
		}
		for k, it := range v.items {
			if it.kind == entityItem && isPerson(it.entity) && holds(v.roleWords(k)) {
				return it.entity
			}
		}
	}
	words := strings.Fields(t.a.Title)
	for j, w := range words {
		if !holds([]string{strings.ToLower(w)}) {
			continue
		}
		var name []string
		for _, n := range words[j+1:] {
			n, cut := strings.CutSuffix(n, "’s")
			if p := strings.IndexAny(n, "(,:;'"); p >= 0 {
				n, cut = n[:p], true
			}
			r, _ := utf8.DecodeRuneInString(n)
			if n == "" || !unicode.IsUpper(r) || isTitle(strings.ToLower(n)) || lexicon.Common.Has(strings.ToLower(n)) || len(name) == labelNameWords {
				break
			}
			if name = append(name, n); cut {
				break
			}
		}
		if len(name) > 0 {
			n := strings.Join(name, " ")
			return &claimx.Entity{Name: n, Mention: n, Type: claimx.Person}
		}
	}
	return nil
}

// takeTurn makes claim i its turn speaker's, whatever the claim's cues said.
func (t *attributor) takeTurn(i int, tn turn) {
	t.speakers[i] = tn.speaker
	c := &t.a.Claims[i]
	c.Kind, c.Speaker, c.Cue, c.SpeakerMention = claimx.Reported, canonical(tn.speaker), tn.cue, tn.mention
}

// copySpeaker makes claim to report the speaker of claim from, with its cue:
// the word that attributes both.
func (t *attributor) copySpeaker(from, to int) {
	t.speakers[to] = t.speakers[from]
	src, c := &t.a.Claims[from], &t.a.Claims[to]
	c.Kind, c.Speaker, c.Cue, c.SpeakerMention = claimx.Reported, src.Speaker, src.Cue, src.SpeakerMention
}

func canonical(e *claimx.Entity) string {
	if e.Name != "" {
		return e.Name
	}
	return e.Mention
}

// resolve turns the speaker item k of claim i into an entity: a name stands
// for itself, a pronoun for its antecedent.
func (t *attributor) resolve(i, k int) *claimx.Entity {
	it := t.view(i).items[k]
	switch {
	case it.kind == entityItem:
		if isRegion(it.entity) {
			return t.regionVoice(i, it.entity)
		}
		if v := t.view(i); it.entity.Type != claimx.Person && k+1 < len(v.items) && lexicon.BodyVoices.HasNoun(v.items[k+1].lower) {
			if e := t.namedNext(i, isPerson, v.items[k+1].lower); e != nil {
				return e // "a Foreign Ministry spokesperson said …", then "spokesperson Zhao Lijian told"
			}
		}
		return it.entity
	case it.unnamed && it.refers == nil:
		if a := t.view(i).appositiveName(k); a >= 0 {
			return t.view(i).items[a].entity // "Kim Kardashian’s lawyer, Laura Wasser, says"
		}
		if e := t.mem.namedAs(t.view(i).mentionText(k)); e != nil {
			return e // "Hong Kong police said" after "the Hong Kong Police"
		}
		if e := t.bodyOfSource(i, k); e != nil {
			return e // "IMF economists wrote", "ministry sources said"
		}
		if lexicon.Studies.HasNoun(it.lower) && t.view(i).definite(k) {
			if e := t.mem.sameIssuer(it.lower); e != nil {
				return e // "The survey found" after "the Pew Research Center made a survey"
			}
		}
		if !it.voice {
			return unnamed
		}
		return t.voiceOf(i, k, it.lower)
	}
	if t := lexicon.Possessives.Types(it.lower); t != nil && it.refers == nil {
		it.refers, it.pronoun = t, true // "his call for" stands for "he"
	}
	if a := t.view(i).appositiveName(k); a >= 0 {
		return t.view(i).items[a].entity // "The leader of Ennahda, Rachid Ghannouchi, condemned"
	}
	if it.held {
		// "…, his office said": the office resolves as "his" would
		p := t.view(i).items[k-1]
		p.refers, p.pronoun = it.refers, true
		return t.antecedent(i, k-1, p)
	}
	return t.antecedent(i, k, it)
}

func isPerson(e *claimx.Entity) bool { return e.Type == claimx.Person }

// isOutlet reports whether e is a news outlet the gazetteer lists
// ("Reuters", "Global Times"): it reports what others say.
func isOutlet(e *claimx.Entity) bool {
	listed, ok := gazetteer.Default().Lookup(canonical(e))
	return ok && listed.Outlet
}

// outletNounBeside reports whether a noun for a kind of news outlet stands
// right before or after the body at item k ("the daily El Tiempo", "the
// Harbour Post newspaper"): the text tells it is an outlet.
func (v *view) outletNounBeside(k int) bool {
	return lexicon.OutletNouns.Has(v.wordAt(k-1)) || lexicon.OutletNouns.Has(v.wordAt(k+1))
}

// outlet returns the news outlet that the outlet noun p in claim i stands
// for ("the newspaper said", "the news agency says"): the last the text
// named, within lookBack claims as a pronoun's antecedent is, past the
// bodies it reported on since, unless a body whose name holds the noun was
// named after it ("the agency" after the Food Safety Agency); nil if p is
// no outlet noun or no outlet was named so near.
func (t *attributor) outlet(i int, p item) *claimx.Entity {
	o := t.mem.lastOutlet
	if o.entity == nil || o.claim < i-lookBack || !lexicon.OutletNouns.Has(p.lower) {
		return nil
	}
	if n, ok := t.mem.names[nameKey{p.lower, claimx.Org}]; ok && n.after(o) {
		return nil
	}
	return o.entity
}

// isRegion reports whether e is a continent or world region the gazetteer
// lists ("Europe", "Southeast Asia"): a place, but no state that speaks.
func isRegion(e *claimx.Entity) bool {
	listed, ok := gazetteer.Default().Lookup(canonical(e))
	return ok && listed.Region
}

// regionVoice resolves a region named as a speaker in claim i ("Europe
// warned that …"): the body the gazetteer lists as speaking for it
// (gazetteer.Entry.Voices: "the European Commission", "the African Union"
// for "Africa") named last within lookBack claims, whose words these are;
// else a source the text does not name, the region's name kept as its
// mention. A body that only bears the region's adjective ("the European
// Central Bank") speaks for itself, not for the region.
func (t *attributor) regionVoice(i int, region *claimx.Entity) *claimx.Entity {
	g := gazetteer.Default()
	listed, _ := g.Lookup(canonical(region))
	var voice mention
	for _, at := range t.mem.bodies {
		if at.claim < i-lookBack || voice.entity != nil && !at.after(voice) {
			continue
		}
		for _, body := range listed.Voices {
			if namesBody(g, at.entity, body) {
				voice = at
				break
			}
		}
	}
	if voice.entity == nil {
		return unnamed
	}
	return voice.entity
}

// namesBody reports whether e is the body the gazetteer lists as body,
// under any of its names: "EU" is the European Union.
func namesBody(g *gazetteer.Gazetteer, e *claimx.Entity, body string) bool {
	if strings.EqualFold(canonical(e), body) || strings.EqualFold(e.ID, body) {
		return true
	}
	entry, ok := g.Lookup(canonical(e))
	return ok && strings.EqualFold(entry.Name, body)
}

// bodyOfSource returns the organisation named right before the unnamed
// source at item k of claim i, nil if none: its own staff, sources,
// figures or studies speak for it as its spokesperson does ("IMF
// economists wrote", "NBS data showed"; lexicon.StaffNouns), and so do
// those of a body a bare noun refers back to ("ministry sources said"
// after the Ministry of Commerce). Anyone else the body's name stands
// before speaks for themselves, often against it ("Harvard students said",
// "UN experts said"), as does one person alone ("a Reuters witness") and
// a place's officials ("Indian officials", "US officials").
func (t *attributor) bodyOfSource(i, k int) *claimx.Entity {
	if k == 0 {
		return nil
	}
	b, noun := t.view(i).items[k-1], t.view(i).items[k].lower
	switch {
	case b.possessive || !lexicon.StaffNouns.HasNoun(noun) && !lexicon.Studies.HasNoun(noun),
		lexicon.UnnamedSources.Has(noun) && !lexicon.Studies.Has(noun): // one person alone
		return nil
	case b.kind == entityItem && b.entity.Type == claimx.Org:
		return b.entity
	case b.kind == wordItem && slices.Contains(lexicon.ReferringNouns.Types(b.lower), claimx.Org):
		if n, ok := t.mem.names[nameKey{b.lower, claimx.Org}]; ok {
			return n.entity
		}
	}
	return nil
}

// voiceOf resolves a spokesperson no earlier name was given the role of,
// item k of claim i: the person the text names for the role after it (a
// person's words are theirs), else the body it speaks for, by its name ("a
// spokesperson for Japan said") or by a noun that refers to a body named
// before, which memory resolves ("a spokesperson for the association"),
// else the body heard last, else a source the text does not name.
func (t *attributor) voiceOf(i, k int, role string) *claimx.Entity {
	if e := t.namedNext(i, isPerson, role); e != nil {
		return e
	}
	if b := t.view(i).voicedBody(k); b >= 0 {
		it := t.view(i).items[b]
		if it.kind == entityItem {
			return it.entity
		}
		if e := t.mem.referent(it).entity; e != nil && !isPerson(e) {
			return e // "a spokesperson for the association said", the Tarvo Ferry Association named before
		}
	}
	if e := t.bodyHeard(i); e != nil {
		return e
	}
	return unnamed
}

// singular reports whether the pronoun w stands for one person or thing.
func singular(w string) bool {
	switch w {
	case "he", "she", "it", "his", "her", "its":
		return true
	}
	return false
}

// pluralSource reports whether the words standing for an unnamed source
// name several, which "he", "she" or "it" cannot stand for: a regular
// plural ("officials", "two diplomats", "the authors") or an irregular one
// the source list gives after its singular ("people familiar with the
// talks").
func pluralSource(mention string) bool {
	w := strings.ToLower(mention[strings.LastIndexByte(mention, ' ')+1:])
	if i, ok := lexicon.UnnamedSources.Entry(w); ok {
		return lexicon.UnnamedSources.Forms(i)[0] != w
	}
	return lexicon.Singular(w) != "" // "authors", "residents"
}

// bodyHeard returns the body a spokesperson no body is named for speaks
// for: the one that spoke, or else acted, in the nearest of the few claims
// before claim i in its section that names a speaker or a body ("West
// Mercia Police said they were investigating. A spokesman said: “…”");
// nil if that claim's speaker is a person or a news outlet, which reports
// what others say ("Reuters reported the fire. A spokesperson said …" is
// no one's spokesperson the text names).
func (t *attributor) bodyHeard(i int) *claimx.Entity {
	body := func(e *claimx.Entity) bool {
		return (e.Type == claimx.Org || e.Type == claimx.GPE) && !isOutlet(e) && !isRegion(e)
	}
	for j := range t.recent(i) {
		if e := t.speakers[j]; e != nil && e != unnamed {
			if body(e) {
				return e
			}
			return nil
		}
		if e := t.view(j).subject(body, len(t.view(j).items)); e != nil {
			return e
		}
	}
	return nil
}

// onlyOtherNear reports whether the persons named before item k of claim
// i, in its paragraph and the one before it, include one whose given name
// tells the other sex than sex and none who may be of that sex. "He" or
// "she" then stands for no one named: a given name passes over the
// nearest person only for one named near who fits, as a list of given
// names errs for some bearers (a Catalan Joan, an English Ashley), and the
// pronoun would reach back to anyone named paragraphs before; nor is the
// nearest person kept, as the name tells right more often than not (a man
// called by his first name alone, which no tagger names, after a woman
// quoted in the paragraph before).
func (t *attributor) onlyOtherNear(i, k int, sex string) bool {
	para, other := t.a.Claims[i].Paragraph, false
	for j := i; j >= 0 && t.a.Claims[j].Paragraph >= para-1; j-- {
		items := t.view(j).items
		if j == i {
			items = items[:k]
		}
		for _, it := range items {
			switch {
			case it.kind != entityItem || !isPerson(it.entity):
			case !t.mem.otherSex(it.entity, sex):
				return false
			case !t.mem.toldSex(it.entity):
				other = true
			}
		}
	}
	return other
}

// lookBack is how many claims back a pronoun may find its antecedent.
const lookBack = 3

// recent yields the claims before claim i, nearest first, that a pronoun
// or a speaker going on may reach back to: the lookBack claims before it
// in its section.
func (t *attributor) recent(i int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for j := i - 1; j >= 0 && j >= i-lookBack && t.a.Claims[j].Section == t.a.Claims[i].Section; j-- {
			if !yield(j) {
				return
			}
		}
	}
}

// antecedent finds what a pronoun or referring noun in claim i points to.
// A referring noun first looks for the nearest earlier name that holds it,
// anywhere before: "the ministry" is the last ministry named, however far
// back. Otherwise a pronoun after an earlier clause of its own claim stands
// for that clause's subject ("The institute has opened two offices, and it
// has rejected …"); failing that, the antecedent is in the nearest of the
// few claims before, in the same section, that names something of a fitting
// type: its speaker if it has one, else its subject (the first name not
// governed by a preposition), else its last fitting name. A referring noun
// no earlier name holds may name the speaker the next sentence opens with
// (see namedNext). The pronoun is item k of claim i.
func (t *attributor) antecedent(i, k int, p item) *claimx.Entity {
	// "they" and "their" stand for a body or for several people, never for
	// one named person: "they say he appears more responsive" after Lee.
	plural := p.pronoun && (p.lower == "they" || p.lower == "their" || p.lower == "them")
	// a specific title agrees with a person given no other: "the
	// ambassador" is not the one the text has called only "Speaker", where
	// "the leader" may be the one it called "President"
	title := !p.pronoun && isTitle(p.lower) && !lexicon.UmbrellaTitles.HasNoun(p.lower)
	// "he" and "she" agree in sex with a person whose sex the text told
	sex := ""
	if p.pronoun {
		sex = sexOf(p.lower)
		if sex != "" && t.onlyOtherNear(i, k, sex) {
			return nil
		}
	}
	fits := func(e *claimx.Entity) bool {
		return slices.Contains(p.refers, e.Type) && !(plural && e.Type == claimx.Person) &&
			!(title && e.Type == claimx.Person && t.mem.otherTitle(e, p.lower)) &&
			!(e.Type == claimx.Person && t.mem.otherSex(e, sex))
	}
	if p.document {
		if e := t.view(i).issuedBy(k); e != nil {
			return e // "The report, released by Amnesty International, says"
		}
		if e := t.mem.sameIssuer(p.lower); e != nil {
			return e // "the paper says" after "a paper by the institute"
		}
		if e := t.outlet(i, p); e != nil {
			return e // "The newspaper pointed out" after "The Global Times stated"
		}
		if e := t.mem.issuer(p.lower); e != nil || !t.view(i).opensClause(k) || t.view(i).determinedBy(k) != "the" {
			return e // never the nearest name: "The statement said" after Manila
		}
		return unnamed // "The annual report said", issued by no one the text names; "This article argues" is the author's
	}
	if p.unnamed && p.refers != nil && lexicon.Channels.HasNoun(p.lower) {
		if e := t.view(i).issuedBy(k); e != nil {
			return e // "a commentary in the People’s Daily noted"
		}
		if e := t.mem.sameIssuer(p.lower); e != nil {
			return e // "a post from August 15 reads" after "a post from the ministry"
		}
		return unnamed
	}
	if !p.pronoun {
		// "the ministry" is the last body whose name holds the noun; "the
		// spokesman" the last person given that title ("spokesman Yang
		// Yi", "Yang Yi, the spokesman").
		if k > 0 && t.view(i).plainWord(k-1) && slices.Contains(p.refers, claimx.Person) {
			if r, ok := t.mem.roles[t.view(i).wordAt(k-1)+" "+p.lower]; ok {
				return r.entity // "the commission president" after "European Commission President Ursula von der Leyen", not the last president
			}
		}
		if k > 0 && t.view(i).nationality(k-1) && slices.Contains(p.refers, claimx.Person) {
			if e := t.mem.ofState(t.view(i).items[k-1].lower); e != nil {
				return e // "the Japanese minister" after "his Japanese counterpart Takeshi Iwaya", not the last minister
			}
		}
		state := ""
		if s := t.view(i).items[max(k-1, 0)]; k > 0 && s.kind == entityItem && s.entity.Type == claimx.GPE && slices.Contains(p.refers, claimx.Person) {
			state = t.view(i).stateOf(k - 1)
			if e := t.mem.ofStateName(state, p.lower); e != nil {
				return e // "the US president" after "US President Joe Biden", not the last president
			}
		}
		if place := t.view(i).placeOfOffice(k); place >= 0 && state == "" && slices.Contains(p.refers, claimx.Person) {
			// "the foreign minister of Japan" is the one the text titled
			// with Japan, and never one it titled with another state.
			state = t.view(i).stateOf(place)
			if e := t.mem.ofStateName(state, p.lower); e != nil {
				return e
			}
		}
		if e := t.view(i).holderBefore(k, fits); e != nil {
			return e // "after the Central Committee’s plenum, the committee called for": its own claim names it nearest
		}
		if e := t.outlet(i, p); e != nil {
			return e // "the news agency says" after "…, Reuters reports", not the ministry it reported on
		}
		if lexicon.OutletNouns.Has(p.lower) && lexicon.ReferringNouns.Types(p.lower) == nil {
			// "the daily said" names an outlet: one whose name holds the
			// noun (China Daily), else the last the text named however
			// far back, else one it does not name; never the body last
			// heard
			if r := t.mem.referent(p); r.entity != nil {
				return r.entity
			}
			if o := t.mem.lastOutlet.entity; o != nil {
				return o
			}
			return unnamed
		}
		if r := t.mem.referent(p); r.entity != nil && !t.namedSince(i, r, fits, p.lower) && !t.view(i).qualifiedApart(k, r.entity) &&
			!(state != "" && t.mem.otherState(r.entity, state)) {
			return r.entity
		}
		// An office of a body named before it ("Huawei’s chief executive")
		// is that body's, not the person last quoted.
		office := t.view(i).officeHolder(k) >= 0 || t.view(i).officeOfPlaceAfter(k)
		if p.unnamed && !office {
			if e := t.mem.lastSpeaker; e != nil && e != unnamed && isPerson(e) && slices.Contains(p.refers, claimx.Person) {
				return e // "“…,” Mr Zhang said. … In the statement, the Chinese official argued"
			}
			return unnamed // "the official said", with no official named or quoted before
		}
		if e := t.namedNext(i, fits, p.lower); e != nil {
			return e
		}
		if office || t.view(i).officeOfTitle(k) {
			return unnamed // "China’s commerce minister warned", "The Prime Minister’s spokesman said", "the governor of Ohio said", whom the text does not name
		}
		if slices.Equal(p.refers, bodies) && !lexicon.AnyBodyNouns.Has(p.lower) {
			// "the ministry" is a ministry: no body named before whose
			// name lacks the noun, as Huawei in "Huawei reported record
			// revenue. The ministry said …", but one the text does not
			// name, when it heads its clause as a subject does (in "left
			// the office without saying" it is no speaker)
			if t.view(i).opensClause(k) || t.view(i).voiceLinked(k) {
				return unnamed
			}
			return nil
		}
	}
	closing := t.view(i).closingSubject(k)
	if e := t.view(i).subject(fits, k); e != nil && !closing {
		return e
	}
	// The subject of a closing cue ("…, she added") goes on with the
	// speaker of the nearest claim that has one, past sentences between
	// that name others; held is what those sentences would give it
	// should that speaker not fit.
	var held *claimx.Entity
	holding := false
	for j := range t.recent(i) {
		if e := t.speakers[j]; e != nil && closing {
			if e != unnamed && fits(e) {
				return e
			}
			if holding {
				return held
			}
			closing = false
		}
		if e := t.speakers[j]; e != nil && (fits(e) || e == unnamed && p.pronoun || p.lower == "it" && t.byDocument[j] || t.byVoice[j] && personal(p)) {
			// "he said" after "the employee said" is the employee again, "it
			// found" after "a study found" the study, "It also calls for"
			// after "The document states" the document's issuer; but "he"
			// is none of "diplomats", nor anyone named before them
			if e == unnamed && singular(p.lower) && pluralSource(t.a.Claims[j].SpeakerMention) {
				return nil
			}
			return e
		}
		if e, ok := t.namedIn(j, p, fits); ok {
			if !closing {
				return e
			}
			if !holding {
				held, holding = e, true
			}
		}
	}
	if holding {
		return held
	}
	if e := t.mem.lastPerson; p.pronoun && e != nil && fits(e) {
		return e // "“…,” he argued" under a crosshead, or after a body's words: the person last quoted before it
	}
	if e := t.people.one(); personal(p) && e != nil && fits(e) {
		return e // "Ana Ruiz poured the tea. … He added that …": no one else for "he" to be
	}
	if !p.pronoun && lexicon.BodyVoices.Has(p.lower) && t.view(i).opensClause(k) {
		return t.voiceOf(i, k, p.lower) // "The spokesperson said", given no one: as "a spokesperson said"
	}
	return nil
}

// sectionPeople is what Tag has read of the people named in the section of
// the claim it works on, in the claims before that one: the one person
// they name, which "he" or "she" can stand for when the claims right
// before name no one (a feature's scene: "Ana Ruiz poured the tea. The
// cups were small. … He said that …"). It is kept as Tag goes, so that
// no claim reads back over the whole section.
type sectionPeople struct {
	// only is the person the section's first claim naming one names last.
	only *claimx.Entity
	// several marks a section that has named two people or more.
	several bool
}

// add reads the people named in v, the claim Tag has just done.
func (s *sectionPeople) add(v *view) {
	var last *claimx.Entity
	for _, it := range v.items {
		if it.kind != entityItem || !isPerson(it.entity) {
			continue
		}
		if ref := cmp.Or(s.only, last); ref != nil && canonical(ref) != canonical(it.entity) {
			s.several = true
		}
		last = it.entity
	}
	if s.only == nil {
		s.only = last
	}
}

// one returns the one person the section has named so far, nil if it has
// named none or several.
func (s *sectionPeople) one() *claimx.Entity {
	if s.several {
		return nil
	}
	return s.only
}

// namedIn returns what the pronoun or referring noun p finds in claim j
// that names no fitting speaker, and whether it finds anything there: the
// subject of the claim, or else its last fitting name; for "it", nil after
// a body the claim names by a noun ("The ministry disagreed. It said …":
// the nearer body, which no one names).
func (t *attributor) namedIn(j int, p item, fits func(*claimx.Entity) bool) (*claimx.Entity, bool) {
	if e := t.view(j).subject(fits, len(t.view(j).items)); e != nil {
		return e, true
	}
	if e := t.view(j).lastEntity(fits); e != nil {
		return e, true
	}
	return nil, p.lower == "it" && t.view(j).bodySubject()
}

// closingSubject reports whether item k is the subject of the cue that
// closes the claim ("…, she said in a statement"): the names before it are
// in what was said, and a pronoun there goes back to a speaker before the
// claim, not to a name it reports on ("This will be Lin Tao’s first
// visit, she said").
func (v *view) closingSubject(k int) bool {
	c := v.closingCue()
	return c >= 0 && v.subjectBefore(v.cues[c].from) == k
}

// holderBefore returns the entity of a fitting type named last before the
// referring noun at k in the same claim whose name holds the noun ("the
// Foreign Ministry … the ministry"), nil if none: memory holds only the
// claims before, and a name in the sentence itself is nearer than any of
// theirs. A name qualified apart from the noun ("the foreign ministry"
// after "the Ministry of Commerce") is another body.
func (v *view) holderBefore(k int, fits func(*claimx.Entity) bool) *claimx.Entity {
	noun := v.items[k].lower
	for j := k - 1; j >= 0; j-- {
		it := v.items[j]
		if it.kind != entityItem || !fits(it.entity) || v.qualifiedApart(k, it.entity) {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(canonical(it.entity))) {
			if w == noun {
				return it.entity
			}
		}
	}
	return nil
}

// accordingTo reports whether item k is the object closing the phrase
// "according to": "according to him, …".
func (v *view) accordingTo(k int) bool {
	return k >= 2 && v.wordAt(k-2) == "according" && v.wordAt(k-1) == "to" && (k+1 == len(v.items) || v.items[k+1].kind == punctItem)
}

// quotedPronoun reports whether the word at k is the object of a quoting
// verb before "as": "the daily quoted him as saying".
func (v *view) quotedPronoun(k int) bool {
	return k >= 1 && k+1 < len(v.items) && v.items[k+1].lower == "as" && v.items[k-1].kind == wordItem && quotingVerb(v.items[k-1].lower)
}

// bodySubject reports whether a clause of the claim opens with a noun for
// a body ("The ministry disagreed."), which "it" after it stands for before
// any speaker of the claims before it.
func (v *view) bodySubject() bool {
	for k, it := range v.items {
		if !it.pronoun && slices.Contains(it.refers, claimx.Org) && v.opensClause(k) {
			return true
		}
	}
	return false
}

// spokesperson reports whether the speaker item k is a person's role that
// speaks for a body (lexicon body-voices and a title): "a spokesman",
// "the spokeswoman", not "the office".
func (v *view) spokesperson(k int) bool {
	it := v.items[k]
	return it.kind == wordItem && lexicon.BodyVoices.Has(it.lower) && isTitle(it.lower)
}

// personal reports whether p is "he" or "she", which stand for a person
// and so for the spokesperson who gave a body's words, never for the body.
func personal(p item) bool {
	return p.pronoun && (p.lower == "he" || p.lower == "she")
}

// throughBody reports whether the speaker item k speaks through a
// document or an office: "the statement", "his office", "Lee’s office".
func (v *view) throughBody(k int) bool {
	it := v.items[k]
	return it.document || it.held || it.possessive && k+1 < len(v.items) && lexicon.BodyVoices.Has(v.items[k+1].lower)
}

// voiceLinked reports whether the referring noun at k names the body a
// spokesperson before it speaks for: "a spokesperson for the foreign
// ministry said", "a spokesman at the embassy".
func (v *view) voiceLinked(k int) bool {
	for j := k - 1; j > 0 && j >= k-2-modifierWords; j-- {
		switch it := v.items[j]; {
		case lexicon.TitleLinks.Has(it.lower):
			return v.items[j-1].voice
		case !lexicon.Determiners.Has(it.lower) && !v.plainWord(j):
			return false
		}
	}
	return false
}

// stemLength is how much of a qualifying word a name must hold for the
// two to agree: "defence" and "Defense", "foreign" and "Foreign Affairs".
const stemLength = 5

// qualifiedApart reports whether the referring noun at k is qualified by a
// word the name of e, a body, lacks: "the foreign ministry" is not the Ministry of
// Commerce named before, nor "the coast guard" the National Guard, where
// "the commerce ministry" is the Ministry of Commerce.
func (v *view) qualifiedApart(k int, e *claimx.Entity) bool {
	if k == 0 || e.Type == claimx.Person || !v.plainWord(k-1) {
		return false // a title qualifies its holder, not their name: "the prime minister"
	}
	q := v.items[k-1].lower
	q = q[:min(len(q), stemLength)]
	return !strings.Contains(strings.ToLower(canonical(e)), q) && !strings.Contains(strings.ToLower(e.Mention), q)
}

// namedSince reports whether a noun for a body of any kind ("the company",
// "the group") has a nearer antecedent than r, the last body whose name
// holds the noun: another fitting body named in the few claims after r's
// and before claim i. "The company said" is Whole Foods in "Besecker
// Trading Company buys halibut. … Whole Foods plans 300 promotions. The
// company also said …", however the older name ends.
func (t *attributor) namedSince(i int, r mention, fits func(*claimx.Entity) bool, noun string) bool {
	if !lexicon.AnyBodyNouns.Has(noun) {
		return false
	}
	for j := range t.recent(i) {
		if j <= r.claim {
			break
		}
		if e := t.view(j).lastEntity(fits); e != nil && e != r.entity {
			return true
		}
	}
	return false
}

// namedNext returns a person of a fitting type the text names after claim
// i as the speaker it first gave by role alone: the one the next few
// claims give the same role, in the paragraph or the two after it ("A
// foreign ministry spokeswoman complained … ¶ The spokeswoman, Hua
// Chunying, declined …", "…, a spokesman said. ¶ An Fengshan, spokesman
// for the office, …"); failing that, the name that opens the next claim of
// the paragraph ("“…,” the minister said. Wang Yi, speaking in Beijing,
// added …"), or, when claim i ends its paragraph, the person who speaks in
// the first claim of the next, as a news lede gives the office and the
// paragraph after it the name ("The Solomon Islands prime minister is
// adamant … ¶ In Parliament, Manasseh Sogavare confirmed …"), or who
// closes the quotation of several claims that opens it. It returns
// nil if there is none. role is the noun the speaker was given.
func (t *attributor) namedNext(i int, fits func(*claimx.Entity) bool, role string) *claimx.Entity {
	claims := t.a.Claims
	for j := i + 1; j < len(claims) && j <= i+cataphoraClaims && claims[j].Section == claims[i].Section &&
		claims[j].Paragraph <= claims[i].Paragraph+cataphoraParagraphs; j++ {
		v := t.view(j)
		for k, it := range v.items {
			if it.kind == entityItem && fits(it.entity) && v.candidate(k) && slices.Contains(v.roleWords(k), role) {
				return it.entity
			}
		}
	}
	if i+1 >= len(claims) || claims[i+1].Section != claims[i].Section || claims[i+1].Paragraph > claims[i].Paragraph+1 {
		return nil
	}
	v := t.view(i + 1)
	if claims[i+1].Paragraph > claims[i].Paragraph {
		if claims[i].Paragraph > claims[0].Paragraph+1 {
			return nil // only a lede gives the office first and the name after
		}
		if q := t.runs.opening(i + 1); q >= 0 && len(v.cues) == 0 {
			// a quotation of several sentences names its speaker after
			// the last: "“… means?’ You can use your imagination,” Xiao
			// Qian said."
			cl := t.runs.quotes[q].Claims
			v = t.view(cl[len(cl)-1])
		}
		return v.personSpeaking(fits, role)
	}
	for k, it := range v.items {
		if it.kind == entityItem {
			if fits(it.entity) && v.candidate(k) && v.phraseStart(k) == 0 {
				return it.entity
			}
			return nil
		}
	}
	return nil
}

// cataphoraClaims and cataphoraParagraphs are how far after a speaker given
// by role alone the text may give the person that role.
const (
	cataphoraClaims     = 4
	cataphoraParagraphs = 2
)

// personSpeaking returns the person of a fitting type named as the speaker
// of the claim's first usable cue, nil if that cue has none or gives the
// person a title other than role ("Treasury Secretary Steven Mnuchin"
// after "the spokeswoman").
func (v *view) personSpeaking(fits func(*claimx.Entity) bool, role string) *claimx.Entity {
	for _, c := range v.cues {
		if !v.usable(c) {
			continue
		}
		k := v.speakerOf(c)
		if k < 0 || v.items[k].kind != entityItem || !isPerson(v.items[k].entity) || !fits(v.items[k].entity) {
			return nil
		}
		for _, w := range v.roleWords(k) {
			if w != role && isTitle(w) {
				return nil
			}
		}
		return v.items[k].entity
	}
	return nil
}

// itemKind is what an item of a view is.
type itemKind uint8

const (
	wordItem itemKind = iota
	punctItem
	entityItem
	quoteItem // a whole quotation, marks included
	parenItem // a whole parenthesis or bracket, citations included
)

// item is one unit of a claim as the attribution grammar reads it.
// Its one-byte fields come in two runs, kind and possessive first, the
// other flags last, so that each run fills a single word: a claim holds
// an item every few runes, and every claim's are kept for the article.
type item struct {
	kind itemKind
	// possessive marks a name or referring noun with ’s: "Nvidia’s CEO",
	// "the ministry’s view"; lower is then the noun alone.
	possessive bool
	start, end int    // rune offsets in the claim text
	text       string // as written, for words and punctuation
	lower      string
	entity     *claimx.Entity // for entityItem
	// refers is set on pronouns and referring nouns: the entity types they
	// can stand for.
	refers  []claimx.EntityType
	pronoun bool // a personal or possessive pronoun, not a referring noun
	// document marks a definite document noun ("the statement", "the
	// White Paper", "the posts"), which speaks for the body that issued it.
	document bool
	// unnamed marks a noun that stands for a speaker the text does not
	// name: "officials", "the employee".
	unnamed bool
	// voice marks an unnamed source who speaks for a body: "a spokesman".
	voice bool
	// held marks a voice after a possessive determiner, which speaks for
	// whom the determiner stands for: "his office", "its spokesperson".
	held bool
	cue  bool // part of a reporting cue
	// label marks a quotation that names a thing, nobody's words: "the
	// so-called “…”", "the “six assurances”" (see labelled).
	label bool
}

// view is a claim read as items, with its cues.
type view struct {
	claim *claimx.Claim
	runes []rune
	items []item
	// text finds where a rune of the claim starts in its text.
	text locate.Offsets
	cues []cue
	// speakers are the speakers of cues, index for index, as resolveCues
	// found them; a cue that does not report speech where it stands has none.
	speakers []speaker
}

// newView reads claim c as a view. Its items are built in build, which
// newView returns for the next claim's, and the view keeps a copy of
// just their length: build has room for an item every four runes, more
// than English prints (about one every seven), so that the items are
// rarely grown and copied; a view is kept only while Tag's window holds it.
func newView(c *claimx.Claim, build []item) (view, []item) {
	v := view{claim: c, runes: []rune(c.Text), text: locate.Offsets{Text: c.Text}}
	v.items = slices.Grow(build[:0], len(v.runes)/4+1)
	opaque := v.nicknamesOut(v.opaqueRegions())
	names := v.freeEntities(opaque)
	// A word ends where a name or an opaque region starts, even without a space.
	stop := make([]bool, len(v.runes)+1)
	for _, r := range opaque {
		stop[r.Start] = true
	}
	for _, e := range names {
		stop[e.Start-c.Start] = true
	}
	oi, ni := 0, 0
	// A list item's marker ("1. “…”", "• …") is layout, not words: a
	// quotation in a numbered list is as bare as one opening a paragraph.
	for i := utf8.RuneCountInString(c.Text[:segment.ItemStart(c.Text, 0)]); i < len(v.runes); {
		// A possessive ’ read with a name may have passed the start of what follows.
		for ni < len(names) && names[ni].Start-c.Start < i {
			ni++
		}
		for oi < len(opaque) && opaque[oi].Start < i {
			oi++
		}
		r := v.runes[i]
		switch {
		case oi < len(opaque) && opaque[oi].Start == i:
			v.items = append(v.items, item{kind: opaque[oi].kind, start: i, end: opaque[oi].End})
			i = opaque[oi].End
			oi++
		case ni < len(names) && names[ni].Start-c.Start == i:
			i = v.addEntity(names[ni])
			ni++
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(v.runes) && !stop[j] && (isWordRune(v.runes[j]) || v.joinsWord(j)) {
				j++
			}
			if v.titleStop(i, j) {
				j++ // "Mr." is one word: "said Mr. Reeves" is no sentence break before the name
			}
			v.addText(wordItem, i, j)
			i = j
		default:
			v.addText(punctItem, i, i+1)
			i++
		}
	}
	v.mergeBodies()
	v.markReferences()
	v.markLabels()
	v.findCues()
	build, v.items = v.items, slices.Clone(v.items)
	return v, build
}

// bodyModifiers is how many lower-case words may stand between a state
// and the noun for one of its bodies: "China’s state security ministry".
const bodyModifiers = 2

// mergeBodies reads as one name a body the text names by its state and a
// common noun, which the entity tagger leaves as words: a possessive place
// or a nationality, at most bodyModifiers lower-case words, then a noun
// for a body ("China’s commerce ministry", "China’s embassy", "the South
// Korean foreign ministry"). The body speaks, not its state: "China’s
// commerce ministry said" is the ministry's statement, named as printed.
func (v *view) mergeBodies() {
	out := v.items[:0]
	for k := 0; k < len(v.items); k++ {
		if end := v.bodyAt(k); end > 0 {
			name := string(v.runes[v.items[k].start:v.items[end].end])
			e := &claimx.Entity{Name: name, Mention: name, Type: claimx.Org,
				Span: claimx.Span{Start: v.claim.Start + v.items[k].start, End: v.claim.Start + v.items[end].end}}
			out = append(out, item{kind: entityItem, entity: e, start: v.items[k].start, end: v.items[end].end})
			k = end
			continue
		}
		out = append(out, v.items[k])
	}
	v.items = out
}

// nameBodies gives a body of view v named by its state and a common noun with a
// qualifier ("China’s commerce ministry", "the Japanese defence ministry")
// the name of the one body the article names in full that holds the noun
// and every qualifier ("Ministry of Commerce", "Ministry of Defense"), as
// news copy names a ministry both ways; a body the article names no other
// way, or two ways that fit, keeps its name as printed.
func (t *attributor) nameBodies(v *view) {
	for k := range v.items {
		it := &v.items[k]
		if it.kind != entityItem || it.entity.Type != claimx.Org || !commonlyNamed(canonical(it.entity)) {
			continue
		}
		if t.bodies == nil {
			t.bodies = t.articleBodies()
		}
		owner := "" // the state whose possessive the body follows: "Japan's coast guard"
		if p := v.items[max(k-1, 0)]; k > 0 && p.kind == entityItem && p.possessive && p.entity.Type == claimx.GPE {
			owner = stateKey(canonical(p.entity))
		}
		if e := fullerBody(canonical(it.entity), owner, t.bodies); e != nil {
			it.entity = e
		}
	}
}

// commonlyNamed reports whether a body's name ends in a common noun for a
// kind of body, as a name given by a state and a noun does: "China’s
// commerce ministry", not "Ministry of Commerce".
func commonlyNamed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	last := name[i+1:]
	return i > 0 && unicode.IsLower([]rune(last)[0]) && slices.Equal(lexicon.ReferringNouns.Types(last), bodies)
}

// articleBodies returns the organisations the entity tagger found in the
// article, once each.
func (t *attributor) articleBodies() []*claimx.Entity {
	out := []*claimx.Entity{}
	seen := map[string]bool{}
	for i := range t.a.Claims {
		for j := range t.a.Claims[i].Entities {
			if e := &t.a.Claims[i].Entities[j]; e.Type == claimx.Org && !seen[canonical(e)] {
				seen[canonical(e)] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// fullerBody returns the one body of bodies whose name holds the last word
// of printed, a body's common noun, and a stem of each lower-case word
// qualifying it, and opens with no other state than printed, or than
// owner, the state whose possessive printed follows: "the Chinese coast
// guard" is not the Philippine Coast Guard, nor is "Japan's coast guard".
// Nil if printed has no qualifier or not one body fits.
func fullerBody(printed, owner string, bodies []*claimx.Entity) *claimx.Entity {
	words := strings.Fields(printed)
	head := words[len(words)-1]
	var stems []string
	for _, w := range words[:len(words)-1] {
		if unicode.IsLower([]rune(w)[0]) {
			stems = append(stems, w[:min(len(w), stemLength)])
		}
	}
	if len(stems) == 0 {
		return nil
	}
	state := openingState(printed)
	if state == "" {
		state = owner
	}
	var found *claimx.Entity
	for _, e := range bodies {
		name := strings.ToLower(canonical(e))
		if name == strings.ToLower(printed) || !slices.Contains(strings.Fields(name), head) || !allIn(name, stems) {
			continue
		}
		if other := openingState(canonical(e)); state != "" && other != "" && other != state {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// openingState is the state whose name or adjective opens a body's name,
// in one word or two ("Philippine Coast Guard", "South Korean foreign
// ministry", "China’s commerce ministry"), as stateKey gives it; "" if
// none does.
func openingState(name string) string {
	words := strings.Fields(name)
	for n := min(2, len(words)); n > 0; n-- {
		w := strings.Join(words[:n], " ")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if lexicon.StateAdjectives.Has(strings.ToLower(w)) {
			return stateKey(w)
		}
	}
	return ""
}

// allIn reports whether s holds every one of parts.
func allIn(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// bodyAt returns the last item of a body named by its state from item k
// (see mergeBodies), 0 if none starts there.
func (v *view) bodyAt(k int) int {
	it := v.items[k]
	state := it.kind == entityItem && it.possessive && it.entity.Type == claimx.GPE
	from := k + 1
	for !state && from < len(v.items) && v.nationality(from-1) {
		if !v.nationality(from) {
			state = true // "Chinese", "South Korean"
		}
		from++
	}
	if !state {
		return 0
	}
	for j := from; j < len(v.items) && j <= from+bodyModifiers; j++ {
		w := v.items[j]
		if w.kind != wordItem || !unicode.IsLower([]rune(w.text)[0]) {
			return 0
		}
		if t := lexicon.ReferringNouns.Types(w.lower); len(t) == 1 && t[0] == claimx.Org && lexicon.Singular(w.lower) == "" {
			if j+1 < len(v.items) && v.plainWord(j+1) && !v.verbAfterName(j) {
				return 0 // "China’s embassy staff": the noun qualifies another
			}
			return j
		}
		if !v.plainWord(j) {
			return 0
		}
	}
	return 0
}

// nationality reports whether item k is a capitalised adjective of a
// state or a word of one: "Chinese", "South", "Korean".
func (v *view) nationality(k int) bool {
	it := v.items[k]
	return it.kind == wordItem && unicode.IsUpper([]rune(it.text)[0]) && lexicon.Adjectives.Has(it.lower)
}

// stateAdjective returns the first item of the state's adjective printed
// right before item k, in one word or two ("Chinese", "South Korean"), -1
// if none stands there.
func (v *view) stateAdjective(k int) int {
	for from := max(k-2, 0); from < k; from++ {
		adj := true
		for j := from; j < k; j++ {
			adj = adj && v.nationality(j)
		}
		if adj && lexicon.StateAdjectives.Has(string(v.runes[v.items[from].start:v.items[k-1].end])) {
			return from
		}
	}
	return -1
}

// addText adds the runes [from, to) as an item whose text is sliced from
// the claim's, not built from its runes: a view is made of every claim and
// words are most of its items.
func (v *view) addText(kind itemKind, from, to int) {
	start := v.byteOffset(from)
	text := v.claim.Text[start:v.byteOffset(to)]
	v.items = append(v.items, item{kind: kind, start: from, end: to, text: text, lower: strings.ToLower(text)})
}

// byteOffset returns where rune r starts in the claim's text. Text items
// are added left to right, so the cursor passes over the text once.
func (v *view) byteOffset(r int) int { return v.text.At(r) }

// addEntity adds the name e, with a possessive ’s or plural ’ after it, and
// returns where the item ends.
func (v *view) addEntity(e *claimx.Entity) int {
	it := item{kind: entityItem, entity: e, start: e.Start - v.claim.Start, end: e.End - v.claim.Start}
	rs, n := v.runes, len(v.runes)
	wordAt := func(i int) bool { return i < n && isWordRune(rs[i]) }
	if j := it.end; j < n && (rs[j] == '’' || rs[j] == '\'') {
		switch {
		case j+1 < n && unicode.ToLower(rs[j+1]) == 's' && !wordAt(j+2):
			it.possessive, it.end = true, j+2
		case unicode.ToLower(rs[j-1]) == 's' && !wordAt(j+1):
			it.possessive, it.end = true, j+1
		}
	}
	v.items = append(v.items, it)
	return it.end
}

// titleStop reports whether the word in runes [from, to) is a capitalised
// title abbreviation whose full stop follows it: "Mr.", "Dr.", "Gen.".
func (v *view) titleStop(from, to int) bool {
	return to < len(v.runes) && v.runes[to] == '.' && unicode.IsUpper(v.runes[from]) &&
		lexicon.TitleAbbreviations.Has(string(v.runes[from:to]))
}

// joinsWord reports whether the rune at j joins two parts of one word:
// an apostrophe or hyphen between letters (don’t, US-China).
func (v *view) joinsWord(j int) bool {
	return strings.ContainsRune("’'-‐", v.runes[j]) && j+1 < len(v.runes) && isWordRune(v.runes[j+1]) && isWordRune(v.runes[j-1])
}

// region is a stretch of a claim read as one opaque item.
type region struct {
	claimx.Span // rune offsets in the claim text
	kind        itemKind
}

// opaqueRegions returns the claim's quotations (with their marks) and
// balanced parentheses and brackets, merged where they overlap, in order.
func (v *view) opaqueRegions() []region {
	var rs []region
	n := len(v.runes)
	for _, q := range v.claim.Quotes {
		s, e := q.Start-v.claim.Start, q.End-v.claim.Start
		if s < 0 || e > n || s >= e {
			continue // not a piece of this claim
		}
		if s > 0 && isQuoteMark(v.runes[s-1]) {
			s--
		}
		if e < n && isQuoteMark(v.runes[e]) {
			e++
		}
		rs = append(rs, region{claimx.Span{Start: s, End: e}, quoteItem})
	}
	var open []int
	for i, r := range v.runes {
		switch r {
		case '(', '[':
			open = append(open, i)
		case ')', ']':
			if k := len(open); k > 0 {
				rs = append(rs, region{claimx.Span{Start: open[k-1], End: i + 1}, parenItem})
				open = open[:k-1]
			}
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Start != rs[j].Start {
			return rs[i].Start < rs[j].Start
		}
		return rs[i].End > rs[j].End
	})
	var out []region
	for _, r := range rs {
		if k := len(out); k > 0 && r.Start < out[k-1].End {
			out[k-1].End = max(out[k-1].End, r.End)
			continue
		}
		out = append(out, r)
	}
	return out
}

// nicknamesOut drops from opaque the quotations that stand inside a
// person's name, words of the name on both sides: the nickname of
// Gilberto “Gibo” Teodoro is how the text names him, no one's words, and
// the name must stay whole to be a subject ("Defense Secretary Gilberto
// “Gibo” Teodoro was blunt. “…,” he said.").
func (v *view) nicknamesOut(opaque []region) []region {
	out := opaque[:0]
	for _, r := range opaque {
		if r.kind != quoteItem || !v.insidePerson(r.Span) {
			out = append(out, r)
		}
	}
	return out
}

// insidePerson reports whether the span s (claim-local runes) lies inside
// a person's name with some of the name before and after it.
func (v *view) insidePerson(s claimx.Span) bool {
	for _, e := range v.claim.Entities {
		if e.Type == claimx.Person && e.Start-v.claim.Start < s.Start && s.End < e.End-v.claim.Start {
			return true
		}
	}
	return false
}

// freeEntities returns the claim's entities that lie outside every opaque
// region (a name inside a citation or a quotation is not a speaker), in text
// order and without overlaps. Of two names that start together the longer
// comes first and stands for the words: a body the tagger names by its
// state and a noun holds the state's mention ("China’s embassy in Manila"
// over "China"), and only the whole name carries what the tagger read past
// the noun (the host place of an embassy).
func (v *view) freeEntities(opaque []region) []*claimx.Entity {
	var out []*claimx.Entity
	for k := range v.claim.Entities {
		e := &v.claim.Entities[k]
		local := claimx.Span{Start: e.Start - v.claim.Start, End: e.End - v.claim.Start}
		if local.Start < 0 || local.End > len(v.runes) || local.Len() <= 0 {
			continue
		}
		inside := false
		for _, r := range opaque {
			inside = inside || r.Overlaps(local)
		}
		if !inside {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Start < out[j].Start || out[i].Start == out[j].Start && out[i].End > out[j].End
	})
	return out
}

// verbOfName reports whether the document noun at k in the -s form is the
// verb of the name right before it, as a singular subject agrees with it
// and a that-clause, a colon or a quotation follows: "Asahi Shimbun
// reports that …", "The ABC reports: “…”"; where "Reuters reports say"
// and "Reuters reports of a deal" are the outlet's reports. The name must
// be its clause's subject ("Beijing dismissed Kyodo reports that …" is
// Beijing's act), and a "that" with a finite verb right after it opens a
// relative clause on the noun ("Kyodo reports that cited officials were
// wrong"), no complement of a verb.
func (v *view) verbOfName(k int) bool {
	if k == 0 || k+2 >= len(v.items) || v.items[k-1].kind != entityItem || v.items[k-1].possessive || lexicon.Singular(v.items[k].lower) == "" || !v.headsClause(k-1) {
		return false
	}
	next := v.items[k+1]
	return next.lower == "that" && !v.finiteVerb(k+2) || next.lower == ":" || next.kind == quoteItem
}

// markReferences marks pronouns and referring nouns ("the ministry",
// "the ministry’s").
func (v *view) markReferences() {
	for k := range v.items {
		it := &v.items[k]
		if it.kind != wordItem {
			continue
		}
		if t := lexicon.Pronouns.Types(it.lower); t != nil {
			it.refers, it.pronoun = t, true
			continue
		}
		if t := lexicon.ObjectPronouns.Types(it.lower); t != nil && (v.accordingTo(k) || v.quotedPronoun(k)) {
			// "according to her, …", "quoted him as saying": the object
			// whose words these are, where "her view" is a possessive's
			// (see resolve) and "told her" names the one spoken to
			it.refers, it.pronoun = t, true
			continue
		}
		noun, possessive := strings.CutSuffix(strings.ReplaceAll(it.lower, "'", "’"), "’s")
		if t := v.heldVoice(k); t != nil {
			if !slices.Contains(lexicon.ReferringNouns.Types(it.lower), claimx.Org) {
				// "his spokesman said": a person the text does not
				// name, where "its spokesperson" speaks for the body
				t = slices.DeleteFunc(slices.Clone(t), func(typ claimx.EntityType) bool { return typ == claimx.Person })
			}
			if len(t) == 0 {
				it.unnamed = true
				continue
			}
			it.refers, it.pronoun, it.held = t, true, true
			continue
		}
		it.unnamed = !possessive && (lexicon.UnnamedSources.HasNoun(it.lower) || groupNoun(it.lower) || v.parties(k)) && v.endsNounPhrase(k) && !v.inName(k)
		if !possessive && lexicon.BodyVoices.Has(it.lower) && v.indefinite(k) && v.endsNounPhrase(k) {
			it.unnamed, it.voice = true, true // "a spokesman said"
		}
		if !possessive && v.someBody(k) {
			it.unnamed = true // "an international tribunal has said", "rights groups say"
		}
		// a noun for a body of any kind after capitalised words ends a
		// name the tagger missed ("The Central Broadcasting Station
		// reported"), where "the Foreign Ministry" may refer to a
		// ministry named before
		t := lexicon.ReferringNouns.Types(noun)
		if t == nil && lexicon.OutletNouns.Has(noun) && v.endsNounPhrase(k) {
			t = bodies // "the daily said", "the weekly reported": an outlet, as "the broadcaster" is, but not "the daily briefing"
		}
		if t != nil && v.definite(k) && !(lexicon.AnyBodyNouns.Has(noun) && v.inName(k)) && (possessive || !v.nameAfter(k)) {
			it.refers, it.lower, it.possessive = t, noun, possessive
		} else if !possessive && v.officeHolder(k) >= 0 {
			it.refers = people
		}
		switch {
		case possessive || !lexicon.Channels.HasNoun(noun):
		case v.definite(k):
			it.refers, it.document = documentIssuers, true
		case v.indefinite(k) && v.endsNounPhrase(k) && !v.verbOfName(k):
			// "a post from August 15 reads", "according to local news
			// reports": the issuer of the last such document, else a
			// source the text does not name.
			it.refers, it.unnamed = documentIssuers, true
		}
	}
}

// officeHolder returns the body or state that the title at k is an office
// of, -1 if none stands right before it, qualifying words aside: news copy
// names an official by office alone ("China’s commerce minister", "the
// Solomon Islands prime minister", "the U.S. ambassador", "Japan’s chief
// cabinet secretary"). The official speaks, not the state (see modifies),
// and the title refers as "the minister" does.
func (v *view) officeHolder(k int) int {
	j := k - 1
	for n := 0; j >= 0 && n < bodyModifiers && v.modifierWord(j); j-- {
		if v.items[j].lower != "and" {
			n++
		}
	}
	if j < 0 || k+1 < len(v.items) && v.items[k+1].kind == entityItem {
		return -1 // "the U.S. ambassador Nicholas Burns": the name speaks
	}
	it := v.items[j]
	if it.kind != entityItem || it.entity.Type == claimx.Person || !isTitle(v.items[k].lower) {
		return -1
	}
	if it.possessive || j > 0 && lexicon.ReferringDeterminers.Has(v.items[j-1].lower) {
		return j
	}
	return -1
}

// officeOfPlaceAfter reports whether the title at k is an office of the
// place named after it by "of": "the governor of Ohio", "the prime
// minister of Japan". Like "Japan’s prime minister", it names an official
// the text may not name.
func (v *view) officeOfPlaceAfter(k int) bool { return v.placeOfOffice(k) >= 0 }

// placeOfOffice is the item of the place the title at k is an office of,
// "the governor of Texas", or -1.
func (v *view) placeOfOffice(k int) int {
	if !isTitle(v.items[k].lower) || v.wordAt(k+1) != "of" {
		return -1
	}
	j := k + 2
	for j < len(v.items) && v.items[j].kind == wordItem && lexicon.Determiners.Has(v.items[j].lower) {
		j++
	}
	if j < len(v.items) && v.items[j].kind == entityItem && v.items[j].entity.Type == claimx.GPE {
		return j
	}
	return -1
}

// modifierWord reports whether item j qualifies the title of an office
// after it: a plain word, or "and" between two ("Japan’s trade and
// industry minister"), which joins them into one modifier.
func (v *view) modifierWord(j int) bool {
	return v.plainWord(j) || v.items[j].lower == "and" && j > 0 && v.plainWord(j-1) && v.plainWord(j+1)
}

// officeOfTitle reports whether the title at k is an office of another
// title's holder, named by that title in the possessive: "the Prime
// Minister’s spokesman", "the President's chief of staff". The holder is
// not the person the text named last.
func (v *view) officeOfTitle(k int) bool {
	if k == 0 || v.items[k-1].kind != wordItem {
		return false
	}
	holder, ok := strings.CutSuffix(strings.ReplaceAll(v.items[k-1].lower, "'", "’"), "’s")
	if v.items[k-1].possessive {
		holder, ok = v.items[k-1].lower, true // a referring noun, its ’s read off
	}
	return ok && isTitle(holder)
}

// holdsOffice reports whether the name at k is the body or state of an
// office named right after it: "China’s" in "China’s commerce minister".
func (v *view) holdsOffice(k int) bool {
	for j := k + 1; j < len(v.items) && j <= k+2+bodyModifiers; j++ {
		if v.items[j].kind == wordItem && isTitle(v.items[j].lower) && v.officeHolder(j) == k {
			return true
		}
		if !v.modifierWord(j) {
			return false
		}
	}
	return false
}

// heldVoice returns, for a voice of a body (lexicon body-voices) after a
// possessive determiner, the types that determiner can stand for ("his
// office", "her spokesman", "its spokesperson"), nil for any other word.
// An office speaks for its holder, person or body; a spokesperson only for
// a body, as the text does not name the one who speaks for a person.
func (v *view) heldVoice(k int) []claimx.EntityType {
	it := v.items[k]
	if k == 0 || v.items[k-1].kind != wordItem || !lexicon.BodyVoices.Has(it.lower) || !v.endsNounPhrase(k) {
		return nil
	}
	return lexicon.Possessives.Types(v.items[k-1].lower)
}

// someBody reports whether the word at k heads an indefinite noun phrase
// naming a body or bodies the text does not name: "an international
// arbitral tribunal", "a court in Shanghai", "rights groups", "Western
// governments". As a subject it is an unnamed source, where
// "the tribunal" refers to one named before.
func (v *view) someBody(k int) bool {
	t := lexicon.ReferringNouns.Types(lexicon.Singular(v.items[k].lower))
	if t == nil {
		t = lexicon.ReferringNouns.Types(v.items[k].lower)
	}
	return len(t) > 0 && t[0] == claimx.Org && !lexicon.Channels.HasNoun(v.items[k].lower) &&
		unicode.IsLower([]rune(v.items[k].text)[0]) && v.indefinite(k) && v.endsNounPhrase(k) && !v.inName(k)
}

// groupNoun reports whether w names people by a plural the text does not
// name one by one: a title ("local leaders", "Taiwanese ministers", "the
// leaders") or a nationality ("Tunisians", "many Americans").
func groupNoun(w string) bool {
	one := lexicon.Singular(w)
	return one != "" && !lexicon.IsTitle(w) && (lexicon.IsTitle(one) || lexicon.Adjectives.Has(one))
}

// parties reports whether the word at k names the parties to talks by a
// state voice in the plural ("the two sides agreed", "both governments
// said"), where "both sides of the Strait" are places.
func (v *view) parties(k int) bool {
	one := lexicon.Singular(v.items[k].lower)
	return one != "" && lexicon.StateVoices.Has(one) && v.wordAt(k+1) != "of"
}

// markLabels marks the quotations that are labels, in text order, so that
// one joined to a label before it is read as one too.
func (v *view) markLabels() {
	for k := range v.items {
		if v.items[k].kind == quoteItem {
			v.items[k].label = v.labelled(k)
		}
	}
}

// inName reports whether the capitalised word at k ends a name the entity
// tagger left as words: "ZeniMax Media", not "media", nor "Many Tunisians"
// after a word capitalised only as it opens the sentence.
func (v *view) inName(k int) bool {
	if k == 0 || !unicode.IsUpper([]rune(v.items[k].text)[0]) {
		return false
	}
	prev := v.items[k-1]
	return prev.kind == wordItem && unicode.IsUpper([]rune(prev.text)[0]) && !lexicon.Common.Has(prev.lower)
}

// documentIssuers are the kinds of entity that issue documents.
var documentIssuers = []claimx.EntityType{claimx.Org, claimx.GPE, claimx.Person}

// bodies is what a referring noun for a body alone can stand for.
var bodies = []claimx.EntityType{claimx.Org}

// modifierWords is how many words may qualify a noun between it and its
// determiner: "the conservation department", "The White Paper".
const modifierWords = 2

// definite reports whether a referring determiner opens the noun phrase
// the noun at k heads, capitalised words and plain lower-case ones aside:
// "the report", "The White Paper", "the conservation department".
func (v *view) definite(k int) bool {
	for j := k - 1; j >= 0 && j >= k-1-modifierWords; j-- {
		it := v.items[j]
		switch {
		case it.kind != wordItem:
			return false
		case lexicon.ReferringDeterminers.Has(it.lower):
			return true
		case unicode.IsUpper([]rune(it.text)[0]):
		case lexicon.Common.Has(it.lower) || preposition(it.lower) || auxiliary(it.lower) || it.possessive:
			return false
		}
	}
	return false
}

// indefinite reports whether the noun at k heads an indefinite noun
// phrase: after "a", "an", "another" or "other", or a plural with no
// determiner ("local news reports"). "this recent post" points to one the
// text has in view; after a name, "a State Council white paper", the
// document is that body's.
func (v *view) indefinite(k int) bool {
	for j := k - 1; j >= 0; j-- {
		it := v.items[j]
		switch {
		case it.kind != wordItem || preposition(it.lower) || connective(it.lower) || auxiliary(it.lower):
			return lexicon.Singular(v.items[k].lower) != ""
		case it.lower == "a" || it.lower == "an" || it.lower == "another" || it.lower == "other":
			return true
		case lexicon.Determiners.Has(it.lower) || it.possessive:
			return false
		}
	}
	return lexicon.Singular(v.items[k].lower) != ""
}

// endsNounPhrase reports whether the word at k heads its noun phrase, as
// a speaker does: nothing but a verb, a preposition, a clause word, a
// participle opening a phrase that qualifies it ("an official representing
// the council") or punctuation follows it ("officials said", "the
// employee, who"), where "official social media account" has the word as
// a modifier, and so has "the official Xinhua news agency": a name right
// after the word is what speaks.
func (v *view) endsNounPhrase(k int) bool {
	if k+1 >= len(v.items) {
		return true
	}
	next := v.items[k+1]
	if next.kind != wordItem {
		return !v.nameAfter(k)
	}
	w := next.lower
	if preposition(w) || connective(w) || auxiliary(w) || lexicon.TitleLinks.Has(w) || v.participle(k+1) || v.qualifiedBy(k+1) {
		return true
	}
	_, _, verb := lexicon.Lemma(w, func(l string) bool { return cueVerbs[l] || lexicon.ThinkingVerbs.Has(l) })
	return verb
}

// nameAfter reports whether a name follows the word at k, which then
// qualifies the name or is its title: "the official Xinhua news agency",
// "the regulator Ofcom".
func (v *view) nameAfter(k int) bool {
	return k+1 < len(v.items) && v.items[k+1].kind == entityItem
}

// qualifiedBy reports whether the word at k opens a phrase qualifying the
// noun before it, an adjective or a participle with its preposition:
// "people familiar with the matter", "sources close to the talks",
// "officials briefed on the plan", "reports seen by Reuters"; but a
// participle with its agent names who issued a document ("documents
// published by the ministry"), which speaks for it.
func (v *view) qualifiedBy(k int) bool {
	if !v.plainWord(k) || k+1 >= len(v.items) {
		return false
	}
	p := v.items[k+1].lower
	w := v.items[k].lower
	return preposition(p) && (p == "with" || p == "to" || strings.HasSuffix(w, "ed") && p != "by" || lexicon.ReceivingVerbs.Has(w))
}

// participle reports whether the word at k is an -ing participle opening
// a phrase, not a noun in -ing: "representing", but not "ruling",
// "meeting" or "briefing", nor an adjective such as "developing".
func (v *view) participle(k int) bool {
	w := v.items[k].lower
	return strings.HasSuffix(w, "ing") && len(w) > 5 && !lexicon.Channels.HasNoun(w) && !lexicon.SpeechNouns.HasNoun(w) &&
		!lexicon.IngAdjectives.Has(w) && !lexicon.Audiences.HasNoun(w) && unicode.IsLower([]rune(v.items[k].text)[0])
}

// quotesStatement reports whether the claim quotes a sentence, as a
// statement is quoted: a quotation opening in upper case with at least
// introducedWords words, not a word or a phrase.
func (v *view) quotesStatement() bool {
	for _, it := range v.items {
		if it.kind == quoteItem && !it.label && v.quotedSentence(it) {
			return true
		}
	}
	return false
}

// onlyQuoted reports whether the claim says nothing outside its quotations
// but punctuation and parentheses.
func (v *view) onlyQuoted() bool {
	quoted := false
	for _, it := range v.items {
		switch it.kind {
		case quoteItem:
			quoted = true
		case wordItem, entityItem:
			return false
		}
	}
	return quoted
}
