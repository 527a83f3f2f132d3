package cite

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// FuzzParseCitations checks, on any input, that the parser does not panic,
// that every span lies inside the text and slices back to its Raw, and that
// a citation read in a parenthesis lies in it and Parens reports that
// parenthesis; the other spans Parens reports are posts' signatures. The
// citations read elsewhere (source lines, references, notes) are each
// reader's own shapes, tested in its table tests.
func FuzzParseCitations(f *testing.F) {
	for _, s := range []string{
		"(Xinhua, June 9, 2014)",
		"(MFA, March 7; October 20, 2023)",
		"(MOFCOM: March 25; December 6, 2023; March 3, 2023; MFA, May 30, 2023)",
		"(Boston University, accessed April 3; Aiddata, 2021; AP, Oct. 2019)",
		"(NPC Observer, 3–5 March 2024; CSIS, 2024-03-07; IISS, 2019-20)",
		"((((Xinhua, 2019)))) ) (PRC) (秦刚) (网络主权, wangluo zhuquan)",
		"(Baidu Baike, June 1, 2020, accessed April 3, 2024.)",
		"(Xinhua,\nJune 9, 2014) (\xff, 2019) (Feb 29",
		"— Antoine Bondaz (@AntoineBondaz) April 21, 2023\n(rfi, July 18) — \xff (@x) May 3",
		"《中国数字时代》, 12/28/2020, x《\xff》，2023年5月3日。(《求是》, May 3)",
		"1‘T’, Harbour Office [\xff, x], 07/09/2007, https://x.example/ (checked: 23/07/2024). 16/03/2012, http:// (",
		"Port fell. Reuters, 4 January\n[Xinhua, 2024-03-07] (Mar. 7, Mar. 9, KCNA). KCNA reported (Mar. 8)\nWeekly (Mar. 7 - Mar. 13, 2005)",
	} {
		f.Add(s, 0)
	}
	published := time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string, base int) {
		base &= 1<<20 - 1 // article offsets are small and never negative
		runes := []rune(text)
		end := base + len(runes)
		parens := Parens(text, base, time.Time{})
		signed := map[claimx.Span]bool{}
		for _, c := range signatures(text, base, time.Time{}) {
			signed[c.Span] = true
		}
		for _, p := range parens {
			if p.Start < base || p.End > end || p.Start >= p.End {
				t.Fatalf("parenthesis span %v outside [%d, %d]", p, base, end)
			}
			if open, close := runes[p.Start-base], runes[p.End-base-1]; !signed[p] && (open != '(' || close != ')') && (open != '[' || close != ']') {
				t.Fatalf("parenthesis span %v slices to %q", p, string(runes[p.Start-base:p.End-base]))
			}
		}
		for _, pub := range []time.Time{published, {}} {
			// The citations read in a parenthesis lie in it, and Parens
			// reports it, so that the other taggers skip its contents.
			reported := Parens(text, base, pub)
			for _, p := range citedParens(text, base, pub, func() numericOrder { return numericOrderOf(text) }) {
				if !slices.Contains(reported, p.Span) {
					t.Fatalf("parenthesis %v holds citations but is not reported in %v", p.Span, reported)
				}
				for _, c := range p.cites {
					if !p.Contains(c.Span) {
						t.Fatalf("citation %v read in parenthesis %v lies outside it", c.Span, p.Span)
					}
				}
			}
			for _, c := range Parse(text, base, pub) {
				if c.Start < base || c.End > end || c.Start > c.End {
					t.Fatalf("citation %q: span %v outside [%d, %d]", c.Raw, c.Span, base, end)
				}
				if sliced := string(runes[c.Start-base : c.End-base]); sliced != c.Raw {
					t.Fatalf("span %v slices to %q, Raw is %q", c.Span, sliced, c.Raw)
				}
				if strings.TrimSpace(c.Source) == "" || !utf8.ValidString(c.Raw) {
					t.Fatalf("citation without a source or with broken text: %+v", c)
				}
				if !c.Date.IsZero() && c.Date.Location() != time.UTC {
					t.Fatalf("date %v not in UTC", c.Date)
				}
			}
		}
	})
}
