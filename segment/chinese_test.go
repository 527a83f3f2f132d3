package segment

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimx/claimx/lexicon"
)

func loadForTest(t testing.TB) *Chinese {
	t.Helper()
	c, err := LoadChinese()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCedictWordsBound checks the CC-CEDICT list as written: each word
// opens on a bound prefix, so that it joins no free word to the word after
// it (在户外, 大公司), and has three characters.
func TestCedictWordsBound(t *testing.T) {
	for w := range wordSet(cedictWords) {
		if rs := []rune(w); len(rs) != 3 || !lexicon.HanziPrefixes.Has(string(rs[:1])) {
			t.Errorf("dict/zh_cedict.txt: %s is no bound prefix and a word", w)
		}
	}
}

func TestSegment(t *testing.T) {
	c := loadForTest(t)
	for _, tc := range []struct {
		run, gloss string
		want       string // segments separated by "|"
	}{
		// Names spelled by their gloss are one segment, however the
		// dictionary would split them.
		{"闫坤如", "Yan Kunru", "闫坤如"},
		{"赵骏", "Zhao Jun", "赵骏"},
		{"欧阳明", "Ouyang Ming", "欧阳明"},
		{"司徒美玲", "Szeto Mei-ling", "司徒美玲"},
		{"羅以婷", "Lo Yi-ting", "羅以婷"},
		// Capitalised words each spelling a word the dictionary holds
		// are places and words, no person's name; a name inside a run
		// stays one.
		{"上海台灣研究所", "Shanghai Taiwan Institute", "上海|台灣|研究所"},
		{"北京上海高铁", "Beijing Shanghai high-speed rail", "北京|上海|高铁"},
		{"习近平外交思想", "Xi Jinping Thought on Diplomacy", "习近平|外交|思想"},
		// Four characters standing alone with a pronoun or particle among
		// their words are a phrase of words, no set phrase.
		{"我想家了", "", "我|想家|了"},
		{"她不来了", "", "她|不来|了"},
		// A slogan of words that stand alone splits into them, standing
		// alone or inside a sentence (不忘 "not forgetting", 初心 "the
		// original aspiration").
		{"不忘初心", "", "不忘|初心"},
		{"不忘初心，牢记使命", "", "不忘|初心|，|牢记|使命"},
		{"开展不忘初心主题教育", "", "开展|不忘|初心|主题|教育"},
		// A set phrase of the idiom list stays whole where a word only the
		// domain list holds (不忘) closes it.
		{"过目不忘", "", "过目不忘"},
		{"他读书过目不忘", "", "他|读书|过目不忘"},
		{"铭记不忘", "", "铭记不忘"},
		{"终身不忘", "", "终身不忘"},
		// A three-character word of CC-CEDICT that the general list lacks
		// is one word, not a bound prefix and a word (伪|科学).
		{"警惕伪科学的传播", "", "警惕|伪科学|的|传播"},
		{"打击反社会的行为", "", "打击|反社会|的|行为"},
		{"很多人处于亚健康状态", "", "很多|人|处于|亚健康|状态"},
		{"研究后殖民时代", "", "研究|后殖民|时代"},
		{"他们坚持非暴力抗争", "", "他们|坚持|非暴力|抗争"},
		{"天文台观测到超新星", "", "天文台|观测|到|超新星"},
		{"指针按逆时针方向转动", "", "指针|按|逆时针|方向|转动"},
		// A free word before a word stands apart, as the conventions
		// say, though CC-CEDICT lists the pair as an entry: a preposition
		// (在|户外), a free adjective (大|公司), a numeral or a measure
		// word (上|一个, 一个|人), a modal or negation (会|不会, 不|可能),
		// a verb and its object (有|责任, 做|工作), a localizer closing a
		// time phrase (三年|前|总统).
		{"周末孩子们在户外踢球", "", "周末|孩子|们|在|户外|踢球"},
		{"在此后的谈判中", "", "在|此后|的|谈判|中"},
		{"矿工在深处作业", "", "矿工|在|深处|作业"},
		{"这家大公司去年裁员", "", "这家|大|公司|去年|裁员"},
		{"暴雨造成大范围停电", "", "暴雨|造成|大|范围|停电"},
		{"企业面临的大环境", "", "企业|面临|的|大|环境"},
		{"上一个季度的出口", "", "上|一个|季度|的|出口"},
		{"一个人的力量有限", "", "一个|人|的|力量|有限"},
		{"市场会不会继续下跌", "", "市场|会|不会|继续|下跌"},
		{"这项改革不可能一蹴而就", "", "这项|改革|不|可能|一蹴而就"},
		{"地方官员不作为", "", "地方|官员|不|作为"},
		{"两国在一起事件中受损", "", "两国|在|一起|事件|中|受损"},
		{"政府有责任保障供应", "", "政府|有|责任|保障|供应"},
		{"企业要有能力创新", "", "企业|要|有|能力|创新"},
		{"基层干部做工作", "", "基层|干部|做|工作"},
		{"三年前总统访问北京", "", "三年|前|总统|访问|北京"},
		// One that the domain list's word opens is a compound of words.
		{"各级统战部门", "", "各级|统战|部门"},
		{"加强统战工作", "", "加强|统战|工作"},
		// 族 ("crowd"), 制 ("system") and a language's 语 form one word with
		// the word before them.
		{"印尼語", "", "印尼語"},
		{"打工族", "", "打工族"},
		{"轮岗制", "", "轮岗制"},
		// Toned pinyin in title case that spells more characters than a
		// name has is an institution's name, its words the segments.
		{"中国佛教协会", "Zhōngguó Fójiào Xiéhuì", "中国|佛教|协会"},
		{"全国妇女联合会", "Quánguó Fùnǚ Liánhé Huì", "全国|妇女|联合会"},
		{"欧阳明", "Ouyang Ming", "欧阳明"},
		// A word-forming suffix stays with its word.
		{"常态化管理", "", "常态化|管理"},
		// An agency suffix stands apart.
		{"公安局", "", "公安|局"},
		{"海巡署", "Coast Guard Administration", "海巡|署"}, // an institution, not a name
		{"海关总署", "", "海关|总署"},                         // a two-character 总署 stays
		{"蔡明達", "Tsai Ming-ta", "蔡明達"},
		{"歐陽志遠", "Au-Yeung Chi-yuen", "歐陽志遠"},
		{"司马睿", "Sima Rui", "司马睿"},
		{"曾庆红", "Zeng Qinghong", "曾庆红"},
		{"方滨兴", "Fang Bingxing", "方滨兴"}, // -n printed -ng
		{"何立峰", "HE LIFENG", "何立峰"},
		// A name inside a longer run.
		{"习近平思想", "Xi Jinping Thought", "习近平|思想"},
		{"李强总理", "Premier Li Qiang", "李强|总理"},
		// A name the gloss does not spell: a short run the dictionary
		// breaks into single characters is kept whole.
		{"蔡英文", "Tsai Ing-wen", "蔡英文"},
		{"布林肯", "Antony Blinken", "布林肯"},
		{"习近平", "Xi", "习近平"},
		{"埃隆·马斯克", "Elon Musk", "埃隆·马斯克"},
		// A set phrase is one word however its pinyin is spaced.
		{"咬文嚼字", "Yaowen jiaozi", "咬文嚼字"},
		{"画蛇添足", "huàshé tiānzú", "画蛇添足"},
		{"守株待兔", "Shouzhu daitu", "守株待兔"},
		{"韬光养晦", "Tao guang yang hui", "韬光养晦"},
		// A capitalised gloss over dictionary words changes nothing.
		{"环球时报", "Global Times", "环球|时报"},
		{"中国价值观", "Chinese Values", "中国|价值观"},
		// Compounds stay whole, Latin letters keep their case.
		{"人工智能主权", "AI sovereignty", "人工智能|主权"},
		{"主权人工智能", "", "主权|人工智能"},
		{"主权AI基础设施", "sovereign AI infrastructure", "主权|AI|基础设施"},
		{"中华人民共和国", "", "中华人民共和国"}, // a name, whole
		// Traditional characters.
		{"國家安全", "", "國家|安全"},
		{"兩岸關係", "cross-strait relations", "兩岸|關係"},
		// A printed transliteration fixes the breaks.
		{"高质量发展", "high-quality development; gaozhiliang fazhan", "高质量|发展"},
		{"高质量发展", "", "高质量|发展"},
		// A domain word stays one however its pinyin is spaced.
		{"高质量发展", "gāo zhìliàng fāzhǎn", "高质量|发展"},
		{"新质生产力", "xīn zhì shēngchǎnlì", "新质|生产力"},
		{"话语权", "huàyǔ quán", "话语权"},
		// A term printed in title case is split as its words are; a name
		// stays whole.
		{"均衡发展", "Balanced Development; Jūnhéng Fāzhǎn", "均衡|发展"},
		{"共享财富", "Gòngxiǎng Cáifù", "共享|财富"},
		{"习近平", "Xí Jìnpíng", "习近平"},
		{"蔡英文", "Cai Yingwen", "蔡英文"},
		// Pinyin run together over more than three syllables, or spaced
		// syllable by syllable (most of its words), says nothing of the
		// breaks.
		{"认知域作战", "renzhiyuzuozhan", "认知域|作战"},
		{"新常态", "xīn cháng tài", "新|常态"},
		{"官员考核体系", "guan yuan kao he tixi", "官员|考核|体系"},
		{"宅基地", "zhaijidi", "宅基地"},
		// A numeral and its measure word stand apart from what they count.
		{"两个确立", "", "两个|确立"},
		{"三大倡议", "", "三大|倡议"},
		{"四项基本原则", "", "四项|基本|原则"},
		// Terms of art from the domain list, and word-forming suffixes.
		{"舆论战", "", "舆论战"},
		{"话语权", "", "话语权"},
		{"改革家邓小平", "", "改革家|邓小平"},
		{"全面建成高水平社会主义市场经济体制", "", "全面|建成|高水平|社会主义|市场经济|体制"},
		{"心理战", "", "心理战"},
		{"持久战", "", "持久战"},
		{"话语权", "discourse power; huàyǔ quán", "话语权"},
		{"总体国家安全观", "", "总体|国家|安全观"},
		// A numeral standing alone takes the single character after it.
		{"一正七副", "", "一正|七副"},
		{"新三样", "", "新|三样"},
		{"从五个维度认识", "", "从|五个|维度|认识"},
		// Domain vocabulary: fixed expressions, bound affixes, leaders'
		// names written without a gloss.
		{"国家安全部", "", "国家|安全部"},
		{"传播社会正能量", "", "传播|社会|正能量"},
		{"融媒体中心", "", "融媒体|中心"},
		{"坚决做到两个维护", "", "坚决|做到|两个|维护"}, // a numeral and its measure word apart from what they count
		{"全面从严治党", "", "全面|从严治党"},
		// 论 closing a run is the suffix of a theory, even where the
		// dictionary took it for the end of another word (终|结论); 链
		// joins as a suffix anywhere.
		{"中国崩溃论", "", "中国|崩溃论"},
		{"历史终结论", "", "历史|终结论"},
		{"阴谋论", "", "阴谋论"},
		{"疑美論", "", "疑美論"},
		{"创新链", "", "创新链"},
		{"价值链分工", "", "价值链|分工"},
		// 之 after Chinese and before more is the particle "of"; opening
		// a run it is a name's, and 之音 is a word of names.
		{"百年未有之大变局", "", "百年|未有|之|大|变局"},
		{"文明之花共同栽", "", "文明|之|花|共同|栽"},
		{"之江新军", "", "之江|新军"},
		{"美国之音", "", "美国|之音"},
		// A number of several digits stands apart from its measure word,
		// however the dictionary cut it; an ordinal and a domain word stay
		// one.
		{"十四届全国人大", "", "十四|届|全国人大"},
		{"坚持十四个坚持", "", "坚持|十四|个|坚持"},
		{"第十四届全国人大", "", "第十四届|全国人大"},
		{"二十大报告", "", "二十大|报告"},
		// 员 joins the word before it as a suffix (信息员 "informant").
		{"快递员", "", "快递员"},
		// 版 ("edition") joins the word before it (海外版 "overseas
		// edition"), a language's name or a medium.
		{"晚报电子版", "", "晚报|电子版"},
		{"说明书日文版", "", "说明书|日文版"},
		{"杂志(法文版)", "", "杂志|(|法文版|)"},
		{"联络员制度", "", "联络员|制度"},
		// Economic words and firms' short names.
		{"分税制改革", "", "分税制|改革"},
		{"超长期特别国债", "", "超长期|特别|国债"},
		{"中海油", "", "中海油"},
		// Cross-Strait and Hong Kong words, outlets and firms.
		{"反送中運動", "", "反送中|運動"},
		{"太陽花學運", "", "太陽花|學運"},
		{"中共同路人", "", "中共|同路人"},
		{"台積電", "", "台積電"},
		{"北部都会区", "", "北部|都会区"},
		{"境外非政府组织", "", "境外|非政府|组织"},
		// A free adjective or a country's name stays apart from the noun
		// of a slogan (seeds/README: 新|时代, 中国|梦), in either script.
		{"习近平新时代中国特色社会主义思想", "", "习近平|新|时代|中国|特色|社会主义|思想"},
		{"迈进新時代", "", "迈进|新|時代"},
		{"实现中国梦", "", "实现|中国|梦"},
		{"李强调", "", "李|强调"}, // a name in the dictionary does not swallow a word
		// A character the HMM glued to a rare word stands apart from it.
		{"他们踢毽子", "", "他们|踢|毽子"},
		// Two characters left alone that CC-CEDICT holds as one rare word
		// are that word (an auxiliary and a verb stay apart: 要|有 above).
		{"元宵节吃汤圆", "", "元宵节|吃|汤圆"},
		{"夜里的鬼魅", "", "夜里|的|鬼魅"},
		// A body's name splits into its words, the free word heading it
		// apart, where the dictionary lists the whole name as one word;
		// a bound head (院, 局) stays with its word.
		{"北京大学", "", "北京|大学"},
		{"清華大學", "", "清華|大學"},
		{"人民日报", "", "人民|日报"},
		{"中央政府门户网站", "", "中央|政府|门户|网站"},
		{"世界银行", "", "世界|银行"},
		{"最高人民法院", "", "最高|人民|法院"},
		{"中国社会科学院", "", "中国|社会|科学院"},
		{"国务院", "", "国务院"},
		// A run with no gloss, of a name's shape, that the dictionary cuts
		// at its surname or before a last character alone is a name.
		{"蔡英文", "", "蔡英文"},
		{"唐高峰", "", "唐高峰"},
		{"陳時中", "", "陳時中"},
		{"李家超", "", "李家超"},
		{"王威", "", "王威"},
		{"司马建国", "", "司马建国"},
		{"欧阳静雯", "", "欧阳静雯"},
		{"方方日记", "", "方方|日记"}, // four characters: a name and a word
		{"高水平", "", "高水平"},    // a word the domain list holds
		{"新征程", "", "新|征程"},   // no surname opens it
		// Traditional characters are cut through their simplified form,
		// whose list is the fuller, and printed as they stand; a word
		// Taiwan prints in traditional characters alone stays whole, and
		// a character simplified text keeps (乾) is not simplified.
		{"中國社會科學院台灣研究所", "", "中國|社會|科學院|台灣|研究所"},
		{"涉臺外交研究中心", "", "涉臺|外交|研究|中心"},
		{"全面建設社會主義現代化國家新徵程", "", "全面|建設|社會主義|現代化|國家|新|徵程"},
		{"綠營", "", "綠營"},
		{"滴水乾坤", "", "滴水|乾坤"},
		{"掌舵着", "", "掌舵|着"},
		{"反中亂港", "", "反中亂港"},
		// A single capitalised word of the gloss is a place, not a name to
		// keep whole.
		{"台灣地區與大陸地區人民關係條例", "Act Governing Relations Between the Peoples of the Taiwan Area and the Mainland Area",
			"台灣地區|與|大陸地區|人民|關係|條例"},
		// Traditional numerals and measure words, and suffixes.
		{"兩個確立", "", "兩個|確立"},
		{"四個自信", "", "四個|自信"},
		{"資訊戰", "", "資訊戰"},
		// Four single characters XAXB are one idiom.
		{"推进领导干部能上能下", "", "推进|领导|干部|能上能下"},
		{"不骄不躁", "", "不骄不躁"},
		{"主张主权", "", "主张|主权"}, // two words of two characters
		// A set phrase the dictionary cuts into pieces that do not stand
		// alone is one word; words that stand alone stay apart.
		{"瑕不掩瑜", "the flaw does not hide the jade", "瑕不掩瑜"},
		{"勇往直前", "", "勇往直前"},
		{"风雨同舟", "", "风雨同舟"},
		{"推动消费品以旧换新", "", "推动|消费品|以旧换新"},
		{"万邦来朝", "", "万邦来朝"},       // four characters alone, cut 3+1 by the HMM
		{"增强忧患意识", "", "增强|忧患|意识"}, // a set phrase of free words
		{"自立自强", "", "自立|自强"},
		{"自主可控", "", "自主|可控"}, // no set phrase
		{"新冠病毒", "", "新冠|病毒"},
		{"党的领导", "", "党|的|领导"},
		{"春蛙秋蟬", "", "春蛙秋蟬"}, // alone, cut into pieces the dictionary lacks
		{"東問西答", "non sequitur", "東問西答"},
		{"三权分置", "", "三权|分置"}, // a numeral opens it
		{"久久为功", "", "久久为功"},  // the domain list's set phrases
		{"攻堅克難", "", "攻堅克難"},
		// A name whose last syllable is printed apart in lower case.
		{"蔡英文", "Tsai Ing wen", "蔡英文"},
		{"賴清德", "Lai Ching te", "賴清德"},
		// A document's name is not a person's: the law stands apart.
		{"反间谍法", "Counterespionage Law", "反间谍|法"},
		{"反垄断法", "Anti-Monopoly Law", "反垄断|法"},
		// Domain vocabulary with a bound part.
		{"野生动物保护法", "", "野生动物|保护|法"},
		{"地方政府专项债", "", "地方|政府|专项债"},
		{"区块链和大数据", "", "区块链|和|大数据"},
		{"构建国内大循环和内循环", "", "构建|国内|大|循环|和|内循环"},
		{"国内国际双循环", "", "国内|国际|双循环"}, // 双 "dual" is bound, as in 双碳
		// The domain list: offices, organs, terms of art and slogans with a
		// bound part, in either script; institutions still split into
		// their words.
		{"中共中央政治局常委", "", "中共中央|政治局|常委"}, // 政治局 keeps its 局
		{"国务委员兼外交部长", "", "国务委员|兼|外交部长"},
		{"外交部发言人", "", "外交部|发言人"},
		{"全国人大常委会委员长", "", "全国人大|常委会|委员长"},
		{"枪杆子和笔杆子", "", "枪杆子|和|笔杆子"},
		{"取保候审", "", "取保候审"},
		{"地方城投债", "", "地方|城投债"},
		{"农村宅基地", "", "农村|宅基地"},
		{"三去一降一补", "", "三去一降一补"},
		{"以武拒统", "", "以武拒统"},
		{"倚美謀獨", "", "倚美謀獨"},
		{"掌握制海权和制空权", "", "掌握|制海权|和|制空权"},
		{"反对两面人", "", "反对|两面人"},
		{"中共中央统一战线工作部", "", "中共中央|统一战线|工作部"},
		{"人类命运共同体", "", "人类|命运|共同体"},
		{"社会主义核心价值观", "", "社会主义|核心|价值观"},
		// 总 ("general") heads an agency's name with its 局 or 署.
		{"国家广电总局", "", "国家|广电|总局"},
		{"國家廣電總局", "", "國家|廣電|總局"},
		// Lexicalised words of economic and social life whose parts do
		// not stand alone in their sense (a bound part, a metaphor).
		{"打破铁饭碗", "", "打破|铁饭碗"},
		{"培育新的增长点", "", "培育|新|的|增长点"},
		{"政策组合拳", "", "政策|组合拳"},
		{"不搞一刀切", "", "不|搞|一刀切"},
		{"城中村改造", "", "城中村|改造"},
		{"官本位思想", "", "官本位|思想"},
		{"體制內的鐵飯碗", "", "體制|內|的|鐵飯碗"},
		{"反对去中国化", "", "反对|去中国化"},
		{"辽宁舰编队", "", "辽宁舰|编队"},
		{"西部陆海新通道", "", "西部|陆海|新|通道"},
		{"扫描行程码", "", "扫描|行程码"},
		{"劃設防空識別區", "", "劃設|防空|識別區"},
		// The traditional forms of the domain list's words.
		{"全面從嚴治黨", "", "全面|從嚴治黨"},
		{"中央網信辦", "", "中央|網信辦"},
		{"高質量發展", "", "高質量|發展"},
		{"穩中求進", "", "穩中求進"},
		// A number the dictionary splits inside its digits is one word
		// with its ordinal prefix and its measure word; a measure word
		// after a number of several digits stands apart.
		{"中国共产党第二十次全国代表大会", "", "中国|共产党|第二十次|全国|代表大会"},
		{"十九届六中全会", "", "十九|届|六中全会"},
		{"第三十九次集体学习", "", "第三十九次|集体|学习"},
		// A congress is one organ's word, though its halves are words
		// (代表|大会 would read "represent the assembly").
		{"省职工代表大会", "", "省|职工|代表大会"},
		{"全國人民代表大會常務委員會", "", "全國|人民|代表大會|常務|委員會"},
		{"基本法第二十三条", "", "基本法|第二十三条"},
		// A figure of one digit is one word with its measure word, as a
		// numeral is; several digits stand apart from theirs.
		{"2021年3月", "", "2021|年|3月"},
		{"双月刊2019年4期", "", "双月刊|2019|年|4期"},
		{"三次分配", "", "三次|分配"},
		// 大 ("great") stands alone before a word that does (大|罷免).
		{"大罷免", "", "大|罷免"},
		// 副 ("deputy") joins the office after it.
		{"国务院副总理", "", "国务院|副总理"},
		{"国家副主席", "", "国家|副主席"},
		{"商务部副部长", "", "商务部|副部长"},
		// -主义 ("-ism") joins the word before it.
		{"反对单边主义和霸权主义", "", "反对|单边主义|和|霸权主义"},
		{"多邊主義", "", "多邊主義"},
		// An administrative division joins a place name of two characters.
		{"金门县", "", "金门县"},
		{"金門縣和連江縣", "", "金門縣|和|連江縣"},
		{"温州市委", "", "温州|市委"}, // a word the dictionary holds stays whole
		// 期 ("period") is a word-forming suffix.
		{"重要战略机遇期", "", "重要|战略|机遇期"},
		// A pronoun or particle the HMM glues to the next character is a
		// word of its own; a word the dictionary holds (我国) and a
		// preposition before a place's short name (对台) stay whole.
		{"他们说我握过手", "", "他们|说|我|握|过手"},
		{"使党的领导更加坚强", "", "使|党|的|领导|更加|坚强"},
		{"我国对台工作", "", "我国|对台|工作"},
		// So are 感 ("sense of"), 式 ("-style") and 型 ("-oriented").
		{"增强群众获得感", "", "增强|群众|获得感"},
		{"运动式治理", "", "运动式|治理"},
		{"建设服务型政府", "", "建设|服务型|政府"},
		// A slogan's halves printed a space apart: the space is no word.
		{"守護台灣 守護民主", "Guard Taiwan, guard democracy", "守護|台灣| |守護|民主"},
		// The space is kept as printed, a narrow or a doubled one too, so
		// the segments rebuild the run.
		{"守護台灣\u2005守護民主", "", "守護|台灣|\u2005|守護|民主"},
		{"守護台灣  守護民主", "", "守護|台灣|  |守護|民主"},
		// A demonym is one word, as dictionaries list it.
		{"香港人", "", "香港人"},
		// The country's full name is a name, kept whole as 中华民国 is.
		{"中华人民共和国国家安全法", "", "中华人民共和国|国家|安全|法"},
		{"中國人民", "", "中國|人民"},
		// A compound of two words that stand alone, which the dictionary
		// lists whole, splits into them, in either script; a term of the
		// domain list, a word with -主义, an idiom XAXB, a geographic
		// feature's name and a word whose first three characters are a
		// word stay whole, as does a set phrase whose halves are no words.
		{"完善医疗保险制度", "", "完善|医疗|保险|制度"},
		{"加快信息技术发展", "", "加快|信息|技术|发展"},
		{"環境保護工作", "", "環境|保護|工作"},
		{"提升综合国力", "", "提升|综合|国力"},
		{"坚持艰苦奋斗", "", "坚持|艰苦|奋斗"},
		{"发展人工智能", "", "发展|人工智能"},
		{"坚持社会主义", "", "坚持|社会主义"},
		{"一心一意", "", "一心一意"},
		{"保护黄土高原", "", "保护|黄土高原"},
		{"外交部长", "", "外交部长"},
		// A word whose dictionary senses are none of its halves' is one
		// word, though both halves are words: its halves do not stand
		// alone in it ("ideology" is neither "consciousness" nor "form").
		{"加强意识形态工作", "", "加强|意识形态|工作"},
		{"抑制通货膨胀", "", "抑制|通货膨胀"},
		{"经济基础决定上层建筑", "", "经济|基础|决定|上层建筑"},
		{"兩個超級大國", "", "兩個|超級大國"},
		{"保护哺乳动物", "", "保护|哺乳动物"},
		{"印度支那半岛", "", "印度支那|半岛"},
		{"乱七八糟", "", "乱七八糟"},
		// A sense of the word that derives from one of a half's is
		// shared ("nation" of "national"): the word is its halves
		// (seeds/README: 中华|民族), in either script.
		{"弘扬中华民族精神", "", "弘扬|中华|民族|精神"},
		{"中華民族的未來", "", "中華|民族|的|未來"},
		{"研究物理性质", "", "研究|物理|性质"},
		{"", "", ""},
	} {
		segs := c.Segment(tc.run, tc.gloss)
		if got := strings.Join(segs, "|"); got != tc.want {
			t.Errorf("Segment(%q, %q) = %s, want %s", tc.run, tc.gloss, got, tc.want)
		}
		if strings.Join(segs, "") != tc.run {
			t.Errorf("Segment(%q, %q) = %q: segments do not rebuild the run", tc.run, tc.gloss, segs)
		}
	}
}

// TestKnown checks that Known holds the dictionary's words, in either
// script, and not the first characters of a longer one, which gse's trie
// finds too.
func TestKnown(t *testing.T) {
	c := loadForTest(t)
	for w, want := range map[string]bool{"社会": true, "社会保障": true, "社會": true, "社会保": false, "外交部": true, "代表大": false, "": false} {
		if got := c.Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPinyin(t *testing.T) {
	for _, tc := range []struct {
		segments []string
		gloss    string
		person   bool   // the text calls the run a person
		want     string // plain, then toned, separated by " / "
	}{
		{[]string{"网络", "主权"}, "", false, "wangluo zhuquan / wǎngluò zhǔquán"},
		{[]string{"主权", "AI", "基础设施"}, "", false, "zhuquan AI jichusheshi / zhǔquán AI jīchǔshèshī"},
		{[]string{"國家", "安全"}, "", false, "guojia anquan / guójiā ānquán"},
		{[]string{"重庆", "银行"}, "", false, "chongqing yinhang / chóngqìng yínháng"},
		{[]string{"藏族"}, "", false, "zangzu / zàngzú"},
		{[]string{"中行"}, "", false, "zhonghang / zhōngháng"},
		{[]string{"绿色", "发展"}, "", false, "luse fazhan / lǜsè fāzhǎn"},
		// A name: surname and given name apart, as the gloss prints it or
		// else after the surname.
		{[]string{"习近平"}, "Xi Jinping", false, "xi jinping / xí jìnpíng"},
		{[]string{"习近平", "思想"}, "Xi Jinping Thought", false, "xi jinping sixiang / xí jìnpíng sīxiǎng"},
		{[]string{"习近平", "新时代"}, "", false, "xi jinping xinshidai / xí jìnpíng xīnshídài"},
		{[]string{"欧阳明"}, "Ouyang Ming", false, "ouyang ming / ōuyáng míng"},
		{[]string{"曾庆红"}, "", false, "cengqinghong / céngqìnghóng"},
		{[]string{"曾庆红"}, "Zeng Qinghong", false, "zeng qinghong / zēng qìnghóng"},
		{[]string{"曾荫权"}, "Donald Tsang", false, "zeng yinquan / zēng yīnquán"},
		{[]string{"司马南"}, "Szeto Nan", false, "sima nan / sīmǎ nán"},
		{[]string{"吕晓明"}, "Lü Xiaoming", false, "lu xiaoming / lǚ xiǎomíng"},
		{[]string{"弦子"}, "Xianzi", false, "xianzi / xiánzi"},
		{[]string{"蔡英文"}, "Tsai Ing-wen", false, "cai yingwen / cài yīngwén"},
		{[]string{"长城"}, "Great Wall", false, "changcheng / chángchéng"}, // no person's name
		// A body's name in the shape of a person's (Yuan is a surname) is
		// read as one word; a name spelled beside it stays a name though
		// it ends in a body's head character.
		{[]string{"立法院"}, "Legislative Yuan", false, "lifayuan / lìfǎyuàn"},
		{[]string{"行政院"}, "Executive Yuan", false, "xingzhengyuan / xíngzhèngyuàn"},
		{[]string{"张军"}, "Zhang Jun", false, "zhang jun / zhāng jūn"},
		{[]string{"王建国"}, "Wang Jianguo", false, "wang jianguo / wáng jiànguó"},
		{[]string{"华为"}, "Huawei", false, "huawei / huáwéi"},
		{[]string{"羅智強"}, "Lo Chih-chiang", false, "luo zhiqiang / luó zhìqiáng"},
		// A hyphenated given name makes the gloss a person's name, however
		// the surname is romanised.
		{[]string{"蕭美琴"}, "Hsiao Bi-khim", false, "xiao meiqin / xiāo měiqín"},
		{[]string{"李家超"}, "John Lee Ka-chiu", false, "li jiachao / lǐ jiāchāo"},
		{[]string{"话语权"}, "Discourse Power; Huàyǔ Quán", false, "huayuquan / huàyǔquán"}, // capitalised, but no name
		{[]string{"埃隆·马斯克"}, "Elon Musk", false, "ailongmasike / āilóngmǎsīkè"},
		// A quotation mark in a run gives no group.
		{[]string{"把握", "’", "两个", "确立", "’"}, "", false, "bawo liangge queli / bǎwò liǎnggè quèlì"},
		{nil, "", false, " / "},
	} {
		plain, toned := GlossPinyin(tc.segments, tc.gloss, tc.person)
		if got := plain + " / " + toned; got != tc.want {
			t.Errorf("GlossPinyin(%q, %q) = %q, want %q", tc.segments, tc.gloss, got, tc.want)
		}
	}
}

func TestSpells(t *testing.T) {
	for _, tc := range []struct {
		run, printed string
		want         bool
	}{
		{"秦刚", "Qin Gang", true},
		{"秦刚", "qín gāng", true},
		{"秦刚", "Qin", false},
		{"黄仁勋", "Jensen Huang", false},
		{"网络主权", "cyber sovereignty", false},
		{"网络主权", "wangluo zhuquan", true},
		{"网络主权", "wǎng luò zhǔ quán", true},
		{"西安", "Xi'an", true},
		{"网络主权", "wang luo zhu quan le", false},
		{"秦刚", "Qin Gang spoke to the press on Monday about the talks", false},
	} {
		if got := Spells(tc.run, tc.printed); got != tc.want {
			t.Errorf("Spells(%q, %q) = %v", tc.run, tc.printed, got)
		}
	}
}

func TestHasHan(t *testing.T) {
	for s, want := range map[string]bool{
		"":                        false,
		"plain English, “quoted”": false,
		"Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ，。": false,
		"Qin Gang (秦刚)": true,
		"國":             true,
	} {
		if HasHan(s) != want {
			t.Errorf("HasHan(%q) = %v", s, !want)
		}
	}
}

// LoadChinese loads once; its segmenter serves many goroutines at once (run
// with -race).
func TestChineseConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := loadForTest(t)
			for range 20 {
				if got := strings.Join(c.Segment("闫坤如主张主权人工智能", "Yan Kunru"), "|"); got != "闫坤如|主张|主权|人工智能" {
					t.Errorf("got %s", got)
					return
				}
			}
		}()
	}
	wg.Wait()
	a, _ := LoadChinese()
	b, _ := LoadChinese()
	if a != b {
		t.Error("LoadChinese loaded twice")
	}
}

// BenchmarkLoadChinese measures building the segmenter from the embedded
// dictionary, as the first article holding Chinese pays for it; heap-MiB is
// what the loaded segmenter keeps.
func BenchmarkLoadChinese(b *testing.B) {
	b.ReportAllocs()
	var kept *Chinese
	var before, after runtime.MemStats
	var total time.Duration
	for b.Loop() {
		kept = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		c, err := loadChinese()
		total += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		kept = c
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	runtime.KeepAlive(kept)
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/load")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
}

// BenchmarkSegment segments a set of runs like those of an article: names
// with their glosses, compounds, a mixed run.
func BenchmarkSegment(b *testing.B) {
	c := loadForTest(b)
	runs := [][2]string{
		{"秦刚", "Qin Gang"}, {"王文涛", "Wang Wentao"}, {"闫坤如", "Yan Kunru"}, {"黄仁勋", "Jensen Huang"},
		{"网络主权", "cyber sovereignty"}, {"人工智能主权", "AI sovereignty"}, {"数字殖民", "digital colonization"},
		{"中国价值观", "Chinese values"}, {"主权AI基础设施", "sovereign AI infrastructure"},
		{"习近平新时代中国特色社会主义思想", ""},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range runs {
			GlossPinyin(c.Segment(r[0], r[1]), r[1], false)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(runs)), "µs/run")
}

// TestIdiomList checks the layout isIdiom searches in place: sorted lines
// of four three-byte characters.
func TestIdiomList(t *testing.T) {
	if len(idiomWords)%idiomLine != 0 {
		t.Fatalf("zh_idioms.txt is %d bytes, not a multiple of %d", len(idiomWords), idiomLine)
	}
	prev := ""
	for i := 0; i < len(idiomWords); i += idiomLine {
		line := idiomWords[i : i+idiomLine]
		w := line[:idiomLine-1]
		if line[idiomLine-1] != '\n' || utf8.RuneCountInString(w) != 4 || !allHan(w) || w <= prev {
			t.Fatalf("line %d %q: not four Chinese characters in sorted order", i/idiomLine+1, line)
		}
		prev = w
	}
	for w, want := range map[string]bool{"一一列举": true, "瑕不掩瑜": true, "韜光養晦": true, "自主可控": false, "瑕不掩": false, "": false} {
		if got := isIdiom(w); got != want {
			t.Errorf("isIdiom(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPersonName(t *testing.T) {
	for run, want := range map[string]bool{
		"蔡英文": true, "馬英九": true, "李家超": true, "毛宁": true, "顧立雄": true, "欧阳娜娜": true, "司马南": true,
		"高水平": true, // the shape alone; the text must call it a person
		"发言人": false, "国务院": false, "李": false, "王小明明": false, "习近平思想": false, "蔡A": false,
	} {
		if got := PersonName(run); got != want {
			t.Errorf("PersonName(%q) = %v, want %v", run, got, want)
		}
	}
}
