package term

import (
	"testing"

	"github.com/claimx/claimx/segment"
)

// TestTermsEntries checks glossaries that print a term and its English
// side by side with no mark between: a line per entry or a flattened
// table's row of entries, and the articles that only look like one.
func TestTermsEntries(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"a line per entry, words no dictionary pairs with the English (kitchen glossary)",
			"Words for the kitchen\n\n炒锅 round iron pan\n\n蒸笼  stacked basket for buns\n\n砧板 cutting block\n\n老抽 the darker kind of soy\n",
			map[string]string{"炒锅": "round iron pan", "蒸笼": "stacked basket for buns", "砧板": "cutting block", "老抽": "the darker kind of soy"}},
		{"a flattened table, two entries a row, and a quotation whole (civics sheet)",
			"Civics vocabulary\n\n选举委员会  Election committee     立法会   Legislative council\n\n" +
				"投票站 Polling station\n\n" +
				"港人治港  ‘Hong Kong people, ruling Hong Kong’\n",
			map[string]string{"选举委员会": "Election committee", "立法会": "Legislative council", "投票站": "Polling station",
				"港人治港": "Hong Kong people, ruling Hong Kong"}},
		{"a list item's mark before each entry",
			"Useful phrases:\n- 加班 working overtime\n- 摸鱼 slacking off at work\n- 打工人 wage earners\n",
			map[string]string{"加班": "working overtime", "摸鱼": "slacking off at work", "打工人": "wage earners"}},
		{"a name's row gives an office, no gloss; a spelled name is one",
			"Who is who\n\n王建军  Party Secretary\n\n刘晓红  Mayor\n\n陈志明  Chen Zhiming\n\n市政府 City Government\n",
			map[string]string{"王建军": "", "刘晓红": "", "陈志明": "Chen Zhiming", "市政府": "City Government"}},
		{"the run's romanisation before its English, on the line or in a column of its own",
			"Weather words for travellers, with the pinyin of each one.\n\n台风 táifēng typhoon season\n\n雾霾  wùmái  winter smog\n\nléizhènyǔ 雷阵雨 sudden storms\n",
			map[string]string{"台风": "typhoon season", "雾霾": "winter smog", "雷阵雨": "sudden storms"}},
		{"a capitalised word alone is a table's English, a language's name a menu's",
			"Offices in the town hall and what each one does for residents.\n\n镇长  Mayor\n\n会计  Bookkeeper\n\n档案室  Records office\n\n中文  English\n",
			map[string]string{"镇长": "Mayor", "会计": "Bookkeeper", "档案室": "Records office", "中文": ""}},
		{"two entries make no glossary",
			"Two words heard from the young in the city this year, and what they say about work.\n\n老铁 trusted pal\n\n打工人 wage earners\n",
			map[string]string{"老铁": "", "打工人": ""}},
		{"paragraphs opened by a run run on as sentences, no entries",
			"Notes from the county\n\n加班 is now common among the young staff, who stay late.\n\n" +
				"摸鱼 has become a word for quiet protest.\n\n" +
				"打工人 appear in every second post on the forum.\n",
			map[string]string{"加班": "", "摸鱼": "", "打工人": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkArticleGlosses(t, terms, tc.text, tc.want) })
	}
}
