package cite

import (
	"context"
	"strconv"
	"strings"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/segment"
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
		for off := 0; off < len(c.Text); {
			j := strings.IndexByte(c.Text[off:], '[')
			if j < 0 {
				break
			}
			off += j
			if n := segment.FootnoteMarker(c.Text[off:]); n > 0 {
				num, _ := strconv.Atoi(c.Text[off+1 : off+n-1])
				c.Footnotes = append(c.Footnotes, num)
				off += n
				continue
			}
			off++
		}
	}
}
