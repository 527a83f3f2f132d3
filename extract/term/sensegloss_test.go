package term

import (
	"context"
	"strings"
	"testing"

	"github.com/claimx/claimx/extract/internal/tagtest"
	"github.com/claimx/claimx/segment"
)

// TestTermsGlossBySense checks English printed against a run without
// brackets that CC-CEDICT's senses of the run or its words show to be
// its translation, and the English beside a run that is not.
func TestTermsGlossBySense(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct{ name, text, hanzi, gloss string }{
		{"lower case after the run, to its last word of the sense",
			"The idiom 对牛弹琴 playing the lute to a cow describes wasted effort.", "对牛弹琴", "playing the lute to a cow"},
		{"a word's literal reading",
			"Graduates still prize the 铁饭碗 iron rice bowl above pay.", "铁饭碗", "iron rice bowl"},
		{"past its romanisation, which alone would be the gloss",
			"Planners speak of 生产力 shēngchǎnlì productivity — output per worker.", "生产力", "productivity"},
		{"capitalised, a title to its end and its connectors",
			"Retail investors call themselves 韭菜 Garden Chives of the Market on forums.", "韭菜", "Garden Chives of the Market"},
		{"a capitalised word after a lower-case gloss opens the next item",
			"Slang: 梯子 ladder Wall = 墙", "梯子", "ladder"},
		{"set off by commas",
			"The maxim 摸着石头过河, crossing the river by feeling the stones, guided reform.", "摸着石头过河", "crossing the river by feeling the stones"},
		{"after the run's closing quotation mark",
			"Small investors mock themselves as “韭菜” chives waiting to be cut.", "韭菜", "chives"},
		{"traditional characters",
			"A 網紅 internet celebrity posted the clip.", "網紅", "internet celebrity"},
		{"every part's sense named",
			"The slogan 共同富裕 common prosperity appears in speeches.", "共同富裕", "common prosperity"},
		{"a sense's word inflected",
			"Parties pledged 国际 international cooperation.", "国际", "international"},
		{"a word CC-CEDICT lacks beside the head whose sense is named",
			"Officials hailed 新质生产力 new quality productive forces as the goal.", "新质生产力", "new quality productive forces"},
		{"a single character between words whose senses are named",
			"The report on 经济之大局 economic situation was read aloud.", "经济之大局", "economic situation"},
		// Near misses: the sentence going on.
		{"the head's sense not named",
			"Officials hailed 新质生产力 new rules as the goal.", "新质生产力", ""},
		{"a run of words CC-CEDICT all holds, only its head's sense named",
			"The slogan 共同富裕 prosperity for all spread.", "共同富裕", ""},
		{"a single character before a head whose sense is not named",
			"The report on 经济之大局 economic growth was read aloud.", "经济之大局", ""},
		{"the head's sense named but only one of two known words: the sentence's own words",
			"They guard 国家之安全 security forces on the border.", "国家之安全", ""},
		{"no word of the senses after the run",
			"The slogan 共同富裕 spread quickly in 2021.", "共同富裕", ""},
		{"a lead-in and a clause",
			"Students call it 内卷, or people compete ever harder for less.", "内卷", ""},
		{"the noun the run modifies",
			"Beijing's 双减 policy hit tutoring firms.", "双减", ""},
		{"a sense word too far into the clause",
			"They said 面子 was not why they left and lost face.", "面子", ""},
		{"a word that only opens like a sense's word",
			"Delegates discussed 国际 internet rules.", "国际", ""},
		{"a part's sense alone, lower case",
			"The slogan 共同富裕 commonly appears in speeches.", "共同富裕", ""},
		{"a part's sense alone, set off by commas",
			"Xi's drive for equal wealth, 共同富裕, commonly appears in speeches.", "共同富裕", ""},
		{"a longer part's sense alone",
			"The idea of 人类命运共同体 community was raised.", "人类命运共同体", ""},
		{"the English sentence's own title after the run",
			"The 国务院 State Department officials in Washington disagreed.", "国务院", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tagtest.Sentences(tc.text)
			terms.Tag(context.Background(), a)
			for _, m := range termsOf(a) {
				if m.Hanzi == tc.hanzi {
					if m.Gloss != tc.gloss {
						t.Errorf("%q: %s gloss %q, want %q", tc.text, m.Hanzi, m.Gloss, tc.gloss)
					}
					return
				}
			}
			t.Fatalf("%q: no term %s in %+v", tc.text, tc.hanzi, termsOf(a))
		})
	}
}

// TestTermsSenseOfHead checks that a noun phrase before a parenthesis
// takes the head "of" joins to it where the head names a sense of the
// run, and only there.
func TestTermsSenseOfHead(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct{ text, hanzi, gloss string }{
		{"Courts were told to uphold the rule of law (法治) in every case.", "法治", "rule of law"},
		{"Painters know the eyes of the dragon (画龙点睛) come last.", "画龙点睛", "eyes of the dragon"},
		{"The spirit of reform (改革) ran through the decade.", "改革", "reform"},
	} {
		a := tagtest.Sentences(tc.text)
		terms.Tag(context.Background(), a)
		got := termsOf(a)
		if len(got) != 1 || got[0].Hanzi != tc.hanzi || got[0].Gloss != tc.gloss {
			t.Errorf("%q: got %+v, want %s %q", tc.text, got, tc.hanzi, tc.gloss)
		}
	}
}

// TestTermsExtendBySense checks that a gloss read back from a parenthesis
// takes in the words before it that name senses of the run, connecting
// words between them, and stops at the first that names none; a person's
// name stays as printed.
func TestTermsExtendBySense(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct{ text, hanzi, gloss string }{
		{"Beijing wants to protect the ecological environment (保护生态环境) first.", "保护生态环境", "protect the ecological environment"},
		{"Posters urged cadres to serve the people wholeheartedly (全心全意为人民服务).", "全心全意为人民服务", "serve the people wholeheartedly"},
		{"Officials are protecting the ecological environment (保护生态环境) now.", "保护生态环境", "ecological environment"},
		{"The text mentions reform and opening up (改革开放) twice.", "改革开放", "reform and opening up"},
		{"Cities must build sponge cities (海绵城市) now.", "海绵城市", "sponge cities"},
		{"We walked along the old Great Wall (长城) last year.", "长城", "Great Wall"},
		{"They met the Foreign Minister Wang Yi (王毅) on Monday.", "王毅", "Wang Yi"},
	} {
		a := tagtest.Sentences(tc.text)
		terms.Tag(context.Background(), a)
		got := termsOf(a)
		if len(got) != 1 || got[0].Hanzi != tc.hanzi || got[0].Gloss != tc.gloss {
			t.Errorf("%q: got %+v, want %s %q", tc.text, got, tc.hanzi, tc.gloss)
		}
	}
}

// TestLaterGlossBySense checks that a later mention's gloss that names the
// run's sense replaces a first one that names none, a literal reading, and
// not the other way round.
func TestLaterGlossBySense(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct{ text, gloss string }{
		{"Taken apart, 内卷 (rolling inward) says little. Scholars translate 内卷 as involution.", "involution"},
		{"Scholars translate 内卷 as involution. Taken apart, 内卷 (rolling inward) says little.", "involution"},
	} {
		a := tagtest.Sentences(tc.text)
		terms.Tag(context.Background(), a)
		for _, m := range termsOf(a) {
			if m.Gloss != tc.gloss {
				t.Errorf("%q: %s gloss %q, want %q", tc.text, m.Hanzi, m.Gloss, tc.gloss)
			}
		}
	}
}

// TestCutsCutOnce checks that an article's cuts give the segmenter's own
// words of a run for each gloss it is read with, and cut a run read with
// the same gloss once: the second answer is the first's slice.
func TestCutsCutOnce(t *testing.T) {
	zh, err := segment.LoadChinese()
	if err != nil {
		t.Fatal(err)
	}
	c := &cuts{Chinese: zh, made: make(map[[2]string][]string)}
	for _, tc := range []struct{ run, gloss string }{
		{"共同富裕", "common prosperity"},
		{"共同富裕", ""},
		// A gloss that is no name leaves the run to the dictionary, which
		// cuts before the last character (唐|高峰); with none, the run has
		// a name's shape and is one.
		{"唐高峰", "peak"},
		{"唐高峰", ""},
		{"网络主权", "wangluo zhuquan"},
	} {
		want := zh.Segment(tc.run, tc.gloss)
		got := c.Segment(tc.run, tc.gloss)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("cuts.Segment(%q, %q) = %q, want %q", tc.run, tc.gloss, got, want)
		}
		if again := c.Segment(tc.run, tc.gloss); len(again) == 0 || &again[0] != &got[0] {
			t.Errorf("cuts.Segment(%q, %q) cut the run again", tc.run, tc.gloss)
		}
	}
	if a, b := c.Segment("唐高峰", "peak"), c.Segment("唐高峰", ""); len(a) == len(b) {
		t.Errorf("唐高峰 read with and without a gloss: %q and %q, want two cuts", a, b)
	}
}

// BenchmarkTermsSenseGlosses tags an article whose runs, each printed
// twice, are glossed by their senses, read through their words where
// CC-CEDICT lacks the whole run.
func BenchmarkTermsSenseGlosses(b *testing.B) {
	text := strings.Repeat("Planners speak of 共同富裕 common prosperity and of 高质量发展 high-quality development. "+
		"The maxim 摸着石头过河, crossing the river by feeling the stones, guided reform. "+
		"Graduates still prize the 铁饭碗 iron rice bowl, and officials praise 人类命运共同体 a community with a shared future. ", 2)
	terms := New(segment.LoadChinese)
	terms.Tag(context.Background(), tagtest.Sentences("预热 (warm-up)"))
	b.ReportAllocs()
	for b.Loop() {
		terms.Tag(context.Background(), tagtest.Sentences(text))
	}
}
