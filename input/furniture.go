package input

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/segment"
)

// lineBreakEndsBlock decides whether a single line break inside a run of
// lines separates two blocks. Hard-wrapped text breaks lines anywhere, but
// pages copied as text put each paragraph on a line of its own with no blank
// line between: there a line that ends a sentence, a caption or a sign-off,
// or a heading line before a long line, stands apart from the next line when
// that one opens anew.
func lineBreakEndsBlock(before, line string) bool {
	prev := before[strings.LastIndexByte(before, '\n')+1:]
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("“\"‘'([【—–-•", first) {
		return false
	}
	if endsSentence(prev) || caption(prev) || signature(prev) {
		return true
	}
	return looksLikeLabel(prev) && !endsOnFunctionWord(prev) && utf8.RuneCountInString(line) > 2*utf8.RuneCountInString(prev) && utf8.RuneCountInString(line) > 80
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly inside closing quotes or brackets or before footnote markers.
func endsSentence(line string) bool {
	line = strings.TrimRight(trailingMarkers.ReplaceAllString(line, ""), " ”\"’)]")
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
// ("(Source: China Daily)", "[Photo/IC]", "Credit: Getty Images") or is one.
func caption(text string) bool {
	if len(text) > maxCaption {
		return false
	}
	text = strings.TrimSpace(text)
	return creditEnd.MatchString(text) || creditLine.MatchString(text) || relatedLink(text)
}

// relatedLink reports whether a paragraph is a link to another story set in
// brackets ("[Read: Why Tunisia suffers from Islamist violence]"), as news
// pages insert between paragraphs.
func relatedLink(text string) bool {
	return strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") && !strings.Contains(text[1:len(text)-1], "]") && segment.FootnoteMarker(text) == 0
}

// maxCaption is the most bytes a caption holds.
const maxCaption = 600

var (
	creditEnd  = regexp.MustCompile(`(?i)[(\[](photo|image|source|credit|picture|file photo)s?\s*[:/][^)\]]*[)\]]\.?$`)
	creditLine = regexp.MustCompile(`(?i)^(photo|image|picture|credit|source|file photo)s?\s*(:|by\b)|(getty images|/afp|/reuters|/ap|shutterstock)\.?$`)
)

// signature reports whether a paragraph is a sign-off: a line opened by a
// dash and a name ("— Joseph Brouwer"), perhaps with a role and a date
// below it.
func signature(text string) bool {
	first := strings.SplitN(strings.TrimSpace(text), "\n", 2)[0]
	rest, ok := strings.CutPrefix(first, "—")
	if !ok {
		rest, ok = strings.CutPrefix(first, "–")
	}
	return ok && isPersonName(strings.TrimSpace(rest))
}

// dateline matches the place, date and agency that open a wire report:
// "BEIJING, Dec. 10 (Xinhua) --", "MANILA, Philippines (AP) —",
// "Taipei, Sept. 12 (CNA) -", "BEIJING —". A place not in capitals needs
// the agency in brackets to count.
var dateline = regexp.MustCompile(`^(?:([A-Z][A-Z .'-]*[A-Z])|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][A-Za-z .]+?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: (\([A-Za-z .]+\)))? ?(?:--|—|–|-)\s+`)

// datelineLength returns the byte length of the dateline opening a
// paragraph, 0 if it opens with none.
func datelineLength(text string) int {
	m := dateline.FindStringSubmatchIndex(text)
	if m == nil {
		return 0
	}
	capitals, agency := m[2] >= 0, m[4] >= 0
	if !capitals && !agency {
		return 0
	}
	return m[1]
}
