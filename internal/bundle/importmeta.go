package bundle

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// importMetaPattern finds `import.meta.url` (not `import.meta.urlx`).
var importMetaPattern = regexp.MustCompile(`\bimport\.meta\.url\b`)

// importMetaURL gives each module its own `import.meta.url`: the file URL
// of its source, as Node gives a package Astro's server bundle leaves in
// node_modules. Packages find the files they ship that way (`new
// URL('./resvg.wasm', import.meta.url)`, fonts next to @vercel/og's
// code); the bundle has no per-module import.meta, so esbuild would make
// it an empty object. The URL is made at run time from the project's
// root (`__cometModuleURL`, installed by jsrt), so a server build still
// finds the files when its project moves. Only files that mention it are
// rewritten; the others load as esbuild loads them.
func importMetaURL(root string) api.Plugin {
	return api.Plugin{
		Name: "comet-import-meta-url",
		Setup: func(b api.PluginBuild) {
			b.OnLoad(api.OnLoadOptions{Filter: `\.([cm]?[jt]s|[jt]sx)$`, Namespace: "file"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					data, err := os.ReadFile(args.Path)
					if err != nil {
						return api.OnLoadResult{}, nil // esbuild loads it (and reports the error)
					}
					rel, err := filepath.Rel(root, args.Path)
					if !bytes.Contains(data, []byte("import.meta.url")) || err != nil {
						if len(args.With) > 0 || args.Suffix != "" {
							return api.OnLoadResult{}, nil // esbuild's own rules for those
						}
						// The file as it is, so esbuild does not read it
						// a second time (a build of 1,000 endpoint files
						// read each one three times).
						src := string(data)
						return api.OnLoadResult{Contents: &src, Loader: loaderFor(args.Path), ResolveDir: filepath.Dir(args.Path)}, nil
					}
					call := []byte("__cometModuleURL(" + strconv.Quote(filepath.ToSlash(rel)) + ")")
					src := string(importMetaPattern.ReplaceAllLiteral(data, call))
					return api.OnLoadResult{Contents: &src, Loader: loaderFor(args.Path), ResolveDir: filepath.Dir(args.Path)}, nil
				})
		},
	}
}

// loaderFor is esbuild's default loader for a script's extension.
func loaderFor(path string) api.Loader {
	switch ext := filepath.Ext(path); {
	case ext == ".tsx":
		return api.LoaderTSX
	case ext == ".jsx":
		return api.LoaderJSX
	case strings.HasSuffix(ext, "ts"):
		return api.LoaderTS
	default:
		return api.LoaderJS
	}
}
