package main

import (
	"bytes"
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
