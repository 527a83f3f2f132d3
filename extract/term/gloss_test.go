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
