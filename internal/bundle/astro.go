package bundle

import (
	"embed"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// ActionsRouteKey is the bundle key of the route Astro injects for
// actions, `/_actions/[...path]`: the name of its entrypoint in Astro 7
// (astro/actions/runtime/entrypoints/route.js), so errors name what Astro
// names.
const ActionsRouteKey = "astro/actions/runtime/entrypoints/route.js"

// ActionsRoutePattern is the route Astro 7 serves actions at
// (actions/consts.ts ACTION_RPC_ROUTE_PATTERN).
const ActionsRoutePattern = "/_actions/[...path]"

//go:embed virtual/astro-i18n.js virtual/astro-actions.js
var astroFiles embed.FS

// devalueFiles is devalue 5.8.1 (MIT, Rich Harris), the serializer Astro
// uses for action results, vendored unchanged: src/ of the npm package
// without its tests and uneval.js.
//
//go:embed virtual/devalue
var devalueFiles embed.FS

// astroModules provides the Astro modules that depend on the project's
// config or files (the others are in virtual.go and content.go):
//
//   - astro:i18n (virtual/astro-i18n.js), which reads comet:astro-config:
//     the config's i18n, base, trailingSlash, build format and site
//     (in.ClientConfig, from config.Config.ClientJSON);
//   - astro:actions (virtual/astro-actions.js) and comet:actions-route,
//     the module behind the /_actions/[...path] route;
//   - astro:schema, Astro 4–5's name for zod;
//   - comet:devalue, the vendored devalue.
//
// They live in the namespace "comet", so error locations skip their
// frames (jsrt.Error.Location).
func astroModules(in Input) api.Plugin {
	return api.Plugin{
		Name: "comet-astro",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^(astro:i18n|astro:actions|astro:schema|comet:actions-route|comet:astro-config)$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					if args.Path == "astro:i18n" && !in.I18n {
						// As Astro's vite-plugin-i18n: the import fails.
						return api.OnResolveResult{Errors: []api.Message{{
							Text:  "i18nNotEnabled: The `astro:i18n` module cannot be used without enabling `i18n` in your Astro config.",
							Notes: []api.Note{{Text: "See https://docs.astro.build/en/guides/internationalization for a guide on setting up i18n."}},
						}}}, nil
					}
					return api.OnResolveResult{Path: args.Path, Namespace: "comet"}, nil
				})
			devalueModule(b)
			b.OnLoad(api.OnLoadOptions{Filter: `^(astro:i18n|astro:actions|astro:schema|comet:actions-route|comet:astro-config)$`, Namespace: "comet"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					var src string
					switch args.Path {
					case "astro:i18n":
						src = readAstro("virtual/astro-i18n.js")
					case "astro:actions":
						src = readAstro("virtual/astro-actions.js")
					case "astro:schema":
						src = "export * from 'comet:zod';\n"
					case "comet:actions-route":
						src = "export { __cometActionsRoute as POST } from 'astro:actions';\n"
					case "comet:astro-config":
						cfg := in.ClientConfig
						if strings.TrimSpace(cfg) == "" {
							cfg = `{"i18n":null,"base":"/","trailingSlash":"ignore","format":"directory"}`
						}
						src = "export default " + cfg + ";\n"
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS, ResolveDir: in.Root}, nil
				})
		},
	}
}

func readAstro(name string) string {
	b, err := astroFiles.ReadFile(name)
	if err != nil {
		panic("bundle: reading the embedded modules: " + err.Error())
	}
	return string(b)
}
