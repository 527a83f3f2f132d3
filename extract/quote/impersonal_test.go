package quote

import "testing"

// TestAttributionImpersonalView checks that a passive of thinking with no
// agent before a that-clause ("It is believed that …") reports the
// sentence for someone the text does not name, as a passive of saying
// does, and that one with no that-clause only describes its subject.
func TestAttributionImpersonalView(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"believed, before a that-clause",
			[][]string{{"It is believed that the ferry sank in a storm."}},
			nil, []string{"(It) | believed"}},
		{"thought, with an adverb",
			[][]string{{"It is widely thought that the mill will close."}},
			nil, []string{"(It) | thought"}},
		{"expected, in the past",
			[][]string{{"It was expected that the bridge would open in May."}},
			nil, []string{"(It) | expected"}},
		{"hoped, a finding verb's view (lexicon finding-verbs, as 'the residents hope that')",
			[][]string{{"It is hoped that the ferry will run again by June."}},
			nil, []string{"(It) | hoped"}},
		{"no that-clause: it describes its subject",
			[][]string{{"It is believed to be the oldest bridge in the valley."}},
			nil, []string{""}},
		{"set off in the sentence",
			[][]string{{"The fire, it is believed, started in the kitchen."}},
			nil, []string{""}},
	})
}
