package input

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/gazetteer"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// lineBreakEndsBlock decides whether a single line break inside a run of
// lines separates two blocks. Hard-wrapped text breaks lines anywhere, but
// pages copied as text put each paragraph on a line of its own with no blank
// line between: there a line that ends a sentence, a caption or a sign-off,
// or a heading line before a long line, stands apart from the next line when
// that one opens anew.
func lineBreakEndsBlock(before, line string, wrapped bool) bool {
	prev := before[strings.LastIndexByte(before, '\n')+1:]
	if segment.TurnLabel(prev) {
		return false // "Question:" over its question: the label opens the turn's first sentence
	}
	if creditLine(line) {
		// A credit belongs to the caption above it, a caption being one
		// sentence that shows, not reports; after a paragraph of several,
		// or a sentence that quotes or reports speech ("…, the report
		// said."), it credits an image the copy left out, and the
		// paragraph is running text.
		return reportsSpeech(prev) || len(segment.Sentences(prev)) > 1
	}
	if segment.PostSignature(line) {
		return false // a post's signature closes the post above it
	}
	if timeStamp(prev) || timeStamp(line) {
		return true // a time stamp stands apart from the text it dates
	}
	if utf8.RuneCountInString(prev) > maxWrappedLine && dateAloneLine(line) || utf8.RuneCountInString(line) > maxWrappedLine && dateAloneLine(prev) {
		// A date line under or over a paragraph printed as one line is
		// the page's, whatever case it is printed in ("april 15, 2025"); a
		// short line may be a source's entry, which the date goes on.
		return true
	}
	if bareLink(line) || linkBar(line) {
		return true // a web address or a row of links stands on its own, whatever its case
	}
	if strings.HasSuffix(prev, ":") && segment.DefinitionLabel(line) {
		return true // "… includes:" over the first term of its list
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("“\"‘'([【—–-•©", first) {
		return false
	}
	if endsSentence(prev) || strings.HasSuffix(prev, ":") || caption(prev) || signature(prev) || segment.PostSignature(prev) || salutation(prev) || salutation(line) || pageFurniture(prev) || moreLink(prev) > 0 ||
		bareLink(prev) || linkBar(prev) || cite.SourceTagLen(prev) > 0 {
		return true
	}
	if !wrapped && looksLikeLabel(prev) && !endsOnFunctionWord(prev) && !strings.ContainsFunc(prev, isHan) && !strings.ContainsFunc(prev, unicode.IsDigit) {
		// In a text printed a paragraph a line, a line that reads as a
		// label is whole: a heading, a headline in a list of other
		// stories. A line printing Chinese keeps its line of translation,
		// and one with a figure may be a source's entry in a list (a
		// date, a page), which reads on into the next.
		return true
	}
	if looksLikeLabel(prev) && !endsOnFunctionWord(prev) && longHeading(prev) && (prev == before || utf8.RuneCountInString(line) > 80) {
		// A heading over its section's first paragraph, or over the next
		// line of a title block ("The Virus of Lies:\n2020's Top Ten"): a
		// line in title case that opens its block is no wrapped sentence,
		// whose words after the first go on in lower case.
		return true
	}
	if signOffName(line) && utf8.RuneCountInString(prev) > maxWrappedLine {
		// A name alone under a paragraph printed as one long line signs
		// it, dash or none ("… sign up for their service\nBill").
		return true
	}
	return looksLikeLabel(prev) && !endsOnFunctionWord(prev) && utf8.RuneCountInString(line) > 2*utf8.RuneCountInString(prev) && utf8.RuneCountInString(line) > 80
}

// maxWrappedLine is the most code points a line of hard-wrapped text
// holds; a longer line is a paragraph a page printed as one line.
const maxWrappedLine = 100

// signOffName reports whether a line is a name alone, as a writer signs a
// letter or a newsletter: a given name ("Bill") or a person's full name.
func signOffName(line string) bool {
	if c, _ := utf8.DecodeRuneInString(line); unicode.IsUpper(c) && lexicon.GivenNames.Has(line) {
		return true
	}
	return len(strings.Fields(line)) <= 3 && isPersonName(line)
}

// reportsSpeech reports whether a sentence quotes someone or reports what
// was said ("said", "told", "added": lexicon.ClosingVerbs in the past), as
// running text does and a caption, which shows a picture, does not.
func reportsSpeech(sentence string) bool {
	if strings.ContainsAny(sentence, "“”\"") {
		return true
	}
	for _, w := range strings.Fields(sentence) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if _, form, ok := lexicon.Lemma(w, lexicon.ClosingVerbs.Has); ok && form == lexicon.Past {
			return true
		}
	}
	return false
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly inside closing quotes or brackets or before footnote markers,
// or with a bracketed aside after it: a credit, a source or a
// cross-reference ("… on Friday. (Reuters)", "… personnel. [AFP, 11/5/2015]",
// "… rejuvenation. (See Senior Leaders section)").
func endsSentence(line string) bool {
	// The header reader asks this of most lines it reads; only a line
	// ending in "]" (before white space, \s) can hold footnote markers.
	// The pattern runs on the line's tail of white space, brackets and
	// figures alone, where any match of it lies: tried at every position
	// of a long line, it cost a fiftieth of an article's processing.
	if strings.HasSuffix(strings.TrimRight(line, "\t\n\f\r "), "]") {
		k := len(strings.TrimRight(line, "\t\n\f\r []0123456789"))
		line = line[:k] + trailingMarkers.ReplaceAllString(line[k:], "")
	}
	line = strings.TrimRight(line, " ")
	if i := strings.LastIndexAny(line, "(["); i > 0 && (line[i] == '(' && strings.HasSuffix(line, ")") || line[i] == '[' && strings.HasSuffix(line, "]")) && !strings.Contains(line[i:], "\n") {
		before := strings.TrimRight(line[:i], " ”\"’)]")
		if last, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(".!?。！？", last) {
			return true
		}
	}
	line = strings.TrimRight(line, " ”\"’)]")
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?。！？", last)
}

// endsOnFunctionWord reports whether a line stops on a word that cannot end
// a heading ("The commission announced the", "… of"), as hard-wrapped lines
// do.
func endsOnFunctionWord(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "that", "as", "is", "are", "was", "were":
		return true
	}
	return false
}

// caption reports whether a paragraph is an image caption or credit, or a
// bracketed link to another story, not running text: it ends in a credit
// ("(Source: China Daily)", "[Photo/IC]", "Credit: Getty Images"), on a
// line of its own too ("… for two years.\nSource: Supplied"), or is one.
func caption(text string) bool {
	if len(text) > maxCaption {
		return false
	}
	text = strings.TrimSpace(text)
	return creditEnd(text) || creditLine(text) || creditLine(lastLine(text)) || relatedLink(text) ||
		strings.HasPrefix(text, "FILE") && fileCaption.MatchString(text) ||
		photoLead.MatchString(text) || photoPosition(text)
}

var (
	// fileCaption opens a wire service's caption of an archive photo:
	// "FILE - The minister speaks in Geneva, Feb. 24, 2020."
	fileCaption = regexp.MustCompile(`^FILE ?[-–—] `)
	// photoLead opens a caption that points at its picture: "In this photo
	// dated Nov. 29, 2016 …", "In this Jan. 5, 2020, file photo, …", "This
	// handout image released by the ministry shows …".
	photoLead = regexp.MustCompile(`^(?:In this\b[^!?]{0,40}?|This (?:undated |handout |file |aerial )*)\b(?:photo|photograph|image|picture|video grab|screenshot|screen grab|satellite image)s?\b(?:,| (?:dated|taken|released|provided|made|shot|shows?|obtained|posted|from)\b)`)
)

// photoPosition reports whether a text places a person in a picture, as
// captions do: "Ana Ruiz (left) and Li Wei", "(second right)".
func photoPosition(text string) bool {
	for i := strings.IndexByte(text, '('); i >= 0; {
		rest := text[i+1:]
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			return false
		}
		if j <= maxPosition {
			words := strings.Fields(strings.ToLower(rest[:j]))
			if n := len(words); n > 0 && n <= 2 && side[words[n-1]] && (n == 1 || rank[words[0]]) {
				return true
			}
		}
		next := strings.IndexByte(rest[j:], '(')
		if next < 0 {
			return false
		}
		i += 1 + j + next
	}
	return false
}

// maxPosition is the most bytes a position in a picture holds in brackets.
const maxPosition = len("second right")

var (
	side = map[string]bool{"left": true, "right": true, "centre": true, "center": true}
	rank = map[string]bool{"far": true, "second": true, "2nd": true, "third": true, "3rd": true}
)

// moreLink is the byte length of a link to the rest of a teaser that ends
// a paragraph after an ellipsis ("… Democratic... MORE", "… … Read more"),
// 0 if it ends in none.
func moreLink(text string) int {
	end := tail(text, maxMoreLink)
	i := strings.LastIndex(end, "...")
	n := len("...")
	if j := strings.LastIndex(end, "…"); j > i {
		i, n = j, len("…")
	}
	if i < 0 {
		return 0
	}
	link := end[i+n:]
	if !lexicon.Furniture.Has(strings.ToLower(strings.Trim(link, " »›>→[]"))) {
		return 0
	}
	return len(link)
}

// filingNote reports whether a paragraph is a blog's note on where a post
// is filed, in the sentences a blog's template prints under every post:
// "This entry was posted in Ports and tagged ferries, storms. Bookmark the
// permalink." Each of its sentences files the post ("This post was filed
// under …") or is the page's own line (pageFurniture: "Bookmark the
// permalink."), one of them at least the filing.
func filingNote(text string) bool {
	if len(text) > maxCaption || !filingSentence.MatchString(text) {
		return false
	}
	for _, r := range segment.Sentences(text) {
		if s := text[r.Start:r.End]; !filingSentence.MatchString(s) && !pageFurniture(s) {
			return false
		}
	}
	return true
}

// filingSentence opens a blog's sentence on where a post is filed.
var filingSentence = regexp.MustCompile(`^This (?:entry|post|article) was (?:posted|filed) (?:in|under)\b`)

// linkPrompt is the byte length of the sentences closing a paragraph that
// send the reader to a link the page prints as the word "here" ("Read the
// full report here.", "Click here to subscribe.", "Read our statement
// here, and download the report here."): the page's link, no claim of the
// article; 0 if the paragraph ends in none. The sentences before them
// stay.
func linkPrompt(text string) int {
	// Most paragraphs print no "here": they are not split into sentences.
	if !strings.Contains(text, "here") && !strings.Contains(text, "Here") && !strings.Contains(text, "HERE") {
		return 0
	}
	cut := len(text)
	sentences := segment.Sentences(text)
	for k := len(sentences) - 1; k >= 0 && promptsLink(text[sentences[k].Start:sentences[k].End]); k-- {
		cut = sentences[k].Start
	}
	if cut == len(text) {
		return 0
	}
	return len(text) - len(strings.TrimRightFunc(text[:cut], unicode.IsSpace))
}

// promptsLink reports whether a sentence is a prompt to follow a link: a
// button's verb opens it (lexicon.UIVerbs: "Read", "Download", "Click") and
// the link is "here", in a sentence no longer than a prompt is. A sentence
// of the text that says "here" names a place in the text, and opens on its
// subject, not on the reader's verb.
func promptsLink(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || len(words) > maxLinkPromptWords ||
		!lexicon.UIVerbs.Has(words[0]) && !lexicon.UIVerbs.Has(words[0]+" "+words[1]) {
		return false
	}
	return slices.ContainsFunc(words, func(w string) bool { return strings.TrimRight(w, ".,;:!)»") == "here" })
}

// maxLinkPromptWords is the most words of a prompt to follow a link.
const maxLinkPromptWords = 16

// signOff is the byte length of a desk's sign-off that ends a paragraph
// after its last sentence: the writers' or editors' initials, the desk or
// the wire, set off by a dash ("… of the shoal. —LDF, GMA Integrated
// News", "… next week. — Reuters", "… talks. -- Xinhua"), in brackets
// ("… in May. (PNA)", "(With inputs from agencies)") or after a slash
// ("… in May. /PNA", "/jpv"); 0 if it ends in none. A sign-off names, it
// says nothing: no stop closes it and its words are capitalised, or it is
// a credits line. A dash inside a sentence has no stop before it ("one
// aim — Taiwan."), a citation in brackets holds a figure, an embedded
// post's signature is a citation (segment.PostSignature), and a name set
// off by a dash right after a closing quotation mark is the quotation's
// attribution ("“Reform is our second revolution.” — Deng Xiaoping"),
// which says whose words they are.
func signOff(text string) int {
	end := tail(text, maxSignOff)
	i, size := strings.LastIndexAny(end, "—–/("), 1
	if j := strings.LastIndex(end, "--"); j > i {
		i, size = j, len("--")
	} else if i >= 0 && end[i] != '/' && end[i] != '(' {
		size = len("—")
	}
	if i <= 0 {
		return 0
	}
	kept := strings.TrimRight(end[:i], " ")
	before := strings.TrimRight(kept, "”’\")")
	if last, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?", last) {
		return 0
	}
	name := end[i+size:]
	switch end[i] {
	case '(':
		inner, ok := strings.CutSuffix(name, ")")
		if !ok || !credit(inner) && !credits(inner) {
			return 0
		}
	case '/':
		name = strings.TrimSuffix(name, "/")
		if !credit(name) && !initials(name) {
			return 0
		}
	default:
		if !credit(name) || segment.PostSignature(end[i:]) || quoted(kept) {
			return 0
		}
	}
	return len(end) - len(kept)
}

// quoted reports whether s ends on a closing quotation mark.
func quoted(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '”' || last == '’' || last == '"'
}

// initials reports whether s is an editor's initials in lower case, as a
// desk signs a story after a slash ("/jpv").
func initials(s string) bool {
	return len(s) >= 2 && len(s) <= 4 && strings.IndexFunc(s, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// deskSignOff reports whether a line is a sign-off alone: a dash and a
// credit ("— Reuters", "—LDF, GMA Integrated News").
func deskSignOff(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	if strings.HasPrefix(line, "--") {
		size = len("--")
	} else if r != '—' && r != '–' {
		return false
	}
	return credit(line[size:])
}

// closingAgency returns the news outlet a credit line names, set off by a
// dash or a hyphen before it ("— Reuters", "-Xinhua") or in brackets
// ("(AP)"), the outlet one the gazetteer lists; ok is false for any other
// line.
func closingAgency(line string) (string, bool) {
	line = strings.TrimSpace(line)
	name, ok := strings.CutPrefix(line, "(")
	if ok {
		name, ok = strings.CutSuffix(name, ")")
	} else {
		name = strings.TrimLeft(line, "-—–")
		ok = name != line
	}
	name = strings.TrimSpace(name)
	return name, ok && newsOutlet(name)
}

// trailingAgency is the news outlet a paragraph's last sentence names
// alone, run on after the sentences before it: "… the minister said. PTI".
func trailingAgency(text string) (string, bool) {
	ss := segment.Sentences(text)
	if len(ss) < 2 {
		return "", false
	}
	last := strings.TrimSpace(text[ss[len(ss)-1].Start:ss[len(ss)-1].End])
	return last, newsOutlet(last)
}

// maxSignOff is the most bytes a sign-off and its dash hold.
const maxSignOff = 60

// maxSignOffWords is the most words a sign-off holds.
const maxSignOffWords = 5

// credit reports whether s names a desk or writers as a sign-off does: a
// few capitalised words or initials, commas or slashes between them
// ("LDF, GMA Integrated News", "Ana Ruiz/AFP"), nothing that stops.
func credit(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '/' })
	if len(words) == 0 || len(words) > maxSignOffWords || strings.ContainsAny(s, ".!?:;()\n") {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.NameConnectors.Has(w) {
			return false
		}
	}
	return true
}

// maxMoreLink is the most bytes an ellipsis and a link after it hold.
const maxMoreLink = 32

// maxCredit is the most bytes a credit ending a caption holds.
const maxCredit = 200

// The credit patterns below are each anchored at the start of the text
// they are given, or run on its last few bytes only: unanchored, Go's
// regexp tries every position of a paragraph, and these checks run on
// every paragraph and line of every article.

// creditEnd reports whether a caption ends in a credit: in brackets
// ("(Source: China Daily)", "[Photo/IC]", "(Thomas Coex/AFP/Getty
// Images)"), or after its last sentence ("… at dusk. Photo: Ana
// Ruiz/Reuters"), perhaps with a note after it.
func creditEnd(text string) bool {
	if end := strings.TrimSuffix(text, "."); strings.HasSuffix(end, ")") || strings.HasSuffix(end, "]") {
		// No such credit holds a ")" before its last: it starts after any.
		inner := end[strings.LastIndexByte(end[:len(end)-1], ')')+1:]
		if bracketCredit.MatchString(tail(inner, maxCredit)) {
			return true
		}
		// A name alone in brackets after one sentence that shows, not
		// reports: "… on March 27, 2018. (Yonhap)", "… China. [AP ARCHIVE]".
		if i := strings.LastIndexAny(end, "(["); i > 0 && bracketedName.MatchString(end[i:]) && endsSentence(end[:i]) &&
			!reportsSpeech(end[:i]) && len(segment.Sentences(end[:i])) == 1 {
			return true
		}
	}
	// A credit may close with a full stop of its own: "… at dusk. Photo:
	// Ana Ruiz Facebook."
	stop := strings.LastIndexAny(strings.TrimSuffix(text, "."), ".!?")
	if after := strings.TrimSuffix(text[stop+1:], "."); stop >= 0 && (creditAfterSentence.MatchString(after) || agencyCredit.MatchString(after)) {
		return true
	} else if stop >= 0 && agencyAlone.MatchString(after) && !reportsSpeech(text[:stop+1]) && len(segment.Sentences(text[:stop+1])) == 1 {
		// An agency's name alone after one sentence that shows, not
		// reports, as the bracketed name above: "… Monday, July 17,
		// 2023. AP", "… at dusk. — Reuters pic".
		return true
	}
	if i := strings.LastIndex(text, "©"); i > 0 && copyrightCredit.MatchString(text[i-1:]) {
		return true
	}
	// The patterns after it try every position of the tail: they run only
	// where the credit label they need is there at all, which a plain
	// search tells at a fraction of their cost on every line of an article.
	end := tail(text, maxCredit)
	if lower := strings.ToLower(end); strings.Contains(lower, "photo") || strings.Contains(lower, "image") ||
		strings.Contains(lower, "picture") || strings.Contains(lower, "credit") {
		if creditThenNote.MatchString(end) || gluedCredit.MatchString(end) || spacedCredit.MatchString(end) {
			return true
		}
	}
	return placeDated(text)
}

// gluedCredit is a credit label run into the caption's last word, as pages
// copied as text print a caption and its credit set apart on the page: "…
// last yearImage: Lin Wei/Reuters", "… the harbour.CreditCredit Lin Wei".
var gluedCredit = regexp.MustCompile(`[\p{Ll}.!?”](?:Image|Photo|Picture|Credit)(?::|Credit) \S[^.!?]{0,80}$`)

// spacedCredit is a credit label set after the caption's last word with a
// space or a rule and no full stop, as a portrait's name and its credit
// share a line: "Ana Ruiz Photo: Coast Press", "Trawlers at dusk | Image:
// Li Wei", "… the harbour - Photo credit: Li Wei". The label's capital
// marks it: running text writes "photo" in lower case.
var spacedCredit = regexp.MustCompile(`\s(?:[|–—-] )?(?:Image|Photo|Picture|Photograph)s?(?: [Cc]redit)?: \S[^.!?]{0,80}$`)

// placeDated reports whether a paragraph is one sentence closed by the
// place and the day a photo was taken, the date set after the place with
// no preposition, as wire captions print it and prose does not ("… in
// Beijing, China October 18, 2023.", "… in Beijing, Feb. 24, 2020.").
func placeDated(text string) bool {
	// captionDate ends on a year and a full stop.
	if n := len(text); n < 5 || text[n-1] != '.' || text[n-2] < '0' || text[n-2] > '9' {
		return false
	}
	end := tail(text, maxCaptionDate)
	m := captionDate.FindStringSubmatchIndex(end)
	if m == nil || lexicon.Calendar.Has(end[m[2]:m[3]]) || reportsSpeech(text) {
		return false
	}
	// A source before the date is a digest's tag closing its item, not a
	// place: "… protested at the quay, Reuters, 12 March 2021."
	field := text[:len(text)-len(end)+m[3]]
	if gazetteer.Default().KnownSource(strings.TrimSpace(field[strings.LastIndexAny(field, ",;")+1:])) {
		return false
	}
	return len(segment.Sentences(text)) == 1
}

// maxCaptionDate is the most bytes a place and a date closing a caption
// hold.
const maxCaptionDate = 64

// captionDate is a capitalised word, the place, right before a full date
// that ends a text: "China October 18, 2023.", "Beijing, Feb. 24, 2020.",
// "Kenya, 3 May 2024.".
var captionDate = regexp.MustCompile(`(?:^|\s)(\p{Lu}[\pL.'-]*),? (?:` + month + `\.? \d{1,2}, |\d{1,2} ` + month + ` )\d{4}\.$`)

// month is a month's name or its abbreviation in a pattern.
const month = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*`

// creditLine reports whether a line is a photo credit: opened by a credit
// label ("Photo: …", "Image by …"), closed by an agency ("…/Getty
// Images"), or a credit in brackets alone ("(Xinhua/Chen Yehua)",
// "(Yonhap)", "[AP ARCHIVE]").
func creditLine(line string) bool {
	return creditLead.MatchString(line) || creditAgency.MatchString(tail(line, maxAgency)) ||
		len(line) <= maxCredit && strings.IndexAny(line, "([") == 0 && (bracketCredit.MatchString(line) || bracketedName.MatchString(line))
}

// lastLine is the last line of text.
func lastLine(text string) string { return text[strings.LastIndexByte(text, '\n')+1:] }

// bracketedName is a name of one or two capitalised words alone in
// brackets: an agency's or a photographer's credit, no sentence; or an
// agency and its photographer ("(AAP: Ana Ruiz)", "[Antara/M Lin Wei]").
var bracketedName = regexp.MustCompile(`^[(\[]\p{Lu}[\pL.&-]*(?: \p{Lu}[\pL.&-]*)?(?: ?[:/] ?\p{Lu}[\pL.'-]*(?: \p{Lu}[\pL.'-]*){1,3})?[)\]]$`)

// maxAgency is the most bytes an agency closing a credit line holds.
const maxAgency = 16

// tail is the last n bytes of s or a little less, starting on a rune: a
// pattern anchored at the end runs on it in time that does not grow with s.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// bareLink reports whether a paragraph is a web address alone, a page's
// short link or a link's text: no claim.
func bareLink(text string) bool {
	text = strings.TrimSpace(text)
	return !strings.ContainsAny(text, " \t\n") && (strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "https://") || strings.HasPrefix(text, "www."))
}

// linkBar reports whether a paragraph is a row of links or headlines set
// apart by bars, as a page's menus, tool bars and lists of other stories
// print them ("Order Reprints | Today's Paper | Subscribe"): no part ends a
// sentence, as a claim's would.
func linkBar(text string) bool {
	if strings.ContainsRune(text, '\n') || !strings.Contains(text, " | ") {
		return false
	}
	for _, part := range strings.Split(text, " | ") {
		if endsSentence(part) {
			return false
		}
	}
	return true
}

// priceTag reports whether a paragraph is a figure with at most one word
// beside it ("from $610.00", "$7/month", "2019"), as shop and subscription
// boxes print them: no claim.
func priceTag(text string) bool {
	if len(text) > maxPriceTag {
		return false
	}
	words := 0
	for _, w := range strings.Fields(text) {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			words++
		}
	}
	return words < 2 && strings.ContainsFunc(text, unicode.IsDigit)
}

// maxPriceTag is the most bytes a price tag holds.
const maxPriceTag = 60

// relatedLink reports whether a paragraph is a link to another story set in
// brackets ("[Read: Why Tunisia suffers from Islamist violence]"), as news
// pages insert between paragraphs.
func relatedLink(text string) bool {
	return strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") && !strings.Contains(text[1:len(text)-1], "]") && segment.FootnoteMarker(text) == 0
}

// maxCaption is the most bytes a caption holds.
const maxCaption = 600

var (
	// bracketCredit is a bracketed credit ending a text: a label ("(Photo:
	// …)", "[Photo/IC]") or a photographer and an agency ("(Thomas
	// Coex/AFP/Getty Images)").
	bracketCredit = regexp.MustCompile(`(?i)(?:[(\[](photo|image|source|credit|picture|file photo)s?\s*[:/][^)\]]*[)\]]` +
		`|\([^()]*/\s*(AFP|AP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|Xinhua|Associated Press)[^()]*\)` +
		// "(Xinhua/Chen Yehua)": the agency, then its photographer
		`|\((AFP|AP|Reuters|EPA|Xinhua|Associated Press)\s*/[^()]*\)` +
		// "[Chinataiwan.org]": the site the photo came from
		`|\[[\pL\pN.-]+\.(com|org|net|gov|edu|cn|tw|hk)\])$`)
	// creditAfterSentence is what follows a caption's last sentence when
	// that is a credit.
	// A rule may set it off ("… at dusk. — Picture by Ana Ruiz"), and
	// the label may name the credit ("Photo credit: Ana Ruiz").
	creditAfterSentence = regexp.MustCompile(`(?i)^\s+(?:[|–—-]\s*)?(?:photo|photograph|image|picture|credit|source|file photo)s?(?: credit| source)?\s*(:|by\b)[^.!?]{0,80}$`)
	// agencyAlone is a wire or photo agency's name alone after a
	// caption's sentence, perhaps after a rule, marking an archive photo
	// or saying "pic": "… 2023. AP", "… at dusk. — Reuters pic", "…
	// harbour. FILE PHOTO | AFP".
	agencyAlone = regexp.MustCompile(`^\s+(?:[|–—-]\s*)?(?i:file photo\s*[|/]\s*)?(?i:` + lexicon.WireAgencies.Alternation() + `)(?i:\s(?:pic|photo|file))?$`)
	// copyrightCredit is a picture's credit given by the copyright sign
	// closing its caption: "… the harbour. © Ana Ruiz".
	copyrightCredit = regexp.MustCompile(`^\s© ?\p{Lu}[^.!?©]{0,80}$`)
	// creditThenNote is a credit and one more after a caption's last
	// sentence: "… little impact. Photo: AP. Sketched by the Agency."
	creditThenNote = regexp.MustCompile(`(?i)[.!?]\s+(photo|photograph|image|picture|credit|file photo)s?\s*(:|by\b)[^.!?]{1,80}[.!?]\s+\p{Lu}\pL+ by\b[^.!?]{0,80}[.!?]?$`)
	// agencyCredit is a wire agency's credit after a caption's last
	// sentence, with no label: the agency, a slash and its photographer,
	// perhaps marking an archive photo ("… July 16, 2018. REUTERS/Ana
	// Ruiz/File", "… at dusk. AFP/Li Wei"). The agencies and the marks
	// are lexicon lists (wire-agencies, credit-marks).
	// The photographer may come first, "… at dusk. Li Wei/AFP", "… 2024.
	// Ana von Berg/dpa", a name's particle in lower case.
	agencyCredit = regexp.MustCompile(`^\s+(?:(?i:` + lexicon.WireAgencies.Alternation() + `)\s?/\s?\p{Lu}[\pL'-]*(?: \p{Lu}[\pL'-]*){0,3}(?:/\s?(?i:` + lexicon.CreditMarks.Alternation() + `))?` +
		`|\p{Lu}[\pL'-]*(?: [\pL'-]+){0,3}\s?/\s?(?i:` + lexicon.WireAgencies.Alternation() + `))$`)
	// copyrightYear opens a site's notice of its rights with the year:
	// "Copyright 2024 The Valley Courier".
	copyrightYear = regexp.MustCompile(`^copyright (?:19|20)\d\d\b`)
	creditLead    = regexp.MustCompile(`(?i)^(?:(photo|image|picture|credit|source|file photo)s?\s*(:|by\b)|(?:photo|image|picture) (?:source|credit|caption)s?\s*[,:])`)
	// captionLabel is a line that labels the caption printed under it, as
	// a page copied as text keeps its picture's fields: "Image caption,"
	// over "Crews leave the port".
	captionLabel = regexp.MustCompile(`(?i)^(?:(?:photo|image|picture) )?caption\s*[,:]?$`)
	creditAgency = regexp.MustCompile(`(?i)(getty images|/afp|/reuters|/ap|shutterstock)\.?$`)
)

// signature reports whether a paragraph is a sign-off: a line opened by a
// dash and a name ("— Joseph Brouwer", "- Adam"), perhaps with a role and
// a date below it.
func signature(text string) bool {
	_, ok := signer(text)
	return ok
}

// signer is the name a sign-off gives: a full name, or a given name alone
// as a newsletter's writer signs.
func signer(text string) (string, bool) {
	first := strings.SplitN(strings.TrimSpace(text), "\n", 2)[0]
	r, size := utf8.DecodeRuneInString(first)
	if !strings.ContainsRune("—–-", r) {
		return "", false
	}
	// The place or the role after a comma is not the name: "— Ana Ruiz,
	// Lagos", "— Ana Ruiz, Editor".
	name := strings.TrimSpace(first[size:])
	if n, after, ok := strings.Cut(name, ", "); ok && (isPlace(after) || isRole(after)) {
		name = n
	}
	if c, _ := utf8.DecodeRuneInString(name); isPersonName(name) || unicode.IsUpper(c) && lexicon.GivenNames.Has(name) {
		return name, true
	}
	return "", false
}

// salutation reports whether a line greets the readers of a letter or a
// newsletter: "Hi everyone,", "Dear Subscribers:".
func salutation(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 || len(words) > maxSalutationWords || !strings.ContainsAny(line[len(line)-1:], ",:!") {
		return false
	}
	return lexicon.Salutations.Has(words[0]) || len(words) > 1 && lexicon.Salutations.Has(words[0]+" "+strings.Trim(words[1], ",:!"))
}

// maxSalutationWords is the most words a greeting holds ("Dear friends and
// colleagues,").
const maxSalutationWords = 5

// dateline matches the place, date and agency that open a wire report:
// "BEIJING, Dec. 10 (Xinhua) --", "MANILA, Philippines (AP) —",
// "DURBAN, March 5, 2024 /PRNewswire/ --",
// "Taipei, Sept. 12 (CNA)", "HONG KONG, Jul 30, 2020, RTHK.", "BEIJING —",
// "LAGOS, (CAJ News) –", "ISLAMABAD (DNA) -,", "SEOUL/BEIJING, March 27 (Yonhap) --", "MOSCOW,
// August 22. /TASS/.", "BEIJING
// (Reuters) -China’s", "ISLAMABAD: ".
// A place not in capitals needs the agency to count, and a dateline
// without a dash both a date and the agency.
// Groups: the place in capitals, the date, the agency in brackets or after
// a comma, the dash. Every part is optional, so the longest match is the
// dateline.
var dateline, gluedDateline = func() (*regexp.Regexp, *regexp.Regexp) {
	head := `^(?:([A-Z](?:[A-Z.'/-]| [A-Z.'/])*[A-Z])|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][A-Za-z .]+?)?` +
		`(?:, ([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?:,? \d{4})?))?(?:[,.]? ?(\([A-Za-z .'’]+\)|/[A-Za-z .]+/)\.?|, ([A-Z]{2,6})\.)?(?: ?(--|—|–|-|:),?)?`
	re, glued := regexp.MustCompile(head+`\s+`), regexp.MustCompile(head)
	re.Longest()
	glued.Longest()
	return re, glued
}()

// dateDateline is a date alone opening a report or a chronology's entry,
// its weekday perhaps before it: "Feb. 23, 2015 -- ", "2018 August 10 – ",
// "Thursday September 6, 2018 - ".
var dateDateline = regexp.MustCompile(`^(?:[A-Z][a-z]{2,5}day,? )?((?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?),? \d{4}|\d{4},? [A-Z][a-z]{2,8}\.? \d{1,2}) ?(?:--|—|–|-) +`)

// yearlessDateline is a date without its year opening a report, set off
// by a long dash a date in prose never takes: "Sept.11--China’s …",
// "March 3 — The …". Its month's name must be one (monthWord).
var yearlessDateline = regexp.MustCompile(`^((\pL+)\.? ?\d{1,2}|\d{1,2} (\pL+)\.?) ?(?:--|—) *`)

// datedAgency is a dateline whose parenthesis after the place in
// capitals holds the agency with the date, no dash after it: "PORTLAND
// (Harbour Wire / Tide News - 21st June, 2023) The quays …".
var datedAgency = regexp.MustCompile(`^[A-Z][A-Z .'/-]*[A-Z] \([^()]{1,80}\b(?:19|20)\d\d\) `)

// creditedDatelines are datelines in title case that print the story's full
// date with its agency or outlet: the agency in brackets before the date,
// its year after a slash perhaps ("Addis Ababa (ENA) February 21/2023 The
// …"), or the outlet after the date and before a colon ("Washington,
// January 19, 2024, The Harbour Today: In …"). Group 1 is the date.
var creditedDatelines = []*regexp.Regexp{
	regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \(\p{Lu}{2,6}\) ((?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?)(?:/|,? )(?:19|20)\d\d),? `),
	regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, ((?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?,?) (?:19|20)\d\d), (?:The )?\p{Lu}[\pL.]*(?: \p{Lu}[\pL.]*){0,3}: `),
}

// spelledOut reports whether text opens on the words an acronym stands
// for: "NATO" and "North Atlantic Treaty Organization, 1949".
func spelledOut(acronym, text string) bool {
	initials := ""
	for _, w := range strings.Fields(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials += string(r)
		}
	}
	return strings.HasPrefix(initials, acronym)
}

// bracketedPlace is a dateline that prints only its place, in brackets:
// "(Beijing) — ".
var bracketedPlace = regexp.MustCompile(`^\(\p{Lu}[\pL .'-]*\) ?(?:--|—|–|-) +`)

// agencyDash is an agency's or an outlet's name alone before a dash,
// opening its report as a dateline does: "Sputnik - President Lula …",
// "Reuters — The ministry …". Only a name the gazetteer knows as a source
// is one: "Taiwan - A province …" opens a sentence.
var agencyDash = regexp.MustCompile(`^(\p{Lu}[\pL.&'’]*(?: \p{Lu}[\pL.&'’]*){0,3}) ?(?:--|—|–|-) +`)

// parseDateline returns the byte length of the dateline opening a
// paragraph, 0 if it opens with none, and the date it prints ("Sept. 12",
// "Feb. 23, 2015"), "" if none.
func parseDateline(text string) (length int, date string) {
	if n, date := dateAlone(text); n > 0 {
		return n, date
	}
	if m := bracketedPlace.FindStringIndex(text); m != nil {
		return m[1], ""
	}
	for _, re := range creditedDatelines {
		m := re.FindStringSubmatchIndex(text)
		if m == nil || !namesMonth(text[m[2]:m[3]]) {
			continue
		}
		// The report opens as a sentence does: a lower-case word after
		// the colon continues a sentence that named a place and a body.
		if next, _ := utf8.DecodeRuneInString(text[m[1]:]); unicode.IsUpper(next) {
			return m[1], strings.Replace(text[m[2]:m[3]], "/", ", ", 1)
		}
	}
	if m := datedAgency.FindStringIndex(text); m != nil {
		place, inside, _ := strings.Cut(text[:m[1]-2], " (")
		if next, _ := utf8.DecodeRuneInString(text[m[1]:]); unicode.IsUpper(next) && !spelledOut(place, inside) {
			return m[1], ""
		}
	}
	if m := agencyDash.FindStringSubmatchIndex(text); m != nil && gazetteer.Default().KnownSource(text[m[2]:m[3]]) {
		if next, _ := utf8.DecodeRuneInString(text[m[1]:]); unicode.IsUpper(next) {
			return m[1], ""
		}
	}
	if n, date, ok := datelineMatch(text, dateline.FindStringSubmatchIndex(text)); ok {
		return n, date
	}
	// The dash run into the report after the agency: "BEIJING (Reuters)
	// -China’s …".
	m := gluedDateline.FindStringSubmatchIndex(text)
	if m == nil || m[10] < 0 || m[6] < 0 && m[8] < 0 {
		return 0, ""
	}
	if next, _ := utf8.DecodeRuneInString(text[m[1]:]); !unicode.IsUpper(next) {
		return 0, ""
	}
	n, date, _ := datelineMatch(text, m)
	return n, date
}

// dateAlone returns the byte length of a date alone opening a paragraph
// before a dash, with its year or without ("Feb. 23, 2015 -- ", "March 3
// — "), 0 if it opens with none, and the date it prints. It opens a
// report, or one entry of a chronology (datedEntries).
func dateAlone(text string) (length int, date string) {
	if m := dateDateline.FindStringSubmatchIndex(text); m != nil {
		return m[1], text[m[2]:m[3]]
	}
	if m := yearlessDateline.FindStringSubmatchIndex(text); m != nil && (m[4] >= 0 && lexicon.Months.Has(text[m[4]:m[5]]) || m[6] >= 0 && lexicon.Months.Has(text[m[6]:m[7]])) {
		if next, _ := utf8.DecodeRuneInString(text[m[1]:]); unicode.IsUpper(next) {
			return m[1], text[m[2]:m[3]]
		}
	}
	return 0, ""
}

// datedEntries reports whether body[i] and the block after it both open
// on a date alone: a chronology's entries ("March 3 — The office
// announces a quota." over "March 9 — Crews strike."), whose dates are
// what they say, not where a report was filed.
func datedEntries(text string, body []block, i int) bool {
	if i+1 >= len(body) {
		return false
	}
	n, _ := dateAlone(text[body[i].start:body[i].end])
	next, _ := dateAlone(text[body[i+1].start:body[i+1].end])
	return n > 0 && next > 0
}

// datelineMatch checks a match of a dateline's pattern in text and returns
// its length and date.
func datelineMatch(text string, m []int) (length int, date string, ok bool) {
	if m == nil {
		return 0, "", false
	}
	capitals, dated, agency, dash := m[2] >= 0, m[4] >= 0, m[6] >= 0 || m[8] >= 0, m[10] >= 0
	// A place in title case opens a report with its agency, or with its
	// date before a dash ("Harbour City, March 5, 2024 — The port …"), as
	// no sentence opens.
	if dash && !capitals && !agency && !(dated && text[m[10]:m[11]] != ":") || !dash && !(dated && agency) {
		return 0, "", false // "Donald Trump (R) said" opens no report
	}
	// A place in capitals before a colon: "ISLAMABAD: Pakistan’s …", not
	// a label ("UPDATE: …", "ANALYSIS: …") or a speaker's turn in a
	// transcript ("REPORTER: …", "CHIEF CABINET SECRETARY: …").
	if dash && text[m[10]:m[11]] == ":" && !colonDateline(text, m) {
		return 0, "", false
	}
	if m[4] >= 0 {
		date = text[m[4]:m[5]]
	}
	return m[1], date, true
}

// colonDateline reports whether a match m of a dateline's pattern that
// ends on a colon is a dateline before a capitalised word: a place in
// capitals alone ("ISLAMABAD: Pakistan’s …"), not a label ("UPDATE: …",
// "ANALYSIS: …") or a speaker's turn in a transcript ("REPORTER: …",
// "CHIEF CABINET SECRETARY: …"), or a place with the date, in capitals
// or with its agency's bracket ("BEIJING, May 4 (APP):China’s …",
// "Lagos, 11 May 2022 (HNA): The …"), which no label prints.
func colonDateline(text string, m []int) bool {
	capitals, dated, agency := m[2] >= 0, m[4] >= 0, m[6] >= 0 || m[8] >= 0
	if next, _ := utf8.DecodeRuneInString(text[m[1]:]); !unicode.IsUpper(next) {
		return false
	}
	// The place, the date and the agency's bracket print a dateline in
	// title case too: "Lagos, 11 May 2022 (HNA): The …".
	if dated && (capitals || agency) {
		return true
	}
	if !capitals {
		return false
	}
	// An outlet's name is its reporter's turn at a press conference
	// ("CCTV: …", "AFP: …"), no place.
	if agency || segment.TurnLabel(text[:m[11]]) || gazetteer.Default().KnownSource(text[m[2]:m[3]]) {
		return false
	}
	place := strings.ToLower(text[m[2]:m[3]])
	return !lexicon.Furniture.Has(place) && !lexicon.ArticleKinds.Has(place) && len(place) >= 4
}

// placeColon returns the length of the dateline opening a report's first
// paragraph of prose that prints its place in title case before a colon,
// as South Asian papers do ("Kathmandu: The embassy …", "New Delhi: India
// on …"): a city or a region the gazetteer knows, then a capitalised word;
// 0 if there is none. A state's name and a colon opens prose as a label
// or a title's first part ("Japan: The Next Decade, a report …, says …",
// "Singapore: It is small …"), and further down a text any place and a
// colon is a list's label ("Lagos: The port …"), which only the first
// paragraph of prose is not.
func placeColon(text string) int {
	m := titlePlaceColon.FindStringSubmatchIndex(text)
	if m == nil {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[m[1]:], "“\"‘"))
	if place := text[m[2]:m[3]]; !unicode.IsUpper(next) || !isPlace(place) || lexicon.StateAdjectives.Has(place) || titleCased(text[m[1]:]) {
		return 0
	}
	return m[1]
}

// placeDash returns the length of the dateline opening a paragraph that
// prints its place in title case before a dash ("Harbour City – The
// port …", "Lagos - Ghana’s …"), 0 if there is none: a city or a region
// the gazetteer knows, no state ("Taiwan - A province …" defines a
// term), then a capitalised word that opens no place of its own
// ("Lagos – Accra ties …" pairs two) and no title ("Lagos – A City
// Reborn"). A dash set apart by spaces opens a report only in its first
// paragraph of prose (first); one run into a function word
// ("Lagos-The port …"), which no compound holds, anywhere.
func placeDash(text string, first bool) int {
	m := titlePlaceDash.FindStringSubmatchIndex(text)
	if m == nil {
		return 0
	}
	place, rest := text[m[2]:m[3]], text[m[1]:]
	word := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) || !isPlace(place) || lexicon.StateAdjectives.Has(place) || titleCased(rest) {
		return 0
	}
	if glued := text[m[4]:m[5]] == "-"; glued && !lexicon.Common.Has(word) || !glued && !first || opensPlace(rest) {
		return 0
	}
	return m[1]
}

// titlePlaceDash is a place of one or two words in title case and a
// dash, spaced or run into the word after it.
var titlePlaceDash = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)( ?(?:--|—|–) ?| - |-)`)

// opensPlace reports whether text opens on a place's name of up to
// three words.
func opensPlace(text string) bool {
	words := strings.Fields(text)
	for n := 1; n <= min(3, len(words)); n++ {
		if isPlace(strings.TrimRight(strings.Join(words[:n], " "), ",.;:")) {
			return true
		}
	}
	return false
}

// titleCased reports whether the words up to the first comma, stop or
// colon are a title's, every one capitalised but a preposition, article
// or conjunction ("A City Reborn, the exhibition …", "What the Leaked
// Files Reveal."): a title's subtitle after its place, no lede, which
// holds a verb in lower case ("China on Monday said …", "Prime Minister
// Ana Ruiz on Monday opened …").
func titleCased(s string) bool {
	if i := strings.IndexAny(s, ",.:;?!"); i >= 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !lexicon.Prepositions.Has(w) && !lexicon.Articles.Has(w) && !lexicon.Conjunctions.Has(w) {
			return false
		}
	}
	return len(words) >= 2
}

// titlePlaceColon is a place of one or two words in title case, a colon
// and the space after it.
var titlePlaceColon = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?): +`)

// datelineDate is the day a paragraph's dateline gives; a dateline without
// a year ("Taipei, Sept. 12 (CNA)") is dated in the year year gives, the
// year the report was filed, when that is known (not 0).
func datelineDate(text string, year func() int) (time.Time, bool) {
	_, date := parseDateline(text)
	if date == "" {
		return time.Time{}, false
	}
	if d, ok := parseDateLine(date); ok {
		return d, true
	}
	y := year()
	if y == 0 {
		return time.Time{}, false
	}
	return parseDateLine(fmt.Sprintf("%s %d", date, y))
}

// credits reports whether a paragraph credits others' reporting ("Heba
// Habib contributed to this report."), tells how to follow or reach the
// author, or is the publisher's note on where the article appeared and
// whose views it gives.
func credits(text string) bool {
	if len(text) > maxCaption {
		return false
	}
	// "(Reporting by Joe Cash; Editing by Mark Potter)": in brackets too.
	if creditsLead.MatchString(strings.TrimLeft(text, "([")) || noteLabel.MatchString(text) || versionNote.MatchString(text) || publishedNote.MatchString(text) {
		return true
	}
	// The phrases found anywhere are looked for as plain words first.
	lower := strings.ToLower(text)
	return (strings.Contains(lower, "contributed ") || strings.Contains(lower, "email ")) && creditsWithin.MatchString(lower)
}

var (
	// creditsLead opens a credits line; a follow or contact line too:
	// "Follow him on Twitter @LucasNolan_ or email him at …".
	// A publisher's note too: "This article appeared in the Monitor.",
	// "The opinions in this paper are those of the author, …".
	// A correction note and a print edition's note too: "This version
	// corrects …", "An earlier version of this article …", "A version of
	// this article appears in print on …".
	// A newsletter's call to sign up too: "Sign up for Harbour Weekly, a
	// newsletter …", "Keep up with the Harbour Daily newsletter."
	creditsLead = regexp.MustCompile(`(?i)^(?:(additional )?reporting by|(editing|edited) by|writing by|follow (him|her|them|us|me) (on|at)` +
		`|this is an? (provisional |unofficial |machine |automated |english )?translation (of|from)\b|the original (text|article|version) is in\b` +
		`|this (story|article|report|content) (has been|was) (published|auto-generated|generated) (from|by)\b|only the headline\b` +
		`|(read|view) the original (article|story|post)\b|originally published (at|on|in|by)\b` +
		`|(a version of )?this (article|essay|paper|piece|post|story|report) (first |originally )?(appears|appeared|was (first |originally )?published)` +
		`|this (version|article|story|report) (corrects|has been (corrected|updated))|an earlier version of this (article|story|report)` +
		`|(sign up|subscribe|keep up|stay up to date)\b[^.!?]{0,80}\bnewsletters?|(get|receive)\b[^.!?]{0,80}\b(in|to) your inbox` +
		`|the (views|opinions)\b[^.]{0,150}\b(are|is) (solely )?(those|that) of the authors?)\b`)
	// versionNote is a wire's note on the version of a story, wholly in
	// brackets, opening on the verb of its change: "(Recasts with new
	// quotes)", "(Updates with vote count)", "[Adds details in paragraph
	// 5]". An author's aside in brackets opens otherwise and stays.
	versionNote = regexp.MustCompile(`(?i)^[(\[](?:recasts|adds|updates|corrects|changes|rewrites|refiles|repeats|writes through|inserts)\b[^()\[\]]*[)\]]$`)
	// publishedNote is an editor's note on where the text was published,
	// wholly in brackets, its fields set apart by commas: "(Essay in
	// Harbour Review, Volume 2, Issue 3, Published by the Harbour
	// Institute)".
	publishedNote = regexp.MustCompile(`(?i)^[(\[][^()\[\]]*, published (?:by|in)\b[^()\[\]]*[)\]]$`)
	// noteLabel opens a correction or an editor's note: "Correction: …".
	noteLabel = regexp.MustCompile(`(?i)^(?:correction|clarification|editor['’]s note):`)
	// creditsWithin is found anywhere in a lower-cased credits line.
	creditsWithin = regexp.MustCompile(`\bcontributed (reporting|to this (report|article|story))|\bemail (him|her|them|us|me) at\b`)
)

// authorNote reports whether a paragraph at the end of an article is a note
// on its author, opening with the author's name: "Steven Mufson covers the
// White House."
func authorNote(text string, authors []string) bool {
	if len(text) > maxCaption {
		return false
	}
	for _, name := range authors {
		if name != "" && strings.HasPrefix(strings.ToLower(text), strings.ToLower(name)+" ") {
			return true
		}
	}
	return false
}

// pageFurniture reports whether a line is one a page prints around an
// article (lexicon.Furniture), whole ("Advertisement") or opening a label
// ("Related: Chicago is …", "Powered by SmartAsset.com"), or a kicker
// ending on a dash ("Biz & IT —").
func pageFurniture(line string) bool {
	lower := strings.Trim(strings.ToLower(strings.TrimSpace(line)), " .")
	if lexicon.Furniture.Has(strings.TrimRight(lower, ":")) || strings.HasSuffix(lower, "—") || strings.HasSuffix(lower, " -") {
		return true
	}
	if opensRightsNotice(lower) || rightsReserved(line) {
		return true
	}
	if label, _, ok := strings.Cut(strings.TrimLeft(lower, "(["), ":"); ok && lexicon.Furniture.Has(label) {
		return true // "Related: …", "(ATTN: ADDS more details)"
	}
	// A button or a link: "View Comments", "Skip to main menu", "Go to
	// Contents Go to Navigation".
	words := strings.Fields(lower)
	if len(words) > 1 && len(words) <= maxButtonWords && !strings.ContainsAny(lower, ".!?,;") &&
		(lexicon.UIVerbs.Has(words[0]) || lexicon.UIVerbs.Has(words[0]+" "+words[1])) {
		return true
	}
	for _, n := range []int{2, 3} {
		if len(words) > n && lexicon.Furniture.Has(strings.Join(words[:n], " ")) && strings.Contains(lower, ".") {
			return true // "Powered by SmartAsset.com"
		}
	}
	// A row of the page's buttons: "Facebook Twitter LinkedIn Email".
	if len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return !lexicon.Furniture.Has(w) }) {
		return true
	}
	return linkLabel(line)
}

// commentsLabel returns the words of a line that labels the readers'
// comments (lexicon.CommentLabels), perhaps after their count ("Comments",
// "Leave a Reply", "12 comments:"), and whether the count was there; nil
// words if the line is no such label.
func commentsLabel(line string) (words []string, counted bool) {
	lower := strings.ToLower(strings.TrimSpace(stripEmphasis(line)))
	label := strings.TrimLeft(lower, "0123456789 ")
	if label = strings.TrimRight(label, ":. "); !lexicon.CommentLabels.Has(label) {
		return nil, false
	}
	return strings.Fields(label), len(label) < len(strings.TrimRight(lower, ":. "))
}

// linkLabel reports whether a line opens on a page's label in capitals
// before a link to another story, whose headline is not in capitals:
// "READ ALSO Why the port closed", "RELATED Ferries resume?". Whatever the
// headline's end, the line is the page's, not a claim of the article.
func linkLabel(line string) bool {
	// Most lines open on a word with a lower-case letter: asked first, of
	// that word alone, it spares them the slice of all their words.
	for first := range strings.FieldsSeq(line) {
		if strings.ContainsFunc(first, unicode.IsLower) {
			return false // no label in capitals opens the line
		}
		break
	}
	words := strings.Fields(line)
	if len(words) < 2 {
		return false
	}
	for n := 1; n <= 3 && n < len(words); n++ {
		label, rest := strings.Join(words[:n], " "), strings.Join(words[n:], " ")
		if strings.ToUpper(label) == label && strings.ToUpper(rest) != rest && strings.ContainsFunc(label, unicode.IsLetter) &&
			lexicon.Furniture.Has(strings.ToLower(label)) {
			return true
		}
	}
	return false
}

// pagePrompt reports whether a line is a page's notice to its reader about
// the page itself ("Please update your browser", "We use cookies to improve
// your experience", "You need to enable JavaScript to run this app",
// "Accept all cookies"): no longer than running text, it both speaks to the
// reader (lexicon.PagePrompts) and names what the notice is about
// (lexicon.PageThings). A headline seldom does both. The notice opens its
// line: a line whose first sentence is none ("This report is prepared by
// the project. You can read it in your browser.") is running text that
// points at the page.
func pagePrompt(line string) bool {
	if hasWords(line, maxPromptWords+1) || !prompts(line) {
		return false // a paragraph of running text, not lowered and split
	}
	// Only a line that reads as a notice is split: most header lines do not.
	if sentences := segment.Sentences(line); len(sentences) > 1 {
		return prompts(line[sentences[0].Start:sentences[0].End])
	}
	return true
}

// prompts reports whether text both speaks to the reader and names what a
// page's notice is about.
func prompts(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	prompt, thing := false, false
	for i, w := range words {
		w = strings.Trim(w, ".,;:!?()\"'“”‘’")
		two := w
		if i+1 < len(words) {
			two = w + " " + strings.Trim(words[i+1], ".,;:!?()\"'“”‘’")
		}
		prompt = prompt || lexicon.PagePrompts.Has(w) || lexicon.PagePrompts.Has(two)
		thing = thing || lexicon.PageThings.Has(w) || lexicon.PageThings.Has(two)
	}
	return prompt && thing
}

// maxPromptWords is the most words of a page's notice to its reader.
const maxPromptWords = 40

// rightsNoticeOpening is how many bytes of a line opensRightsNotice reads,
// more than its longest opening ("copyright 2024" and the rune after it).
const rightsNoticeOpening = 32

// opensRightsNotice reports whether a line opens on the site's notice of
// its rights, in any case: "Copyright © Harbour Media Ltd. All rights
// reserved.", "© 2024 The Valley Courier", "Copyright 2024 The Valley
// Courier". What follows such a notice on its line is the footer's too:
// the terms of reuse, the site's licences ("… All rights reserved. No
// part of this site may be reproduced without the written permission of
// …").
func opensRightsNotice(text string) bool {
	// Only the opening words tell: a body paragraph is not lowered whole.
	lower := strings.ToLower(text[:min(len(text), rightsNoticeOpening)])
	return strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "copyright ©") || strings.HasPrefix(lower, "copyright (c)") || copyrightYear.MatchString(lower)
}

// rightsReserved reports whether a line is a site's notice of its rights
// by its closing words, "All rights reserved", alone or after the name of
// who holds them ("Harbour Media Group. All rights reserved.", "The Valley
// Courier | All rights reserved"). In a sentence the words have a subject
// that speaks ("The studio said all rights reserved under the deal stay
// with it."), no name.
func rightsReserved(line string) bool {
	const notice = "all rights reserved"
	i := strings.Index(strings.ToLower(line), notice)
	if i < 0 {
		return false
	}
	if after := strings.TrimLeft(line[i+len(notice):], " "); after != "" && after[0] != '.' {
		return false // "… all rights reserved under the deal …"
	}
	for w := range strings.FieldsSeq(strings.TrimRight(line[:i], " .,;|–—-")) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("©&(", r) && !lexicon.NameConnectors.Has(w) {
			return false
		}
	}
	return true
}

// bodyFurniture reports whether a paragraph of one short line among an
// article's paragraphs is the page's: what pageFurniture reads as the
// page's in a header, but a label only before what is no sentence
// (labelled). A text printed a paragraph a line prints its sentences so,
// and a label with a colon opens sentences too ("Update: the first ferry
// left at noon.").
func bodyFurniture(line string) bool {
	t := strings.TrimLeft(strings.TrimSpace(line), "([")
	if label, rest, ok := strings.Cut(t, ":"); ok && lexicon.Furniture.Has(label) {
		return labelled(rest)
	}
	// A list's label, with its colon or without: "Tags: ports, shipping",
	// "Filed under Shipping".
	words := strings.Fields(t)
	for n := 2; n >= 1; n-- {
		if len(words) > n && lexicon.ListLabels.Has(strings.TrimSuffix(strings.Join(words[:n], " "), ":")) {
			return labelled(strings.Join(words[n:], " "))
		}
	}
	return pageFurniture(line)
}

// labelled reports whether what follows a page's label is what such a label
// labels and no sentence: nothing, a list of tags ("ports, shipping,
// storms"), a word or two, or a name or a link's title in title case ("Ana
// Ruiz", "Ferry Talks Resume After the Storm"). A sentence closes on its
// stop or runs on in lower case ("the figures exclude cargo carried by
// rail").
func labelled(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return true
	}
	if endsSentence(rest) {
		return false
	}
	if titleCase(rest) || !hasWords(rest, 3) {
		return true
	}
	items := strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune(",;|•", r) })
	if len(items) < 2 {
		return false
	}
	for _, item := range items {
		if hasWords(item, maxTagWords+1) {
			return false
		}
	}
	return true
}

// maxButtonWords is the most words a page's button or link holds.
const maxButtonWords = 6

// timeStamp reports whether a line is a page's time stamp: a date and a
// time of day, with nothing else but their labels, the words a time prints
// with and a section's name ("17 Jan 2023 11:52AM (Updated: 17 Jan 2023
// 11:52AM)", "Politics Updated: Sep 22, 2009 22:32 IST", "Tuesday, July
// 1, 2008; 1:08 PM"). A sentence that gives the minute of a day it dates
// has more words of its own, or ends on a full stop after a word of its
// own: "It struck at 14:28 on May 12, 2008."
func timeStamp(line string) bool {
	if !strings.Contains(line, ":") || len(strings.Fields(line)) > maxStampWords || !clockIn.MatchString(line) {
		return false
	}
	if _, ok := dateIn(line); !ok {
		return false
	}
	line = strings.TrimSpace(line)
	maxOther := maxStampOtherWords
	if strings.HasSuffix(line, ".") && !strings.HasSuffix(strings.ToLower(line), "m.") {
		maxOther = 0 // a stop, not an a.m.'s or a p.m.'s
	}
	other := 0
	for _, w := range strings.Fields(clockIn.ReplaceAllString(datePhrase.ReplaceAllString(line, " "), " ")) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
		w = strings.TrimRight(w, ".")
		if w == "" || strings.IndexFunc(w, unicode.IsLetter) < 0 || len(w) == 1 ||
			lexicon.DateLabels.Has(w) || lexicon.Weekdays.Has(w) || lexicon.ClockWords.Has(w) || lexicon.ClockWords.Has(w+".") {
			continue // a figure, the AM an hour left ("11:52AM"), a label
		}
		if other++; other > maxOther {
			return false
		}
	}
	return true
}

// dateAloneLine reports whether a line is a date and nothing else, in
// whatever case a page printed it ("April 15, 2025", "april 15, 2025",
// "Tuesday, 16 April 2024"): a page's date line, no words of a sentence,
// which always hold more than the date.
func dateAloneLine(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) > maxDateAlone || !hasDigit(line) {
		return false
	}
	_, ok := parseDateLine(line)
	return ok
}

// maxStampWords is the most words of a page's time stamp, a label and an
// update's time with it.
const maxStampWords = 12

// maxStampOtherWords is the most words a time stamp holds besides its
// dates, times and labels: a section's name ("World", "Hong Kong").
const maxStampOtherWords = 2

// clockIn is a time of day anywhere in a line: "11:52AM", "22:32", "9:59
// PM".
var clockIn = regexp.MustCompile(`\b\d{1,2}:\d{2}(?:\D|$)`)

// datedLine reports whether a short line opens with a date, as a page's
// time stamp or by-line does ("22 Dec, 2016", "2/26/2015 7:11 AM PST BY
// TMZ STAFF"); a heading of an article does not ("The Crackdown of June 4,
// 1989" keeps its date inside).
func datedLine(line string) bool {
	line = strings.TrimSpace(line)
	loc := datePhrase.FindStringIndex(line)
	if loc == nil || loc[0] != 0 || len(strings.Fields(line)) > 10 {
		return false
	}
	_, ok := dateIn(line)
	return ok
}
