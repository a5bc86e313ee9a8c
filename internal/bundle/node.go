package bundle

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Node's built-in modules. Endpoint code imports a handful of them (as
// "node:fs" or "fs"); Comet provides those as small JS modules over the
// runtime's Web APIs and a few Go natives (__cometNode: package
// internal/jsrt/node). Each is one file in node/, named as the built-in is
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
	// require() gets Node's CommonJS shape: module.exports is the module
	// itself (require('events') is EventEmitter), which each ESM source
	// here has as its default export.
	cjs := func(r api.OnResolveResult) (api.OnResolveResult, error) {
		if args.Kind == api.ResolveJSRequireCall {
			r.Path = "cjs:" + r.Path
		}
		return r, nil
	}
	if _, ok := nodeSources["node:"+name]; ok {
		return cjs(api.OnResolveResult{Path: "node:" + name, Namespace: "comet-virtual"})
	}
	msg := fmt.Sprintf("Comet does not provide the Node built-in %q", args.Path)
	note := "Endpoints run in Comet's JavaScript runtime, not in Node. Built-ins available: " + strings.Join(supportedBuiltins(), ", ") + "."
	if pkg := packageOf(args.Importer); pkg != "" {
		return cjs(api.OnResolveResult{
			Path: "unsupported:" + name, Namespace: "comet-virtual",
			Warnings: []api.Message{{Text: fmt.Sprintf("package %q imports the Node built-in %q, which Comet does not provide; using it will throw", pkg, args.Path), Notes: []api.Note{{Text: note}}}},
		})
	}
	return api.OnResolveResult{Errors: []api.Message{{Text: msg, Notes: []api.Note{{Text: note}}}}}, nil
}

// nodeExports are the export names of Node 20's built-ins
// (virtual/node-exports.json, written by exportsgen/gen.mjs): "function" or
// "value" per name; "default" is what the module itself is.
var nodeExports = func() map[string]map[string]string {
	var out map[string]map[string]string
	if err := json.Unmarshal([]byte(readVirtual("virtual/node-exports.json")), &out); err != nil {
		panic("bundle: reading virtual/node-exports.json: " + err.Error())
	}
	return out
}()

// unsupportedSource is the module a refused built-in imported by a package
// becomes: Node's export names, each a stand-in that throws only when it is
// called or constructed (virtual/refused.js).
func unsupportedSource(name string) string {
	q, _ := json.Marshal(name)
	var b strings.Builder
	b.WriteString("const builtin = " + string(q) + ";\n" + refusedJS)
	names := nodeExports[name]
	keys := make([]string, 0, len(names))
	for k := range names {
		if k != "default" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		path, _ := json.Marshal(name + "." + k)
		fmt.Fprintf(&b, "export const %s = stub(%s, %t);\n", k, path, names[k] == "value")
	}
	if names["default"] == "function" {
		b.WriteString("export default stub(builtin);\n")
	} else {
		b.WriteString("export default { " + strings.Join(keys, ", ") + " };\n")
	}
	return b.String()
}

// packageOf names the npm package a file in node_modules belongs to
// ("axios", "@scope/name"), or "".
func packageOf(file string) string {
	file = filepath.ToSlash(file)
	i := strings.LastIndex(file, "node_modules/")
	if i < 0 {
		return ""
	}
	parts := strings.SplitN(file[i+len("node_modules/"):], "/", 3)
	if strings.HasPrefix(parts[0], "@") && len(parts) > 1 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}
