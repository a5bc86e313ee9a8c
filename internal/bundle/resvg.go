package bundle

import (
	"encoding/base64"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// resvgModules resolves @resvg/resvg-js, installed or not, to Comet's
// version of it (virtual/resvg-js.js): the package is a native addon,
// which the runtime cannot load, so OG-image endpoints (satori's SVG
// turned into a PNG by `new Resvg(svg, opts).render().asPng()`) would fail.
// Comet's module has resvg-js's API over @resvg/resvg-wasm, the same Rust
// renderer compiled to WebAssembly, vendored in virtual/resvg/ by
// resvggen/gen.sh so that a project needs nothing installed.
//
// The renderer's .wasm goes into the bundle as base64, as wasmModules
// does for a package's own .wasm, behind a function the module calls on
// first use: a route that imports resvg-js but never renders compiles
// nothing. The runtime's compilation cache (internal/jsrt/wasm) compiles
// its 2.5 MB once per process (and keeps the machine code on disk), so
// each runtime only decodes and instantiates it.
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
						src = resvgWasmSource()
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}

// resvgWasmSource is the module whose default export compiles the
// vendored renderer; made once per process.
var resvgWasmSource = sync.OnceValue(func() string {
	b64 := base64.StdEncoding.EncodeToString([]byte(readVirtual("virtual/resvg/index_bg.wasm")))
	return "export default () => __cometWasmModule(\"" + b64 + "\");\n"
})
