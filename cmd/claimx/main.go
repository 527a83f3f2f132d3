// Command claimx turns analytical articles into structured, checkable claim
// records written to Parquet.
//
//	claimx run   [flags] INPUT...   process articles into an output dataset
//	claimx eval  [flags]            score the pipeline against gold labels
//	claimx split [FILE]             print the sentences of a file or standard input
//	claimx compact OUT              merge a dataset's small part files
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
	{"split", "print the sentences of a file or standard input, one per line", splitCmd},
	{"show", "render an article of a dataset as an HTML page", showCmd},
	{"compact", "merge a dataset's small part files into large ones", compactCmd},
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
	usage := func() {
		fmt.Fprintln(stderr, "Usage: claimx version\n\nPrints the claimx build, as written in every output file's claimx.version.")
	}
	extra, status, ok := parseFlags(fs, args, usage, stderr)
	if !ok {
		return status
	}
	if len(extra) > 0 {
		return badUsage(stderr, fs, "takes no arguments, got %q", extra)
	}
	fmt.Fprintln(stdout, "claimx", version)
	return exitOK
}

// parseFlags parses args with fs, flags before, between or after the other
// arguments, which it returns; after "--" every argument is one of them.
// On --help it prints usage and returns exitOK, on a bad flag the flag
// package's word on what is wrong and exitUsage; ok is false for both.
func parseFlags(fs *flag.FlagSet, args []string, usage func(), stderr io.Writer) (positional []string, status int, ok bool) {
	fs.SetOutput(stderr)
	fs.Usage = func() {} // the full usage on --help only: an error says what is wrong
	for {
		err := fs.Parse(args)
		if err == flag.ErrHelp {
			usage()
			return nil, exitOK, false
		}
		if err != nil {
			fmt.Fprintf(stderr, "Run 'claimx %s --help' for usage.\n", fs.Name())
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" || len(rest) == 0 {
			return append(positional, rest...), exitOK, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// badUsage says what is wrong with a command line and where usage is.
func badUsage(stderr io.Writer, fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(stderr, "claimx %s: %s\nRun 'claimx %s --help' for usage.\n", fs.Name(), fmt.Sprintf(format, a...), fs.Name())
	return exitUsage
}
