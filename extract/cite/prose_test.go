package cite

import (
	"time"

	"testing"

	"github.com/claimx/claimx"
)

// TestProseReports: a known outlet that the running text makes the
// subject or the agent of a verb of publishing, with a day's date in the
// sentence, is cited at that day; a date whose year cannot be known, a
// verb of speech, an outlet that publishes nothing in the sentence and a
// date that is no time of the report cite nothing.
func TestProseReports(t *testing.T) {
	d := claimx.Day
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"the outlet opens the clause", "On 3 March, Nikkei, the business daily, published a survey of port operators.",
			[]wantCite{{"Nikkei", "2024-03-03", d, true, false, "3 March, Nikkei"}}},
		{"the agent of a passive", "Fares doubled, according to a report published by the Financial Times on April 9, 2023.",
			[]wantCite{{"Financial Times", "2023-04-09", d, false, false, "Financial Times on April 9, 2023"}}},
		{"a weekday before the date", "Reuters on Tuesday, April 2 reported that two ferries had sunk.",
			[]wantCite{{"Reuters", "2024-04-02", d, true, false, "Reuters on Tuesday, April 2"}}},
		{"a verb of speech after the date", "On March 3, Bloomberg said the port would close.",
			[]wantCite{{"Bloomberg", "2024-03-03", d, true, false, "March 3, Bloomberg"}}},
		{"a verb of speech before the date", "In 1953 the islands were Japanese, as the Bangkok Post stated on 8 January 1953 in an editorial.",
			[]wantCite{{"Bangkok Post", "1953-01-08", d, false, false, "Bangkok Post stated on 8 January 1953"}}},
		{"the day of what was said", "Bloomberg said the port would close on March 3.", nil},
		{"an outlet on a day, no verb", "The claim first surfaced in an article in the Straits Times on 9 February, which cited no one.",
			[]wantCite{{"Straits Times", "2024-02-09", d, true, false, "Straits Times on 9 February"}}},
		{"a person's verb of speech", "On March 3, Li Wei said the port would close.", nil},
		{"no verb of publishing", "On March 3, Bloomberg staff visited the port.", nil},
		{"a date after a preposition of another kind", "Bloomberg reported that the port closed after May 3.", nil},
		{"the day of a relative clause's event", "The Financial Times ran a profile of Li Wei, who was born on May 2, 1971.", nil},
		{"the day of the reported event", "Xinhua reported that the talks, which began on June 4, 2019, had stalled.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCitations(t, tt.text, 0, Parse(tt.text, 0, isoDay(t, "2024-05-01")), tt.want)
		})
	}
	year := "On 3 March, Nikkei published a survey of port operators."
	checkCitations(t, year, 0, Parse(year, 0, time.Time{}), nil)
}
