package cite

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// entryEnds are the marks that may follow the date of a bibliographic
// entry.
const entryEnds = ",;.。，；"

// maxTitledRunes bounds what is read after a title in 《》 for its date:
// the rest of the line, up to this many code points.
const maxTitledRunes = 120

// titledEntries finds the bibliographic entries of text that name a work in
// Chinese title marks and date it, "《中国数字时代》, 12/28/2020" or
// "《人民日报》，2023年5月3日": a citation of the work at that date. Entries
// inside a parenthesis are left to the parenthesis. base and published are
// as for Parse.
func titledEntries(text string, base int, published time.Time) []claimx.Citation {
	if !strings.Contains(text, "》") {
		return nil
	}
	var out []claimx.Citation
	runeAt, byteAt := 0, 0 // a code-point offset and the byte offset it stands at
	for i := 0; i < len(text); {
		open := strings.Index(text[i:], "《")
		if open < 0 {
			break
		}
		open += i
		close := strings.Index(text[open:], "》")
		if close < 0 {
			break
		}
		close += open
		i = close + len("》")
		title := text[open+len("《") : close]
		if strings.TrimSpace(title) == "" || strings.ContainsAny(title, "《\n") {
			continue
		}
		rest := text[i:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		rs := []rune(rest)
		cut := len(rs) > maxTitledRunes
		if cut {
			rs = rs[:maxTitledRunes]
		}
		toks := tokenizeCitation(rs, 0, len(rs))
		if len(toks) < 2 || !toks[0].is(',') && !toks[0].is('，') {
			continue
		}
		// The date ends the entry: the line, the sentence or the clause
		// ends after it.
		v, end, ok := leadingDate(toks, 1)
		if !ok || cut && end == len(toks) || end < len(toks) && !strings.ContainsRune(entryEnds, toks[end].mark) {
			continue
		}
		// Raw and the source hold the text as its code points read, an
		// invalid byte as U+FFFD, as the spans count it.
		c, ok := printedDate{dateParts: v}.citation(string([]rune(title)), published)
		if !ok {
			continue
		}
		runeAt += utf8.RuneCountInString(text[byteAt:open])
		byteAt = open
		c.Raw = string([]rune(text[open:i])) + string(rs[:toks[end-1].end])
		c.Span = claimx.Span{Start: base + runeAt, End: base + runeAt + utf8.RuneCountInString(c.Raw)}
		out = append(out, c)
	}
	return out
}
