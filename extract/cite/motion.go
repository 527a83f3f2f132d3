package cite

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// regardCue opens a clause of a resolution's preamble, the formula
// parliaments and councils print before each document they rely on, and
// regardOwnCue such a clause that cites the body's own act.
const (
	regardCue    = "having regard to "
	regardOwnCue = regardCue + "its "
)

// maxActWords bounds the words that name the body's act between "its"
// and "of": "its resolution", "its previous recommendations".
const maxActWords = 3

// minRegardClauses is how many "having regard to" clauses must follow
// the body's line for its text to be a resolution's preamble: one such
// clause under a company's or a union's name is no preamble.
const minRegardClauses = 2

// enactingReferences finds the body's own earlier acts that a
// resolution's preamble cites: the body that enacts the text names itself
// on a line of its own before its clauses ("The Harbour Council,"), and
// a clause "having regard to its …" dates its acts after "of", the first
// and any after "and of" ("having regard to its resolutions of 3 May 2021
// and of 9 June 2020 on quays"). Each such date is a citation of that
// body. The chain stops at anything else, so a date of the topic after
// "on" ("its resolution of 8 July 2021 on the strike of 9 April 2021")
// is not the body's act. A clause that cites another's act ("having
// regard to the statement of …") names its own source and is left to the
// other readers. base and published are as for Parse.
func enactingReferences(text string, base int, published time.Time) []claimx.Citation {
	if !strings.Contains(text, regardOwnCue) {
		return nil
	}
	var out, pending []claimx.Citation
	body, clauses := "", 0
	flush := func() {
		if clauses >= minRegardClauses {
			out = append(out, pending...)
		}
		pending, clauses = nil, 0
	}
	offset := base // the code point the line starts at
	for line := range strings.Lines(text) {
		n := utf8.RuneCountInString(line)
		trimmed := strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '–' || r == '-' || r == '•' })
		if name, ok := strings.CutSuffix(trimmed, ","); ok && corporateAuthor(strings.TrimPrefix(name, "The ")) {
			flush()
			body = name
		} else if body != "" && strings.HasPrefix(trimmed, regardCue) {
			clauses++
			if strings.HasPrefix(trimmed, regardOwnCue) {
				rs := []rune(line)
				from := utf8.RuneCountInString(line[:strings.Index(line, regardOwnCue)+len(regardOwnCue)])
				pending = append(pending, ownActs(rs, tokenizeCitation(rs, from, len(rs)), cleanSource(body), offset, published)...)
			}
		} else if trimmed != "" {
			// Any other line ends the preamble: the body named above
			// prose is no resolution's.
			flush()
			body = ""
		}
		offset += n
	}
	flush()
	return out
}

// ownActs reads the chain of dates after "its" in a preamble's clause,
// toks from the act's name on: up to maxActWords words in lower case,
// "of" and a date, then any more after "and of" (", and of"); each is a
// citation of body. offset is the code point the line rs starts at.
func ownActs(rs []rune, toks []citeToken, body string, offset int, published time.Time) []claimx.Citation {
	i := 0
	for i < len(toks) && i < maxActWords && toks[i].kind == ctWord && !toks[i].upper && toks[i].word != "of" && toks[i].word != "on" {
		i++
	}
	if i == 0 {
		return nil
	}
	var out []claimx.Citation
	for i+1 < len(toks) && toks[i].word == "of" {
		v, e, ok := leadingDate(toks, i+1)
		if !ok || v.year == 0 || v.prec == claimx.Year {
			break
		}
		c, ok := printedDate{dateParts: v}.citation(body, published)
		if !ok {
			break
		}
		c.Raw = string(rs[toks[i+1].start:toks[e-1].end])
		c.Span = claimx.Span{Start: offset + toks[i+1].start, End: offset + toks[e-1].end}
		out = append(out, c)
		// The next act of the chain: "and of 9 June 2020", ", and of …".
		i = e
		if i < len(toks) && toks[i].is(',') {
			i++
		}
		if i+1 >= len(toks) || toks[i].word != "and" || toks[i+1].word != "of" {
			break
		}
		i++
	}
	return out
}
