package bundle

// Bundling a config file. An astro.config.* imports two kinds of code:
// the project's own (constants, a local integration, package.json) and
// packages (integrations, Vite plugins, image tools, fonts). Comet reads a
// handful of keys and runs none of the packages, and many of them cannot
// load outside Node (native .node addons, top-level await, Vite itself).
// So only the project's own files are bundled; every package import becomes
// an inert stand-in (config_inert.js) and is never read from disk. The
// supported Node built-ins are the real ones (path.resolve,
// fileURLToPath(import.meta.url)); the others are stand-ins too.

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// ConfigGlobalName is the global a bundled config assigns its exports to.
const ConfigGlobalName = "__cometConfig"

// ConfigReader is the global function that turns the config's default
// export into plain data: {config, integrations} (config_inert.js).
const ConfigReader = "__cometReadConfig"

// configTail closes the async function wrapped around the config module
// and resolves its default export (a function is called, as Astro does).
//
//go:embed config_tail.js
var configTail string

//go:embed config_astro.js
var configAstroSource string

//go:embed config_inert.js
var configInertSource string

// resolvingOwn marks the resolve call a plugin makes itself, so it is not
// intercepted again.
type resolvingOwn struct{}

// Config bundles an astro.config file (relative to root) for evaluation.
// Errors carry esbuild's frames and a note saying the config was being
// loaded.
func Config(root, file string) (string, error) {
	fileURL, _ := json.Marshal("file://" + filepath.ToSlash(filepath.Join(root, file)))
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{file},
		AbsWorkingDir:     root,
		Outdir:            root,
		Bundle:            true,
		Write:             false,
		Format:            api.FormatESModule, // made a function by asyncModule
		Platform:          api.PlatformNeutral,
		MainFields:        []string{"module", "main"},
		ResolveExtensions: []string{".ts", ".mts", ".js", ".mjs", ".cjs", ".json", ".tsx", ".jsx"},
		Target:            api.ES2020,
		Supported:         configSupported,
		Sourcemap:         api.SourceMapInline,
		SourcesContent:    api.SourcesContentExclude,
		Banner:            map[string]string{"js": configInertSource},
		Define:            map[string]string{"import.meta.url": string(fileURL), "import.meta.env": EnvGlobal},
		Loader:            map[string]api.Loader{".json": api.LoaderJSON, ".txt": api.LoaderText},
		Plugins:           []api.Plugin{configModules(root)},
		LogLevel:          api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		for i := range res.Errors {
			res.Errors[i].Notes = append(res.Errors[i].Notes, api.Note{Text: "This happened while loading " + file + "."})
		}
		return "", messagesError(res.Errors, false)
	}
	if len(res.OutputFiles) == 0 {
		return "", fmt.Errorf("bundle: esbuild produced no output for %s", file)
	}
	return asyncModule(string(res.OutputFiles[0].Contents)), nil
}

// configSupported is supported plus top-level await: configs await
// things (a fetch, a dynamic import), and asyncModule runs the module as an
// async function.
var configSupported = func() map[string]bool {
	m := map[string]bool{"top-level-await": true}
	for k, v := range supported {
		m[k] = v
	}
	return m
}()

var exportClause = regexp.MustCompile(`(?s)\bexport\s*\{([^}]*)\};?`)

// asyncModule turns esbuild's ES module output (everything bundled, so no
// imports, one export clause at the end) into a script: the body runs in an
// async function, so top-level await works, and ConfigGlobalName becomes a
// promise of the default export (called, if it is a function). The wrapper
// opens on the first line and closes on the last code line, so the inline
// source map's lines still match.
func asyncModule(code string) string {
	ret := "return {};"
	locs := exportClause.FindAllStringSubmatchIndex(code, -1)
	if len(locs) > 0 {
		loc := locs[len(locs)-1]
		var fields []string
		for _, e := range strings.Split(code[loc[2]:loc[3]], ",") {
			e = strings.TrimSpace(e)
			if e == "" {
				continue
			}
			local, exported, ok := strings.Cut(e, " as ")
			if !ok {
				exported = local
			}
			fields = append(fields, strconv.Quote(strings.TrimSpace(exported))+": "+strings.TrimSpace(local))
		}
		ret = "return { " + strings.Join(fields, ", ") + " };"
		code = code[:loc[0]] + ret + code[loc[1]:]
	} else {
		// a CommonJS config: esbuild ends with `export default require_x();`
		if i := strings.LastIndex(code, "\nexport default "); i >= 0 {
			code = code[:i] + "\nconst __cometDefault = " + code[i+len("\nexport default "):]
			ret = "return { default: __cometDefault };"
		}
		if i := strings.LastIndex(code, "//# sourceMappingURL="); i >= 0 {
			code = code[:i] + ret + "\n" + code[i:]
		} else {
			code += "\n" + ret
		}
	}
	end := strings.LastIndex(code, ret) + len(ret)
	return "var " + ConfigGlobalName + " = (async () => {" + code[:end] +
		"\n" + strings.TrimRight(configTail, "\n") + code[end:]
}

// ConfigImport says what an import in a config file becomes.
type ConfigImport int

// The kinds of config imports.
const (
	ImportOwn     ConfigImport = iota // a project file: bundled
	ImportAstro                       // astro/config or astro:*: Comet's module
	ImportBuiltin                     // a Node built-in Comet provides
	ImportInert                       // anything else: an inert stand-in
)

// classifyConfigImport decides by the specifier alone; ImportOwn means
// "resolve it and see" for bare names (tsconfig paths may point into the
// project).
func classifyConfigImport(spec string) ConfigImport {
	switch {
	case spec == "astro/config":
		return ImportAstro
	case strings.HasPrefix(spec, "astro:"):
		if _, ok := virtualSources[spec]; ok {
			return ImportAstro
		}
		return ImportInert
	case isBuiltin(spec):
		name := "node:" + strings.TrimPrefix(spec, "node:")
		if _, ok := virtualSources[name]; ok {
			return ImportBuiltin
		}
		if _, ok := nodeSources[name]; ok {
			return ImportBuiltin
		}
		return ImportInert
	}
	return ImportOwn
}

func isBuiltin(spec string) bool {
	if strings.HasPrefix(spec, "node:") {
		return true
	}
	for _, n := range nodeBuiltins {
		if spec == n {
			return true
		}
	}
	return false
}

// packageName is the npm package of a bare specifier: "@scope/name" or
// "name".
func packageName(spec string) string {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

func configModules(root string) api.Plugin {
	inert := func(spec string) api.OnResolveResult {
		return api.OnResolveResult{Path: spec, Namespace: "comet-inert"}
	}
	return api.Plugin{
		Name: "comet-config",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: `^[^./]`},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					if _, ok := args.PluginData.(resolvingOwn); ok || filepath.IsAbs(args.Path) {
						return api.OnResolveResult{}, nil
					}
					switch classifyConfigImport(args.Path) {
					case ImportAstro:
						return api.OnResolveResult{Path: args.Path, Namespace: "comet-virtual"}, nil
					case ImportBuiltin:
						return api.OnResolveResult{Path: "node:" + strings.TrimPrefix(args.Path, "node:"), Namespace: "comet-virtual"}, nil
					case ImportInert:
						return inert(args.Path), nil
					}
					// A bare name is the project's own file only when it
					// resolves (tsconfig paths, package imports "#x") to a
					// file inside the root and outside node_modules.
					r := b.Resolve(args.Path, api.ResolveOptions{
						Importer: args.Importer, ResolveDir: args.ResolveDir, Kind: args.Kind, PluginData: resolvingOwn{},
					})
					if len(r.Errors) == 0 && r.Namespace == "file" && inside(root, r.Path) {
						return api.OnResolveResult{Path: r.Path}, nil
					}
					return inert(args.Path), nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-inert"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src := fmt.Sprintf("module.exports = __cometInert(%q);\n", packageName(args.Path))
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-virtual"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src, ok := virtualSources[args.Path]
					switch {
					case args.Path == "astro/config":
						src = configAstroSource
					case !ok:
						src = nodeSources[args.Path]
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}

// inside reports whether p is in root and not in a node_modules folder.
func inside(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if part == "node_modules" {
			return false
		}
	}
	return true
}
