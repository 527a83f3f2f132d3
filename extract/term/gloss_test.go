package term

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/internal/tagtest"
	"github.com/claimx/claimx/segment"
)

// A figure indexes its Chinese numeral, as a year written digit by digit
// is read.
func TestHanDigits(t *testing.T) {
	if got := string(hanDigits); got != "〇一二三四五六七八九" {
		t.Errorf("hanDigits = %q", got)
	}
}

// TestTermsGloss checks the gloss read for each run in sentences of the
// shapes the gloss rules cover, and the near misses they must leave alone.
func TestTermsGloss(t *testing.T) {
	terms := New(segment.LoadChinese)
	type hg struct{ hanzi, gloss string }
	for _, tc := range []struct {
		name, text string
		want       []hg
	}{
		// An encyclopedia's definition: its subject, whole, glosses the run
		// its labelled parenthesis holds before the verb "to be".
		{"definition's gerund subject",
			"Building a beautiful countryside (Chinese: 建设美丽乡村; pinyin: jiànshè měilì xiāngcūn) is a rural policy.",
			[]hg{{"建设美丽乡村", "Building a beautiful countryside"}}},
		{"definition's subject after an opening phrase, with its other name",
			"In Guangdong, village cadres or grassroots officials (simplified Chinese: 基层干部) are the first to act.",
			[]hg{{"基层干部", "village cadres or grassroots officials"}}},
		{"definition's subject in title case",
			"The Strategy for Rural Revitalization (Chinese: 乡村振兴战略) was launched in 2017.",
			[]hg{{"乡村振兴战略", "Strategy for Rural Revitalization"}}},
		{"no definition: a verb inside the sentence before the parenthesis",
			"Hebei opened rural service stations (Chinese: 农村服务站) last year.",
			[]hg{{"农村服务站", "rural service stations"}}},
		{"no definition: a title before a name",
			"Premier Li Qiang (Chinese: 李强) is expected to attend.",
			[]hg{{"李强", "Li Qiang"}}},
		{"no definition: a former office before a name",
			"Former president Hu Jintao (Chinese: 胡锦涛) was led out of the hall.",
			[]hg{{"胡锦涛", "Hu Jintao"}}},
		{"no definition: an owner before the subject",
			"Sichuan's county fairs (Chinese: 县城集市) are busy in spring.",
			[]hg{{"县城集市", "county fairs"}}},
		// Curly marks typed the wrong way round open no quotation.
		{"a closing mark typed as an opening one",
			"The “Rural Credit Pilot“ (农村信用试点) and the Provincial Finance Bureau (省财政厅) signed it.",
			[]hg{{"农村信用试点", "Rural Credit Pilot"}, {"省财政厅", "Provincial Finance Bureau"}}},
		{"an apostrophe typed as an opening mark",
			"Officials said it‘s run by the Municipal Statistics Bureau (市统计局) now.",
			[]hg{{"市统计局", "Municipal Statistics Bureau"}}},
		{"a possessive's mark typed as an opening one",
			"Staff of the Academy of Agricultural Sciences ‘s seed bank met the Provincial Seed Station (省种子站) later.",
			[]hg{{"省种子站", "Provincial Seed Station"}}},
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

		// A lead-in that translates may introduce a clause, one that renames
		// only a noun phrase; an aside between dashes glosses the run whole.
		{"a translation after a lead-in is a clause",
			"Xi revived the line 江山就是人民，人民就是江山, meaning the country is its people, last year.",
			[]hg{{"江山就是人民，人民就是江山", "the country is its people"}}},
		{"a literal translation as a clause",
			"Cadres were told to 撸起袖子加油干, literally roll up their sleeves and work hard.",
			[]hg{{"撸起袖子加油干", "roll up their sleeves and work hard"}}},
		{"a renaming lead-in takes no clause",
			"Young workers call it 内卷, or people compete ever harder for less, online.",
			[]hg{{"内卷", ""}}},
		{"an aside between dashes",
			"Deng’s maxim 韬光养晦 – hide one’s strength, bide one’s time – shaped policy.",
			[]hg{{"韬光养晦", "hide one’s strength, bide one’s time"}}},
		{"an aside opening with an article glosses a phrase, not a name",
			"The phrase 中华民族伟大复兴 – the great rejuvenation of the Chinese nation – recurs; 毛宁 — the spokesperson — agreed.",
			[]hg{{"中华民族伟大复兴", "great rejuvenation of the Chinese nation"}, {"毛宁", ""}}},
		{"an aside that ends a sentence is no gloss",
			"They pledged ‘to safeguard the core’ 坚决维护核心 — a new loyalty test. Others cited a slogan — later.",
			[]hg{{"坚决维护核心", "to safeguard the core"}}},
		{"a preposition opening the clause is not the name's",
			"In Matsu (馬祖), voters chose a new magistrate; at Kinmen (金门) ferries stopped.",
			[]hg{{"馬祖", "Matsu"}, {"金门", "Kinmen"}}},
		{"a title may open with a preposition",
			"Mao’s essay On Contradiction (矛盾论) is still taught.",
			[]hg{{"矛盾论", "On Contradiction"}}},

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

		// A document's English title is read whole, however long, with the
		// prepositions inside it; a numbered part of the document before
		// it, or a clause it closes, is not the title's.
		{"title of nineteen words (ministry notice)",
			"In 2021 the Central Committee issued the Opinions on Further Easing the Burden of Excessive Homework and Off-Campus Tutoring for Students at the Compulsory Education Stage (关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见).",
			[]hg{{"关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见", "Opinions on Further Easing the Burden of Excessive Homework and Off-Campus Tutoring for Students at the Compulsory Education Stage"}}},
		{"title with through (think tank)",
			"Beijing's Guidelines for Building a Strong Nation through Education (教育强国建设规划纲要) set goals for 2035.",
			[]hg{{"教育强国建设规划纲要", "Guidelines for Building a Strong Nation through Education"}}},
		{"title with between and by (law firm note)",
			"Awards under the Rules on Disputes between Investors Settled by Arbitration (投资者仲裁规则) are final.",
			[]hg{{"投资者仲裁规则", "Rules on Disputes between Investors Settled by Arbitration"}}},
		{"an article of the law before its title (NPC digest)",
			"Article 23 of the Law on Safeguarding National Security in the Hong Kong Special Administrative Region (香港国安法) applies.",
			[]hg{{"香港国安法", "Law on Safeguarding National Security in the Hong Kong Special Administrative Region"}}},
		{"a section before the title (wire)",
			"Section 301 of the Trade Act (贸易法) was invoked again.",
			[]hg{{"贸易法", "Trade Act"}}},
		{"a name as a clause preposition opens (blog)",
			"It is known in Chinese as the Ten Thousand Villages Project (万村工程).",
			[]hg{{"万村工程", "Ten Thousand Villages Project"}}},

		// A quotation in a parenthesis is one gloss, commas and all.
		{"quoted gloss with a comma (newsletter)",
			"The plan is called 东数西算 (\"eastern data, western computing\") in official media.",
			[]hg{{"东数西算", "eastern data, western computing"}}},
		{"curly-quoted title with a comma (think tank)",
			"The slogan 稳中求进 (“Seek Progress, Maintain Stability”) returned.",
			[]hg{{"稳中求进", "Seek Progress, Maintain Stability"}}},
		{"pinyin, then a quotation with a comma",
			"They call it 东数西算 (dōng shù xī suàn, “eastern data, western computing”).",
			[]hg{{"东数西算", "eastern data, western computing"}}},
		// A relative pronoun and adverbs before a lead-in belong to it.
		{"which roughly translates as (magazine)",
			"The phrase 东数西算, which roughly translates as “eastern data, western computing,” was coined in 2022.",
			[]hg{{"东数西算", "eastern data, western computing"}}},
		{"which literally means (blog)",
			"Netizens say 躺平, which literally means “lying flat.”",
			[]hg{{"躺平", "lying flat"}}},
		{"which is no lead-in",
			"They use 躺平, which spread online in 2021.",
			[]hg{{"躺平", ""}}},
		// After "or", a gerund's phrase glosses the run; a clause does not.
		{"or and a gerund (wire)",
			"Beijing calls this 以台制华, or using Taiwan to contain China.",
			[]hg{{"以台制华", "using Taiwan to contain China"}}},
		{"or and a gerund mid-sentence (think tank)",
			"Officials stressed 稳字当头, or putting stability first, at the meeting.",
			[]hg{{"稳字当头", "putting stability first"}}},
		{"or and a clause",
			"Firms must comply with 数据安全法, or they face fines.",
			[]hg{{"数据安全法", ""}}},
		{"or and a pronoun in -thing",
			"They wanted 躺平, or nothing at all.",
			[]hg{{"躺平", ""}}},
		// A glossary's entry: a list item of the run and its English.
		{"glossary entry after a dash (blog)",
			"- 韬光养晦 keep a low profile",
			[]hg{{"韬光养晦", "keep a low profile"}}},
		{"glossary entry after a bullet, a symbol after it",
			"• 新常态 new normal ∞",
			[]hg{{"新常态", "new normal"}}},
		{"glossary entry after a number, a parenthesis in it (primer)",
			"3. 背水一战 fight with one's back to the river (a last stand)",
			[]hg{{"背水一战", "fight with one's back to the river (a last stand)"}}},
		{"a quoted Chinese title, its translation in brackets (reference list)",
			`2. ^ "央行召开会议, 部署哪些工作?" [The central bank held a meeting: what work did it plan?]. Daily Finance (in Chinese).`,
			[]hg{{"央行召开会议, 部署哪些工作?", "The central bank held a meeting: what work did it plan?"}}},
		// A term's forms in two scripts, each labelled, in one parenthesis.
		{"labelled forms share the phrase before the parenthesis (encyclopedia)",
			"In the mainland, county-level cities (simplified Chinese: 县级市; traditional Chinese: 縣級市) are common.",
			[]hg{{"县级市", "county-level cities"}, {"縣級市", "county-level cities"}}},
		{"two terms in one parenthesis still take one part each",
			"They were told to \"unite\" and \"consolidate\" (团结, 巩固).",
			[]hg{{"团结", "unite"}, {"巩固", "consolidate"}}},
		// A known place's name opening the sentence stays its gloss.
		{"a known place opening the sentence, its meaning after (travel guide)",
			"Nanjing (南京), meaning \"southern capital\", was the capital of several dynasties.",
			[]hg{{"南京", "Nanjing"}}},
		// A headline of the run, its romanisation, a subtitle.
		{"a headline's subtitle after the run and its romanisation",
			"茶 (Chá) – How One Leaf Shaped the Trade Routes of Asia\n\nTea came by sea.",
			[]hg{{"茶", "Chá"}}},
		{"a short English phrase after the dash still glosses the run",
			"茶 (chá) – tea leaves\n\nTea came by sea.",
			[]hg{{"茶", "tea leaves"}}},
		// A headword alone on its line, its sense on the line under it.
		{"a headword over its sense in lower case (slang dictionary)",
			"摆烂\n\nletting it rot\nWhen giving up feels better than trying.",
			[]hg{{"摆烂", "letting it rot"}}},
		{"a clause's start or a wrapped line under a headword is no sense of it",
			"中国梦\n\nand the party line\n\n欢迎\n\nwelcome banners hung\nacross the street in May.",
			[]hg{{"中国梦", ""}, {"欢迎", ""}}},
		{"a heading or a sentence under a headword is no sense of it",
			"摆烂\n\nKey Facts\n\nSee below.\n\n躺平\n\nthe word spread in 2021.",
			[]hg{{"摆烂", ""}, {"躺平", ""}}},
		// An example sentence and its translation (phrasebook, slang guide).
		{"an example sentence, its romanisation, its translation on the line",
			"Example: 我们明天见。(Wǒmen míngtiān jiàn.) See you tomorrow.\nE.g. 你真厉害！ You're amazing!",
			[]hg{{"我们明天见", "See you tomorrow."}, {"你真厉害", "You're amazing!"}}},
		{"a label closed by a full-width colon",
			"Example： 我们明天见。 See you tomorrow.",
			[]hg{{"我们明天见", "See you tomorrow."}}},
		{"an example sentence, its translation alone on the next line",
			"Usage\n\n今天加班到十点。\n\nI worked overtime until ten today.\n\nOrigins",
			[]hg{{"今天加班到十点", "I worked overtime until ten today."}}},
		{"a paragraph after a Chinese sentence is the article's own",
			"He wrote:\n\n我们要坚持高质量发展。\n\nThe statement marked a shift. Analysts agreed.",
			[]hg{{"我们要坚持高质量发展", ""}}},
		{"a Chinese sentence inside running English, or quoted",
			"He said 我们明天见。 Then he left.\n“今天加班到十点。” She sighed.",
			[]hg{{"我们明天见", ""}, {"今天加班到十点", ""}}},
		{"a name's word holding a figure in the parenthesis (news)",
			"Students held up the 白纸运动 (A4 movement) sheets, and the 二十国集团峰会 (G20 summit) opened.",
			[]hg{{"白纸运动", "A4 movement"}, {"二十国集团峰会", "G20 summit"}}},
		{"a date with an ordinal in the parenthesis glosses nothing",
			"Readers recalled 五四运动 (May 4th) fondly.",
			[]hg{{"五四运动", ""}}},
		{"a numbered list item: English, the run, its pinyin (phrasebook)",
			"Key phrases\n\n1. Ecological civilisation 生态文明 (shēngtài wénmíng)\n2) Rule of law 法治 (fǎzhì)",
			[]hg{{"生态文明", "Ecological civilisation"}, {"法治", "Rule of law"}}},
		{"a bulleted list item: English, then the run",
			"• Dual circulation 双循环\n• Targeted poverty relief 精准扶贫",
			[]hg{{"双循环", "Dual circulation"}, {"精准扶贫", "Targeted poverty relief"}}},
		{"the owner opening a title line is not the run's (digest)",
			"4b. Li's Remarks on Rural Work 农村工作讲话",
			[]hg{{"农村工作讲话", "Remarks on Rural Work"}}},
		{"a common noun's possessive opening a heading line stays",
			"3. Life's little pleasures 小确幸 (xiǎo quèxìng)",
			[]hg{{"小确幸", "Life's little pleasures"}}},
		{"a name's romanisation before a colon, a quotation after it",
			"The theme returns to Xí Jìnpíng 习近平: “build a strong country”.",
			[]hg{{"习近平", "Xí Jìnpíng"}}},
		{"a numbered list item that is a sentence ending in the run",
			"2. The Party calls this 共同富裕",
			[]hg{{"共同富裕", ""}}},
		{"the run's romanisation opening a glossary line, a mark after the run",
			"Slang to know\nTǎngpíng 躺平 – lying flat\nFóxì 佛系: Buddha-like indifference",
			[]hg{{"躺平", "lying flat"}, {"佛系", "Buddha-like indifference"}}},
		{"a name opening the line before a dash stays the gloss",
			"Wang Yi 王毅 – the foreign minister – spoke first.",
			[]hg{{"王毅", "Wang Yi"}}},
		{"a list item that is a sentence about the run",
			"- 共同富裕 is the goal of the plan",
			[]hg{{"共同富裕", ""}}},
		{"a list item with a verb of saying after a name",
			"- 毛宁 said the visit went well",
			[]hg{{"毛宁", ""}}},
		{"a list item of a document, its English title and the date of issue (digest)",
			"- 国务院印发《质量强国建设纲要》 Outline for Building a Strong Nation Based on Quality (2023-02-06)",
			[]hg{{"国务院印发《质量强国建设纲要》", "Outline for Building a Strong Nation Based on Quality"}}},
		{"a line opened by the run, a dash and its English (briefing)",
			"Watchwords of the plenum:\n依法治国 — governing the country by law\n改革开放 – reform and opening up",
			[]hg{{"依法治国", "governing the country by law"}, {"改革开放", "reform and opening up"}}},
		{"a line opened by the run, a colon and its English (course notes)",
			"稳中求进: seeking progress while keeping stable\n• 新发展理念: new development philosophy",
			[]hg{{"稳中求进", "seeking progress while keeping stable"}, {"新发展理念", "new development philosophy"}}},
		{"a speaker's name and a colon open a turn, no entry",
			"汪文斌: We have no information on that",
			[]hg{{"汪文斌", ""}}},
		{"a line opened by the run and a sentence about it",
			"共同富裕: the Party says it will come by 2049, not sooner.",
			[]hg{{"共同富裕", ""}}},
		// A heading of English and the run on a line of its own.
		{"a heading in sentence case, then its run (explainer)",
			"Go with the flow 随大流\n\nThe phrase dates from the 1990s.\n\nCut the leeks 割韭菜\n\nRetail investors use it.",
			[]hg{{"随大流", "Go with the flow"}, {"割韭菜", "Cut the leeks"}}},
		{"a line that says something about the run is no heading",
			"Xi stressed 共同富裕\n\nThe slogan 双循环\n\nIt was new.",
			[]hg{{"共同富裕", ""}, {"双循环", ""}}},
		// A slogan's halves a space apart, its translation's a comma apart.
		{"a spaced slogan and its translation in a parenthesis (Hong Kong news)",
			"Marchers chanted 守護台灣 守護民主 (Guard Taiwan, guard democracy) outside.",
			[]hg{{"守護台灣 守護民主", "Guard Taiwan, guard democracy"}}},
		{"a spaced slogan and its translation after a colon (explainer)",
			"撐香港 撐自由: Stand with Hong Kong, stand with freedom",
			[]hg{{"撐香港 撐自由", "Stand with Hong Kong, stand with freedom"}}},
		// A romanisation other than pinyin, then the translation.
		{"Cantonese in the parenthesis, the translation after a lead-in",
			"The chant was 齊上齊落 (Cai Soeng Cai Lok), which means \"we rise and fall together.\"",
			[]hg{{"齊上齊落", "we rise and fall together"}}},
		{"English of as many short words as characters stays the gloss",
			"The 两会 (Two Sessions) open in March.",
			[]hg{{"两会", "Two Sessions"}}},
		// A dash after the run that sets its translation off to the end
		// of the sentence.
		{"a dash and a translation to the sentence's end (newsletter)",
			"Officials revived 实事求是 – seek truth from facts. Few noticed.",
			[]hg{{"实事求是", "seek truth from facts"}}},
		{"a dash and a translation with a possessive in it",
			"The motto became 自力更生 - rely on our own strength.",
			[]hg{{"自力更生", "rely on our own strength"}}},
		{"a dash and a description with an article is no translation",
			"Beijing launched 双减 – a policy that gutted tutoring firms.",
			[]hg{{"双减", ""}}},
		{"a dash and a clause about the run is no translation",
			"Then came 内卷 – it spread to every office.",
			[]hg{{"内卷", ""}}},
		// Its romanisation across a slash, its translation after that.
		{"a character and its pinyin across a slash, then what it means (learner's blog)",
			"Take \"躺/tǎng\", which means \"to lie down\", and \"平/píng\", which means \"flat\".",
			[]hg{{"躺", "to lie down"}, {"平", "flat"}}},
		// A quotation right after the run inside a parenthesis.
		{"examples in a parenthesis, each run with its quotation (encyclopedia)",
			"Some compounds are neutral (e.g., xuānchuán gōngzuò 宣传工作 \"publicity work\"), others not (宣传品 \"propaganda material\").",
			[]hg{{"宣传工作", "publicity work"}, {"宣传品", "propaganda material"}}},
		// A label before a colon or glued to the run is no gloss.
		{"a picture's credit and a language's label before a colon",
			"Photo: 新华社\n\nRead in Chinese: 中文版",
			[]hg{{"新华社", ""}, {"中文版", ""}}},
		{"an infobox's script labels glued to the run",
			"Simplified Chinese中国共产党\nTraditional Chinese中國共產黨",
			[]hg{{"中国共产党", ""}, {"中國共產黨", ""}}},
		// A parenthesis the run opens, with a year after it.
		{"a person's life dates after the run in its parenthesis (history blog)",
			"The essayist Hu Shih (胡适, 1891–1962) argued for the vernacular.",
			[]hg{{"胡适", "Hu Shih"}}},
		{"a year of publication after the run in its parenthesis",
			"An editorial in the Guangming Daily (光明日报, 2019) agreed.",
			[]hg{{"光明日报", "Guangming Daily"}}},
		{"a source's parenthesis after the run glosses nothing",
			"The idea of 网络主权 (Xinhua, 2014) spread.",
			[]hg{{"网络主权", ""}}},
		// Straight single quotation marks cut off at the gloss's end.
		{"a single-quoted gloss after or, its mark closing after a comma (blog)",
			"Two words went viral: fenqing (愤青), or 'angry youth,' and 佛系.",
			[]hg{{"愤青", "angry youth"}, {"佛系", ""}}},
		{"a single-quoted gloss after meaning, its mark after the stop",
			"Many chose bailan (摆烂), meaning 'letting it rot.' Others did not.",
			[]hg{{"摆烂", "letting it rot"}}},
		// The run's pinyin in the parenthesis makes even a word for a term
		// before it the run's translation.
		{"a word for a term before pinyin and the run (academic)",
			"These are slogans, or specific formulations (tifa 提法), of the leadership.",
			[]hg{{"提法", "specific formulations"}}},
		{"a word for a term before the run and its pinyin",
			"Every campaign has its slogan (口号, kouhao) on banners.",
			[]hg{{"口号", "slogan"}}},
		{"a word for a term before the run alone names it",
			"Officials repeated the slogan (共同富裕) at every stop.",
			[]hg{{"共同富裕", ""}}},
		// A run set off by commas after the romanisation that spells it.
		{"a name in apposition (wire)",
			"Foreign Ministry spokesman Zhao Lijian, 赵立坚, said the visit went well.",
			[]hg{{"赵立坚", "Zhao Lijian"}}},
		{"toned pinyin in apposition (newsletter)",
			"The term gòngtóng fùyù, 共同富裕, returned in 2021.",
			[]hg{{"共同富裕", "gòngtóng fùyù"}}},
		{"English in apposition is a description",
			"The slogan, 共同富裕, returned in 2021.",
			[]hg{{"共同富裕", ""}}},
		// English after the romanisation printed after the run.
		{"romanisation, then a lead-in and English (blog)",
			"The word is 内卷 nèijuǎn, meaning involution, and it spread.",
			[]hg{{"内卷", "involution"}}},
		// A possessive right before a run owns it and does not gloss it.
		{"a possessive owner before the run (wire)",
			"China's 双减 policy targeted tutoring firms.",
			[]hg{{"双减", ""}}},
		// The noun a run modifies stands between it and its gloss.
		{"a possessive owner, the noun, its parenthesis (wire)",
			"China's 双减 policy (\"double reduction\") targeted tutoring firms.",
			[]hg{{"双减", "double reduction"}}},
		{"the noun a run modifies, then a lead-in (think tank)",
			"The 强基 program, or \"Strengthening Foundations\", admits few students.",
			[]hg{{"强基", "Strengthening Foundations"}}},
		{"the noun a run modifies, then a parenthesis with a name (newspaper)",
			"Beijing folded the 千人计划 program (Thousand Talents Plan) in 2018.",
			[]hg{{"千人计划", "Thousand Talents Plan"}}},
		{"a verb after the run is no noun it modifies (blog)",
			"Xi's 共同富裕 spread (slowly) through the provinces.",
			[]hg{{"共同富裕", ""}}},
		{"a state's possessive before a law (newspaper)",
			"Critics say Hong Kong's 国安法 has chilled speech.",
			[]hg{{"国安法", ""}}},
		{"a name's possessive that spells the run glosses it",
			"He reads Xi Jinping's 习近平 speeches closely.",
			[]hg{{"习近平", "Xi Jinping"}}},
		// A quotation after "means" opens with its own word, however
		// that word ends, not an adverb of the verb.
		{"a quotation after means opening with a word in -ly (magazine)",
			"The station's name, 天宫, means \"heavenly palace\".",
			[]hg{{"天宫", "heavenly palace"}}},
		{"an adverb before means still reads as one (blog)",
			"Its name 天宫 literally means \"palace in the sky\".",
			[]hg{{"天宫", "palace in the sky"}}},
		// The word for some English is the run.
		{"the word for a quotation is the run (explainer)",
			"The Mandarin word for \"harmony\" is 和谐, a Hu-era watchword.",
			[]hg{{"和谐", "harmony"}}},
		{"the term for a phrase was the run (blog)",
			"Back then the slang term for mutual destruction was 揽炒.",
			[]hg{{"揽炒", "mutual destruction"}}},
		{"a reason for something is no word for it (newspaper)",
			"The reason for this is 内卷 at every level.",
			[]hg{{"内卷", ""}}},
		// A translator's brackets on the line after a quoted run.
		{"a translator's brackets on the next line (digest)",
			"Read the editorial in Chinese: '美国的霸权主义必将失败'\n[American hegemonism is bound to fail]\n\nIt ran on page 3.",
			[]hg{{"美国的霸权主义必将失败", "American hegemonism is bound to fail"}}},
		{"straight quotes around the run, then its parenthesis (blog)",
			"Young people say \"摆烂\" (letting it rot) a lot.",
			[]hg{{"摆烂", "letting it rot"}}},
		// A glossary's heading line: a lead-in opens the English after
		// the run's pinyin, no part of the gloss.
		{"a heading line with a lead-in after the dash (glossary)",
			"草泥马 (cǎo ní mǎ) — Meaning 'grass mud horse'\n\nThe term mocks the censors.",
			[]hg{{"草泥马", "grass mud horse"}}},
		// A plural opening the sentence is its subject, the word after it
		// a verb, no part of the noun phrase before the parenthesis.
		{"a plural subject and its verb before the phrase (wire)",
			"Diplomats prize strategic autonomy (战略自主) above all.",
			[]hg{{"战略自主", "strategic autonomy"}}},
		{"a capitalised noun phrase opening the sentence stays whole (blog)",
			"Grid management (网格化管理) spread after 2004.",
			[]hg{{"网格化管理", "Grid management"}}},
		// An acronym joined by ", or" to the name before it gives way to
		// the name when the run spells the name out.
		{"a name, or its acronym, before the name in full (wire)",
			"The State Administration for Market Regulation, or SAMR (国家市场监督管理总局), fined the firm.",
			[]hg{{"国家市场监督管理总局", "State Administration for Market Regulation"}}},
		{"a name, or its acronym, before a short name (newspaper)",
			"The Cyberspace Administration of China, or CAC (网信办), issued rules.",
			[]hg{{"网信办", "CAC"}}},
		// A romanisation other than pinyin in the parenthesis gives way
		// to the quoted translation after it; a person's name does not.
		{"Cantonese romanisation, then the quoted translation (newspaper)",
			"Activists spoke of 攬炒 (laam caau, \"mutual destruction\") in 2020.",
			[]hg{{"攬炒", "mutual destruction"}}},
		{"a Cantonese name, then a quoted epithet (magazine)",
			"Fans adored 周庭 (Chow Ting, \"the goddess of democracy\") for years.",
			[]hg{{"周庭", "Chow Ting"}}},
		// A glossary's line: pinyin, the run, English, dashes between.
		{"pinyin, run and English a dash apart (glossary)",
			"Terms to know:\nzhengzhi anquan – 政治安全 – political security\nwending – 稳定 – stability",
			[]hg{{"政治安全", "political security"}, {"稳定", "stability"}}},
		{"a name a dash before the run stays its gloss (newspaper)",
			"Then Li Qiang — 李强 — took the stage.",
			[]hg{{"李强", "Li Qiang"}}},
		// A name that ends in a number, printed right before the run.
		{"a name ending in a number before the run (newspaper)",
			"The probe Chang'e 6 嫦娥六号 brought back samples.",
			[]hg{{"嫦娥六号", "Chang'e 6"}}},
		{"a ship's name ending in a number before the run (think tank)",
			"The survey ship Xiang Yang Hong 10 向阳红10 sailed south.",
			[]hg{{"向阳红10", "Xiang Yang Hong 10"}}},
		// A company's legal form keeps its full stop in the name.
		{"a legal form's full stop before the parenthesis (wire)",
			"Investors bought Contemporary Amperex Technology Co. (CATL, 宁德时代) shares.",
			[]hg{{"宁德时代", "Contemporary Amperex Technology Co."}}},
		// A parenthesis typed twice is one.
		{"a doubled parenthesis (blog)",
			"Officials speak of \"risk prevention\" ((防范风险)) constantly.",
			[]hg{{"防范风险", "risk prevention"}}},
		// A title's opening mark is the run's: English right before it
		// glosses the run as it would the run itself.
		{"a quoted title before the run's title marks (think tank)",
			"The rules \"Measures on Managing Data Exports\" 《数据出境管理办法》 took effect.",
			[]hg{{"数据出境管理办法", "Measures on Managing Data Exports"}}},
		{"a name before the run's title marks (blog)",
			"The Economic Daily 《经济日报》 ran a front-page essay.",
			[]hg{{"经济日报", "Economic Daily"}}},
		{"one word of the sentence before the run's title marks (newspaper)",
			"In Shanghai 《解放日报》 is read widely, it is said.",
			[]hg{{"解放日报", ""}}},
		// A place's possessive belongs to the gloss when the run names
		// the place too, in any Chinese name the gazetteer lists.
		{"a place's possessive the run names too (think tank)",
			"Its white paper China's Policies on Climate Change (中国应对气候变化的政策与行动) was cited.",
			[]hg{{"中国应对气候变化的政策与行动", "China's Policies on Climate Change"}}},
		{"a place of two words in the possessive (newspaper)",
			"Under Hong Kong's Basic Law (香港基本法), the city keeps its courts.",
			[]hg{{"香港基本法", "Hong Kong's Basic Law"}}},
		{"a place's possessive the run does not name (wire)",
			"China's Ministry of Finance (财政部) cut tariffs.",
			[]hg{{"财政部", "Ministry of Finance"}}},
		// A run of clauses a comma joins takes the English of its
		// parenthesis whole, commas and all.
		{"two clauses and their parenthesis after them (newspaper)",
			"Banners read 打铁还需自身硬，撸起袖子加油干 (to forge iron one must be strong, roll up your sleeves and work hard).",
			[]hg{{"打铁还需自身硬，撸起袖子加油干", "to forge iron one must be strong, roll up your sleeves and work hard"}}},
		{"two clauses opening their parenthesis (blog)",
			"Crowds chanted a slogan (五大诉求，缺一不可, five demands, not one less) for weeks.",
			[]hg{{"五大诉求，缺一不可", "five demands, not one less"}}},
		{"a run without a comma keeps the first piece (think tank)",
			"The goal (共同富裕, common prosperity, gòngtóng fùyù) returned.",
			[]hg{{"共同富裕", "common prosperity"}}},
		// A slash sets a translation off inside the parenthesis.
		{"a slash between the run and its translation (report)",
			"The survey (两岸关系年度报告 / Annual Report on Cross-Strait Relations) came out in May.",
			[]hg{{"两岸关系年度报告", "Annual Report on Cross-Strait Relations"}}},
		// A quotation glosses the run, not the noun after it that says
		// what the quotation names.
		{"a quotation and the noun after it (think tank)",
			"Planners tout the \"new infrastructure\" drive (新基建) as stimulus.",
			[]hg{{"新基建", "new infrastructure"}}},
		{"a quotation and two words after it (newspaper)",
			"Xi's “common prosperity” policy push (共同富裕) rattled markets.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"a quotation and the noun after it, a name in it (magazine)",
			"The “Three Represents” theory (三个代表) admitted entrepreneurs.",
			[]hg{{"三个代表", "Three Represents"}}},
		{"an opening mark before the words is no quotation closing (blog)",
			"He spoke of \"grid management (网格化管理) in every town.",
			[]hg{{"网格化管理", "grid management"}}},
		// A person's name opening a sentence glosses the run, not the
		// office set off after the parenthesis.
		{"a name opening its sentence, an office after it (wire)",
			"Talks stalled. Sun Chunlan (孙春兰), vice premier, flew home.",
			[]hg{{"孙春兰", "Sun Chunlan"}}},
		{"a name opening its paragraph, a role after it (newspaper)",
			"Geng Shuang (耿爽), spokesman, took questions.",
			[]hg{{"耿爽", "Geng Shuang"}}},
		// A comma inside a closing quotation mark ends a piece too.
		{"comma inside the quotation in a parenthesis (magazine)",
			"The mood of 躺平 (literally \"lying flat,\" a rejection of the rat race) spread.",
			[]hg{{"躺平", "lying flat"}}},
		// After "or", a phrase set off by commas is an apposition, no
		// longer than the run has characters.
		{"or and an apposition (think tank)",
			"Xi often cites 百年未有之大变局, or great changes unseen in a century, in speeches.",
			[]hg{{"百年未有之大变局", "great changes unseen in a century"}}},
		{"or and a possessive phrase in apposition (newspaper)",
			"Beijing touts 全过程人民民主, or whole-process people's democracy, abroad.",
			[]hg{{"全过程人民民主", "whole-process people's democracy"}}},
		{"or and an apposition of two words (blog)",
			"Many young people choose 躺平, or lying flat, over the rat race.",
			[]hg{{"躺平", "lying flat"}}},
		{"or and a clause after a dash at the line's end",
			"Young workers call it 内卷 — or people compete ever harder for less",
			[]hg{{"内卷", ""}}},
		{"or and a clause set off by commas",
			"Firms must obey 数据安全法, or they face fines, the regulator said.",
			[]hg{{"数据安全法", ""}}},
		// A parenthesis that opens with the run and gives English after a
		// comma holds the run's translation, unless a quotation before it
		// is the gloss or the English is a literal reading or another name.
		{"run then English in the parenthesis (think tank)",
			"The plenum again promoted (共同富裕, common prosperity) as a goal.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"run then English in the parenthesis after a verb (wire)",
			"Provinces must tighten (数据出境, cross-border data transfers) by June, the regulator said.",
			[]hg{{"数据出境", "cross-border data transfers"}}},
		{"run then English in the parenthesis after a noun of the sentence (ministry)",
			"The ministry cited the campaign (扫黑除恶, sweeping away gangs and evil) in its report.",
			[]hg{{"扫黑除恶", "sweeping away gangs and evil"}}},
		{"run then English after a full-width comma (blog)",
			"Everyone online was talking about it (摆烂，letting it rot) that summer.",
			[]hg{{"摆烂", "letting it rot"}}},
		{"a quotation before the parenthesis stays the gloss (newspaper)",
			"Officials praise “cyber sovereignty” (网络主权, network sovereignty) abroad.",
			[]hg{{"网络主权", "cyber sovereignty"}}},
		{"a literal reading in the parenthesis (magazine)",
			"The region called Xinjiang (新疆, literally New Frontier) is vast.",
			[]hg{{"新疆", "Xinjiang"}}},
		{"another name in the parenthesis (think tank)",
			"Lienchiang County (连江县, also known as Matsu) lies offshore.",
			[]hg{{"连江县", "Lienchiang County"}}},
		// A name printed in plain pinyin in sentence case, a capital
		// inside a sentence, is the run's romanisation and its gloss; at
		// a sentence's start the capital says nothing.
		{"a magazine's name in sentence-case pinyin (journal)",
			"It was named phrase of the year by the magazine Yaowen jiaozi 咬文嚼字 in 2012.",
			[]hg{{"咬文嚼字", "Yaowen jiaozi"}}},
		{"a paper's name in sentence-case pinyin (think tank)",
			"A commentary in Renmin ribao 人民日报 set the line.",
			[]hg{{"人民日报", "Renmin ribao"}}},
		{"plain pinyin opening a sentence is no name",
			"Gongtong fuyu 共同富裕 became the watchword.",
			[]hg{{"共同富裕", ""}}},
		{"plain pinyin in lower case is no name",
			"The slogan gongtong fuyu 共同富裕 spread.",
			[]hg{{"共同富裕", ""}}},
		// A possessive inside a long title is the title's own; one that
		// opens the phrase owns it.
		{"possessive after 'of the' inside a resolution's title (think tank)",
			"The plenum adopted the Resolution on the Major Achievements of the Party’s Centennial Struggle (关于党的百年奋斗重大成就的决议) on Thursday.",
			[]hg{{"关于党的百年奋斗重大成就的决议", "Resolution on the Major Achievements of the Party’s Centennial Struggle"}}},
		{"possessive after a gerund and 'the' inside a title (ministry)",
			"The council issued Opinions on Strengthening the Nation's Grain Reserve Work (关于加强国家粮食储备工作的意见) in May.",
			[]hg{{"关于加强国家粮食储备工作的意见", "Opinions on Strengthening the Nation's Grain Reserve Work"}}},
		{"possessive opening the phrase owns it (newspaper)",
			"Critics fear Beijing's Office for Safeguarding National Security (维护国家安全公署) in the city.",
			[]hg{{"维护国家安全公署", "Office for Safeguarding National Security"}}},
		// A run set off by commas and labelled with its language is
		// glossed by the noun phrase before it.
		{"in Chinese after an apposition (magazine)",
			"Cognitive warfare, 认知战 in Chinese, targets the mind.",
			[]hg{{"认知战", "Cognitive warfare"}}},
		{"in Mandarin after an apposition (ministry)",
			"Provinces were told to strengthen food security, 粮食安全 in Mandarin, this year.",
			[]hg{{"粮食安全", "food security"}}},
		{"in Chinese closing the sentence (newspaper)",
			"The ministry is expanding domestic demand, 扩大内需 in Chinese.",
			[]hg{{"扩大内需", "domestic demand"}}},
		{"in Chinese with no comma before the run is running text",
			"He read about 认知战 in Chinese media.",
			[]hg{{"认知战", ""}}},
		{"in Chinese before a noun is no label",
			"Analysts study cognitive warfare, 认知战 in Chinese doctrine, closely.",
			[]hg{{"认知战", ""}}},
		// A parenthesis closed by the wrong mark is a typist's slip,
		// unless the right mark closes it further on.
		{"round parenthesis closed by a square bracket (think tank)",
			"They include psychological warfare (心理战, xinlizhan], among others.",
			[]hg{{"心理战", "psychological warfare"}}},
		{"square bracket closed by a round parenthesis (blog)",
			"Xi spoke of the struggle spirit [斗争精神) at the school.",
			[]hg{{"斗争精神", "struggle spirit"}}},
		{"a bracket inside a parenthesis closed rightly later (journal)",
			"The term united front (统战 ] sic) recurs.",
			[]hg{{"统战", ""}}},
		// A clause with a verb of translating after the run, its helping
		// verbs, adverbs and its own subject after "which".
		{"translates directly to, after the pinyin (glossary blog)",
			"The Chinese term 发言人 (fāyánrén) translates directly to “spokesperson,” a formal role.",
			[]hg{{"发言人", "spokesperson"}}},
		{"which state media translate as (think tank)",
			"The new watchword is 新质生产力 (xīn zhì shēngchǎnlì), which state media translate as “new quality productive forces.”",
			[]hg{{"新质生产力", "new quality productive forces"}}},
		{"translates literally as, after a relative clause (newspaper)",
			"What cadres call 斗争 translates literally as \"struggle.\"",
			[]hg{{"斗争", "struggle"}}},
		{"is often rendered as (wire)",
			"The phrase 韬光养晦 is often rendered as 'hide one's capabilities', analysts said.",
			[]hg{{"韬光养晦", "hide one's capabilities"}}},
		{"can be translated into English as (ministry transcript)",
			"The term 人类命运共同体 can be translated into English as “community with a shared future for mankind”.",
			[]hg{{"人类命运共同体", "community with a shared future for mankind"}}},
		{"literally means (blog)",
			"Netizens say 内卷, which literally means \"rolling inward\", describes their jobs.",
			[]hg{{"内卷", "rolling inward"}}},
		{"either of two unquoted translations: the first",
			"新质生产力 could be translated as either new quality productivity or a new kind of productive force.",
			[]hg{{"新质生产力", "new quality productivity"}}},
		{"both of two unquoted translations: the first (journal)",
			"The word 斗争 translates as both struggle and fight, scholars note.",
			[]hg{{"斗争", "struggle"}}},
		// A quotation printed right against the run translates it.
		{"a quotation one space after the run (newspaper)",
			"The slogan 房住不炒 “houses are for living in, not for speculation” guides policy.",
			[]hg{{"房住不炒", "houses are for living in, not for speculation"}}},
		{"a straight-quoted translation after the run (wire)",
			"Banners read 不忘初心 \"stay true to the original aspiration\" across the city.",
			[]hg{{"不忘初心", "stay true to the original aspiration"}}},
		{"speech quoted after a run is no translation",
			"The slogan 中国梦 \"is for everyone,\" an official said.",
			[]hg{{"中国梦", ""}}},
		{"a lead-in inside the dashes around the run",
			"The phrase—内外有别, or \"inside and outside are different\"—governs propaganda.",
			[]hg{{"内外有别", "inside and outside are different"}}},
		// An opening quotation mark typed for the closing one.
		{"a quotation closed by an opening mark (think tank)",
			"They founded the “Taiwan Diplomacy Research Center“ (涉台外交研究中心) in 2021.",
			[]hg{{"涉台外交研究中心", "Taiwan Diplomacy Research Center"}}},
		{"an opening mark after a closed quotation opens another",
			"The “Two Sessions” and the “Great Firewall“ (防火长城) were discussed.",
			[]hg{{"防火长城", "Great Firewall"}}},

		// A literal reading after the run's pinyin leaves the name before
		// the parenthesis the gloss; a translation after it is one.
		{"name before, pinyin and lit. inside (encyclopaedia)",
			"The Cultural Revolution (文化大革命, Wénhuà Dàgémìng, lit. \"Great Cultural Revolution\") lasted a decade.",
			[]hg{{"文化大革命", "Cultural Revolution"}}},
		{"pinyin then a translation inside (newsletter)",
			"Officials promoted the idea (共同富裕, gòngtóng fùyù, common prosperity) in 2021.",
			[]hg{{"共同富裕", "common prosperity"}}},

		// A preposition and an article capitalised by the sentence.
		{"At the before a name",
			"At the Two Sessions (两会) in March, delegates approved the plan.",
			[]hg{{"两会", "Two Sessions"}}},
		// A run that enumerates after as many quotations.
		{"quotations listed before an enumerating run (think tank)",
			"The slogans “common prosperity” and “dual circulation” (共同富裕、双循环) recur.",
			[]hg{{"共同富裕、双循环", "common prosperity and dual circulation"}}},
		{"three quotations with commas (newspaper)",
			"Officials stressed \"stability\", \"security\" and \"development\" (稳定、安全、发展).",
			[]hg{{"稳定、安全、发展", "stability, security and development"}}},
		{"a word for a term heads the clause's subject (magazine)",
			"Xi spoke of 共同富裕 — the phrase means common prosperity — at the meeting.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"the term translates as, inside the parenthesis",
			"Officials cite 内卷 (the term translates as involution) often.",
			[]hg{{"内卷", "involution"}}},
		// A word capitalised because it opens the sentence, and the
		// connecting words after it, are no part of the name after them;
		// a name that opens the sentence is whole.
		{"a preposition opening the sentence (law firm note)",
			"Under the Data Security Law of the People's Republic of China (中华人民共和国数据安全法), firms must classify data.",
			[]hg{{"中华人民共和国数据安全法", "Data Security Law of the People's Republic of China"}}},
		{"according to opening the sentence (wire)",
			"According to the State Administration for Market Regulation (国家市场监督管理总局), fines rose.",
			[]hg{{"国家市场监督管理总局", "State Administration for Market Regulation"}}},
		{"a plural that opens sentences, then at the (newspaper)",
			"Officials at the Office of the Central Cyberspace Affairs Commission (中央网络安全和信息化委员会办公室) declined to comment.",
			[]hg{{"中央网络安全和信息化委员会办公室", "Office of the Central Cyberspace Affairs Commission"}}},
		{"a numeral opening the sentence is the name's (think tank)",
			"Two Sessions (两会) delegates arrived on Monday.",
			[]hg{{"两会", "Two Sessions"}}},
		{"an ordinal opening the sentence is the name's (journal)",
			"Third Plenum (三中全会) documents stress reform.",
			[]hg{{"三中全会", "Third Plenum"}}},
		{"an ordinal opening a heading is the name's (explainer)",
			"14th National People's Congress (第十四届全国人民代表大会; Dì shísì jiè quánguó rénmín dàibiǎo dàhuì)",
			[]hg{{"第十四届全国人民代表大会", "14th National People's Congress"}}},
		{"an ordinal after the inside a title (think tank)",
			"Analysts read the Outline of the 14th Five-Year Plan (十四五规划纲要) closely.",
			[]hg{{"十四五规划纲要", "Outline of the 14th Five-Year Plan"}}},
		{"a law's year is no part of its name (blog)",
			"The 2017 National Intelligence Law (国家情报法) obliges firms to cooperate.",
			[]hg{{"国家情报法", "National Intelligence Law"}}},
		{"a year inside the phrase, and what stands before it, are not the name's (journal)",
			"The bureau grew from the WTO desk to a 1998 Trade Rules Office (贸易规则办公室) under the ministry.",
			[]hg{{"贸易规则办公室", "Trade Rules Office"}}},
		{"a run holding 一 in a word counts no year (wire)",
			"In 2005 the Anti-Secession Law (反分裂国家法) was passed; the 2005 Unified Command (统一指挥部) followed.",
			[]hg{{"反分裂国家法", "Anti-Secession Law"}, {"统一指挥部", "Unified Command"}}},
		// Two coordinated noun phrases gloss a run that coordinates too,
		// or two words the last phrase translates but one of.
		{"coordinated words, and in the run (speech)",
			"He spoke of peace and development (和平与发展) at length.",
			[]hg{{"和平与发展", "peace and development"}}},
		{"two words of the run, one per conjunct (history)",
			"The era of reform and opening up (改革开放) began in 1978.",
			[]hg{{"改革开放", "reform and opening up"}}},
		{"two words of the run, a verb before them (editorial)",
			"The plenum stressed unity and struggle (团结奋斗) again.",
			[]hg{{"团结奋斗", "unity and struggle"}}},
		{"the last phrase translates both words: no conjunct (wire)",
			"Beijing weighs economic growth and social stability (社会稳定) alike.",
			[]hg{{"社会稳定", "social stability"}}},
		{"a first conjunct of two words is no word of the run (commentary)",
			"The plenum paired party discipline and self-revolution (自我革命) in one slogan.",
			[]hg{{"自我革命", "self-revolution"}}},
		{"a run that is no two free words takes no conjunct (editorial)",
			"The campaign targets waste and extravagance (奢靡之风) among cadres.",
			[]hg{{"奢靡之风", "extravagance"}}},
		{"与 inside a word of the run coordinates nothing (policy brief)",
			"The rules cover trade and public participation (公众参与机制) in hearings.",
			[]hg{{"公众参与机制", "public participation"}}},
		{"a conjunction of its own in a longer run (speech)",
			"She spoke of development and security (发展和安全) at once.",
			[]hg{{"发展和安全", "development and security"}}},
		// Digits of another script are no number the run is read
		// against (they once crashed the year check), only a word.
		{"Arabic-Indic digits inside a capitalised phrase (wire)",
			"The ministry set up the ٢٠ Trade Rules Office (贸易规则办公室) in Beijing.",
			[]hg{{"贸易规则办公室", "٢٠ Trade Rules Office"}}},
		{"a year the Chinese counts is the name's (newspaper)",
			"The 1992 Consensus (九二共识) remains contested.",
			[]hg{{"九二共识", "1992 Consensus"}}},
		{"a year the Chinese counts, inside the sentence (wire)",
			"Both sides accept the 1992 Consensus (九二共识) as a basis.",
			[]hg{{"九二共识", "1992 Consensus"}}},
		// The run's pinyin opening the sentence gives way to its
		// translation, inside the parenthesis or after it.
		{"sentence-opening pinyin, a semicolon inside (magazine)",
			"Guanxi (关系; personal connections) still matter in business.",
			[]hg{{"关系", "personal connections"}}},
		{"sentence-opening pinyin, or after the parenthesis (blog)",
			"Mianzi (面子), or face, shapes every negotiation.",
			[]hg{{"面子", "face"}}},
		{"sentence-opening pinyin, an aside after the parenthesis (non-US newspaper)",
			"Tangping (躺平) — lying flat — has become a byword for opting out.",
			[]hg{{"躺平", "lying flat"}}},
		{"sentence-opening pinyin with no translation stays the gloss (wire)",
			"Qiushi (求是) published the speech on Monday.",
			[]hg{{"求是", "Qiushi"}}},
		{"a name inside the sentence keeps its romanisation (journal)",
			"The region known as Xinjiang (新疆), or New Frontier, borders eight countries.",
			[]hg{{"新疆", "Xinjiang"}}},
		// An aside between dashes that opens with an article translates a
		// term, not a name, unless it is a clause.
		{"an aside with an article after a term (think tank)",
			"统一战线 — the united front — is one of the Party's magic weapons.",
			[]hg{{"统一战线", "united front"}}},
		// Glossaries and tables.
		{"an equals sign in a glossary line (primer)",
			"统一战线 = united front\n群众路线 = mass line",
			[]hg{{"统一战线", "united front"}, {"群众路线", "mass line"}}},
		{"a table's row: run, pinyin, English (explainer)",
			"统一战线 | tǒngyī zhànxiàn | united front\n群众路线 | qúnzhòng lùxiàn | mass line",
			[]hg{{"统一战线", "united front"}, {"群众路线", "mass line"}}},
		{"a Markdown table's rows opening with a bar (explainer)",
			"| Term | Pinyin | Meaning |\n|---|---|---|\n| 佛系 | foxi | Buddha-like |\n| 摆烂 | Bailan | letting it rot |",
			[]hg{{"佛系", "Buddha-like"}, {"摆烂", "letting it rot"}}},
		{"a table's rows of cells a tab apart (pasted spreadsheet)",
			"Term\tMeaning\n双减\tdouble reduction\n新基建\tnew infrastructure",
			[]hg{{"双减", "double reduction"}, {"新基建", "new infrastructure"}}},
		{"a form's label of the field is no gloss (dictionary site)",
			"Term: 统一战线\nTranslation: united front",
			[]hg{{"统一战线", ""}}},
		// Markdown emphasis around the run and its pinyin.
		{"bold run and pinyin, or after (Markdown blog)",
			"The **共同富裕 (gòngtóng fùyù)**, or common prosperity, is a Party goal.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"bold glossary entries (Markdown wiki)",
			"* **共 (gòng):** Common, shared.\n* **富 (fù):** Rich, wealthy.",
			[]hg{{"共", "Common"}, {"富", "Rich"}}},
		// An acronym and the name it stands for.
		{"the acronym's parenthesis between the name and the run (think tank)",
			"The Cyberspace Administration of China (CAC) (国家互联网信息办公室) issued the rules.",
			[]hg{{"国家互联网信息办公室", "Cyberspace Administration of China"}}},
		{"the acronym's parenthesis, a possessive before (newspaper)",
			"Beijing's National Development and Reform Commission (NDRC) (国家发展和改革委员会) set the price.",
			[]hg{{"国家发展和改革委员会", "National Development and Reform Commission"}}},
		{"a parenthesis of years is the title's, no acronym (journal)",
			"Officials cite the Outline (2021) (纲要) often.",
			[]hg{{"纲要", "Outline (2021)"}}},
		{"the acronym before, the name inside (wire)",
			"He joined the CPPCC (Chinese People's Political Consultative Conference, 中国人民政治协商会议) in 2018.",
			[]hg{{"中国人民政治协商会议", "Chinese People's Political Consultative Conference"}}},
		{"the acronym alone is the gloss (ministry transcript)",
			"The CMC (中央军委) issued the guidance.",
			[]hg{{"中央军委", "CMC"}}},
		// English set off by commas right after a run, no lead-in.
		{"an apposition translates the run (newspaper)",
			"The slogan 共同富裕, common prosperity, returned in 2021.",
			[]hg{{"共同富裕", "common prosperity"}}},
		{"an apposition of a short run (blog)",
			"Young people chose 躺平, lying flat, over the rat race.",
			[]hg{{"躺平", "lying flat"}}},
		{"a description with an article is no translation (wire)",
			"共同富裕, the slogan, spread quickly.",
			[]hg{{"共同富裕", ""}}},
		{"a parenthetical clause of saying is no translation (think tank)",
			"共同富裕, officials say, is a long-term goal.",
			[]hg{{"共同富裕", ""}}},
		{"a name set off by commas is no translation (magazine)",
			"They debated 共同富裕, Beijing, and Shanghai.",
			[]hg{{"共同富裕", ""}}},
		{"a phrase longer than the run is no translation (newspaper)",
			"He cited 内卷, which many young urban office workers feel, in the talk.",
			[]hg{{"内卷", ""}}},
		{"a subject that names no term is no lead-in",
			"Delegates read 内卷 — the ministry translates as it likes — aloud.",
			[]hg{{"内卷", ""}}},
		{"a bare means after the run makes it the subject (newspaper)",
			"For Beijing, 共同富裕 means different things to different people.",
			[]hg{{"共同富裕", ""}}},
		{"signifies, as means, after a word for the run (primer)",
			"- 泉 (quán): This character usually signifies \"spring\" or \"source\".\nThe sign 囍 denotes \"double happiness\" at weddings.",
			[]hg{{"泉", "spring"}, {"囍", "double happiness"}}},
		{"a bare signifies after the run makes it the subject",
			"To investors, 双循环 signifies different things.",
			[]hg{{"双循环", ""}}},
		{"a bare means before a that-clause (wire)",
			"The policy of 双减 means that tutoring firms must close.",
			[]hg{{"双减", ""}}},
		{"a bare mean before a quotation translates (essay)",
			"The four characters 天下为公 mean \"all under heaven belongs to the people\".",
			[]hg{{"天下为公", "all under heaven belongs to the people"}}},
		{"a sense the run may have is no translation",
			"The word 权 can mean a right or a power.",
			[]hg{{"权", ""}}},
		{"a verb of translating with an object is no lead-in",
			"Officials said 李强 translated the remarks himself.",
			[]hg{{"李强", ""}}},
		{"inside the parenthesis: literally translated as",
			"Cadres fear the practice of liuzhi (留置, literally translated as \"retention in custody\").",
			[]hg{{"留置", "retention in custody"}}},

		// Bilingual labels joined by a bar, as menus and headers print them.
		{"a menu, label then English (university blog)",
			"首页 | Home\n\n新闻 | Newsroom\n\n关于我们 | About Us",
			[]hg{{"首页", "Home"}, {"新闻", "Newsroom"}, {"关于我们", "About Us"}}},
		{"a menu whose spaces were lost",
			"blog home好吃 | Food实习生 | Intern ExperienceChina Life旅行 | Travel",
			[]hg{{"好吃", "Food"}, {"实习生", "Intern Experience"}, {"旅行", "Travel"}}},
		{"English then the label (newsletter header)",
			"Weekly Digest | 每周简报",
			[]hg{{"每周简报", "Weekly Digest"}}},
		{"a language menu glosses nothing",
			"English | 中文",
			[]hg{{"中文", ""}}},

		// The run's pinyin opening the sentence, its translation inside
		// the parenthesis; a name keeps its romanisation.
		{"pinyin capitalised by the sentence, lit. inside",
			"Zhengnengliang (正能量; lit. \"positive energy\") became a buzzword online.",
			[]hg{{"正能量", "positive energy"}}},
		{"pinyin capitalised by the sentence, literally inside (non-US English)",
			"Weiwen (维稳, literally \"stability maintenance\") budgets outgrew defence spending.",
			[]hg{{"维稳", "stability maintenance"}}},
		{"a place's name keeps its romanisation",
			"The region known as Xinjiang (新疆, literally meaning New Frontier) lies west.",
			[]hg{{"新疆", "Xinjiang"}}},

		// A spaced hyphen typed for a dash.
		{"an aside between spaced hyphens (digest)",
			"The report stresses 习近平生态文明思想 - Xi Jinping Thought on Ecological Civilisation - as its guide.",
			[]hg{{"习近平生态文明思想", "Xi Jinping Thought on Ecological Civilisation"}}},
		{"a spaced hyphen to the end of the line",
			"Its theme is 习近平强军思想 - Xi Jinping Thought on Strengthening the Military",
			[]hg{{"习近平强军思想", "Xi Jinping Thought on Strengthening the Military"}}},

		// A glossary's entry: the run, its pinyin, its senses.
		{"a glossary line with bracketed pinyin",
			"Terms to note:\n\n版图 [bǎn tú] sovereign jurisdiction; territory\n\nIt appeared twice.",
			[]hg{{"版图", "sovereign jurisdiction"}}},
		{"a glossary line with bare pinyin, a list item",
			"Vocabulary\n\n- 底线思维 dǐxiàn sīwéi bottom-line thinking\n\n- 斗争 dòuzhēng struggle",
			[]hg{{"底线思维", "bottom-line thinking"}, {"斗争", "struggle"}}},

		// A policy verb in -s after the clause's subject.
		{"a verb in -s after a determiner and its noun",
			"The line stresses social stability (维稳 wéiwěn) above all.",
			[]hg{{"维稳", "social stability"}}},
		{"the plan backs, with a comma before",
			"In March, the plan promotes green finance (绿色金融) in Hubei.",
			[]hg{{"绿色金融", "green finance"}}},

		// Toned pinyin capitalised as it opens a sentence.
		{"toned pinyin opening a sentence (China Project style)",
			"Zhōngguó mèng 中国梦 was first used in 2012.",
			[]hg{{"中国梦", "Zhōngguó mèng"}}},
		{"toned pinyin opening a sentence before a parenthesis",
			"Gòngtóng fùyù (共同富裕) was the watchword.",
			[]hg{{"共同富裕", "Gòngtóng fùyù"}}},
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

// TestTermsTitleAbove checks the English title printed on the line above a
// Chinese title of its own line, as translations print them, and the lines
// above that are no title of the run.
func TestTermsTitleAbove(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct{ name, text, hanzi, gloss string }{
		{"translation site, a blank line between",
			"Seize the Moment to Plan the Security Strategy for the New Era\n\n抓紧运筹新时期中国国家安全战略\n\nThe text follows.",
			"抓紧运筹新时期中国国家安全战略", "Seize the Moment to Plan the Security Strategy for the New Era"},
		{"law translation, no blank line",
			"Measures for the Security Assessment of Outbound Data Transfers\n数据出境安全评估办法\nArticle 1 These measures apply.",
			"数据出境安全评估办法", "Measures for the Security Assessment of Outbound Data Transfers"},
		{"a dash after the Chinese title",
			"Strengthen Military Training in an All-Round Way\n\n全面加强练兵备战 –\n\nThe report said so.",
			"全面加强练兵备战", "Strengthen Military Training in an All-Round Way"},
		{"a table of bills: a qualifier in a parenthesis closes the title",
			"Bill\nSea Traffic Safety Law (Draft Revision)\n海上交通安全法修订草案\nPDF",
			"海上交通安全法修订草案", "Sea Traffic Safety Law (Draft Revision)"},
		{"a heading in sentence case above, the article no list of pairs",
			"Background to the campaign\n\n春风又绿江南岸\n\nIt was written in 1075.",
			"春风又绿江南岸", ""},
		{"a sentence above is running text",
			"The poem ends with these lines.\n\n春风又绿江南岸\n\nIt was written in 1075.",
			"春风又绿江南岸", ""},
		{"a one-word heading above is no title of it",
			"Introduction\n\n春风又绿江南岸\n\nIt was written in 1075.",
			"春风又绿江南岸", ""},
		{"a lower-case line above",
			"see the original below\n\n春风又绿江南岸\n\nIt was written in 1075.",
			"春风又绿江南岸", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tagtest.Sentences("x")
			a.Text, a.Claims = tc.text, nil
			terms.Tag(context.Background(), a)
			if len(a.Terms) != 1 || a.Terms[0].Hanzi != tc.hanzi || a.Terms[0].Gloss != tc.gloss {
				t.Errorf("%q: article terms %+v, want %s %q", tc.text, a.Terms, tc.hanzi, tc.gloss)
			}
		})
	}
}

// TestTermsBoxName checks the English name an encyclopedia's box
// gives the forms of a term that its rows label with their script.
func TestTermsBoxName(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct{ name, text, gloss string }{
		{"a box's header row over its script rows",
			"Dual Circulation Strategy | | |\n---|---|---|\nSimplified Chinese | 双循环战略 | |\nHanyu Pinyin | shuāng xúnhuán zhànlüè | |\n",
			"Dual Circulation Strategy"},
		{"script labels glued to the run, a picture's caption above the box",
			"Ecological Civilisation\nA billboard in Anji county, 2019.\nSimplified Chinese生态文明建设\nHanyu Pinyin shēngtài wénmíng jiànshè\n",
			"Ecological Civilisation"},
		{"a name in sentence case over a box of two script rows",
			"Clear waters and green mountains\nTraditional Chinese綠水青山\nSimplified Chinese绿水青山\n",
			"Clear waters and green mountains"},
		{"a header row that is a sentence is no name",
			"See the table below. | |\n---|---|\nChinese | 双循环战略 |\n",
			""},
		{"a form's field under a heading is no box's row",
			"Key Terms\nChinese: 双循环战略\n",
			""},
		{"a language's name and a space before Chinese under a heading is no box",
			"Useful Phrases\nMandarin 你好\n",
			""},
		{"a row with no header above it",
			"Terms used\nChinese | 双循环战略 |\n",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tagtest.Sentences("x")
			a.Text, a.Claims = tc.text, nil
			terms.Tag(context.Background(), a)
			if len(a.Terms) == 0 || slices.ContainsFunc(a.Terms, func(tm claimx.Term) bool { return tm.Gloss != tc.gloss }) {
				t.Errorf("%q: article terms %+v, want each glossed %q", tc.text, a.Terms, tc.gloss)
			}
		})
	}
}

// TestTermsLinePairs checks an article that prints lines of English over
// lines of Chinese, as lists of slogans print them: each English line
// glosses the run under it, in any case.
func TestTermsLinePairs(t *testing.T) {
	terms := New(segment.LoadChinese)
	a := tagtest.Sentences("x")
	a.Text, a.Claims = "Slogans on the county's walls, in English and Chinese.\n"+
		"Protect the land as you protect your eyes\n像保护眼睛一样保护耕地\nSeen on village walls since 2018.\n"+
		"Rural revitalisation starts with people!\n乡村振兴，人才先行!\nPrinted on banners in market towns.\n"+
		"Clear water and green hills are gold and silver\n绿水青山就是金山银山\nThe most common of all.\n", nil
	terms.Tag(context.Background(), a)
	want := map[string]string{
		"像保护眼睛一样保护耕地": "Protect the land as you protect your eyes",
		"乡村振兴，人才先行":   "Rural revitalisation starts with people!",
		"绿水青山就是金山银山":  "Clear water and green hills are gold and silver",
	}
	if len(a.Terms) != len(want) {
		t.Fatalf("got %d terms %+v, want %d", len(a.Terms), a.Terms, len(want))
	}
	for _, tm := range a.Terms {
		if tm.Gloss != want[tm.Hanzi] {
			t.Errorf("%s: gloss %q, want %q", tm.Hanzi, tm.Gloss, want[tm.Hanzi])
		}
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

// TestGlossDateLike checks which pieces of a parenthesis are dates or
// figures rather than glosses: a figure's unit or ending in lower case
// keeps it a figure, letters before it or capitals after it make a word.
func TestGlossDateLike(t *testing.T) {
	for s, want := range map[string]bool{
		"May 3, 10am": true, "the 1990s": true, "May 3rd": true, "Xinhua 2014": true, "40km east": true,
		"A4 movement": false, "G20 summit": false, "5G network": false, "Made in China 2025": false,
	} {
		if got := glossDateLike(s); got != want {
			t.Errorf("glossDateLike(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNamedOwner checks which possessives opening a title line are a
// name's: a Chinese surname's or a listed entity's, not a word that only
// spells a pinyin syllable.
func TestNamedOwner(t *testing.T) {
	for w, want := range map[string]bool{"Li's": true, "Xi’s": true, "China's": true, "Men's": false, "Life's": false, "Ban's": false} {
		if got := namedOwner(w); got != want {
			t.Errorf("namedOwner(%q) = %v, want %v", w, got, want)
		}
	}
}
