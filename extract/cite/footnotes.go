package cite

import (
	"context"

	"github.com/claimx/claimx"
)

// Footnotes fills Claim.Footnotes with the numbers of the bracketed footnote
// markers "[3]" in each claim.
type Footnotes struct{}

// Tag implements the tagger shape.
func (Footnotes) Tag(ctx context.Context, a *claimx.Article) {
	for i := range a.Claims {
		if ctx.Err() != nil {
			return
		}
		c := &a.Claims[i]
		c.Footnotes = c.Footnotes[:0]
		markers(c.Text, func(num int) { c.Footnotes = append(c.Footnotes, num) })
	}
}
