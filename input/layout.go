package input

import (
	"fmt"
	"regexp"
	"slices"
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

// block is a run of lines that belong together: a paragraph, a bullet item
// or a heading. start and end are byte offsets of its content in the text,
// without list markers, Markdown heading marks or surrounding space. mark
// is where a list item's marker starts: the item's paragraph, unlike its
// content, keeps the marker ("1. The first item.").
type block struct {
	start, end int
	mark       int
	lines      int
	bullet     bool
	mdHeading  bool
}

// Layout finds the header (title, authors, publication date) and the
// paragraphs of a.Text, each under the section heading it stands in.
// Headings, the header and trailing page furniture are not paragraphs.
func Layout(a *claimx.Article) { layout(a, true) }

// layout is Layout; lineParagraphs says whether a line of its own may be a
// paragraph of its own (text copied from a page) or is always one line of
// a paragraph (a line break inside an HTML paragraph).
func layout(a *claimx.Article, lineParagraphs bool) {
	// A bug met in one text's layout fails that article, never the batch
	// it is read in.
	defer func() {
		if r := recover(); r != nil {
			a.Paragraphs = nil
			a.Err = fmt.Errorf("%s: internal error while reading the text's layout (a claimx bug, please report it): %v", a.Source, r)
		}
	}()
	blocks := splitBlocks(a.Text, lineParagraphs)
	body := parseHeader(a, blocks)
	// A speech's page names its speaker in its headline, no by-line:
	// "Statement by President Ana Ruiz at the summit".
	if name, ok := headlineSpeaker(a.Title); ok && a.Authors == nil {
		a.Authors = []string{name}
	}
	if a.Published.IsZero() {
		a.Published = reportDate(a, body)
	}
	runes := newRuneIndex(a.Text)
	section := ""
	// A label ending in a colon ("Executive Summary:") heads the list that
	// follows it, not the running text after the list.
	listLabel := false
	// A text copied from a page that stops inside a line, with no line
	// break after it, was cut there: its last block is where the cut fell.
	cutMidLine := lineParagraphs && a.Text != "" && !strings.HasSuffix(strings.TrimRight(a.Text, " \t"), "\n")
	signed := a.Authors != nil
	// A transcript's turn label alone on a line ("Question:") opens the
	// paragraph of its turn, a blank line between them or not.
	label := -1
	// Whether a paragraph kept so far ends a sentence: a report's
	// dateline opens its first paragraph of prose, whatever labels a
	// page kept over it.
	prose := false
	runs := &insertionRuns{text: a.Text, body: body}
	lastRunning := -1 // the last block of running text
	for i, b := range body {
		if runningParagraph(a.Text[b.start:b.end]) {
			lastRunning = i
		}
	}
	for i, b := range body {
		text := a.Text[b.start:b.end]
		if b.lines == 1 && !b.bullet && segment.TurnLabel(text) {
			label = b.start
			continue
		}
		// A term of a definition list on a line of its own opens its
		// definition's sentence ("Collective Well-Being:" over
		// "Creating opportunities for all …"), numbered or not.
		if b.lines == 1 && definitionItem(a.Text, body, i) {
			label = b.start
			if b.bullet {
				label = b.mark
			}
			continue
		}
		// A sign-off ("— Ana Ruiz", "- Adam") names the author a text's
		// header did not; one in a text's first half with more of its
		// running text under it than over it signs an epigraph, the
		// quotation over it, and names its source. (Blocks count for the
		// half, as a note may be signed over a long list; a page's footer
		// under the sign-off is many blocks but no running text.)
		from := b.start
		if b.bullet {
			from = b.mark // "- Adam" reads as a list item
		}
		// A news agency's credit on a line of its own that closes the
		// text ("(AP)", "-Reuters", "— Xinhua") is its by-line, as "By
		// Reuters" is, where the header named no one.
		if name, ok := closingAgency(a.Text[from:b.end]); b.lines == 1 && ok && i >= lastRunning {
			if !signed {
				a.Authors, signed = []string{name}, true
			}
			continue
		}
		// So is one run on after the text's last sentence ("… the
		// minister said. PTI"), which stays in the paragraph: in the
		// last paragraph of running text, or the text's last block when
		// the name's lack of a stop leaves that paragraph none; not a
		// caption's credit ("Photo of the harbour at dusk. AFP").
		if !signed && (i == lastRunning || i > lastRunning && i == len(body)-1) && !caption(text) {
			if name, ok := trailingAgency(text); ok {
				a.Authors, signed = []string{name}, true
			}
		}
		if name, ok := signer(a.Text[from:b.end]); ok {
			if !signed && (i >= len(body)/2 || runningBytes(a.Text, body[i+1:]) <= runningBytes(a.Text, body[:i])) {
				a.Authors, signed = []string{name}, true
			}
			continue
		}
		// A by-line on a line of its own under most of the running text
		// ("Posted by Ana Ruiz", "Written by Ana Ruiz and Li Wei"), as a
		// blog's theme prints it under the post, names the writers the
		// header did not.
		if b.lines == 1 && !b.bullet && !signed {
			if names, ok := closingByline(text); ok && runningBytes(a.Text, body[i+1:]) < runningBytes(a.Text, body[:i]) {
				a.Authors, signed = names, true
				continue
			}
		}
		// A desk's sign-off on a line of its own ("— Reuters", a name
		// signer did not take for a writer's) says nothing.
		if b.lines == 1 && deskSignOff(a.Text[from:b.end]) {
			continue
		}
		// A wire's credits ("Reporting by Ana Ruiz; Editing by Li Wei")
		// name its writers where its header did not.
		if names := creditedWriters(text); names != nil && !signed {
			a.Authors, signed = names, true
			continue
		}
		// A note on how to cite the piece names its writers before its
		// title: "Suggested citation: Ana Ruiz and Li Wei, “Ports
		// Reopen”, Harbour Institute, 2024." It stays in the text.
		if names := citedAs(text, a.Title); names != nil && !signed {
			a.Authors, signed = names, true
		}
		// An editor's note over the text credits the piece to its
		// writers: "Harbour Institute report by Ana Ruiz.", "The following
		// excerpt is from an op-ed written by Ana Ruiz, …". It stays in
		// the text.
		if !signed && i < maxReporterBlocks {
			if names := pieceCredit(text); names != nil {
				a.Authors, signed = names, true
			}
		}
		// A broadcaster's standfirst names its reporter: "The BBC's Ana
		// Ruiz asks what it means." It stays a sentence of the text.
		if !signed && i < maxReporterBlocks {
			if name, ok := outletReporter(text); ok {
				a.Authors, signed = []string{name}, true
			}
		}
		// The readers' comments under the article, and the sidebars a
		// page prints with them, are no part of it.
		if b.lines == 1 && !b.bullet && commentsEnd(a.Text, body, i) {
			break
		}
		// The label of the page's lists of other stories, on a line of its
		// own under most of the running text, opens its sidebars: their
		// teasers are other pages' words.
		if b.lines == 1 && !b.bullet && storyList(headingName(text)) && runningBytes(a.Text, body[i+1:]) < runningBytes(a.Text, body[:i]) {
			break
		}
		// A page's word set off by dashes reads as a list item: "-
		// Advertisement -".
		if b.bullet && b.lines == 1 && lexicon.Furniture.Has(strings.Trim(text, " -–—*.")) {
			continue
		}
		if opensRightsNotice(text) || caption(text) || i > 0 && captionLabel.MatchString(lastLine(a.Text[body[i-1].start:body[i-1].end])) ||
			segment.Wordless(text) || b.lines == 1 && (timeStamp(text) || dateAloneLine(text) || linkLabel(text) || !hasWords(text, maxFurnitureWords+1) && bodyFurniture(text)) || bareLink(text) || linkBar(text) || priceTag(text) || credits(text) || filingNote(text) || closingNote(a, body, i) {
			continue
		}
		// A source tag ends an item of a digest, never a heading.
		tag := cite.SourceTagLen(text)
		if tag == 0 && (isHeading(text, b) || numberedHeading(a.Text, body, i)) && !cutSentence(text, i == len(body)-1, cutMidLine) {
			name := headingName(text)
			if endsRunningText(name) {
				break
			}
			if pageFurniture(name) || datedLine(name) || !strings.ContainsFunc(name, unicode.IsLetter) {
				continue // "Photo", "Related: …", a time stamp, a review's score: the page's, not a section of the article
			}
			section, label = name, -1
			listLabel = strings.HasSuffix(strings.TrimSpace(stripEmphasis(text)), ":")
			continue
		}
		// A line in capitals that is no heading and no sentence is a
		// label: a photo's slug ("CHINA-BEIJING-PRESS CONFERENCE (CN)").
		if b.lines == 1 && !b.bullet && allCapitals(text) && !endsSentence(text) {
			continue
		}
		if listLabel && !b.bullet && i > 0 && body[i-1].bullet {
			section, listLabel = "", false
		}
		// A heading-like line with nothing but headings after it is page
		// furniture ("No comments:", "Share this"), not running text.
		if b.lines == 1 && !b.bullet && looksLikeLabel(text) && onlyLabelsFollow(a.Text, body[i:]) && !cutSentence(text, i == len(body)-1, cutMidLine) {
			break
		}
		// Notes printed at the end without a heading ("[1] See the
		// ministry's notice ...") are back matter too.
		if isNote(a.Text, b) && onlyNotesFollow(a.Text, body[i:]) {
			break
		}
		// A dateline opening a wire report ("BEIJING, March 11 (Reuters)
		// -") says where the report was filed, not what it claims.
		// A line that is a source tag alone ("Reuters – May 22") opens
		// with no dateline, though it may look like one.
		end := b.end - moreLink(text) - tag
		if end == b.end {
			end -= signOff(text)
		}
		if end -= linkPrompt(a.Text[b.start:end]); end == b.start {
			continue // a paragraph or an item that is a link's prompt alone
		}
		n, _ := parseDateline(text)
		// A date alone opens a report only in its first paragraph of
		// prose, and never one of a chronology's dated entries.
		if d, _ := dateAlone(text); d > 0 && (prose || datedEntries(a.Text, body, i)) {
			n = 0
		}
		if n == 0 && !prose {
			n = placeColon(text)
		}
		if n == 0 {
			n = placeDash(text, !prose)
		}
		start := b.start + n
		if b.bullet {
			start = b.mark
		} else if start > end {
			start = b.start
		}
		// A line a page set among the article's paragraphs (a caption, a
		// list of other stories' headlines) or its headline printed again
		// is no claim of the article.
		if !b.bullet && label < 0 && (unstoppedLines(a.Text[start:end]) && runs.inserted(i) || repeatsTitle(a.Text, b, a.Title) || printedTwiceInARow(a.Text, body, i)) {
			continue
		}
		if label >= 0 {
			start, label = label, -1
		}
		a.Paragraphs = append(a.Paragraphs, claimx.Paragraph{
			Section: section,
			Span:    claimx.Span{Start: runes.at(start), End: runes.at(end)},
		})
		prose = prose || endsSentence(a.Text[start:end])
	}
	if !slices.ContainsFunc(a.Paragraphs, func(p claimx.Paragraph) bool { return p.End > p.Start }) {
		a.Paragraphs = append(a.Paragraphs, listedTitles(a.Text, body, runes)...)
	}
	// A note on the author closing the text ("Ana Ruiz is a senior fellow
	// at …") names the author a header and a sign-off did not.
	if !signed {
		for _, b := range body[max(len(body)-maxNoteBlocks, 0):] {
			if names, ok := noteAuthors(a.Text[b.start:b.end]); ok {
				a.Authors = names
				break
			}
		}
	}
}

// closingByline is the writers a by-line alone on its line names: an
// opener that introduces them ("Posted by", "Written by", "Author:",
// lexicon.BylineOpeners), then people's names and nothing else, a role
// perhaps after them. An editor's line ("Edited by Li Wei") names no
// writer, nor a site's account ("Posted by admin") or a body ("Posted by
// the Harbour Institute").
func closingByline(line string) ([]string, bool) {
	line = strings.TrimSpace(line)
	rest, explicit := cutBylinePrefix(line)
	if !explicit || strings.HasPrefix(strings.ToLower(line[:len(line)-len(rest)]), editedOpener) {
		return nil, false
	}
	names, ok := parseAuthors(line)
	return names, ok && !slices.ContainsFunc(names, func(n string) bool { return !isPersonName(n) || !likelyName(n) })
}

// editedOpener opens an editor's line, whose names edited the text and
// wrote none of it.
const editedOpener = "edited"

// maxFurnitureWords is the most words of a line of page furniture among
// the paragraphs ("© Harbour Media Ltd", "Tags: ports, shipping",
// "Copyright 2024 The Valley Courier. All rights reserved."): a longer
// line opened by such a label ("Breaking: …", "Note: …") is a sentence.
const maxFurnitureWords = 12

// closingNote reports whether body[i] is a note on the author closing the
// text (authorNote), in its last two blocks. A note closes running text:
// a text's only running paragraph is the text, whatever name opens it
// ("Xi Jinping Thought is …" under a name read as the by-line).
func closingNote(a *claimx.Article, body []block, i int) bool {
	return i >= len(body)-2 && authorNote(a.Text[body[i].start:body[i].end], a.Authors) &&
		(len(a.Paragraphs) > 0 || runningBytes(a.Text, body[i+1:]) > 0)
}

// listedTitles are the paragraphs of a page that is nothing but a list of
// dated items, each a title over a line that names its outlet and date
// ("Ports Reopen" over "Quay Post, January 20, 2023"): with no running text
// around them the titles read as headings, yet each is what its source line
// cites, so each title is a paragraph of its own.
func listedTitles(text string, body []block, runes *runeIndex) []claimx.Paragraph {
	var out []claimx.Paragraph
	for i := 0; i+1 < len(body); i++ {
		b, next := body[i], body[i+1]
		if b.lines != 1 || next.lines != 1 || cite.SourceTagLen(text[b.start:b.end]) > 0 {
			continue
		}
		if tag := text[next.start:next.end]; cite.SourceTagLen(tag) == len(tag) {
			out = append(out, claimx.Paragraph{Span: claimx.Span{Start: runes.at(b.start), End: runes.at(b.end)}})
		}
	}
	return out
}

// creditedWriters are the writers a credits line names: those after
// "Reporting by" and "Writing by", not those who added reporting or edited
// ("(Reporting by Ana Ruiz in Lagos; Additional reporting by Li Wei;
// Editing by Mark Hale)"); nil if the text is no such line.
func creditedWriters(text string) []string {
	if len(text) > maxCaption || !writersCredit.MatchString(text) {
		return nil
	}
	var names []string
	for clause := range strings.SplitSeq(strings.Trim(text, "()[]. "), ";") {
		clause = strings.TrimSpace(clause)
		if m := writersCredit.FindStringIndex(clause); m != nil && m[0] == 0 {
			found, _ := parseAuthors("By " + clause[m[1]:])
			names = append(names, found...)
		}
	}
	return names
}

// citedAs is the writers a page's note on how to cite the piece names
// (lexicon.CitationLabels, then a colon): the names before the piece's
// own title in quotation marks ("Cite as: Ana Ruiz and Li Wei, “Ports
// Reopen”, Harbour Institute, 2024."). A note that cites another work, its
// quoted title not the text's, names no writer of the text; nil if the
// text is no such note.
func citedAs(text, title string) []string {
	label, rest, ok := strings.Cut(text, ":")
	if !ok || title == "" || len(text) > maxCaption || !lexicon.CitationLabels.Has(strings.ToLower(strings.TrimSpace(label))) {
		return nil
	}
	open := strings.IndexAny(rest, "“\"‘")
	if open < 0 {
		return nil
	}
	mark, size := utf8.DecodeRuneInString(rest[open:])
	end := strings.IndexRune(rest[open+size:], titleMarks[mark])
	if end < 0 || !strings.EqualFold(strings.TrimRight(rest[open+size:open+size+end], ",.;: "), strings.TrimRight(title, ",.;: ")) {
		return nil
	}
	names, ok := parseAuthors("By " + strings.TrimRight(strings.TrimSpace(rest[:open]), ",.;: "))
	if !ok {
		return nil
	}
	return names
}

// titleMarks closes each quotation mark a cited title opens with.
var titleMarks = map[rune]rune{'“': '”', '"': '"', '‘': '’'}

// outletReporter is the reporter a standfirst names with the outlet's
// possessive before a verb of reporting: "The BBC's Ana Ruiz asks what it
// means.", "… the BBC's Ana Ruiz reports from Lagos."; the outlet is one
// the gazetteer lists, the name a person's.
func outletReporter(text string) (string, bool) {
	if len(text) > maxCaption || !strings.Contains(text, "'s ") && !strings.Contains(text, "’s ") {
		return "", false
	}
	m := reporterLine.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	if e, ok := gazetteer.Default().Lookup(m[1]); !ok || !e.Outlet || !isPersonName(m[2]) || !plainName(m[2]) {
		return "", false
	}
	return m[2], true
}

// pieceCredit is the writers an editor's note credits the piece with in
// its first sentence, after a label such as "Editor's note:": a kind of
// piece (lexicon.ArticleKinds, lexicon.ItemKinds), perhaps a verb of
// authoring (lexicon.Authoring) with its auxiliary ("was written"), "by"
// and people's plain names, perhaps each with a role after a comma. Before
// the kind stands nothing but the name of the body or the title the piece
// is filed under ("Harbour Institute report by Ana Ruiz.", "Ports Reopen,
// infographic by Ana Ruiz and Li Wei"), "this" ("This essay by Ana Ruiz,
// a fellow at …") or a note that the text follows ("The following essay
// was written by Ana Ruiz, …"). A kind that a story may embed as an item
// (an infographic) needs the title or the body's name: a bare
// "Infographic by Li Wei" credits a picture in the story. A sentence about
// another piece goes on with a verb after the names ("A report by Ana Ruiz
// found …") or opens with a preposition or a verb ("In a report by Ana
// Ruiz, …", "He read a report by …"); only a note about this piece ("This
// …", "The following …") may go on to say where it first ran ("This essay
// by Ana Ruiz first appeared in …"). Nil if the text is no such note.
func pieceCredit(text string) []string {
	if len(text) > maxCaption || !strings.Contains(text, " by ") {
		return nil
	}
	first := text
	if ss := segment.Sentences(text); len(ss) > 0 {
		first = text[ss[0].Start:ss[0].End]
	}
	if label := noteLabel.FindString(first); label != "" {
		first = strings.TrimSpace(first[len(label):])
	}
	at := strings.Index(first, " by ")
	if at < 0 {
		return nil
	}
	words := strings.Fields(first[:at])
	if n := len(words); n > 0 && lexicon.Authoring.Has(strings.ToLower(words[n-1])) {
		words = words[:n-1]
		// "… was written by", "… has been translated by"
		for n := len(words); n > 0 && (lexicon.Be.Has(strings.ToLower(words[n-1])) || lexicon.Have.Has(strings.ToLower(words[n-1]))); n-- {
			words = words[:n-1]
		}
	}
	kind, item := -1, false // where the kind of piece, of one word or more, opens
	for n := 1; n <= min(maxKindWords, len(words)); n++ {
		k := strings.ToLower(strings.Join(words[len(words)-n:], " "))
		if lexicon.ArticleKinds.Has(k) || lexicon.ItemKinds.Has(k) {
			kind, item = len(words)-n, lexicon.ItemKinds.Has(k)
		}
	}
	if kind < 0 || !noteOpening(words[:kind]) || item && !titledNote(words[:kind]) {
		return nil
	}
	rest := strings.TrimSuffix(first[at+len(" by "):], ".")
	head, _, _ := strings.Cut(rest, ",")
	names := strings.Fields(head)
	for i, w := range names {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && w != "and" && !lexicon.NameParticles.Has(w) {
			// A verb after the names: the sentence reports on the piece,
			// unless this piece's note says where it first ran.
			if !selfNote(words[:kind]) || !firstRan.MatchString(strings.Join(names[i:], " ")) {
				return nil
			}
			rest = strings.Join(names[:i], " ")
			break
		}
	}
	found, ok := parseAuthors("By " + rest)
	if !ok || slices.ContainsFunc(found, func(n string) bool { return !isPersonName(n) || !plainName(n) }) {
		return nil
	}
	return found
}

// maxKindWords is the most words of a kind of piece ("occasional
// working paper").
const maxKindWords = 3

// headlineSpeaker is the one speaker a speech page's headline names: the
// headline opens on a kind of speech (lexicon.SpeechKinds) and names the
// speaker after "by", up to what says where, when or to whom it was given,
// the titles before the name dropped ("Statement by President Ana Ruiz at
// the summit", "Speech on the Reception … by H.E. Ambassador Li Wei"):
// a person's name, after a title or known as a name. Where it names two
// speakers or a body ("Remarks by the Spokesperson", "Statement by
// Harbour Workers Union"), it names no one author.
func headlineSpeaker(title string) (string, bool) {
	words := strings.Fields(title)
	kind := false
	for n := 1; n <= min(maxKindWords, len(words)); n++ {
		kind = kind || lexicon.SpeechKinds.Has(strings.ToLower(strings.Join(words[:n], " ")))
	}
	_, rest, ok := strings.Cut(title, " by ")
	if !kind || !ok {
		return "", false
	}
	rest = strings.TrimSpace(speakerEnd.Split(rest, 2)[0])
	titled := false
	if m := excellency.FindString(rest); m != "" {
		rest, titled = rest[len(m):], true
	}
	words = strings.Fields(rest)
	if slices.Contains(words, "and") || slices.Contains(words, "&") {
		return "", false
	}
	// The name follows the last title: "Foreign Ministry Spokesperson Li Wei".
	for i := len(words) - 1; i >= 0; i-- {
		if lexicon.IsTitle(words[i]) || lexicon.IsHonorific(words[i]) {
			words, titled = words[i+1:], true
			break
		}
	}
	name := strings.Join(words, " ")
	if !isPersonName(name) || isRole(name) || slices.ContainsFunc(words, headWord) {
		return "", false
	}
	// Untitled, the name must read as one: "Speech by Candlelight Draws
	// Crowds" is a story's headline. Past three capitalised words, a
	// name the gazetteer does not list runs on into a headline's verb:
	// "Speech by President Ana Ruiz Sparks Outrage".
	e, listed := gazetteer.Default().Lookup(name)
	listed = listed && e.Type == claimx.Person
	if !titled && !knownName(name) && !listed || capitalised(words) > maxSpeakerWords && !listed {
		return "", false
	}
	return name, true
}

// capitalised counts the words of a name that are no particle ("van",
// "de"): "Greta van Dalen" has two.
func capitalised(words []string) int {
	n := 0
	for _, w := range words {
		if !lexicon.NameParticles.Has(w) {
			n++
		}
	}
	return n
}

// maxSpeakerWords is the most words of a speaker's name, its particles
// apart, in a speech's headline, unless the gazetteer lists the name.
const maxSpeakerWords = 3

// excellency is the style of an ambassador or a head of state before the
// name in a speech's headline: "H.E.", "His Excellency".
var excellency = regexp.MustCompile(`^(?:H\.\s?E\.|(?:His|Her) Excellency)\s+`)

// speakerEnd ends the speaker's name in a speech's headline: a
// preposition, a comma, a colon, a dash or a bracket after it.
var speakerEnd = regexp.MustCompile(`\s+(?:at|on|to|in|during|before|for|of|with)\s|[,:;(]|\s[-–—]\s`)

// firstRan opens the words after the names in a note about the piece that
// say where it ran before: "first appeared in", "was originally published
// by", "is adapted from".
var firstRan = regexp.MustCompile(`^(?:(?:first|originally) )?(?:appeared|appears|ran|(?:was|is|has been) (?:first |originally )?(?:published|printed|adapted|excerpted))\b`)

// noteOpening reports whether the words before the kind of piece in an
// editor's note leave the piece the note's subject: "The following …"
// opening them, or nothing but a name or a title in title case before an
// article or "this" ("Harbour Institute", "Ports Reopen,"), no preposition
// opening it ("In a report by …").
func noteOpening(words []string) bool {
	if following(words) {
		return true
	}
	for i, w := range withoutDeterminer(words) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.NameConnectors.Has(w) || i == 0 && lexicon.Prepositions.Has(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// selfNote reports whether the words before the kind of piece make the
// note one about this very piece: "This …" or "The following …".
func selfNote(words []string) bool {
	return len(words) == 1 && strings.EqualFold(words[0], "this") || following(words)
}

// titledNote reports whether the words before the kind of piece hold a
// title or a body's name, not only an article, "this" or "The following".
func titledNote(words []string) bool {
	return !selfNote(words) && len(withoutDeterminer(words)) > 0
}

// following reports whether words open with "The following".
func following(words []string) bool {
	return len(words) >= 2 && strings.EqualFold(words[0], "the") && strings.EqualFold(words[1], "following")
}

// withoutDeterminer returns words without the article or "this" that
// closes them, right before the kind of piece: "the", "a", "this".
func withoutDeterminer(words []string) []string {
	if n := len(words); n > 0 && (lexicon.Articles.Has(strings.ToLower(words[n-1])) || strings.EqualFold(words[n-1], "this")) {
		return words[:n-1]
	}
	return words
}

// reporterLine is a sentence naming an outlet's reporter as the one who
// reports: group 1 the outlet, group 2 the name.
var reporterLine = regexp.MustCompile(`(?:^|\. )(?:The |the )?(\p{Lu}[\pL.&]*(?: \p{Lu}[\pL.&]*)?)['’]s (\p{Lu}[\pL'’-]+(?: \p{Lu}[\pL'’-]+){1,2}) (?:asks|reports|looks|explains|examines|considers|assesses|investigates|finds out|visits|meets)\b`)

// maxReporterBlocks is how many blocks from the body's start a standfirst
// that names its reporter, or an editor's note that credits the piece, is
// looked for in.
const maxReporterBlocks = 3

// writersCredit opens a clause of a credits line that names the writers.
var writersCredit = regexp.MustCompile(`^[(\[]?(?i:reporting|reported|writing|written) by `)

// maxNoteBlocks is how many blocks at the end of a text a note on its
// author is looked for in.
const maxNoteBlocks = 2

// authorBio opens a note on the authors: the names of one or two, each of
// two to four capitalised words, and what they are or do ("Ana Ruiz is a
// senior fellow at …", "Li Wei is currently …", "Ana Ruiz and Li Wei are
// researchers at …", "Ana Ruiz teaches …", "Ana Ruiz, a reporter at the
// Harbour Times, covers …"). Group 1 holds the names.
var authorBio = regexp.MustCompile(`^(?:About the authors?:?\s*)?(` + bioName + `(?: and ` + bioName + `)?)` +
	`(?:,? (?:is|are|was|were|serves as) (?:a|an|the|currently|also|now|both|senior|associate|assistant|professor|director|editor|founder|\p{Ll}+s)\b` +
	`| ` + personsWorkVerbs + `\b` +
	`|, (?:a|an|the) [^,]{3,80}, (?:is|was|has|writes|teaches|covers|leads)\b)`)

// personsWorkVerbs are the verbs of what a person does that open a note
// on an author after the name ("Ana Ruiz writes about …"); personsWork
// matches one alone.
const personsWorkVerbs = `(?:writes|teaches|covers|researches|leads|heads|directs|holds|specializes|specialises|focuses)`

var personsWork = regexp.MustCompile(`^` + personsWorkVerbs + `$`)

// bioName is a name in a note on the author: two to four capitalised words.
const bioName = `\p{Lu}[\pL.'’-]*(?: \p{Lu}[\pL.'’-]*){1,3}`

// noteAuthors are the authors a note on the authors names: people's plain
// names (no public figure the gazetteer lists, as a closing paragraph about
// a leader is none), without their titles ("Dr."), in a paragraph short
// enough to be a note. A series, a column or a show is described in the
// same words ("Quiet Mornings is a series that …"): a name not known as a
// person's (knownName) needs the note to give a person's role ("is an
// associate professor"), as one about an author does.
func noteAuthors(text string) ([]string, bool) {
	text = unwrapNote(text)
	// A note is a sentence or two about the author, no report of what
	// someone said.
	if len(text) > maxCaption || strings.ContainsAny(text, "“”\"") || len(segment.Sentences(text)) > 2 {
		return nil, false
	}
	m := authorBio.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, false
	}
	var names []string
	for n := range strings.SplitSeq(text[m[2]:m[3]], " and ") {
		n = dropTitles(n)
		if !isPersonName(n) || !plainName(n) || isRole(n) || !knownName(n) && !holdsRole(text[m[3]:]) {
			return nil, false
		}
		names = append(names, n)
	}
	return names, true
}

// unwrapNote drops the marks pages print a note on the author in: italics
// ("*Ana Ruiz is …*", "_Ana Ruiz …_") or brackets ("(Ana Ruiz is …)",
// "[Ana Ruiz is …]").
func unwrapNote(text string) string {
	text = stripEmphasis(text)
	for _, pair := range []string{"()", "[]"} {
		if strings.HasPrefix(text, pair[:1]) && closesAt(text, pair[0], pair[1]) == len(text)-1 {
			return stripEmphasis(text[1 : len(text)-1])
		}
	}
	return text
}

// closesAt is the index of the bracket that closes the one opening s, -1
// if none does.
func closesAt(s string, open, close byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case close:
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// holdsRole reports whether a note's words after a name say what a person
// does: a verb of a person's work ("writes about …", "teaches …"), as
// authorBio reads it, or a role a person holds ("an associate professor
// of law", "a senior fellow,").
func holdsRole(rest string) bool {
	words := strings.Fields(rest)
	if len(words) > 0 && personsWork.MatchString(words[0]) {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool { return lexicon.IsTitle(strings.Trim(w, ",.;:")) })
}

// reportDate is the publication day a text gives outside its header: in
// the dateline of its first paragraph ("Feb. 23, 2015 --", "Taipei, Sept.
// 12 (CNA)"), else in its title ("Press Conference on May 31, 2022") or
// its first line, else
// in its address; the zero time if none does.
func reportDate(a *claimx.Article, body []block) time.Time {
	for i, b := range body[:min(2, len(body))] {
		if datedEntries(a.Text, body, i) {
			break // a chronology's dates are its entries'
		}
		if d, ok := datelineDate(a.Text[b.start:b.end], func() int { return reportYear(a.Text, a.URL) }); ok {
			return d
		}
	}
	if d, ok := dateIn(a.Title); ok {
		return d
	}
	// A title the header did not take may still date the text: a listing
	// page's "China in the News: March 14, 2021" over its items. A
	// picture's caption there dates the picture.
	if a.Title == "" && len(body) > 0 {
		if first := a.Text[body[0].start:body[0].end]; body[0].lines == 1 && len(first) <= maxHeaderField && looksLikeTitle(first) && !caption(first) {
			if d, ok := dateIn(first); ok {
				return d
			}
		}
	}
	if d, ok := urlDate(a.URL); ok {
		return d
	}
	if d, ok := closingDate(a.Text, body); ok {
		return d
	}
	if d, ok := markedDate(a.Text, body); ok {
		return d
	}
	d, _ := labelledDate(a.Text)
	return d
}

// labelledDate is the first publication date a line labels as one
// anywhere in the text ("Published: 3 July 2013", "Date posted
// 2013-07-03", or "Published" on a line of its own over the date), where
// nothing nearer the header dated the text: a journal's or a
// repository's page prints its fields after the abstract, a blog its
// post's date under the post. Only a label that names the publication
// counts: far from the header, "Date: 1 October 1949" or "On 4 June 1989"
// dates an event, and a revision's label ("Updated") no publication.
func labelledDate(text string) (time.Time, bool) {
	label := false // the line before was a publication's label alone
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		l := readDateLabel(line)
		publication := l.publication && !l.revision
		// The label and its date may open a longer line, the date run
		// on into the post's fields: "Published on Apr 01, 2008 in Asian
		// Studies", "Posted: Sunday, October 10, 2021. 9:01 am CST. By
		// …". A sentence that opens so is about another text ("Published
		// on 4 June 2018 in the Harbour Review, the essay argued …").
		if publication && l.end > 0 && hasDigit(line) && !endsSentence(line) {
			if n := segment.FullDate(line[l.end:]); n > 0 && postFields.MatchString(line[l.end+n:]) {
				if d, ok := parseDateLine(line[l.end : l.end+n]); ok {
					return d, true
				}
			}
		}
		if len(line) > maxHeaderField {
			continue
		}
		// A source line may end on when the text was published after whom
		// it is from: "Source: Harbour Council, published on Monday, June
		// 22 2020." Elsewhere the words date another text ("The report,
		// published on 12 May 2019, found …", a reference's item).
		if m := publishedOn.FindStringIndex(line); m != nil && sourceLine.MatchString(line) {
			if n := segment.FullDate(line[m[1]:]); n > 0 && strings.TrimRight(line[m[1]+n:], ".) ") == "" {
				if d, ok := parseDateLine(line[m[1] : m[1]+n]); ok {
					return d, true
				}
			}
		}
		if (label && l.end == 0 || publication && l.end > 0) && hasDigit(line) {
			if d, ok := parseDateLine(line[l.end:]); ok {
				return d, true
			}
		}
		// A label alone may end on its word with no mark after it ("Date
		// posted"), which readDateLabel leaves unread.
		label = publication && l.end == len(line) || lexicon.PublicationLabels.Has(strings.TrimRight(line[l.end:], ":： "))
	}
	return time.Time{}, false
}

// publishedOn says, after a comma, when the text a line names was
// published: ", published on ".
var publishedOn = regexp.MustCompile(`(?i),\s+(?:first\s+|originally\s+)?published\s+on\s+`)

// sourceLine opens a line that says where a text is from: "Source:",
// "Reprinted from".
var sourceLine = regexp.MustCompile(`^(?i:sources?:|from:|(?:reprinted|republished|reposted) from\s)`)

// postFields are what a post's date line runs on into after the date: the
// sections it was filed in ("in Asian Studies", a capitalised name after
// "in"), or its time, author or tags after a mark (". 9:01 am", " | By").
var postFields = regexp.MustCompile(`^(?:\s+in\s+\p{Lu}|\s*[.,|·–—-]\s|$)`)

// markedDate is the first date amid a page's marks (dateAmidMarks) on a
// line over the text, where the header read no date: the last resort, as
// such a line does not take part in reading the header's shape.
func markedDate(text string, body []block) (time.Time, bool) {
	head := text
	if len(body) > 0 {
		head = text[:body[0].start]
	}
	for i, line := range strings.Split(head, "\n") {
		if i == maxHeaderUnits {
			break
		}
		if line = strings.TrimSpace(line); len(line) <= maxHeaderField && hasDigit(line) {
			if d, ok := dateAmidMarks(line); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// closingDate is the day printed alone on a line right after the running
// text, as a statement, a letter or a blog post closes ("Aug 21, 2008"
// over the blog's archive and its readers' comments): the text's first
// line that is a date alone, when a paragraph of running text stands right
// above it and none right under it. A chronology's or a diary's dated
// headings have text under them.
func closingDate(text string, body []block) (time.Time, bool) {
	for i, b := range body {
		t := text[b.start:b.end]
		if b.lines != 1 || len(t) > maxDateAlone || !hasDigit(t) {
			continue
		}
		// Its label and a field after it may stand beside it: "Last
		// Update: 2024-04-18 17:00:08 - Source: Channel 8".
		var h header
		if !h.takeDate(t) {
			continue
		}
		d := h.published
		if i == 0 || !runningParagraph(text[body[i-1].start:body[i-1].end]) || i+1 < len(body) && runningParagraph(text[body[i+1].start:body[i+1].end]) {
			return time.Time{}, false
		}
		return d, true
	}
	return time.Time{}, false
}

// runningParagraph reports whether a block reads as a paragraph of running
// text: words enough for a sentence, and a sentence's end.
func runningParagraph(t string) bool {
	return hasWords(t, minProseWords) && endsSentence(t)
}

// hasWords reports whether s holds at least n words, as strings.Fields
// splits them, without building the slice of them all: the layout asks it
// of every paragraph.
func hasWords(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// commentsEnd reports whether body[i], a line alone, is a label that opens
// the readers' comments under the article, which end it. A button ("View
// comments", "Show comments") never does: pages print it under the
// standfirst as well. A label must have running text over it, and a bare
// "Comment:" or "Comments", which digests and law blogs also print over the
// author's own analysis, must stand in the text's latter part (less running
// text under it than over it) with no running paragraph right under it. An
// unmistakable label, a count ("12 comments") or a call or notice ("Leave a
// reply", "Comments are closed"), needs only one of the two.
func commentsEnd(text string, body []block, i int) bool {
	words, counted := commentsLabel(text[body[i].start:body[i].end])
	if words == nil || lexicon.UIVerbs.Has(words[0]) {
		return false
	}
	over := runningBytes(text, body[:i])
	if over == 0 {
		return false
	}
	latter := runningBytes(text, body[i+1:]) < over
	proseUnder := i+1 < len(body) && runningParagraph(text[body[i+1].start:body[i+1].end])
	if counted || len(words) > 1 {
		return latter || !proseUnder
	}
	return latter && !proseUnder
}

// runningBytes is how much running text (runningParagraph) blocks hold.
func runningBytes(text string, blocks []block) int {
	n := 0
	for _, b := range blocks {
		if t := text[b.start:b.end]; runningParagraph(t) {
			n += len(t)
		}
	}
	return n
}

// maxDateAlone is the most bytes of a line that is a date alone, its label,
// weekday and time of day with it.
const maxDateAlone = 64

// splitBlocks groups lines into blocks. A blank line ends a block; a bullet
// or Markdown heading line starts one; an unindented line after a bullet item
// starts a new paragraph, an indented one continues the item.
func splitBlocks(text string, lineParagraphs bool) []block {
	var blocks []block
	var cur *block
	flush := func() {
		if cur != nil {
			blocks = append(blocks, *cur)
			cur = nil
		}
	}
	blank := false // a blank line since the current block's last line
	wrapped := wrappedToWidth(text)
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		lineStart := off
		off = end + 1

		content := strings.TrimSpace(line)
		if content == "" {
			blank = true
			continue
		}
		// A rule, or a bullet with nothing after it (a list's empty last
		// item, "  • "), ends the block above and holds nothing.
		if isRule(content) || utf8.RuneCountInString(content) == 1 && strings.Contains(bareBullets, content) {
			flush()
			continue
		}
		if blank {
			blank = false
			if cur != nil && !cur.bullet && sentenceRunsOn(text[cur.start:cur.end], content) {
				cur.end = lineStart + strings.Index(line, content) + len(content)
				cur.lines++
				continue
			}
			flush()
		}
		indented := line[0] == ' ' || line[0] == '\t'
		cStart := lineStart + strings.Index(line, content)
		cEnd := cStart + len(content)
		marker, isBullet := bulletMarker(content)
		hashes := mdHeadingMarker(content)
		switch {
		case isBullet:
			flush()
			cur = &block{start: cStart + marker, end: cEnd, mark: cStart, lines: 1, bullet: true}
		case hashes > 0:
			flush()
			blocks = append(blocks, block{start: cStart + hashes, end: cEnd, lines: 1, mdHeading: true})
		case cur != nil && (!cur.bullet || indented) && !(lineParagraphs && lineBreakEndsBlock(text[cur.start:cur.end], content, wrapped)):
			cur.end = cEnd
			cur.lines++
		default:
			flush()
			cur = &block{start: cStart, end: cEnd, lines: 1}
		}
		if cur != nil {
			// Trim what the marker left at the block start.
			for cur.start < cur.end && (text[cur.start] == ' ' || text[cur.start] == '\t') {
				cur.start++
			}
		}
	}
	flush()
	for i := range blocks {
		b := &blocks[i]
		for b.start < b.end && (text[b.start] == ' ' || text[b.start] == '\t') {
			b.start++
		}
	}
	return blocks
}

// wrappedToWidth reports whether a text is wrapped to a width, its lines
// broken wherever the next word would not fit, rather than printed a
// paragraph a line as pages copied as text are: no more than a few of
// its lines run longer than a wrapped line does.
func wrappedToWidth(text string) bool {
	long := 0
	for line := range strings.Lines(text) {
		if len(line) > maxWrappedLine && utf8.RuneCountInString(strings.TrimSpace(line)) > maxWrappedLine {
			if long++; long >= minLongLines {
				return false
			}
		}
	}
	return true
}

// minLongLines is the fewest lines longer than a wrapped line that tell a
// text printed a paragraph a line: a wrapped text may hold a long web
// address or two.
const minLongLines = 3

// sentenceRunsOn reports whether a line after a blank one goes on with the
// sentence the block before it leaves open, as pages copied as text break a
// sentence where the page set an element ("… in China. These\n\nfacilities
// were built …"): the block is running text that stops short of a
// sentence's end on a word, or a paragraph's drop cap set apart ("C\n\nhina
// is …"), and the line opens in lower case, as no paragraph does.
func sentenceRunsOn(block, line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	last, size := utf8.DecodeLastRuneInString(block)
	if !unicode.IsLower(first) || segment.CamelCase(line) {
		return false
	}
	if size == len(block) {
		return unicode.IsUpper(last)
	}
	return unicode.IsLetter(last) && strings.ContainsAny(block, ".!?") && !endsSentence(block) && !bareLink(block)
}

// isRule reports whether a line is a horizontal rule ("---", "***", "___")
// or a column rule a table layout leaves on a line of its own ("|").
func isRule(line string) bool {
	return len(line) >= 3 && strings.Trim(line, "-*_= ") == "" || strings.Trim(line, "| ") == ""
}

// bareBullets are the list markers that, alone on a line, mark an empty
// item; a figure or a dash alone may be an item's number over its text,
// or a rule.
const bareBullets = segment.BulletMarks + "*"

// bulletMarker returns the byte length of a leading list marker ("•", "-",
// "*", "1.", "2)") followed by white space.
func bulletMarker(line string) (int, bool) {
	r, size := utf8.DecodeRuneInString(line)
	n := 0
	switch {
	case strings.ContainsRune(bareBullets+"-–", r):
		n = size
	case unicode.IsDigit(r):
		for n < len(line) && n < 3 && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n < len(line) && line[n] >= 'a' && line[n] <= 'z' {
			n++ // "9c.": a lettered item under a numbered one
		}
		if n >= len(line) || (line[n] != '.' && line[n] != ')') {
			return 0, false
		}
		n++
	default:
		return 0, false
	}
	if n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		return n + 1, true
	}
	return 0, false
}

// mdHeadingMarker returns the length of a Markdown "## " heading prefix.
func mdHeadingMarker(line string) int {
	n := 0
	for n < len(line) && n < 6 && line[n] == '#' {
		n++
	}
	if n > 0 && n < len(line) && line[n] == ' ' {
		return n + 1
	}
	return 0
}

// isHeading reports whether a block is a section heading: a Markdown
// heading, or a single short line with no sentence-final punctuation.
func isHeading(text string, b block) bool {
	if b.mdHeading {
		return true
	}
	return b.lines == 1 && !b.bullet && looksLikeLabel(text) && !salutation(text)
}

// definitionItem reports whether body[i], a line of its own, is the term
// of a definition list: a segment.DefinitionLabel right over a paragraph
// that is none (no blank line between them), in a list of such pairs (a
// term opens the block two before or two after). A label over its
// section's paragraphs, or set apart from them by a blank line ("More from
// CNN:"), is a heading or a sentence of its own instead.
func definitionItem(text string, body []block, i int) bool {
	opensWithTerm := func(j int) bool {
		if j < 0 || j >= len(body) {
			return false
		}
		b := body[j]
		line, _, _ := strings.Cut(text[b.start:b.end], "\n")
		return segment.DefinitionLabel(line) && !segment.TurnLabel(line) // a transcript's turns are no list of terms
	}
	return opensWithTerm(i) && i+1 < len(body) && !body[i+1].bullet && !opensWithTerm(i+1) &&
		strings.Count(text[body[i].end:body[i+1].start], "\n") == 1 && (opensWithTerm(i-2) || opensWithTerm(i+2))
}

// numberedHeading reports whether body[i] is a numbered line that reads
// as a label and stands alone, no list item before or after it, or heads
// running text: a section heading with a number ("1. Introduction", "2)
// Qu Qingshan on why Xi is needed"), not an item of a list.
func numberedHeading(text string, body []block, i int) bool {
	b := body[i]
	if !b.bullet || b.lines != 1 || !unicode.IsDigit(rune(text[b.mark])) || !looksLikeLabel(text[b.start:b.end]) {
		return false
	}
	// Items numbered as it is make it one of a list; a list of dashes or
	// dots under it is its section's.
	numbered := func(b block) bool { return b.bullet && unicode.IsDigit(rune(text[b.mark])) }
	// After a sentence that introduces a list ("… the following
	// documents:") it is that list's item.
	if i > 0 {
		before := strings.TrimSpace(text[body[i-1].start:body[i-1].end])
		if strings.HasSuffix(before, ":") && !looksLikeLabel(before) {
			return false
		}
	}
	number := itemNumber(text[b.mark:])
	if i+1 < len(body) {
		next := body[i+1]
		// A label with a paragraph of running text under it heads that
		// paragraph's section, whatever is numbered around it ("1.
		// Findings" after "2. Background", a section's own numbering),
		// unless it goes on with the list right over it (a "3." after a
		// "2."); one over a list numbered from 1 heads that list.
		if !next.bullet && runningParagraph(text[next.start:next.end]) {
			return i == 0 || !numbered(body[i-1]) || itemNumber(text[body[i-1].mark:])+1 != number
		}
		if numbered(next) && itemNumber(text[next.mark:]) == 1 && number > 1 {
			return true
		}
	}
	return !(i > 0 && numbered(body[i-1]) || i+1 < len(body) && numbered(body[i+1]))
}

// itemNumber is the number that opens a numbered item ("12. …" is 12).
func itemNumber(item string) int {
	n := 0
	for i := 0; i < len(item) && item[i] >= '0' && item[i] <= '9'; i++ {
		n = 10*n + int(item[i]-'0')
	}
	return n
}

var quotationWithCue = regexp.MustCompile(`[,!?…]["”’] +\pL`)

// cutSentence reports whether the last block of a text is a sentence cut
// off where the text was cut ("But, even more dreadfu", "In footag"), not
// a heading: it stops on a letter or digit ("Also in 20"), is not written
// in title case, nor is it a page's link ("Read more"). Where the text
// stops inside that line (cutMidLine), a cut is what it is whatever its
// case or length ("Mr La", "Among", "The Pres"): a heading with nothing
// under it heads nothing.
func cutSentence(text string, last, cutMidLine bool) bool {
	end, _ := utf8.DecodeLastRuneInString(text)
	if !last || len(text) > maxHeaderLine || !unicode.IsLetter(end) && !unicode.IsDigit(end) || pageFurniture(text) {
		return false
	}
	return cutMidLine || len(strings.Fields(text)) >= 2 && !titleCase(text)
}

// looksLikeLabel reports whether a line reads as a heading or label rather
// than a sentence: short, starting with a capital or digit, not ending in
// sentence punctuation (a final colon is a label: "Executive Summary:").
func looksLikeLabel(text string) bool {
	text = stripEmphasis(text)
	if text == "" || utf8.RuneCountInString(text) > 120 && !longHeading(text) || len(strings.Fields(text)) > 15 && !longHeading(text) {
		return false
	}
	// A heading may open on a quoted phrase (‘Unprecedented’ strandings);
	// a quotation closed by its punctuation and followed by words is a
	// sentence with its cue (“Yes,” he said).
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, "“‘\"'"))
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) || quotationWithCue.MatchString(text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	switch last {
	case ':':
		// "Key Points:" labels a list; "Reports point to three causes:"
		// is a sentence introducing one.
		return len(strings.Fields(text)) <= 4
	case '?':
		// "What Comes Next?" heads a section; a longer question is prose.
		return len(strings.Fields(text)) <= 6 && titleCase(text)
	case '”', '"', '’':
		// A heading may end on a quoted phrase (From Aid to “Partnership”);
		// a quotation that ends a sentence has its punctuation inside.
		inner, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "”\"’"))
		return !strings.ContainsRune(".!?,;…", inner) && (titleCase(text) || quotedCrosshead(text))
	case ')':
		// A heading may end on an aside in brackets, a part or a period
		// ("Part 6 - The Narratives (Aug 2018-Jan 2020)"): the words before
		// it are a heading's, in title case. A line all in capitals is
		// rather a photo's slug ("HARBOUR-PORT TALKS (LK)"), and one whose
		// aside prints Chinese stays running text: a heading is no claim,
		// and its Chinese term would go unrecorded.
		open := strings.LastIndexByte(text, '(')
		if open <= 0 || allCapitals(text) {
			return false
		}
		before, inside := strings.TrimSpace(text[:open]), text[open+1:len(text)-1]
		return !strings.ContainsAny(inside, ".!?;") && !strings.ContainsFunc(inside, isHan) &&
			!strings.ContainsRune(".!?;,…)", rune(before[len(before)-1])) && titleCase(before)
	case ']':
		// A sentence may close on a source or a note in square brackets
		// ("… about 4,000 personnel. [AFP, Reuters, 11/5/2015]"): no
		// heading stops on a sentence's mark before its bracket.
		if open := strings.LastIndexByte(text, '['); open > 0 {
			before := strings.TrimRight(text[:open], " ")
			return before != "" && !strings.ContainsRune(".!?;,…)", rune(before[len(before)-1]))
		}
	}
	return !strings.ContainsRune(".!?;,…)", last)
}

// maxCrossheadWords is the most words a quoted crosshead holds.
const maxCrossheadWords = 8

// quotedCrosshead reports whether a line is nothing but a short quoted
// phrase, as news pages head a stretch of a story with a few words of it in
// quotation marks, in sentence case (‘Disclosure of the agreement’, “A
// matter of trust”). A quotation that stops (“We will not back down.”), that
// pauses (“Yes,” he said) or that words follow (“Soft power” is back) is
// running text.
func quotedCrosshead(text string) bool {
	open, size := utf8.DecodeRuneInString(text)
	closing, last := utf8.DecodeLastRuneInString(text)
	if !strings.ContainsRune("“‘\"", open) || !strings.ContainsRune("”’\"", closing) || len(text) <= size+last {
		return false
	}
	inner := text[size : len(text)-last]
	// A second quotation inside opens a new one: “A” or “B” is two.
	return !strings.ContainsAny(inner, ".!?,;:…“”\"") && !strings.Contains(inner, "‘") &&
		len(strings.Fields(inner)) <= maxCrossheadWords
}

// longHeading reports whether a line too long for a label is still a
// heading: an item's headline in a digest or a related story's, every
// word capitalised but the small ones ("Sun Chunlan Inspects Chongqing and
// Stresses Speed … Without Delay"), as no sentence is written.
func longHeading(text string) bool {
	if utf8.RuneCountInString(text) > 2*maxHeaderField {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(text) {
		if n++; n > maxHeadingWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "“‘\"'("))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !lexicon.NameConnectors.Has(w) && !lexicon.Articles.Has(w) && !lexicon.Prepositions.Has(w) && !lexicon.Conjunctions.Has(w) {
			return false
		}
	}
	return true
}

// maxHeadingWords is the most words a heading holds.
const maxHeadingWords = 30

// looksLikeTitle reports whether a header line reads as a title: longer
// and freer than a section heading (it may ask a question or carry a
// subtitle after a colon) but not a sentence or a label.
func looksLikeTitle(text string) bool {
	if text == "" || utf8.RuneCountInString(text) > 250 || len(strings.Fields(text)) > 40 {
		return false
	}
	// A wire's tag may open a headline: "(3rd LD) S. Korea trying …", and
	// a blog's hashtag: "#China’s #Nickel black hole".
	if m := headlineTag.FindStringIndex(text); m != nil {
		text = text[m[1]:]
	}
	text = strings.TrimPrefix(text, "#")
	first, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("“‘\"'", first) && !bilingual(text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".,;:", last)
}

// bilingual reports whether a line opens on Chinese and goes on in English
// capitalised, perhaps after the pinyin in brackets, as a title that prints
// a slogan or a term with its translation does ("光復香港 Liberate Hong
// Kong", "河蟹 (hé xiè) — Meaning ‘River Crab’"). A line of Chinese alone is
// another script's, furniture in an English text.
func bilingual(text string) bool {
	first, _ := utf8.DecodeRuneInString(text)
	if !isHan(first) {
		return false
	}
	for w := range strings.FieldsSeq(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Latin, r) && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// headlineTag is a wire's tag in brackets before a headline: "(LEAD)",
// "(3rd LD)", "(URGENT)".
var headlineTag = regexp.MustCompile(`^\((?:\d+(?:st|nd|rd|th) )?\p{Lu}{2,}\) `)

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// titleCase reports whether most words of text start with a capital, as
// headings are written ("Who Pays?") and questions in prose are not.
func titleCase(text string) bool {
	words := strings.Fields(text)
	capital := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "“‘\"'(")); unicode.IsUpper(r) {
			capital++
		}
	}
	return 2*capital > len(words)
}

// onlyLabelsFollow reports whether every block in rest is label-like.
func onlyLabelsFollow(text string, rest []block) bool {
	for _, b := range rest {
		if b.lines != 1 || b.bullet || !looksLikeLabel(text[b.start:b.end]) {
			return false
		}
	}
	return true
}

// isNote reports whether block b of text is an endnote: a footnote marker
// and its text, or a wiki's note (wikiNote, read with the list item's
// marker the block leaves out).
func isNote(text string, b block) bool {
	from := b.start
	if b.bullet {
		from = b.mark
	}
	return wikiNote(strings.TrimSpace(text[from:b.end])) || segment.FootnoteMarker(strings.TrimSpace(text[b.start:b.end])) > 0
}

// wikiNote reports whether a block is a wiki's note: a caret (or an arrow)
// with the note's shape around it, a number before it ("1. ^ Li, Wei
// (2021). …"), the letters that link back to the places citing it ("^ a b
// …") or a quoted title after it ("^ “Ports”. …"). An arrow alone opens
// a page's link ("↑ Back to top") or a list's key point ("↑ Exports rose
// 5%"), no note.
func wikiNote(text string) bool {
	at := segment.ItemStart(text, 0)
	rest := strings.TrimLeft(text[at:], " ")
	body, caret := segment.NoteBody(rest)
	if !caret {
		return false
	}
	numbered := at > 0 && strings.ContainsAny(text[:at], "0123456789")
	// NoteBody drops the back-links' letters after the caret.
	linked := body != strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "^"), "↑"), " ")
	r, _ := utf8.DecodeRuneInString(body)
	return numbered || linked || strings.ContainsRune("\"“‘«", r) || citedAuthors.MatchString(body)
}

// citedAuthors opens a note on its authors and their date: "Ruiz, Ana
// (2021-11-16). …".
var citedAuthors = regexp.MustCompile(`^\p{Lu}[^.(),]*, [^.()]{1,40} \([^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)\.`)

// onlyNotesFollow reports whether every block in rest is an endnote or a
// label.
func onlyNotesFollow(text string, rest []block) bool {
	for _, b := range rest {
		t := text[b.start:b.end]
		if !isNote(text, b) && (b.lines != 1 || !looksLikeLabel(t)) {
			return false
		}
	}
	return true
}

func headingName(text string) string {
	return strings.TrimSpace(strings.TrimRight(stripEmphasis(text), ":"))
}

// storyList reports whether a heading labels a page's list of other
// stories (lexicon.StoryLists): "Related Stories", "Most Read".
func storyList(heading string) bool {
	return lexicon.StoryLists.Has(strings.ToLower(heading))
}

// endsRunningText reports whether a heading opens the back matter (notes,
// references), whose lines are not claims of the article.
func endsRunningText(heading string) bool {
	switch strings.ToLower(heading) {
	case "notes", "endnotes", "footnotes", "references", "sources", "bibliography", "works cited":
		return true
	}
	return false
}

// stripEmphasis drops Markdown emphasis marks around a line.
func stripEmphasis(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "*_"))
}

// parseAuthors reads a by-line: "By A and B", "A, B & C", "A". After an
// explicit "By" the names may be followed by an affiliation ("By A, Senior
// Fellow at X"), which is left out; without one, every part must be a name
// or a role ("A, Reporter").
func parseAuthors(line string) ([]string, bool) {
	line = strings.TrimRight(strings.TrimSpace(dropNoteMarks(line)), fieldRules)
	// "Written by Daniel Garrett.": the stop closes the line, no initial's.
	if words := strings.Fields(line); len(words) > 0 && len(strings.TrimSuffix(words[len(words)-1], ".")) > 2 {
		line = strings.TrimSuffix(line, ".")
	}
	openerWords := len(strings.Fields(line))
	line, explicit := cutBylinePrefix(line)
	openerWords -= len(strings.Fields(line))
	// A news outlet's name is the author after "By" ("By Reuters", "by
	// The Associated Press"), as a wire story credits its agency; alone,
	// it is the page's masthead or the story's credit, naming no one
	// ("FOCUS TAIWAN | Published December 28, 2024"). After "By" an
	// outlet the gazetteer does not list is credited as well, by its
	// name's shape ("By Coast Press Agency", "by Harbour News"). The
	// outlet that ran a wire story may follow its agency in brackets, as
	// it follows a writer's name ("By Reuters (Harbour Daily)"): the
	// contact is dropped first, so the agency is credited as it is alone.
	if strings.ContainsAny(line, "(@") { // as every match of contact holds
		line = contact.ReplaceAllString(line, "${1}${2}${3}")
	}
	if newsOutlet(line) || explicit && outletShaped(line) {
		if explicit {
			return []string{line}, true
		}
		return nil, false
	}
	// Each author's group is set off by "and" or ";" ("By A, RNZ Pacific
	// correspondent and B, RNZ Pacific journalist"); inside one, commas
	// set the names off from a role or an affiliation, which ends it.
	line = authorSeparators.Replace(line)
	if explicit {
		// After "By", "with" joins a second writer: "By Ana Ruiz with Li Wei".
		line = withSeparators.Replace(line)
	}
	groups := strings.Split(line, ";")
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ';' })
	// After "By", a blog prints its authors' handles ("by @ana_ruiz",
	// "Posted by kovarex, TOGos, Ernestas"): a handle, or one word each in
	// a list of several after an opener no sentence starts with ("Posted
	// by", not "By contrast, Beijing"), is the name the author goes by.
	handles := explicit && allHandles(parts, openerWords > 1)
	var names []string
	for _, group := range groups {
		roled := false // a name before its role opened the group
	group:
		for j, part := range strings.Split(group, ",") {
			name := dropTitles(strings.TrimSpace(part))
			switch cut, affiliated := nameBeforeAffiliation(name); {
			case name == "":
			case handles:
				names = append(names, name)
			case len(names) > 0 && affiliatedRole(strings.TrimSpace(part)):
				// "Ana Ruiz, Professor of Law at Harbour University": the
				// role she holds at a body ends the group.
				break group
			case explicit && affiliated, affiliated && likelyName(cut) && filedFrom(name[len(cut):]):
				// "Ana Ruiz of the Harbour Institute": the name before
				// its affiliation, which ends the group.
				names = append(names, cut)
				break group
			case len(names) > 0 && (outlet(name) || masthead(name) || namesPlace(name) || strings.HasPrefix(name, "Special to ")) && (explicit || likelyName(names[0])):
				// "Ana Ruiz, Reuters", "Ana Ruiz, The Harbour Times": the
				// outlet after the names; "Ana Ruiz, New Delhi", "Ana
				// Ruiz, Nation Africa": where she filed from, or an outlet
				// named for its region; "Ana Ruiz, Special to the Harbour
				// Times": a contributor's.
				break group
			default:
				// "Amy Hawkins Senior China correspondent": a name before
				// its role, printed without a comma.
				if cut, ok := nameBeforeRole(name); ok {
					names = append(names, cut)
					roled = true
					continue
				}
				// After a name and its role, a part that reads as no
				// person's name (likelyName: a body's or a unit's words)
				// is the role's unit, as the comma after a role ends the
				// group: "Ana Ruiz — Senior Fellow, Oceans Programme"; "Ana
				// Ruiz Staff Writer, Li Ming Staff Writer" names two.
				if roled && !likelyName(name) {
					break group
				}
				// "Kelli Miller WebMD Health News": a name before its
				// outlet, printed without a comma; the outlet ends the group.
				if cut, ok := nameBeforeOutlet(name); ok {
					names = append(names, cut)
					break group
				}
				// An outlet's name has a name's shape: "By Global Times".
				if isPersonName(name) && !isRole(name) && !(j > 0 && roleFirst(strings.TrimSpace(part))) && !credential(name) && !(masthead(name) && !lexicon.GivenNames.Has(strings.Fields(name)[0])) {
					names = append(names, bareSurname(name))
					continue
				}
				// What follows the names is an affiliation after "By", and
				// may be a role without it ("Ana Ruiz, Reporter").
				if len(names) > 0 && (explicit || isRole(name) || credential(name)) {
					break group
				}
				return nil, false
			}
		}
	}
	return names, len(names) > 0
}

// affiliatedRole reports whether a part of a by-line is a role held at a
// body, printed after the name: "Professor of Economics at the University
// of Eastgate", "Co-Director of the Harbour Trade Project", "Research
// Fellow at the Eastgate Institute". The role's words, up to a title,
// are capitalised, as a headline's words after a comma seldom end on one.
func affiliatedRole(part string) bool {
	cut := -1
	for _, p := range []string{" of ", " at ", " for ", " in "} {
		if i := strings.Index(part, p); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return false
	}
	role := part[:cut]
	for _, w := range strings.Fields(role) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return isRole(role)
}

// nameBeforeOutlet returns the plain name of two or three words that
// opens "Kelli Miller WebMD Health News", the rest an outlet's name, and
// whether there is one.
func nameBeforeOutlet(part string) (string, bool) {
	words := strings.Fields(part)
	for n := 2; n <= 3 && len(words)-n >= 2; n++ {
		name := strings.Join(words[:n], " ")
		// The outlet may be a journal with its issue's number: "Ana Ruiz
		// Harbour Quarterly 103".
		rest := words[n:]
		if len(rest) > 2 && strings.Trim(rest[len(rest)-1], "0123456789") == "" {
			rest = rest[:len(rest)-1]
		}
		if isPersonName(name) && plainName(name) && masthead(strings.Join(rest, " ")) {
			return name, true
		}
	}
	return "", false
}

// namesPlace reports whether a part of a by-line names a place the
// gazetteer lists, whole ("New Delhi") or by its last word after one that
// is no given name ("Nation Africa"), as a surname may be a place's name
// ("Jordan Pike", "George Washington").
func namesPlace(part string) bool {
	words := strings.Fields(part)
	return isPlace(part) || len(words) > 1 && isPlace(words[len(words)-1]) && !lexicon.GivenNames.Has(words[0])
}

// isPlace reports whether s is a place the gazetteer lists: a state, a
// city or a region.
func isPlace(s string) bool {
	e, ok := gazetteer.Default().Lookup(s)
	return ok && e.Type == claimx.GPE
}

// nameBeforeAffiliation returns the name that opens "Ana Ruiz of the
// Harbour Institute", "Ana Ruiz at Harbour University", "Ana Ruiz for RFA",
// "Ana Ruiz in Beijing" or "Ana Ruiz via The Harbour Times" (the outlet a
// repost came through), and whether there is one.
func nameBeforeAffiliation(part string) (string, bool) {
	for _, sep := range []string{" of ", " at ", " for ", " in ", " via "} {
		if i := strings.Index(part, sep); i > 0 && isPersonName(part[:i]) && !isRole(part[:i]) {
			return part[:i], true
		}
	}
	return "", false
}

// filedFrom reports whether what follows a name in a by-line is where
// the author filed from or the outlet they wrote for: " in Durban", " in
// Hong Kong", " for The Harbour Times".
func filedFrom(rest string) bool {
	name, ok := strings.CutPrefix(rest, " in ")
	if !ok {
		name, ok = strings.CutPrefix(rest, " for ")
	}
	return ok && len(strings.Fields(name)) <= maxPlaceWords && isCapitalised(name)
}

// maxPlaceWords is the most words of a place a by-line says its author
// filed from, or of the outlet they wrote for.
const maxPlaceWords = 4

// isCapitalised reports whether every word of s opens with a capital.
func isCapitalised(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// dropTitles drops the titles a by-line prints before a name ("Dr. Ana
// Ruiz", "Prof. Li Wei"), which are no part of it; a role alone ("Senior
// Fellow") keeps its words.
func dropTitles(name string) string {
	words := strings.Fields(name)
	n := 0
	for n < len(words)-2 && lexicon.IsTitle(words[n]) {
		n++
	}
	if n == 0 {
		return name
	}
	return strings.Join(words[n:], " ")
}

// outletShaped reports whether a by-line's rest is one outlet's name by
// its shape alone (masthead): no comma between names and no writer's
// name opening it, as a writer's name before the outlet's does ("MARTA
// LINDQVIST Associated Press", "Zhang Hui Harbour News"), nor a desk's
// credit ("Our Bureau", "Staff Correspondent Desk"), which names no one.
func outletShaped(line string) bool {
	if strings.ContainsAny(line, ",;") || !masthead(line) {
		return false
	}
	words := strings.Fields(line)
	first := wordsCapitalised(words[0])
	if lexicon.GivenNames.Has(first) || lexicon.Possessives.Has(strings.ToLower(first)) || slices.ContainsFunc(words, lexicon.IsTitle) {
		return false
	}
	// A Chinese name opens on its surname, its given name in pinyin
	// after it; a place's name ("Hong Kong") may read as one too.
	return !(lexicon.Surnames.Has(first) && lexicon.PinyinGiven(words[1]) && !isPlace(words[0]+" "+words[1]))
}

// newsOutlet reports whether s is a news outlet's name the gazetteer
// lists, printed in capitals or not.
func newsOutlet(s string) bool {
	e, ok := gazetteer.Default().Lookup(s)
	if !ok && allCapitals(s) {
		e, ok = gazetteer.Default().Lookup(wordsCapitalised(s))
	}
	return ok && e.Outlet
}

// bareSurname drops the title before a name printed as title and surname
// ("Bishop Tutu", "Senator Warren"), which dropTitles keeps whole so that a
// name is left; a given name that is also a title's word ("Dean Cheng",
// "Major Garrett") opens a name and stays.
func bareSurname(name string) string {
	title, surname, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(surname, " ") || !lexicon.Roles.Has(strings.ToLower(strings.TrimSuffix(title, "."))) || lexicon.GivenNames.Has(title) {
		return name
	}
	return surname
}

// noteMark is the mark a by-line prints after a name to point to the
// author's note or affiliation: a symbol ("Ana Ruiz*", "Li Wei†"), a
// superscript figure ("Ana Ruiz¹"), a footnote's number in brackets,
// perhaps after a stop or a space ("By Ana Ruiz.[1]", "By Li Wei [2]"),
// or a journal's affiliation numbers glued to the name ("Li Wei1,2"). The
// letter before it is kept (group 1 or 2).
var noteMark = regexp.MustCompile(`(\pL)\.?(?:[*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹]+| ?\[\d{1,3}\])|(\p{Ll})\d{1,2}(?:,\d{1,2})*\b`)

// dropNoteMarks drops the note marks after the names of a by-line.
func dropNoteMarks(line string) string {
	if !strings.ContainsAny(line, "0123456789*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹[") {
		return line
	}
	return noteMark.ReplaceAllString(line, "${1}${2}")
}

// authorSeparators make "and" and "&" between writers a ";", and
// withSeparators "with" after "By" ("By Ana Ruiz with Li Wei"); built once,
// as parseAuthors reads every line that may be a by-line.
var (
	authorSeparators = strings.NewReplacer(" and ", ";", " AND ", ";", " & ", ";")
	withSeparators   = strings.NewReplacer(" with ", ";", " WITH ", ";")
)

// contact is how to reach an author, printed by the name in a by-line: an
// address in brackets ("(ana@example.com)"), or a handle or address after
// the name ("Ana Ruiz @anaruiz"); or the agency or outlet the author wrote
// for in brackets ("Ana Ruiz (PTI)", "Ana Ruiz and Li Wei (The Harbour
// Times)"); a handle may be set off by a rule ("Ana Ruiz – @anaruiz").
// The name is kept (group 1).
var contact = regexp.MustCompile(`(\pL)\s*\((?:[^()]*@[^()]*|\p{Lu}[\pL.]*(?: \p{Lu}[\pL.]*){0,3})\)|(\pL)\s+(?:[-–—|·]\s+)?@[\w.]+|(\pL)\s+[\w.+-]+@[\w-]+\.[\w.]+`)

// nameBeforeRole returns the name that opens "Amy Hawkins Senior China
// correspondent" or "Mary L. Smith Staff writer": two words, or three with
// an initial or a particle, that open with a known given name, then up to
// four words of a role that end in a title.
func nameBeforeRole(part string) (string, bool) {
	words := strings.Fields(part)
	// A page copied as text may run the role into the name, two fields
	// with no space between: "Ana RuizColumnist".
	if len(words) >= 2 {
		if name, role, ok := gluedRole(words[len(words)-1]); ok {
			words = append(slices.Clone(words[:len(words)-1]), name, role)
		}
	}
	n := 2
	if len(words) > 3 && (initial.MatchString(words[1]) || lexicon.NameParticles.Has(words[1])) {
		n = 3
	}
	if len(words) <= n || len(words)-n > 4 || !lexicon.IsTitle(words[len(words)-1]) {
		return "", false
	}
	name := strings.Join(words[:n], " ")
	if !isPersonName(name) || !knownName(name) || isRole(name) {
		return "", false
	}
	return name, true
}

// gluedRole splits a word that runs a role into the surname before it, a
// capital after a lower-case letter opening the role ("RuizColumnist",
// "O'BrienEditor"); a surname's own capital after its prefix ("McDonald",
// "DeLuca", "McKing": lexicon.SurnamePrefix) opens no role.
func gluedRole(word string) (string, string, bool) {
	for i, r := range word {
		if prev, _ := utf8.DecodeLastRuneInString(word[:i]); i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) && !lexicon.SurnamePrefix(word[:i]) && lexicon.IsTitle(word[i:]) {
			return word[:i], word[i:], true
		}
	}
	return "", "", false
}

// outlet reports whether a part of a by-line after the names is the outlet
// they write for: one capitalised word ("Reuters"), or a site's domain
// ("chinadaily.com.cn").
func outlet(part string) bool {
	if strings.ContainsAny(part, " \t") {
		return false
	}
	if strings.Contains(part, ".") {
		return domain.MatchString(part)
	}
	r, _ := utf8.DecodeRuneInString(part)
	return unicode.IsUpper(r) && !strings.ContainsAny(part, "0123456789")
}

// domain is a site's address without its scheme: "chinadaily.com.cn".
var domain = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}$`)

// allHandles reports whether the parts of a by-line are all handles: a
// social handle each ("@ana_ruiz"), or, when words may be (words), two or
// more single words.
func allHandles(parts []string, words bool) bool {
	n := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if strings.ContainsAny(p, " \t") || !handle.MatchString(p) {
			return false
		}
		n++
	}
	if n == 1 || !words {
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "@") {
				return false
			}
		}
		return n > 0
	}
	return true
}

// handle is a social or forum handle: "@ana_ruiz", "TOGos", "kovarex".
var handle = regexp.MustCompile(`^@?\pL[\pL\pN_.-]{1,30}$`)

// credential reports whether a part of a by-line opens with an academic or
// professional credential ("MA", "PhD", "MD"), which follows a name and is
// not one: "By Brenda Goodman, MA WebMD Health News".
func credential(s string) bool {
	first := strings.Trim(strings.Fields(s)[0], ".,")
	switch strings.ToUpper(strings.ReplaceAll(first, ".", "")) {
	case "MA", "MS", "MSC", "BA", "BS", "PHD", "MD", "MBA", "MPH", "RN", "JD", "DPHIL":
		return true
	}
	return false
}

// isRole reports whether a name-shaped part of a by-line is a job title
// ("Senior Fellow", "Research Director"): it ends in a title and does not
// open with a given name, as "Stephen King" does.
func isRole(s string) bool {
	words := strings.Fields(s)
	// A role of several is plural: "Staff Reporters".
	last := words[len(words)-1]
	return (lexicon.IsTitle(last) || lexicon.IsTitle(lexicon.Singular(strings.ToLower(last)))) && !lexicon.GivenNames.Has(words[0])
}

// roleFirst reports whether a part of a by-line opens with a role that is
// no given name: after a name and its comma, "Head Researcher G.E.O." is a
// role and a body's initials, and "Senior Fellow Asia Program" a role and
// its programme, though dropping titles leaves words of a name's shape. (A
// name of its own, first in a by-line or after "and", may open with a
// role's word: "Dean Cheng", "Major Garrett".)
func roleFirst(s string) bool {
	first := strings.Fields(s)[0]
	return lexicon.IsTitle(first) && !lexicon.GivenNames.Has(first)
}

// isPersonName reports whether s has the shape of a personal name: two to
// five words, each capitalised (an initial, a hyphenated or particle word
// such as "de" or "van" allowed), no digits.
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	// A desk, not a person: "Our Foreign Staff", "Our Correspondent".
	if lexicon.Possessives.Has(words[0]) {
		return false
	}
	for i, w := range words {
		// A Roman numeral after one word numbers a part ("Part II"); in a
		// longer name it is a generation ("John Smith III") or an
		// initial ("Mary C Smith"), and in capitals a word ("LI NA").
		if strings.ContainsAny(w, "0123456789:") || i == 1 && len(words) == 2 && romanNumeral.MatchString(w) && !allCapitals(s) {
			return false
		}
		if lexicon.NameParticles.Has(w) {
			continue
		}
		// A possessive is no part of a name but of a phrase about its
		// bearer: "Ana Ruiz’s Legacy", a headline.
		if possessive(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// possessive reports whether a word ends in a possessive "'s" ("Ruiz's",
// "Ruiz’s").
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// romanNumeral is a number in Roman numerals: "II", "XIV".
var romanNumeral = regexp.MustCompile(`^[IVXLC]+$`)

// runeIndex converts byte offsets of a text into code-point offsets; the
// offsets asked for must not decrease.
type runeIndex struct {
	text         string
	byteOff, pos int
}

func newRuneIndex(text string) *runeIndex { return &runeIndex{text: text} }

func (r *runeIndex) at(byteOff int) int {
	if byteOff < r.byteOff {
		r.byteOff, r.pos = 0, 0
	}
	r.pos += utf8.RuneCountInString(r.text[r.byteOff:byteOff])
	r.byteOff = byteOff
	return r.pos
}

// unstopped reports whether a paragraph is one short sentence that ends on no
// sentence's mark, nor on an ellipsis that trails off, nor on the colon or
// comma that leads into what follows: a headline, a caption, a label. A
// line in Chinese or in pinyin with its tones is a term the text sets out (a
// glossary's headword, a slogan), never a page's caption on an English page.
func unstopped(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(t)
	return !endsSentence(t) && !strings.ContainsRune(":,;…", last) &&
		!strings.ContainsFunc(t, isHan) && !strings.ContainsFunc(t, pinyinTone) &&
		!hasWords(t, maxInsertedWords+1) && len(segment.Sentences(t)) == 1
}

// opensLowerCase reports whether a line opens on a lower-case letter (not
// on a tag's "#" or a handle's "@").
func opensLowerCase(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	return unicode.IsLower(r)
}

// pinyinTone reports whether r is a vowel with pinyin's first or third
// tone (ā, ǎ, ǖ, ǚ …): the acute and grave of the second and fourth tones
// are as common in European names.
func pinyinTone(r rune) bool {
	return strings.ContainsRune("āēīōūǖǎěǐǒǔǚĀĒĪŌŪǍĚǏǑǓ", r)
}

// unstoppedLines reports whether every line of a block is unstopped: a
// list of headlines the copy ran into one block. An embedded post, signed
// under its text, is quoted, not inserted; nor is a block of figures, each
// line holding one (a release's key data), which no list of headlines is,
// nor a line of a clause's length opening in lower case, which continues
// the text's sentence (a list after a lead-in, a paragraph that lost its
// stop) where a headline or a caption opens on a capital.
func unstoppedLines(text string) bool {
	figures := 0
	lines := 0
	for line := range strings.Lines(text) {
		if !unstopped(line) || segment.PostSignature(line) {
			return false
		}
		lines++
		if strings.ContainsFunc(line, unicode.IsDigit) {
			figures++
		}
	}
	if lines == 1 {
		return !opensLowerCase(text) || !hasWords(text, minProseWords) || strings.ContainsAny(text, codeMarks)
	}
	return figures < lines
}

// codeMarks are characters of a line of code or markup, which may open in
// lower case yet continues no sentence.
const codeMarks = "=(){}[]<>;/\\$#@_|*&"

// maxInsertedWords is the most words of a headline or a caption a page
// sets among an article's paragraphs; a longer line without a stop is a
// writer's sentence that lost its stop.
const maxInsertedWords = 20

// insertionRuns answers, for each block of a text's body, whether it stands
// in a run of blocks that end on no sentence's mark, set between two
// paragraphs of running text: what a page inserts into an article (a
// caption, an advertisement's label, a list of other stories' headlines)
// and a writer's paragraphs go round. The runs are found once, on the
// first question, so a long run costs time in proportion to its length.
type insertionRuns struct {
	text string
	body []block
	// before[i] and after[i] are the blocks that close body[i]'s run (-1
	// and len(body) where none does); ledIn[i] is whether a block of the
	// run before body[i] ends in a colon.
	before, after []int
	ledIn         []bool
}

// inserted reports whether body[i] is a line a page set among the
// text's paragraphs. Lines after a lead-in ending in a colon are the
// text's own list.
func (r *insertionRuns) inserted(i int) bool {
	if r.before == nil {
		r.find()
	}
	body, text := r.body, r.text
	before, after := r.before[i], r.after[i]
	if before < 0 || after == len(body) || r.ledIn[i] || body[before].bullet || body[after].bullet {
		return false
	}
	// The text's last paragraph may stop where the copy was cut.
	next := text[body[after].start:body[after].end]
	return runningParagraph(text[body[before].start:body[before].end]) &&
		(runningParagraph(next) || after == len(body)-1 && hasWords(next, minProseWords))
}

// find marks each block's run in one pass each way. A block is open
// when it is no list item and ends on no sentence's mark; the text's last
// block closes a run whatever it ends on.
func (r *insertionRuns) find() {
	n := len(r.body)
	open := make([]bool, n)
	for j, b := range r.body {
		open[j] = !b.bullet && !endsSentence(r.text[b.start:b.end])
	}
	r.before, r.after, r.ledIn = make([]int, n), make([]int, n), make([]bool, n)
	closed, colon := -1, false
	for j := range n {
		r.before[j], r.ledIn[j] = closed, colon
		if open[j] {
			colon = colon || leadsIn(r.text[r.body[j].start:r.body[j].end])
		} else {
			closed, colon = j, false
		}
	}
	closed = n
	for j := n - 1; j >= 0; j-- {
		r.after[j] = closed
		if !open[j] || j == n-1 {
			closed = j
		}
	}
}

// leadsIn reports whether a block ends in a colon, leading into a list.
func leadsIn(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// printedTwiceInARow reports whether body[i], a line of its own short
// enough to be a caption, is printed twice in a row, right over or under
// a copy of itself: a picture's text and its caption, as a page copied as
// text prints both ("Crews on the quay at dusk." twice). A writer never
// prints a sentence again as the next paragraph; both copies are the
// page's.
func printedTwiceInARow(text string, body []block, i int) bool {
	b := body[i]
	if b.lines != 1 || b.bullet || b.end-b.start > maxCaption {
		return false
	}
	// Nothing but white space stands between the copies: a standfirst
	// and the lede that repeats it have the by-line or the date between.
	same := func(j int) bool {
		if j < 0 || j >= len(body) || body[j].lines != 1 || body[j].bullet || text[body[j].start:body[j].end] != text[b.start:b.end] {
			return false
		}
		from, to := min(body[j].end, b.end), max(body[j].start, b.start)
		return strings.TrimSpace(text[from:to]) == ""
	}
	return same(i-1) || same(i+1)
}

// repeatsTitle reports whether a block prints the title again, as a page
// copied as text prints its headline twice (the page's and the
// article's): every line of it is the title, and the title stands above
// it or in it twice.
func repeatsTitle(text string, b block, title string) bool {
	if title == "" {
		return false
	}
	lines := strings.Split(text[b.start:b.end], "\n")
	for _, l := range lines {
		if strings.TrimSpace(l) != title {
			return false
		}
	}
	return len(lines) > 1 || strings.Contains(text[:b.start], title)
}
