package bundle

import "github.com/evanw/esbuild/pkg/api"

// resvgModules resolves @resvg/resvg-js, installed or not, to Comet's
// version of it (virtual/resvg-js.js): the package is a native addon,
// which the runtime cannot load, so OG-image endpoints (satori's SVG
// turned into a PNG by `new Resvg(svg, opts).render().asPng()`) would fail.
// Comet's module has resvg-js's API over @resvg/resvg-wasm, the same Rust
// renderer compiled to WebAssembly, vendored by resvggen/gen.sh (its JS
// glue in virtual/resvg/, its .wasm in internal/jsrt/wasm/embedded/) so
// that a project needs nothing installed.
//
// The renderer's .wasm is not in the bundle: the runtime has it
// (internal/jsrt/wasm's embedded modules) and the module compiles it with
// __cometEmbeddedWasm on first use, so a route that imports resvg-js but
// never renders compiles nothing, and bundles stay small. The runtime's
// compilation cache compiles its 2.5 MB once per process (and keeps the
// machine code on disk), so each runtime only instantiates it.
func resvgModules() api.Plugin {
	return api.Plugin{
		Name: "comet-resvg",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^@resvg/resvg-js$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: "resvg-js.js", Namespace: "comet-resvg"}, nil
				})
			b.OnResolve(api.OnResolveOptions{Filter: `^comet:resvg-wasm(-module)?$`, Namespace: "comet-resvg"},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: args.Path, Namespace: "comet-resvg"}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-resvg"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					var src string
					switch args.Path {
					case "resvg-js.js":
						src = readVirtual("virtual/resvg-js.js")
					case "comet:resvg-wasm":
						src = readVirtual("virtual/resvg/resvg-wasm.js")
					default:
						src = resvgWasmSource
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}

// resvgWasmSource is the module whose default export compiles the
// renderer the runtime ships.
const resvgWasmSource = "export default () => __cometEmbeddedWasm('resvg');\n"
