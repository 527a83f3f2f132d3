package entity

import (
	"context"
	"testing"

	"github.com/claimx/claimx"
)

func TestSpeakerIDs(t *testing.T) {
	a := &claimx.Article{Claims: []claimx.Claim{
		{Entities: []claimx.Entity{{ID: "wang yi", Name: "Wang Yi", Type: claimx.Person}}},
		{Speaker: "Wang Yi", Quotes: []claimx.Quote{
			{Text: "a new chapter", Speaker: "Wang Yi"},
			{Text: "firmly opposes", Speaker: "Foreign Ministry"},
			{Text: "so-called", Speaker: ""},
		}},
		{Speaker: "Hana Okonkwo-Lindqvist"},
	}}
	SpeakerIDs{}.Tag(context.Background(), a)
	cases := []struct{ what, got, want string }{
		{"claim speaker: the entity's ID", a.Claims[1].SpeakerID, "wang yi"},
		{"quote speaker: the entity's ID", a.Claims[1].Quotes[0].SpeakerID, "wang yi"},
		// A body named only in a cue takes the ID the gazetteer gives
		// all its names, as the entity would.
		{"quote speaker known to the gazetteer by another name", a.Claims[1].Quotes[1].SpeakerID, "ministry of foreign affairs"},
		{"no speaker, no ID", a.Claims[1].Quotes[2].SpeakerID, ""},
		{"claim without a speaker", a.Claims[0].SpeakerID, ""},
		{"unknown speaker: the normalised name", a.Claims[2].SpeakerID, "hana okonkwo-lindqvist"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
}
