package cite

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// signature is the signature of an embedded post: a dash, the author's
// name and handle, "— Antoine Bondaz (@AntoineBondaz)", before the date.
var signature = regexp.MustCompile(`[—–]\s*([^\s()—–][^()\n—–]{0,80}?)\s*\(@\w{1,30}\)[ \t]*`)

// signatures finds the signed embedded posts of text, "— Antoine Bondaz
// (@AntoineBondaz) April 21, 2023", each a citation of its author at the
// date that ends its line. base and published are as for Parse.
func signatures(text string, base int, published time.Time) []claimx.Citation {
	if !strings.Contains(text, "(@") {
		return nil
	}
	var out []claimx.Citation
	for _, m := range signature.FindAllStringSubmatchIndex(text, -1) {
		// Raw and the source hold the text as its code points read, an
		// invalid byte as U+FFFD, as the spans count it.
		source := cleanSource(displayName(string([]rune(text[m[2]:m[3]]))))
		lineEnd := strings.IndexByte(text[m[1]:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text) - m[1]
		}
		rs := []rune(text[m[1] : m[1]+lineEnd])
		toks := tokenizeCitation(rs, 0, len(rs))
		d, ok := dateAt(toks, 0)
		if source == "" || !ok || d.to != len(toks) && !toks[d.to].is('.') {
			continue
		}
		c, ok := d.citation(source, published)
		if !ok {
			continue
		}
		dateEnd := m[1] + len(string(rs[:toks[d.to-1].end]))
		c.Raw = string([]rune(text[m[2]:dateEnd]))
		start := base + utf8.RuneCountInString(text[:m[2]])
		c.Span = claimx.Span{Start: start, End: start + utf8.RuneCountInString(c.Raw)}
		out = append(out, c)
	}
	return out
}

// displayName is a post author's display name without the emoji and other
// symbols it may carry around the name: "🇹🇼 Taiwan MOFA ✈️" reads "Taiwan
// MOFA".
func displayName(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) ||
			unicode.Is(unicode.Regional_Indicator, r) || r == '\u200d' || r == '\ufe0f' // joiner, emoji presentation
	})
}
