// Command comet builds and serves Astro endpoint projects. See
// internal/cli for the commands.
package main

import (
	"os"

	"github.com/comet-dev/comet/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
