package input

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
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
	if creditLine.MatchString(line) {
		return false // a credit belongs to the caption above it
	}
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
// ("(Source: China Daily)", "[Photo/IC]", "Credit: Getty Images"), on a
// line of its own too ("… for two years.\nSource: Supplied"), or is one.
func caption(text string) bool {
	if len(text) > maxCaption {
		return false
	}
	text = strings.TrimSpace(text)
	last := text[strings.LastIndexByte(text, '\n')+1:]
	return creditEnd.MatchString(text) || creditLine.MatchString(text) || creditLine.MatchString(last) || relatedLink(text)
}

// wordless reports whether a paragraph holds no letter or digit: a stray
// full stop or rule a page leaves between elements is no claim.
func wordless(text string) bool {
	return !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
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
	creditEnd = regexp.MustCompile(`(?i)[(\[](photo|image|source|credit|picture|file photo)s?\s*[:/][^)\]]*[)\]]\.?$` +
		// "(Thomas Coex/AFP/Getty Images)": a photographer and an agency
		`|\([^()]*/\s*(AFP|AP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|Xinhua|Associated Press)[^()]*\)\.?$`)
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

// credits reports whether a paragraph credits others' reporting ("Heba
// Habib contributed to this report.") or tells how to follow or reach the
// author.
func credits(text string) bool {
	return len(text) <= maxCaption && creditsLine.MatchString(text)
}

var creditsLine = regexp.MustCompile(`(?i)\bcontributed (reporting|to this (report|article|story))|^(additional )?reporting by\b|^(editing|edited) by\b|^writing by\b` +
	// a follow or contact line: "Follow him on Twitter @LucasNolan_ or email him at …"
	`|^follow (him|her|them|us|me) (on|at)\b|\bemail (him|her|them|us|me) at\b`)

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
	if label, _, ok := strings.Cut(lower, ":"); ok && lexicon.Furniture.Has(label) {
		return true
	}
	for _, n := range []int{2, 3} {
		if words := strings.Fields(lower); len(words) > n && lexicon.Furniture.Has(strings.Join(words[:n], " ")) && strings.Contains(lower, ".") {
			return true // "Powered by SmartAsset.com"
		}
	}
	return false
}

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
