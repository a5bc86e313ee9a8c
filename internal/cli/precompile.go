package cli

import (
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// precompile starts compiling the JavaScript every runtime runs (the Web
// platform's prelude and parts, endpoint.js) in the background, for the
// commands that start runtimes: the compiles then overlap loading the
// config, bundling and each other instead of waiting for the first
// runtime (docs/benchmarks.md, cold start).
func precompile(cmd string) {
	switch cmd {
	case "build", "preview", "dev":
		webapi.Precompile()
		go endpoint.Program()
	}
}
