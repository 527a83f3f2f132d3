package pipeline

import (
	"github.com/claimx/claimx/extract"
	"github.com/claimx/claimx/segment"
)

// Taggers is claimx's analysis, in order: each step may read what the steps
// before it found (entities skip citation parentheses and take a person's
// hanzi from terms; attributions resolve speakers among entities).
func Taggers() []Tagger {
	return []Tagger{
		extract.Citations{},
		extract.NewTerms(segment.LoadChinese),
		extract.NewEntities(),
		extract.Quotes{},
		extract.Footnotes{},
		extract.Attributions{},
	}
}
