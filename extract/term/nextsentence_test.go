package term

import (
	"testing"

	"github.com/claimx/claimx/segment"
)

// TestTermsNextSentence checks a translation that the sentence after a
// run's gives it, and the sentences that only look like one.
func TestTermsNextSentence(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"pinyin before the parenthesis, a translation named next",
			"My grandmother's favourite saying was man man lai (慢慢来) whenever I rushed. The word-for-word rendering is “slowly slowly come.”\n",
			map[string]string{"慢慢来": "slowly slowly come"}},
		{"the run in running text, the rendering named next",
			"Shopkeepers in the old town still greet you with 吃了吗 at noon. The usual English rendering is “have you eaten?”\n",
			map[string]string{"吃了吗": "have you eaten?"}},
		{"two runs in the sentence: the translation names neither",
			"Signs read 出口 and 入口 at every gate. The word-for-word rendering is “out mouth.”\n",
			map[string]string{"出口": "", "入口": ""}},
		{"a next sentence about something else",
			"She learned to say man man lai (慢慢来) on her first trip. A long journey is “a test of patience,” she wrote.\n",
			map[string]string{"慢慢来": ""}},
		{"a pronoun, a verb of translating and a quotation",
			"Planners now speak of 数字乡村 (shùzì xiāngcūn). It is usually translated as “digital countryside,” and it covers broadband.\n",
			map[string]string{"数字乡村": "digital countryside"}},
		{"a noun phrase a word for a translation heads",
			"Students learn the saying 学无止境 early on. Our closest translation is “learning has no limit.”\n",
			map[string]string{"学无止境": "learning has no limit"}},
		{"a possessive and a word for a translation, then a colon",
			"Everyone in the office knew the phrase 摸鱼 by then. Its nearest English equivalent: “slacking off.”\n",
			map[string]string{"摸鱼": "slacking off"}},
		{"a sentence about something else is no translation",
			"Planners now speak of 数字乡村 (shùzì xiāngcūn). The report, they said, “translates as a plan for towns.”\n",
			map[string]string{"数字乡村": ""}},
		{"another run before the stop leaves the reference unclear",
			"Planners speak of 数字乡村 and 智慧城市 alike. It is usually translated as “digital countryside.”\n",
			map[string]string{"数字乡村": "", "智慧城市": ""}},
		{"the run's pinyin opens the next sentence",
			"Villagers still call the old headman zhanggui (掌柜). Zhanggui is best translated as “shopkeeper,” though he keeps no shop.\n",
			map[string]string{"掌柜": "shopkeeper"}},
		{"another word opens the next sentence",
			"Villagers still call the old headman zhanggui (掌柜). Nobody is translated as “shopkeeper” there.\n",
			map[string]string{"掌柜": ""}},
		{"no quotation after the verb",
			"Planners now speak of 数字乡村 (shùzì xiāngcūn). It translates to more spending on roads.\n",
			map[string]string{"数字乡村": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkArticleGlosses(t, terms, tc.text, tc.want) })
	}
}
