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
	status := mainArgs([]string{"eval", "--gold", "../../seeds", "--baseline", "../../seeds/baseline.json"}, nil, &stdout, &stderr)
	if status != exitOK {
		t.Fatalf("claimx eval exit %d: quality fell below seeds/baseline.json\n%s\n%s", status, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "citations") {
		t.Errorf("no score table printed:\n%s", stdout.String())
	}
}
