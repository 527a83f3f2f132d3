package term

import (
	"context"
	"strings"
	"testing"

	"github.com/claimx/claimx/extract/internal/tagtest"
	"github.com/claimx/claimx/segment"
)

// TestTermsGloss checks the gloss read for each run in sentences of the
// shapes the gloss rules cover, and the near misses they must leave alone.
func TestTermsGloss(t *testing.T) {
	terms := New(segment.LoadChinese)
	type hg struct{ hanzi, gloss string }
	for _, tc := range []struct {
		name, text string
		want       []hg
	}{
		// A verb before an unquoted noun phrase is not part of the gloss.
		{"phrasal verb after a modal",
			"Local cadres should step up grid-based management (网格化管理) before the holiday.",
			[]hg{{"网格化管理", "grid-based management"}}},
		{"lexicon verb after to",
			"Provinces were told to strengthen food security (粮食安全) this year.",
			[]hg{{"粮食安全", "food security"}}},
		{"lexicon verb in -s after a name",
			"Shenzhen promotes the low-altitude economy (低空经济) with subsidies.",
			[]hg{{"低空经济", "low-altitude economy"}}},
		{"lexicon verb in -ed after a noun",
			"Regulators adopted dynamic clearing (动态清零) in 2021.",
			[]hg{{"动态清零", "dynamic clearing"}}},
		{"lexicon verb in -ing after a preposition",
			"The plan starts by building new infrastructure (新基建) inland.",
			[]hg{{"新基建", "new infrastructure"}}},
		{"any -ing verb after be",
			"The ministry is expanding domestic demand (扩大内需) again.",
			[]hg{{"扩大内需", "domestic demand"}}},
		{"any -ed verb after have",
			"Xiamen has prioritized marine economy zones (海洋经济区) since 2019.",
			[]hg{{"海洋经济区", "marine economy zones"}}},
		{"particle back before the object",
			"Investors may scale back platform economy (平台经济) bets.",
			[]hg{{"平台经济", "platform economy"}}},
		{"a lexicon word after a possessive is a noun",
			"Banks welcomed its support measures (扶持措施) for exporters.",
			[]hg{{"扶持措施", "support measures"}}},
		{"a lexicon base form after a noun is a noun",
			"The county revised its land use planning (国土空间规划) twice.",
			[]hg{{"国土空间规划", "land use planning"}}},
		{"a lexicon -ing form after a noun is a noun",
			"Cadres attended sessions on capacity building (能力建设) last week.",
			[]hg{{"能力建设", "capacity building"}}},
		{"a hyphenated -ed word is an adjective",
			"The auditors visited central state-owned enterprises (中央企业) in Hunan.",
			[]hg{{"中央企业", "central state-owned enterprises"}}},
		{"a word in -eed is no verb",
			"Travel times fell with high speed rail (高速铁路) across the plain.",
			[]hg{{"高速铁路", "high speed rail"}}},

		// Names of people, laws and organisations.
		{"a given name before a spelled romanised name",
			"Baidu chief Robin Li Yanhong (李彦宏) unveiled a chatbot.",
			[]hg{{"李彦宏", "Robin Li Yanhong"}}},
		{"a title before a spelled name stays out",
			"Shanghai Party Secretary Chen Jining (陈吉宁) toured the port.",
			[]hg{{"陈吉宁", "Chen Jining"}}},
		{"a given name starts a name after a long title",
			"Secretary for Labour and Welfare Chris Sun Yuk-han (孫玉菡) replied.",
			[]hg{{"孫玉菡", "Chris Sun Yuk-han"}}},
		{"a possessive owner before an organisation",
			"Officers from Beijing's Ministry of State Security (国家安全部) visited.",
			[]hg{{"国家安全部", "Ministry of State Security"}}},
		{"a possessive owner before a law",
			"Critics read Macau’s Law on Safeguarding National Security (维护国家安全法) closely.",
			[]hg{{"维护国家安全法", "Law on Safeguarding National Security"}}},
		{"a numbered document",
			"Cadres studied the party’s Document No. 9 (九号文件) in 2013.",
			[]hg{{"九号文件", "Document No. 9"}}},
		{"a numbered article of a law",
			"Lawyers cited Art. 23 of the Basic Law (基本法第二十三条) at length.",
			[]hg{{"基本法第二十三条", "Art. 23 of the Basic Law"}}},
		{"a plural noun in the possessive belongs to the name",
			"Reporters met delegates of the All-China Women's Federation (全国妇联) in May.",
			[]hg{{"全国妇联", "All-China Women's Federation"}}},

		// A gloss after the Chinese.
		{"or and a quotation",
			"Editorials praised “脱贫攻坚”, or “the battle against poverty,” for years.",
			[]hg{{"脱贫攻坚", "the battle against poverty"}}},
		{"or and an unquoted noun phrase closed by a comma",
			"Planners speak of 东数西算, or eastern data western computing, as a national project.",
			[]hg{{"东数西算", "eastern data western computing"}}},
		{"comma inside the closing quotation mark",
			"Slogans urged “内循环,” or internal circulation, across the province.",
			[]hg{{"内循环", "internal circulation"}}},
		{"meaning and a quotation",
			"Posters read 不忘初心, meaning “stay true to the original aspiration”, in red.",
			[]hg{{"不忘初心", "stay true to the original aspiration"}}},
		{"a dash and a quotation",
			"The campaign revived 斗争精神 — “fighting spirit” — among young officials.",
			[]hg{{"斗争精神", "fighting spirit"}}},
		{"an article and a quotation",
			"Speeches returned to “四个自信”, the “four confidences,” throughout March.",
			[]hg{{"四个自信", "four confidences"}}},
		{"i.e. in a parenthesis after the Chinese",
			"Firms must pass 等保 (i.e. multi-level protection) reviews.",
			[]hg{{"等保", "multi-level protection"}}},
		{"or and a clause is no gloss",
			"Owners must register with 市场监管局, or they face fines.",
			[]hg{{"市场监管局", ""}}},
		{"a dash and unquoted words are no gloss",
			"Officials repeated 稳中求进 — a phrase heard every winter.",
			[]hg{{"稳中求进", ""}}},
		{"a quotation without a lead-in is no gloss",
			"Banners said “安全第一”, “the workers agreed,” at the site.",
			[]hg{{"安全第一", ""}}},
		{"Chinese after a lead-in is no gloss",
			"Journals used “数字中国”, or “数字经济”, interchangeably.",
			[]hg{{"数字中国", ""}, {"数字经济", ""}}},

		// Glosses printed against the run without brackets.
		{"a toned name before the run",
			"Spokesperson Zhào Lìjiān 赵立坚 took the first question.",
			[]hg{{"赵立坚", "Zhào Lìjiān"}}},
		{"a plain name before the run, a title before it",
			"The newsletter quoted State Councilor Wang Huning 王沪宁 at length.",
			[]hg{{"王沪宁", "Wang Huning"}}},
		{"a capitalised title before the run",
			"The essay first ran in Study Times 学习时报 last spring.",
			[]hg{{"学习时报", "Study Times"}}},
		{"a name before the run, an acronym after it",
			"Organisers founded the “China Democracy Party 中国民主党 (CDP)” in 1998.",
			[]hg{{"中国民主党", "China Democracy Party"}}},
		{"a toned name after the run",
			"Questions went to spokesperson 毛宁 Máo Níng on Monday.",
			[]hg{{"毛宁", "Máo Níng"}}},
		{"toned pinyin after a single character",
			"The character 权 quán can mean a right or power.",
			[]hg{{"权", "quán"}}},
		{"plain lower-case pinyin after the run is no gloss",
			"The character 权 quan can mean a right or power.",
			[]hg{{"权", ""}}},
		{"lower-case English before the run is no gloss",
			"The slogan 共同富裕 spread across the provinces.",
			[]hg{{"共同富裕", ""}}},
		{"a title alone before the run is no gloss",
			"Reporters said President 习近平 spoke first.",
			[]hg{{"习近平", ""}}},
		{"English before a slash",
			"Editorials no longer call him \"core/核心\" as often.",
			[]hg{{"核心", "core"}}},
		{"English after a slash",
			"Editorials no longer call him “核心/core” as often.",
			[]hg{{"核心", "core"}}},
		{"a bilingual title, English after the Chinese",
			"The speech “论党的自我革命 On the Party’s Self-Revolution” was reprinted in June.",
			[]hg{{"论党的自我革命", "On the Party’s Self-Revolution"}}},
		{"a bilingual title, English before the Chinese, quotations nested in straight marks",
			"He wrote \"Firmly Achieving the \"Two Safeguards\" in Practice 坚决做到两个维护\" last year.",
			[]hg{{"坚决做到两个维护", `Firmly Achieving the "Two Safeguards" in Practice`}}},
		{"a quotation that is no title",
			"Critics said “the Party leads 一切” again.",
			[]hg{{"一切", ""}}},

		// Counts, titles, long quotations, dashes inside names.
		{"a number before the noun phrase when the Chinese counts",
			"Cities rolled out the 12 new measures (十二条) in March, and 2 ports (港口) shut.",
			[]hg{{"十二条", "12 new measures"}, {"港口", "ports"}}},
		{"a title before a name written in lower case at its end",
			"The visit angered President Lai Ching te (賴清德) again.",
			[]hg{{"賴清德", "Lai Ching te"}}},
		{"a closed quotation as long as the term is its gloss",
			"Xi spoke of the “decisive battle toward building a fully modern and prosperous socialist country” (决胜全面建成社会主义现代化强国).",
			[]hg{{"决胜全面建成社会主义现代化强国", "decisive battle toward building a fully modern and prosperous socialist country"}}},
		{"an en dash inside a name",
			"A draft Guangdong–Hong Kong Bay Area Coordination Law [粤港湾区协调法] was tabled.",
			[]hg{{"粤港湾区协调法", "Guangdong–Hong Kong Bay Area Coordination Law"}}},
		{"title marks around the run and a quoted title after it",
			"Xinhua ran 《团结奋斗新征程》 (\"Unity and Struggle on the New Journey\") on Monday.",
			[]hg{{"团结奋斗新征程", "Unity and Struggle on the New Journey"}}},
		{"a parenthesis the excerpt cuts off",
			"Cadres must meet the “three firsts” (三先: first aid, first report, first resp",
			[]hg{{"三先", "three firsts"}}},

		{"a verb in -ed after a pronoun opening the sentence",
			"They adopted whole-process democracy (全过程民主) as a slogan.",
			[]hg{{"全过程民主", "whole-process democracy"}}},
		{"an article before a quotation in the parenthesis",
			"Theorists debated 第三个结合 (the \"third combination\") at length.",
			[]hg{{"第三个结合", "third combination"}}},
		{"English joined to the run by or, or by dashes",
			"Planners call for joint deterrence, or 一体化威慑, and joint logistics—联合后勤—alike.",
			[]hg{{"一体化威慑", "joint deterrence"}, {"联合后勤", "joint logistics"}}},
		{"English after the parenthesis set off by or, pinyin before it",
			"The phrase zhengnengliang (正能量), or positive energy, recurs.",
			[]hg{{"正能量", "positive energy"}}},

		// Lines of a glossary, a list of terms, a newsletter of headlines.
		{"a list item: English then the run",
			"Three strategic pillars 三大战略支柱",
			[]hg{{"三大战略支柱", "Three strategic pillars"}}},
		{"a glossary line: English, the run, its pinyin, a definition",
			"grid management 网格化管理 wanggehua guanli. A way of policing neighbourhoods.",
			[]hg{{"网格化管理", "grid management"}}},
		{"a headline after its source, its English after it",
			"People's Daily - 坚持以人民为中心的发展思想 Adhere to the people-centred philosophy of development",
			[]hg{{"坚持以人民为中心的发展思想", "Adhere to the people-centred philosophy of development"}}},
		{"a sentence that ends with a run is no glossary line",
			"The Party calls this 共同富裕\nThe slogan 内循环 wai xunhuan spread.",
			[]hg{{"共同富裕", ""}, {"内循环", ""}}},

		// Brackets and alternatives.
		{"square brackets",
			"Officials called Taiwan a “core interest” [核心利益] of the state.",
			[]hg{{"核心利益", "core interest"}}},
		{"a parenthesis nested in the gloss's parenthesis",
			"Kinmen County (金门县; also known as Quemoy (金门)) lies offshore.",
			[]hg{{"金门县", "Kinmen County"}, {"金门", "Quemoy"}}},
		{"English joined by or to pinyin before the parenthesis",
			"Party media favour “positive energy,” or zhengnengliang (正能量), in coverage.",
			[]hg{{"正能量", "positive energy"}}},
		{"the first of quoted alternatives",
			"The word translated as “core” or “nucleus” (核心, héxīn) recurs.",
			[]hg{{"核心", "core"}}},
		{"an article between or and the quotation",
			"Lexicon: ‘Discourse Power’ or the ‘Right to Speak’ (话语权, Huàyǔ Quán)",
			[]hg{{"话语权", "Discourse Power"}}},
		{"words in another script before the run are no gloss",
			"Español Русский Français 简体中文",
			[]hg{{"简体中文", ""}}},
		{"a quotation around the parenthesis much longer than the term is speech",
			"He called it “the unavoidable next stage of going global (出海),” and left.",
			[]hg{{"出海", "going global"}}},
		{"a quotation around the parenthesis as long as the term is its gloss",
			"Plans stress the “national strategic science and technology force (国家战略科技力量)” now.",
			[]hg{{"国家战略科技力量", "national strategic science and technology force"}}},
		{"an adjective before the run is no gloss",
			"Scholars debate the Chinese 网络主权 concept.",
			[]hg{{"网络主权", ""}}},
		{"language names before the run are no gloss",
			"English Français 中文",
			[]hg{{"中文", ""}}},
		{"a quotation right before the run",
			"Diplomats repeat “core interests” 核心利益 in every meeting.",
			[]hg{{"核心利益", "core interests"}}},
		{"a number closes a capitalised title before the parenthesis",
			"In 2015 the State Council released Made in China 2025 (中国制造2025).",
			[]hg{{"中国制造2025", "Made in China 2025"}}},
		{"a title with a number in the parenthesis after the run",
			"Beijing released 中国制造2025 (Made in China 2025) in 2015.",
			[]hg{{"中国制造2025", "Made in China 2025"}}},
		{"an author and year in the parenthesis after the run are no gloss",
			"The plan 中国制造2025 (Naughton 2018) set targets.",
			[]hg{{"中国制造2025", ""}}},
		{"toned pinyin alone before the parenthesis",
			"The term huàyǔ quán (话语权) spread after 2012.",
			[]hg{{"话语权", "huàyǔ quán"}}},
		{"toned pinyin alone in the parenthesis",
			"Cadres speak of 话语权 (huàyǔ quán) often.",
			[]hg{{"话语权", "huàyǔ quán"}}},

		// Titles of documents, possessives.
		{"a long quoted title is whole",
			"The State Council issued “Several Opinions on Further Optimising the Environment for Foreign Investment and Increasing Efforts to Attract It” (关于进一步优化外商投资环境加大吸引外商投资力度的意见) in 2023.",
			[]hg{{"关于进一步优化外商投资环境加大吸引外商投资力度的意见", "Several Opinions on Further Optimising the Environment for Foreign Investment and Increasing Efforts to Attract It"}}},
		{"a long unquoted title opened by a quantifier",
			"Suzhou published Several Measures to Support the Industrial Park in Deepening Open Innovation (关于支持苏州工业园区深化开放创新的若干措施).",
			[]hg{{"关于支持苏州工业园区深化开放创新的若干措施", "Several Measures to Support the Industrial Park in Deepening Open Innovation"}}},
		{"a title after the run and or",
			"Beijing launched 中国制造2025, or Made in China 2025, in 2015.",
			[]hg{{"中国制造2025", "Made in China 2025"}}},
		{"a possessive after a name",
			"Premier Li Qiang’s (李强) report ran long.",
			[]hg{{"李强", "Li Qiang"}}},
		{"an owner the Chinese names too",
			"Cadres reread Mao Zedong’s Selected Works (毛泽东选集) that year.",
			[]hg{{"毛泽东选集", "Mao Zedong’s Selected Works"}}},

		// Glosses set off by a dash or a colon, names after an article.
		{"a title between dashes after the run",
			"Beijing launched 中国制造2025 — Made in China 2025 — in 2015.",
			[]hg{{"中国制造2025", "Made in China 2025"}}},
		{"a noun phrase between en dashes after the run",
			"The slogan 共同富裕 – common prosperity – returned.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"a title after a colon",
			"The plan is called 中国制造2025: Made in China 2025.",
			[]hg{{"中国制造2025", "Made in China 2025"}}},
		{"a noun phrase after a colon to the line's end",
			"共同富裕: common prosperity",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"a clause after a colon is no gloss",
			"毛宁: China firmly opposes that.",
			[]hg{{"毛宁", ""}}},
		{"English before a spaced dash",
			"Key term: common prosperity — 共同富裕",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"English before a colon, the run ending the line",
			"Common prosperity: 共同富裕",
			[]hg{{"共同富裕", "Common prosperity"}}},
		{"a name after an article, set off by commas",
			"Officials promoted 一带一路, the Belt and Road Initiative, abroad.",
			[]hg{{"一带一路", "Belt and Road Initiative"}}},
		{"an office after a name is no gloss",
			"The envoy met 王毅, the Foreign Minister, in Munich.",
			[]hg{{"王毅", ""}}},
		{"lower-case words after an article and a dash are a description",
			"Questions went to 毛宁 — the spokesperson — first.",
			[]hg{{"毛宁", ""}}},
		{"an article before a name in the parenthesis",
			"A statement from 国台办 (the Taiwan Affairs Office) followed.",
			[]hg{{"国台办", "Taiwan Affairs Office"}}},
		{"a capitalised article belongs to the name",
			"The story ran in 澎湃新闻 (The Paper) first.",
			[]hg{{"澎湃新闻", "The Paper"}}},
		{"pinyin and a colon before the English in the parenthesis",
			"Xi stressed 共同富裕 (gòngtóng fùyù: common prosperity) again.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"a label and a colon before the English in the parenthesis",
			"Xi stressed 共同富裕 (lit: common prosperity) again.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"straight single quotation marks",
			"The slogan 共同富裕 ('common prosperity') returned.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"a lead-in with a verb",
			"The slogan 共同富裕 (which translates to \"common prosperity\") returned.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"toned pinyin in the parenthesis, English after it",
			"The term 内卷 (nèijuǎn), meaning involution, spread online.",
			[]hg{{"内卷", "involution"}}},
		{"a quotation with its comma inside, or and the run",
			"Xi called for \"new quality productive forces,\" or 新质生产力, in 2023.",
			[]hg{{"新质生产力", "new quality productive forces"}}},
		{"a long title holding a word that is also a title",
			"The Decision of the CCP Central Committee on Some Major Issues Concerning Comprehensively Deepening Reform (中共中央关于全面深化改革若干重大问题的决定) was adopted.",
			[]hg{{"中共中央关于全面深化改革若干重大问题的决定", "Decision of the CCP Central Committee on Some Major Issues Concerning Comprehensively Deepening Reform"}}},
		{"the name of a body opening with a word that is also a title",
			"The General Office of the CCP Central Committee (中共中央办公厅) issued it.",
			[]hg{{"中共中央办公厅", "General Office of the CCP Central Committee"}}},
		{"traditional characters",
			"Premier Su Tseng-chang (蘇貞昌) met the Straits Exchange Foundation (海峽交流基金會).",
			[]hg{{"蘇貞昌", "Su Tseng-chang"}, {"海峽交流基金會", "Straits Exchange Foundation"}}},
		{"X (hanzi, pinyin) and X (pinyin hanzi)",
			"Xi stressed common prosperity (共同富裕, gòngtóng fùyù) and self-reliance (zìlì gēngshēng 自力更生).",
			[]hg{{"共同富裕", "common prosperity"}, {"自力更生", "self-reliance"}}},

		// Titles introduced, translations after "as", appositions.
		{"a long quotation right before a long run",
			"Delegates vowed ‘to firmly uphold the central authority of the Party in all matters of policy’ 坚决维护党中央权威和集中统一领导 at the plenum.",
			[]hg{{"坚决维护党中央权威和集中统一领导", "to firmly uphold the central authority of the Party in all matters of policy"}}},
		{"a long quotation right before a short run is speech",
			"He said ‘we must all work much harder on this than ever before’ 努力 again.",
			[]hg{{"努力", ""}}},
		{"as and a quotation after the run",
			"I render Xiānjìn 先进 as \"Advanced\" throughout.",
			[]hg{{"先进", "Advanced"}}},
		{"a title after titled, in sentence case",
			"Xinhua ran a notice titled Li Qiang chairs executive meeting on flood relief 李强主持召开国务院常务会议 that night.",
			[]hg{{"李强主持召开国务院常务会议", "Li Qiang chairs executive meeting on flood relief"}}},
		{"a noun phrase, a comma, pinyin and the run",
			"Their status as new political slogans, kouhao 口号, was clear.",
			[]hg{{"口号", "new political slogans"}}},
		{"a quotation, or, pinyin and the run",
			"Editors favour “positive energy,” or zhengnengliang 正能量, in headlines.",
			[]hg{{"正能量", "positive energy"}}},
		{"a word for a term alone before the pinyin is no gloss",
			"They used the slogan, kouhao 口号, often.",
			[]hg{{"口号", ""}}},
		{"a headline after the bodies issuing it, its English and date after it",
			"国务院 国家发展改革委印发《关于促进民营经济发展壮大的意见》 Opinions on Promoting the Growth of the Private Economy [Full Text] (July 19)",
			[]hg{{"国务院", ""}, {"国家发展改革委印发《关于促进民营经济发展壮大的意见》", "Opinions on Promoting the Growth of the Private Economy [Full Text]"}}},

		{"a closed quotation of three words a character glosses an idiom whole",
			"In his words, “the East is rising and the West is declining” (东升西降).",
			[]hg{{"东升西降", "the East is rising and the West is declining"}}},
		{"an article before a clause in the parenthesis stays",
			"The phrase “东升西降” (the East is rising and the West is declining) spread.",
			[]hg{{"东升西降", "the East is rising and the West is declining"}}},
		{"an unquoted noun phrase, or, pinyin before the parenthesis",
			"Analysts call it involution, or nèijuǎn (内卷).",
			[]hg{{"内卷", "involution"}}},

		{"a title ending in the years it covers",
			"He cited the Outline for Building a Powerful Education Nation (2024-2035) (教育强国建设规划纲要).",
			[]hg{{"教育强国建设规划纲要", "Outline for Building a Powerful Education Nation (2024-2035)"}}},
		{"a year in a parenthesis after lower-case words is no title",
			"Cadres studied the new plans (2021) (规划) closely.",
			[]hg{{"规划", ""}}},

		// Side by side without brackets, as essays in translation print
		// both languages: where the article prints a name so, a lower-case
		// noun phrase right before a run glosses it; elsewhere it does not.
		{"side by side: a noun phrase after a possessive",
			"The jurist Xu Zhangrun 許章潤 deplored its cult of personality 個人崇拜 at length.",
			[]hg{{"許章潤", "Xu Zhangrun"}, {"個人崇拜", "cult of personality"}}},
		{"side by side: after an article and after a preposition",
			"Liu Xiaobo 劉曉波 wrote of political sincerity 政治誠意 and of a reformer 改革家 long ago.",
			[]hg{{"劉曉波", "Liu Xiaobo"}, {"政治誠意", "political sincerity"}, {"改革家", "reformer"}}},
		{"side by side: a word for a term names the run",
			"Wang Huning 王沪宁 coined the slogan 四个自信 in the essay.",
			[]hg{{"王沪宁", "Wang Huning"}, {"四个自信", ""}}},
		{"not side by side: a noun phrase before a run is running text",
			"Editors praised the rule of law 法治 again.",
			[]hg{{"法治", ""}}},

		// Straight single quotation marks, which may also be apostrophes.
		{"a title in straight single quotes before the run",
			"His essay 'Imminent Fears, Immediate Hopes' 我們當下的恐懼與期待 circulated widely.",
			[]hg{{"我們當下的恐懼與期待", "Imminent Fears, Immediate Hopes"}}},
		{"straight single quotes before a parenthesis, an apostrophe before them",
			"Xi's 'common prosperity' (共同富裕) drive unnerved investors.",
			[]hg{{"共同富裕", "common prosperity"}}},

		// A quotation still open at the parenthesis glosses the run whole;
		// a ’ between two letters inside it is an apostrophe, not its end.
		{"an open quotation with an apostrophe inside",
			"These are, as the saying goes, ‘flaws that can’t hide the jade’s lustre (瑕不掩瑜)’, nothing more.",
			[]hg{{"瑕不掩瑜", "flaws that can’t hide the jade’s lustre"}}},
		{"an open quotation nested in another",
			"He called it “the ‘new normal’ of slower growth (新常态)” in the speech.",
			[]hg{{"新常态", "the ‘new normal’ of slower growth"}}},

		// A translator's square brackets after the run hold its
		// translation whole; a round parenthesis is cut at its commas.
		{"square brackets with a comma inside",
			"See 国务院公报 [State Council Gazette, 2023 edition], p. 4.",
			[]hg{{"国务院公报", "State Council Gazette, 2023 edition"}}},
		{"a round parenthesis with pinyin and English",
			"They vowed 伟大复兴 (weida fuxing, great rejuvenation) again.",
			[]hg{{"伟大复兴", "great rejuvenation"}}},

		// A verb that introduces a list, after a noun, is no part of the
		// first item's gloss.
		{"a list after includes",
			"The doctrine includes public opinion warfare (舆论战) and legal warfare (法律战).",
			[]hg{{"舆论战", "public opinion warfare"}, {"法律战", "legal warfare"}}},

		// A speaker's label in a transcript: the name before the run, not
		// the speech after the colon.
		{"a toned name before the run and a colon",
			"Máo Níng 毛宁: Good afternoon. I have two announcements.",
			[]hg{{"毛宁", "Máo Níng"}}},

		// An office "of" something after a title is no name.
		{"a title and what it is held over",
			"Critics mocked the Chairman of Everything (全面主席) online.",
			[]hg{{"全面主席", "Chairman of Everything"}}},

		// English after the romanisation printed after the run.
		{"or, pinyin, a dash and a lead-in offering two translations",
			"The concept of 斗争, or douzheng — which translates to both “struggle” and “fight” — has resurfaced.",
			[]hg{{"斗争", "struggle"}}},
		{"or, pinyin, and meaning",
			"The party revived 整风, or zhengfeng, meaning “rectification”, last year.",
			[]hg{{"整风", "rectification"}}},
		{"pinyin in the parenthesis, a lead-in with an adverb",
			"The maxim 韬光养晦 (tāoguāng yǎnghuì), often translated as “hide your strength, bide your time,” dates to Deng.",
			[]hg{{"韬光养晦", "hide your strength, bide your time"}}},

		// Quotations before a parenthesis of several runs.
		{"two quotations for two runs",
			"The plenum vowed to “deepen reform” and “expand opening up” (深化改革, 扩大开放) in tandem.",
			[]hg{{"深化改革", "deepen reform"}, {"扩大开放", "expand opening up"}}},
		{"three quotations for three runs",
			"Cadres must be “loyal”, “clean” and “responsible” (忠诚, 干净, 担当) in office.",
			[]hg{{"忠诚", "loyal"}, {"干净", "clean"}, {"担当", "responsible"}}},
		{"one quotation for two runs shares it",
			"Officials praised the “new normal” (新常态, 新发展) repeatedly.",
			[]hg{{"新常态", "new normal"}, {"新发展", "new normal"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tagtest.Sentences(tc.text)
			terms.Tag(context.Background(), a)
			got := termsOf(a)
			if len(got) != len(tc.want) {
				t.Fatalf("%q: got %d terms %+v, want %d", tc.text, len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				if got[i].Hanzi != w.hanzi || got[i].Gloss != w.gloss {
					t.Errorf("%q:\n got  %s %q\n want %s %q", tc.text, got[i].Hanzi, got[i].Gloss, w.hanzi, w.gloss)
				}
			}
		})
	}
}

// TestGlossNounPhrase checks the noun phrase read at the end of a clause,
// word by word, without Chinese.
func TestGlossNounPhrase(t *testing.T) {
	for _, tc := range []struct{ clause, want string }{
		{"the army must carry out political education", "political education"},
		{"funds that will back dual-use research", "dual-use research"},
		{"Tianjin launches green shipping corridors", "green shipping corridors"},
		{"they pursue high-level opening", "high-level opening"},
		{"the launch vehicle", "launch vehicle"},
		{"a new push", "new push"},
		{"firms rolled out trade-in schemes", "trade-in schemes"},
		{"the guiding principle", "guiding principle"},
		{"research on emerging industries", "emerging industries"},
		{"the county is promoting rural revitalization", "rural revitalization"},
		{"officials already implemented river chiefs", "river chiefs"},
		{"a mechanism with support funds", "support funds"},
		{"the rule enshrined data sovereignty", "data sovereignty"},
		{"Guangdong's push for offshore wind", "offshore wind"},
		{"loans to developing countries", "developing countries"},
		{"a plan with supporting measures", "supporting measures"},
		{"efforts to develop smart agriculture", "smart agriculture"},
	} {
		words := glossClauseWords([]rune(tc.clause))
		if got := glossNounPhrase(words); got != tc.want {
			t.Errorf("glossNounPhrase(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

// The given names are read from the lexicon; a title or a
// word of an office is none.
func TestGlossGivenName(t *testing.T) {
	for w, want := range map[string]bool{"Chris": true, "Robin": true, "Security": false, "Minister": false, "chris": false} {
		if got := glossGivenName(w); got != want {
			t.Errorf("glossGivenName(%q) = %v, want %v", w, got, want)
		}
	}
	if strings.Join(glossNameAfterTitle([]string{"for", "Home", "Affairs", "Mary", "Ho"}), " ") != "Mary Ho" {
		t.Error("name after a long title")
	}
}
