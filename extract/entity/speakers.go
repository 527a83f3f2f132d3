package entity

import (
	"context"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/extract/gazetteer"
)

// SpeakerIDs gives every claim and quotation speaker the ID of the entity
// it names, so that a speaker joins the entities table across articles.
// It runs after attribution: a speaker is the canonical name of one of the
// article's entities, whose ID the entity tagger already set; a speaker
// that is no entity of the article (a body named only in a cue) gets the
// gazetteer's identity for its name, as an entity would.
type SpeakerIDs struct{}

// Tag fills Claim.SpeakerID and Quote.SpeakerID wherever there is a
// speaker.
func (SpeakerIDs) Tag(_ context.Context, a *claimx.Article) {
	ids := map[string]string{}
	for _, c := range a.Claims {
		for _, e := range c.Entities {
			if _, seen := ids[e.Name]; !seen {
				ids[e.Name] = e.ID
			}
		}
	}
	id := func(speaker string) string {
		if speaker == "" {
			return ""
		}
		if v, ok := ids[speaker]; ok {
			return v
		}
		v := gazetteer.Default().ID(speaker)
		ids[speaker] = v
		return v
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		c.SpeakerID = id(c.Speaker)
		for j := range c.Quotes {
			c.Quotes[j].SpeakerID = id(c.Quotes[j].Speaker)
		}
	}
}
