package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSplitPrintsOneSentenceALine(t *testing.T) {
	in := "5 June 2024\n\nHarbour Politics\n\nBy Noor Aziz\n\nTrade Routes\n\nThe port opened in May (Reuters, 2 May 2024). Traffic doubled. [1] Critics, e.g. Dr. Lam,\nwere unconvinced.\n"
	var stdout, stderr bytes.Buffer
	if status := mainArgs([]string{"split"}, strings.NewReader(in), &stdout, &stderr); status != exitOK {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	want := "The port opened in May (Reuters, 2 May 2024).\nTraffic doubled. [1]\nCritics, e.g. Dr. Lam, were unconvinced.\n"
	if stdout.String() != want {
		t.Errorf("got\n%s\nwant\n%s", stdout.String(), want)
	}
}

func TestSplitRefusesBinaryInput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := mainArgs([]string{"split"}, strings.NewReader("a\x00b"), &stdout, &stderr); status != exitFatal {
		t.Errorf("exit %d, want %d", status, exitFatal)
	}
	if !strings.Contains(stderr.String(), "NUL") {
		t.Errorf("stderr %q does not say why", stderr.String())
	}
}

// goldenRulesFloor is how many of the Golden Rules (the English sentence
// boundary cases behind the Pragmatic Segmenter and pySBD) `claimx split`
// must pass. It only rises.
const goldenRulesFloor = 49

// TestSplitGoldenRules runs every Golden Rules case through `claimx split`.
// testdata/golden_rules_en.json holds the cases as pySBD's tests print them
// (MIT licensed, from the Pragmatic Segmenter's list), with the two
// line-break cases of the copy in prose's module; that copy lost the first
// marker of five list cases ("The first item 2.) The second item"), which
// no splitter can then pass.
func TestSplitGoldenRules(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden_rules_en.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rules []struct {
		Name   string
		Input  string
		Output []string
	}
	if err := json.Unmarshal(data, &rules); err != nil {
		t.Fatal(err)
	}
	passed := 0
	for _, r := range rules {
		var stdout, stderr bytes.Buffer
		mainArgs([]string{"split"}, strings.NewReader(r.Input), &stdout, &stderr)
		got := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
		var want []string
		for _, s := range r.Output {
			want = append(want, strings.Join(strings.Fields(s), " "))
		}
		if slices.Equal(got, want) {
			passed++
			continue
		}
		t.Logf("%s\n  input %q\n  got   %q %s\n  want  %q", r.Name, r.Input, got, stderr.String(), want)
	}
	t.Logf("Golden Rules: %d of %d", passed, len(rules))
	if passed < goldenRulesFloor {
		t.Errorf("Golden Rules: %d of %d pass, fewer than %d", passed, len(rules), goldenRulesFloor)
	}
}

// TestSplitFileReadsAPage: a FILE argument is read as run reads it, so an
// HTML page gives its article's sentences, not its markup.
func TestSplitFileReadsAPage(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	html := `<html><head><title>Harbour Talks</title></head><body><nav>Home | World</nav><article><h1>Harbour Talks</h1>
<p>The ministry said the talks would resume in Geneva next month. Both sides agreed to keep their coast guards apart until then.</p>
<p>Fishermen on the island said they had heard such promises before, and that the boats would go out regardless of any agreement.</p></article></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if status := mainArgs([]string{"split", page}, nil, &stdout, &stderr); status != exitOK {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	want := "The ministry said the talks would resume in Geneva next month.\nBoth sides agreed to keep their coast guards apart until then.\nFishermen on the island said they had heard such promises before, and that the boats would go out regardless of any agreement.\n"
	if stdout.String() != want {
		t.Errorf("got\n%s\nwant\n%s", stdout.String(), want)
	}
}
