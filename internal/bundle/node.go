package bundle

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Node's built-in modules. Endpoint code imports a handful of them (as
// "node:fs" or "fs"); Comet provides those as small JS modules over the
// runtime's Web APIs and a few Go natives (__cometNode: internal/jsrt's
// nodefs.go). Each is one file in node/, named as the built-in is
// (node/fs/promises.js is "node:fs/promises"). The others cannot work without Node: importing one from the
// project's own code is a build error at the import, naming the module.
// Packages in node_modules often import built-ins for code paths an
// endpoint never takes (CLI helpers, optional features), so there the
// import gets a module whose use throws, and a build warning.

// nodeBuiltins lists Node 20's built-in module names (require('module').builtinModules
// without the internal _ ones); only "node:test" and "node:sea" need the prefix.
var nodeBuiltins = strings.Fields(`assert assert/strict async_hooks buffer child_process cluster console constants
crypto dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector inspector/promises
module net os path path/posix path/win32 perf_hooks process punycode querystring readline readline/promises
repl stream stream/consumers stream/promises stream/web string_decoder sys timers timers/promises tls
trace_events tty url util util/types v8 vm wasi worker_threads zlib`)

// supportedBuiltins are the built-ins Comet provides (see nodeSources).
func supportedBuiltins() []string {
	var out []string
	for name := range nodeSources {
		out = append(out, strings.TrimPrefix(name, "node:"))
	}
	sort.Strings(out)
	return out
}

// builtinFilter matches every built-in, with or without "node:", and any
// other "node:" name (a built-in of a newer Node, or a typo): none of them
// can be found on disk.
func builtinFilter() string {
	names := make([]string, len(nodeBuiltins))
	for i, n := range nodeBuiltins {
		names[i] = strings.ReplaceAll(n, "/", `\/`)
	}
	return `^(node:.*|` + strings.Join(names, "|") + `)$`
}

//go:embed node
var nodeFiles embed.FS

// nodeSources are the built-ins Comet provides: "node:fs" → its source.
var nodeSources = func() map[string]string {
	out := map[string]string{}
	err := fs.WalkDir(nodeFiles, "node", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		b, err := nodeFiles.ReadFile(p)
		out["node:"+strings.TrimSuffix(strings.TrimPrefix(p, "node/"), ".js")] = string(b)
		return err
	})
	if err != nil {
		panic("bundle: reading the embedded built-ins: " + err.Error())
	}
	return out
}()

// resolveBuiltin decides what an import of a built-in becomes.
func resolveBuiltin(args api.OnResolveArgs) (api.OnResolveResult, error) {
	name := strings.TrimPrefix(args.Path, "node:")
	if _, ok := nodeSources["node:"+name]; ok {
		return api.OnResolveResult{Path: "node:" + name, Namespace: "comet-virtual"}, nil
	}
	msg := fmt.Sprintf("Comet does not provide the Node built-in %q", args.Path)
	note := "Endpoints run in Comet's JavaScript runtime, not in Node. Built-ins available: " + strings.Join(supportedBuiltins(), ", ") + "."
	if strings.Contains(args.Importer, "node_modules") {
		return api.OnResolveResult{
			Path: "unsupported:" + name, Namespace: "comet-virtual",
			Warnings: []api.Message{{Text: msg + " (imported by a package); using it will throw", Notes: []api.Note{{Text: note}}}},
		}, nil
	}
	return api.OnResolveResult{Errors: []api.Message{{Text: msg, Notes: []api.Note{{Text: note}}}}}, nil
}

// unsupportedSource is the module an unsupported built-in imported by a
// package becomes: any use throws, naming the module.
func unsupportedSource(name string) string {
	q, _ := json.Marshal(name)
	return "const builtin = " + string(q) + ";\n" + refusedJS
}
