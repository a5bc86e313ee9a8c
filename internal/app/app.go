// Package app assembles a project for running: config → routes (scanned
// from src/pages, with their prerender flags) → one bundle → compiled
// programs. Build, server and dev all start from an *App; a built server
// (dist/server) is loaded back into the same type, so preview runs exactly
// what build wrote.
package app

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/content"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/routing"
	"github.com/comet-dev/comet/internal/session"
	"github.com/dop251/goja"
)

// Route is a routing.Route plus what the build and server need to know.
type Route struct {
	*routing.Route
	// Key is the file relative to the project root ("src/pages/x.ts"): the
	// bundle key and the name users see.
	Key string
	// Prerender: built to a file at build time. Always true in static
	// output; in server output only with `export const prerender = true`.
	Prerender bool
}

// App is a loaded project.
type App struct {
	Config *config.Config
	// Routes are all routes (endpoints and .html pages) in priority order.
	Routes []*Route
	// Middleware is src/middleware.{ts,js} relative to the root, or "".
	Middleware string
	// Actions is the actions file relative to the root, or "".
	Actions string
	Bundle  *bundle.Bundle
	// Output is the effective output (Project.Output); ImpliedServer as
	// in Project.
	Output        config.Output
	ImpliedServer bool
	// Redirects are the config's redirects, in priority order.
	Redirects []*Redirect
	// Unserved are the skipped .astro, .md and .mdx pages.
	Unserved []*routing.Route
	// Warnings are the scan's (the config's are in Config.Warnings).
	Warnings []string
	// sourceDir is where route files are read at run time (.html pages):
	// the project root, or dist/server/files for a loaded build.
	sourceDir string
	// content answers astro:content's loaders: the project's files, or the
	// snapshot a server build stored.
	content content.Source
	// envModules are the astro:env modules (env.go).
	envModules map[string]string
	// OnContentRead, if set, is told each folder a content loader reads.
	OnContentRead func(dir string)
	contentOnce   sync.Once

	programs []*jsrt.Program
}

// prerenderRe is Astro's test on the raw source (routing/prerender.ts):
// only the literals true and false count.
var prerenderRe = regexp.MustCompile(`(?m)^\s*export\s+const\s+prerender\s*=\s*(true|false);?`)

// Project is what Scan finds in a project's sources.
type Project struct {
	// Routes are the endpoints and .html pages, in priority order.
	Routes []*Route
	// Middleware is src/middleware.{ts,js} relative to the root, or "".
	Middleware string
	// Output is the effective output: the config's, or OutputServer when a
	// route sets `prerender = false` in a static project (Astro 5+).
	Output config.Output
	// ImpliedServer: Output is server only because of such a route; the
	// other routes prerender by default.
	ImpliedServer bool
	// Redirects are the config's redirects, in priority order.
	Redirects []*Redirect
	// Actions is the actions file relative to the root (actions.go), or "".
	Actions string
	// Unserved are the .astro, .md and .mdx pages Comet skips.
	Unserved []*routing.Route
	Warnings []string
}

// Scan finds the routes and middleware of cfg's project, without bundling,
// and decides the output the build has. It does not change cfg.
func Scan(cfg *config.Config) (*Project, error) {
	pages := cfg.PagesDir()
	srcRel, err := filepath.Rel(cfg.Root, pages)
	if err != nil {
		return nil, err
	}
	p := &Project{Output: cfg.Output}
	var rs []*routing.Route
	if _, statErr := os.Stat(pages); statErr == nil {
		rs, p.Warnings, err = routing.Scan(os.DirFS(pages))
		if err != nil {
			return nil, err
		}
		p.Unserved = routing.ScanUnserved(os.DirFS(pages))
		for _, r := range p.Unserved {
			r.File = path.Join(filepath.ToSlash(srcRel), r.File)
		}
	} else {
		p.Warnings = append(p.Warnings, fmt.Sprintf("No %s folder: there are no routes to build or serve.", filepath.ToSlash(srcRel)))
	}
	// `export const prerender = true|false` of each endpoint, if present.
	flags := map[*routing.Route]bool{}
	var onDemand string
	for _, r := range rs {
		if r.Kind != routing.Endpoint {
			continue
		}
		key := path.Join(filepath.ToSlash(srcRel), r.File)
		src, err := os.ReadFile(filepath.Join(cfg.Root, filepath.FromSlash(key)))
		if err != nil {
			return nil, err
		}
		if m := prerenderRe.FindSubmatch(src); m != nil {
			flags[r] = string(m[1]) == "true"
			if !flags[r] && onDemand == "" {
				onDemand = key
			}
		}
	}
	// Astro 5+: one route with prerender = false turns a static project
	// into server output (the rest stays prerendered).
	if cfg.Output == config.OutputStatic && onDemand != "" {
		p.Output, p.ImpliedServer = config.OutputServer, true
		p.Warnings = append(p.Warnings, fmt.Sprintf("%s sets `prerender = false`: building for output \"server\" (prerendered routes go to %s/client)", onDemand, filepath.Base(cfg.OutDir)))
	}
	p.Actions = findActions(cfg)
	if err := actionsNeedServer(cfg, p); err != nil {
		return nil, err
	}
	for _, r := range rs {
		key := path.Join(filepath.ToSlash(srcRel), r.File)
		ar := &Route{Route: r, Key: key, Prerender: p.Output == config.OutputStatic || p.ImpliedServer}
		if v, ok := flags[r]; ok {
			ar.Prerender = v
		}
		if r.Kind == routing.Page {
			// .html pages are copied by a static build; a server serves
			// them itself (from dist/server/files in preview).
			ar.Prerender = p.Output == config.OutputStatic
		}
		p.Routes = append(p.Routes, ar)
	}
	if p.Actions != "" {
		p.Routes = insertRoute(p.Routes, actionsRoute())
	}
	if p.Redirects, err = redirects(cfg, p); err != nil {
		return nil, err
	}
	if err := checkI18nIndex(cfg, p); err != nil {
		return nil, err
	}
	for _, name := range []string{"middleware.ts", "middleware.js", "middleware.mts", "middleware.mjs", "middleware/index.ts", "middleware/index.js"} {
		if _, err := os.Stat(filepath.Join(cfg.SrcDir, name)); err == nil {
			rel, _ := filepath.Rel(cfg.Root, filepath.Join(cfg.SrcDir, name))
			p.Middleware = filepath.ToSlash(rel)
			break
		}
	}
	return p, nil
}

// Load scans and bundles the project once (comet build).
func Load(cfg *config.Config, color bool) (*App, error) {
	return assemble(cfg, color, bundle.Build)
}

// assemble scans cfg's project and bundles it with build.
func assemble(cfg *config.Config, color bool, build func(bundle.Input) (*bundle.Bundle, error)) (*App, error) {
	p, err := Scan(cfg)
	if err != nil {
		return nil, err
	}
	a := &App{
		Config: cfg, Routes: p.Routes, Middleware: p.Middleware, Actions: p.Actions, Output: p.Output, ImpliedServer: p.ImpliedServer,
		Redirects: p.Redirects, Unserved: p.Unserved, Warnings: p.Warnings,
	}
	if len(p.Unserved) > 0 {
		a.Warnings = append(a.Warnings, unservedWarning(p.Unserved))
	}
	if a.envModules, err = envModules(cfg); err != nil {
		return nil, err
	}
	b, err := build(a.BundleInput(color))
	if err != nil {
		return nil, err
	}
	a.Warnings = append(a.Warnings, b.Warnings...)
	if err := a.SetBundle(b); err != nil {
		return nil, err
	}
	return a, nil
}

// unservedWarning lists the pages Comet skips (comet-semantics row 32).
func unservedWarning(pages []*routing.Route) string {
	const show = 10
	files := make([]string, len(pages))
	for i, r := range pages {
		files[i] = r.File
	}
	slices.Sort(files)
	names := make([]string, 0, show)
	for i, f := range files {
		if i == show {
			names = append(names, fmt.Sprintf("and %d more", len(pages)-show))
			break
		}
		names = append(names, f)
	}
	return fmt.Sprintf("%d page(s) skipped: Comet builds and serves endpoints (.js/.ts) and .html pages only, not .astro, .md or .mdx pages: %s", len(pages), strings.Join(names, ", "))
}

// UnservedPage returns the skipped page (.astro, .md, .mdx) whose route
// matches pathname (without base), if any.
func (a *App) UnservedPage(pathname string) (string, bool) {
	opts := routing.Options{TrailingSlash: a.Config.TrailingSlash}
	for _, r := range a.Unserved {
		if _, ok := r.Match(pathname, opts); ok {
			return r.File, true
		}
	}
	return "", false
}

// Loader loads a project again and again (comet dev), keeping esbuild's
// incremental context while the bundle's inputs stay the same.
type Loader struct {
	// OnContentRead, if set, is given to each app the loader makes (see
	// App.OnContentRead): dev watches the folders content loaders read.
	OnContentRead func(dir string)

	cfg     *config.Config
	color   bool
	builder *bundle.Builder
	input   bundle.Input
}

// NewLoader prepares repeated loads of cfg's project.
func NewLoader(cfg *config.Config, color bool) *Loader { return &Loader{cfg: cfg, color: color} }

// Config is the config the loader loads with.
func (l *Loader) Config() *config.Config { return l.cfg }

// Load scans and bundles the project as it is now.
func (l *Loader) Load() (*App, error) {
	a, err := l.load()
	if a != nil {
		a.OnContentRead = l.OnContentRead
	}
	return a, err
}

func (l *Loader) load() (*App, error) {
	return assemble(l.cfg, l.color, func(in bundle.Input) (*bundle.Bundle, error) {
		if l.builder == nil || !sameInput(l.input, in) {
			l.Close()
			b, err := bundle.NewBuilder(in)
			if err != nil {
				return nil, err
			}
			l.builder, l.input = b, in
		}
		return l.builder.Rebuild()
	})
}

// Close frees the incremental context.
func (l *Loader) Close() {
	if l.builder != nil {
		l.builder.Close()
		l.builder = nil
	}
}

func sameInput(a, b bundle.Input) bool {
	return a.Root == b.Root && a.SrcDir == b.SrcDir && a.Middleware == b.Middleware && a.Mode == b.Mode && a.Color == b.Color && slices.Equal(a.Files, b.Files) &&
		a.Actions == b.Actions && a.ClientConfig == b.ClientConfig && a.I18n == b.I18n && maps.Equal(a.Virtual, b.Virtual)
}

// BundleInput is what to bundle for this app.
func (a *App) BundleInput(color bool) bundle.Input {
	in := bundle.Input{Root: a.Config.Root, SrcDir: a.Config.SrcDir, Middleware: a.Middleware, Mode: string(a.Config.Mode), Color: color,
		Actions: a.Actions, ClientConfig: a.Config.ClientJSON(), I18n: a.Config.I18n != nil, Virtual: a.envModules}
	for _, r := range a.Routes {
		if r.Kind == routing.Endpoint {
			in.Files = append(in.Files, r.Key)
		}
	}
	return in
}

// SetBundle compiles b and makes it the app's code.
func (a *App) SetBundle(b *bundle.Bundle) error {
	ep, err := endpoint.Program()
	if err != nil {
		return err
	}
	var prog *jsrt.Program
	if b.Program != nil {
		prog = jsrt.NewProgram(bundle.ProgramName, b.Program)
	} else {
		prog, err = jsrt.Compile(bundle.ProgramName, b.Code) // a relative name: stacks show src/... paths
		if err != nil {
			return err
		}
	}
	sp, err := session.Program()
	if err != nil {
		return err
	}
	a.Bundle = b
	a.programs = []*jsrt.Program{ep, sp, prog}
	return nil
}

// SourceDir is where route files (.html pages) are read when serving.
func (a *App) SourceDir() string {
	if a.sourceDir != "" {
		return a.sourceDir
	}
	return a.Config.Root
}

// RuntimeOptions are extra settings for NewRuntime.
type RuntimeOptions struct {
	// Console receives console output of user code.
	Console func(level, msg, source string)
	// Env overrides import.meta.env (the server puts the process
	// environment over what the build baked in).
	Env map[string]any
	// Prerender marks a build's runtimes: sessions there are kept for the
	// request only (`comet build` keeps no session data).
	Prerender bool
	// StallAfter and OnStall: jsrt's stall watchdog.
	StallAfter time.Duration
	OnStall    func()
}

// NewRuntime starts a JS runtime with the app's code loaded.
func (a *App) NewRuntime(o RuntimeOptions) (*jsrt.Runtime, error) {
	if a.programs == nil {
		return nil, errors.New("app: no bundle loaded")
	}
	env := a.Config.Env
	if o.Env != nil {
		env = o.Env
	}
	sess := session.Options{Config: a.Config.Session, Production: a.Config.Mode == config.ModeProduction}
	if sess.Config != nil && !o.Prerender {
		st, err := session.Shared(sess.Config)
		if err != nil {
			return nil, err
		}
		sess.Store = st
	}
	return jsrt.New(jsrt.Options{
		Programs:      a.programs,
		ProcessEnv:    config.Environ(),
		Root:          a.Config.Root,
		ImportMetaEnv: env,
		Console:       o.Console,
		StallAfter:    o.StallAfter,
		OnStall:       o.OnStall,
		Setup: func(vm *goja.Runtime) error {
			if err := content.Setup(vm, a.contentSource(), o.Console); err != nil {
				return err
			}
			if err := session.Setup(vm, sess); err != nil {
				return err
			}
			if err := envSetup(vm, a.Config); err != nil {
				return err
			}
			return endpoint.Setup(vm, a.matchEndpoint)
		},
	})
}

func (a *App) contentSource() content.Source {
	a.contentOnce.Do(func() {
		if a.content == nil {
			a.content = content.Memo(content.Files(a.Config.Root, a.OnContentRead))
		}
	})
	return a.content
}

// matchEndpoint is endpoint.Match over the app's endpoint routes, in
// priority order (rewrites).
func (a *App) matchEndpoint(pathname string) (string, map[string]string, []string, string, bool) {
	opts := routing.Options{TrailingSlash: a.Config.TrailingSlash}
	if bp := a.Config.BasePrefix(); bp != "" && (pathname == bp || strings.HasPrefix(pathname, bp+"/")) {
		pathname = "/" + strings.TrimPrefix(pathname[len(bp):], "/")
	}
	for _, r := range a.Routes {
		if r.Kind != routing.Endpoint {
			continue
		}
		if params, ok := r.Match(pathname, opts); ok {
			return r.Key, params, r.Params, r.Route.Route, true
		}
	}
	return "", nil, nil, "", false
}

// FindRoute returns the route whose Key is key.
func (a *App) FindRoute(key string) (*Route, error) {
	for _, r := range a.Routes {
		if r.Key == key {
			return r, nil
		}
	}
	return nil, fmt.Errorf("app: no route %s", key)
}

// Empty is an app with no routes: preview of a static build serves files
// only.
func Empty(cfg *config.Config) (*App, error) {
	a := &App{Config: cfg, Output: cfg.Output}
	code := "var " + bundle.GlobalName + " = { routes: {}, middleware: null };"
	if err := a.SetBundle(&bundle.Bundle{Code: code}); err != nil {
		return nil, err
	}
	return a, nil
}

// PathsRoute is what endpoint.StaticPaths needs to know about r.
func (a *App) PathsRoute(r *Route) endpoint.PathsRoute {
	var rest []string
	for _, seg := range r.Segments {
		for _, p := range seg {
			if p.Rest {
				rest = append(rest, p.Content)
			}
		}
	}
	return endpoint.PathsRoute{
		File: r.Key, Params: r.Params, Rest: rest, Pattern: r.Route.Route, Base: a.Config.BasePrefix(),
		Generate: func(p map[string]string) (string, error) { return r.Generate(p) },
	}
}
