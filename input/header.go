package input

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// maxHeaderBlocks bounds how far into a text the header may reach: real
// pages open with skip links, breadcrumbs, a kicker, the title, a by-line,
// a date and an image credit before the first paragraph.
const maxHeaderBlocks = 12

// maxHeaderLine is the most bytes a header block holds; anything longer is
// running text, whatever it looks like.
const maxHeaderLine = 1000

// header is what the opening lines of a text say about it.
type header struct {
	title     string
	authors   []string
	published time.Time
	// confirmed is set once a date or a by-line is found: a title alone
	// counts only when running text follows it.
	confirmed bool
	// known is the title the page or a sidecar gave, "" if none: the
	// header's title line can then only be that title printed again.
	known string
}

// parseHeader reads the title, authors and date from the blocks that open
// the text, up to the first block of running text, and returns the blocks
// from there on. Real texts print their header in many orders and with page
// furniture mixed in (skip links, breadcrumbs, section kickers, language
// menus, image credits); every line before the running text is read on its
// own. Metadata already set (from a sidecar or the page) is kept.
func parseHeader(a *claimx.Article, blocks []block) []block {
	h := header{known: a.Title}
	i := 0
	for ; i < len(blocks) && i < maxHeaderBlocks; i++ {
		b := blocks[i]
		text := a.Text[b.start:b.end]
		if len(text) > maxHeaderLine || runningText(text) && !furniture(text) && !h.takeByline(text) {
			break
		}
		lines := strings.Split(text, "\n")
		if b.lines > 1 && h.title != "" && h.authors == nil {
			// One author a line.
			if names, ok := parseAuthors(strings.Join(lines, ", ")); ok {
				h.authors, h.confirmed = names, true
				continue
			}
		}
		// A block belongs to the header only if every line of it does.
		next, ok := h, true
		for _, line := range lines {
			if ok = next.takeLine(stripEmphasis(line), b.mdHeading); !ok {
				break
			}
		}
		if !ok {
			break
		}
		h = next
	}
	if h.title == "" && h.published.IsZero() && h.authors == nil {
		return blocks
	}
	// A title with nothing else: the text has a header only if running
	// text follows it; a lone heading-like line before more headings is a
	// section heading.
	if !h.confirmed && (i >= len(blocks) || !runningText(a.Text[blocks[i].start:blocks[i].end])) {
		return blocks
	}
	if h.published.IsZero() {
		h.published, _ = dateIn(h.title)
	}
	if a.Title == "" {
		a.Title = h.title
	}
	if a.Authors == nil {
		a.Authors = h.authors
	}
	if a.Published.IsZero() {
		a.Published = h.published
	}
	return blocks[i:]
}

// takeLine reads one header line: a date, a by-line, the title (or the
// title printed again), or page furniture, which is passed over. It
// reports whether the line is any of these; any other line ends the header.
func (h *header) takeLine(line string, mdHeading bool) bool {
	line = strings.TrimSpace(line)
	switch {
	case line == "", line == h.title:
		return true
	case h.takeDate(line), h.takeByline(line), furniture(line):
		return true
	case h.title == "" && (mdHeading || looksLikeTitle(line)) && (h.known == "" || sameText(line, h.known)):
		h.title = line
		return true
	}
	return false
}

// sameText reports whether two lines say the same, ignoring case and
// spacing.
func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// takeDate takes a date line ("Updated: 2019-06-18 08:18", "• Date:
// 2019-08-30"), or a date that opens a line ("date 2022-07-07 …").
func (h *header) takeDate(line string) bool {
	d, ok := parseDateLine(line)
	if !ok {
		m := leadingDate.FindStringSubmatch(line)
		if m == nil {
			return false
		}
		if d, ok = parseDateLine(m[1]); !ok {
			return false
		}
	}
	if h.published.IsZero() {
		h.published, h.confirmed = d, true
	}
	return true
}

// leadingDate is an ISO date after a "date" label at the start of a line.
var leadingDate = regexp.MustCompile(`(?i)^date:?\s*(\d{4}-\d{2}-\d{2})\b`)

// takeByline takes a by-line: "By A and B", "By A/B | Outlet | Updated:
// date", "| A" (a name set off by a rule), or a bare name once the title is
// known. Other parts of a line split by "|" may give the date.
func (h *header) takeByline(line string) bool {
	parts := strings.Split(line, "|")
	first := strings.TrimSpace(parts[0])
	_, explicit := cutBylinePrefix(first)
	if first == "" && len(parts) == 2 {
		first, explicit = strings.TrimSpace(parts[1]), true
		parts = parts[1:]
	}
	if h.authors != nil {
		return explicit // a second by-line, as pages repeat it
	}
	if !explicit && (h.title == "" || len(parts) > 1) {
		return false
	}
	names, ok := parseAuthors(strings.ReplaceAll(first, "/", ", "))
	if !ok {
		return false
	}
	h.authors, h.confirmed = names, true
	for _, p := range parts[1:] {
		h.takeDate(strings.TrimSpace(p))
	}
	return true
}

// furniture reports whether a header line is page furniture rather than
// the title: a skip link, a breadcrumb ("Home | National Affairs"), a
// kicker in lower case or a label in capitals ("KNOWLEDGE BASE"), a "Label: value" field
// ("Publication: China Brief Volume: 17"), a date label on its own
// ("Published"), an image file, caption or credit, or a language menu.
func furniture(line string) bool {
	return pageFurniture(line) || strings.Contains(line, " | ") ||
		allCapitals(line) && len(strings.Fields(line)) <= 6 ||
		fieldLabel.MatchString(line) || imageFile.MatchString(strings.ToLower(line)) ||
		kicker(line) || caption(line) || mostlyOtherScripts(line)
}

var (
	fieldLabel = regexp.MustCompile(`^(Publication|Source|Section|Category|Topics?|Tags?|Filed under|Issue|Volume|Press Release)\b[^.]*$`)
	imageFile  = regexp.MustCompile(`\.(jpe?g|png|gif|webp)\b|^(photo|image|picture|credit)s?\b`)
)

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
// a sentence of some length, or a long run of words.
func runningText(text string) bool {
	if len(text) > maxHeaderLine {
		return true
	}
	words := len(strings.Fields(text))
	if words > 40 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(trailingMarkers.ReplaceAllString(text, ""), " ”\"’)]"))
	return words >= 8 && strings.ContainsRune(".!?。", last)
}

// trailingMarkers are the footnote markers that may follow a sentence's
// full stop ("… engineering.[1] [2]").
var trailingMarkers = regexp.MustCompile(`(\s*\[\d{1,3}\])+\s*$`)

// cutBylinePrefix removes the word that introduces authors from the start
// of a line ("By ", "Author: ") and reports whether there was one.
func cutBylinePrefix(line string) (string, bool) {
	for _, p := range []string{"By ", "by ", "BY ", "Author: ", "Authors: "} {
		if rest, ok := strings.CutPrefix(line, p); ok {
			return rest, true
		}
	}
	return line, false
}

// dateIn finds a full date printed inside a line, as titles of press
// conferences and statements carry one ("… Press Conference on May 31,
// 2022").
func dateIn(line string) (time.Time, bool) {
	for _, m := range datePhrase.FindAllString(line, -1) {
		if d, ok := parseDateLine(strings.Replace(m, ",", "", 1)); ok {
			return d, true // "22 Dec, 2016" is 22 Dec 2016
		}
		if d, ok := parseDateLine(m); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

var datePhrase = regexp.MustCompile(`\b(?:\d{1,2} [A-Z][a-z]+\.?,? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b`)
