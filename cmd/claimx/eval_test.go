package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestEvalGate runs `claimx eval` on the committed gold set against the
// committed baseline, so `make test` fails when any layer's quality drops.
func TestEvalGate(t *testing.T) {
	var stdout, stderr bytes.Buffer
	status := mainArgs([]string{"eval", "--gold", "../../seeds/written", "--baseline", "../../seeds/baseline.json"}, nil, &stdout, &stderr)
	if status != exitOK {
		t.Fatalf("claimx eval exit %d: quality fell below seeds/baseline.json\n%s\n%s", status, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "citations") {
		t.Errorf("no score table printed:\n%s", stdout.String())
	}
}

// TestEvalFromWrittenDataset checks that scoring a dataset written by
// `claimx run` gives the same report as scoring the pipeline in memory:
// everything eval scores survives the Parquet round trip.
func TestEvalFromWrittenDataset(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if status := mainArgs([]string{"run", "--out", out, "../../seeds/written/articles"}, nil, &stdout, &stderr); status != exitOK {
		t.Fatalf("claimx run exit %d: %s", status, stderr.String())
	}
	report := func(args ...string) string {
		var stdout, stderr bytes.Buffer
		args = append([]string{"eval", "--gold", "../../seeds/written", "--json"}, args...)
		if status := mainArgs(args, nil, &stdout, &stderr); status != exitOK {
			t.Fatalf("%v: exit %d: %s", args, status, stderr.String())
		}
		return stdout.String()
	}
	inMemory, written := report(), report("--pred", out)
	if inMemory != written {
		t.Errorf("scores differ:\nin memory: %s\nfrom %s: %s", inMemory, out, written)
	}
}
