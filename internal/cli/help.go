package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// commandFlags are the flags each command accepts; any other is a usage
// error (exit 2), so a typo is never silently ignored.
var commandFlags = map[string]map[string]bool{
	"build":   set(common, "timeout"),
	"dev":     set(common, serving...),
	"preview": set(common, append(serving, "workers")...),
}

var common = []string{"root", "config", "outDir", "outdir", "site", "base", "verbose", "silent", "help", "h", "max-memory"}

var serving = []string{"host", "port", "method-not-allowed", "timeout", "write-timeout", "max-body", "max-header", "max-inflight", "max-queue"}

func set(base []string, more ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range append(append([]string{}, base...), more...) {
		m[n] = true
	}
	return m
}

// flagCommands maps each flag to the commands that take it, for the
// message about a flag given to the wrong command.
var flagCommands = func() map[string][]string {
	m := map[string][]string{}
	for cmd, flags := range commandFlags {
		for f := range flags {
			m[f] = append(m[f], cmd)
		}
	}
	for _, cmds := range m {
		sort.Strings(cmds)
	}
	return m
}()

// commandHelp is each command's usage and its own flags.
var commandHelp = map[string]string{
	"build": `Usage: comet build [root] [flags]

Build the project: endpoints run at build time and their files go to dist/.
With output: 'server' (or a route with prerender = false), prerendered files
go to dist/client and the server to dist/server; run it with comet preview.
`,
	"dev": `Usage: comet dev [root] [flags]

Serve the project from its sources on http://localhost:4321/ and rebuild on
every change. A broken edit is printed and shown as the response until it
is fixed.
`,
	"preview": `Usage: comet preview [root] [flags]

Serve what comet build wrote: the files of a static build, or the server of
a server build (dist/server) with its prerendered files (dist/client).
`,
}

// printCommandHelp prints one command's usage and the lines of the full
// help for the flags it takes.
func printCommandHelp(w io.Writer, cmd string) {
	fmt.Fprint(w, commandHelp[cmd])
	fmt.Fprintln(w, "\nFlags")
	var full strings.Builder
	printHelp(&full)
	_, flagText, _ := strings.Cut(full.String(), "\nFlags\n")
	keep := false
	for _, line := range strings.Split(flagText, "\n") {
		if strings.HasPrefix(line, "  --") {
			keep = false
			for _, name := range strings.Fields(strings.NewReplacer(",", " ", "[", " ", "<", " ").Replace(line)) {
				if n, ok := strings.CutPrefix(name, "--"); ok && commandFlags[cmd][n] {
					keep = true
				}
			}
		} else if !strings.HasPrefix(line, "    ") {
			keep = false
		}
		if keep {
			fmt.Fprintln(w, line)
		}
	}
}
