package main

import (
	"bytes"
	"os"
	"path/filepath"
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

// TestEvalSeveralSets scores a root holding two gold sets: each set apart,
// then all together, with a summary column per set.
func TestEvalSeveralSets(t *testing.T) {
	root := t.TempDir()
	for set, stem := range map[string]string{"real/dev": "a1-critical-minerals-export-controls", "written": "ccp-cyber-sovereignty-ai"} {
		copyFile(t, "../../seeds/written/articles/"+stem+".txt", filepath.Join(root, set, "articles", stem+".txt"))
		copyFile(t, "../../seeds/written/gold/"+stem+".json", filepath.Join(root, set, "gold", stem+".json"))
	}
	var stdout, stderr bytes.Buffer
	if status := mainArgs([]string{"eval", "--gold", root}, nil, &stdout, &stderr); status != exitOK {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	for _, want := range []string{"== real/dev\n", "== written\n", "== all\n", "real/dev    written        all"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	base := filepath.Join(root, "baseline.json")
	if status := mainArgs([]string{"eval", "--gold", root, "--write-baseline", base}, nil, &stdout, &stderr); status != exitOK {
		t.Fatalf("write baseline: exit %d: %s", status, stderr.String())
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"real/dev: entities F1"`) || strings.Contains(string(data), `"all: `) {
		t.Errorf("the baseline keeps each set's scores, not the sum:\n%s", data)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
