package bundle

import (
	"encoding/base64"
	"os"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// wasmModules loads .wasm imports the way edge runtimes do (Vercel's
// `?module`, Cloudflare's plain import): the default export is a compiled
// WebAssembly.Module, as @vercel/og and satori's edge builds expect.
// `?init` is Vite's form: a function that instantiates the module with the
// imports it is given and resolves to the Instance. The bytes are inlined in
// the bundle (base64) and compiled when the importing module is first
// evaluated; the runtime caches the compiled code, so it is compiled once
// per process.
func wasmModules() api.Plugin {
	type again struct{} // PluginData of the plugin's own resolve calls
	return api.Plugin{
		Name: "comet-wasm",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `\.wasm(\?(module|init))?$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					if _, ok := args.PluginData.(again); ok {
						return api.OnResolveResult{}, nil
					}
					path, query, _ := strings.Cut(args.Path, "?")
					res := b.Resolve(path, api.ResolveOptions{
						Kind: args.Kind, ResolveDir: args.ResolveDir, Importer: args.Importer,
						Namespace: args.Namespace, PluginData: again{},
					})
					if len(res.Errors) > 0 {
						return api.OnResolveResult{Errors: res.Errors}, nil
					}
					if query != "" {
						query = "?" + query
					}
					return api.OnResolveResult{Path: res.Path, Namespace: "comet-wasm", Suffix: query}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-wasm"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					data, err := os.ReadFile(args.Path)
					if err != nil {
						return api.OnLoadResult{}, err
					}
					src := wasmSource(base64.StdEncoding.EncodeToString(data), args.Suffix == "?init")
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS, WatchFiles: []string{args.Path}}, nil
				})
		},
	}
}

func wasmSource(b64 string, init bool) string {
	mod := `__cometWasmModule("` + b64 + `")`
	if init {
		return "const mod = " + mod + ";\nexport default (imports) => WebAssembly.instantiate(mod, imports);\n"
	}
	return "export default " + mod + ";\n"
}
