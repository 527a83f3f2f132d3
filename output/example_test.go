package output_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/output"
	"github.com/claimx/claimx/pipeline"
)

// Write processed articles as a dataset, as claimx run does, and read the
// dataset back as articles, each with its claims in sentence order.
func ExampleReadDataset() {
	dir, err := os.MkdirTemp("", "claimx-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	a := input.Article("note.txt", []byte("“The measures are lawful,” Mao Ning told reporters.\n"), nil)
	pipeline.Process(context.Background(), a, pipeline.Taggers())
	ds, err := output.Open(dir, output.Options{Version: "example"})
	if err != nil {
		panic(err)
	}
	if err := ds.WritePart([]*claimx.Article{a}, time.Now()); err != nil {
		panic(err)
	}

	arts, err := output.ReadDataset(dir)
	if err != nil {
		panic(err)
	}
	for _, a := range arts {
		fmt.Println(a.Source, len(a.Claims), "claim")
		for _, c := range a.Claims {
			fmt.Printf("%s %s: %q\n", c.Kind, c.Speaker, c.Quotes[0].Text)
		}
	}
	// Output:
	// note.txt 1 claim
	// reported Mao Ning: "The measures are lawful,"
}
