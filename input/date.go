package input

import (
	"regexp"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// clockTime is a time of day printed after the date ("10:30 AM EST",
// "· 14:05"), and ordinal is a day's ordinal suffix ("16th"): neither
// changes the day.
var (
	clockTime = regexp.MustCompile(`[\s,|·•–-]*(at\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*[AaPp]\.?[Mm]\.?)?(\s+[A-Z]{2,5})?$`)
	ordinal   = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)
)

// dateLayouts are the ways a publication date line is printed.
var dateLayouts = []string{
	"2 January 2006", "January 2, 2006", "January 2 2006", "2 Jan 2006", "Jan 2, 2006", "Jan 2 2006",
	"2006-01-02", "2006/01/02",
}

// parseDateLine reads a line that is nothing but a date, possibly with a
// weekday or a "Published"/"Updated" label: "Tuesday, 16 April 2024".
func parseDateLine(line string) (time.Time, bool) {
	s := strings.TrimSpace(line)
	s = strings.TrimLeft(s, "•·-–* ")
	for _, label := range []string{"Published on", "Published:", "Published", "Updated:", "Updated", "Date:", "Posted on"} {
		if len(s) > len(label) && strings.EqualFold(s[:len(label)], label) {
			s = strings.TrimSpace(s[len(label):])
		}
	}
	if i := strings.Index(s, ", "); i > 0 {
		if _, err := time.Parse("Monday", s[:i]); err == nil {
			s = s[i+2:]
		}
	}
	s = clockTime.ReplaceAllString(s, "")
	s = ordinal.ReplaceAllString(s, "$1")
	// Month abbreviations are printed with a dot, and September as "Sept".
	s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), "Sept ", "Sep ")
	s = strings.Join(strings.Fields(s), " ")
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	// Every other way news prints a day ("2024-04-16T10:30:00Z",
	// "16/04/2024", "Tue 15 Oct 2024"): a date library, day first where
	// the order is ambiguous, and only for what names a day of a year.
	if !fullDate.MatchString(s) {
		return time.Time{}, false
	}
	t, err := dateparse.ParseAny(s, dateparse.PreferMonthFirst(false), dateparse.RetryAmbiguousDateWithSwap(true))
	if err != nil {
		return time.Time{}, false
	}
	return dayOf(t), true
}

// fullDate is the least a day of a year needs: a four-digit year and
// another number.
var fullDate = regexp.MustCompile(`\b(19|20)\d{2}\b.*\d|\d.*\b(19|20)\d{2}\b`)

// dayOf is the calendar day of t as written in its own zone, as a UTC
// midnight: "2024-04-16T23:30:00-05:00" was published on the 16th.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
