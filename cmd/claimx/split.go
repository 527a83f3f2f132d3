package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/claimx/claimx"
	"github.com/claimx/claimx/input"
	"github.com/claimx/claimx/pipeline"
)

// splitCmd prints the sentences claimx finds in plain text on standard
// input, one per line, so sentence splitting can be checked on any text.
func splitCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("split", flag.ContinueOnError)
	usage := func() {
		fmt.Fprintln(stderr, "Usage: claimx split [FILE] < article.txt\n\nPrints each sentence of the running text on its own line (headings and the header left out).\nFILE is read as claimx run reads it (text, Markdown or an HTML page); without it,\nstandard input is read as text.")
	}
	files, status, ok := parseFlags(fs, args, usage, stderr)
	if !ok {
		return status
	}
	var a *claimx.Article
	switch len(files) {
	case 0:
		raw, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "claimx split: reading standard input:", err)
			return exitFatal
		}
		a = input.Article("-", raw, nil)
	case 1:
		a = input.ReadFile(files[0], input.MaxBytes)
	default:
		return badUsage(stderr, fs, "one FILE at most, got %d", len(files))
	}
	if a.Err != nil {
		fmt.Fprintln(stderr, "claimx split:", a.Err)
		return exitFatal
	}
	pipeline.Split(a)
	for _, c := range a.Claims {
		// One sentence a line: white space within it, line breaks
		// included, prints as one space.
		fmt.Fprintln(stdout, strings.Join(strings.Fields(c.Text), " "))
	}
	return exitOK
}
