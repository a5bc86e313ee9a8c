package bundle

import (
	"fmt"
	"path"
	"strconv"

	"github.com/evanw/esbuild/pkg/api"
)

// nativeAddons stands in for Node's native addons (`.node` files: sharp,
// bcrypt, canvas, …), which a JavaScript engine in Go cannot load. A
// package that requires one still bundles, with a warning naming both, and
// the require throws ERR_COMET_UNSUPPORTED when it runs, as a missing
// optional addon throws in Node: packages that fall back to JavaScript
// (`try { require('bufferutil') } catch {}`) keep working, and the rest
// fail with an error that says what happened instead of esbuild's "No
// loader is configured for .node files". The stand-in lives in its own
// namespace, so no code frame is read out of the binary file.
func nativeAddons() api.Plugin {
	return api.Plugin{
		Name: "comet-native-addon",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `\.node$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					who := "your code"
					if pkg := packageOf(args.Importer); pkg != "" {
						who = fmt.Sprintf("package %q", pkg)
					}
					msg := fmt.Sprintf("%s loads the native addon %q, which Comet cannot run (endpoints run in a JavaScript engine, not in Node)", who, path.Base(args.Path))
					return api.OnResolveResult{Path: path.Base(args.Path), Namespace: "comet-native-addon", PluginData: msg,
						Warnings: []api.Message{{Text: msg + "; requiring it will throw"}}}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-native-addon"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					msg, _ := args.PluginData.(string)
					src := "const e = new Error(" + strconv.Quote(msg) + ");\ne.code = 'ERR_COMET_UNSUPPORTED';\nthrow e;\n"
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}
