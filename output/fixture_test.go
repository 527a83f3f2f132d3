package output

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx"
)

// testVersion is the build the tests write as; testTime, when they process,
// has nanoseconds and a zone other than UTC, which the output must drop.
const testVersion = "v0.0.0-test"

var testTime = time.Date(2024, time.May, 1, 20, 15, 0, 123456789, time.FixedZone("CST", 8*60*60))

// para is a paragraph of a hand-built article: its section heading and its
// sentences, each of which becomes one claim.
type para struct {
	section   string
	sentences []string
}

// newArticle builds an article whose text is the paragraphs, sentences
// joined by a space and paragraphs by a blank line, with one author claim
// per sentence and spans counted in code points.
func newArticle(source string, paras ...para) *claimx.Article {
	var text strings.Builder
	var claims []claimx.Claim
	for pi, p := range paras {
		if pi > 0 {
			text.WriteString("\n\n")
		}
		for si, s := range p.sentences {
			if si > 0 {
				text.WriteString(" ")
			}
			start := utf8.RuneCountInString(text.String())
			text.WriteString(s)
			claims = append(claims, claimx.Claim{
				Index:     len(claims),
				Paragraph: pi,
				Section:   p.section,
				Text:      s,
				Span:      claimx.Span{Start: start, End: start + utf8.RuneCountInString(s)},
				Kind:      claimx.Author,
			})
		}
	}
	return withRaw(&claimx.Article{Source: source, Text: text.String(), Claims: claims}, []byte(text.String()))
}

// withRaw sets the raw bytes of a and the ID they give it.
func withRaw(a *claimx.Article, raw []byte) *claimx.Article {
	sum := sha256.Sum256(raw)
	a.Raw = raw
	a.ID = hex.EncodeToString(sum[:])[:16]
	return a
}

// within is the article span of the first occurrence of sub in c's text.
func within(t testing.TB, c *claimx.Claim, sub string) claimx.Span {
	t.Helper()
	i := strings.Index(c.Text, sub)
	if i < 0 {
		t.Fatalf("%q not in claim %q", sub, c.Text)
	}
	return c.SpanOf(i, i+len(sub))
}

func day(year int, month time.Month, d int) time.Time {
	return time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
}

// testArticles is a small corpus covering what the contract has to carry:
// Chinese text (in a claim and outside every claim), dates before and after 1970, a citation whose date is
// unknown, every kind of list both filled and empty, NULL sections and
// speakers, and an article that could not be processed.
func testArticles(t testing.TB) (full, bare, broken *claimx.Article) {
	full = newArticle("corpus/borders-online.txt",
		para{"Summary", []string{
			`Beijing describes its goal as 网络主权 (wangluo zhuquan), "sovereignty over networks."[1]`,
			`Xi Jinping (习近平) stated that every state should govern its own internet (Xinhua, June 9, 2014).`,
		}},
		para{"Background", []string{
			`The idea echoes the founding rhetoric of 1949 (People's Daily, October 1, 1949).[2][3]`,
			`Officials repeated it last spring (MFA, March 7; CAC, May 2021).`,
		}},
	)
	full.Title = "Drawing Borders Online"
	full.Authors = []string{"Mei Lin", "Tom Avery"}
	full.Published = day(2023, time.March, 7)
	full.URL = "https://example.org/borders-online"
	full.Language = "en"

	c := &full.Claims[0]
	c.Terms = []claimx.Term{{Hanzi: "网络主权", Segments: []string{"网络", "主权"}, Pinyin: "wangluo zhuquan",
		PinyinTones: "wǎngluò zhǔquán", Gloss: "sovereignty over networks", Span: within(t, c, "网络主权")}}
	c.Quotes = []claimx.Quote{{Text: "sovereignty over networks.", Span: within(t, c, "sovereignty over networks."),
		SpeakerMention: "Beijing", Cue: "describes"}}
	c.Footnotes = []int{1}

	c = &full.Claims[1]
	c.Kind, c.Speaker, c.SpeakerID, c.Cue = claimx.Reported, "Xi Jinping", "xi jinping", "stated"
	c.Entities = []claimx.Entity{{ID: "xi jinping", Name: "Xi Jinping", Mention: "Xi Jinping", Type: claimx.Person, Hanzi: "习近平",
		Span: within(t, c, "Xi Jinping")}}
	c.Citations = []claimx.Citation{{Source: "Xinhua", SourceID: "xinhua", Date: day(2014, time.June, 9), Precision: claimx.Day,
		Raw: "Xinhua, June 9, 2014", Span: within(t, c, "Xinhua, June 9, 2014")}}

	c = &full.Claims[2]
	c.Entities = []claimx.Entity{{Name: "People's Daily", Mention: "People's Daily", Type: claimx.Org,
		Span: within(t, c, "People's Daily")}}
	c.Citations = []claimx.Citation{{Source: "People's Daily", Date: day(1949, time.October, 1), Precision: claimx.Day,
		Raw: "People's Daily, October 1, 1949", Span: within(t, c, "People's Daily, October 1, 1949")}}
	c.Footnotes = []int{2, 3}

	c = &full.Claims[3]
	c.Entities = []claimx.Entity{{Name: "Ministry of Foreign Affairs", Mention: "MFA", Type: claimx.Org,
		Span: within(t, c, "MFA")}}
	c.Citations = []claimx.Citation{
		{Source: "MFA", Date: day(2023, time.March, 7), Precision: claimx.Day, YearInferred: true,
			Raw: "MFA, March 7", Span: within(t, c, "MFA, March 7")},
		{Source: "CAC", Date: day(2021, time.May, 1), Precision: claimx.Month, Accessed: true,
			Raw: "CAC, May 2021", Span: within(t, c, "CAC, May 2021")},
	}

	// A caption below the text is no claim: the run of Chinese in it is
	// the article's.
	caption := "Map: the 数字丝绸之路 (Digital Silk Road)"
	at := utf8.RuneCountInString(full.Text + "\n\nMap: the ")
	withRaw(full, []byte(full.Text+"\n\n"+caption))
	full.Text += "\n\n" + caption
	full.Terms = []claimx.Term{{Hanzi: "数字丝绸之路", Segments: []string{"数字", "丝绸之路"}, Pinyin: "shuzi sichouzhilu",
		PinyinTones: "shùzì sīchóuzhīlù", Gloss: "Digital Silk Road", Span: claimx.Span{Start: at, End: at + 6}}}

	// No title, authors, date or sections: the year of "March 7" cannot
	// be inferred, so that citation's date is NULL.
	bare = newArticle("corpus/memo.txt", para{"", []string{
		"The memo offers no sources at all.",
		"A ministry notice made the same claim (MFA, March 7).",
	}})
	c = &bare.Claims[1]
	c.Citations = []claimx.Citation{{Source: "MFA", Precision: claimx.Day, Raw: "MFA, March 7",
		Span: within(t, c, "MFA, March 7")}}

	broken = withRaw(&claimx.Article{Source: "https://example.org/broken.html",
		Err: errors.New("decoding: invalid UTF-8 at byte 0")}, []byte{0xff, 0xfe, 'x'})
	return full, bare, broken
}
