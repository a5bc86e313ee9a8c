// Package app assembles a project for running: config → routes (scanned
// from src/pages, with their prerender flags) → one bundle → compiled
// programs. Build, server and dev all start from an *App; a built server
// (dist/server) is loaded back into the same type, so preview runs exactly
// what build wrote.
package app

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/routing"
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
	Bundle     *bundle.Bundle
	Warnings   []string
	// sourceDir is where route files are read at run time (.html pages):
	// the project root, or dist/server/files for a loaded build.
	sourceDir string

	programs []*jsrt.Program
}

// prerenderRe is Astro's test on the raw source (routing/prerender.ts):
// only the literals true and false count.
var prerenderRe = regexp.MustCompile(`(?m)^\s*export\s+const\s+prerender\s*=\s*(true|false);?`)

// Scan finds the routes and middleware of cfg's project, without bundling.
func Scan(cfg *config.Config) (routes []*Route, middleware string, warnings []string, err error) {
	pages := cfg.PagesDir()
	srcRel, err := filepath.Rel(cfg.Root, pages)
	if err != nil {
		return nil, "", nil, err
	}
	var rs []*routing.Route
	if _, statErr := os.Stat(pages); statErr == nil {
		rs, warnings, err = routing.Scan(os.DirFS(pages))
		if err != nil {
			return nil, "", warnings, err
		}
	} else {
		warnings = append(warnings, fmt.Sprintf("No %s folder: there are no routes to build or serve.", filepath.ToSlash(srcRel)))
	}
	if cfg.ImpliedServer { // decided again on every scan (comet dev)
		cfg.Output, cfg.ImpliedServer = "static", false
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
			return nil, "", warnings, err
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
	if cfg.Output == "static" && onDemand != "" {
		cfg.Output = "server"
		cfg.ImpliedServer = true
		warnings = append(warnings, fmt.Sprintf("%s sets `prerender = false`: building for output \"server\" (prerendered routes go to %s/client)", onDemand, filepath.Base(cfg.OutDir)))
	}
	for _, r := range rs {
		key := path.Join(filepath.ToSlash(srcRel), r.File)
		ar := &Route{Route: r, Key: key, Prerender: cfg.Output != "server" || cfg.ImpliedServer}
		if v, ok := flags[r]; ok {
			ar.Prerender = v
		}
		if r.Kind == routing.Page {
			// .html pages are copied by a static build; a server serves
			// them itself (from dist/server/files in preview).
			ar.Prerender = cfg.Output != "server"
		}
		routes = append(routes, ar)
	}
	for _, name := range []string{"middleware.ts", "middleware.js", "middleware.mts", "middleware.mjs", "middleware/index.ts", "middleware/index.js"} {
		if _, err := os.Stat(filepath.Join(cfg.SrcDir, name)); err == nil {
			rel, _ := filepath.Rel(cfg.Root, filepath.Join(cfg.SrcDir, name))
			middleware = filepath.ToSlash(rel)
			break
		}
	}
	return routes, middleware, warnings, nil
}

// Load scans and bundles the project.
func Load(cfg *config.Config, mode string, color bool) (*App, error) {
	routes, mw, warnings, err := Scan(cfg)
	if err != nil {
		return nil, err
	}
	a := &App{Config: cfg, Routes: routes, Middleware: mw, Warnings: append(cfg.Warnings, warnings...)}
	b, err := bundle.Build(a.BundleInput(mode, color))
	if err != nil {
		return nil, err
	}
	if err := a.SetBundle(b); err != nil {
		return nil, err
	}
	return a, nil
}

// BundleInput is what to bundle for this app.
func (a *App) BundleInput(mode string, color bool) bundle.Input {
	in := bundle.Input{Root: a.Config.Root, Middleware: a.Middleware, Mode: mode, Color: color}
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
	a.Bundle = b
	a.programs = []*jsrt.Program{ep, prog}
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
	return jsrt.New(jsrt.Options{
		Programs:      a.programs,
		ProcessEnv:    config.Environ(),
		Root:          a.Config.Root,
		ImportMetaEnv: env,
		Console:       o.Console,
		StallAfter:    o.StallAfter,
		OnStall:       o.OnStall,
		Setup:         func(vm *goja.Runtime) error { return endpoint.Setup(vm, a.matchEndpoint) },
	})
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
	a := &App{Config: cfg}
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
