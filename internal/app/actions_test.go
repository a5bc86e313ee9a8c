package app

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/routing"
	"github.com/comet-dev/comet/internal/testproject"
)

const actionsSource = "import { defineAction } from 'astro:actions';\nexport const server = { hi: defineAction({ handler: () => 'hi' }) };\n"

// TestScanActions: where actions are found, the route Astro injects, and
// the output they need (actions/integration.ts).
func TestScanActions(t *testing.T) {
	page := "export const GET = () => new Response('x');"
	for _, tc := range []struct {
		name    string
		files   map[string]string
		actions string
		output  config.Output
		err     string
	}{
		{"server", map[string]string{"astro.config.mjs": "export default { output: 'server' };", "src/actions/index.ts": actionsSource},
			"src/actions/index.ts", config.OutputServer, ""},
		{"actions.js first", map[string]string{"astro.config.mjs": "export default { output: 'server' };", "src/actions.js": actionsSource, "src/actions/index.ts": actionsSource},
			"src/actions.js", config.OutputServer, ""},
		{"no server export", map[string]string{"astro.config.mjs": "export default { output: 'server' };", "src/actions/index.ts": "export const other = 1;"},
			"", config.OutputServer, ""},
		{"export list", map[string]string{"astro.config.mjs": "export default { output: 'server' };", "src/actions/index.ts": "const s = {};\nexport { s as other, s as server };"},
			"src/actions/index.ts", config.OutputServer, ""},
		{"static, adapter", map[string]string{"astro.config.mjs": "import node from '@astrojs/node';\nexport default { adapter: node() };", "src/actions/index.ts": actionsSource, "src/pages/a.ts": page},
			"src/actions/index.ts", config.OutputServer, ""},
		{"static, on-demand route", map[string]string{"src/actions/index.ts": actionsSource, "src/pages/a.ts": "export const prerender = false;\n" + page},
			"src/actions/index.ts", config.OutputServer, ""},
		{"static, no adapter", map[string]string{"src/actions/index.ts": actionsSource, "src/pages/a.ts": page},
			"", "", "ActionsWithoutServerOutputError"},
	} {
		cfg := load(t, tc.files)
		p, err := Scan(cfg)
		if tc.err != "" {
			var d *diag.Diagnostic
			if !errors.As(err, &d) || d.Name != tc.err {
				t.Errorf("%s: error %v, want %s", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if p.Actions != tc.actions || p.Output != tc.output {
			t.Errorf("%s: actions %q output %s, want %q %s", tc.name, p.Actions, p.Output, tc.actions, tc.output)
		}
		var injected *Route
		for _, r := range p.Routes {
			if r.Key == bundle.ActionsRouteKey {
				injected = r
			}
		}
		if (injected != nil) != (tc.actions != "") {
			t.Errorf("%s: injected route %v", tc.name, injected)
		}
		if injected != nil {
			if injected.Prerender || injected.Route.Route != "/_actions/[...path]" {
				t.Errorf("%s: injected route %s prerender %v", tc.name, injected.Route.Route, injected.Prerender)
			}
			if _, ok := injected.Match("/_actions/a.b", routing.Options{}); !ok {
				t.Errorf("%s: /_actions/a.b does not match", tc.name)
			}
		}
	}
}

// TestActionsRoundTrip: a server build keeps the injected route.
func TestActionsRoundTrip(t *testing.T) {
	root := testproject.Write(t, map[string]string{"astro.config.mjs": "export default { output: 'server' };", "src/actions/index.ts": actionsSource,
		"src/pages/a.ts": "export const GET = () => new Response('x');"})
	cfg, err := config.Load(root, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "dist")
	if err := a.WriteServer(filepath.Join(out, ServerDir), nil); err != nil {
		t.Fatal(err)
	}
	b, _, err := LoadBuilt(root, out)
	if err != nil {
		t.Fatal(err)
	}
	if b.Actions != a.Actions {
		t.Errorf("actions %q after the round trip, want %q", b.Actions, a.Actions)
	}
	r, err := b.FindRoute(bundle.ActionsRouteKey)
	if err != nil {
		t.Fatal(err)
	}
	if r.Route.Route != "/_actions/[...path]" || r.Prerender {
		t.Errorf("loaded route %s prerender %v", r.Route.Route, r.Prerender)
	}
}
