package pipeline_test

import (
	"context"
	"fmt"

	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/pipeline"
)

// Process one article held in memory: input.Article decodes it and finds
// its paragraphs, Process splits them into claims and runs every tagger.
func ExampleProcess() {
	raw := []byte("Beijing tightened its export controls on gallium in 2023 (MOFCOM, July 3, 2023).\n\n" +
		"“The measures are lawful,” Foreign Ministry spokesperson Mao Ning told reporters.\n")
	a := input.Article("note.txt", raw, nil)
	pipeline.Process(context.Background(), a, pipeline.Taggers())
	if a.Err != nil {
		fmt.Println(a.Err)
		return
	}
	for _, c := range a.Claims {
		fmt.Printf("%d %s %q\n", c.Index, c.Kind, c.Text)
		for _, ct := range c.Citations {
			fmt.Printf("  cites %s, %s\n", ct.Source, ct.Date.Format("2006-01-02"))
		}
		for _, e := range c.Entities {
			fmt.Printf("  names %s %s\n", e.Type, e.Name)
		}
		if c.Speaker != "" {
			fmt.Printf("  %s %s %q\n", c.Speaker, c.Cue, c.Quotes[0].Text)
		}
	}
	// Output:
	// 0 author "Beijing tightened its export controls on gallium in 2023 (MOFCOM, July 3, 2023)."
	//   cites MOFCOM, 2023-07-03
	//   names GPE Beijing
	// 1 reported "“The measures are lawful,” Foreign Ministry spokesperson Mao Ning told reporters."
	//   names ORG Foreign Ministry
	//   names PERSON Mao Ning
	//   Mao Ning told "The measures are lawful,"
}
