package input

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimx/claimx/lexicon"
	"github.com/itlightning/dateparse"
)

// clockTime is a time of day printed after the date ("10:30 AM EST",
// "· 14:05", "/ 10:30", "@ 11:10 PM UTC"), leadingClock one printed before it ("10:30 AM
// EDT, Thu May 30, 2024"), and ordinal is a day's ordinal suffix ("16th"):
// none changes the day.
var (
	clockTime    = regexp.MustCompile(`[\s,|·•/@–-]+(at\s+)?` + clock + `([:.]\d{2})?(\s*[AaPp]\.?[Mm]\.?)?(\s+` + zone + `)?$`)
	leadingClock = regexp.MustCompile(`^` + clock + `(\s*[-–]\s*` + clock + `)?(\s*[AaPp]\.?[Mm]\.?)?(\s+` + zone + `)?[\s,|·•/–-]+`)
	// labelClock is a label and a time before a date: "All Headlines
	// 17:12 March 27, 2018".
	labelClock = regexp.MustCompile(`^(?:\p{Lu}\pL* ){1,3}\d{1,2}[:.]\d{2}\s+$`)
	// gluedYear is a year run into the next word: "April 15, 2022Updated:";
	// gluedClock a year after its day run into the time after it, as pages
	// copy a date and a time set apart only by their styles ("June 3,
	// 20245:12 AM GMT+8").
	gluedYear  = regexp.MustCompile(`\b((?:19|20)\d{2})(\p{Lu})`)
	gluedClock = regexp.MustCompile(`(\d,? (?:19|20)\d{2})(\d{1,2}[:.]\d{2}\b)`)
	// gluedRepeat is a date's year run into the same date printed again,
	// as a page prints it once for the eye and once for a screen reader:
	// "9 May 20259 May 2025".
	gluedRepeat = regexp.MustCompile(`(\d \p{L}+\.? (?:19|20)\d{2})(\d{1,2} \p{Lu})`)
	// gluedStamp is the page's machine time stamp run into the time
	// printed before it: "01:14 PM2021-02-15T13:14:15+5:30".
	gluedStamp = regexp.MustCompile(`(?i)(\d [ap]\.?m\.?)((?:19|20)\d{2}-\d{2}-\d{2}T)`)
	// trailingAge is the page's time stamp relative to now after a date,
	// perhaps with its label, perhaps run into what it follows: "…
	// GMT+8Updated 2 hours ago".
	trailingAge = regexp.MustCompile(`(?i)(?:\p{Lu}\p{Ll}*:?\s*)?\d+\s+(?:sec|min|minute|hr|hour|day|week|month|year)s?\s+ago\s*$`)
	// leadingReadTime is the reading time a page prints before its date:
	// "2 min read 27-11-2024", "5 min read · Mar 3, 2024".
	leadingReadTime = regexp.MustCompile(`^\d+\s+min(?:ute)?s?\s+read\b[\s·•|,-]*`)
	ordinal         = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)
	// dayOfMonth is a day before "of" and its month: "(the) 28 of July".
	dayOfMonth = regexp.MustCompile(`^(?:the )?(\d{1,2}) of `)
	// gluedDay is a month's abbreviation run into its day ("Mar.12"),
	// gluedComma a day run into its year ("12,2024").
	gluedDay   = regexp.MustCompile(`(\p{L})\.(\d)`)
	gluedComma = regexp.MustCompile(`\b(\d{1,2}),((?:19|20)\d{2})\b`)
	// bracketedSource is a name in brackets before a date: "(Xinhua) ".
	bracketedSource = regexp.MustCompile(`^\(\p{Lu}[\pL.&' -]{1,30}\)\s+`)
	// abbrevDot is the full stop of an abbreviated month ("Sept."), not
	// one between numbers ("30.05.2024").
	abbrevDot = regexp.MustCompile(`(\pL)\.`)
)

// clock is a time of day's hours and minutes, set apart by a colon, a
// dot or, as French and the press of francophone Africa print it, an "h":
// "10:30", "10.30", "19h21".
const clock = `\d{1,2}(?:[:.]|h)\d{2}`

// zone is a time zone after a time of day: "BST", "ET", "GMT+8",
// "UTC+05:30".
const zone = `[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?`

// dateLayouts are the ways a publication date line is printed.
var dateLayouts = []string{
	"2 January 2006", "January 2, 2006", "January 2 2006", "2 Jan 2006", "Jan 2, 2006", "Jan 2 2006",
	"2006-01-02", "2006/01/02", "2006.01.02",
}

// parseDateLine reads a line that is nothing but a date, possibly with a
// weekday or a "Published"/"Updated" label: "Tuesday, 16 April 2024".
func parseDateLine(line string) (time.Time, bool) {
	s := normalDate(line)
	// "15 October, 2024" is printed with a comma the layouts do not have.
	for _, s := range []string{s, strings.ReplaceAll(s, ",", "")} {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t, true
			}
		}
	}
	// A day in numbers alone, its year perhaps in two digits ("22/03/23",
	// "03.22.2023"): the order its numbers allow, day first where both
	// allow either (the header reads the text's own order: cite.MonthFirst).
	if m := numericDate.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		first, _ := strconv.Atoi(m[1])
		second, _ := strconv.Atoi(m[3])
		if first > 12 || second <= 12 {
			return numericDay(m[4], second, first)
		}
		return numericDay(m[4], first, second)
	}
	// Every other way news prints a day ("2024-04-16T10:30:00Z",
	// "Tue 15 Oct 2024"): a date library, day first where the order is
	// ambiguous, and only for what names a day of a year.
	if !fullDate.MatchString(s) {
		return time.Time{}, false
	}
	t, err := dateparse.ParseAny(s, dateparse.PreferMonthFirst(false), dateparse.RetryAmbiguousDateWithSwap(true))
	if err != nil {
		return time.Time{}, false
	}
	return dayOf(t), true
}

// yearlessLayouts are the ways a day is printed without its year.
var yearlessLayouts = []string{"January 2", "Jan 2", "2 January", "2 Jan"}

// yearlessDate reports whether a line is nothing but a day printed
// without its year, perhaps with a label, a weekday and a time ("March 12,
// 10:30 UTC+3", "Updated: Tuesday, 12 March"): a time stamp of the page,
// no title and no date this line can give.
func yearlessDate(line string) bool {
	if !hasDigit(line) || !namesMonth(line) {
		return false
	}
	s := strings.TrimSuffix(strings.TrimSpace(normalDate(line)), ",")
	for _, layout := range yearlessLayouts {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// namesMonth reports whether one of the first words of a short line is a
// month's name: the cheap test before a line is read as a date.
func namesMonth(line string) bool {
	for i, w := range strings.Fields(line) {
		if i > maxYearlessWords {
			return false
		}
		if lexicon.Months.Has(strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

// maxYearlessWords is the most words before a month's name in a time
// stamp without a year: a label and a weekday ("Last updated: Tuesday, 12
// March").
const maxYearlessWords = 4

// normalDate is a date line with its label, weekday, time of day and
// ordinal suffixes dropped and its month's abbreviation undotted: the text
// the layouts read.
func normalDate(line string) string {
	s := strings.TrimSpace(line)
	s = strings.TrimLeft(s, "•·-–*|/ ") // a rule before the date: "/ 1 March 2001"
	// A date in brackets alone: "[March 3, 2024]".
	if len(s) > 2 && (s[0] == '[' && s[len(s)-1] == ']' || s[0] == '(' && s[len(s)-1] == ')') {
		s = s[1 : len(s)-1]
	}
	s = cutDateLabel(s)
	// The agency the story is from, in brackets before its time and day:
	// "(Xinhua) 09:58, November 21, 2025".
	if m := bracketedSource.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	s = leadingClock.ReplaceAllString(s, "")
	s = gluedYear.ReplaceAllString(s, "$1 $2")
	if i := strings.Index(s, ", "); i > 0 {
		if _, err := time.Parse("Monday", s[:i]); err == nil {
			s = s[i+2:]
		}
	}
	s = clockTime.ReplaceAllString(s, "")
	s = ordinal.ReplaceAllString(s, "$1")
	s = dayOfMonth.ReplaceAllString(s, "$1 ") // "28th of July 2024"
	// A day and a year run together with a month's dot and a comma:
	// "Mar.12,2024".
	s = gluedDay.ReplaceAllString(s, "$1 $2")
	s = gluedComma.ReplaceAllString(s, "$1, $2")
	// Month abbreviations are printed with a dot, and September as "Sept".
	s = strings.ReplaceAll(abbrevDot.ReplaceAllString(s, "$1"), "Sept ", "Sep ")
	return strings.Join(strings.Fields(s), " ")
}

// cutDateLabel drops the words that label a date at the start of a line
// ("Last updated on", "Publication date:", "发布时间：").
func cutDateLabel(s string) string {
	return s[readDateLabel(s).end:]
}

// dateLabel is the label that opens a line: where it ends (the spaces,
// colons and dashes after it passed over), whether a colon closes it, and
// whether it labels a revision ("Last updated:") or says the date is the
// publication's ("Date posted").
type dateLabel struct {
	end                          int
	colon, revision, publication bool
}

// readDateLabel reads the words of lexicon.DateLabels that open s, after
// the marks a list or a rule puts before them ("• Date:"), each perhaps
// with a colon or a dash after it and "&" between them ("Time & Date:",
// "Updated - March 05, 2024"). A line that opens with no label gives the
// zero dateLabel.
func readDateLabel(s string) dateLabel {
	var l dateLabel
	i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' })
	for i >= 0 && i < len(s) {
		end := strings.IndexAny(s[i:], " :：")
		if end <= 0 {
			break
		}
		w := s[i : i+end]
		if !lexicon.DateLabels.Has(w) && w != "&" {
			break
		}
		l.revision = l.revision || lexicon.RevisionLabels.Has(w)
		l.publication = l.publication || lexicon.PublicationLabels.Has(w)
		rest := strings.TrimLeft(s[i+end:], " :-–—：")
		l.colon = l.colon || strings.ContainsAny(s[i+end:len(s)-len(rest)], ":：")
		i = len(s) - len(rest)
		l.end = i
	}
	return l
}

// nextDateLabel is the offset of a date's label closed by a colon after
// some text, the second of two labelled dates on a line ("Posted on :
// Mar.12,2024 10:30 KST Modified on : …"); -1 if there is none.
func nextDateLabel(line string) int {
	inLabel := true // the words before are a label's, or there are none
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		end := strings.IndexByte(line[i:], ' ')
		if end < 0 {
			end = len(line) - i
		}
		w := strings.Trim(line[i:i+end], ":：")
		if !inLabel && readDateLabel(line[i:]).colon {
			return i
		}
		inLabel = w == "" || lexicon.DateLabels.Has(w)
		i += end
	}
	return -1
}

// numericDate is a day printed in numbers alone: day and month in either
// order, then the year in four digits or two, set off by one kind of mark.
var numericDate = regexp.MustCompile(`\b(\d{1,2})([/.-])(\d{1,2})[/.-]((?:19|20)?\d{2})\b`)

// numericDay is the day a numeric date names, its year in two digits
// being this century's; false when the numbers name no day.
func numericDay(year string, month, day int) (time.Time, bool) {
	y, _ := strconv.Atoi(year)
	if len(year) == 2 {
		y += 2000
	}
	t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// fullDate is the least a day of a year needs: a four-digit year and
// another number.
var fullDate = regexp.MustCompile(`\b(19|20)\d{2}\b.*\d|\d.*\b(19|20)\d{2}\b`)

// dayOf is the calendar day of t as written in its own zone, as a UTC
// midnight: "2024-04-16T23:30:00-05:00" was published on the 16th.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// urlDay matches the day a page's address gives: "/2015/03/18/",
// "-20190520/", "/2024-04-16/". Groups: year, month, day.
var urlDay = regexp.MustCompile(`[/_-]((?:19|20)\d{2})(?:/(\d{1,2})/(\d{1,2})|(\d{2})(\d{2})|-(\d{2})-(\d{2}))(?:[/_.-]|$)`)

// urlYear matches a year as a segment of a page's address: "/2016/05/".
var urlYear = regexp.MustCompile(`/((?:19|20)\d{2})/`)

// urlDate is the day a page's address gives, as news sites file their
// articles by it.
func urlDate(u string) (time.Time, bool) {
	m := urlDay.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	month, day := m[2]+m[4]+m[6], m[3]+m[5]+m[7]
	t, err := time.Parse("2006-1-2", m[1]+"-"+month+"-"+day)
	return t, err == nil
}

// yearNumber is a year printed in a text.
var yearNumber = regexp.MustCompile(`\b(19[5-9]\d|20\d{2})\b`)

// reportYear is the year a report that prints its day without one was
// filed: the year in its address, else the latest year the text names, as
// a report speaks of the past and the present, not of years to come; 0 if
// neither gives one.
func reportYear(text, url string) int {
	if m := urlYear.FindStringSubmatch(url); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if m := urlDay.FindStringSubmatch(url); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	latest := 0
	for _, y := range yearNumber.FindAllString(text, -1) {
		n, _ := strconv.Atoi(y)
		latest = max(latest, n)
	}
	return latest
}

// revisionStamp is the page's own revision date as a footer or a header
// prints it in a phrase ("Last updated on Mar 3, 2019.", "This page was
// last edited on 2 April 2024, at 13:18", "© 2024 Harbour Institute · Last
// modified 3 May 2024"): "last" and a revision's label
// (lexicon.RevisionLabels) opening a sentence or a field, or after the
// page's noun, then the date. A page that prints no other date is dated
// by it; a sentence about something else revised ("the law was last
// revised on …") dates nothing.
func revisionStamp(line string) (time.Time, bool) {
	for _, m := range revisedOn.FindAllStringSubmatchIndex(line, -1) {
		if !lexicon.RevisionLabels.Has(line[m[2]:m[3]]) {
			continue
		}
		rest := line[m[1]:]
		if loc := datePhrase.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			return dateIn(rest[:loc[1]])
		}
	}
	return time.Time{}, false
}

// revisedOn is "last" and the word after it where a page's revision stamp
// may stand: opening the line, a sentence or a field, or after the page's
// own noun ("This page was last …").
var revisedOn = regexp.MustCompile(`(?i)(?:^|[.|·•]\s+|\b(?:page|article|post|document|entry|site)(?: was| is)? )last (\pL+)(?: on)?:? `)
