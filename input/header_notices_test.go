package input

import "testing"

// TestHeaderFieldsAndNotices reads headers whose lines real pages print
// around the title, by-line and date, each written for this test: several
// fields on one line, a label or an outlet's name under the by-line, the
// page's notices to its reader (browser, cookies, JavaScript) over the
// headline, Chinese labels of a date and a by-line, journals', think
// tanks', newsletters' and ministries' headers.
func TestHeaderFieldsAndNotices(t *testing.T) {
	const port = "The port authority said on Monday that container traffic had fallen by a fifth since the strike began, and that ships were waiting offshore.\n"
	const talks = "China and the Philippines agreed on Tuesday to keep talking about the shoal, the foreign ministry in Beijing said in a statement after the meeting.\n"
	tests := []struct {
		name, text, title string
		authors           []string
		published, first  string
	}{
		{"fields on one line: by, date, kind",
			"Port strike leaves ships waiting offshore\n\nBy Ana Ruiz | June 3, 2024 | Analysis\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"fields on one line: kind, by, date",
			"Port strike leaves ships waiting offshore\n\nCommentary | By Ana Ruiz | 3 June 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"fields with dots: name, date, read time",
			"Port strike leaves ships waiting offshore\n\nAna Ruiz · June 3, 2024 · 6 min read\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"outlet under the authors",
			"Port strike leaves ships waiting offshore\n\nBy Ana Ruiz\nThe Harbour Times\nJune 3, 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"outlet under names without by",
			"Port strike leaves ships waiting offshore\n\nAna Ruiz and Tomas Berg\nNordic Policy Review\n3 June 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz", "Tomas Berg"}, "2024-06-03", "The port"},
		{"browser notice over the headline",
			"Please update your browser\n\nPort strike leaves ships waiting offshore\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"subscribe prompt over the headline",
			"Subscribe to our newsletter\n\nPort strike leaves ships waiting offshore\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"cookie notice over the headline",
			"We use cookies to improve your experience\n\nAccept all cookies\n\nPort strike leaves ships waiting offshore\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"Chinese labels",
			"China and Philippines hold talks on the shoal\n\n发布时间：2024-06-03 10:30\n来源：新华网\n作者：Ana Ruiz\n\n" + talks,
			"China and Philippines hold talks on the shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"Chinese labels, English title",
			"China and Philippines hold talks on the shoal\n\n发布时间：2024年6月3日\n来源：外交部\n\n" + talks,
			"China and Philippines hold talks on the shoal", nil, "2024-06-03", "China and"},
		{"a label under the by-line",
			"Port strike leaves ships waiting offshore\n\nThe strike has cut traffic by a fifth, and ships queue for days.\n\nDewi Anggraini and Tomas Berg (The Harbour Times)\nPremium\nJakarta\nSun, June 2, 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Dewi Anggraini", "Tomas Berg"}, "2024-06-02", "The strike"},
		{"a kind of piece under the by-line",
			"Port strike leaves ships waiting offshore\n\nAna Ruiz\nOpinion\nJune 3, 2024\n\n" + port,
			"Port strike leaves ships waiting offshore", []string{"Ana Ruiz"}, "2024-06-03", "The port"},
		{"ministry transcript",
			"Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 3, 2024\n\n2024-06-03 19:00\n\n" + talks,
			"Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 3, 2024", nil, "2024-06-03", "China and"},
		{"substack: title, subtitle, name, date",
			"The Shoal and the Summit\n\nWhy Manila keeps talking, and what Beijing wants from it\n\nAna Ruiz\n\nJun 03, 2024\n\n" + talks,
			"The Shoal and the Summit", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"substack with share prompts",
			"The Shoal and the Summit\n\nWhy Manila keeps talking, and what Beijing wants from it\n\nAna Ruiz\n\nJun 03, 2024\n\n12\n\nShare\n\n" + talks,
			"The Shoal and the Summit", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"journal: title, authors with affiliations, received date",
			"Maritime Claims and Domestic Politics in the South China Sea\n\nAna Ruiz, Tomas Berg\n\nPublished online: 03 Jun 2024\n\n" + talks,
			"Maritime Claims and Domestic Politics in the South China Sea", []string{"Ana Ruiz", "Tomas Berg"}, "2024-06-03", "China and"},
		{"think tank: date over title, authors after",
			"June 3, 2024\n\nThe Shoal and the Summit: What Comes Next\n\nAna Ruiz and Tomas Berg\n\n" + talks,
			"The Shoal and the Summit: What Comes Next", []string{"Ana Ruiz", "Tomas Berg"}, "2024-06-03", "China and"},
		{"blog: posted on date by name in one line",
			"The Shoal and the Summit\n\nPosted on June 3, 2024 by Ana Ruiz\n\n" + talks,
			"The Shoal and the Summit", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"news: date, time and place",
			"China, Philippines agree to keep talking on shoal\n\nBy Ana Ruiz\n\nPublished June 3, 2024 at 10:30 a.m.\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"by-line with outlet after comma in one line with date",
			"China, Philippines agree to keep talking on shoal\n\nAna Ruiz, The Manila Times | June 3, 2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"author label and date label on one line",
			"China, Philippines agree to keep talking on shoal\n\nAuthor: Ana Ruiz Date: June 3, 2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"sign in menu then headline",
			"Sign in\n\nSubscribe\n\nChina, Philippines agree to keep talking on shoal\n\nAna Ruiz\n\n3 June 2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"date in dotted numbers",
			"China, Philippines agree to keep talking on shoal\n\nBy Ana Ruiz\n\n03.06.2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"by-line with 'and' and outlet after a dash",
			"China, Philippines agree to keep talking on shoal\n\nBy Ana Ruiz and Tomas Berg - Nikkei Asia\n\nJune 3, 2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz", "Tomas Berg"}, "2024-06-03", "China and"},
		{"advertisement over the headline",
			"Advertisement\n\nChina, Philippines agree to keep talking on shoal\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
		{"javascript notice",
			"You need to enable JavaScript to run this app.\n\nChina, Philippines agree to keep talking on shoal\n\nBy Ana Ruiz\n\nJune 3, 2024\n\n" + talks,
			"China, Philippines agree to keep talking on shoal", []string{"Ana Ruiz"}, "2024-06-03", "China and"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeader(t, tt.text, tt.title, tt.authors, tt.published, tt.first)
		})
	}
}

// TestOutletUnderTheByline: an outlet's name printed on the line under the
// by-line has a name's shape and is no author, whatever the by-line's
// shape (with "By" or without, one name a line or several).
func TestOutletUnderTheByline(t *testing.T) {
	const port = "The port authority said on Monday that container traffic had fallen by a fifth since the strike began, and that ships were waiting offshore.\n"
	for _, outlet := range []string{"Nordic Policy Review", "Nikkei Asia", "Foreign Policy", "The Diplomat", "East Asia Forum", "Lowy Institute", "Asia Times", "War on the Rocks", "Sixth Tone", "China Brief", "Kyodo News", "Hong Kong Free Press", "Caixin Global", "The Wire China", "Reuters", "ChinaFile"} {
		for _, by := range []string{"By Ana Ruiz and Tomas Berg\n", "Ana Ruiz and Tomas Berg\n", "By Ana Ruiz\n", "Ana Ruiz\nTomas Berg\n"} {
			text := "Port strike leaves ships waiting offshore\n\n" + by + outlet + "\nJune 3, 2024\n\n" + port
			want := []string{"Ana Ruiz", "Tomas Berg"}
			if by == "By Ana Ruiz\n" {
				want = want[:1]
			}
			checkHeader(t, text, "Port strike leaves ships waiting offshore", want, "2024-06-03", "The port")
		}
	}
}
