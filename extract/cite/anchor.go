package cite

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/lexicon"
)

// maxAnchorLines bounds how far into a text a date line or a volume line
// is looked for: both belong to the header, which a caption or an epigraph
// may push down a few lines, while a dated line further down is more
// likely an entry of a timeline.
const maxAnchorLines = 20

// referenceDate is the date against which a citation's year-less date is
// placed. It is the publication date as the reader found it (the header's
// date line, the page's metadata or a sidecar). When the reader found none,
// it is a line near the top that holds nothing but a date ("29 December
// 2020" under an epigraph, "Date: September 6, 2019" under an image
// caption), and failing that the last day of the year of a periodical's
// volume ("China Brief Volume: 21 Issue: 24"): a date in that year is
// placed in it. Zero when the text gives none of them.
func referenceDate(a *claimx.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	var lines []string
	for line := range strings.Lines(a.Text) {
		if len(lines) == maxAnchorLines {
			break
		}
		lines = append(lines, strings.TrimSpace(line))
	}
	for _, line := range lines {
		if d, ok := dateLine(line); ok {
			return d
		}
	}
	for _, line := range lines {
		if y, ok := volumeYear(line); ok {
			return time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// dateLine reads a line that is a full date and nothing else, after an
// optional label ending in a colon ("Date: August 30, 2019"), with the date
// grammar of citations.
func dateLine(line string) (time.Time, bool) {
	rs := []rune(line)
	toks := tokenizeCitation(rs, 0, len(rs))
	i := 0
	if len(toks) > 2 && toks[0].kind == ctWord && toks[1].is(':') {
		i = 2
	}
	d, ok := dateAt(toks, i)
	if !ok || d.to != len(toks) || d.year == 0 || d.prec != claimx.Day || d.accessed {
		return time.Time{}, false
	}
	return firstDayOf(d.year, d.month, d.day)
}

// volumeYear reads the year of the volume a line names, "China Brief
// Volume: 21" or "Terrorism Monitor Vol. 5", for a periodical that numbers
// its volumes by year (lexicon.Periodicals, with the year of volume 1).
func volumeYear(line string) (int, bool) {
	lower := strings.ToLower(line)
	for _, cue := range []string{"volume", "vol."} {
		at := strings.Index(lower, cue)
		if at < 0 {
			continue
		}
		num := strings.TrimLeft(lower[at+len(cue):], ":. ")
		end := strings.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' })
		if end < 0 {
			end = len(num)
		}
		volume, err := strconv.Atoi(num[:end])
		if err != nil || volume < 1 {
			continue
		}
		for name := range lexicon.Periodicals.All() {
			if !strings.ContainsFunc(name, unicode.IsLetter) || !strings.Contains(lower[:at], name) {
				continue
			}
			// The entry is the name and the year of its first volume.
			i, _ := lexicon.Periodicals.Entry(name)
			forms := lexicon.Periodicals.Forms(i)
			if first, err := strconv.Atoi(forms[len(forms)-1]); err == nil {
				return first + volume - 1, true
			}
		}
	}
	return 0, false
}
