package pipeline

import (
	"github.com/claimx/claimx/extract/cite"
	"github.com/claimx/claimx/extract/entity"
	"github.com/claimx/claimx/extract/quote"
	"github.com/claimx/claimx/extract/term"
	"github.com/claimx/claimx/segment"
)

// Taggers is claimx's analysis, in order: each step may read what the steps
// before it found (entities skip citation parentheses and take a person's
// hanzi from terms; attributions resolve speakers among entities, whose
// IDs the speakers then take).
func Taggers() []Tagger {
	return []Tagger{
		cite.Citations{},
		term.New(segment.LoadChinese),
		entity.New(),
		quote.Quotes{},
		cite.Footnotes{},
		quote.Attributions{},
		entity.SpeakerIDs{},
	}
}
