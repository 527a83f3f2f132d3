package term

import (
	"testing"

	"github.com/claimx/claimx/segment"
)

// TestTermsNextSentence checks a translation named by the sentence after
// the run's own, and the sentences that name none.
func TestTermsNextSentence(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"pinyin before the parenthesis, a translation named next",
			"My grandmother's favourite saying was man man lai (慢慢来) whenever I rushed. A literal translation is “slowly slowly come.”\n",
			map[string]string{"慢慢来": "slowly slowly come"}},
		{"the run in running text, the rendering named next",
			"Shopkeepers in the old town still greet you with 吃了吗 at noon. The usual English rendering is “have you eaten?”\n",
			map[string]string{"吃了吗": "have you eaten?"}},
		{"two runs in the sentence: the translation names neither",
			"Signs read 出口 and 入口 at every gate. A literal translation is “out mouth.”\n",
			map[string]string{"出口": "", "入口": ""}},
		{"a next sentence about something else",
			"She learned to say man man lai (慢慢来) on her first trip. A long journey is “a test of patience,” she wrote.\n",
			map[string]string{"慢慢来": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkArticleGlosses(t, terms, tc.text, tc.want) })
	}
}
