package term

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/internal/tagtest"
	"github.com/claimx/claimx/segment"
)

// termsOf returns every term of the article, in claim order.
func termsOf(a *claimx.Article) []claimx.Term {
	var out []claimx.Term
	for _, c := range a.Claims {
		out = append(out, c.Terms...)
	}
	return out
}

type wantTerm struct {
	hanzi, gloss, segments string // segments separated by "|"
}

func TestTermsTag(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct {
		name string
		text string
		want []wantTerm
	}{
		{"two-character name after a title",
			"Vice Premier He Lifeng (何立峰) opened the talks.",
			[]wantTerm{{"何立峰", "He Lifeng", "何立峰"}}},
		{"name after a long office",
			"The Minister of Commerce and Trade Yang Jiechi (杨洁篪) replied in writing.",
			[]wantTerm{{"杨洁篪", "Yang Jiechi", "杨洁篪"}}},
		{"compound surname",
			"The historian Ouyang Zhesheng (欧阳哲生) disagreed.",
			[]wantTerm{{"欧阳哲生", "Ouyang Zhesheng", "欧阳哲生"}}},
		{"compound surname, short given name",
			"Commentator Sima Nan (司马南) posted a video.",
			[]wantTerm{{"司马南", "Sima Nan", "司马南"}}},
		{"surname with another common reading",
			"Deputy director Qiu Baoxing (仇保兴) spoke on urban planning.",
			[]wantTerm{{"仇保兴", "Qiu Baoxing", "仇保兴"}}},
		{"name printed in Wade-Giles",
			"Taiwan's President Tsai Ing-wen (蔡英文) answered.",
			[]wantTerm{{"蔡英文", "Tsai Ing-wen", "蔡英文"}}},
		{"western name transliterated with a dot",
			"Tesla CEO Elon Musk (埃隆·马斯克) toured the plant.",
			[]wantTerm{{"埃隆·马斯克", "Elon Musk", "埃隆·马斯克"}}},
		{"western name after a title that runs on",
			"US Secretary of State Antony Blinken (布林肯) arrived on Monday.",
			[]wantTerm{{"布林肯", "Antony Blinken", "布林肯"}}},
		{"company after a possessive",
			"Nvidia’s chief rival Huawei (华为) announced a chip.",
			[]wantTerm{{"华为", "Huawei", "华为"}}},
		{"full-width parenthesis",
			"Premier Li Qiang（李强）chaired the meeting.",
			[]wantTerm{{"李强", "Li Qiang", "李强"}}},
		{"name inside a longer run",
			"Schools must teach Xi Jinping Thought (习近平思想) from next year.",
			[]wantTerm{{"习近平思想", "Xi Jinping Thought", "习近平|思想"}}},
		{"quotation still open at the parenthesis",
			"Officials praised “data sovereignty (数据主权)” as a principle.",
			[]wantTerm{{"数据主权", "data sovereignty", "数据|主权"}}},
		{"quotation closed before the parenthesis",
			"The plan favours the “dual circulation” (双循环) strategy.",
			[]wantTerm{{"双循环", "dual circulation", "双循环"}}},
		{"single quotation marks",
			"Engineers built the ‘Great Firewall’ (防火长城) in stages.",
			[]wantTerm{{"防火长城", "Great Firewall", "防火|长城"}}},
		{"traditional characters",
			"Taipei passed a “national security (國家安全)” amendment.",
			[]wantTerm{{"國家安全", "national security", "國家|安全"}}},
		{"mixed run keeps its letter case",
			"Ministries back “5G network security (5G网络安全)” standards.",
			[]wantTerm{{"5G网络安全", "5G network security", "5G|网络|安全"}}},
		{"pinyin beside the characters",
			"The goal of “high-quality development (高质量发展, gaozhiliang fazhan)” recurs.",
			[]wantTerm{{"高质量发展", "high-quality development", "高质量|发展"}}},
		{"two runs in one parenthesis",
			"Posters urged “unity and stability, wealth and strength” (团结稳定, 繁荣富强).",
			[]wantTerm{{"团结稳定", "unity and stability", "团结|稳定"}, {"繁荣富强", "wealth and strength", "繁荣|富强"}}},
		{"gloss after the characters",
			"Cadres repeat 共同富裕 (common prosperity) at every meeting.",
			[]wantTerm{{"共同富裕", "common prosperity", "共同|富裕"}}},
		{"no gloss for characters quoted in running text",
			"Banners reading “科技自立” hung in the hall.",
			[]wantTerm{{"科技自立", "", "科技|自立"}}},
		{"a citation after the characters is no gloss",
			"The slogan 数字中国 (Xinhua, May 3, 2023) spread.",
			[]wantTerm{{"数字中国", "", "数字|中国"}}},
		{"noun phrase without quotation marks",
			"Beijing's push for cross-border data flows (跨境数据流动) intensified.",
			[]wantTerm{{"跨境数据流动", "cross-border data flows", "跨境|数据|流动"}}},
		{"what a word names is not its gloss",
			"Analysts watched what Xi calls common prosperity (共同富裕) closely.",
			[]wantTerm{{"共同富裕", "common prosperity", "共同|富裕"}}},
		{"acronym and characters in one parenthesis",
			"Rules came from the Cyberspace Administration of China (CAC; 国家互联网信息办公室).",
			[]wantTerm{{"国家互联网信息办公室", "Cyberspace Administration of China", "国家|互联网|信息|办公室"}}},
		{"a language label is no gloss",
			"The 2016 law enshrined cyber sovereignty (Chinese: 网络主权).",
			[]wantTerm{{"网络主权", "cyber sovereignty", "网络|主权"}}},
		{"a literal translation yields to the English before",
			"Xi wants a “cyber superpower” (网络强国, lit. “network strong country”).",
			[]wantTerm{{"网络强国", "cyber superpower", "网络|强国"}}},
		{"a lead-in before a gloss after the characters",
			"Bloggers mocked 内卷 (literally “rolling inward”) as wasteful.",
			[]wantTerm{{"内卷", "rolling inward", "内卷"}}},
		{"a verb in -ed ends the noun phrase, an adjective does not",
			"Planners adopted the targeted poverty alleviation (精准扶贫) model.",
			[]wantTerm{{"精准扶贫", "targeted poverty alleviation", "精准|扶贫"}}},
		{"pinyin before the parenthesis is no gloss",
			"The idea, known as gaozhiliang fazhan (高质量发展), spread.",
			[]wantTerm{{"高质量发展", "", "高质量|发展"}}},
		{"an unquoted list glossing a run that enumerates as many",
			"Beijing guards its sovereignty, security and development interests (主权、安全、发展利益).",
			[]wantTerm{{"主权、安全、发展利益", "sovereignty, security and development interests", "主权|、|安全|、|发展|利益"}}},
		{"an unquoted list glossing several runs",
			"Beijing guards its sovereignty, security and development interests (主权, 安全, 发展利益).",
			[]wantTerm{{"主权", "sovereignty", "主权"}, {"安全", "security", "安全"}, {"发展利益", "development interests", "发展|利益"}}},
		{"a quotation glossing a run that enumerates",
			"Cadres must show ‘loyalty, cleanliness and responsibility’ 忠诚、干净、担当 in office.",
			[]wantTerm{{"忠诚、干净、担当", "loyalty, cleanliness and responsibility", "忠诚|、|干净|、|担当"}}},
		{"capitalised title of a newspaper",
			"An editorial in People’s Daily (人民日报) agreed.",
			[]wantTerm{{"人民日报", "People’s Daily", "人民|日报"}}},
		// A run the text calls a person, by a title before it or a verb of
		// saying after it, is a name: one segment, and the office is no
		// gloss of it.
		{"unglossed name after a title (wire)",
			"Taiwan's president 賴清德 said the island would not be provoked.",
			[]wantTerm{{"賴清德", "", "賴清德"}}},
		{"unglossed name after a capitalised office (newspaper)",
			"Defence Minister 顧立雄 told lawmakers on Tuesday that drills would go on.",
			[]wantTerm{{"顧立雄", "", "顧立雄"}}},
		{"unglossed name before a verb of saying (think tank)",
			"In a speech in March, 馬英九 argued that dialogue was still possible.",
			[]wantTerm{{"馬英九", "", "馬英九"}}},
		{"unglossed name before said (Hong Kong outlet)",
			"At the ceremony 李家超 said the city had turned a new page.",
			[]wantTerm{{"李家超", "", "李家超"}}},
		{"unglossed name after a title (transcript)",
			"Spokesperson 毛宁: Good afternoon, friends from the press.",
			[]wantTerm{{"毛宁", "", "毛宁"}}},
		{"a word after a title is no name",
			"The president 高度 praised the staff.",
			[]wantTerm{{"高度", "", "高度"}}},
		{"an office the run translates is its gloss",
			"The Foreign Minister 外交部长 attended.",
			[]wantTerm{{"外交部长", "Foreign Minister", "外交部长"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tagtest.Sentences(tc.text)
			terms.Tag(context.Background(), a)
			got := termsOf(a)
			if len(got) != len(tc.want) {
				t.Fatalf("%q: got %d terms %+v, want %d", tc.text, len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Hanzi != w.hanzi || g.Gloss != w.gloss || strings.Join(g.Segments, "|") != w.segments {
					t.Errorf("%q:\n got  %s %q %s\n want %s %q %s", tc.text, g.Hanzi, g.Gloss, strings.Join(g.Segments, "|"), w.hanzi, w.gloss, w.segments)
				}
				if span := string([]rune(a.Text)[g.Start:g.End]); span != g.Hanzi {
					t.Errorf("span %v holds %q, not %q", g.Span, span, g.Hanzi)
				}
			}
		})
	}
}

func TestTermRuns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"no Chinese here", nil},
		{"(凝心聚力, 增进共识)", []string{"凝心聚力", "增进共识"}},
		{"“主权AI基础设施”", []string{"主权AI基础设施"}},
		// Capitals or figures alone typed before a run are no part of it,
		// a designation mixing both is.
		{"AI主权 and 中国制造2025", []string{"主权", "中国制造2025"}},
		{"the VPN翻墙 trick and the 2024年工作要点 list", []string{"翻墙", "年工作要点"}},
		{"the C919客机 and the 5G基站", []string{"C919客机", "5G基站"}},
		{"A股 and X光机, not 9号", []string{"A股", "X光机", "号"}},
		{"埃隆·马斯克 and 中国 · 美国", []string{"埃隆·马斯克", "中国", "美国"}},
		{"网络主权、数据主权。", []string{"网络主权、数据主权"}},
		{"网络主权、 and 、数据主权", []string{"网络主权", "数据主权"}},
		{"the AI 主权", []string{"主权"}},
		{"“从五个维度认识把握’两个确立’ Understanding", []string{"从五个维度认识把握’两个确立’"}},
		{"“网络主权” and ‘数据主权’", []string{"网络主权", "数据主权"}},
		{"印发《能上能下规定》Rules on cadres", []string{"印发《能上能下规定》"}},
		// A run's punctuation, full-width or ASCII, stays in it, and so
		// does a single space after it.
		{"习近平发表文章：扎实做好各项工作", []string{"习近平发表文章：扎实做好各项工作"}},
		{"坚持稳中求进，推动高质量发展；扩大内需：", []string{"坚持稳中求进，推动高质量发展；扩大内需"}},
		{"‘审查事件:讲真话求真相’", []string{"审查事件:讲真话求真相"}},
		{"网络主权： 数据主权", []string{"网络主权： 数据主权"}},
		{"记者:请问,2030年的目标是什么?", []string{"记者:请问,2030年的目标是什么"}},
		{"字谜 水+木,一目了然 and 上*下/左-右", []string{"字谜 水+木,一目了然", "上*下/左-右"}},
		{"工作已经完成。 下一步怎么办", []string{"工作已经完成。 下一步怎么办"}},
		// An ASCII comma or semicolon typed between two characters is the
		// text's own, and so is one with a space after it, except between
		// a list's items.
		{"the film “Amazing China” (厉害了,我的国)", []string{"厉害了,我的国"}},
		{"slogans: 天下归心,想在一起,干在一起 and more", []string{"天下归心,想在一起,干在一起"}},
		{"(凝心聚力,增进共识) and (稳增长, 保就业)", []string{"凝心聚力,增进共识", "稳增长", "保就业"}},
		{"the chant “稳增长, 保就业” rang out", []string{"稳增长, 保就业"}},
		{"秋收冬藏, 春华秋实\nnext", []string{"秋收冬藏, 春华秋实"}},
		{"Labels: trade, 稻田, 麦穗, harvest", []string{"稻田", "麦穗"}},
		{"words like 稻田, 麦穗 and 果园", []string{"稻田", "麦穗", "果园"}},
		{"菜单 首页 | 新闻 | 体育", []string{"菜单 首页", "新闻", "体育"}},
		{"the readout: 稳就业;保民生;防风险; and more", []string{"稳就业;保民生;防风险"}},
		// Three runs or more named in English prose are a list; two are
		// one phrase, a slogan or a saying of two halves, unless a list
		// signal goes with them; so is a pair opening its line, in
		// quotation marks or ending on a stop.
		{"officials cited 春耕, 秋收, 冬藏 in speeches", []string{"春耕", "秋收", "冬藏"}},
		{"the plan urged 节水, 护林, 种草.", []string{"节水", "护林", "种草"}},
		{"officials cited 春耕, 秋收 in speeches", []string{"春耕, 秋收"}},
		{"the plan urged 节水, 护林.", []string{"节水, 护林"}},
		{"the slogan 不忘初心, 牢记使命 was repeated", []string{"不忘初心, 牢记使命"}},
		{"Xi wrote 绿水青山, 就是金山银山 in 2005", []string{"绿水青山, 就是金山银山"}},
		{"he said 我们来了, 你们走吧 loudly", []string{"我们来了, 你们走吧"}},
		{"the motto 团结, 奋进 won", []string{"团结, 奋进"}},
		{"officials cited 春耕, 秋收, and 冬藏 in speeches", []string{"春耕", "秋收", "冬藏"}},
		{"the chant “节水, 护林” rang out", []string{"节水, 护林"}},
		{"节水, 护林 jiéshuǐ, hùlín", []string{"节水, 护林"}},
		{"he cited 节水, 护林。then left", []string{"节水, 护林"}},
		{"mentioned prosperity and 共同富裕, 双循环 in speeches", []string{"共同富裕, 双循环"}},
		{"officials cited 春耕,秋收 in speeches", []string{"春耕,秋收"}},
		// A quotation that holds nothing but Chinese is one run, its marks
		// and spaces and the mark that ends it included, as reference
		// lists quote a source's title; quotations side by side, or one
		// holding English, are not.
		{`"央行召开会议, 部署哪些工作?" [The central bank met]`, []string{"央行召开会议, 部署哪些工作?"}},
		{`「全会首提"新格局"概念, 意味着什么?」`, []string{`全会首提"新格局"概念, 意味着什么?`}},
		{"“稳增长”, “保就业”", []string{"稳增长", "保就业"}},
		{`"稳增长, 保就业 and more"`, []string{"稳增长", "保就业"}},
		// A run goes on across a single space between its words on one
		// line, however many and however long; it ends at a line break,
		// at two spaces and at a parenthesis opened after a space.
		{"the chant 撐香港 撐自由 (Stand with Hong Kong, stand with freedom)", []string{"撐香港 撐自由"}},
		{"省委 省政府 市委联合发布《通知》", []string{"省委 省政府 市委联合发布《通知》"}},
		{"坚持改革开放不动摇 实现共同发展目标", []string{"坚持改革开放不动摇 实现共同发展目标"}},
		{"种树\n浇水", []string{"种树", "浇水"}},
		{"种树  浇水", []string{"种树", "浇水"}},
		{"山水画 (水墨)", []string{"山水画", "水墨"}},
		// A parenthesis of Chinese typed against a run is the run's, and
		// so are figures a space after it; one holding English is not.
		{"城市年鉴(第三版) 2019年5期", []string{"城市年鉴(第三版) 2019年5期"}},
		{"爱乡(土)情怀 is", []string{"爱乡(土)情怀"}},
		{"茶馆(teahouse) and", []string{"茶馆"}},
		// A Chinese title the run goes on past opens the run with its
		// mark; a title that ends the run, or English quotes, do not.
		{"《山城晚报》编辑:请问", []string{"《山城晚报》编辑:请问"}},
		{"the daily 《山城晚报》 said", []string{"山城晚报"}},
		{"the slogan “稻田” and", []string{"稻田"}},
		// An English word a menu or a row of links ran into the Chinese
		// is no part of it; capitals and figures after it are.
		{"Home首页News新闻Sports体育", []string{"首页", "新闻", "体育"}},
		{"menu: home好吃 | about关于我们", []string{"好吃", "关于我们"}},
		{"导航Travel and 5G基站 and 数字iPhone", []string{"导航", "5G基站", "数字"}},
		{"The 十四五规划 (14th FYP) and 中国制造2025MIC", []string{"十四五规划", "中国制造2025MIC"}},
	} {
		var got []string
		rs := []rune(tc.text)
		for _, r := range termRuns(rs) {
			got = append(got, string(rs[r[0]:r[1]]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("termRuns(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A run repeated without its gloss takes the gloss the article gave it
// first, and each occurrence goes to the claim that holds it.
func TestTermsShareGloss(t *testing.T) {
	a := tagtest.Sentences(
		"Xi promoted “common prosperity (共同富裕)” in 2021.",
		"No sentence here holds Chinese.",
		"Provinces then wrote 共同富裕 into their plans.")
	New(segment.LoadChinese).Tag(context.Background(), a)
	if len(a.Claims[0].Terms) != 1 || len(a.Claims[1].Terms) != 0 || len(a.Claims[2].Terms) != 1 {
		t.Fatalf("terms per claim: %d %d %d, want 1 0 1",
			len(a.Claims[0].Terms), len(a.Claims[1].Terms), len(a.Claims[2].Terms))
	}
	second := a.Claims[2].Terms[0]
	if second.Gloss != "common prosperity" || second.Start <= a.Claims[0].Terms[0].Start {
		t.Errorf("second occurrence: %+v", second)
	}
}

// A term printed in the header, before every claim, or between claims (in
// a heading) goes to no claim, since each claim's terms lie within it, as
// users slicing the claim's text by them expect: it is the article's, with
// its offsets into the text.
func TestTermsInHeader(t *testing.T) {
	a := tagtest.Sentences("Talks resumed.", "They ended.")
	header := "The Meaning of 话语权\n\n"
	between := "\n\nWhat 共同富裕 Means\n\n"
	a.Text = header + "Talks resumed." + between + "They ended."
	a.Claims[0].Start, a.Claims[0].End = utf8.RuneCountInString(header), utf8.RuneCountInString(header+"Talks resumed.")
	a.Claims[1].Start = a.Claims[0].End + utf8.RuneCountInString(between)
	a.Claims[1].End = a.Claims[1].Start + utf8.RuneCountInString("They ended.")
	New(segment.LoadChinese).Tag(context.Background(), a)
	if got := termsOf(a); len(got) != 0 {
		t.Errorf("terms %+v, want none: both runs lie outside the claims", got)
	}
	rs := []rune(a.Text)
	var got []string
	for _, tm := range a.Terms {
		got = append(got, tm.Hanzi+"="+string(rs[tm.Start:tm.End]))
	}
	if want := "话语权=话语权|共同富裕=共同富裕"; strings.Join(got, "|") != want {
		t.Errorf("article terms %q, want %q", got, want)
	}
}

// A run of two Chinese sentences is one term, but the sentence break
// between them makes two claims: the term lies in neither, so it is the
// article's, not the first claim's, whose span it would run past.
func TestTermsAcrossClaims(t *testing.T) {
	first, second := "他们今天开会了。", "会议很重要。"
	a := tagtest.Sentences("The meeting opened.", first, second, "It ended late.")
	a.Text = "The meeting opened. " + first + second + " It ended late."
	at := 0
	for i, s := range []string{"The meeting opened. ", first, second + " ", "It ended late."} {
		a.Claims[i].Start = at
		at += utf8.RuneCountInString(s)
		a.Claims[i].End = a.Claims[i].Start + utf8.RuneCountInString(strings.TrimSuffix(s, " "))
	}
	New(segment.LoadChinese).Tag(context.Background(), a)
	for _, c := range a.Claims {
		for _, tm := range c.Terms {
			if tm.Start < c.Start || tm.End > c.End {
				t.Errorf("term %q [%d,%d) outside its claim %q [%d,%d)", tm.Hanzi, tm.Start, tm.End, c.Text, c.Start, c.End)
			}
		}
	}
	if len(a.Terms) != 1 || a.Terms[0].Hanzi != first+second {
		t.Errorf("article terms %+v, want the one run %q", a.Terms, first+second)
	}
}

func TestTermsPinyin(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"“Cyber sovereignty (网络主权)” spread.", "wangluo zhuquan"},
		{"They built “sovereign AI infrastructure (主权AI基础设施)” fast.", "zhuquan AI jichusheshi"},
		// The gloss confirms the surname reading: 曾 alone reads ceng.
		{"Former Vice President Zeng Qinghong (曾庆红) retired.", "zeng qinghong"},
		{"Deputy director Qiu Baoxing (仇保兴) spoke.", "qiu baoxing"},
		// A name the gloss does not spell still reads its surname as one.
		{"Hong Kong leader Donald Tsang (曾荫权) resigned.", "zeng yinquan"},
		{"“Green development (绿色发展)” was the theme.", "luse fazhan"},
		// Polyphones read from their word.
		{"Tibetans (藏族) number about six million.", "zangzu"},
		{"The Bank of China (中国银行) raised rates.", "zhongguo yinhang"},
		{"Crowds walked the Great Wall (长城) at dawn.", "changcheng"},
		// A name the text calls a person, glossed by no name.
		{"Vice Premier 何立峰 met the delegation.", "he lifeng"},
		{"曾庆红 said nothing.", "zeng qinghong"},
		{"The president 高度 praised the staff.", "gaodu"}, // a word, no name
		// A run printed with no gloss that is kept whole as a name.
		{"The list named 程柄舜 among the founders.", "cheng bingshun"},
		{"Delegates debated 高水平 opening at length.", "gaoshuiping"}, // a word of the domain list
	} {
		a := tagtest.Sentences(tc.text)
		New(segment.LoadChinese).Tag(context.Background(), a)
		got := termsOf(a)
		if len(got) != 1 || got[0].Pinyin != tc.want {
			t.Errorf("%q: got %+v, want pinyin %q", tc.text, got, tc.want)
		}
	}
}

// Every occurrence of a run takes the gloss the article prints first for
// it, in text order, the header's included.
func TestTermsFirstGloss(t *testing.T) {
	a := tagtest.Sentences(
		"Xi promoted “common prosperity (共同富裕)” in 2021.",
		"Critics read 共同富裕 as “a war on wealth.”")
	New(segment.LoadChinese).Tag(context.Background(), a)
	if got := a.Claims[1].Terms; len(got) != 1 || got[0].Gloss != "common prosperity" {
		t.Errorf("second occurrence: %+v, want the first gloss", got)
	}
	h := tagtest.Sentences("新质生产力 could be translated as either new productivity or a new force.")
	h.Text = "Explainer: New Quality Productive Forces 新质生产力\n\n" + h.Text
	shift := len([]rune("Explainer: New Quality Productive Forces 新质生产力\n\n"))
	h.Claims[0].Start += shift
	h.Claims[0].End += shift
	New(segment.LoadChinese).Tag(context.Background(), h)
	if got := h.Claims[0].Terms; len(got) != 1 || got[0].Gloss != "New Quality Productive Forces" {
		t.Errorf("after a headline: %+v, want the headline's gloss", got)
	}
}

// A later mention's gloss replaces the first where the first only
// romanised the run and the later one is English, or where the later one is
// the first's last words.
func TestTermsBetterLaterGloss(t *testing.T) {
	for _, tc := range []struct {
		sentences []string
		want      string
	}{
		{[]string{"The map marked 香港 (Xiānggǎng) in red.", "Hong Kong (香港) then rose in rank."}, "Hong Kong"},
		{[]string{"Few know the word 内卷 (nèijuǎn).", "Students say “involution” (内卷) now."}, "involution"},
		{[]string{"The Doctrine of the Dual Circulation (双循环) was new.", "Later the 双循环, or dual circulation, spread."}, "dual circulation"},
		// A name printed in English first keeps it, and English first
		// is not replaced by its romanisation.
		{[]string{"Premier Li Qiang (李强) arrived.", "Lǐ Qiáng (李强) is how it sounds."}, "Li Qiang"},
		{[]string{"He spoke of “involution” (内卷).", "Some write 内卷 (nèijuǎn)."}, "involution"},
		// A later gloss that is no part of the first leaves it.
		{[]string{"Officials praised the “Belt and Road” (一带一路).", "Critics call 一带一路 (a debt trap) wasteful."}, "Belt and Road"},
		// A later gloss that only drops words of a full name, the
		// first's last words after no determiner, leaves the full one.
		{[]string{"The Central Military Commission (中央军委) met.", "Later the Commission (中央军委) issued orders."}, "Central Military Commission"},
		{[]string{"New Quality Productive Forces (新质生产力) lead the plan.", "Firms chase productive forces (新质生产力) too."}, "New Quality Productive Forces"},
		{[]string{"The Belt and Road Initiative (一带一路) grew.", "The Road Initiative (一带一路) grew more."}, "Belt and Road Initiative"},
		{[]string{"Socialism with Chinese Characteristics (中国特色社会主义) spread.", "Chinese Characteristics (中国特色社会主义) stayed."}, "Socialism with Chinese Characteristics"},
	} {
		a := tagtest.Sentences(tc.sentences...)
		New(segment.LoadChinese).Tag(context.Background(), a)
		got := termsOf(a)
		if len(got) == 0 || got[0].Gloss != tc.want || got[len(got)-1].Gloss != tc.want {
			t.Errorf("%q: got %+v, want gloss %q", tc.sentences, got, tc.want)
		}
	}
}

// The dictionary is loaded once, only when an article holds Chinese, however
// many workers tag at once.
func TestTermsLoadOnce(t *testing.T) {
	var loads atomic.Int32
	terms := New(func() (*segment.Chinese, error) {
		loads.Add(1)
		return segment.LoadChinese()
	})
	terms.Tag(context.Background(), tagtest.Sentences("Nothing Chinese in this one."))
	if n := loads.Load(); n != 0 {
		t.Fatalf("loaded %d times for an English-only article", n)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := tagtest.Sentences("Premier Li Qiang (李强) and Yan Kunru (闫坤如) met.")
			terms.Tag(context.Background(), a)
			if got := termsOf(a); len(got) != 2 || strings.Join(got[1].Segments, "|") != "闫坤如" {
				t.Errorf("concurrent tag: %+v", got)
			}
		}()
	}
	wg.Wait()
	if n := loads.Load(); n != 1 {
		t.Errorf("loaded %d times, want 1", n)
	}
}

// Without a dictionary the terms are still found and glossed; each run is
// unsegmented.
func TestTermsLoadFailure(t *testing.T) {
	a := tagtest.Sentences("Officials cited “cyber sovereignty (网络主权)” often.")
	New(func() (*segment.Chinese, error) { return nil, errors.New("no dictionary") }).Tag(context.Background(), a)
	got := termsOf(a)
	if len(got) != 1 || got[0].Gloss != "cyber sovereignty" || got[0].Segments != nil || got[0].Pinyin != "wangluozhuquan" {
		t.Errorf("got %+v", got)
	}
}

// The gloss readers cut a run only with the segmenter Terms was given, never
// with one of their own: without it, a run coordinating two words (和平|与|
// 发展) is one word, and the conjunct before the last noun phrase stays out
// of its gloss; with it, the gloss takes both.
func TestTermsOneSegmenter(t *testing.T) {
	const text = "Beijing promotes peace and development (和平与发展) abroad."
	for _, tc := range []struct {
		load func() (*segment.Chinese, error)
		want string
	}{
		{func() (*segment.Chinese, error) { return nil, errors.New("no dictionary") }, "development"},
		{segment.LoadChinese, "peace and development"},
	} {
		a := tagtest.Sentences(text)
		New(tc.load).Tag(context.Background(), a)
		if got := termsOf(a); len(got) != 1 || got[0].Gloss != tc.want {
			t.Errorf("got %+v, want gloss %q", got, tc.want)
		}
	}
}

// The seed article's terms, checked against its gold labels: every run
// found, with the gloss and segmentation the gold gives.
func TestTermsSeed(t *testing.T) {
	var gold struct {
		Terms []struct {
			Hanzi, Gloss string
			Segments     []string
		}
	}
	text := tagtest.Seed(t, &gold)
	a := tagtest.Sentences(text)
	New(segment.LoadChinese).Tag(context.Background(), a)
	got := make(map[string]claimx.Term)
	for _, term := range termsOf(a) {
		if _, seen := got[term.Hanzi]; !seen {
			got[term.Hanzi] = term
		}
	}
	if len(got) != len(gold.Terms) {
		t.Errorf("found %d distinct terms, gold has %d", len(got), len(gold.Terms))
	}
	fold := strings.NewReplacer("’", "'", "“", `"`, "”", `"`)
	for _, w := range gold.Terms {
		g, ok := got[w.Hanzi]
		switch {
		case !ok:
			t.Errorf("missed %s", w.Hanzi)
		case !strings.EqualFold(fold.Replace(g.Gloss), fold.Replace(w.Gloss)):
			t.Errorf("%s: gloss %q, want %q", w.Hanzi, g.Gloss, w.Gloss)
		case strings.Join(g.Segments, "|") != strings.Join(w.Segments, "|"):
			t.Errorf("%s: segments %q, want %q", w.Hanzi, g.Segments, w.Segments)
		}
	}
}

// pollCtx is a context that is cancelled at its polls'th call of Err,
// counting them.
type pollCtx struct {
	context.Context
	polls, cancelAt int
}

func (c *pollCtx) Err() error {
	c.polls++
	if c.polls >= c.cancelAt {
		return context.Canceled
	}
	return nil
}

// findTerms stops between runs once its context is done, though the runs
// are many, and says why.
func TestFindTermsStopsWhenCancelled(t *testing.T) {
	rs := []rune(strings.Repeat("The plan named 共同富裕 (common prosperity) its aim, and 内卷 its foe. ", 200))
	done, cancel := context.WithCancel(context.Background())
	cancel()
	if found, err := findTerms(done, rs, nil, nil); !errors.Is(err, context.Canceled) || found != nil {
		t.Errorf("cancelled before: %d terms, error %v", len(found), err)
	}
	ctx := &pollCtx{Context: context.Background(), cancelAt: 5}
	if found, err := findTerms(ctx, rs, nil, nil); !errors.Is(err, context.Canceled) || found != nil || ctx.polls != 5 {
		t.Errorf("cancelled at the 5th poll: %d terms, error %v, %d polls", len(found), err, ctx.polls)
	}
	if found, err := findTerms(context.Background(), rs, nil, nil); err != nil || len(found) != 400 {
		t.Errorf("not cancelled: %d terms, error %v", len(found), err)
	}
}

// A run far into a line that runs on for pages (a flattened page) is read
// within its reach: its parenthesised gloss, a source's parenthesis that
// glosses nothing, a name's title, and a sentence's stop are all found at
// the run, wherever it stands in the line.
func TestTermsFarIntoLongLine(t *testing.T) {
	filler := strings.Repeat("The harbour board met again on the matter of fees and berths. ", 60)
	a := tagtest.Sentences(filler+"The tax office spoke of common prosperity (共同富裕) at length.",
		"The phrase 网络主权 (Harbour Daily, 2014) spread.",
		"Spokesperson 毛宁 said the talks went well.",
		"He wrote it out whole: 我们明天见。", filler)
	New(segment.LoadChinese).Tag(context.Background(), a)
	got := map[string]claimx.Term{}
	for _, term := range termsOf(a) {
		got[term.Hanzi] = term
	}
	rs := []rune(a.Text)
	for hanzi, gloss := range map[string]string{"共同富裕": "common prosperity", "网络主权": "", "毛宁": "", "我们明天见。": ""} {
		term, ok := got[hanzi]
		switch {
		case !ok:
			t.Errorf("%s: not found among %v", hanzi, termsOf(a))
		case term.Gloss != gloss:
			t.Errorf("%s: gloss %q, want %q", hanzi, term.Gloss, gloss)
		case string(rs[term.Start:term.End]) != hanzi:
			t.Errorf("%s: span %v holds %q", hanzi, term.Span, string(rs[term.Start:term.End]))
		}
	}
	if p := got["毛宁"].Pinyin; p != "mao ning" {
		t.Errorf("毛宁: pinyin %q, want a name's", p)
	}
}

// BenchmarkTermsSeed tags the seed article (21 runs of Chinese) with the
// dictionary already loaded.
func BenchmarkTermsSeed(b *testing.B) {
	var gold any
	text := tagtest.Seed(b, &gold)
	terms := New(segment.LoadChinese)
	terms.Tag(context.Background(), tagtest.Sentences("预热 (warm-up)"))
	b.ReportAllocs()
	for b.Loop() {
		terms.Tag(context.Background(), tagtest.Sentences(text))
	}
}

// FuzzTermsTag checks, on any text, that every term's span holds its
// Chinese and that its segments rebuild it but for the space between a
// slogan's halves, which is no word.
func FuzzTermsTag(f *testing.F) {
	for _, s := range []string{
		"Premier Li Qiang (李强) spoke.",
		"“cyber sovereignty (网络主权, wangluo zhuquan)”",
		"(凝心聚力, 增进共识) and 埃隆·马斯克 (Elon Musk)",
		"“unclosed (主权AI基础设施",
		"網路主權 (Xinhua, May 3, 2023）",
		"“全国一盘棋,” or one board, and “内卷”, the “",
		"“稳定” and “提振” (稳定, 提振) or “",
		"warfare (心理战, xinlizhan], and [斗争精神) (",
		"A Title Above\n\n抓紧运筹新时期 –\n\nText (共同富裕, common prosperity).",
		"| Name | |\n|---|---|\n| Simplified Chinese | 动态清零 |\n|",
		"Grid management\nChinese name\nChinese: wǎnggé 网格\nPinyin:",
		"吃亏是福\nA b.\n\n知足常乐\n“C d\n\n有钱\nE\n",
		"The word for x in Chinese, 和, and y is 和 hé in",
		"简体字 jiǎntǐzì,“ (脑 (nǎo – 'b",
		"“x” to translate 汉 as, y, a translation of 内卷 is “",
	} {
		f.Add(s)
	}
	terms := New(segment.LoadChinese)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := tagtest.Sentences(text)
		terms.Tag(context.Background(), a)
		rs := []rune(a.Text)
		// The runs outside every claim (the article's) as well as the
		// claims' own.
		for _, term := range append(termsOf(a), a.Terms...) {
			if term.Start < 0 || term.End > len(rs) || string(rs[term.Start:term.End]) != term.Hanzi {
				t.Fatalf("span %v does not hold %q in %q", term.Span, term.Hanzi, text)
			}
			if strings.Join(term.Segments, "") != term.Hanzi {
				t.Fatalf("segments %q do not rebuild %q", term.Segments, term.Hanzi)
			}
		}
	})
}
