// Command claimx turns analytical articles into structured, checkable claim
// records written to Parquet.
//
//	claimx run   [flags] INPUT...   process articles into an output dataset
//	claimx eval  [flags]            score the pipeline against gold labels
//	claimx split                    print the sentences of standard input
//	claimx version                  print the build
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// version is the claimx build, set by the Makefile with -ldflags; a binary
// built by `go install module@version` takes the module version instead.
var version = "dev"

func init() {
	if info, ok := debug.ReadBuildInfo(); ok && version == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		version = info.Main.Version
	}
}

// Exit statuses, as the README documents them.
const (
	exitOK      = 0
	exitFatal   = 1
	exitUsage   = 2
	exitPartial = 3 // some articles failed, the rest were written
)

type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands = []command{
	{"run", "process articles into an output dataset", runCmd},
	{"eval", "score the pipeline against gold labels", evalCmd},
	{"split", "print the sentences of standard input, one per line", splitCmd},
	{"show", "render an article of a dataset as an HTML page", showCmd},
	{"version", "print the claimx build", versionCmd},
}

func main() {
	os.Exit(mainArgs(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func mainArgs(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "claimx: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "claimx turns analytical articles into structured claim records (Parquet).")
	fmt.Fprintln(w, "\nUsage: claimx COMMAND [flags]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'claimx COMMAND --help' for a command's flags.")
}

func versionCmd(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimx version\n\nPrints the claimx build, as written in every output file's claimx.version.")
	}
	if err := fs.Parse(args); err != nil {
		return flagStatus(err)
	}
	fmt.Fprintln(stdout, "claimx", version)
	return exitOK
}
