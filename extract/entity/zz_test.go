package entity_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/pipeline"
)

func TestZZ(t *testing.T) {
	a := input.ReadFile(os.Getenv("ZZ"), input.MaxBytes)
	pipeline.Process(context.Background(), a, pipeline.Taggers())
	for _, c := range a.Claims {
		for _, e := range c.Entities {
			fmt.Printf("%d %q %s %q [%d,%d]\n", c.Index, e.Name, e.Type, e.ID, e.Start, e.End)
		}
	}
}
