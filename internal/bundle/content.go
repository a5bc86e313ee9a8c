package bundle

import (
	_ "embed"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"
)

// contentSource is astro:content (see content.js and internal/content).
//
//go:embed content.js
var contentSource string

// contentConfigNames are the content config files Comet reads, first
// found wins: Astro 5–7's src/content.config.*, then Astro 2–4's
// src/content/config.*.
var contentConfigNames = []string{
	"content.config.ts", "content.config.mts", "content.config.js", "content.config.mjs",
	"content/config.ts", "content/config.mts", "content/config.js", "content/config.mjs",
}

// contentModules provides (in the namespace "comet", whose stack frames
// error locations skip: see jsrt.Error.Location) astro:content, astro/loaders, astro/zod and the
// two modules astro:content imports: comet:zod (the project's zod) and
// comet:content-config (the project's content config).
//
// zod is not Comet's: it is resolved from the project, first from beside
// the astro package (astro depends on zod, so a project using content
// collections has it), then from the root. Without it, `z` throws a
// message saying to install it; collections without schemas still work.
func contentModules(root, srcDir string) api.Plugin {
	if srcDir == "" {
		srcDir = filepath.Join(root, "src")
	}
	return api.Plugin{
		Name: "comet-content",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^(astro:content|astro/loaders|comet:content-config)$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: args.Path, Namespace: "comet"}, nil
				})
			b.OnResolve(api.OnResolveOptions{Filter: `^(astro/zod|comet:zod)$`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					for _, dir := range []string{filepath.Join(root, "node_modules", "astro"), root} {
						if _, err := os.Stat(dir); err != nil {
							continue
						}
						r := b.Resolve("zod", api.ResolveOptions{ResolveDir: dir, Kind: api.ResolveJSImportStatement})
						if len(r.Errors) == 0 && r.Path != "" {
							return api.OnResolveResult{Path: r.Path}, nil
						}
					}
					return api.OnResolveResult{Path: "zod-missing", Namespace: "comet"}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					var src string
					switch args.Path {
					case "astro:content":
						src = contentSource
					case "astro/loaders":
						src = "export { glob, file } from 'astro:content';\n"
					case "zod-missing":
						src = zodMissingSource
					case "comet:content-config":
						src = contentConfigSource(root, srcDir)
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS, ResolveDir: root}, nil
				})
		},
	}
}

// zodMissingSource stands in for zod when the project has none.
//
//go:embed zod_missing.js
var zodMissingSource string

// contentConfigSource re-exports the project's content config, with its
// kind ("modern", "legacy" or "none") and the content folder.
func contentConfigSource(root, srcDir string) string {
	contentDir, _ := filepath.Rel(root, filepath.Join(srcDir, "content"))
	dir, _ := json.Marshal(filepath.ToSlash(contentDir))
	for i, name := range contentConfigNames {
		p := filepath.Join(srcDir, filepath.FromSlash(name))
		if _, err := os.Stat(p); err != nil {
			continue
		}
		kind := "modern"
		if i >= 4 {
			kind = "legacy"
		}
		q, _ := json.Marshal(p)
		return "import * as m from " + string(q) + ";\nexport const collections = m.collections;\nexport const kind = \"" + kind + "\";\nexport const contentDir = " + string(dir) + ";\n"
	}
	return "export const collections = undefined;\nexport const kind = \"none\";\nexport const contentDir = " + string(dir) + ";\n"
}
