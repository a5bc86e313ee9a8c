package bundle

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// virtualSources are the modules Comet provides in place of Astro's own:
// real Astro cannot run in goja, and projects must build without
// node_modules. Type-only imports vanish before this matters; these cover
// the runtime imports endpoint code and configs really make.
var virtualSources = map[string]string{
	"astro": `export const __comet = true;`,
	"astro/config": `
export function defineConfig(config) { return config; }
export function passthroughImageService() { return { entrypoint: 'astro/assets/services/noop' }; }
export function sharpImageService() { return { entrypoint: 'astro/assets/services/sharp' }; }
export const envField = new Proxy({}, { get: (_, type) => (opts) => ({ ...opts, type }) });
`,
	"astro:middleware": `
export function defineMiddleware(fn) { return fn; }
export function sequence(...handlers) { return globalThis.__cometSequence(handlers); }
`,
}

// adapterSource stands in for any @astrojs/* integration or adapter: a
// function returning a descriptor, so `adapter: node({ mode: 'standalone' })`
// and `integrations: [sitemap()]` evaluate.
const adapterSource = `export default function integration(options) { return { name: %q, hooks: {}, options }; }`

func virtualModules() api.Plugin {
	return api.Plugin{
		Name: "comet-virtual",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^(astro(/config)?|astro:.*|@astrojs/.*)$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: args.Path, Namespace: "comet-virtual"}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-virtual"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src, ok := virtualSources[args.Path]
					switch {
					case ok:
					case strings.HasPrefix(args.Path, "@astrojs/"):
						src = strings.Replace(adapterSource, "%q", `"`+args.Path+`"`, 1)
					default:
						src = "export {};"
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}
