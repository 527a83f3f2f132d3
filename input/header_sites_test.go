package input

import "testing"

// TestHeadersOfNewsAndAnalysisSites reads one story's header as many
// kinds of site print it, each written for this test: wires and the papers
// that run them, British, American, Asian and Australian papers, think
// tanks, newsletters and blogs, state media; by-lines with an outlet, a
// place, a role, a label or a page's buttons after them or an opener on a
// line of its own; dates run into their time and age, with ordinals,
// weekdays, zones and labels; headlines in capitals, as questions, with a
// quotation, or with the site's name after a rule.
func TestHeadersOfNewsAndAnalysisSites(t *testing.T) {
	const b = "The two governments agreed on Tuesday to resume talks over the disputed shoal, officials in both capitals said after a meeting that ran late into the night.\n"
	const h = "Manila and Beijing agree to resume shoal talks"
	ar := []string{"Ana Ruiz"}
	ab := []string{"Ana Ruiz", "Tomas Berg"}
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		{"wire in a paper", "World\n\n" + h + "\n\nAFP\n\nPublished: 03 Jun 2024, 10:12\n\n" + b, h, []string{"AFP"}, "2024-06-03", "The two"},
		{"scmp", "China / Diplomacy\n\n" + h + "\n\nThe meeting ended a month of sharp words between the two sides.\n\nAna Ruiz\nin Beijing\nPublished: 7:00pm, 3 Jun 2024\nWhy you can trust SCMP\n\n" + b, h, ar, "2024-06-03", "The meeting"},
		{"guardian", h + "\n\nThe meeting ended a month of sharp words between the two sides.\n\nAna Ruiz in Beijing\nMon 3 Jun 2024 05.00 BST\nShare\n\n" + b, h, ar, "2024-06-03", "The meeting"},
		{"csis", "Commentary\n\n" + h + "\n\nJune 3, 2024\n\nAna Ruiz\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"brookings", h + "\n\nAna Ruiz and Tomas Berg\nJune 3, 2024\n\n" + b, h, ab, "2024-06-03", "The two"},
		{"jamestown", h + "\n\nPublication: China Brief Volume: 24 Issue: 11\nBy: Ana Ruiz\nMay 24, 2024 05:00 PM Age: 2 years\n\n" + b, h, ar, "2024-05-24", "The two"},
		{"substack", h + "\nWhat the deal means for fishermen\nAna Ruiz\nJun 03, 2024\n∙ Paid\n12\n3\nShare\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"medium", h + "\n\nAna Ruiz\n\nFollow\n\n6 min read\n\n·\n\nJun 3, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"xinhua", h + "\n\nSource: Xinhua\n\nEditor: Li Wei\n\n2024-06-03 10:21:05\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"global times", h + "\nBy Global Times Published: Jun 03, 2024 10:12 PM\n\n" + b, h, []string{"Global Times"}, "2024-06-03", "The two"},
		{"china daily", h + "\nBy Ana Ruiz | chinadaily.com.cn | Updated: 2024-06-03 10:12\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"nikkei", h + "\nThe meeting ended a month of sharp words between the two sides.\nANA RUIZ, Nikkei staff writer\nJune 3, 2024 10:12 JST\n\n" + b, h, []string{"ANA RUIZ"}, "2024-06-03", "The meeting"},
		{"reuters glued", h + "\nBy Ana Ruiz and Tomas Berg\nJune 3, 20245:12 AM GMT+8Updated 2 hours ago\n\n" + b, h, ab, "2024-06-03", "The two"},
		{"ap", h + "\nBY ANA RUIZ\nUpdated 10:12 AM GMT+8, June 3, 2024\n\n" + b, h, []string{"ANA RUIZ"}, "2024-06-03", "The two"},
		{"nyt", h + "\nThe meeting ended a month of sharp words between the two sides.\nBy Ana Ruiz\nReporting from Beijing\nJune 3, 2024\n\n" + b, h, ar, "2024-06-03", "The meeting"},
		{"ecfr", "Commentary\n\n" + h + "\n\nThe meeting ended a month of sharp words between the two sides.\n\nAna Ruiz\n\n3 June 2024\n\n" + b, h, ar, "2024-06-03", "The meeting"},
		{"lowy", h + "\nThe meeting ended a month of sharp words between the two sides.\nAna Ruiz\n3 Jun 2024 06:00\n\n" + b, h, ar, "2024-06-03", "The meeting"},
		{"weekday date", h + "\n\nBy Ana Ruiz\n\nMonday 3 June 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"ordinal with comma", h + "\n\nBy Ana Ruiz\n\n3rd June, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"ordinal us", h + "\n\nBy Ana Ruiz\n\nJune 3rd, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"at time", h + "\n\nBy Ana Ruiz\n\nJun. 3, 2024 at 10:12 a.m.\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"slashed iso", h + "\n\nBy Ana Ruiz\n\n2024/06/03\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"korean", h + "\n\nPosted : 2024-06-03 17:17 Updated : 2024-06-04 21:46\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"japanese", h + "\n\n2024/06/03 17:17 JST\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"blog leave a comment", h + "\n\nJune 3, 2024 by Ana Ruiz Leave a Comment\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"authors label plural paren", h + "\n\nAuthor(s): Ana Ruiz, Tomas Berg\n\nJune 3, 2024\n\n" + b, h, ab, "2024-06-03", "The two"},
		{"afr", h + "\nAna Ruiz\nAsia correspondent\nJun 3, 2024 – 5.00am\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"by with outlet comma", h + "\nBy Ana Ruiz, Reuters\nJune 3, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"caixin slashes", h + "\nBy Ana Ruiz / Jun 03, 2024 10:12 AM / China\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"dawn", h + "\nAna Ruiz | Published June 3, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"bloomberg", h + "\nBy Ana Ruiz and Tomas Berg\nJune 3, 2024 at 5:00 AM GMT+8\nUpdated on June 3, 2024 at 7:00 AM GMT+8\n\n" + b, h, ab, "2024-06-03", "The two"},
		{"rfa", h + "\nBy Ana Ruiz for RFA\n2024.06.03\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"voa", h + "\nJune 03, 2024 10:12 AM\nAna Ruiz\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"name dash date", h + "\nAna Ruiz - Jun 3, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"fields kind last", h + "\nBy Ana Ruiz | June 3, 2024 | Analysis\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"date first then kind", h + "\nJune 3, 2024 | Commentary | Ana Ruiz\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"en dash fields", h + "\nAna Ruiz – 3 June 2024 – Analysis\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"title with site suffix", h + " | The Harbour Times\nBy Ana Ruiz\nJune 3, 2024\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"share buttons line", h + "\nBy Ana Ruiz\nJune 3, 2024\nFacebook Twitter LinkedIn Email\n\n" + b, h, ar, "2024-06-03", "The two"},
		{"image caption first", "Fishing boats moored at the harbour in Masinloc, Zambales. (Photo: Ana Ruiz)\n" + h + "\nBy Tomas Berg\nJune 3, 2024\n\n" + b, h, []string{"Tomas Berg"}, "2024-06-03", "The two"},
		{"title in capitals", "MANILA AND BEIJING AGREE TO RESUME SHOAL TALKS\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + b, "MANILA AND BEIJING AGREE TO RESUME SHOAL TALKS", ar, "2024-06-03", "The two"},
		{"question title", "Can Manila and Beijing keep talking?\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + b, "Can Manila and Beijing keep talking?", ar, "2024-06-03", "The two"},
		{"title with colon quote", "‘We will not yield’: Manila digs in over shoal\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + b, "‘We will not yield’: Manila digs in over shoal", ar, "2024-06-03", "The two"},
		{"three authors commas no and", h + "\n\nAna Ruiz, Tomas Berg, Li Wei\n\nJune 3, 2024\n\n" + b, h, []string{"Ana Ruiz", "Tomas Berg", "Li Wei"}, "2024-06-03", "The two"},
		{"one word author", h + "\n\nBy Ana Ruiz and Tomas Berg, Harbour Institute\n\nJune 3, 2024\n\n" + b, h, ab, "2024-06-03", "The two"},
		{"title line, date, by-line below body start", h + "\n3 June 2024\n\n" + b, h, nil, "2024-06-03", "The two"},
		{"published label own line", h + "\nPublished\nJune 3, 2024\nWritten by\nAna Ruiz\n\n" + b, h, ar, "2024-06-03", "The two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
		})
	}
}
