package entity

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/internal/tagtest"
)

// newArticle builds an article with one claim per sentence, sentences
// joined by a space, and a term for every run of Chinese as the term
// tagger would give it (span only, which is all the entity tagger reads).
func newArticle(sentences ...string) *claimx.Article {
	a := tagtest.Sentences(sentences...)
	for i := range a.Claims {
		c := &a.Claims[i]
		pos := c.Start
		rs := []rune(c.Text)
		for k := 0; k < len(rs); {
			if !unicode.Is(unicode.Han, rs[k]) {
				k++
				continue
			}
			e := k
			for e < len(rs) && unicode.Is(unicode.Han, rs[e]) {
				e++
			}
			h := string(rs[k:e])
			c.Terms = append(c.Terms, claimx.Term{Hanzi: h, Pinyin: testPinyin[h], Span: claimx.Span{Start: pos + k, End: pos + e}})
			k = e
		}
	}
	return a
}

// testPinyin is the pinyin the term tagger would give some hanzi.
var testPinyin = map[string]string{"梅新育": "mei xinyu", "共同富裕": "gongtong fuyu", "魏兰芳": "wei lanfang", "高玉明": "gao yuming"}

// render lists an article's mentions as "TYPE Name", with "=Mention"
// when the mention differs from the name and " #hanzi" when there is one.
func render(a *claimx.Article) []string {
	var out []string
	for _, c := range a.Claims {
		for _, e := range c.Entities {
			s := string(e.Type) + " " + e.Name
			if e.Mention != e.Name {
				s += "=" + e.Mention
			}
			if e.Hanzi != "" {
				s += " #" + e.Hanzi
			}
			out = append(out, s)
		}
	}
	return out
}

// entityCase is one row of a table of sentences and the mentions tagged in
// them, as render lists them.
type entityCase struct {
	name      string
	sentences []string
	want      []string
}

// runEntityCases tags each case's sentences as one article and compares
// the mentions and their spans.
func runEntityCases(t *testing.T, tests []entityCase) {
	e := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newArticle(tt.sentences...)
			e.Tag(context.Background(), a)
			got := render(a)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			checkSpans(t, a)
		})
	}
}

func TestEntities(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"titles stripped",
			[]string{"Foreign Minister Wang Yi met Vice Premier He Lifeng and Former Deputy Director Liang Hao in Beijing."},
			[]string{"PERSON Wang Yi", "PERSON He Lifeng", "PERSON Liang Hao", "GPE Beijing"}},
		{"two titled people joined by and, a title with its field first",
			[]string{"Secretary of State Ana Ruiz and Kenyan Foreign Minister Tom Mboya held talks."},
			[]string{"PERSON Ana Ruiz", "PERSON Tom Mboya"}},
		{"title naming an organisation",
			[]string{"Minister of the Ministry of Ecology and Environment Huang Runqiu toured Yunnan."},
			[]string{"ORG Ministry of Ecology and Environment", "PERSON Huang Runqiu", "GPE Yunnan"}},
		{"organisation before a corporate role",
			[]string{"Zentrix CEO Mara Quill said the deal was off, and Lumora’s founder Ivo Brandt agreed."},
			[]string{"ORG Zentrix", "PERSON Mara Quill", "ORG Lumora", "PERSON Ivo Brandt"}},
		{"acronym defined then used",
			[]string{"The Harbin Institute of Polar Law (HIPL) published a survey.", "HIPL researchers later revised it."},
			[]string{"ORG Harbin Institute of Polar Law", "ORG Harbin Institute of Polar Law=HIPL"}},
		{"listed acronym takes the fullest name used",
			[]string{"Officials in the People’s Republic of China (PRC) disagree.", "China says the PRC will respond."},
			[]string{"GPE People’s Republic of China", "GPE People’s Republic of China=China", "GPE People’s Republic of China=PRC"}},
		{"short references to the nearest person",
			[]string{"Premier Li Qiang met the economist Li Daokui.", "Li Qiang spoke first.", "Later Li argued that rates must fall."},
			[]string{"PERSON Li Qiang", "PERSON Li Daokui", "PERSON Li Qiang", "PERSON Li Qiang=Li"}},
		{"hanzi after a name",
			[]string{"Economist Zhou Mingyu (周明宇) of Wuhan University argued otherwise."},
			[]string{"PERSON Zhou Mingyu #周明宇", "ORG Wuhan University"}},
		{"hanzi spelled by the name",
			[]string{"Mei Xinyu (梅新育) disagreed."},
			[]string{"PERSON Mei Xinyu #梅新育"}},
		{"capitalised ideas with hanzi are not entities",
			[]string{"Common Prosperity (共同富裕) and New Quality Productive Forces (新质生产力) were slogans of the Ministry of Emergency Management (应急管理部)."},
			[]string{"ORG Ministry of Emergency Management #应急管理部"}},
		{"hanzi carried to every mention",
			[]string{"Kang Weiwen (康伟文) retired.", "Kang Weiwen’s successor was named."},
			[]string{"PERSON Kang Weiwen #康伟文", "PERSON Kang Weiwen #康伟文"}},
		{"possessives",
			[]string{"Taiwan’s Democratic Progressive Party, Huawei’s suppliers and iFlytek's rivals reacted."},
			[]string{"GPE Taiwan", "ORG Democratic Progressive Party", "ORG Huawei", "ORG iFlytek"}},
		{"citation parentheses skipped",
			[]string{"Exports from Guangdong rose sharply (Caixin, March 3; Reuters, March 4, 2023)."},
			[]string{"GPE Guangdong"}},
		{"adjectives, months and openers are not entities",
			[]string{"Chinese and American officials met at a Western venue in May.", "Meanwhile, Analysts were sceptical."},
			nil},
		{"organisations with of and and",
			[]string{"The Bank of Kunlun and the Academy of Arts and Letters signed with Tencent and Baidu."},
			[]string{"ORG Bank of Kunlun", "ORG Academy of Arts and Letters", "ORG Tencent", "ORG Baidu"}},
		{"a name of its own after an of-phrase's and",
			[]string{"Officials of the Bureau of Mines and Tencent met.", "She was a fellow at the Institute of Delta Studies and Liu Fangming spoke next.",
				"The Ministry of Ports and Inland Waterways and the Ministry of Energy and Zambia signed."},
			[]string{"ORG Bureau of Mines", "ORG Tencent", "ORG Institute of Delta Studies", "PERSON Liu Fangming",
				"ORG Ministry of Ports and Inland Waterways", "ORG Ministry of Energy", "GPE Zambia"}},
		{"a place after an of-phrase's place is another object of the of",
			[]string{"The Trade Council of Guangdong and Macau met.", "A Friendship Society of Spain and Portugal formed.", "The Bureau of Trade of Kenya and Tencent signed."},
			[]string{"ORG Trade Council of Guangdong and Macau", "ORG Friendship Society of Spain and Portugal", "ORG Bureau of Trade of Kenya", "ORG Tencent"}},
		{"a body known by the name before and ends there",
			[]string{"The Bank of China and Japan signed a deal."},
			[]string{"ORG Bank of China", "GPE Japan"}},
		{"compounds of places",
			[]string{"US-China talks and PRC-led projects resumed."},
			[]string{"GPE US", "GPE China", "GPE China=PRC"}},
		{"compounds of places one of which is named in two words or more; a part no list knows names nothing",
			[]string{"The Kenya-South Africa trade pact and the Ghana-Sierra Leone-Togo corridor grew.", "The New Zealand-Fiji accord held, but Coastal-Sierra Leone ties and the Qinghai–Tibet Plateau did not change."},
			[]string{"GPE Kenya", "GPE South Africa", "GPE Ghana", "GPE Sierra Leone", "GPE Togo", "GPE New Zealand", "GPE Fiji"}},
		{"words after a compound of places are read on their own, unless a body's or a feature's head makes the run one name",
			[]string{"The Kenya-Central Africa Summit and the Ghana-New Zealand Trade Dialogue opened.", "The Togo-Latin America Council met near the Qinghai–Tibet Plateau."},
			[]string{"GPE Kenya", "GPE Central Africa", "GPE Ghana", "GPE New Zealand", "ORG Togo-Latin America Council"}},
		{"compounds of acronyms in capitals",
			[]string{"UK-EU relations soured, the CCP-KMT forum met, and GTM-NLXQ failed."},
			[]string{"GPE UK", "ORG EU", "ORG CCP", "ORG KMT"}},
		{"the Party after the CCP",
			[]string{"The Chinese Communist Party (CCP) met.", "The Party then issued a communiqué."},
			[]string{"ORG Chinese Communist Party", "ORG Chinese Communist Party=Party"}},
		{"appositives, relative clauses and reporting verbs",
			[]string{"Helga Brandt, a researcher at the Vienna Institute for Asian Security, disagrees.", "Tomasz Rybak, who advises Warsaw, was blunt.", "Quentin Ashdown said little, said Ashdown."},
			[]string{"PERSON Helga Brandt", "ORG Vienna Institute for Asian Security", "PERSON Tomasz Rybak", "GPE Warsaw", "PERSON Quentin Ashdown", "PERSON Quentin Ashdown=Ashdown"}},
		{"a person of an organisation",
			[]string{"Professor Gao Ruiyang of Fudan University and Xu Lanfeng of the Jiangnan Policy Institute replied."},
			[]string{"PERSON Gao Ruiyang", "ORG Fudan University", "PERSON Xu Lanfeng", "ORG Jiangnan Policy Institute"}},
		{"an organisation named after a role",
			[]string{"Petra Lindqvist, an analyst at Vantrell, doubts it."},
			[]string{"PERSON Petra Lindqvist", "ORG Vantrell"}},
		{"a title split by a preposition",
			[]string{"PRC Ambassador to the US Xie Feng spoke before the 20th Party Congress."},
			[]string{"GPE PRC", "GPE US", "PERSON Xie Feng"}},
		{"context nouns type unknown names",
			[]string{"Domestic firms such as Qorvex and Lumaris, and countries like Laos, signed."},
			[]string{"ORG Qorvex", "ORG Lumaris", "GPE Laos"}},
		{"administration named after a person",
			[]string{"President Joe Biden spoke.", "The Biden Administration later clarified."},
			[]string{"PERSON Joe Biden", "PERSON Joe Biden=Biden"}},
		{"partial names join the fullest",
			[]string{"Chief Executive John Lee Ka-chiu (李家超) spoke.", "John Lee thanked Beijing.", "Lee left."},
			[]string{"PERSON John Lee Ka-chiu #李家超", "PERSON John Lee Ka-chiu=John Lee #李家超", "GPE Beijing", "PERSON John Lee Ka-chiu=Lee #李家超"}},
		{"headings are skipped",
			[]string{"Outlook for Beijing and Washington", "Tokyo waits."},
			[]string{"GPE Tokyo"}},
		{"undefined acronyms are not names",
			[]string{"Western AI firms and Beijing AI labs compete in IT."},
			[]string{"GPE Beijing"}},
		{"a name after in that ends its phrase is a place",
			[]string{"A lecturer in Dundee said the trawler stayed in Faroese waters.", "In Yanbian, officials were calm.", "Confidence in Qorvel has grown."},
			[]string{"GPE Dundee", "GPE Yanbian", "GPE Qorvel"}},
		{"a name after in that is short for a person stays the person",
			[]string{"Kang Weiming spoke.", "Confidence in Kang has grown."},
			[]string{"PERSON Kang Weiming", "PERSON Kang Weiming=Kang"}},
		{"publications and doctrines after in are not places",
			[]string{"She wrote in Zhengming, and an op-ed in Mingjing agreed, that cadres believe in Maoism."},
			nil},
		{"lists of places after a preposition",
			[]string{"Loans went to Kyaukpyu in Myanmar and to Sohar and Mumbai, not to Qorvex."},
			[]string{"GPE Kyaukpyu", "GPE Myanmar", "GPE Sohar", "GPE Mumbai"}},
		{"at after a verb of arriving",
			[]string{"The destroyer called at Sihanoukville, while its captain dined at Lumora."},
			[]string{"GPE Sihanoukville"}},
		{"appositives type organisations and places",
			[]string{"Orvento, the state shipping agency that manages the pier, declined.", "Tumen, a border city in Jilin, grew.", "Separately, the bureau said nothing."},
			[]string{"ORG Orvento", "GPE Tumen", "GPE Jilin"}},
		{"plural organisation heads after a name",
			[]string{"Marlow Institutes opened, while Local Governments hesitated."},
			[]string{"ORG Marlow Institutes"}},
		{"a name followed by a number is a designation",
			[]string{"The Haiyang Dizhi 8 and the Tansuo 1 left port as Huawei Mate 60 sales rose."},
			[]string{"ORG Huawei"}},
		{"a body of an organisation is one body under its fullest name, a body of a place too",
			[]string{"The Standing Committee of the National People’s Congress met the Bank of China.",
				"The Marine Survey Institute of the Ministry of Natural Resources agreed."},
			[]string{"ORG Standing Committee of the National People’s Congress", "ORG Bank of China",
				"ORG Marine Survey Institute of the Ministry of Natural Resources"}},
		{"a listed body under a fuller name keeps its identity",
			[]string{"The Hong Kong and Macao Affairs Office of the State Council objected.", "The HKMAO later relented."},
			[]string{"ORG Hong Kong and Macao Affairs Office of the State Council", "ORG Hong Kong and Macao Affairs Office of the State Council=HKMAO"}},
		{"after an ordinal, a meeting of the organisation",
			[]string{"At the 20th National Congress of the CCP, delegates met."},
			[]string{"ORG CCP"}},
		{"a party's congress is a meeting of the party",
			[]string{"The National Congress of the Communist Party of Zembla opened on Sunday.", "Delegates to the National Congress of the Labour Party of Norvia voted."},
			[]string{"ORG Communist Party of Zembla", "ORG Labour Party of Norvia"}},
		{"a congress of no party is a body",
			[]string{"The Congress of Local Authorities of the Council of Europe met."},
			[]string{"ORG Congress of Local Authorities of the Council of Europe"}},
		{"generic words left out of an acronym stay in the name",
			[]string{"The National Ocean Survey Bureau (OSB) mapped reefs.", "OSB vessels returned."},
			[]string{"ORG National Ocean Survey Bureau", "ORG National Ocean Survey Bureau=OSB"}},
		{"a generic adjective before a listed organisation is part of its name",
			[]string{"The Central Organization Department vetted him, and the Organization Department promoted him."},
			[]string{"ORG Central Organization Department", "ORG Central Organization Department=Organization Department"}},
		{"a plural acronym defines its singular",
			[]string{"Overseas Student Unions (OSUs) grew.", "Later an OSU objected."},
			[]string{"ORG Overseas Student Unions", "ORG Overseas Student Unions=OSU"}},
		{"natural features name no place",
			[]string{"Patrols crossed the Taiwan Strait into the East China Sea and the Gulf of Aden."},
			nil},
		{"a place under its administrative name is the place",
			[]string{"Guangdong Province officials said Guangdong would comply."},
			[]string{"GPE Guangdong", "GPE Guangdong"}},
		{"traditional characters after an organisation",
			[]string{"Taipei’s Ocean Affairs Council (海洋委員會) objected."},
			[]string{"GPE Taipei", "ORG Ocean Affairs Council #海洋委員會"}},
		{"a list takes the type of its known names",
			[]string{"The fund invested in Zhipu and Qorvex."},
			[]string{"ORG Zhipu", "ORG Qorvex"}},
		{"a month before a name is not part of it",
			[]string{"In March Nairobi announced a review."},
			[]string{"GPE Nairobi"}},
		{"a demonym the acronym leaves out stays in an agency's own name",
			[]string{"The Finnish Border Guard Service (BGS) disagreed with the Belgian Ministry of Trade (MT)."},
			[]string{"ORG Finnish Border Guard Service", "ORG Ministry of Trade"}},
		{"a regional head word names a place",
			[]string{"Himachal Pradesh officials met envoys from Aleppo Governorate."},
			[]string{"GPE Himachal Pradesh", "GPE Aleppo Governorate"}},
		{"a ship named after a place is not the place",
			[]string{"The destroyer Guangdong and sailors aboard the Hainan left Tokyo."},
			[]string{"GPE Tokyo"}},
		{"a polar ocean is no place, as a sea is not",
			[]string{"Icebreakers from Oslo mapped the Arctic."},
			[]string{"GPE Oslo"}},
		{"headings with function words are skipped",
			[]string{"Why Qorvex Labs Matters to Beijing", "Tokyo waits."},
			[]string{"GPE Tokyo"}},
		{"a speech's salutation lines, closed by a comma, are no headings",
			[]string{"Distinguished Mr. Ozols, Chairman of the Tarvania Harbour Committee,", "Dear Ms. Berzina, Director of Kesh Fisheries Agency,", "Ladies and Gentlemen,"},
			[]string{"PERSON Ozols", "ORG Tarvania Harbour Committee", "PERSON Berzina", "ORG Kesh Fisheries Agency"}},
		{"a particle whose vowel an apostrophe elides is part of the name, straight or curly",
			[]string{"Traders from Côte d'Ivoire and Cote d’Ivoire met, and Henri Lacaze d’Orval spoke."},
			[]string{"GPE Côte d'Ivoire", "GPE Côte d'Ivoire=Cote d’Ivoire", "PERSON Henri Lacaze d’Orval"}},
		{"a numbered meeting of a body names the body",
			[]string{"At the 19th National Congress of the Chinese Communist Party, delegates voted."},
			[]string{"ORG Chinese Communist Party"}},
		{"a document's title names nothing",
			[]string{"The Resolution on the Major Achievements of the Party was adopted."},
			nil},
		{"a listed body before a document's head names the body",
			[]string{"The State Council White Paper praised it."},
			[]string{"ORG State Council"}},
		{"a listed body inside a law's or a treaty's name is no mention of it, unless named alone too",
			[]string{"Fishing rights rest on the 1982 United Nations Convention on the Law of the Sea.", "Both states signed the ASEAN Charter and the WHO Framework Convention on Tobacco Control."},
			nil},
		{"a listed body named alone as well as inside a treaty's name is a body",
			[]string{"The UN Charter bars the use of force.", "The UN said the talks would go on."},
			[]string{"ORG UN", "ORG UN"}},
		{"an and inside the fields of a body",
			[]string{"She joined the Academy of Ethnic Studies and Languages of the CPC Central Committee."},
			[]string{"ORG Academy of Ethnic Studies and Languages of the CPC Central Committee"}},
		{"a Chinese name ends a title",
			[]string{"Vice Minister of Water Resources Li Guoying (李国英) spoke."},
			[]string{"PERSON Li Guoying #李国英"}},
	})
}

// TestEntitiesConcurrent tags from several goroutines with one tagger, as
// the pipeline's workers do; run with -race it checks the sharing.
func TestEntitiesConcurrent(t *testing.T) {
	e := New()
	sentences := []string{"Premier Li Qiang (李强) met Nvidia’s CEO Jensen Huang in Beijing.", "Li said the PRC would respond."}
	want := newArticle(sentences...)
	e.Tag(context.Background(), want)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			a := newArticle(sentences...)
			e.Tag(context.Background(), a)
			if got := fmt.Sprint(render(a)); got != fmt.Sprint(render(want)) {
				t.Errorf("concurrent tag gave %s, want %s", got, fmt.Sprint(render(want)))
			}
		})
	}
	wg.Wait()
}

// checkSpans checks that every span slices the article to its mention.
func checkSpans(t *testing.T, a *claimx.Article) {
	t.Helper()
	rs := []rune(a.Text)
	for _, c := range a.Claims {
		for _, e := range c.Entities {
			if got := string(rs[e.Start:e.End]); got != e.Mention {
				t.Errorf("span %v of %q slices %q", e.Span, e.Mention, got)
			}
			if !c.Span.Contains(e.Span) {
				t.Errorf("span %v of %q outside its claim %v", e.Span, e.Mention, c.Span)
			}
		}
	}
}

// TestEntitiesRetag checks that tagging twice gives the same result, not
// an accumulation.
func TestEntitiesRetag(t *testing.T) {
	e := New()
	a := newArticle("Xi Jinping met Vladimir Putin in Moscow.")
	e.Tag(context.Background(), a)
	first := fmt.Sprint(render(a))
	e.Tag(context.Background(), a)
	if second := fmt.Sprint(render(a)); second != first {
		t.Errorf("retag changed %s to %s", first, second)
	}
}

// FuzzEntities checks that any text tags without a panic and that every
// mention's span slices the text to the mention, inside its claim.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"Premier Li Qiang (李强) met the PLA’s Dong Jun (董军) in Beijing (Xinhua, May 2).",
		"The People's Republic of China (PRC) and US-China ties; the PRC-led anti-CCP group (X",
		"(ABC) Foo Bar (FB) of the & and ’s J. Dr. U.S.",
		"", " ", "’s", "A-", "-B", "iX", "Ab (CD", "far The", // a function word ending the text
	} {
		f.Add(s)
	}
	e := New()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a := newArticle(strings.Split(s, ". ")...)
		e.Tag(context.Background(), a)
		checkSpans(t, a)
		for _, c := range a.Claims {
			for _, en := range c.Entities {
				if en.Name == "" || (en.Type != claimx.Person && en.Type != claimx.Org && en.Type != claimx.GPE) {
					t.Errorf("bad entity %+v", en)
				}
			}
		}
	})
}
