package app

import (
	"os"
	"path/filepath"
	"regexp"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/routing"
)

// actionsFiles are where Astro 7 looks for actions, first found wins
// (actions/utils.ts search).
var actionsFiles = []string{
	"actions.mjs", "actions.js", "actions.mts", "actions.ts",
	"actions/index.mjs", "actions/index.js", "actions/index.mts", "actions/index.ts",
}

// serverExportRe finds an export named server. Astro reads the exports
// with es-module-lexer: a file without one is not an actions file (it may
// be used for something else).
var serverExportRe = regexp.MustCompile(`\bexport\s+(?:(?:const|let|var)\s+server\b|(?:async\s+)?function\s*\*?\s*server\b|\{[^}]*\bserver\b[^}]*\})`)

// findActions returns the project's actions file relative to the root
// (slash path), or "".
func findActions(cfg *config.Config) string {
	for _, name := range actionsFiles {
		p := filepath.Join(cfg.SrcDir, filepath.FromSlash(name))
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if !serverExportRe.Match(src) {
			return ""
		}
		rel, _ := filepath.Rel(cfg.Root, p)
		return filepath.ToSlash(rel)
	}
	return ""
}

// actionsNeedServer is Astro's check when routes are resolved
// (actions/integration.ts): actions are served on demand, so a project
// with actions, no adapter and no on-demand route cannot build. With an
// adapter, the injected route makes the build a server build, as the
// adapter would serve it in Astro.
func actionsNeedServer(cfg *config.Config, p *Project) error {
	if p.Actions == "" || p.Output != config.OutputStatic {
		return nil
	}
	if cfg.Adapter == "" {
		return &diag.Diagnostic{Name: "ActionsWithoutServerOutputError", File: p.Actions,
			Message: "A server is required to create callable backend functions. To deploy routes to a server, add an adapter to your Astro config and configure your route for on-demand rendering.",
			Hint:    "Add an adapter and enable on-demand rendering: https://docs.astro.build/en/guides/on-demand-rendering/"}
	}
	p.Output, p.ImpliedServer = config.OutputServer, true
	p.Warnings = append(p.Warnings, p.Actions+" defines actions: building for output \"server\" (prerendered routes go to "+filepath.Base(cfg.OutDir)+"/client)")
	return nil
}

// actionsRoute is the route Astro injects for actions, served on demand.
func actionsRoute() *Route {
	r, err := routing.Injected(bundle.ActionsRoutePattern, routing.Endpoint)
	if err != nil {
		panic(err) // a constant pattern
	}
	return &Route{Route: r, Key: bundle.ActionsRouteKey}
}

// insertRoute puts r among routes (in priority order) where Astro's order
// puts it.
func insertRoute(routes []*Route, r *Route) []*Route {
	for i, o := range routes {
		if routing.Before(r.Route, o.Route) {
			return append(routes[:i:i], append([]*Route{r}, routes[i:]...)...)
		}
	}
	return append(routes, r)
}
