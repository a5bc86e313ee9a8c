// Package bundle turns a project's route files into one JavaScript program
// for goja, with esbuild's Go API.
//
// Why one program for all routes: in Node (and so in Astro) a module such as
// src/db.ts is evaluated once and shared by every route that imports it; an
// in-memory store written by one endpoint is read by another. Bundling each
// route on its own would give every route its own copy of db.ts. Instead a
// virtual entry maps each route file to a dynamic import(); with bundling and
// no splitting esbuild turns those into lazily initialised modules (its
// `__esm` wrappers) inside one file. Routes are evaluated on first use,
// shared modules exist once, and the whole project is one esbuild Build
// (fast) and one goja.Compile (shared by every runtime).
//
// Why ESM output: esbuild refuses top-level await in IIFE and CommonJS
// output, but in ESM output a lazily initialised module that awaits gets an
// async initialiser, and every module importing it awaits that first (the
// order Node evaluates them in). Since the entry itself never awaits, the
// only ESM syntax left in the output is its final `export { … }`, which is
// replaced by an assignment (esm.go); a banner wraps the whole in a function
// so module-level names stay out of the global scope.
//
// The program assigns `globalThis.__cometBundle = { routes, middleware }`:
// routes[file]() resolves to the module namespace of that route.
//
// A module that esbuild cannot bundle, or goja cannot compile, does not fail
// the whole program: it is replaced by a module that throws its error when
// evaluated (broken.go), so only the routes importing it fail.
package bundle

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/comet-dev/comet/internal/diag"
	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

// supported lists what goja lacks, so esbuild lowers it: async generators
// and for-await (SyntaxErrors in goja), and regex Unicode property escapes
// (parsed but never matching in goja; esbuild turns them into
// new RegExp() calls, which the runtime's RegExp expands). esbuild lowers
// a property escape only outside a character class (/[\P{ASCII}]/u stays
// a literal), so every u-flag literal is lowered (the sticky-and-unicode
// feature), and v-flag literals too (set notation), which the runtime's
// RegExp rewrites as u-flag patterns.
var supported = map[string]bool{
	"async-generator":                 false,
	"for-await":                       false,
	"regexp-unicode-property-escapes": false,
	"regexp-sticky-and-unicode-flags": false,
	"regexp-set-notation":             false,
}

// moduleSupported is supported plus what the route bundle's module shape
// needs: top-level await (async module initialisers, see the package doc),
// import() lowered to esbuild's require shim, so a non-literal specifier
// compiles in goja (which has no import()) and rejects at run time naming
// the specifier, and import.meta as an empty object, as in a script.
var moduleSupported = map[string]bool{
	"async-generator":                 false,
	"for-await":                       false,
	"regexp-unicode-property-escapes": false,
	"regexp-sticky-and-unicode-flags": false,
	"regexp-set-notation":             false,
	"top-level-await":                 true,
	"dynamic-import":                  false,
	"import-meta":                     false,
}

// lowerAsync is moduleSupported plus async functions lowered to
// generators, for bundles that import node:async_hooks: esbuild's helper
// resumes each await through Promise.prototype.then, which async_hooks
// wraps to carry AsyncLocalStorage's context (goja's own await has no hook
// for it).
var lowerAsync = func() map[string]bool {
	m := map[string]bool{"async-await": false}
	for k, v := range moduleSupported {
		m[k] = v
	}
	return m
}()

// usesAsyncHooks reports whether a build's output includes node:async_hooks.
func usesAsyncHooks(res api.BuildResult) bool {
	return strings.Contains(res.Metafile, `"comet-virtual:node:async_hooks"`) || strings.Contains(res.Metafile, `"comet-virtual:cjs:node:async_hooks"`)
}

// GlobalName is the global the bundle assigns its exports to.
const GlobalName = "__cometBundle"

// EnvGlobal is the identifier import.meta.env is replaced with; the runtime
// defines it, so the same bundle can be run with the build's env baked in
// and the server's process environment on top.
const EnvGlobal = "__cometEnv"

// Input says what to bundle.
type Input struct {
	Root       string   // absolute project root; esbuild's working directory
	Files      []string // route files, slash paths relative to Root
	Middleware string   // slash path relative to Root, or ""
	// Mode is "production" (comet build) or "development" (comet dev); it
	// sets process.env.NODE_ENV for libraries that look at it.
	Mode string
	// Color makes esbuild's error frames coloured.
	Color bool
	// asyncHooks: the project imports node:async_hooks, so async functions
	// are lowered (see lowerAsync); set by Build and Builder.
	asyncHooks bool
	// SrcDir is the absolute source folder (content config and
	// src/content); "" is Root/src.
	SrcDir string
	// Virtual are extra virtual modules by name (astro:env/server and
	// astro:env/client, generated from the config's env.schema).
	Virtual map[string]string
	// ClientConfig is the config as astro:i18n reads it
	// (config.Config.ClientJSON); I18n says it has an i18n object.
	ClientConfig string
	I18n         bool
	// Actions is src/actions/index.{ts,js} (or src/actions.{ts,js})
	// relative to Root, or "".
	Actions string
}

// Bundle is the result of Build.
type Bundle struct {
	Code string
	// Inputs are the project files that went into the bundle (relative,
	// slash paths), for the dev watcher.
	Inputs []string
	// Warnings are esbuild's warnings worth telling the user, once each
	// (a package importing a built-in Comet refuses).
	Warnings []string
	// Broken are the modules replaced by a module that throws their error
	// (see broken.go); empty when everything bundled and compiled.
	Broken []*Broken
	// Program is Code compiled by goja, when Build compiled it.
	Program *goja.Program
}

// Builder keeps an esbuild context alive between builds, so a rebuild only
// re-parses the files that changed (comet dev). Build without a Builder for
// one-shot builds.
type Builder struct {
	ctx api.BuildContext
	in  Input
}

// NewBuilder prepares incremental builds of in.
func NewBuilder(in Input) (*Builder, error) {
	ctx, cerr := api.Context(options(in))
	if cerr != nil {
		if len(cerr.Errors) > 0 {
			return nil, messagesError(cerr.Errors, in.Color)
		}
		return nil, fmt.Errorf("bundle: %v", cerr)
	}
	return &Builder{ctx: ctx, in: in}, nil
}

// Rebuild bundles again, reusing what esbuild cached.
func (b *Builder) Rebuild() (*Bundle, error) {
	res := b.ctx.Rebuild()
	if !b.in.asyncHooks && usesAsyncHooks(res) {
		in := b.in
		in.asyncHooks = true
		if ctx, cerr := api.Context(options(in)); cerr == nil {
			b.ctx.Dispose()
			b.ctx, b.in = ctx, in
			res = b.ctx.Rebuild()
		}
	}
	return assemble(b.in, res)
}

// Close frees esbuild's context.
func (b *Builder) Close() { b.ctx.Dispose() }

// Build bundles in once.
func Build(in Input) (*Bundle, error) {
	res := api.Build(options(in))
	if usesAsyncHooks(res) {
		in.asyncHooks = true
		res = api.Build(options(in))
	}
	return assemble(in, res)
}

// result reads a successful build: the program and its inputs.
func result(res api.BuildResult) (*Bundle, *metafile, error) {
	if len(res.OutputFiles) != 1 {
		return nil, nil, fmt.Errorf("bundle: esbuild wrote %d files, want 1", len(res.OutputFiles))
	}
	code, err := unexport(string(res.OutputFiles[0].Contents))
	if err != nil {
		return nil, nil, err
	}
	b := &Bundle{Code: code}
	seen := map[string]bool{}
	for _, w := range res.Warnings {
		if (strings.Contains(w.Text, "Node built-in") || strings.Contains(w.Text, "native addon")) && !seen[w.Text] {
			seen[w.Text] = true
			b.Warnings = append(b.Warnings, w.Text)
		}
	}
	var meta metafile
	if err := json.Unmarshal([]byte(res.Metafile), &meta); err == nil {
		for p := range meta.Inputs {
			if strings.Contains(p, ":") || strings.HasPrefix(p, "node_modules/") || strings.Contains(p, "/node_modules/") {
				continue // virtual modules and packages: not watched
			}
			b.Inputs = append(b.Inputs, p)
		}
		sort.Strings(b.Inputs)
	}
	return b, &meta, nil
}

// entrySource is the virtual entry: a table of lazy route imports.
func entrySource(in Input) string {
	var b strings.Builder
	// node:process completes the global process (hrtime, uptime) for all
	// code, not only for the modules that import it.
	b.WriteString("import 'node:process';\n")
	b.WriteString("export const routes = {\n")
	for _, f := range in.Files {
		q, _ := json.Marshal(f)
		imp, _ := json.Marshal("./" + f)
		if f == ActionsRouteKey {
			imp = []byte(`"comet:actions-route"`)
		}
		fmt.Fprintf(&b, "  %s: () => import(%s),\n", q, imp)
	}
	b.WriteString("};\n")
	if in.Middleware != "" {
		imp, _ := json.Marshal("./" + in.Middleware)
		fmt.Fprintf(&b, "export const middleware = () => import(%s);\n", imp)
	} else {
		b.WriteString("export const middleware = null;\n")
	}
	// The APIContext's locale fields and actions (endpoint.js) use these.
	if in.I18n {
		b.WriteString("export { __cometI18n as i18n } from 'astro:i18n';\n")
	} else {
		b.WriteString("export const i18n = null;\n")
	}
	if in.Actions != "" {
		imp, _ := json.Marshal("./" + in.Actions)
		fmt.Fprintf(&b, "import { __cometActions } from 'astro:actions';\nexport const actions = __cometActions(() => import(%s));\n", imp)
	} else {
		b.WriteString("export const actions = null;\n")
	}
	return b.String()
}

func options(in Input) api.BuildOptions {
	sup := moduleSupported
	if in.asyncHooks {
		sup = lowerAsync
	}
	mode := in.Mode
	if mode == "" {
		mode = "production"
	}
	nodeEnv, _ := json.Marshal(mode)
	return api.BuildOptions{
		Stdin: &api.StdinOptions{
			Contents:   entrySource(in),
			ResolveDir: in.Root,
			Sourcefile: "comet:entry",
			Loader:     api.LoaderJS,
		},
		AbsWorkingDir: in.Root,
		Outdir:        in.Root, // source map paths come out relative to the root
		Bundle:        true,
		Write:         false,
		Metafile:      true,
		Format:        api.FormatESModule,
		Banner:        map[string]string{"js": banner},
		Platform:      api.PlatformNeutral,
		MainFields:    []string{"module", "main"},
		// Packages resolve as Node resolves them, which is what an Astro
		// build for the node adapter runs (its server bundle leaves
		// node_modules to Node): the "node" condition, and esbuild adds
		// "import" or "require" by how a package is imported, as Node
		// does. So packages run their Node builds (Stripe's, with sync
		// webhook checks over node:crypto and requests over node:https),
		// on the built-ins node/ provides.
		Conditions:        []string{"node"},
		ResolveExtensions: []string{".ts", ".mts", ".js", ".mjs", ".cjs", ".json", ".tsx", ".jsx"},
		Target:            api.ES2020,
		Supported:         sup,
		Sourcemap:         api.SourceMapInline,
		SourcesContent:    api.SourcesContentExclude,
		LegalComments:     api.LegalCommentsNone,
		Charset:           api.CharsetUTF8,
		Define: map[string]string{
			"import.meta.env":      EnvGlobal,
			"process.env.NODE_ENV": string(nodeEnv),
		},
		Loader: map[string]api.Loader{
			".json": api.LoaderJSON,
			".txt":  api.LoaderText,
		},
		Plugins:  []api.Plugin{resvgModules(), astroModules(in), contentModules(in.Root, in.SrcDir), virtualModules(false, in.Virtual), wasmModules(), importMetaURL(in.Root), nativeAddons()},
		LogLevel: api.LogLevelSilent,
	}
}

// messagesError turns esbuild messages into diagnostics with esbuild's own
// code frames (file:line:col, the code line and a caret).
func messagesError(msgs []api.Message, color bool) error {
	for i := range msgs {
		if extra := installNotes(msgs[i]); extra != nil {
			msgs[i].Notes = extra // esbuild's "mark it as external" means nothing to a Comet user
		}
	}
	frames := api.FormatMessages(msgs, api.FormatMessagesOptions{Kind: api.ErrorMessage, Color: color})
	var list diag.List
	for i, m := range msgs {
		d := &diag.Diagnostic{Message: m.Text}
		if m.Location != nil {
			d.File = filepath.ToSlash(m.Location.File)
			d.Line = m.Location.Line
			d.Col = m.Location.Column + 1
			d.LineText = m.Location.LineText
			d.Hint = m.Location.Suggestion
		}
		if i < len(frames) {
			d.Frame = frames[i]
		}
		list = append(list, d)
	}
	return list
}
