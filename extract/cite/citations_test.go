package cite

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/internal/tagtest"
)

// wantCite is the part of a citation a table states; the span is checked against
// the position of raw in the text.
type wantCite struct {
	source   string
	date     string // "2006-01-02", or "" for the zero date
	prec     claimx.Precision
	inferred bool
	accessed bool
	raw      string
}

func isoDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// checkCitations compares got with want, and checks that every span slices
// the article runes back to its Raw and lies where raw is first printed after
// the previous citation.
func checkCitations(t *testing.T, text string, base int, got []claimx.Citation, want []wantCite) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d citations, want %d:\n%s", len(got), len(want), describeCitations(got))
	}
	runes := []rune(text)
	byteAt, runeAt := 0, 0 // where the previous citation ended
	for i, w := range want {
		g := got[i]
		date := ""
		if !g.Date.IsZero() {
			date = g.Date.Format("2006-01-02")
			if g.Date.Location() != time.UTC {
				t.Errorf("citation %d: date %v not in UTC", i, g.Date)
			}
		}
		if g.Source != w.source || date != w.date || g.Precision != w.prec ||
			g.YearInferred != w.inferred || g.Accessed != w.accessed || g.Raw != w.raw {
			t.Errorf("citation %d:\n got %+v\nwant %+v", i, wantCite{g.Source, date, g.Precision, g.YearInferred, g.Accessed, g.Raw}, w)
		}
		k := strings.Index(text[byteAt:], w.raw)
		if k < 0 {
			t.Fatalf("raw %q not in text after rune %d", w.raw, runeAt)
		}
		start := runeAt + utf8.RuneCountInString(text[byteAt:byteAt+k])
		wantSpan := claimx.Span{Start: base + start, End: base + start + utf8.RuneCountInString(w.raw)}
		if g.Span != wantSpan {
			t.Errorf("citation %d %q: span %v, want %v", i, w.raw, g.Span, wantSpan)
		}
		if g.Start >= base && g.End <= base+len(runes) && g.Start <= g.End {
			if sliced := string(runes[g.Start-base : g.End-base]); sliced != g.Raw {
				t.Errorf("citation %d: span slices to %q, Raw is %q", i, sliced, g.Raw)
			}
		}
		byteAt, runeAt = byteAt+k+len(w.raw), wantSpan.End-base
	}
}

func describeCitations(cs []claimx.Citation) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "  %q %s %s inferred=%v accessed=%v raw=%q %v\n", c.Source, c.Date.Format("2006-01-02"), c.Precision, c.YearInferred, c.Accessed, c.Raw, c.Span)
	}
	return b.String()
}

func TestParseCitationsForms(t *testing.T) {
	const pub = "2024-04-16"
	d, m, y := claimx.Day, claimx.Month, claimx.Year
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"full date", "Provincial quotas were doubled (Reuters, June 9, 2014).",
			[]wantCite{{"Reuters", "2014-06-09", d, false, false, "Reuters, June 9, 2014"}}},
		{"a publisher after its place", "Ports grew (Harbour Report 3 (Portland, ME: Quay Institute Press, March 2017); Docks (London: Tide Books, 2019); (Harbour: Quays reopen, May 2, 2022)).",
			[]wantCite{
				{"Quay Institute Press", "2017-03-01", m, false, false, "Portland, ME: Quay Institute Press, March 2017"},
				{"Harbour: Quays reopen", "2022-05-02", d, false, false, "Harbour: Quays reopen, May 2, 2022"},
			}},
		{"a quoted title before or after the source", "Ports grew (“Harbours Boom,” Lloyd’s List, May 2, 2022; Tide Weekly, “Quiet Quays,” May 9, 2022).",
			[]wantCite{
				{"Lloyd’s List", "2022-05-02", d, false, false, "“Harbours Boom,” Lloyd’s List, May 2, 2022"},
				{"Tide Weekly", "2022-05-09", d, false, false, "Tide Weekly, “Quiet Quays,” May 9, 2022"},
			}},
		{"an author, a quoted title and the outlet", "Ports grew (Li Wei, “Harbours Boom,” Lloyd’s List, May 2, 2022; Ana Ruiz and Tom Hale, ‘Quiet Quays’, Tide Weekly, May 9, 2022).",
			[]wantCite{
				{"Lloyd’s List", "2022-05-02", d, false, false, "Li Wei, “Harbours Boom,” Lloyd’s List, May 2, 2022"},
				{"Tide Weekly", "2022-05-09", d, false, false, "Ana Ruiz and Tom Hale, ‘Quiet Quays’, Tide Weekly, May 9, 2022"},
			}},
		{"days of one month listed after one another", "Talks went on (Kyodo, April 12 and 13; Harbour Daily, June 19, 20; Tide Weekly, March 3, 5 and 9, 2023).",
			[]wantCite{
				{"Kyodo", "2024-04-12", d, true, false, "Kyodo, April 12"},
				{"Kyodo", "2024-04-13", d, true, false, "13"},
				{"Harbour Daily", "2023-06-19", d, true, false, "Harbour Daily, June 19"},
				{"Harbour Daily", "2023-06-20", d, true, false, "20"},
				{"Tide Weekly", "2023-03-03", d, false, false, "Tide Weekly, March 3"},
				{"Tide Weekly", "2023-03-05", d, false, false, "5"},
				{"Tide Weekly", "2023-03-09", d, false, false, "9, 2023"},
			}},
		{"a figure after a day that is no later day of its month", "Fares rose (Harbour Daily, May 3, 2; Tide Weekly, June 19, 12).",
			[]wantCite{
				{"Harbour Daily", "2023-05-03", d, true, false, "Harbour Daily, May 3"},
				{"Tide Weekly", "2023-06-19", d, true, false, "Tide Weekly, June 19"},
			}},
		{"a weekday's abbreviation before the date", "Fares rose (Tide Weekly, Tue 4 Jun 2019; Harbour Daily, Thu, June 6, 2019).",
			[]wantCite{
				{"Tide Weekly", "2019-06-04", d, false, false, "Tide Weekly, Tue 4 Jun 2019"},
				{"Harbour Daily", "2019-06-06", d, false, false, "Harbour Daily, Thu, June 6, 2019"},
			}},
		{"a date with no comma after the source", "The vessel left port (AP April 11, 2024; Xinhua Mar. 3).",
			[]wantCite{
				{"AP", "2024-04-11", d, false, false, "AP April 11, 2024"},
				{"Xinhua", "2024-03-03", d, true, false, "Xinhua Mar. 3"},
			}},
		{"a day first with no comma after the source", "Crews went back to work (Tide Weekly 4 March 2024; Quay Post 12 Feb.).",
			[]wantCite{
				{"Tide Weekly", "2024-03-04", d, false, false, "Tide Weekly 4 March 2024"},
				{"Quay Post", "2024-02-12", d, true, false, "Quay Post 12 Feb."},
			}},
		{"a source set off by a spaced hyphen", "Fares rose (Harbour Daily - March 3, 2023).",
			[]wantCite{{"Harbour Daily", "2023-03-03", d, false, false, "Harbour Daily - March 3, 2023"}}},
		{"a qualified period", "Talks stalled (Xinhua, mid-June 2023; Tide Weekly, early 2022; Quay Post, late March).",
			[]wantCite{
				{"Xinhua", "2023-06-01", m, false, false, "Xinhua, mid-June 2023"},
				{"Tide Weekly", "2022-01-01", y, false, false, "Tide Weekly, early 2022"},
				{"Quay Post", "2024-03-01", m, true, false, "Quay Post, late March"},
			}},
		{"figures without padding or with a two-digit year", "Rules changed (State Council, 2021-3-5; Reuters, 03/27/23, Ann Lee and Bo Tan; Tide Weekly, 27.03.98).",
			[]wantCite{
				{"State Council", "2021-03-05", d, false, false, "State Council, 2021-3-5"},
				{"Reuters", "2023-03-27", d, false, false, "Reuters, 03/27/23"},
				{"Tide Weekly", "1998-03-27", d, false, false, "Tide Weekly, 27.03.98"},
			}},
		{"a year cut to two figures after an apostrophe", "Ports shut (Reuters, Mar 20, '15; Tide Weekly, 5 May ’98).",
			[]wantCite{
				{"Reuters", "2015-03-20", d, false, false, "Reuters, Mar 20, '15"},
				{"Tide Weekly", "1998-05-05", d, false, false, "Tide Weekly, 5 May ’98"},
			}},
		{"a day and month in figures with no year, where one figure is no month", "Ports shut (Reuters 01/26; Tide Weekly, 16/5; Quay Post 3/14).",
			[]wantCite{
				{"Reuters", "2024-01-26", d, true, false, "Reuters 01/26"},
				{"Tide Weekly", "2023-05-16", d, true, false, "Tide Weekly, 16/5"},
				{"Quay Post", "2024-03-14", d, true, false, "Quay Post 3/14"},
			}},
		{"a bracketed note or abbreviation after the source", "Ports grew (Harbour Daily [in Chinese], May 2, 2022; Tide Morning Post [TMP], May 9).",
			[]wantCite{
				{"Harbour Daily", "2022-05-02", d, false, false, "Harbour Daily [in Chinese], May 2, 2022"},
				{"Tide Morning Post", "2023-05-09", d, true, false, "Tide Morning Post [TMP], May 9"},
			}},
		{"an issue, volume or page field", "He wrote so (Harbour Review, No. 4, 2021; Tide Journal, Vol. 12, March 2020; Quay Daily, p. 3, May 2, 2022).",
			[]wantCite{
				{"Harbour Review", "2021-01-01", y, false, false, "Harbour Review, No. 4, 2021"},
				{"Tide Journal", "2020-03-01", m, false, false, "Tide Journal, Vol. 12, March 2020"},
				{"Quay Daily", "2022-05-02", d, false, false, "Quay Daily, p. 3, May 2, 2022"},
			}},
		{"the outlet that carried it", "He said so (Harbour Daily, via Tide Weekly, May 2, 2022).",
			[]wantCite{{"Harbour Daily", "2022-05-02", d, false, false, "Harbour Daily, via Tide Weekly, May 2, 2022"}}},
		{"a dash or slash between source and date", "Ports grew (Harbour Daily—May 2, 2022; Tide Weekly/May 9, 2022; Quay News – May 10).",
			[]wantCite{
				{"Harbour Daily", "2022-05-02", d, false, false, "Harbour Daily—May 2, 2022"},
				{"Tide Weekly", "2022-05-09", d, false, false, "Tide Weekly/May 9, 2022"},
				{"Quay News", "2023-05-10", d, true, false, "Quay News – May 10"},
			}},
		{"year-less date takes the publication year", "The ministry denied it (Nikkei Asia, March 7).",
			[]wantCite{{"Nikkei Asia", "2024-03-07", d, true, false, "Nikkei Asia, March 7"}}},
		{"ordinal day", "Talks stalled (Le Monde, July 4th, 2023).",
			[]wantCite{{"Le Monde", "2023-07-04", d, false, false, "Le Monde, July 4th, 2023"}}},
		{"abbreviations with and without dots", "Exports fell (Caixin Global, Jan 27; Politico, Sept. 3, 2023; Sixth Tone, Sept 3; Reuters, Jan. 5, 2023).",
			[]wantCite{
				{"Caixin Global", "2024-01-27", d, true, false, "Caixin Global, Jan 27"},
				{"Politico", "2023-09-03", d, false, false, "Politico, Sept. 3, 2023"},
				{"Sixth Tone", "2023-09-03", d, true, false, "Sixth Tone, Sept 3"},
				{"Reuters", "2023-01-05", d, false, false, "Reuters, Jan. 5, 2023"},
			}},
		{"day before month", "A survey agreed (The Economist, 12 March 2024; Nature, 2 May).",
			[]wantCite{
				{"The Economist", "2024-03-12", d, false, false, "The Economist, 12 March 2024"},
				{"Nature", "2023-05-02", d, true, false, "Nature, 2 May"},
			}},
		{"ranges give their first day", "Delegates met twice (NPC Observer, March 3–5, 2024; China Brief, March 3-5; Sinocism, March 30—April 2; Lowy Institute, 3–5 March 2024).",
			[]wantCite{
				{"NPC Observer", "2024-03-03", d, false, false, "NPC Observer, March 3–5, 2024"},
				{"China Brief", "2024-03-03", d, true, false, "China Brief, March 3-5"},
				{"Sinocism", "2024-03-30", d, true, false, "Sinocism, March 30—April 2"},
				{"Lowy Institute", "2024-03-03", d, false, false, "Lowy Institute, 3–5 March 2024"},
			}},
		{"ISO date", "The filing is public (CSIS, 2024-03-07).",
			[]wantCite{{"CSIS", "2024-03-07", d, false, false, "CSIS, 2024-03-07"}}},
		{"a camel-case brand as the source", "Residents objected (iTromsø, March 3; eNCA, 12 March 2024).",
			[]wantCite{
				{"iTromsø", "2024-03-03", d, true, false, "iTromsø, March 3"},
				{"eNCA", "2024-03-12", d, false, false, "eNCA, 12 March 2024"},
			}},
		{"a year-less month takes its year too", "Shipments paused (Lloyd's List, November; Tradewinds, March).",
			[]wantCite{
				{"Lloyd's List", "2023-11-01", m, true, false, "Lloyd's List, November"},
				{"Tradewinds", "2024-03-01", m, true, false, "Tradewinds, March"},
			}},
		{"month precision", "Earlier reports differ (Asia Society, July 2019; Chatham House, Oct 2022; Stimson Center, July–August 2019; Sinica, Oct. 2021).",
			[]wantCite{
				{"Asia Society", "2019-07-01", m, false, false, "Asia Society, July 2019"},
				{"Chatham House", "2022-10-01", m, false, false, "Chatham House, Oct 2022"},
				{"Stimson Center", "2019-07-01", m, false, false, "Stimson Center, July–August 2019"},
				{"Sinica", "2021-10-01", m, false, false, "Sinica, Oct. 2021"},
			}},
		{"year precision and year ranges", "Estimates vary (RUSI, 2021; Brookings, 2019–2021; IISS, 2019-20).",
			[]wantCite{
				{"RUSI", "2021-01-01", y, false, false, "RUSI, 2021"},
				{"Brookings", "2019-01-01", y, false, false, "Brookings, 2019–2021"},
				{"IISS", "2019-01-01", y, false, false, "IISS, 2019-20"},
			}},
		{"year first, as APA dates a dated source", "Output fell in the lockdowns (Ruiz, 2022, October 18; Tide Weekly, 2021, May; Lin & Berg, 2023, Jan. 4–6).",
			[]wantCite{
				{"Ruiz", "2022-10-18", d, false, false, "Ruiz, 2022, October 18"},
				{"Tide Weekly", "2021-05-01", m, false, false, "Tide Weekly, 2021, May"},
				{"Lin & Berg", "2023-01-04", d, false, false, "Lin & Berg, 2023, Jan. 4–6"},
			}},
		{"a source passed on via another", "Crews waited (via Tide Weekly, March 3).",
			[]wantCite{{"Tide Weekly", "2024-03-03", d, true, false, "via Tide Weekly, March 3"}}},
		{"season of a periodical", "He argued so (Foreign Affairs, Spring 2021).",
			[]wantCite{{"Foreign Affairs", "2021-01-01", y, false, false, "Foreign Affairs, Spring 2021"}}},
		{"access dates", "Figures come from three databases (UN Comtrade, accessed April 3; World Bank, accessed on March 2, 2024; OECD, Retrieved: 2024-01-15).",
			[]wantCite{
				{"UN Comtrade", "2024-04-03", d, true, true, "UN Comtrade, accessed April 3"},
				{"World Bank", "2024-03-02", d, false, true, "World Bank, accessed on March 2, 2024"},
				{"OECD", "2024-01-15", d, false, true, "OECD, Retrieved: 2024-01-15"},
			}},
		{"published and accessed dates of one source", "The entry was edited (Baidu Baike, June 1, 2020, accessed April 3, 2024).",
			[]wantCite{
				{"Baidu Baike", "2020-06-01", d, false, false, "Baidu Baike, June 1, 2020"},
				{"Baidu Baike", "2024-04-03", d, false, true, "accessed April 3, 2024"},
			}},
		{"one source, several dates", "The spokesman repeated it (State Council, March 7; October 20, 2023).",
			[]wantCite{
				{"State Council", "2024-03-07", d, true, false, "State Council, March 7"},
				{"State Council", "2023-10-20", d, false, false, "October 20, 2023"},
			}},
		{"source ended by a colon", "Rules were tightened (NDRC: March 25; December 6, 2023; March 3, 2023; MIIT, May 30, 2023).",
			[]wantCite{
				{"NDRC", "2024-03-25", d, true, false, "NDRC: March 25"},
				{"NDRC", "2023-12-06", d, false, false, "December 6, 2023"},
				{"NDRC", "2023-03-03", d, false, false, "March 3, 2023"},
				{"MIIT", "2023-05-30", d, false, false, "MIIT, May 30, 2023"},
			}},
		{"several sources", "Analysts disagreed (Reuters, January 11; Nikkei, March 26; Yicai, February 25).",
			[]wantCite{
				{"Reuters", "2024-01-11", d, true, false, "Reuters, January 11"},
				{"Nikkei", "2024-03-26", d, true, false, "Nikkei, March 26"},
				{"Yicai", "2024-02-25", d, true, false, "Yicai, February 25"},
			}},
		{"curly apostrophe in a source", "Editorials echoed him (Guangming Daily’s commentary desk, April 2; State Council, November 16, 2023).",
			[]wantCite{
				{"Guangming Daily’s commentary desk", "2024-04-02", d, true, false, "Guangming Daily’s commentary desk, April 2"},
				{"State Council", "2023-11-16", d, false, false, "State Council, November 16, 2023"},
			}},
		{"source holding commas", "A lab confirmed it (University of California, San Diego, May 3, 2022).",
			[]wantCite{{"University of California, San Diego", "2022-05-03", d, false, false, "University of California, San Diego, May 3, 2022"}}},
		{"a year inside a source is not its date", "The target was kept (Ministry of Ecology, 2023 Annual Report, March 3, 2024).",
			[]wantCite{{"Ministry of Ecology, 2023 Annual Report", "2024-03-03", d, false, false, "Ministry of Ecology, 2023 Annual Report, March 3, 2024"}}},
		{"lead-in words are not the source", "Compare the earlier line (see Xinhua, May 9, 2015; cf. Global Times, 2020; see also, e.g., Qiushi, 2019).",
			[]wantCite{
				{"Xinhua", "2015-05-09", d, false, false, "see Xinhua, May 9, 2015"},
				{"Global Times", "2020-01-01", y, false, false, "cf. Global Times, 2020"},
				{"Qiushi", "2019-01-01", y, false, false, "see also, e.g., Qiushi, 2019"},
			}},
		{"entries run together with commas", "The deal lapsed (Reuters, June 9, 2014, Caixin, July 10, 2023).",
			[]wantCite{
				{"Reuters", "2014-06-09", d, false, false, "Reuters, June 9, 2014"},
				{"Caixin", "2023-07-10", d, false, false, "Caixin, July 10, 2023"},
			}},
		{"an undated note beside a citation", "Officials called it final (Caixin, January 16; author’s translation).",
			[]wantCite{{"Caixin", "2024-01-16", d, true, false, "Caixin, January 16"}}},
		{"an undated entry stops the source carrying over", "It was restated (Sina, March 7; speech transcript; 2019).",
			[]wantCite{{"Sina", "2024-03-07", d, true, false, "Sina, March 7"}}},
		{"weekday before the date", "The spokesperson was asked again (MFA, Tuesday, March 7; Thursday, March 9, 2023).",
			[]wantCite{
				{"MFA", "2024-03-07", d, true, false, "MFA, Tuesday, March 7"},
				{"MFA", "2023-03-09", d, false, false, "Thursday, March 9, 2023"},
			}},
		{"Chinese source name", "The paper’s editorial agreed (人民日报, October 29, 2023).",
			[]wantCite{{"人民日报", "2023-10-29", d, false, false, "人民日报, October 29, 2023"}}},
		{"lower-case domain as source", "Users complained (sohu.com, September 18, 2018).",
			[]wantCite{{"sohu.com", "2018-09-18", d, false, false, "sohu.com, September 18, 2018"}}},
		{"full stop before the closing mark", "So it was reported (Xinhua, June 9, 2014.)",
			[]wantCite{{"Xinhua", "2014-06-09", d, false, false, "Xinhua, June 9, 2014"}}},
		{"date with upper-case month", "The notice is short (CAC, AUGUST 25, 2021).",
			[]wantCite{{"CAC", "2021-08-25", d, false, false, "CAC, AUGUST 25, 2021"}}},
		{"text in Chinese and quotes before the citation", "“网络主权” became doctrine under Xi Jinping (习近平) (Qiushi, September 16, 2018).",
			[]wantCite{{"Qiushi", "2018-09-16", d, false, false, "Qiushi, September 16, 2018"}}},
		{"an acronym with a date is a citation", "The regulator acted (CAC, May 11, 2015).",
			[]wantCite{{"CAC", "2015-05-11", d, false, false, "CAC, May 11, 2015"}}},
		{"a source written in lower case", "The protests grew (rfi, July 18; rfa, July 17).",
			[]wantCite{{"rfi", "2023-07-18", d, true, false, "rfi, July 18"}, {"rfa", "2023-07-17", d, true, false, "rfa, July 17"}}},
		{"a possessive inside a source", "The editorial agreed (People’s Daily, May 3).",
			[]wantCite{{"People’s Daily", "2023-05-03", d, true, false, "People’s Daily, May 3"}}},
		{"a source label before the source", "The port was shown (Source: Xinhua, May 3).",
			[]wantCite{{"Xinhua", "2023-05-03", d, true, false, "Source: Xinhua, May 3"}}},
		{"dates in figures, when only one order gives a date", "Figures were revised (Xinhua, 12/28/2020; Caixin, 2020/12/28; Sina, 28.12.2020; NDTV, 7/7/2023).",
			[]wantCite{
				{"Xinhua", "2020-12-28", d, false, false, "Xinhua, 12/28/2020"},
				{"Caixin", "2020-12-28", d, false, false, "Caixin, 2020/12/28"},
				{"Sina", "2020-12-28", d, false, false, "Sina, 28.12.2020"},
				{"NDTV", "2023-07-07", d, false, false, "NDTV, 7/7/2023"},
			}},
		{"dates written in Chinese", "The editorial ran twice (人民日报, 2023年5月3日; 求是, 2023年5月; 学习时报, 2022年).",
			[]wantCite{
				{"人民日报", "2023-05-03", d, false, false, "人民日报, 2023年5月3日"},
				{"求是", "2023-05-01", m, false, false, "求是, 2023年5月"},
				{"学习时报", "2022-01-01", y, false, false, "学习时报, 2022年"},
			}},
		{"a note on the source after its date", "The notice was brief (Xinhua, May 3 [in Chinese]; Sohu, May 4, 2023 [archived]).",
			[]wantCite{
				{"Xinhua", "2023-05-03", d, true, false, "Xinhua, May 3 [in Chinese]"},
				{"Sohu", "2023-05-04", d, false, false, "Sohu, May 4, 2023 [archived]"},
			}},
		{"dates joined by and", "It was said twice (MFA, May 4 and June 6; Xinhua, May 9 & May 10, 2023).",
			[]wantCite{
				{"MFA", "2023-05-04", d, true, false, "MFA, May 4"},
				{"MFA", "2023-06-06", d, true, false, "June 6"},
				{"Xinhua", "2023-05-09", d, true, false, "Xinhua, May 9"},
				{"Xinhua", "2023-05-10", d, false, false, "May 10, 2023"},
			}},
		{"title marks around a source", "The paper agreed (《人民日报》, May 3).",
			[]wantCite{{"人民日报", "2023-05-03", d, true, false, "《人民日报》, May 3"}}},
		{"citation in a longer parenthesis stays exact", "It rose by a third (see   Xinhua ,  2014 ).",
			[]wantCite{{"Xinhua", "2014-01-01", y, false, false, "see   Xinhua ,  2014"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, base := range []int{0, 1234} {
				checkCitations(t, tc.text, base, Parse(tc.text, base, isoDay(t, pub)), tc.want)
			}
		})
	}
}

func TestParseCitationsRejects(t *testing.T) {
	for _, text := range []string{
		"the People’s Republic of China (PRC)",
		"the regulator (CAC) said",
		"the initiative (Belt and Road Initiative; BRI)",
		"Foreign Minister Qin Gang (秦刚)",
		"cyber sovereignty (网络主权, wangluo zhuquan)",
		"a large share (about 40 percent)",
		"a large share (about 40 percent, 2021)",
		"the handover (1997)",
		"the white paper (June 2019)",
		"the meeting (March 7)",
		"the case (i.e., 2021)",
		"the author (born in 1953)",
		"the rule (e.g., in 2019)",
		"a lower-case month (Xinhua, march 7)",
		"a year that does not end the entry (Xinhua, June 9, 2014 edition)",
		"a day the month lacks (Xinhua, February 30, 2020)",
		"a day number that is no day (Xinhua, March 32)",
		"a two-digit number (Xinhua, 98)",
		"a list (1) first and (2) second",
		"prose before a date (a policy first floated by Xi, 2013)",
		"a participle before a date (updated, May 3)",
		"prose in lower case before a date (in talks, May 3)",
		"a photo credit (Source: Xinhua)",
		"a wire dateline, Taipei, Sept. 12 (CNA) - The ministry said",
		"a figure before a year (2,500 troops, 2019)",
		"a very long source (" + strings.Repeat("Word ", 20) + ", 2013)",
		"Spring alone (Foreign Affairs, Spring)",
		"lower-case season (Foreign Affairs, spring 2021)",
		"an ISO-like date with a bad month (CSIS, 2024-13-07)",
		"a month and a day that could change places (Xinhua, 3/4/2021)",
		"a fraction (Xinhua, 3/4)",
		"a fraction with no comma (Xinhua 3/4)",
		"round the clock (Harbour Service, 24/7)",
		"a ratio of figures (Xinhua, 16.5)",
		"a day after a month in figures that is no date (Xinhua, 2021/13/04)",
		"a date in Chinese with a month that is none (Xinhua, 2023年13月)",
		"a date that goes on after and (Xinhua, May 4 and others)",
		"a law's year after its name (Cybersecurity Law 2017)",
		"a span of months (Aug 2018-Jan 2020)",
		"a qualifier before no date (Xinhua, early drafts)",
		"a means of passing on, not a source (via email, March 3)",
		"an ocean, not a magazine: storms formed over the Atlantic (June 3)",
		"an unclosed parenthesis (Xinhua, June 9, 2014",
		"a parenthesis broken by a paragraph (Xinhua,\nJune 9, 2014)",
		"Port Studies, Vol. 12, No. 3 (Autumn, 2019), pp. 45-67",
		"Harbour Review 4, no. 2 (Winter, 2003): 11-30",
		"an access cue as a field (Accessed: 27/02/2012 08:57)",
	} {
		if got := Parse(text, 0, isoDay(t, "2024-04-16")); len(got) > 0 {
			t.Errorf("%q: want no citation, got\n%s", text, describeCitations(got))
		}
		if got := Parens(text, 0, isoDay(t, "2024-04-16")); len(got) > 0 {
			t.Errorf("%q: want no citation parenthesis, got %v", text, got)
		}
	}
}

func TestYearInference(t *testing.T) {
	tests := []struct {
		published time.Time
		printed   string
		want      string
	}{
		{isoDay(t, "2024-01-05"), "December 28", "2023-12-28"},
		{isoDay(t, "2024-01-05"), "January 5", "2024-01-05"},
		{isoDay(t, "2024-01-05"), "January 6", "2023-01-06"},
		{isoDay(t, "2023-12-31"), "December 31", "2023-12-31"},
		{isoDay(t, "2023-12-31"), "Jan. 1", "2023-01-01"},
		{isoDay(t, "2024-04-16"), "16 April", "2024-04-16"},
		{isoDay(t, "2024-04-16"), "April 17", "2023-04-17"},
		// February 29 goes back to the latest leap year.
		{isoDay(t, "2025-03-10"), "February 29", "2024-02-29"},
		{isoDay(t, "2024-02-28"), "Feb 29", "2020-02-29"},
		// Only the calendar day of publication counts, whatever its zone.
		{time.Date(2024, 1, 5, 23, 30, 0, 0, time.FixedZone("CST", 8*3600)), "January 5", "2024-01-05"},
	}
	for _, tc := range tests {
		text := "(Reuters, " + tc.printed + ")"
		checkCitations(t, text, 0, Parse(text, 0, tc.published),
			[]wantCite{{"Reuters", tc.want, claimx.Day, true, false, "Reuters, " + tc.printed}})
	}
}

func TestUnknownPublicationDate(t *testing.T) {
	text := "Two reports (Reuters, March 7; Caixin, June 9, 2014; AP, February 29; Sixth Tone, July 2019; IISS, 2021)."
	checkCitations(t, text, 7, Parse(text, 7, time.Time{}), []wantCite{
		{"Reuters", "", claimx.Day, false, false, "Reuters, March 7"},
		{"Caixin", "2014-06-09", claimx.Day, false, false, "Caixin, June 9, 2014"},
		{"AP", "", claimx.Day, false, false, "AP, February 29"},
		{"Sixth Tone", "2019-07-01", claimx.Month, false, false, "Sixth Tone, July 2019"},
		{"IISS", "2021-01-01", claimx.Year, false, false, "IISS, 2021"},
	})
}

func TestCitationParens(t *testing.T) {
	text := "Xi’s speech (习近平讲话) was reprinted (Qiushi, 2019; People’s Daily, May 3) in the PRC (People’s Republic of China) and abroad (see Reuters, June 9, 2014)."
	const base = 50
	runes := []rune(text)
	var got []string
	for _, s := range Parens(text, base, time.Time{}) {
		if s.Start < base || s.End > base+len(runes) || s.Start > s.End {
			t.Fatalf("span %v outside the text", s)
		}
		got = append(got, string(runes[s.Start-base:s.End-base]))
	}
	want := []string{"(Qiushi, 2019; People’s Daily, May 3)", "(see Reuters, June 9, 2014)"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNestedAndUnbalancedParentheses(t *testing.T) {
	deep := strings.Repeat("(", 20000) + "(Xinhua, 2019)" + strings.Repeat(")", 20000)
	tests := []struct {
		name string
		text string
		want []wantCite
	}{
		{"deep nesting", deep, []wantCite{{"Xinhua", "2019-01-01", claimx.Year, false, false, "Xinhua, 2019"}}},
		{"unclosed marks before", "(( a (Xinhua, 2019)", []wantCite{{"Xinhua", "2019-01-01", claimx.Year, false, false, "Xinhua, 2019"}}},
		{"stray closing marks", ") ) (Xinhua, 2019) ) (", []wantCite{{"Xinhua", "2019-01-01", claimx.Year, false, false, "Xinhua, 2019"}}},
		{"only the innermost pair is read", "(Caixin (Xinhua, 2019), June 9, 2014)", []wantCite{{"Xinhua", "2019-01-01", claimx.Year, false, false, "Xinhua, 2019"}}},
		{"an unclosed mark in an earlier paragraph", "a (stray\nthen (Xinhua, 2019)", []wantCite{{"Xinhua", "2019-01-01", claimx.Year, false, false, "Xinhua, 2019"}}},
		{"an over-long parenthesis", "(" + strings.Repeat("x ", maxParenRunes) + "; Xinhua, 2019)", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkCitations(t, tc.text, 0, Parse(tc.text, 0, time.Time{}), tc.want)
		})
	}
}

func TestManyParentheses(t *testing.T) {
	const n = 3000
	text := strings.Repeat("(Xinhua, 2019) (PRC) ((", n)
	got := Parse(text, 0, time.Time{})
	want := make([]wantCite, n)
	for i := range want {
		want[i] = wantCite{"Xinhua", "2019-01-01", claimx.Year, false, false, "Xinhua, 2019"}
	}
	checkCitations(t, text, 0, got, want)
}

// citeArticle builds an article whose claims are the given sentences, joined by
// a space, with spans counted in code points.
func citeArticle(published time.Time, sentences ...string) *claimx.Article {
	a := tagtest.Sentences(sentences...)
	a.Published = published
	return a
}

func TestTag(t *testing.T) {
	a := citeArticle(isoDay(t, "2023-02-10"),
		"Shenzhen opened a data exchange (Securities Times, January 3).",
		"Its rules were unusual.",
		"Officials praised it twice (MIIT, December 20; Caixin, Jan.",
		"4, 2023).",
		"Nothing followed (PRC).",
	)
	Citations{}.Tag(context.Background(), a)
	Citations{}.Tag(context.Background(), a) // tagging again must not add duplicates
	runes := []rune(a.Text)
	want := [][]string{
		{"Securities Times, January 3"},
		nil,
		// The sentence split after "Jan." falls inside the parenthesis.
		{"MIIT, December 20", "Caixin, Jan. 4, 2023"},
		nil,
		nil,
	}
	for i, c := range a.Claims {
		var raws []string
		for _, cit := range c.Citations {
			raws = append(raws, cit.Raw)
			if string(runes[cit.Start:cit.End]) != cit.Raw {
				t.Errorf("claim %d: span %v slices to %q, Raw is %q", i, cit.Span, string(runes[cit.Start:cit.End]), cit.Raw)
			}
		}
		if !slices.Equal(raws, want[i]) {
			t.Errorf("claim %d: got %q, want %q", i, raws, want[i])
		}
	}
	if got := a.Claims[2].Citations[0].Date; !got.Equal(isoDay(t, "2022-12-20")) {
		t.Errorf("December 20 before a February publication: got %v, want 2022-12-20", got)
	}
}

// TestTagRunOnCitation: a citation that starts outside every claim and
// runs on into one, a by-line's outlet over the date that opens the
// claim's line, goes to that claim.
func TestTagRunOnCitation(t *testing.T) {
	a := citeArticle(time.Time{}, "By Lin Wei, Reuters.", "March 19, 2023 at 7:30 a.m. Ferries stopped at the quay.")
	a.Claims = a.Claims[1:]
	Citations{}.Tag(context.Background(), a)
	if got := a.Claims[0].Citations; len(got) != 1 || got[0].Source != "Reuters" {
		t.Errorf("got %+v, want Reuters's citation on the claim", got)
	}
}

// TestTagRunOnSourceLine: a citation that opens its line and ends past
// the line start of the claim it precedes on that line (an outlet and a
// date before the claim's text) is placed without slicing backwards
// (blankBetween with from past to), on the claim its line runs on into;
// so is a by-line's outlet and date cut from the claim's line.
func TestTagRunOnSourceLine(t *testing.T) {
	for _, tt := range []struct{ text, claim, source string }{
		{"Ferries ran late.\nReuters. March 19, 2023 at 7:30 a.m. Ferries stopped at the quay.", "Ferries stopped at the quay.", "Reuters"},
		{"Cranes stood idle.\nBloomberg, 3 May 2024 at 9:15 a.m. The strike spread to the docks.", "The strike spread to the docks.", "Bloomberg"},
		{"Cranes stood idle.\nBy Ana Ruiz, The Guardian. 3 May 2024 at 9:15 a.m. EDT The strike spread to the docks.", "The strike spread to the docks.", "The Guardian"},
	} {
		first, _, _ := strings.Cut(tt.text, "\n")
		at := utf8.RuneCountInString(tt.text) - utf8.RuneCountInString(tt.claim)
		a := &claimx.Article{Text: tt.text, Claims: []claimx.Claim{
			{Index: 0, Text: first, Span: claimx.Span{Start: 0, End: utf8.RuneCountInString(first)}},
			{Index: 1, Text: tt.claim, Span: claimx.Span{Start: at, End: at + utf8.RuneCountInString(tt.claim)}},
		}}
		Citations{}.Tag(context.Background(), a) // must not panic
		got := a.Claims[1].Citations
		if len(got) != 1 || got[0].Source != tt.source || len(a.Claims[0].Citations) > 0 {
			t.Errorf("%q: got %+v, want %s's citation", tt.text, got, tt.source)
		}
	}
	if blankBetween([]rune("Reuters, March"), 9, 8) {
		t.Error("blankBetween(from > to) = true, want false")
	}
	if !blankBetween([]rune("a  b"), 1, 3) {
		t.Error("blankBetween over spaces = false, want true")
	}
}

// TestTagStraddlingCitation: a report read in prose whose text crosses
// the start of the claim it is found in, a reading that ran from the
// line's furniture (a date the layout cut off) into the claim, is no
// citation of the claim, as the output's contract asks.
func TestTagStraddlingCitation(t *testing.T) {
	text := "On March 3, 2023, Nikkei reported that the quay closed."
	claim := "Nikkei reported that the quay closed."
	at := utf8.RuneCountInString(text) - utf8.RuneCountInString(claim)
	if cs := Parse(text, 0, time.Time{}); len(cs) != 1 || cs[0].Start >= at || cs[0].End <= at {
		t.Fatalf("Parse = %+v, want one citation across rune %d", cs, at)
	}
	a := &claimx.Article{Text: text, Claims: []claimx.Claim{{Text: claim, Span: claimx.Span{Start: at, End: utf8.RuneCountInString(text)}}}}
	Citations{}.Tag(context.Background(), a)
	if got := a.Claims[0].Citations; len(got) > 0 {
		t.Errorf("got %+v, want no citation across the claim's start", got)
	}
}

// TestSeedArticle checks the parser against the hand-labelled seed article:
// every (source, date, precision, year_inferred, accessed) of the gold file,
// as a multiset.
func TestSeedArticle(t *testing.T) {
	var gold struct {
		Published string
		Citations []struct {
			Source       string
			Date         string
			Precision    string
			YearInferred bool `json:"year_inferred"`
			Accessed     bool
		}
	}
	text := tagtest.Seed(t, &gold)
	layouts := map[claimx.Precision]string{claimx.Day: "2006-01-02", claimx.Month: "2006-01", claimx.Year: "2006"}
	var got, want []string
	for _, c := range Parse(text, 0, isoDay(t, gold.Published)) {
		got = append(got, fmt.Sprint(c.Source, "|", c.Date.Format(layouts[c.Precision]), "|", c.Precision, "|", c.YearInferred, "|", c.Accessed))
	}
	for _, c := range gold.Citations {
		want = append(want, fmt.Sprint(c.Source, "|", c.Date, "|", c.Precision, "|", c.YearInferred, "|", c.Accessed))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("seed citations differ from gold:\n got %q\nwant %q", got, want)
	}
}

func TestSignatures(t *testing.T) {
	text := "Taiwan will not bow. https://t.co/x\n— Antoine Bondaz (@AntoineBondaz) April 21, 2023\nA reply came. — Li Wei (@liwei_hk) May 3\n— No Date (@nodate)\n" +
		"— 🇹🇼 Taiwan MOFA ✈️ (@MOFA_Taiwan) March 7, 2023\n— 🇨🇳 (@emoji_only) March 8, 2023\n"
	checkCitations(t, text, 3, Parse(text, 3, isoDay(t, "2024-04-16")), []wantCite{
		{"Antoine Bondaz", "2023-04-21", claimx.Day, false, false, "Antoine Bondaz (@AntoineBondaz) April 21, 2023"},
		{"Li Wei", "2023-05-03", claimx.Day, true, false, "Li Wei (@liwei_hk) May 3"},
		{"Taiwan MOFA", "2023-03-07", claimx.Day, false, false, "🇹🇼 Taiwan MOFA ✈️ (@MOFA_Taiwan) March 7, 2023"},
	})
	// The signatures are spans other taggers skip, as cited parentheses are.
	if got := Parens(text, 3, isoDay(t, "2024-04-16")); len(got) != 3 || got[0].Start != 3+utf8.RuneCountInString(text[:strings.Index(text, "Antoine")]) {
		t.Errorf("Parens %v", got)
	}
}

// TestTitledEntries: a work named in Chinese title marks and dated after a
// comma is a citation, outside a parenthesis too, and once inside one.
func TestTitledEntries(t *testing.T) {
	text := "材料见《中国数字时代》, 12/28/2020, with links.\n另见《人民日报》，2023年5月3日。\n" +
		"The law (《数据安全法》) took effect; 《人民日报》, a paper, agreed (《求是》, May 3).\n《学习时报》, 2021 edition"
	checkCitations(t, text, 5, Parse(text, 5, isoDay(t, "2024-04-16")), []wantCite{
		{"中国数字时代", "2020-12-28", claimx.Day, false, false, "《中国数字时代》, 12/28/2020"},
		{"人民日报", "2023-05-03", claimx.Day, false, false, "《人民日报》，2023年5月3日"},
		{"求是", "2023-05-03", claimx.Day, true, false, "《求是》, May 3"},
	})
}

// TestReferenceEntries: a note's entry that dates its publisher before a
// link is a citation, in the forms notes print: British day-first figures
// read by the article's own unambiguous dates, a translation in brackets
// after the publisher, Chicago's title in quotes, an access date after the
// link; a quoted title alone, prose and a date with no link are not.
func TestReferenceEntries(t *testing.T) {
	text := "Growth slowed.1‘Survey: A Hard Rebalancing’, Harbour Monetary Office, 07/09/2007, https://www.hmo.example/ (checked: 23/07/2024). " +
		"Next.2‘论文’ [On essays], 港务门户网站 [Harbour Gateway Website, Harbour Republic], 16/03/2012, https://www.gov.example/ (accessed on 5 May 2024)\n" +
		"3. Jane Doe, “Ports and Power,” Harbour Affairs, March 3, 2021, https://harbouraffairs.example/ports.\n" +
		"4. “Untitled Note,” March 4, 2021, https://notes.example/a.\n" +
		"Prices rose sharply this year, 2021, https://prose.example/.\n" +
		"5. Harbour Review, May 6, 2020, archived copy.\n"
	d := claimx.Day
	checkCitations(t, text, 2, Parse(text, 2, isoDay(t, "2024-08-01")), []wantCite{
		{"Harbour Monetary Office", "2007-09-07", d, false, false, "Harbour Monetary Office, 07/09/2007"},
		{"Harbour Monetary Office", "2024-07-23", d, false, true, "checked: 23/07/2024"},
		{"港务门户网站", "2012-03-16", d, false, false, "港务门户网站 [Harbour Gateway Website, Harbour Republic], 16/03/2012"},
		{"港务门户网站", "2024-05-05", d, false, true, "accessed on 5 May 2024"},
		{"Harbour Affairs", "2021-03-03", d, false, false, "Harbour Affairs, March 3, 2021"},
		{"Harbour Review", "2020-05-06", d, false, false, "Harbour Review, May 6, 2020"}, // no link's: the last resort's (fieldDates)
	})
}

func TestReferenceDate(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"the publication date comes first", "Date: May 2, 2019\n\nText.", "2020-01-01", "2020-01-01"},
		{"a date line under a caption", "Harbour Talks\n\nBoats at the quay (Source: Xinhua)\n\nSeptember 6, 2019\n\nText.", "", "2019-09-06"},
		{"a labelled date line", "Title\nDate: August 30, 2019\nText.", "", "2019-08-30"},
		{"a volume's number is no date", "Title\n\nPublication: Harbour Review Volume: 21 Issue: 24\n\nText.", "", ""},
		{"a date line under a volume", "Publication: Harbour Review Volume: 21 Issue: 24\n29 December 2020\n", "", "2020-12-29"},
		{"years the running text names are no date", "Harbour Notes\n\nThe 2023 fair outdid the one of 2019 (Quay Post, June 23).\n", "", ""},
		{"a date inside a sentence is no date line", "The port opened on May 2, 2019 to traffic.\n", "", ""},
		{"a date stamp with a time", "Title\nSeptember 6, 2019 05:43 PM Age: 4 years\nText.", "", "2019-09-06"},
		{"a date line before a dateline", "TAIPEI, Sept. 12, 2019 (CNA) — Text.\n29 December 2020\n", "", "2020-12-29"},
		{"a wire dateline with its year", "Harbour Talks\n\nTAIPEI, Sept. 12, 2019 (CNA) — The ministry said so.", "", "2019-09-12"},
		{"a dateline with its country", "NEW DELHI, India, March 3, 2020 — Talks resumed.", "", "2020-03-03"},
		{"a dateline without a year", "BEIJING, Dec. 10 (Xinhua) -- Talks resumed.", "", ""},
		{"a sentence is no dateline", "Beijing, on May 2, 2019 (a Thursday), said so.\nIn May, 2019 — it was said.", "", ""},
		{"a dateline opening a text on one line", "TAIPEI, Sept. 12, 2019 (CNA) — " + strings.Repeat("The ministry said so. ", 50), "", "2019-09-12"},
		{"a long line cut inside a character", strings.Repeat("港", 70) + "\nSeptember 6, 2019\n", "", "2019-09-06"},
		{"the week a weekly's title names", "Weekly Developments (Mar. 7 - Mar. 13, 2005)\n\nText.", "", "2005-12-31"},
		{"the month a review's title names", "Press Review (January 2021)\n", "", "2021-12-31"},
		{"a span of years is no issue's period", "China Rising (1949-2049)\n", "", ""},
		{"the months that end a digest's title", "What the Quays Say Jun-Jul 2014\n\nText.", "", "2014-12-31"},
		{"a month after a preposition is the headline's time, no issue's", "How the Quays Changed Since June 2019\n\nText.", "", ""},
		{"a month line", "Harbour Notes\nNovember 2019\nText.", "", "2019-12-31"},
		{"a year alone ends no title", "Harbour Notes 2019\nText.", "", ""},
		{"nothing", "Text only.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &claimx.Article{Text: tc.text}
			if tc.published != "" {
				a.Published = isoDay(t, tc.published)
			}
			got := ""
			if d := referenceDate(a); !d.IsZero() {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTagHandsOnParens: the tagger leaves the parentheses it read for the
// taggers after it, the same ArticleParens would read afresh; where it read
// them against a year it inferred, not the article's date, it leaves none,
// and ArticleParens reads them against the article's.
func TestTagHandsOnParens(t *testing.T) {
	for _, tt := range []struct {
		published time.Time
		sentences []string
		handed    bool
	}{
		{isoDay(t, "2024-04-16"), []string{"Ports grew (Harbour Daily, March 3, 2021).", "A post followed.", "— Lin Wei (@linwei) April 21, 2023", "Fees rose (QP)."}, true},
		{time.Time{}, []string{"Ports grew (Harbour Daily, March 3, 2021).", "Fees rose (Quay Post, June 23, 2022)."}, true},
		{time.Time{}, []string{"Date: August 30, 2022", "Fees rose (Quay Post, June 23)."}, false},
	} {
		a := citeArticle(tt.published, tt.sentences...)
		a.Text = strings.Join(tt.sentences, "\n")         // one line each: a date line is a line of its own
		a.CitedParens = []claimx.Span{{Start: 0, End: 1}} // left by an earlier run
		Citations{}.Tag(context.Background(), a)
		if got := a.CitedParens != nil; got != tt.handed {
			t.Errorf("%q: parentheses handed on %v, want %v", tt.sentences, got, tt.handed)
		}
		want := Parens(a.Text, 0, a.Published)
		if got := ArticleParens(a); !slices.Equal(got, want) {
			t.Errorf("%q: ArticleParens %v, want %v", tt.sentences, got, want)
		}
	}
}

// TestTagYearOnlyFromOwnDate: a year-less citation date takes its year
// from the text's own date (its date line or an issue's period in its
// title) and from nothing else: not the years the running text names, the
// years its other citations print, nor a volume's number.
func TestTagYearOnlyFromOwnDate(t *testing.T) {
	for _, tt := range []struct {
		name      string
		sentences []string
		want      []string
	}{
		{"an undated article naming other years",
			[]string{"Quay fees after the 2021 strike", "The 2023 fair drew more boats than in 2019 (Tide Weekly, May 9, 2022; Quay Post, June 23)."},
			[]string{"Tide Weekly 2022-05-09 false", "Quay Post 0001-01-01 false"}},
		{"a volume's number is no date",
			[]string{"Publication: Harbour Review Volume: 17 Issue: 9", "Reports followed (Dock News, June 4; Ferry Gazette, March 3)."},
			[]string{"Dock News 0001-01-01 false", "Ferry Gazette 0001-01-01 false"}},
		{"a dated article",
			[]string{"Date: August 30, 2019", "Reports followed (Dock News, June 4; Ferry Gazette, October 3)."},
			[]string{"Dock News 2019-06-04 true", "Ferry Gazette 2018-10-03 true"}},
		{"a heading's date range",
			[]string{"Harbour Week (Mar. 7 - Mar. 13, 2005)", "Fees rose (Quay Post, March 9)."},
			[]string{"Quay Post 2005-03-09 true"}},
		{"a year printed for the same reference",
			[]string{"Fees rose (Quay Post, June 23 and 24, 2020)."},
			[]string{"Quay Post 2020-06-23 false", "Quay Post 2020-06-24 false"}},
	} {
		a := citeArticle(time.Time{}, tt.sentences...)
		a.Text = strings.Join(tt.sentences, "\n") // one line each, as a header prints them
		Citations{}.Tag(context.Background(), a)
		var got []string
		for _, c := range a.Claims {
			for _, cit := range c.Citations {
				got = append(got, fmt.Sprintf("%s %s %v", cit.Source, cit.Date.Format("2006-01-02"), cit.YearInferred))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSourceIDs checks that a source's aliases, as the source gazetteer
// lists them, share one identity, and that the source as printed is kept.
func TestSourceIDs(t *testing.T) {
	a := citeArticle(isoDay(t, "2023-02-10"),
		"Hong Kong papers noticed (SCMP, January 3; South China Morning Post, January 4).",
		"Beijing did too (FMPRC, January 5; MFA, January 6; QStheory, January 7; Qiushi, January 8).",
	)
	Citations{}.Tag(context.Background(), a)
	var got []string
	for _, c := range a.Claims {
		for _, cit := range c.Citations {
			got = append(got, cit.Source+"="+cit.SourceID)
		}
	}
	want := []string{
		"SCMP=south china morning post", "South China Morning Post=south china morning post",
		"FMPRC=ministry of foreign affairs", "MFA=ministry of foreign affairs",
		"QStheory=qiushi", "Qiushi=qiushi",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoteCitations: the dated entries of endnotes go to the first claim
// that marks each note, in any bibliographic order (outlet alone, title
// then outlet, author, title and outlet), their spans reading the entry in
// the notes; a note no claim marks goes to the last claim above it, the
// sentence after an entry's date ends the entry, and a marker with no note
// gives none.
func TestNoteCitations(t *testing.T) {
	a := citeArticle(isoDay(t, "2024-05-20"),
		"The ministry announced new port fees in March.[1]",
		"Officials defended the fees a week later.[2][4]",
		"The council debated them again.[3]",
		"It did so twice.[1]",
	)
	a.Text += "\n\nNotes\n" +
		"[1] “Ministry Announces Port Fees” [交通部宣布港口收费], Harbour Daily, March 9, 2024, http://harbour.example.com/2024-03/09/c_1.htm.\n" +
		"[2] Li Wei, “Officials Defend Fees,” Tide Weekly, March 16, 2024.\n" +
		"[3] See Quay Post, April 2, 2024; Tide Weekly, April 3.\n" +
		"[5] “Fees Stay,” Harbour Daily, April 9, 2024. Available at http://harbour.example.com/fees “Quays Close,” Quay Post, April 10, 2024.\n"
	Citations{}.Tag(context.Background(), a)
	runes := []rune(a.Text)
	want := [][]string{
		{"Harbour Daily 2024-03-09"},
		{"Tide Weekly 2024-03-16"},
		{"Quay Post 2024-04-02", "Tide Weekly 2024-04-03"},
		{"Harbour Daily 2024-04-09", "Quay Post 2024-04-10"},
	}
	for i, c := range a.Claims {
		var got []string
		for _, cit := range c.Citations {
			got = append(got, cit.Source+" "+cit.Date.Format(time.DateOnly))
			if string(runes[cit.Start:cit.End]) != cit.Raw || cit.Start < a.Claims[len(a.Claims)-1].End {
				t.Errorf("claim %d: span %v slices to %q, Raw is %q", i, cit.Span, string(runes[cit.Start:cit.End]), cit.Raw)
			}
		}
		if !slices.Equal(got, want[i]) {
			t.Errorf("claim %d: got %q, want %q", i, got, want[i])
		}
	}
}

// TestSourceLines: a source line under a digest's item, which is no claim,
// documents the claim right above it, and so does one with another line
// between them.
func TestSourceLines(t *testing.T) {
	a := citeArticle(isoDay(t, "2024-05-20"),
		"The ministry raised the port fees again.",
		"Ferries kept their routes.",
	)
	first := a.Claims[0].End
	a.Text = a.Text[:first] + "\nSource : Harbour Daily, December 6, 2023\n" + a.Text[first:] + "\n\nA caption under the item\nTide Weekly, May 9, 2024\n"
	a.Claims[1].Start += len([]rune("\nSource : Harbour Daily, December 6, 2023\n"))
	a.Claims[1].End += len([]rune("\nSource : Harbour Daily, December 6, 2023\n"))
	Citations{}.Tag(context.Background(), a)
	runes := []rune(a.Text)
	if got := a.Claims[0].Citations; len(got) != 1 || got[0].Source != "Harbour Daily" || string(runes[got[0].Start:got[0].End]) != got[0].Raw {
		t.Errorf("claim 0: got %+v, want Harbour Daily on the source line", got)
	}
	if got := a.Claims[1].Citations; len(got) != 1 || got[0].Source != "Tide Weekly" {
		t.Errorf("claim 1: got %+v, want Tide Weekly under its caption", got)
	}
	// A tag ending the claim's own line, after it.
	b := citeArticle(isoDay(t, "2023-01-06"), "Crews returned on Monday, officials said.", "Ferries resumed.")
	end := b.Claims[0].End
	b.Text = b.Text[:end] + " Reuters, 4 January\n" + b.Text[end+1:]
	b.Claims[1].Start += len(" Reuters, 4 January")
	b.Claims[1].End += len(" Reuters, 4 January")
	Citations{}.Tag(context.Background(), b)
	if got := b.Claims[0].Citations; len(got) != 1 || got[0].Source != "Reuters" || got[0].Date.Format(time.DateOnly) != "2023-01-04" {
		t.Errorf("a tag after the claim: got %+v, want Reuters 2023-01-04", got)
	}
}

// TestSourceLinesOverItems: a listing prints each item's source and date
// on a line between its headline and its text; the line dates the claim
// below it when no claim ends right above it, whether the claim's line
// opens with a dateline or not, and the claim above it when other lines
// stand between them. Above the first claim it is the story's
// byline line and dates it, as does a credit higher in the header dated
// otherwise than the page (a reposted piece's, also a day off the page's
// metadata); the article's title line, which may print a date of its own,
// the page's own date (its metadata's or its printed date line's), a list
// of links higher in the header (however many header lines follow it) and
// prose longer than a credit date no claim.
// TestUndatedPageByLine: on a page that gives no date of its own, its
// one source line over the first claim is the page's by-line, no
// citation; two such lines are a digest's, each its item's citation.
func TestUndatedPageByLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Dock Workers Vote on Deal\nSource: Quay Post, Tuesday March 4, 2025\nThe union put the offer to a vote.\n", 0},
		{"Dock Workers Vote on Deal\nQuay Post, 4 March 2025\nThe union put the offer to a vote.\nNight Ferries Return\nHarbour Daily, 6 March 2025\nNight ferries ran again on Sunday.\n", 2},
	} {
		a := &claimx.Article{Text: c.text}
		for _, s := range []string{"The union put the offer to a vote.", "Night ferries ran again on Sunday."} {
			if i := strings.Index(c.text, s); i >= 0 {
				at := utf8.RuneCountInString(c.text[:i])
				a.Claims = append(a.Claims, claimx.Claim{Index: len(a.Claims), Text: s, Span: claimx.Span{Start: at, End: at + utf8.RuneCountInString(s)}})
			}
		}
		Citations{}.Tag(context.Background(), a)
		got := 0
		for _, cl := range a.Claims {
			got += len(cl.Citations)
		}
		if got != c.want {
			t.Errorf("%q: got %d citations, want %d", c.text, got, c.want)
		}
	}
}

func TestSourceLinesOverItems(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string // a line opening with "> " is a claim
		want  map[int]string
		title string
	}{
		{"listing", []string{
			"> Ferries kept their routes.", "Port Fees Rise Again", "Tide Weekly, 9 May 2024", "> The ministry raised the port fees.",
			"Read more", "", "Crews Paid for Lost Weeks", "", "Lin Wei, Harbour Daily – May 11, 2024", "", "> Crews were paid on Friday.",
		}, map[int]string{1: "Tide Weekly 2024-05-09", 2: "Harbour Daily 2024-05-11"}, ""},
		{"header line", []string{"Port Fees Rise Again", "Tide Weekly, 9 May 2024", "> The ministry raised the port fees."}, map[int]string{0: "Tide Weekly 2024-05-09"}, "Port Fees Rise Again"},
		{"header line closed by a full stop", []string{"Port Fees Rise Again", "Tide Weekly, 9 May 2024.", "> The ministry raised the port fees."}, map[int]string{0: "Tide Weekly 2024-05-09"}, "Port Fees Rise Again"},
		{"writers and source over the first item", []string{"Ferry Lanes Reopen", "Osei, Kofi; Ruiz, Ana (Tide Weekly, May 9, 2024, on page 2)", "> The ministry raised the port fees."}, map[int]string{0: "Tide Weekly 2024-05-09"}, "Harbour Listing"},
		{"a caption over the first item dates nothing", []string{"Ferry Lanes Reopen", "Photo: a ferry leaves the quay (Reuters, May 3, 2024)", "> The ministry raised the port fees."}, map[int]string{}, "Ferry Lanes Reopen"},
		{"byline line", []string{"FERRIES", "", "Crews Paid for Lost Weeks", "Ana Ruiz and Lin Wei, Harbour Daily – May 11, 2024", "> Crews were paid on Friday."}, map[int]string{0: "Harbour Daily 2024-05-11"}, ""},
		{"dated title line", []string{"Harbour Notes - 9 May 2024", "", "> The ministry raised the port fees."}, map[int]string{}, "Harbour Notes - 9 May 2024"},
		{"a reposted piece's credit high in the header", []string{"HARBOUR NOTES", "", "Crews Paid for Lost Weeks", "", "Tide Weekly, 2 May 2024", "", "Posted by the editors", "", "> Crews were paid on Friday."}, map[int]string{0: "Tide Weekly 2024-05-02"}, ""},
		{"the page's own date line high in the header", []string{"HARBOUR NOTES", "", "Crews Paid for Lost Weeks", "", "Tide Weekly, 20 May 2024", "", "Posted by the editors", "", "> Crews were paid on Friday."}, map[int]string{}, ""},
		{"a piece reposted the day after its credit", []string{"HARBOUR NOTES", "", "Crews Paid for Lost Weeks", "", "Tide Weekly, 19 May 2024", "", "Posted by the editors", "", "> Crews were paid on Friday."}, map[int]string{0: "Tide Weekly 2024-05-19"}, ""},
		{"a reposted piece's credit over the page's own date line", []string{"Crews Paid for Lost Weeks", "", "Tide Weekly, 2 May 2024", "", "Posted by the editors", "Date: 20 May 2024", "", "> Crews were paid on Friday."}, map[int]string{0: "Tide Weekly 2024-05-02"}, ""},
		{"the page's own printed date, metadata aside", []string{"Crews Paid for Lost Weeks", "", "Tide Weekly, 2 May 2024", "", "Posted by the editors", "Date: 2 May 2024", "", "> Crews were paid on Friday."}, map[int]string{}, ""},
		{"links read also in the header", []string{"HARBOUR NOTES", "", "Crews Paid for Lost Weeks", "", "Read also", "", "Quay Post, 1 May 2024", "", "Harbour Daily, 3 May 2024", "", "> Crews were paid on Friday."}, map[int]string{0: "Harbour Daily 2024-05-03"}, ""},
		{"links over a by-line", []string{"Crews Paid for Lost Weeks", "", "Quay Post, 1 May 2024", "Harbour Daily, 3 May 2024", "", "Posted by the editors", "", "> Crews were paid on Friday."}, map[int]string{}, ""},
		{"a masthead's date over the next issue's", []string{"Quay Post, 1 May 2024", "", "Next: Quay Post, 9 May 2024", "", "Posted by the editors", "", "> Crews were paid on Friday."}, map[int]string{}, ""},
		{"works, lives, acronyms and glosses in the header", []string{"ORCHESTRA NOTES", "", "Symphony No. 9 (1824)", "", "Ludwig van Beethoven (born 1770)", "", "People’s Liberation Army (PLA)", "", "Xi Jinping (习近平)", "", "The Harbour Orchestra (1924–2024)", "", "> The orchestra played on Friday."}, map[int]string{}, ""},
		{"prose the claims leave out", []string{"HARBOUR NOTES", "", "The following letter from the council's spokesperson to the editors of the Tide Weekly, written after the strike that closed the quays for a week, was sent on May 2, 2024:", "", "> Crews were paid on Friday."}, map[int]string{}, ""},
		{"labelled source lines under each item's headline", []string{"Dock Workers Vote on Deal", "", "Source:Quay Post Date:12May2024", "", "> The union put the offer to a vote.", "", "Lantern Ferries Resume Night Runs", "", "Source: Harbour Daily Date: 9 May 2024", "", "> Night ferries ran again on Sunday."},
			map[int]string{0: "Quay Post 2024-05-12", 1: "Harbour Daily 2024-05-09"}, ""},
		{"under its item", []string{"> The ministry raised the port fees.", "Tide Weekly, 9 May 2024", "> Crews were paid on Friday."}, map[int]string{0: "Tide Weekly 2024-05-09"}, ""},
		{"the page's own by-line, of its day", []string{"Lantern Ferries Resume Night Runs", "", "Harbour Daily | May 20, 2024", "", "> Night ferries ran again on Sunday."}, map[int]string{}, "Lantern Ferries Resume Night Runs"},
		{"a source line of the page's day, labelled", []string{"Dock Workers Vote on Deal", "Source: Quay Post, 20 May 2024", "> The union put the offer to a vote."}, map[int]string{}, ""},
		{"a digest's items of the page's day", []string{"Dock Workers Vote on Deal", "Quay Post, 20 May 2024", "> The union put the offer to a vote.", "Lantern Ferries Resume Night Runs", "Harbour Daily, 20 May 2024", "> Night ferries ran again on Sunday."},
			map[int]string{0: "Quay Post 2024-05-20", 1: "Harbour Daily 2024-05-20"}, ""},
		{"not alone on its line", []string{"> Ferries kept their routes.", "Read more", "A caption. Tide Weekly, 9 May 2024", "> The ministry raised the port fees."}, map[int]string{0: "Tide Weekly 2024-05-09"}, ""},
		{"over a dateline", []string{"> Ferries kept their routes.", "Port Fees Rise", "Reuters, 9 May 2024", "", "Reuters — > The ministry raised the port fees."},
			map[int]string{1: "Reuters 2024-05-09"}, ""},
		{"over prose", []string{"> Ferries kept their routes.", "Port Fees Rise", "Reuters, 9 May 2024", "Read more", "> The ministry raised the port fees."}, map[int]string{0: "Reuters 2024-05-09"}, ""},
		{"entries under an item", []string{"> Ferries kept their routes.", "____", "Fees Stay High: Lin Wei, Quay Post, Jan. 16, 2024", "Quays Close | Tide Weekly, YouTube, August 2023", "Further reading:", "> The ministry raised the port fees."},
			map[int]string{0: "Quay Post 2024-01-16; Tide Weekly 2023-08-01"}, ""},
	} {
		a := &claimx.Article{Published: isoDay(t, "2024-05-20"), Title: c.title}
		for _, line := range c.lines {
			// "> " opens a claim, after a dateline where one is printed.
			if prefix, text, ok := strings.Cut(line, "> "); ok {
				a.Text += prefix
				at := utf8.RuneCountInString(a.Text)
				a.Claims = append(a.Claims, claimx.Claim{Index: len(a.Claims), Text: text, Span: claimx.Span{Start: at, End: at + utf8.RuneCountInString(text)}})
				line = text
			}
			a.Text += line + "\n"
		}
		Citations{}.Tag(context.Background(), a)
		got := map[int]string{}
		for i, cl := range a.Claims {
			for _, ct := range cl.Citations {
				if got[i] != "" {
					got[i] += "; "
				}
				got[i] += ct.Source + " " + ct.Date.Format(time.DateOnly)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNumericOrderFromNamedDates: a source tag's or a parenthesis's date
// in figures that reads both ways takes the order the text's dates with a
// month's name, or its other dates in figures, print; a text that shows no
// order leaves it unread.
func TestNumericOrderFromNamedDates(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"On March 3, 2015, the talks began. Ports closed.\nHarbour Daily, 11/5/2015\n", "2015-11-05"},
		{"On 3 March 2015 the talks began. Ports closed.\nHarbour Daily, 11/5/2015\n", "2015-05-11"},
		{"The talks began. Ports closed.\nHarbour Daily, 11/5/2015\n", ""},
		{"On March 3, 2015, the talks began. Ports closed (Harbour Daily, 11/5/2015).", "2015-11-05"},
		{"On 3 March 2015 the talks began. Ports closed (Harbour Daily, 11.5.2015).", "2015-05-11"},
		{"Fees rose (Quay Post, 23/5/2015). Ports closed (Harbour Daily, 11/5/2015).", "2015-05-11"},
		{"The talks began. Ports closed (Harbour Daily, 11/5/2015).", ""},
	} {
		got := ""
		for _, ct := range Parse(c.text, 0, time.Time{}) {
			got = ct.Date.Format(time.DateOnly)
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
		if monthFirst, known := MonthFirst(c.text); known != (c.want != "") || monthFirst != (c.want == "2015-11-05") {
			t.Errorf("%q: MonthFirst %v %v", c.text, monthFirst, known)
		}
	}
}

// TestFiguresSeparatedTwice: the check before numericDates runs holds
// wherever the pattern matches, and fails on figures set off once or by
// three figures between the marks.
func TestFiguresSeparatedTwice(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Filed 16/03/2012 at noon.", true},
		{"Filed 3.22.23", true},
		{"x1/2/3", true}, // the pattern's \b fails, the check may hold
		{"Growth was 3.5% in 2023.", false},
		{"Pages 12/345/6 and 1.2", false},
		{"Version 10.4", false},
		{"1/2/", false},
		{"", false},
	} {
		if got := figuresSeparatedTwice(c.text); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
		if numericDates.MatchString(c.text) && !figuresSeparatedTwice(c.text) {
			t.Errorf("%q: numericDates matches where the check fails", c.text)
		}
	}
}

// TestMonthNameDates counts the dates with a month's name in each order,
// the year as a word of its own and the month a word's start.
func TestMonthNameDates(t *testing.T) {
	for _, c := range []struct {
		text   string
		md, dm int
	}{
		{"Talks began on March 3, 2015 and ended on Sept. 22nd, 2016.", 2, 0},
		{"Talks began on 3 March 2015, ended on 22nd Sept., 2016 and again on 1 December 2017.", 0, 3},
		{"March 3, 2015 against 3 March 2015.", 1, 1},
		{"Not dates: XMarch 3, 2015, March 3, 20155, 3 March 1850, 12 Bands 2015 and 2015 alone.", 0, 0},
		{"", 0, 0},
	} {
		if md, dm := monthNameDates(c.text); md != c.md || dm != c.dm {
			t.Errorf("%q: got %d month first, %d day first; want %d, %d", c.text, md, dm, c.md, c.dm)
		}
	}
}

// TestSourcesSharingADate: several outlets before one date are one
// citation each, each reading the whole entry; a writer before an outlet, a place or a name the
// gazetteer does not know keeps the comma inside one source.
func TestSourcesSharingADate(t *testing.T) {
	text := "Monks were detained (RFA, AP, VOA, March 2). The talks failed [AFP, Reuters, 11/25/2015]. " +
		"Fees rose (Li Wei, Harbour Daily, March 3). Ships left (Xinhua, Beijing, March 4)."
	runes := []rune(text)
	var got []string
	for _, c := range Parse(text, 0, isoDay(t, "2015-12-20")) {
		if string(runes[c.Start:c.End]) != c.Raw {
			t.Errorf("%s: span %v reads %q, not its raw text %q", c.Source, c.Span, string(runes[c.Start:c.End]), c.Raw)
		}
		got = append(got, c.Source+" "+c.Date.Format(time.DateOnly)+" | "+c.Raw)
	}
	want := []string{
		"RFA 2015-03-02 | RFA, AP, VOA, March 2",
		"AP 2015-03-02 | RFA, AP, VOA, March 2",
		"VOA 2015-03-02 | RFA, AP, VOA, March 2",
		"AFP 2015-11-25 | AFP, Reuters, 11/25/2015",
		"Reuters 2015-11-25 | AFP, Reuters, 11/25/2015",
		"Li Wei, Harbour Daily 2015-03-03 | Li Wei, Harbour Daily, March 3",
		"Xinhua, Beijing 2015-03-04 | Xinhua, Beijing, March 4",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAuthorDate: author–date references, the year after its author with
// or without a comma, perhaps with a page and the letter that tells one
// author's works of a year apart, or the link text a journal's page glues
// to the year; a law's or an event's year, a model's number, a year to
// come and a plan's name cite nothing.
func TestAuthorDate(t *testing.T) {
	y := claimx.Year
	text := "Prices rose (Li 2014). Wages fell (Li and Wang 2019, 22; UNDP 2020b: 7). Exports grew (Ruiz et al. 2018). " +
		"Ports grew (Ministry of Commerce 2021; van Dijk 2010; cited in Lin 2012; People’s Daily 2013). " +
		"Rents rose (Aris, 2023a). The law (Cybersecurity Law 2017) passed. The jet (Boeing 737) flew. The plan (Vision 2030) failed. The plan (Made in China 2015) worked."
	checkCitations(t, text, 0, Parse(text, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Li", "2014-01-01", y, false, false, "Li 2014"},
		{"Li and Wang", "2019-01-01", y, false, false, "Li and Wang 2019"},
		{"UNDP", "2020-01-01", y, false, false, "UNDP 2020b"},
		{"Ruiz et al.", "2018-01-01", y, false, false, "Ruiz et al. 2018"},
		{"Ministry of Commerce", "2021-01-01", y, false, false, "Ministry of Commerce 2021"},
		{"van Dijk", "2010-01-01", y, false, false, "van Dijk 2010"},
		{"Lin", "2012-01-01", y, false, false, "cited in Lin 2012"},
		{"People’s Daily", "2013-01-01", y, false, false, "People’s Daily 2013"},
		{"Aris", "2023-01-01", y, false, false, "Aris, 2023a"},
	})
	// Works set apart by commas, each an author and a year.
	commas := "Debts grew (Osei 2018, Lind and Berg 2021)."
	checkCitations(t, commas, 0, Parse(commas, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Osei", "2018-01-01", y, false, false, "Osei 2018"},
		{"Lind and Berg", "2021-01-01", y, false, false, "Lind and Berg 2021"},
	})
	// A journal's page glues the link text to each year.
	linked := "Trade grew (Osei Citation2007, 136). Aid fell (Li and Wang Citation2019a; Ruiz et al. Citation2021)."
	checkCitations(t, linked, 0, Parse(linked, 0, isoDay(t, "2024-05-01")), []wantCite{
		{"Osei", "2007-01-01", y, false, false, "Osei Citation2007"},
		{"Li and Wang", "2019-01-01", y, false, false, "Li and Wang Citation2019a"},
		{"Ruiz et al.", "2021-01-01", y, false, false, "Ruiz et al. Citation2021"},
	})
}

// TestParseCalendarSurnames checks that an author whose surname is a
// calendar word is cited in an author-date parenthesis after prose.
func TestParseCalendarSurnames(t *testing.T) {
	text := "Firms seldom weigh both aims (Winter, 2003), few managers admit it (Easter, 2010), and boards agree (Christmas, 1998)."
	got := Parse(text, 0, isoDay(t, "2024-04-16"))
	var sources []string
	for _, c := range got {
		sources = append(sources, c.Source)
	}
	if want := []string{"Winter", "Easter", "Christmas"}; !slices.Equal(sources, want) {
		t.Errorf("sources %q, want %q", sources, want)
	}
}

// TestParenthesesLinear holds the work on a paragraph of dated
// parentheses linear in their number, counted as bytes allocated: twice
// the sentences may cost about twice, not four times. Each parenthesis
// used to copy the line up to it while looking for an entry's authors.
func TestParenthesesLinear(t *testing.T) {
	cost := func(n int) uint64 {
		text := strings.Repeat("The port reopened on Monday (3 March 2021). ", n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if got := Parse(text, 0, time.Time{}); len(got) != 0 {
			t.Fatalf("a date alone after no source is no citation: %v", got[0])
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := cost(1000), cost(2000)
	if large > 3*small {
		t.Errorf("%d parentheses allocated %d bytes, twice as many %d: more than linear", 1000, small, large)
	}
}
