package input

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// maxHeaderBlocks bounds how far into a text the header may reach: real
// pages open with skip links, breadcrumbs, a kicker, the title, a by-line,
// a date and an image credit before the first paragraph.
const maxHeaderBlocks = 40

// maxHeaderLine is the most bytes a header block holds; anything longer is
// running text, whatever it looks like.
const maxHeaderLine = 1000

// maxHeaderField is the most bytes a date line or a by-line holds.
const maxHeaderField = 250

// maxHeaderUnits bounds how many lines the header is looked for in.
const maxHeaderUnits = 60

// maxBeforeAnchor is how many sentences may stand before a by-line or date
// line and still leave it in the header: an image caption above the title
// and a standfirst below it.
const maxBeforeAnchor = 2

// lineKind is what a line of the opening of a text is.
type lineKind int

const (
	otherLine     lineKind = iota
	titleLine              // reads as a title
	namesLine              // nothing but people's names: a by-line without "By"
	dateLine               // a publication date, perhaps with a label
	bylineLine             // "By A and B", perhaps with an outlet and a date
	furnitureLine          // page furniture, a caption or credit: passed over
	runningLine            // a sentence: running text, or a caption or standfirst
)

// headerLine is one line of a block near the start of a text: the header
// is read line by line, since texts copied from pages run title, by-line
// and date together without blank lines.
type headerLine struct {
	blk        int // the block it is in
	start, end int // byte offsets of its content in the text
	rest       int // lines of the block from this one on
	text       string
	kind       lineKind
	bullet     bool // a list item: under a title, one of its highlights
}

// header is what the opening lines of a text say about it.
type header struct {
	title     string
	authors   []string
	published time.Time
	// revised says the date held was labelled as a revision ("Updated:
	// …"): a publication date printed beside it replaces it.
	revised bool
	// inferred says the authors held were read from names printed
	// without "By", by the shape of the line they stand on: a by-line
	// that says "By" replaces them.
	inferred bool
	// overTitle says the date held was printed above the title: a page's
	// top prints the day it is read ("Sunday, December 6, 2026") over the
	// masthead, so a date printed under the headline replaces it.
	overTitle bool
	// text is the article's, whose other dates tell the order of day and
	// month in a numeric one ("03/04/2024").
	text string
}

// parseHeader reads the title, authors and date from the lines that open
// the text and returns the blocks from the first line of running text on.
// Real texts print their header in many orders, with page furniture
// (skip links, breadcrumbs, kickers, language menus, image captions and
// credits) before, between and after its lines. The header is anchored on
// its most telling line, a by-line or a date line: the title is the line
// nearest above it that reads as one, and the header runs on below it
// through further by-line, date and furniture lines. Without an anchor, a
// title counts only when running text follows it. Metadata already set
// (from a sidecar or the page) is kept; a title already known can only be
// printed again.
func parseHeader(a *claimx.Article, blocks []block) []block {
	given, titled, dated := a.Authors != nil, a.Title != "", !a.Published.IsZero()
	lines := headerLines(a.Text, blocks)
	passMenus(lines)
	passRepeats(lines)
	passMasthead(lines)
	passCapitalsHeadline(lines)
	body, ok := readHeader(a, blocks, lines)
	// A date alone over everything else, only furniture above it, may be
	// the day the page was read ("Sunday, December 6, 2026" over the
	// masthead) or a blog's day of posting: the header anchored on it
	// dates the text (a date a line under the title prints replaces it),
	// but a title or a by-line it misses, stopping at a standfirst or a
	// caption under the headline, or the outlet's name it takes for the
	// title, is read as if the date were not there.
	if ok && (a.Title == "" || masthead(a.Title) || a.Authors == nil) {
		if k := anchor(lines); k >= 0 && lines[k].kind == dateLine && furnitureAbove(lines, k) < 0 {
			if _, alone := parseDateLine(lines[k].text); alone {
				under := *a
				if _, found := readHeader(&under, blocks, slices.Delete(slices.Clone(lines), k, k+1)); found {
					if (a.Title == "" || masthead(a.Title)) && under.Title != "" && !masthead(under.Title) {
						a.Title = under.Title
					}
					if a.Authors == nil {
						a.Authors = under.Authors
					}
				}
			}
		}
	}
	// A headline printed twice over the text, as the page's title and
	// again as its heading, is the title, whatever label, kicker or
	// caption the reading took for it; a date line right under the
	// heading is the article's, where the day over the page's top may
	// have been read.
	if t := printedTwice(lines); t >= 0 && !titled && !sameText(a.Title, lines[t].text) {
		a.Title = unquoted(lines[t].text)
		if d := skipFurniture(lines, t+1); !dated && d < len(lines) && lines[d].kind == dateLine {
			var own header
			own.take(lines[d].text)
			if !own.published.IsZero() {
				a.Published = own.published
			}
		}
	}
	// A headline printed on both sides of its date or by-line line, under
	// other stories' headlines and dates, is the title, that line dates
	// the article, and the text starts under the second copy.
	if t := printedAround(lines); t >= 0 && !titled {
		a.Title = unquoted(lines[t].text)
		var own header
		own.take(lines[t+1].text)
		if !dated && !own.published.IsZero() {
			a.Published = own.published
		}
		if len(body) > 0 && body[0].start <= lines[t+2].start {
			body = bodyFrom(blocks, lines, skipFurniture(lines, t+3))
		}
	}
	if a.Title == "" {
		a.Title = firstTitle(lines)
	}
	// One line is the title or the by-line, never both: a short headline
	// in title case has a line of names' shape ("Clan Associations",
	// "Harbour Lights and River Songs"), and a line read as both is the
	// headline.
	if !given && titleNames(a.Title, a.Authors) {
		a.Authors = nil
	}
	return body
}

// printedAround is the index of a headline printed again right under its
// date or by-line line, before any running text ("Port talks stall",
// "May 30, 2024 | By Ana Ruiz", "Port talks stall"), as a page prints its
// heading and then its article's title; -1 if no line is.
func printedAround(lines []headerLine) int {
	for j := 0; j+2 < len(lines) && lines[j].kind != runningLine; j++ {
		if lines[j].kind == titleLine && (lines[j+1].kind == dateLine || lines[j+1].kind == bylineLine) &&
			len(strings.Fields(lines[j].text)) >= minHeadlineWords && sameText(lines[j].text, lines[j+2].text) {
			return j
		}
	}
	return -1
}

// printedTwice is the index of the headline printed twice before the
// text, the second time, as a page copied whole prints its title first
// (perhaps with its section and the site's name after a rule: "Port talks
// stall | World | The Harbour Times", or with the trail of sections
// glued before it: "Home World Port talks stall") and then its heading,
// with the by-line, the date or furniture between; -1 if no line is. The first
// copy opens the page, furniture or a notice or two perhaps above it
// ("This content is not available in your region"): a headline of a
// digest's contents printed again over its item is none. A label or a
// name printed twice ("Opinion", a menu's entries) is too short for a
// headline, and a series' dated name over and under its headline is no
// headline either.
func printedTwice(lines []headerLine) int {
	if len(lines) == 0 {
		return -1
	}
	tops := []headerLine{lines[0]}
	for i := skipFurniture(lines, 0); i < len(lines) && len(tops) <= maxTopLines; i = skipFurniture(lines, i+1) {
		tops = append(tops, lines[i])
	}
	for j, l := range lines {
		// The first line may be a copy cut short, a sentence by its
		// ellipsis.
		if j > 0 && l.kind == runningLine && prose(l) {
			break
		}
		if j == 0 || len(strings.Fields(l.text)) < minHeadlineWords || !looksLikeTitle(l.text) || masthead(l.text) || seriesIssue(l.text) {
			continue
		}
		for _, first := range tops {
			// A copy cut short reads as a sentence, on its ellipsis.
			if first.start < l.start && l.kind == titleLine && cutCopy(first.text, l.text) {
				return j
			}
			// One copy at least reads as a headline: a notice a page
			// prints twice ("Showing posts with label …") is furniture
			// both times.
			if first.start >= l.start || first.kind != titleLine && (first.kind != furnitureLine || l.kind != titleLine) {
				continue
			}
			if sameText(first.text, l.text) || ruledAfter(first.text, l.text) {
				return j
			}
			// A copy after the trail of sections is the headline when no
			// other title stands under it: a heading under both copies
			// ("Talks in Colombo", then the date) is the article's own.
			if next := skipFurniture(lines, j+1); crumbsBefore(first.text, l.text) && (next >= len(lines) || lines[next].kind != titleLine) {
				return j
			}
		}
	}
	return -1
}

// crumbsBefore reports whether a line is head with a page's trail of
// sections glued before it, its marks lost in the copy: "Home World Asia
// Port talks stall in Colombo". The trail is a few capitalised words.
func crumbsBefore(line, head string) bool {
	trail, ok := strings.CutSuffix(strings.TrimSpace(line), head)
	words := strings.Fields(trail)
	return ok && len(words) > 0 && len(words) <= maxCrumbWords && strings.HasSuffix(trail, " ") && isCapitalised(strings.TrimSpace(trail))
}

// maxCrumbWords is the most words of a trail of sections glued before a
// headline.
const maxCrumbWords = 4

// cutCopy reports whether a page's first line is its headline cut
// short, as a page's title bar prints it, perhaps with the breadcrumb or
// section glued before it ("HomeWorld NewsPort talks stall in Mom..."):
// the line ends on an ellipsis after the headline's opening words.
// Quotation marks may differ between the copies.
func cutCopy(first, headline string) bool {
	first = strings.TrimSpace(first)
	cut := strings.TrimSuffix(strings.TrimSuffix(first, "…"), "...")
	if cut == first {
		return false
	}
	h, cut := gazetteer.Normalize(headline), gazetteer.Normalize(cut)
	for i := range cut {
		if strings.HasPrefix(h, cut[i:]) {
			return len(strings.Fields(cut[i:])) >= minHeadlineWords
		}
	}
	return false
}

// maxTopLines is how many lines other than furniture may stand over the
// page's title: a notice, a kicker.
const maxTopLines = 2

// ruledAfter reports whether a line opens with head and a rule after it,
// as a page's title prints the site's name after its headline.
func ruledAfter(line, head string) bool {
	if len(line) <= len(head) || !strings.EqualFold(line[:len(head)], head) {
		return false
	}
	rest := line[len(head):]
	return slices.ContainsFunc([]string{" | ", " - ", " – ", " — "}, func(rule string) bool { return strings.HasPrefix(rest, rule) })
}

// titleNames reports whether the title, read as a line of names, gives
// the authors.
func titleNames(title string, authors []string) bool {
	names, ok := parseAuthors(title)
	return ok && authors != nil && slices.EqualFunc(names, authors, sameText)
}

// firstTitle is the first line over the text that has a title's shape and
// is no label, no outlet's name and no name of people, when the header's
// reading finds no title: a headline over a text that follows it in a shape
// the header does not read (a paragraph cut off mid-sentence, a table of
// contents, headings over the first paragraph) is still the text's title;
// "" if no line before the first sentence has that shape. The line stays
// where the header's reading left it, in the body or not.
func firstTitle(lines []headerLine) string {
	for _, l := range lines {
		if l.kind == runningLine || l.kind == otherLine && endsSentence(l.text) {
			break
		}
		if l.kind == titleLine && !label(l.text) && !masthead(l.text) && !breadcrumb.MatchString(l.text) {
			return unquoted(l.text)
		}
	}
	// A headline printed with a full stop opens the text on a line of its
	// own, one short sentence over longer paragraphs: "Ministry denies
	// the port will close." It stays in the body, as a lede may read so.
	if i := skipFurniture(lines, 0); i < len(lines) && stoppedOpening(lines, i) {
		return lines[i].text
	}
	return ""
}

// stoppedOpening reports whether lines[i], the text's first line, is one
// short sentence in a block of its own over a by-line or a date line, the
// running text under them in longer paragraphs: without them it is the
// text's own opening ("Democracy is in trouble.", "Thank you for
// subscribing."). A picture's caption, a
// sentence that quotes or reports in the past tense ("… the minister
// said.") and one that dates what it tells by its weekday ("… met in
// Bergen on Sunday.") are the text's: a headline reports in the present,
// and leaves the day to the text.
func stoppedOpening(lines []headerLine, i int) bool {
	l := lines[i]
	first, _ := utf8.DecodeRuneInString(l.text)
	if l.rest != 1 || l.kind != runningLine && l.kind != otherLine || !unicode.IsUpper(first) || !endsSentence(l.text) ||
		len(strings.Fields(l.text)) > maxStoppedHeadlineWords || len(segment.Sentences(l.text)) != 1 || caption(l.text) || reportsSpeech(l.text) || namesWeekday(l.text) {
		return false
	}
	next, signed := skipFurniture(lines, i+1), false
	for next < len(lines) && (lines[next].kind == namesLine || lines[next].kind == bylineLine || lines[next].kind == dateLine) {
		next, signed = skipFurniture(lines, next+1), true
	}
	return signed && next < len(lines) && lines[next].kind == runningLine && len(lines[next].text) > 2*len(l.text)
}

// passMenus makes a site's menu furniture: a run of lines of a word or two
// each, three of them at least besides the furniture among them ("Home",
// "World", "Asia", "Sign in"), none of them a name, as no header stacks
// that many labels over its headline.
func passMenus(lines []headerLine) {
	entry := func(l headerLine) bool {
		return l.kind == titleLine && strings.Count(strings.TrimSpace(l.text), " ") < maxLabelWords
	}
	for i := 0; i < len(lines); {
		j, entries := i, 0
		for ; j < len(lines) && (entry(lines[j]) || lines[j].kind == furnitureLine); j++ {
			if entry(lines[j]) {
				entries++
			}
		}
		if entries >= minStackedEntries {
			for k := i; k < j; k++ {
				lines[k].kind = furnitureLine
			}
		}
		i = j + 1
	}
}

// minStackedEntries is the fewest entries of a menu printed a line each.
const minStackedEntries = 3

// passRepeats makes a headline printed again under itself furniture, as a
// page prints its title (perhaps with the site's name after a rule) over
// its headline, right under it or with the by-line, the date or the
// outlet's name between: the header has one title line. A copy after
// running text is the text's, quoting the headline.
func passRepeats(lines []headerLine) {
	for i := range lines {
		if lines[i].kind != titleLine {
			continue
		}
		for prev, n := furnitureAbove(lines, i), 0; prev >= 0 && n < maxRepeatGap && lines[prev].kind != runningLine; prev, n = furnitureAbove(lines, prev), n+1 {
			if lines[prev].kind == titleLine && sameText(lines[i].text, lines[prev].text) {
				lines[i].kind = furnitureLine
				break
			}
		}
	}
}

// maxRepeatGap is the most header lines between a headline and its copy:
// a by-line, a date and an outlet's name or a reading time.
const maxRepeatGap = 3

// passMasthead makes the site's name that opens a page ("The Harbour
// Times", "East Asia Forum") furniture when a headline follows it before
// the text: the page's masthead, printed over the skip links, the by-line
// or the kicker that stand between it and the headline, is no title. A
// short title with an outlet's shape ("China's Central Bank") over its
// by-line has no headline under it.
func passMasthead(lines []headerLine) {
	top := skipFurniture(lines, 0)
	if top == len(lines) || lines[top].kind != titleLine && lines[top].kind != namesLine || !masthead(lines[top].text) && !siteNameShape(lines[top].text) {
		return
	}
	for _, l := range lines[top+1:] {
		if l.kind == runningLine {
			return
		}
		if (l.kind == titleLine || l.kind == namesLine && !knownNames(l.text)) && len(strings.Fields(l.text)) >= minHeadlineWords && !label(l.text) && !masthead(l.text) && (masthead(lines[top].text) || siteName(lines[top].text, l.text)) {
			lines[top].kind = furnitureLine
			return
		}
	}
}

// passCapitalsHeadline makes a line in capitals over a standfirst, a
// by-line or a date the headline, where it was read as a label: a page may
// print its headline in capitals, short as a label ("HARBOUR CREWS FEAR COD
// QUOTA"), and what stands under it tells them apart. A label heads a
// headline, one shorter than a standfirst; a headline heads a standfirst,
// a sentence in sentence case longer than any headline, printed without
// its full stop ("Crews say the cut will halve their catch as stocks hit a
// record low"), or the by-line, a known name's without "By" (a short
// title in title case has a name's shape: "Social Credit"), or the date.
// Only lines over the text, the by-line and the date are looked at.
func passCapitalsHeadline(lines []headerLine) {
	for i, l := range lines {
		if l.kind == runningLine || l.kind == bylineLine || l.kind == dateLine || l.kind == namesLine {
			return
		}
		if l.kind != furnitureLine || !allCapitals(l.text) || len(strings.Fields(l.text)) < minCapitalsHeadlineWords || pageFurniture(l.text) || i+1 == len(lines) {
			continue
		}
		next := lines[i+1]
		if next.kind == bylineLine || next.kind == namesLine && knownNames(next.text) || next.kind == dateLine || (next.kind == titleLine || next.kind == otherLine || next.kind == runningLine) && standfirstShape(next.text) {
			lines[i].kind = titleLine
		}
		return
	}
}

// standfirstShape reports whether a line reads as a standfirst printed
// without its full stop: more words than a headline holds, opening on a
// capital, most of them in lower case.
func standfirstShape(line string) bool {
	words := strings.Fields(line)
	first, _ := utf8.DecodeRuneInString(line)
	if len(words) < minStandfirstWords || endsSentence(line) || !unicode.IsUpper(first) {
		return false
	}
	lower := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower*2 > len(words)
}

const (
	// minCapitalsHeadlineWords is the fewest words of a headline in
	// capitals told from a label by the standfirst under it: a label of
	// one or two words ("ANALYSIS", "WORLD NEWS") is never one.
	minCapitalsHeadlineWords = 3
	// minStandfirstWords is the fewest words of a standfirst told by its
	// length from a headline.
	minStandfirstWords = 12
)

// readHeader is parseHeader on the lines given, and reports whether it
// found a header.
func readHeader(a *claimx.Article, blocks []block, lines []headerLine) ([]block, bool) {
	known := a.Title
	h := header{text: a.Text}
	body := -1                       // the index in lines where the body starts
	var standfirst, dek []headerLine // dek: the standfirst between the title and the anchor
	if k := anchor(lines); k >= 0 {
		t, authors := titleAbove(lines[:k], known)
		if t >= 0 {
			h.title, h.authors, h.inferred = lines[t].text, authors, authors != nil
		}
		// Only labels above the by-line ("ABC News", "National"): a
		// headline printed under it is the title, the label otherwise.
		if t >= 0 && known == "" && (label(h.title) || sectionedMasthead(h.title)) {
			h.title = ""
		}
		body = h.readFrom(lines, k, known)
		if h.title == "" && t >= 0 {
			h.title = lines[t].text
		}
		if h.authors == nil && t >= 0 {
			h.authors = namesInCapitals(lines[t+1 : k])
		}
		// A news outlet's name alone under the headline, right over the
		// date, is the by-line's: "Reuters" or "AP News", then "4th
		// March 2019".
		if h.authors == nil && t >= 0 && t < k-1 && lines[k].kind == dateLine && outletCredit(lines[k-1].text) {
			h.takeCredit(lines[k-1].text)
		}
		// The by-line over the headline, a role under it perhaps: "Ana
		// Ruiz", "Senior Fellow, Asia Program", then the title.
		if h.authors == nil && t > 0 {
			if by := furnitureAbove(lines, t); by >= 0 && lines[by].kind == namesLine && knownNames(lines[by].text) {
				h.authors, _ = parseAuthors(lines[by].text)
			}
		}
		// No title above the anchor nor below it: the headline was printed
		// in a shape no title line has.
		if t < 0 && h.title == "" && known == "" {
			if t = printedHeadline(lines[:k]); t >= 0 {
				h.title = lines[t].text
			}
		}
		// Sentences between the title and the by-line or date are the
		// standfirst, kept as the article's unless the body prints it
		// again (printedBelow); those above the title are captions, as is
		// one over its credit line ("Photo: Ana Ruiz/AFP").
		for i := t + 1; t >= 0 && i < k; i++ {
			if l := lines[i]; (l.kind == runningLine || l.kind == otherLine) && (i+1 == k || !creditLine(lines[i+1].text)) {
				dek = append(dek, l)
			}
		}
		// A by-line over the author's note, then the title: "Author: Ana
		// Ruiz", "Ana Ruiz covers trade …", the headline. The note is the
		// article's, as a standfirst is.
		if t < 0 && known == "" && body < len(lines) && lines[body].kind == runningLine && namesAuthor(lines[body].text, h.authors) {
			if i := skipFurniture(lines, body+1); i < len(lines) && (lines[i].kind == titleLine || lines[i].kind == namesLine && !knownNames(lines[i].text)) {
				if next := skipFurniture(lines, i+1); next < len(lines) && lines[next].kind == runningLine {
					standfirst = append(standfirst, lines[body])
					h.title, body = lines[i].text, next
				}
			}
		}
		// A by-line or date under the picture that follows the header
		// ("Image caption, …", then "By Ana Ruiz"): the header goes on
		// there, the caption is passed over, a standfirst is kept.
		if late := h.lateField(lines, body); late > body {
			for _, l := range lines[body:late] {
				if l.kind == runningLine && !caption(l.text) {
					standfirst = append(standfirst, l)
				}
			}
			body = h.readFrom(lines, late, known)
		}
		// The header printed again a few lines on, as a post that reprints
		// an article prints the article's own (the title, its date and
		// by-line): the lines between are the post's note, the article's
		// text; the by-line there names the authors if the first did not.
		if again := printedAgain(lines, body, h.title); again > 0 {
			for _, l := range lines[body:again] {
				if l.kind != furnitureLine {
					standfirst = append(standfirst, l)
				}
			}
			body = h.readFrom(lines, again, known)
		}
	} else {
		i := skipFurniture(lines, 0)
		// A call to act over the page ("Make a charitable donation in
		// support of Ukraine!") is no title and no text.
		for i < len(lines) && callToAct(lines, i) {
			i = skipFurniture(lines, i+1)
		}
		// A by-line above the title: "M. Taylor Fravel" over the headline.
		if next := skipFurniture(lines, i+1); i < len(lines) && lines[i].kind == namesLine && knownNames(lines[i].text) && next < len(lines) && (lines[next].kind == titleLine || lines[next].kind == namesLine) {
			h.authors, _ = parseAuthors(lines[i].text)
			i = next
		}
		// Short labels over the headline: kickers, sections, a poster's
		// name, the outlet's.
		for j := i; j < len(lines) && known == "" && (lines[j].kind == titleLine || lines[j].kind == namesLine && !knownNames(lines[j].text)); {
			next := skipFurniture(lines, j+1)
			if next >= len(lines) || !overHeadline(lines[j].text, lines[next].text) {
				break
			}
			// The headline under them, unless it is one more label over
			// the line after it ("Categories", "Asia China Defense &
			// Security", the headline).
			if lines[next].kind == titleLine && !label(lines[next].text) {
				i = next
				if after := skipFurniture(lines, next+1); after >= len(lines) || !sections.MatchString(lines[next].text) || lines[after].kind != titleLine {
					break
				}
			}
			j = next
		}
		// A by-line alone over the text, no title above it: "Ana Ruiz",
		// then the first paragraph.
		if i < len(lines) && known == "" && bylineOverText(lines, i) {
			h.authors, _ = parseAuthors(lines[i].text)
			body = skipFurniture(lines, i+1)
		} else {
			body = h.titleFrom(lines, i, known)
		}
		// A page's counts and labels over the headline ("6,698", "Views",
		// "CrossRef citations to date"): the headline is the first line
		// after them, before any text, that is no label, runs longer than
		// each of them, and that the text follows as it follows a title.
		longest := 0
		for j := i; body < 0 && known == "" && j < len(lines) && lines[j].kind != runningLine; j++ {
			words := len(strings.Fields(lines[j].text))
			if j > i && words > longest && lines[j].kind == titleLine && !label(lines[j].text) {
				body = h.titleFrom(lines, j, known)
			}
			if lines[j].kind != furnitureLine {
				longest = max(longest, words)
			}
		}
	}
	if body < 0 {
		return blocks, false
	}
	if a.Title == "" {
		a.Title = unquoted(h.title)
	}
	if a.Authors == nil {
		a.Authors = h.authors
	}
	if a.Published.IsZero() {
		a.Published = h.published
	}
	rest := bodyFrom(blocks, lines, body)
	// A standfirst the body prints again, as its lede does, is furniture:
	// the body's copy is the sentence.
	if len(rest) > 0 && dek != nil {
		below := strings.Join(strings.Fields(a.Text[rest[0].start:]), " ")
		dek = slices.DeleteFunc(dek, func(l headerLine) bool { return printedBelow(l.text, below) })
	}
	standfirst = append(dek, standfirst...)
	// A text that closes on its date line ("… mortality rate.", then
	// "Last Update: 2024-04-18") is the sentences above it.
	if len(rest) == 0 && standfirst == nil {
		for _, l := range lines {
			if l.kind == runningLine {
				standfirst = append(standfirst, l)
			}
		}
	}
	var kept []block
	for _, l := range standfirst {
		kept = append(kept, lineBlock(blocks, l))
	}
	return append(kept, rest...), true
}

// printedBelow reports whether the body, its words joined by single
// spaces, prints a standfirst again, word for word up to its closing
// stop, as a lede that repeats the standfirst may go on past it ("… on
// Monday." under the headline, "… on Monday, the ministry said." in the
// body). A line of a few words is a label or a caption, no standfirst.
func printedBelow(line, body string) bool {
	words := strings.Fields(strings.TrimRight(line, ".!? "))
	return len(words) >= minStandfirstWords && strings.Contains(body, strings.Join(words, " "))
}

// titleFrom reads lines[i] as the title when the text follows it as it
// follows a title, with a by-line of plain names, highlights or a few
// lines that are no sentence between them, and returns the index of the
// first line of the body; -1 if lines[i] is no title.
func (h *header) titleFrom(lines []headerLine, i int, known string) int {
	if i >= len(lines) || !(lines[i].kind == titleLine || lines[i].kind == namesLine || stoppedHeadline(lines, i)) || known != "" && !sameText(lines[i].text, known) {
		return -1
	}
	// A news outlet's name alone over the text is the story's credit, no
	// headline: "• Kyodo", "Reuters".
	if e, ok := gazetteer.Default().Lookup(lines[i].text); ok && e.Outlet {
		return -1
	}
	next := skipFurniture(lines, i+1)
	// Lines that are no sentence may stand between the title and the
	// text, as many as sentences may before an anchor: an image's caption
	// ("Ana Ruiz speaking"), a standfirst without a full stop, a
	// highlight, the first entry's heading on a listing page. None is
	// running text.
	text := next
	// A line of plain names under the title is its by-line, known given
	// names or not ("RK Sinha", "MUSHTAQ GHUMMAN"), or a public figure's
	// name, who signs the article or speech ("Wang Yi"). In capitals such
	// a line reads as a label, furniture.
	var authors []string
	credit := "" // a news outlet's name under the title, over the text
	if by := i + 1; by < len(lines) && (lines[by].kind == namesLine || lines[by].kind == furnitureLine) {
		if after := skipFurniture(lines, by+1); after < len(lines) && lines[after].kind == runningLine && signedNames(lines[by].text, lines[after].text) {
			authors, _ = parseAuthors(lines[by].text)
			text = after
		}
	}
	// A news outlet's name alone under the title, right over the text, is
	// the by-line's, crediting the story to it: "• Kyodo", "Reuters".
	if by := i + 1; authors == nil && by < len(lines) {
		name := lines[by].text
		if n, ok := bulletMarker(name); ok {
			name = name[n:]
		}
		if name = strings.TrimSpace(name); outletCredit(name) {
			if after := skipFurniture(lines, by+1); after < len(lines) && lines[after].kind == runningLine {
				credit, text = name, after
			}
		}
	}
	for n := 0; n < maxBeforeAnchor && text+1 < len(lines) && (lines[text].kind == titleLine || lines[text].kind == otherLine || lines[text].kind == namesLine); n++ {
		// Plain names there are the by-line, under a kicker or a
		// standfirst; a body's name ("Harbour Intelligence Service") is
		// passed over.
		if lines[text].kind == namesLine && authors == nil && plainNames(lines[text].text) {
			authors, _ = parseAuthors(lines[text].text)
		}
		text = skipFurniture(lines, text+1)
	}
	// The highlights a headline lists over the text are the article's, as
	// many as there are.
	highlights := next
	for highlights < len(lines) && lines[highlights].bullet && lines[highlights].kind != furnitureLine {
		highlights++
	}
	body := -1
	switch {
	case highlights > next && highlights < len(lines) && lines[highlights].kind == runningLine:
		body = next
	case text < len(lines) && lines[text].kind == runningLine:
		body = text
	default:
		return -1
	}
	// A word alone over the text heads a section of a text whose title
	// went unprinted ("Introduction", "Background", "Understanding"): the
	// text starts where it would under a title, but it is none.
	if !oneWord(lines[i].text) {
		h.title = lines[i].text
	}
	if authors != nil {
		h.authors = authors
	} else if credit != "" {
		h.takeCredit(credit)
	}
	return body
}

// oneWord reports whether a line is one word of a script that sets its
// words apart: no headline in such a script is that short.
func oneWord(line string) bool {
	return !strings.ContainsFunc(line, unicode.IsSpace) && !strings.ContainsFunc(line, isHan)
}

// bylineOverText reports whether lines[i] is a by-line printed over the
// text with no title: people's names, each a known one (knownName), with
// running text right under them that does not
// open with a name of theirs, as an article about a person opens under
// its title, the person's name.
func bylineOverText(lines []headerLine, i int) bool {
	l := lines[i]
	next := skipFurniture(lines, i+1)
	if l.kind != namesLine || allCapitals(l.text) || !plainNames(l.text) || next >= len(lines) || lines[next].kind != runningLine {
		return false
	}
	// Over a wire's dateline ("MANILA — …") names alone, every word
	// capitalised but "and", are the by-line, whatever names they are; a
	// headline runs longer or holds a word in lower case ("Port Deal Signed
	// in Colombo").
	if n, _ := parseDateline(lines[next].text); n > 0 && onlyNames(l.text) {
		return true
	}
	names, _ := parseAuthors(l.text)
	for _, n := range names {
		if !knownName(n) || strings.HasPrefix(lines[next].text, strings.Fields(n)[0]) {
			return false
		}
	}
	return true
}

// unquoted is a title printed whole inside double quotation marks, as a
// post that reprints a story quotes its headline, without them: the
// headline itself. A headline that quotes someone opens or closes on its
// own words ("“We are out of water”: towns plead for help").
func unquoted(title string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		inner, ok := strings.CutPrefix(title, q[0])
		if inner, closed := strings.CutSuffix(inner, q[1]); ok && closed && !strings.ContainsAny(inner, `"“”`) && strings.TrimSpace(inner) != "" {
			return strings.TrimSpace(inner)
		}
	}
	return title
}

// furnitureAbove is the index of the nearest line above lines[i] that is
// not page furniture; -1 if there is none.
func furnitureAbove(lines []headerLine, i int) int {
	for i--; i >= 0 && lines[i].kind == furnitureLine; i-- {
	}
	return i
}

// namesInCapitals is the by-line printed in capitals without "By" between
// a title and its date ("ANA RUIZ AND LI WEI"), which reads as a label, page
// furniture: a line of plain names, as no place or body the gazetteer
// lists is in title case ("ASIA PACIFIC") and no link is ("READ FULL
// STORY"); nil if no line is.
func namesInCapitals(lines []headerLine) []string {
	for _, l := range lines {
		if l.kind == furnitureLine && allCapitals(l.text) && !pageFurniture(l.text) && plainNames(wordsCapitalised(l.text)) {
			names, _ := parseAuthors(l.text)
			return names
		}
	}
	return nil
}

// wordsCapitalised is a line in capitals with each word in title case,
// and joining words in lower case: "ANA RUIZ AND LI WEI" is "Ana Ruiz and
// Li Wei".
func wordsCapitalised(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lower := strings.ToLower(w)
		if lexicon.NameConnectors.Has(lower) {
			words[i] = lower
			continue
		}
		r, size := utf8.DecodeRuneInString(lower)
		words[i] = string(unicode.ToUpper(r)) + lower[size:]
	}
	return strings.Join(words, " ")
}

// callToAct reports whether lines[i] is a line alone in its block that
// calls on the reader: a short sentence ending in an exclamation mark.
func callToAct(lines []headerLine, i int) bool {
	l := lines[i]
	return (i == 0 || lines[i-1].blk != l.blk) && l.rest == 1 && strings.HasSuffix(l.text, "!") && len(strings.Fields(l.text)) <= maxStoppedHeadlineWords
}

// printedAgain is the index of the title printed again from lines[body]
// on, within as many sentences as may stand before an anchor and followed
// by a date or a by-line; 0 if it is not.
func printedAgain(lines []headerLine, body int, title string) int {
	sentences := 0
	for i := body; title != "" && i < len(lines) && sentences <= maxBeforeAnchor; i++ {
		switch l := lines[i]; {
		case sameText(l.text, title):
			if next := skipFurniture(lines, i+1); next < len(lines) && (lines[next].kind == dateLine || lines[next].kind == bylineLine) {
				return i
			}
			return 0
		case l.kind == runningLine || l.kind == otherLine:
			sentences++
		}
	}
	return 0
}

// stoppedHeadline reports whether a line under page furniture is a
// headline printed with a full stop: a short sentence alone in its block
// ("HOME > World", then "Brazil and China: … mark Lula's trip."), shorter
// than an opening paragraph runs. Opening the text, such a line is a
// headline in headline case ("Analysis: Ten Years of Resentment Lead to a
// Purge."), where a first sentence of the text, even a lede full of names
// and titles, leaves its verb in lower case ("Xi Jinping and Vladimir Putin
// met in Moscow on Tuesday."); a lede opening on a dateline is the text's.
func stoppedHeadline(lines []headerLine, i int) bool {
	l := lines[i]
	first, _ := utf8.DecodeRuneInString(l.text)
	return (i > 0 && lines[i-1].blk != l.blk || openingHeadline(l.text)) && l.rest == 1 && (l.kind == runningLine || l.kind == otherLine) && unicode.IsUpper(first) &&
		endsSentence(l.text) && len(strings.Fields(l.text)) <= maxStoppedHeadlineWords && len(segment.Sentences(l.text)) == 1
}

// openingHeadline reports whether a line with nothing over it is printed in
// headline case: most words capitalised, and every word that is no
// function word too, the verb included ("Trains Return", "Putin Met"),
// and no dateline opening it ("BEIJING, June 3 (Xinhua) -- …"). A word in
// capitals before a colon reads as a dateline too, but opens headlines as
// a kicker ("ALL ABOARD: …"), so the case of the rest decides.
func openingHeadline(text string) bool {
	if !titleCase(text) {
		return false
	}
	if n, _ := parseDateline(text); n > 0 && !strings.HasSuffix(strings.TrimSpace(text[:n]), ":") {
		return false
	}
	for _, w := range strings.Fields(text) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !lexicon.Common.Has(strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })) {
			return false
		}
	}
	return true
}

// namesWeekday reports whether a sentence names a day of the week.
func namesWeekday(sentence string) bool {
	return slices.ContainsFunc(strings.Fields(sentence), func(w string) bool {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && lexicon.Weekdays.Has(w)
	})
}

// maxStoppedHeadlineWords is the most words of a headline printed with a
// full stop.
const maxStoppedHeadlineWords = 16

// readFrom reads the header from its anchor lines[k] down, through
// further by-line, date and furniture lines, lines of names (one author a
// line) and the title if it stands below its date, and returns the index of
// the first line of the body.
func (h *header) readFrom(lines []headerLine, k int, known string) int {
	for i := k; i < len(lines); i++ {
		l := lines[i]
		switch {
		case l.kind == bylineLine && runsOn(l.text) && i+1 < len(lines) && h.takeByline(l.text):
			// A by-line that ends on a semicolon, a comma or "and" goes on
			// with more names on the next line: "Authors: Ana Ruiz of the
			// Harbour Institute;" over "Li Wei of Lagos University".
			if names, ok := parseAuthors("By " + lines[i+1].text); ok {
				h.authors = append(h.authors, names...)
				i++
			}
		case l.kind == dateLine || l.kind == bylineLine:
			// The article's own date under the title, bare, labelled or
			// in its by-line, replaces the day printed over the masthead,
			// even a revision's. A date printed with an outlet's name
			// ("VOA News 30/12/2009") is the day of the story a post
			// reprints: the post's date stays.
			if h.overTitle {
				var own header
				own.take(l.text)
				if _, bare := parseDateLine(l.text); !own.published.IsZero() && (bare || l.kind == bylineLine) {
					h.published = time.Time{}
				}
				h.overTitle = own.published.IsZero()
			}
			h.take(l.text)
		case l.kind == namesLine && h.repeatsAuthors(l.text):
			// The by-line's names again, under a portrait or a link.
		case l.kind == namesLine && (i > 0 && h.namesBelow(lines[i-1], l) || h.authors == nil && plainNames(l.text) && knownNames(l.text) && textNext(lines, i+1)) && !subjectTag(lines, i):
			// Names under the header's other lines and right over the
			// text are its by-line when one of them is known as a
			// person's: "Updated: 2016-08-30", then "Tendai Moyo and Liko
			// Kealoha". A title-case phrase there with no such name is a
			// kicker, a series' or a column's name ("Slow Rivers").
			names, _ := parseAuthors(l.text)
			h.inferred = h.inferred || h.authors == nil
			h.authors = append(h.authors, names...)
		case namesAuthor(l.text, h.authors) && h.published.IsZero() && datedNext(lines, i+1):
			// A note on the author between the by-line and the date.
		case l.kind == furnitureLine || sameText(l.text, h.title) || (l.kind == titleLine || l.kind == namesLine) && masthead(l.text):
		case h.title == "" && (l.kind == titleLine || l.kind == namesLine) && (known == "" && !masthead(l.text) || sameText(l.text, known)) && headerOrTextFollows(lines[skipRepeats(lines, i):]):
			h.title = l.text
			h.overTitle = !h.published.IsZero()
		default:
			return i
		}
	}
	return len(lines)
}

// runsOn reports whether a line ends where a list of names goes on: on a
// semicolon, a comma or "and".
func runsOn(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasSuffix(line, ";") || strings.HasSuffix(line, ",") || strings.HasSuffix(line, " and")
}

// lateField is the index of a by-line or date line that gives what the
// header lacks, printed below it after a picture's caption and credit:
// no more lines than a caption, a credit and a standfirst take, none of
// them longer than a header line; body if there is none.
func (h *header) lateField(lines []headerLine, body int) int {
	if h.authors != nil && !h.published.IsZero() {
		return body
	}
	for i, n := body, 0; i < len(lines) && n <= maxLateLines; i++ {
		l := lines[i]
		switch {
		case l.kind == bylineLine && h.authors == nil:
			var by header
			if by.takeByline(l.text) && by.authors != nil {
				return i
			}
		case l.kind == dateLine && h.published.IsZero():
			return i
		case len(l.text) > maxHeaderField || l.kind == dateLine || l.kind == bylineLine:
			return body
		}
		if l.kind != furnitureLine {
			n++
		}
	}
	return body
}

// maxLateLines is the most lines other than furniture that stand between
// a header and a by-line or date printed under a picture: a caption, its
// credit and a standfirst.
const maxLateLines = 3

// repeatsAuthors reports whether a line of names gives the authors the
// header has already taken.
func (h *header) repeatsAuthors(line string) bool {
	names, _ := parseAuthors(line)
	return h.authors != nil && slices.EqualFunc(names, h.authors, sameText)
}

// onlyNames reports whether a line of names holds nothing else: names of
// two or three words, every word capitalised but the "and" between them.
func onlyNames(line string) bool {
	for name := range strings.SplitSeq(line, " and ") {
		words := strings.Fields(strings.TrimSuffix(name, ","))
		if len(words) < 2 || len(words) > 3 || !isCapitalised(name) {
			return false
		}
	}
	return true
}

// textNext reports whether the first line from i on that is not furniture
// is running text.
func textNext(lines []headerLine, i int) bool {
	i = skipFurniture(lines, i)
	return i < len(lines) && lines[i].kind == runningLine
}

// datedNext reports whether the first line from i on that is not
// furniture is a date line.
func datedNext(lines []headerLine, i int) bool {
	i = skipFurniture(lines, i)
	return i < len(lines) && lines[i].kind == dateLine
}

// namesAuthor reports whether a paragraph names one of the authors by a
// word of their name, as a note on the author does ("Ana covers trade").
func namesAuthor(text string, authors []string) bool {
	for _, a := range authors {
		for _, w := range strings.Fields(a) {
			if len(w) > 2 && containsWord(text, w) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether w stands in text as a word of its own.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = end
	}
}

// namesBelow reports whether a line of names below the line above is a
// by-line: the first one when it opens with a known given name or stands
// right under the title as plain names (a label in title case there, "In
// This Issue", names no one), and each line of names right under one or under
// its role ("Senior Fellow"), one author a line, when its names are
// people's. An outlet's name printed under the
// by-line has a name's shape ("Nordic Policy Review", "Nikkei Asia") and
// is none.
func (h *header) namesBelow(above, l headerLine) bool {
	if h.authors == nil {
		return knownNames(l.text) || sameText(above.text, h.title) && plainNames(l.text) || bareOpener(above.text)
	}
	names, _ := parseAuthors(l.text)
	return (above.kind == namesLine || role(above.text)) && !masthead(l.text) && !slices.ContainsFunc(names, func(n string) bool { return !likelyName(n) })
}

// headerLines splits the blocks that open a text into lines and says what
// each is. A block whose lines were wrapped inside a sentence is one line;
// a block too long for a header ends the list as running text.
func headerLines(text string, blocks []block) []headerLine {
	var lines []headerLine
	sentences := 0 // the header is over once more than maxBeforeAnchor are read
	// A site's menu ("Home", "World", "Sign in") may run to dozens of
	// lines before the headline: its lines and blocks do not count
	// against the header's bounds, up to maxMenuLines.
	read, units := 0, 0
	width := -1 // the text's wrap width, read when a block may wrap to it
	for i := 0; i < len(blocks) && read < maxHeaderBlocks && units < maxHeaderUnits && len(lines) < maxMenuLines && sentences <= maxBeforeAnchor; i++ {
		b := blocks[i]
		t := text[b.start:b.end]
		// The day a page corpus prints before a page's text runs into its
		// first line ("date 2017-09-02 It reminds me …"): a date line of
		// its own, and the block goes on after it.
		if at, end, next := datePrefix(t); next > 0 {
			lines = append(lines, headerLine{blk: i, start: b.start + at, end: b.start + end, rest: b.lines, text: t[at:end], kind: dateLine})
			b.start += next
			t = text[b.start:b.end]
		}
		// A by-line run into the first paragraph as its first sentence
		// ("Written by Ana Ruiz. The port …"): a by-line of its own, and
		// the paragraph goes on after it.
		if next := bylineSentence(t); next > 0 {
			end := len(strings.TrimRight(t[:next], " "))
			lines = append(lines, headerLine{blk: i, start: b.start, end: b.start + end, rest: b.lines, text: t[:end], kind: bylineLine})
			b.start += next
			t = text[b.start:b.end]
		}
		// A sentence wrapped to the text's width from one of the block's
		// lines on is running text from there, whatever shape the line
		// before its break has: a plain text's first sentence wrapped
		// after "… of State" is no headline.
		running, wrapped := len(t) > maxHeaderLine || b.lines > 1 && hardWrapped(t), -1
		if !running && b.lines > 1 {
			if width < 0 {
				width = wrapWidth(text)
			}
			wrapped = wrappedFrom(t, width)
			running = wrapped == 0
		}
		if running {
			lines = append(lines, headerLine{blk: i, start: b.start, end: b.end, rest: b.lines, text: t, kind: runningLine})
			sentences++
			read++
			units++
			continue
		}
		off := b.start
		menu := true
		for n, line := range strings.Split(t, "\n") {
			if n == wrapped {
				start := off + len(line) - len(strings.TrimLeft(line, " \t"))
				lines = append(lines, headerLine{blk: i, start: start, end: b.end, rest: b.lines - n, text: text[start:b.end], kind: runningLine})
				sentences++
				menu = false
				units++
				break
			}
			content := strings.TrimSpace(line)
			start := off + strings.Index(line, content)
			l := headerLine{blk: i, start: start, end: start + len(content), rest: b.lines - n, text: stripEmphasis(content), bullet: b.bullet}
			l.kind = lineKindOf(l.text, b.mdHeading)
			// A by-line wrapped before its last name ("By Ana Ruiz, Li Ming
			// / and Tomas Berg"): the line goes on the one above.
			if k := len(lines) - 1; n > 0 && lines[k].kind == bylineLine && lines[k].blk == i && wrappedName(l.text) {
				lines[k].text += " " + l.text
				lines[k].end = l.end
				off += len(line) + 1
				continue
			}
			// A headline wrapped after a possessive ("Foreign Minister Ana
			// Ruiz’s" over "Press Conference on May 3, 2024"), its next line
			// right under it, in its block or the next: no headline ends
			// on one, so the line goes on the one above as the headline's
			// last words.
			if k := len(lines) - 1; k >= 0 && lines[k].kind == titleLine && endsOnPossessive(lines[k].text) && l.kind == titleLine && lines[k].end <= l.start && strings.Count(text[lines[k].end:l.start], "\n") == 1 {
				if joined := lines[k].text + " " + l.text; lineKindOf(joined, b.mdHeading) == titleLine {
					lines[k].text, lines[k].end = joined, l.end
					off += len(line) + 1
					continue
				}
			}
			// A kicker set off by a rule before the headline: "ANALYSIS |
			// Port talks stall again". The headline is the line's.
			if m := ruledKicker.FindStringSubmatchIndex(l.text); m != nil && l.kind == furnitureLine {
				if rest := l.text[m[2]:]; looksLikeTitle(rest) && !breadcrumb.MatchString(rest) && len(strings.Fields(rest)) >= minHeadlineWords {
					l.start, l.text, l.kind = l.end-len(rest), rest, titleLine
				}
			}
			// The headline with the site's name after a rule, as a page's
			// title prints it: "Port talks stall again | The Harbour Times".
			if head, ok := siteSuffixed(l.text); ok && (l.kind == furnitureLine || l.kind == titleLine) {
				l.end, l.text, l.kind = l.start+len(head), head, titleLine
			}
			// A sentence printed twice in a row is a picture's caption,
			// as its alternative text and its caption: furniture both.
			if n := len(lines); n > 0 && (l.kind == runningLine || l.kind == otherLine) && endsSentence(l.text) && lines[n-1].text == l.text && len(l.text) <= maxCaption && len(segment.Sentences(l.text)) == 1 {
				if prose(lines[n-1]) && !lines[n-1].bullet {
					sentences--
				}
				lines[n-1].kind, l.kind = furnitureLine, furnitureLine
			}
			lines = append(lines, l)
			if prose(l) && !l.bullet {
				sentences++
			}
			if !menuLine(l) {
				menu = false
				units++
			}
			off += len(line) + 1
		}
		if !menu {
			read++
		}
	}
	return lines
}

// endsOnPossessive reports whether a line's last word is a possessive
// ("Ruiz’s", "the Board's"), which the noun it qualifies must follow. A
// plural's ("Workers’") reads as a quotation's close ("‘We Want Our
// Jobs’"), and counts for none; nor does a name the gazetteer lists
// with its possessive, a brand's ("Outside McDonald's").
func endsOnPossessive(line string) bool {
	if !strings.HasSuffix(line, "'s") && !strings.HasSuffix(line, "’s") {
		return false
	}
	_, brand := gazetteer.Default().Lookup(line[strings.LastIndexByte(line, ' ')+1:])
	return !brand
}

// wrappedName reports whether a line is the last name of a by-line
// wrapped before it: "and" or "&", then a person's name.
func wrappedName(line string) bool {
	rest, ok := strings.CutPrefix(line, "and ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "& ")
	}
	return ok && personNames(rest)
}

// siteSuffixed returns the headline of a line that prints the site's name
// after it and a rule ("Port talks stall again | The Harbour Times", "… -
// Reuters", "… — harbourtimes.com"), and whether it does: the name is an
// outlet's, the headline has a title's shape and words enough for one.
func siteSuffixed(line string) (string, bool) {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(line, sep)
		if i <= 0 {
			continue
		}
		head, site := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+len(sep):])
		if (masthead(site) && !stateSource(site) || outlet(site) && !isPlace(site)) && len(strings.Fields(head)) >= minHeadlineWords && looksLikeTitle(head) && !endsSentence(head) && len(segment.Sentences(head)) == 1 && !breadcrumb.MatchString(head) {
			return head, true
		}
	}
	return "", false
}

// stateSource reports whether a body's name after a headline's dash is
// the story's source, which a wire prints there ("… - Chinese Defense
// Ministry", "… – Russian Foreign Ministry"), not the site's name: a
// state's adjective, then a state body's noun at the end. A site's name
// may open with the adjective too, but ends in a masthead's or an
// institute's word ("The Irish Times", "American Enterprise Institute").
func stateSource(name string) bool {
	words := strings.Fields(strings.TrimPrefix(name, "The "))
	first, last := words[0], strings.ToLower(words[len(words)-1])
	return lexicon.StateAdjectives.Has(strings.ToLower(first)) && !isPlace(first) && lexicon.StateBodies.Has(last)
}

// ruledKicker is a kicker set off from a headline by a rule: "ANALYSIS |
// ", "World News | ", "Opinion | ". Group 1 is where the headline starts.
// (A kicker's colon is printed as part of the headline: "EXCLUSIVE: …".)
var ruledKicker = regexp.MustCompile(`^\p{Lu}[\pL&' -]{2,24}\s*\|\s+(\S)`)

// menuLine reports whether a header line may be an entry of a site's menu:
// furniture, or a label of a word or two ("World", "Middle East").
func menuLine(l headerLine) bool {
	return l.kind == furnitureLine || l.kind == titleLine && len(strings.Fields(l.text)) <= maxLabelWords
}

// prose reports whether a header line is a sentence of the text, a
// caption or a standfirst: one that ends in a full stop, or runs on at some
// length. A site's links and prompts are short and stop on no full stop
// ("Sign up or login to join the discussions!", "Sign up to comment").
func prose(l headerLine) bool {
	if l.kind != runningLine && l.kind != otherLine {
		return false
	}
	// A slogan of a few words is no caption and no standfirst: "One app.",
	// "100's of premium titles.".
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l.text, " ”\"’)]"))
	words := len(strings.Fields(l.text))
	return last == '.' && words > maxSloganWords || words >= minProseWords
}

// maxSloganWords is the most words of a page's slogan.
const maxSloganWords = 4

// minProseWords is the fewest words of a header line that counts as a
// sentence of the text or a caption.
const minProseWords = 10

// maxMenuLines bounds the lines read for a header, menus included.
const maxMenuLines = 400

// minWrappedWords is the fewest words a line wrapped inside a sentence
// holds before its break.
const minWrappedWords = 4

// hardWrapped reports whether a block's line breaks fall inside its
// sentences: a line is followed by one in lower case, or stops on a word
// no line of a header ends on.
func hardWrapped(t string) bool {
	lines := strings.Split(t, "\n")
	for i, l := range lines[:len(lines)-1] {
		next := strings.TrimSpace(lines[i+1])
		first, _ := utf8.DecodeRuneInString(next)
		if headerField(next) {
			continue // "by Ana Ruiz" under a title
		}
		// Where the author filed from, under the by-line's names: "Ana
		// Ruiz" over "in Beijing".
		if filedFrom(" "+next) && personNames(strings.TrimSpace(l)) {
			continue
		}
		// A menu's lines are a word or two each ("Sign in", "Log in"): a
		// line wrapped inside a sentence runs on to the width of the page.
		// A by-line or a date ends its line: a label under it in lower
		// case ("Ana Ruiz, Jul 6, 2021" over "feature-top") goes on no
		// sentence.
		// A label in lower case under a sentence's end ("… Ladakh area.
		// (AP)" over "india news") goes on no sentence either.
		if (unicode.IsLower(first) && !endsSentence(l) || endsOnFunctionWord(l) && len(strings.Fields(l)) >= minWrappedWords) && !headerField(strings.TrimSpace(l)) {
			return true
		}
	}
	return false
}

// headerField reports whether a line is a by-line or a date line.
func headerField(line string) bool {
	kind := lineKindOf(line, false)
	return kind == bylineLine || kind == dateLine
}

// lineKindOf says what a line of the opening of a text is.
func lineKindOf(line string, mdHeading bool) lineKind {
	var h header
	short := len(line) <= maxHeaderField
	switch {
	case line == "":
		return furnitureLine
	case short && h.takeByline(line):
		return bylineLine
	case (short || readDateLabel(line).colon) && h.takeDate(line):
		return dateLine
	case short && line != strings.TrimRight(line, fieldRules) && personNames(strings.TrimRight(line, fieldRules)):
		return namesLine // "Ana Ruiz -" over the date: the by-line runs on
	case furniture(line) || role(line) || bareOpener(line):
		return furnitureLine
	case runningText(line) && !questionHeadline(line) || salutation(line) || segment.TurnLabel(line):
		return runningLine
	case namesOnly(line):
		return namesLine
	case mdHeading || looksLikeTitle(line):
		return titleLine
	}
	return otherLine
}

// anchor is the index of the first by-line or date line, or line of names
// under a title, if only page furniture, titles and a few short sentences
// (a caption, a standfirst) come before it; -1 if there is none.
func anchor(lines []headerLine) int {
	sentences, title := 0, ""
	standfirst := false // a title, then sentences of its standfirst alone
	for i, l := range lines {
		switch l.kind {
		case dateLine, bylineLine:
			return i
		case namesLine, titleLine:
			// Names right under a title: known ones, or any over their
			// affiliation, as a paper prints its authors.
			if l.kind == namesLine && title != "" && !sameText(l.text, title) && (knownNames(l.text) || i+1 < len(lines) && affiliation(lines[i+1].text)) {
				return i
			}
			// Names right over the headline, the text under it: the
			// by-line printed first, under the page's menu.
			if next := skipFurniture(lines, i+1); l.kind == namesLine && title == "" && knownNames(l.text) && next < len(lines) && lines[next].kind == titleLine {
				if after := skipFurniture(lines, next+1); after < len(lines) && lines[after].kind == runningLine {
					return i
				}
			}
			// Names under the title's standfirst, the text after them: the
			// by-line of a page that prints no date ("Ana Ruiz" under "The
			// port reopens. Traders cheer.").
			if next := skipFurniture(lines, i+1); l.kind == namesLine && standfirst && knownNames(l.text) && next < len(lines) && lines[next].kind == runningLine {
				return i
			}
			title, standfirst = l.text, false
			continue
		case runningLine, otherLine:
			// A standfirst longer than a caption is one paragraph right
			// under the title with the by-line right under it: "by Ana
			// Ruiz" after the report's summary.
			if next := skipFurniture(lines, i+1); len(l.text) > maxCaption && title != "" && sentences == 0 && next < len(lines) && lines[next].kind == bylineLine && len(l.text) <= maxHeaderLine {
				sentences++
				title, standfirst = "", true
				continue
			}
			if len(l.text) > maxCaption || prose(l) && sentences == maxBeforeAnchor {
				return -1
			}
			if prose(l) {
				sentences++
			}
			standfirst = prose(l) && (title != "" || standfirst)
		}
		if l.kind != furnitureLine {
			title = ""
		}
	}
	return -1
}

// titleAbove finds the title among the lines above the anchor: the known
// title printed again, else the nearest line that reads as a title. A line
// of names right under another title line is the by-line, not the title.
// It returns the title's index in lines, -1 if there is none.
func titleAbove(lines []headerLine, known string) (title int, authors []string) {
	var candidates []int
	for i, l := range lines {
		if l.kind == titleLine || l.kind == namesLine {
			candidates = append(candidates, i)
		}
	}
	if known != "" {
		for _, c := range candidates {
			if sameText(lines[c].text, known) {
				return c, nil
			}
		}
		return -1, nil
	}
	n := len(candidates)
	if n == 0 {
		return -1, nil
	}
	// A label printed under the by-line ("Premium", "Opinion") is neither
	// title nor names: the by-line is the line above it.
	for n > 1 && label(lines[candidates[n-1]].text) && lines[candidates[n-2]].kind == namesLine {
		n--
	}
	// Under a kicker ("Politics"), a line of names that opens with no known
	// given name is the title.
	last, prev := lines[candidates[n-1]], lines[candidates[max(n-2, 0)]]
	if last.kind == namesLine && n > 1 && (knownNames(last.text) || len(strings.Fields(prev.text)) > 3 && plainNames(last.text)) {
		authors, _ = parseAuthors(last.text)
		n--
	}
	return headline(lines, candidates[:n]), authors
}

// printedHeadline is the headline above a by-line or a date when no line
// there has a title's shape: the first line that is no caption, credit or
// label and holds one sentence at most, as a headline printed with a full
// stop, a long question, a headline in capitals or one after a kicker's
// colon ("EXCLUSIVE: …") is; -1 if there is none.
func printedHeadline(lines []headerLine) int {
	for i, l := range lines {
		t := l.text
		if _, rest, ok := strings.Cut(t, ": "); ok && allCapitals(t[:len(t)-len(rest)]) {
			t = rest // "EXCLUSIVE: Port reopens …"
		} else if l.kind == furnitureLine && !allCapitals(t) {
			continue
		}
		// A statement longer than a headline printed with a full stop is
		// the text's first sentence, over its closing date line.
		if len(t) > maxHeaderField || len(strings.Fields(t)) < minHeadlineWords || caption(t) || creditLine(t) || breadcrumb.MatchString(t) ||
			relativeTime.MatchString(t) || len(segment.Sentences(t)) > 1 || strings.HasSuffix(t, ".") && len(strings.Fields(t)) > maxStoppedHeadlineWords {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("“‘\"'", first) {
			return i
		}
	}
	return -1
}

// minHeadlineWords is the fewest words of a headline printed in a shape no
// title line has.
const minHeadlineWords = 4

// headline picks the title among the candidate lines above the anchor: in
// the run of them right above it (furniture between them aside), the
// first that is no short label, since a headline stands over its subtitle
// and an outlet's name ("Reuters") and under a kicker ("Politics"); -1 if
// every candidate is an outlet's name.
func headline(lines []headerLine, candidates []int) int {
	n := len(candidates)
	// An outlet's name alone over a date is no title: the title may stand
	// under the date.
	if !slices.ContainsFunc(candidates, func(c int) bool { return !masthead(lines[c].text) }) {
		return -1
	}
	// A breadcrumb trail ("Home > News") leads to the page's headline
	// under it: a line over the trail is the site's menu, no headline
	// over its subtitle.
	adjacent := func(k int) bool {
		return skipFurniture(lines, candidates[k-1]+1) == candidates[k] &&
			!slices.ContainsFunc(lines[candidates[k-1]+1:candidates[k]], func(l headerLine) bool { return trailMark(l.text) && breadcrumb.MatchString(l.text) })
	}
	first := n - 1
	for first > 0 && adjacent(first) {
		first--
	}
	// In that run, the last group of lines that are no labels: a menu's
	// entries and the headlines of other stories may stand above the
	// labels over this one's ("Video", "Log In", "American Opportunity").
	last := n - 1
	for last >= first && label(lines[candidates[last]].text) {
		last--
	}
	if last < first {
		// Only labels by the anchor ("World News" over the date): the
		// headline is the nearest line above them that is none, across
		// the standfirst or caption between.
		for k := first - 1; k >= 0; k-- {
			if c := lines[candidates[k]].text; !label(c) && !masthead(c) {
				return candidates[k]
			}
		}
		return candidates[n-1]
	}
	// A list's items over a line that is none are other stories'
	// headlines ("- Junta prepares defence of the port"), no headline with
	// its subtitle.
	start := last
	for start > first && !overHeadline(lines[candidates[start-1]].text, lines[candidates[start]].text) && !(lines[candidates[start-1]].bullet && !lines[candidates[start]].bullet) {
		start--
	}
	return bareTitle(lines, candidates[start], candidates[start+1:])
}

// bareTitle is the title among lines[c] and the candidates after it: the
// shortest that lines[c] holds whole, as a page prints its headline again
// with a section, its date or the site's name around it ("Press Releases
// 20th Meeting of …, 22 Dec 2017" over "20th Meeting of …").
func bareTitle(lines []headerLine, c int, after []int) int {
	text := strings.ToLower(lines[c].text)
	best := c
	for _, a := range after {
		t := strings.ToLower(lines[a].text)
		i := strings.Index(text, t)
		if i < 0 || len(strings.Fields(t)) < minHeadlineWords || len(t) >= len(lines[best].text) {
			continue
		}
		// What stands around it is a label before and a date or the
		// site's name after a rule, not more of the headline ("… by the
		// Minister Nakatani(08:29 …)").
		before, rest := text[:i], text[i+len(t):]
		if len(strings.Fields(before)) <= maxLabelWords && (rest == "" || titleSuffix.MatchString(rest) || gluedSite(lines[c].text[len(lines[c].text)-len(rest):])) {
			best = a
		}
	}
	return best
}

// titleSuffix is what a page prints after a headline it repeats: a date or
// the site's name after a comma, a rule or a dash.
var titleSuffix = regexp.MustCompile(`^\s*(?:,|[|–—-]\s)`)

// gluedSite reports whether what a page prints after a headline it repeats
// is an outlet's name run onto it by a dash: "…: MOC-Xinhua".
func gluedSite(rest string) bool {
	site, ok := strings.CutPrefix(rest, "-")
	return ok && (outlet(site) || masthead(site))
}

// label reports whether a line printed by a headline is a short label, no
// headline: a kicker or a section ("Asia Pacific", "Research"), an
// outlet's name ("The Korea Herald", "Taipei Times"), or a name with its
// acronym.
func label(line string) bool {
	return len(strings.Fields(line)) <= maxLabelWords || masthead(line) || acronymed.MatchString(line)
}

// sectionedMasthead reports whether a line is an outlet's name and the
// section a page is in, set off by a rule or a dash: "BBC News -
// Business", "The Harbour Times | World".
func sectionedMasthead(line string) bool {
	fields := headerFields(line)
	if len(fields) < 2 || !masthead(fields[0]) && !outlet(fields[0]) {
		return false
	}
	for _, f := range fields[1:] {
		if len(strings.Fields(f)) > maxLabelWords || !titleCase(f) {
			return false
		}
	}
	return true
}

// overHeadline reports whether a line is a label that a page prints over a
// headline, where it stands in a run of them, though alone by a by-line it
// may be the headline itself ("These Weeks in Firefox: Issue 85"): a site's
// sections or tagline, a series' issue, or a site's name over the longer
// line under it.
func overHeadline(line, under string) bool {
	return label(line) || sections.MatchString(line) || seriesIssue(line) || siteName(line, under) || tagList(line, under)
}

// tagList reports whether a line over a headline is the list of tags a
// page files the story under: three or more names set off by commas, each
// a word or a few capitalised ("China, Southern Cone, United States"), over
// a longer line. A headline's list has words in lower case ("China, the
// Americas, and Lithium").
func tagList(line, under string) bool {
	if strings.Count(line, ", ") < 2 {
		return false
	}
	tags := strings.Split(line, ", ")
	if len(strings.Fields(under)) <= len(strings.Fields(line)) {
		return false
	}
	for _, t := range tags {
		if n := len(strings.Fields(t)); n == 0 || n > maxLabelWords+1 || !isCapitalised(t) || strings.ContainsAny(t, ".:?!") {
			return false
		}
	}
	return true
}

// siteName reports whether a line over a headline is the name of the site
// or the column that prints it, not a short headline over its subtitle: a
// name of a few words, each capitalised but those that join a name's ("The
// Harbour Ledger", "Fortnightly Review", "The Quay Lantern"), with no figure
// and no mark a headline's phrase carries, over a line of more words that
// reads as a headline. Sites head their pages with their names far more
// often than headlines of three words run on in a subtitle.
func siteName(line, under string) bool {
	n := len(strings.Fields(under))
	return n >= minHeadlineWords && n > len(strings.Fields(line))+1 && siteNameShape(line)
}

// siteNameShape reports whether a line has a site's name's shape, whatever
// stands under it: siteName without the headline.
func siteNameShape(line string) bool {
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > maxMastheadWords || strings.ContainsAny(line, "0123456789:?!.,;\"“”‘’'|–—-") {
		return false
	}
	// A headline may open with a question's word ("What the Port
	// Wants"), no site's name does.
	if lexicon.Relatives.Has(words[0]) {
		return false
	}
	// A listing's label ("Latest Policy Briefs") heads the entries under
	// it, which are no headline of the page.
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.NameConnectors.Has(w) || lexicon.Furniture.Has(strings.ToLower(w)) {
			return false
		}
	}
	// A person's name over the headline is its by-line.
	return !knownNames(line)
}

// sections is a list of a site's sections or a tagline of its topics,
// capitalised words joined by an ampersand, a slash or commas: "Policy,
// Politics & Culture", "China / Diplomacy", "Insight & Opinion".
//
// Each pattern's alternatives share one "^" outside them: with an anchor in
// every branch instead, the matcher tries each position of a long line.
var sections = regexp.MustCompile(`^(?:\p{Lu}\pL*(?:(?:,| &| /| and)? \p{Lu}\pL*)*(?: & | / )\p{Lu}\pL*|\p{Lu}\pL*(?:, \p{Lu}\pL*)+,? (?:&|and) \p{Lu}\pL*)$`)

// seriesIssue reports whether a line names a numbered issue of a series,
// perhaps with its date, and nothing after ("Working Paper No. 124
// (January 2019)", "China Brief Volume 21, Issue 3"), or a series' name
// with the day of its issue in brackets ("Foreign Ministry News (January
// 23, 2024)").
func seriesIssue(line string) bool {
	bare := strings.TrimSpace(issueDate.ReplaceAllString(line, ""))
	if _, dated := dateIn(line); dated && bare != line && strings.HasSuffix(line, ")") && masthead(bare) {
		return true
	}
	words := strings.Fields(bare)
	n := len(words)
	if n < 2 || n > maxMastheadWords+3 || !hasDigit(words[n-1]) {
		return false
	}
	w := strings.ToLower(strings.Trim(words[n-2], ".,:#"))
	if lexicon.IssueWords.Has(w) {
		return true
	}
	// "Volume 21, Issue 3": the designator before the number.
	return n >= 4 && lexicon.IssueWords.Has(strings.ToLower(strings.Trim(words[n-4], ".,:#")))
}

// issueDate is the date an issue's line prints after its number: "(January
// 2019)", ", March 2024".
var issueDate = regexp.MustCompile(`\s*(?:\([^()]*\d{4}\)|,\s*(?:\p{Lu}\p{Ll}+\.? )?\d{4})$`)

// acronymed is a name with its acronym after it in brackets, a section's
// or a body's, no headline: "Weapons of Mass Destruction (WMD)".
var acronymed = regexp.MustCompile(`^\p{Lu}[\pL' -]*\((\p{Lu}{2,6})\)$`)

// masthead reports whether a line is an outlet's name: a few words in
// title case that end in an organisation's or a periodical's head ("The
// Korea Herald", "Eastern Sentinel Arunachal News", "The Harbour Letter")
// or open with a body's ("Ministry of Foreign Affairs"), perhaps with
// its edition's place in brackets.
func masthead(line string) bool {
	// An edition's place after the name: "The Harbour Times (Lucknow)".
	if name, place, ok := strings.Cut(line, " ("); ok && strings.HasSuffix(place, ")") && isPlace(strings.TrimSuffix(place, ")")) {
		line = name
	}
	words := strings.Fields(line)
	if len(words) > maxMastheadWords && stateBody(line) {
		return true
	}
	if len(words) < 2 || len(words) > maxMastheadWords || !titleCase(line) {
		return false
	}
	last := words[len(words)-1]
	// A body's name opens with its head too: "Ministry of Foreign Affairs".
	return lexicon.OrgHeads.Has(last) || lexicon.MastheadHeads.Has(last) || lexicon.OrgHeads.Has(words[0]) && lexicon.NameConnectors.Has(words[1])
}

// stateBody reports whether a line is a state's body named with its state,
// as a ministry's or an embassy's pages print it over their headlines:
// "Ministry of Foreign Affairs of the People's Republic of China",
// "Embassy of Japan in …". The body is an outlet's name or one head word,
// the state a place the gazetteer lists.
func stateBody(line string) bool {
	words := strings.Fields(line)
	if !lexicon.OrgHeads.Has(words[0]) {
		return false
	}
	// Every word capitalised but those that join a name's, and "in"
	// before the state an embassy is in.
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.NameConnectors.Has(w) && w != "in" {
			return false
		}
	}
	for i := 1; i < len(words)-1; i++ {
		if words[i] != "of" && words[i] != "in" {
			continue
		}
		head := strings.Join(words[:i], " ")
		if (i == 1 || masthead(head)) && isPlace(strings.Join(words[i+1:], " ")) {
			return true
		}
	}
	return false
}

// maxLabelWords is the most words of a kicker printed by a headline, and
// maxMastheadWords of an outlet's name ("South China Morning Post").
const (
	maxLabelWords    = 2
	maxMastheadWords = 4
)

// skipFurniture returns the index of the first line from i on that is not
// page furniture.
func skipFurniture(lines []headerLine, i int) int {
	for i < len(lines) && lines[i].kind == furnitureLine {
		i++
	}
	return i
}

// skipRepeats returns the index of the first line after lines[i] that
// does not print it again, as a page may print its headline two or three
// times over (the page's title, the headline, a share card's).
func skipRepeats(lines []headerLine, i int) int {
	j := i + 1
	for j < len(lines) && sameText(lines[j].text, lines[i].text) {
		j++
	}
	return j
}

// headerOrTextFollows reports whether the first line after furniture and
// an outlet's name is running text or more of the header, or whether no
// lines are left to tell: a title under its date, not a section heading.
func headerOrTextFollows(lines []headerLine) bool {
	i := skipFurniture(lines, 0)
	// The outlet a post reprints the story from: "New York Times".
	if i < len(lines) && masthead(lines[i].text) {
		i = skipFurniture(lines, i+1)
	}
	return i == len(lines) || lines[i].kind != titleLine && lines[i].kind != otherLine
}

// bodyFrom returns the blocks of the body, which starts at lines[i]: a
// block whose first lines belong to the header is cut where the body
// starts.
func bodyFrom(blocks []block, lines []headerLine, i int) []block {
	if i >= len(lines) {
		if len(lines) == 0 {
			return blocks
		}
		return blocks[lines[len(lines)-1].blk+1:]
	}
	l := lines[i]
	b := blocks[l.blk]
	if l.start == b.start {
		return blocks[l.blk:]
	}
	cut := block{start: l.start, end: b.end, mark: l.start, lines: l.rest}
	return append([]block{cut}, blocks[l.blk+1:]...)
}

// lineBlock is the block of one header line: its own block, or the line
// cut out of the block it is in.
func lineBlock(blocks []block, l headerLine) block {
	if b := blocks[l.blk]; b.start == l.start && b.end == l.end {
		return b
	}
	return block{start: l.start, end: l.end, mark: l.start, lines: 1}
}

// take reads a date line or a by-line into the header, keeping what it
// already has.
func (h *header) take(line string) {
	if !h.takeByline(line) {
		h.takeDate(line)
	}
}

// sameText reports whether two lines say the same, ignoring case and
// spacing.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// takeDate takes a date line ("Updated: 2019-06-18 08:18", "• Date:
// 2019-08-30"), a date that opens a line ("date 2022-07-07 …", "Sat, Jul
// 13, 2024 page 3"), or a date among fields set off by rules and dots
// ("Source: Xinhua| 2017-09-13 20:59:02|Editor: Liangyu", "Sep 12, 2024 ·
// 5 min read").
func (h *header) takeDate(line string) bool {
	// Every date a line may print has a year: most header lines (menus,
	// titles, names) have no digit and are passed over without a pattern.
	if !hasDigit(line) {
		return false
	}
	// A dated dateline opening a report's first sentence ("Thursday
	// September 6, 2018 - President …") is running text: the layout cuts
	// the dateline off the claim.
	if n, date := parseDateline(line); date != "" && runningText(line[n:]) {
		return false
	}
	// Asked first, since a replacement allocates even where nothing matches.
	for _, glued := range []*regexp.Regexp{gluedClock, gluedStamp, gluedRepeat} {
		if glued.MatchString(line) {
			line = glued.ReplaceAllString(line, "$1 $2")
		}
	}
	line = unglueLabel(line)
	if loc := trailingAge.FindStringIndex(line); loc != nil && loc[0] > 0 {
		line = line[:loc[0]]
	}
	// A reading time before the date: "2 min read 27-11-2024".
	if loc := leadingReadTime.FindStringIndex(line); loc != nil && loc[1] < len(line) {
		line = line[loc[1]:]
	}
	d, ok := parseDateLine(line)
	if m := leadingDate.FindStringSubmatch(line); !ok && m != nil {
		d, ok = parseDateLine(m[1])
	}
	// Labelled dates one after the other without a rule: "Posted on :
	// Mar.12,2024 10:30 KST Modified on : Mar.12,2024 11:30 KST".
	if next := nextDateLabel(line); !ok && next > 0 {
		for _, f := range []string{line[:next], line[next:]} {
			if fd, fok := parseDateLine(f); fok {
				h.keepDate(h.inOrder(fd, f), readDateLabel(f).revision)
				ok = true
			}
		}
		if ok {
			return true
		}
	}
	if !ok {
		d, ok = openingDate(line)
	}
	// A labelled date closed by a full stop, other fields after it or
	// none: "Posted on 3 July 2010. Filed under: Week 671 | Tags: …",
	// "Last updated on Mar 3, 2019.".
	if loc := datePhrase.FindStringIndex(line); !ok && loc != nil && (strings.HasPrefix(line[loc[1]:], ". ") || line[loc[1]:] == ".") && readDateLabel(line).end == loc[0] {
		d, ok = parseDateLine(line[:loc[1]])
	}
	// Between rules the date may be any field, each with its own label
	// ("Updated Oct. 4, 2024 | Published Oct. 3, 2024", "JRL 2021-#31 ::
	// Friday, 12 February 2021"); set off by a dot or a dash it opens the
	// line, as "Newsletter 27 - July 6, 2020" is a title.
	if fields := hardRule.Split(line, -1); !ok && len(fields) > 1 {
		for _, f := range fields {
			fd, fok := parseDateLine(f)
			if !fok {
				// A field may hold a labelled date with a time after it:
				// "By ANI | Published: May 3, 2021 01:14 PM".
				fd, fok = openingDate(strings.TrimSpace(f))
			}
			if fok {
				h.keepDate(h.inOrder(fd, f), readDateLabel(f).revision)
				ok = true
			}
		}
		if ok {
			return true
		}
	}
	if fields := headerFields(line); !ok && len(fields) > 1 {
		d, ok = parseDateLine(fields[0])
		// A label set off from its date by a dash, the place filed from
		// after it: "Updated - March 12, 2024 10:30 am IST - NEW DELHI".
		if !ok && lexicon.DateLabels.Has(strings.ToLower(strings.TrimRight(fields[0], ":"))) {
			d, ok = parseDateLine(fields[1])
		}
	}
	// A page's label run into the date: "Logo 14 Jul 2017".
	if first, rest, cut := strings.Cut(line, " "); !ok && cut && lexicon.Furniture.Has(first) {
		d, ok = parseDateLine(rest)
	}
	if !ok {
		return false
	}
	h.keepDate(h.inOrder(d, line), readDateLabel(line).revision)
	// A revision's date may share its line with the publication's, set
	// off by a dot or a dash ("Updated June 2, 2024 · Published May 30,
	// 2024"): the publication's wins.
	if h.revised {
		for _, f := range headerFields(line)[1:] {
			if fd, fok := parseDateLine(f); fok && readDateLabel(f).publication {
				h.keepDate(h.inOrder(fd, f), false)
			}
		}
	}
	return true
}

// inOrder is d, read day first from a numeric date of line that either
// order allows ("03/04/2024"), with day and month swapped when the text
// prints its dates month first.
func (h *header) inOrder(d time.Time, line string) time.Time {
	m := numericDate.FindStringSubmatch(line)
	if m == nil || m[1] == m[3] {
		return d
	}
	first, _ := strconv.Atoi(m[1])
	second, _ := strconv.Atoi(m[3])
	if first > 12 || second > 12 || d.Day() != first || int(d.Month()) != second {
		return d
	}
	// A text that tells neither order is read day first, as most of the
	// world prints it.
	if monthFirst, _ := cite.MonthFirst(h.text); monthFirst {
		return time.Date(d.Year(), time.Month(first), second, 0, 0, 0, 0, time.UTC)
	}
	return d
}

// hardRule sets off fields a header line prints in any order: a rule,
// or a double colon ("JRL 2021-#31 :: Friday, 12 February 2021").
var hardRule = regexp.MustCompile(`\||\s::\s`)

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// keepDate keeps a date the header reads unless it has one already; a
// publication date replaces a revision's.
func (h *header) keepDate(d time.Time, revision bool) {
	if h.published.IsZero() || h.revised && !revision {
		h.published, h.revised = d, revision
	}
}

// openingDate is the date that opens a line whose rest is a short note, no
// sentence: a page number, the article's age, a time ("June 7, 2024 04:47
// PM Age: 2 years").
func openingDate(line string) (time.Time, bool) {
	loc := datePhrase.FindStringIndex(line)
	if loc == nil {
		return time.Time{}, false
	}
	line = gluedYear.ReplaceAllString(line, "$1 $2")
	loc = datePhrase.FindStringIndex(line)
	// After a label and a colon the line is a date line whatever follows
	// ("Posted: August 13, 2013 Filed under: …, Tags: …").
	if l := readDateLabel(line); l.colon && l.end == loc[0] {
		return parseDateLine(line[loc[0]:loc[1]])
	}
	// After a source's lead-in the name is the outlet a text was taken
	// from, and the date its original's, not this page's: "Source: Coast
	// Courier, Wednesday May 29, 2024", "Via Coast Courier May 29, 2024".
	if first, _, _ := strings.Cut(line, " "); !note(line[loc[1]:]) || lexicon.SourceLeadIns.Has(strings.ToLower(strings.TrimRight(first, ":"))) {
		return time.Time{}, false
	}
	if labelClock.MatchString(line[:loc[0]]) || weekdayAfterLabel(line[:loc[0]]) || placeBefore(line[:loc[0]]) || kindBeforeLabel(line[:loc[0]]) || issueBefore(line[:loc[0]]) {
		return parseDateLine(line[loc[0]:loc[1]])
	}
	return parseDateLine(line[:loc[1]]) // with its label and weekday
}

// dateAmidMarks is the full date of a line that prints beside it no more
// than a couple of the marks a page sets around its date, whatever they
// are: a weekday in brackets and a link ("2022.03.15 (Tue) Print"), a page
// count run into it ("[Pages:9]July 12, 2016"), a name its year or day runs
// into ("2022-03-15ZhaoMin"). A title or a sentence has more words than a
// date; a lower-case word or a label beside it ("accessed", "week of",
// "Source:") makes the date another's, which the header's layouts read
// where they can.
func dateAmidMarks(line string) (time.Time, bool) {
	loc := looseDate.FindStringIndex(line)
	if loc == nil || loc[1] < len(line) && hasDigit(line[loc[1]:loc[1]+1]) {
		return time.Time{}, false
	}
	// A name and a comma before the date is a source's and its day, as
	// a reprint or a list of sources prints it ("人民日报, 15 March 2022").
	if strings.HasSuffix(strings.TrimSpace(line[:loc[0]]), ",") {
		return time.Time{}, false
	}
	rest := strings.Fields(line[:loc[0]] + " " + line[loc[1]:])
	if len(rest) > maxDateMarks {
		return time.Time{}, false
	}
	// A label with a colon the header's layouts do not know ("Source:")
	// dates what it labels, not the page.
	for _, w := range rest {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) || strings.HasSuffix(w, ":") || lexicon.AccessCues.Has(strings.ToLower(strings.Trim(w, ".,:"))) {
			return time.Time{}, false
		}
	}
	// So does a preposition or a conjunction right before the date,
	// capitalised as a line's first word ("Since November 9, 1989" under
	// a title is its subtitle); a by-line's "By" before a name is not one.
	if before := strings.Fields(line[:loc[0]]); len(before) > 0 {
		if w := strings.ToLower(before[len(before)-1]); lexicon.Prepositions.Has(w) || lexicon.Conjunctions.Has(w) {
			return time.Time{}, false
		}
	}
	return parseDateLine(line[loc[0]:loc[1]])
}

// maxDateMarks is the most words a line prints beside a date it holds
// with nothing else.
const maxDateMarks = 2

// looseDate is a full date that may run into the words around it: a
// month's name with its day and year, or a year, month and day in numbers.
var looseDate = regexp.MustCompile(`(?:\b\d{1,2} \p{Lu}\p{Ll}{2,8}\.?,? |\b\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? )(?:19|20)\d{2}|\b(?:19|20)\d{2}[-./]\d{2}[-./]\d{2}`)

// placeBefore reports whether what a line prints before its date is the
// place it was filed from, a name and a comma: "Durban, ", "Hong Kong, ".
func placeBefore(prefix string) bool {
	place, ok := strings.CutSuffix(prefix, ", ")
	if !ok {
		// An outlet's name needs no comma: "VOA News 30/12/2009".
		place = strings.TrimSpace(prefix)
		ok = masthead(place)
	}
	return ok && len(strings.Fields(place)) <= maxPlaceWords && isCapitalised(place)
}

// kindBeforeLabel reports whether what a line prints before its date is
// the kind of piece and a date's label: "Occasional Papers Published on ",
// "Commentary | Posted ".
func kindBeforeLabel(prefix string) bool {
	words := strings.Fields(strings.Trim(prefix, " |·•:"))
	n := len(words)
	for n > 0 && lexicon.DateLabels.Has(strings.Trim(words[n-1], ":")) {
		n--
	}
	kind := strings.Trim(strings.Join(words[:n], " "), " |·•")
	return n < len(words) && lexicon.ArticleKinds.Has(strings.ToLower(kind))
}

// issueBefore reports whether what a line prints before its date is the
// number of a newsletter's or a periodical's issue, as its masthead
// prints it over the issue: "ISSUE 48 ", "Vol. 3, No. 12 | ", "No. 45 -
// ". The date is the issue's.
func issueBefore(prefix string) bool {
	words := strings.Fields(strings.Trim(prefix, " |·•:,-–—"))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	designated, numbered := false, false
	for _, w := range words {
		switch {
		case lexicon.IssueWords.Has(strings.ToLower(strings.Trim(w, ".,:#"))):
			designated = true
		case hasDigit(w) && !strings.ContainsFunc(w, unicode.IsLetter):
			numbered = true
		default:
			return false
		}
	}
	return designated && numbered
}

// weekdayAfterLabel reports whether what a line prints before its date is
// a short label and a weekday: "General News of Friday, ". A headline
// that holds a date names no weekday ("The Crackdown of June 4, 1989").
func weekdayAfterLabel(prefix string) bool {
	words := strings.Fields(prefix)
	n := len(words)
	return n >= 2 && n <= maxLabelWords+3 && lexicon.Weekdays.Has(strings.TrimRight(words[n-1], ","))
}

// note reports whether what a header line prints beside a date or a
// by-line is a short note, no sentence ("page 3", "5 min read",
// "Economy", "04:47 PM").
func note(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) <= maxNoteWords && !endsSentence(s)
}

// maxNoteWords is the most words a note beside a date or a by-line holds.
const maxNoteWords = 5

// leadingDate is an ISO date after a "date" label at the start of a line.
var leadingDate = regexp.MustCompile(`(?i)^date:?\s*(\d{4}-\d{2}-\d{2})\b`)

// datePrefix finds a date after a "date" label that opens a block and runs
// on into text on its line, which is no by-line as a whole ("date
// 2022-08-29 from Ana Ruiz in Lagos"): the date's
// start and end, and where the text after it starts; next is 0 if there is
// no such date.
func datePrefix(t string) (at, end, next int) {
	at = len(t) - len(strings.TrimLeft(t, " \t"))
	m := leadingDate.FindStringIndex(t[at:])
	if m == nil {
		return 0, 0, 0
	}
	end = at + m[1]
	rest := strings.TrimLeft(t[end:], " \t")
	first, _, _ := strings.Cut(t[at:], "\n")
	if rest == "" || rest[0] == '\n' || rest[0] == '\r' || lineKindOf(strings.TrimSpace(first), false) == bylineLine {
		return 0, 0, 0
	}
	return at, end, len(t) - len(rest)
}

// bylineSentence is where the text after a by-line that opens a block
// as its first sentence starts ("Written by Ana Ruiz. The port …", "By
// Ana Ruiz and Li Wei. Talks …"): the sentence opens with a by-line's
// opener and is a by-line whole, and running text follows it on its line;
// 0 if the block opens with none.
func bylineSentence(t string) int {
	if !strings.HasPrefix(t, "By ") && !strings.HasPrefix(t, "Written by ") {
		return 0
	}
	first, rest, ok := strings.Cut(t, ". ")
	first += "."
	if !ok || len(first) > maxHeaderField || strings.Contains(first, "\n") || !runningText(strings.SplitN(rest, "\n", 2)[0]) {
		return 0
	}
	if words := strings.Fields(first); len(strings.TrimSuffix(words[len(words)-1], ".")) <= 2 {
		return 0 // an initial's stop: "By Ana M. Ruiz"
	}
	if lineKindOf(first, false) != bylineLine {
		return 0
	}
	next := len(first) + 1
	// An outlet that ends the by-line and the date after it are one
	// citation, which the cut must not split: the by-line runs on through
	// the date and its time ("By Ana Ruiz, Quay Post. March 19, 2023 at
	// 7:30 a.m. EDT The port …").
	if segment.SourceBeforeDate(first[:len(first)-1], rest) {
		d := segment.FullDate(rest)
		d += len(openingClock.FindString(rest[d:]))
		next += d + len(rest[d:]) - len(strings.TrimLeft(rest[d:], " "))
	}
	return next
}

// openingClock is the time of day that follows a date: ", 10:30 AM EST",
// " at 7:30 a.m. EDT".
var openingClock = regexp.MustCompile(`^,?\s+(?:at\s+)?` + clock + `(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+` + zone + `\b)?`)

// fieldRule sets off the fields of a header line: a rule, a dot, or a
// slash or dash between spaces ("By A | Outlet | Updated: …", "Ana Ruiz ·
// May 30, 2024", "By A and B / Jul 12, 2024 / Economy"). A slash without
// spaces joins names ("By LI NA/OMAR HADDAD").
var fieldRule = regexp.MustCompile(`\s*[|·•∙]\s*|\s+[/—–-]\s+`)

// fieldRules are the rules and dots that set off the fields of a header
// line, as one may end it when the next line goes on with it.
const fieldRules = " |·•∙/—–-"

// headerFields splits a header line into its fields, trimmed.
func headerFields(line string) []string {
	fields := fieldRule.Split(strings.TrimSpace(line), -1)
	for i, f := range fields {
		fields[i] = strings.TrimSpace(f)
	}
	return fields
}

// bylineFields splits a by-line into its fields, as headerFields does;
// in a field that opens with a date's label and its colon, a by-line's
// label closed by a colon opens a field of its own, as a page prints its
// labelled fields in a row with spaces alone between them ("Date: May 30,
// 2024 Author: Ana Ruiz"). An entry of a list may print its writer's
// label after its title, no header's field.
func bylineFields(line string) []string {
	fields := headerFields(line)
	for i := 0; i < len(fields); i++ {
		if at := nextBylineLabel(fields[i]); at > 0 && readDateLabel(fields[i]).colon {
			fields = slices.Insert(fields, i+1, fields[i][at:])
			fields[i] = strings.TrimSpace(fields[i][:at])
		}
	}
	return fields
}

// nextBylineLabel is the offset of a by-line's label closed by a colon
// after the field's first word ("… Author: Ana Ruiz", "… By: Ana Ruiz");
// -1 if there is none.
func nextBylineLabel(field string) int {
	if !strings.Contains(field, ": ") {
		return -1
	}
	words := strings.Fields(field)
	at := len(words[0])
	for _, w := range words[1:] {
		at = strings.Index(field[at:], w) + at
		if label, ok := strings.CutSuffix(w, ":"); ok && lexicon.BylineOpeners.Has(label) {
			return at
		}
		at += len(w)
	}
	return -1
}

// takeByline takes a by-line: "By A and B", "By A/B | Outlet | Updated:
// date", "by A May 30, 2024", "| A" (a name set off by a rule), "Posted on
// May 30, 2024 by A"; or names beside a date, which make a by-line without
// "By" ("Ana Ruiz · May 30, 2024", "May 30, 2024 | Ana Ruiz", "Ana Ruiz,
// May 30, 2024") when each is a person's by a known given name. The other
// fields may give the date.
func (h *header) takeByline(line string) bool {
	line = unglueLabel(line)
	fields := bylineFields(line)
	if fields[0] == "" && len(fields) == 2 {
		return h.takeNames("By " + fields[1])
	}
	// A date line that runs on into its by-line: "Posted on May 30, 2024
	// by Ana Ruiz", "date 2022-08-29 from ANA RUIZ in Lagos".
	for _, sep := range []string{" by ", " from "} {
		// "Posted on May 30, 2024 by Ana Ruiz", "March 12, 2024 By Ana Ruiz".
		if i := lastIndexFold(line, sep); i > 0 && !strings.Contains(line[:i], "|") {
			// "from" opens a place as often as a name: the names must be
			// known ones.
			var dated, by header
			if dated.takeDate(line[:i]) && by.takeNames("By "+line[i+len(sep):]) && (sep == " by " || len(by.authors) > 0 && !slices.ContainsFunc(by.authors, func(n string) bool { return !knownName(n) })) {
				h.takeDate(line[:i])
				h.takeNames("By " + line[i+len(sep):])
				return true
			}
		}
	}
	named := -1 // the field that holds the names
	for i, f := range fields {
		if _, explicit := cutBylinePrefix(f); explicit {
			if !h.takeNames(f) {
				return false
			}
			named = i
			break
		}
	}
	if named < 0 {
		// Names beside a date: one field of names, the others a date or
		// a short note, and a date among them. A row of more fields is a
		// menu's ("Archives | Electronic Edition | Alerts | RSS").
		if len(fields) > maxBylineFields {
			return false
		}
		if len(fields) == 1 {
			names, date := cutTrailingDate(line)
			if date == "" || !personNames(names) && !creditedOutlet(names, line) || !note(line[strings.Index(line, date)+len(date):]) {
				return false // "HONG KONG, Jul 30, 2020, RTHK. Four students …" is a dateline
			}
			fields = []string{names, date}
		} else if names, date := cutTrailingDate(fields[0]); date != "" && strings.HasSuffix(fields[0], date) && personNames(names) {
			// The first field runs the names into the date: "Ana Ruiz
			// (@anaruiz) Published June 21, 2023 | 12:40 PM".
			fields = append([]string{names, date}, fields[1:]...)
		}
		var dated header
		credit := false // the names are a news outlet's, credited as a wire story's agency
		for i, f := range fields {
			switch {
			case personNames(f) && named < 0:
				named = i
			case creditedOutlet(f, line) && named < 0:
				named, credit = i, true
			case dated.takeDate(f):
			case !note(f):
				return false
			}
		}
		switch {
		case named < 0:
			return false
		case credit:
			// A news outlet's name alone beside the date is the by-line's
			// place: the story is the outlet's, as "By Reuters" credits
			// it ("Kyodo | Updated: 2019-03-04", "March 4, 2019 |
			// Reuters"); without a date, it is a masthead's or a menu's.
			if dated.published.IsZero() {
				return false
			}
			h.takeCredit(fields[named])
		case dated.published.IsZero() && !outletsBeside(fields, named) && !slices.ContainsFunc(fields, readingTime) || !h.takeNames(fields[named]):
			return false
		}
	}
	for i, f := range fields {
		if i != named {
			h.takeDate(f)
		}
	}
	return true
}

// readingTime reports whether a field is a reading time ("5 min read"),
// which a blog platform prints beside its writer's name alone ("Ana Ruiz ·
// 5 min read").
func readingTime(field string) bool {
	loc := leadingReadTime.FindStringIndex(field)
	return loc != nil && loc[1] == len(field)
}

// maxBylineFields is the most fields a by-line without "By" sets off by
// rules: the names, the outlet, the date and a note ("Ana Ruiz | Harbour
// Times | May 30, 2024 | 5 min read").
const maxBylineFields = 4

// gluedLabels are the date labels a page's copied text runs into the
// label before them, set apart only by their styles: "Occasional
// PapersPublished on Apr 11, 2023".
var gluedLabels = []string{"Published", "Posted", "Updated"}

// unglueLabel sets a date label run into the word before it apart, and a
// label's colon from the word after it, as pages print fields with no
// space after the colon ("Author:Ana Ruiz", "Release time:Jul 01, 2024"):
// a colon between two letters. A clock's colon stands between figures.
func unglueLabel(line string) string {
	for _, l := range gluedLabels {
		if i := strings.Index(line, l); i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(line[:i]); unicode.IsLower(r) {
				line = line[:i] + " " + line[i:]
			}
		}
	}
	for i := strings.IndexByte(line, ':'); i > 0 && i+1 < len(line); {
		before, _ := utf8.DecodeLastRuneInString(line[:i])
		after, _ := utf8.DecodeRuneInString(line[i+1:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			line = line[:i+1] + " " + line[i+1:]
		}
		next := strings.IndexByte(line[i+1:], ':')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return line
}

// lastIndexFold is the index of the last instance of an ASCII word sep
// in s, in any case; -1 if there is none.
func lastIndexFold(s, sep string) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if strings.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// outletsBeside reports whether every field of a line but the names is an
// outlet's name: "Ana Ruiz | Harbour Times", a by-line without a date. One
// word before the names is a label, no outlet ("Profile | Ana Ruiz").
func outletsBeside(fields []string, named int) bool {
	for i, f := range fields {
		if i != named && !masthead(f) && !(outlet(f) && i > named) {
			return false
		}
	}
	// Without a date, the names must be known ones: "Popular Chinese
	// Apps – Weibo" is a title.
	names, _ := parseAuthors(fields[named])
	return len(fields) > 1 && !slices.ContainsFunc(names, func(n string) bool { return !knownName(n) })
}

// takeNames takes the authors of one field of a by-line, with its opener
// or without, and a date it runs on into ("by Ana Ruiz May 30, 2024"). A
// second by-line keeps the first's authors, as pages repeat it, unless
// those were inferred and it says "By".
func (h *header) takeNames(field string) bool {
	names, date := cutTrailingDate(cutTrailingFurniture(field))
	if date != "" {
		h.takeDate(date) // even when the names are handles ("Posted by kovarex on 2019-02-15")
	}
	authors, ok := parseAuthors(strings.ReplaceAll(dropScriptGlosses(names), "/", ", "))
	if !ok && h.authors == nil {
		return false
	}
	_, explicit := cutBylinePrefix(names)
	if ok && (h.authors == nil || explicit && h.inferred) {
		h.authors, h.inferred = authors, !explicit
	}
	return true
}

// creditedOutlet reports whether a field of a dated line is a news
// outlet's name in the by-line's place: set off from the date by a rule or
// a dot ("Kyodo | Updated: 2019-03-04", "March 4, 2019 | Reuters") or
// before the date's label ("Yonhap Published: 2019-03-04"). An outlet's
// name before a comma, a dash or a bare date ("Harbour Daily, 4 March
// 2019", "The Harbour Times - March 4, 2019") is the source a digest or a
// repost cites for its item.
func creditedOutlet(field, line string) bool {
	if !newsOutlet(field) {
		return false
	}
	if strings.ContainsAny(line, "|·•∙") {
		return true
	}
	after := strings.Fields(strings.TrimPrefix(line, field))
	return len(after) > 0 && lexicon.DateLabels.Has(strings.ToLower(strings.Trim(after[0], ":")))
}

// outletCredit reports whether a line alone is a news outlet's name the
// gazetteer lists, perhaps with "News" after it as its site brands it
// ("AP News", "Kyodo News").
func outletCredit(line string) bool {
	return newsOutlet(line) || newsOutlet(strings.TrimSuffix(line, " News"))
}

// takeCredit takes a news outlet's name, printed in the by-line's place
// without "By", as the author where the header names none; a person's
// by-line printed with it wins (inferred), as the outlet is then the
// writer's employer.
func (h *header) takeCredit(outlet string) {
	if h.authors == nil {
		h.authors, h.inferred = []string{outlet}, true
	}
}

// dropScriptGlosses drops the names a by-line prints in their own script
// in brackets after the roman ones ("By Zhang Wei (张伟) and Li Na
// (李娜)"): the bracket is no part of the name.
func dropScriptGlosses(line string) string {
	for {
		open := strings.Index(line, " (")
		end := strings.IndexByte(line[max(open, 0):], ')')
		if open < 0 || end < 0 || !mostlyOtherScripts(line[open+2:open+end]) {
			return line
		}
		line = line[:open] + line[open+end+1:]
	}
}

// cutTrailingFurniture drops a page's link or button printed after a
// by-line's names ("by Ana Ruiz Leave a Comment", "By Ana Ruiz Share"),
// leaving two words at least: "Thomas More" is a name.
func cutTrailingFurniture(line string) string {
	words := strings.Fields(line)
	for n := min(3, len(words)-2); n >= 1; n-- {
		if lexicon.Furniture.Has(strings.ToLower(strings.Join(words[len(words)-n:], " "))) {
			return strings.Join(words[:len(words)-n], " ")
		}
	}
	return line
}

// personNames reports whether a line is nothing but the names of people,
// known or plain ones (likelyName): names a by-line may print without "By"
// beside a date.
func personNames(line string) bool {
	names, ok := parseAuthors(line)
	// Where the story was filed is no name: "Updated - March 12, 2024 -
	// NEW DELHI"; nor is the kind of piece: "Occasional Papers".
	if !ok || isPlace(line) || allCapitals(line) && isPlace(wordsCapitalised(line)) || lexicon.ArticleKinds.Has(line) {
		return false
	}
	return !slices.ContainsFunc(names, func(n string) bool { return !likelyName(n) })
}

// cutTrailingDate splits a by-line that runs on into its date ("by Ana
// Ruiz May 30, 2024", "By Ana Ruiz, Published on 28 July 2024") into the
// names and the date.
func cutTrailingDate(line string) (names, date string) {
	loc := datePhrase.FindStringIndex(line)
	if loc == nil {
		if m := trailingFigures.FindStringSubmatchIndex(line); m != nil {
			loc = m[2:4] // the figures, not the clock after them
		}
	}
	if loc == nil || loc[0] == 0 {
		return line, ""
	}
	// "By Ana Ruiz (Harbour Daily) 10:08, March 04, 2024": the time of
	// day may come first.
	names = strings.TrimRight(clockTime.ReplaceAllString(strings.TrimRight(line[:loc[0]], " ,;-–—•·"), ""), " ,;-–—•·")
	for {
		words := strings.Fields(names)
		if len(words) == 0 {
			break
		}
		// "By Ana Ruiz Posted : May 30, 2024": a label, a weekday or a
		// colon standing alone between the names and the date.
		last := strings.Trim(words[len(words)-1], ":,")
		w := strings.ToLower(last)
		if w != "" && !lexicon.DateLabels.Has(w) && !lexicon.Weekdays.Has(w) && !lexicon.Furniture.Has(w) && !(len(words) > 2 && weekdayShort(last)) {
			break
		}
		names = strings.TrimRight(strings.Join(words[:len(words)-1], " "), " ,;-–—•·")
	}
	return names, line[loc[0]:loc[1]]
}

// weekdayShort reports whether a word is a weekday's short form
// ("Thu", "Tues"), capitalised, and no surname ("Sun").
func weekdayShort(w string) bool {
	if len(w) < 3 || len(w) > 5 || w != wordsCapitalised(w) || lexicon.Surnames.Has(w) {
		return false
	}
	for d := range lexicon.Weekdays.All() {
		if strings.HasPrefix(d, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// namesOnly reports whether a line is nothing but people's names, perhaps
// with their role ("Ana Ruiz and Li Wei", "Ana Ruiz, Staff Reporter"): a
// by-line printed without "By", or a short title in title case, which has
// a name's shape too.
func namesOnly(line string) bool {
	_, ok := parseAuthors(line)
	return ok
}

// initial is a name's initial: "M.".
var initial = regexp.MustCompile(`^\p{Lu}\.$`)

// knownNames reports whether one of the names on a line opens with a known
// given name or an initial, or is printed in capitals, as a by-line's do and a title's
// words seldom do.
func knownNames(line string) bool {
	names, _ := parseAuthors(line)
	return slices.ContainsFunc(names, knownName)
}

// plainNames reports whether a line is nothing but people's names with no
// word that heads an organisation's, a place's or a thing's name or opens
// a sentence ("Navy", "Report", "The"): names whether or not their given
// names are known.
func plainNames(line string) bool {
	names, ok := parseAuthors(line)
	return ok && !slices.ContainsFunc(names, func(n string) bool { return !plainName(n) })
}

// signedNames reports whether a line is nothing but people's names, plain
// ones or people the gazetteer lists: under a headline, with the text
// under it, a minister or a leader signs the article printed as theirs,
// unless the first paragraph (lede) names them (namedSubject).
func signedNames(line, lede string) bool {
	names, ok := parseAuthors(line)
	return ok && !slices.ContainsFunc(names, func(n string) bool {
		return !plainName(n) && (!listedPerson(n) || namedSubject(n, lede))
	})
}

// subjectTag reports whether a line of names over the text names a person
// the gazetteer lists whom the first paragraph under it names: the
// article's subject, as a topic's tag or a portrait's caption prints it
// ("Joe Biden" over "President Joe Biden signed …"), no by-line.
func subjectTag(lines []headerLine, i int) bool {
	next := skipFurniture(lines, i+1)
	if next >= len(lines) || lines[next].kind != runningLine {
		return false
	}
	names, _ := parseAuthors(lines[i].text)
	return slices.ContainsFunc(names, func(n string) bool { return listedPerson(n) && namedSubject(n, lines[next].text) })
}

// namedSubject reports whether a first paragraph names a person by any
// word of their name ("Xi", "Putin", "Vladimir Putin"): writers seldom
// name themselves in their opening lines, while a report on a leader
// names them at once ("Xi Jinping" over "Xi Jinping Thought is …").
func namedSubject(name, lede string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return containsWord(lede, w) })
}

// listedPerson reports whether the gazetteer lists a name as a person's.
func listedPerson(n string) bool {
	e, ok := gazetteer.Default().Lookup(n)
	return ok && e.Type == claimx.Person
}

// plainName reports whether a name-shaped phrase has no word that heads an
// organisation's, a place's, a natural feature's or a thing's name, nor a
// generic word, a function word, a compass point, a month or a weekday,
// and is no name the gazetteer knows ("Hong Kong", "Middle East", "Xi
// Jinping" are not): a by-line's name, whether or not its given name is
// known.
func plainName(n string) bool {
	if slices.ContainsFunc(strings.Fields(n), headWord) {
		return false
	}
	// A country's or a city's name is no part of a person's, unless
	// people bear it too ("China FO Presser"; not "Georgia Lee").
	for _, w := range strings.Fields(n) {
		if isPlace(w) && !lexicon.GivenNames.Has(w) && !lexicon.Surnames.Has(w) {
			return false
		}
	}
	// A person the gazetteer lists is a public figure, printed over an
	// article as its subject ("Xi Jinping"), seldom as its author.
	_, listed := gazetteer.Default().Lookup(n)
	return !listed
}

// headWord reports whether a word heads an organisation's, a place's, a
// natural feature's or a thing's name, or is a generic word, a function
// word, a compass point, a month or a weekday: no word of a person's name.
func headWord(w string) bool {
	for _, l := range []*lexicon.List{lexicon.OrgHeads, lexicon.PlaceHeads, lexicon.ThingHeads, lexicon.FeatureHeads, lexicon.Generic, lexicon.Common, lexicon.Compass, lexicon.Months, lexicon.Weekdays} {
		if l.Has(w) {
			return true
		}
	}
	return false
}

// knownName reports whether a name opens with a known given name or an
// initial, or is printed in capitals, or is a plain name of two or three
// words that opens or ends with a known surname ("Zhang Wei", "Orange
// Wang", "Soo-hyang Choi").
func knownName(n string) bool {
	words := strings.Fields(n)
	if lexicon.GivenNames.Has(words[0]) || initial.MatchString(words[0]) || allCapitals(n) {
		return true
	}
	// An acronym is no surname: "Sovereign AI".
	surname := func(w string) bool { return lexicon.Surnames.Has(w) && !allCapitals(w) }
	return len(words) <= 3 && (surname(words[0]) || surname(words[len(words)-1])) && plainName(n)
}

// likelyName reports whether a name is a known one or a plain one: where a
// by-line's shape already says it names people (beside a date, before an
// outlet or the place it was filed from), a given name need not be known.
func likelyName(n string) bool {
	return knownName(n) || plainName(n)
}

// bareOpener reports whether a line is a by-line's opener alone ("Written
// by", "Author:"), over the names on the line below.
func bareOpener(line string) bool {
	return lexicon.BylineOpeners.Has(strings.TrimSpace(strings.TrimSuffix(line, ":")))
}

// role reports whether a line is a job title printed under a by-line
// ("Staff Reporter", "Senior Correspondent", "Editor, China Heritage").
func role(line string) bool {
	line, _, _ = strings.Cut(line, ",") // "Editor, China Heritage"
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	// Every word capitalised or a title itself: "Staff writer, with CNA",
	// not a headline's words ("Vietnam detains blogger").
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.IsTitle(w) {
			return false
		}
	}
	return isRole(line)
}

// furniture reports whether a header line is page furniture rather than
// the title: a skip link, a breadcrumb ("Home > News"), a
// kicker in lower case or a label in capitals ("KNOWLEDGE BASE"), a "Label: value" field
// ("Publication: China Brief Volume: 17"), a date label on its own
// ("Published"), an image file, caption or credit, a language menu, where
// the author filed from (a place alone, "Jakarta"), or the kind of piece
// ("Commentary").
func furniture(line string) bool {
	// The header reader asks this of every line it reads: each pattern
	// runs only on a line holding what it needs (a breadcrumb's separator,
	// a time stamp's figure, an image's dot or label word), which a plain
	// search tells at a fraction of the pattern's cost.
	return !strings.ContainsFunc(line, unicode.IsLetter) || pageFurniture(line) ||
		trailMark(line) && breadcrumb.MatchString(line) ||
		strings.ContainsAny(line, "0123456789") && endsOnLetter(line) && relativeTime.MatchString(line) || isPlace(line) ||
		allCapitals(line) && len(strings.Fields(line)) <= 6 ||
		fieldLabel.MatchString(line) || imageFileLine(line) ||
		kicker(line) || caption(line) || pagePrompt(line) || mostlyOtherScripts(line) || reportingFrom.MatchString(line) || line[0] == '@' && handle.MatchString(line) ||
		lexicon.ArticleKinds.Has(line) || ruledLabel(line) || yearlessDate(line) || skipLinks.MatchString(line) || photoCredit.MatchString(line) ||
		strings.Contains(line, "   ") && spacedMenu(line) || strings.Contains(line, ", ") && affiliation(line) ||
		strings.Contains(line, ": ") && labelledList(line) || strings.ContainsRune(line, ':') && labelledNumberField(line)
}

// labelledNumber is a page's field that labels a number, an identifier or
// a count, no title: "News ID: 94243", "Article No.: 1566", "Views: 1,204".
// Its group is the number; labelledNumberField tells it from a year.
var labelledNumber = regexp.MustCompile(`^\p{Lu}[\pL.]*(?: [\pL.]+){0,2} ?: ?(#?\d[\d,]*)$`)

// labelledNumberField reports whether a line is a page's field labelling a
// number. A bare year after the colon is a headline's, the year of a
// place's event ("Hong Kong: 1997", "Tibet: 1959", as history and analysis
// pieces are headed), unless the label's last word names a number: an
// abbreviation ("Article No.: 1566", "Story ID: 2024") or an issue word
// ("Page: 1998"). A numbered or comma-grouped figure ("#1997", "1,997") is
// a field's whatever its label.
func labelledNumberField(line string) bool {
	m := labelledNumber.FindStringSubmatch(line)
	if m == nil || !bareYear(m[1]) {
		return m != nil
	}
	label := strings.Fields(line[:strings.IndexByte(line, ':')])
	last := label[len(label)-1]
	return strings.HasSuffix(last, ".") || lexicon.IssueWords.Has(last) || allCapitals(last) && !isPlace(last)
}

// bareYear reports whether s is four digits read as a year (1000-2099).
func bareYear(s string) bool {
	return len(s) == 4 && (s[0] == '1' || s[0] == '2' && s[1] == '0') && strings.Trim(s, "0123456789") == ""
}

// labelledList reports whether a line is a label and the list it heads,
// as pages print their topics, categories and tags over or under the
// headline ("Related Topics: Trade; Ports; Shipping; Labour", "Filed in:
// Asia, Energy, Markets, Policy"): a label of a few words, a colon, and
// minTags entries at least, each a few words opening on a capital, with
// no stop.
// A headline after a colon lists three things at most.
func labelledList(line string) bool {
	head, list, _ := strings.Cut(line, ": ")
	if r, _ := utf8.DecodeRuneInString(head); len(strings.Fields(head)) > maxLabelWords || !unicode.IsUpper(r) {
		return false
	}
	sep := ", "
	if strings.Contains(list, "; ") {
		sep = "; "
	}
	tags := strings.Split(strings.TrimSpace(list), sep)
	if len(tags) < minTags {
		return false
	}
	for _, t := range tags {
		if r, _ := utf8.DecodeRuneInString(t); len(strings.Fields(t)) > maxTagWords || !unicode.IsUpper(r) || strings.ContainsAny(t, ".:?!") {
			return false
		}
	}
	return true
}

// minTags is the fewest entries a labelled list of topics holds, and
// maxTagWords the most words of one ("Human Rights and Humanitarian
// Issues").
const (
	minTags     = 4
	maxTagWords = 6
)

// trailMark reports whether line holds what every match of breadcrumb
// does: a trail's mark before a space, perhaps after one (" | ", "> ",
// " / ", " : " …), or one ending it (">>", "»", "›"). A sentence's colon
// or slash alone ("said: …", "2/3") is none.
func trailMark(line string) bool {
	for _, mark := range []string{" | ", "> ", "» ", "› ", " • ", " / ", " : "} {
		if strings.Contains(line, mark) {
			return true
		}
	}
	return strings.HasSuffix(line, ">>") || strings.HasSuffix(line, "»") || strings.HasSuffix(line, "›")
}

// endsOnLetter reports whether the last rune of line is a letter, as at
// the end of every match of relativeTime ("… 2 hours ago", "5 min read",
// "4 min"); a sentence's full stop is not.
func endsOnLetter(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(r)
}

// affiliation reports whether a line is an author's affiliation as a
// paper prints it under the names: a body, and where it is last, set off
// by commas ("School of Public Affairs, Eastgate University, Eastgate,
// Norland", "Department of History, Harbour College, Kenya").
func affiliation(line string) bool {
	parts := strings.Split(line, ", ")
	if len(parts) < 2 || !isPlace(parts[len(parts)-1]) {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if masthead(p) {
			return true
		}
	}
	return false
}

// spacedMenu reports whether a line is a site's menu copied with its
// entries set apart by runs of spaces: "Home   About China   News
// Spokesperson's Remarks   Commercial Affairs", four entries at least,
// each of a few words.
func spacedMenu(line string) bool {
	entries := menuGap.Split(strings.TrimSpace(line), -1)
	if len(entries) < minMenuEntries {
		return false
	}
	for _, e := range entries {
		if len(strings.Fields(e)) > maxLabelWords+1 {
			return false
		}
	}
	return true
}

// menuGap sets a copied menu's entries apart: three spaces or more, or a tab.
var menuGap = regexp.MustCompile(`\s{3,}|\t`)

// minMenuEntries is the fewest entries a line set apart by runs of spaces
// holds to be a menu.
const minMenuEntries = 4

// imageFileLine reports whether a line names an image file or opens with
// an image's label ("Photo: …"), in any case.
func imageFileLine(line string) bool {
	if !strings.Contains(line, ".") {
		switch line[0] | 0x20 { // the first letter in lower case
		case 'p', 'i', 'c':
		default:
			return false
		}
	}
	lower := strings.ToLower(line)
	return imageLabel.MatchString(lower) || strings.Contains(lower, ".") && imageFile.MatchString(lower)
}

var (
	// relativeTime is a time stamp relative to now ("Updated 2 hours
	// ago") or a reading time ("5 min read"): no date of the article.
	relativeTime = regexp.MustCompile(`(?i)^(?:\pL+:? )*\d+ (?:sec|min|minute|hr|hour|day|week|month|year)s? (?:ago|read)$|^\d+ (?i:min|mins|minutes?)$`)
	// breadcrumb is a trail of links: "Home | National Affairs", "Home >
	// News > Politics", "News • Asia", and with slashes, where it has three steps at least
	// ("Home / Business / Economy"), since a title may set two parts off
	// by one ("Discourse Tracker / July 2024"), and with spaced colons
	// likewise ("Home : Media : Recent Publications"), a trail's first step
	// with its mark alone ("Home>>"), and a trail of two marks at least
	// glued to the step before them ("Research Network> Latest News>
	// Detail"), as a page's styles space them.
	breadcrumb = regexp.MustCompile(` (?:[|>»›•]|>>) |^[^/]+ / [^/]+ / |^[^:]+ : [^:]+ : |\pL ?(?:>>|[»›])$|\pL[>»›] [^>»›]+\pL[>»›] `)
	fieldLabel = regexp.MustCompile(`^(?:(Publication|Source|Section|Category|Topics?|Tags?|Tagged|Filed under|Issue|Volume|Press Release|Archives? for|Month:)\b(?:[^.]|No\.)*$|Posted in ?\p{Lu})`)
	// reportingFrom says where the by-line's author filed from:
	// "Reporting from Beijing".
	reportingFrom = regexp.MustCompile(`^(Reporting|Reported|Writing) from \p{Lu}[\pL ,.'-]*$`)
	imageFile     = regexp.MustCompile(`\.(jpe?g|png|gif|webp)\b`)
	imageLabel    = regexp.MustCompile(`^(photo|image|picture|credit)s?\b`)
	// skipLinks are a page's links past its menu, copied as one line when
	// they run together: "Skip to navigationSkip to contentSkip to footer".
	skipLinks = regexp.MustCompile(`^(?i:skip to )\pL+(?:\p{Ll}(?i:skip to )|$)`)
	// photoCredit is a picture's credit of an agency or an outlet, with
	// its photographer's name after a slash: "AP Photo", "Xinhua Photo/Li
	// Wei", "Reuters Pictures".
	photoCredit = regexp.MustCompile(`^\p{Lu}[\pL.&-]*(?: \p{Lu}[\pL.&-]*)? (?:Photo|Photograph|Image|Picture)s?(?:\s*/\s*\p{Lu}[\pL. '-]*)?$`)
)

// ruledLabel reports whether a line is a label of a word or two after a
// rule or a dot, as a field of the by-line's row wrapped onto a line of its
// own: "∙ Paid", "| Opinion", "· 6 min read".
func ruledLabel(line string) bool {
	rest := strings.TrimLeft(line, "|·•∙ ")
	return rest != line && rest != "" && len(strings.Fields(rest)) <= maxLabelWords
}

// kicker reports whether a line is a short label in lower case above a
// headline ("weekend reads"): a sentence would not stop so short without
// punctuation.
func kicker(line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLower(first) && len(strings.Fields(line)) <= 4 && !strings.ContainsRune(".!?:;,", last)
}

// allCapitals reports whether every letter of s is a capital, and there
// are some.
func allCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// mostlyOtherScripts reports whether most letters of s are not Latin: a
// language menu ("عربي Español Русский 简体中文") in an English page.
func mostlyOtherScripts(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return other > 0 && other >= latin
}

// runningText reports whether a block reads as a paragraph of the article:
// a sentence of some length, or a long run of words. A sentence may end in
// the colon that leads into the text under it ("The following is a letter
// from the ministry's spokesperson to the editors:"), in sentence case as
// a label in title case is not.
func runningText(text string) bool {
	if len(text) > maxHeaderLine {
		return true
	}
	if hasWords(text, 41) {
		return true
	}
	return hasWords(text, 8) && (endsSentence(text) || strings.HasSuffix(text, ":") && !titleCased(text))
}

// questionHeadline reports whether a line is a headline that asks a
// question ("Decoding China: Is EU starting trade war over electric
// cars?"), perhaps in quotation marks: one short question, no other
// sentence before it. A title before a colon may stand over a short
// question of its own however long the two run ("The Harbour Board in the
// Age of Container Ships: Where Do the Small Ports Fit?").
func questionHeadline(line string) bool {
	// The question may be a quotation's: "… Marshall Plan or “Debt Trap?”".
	line = strings.TrimRight(line, "”’\"'")
	if !strings.HasSuffix(line, "?") || strings.ContainsAny(strings.TrimSuffix(line, "?"), ".!") {
		return false
	}
	if len(strings.Fields(line)) <= maxQuestionWords && !strings.Contains(strings.TrimSuffix(line, "?"), "?") {
		return true
	}
	title, question, ok := strings.Cut(line, ": ")
	first, _ := utf8.DecodeRuneInString(question)
	return ok && unicode.IsUpper(first) && looksLikeTitle(title) && questionHeadline(question)
}

// maxQuestionWords is the most words a headline that asks holds.
const maxQuestionWords = 14

// trailingMarkers are the footnote markers that may follow a sentence's
// full stop ("… engineering.[1] [2]").
var trailingMarkers = regexp.MustCompile(`(\s*\[\d{1,3}\])+\s*$`)

// cutBylinePrefix removes the words that introduce authors from the start
// of a line ("By ", "Posted by ", "Author: ", lexicon.BylineOpeners) and
// reports whether there were some.
func cutBylinePrefix(line string) (string, bool) {
	// A Chinese page's label runs into the name with a full-width colon:
	// "作者：Ana Ruiz".
	if label, rest, ok := strings.Cut(line, "："); ok && lexicon.BylineOpeners.Has(strings.TrimSpace(label)) {
		return strings.TrimSpace(rest), true
	}
	words := strings.Fields(line)
	for n := min(3, len(words)-1); n >= 1; n-- {
		opener := strings.TrimSuffix(strings.Join(words[:n], " "), ":")
		if lexicon.BylineOpeners.Has(opener) {
			rest := strings.Join(words[n:], " ")
			// A noun without its colon opens a by-line only before a
			// name: "Reporter Kim Ji-hoon", not "Words Matter More Than
			// Ever", a headline, or "Contributor License Agreement".
			if opener == strings.Join(words[:n], " ") && nounOpener(opener) && !hasDigit(rest) && !nameOpens(rest) {
				return line, false
			}
			return rest, true
		}
		// A kind of piece and "by": "Commentary by", "News analysis by".
		if kind, ok := strings.CutSuffix(opener, " by"); ok && lexicon.ArticleKinds.Has(kind) {
			return strings.Join(words[n:], " "), true
		}
	}
	return line, false
}

// nounOpener reports whether a by-line's opener is a noun ("Reporter",
// "Contributor", "Words"), which a headline or a name may open too, and
// not "by" after a verb or alone, in English or another language ("Posted
// by", "Par", "作者").
func nounOpener(opener string) bool {
	words := strings.Fields(opener)
	return words[len(words)-1] != "by" && utf8.RuneCountInString(opener) > 3 && !strings.ContainsFunc(opener, isHan)
}

// nameOpens reports whether a person's name opens a line of names: the
// words before its first comma, bracket or "and" (likelyName).
func nameOpens(rest string) bool {
	first, _, _ := strings.Cut(rest, " and ")
	if i := strings.IndexAny(first, ",;(|"); i >= 0 {
		first = first[:i]
	}
	first = strings.TrimSpace(first)
	return isPersonName(first) && likelyName(first)
}

// dateIn finds a full date printed inside a line, as titles of press
// conferences and statements carry one ("… Press Conference on May 31,
// 2022").
func dateIn(line string) (time.Time, bool) {
	for _, loc := range datePhrase.FindAllStringIndex(line, -1) {
		// The end of a range is the end of the period a title covers
		// ("Developments (Mar. 7 - Mar. 13, 2005)"), not the day it was
		// published.
		if rangeEnd.MatchString(line[:loc[0]]) {
			continue
		}
		m := line[loc[0]:loc[1]]
		if d, ok := parseDateLine(strings.Replace(m, ",", "", 1)); ok {
			return d, true // "22 Dec, 2016" is 22 Dec 2016
		}
		if d, ok := parseDateLine(m); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// rangeEnd is what stands before the second date of a range: a dash or
// "to" after a day ("Mar. 7 - ", "7 March to ").
var rangeEnd = regexp.MustCompile(`(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?),?\s*(?:[-–—]|to)\s*$`)

var datePhrase = regexp.MustCompile(`\b(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?,? \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b`)

// trailingFigures is a date in figures that closes a by-line, day and
// month set off by a dash or a dot as by a slash, perhaps a time of day
// after it: "By Ana Ruiz 13-1-2017", "Ana Ruiz 12.03.2024", "By Ana Ruiz
// 13-1-2017 10h15". Group 1 is the date.
var trailingFigures = regexp.MustCompile(`\s(\d{1,2}(?:-\d{1,2}-|\.\d{1,2}\.)\d{4})(?:,?\s+` + clock + `)?$`)
