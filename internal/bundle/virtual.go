package bundle

import (
	"embed"
	"encoding/json"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

//go:embed virtual
var virtualFiles embed.FS

// virtualFile names the file in virtual/ of each module Comet provides in
// place of Astro's own: real Astro cannot run in goja, and projects must
// build without node_modules. Type-only imports vanish before this matters;
// these cover the runtime imports endpoint code and configs really make.
var virtualFile = map[string]string{
	"astro":            "virtual/astro.js",
	"astro/config":     "virtual/astro/config.js",
	"astro:middleware": "virtual/astro-middleware.js",
	// Node's stream implementation, under node/stream.js.
	"comet:readable-stream": "virtual/readable-stream.js",
}

// virtualSources are the modules of virtualFile, by name.
var virtualSources = func() map[string]string {
	out := map[string]string{}
	for name, file := range virtualFile {
		out[name] = readVirtual(file)
	}
	return out
}()

var (
	// integrationJS stands in for any @astrojs/* integration or adapter.
	integrationJS = readVirtual("virtual/integration.js")
	// refusedJS is what a refused built-in imported by a package becomes.
	refusedJS = readVirtual("virtual/refused.js")
)

func readVirtual(file string) string {
	b, err := virtualFiles.ReadFile(file)
	if err != nil {
		panic("bundle: reading the embedded modules: " + err.Error())
	}
	return string(b)
}

// virtualModules serves the modules above. Integrations and adapters
// (@astrojs/*) are stubbed only in the config (forConfig): in endpoint code
// a package such as @astrojs/rss is real code, bundled from node_modules.
func virtualModules(forConfig bool, extra map[string]string) api.Plugin {
	filter := `^(astro(/config)?|astro:.*|comet:readable-stream)$`
	if forConfig {
		filter = `^(astro(/config)?|astro:.*|comet:readable-stream|@astrojs/.*)$`
	}
	return api.Plugin{
		Name: "comet-virtual",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: filter},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: args.Path, Namespace: "comet-virtual"}, nil
				})
			b.OnResolve(api.OnResolveOptions{Filter: builtinFilter()}, resolveBuiltin)
			// The ESM module behind a "cjs:" wrapper (see resolveBuiltin).
			b.OnResolve(api.OnResolveOptions{Filter: `^comet-esm:`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: strings.TrimPrefix(args.Path, "comet-esm:"), Namespace: "comet-virtual"}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-virtual"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src, ok := extra[args.Path]
					if !ok {
						src, ok = virtualSources[args.Path]
					}
					if !ok {
						src, ok = nodeSources[args.Path]
					}
					switch {
					case ok:
					case strings.HasPrefix(args.Path, "cjs:"):
						q, _ := json.Marshal("comet-esm:" + strings.TrimPrefix(args.Path, "cjs:"))
						src = "module.exports = require(" + string(q) + ").default;\n"
					case strings.HasPrefix(args.Path, "unsupported:"):
						src = unsupportedSource(strings.TrimPrefix(args.Path, "unsupported:"))
					case strings.HasPrefix(args.Path, "@astrojs/"):
						q, _ := json.Marshal(args.Path)
						src = "const name = " + string(q) + ";\n" + integrationJS
					default:
						src = "export {};"
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}
