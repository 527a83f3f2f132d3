package cite

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
	"github.com/claimx/claimx/segment"
)

// wikiNotes finds what the notes of a wiki and of its copies date, in
// the fields, each closed by a full stop, that they print after the
// work's authors: "1. ^ Li, Wei (3 May 2021). "Ports reopen". Harbour
// Daily. Archived from the original on 5 May 2021. Retrieved 9 May
// 2021.", "^ a b "Quays close". Tide Weekly. 2 June 2020. Retrieved 4
// June 2020." A note with no authors is a citation of its work, the
// field after the title, at the date printed in a field of its own; every
// note's "Retrieved" date is one more, of its authors or its work, marked
// accessed. The authors' own date, in parentheses, is read with the other
// parentheses (entryAuthors). When an archive kept a copy is no date of
// the work's, nor of a reading: it is left out. A note is a line that
// opens on a caret, or holds a "Retrieved" field. base and published are
// as for Parse.
func wikiNotes(text string, base int, published time.Time) []claimx.Citation {
	if !accessCue(text) && !strings.Contains(text, "^ ") {
		return nil
	}
	var out []claimx.Citation
	offset := 0 // code points before the line
	for line := range strings.Lines(text) {
		n := utf8.RuneCountInString(line)
		if n <= maxBibLineRunes && (accessCue(line) || strings.Contains(line, "^ ")) {
			for _, c := range wikiNote(line, published) {
				c.Span.Start += base + offset
				c.Span.End += base + offset
				out = append(out, c)
			}
		}
		offset += n
	}
	return out
}

// wikiNote reads one line as a wiki's note; spans count from the line's
// start.
func wikiNote(line string, published time.Time) []claimx.Citation {
	rs := []rune(strings.TrimRight(line, " \t\r\n"))
	trimmed := strings.TrimLeft(string(rs), " \t")
	entry := withoutEntryMarker(trimmed)
	if entry == "" {
		return nil
	}
	_, caret := segment.NoteBody(trimmed[segment.ItemStart(trimmed, 0):])
	from := len(rs) - utf8.RuneCountInString(entry)
	source, titleAt := "", from
	if r, _ := utf8.DecodeRuneInString(entry); r != '"' && r != '“' {
		// The authors and their date: "Li, Wei (3 May 2021)."
		open := indexRune(rs, from, '(')
		if open < 0 {
			return nil
		}
		close := indexRune(rs, open, ')')
		if close < 0 || close+2 >= len(rs) || rs[close+1] != '.' {
			return nil
		}
		toks := tokenizeCitation(rs, open+1, close)
		if d, ok := dateAt(toks, 0); !ok || d.to != len(toks) {
			return nil
		}
		authors, ok := entryAuthors(rs, open, close, true)
		if !ok {
			return nil
		}
		source, titleAt = authors, close+2
	}
	fields := noteFields(rs, titleAt)
	if len(fields) < 2 {
		return nil
	}
	var out []claimx.Citation
	if source == "" {
		// The work is the field after the title, its language left out:
		// "Yicai Global (in Chinese)".
		work := string(rs[fields[1].start:fields[1].end])
		if strings.HasPrefix(work, "Retrieved ") || strings.HasPrefix(work, "Archived ") {
			return nil // a title alone: no work names the source
		}
		if k := strings.LastIndex(work, " ("); k > 0 && strings.HasSuffix(work, ")") {
			work = work[:k]
		}
		if source = cleanSource(work); source == "" || !titleCased(source) {
			return nil
		}
		if !caret && !accessCue(line) {
			return nil
		}
		for _, f := range fields[2:] {
			if c, ok := spanDate(rs, f.start, f.end, orderUnknown, source, false, published); ok {
				out = append(out, c)
				break
			}
		}
	}
	for _, f := range fields[1:] {
		if c, ok := accessField(rs, f, source, published); ok {
			out = append(out, c)
		}
	}
	return out
}

// accessCue reports whether s holds a capitalised cue of the access-cues
// list that may open a note's access field: "Retrieved ", "Accessed ".
func accessCue(s string) bool {
	for _, cue := range accessCueWords {
		if strings.Contains(s, cue) {
			return true
		}
	}
	return false
}

// accessCueWords are the access cues as a note's field opens on them,
// capitalised and followed by a space, built once.
var accessCueWords = func() []string {
	var out []string
	for w := range lexicon.AccessCues.All() {
		out = append(out, strings.ToUpper(w[:1])+w[1:]+" ")
	}
	return out
}()

// accessField reads a note's field that tells when the work was read, as
// a citation of source: "Retrieved 9 May 2021", and as APA's older
// edition and other lists print it with the link after the date,
// "Retrieved May 9, 2021, from https://…", "Accessed on 9 May 2021 from
// https://…". Its span counts from rs[0].
func accessField(rs []rune, f bibField, source string, published time.Time) (claimx.Citation, bool) {
	toks := tokenizeCitation(rs, f.start, f.end)
	if len(toks) < 2 || !toks[0].upper || !lexicon.AccessCues.Has(toks[0].word) {
		return claimx.Citation{}, false
	}
	i := 1
	if toks[i].word == "on" {
		i++
	}
	v, end, ok := leadingDate(toks, i)
	if ok && end < len(toks) && toks[end].is(',') {
		end++
	}
	if !ok || end < len(toks) && toks[end].word != "from" {
		return claimx.Citation{}, false
	}
	c, ok := printedDate{dateParts: v, accessed: true}.citation(source, published)
	if !ok {
		return claimx.Citation{}, false
	}
	last := end - 1
	if toks[last].is(',') {
		last--
	}
	c.Raw = string(rs[toks[0].start:toks[last].end])
	c.Span = claimx.Span{Start: toks[0].start, End: toks[last].end}
	return c, true
}

// indexRune is the index of the first r in rs at or after from, -1 if
// none.
func indexRune(rs []rune, from int, r rune) int {
	for i := from; i < len(rs); i++ {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// noteFields splits rs[from:] into the fields of a note, each closed by
// a full stop before a space or the end. A quoted title runs to the full
// stop right after its closing mark, or after the translation in brackets
// that follows it ("“港口” [Ports]."), or to its closing mark after a full
// stop; a full stop inside brackets or parentheses closes nothing.
func noteFields(rs []rune, from int) []bibField {
	var out []bibField
	for from < len(rs) {
		for from < len(rs) && rs[from] == ' ' {
			from++
		}
		if from == len(rs) {
			break
		}
		quoted := rs[from] == '"' || rs[from] == '“'
		end, next, depth := len(rs), len(rs), 0
		for i := from + 1; i < len(rs) && end == len(rs); i++ {
			atEnd := i+1 == len(rs) || rs[i+1] == ' '
			switch rs[i] {
			case '[', '(':
				depth++
			case ']', ')':
				depth = max(0, depth-1)
			case '.':
				if depth == 0 && atEnd && (!quoted || strings.ContainsRune(`"”]`, rs[i-1])) {
					end, next = i, i+1
				}
			case '"', '”':
				// American style closes the title inside its marks:
				// "“Ports Reopen.” Accessed …".
				if depth == 0 && atEnd && quoted && rs[i-1] == '.' {
					end, next = i+1, i+1
				}
			}
		}
		out = append(out, bibField{from, end})
		from = next
	}
	return out
}
