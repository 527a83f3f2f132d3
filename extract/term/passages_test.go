package term

import (
	"testing"

	"github.com/claimx/claimx/segment"
)

// TestTermsPassages checks articles that print Chinese passages as
// paragraphs of their own, each over its English, and the articles that
// print one such passage or English that is no translation.
func TestTermsPassages(t *testing.T) {
	terms := New(segment.LoadChinese)
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"two passages over translations of several sentences, one after a blank line",
			"The minister took questions at the harbour.\nA reporter asked:\n" +
				"记者:港口明年会扩建吗?渔民担心收入。\n" +
				"Reporter: Will the port be expanded next year? Fishermen worry about their income.\n" +
				"The reply was brief.\n" +
				"部长:扩建计划已经批准,明年春天开工。\n\n" +
				"Minister: The expansion plan has been approved, and work starts next spring.\n" +
				"Nobody asked a third question.\n",
			map[string]string{"记者:港口明年会扩建吗?渔民担心收入。": "Reporter: Will the port be expanded next year? Fishermen worry about their income.",
				"部长:扩建计划已经批准,明年春天开工。": "Minister: The expansion plan has been approved, and work starts next spring."}},
		{"one passage over English is a quotation the writer goes on from",
			"The notice on the door said:\n" +
				"本店今天休息,明天照常营业。\n" +
				"Shops along the street closed early that week, and the market was quiet.\nIt reopened on Monday.\n",
			map[string]string{"本店今天休息,明天照常营业。": ""}},
		{"a line far shorter than its passage introduces what follows",
			"Two statements were read out.\n" +
				"我们坚决反对这一决定,并将采取一切必要措施维护我们的合法权益。\n" +
				"And then:\n" +
				"各方应当保持克制,通过对话解决分歧,避免局势进一步升级。\n" +
				"He paused.\nThen he left the room.\n",
			map[string]string{"我们坚决反对这一决定,并将采取一切必要措施维护我们的合法权益。": "",
				"各方应当保持克制,通过对话解决分歧,避免局势进一步升级。": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkArticleGlosses(t, terms, tc.text, tc.want) })
	}
}
