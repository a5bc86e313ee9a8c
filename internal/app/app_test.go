package app

import (
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/testproject"
)

func load(t *testing.T, files map[string]string) *config.Config {
	t.Helper()
	cfg, err := config.Load(testproject.Write(t, files), config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestScan: the effective output and each route's prerender flag, decided
// once and never written back into the config.
func TestScan(t *testing.T) {
	for _, tc := range []struct {
		name    string
		config  string
		files   map[string]string
		output  config.Output
		implied bool
		// prerender lists route key → flag
		prerender map[string]bool
	}{
		{"static", "", map[string]string{"src/pages/a.json.ts": "export const GET = () => 1;"}, config.OutputStatic, false,
			map[string]bool{"src/pages/a.json.ts": true}},
		{"server", "export default { output: 'server' };", map[string]string{
			"src/pages/a.json.ts": "export const GET = () => 1;",
			"src/pages/b.json.ts": "export const prerender = true;\nexport const GET = () => 1;",
			"src/pages/p.html":    "<p>",
		}, config.OutputServer, false, map[string]bool{"src/pages/a.json.ts": false, "src/pages/b.json.ts": true, "src/pages/p.html": false}},
		{"implied server", "", map[string]string{
			"src/pages/a.json.ts": "export const prerender = false;\nexport const GET = () => 1;",
			"src/pages/b.json.ts": "export const GET = () => 1;",
		}, config.OutputServer, true, map[string]bool{"src/pages/a.json.ts": false, "src/pages/b.json.ts": true}},
		{"hybrid is static", "export default { output: 'hybrid' };", map[string]string{"src/pages/a.json.ts": "export const GET = () => 1;"},
			config.OutputStatic, false, map[string]bool{"src/pages/a.json.ts": true}},
		{"prerender only as a literal", "", map[string]string{"src/pages/a.json.ts": "export const prerender = import.meta.env.X;\nexport const GET = () => 1;"},
			config.OutputStatic, false, map[string]bool{"src/pages/a.json.ts": true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{}
			for k, v := range tc.files {
				files[k] = v
			}
			if tc.config != "" {
				files["astro.config.mjs"] = tc.config
			}
			cfg := load(t, files)
			before := *cfg
			p, err := Scan(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if p.Output != tc.output || p.ImpliedServer != tc.implied {
				t.Errorf("output %q implied %v, want %q %v", p.Output, p.ImpliedServer, tc.output, tc.implied)
			}
			if cfg.Output != before.Output {
				t.Errorf("Scan changed cfg.Output from %q to %q", before.Output, cfg.Output)
			}
			got := map[string]bool{}
			for _, r := range p.Routes {
				got[r.Key] = r.Prerender
			}
			for k, want := range tc.prerender {
				if v, ok := got[k]; !ok || v != want {
					t.Errorf("%s prerender %v (present %v), want %v", k, v, ok, want)
				}
			}
		})
	}
}

// TestScanUnserved: .astro, .md and .mdx pages are found (not _ ones),
// listed in one warning, and matched by path.
func TestScanUnserved(t *testing.T) {
	cfg := load(t, map[string]string{
		"src/pages/index.astro":         "---\n---",
		"src/pages/blog/[slug].md":      "# x",
		"src/pages/about.mdx":           "# x",
		"src/pages/_draft.astro":        "",
		"src/pages/api.json.ts":         "export const GET = () => new Response('{}');",
		"src/pages/_components/x.astro": "",
	})
	a, err := Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Unserved) != 3 {
		t.Fatalf("unserved %d pages, want 3", len(a.Unserved))
	}
	w := strings.Join(a.Warnings, "\n")
	if !strings.Contains(w, "3 page(s) skipped") || !strings.Contains(w, "src/pages/about.mdx, src/pages/blog/[slug].md, src/pages/index.astro") {
		t.Errorf("warning: %s", w)
	}
	for path, want := range map[string]string{"/": "src/pages/index.astro", "/blog/hello": "src/pages/blog/[slug].md", "/about/": "src/pages/about.mdx", "/api.json": "", "/draft": ""} {
		if got, _ := a.UnservedPage(path); got != want {
			t.Errorf("UnservedPage(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestRedirect: Astro's status and Location rules (core/redirects/render.ts).
func TestRedirect(t *testing.T) {
	cfg := load(t, map[string]string{
		"astro.config.mjs": `export default { output: 'server', redirects: {
  '/old': '/new',
  '/to-route/[id]': { status: 302, destination: '/posts/[id].json' },
  '/plain/[a]/[...rest]': '/dest/[a]/[...rest]',
  '/obj/[a]': { status: 307, destination: '/x/[a]' },
  '/gh': 'https://github.com/withastro',
  '/space': '/a b/ü',
  '/posts/1.json': '/shadowed',
} };`,
		"src/pages/posts/[id].json.ts": "export const GET = () => new Response('x');",
		"src/pages/posts/1.json.ts":    "export const GET = () => new Response('x');",
	})
	a, err := Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Routes {
		if r.Key == "src/pages/posts/1.json.ts" {
			t.Error("a file route with a redirect's route must be dropped")
		}
	}
	for _, tc := range []struct {
		method, path string
		status       int
		location     string
	}{
		{"GET", "/old", 301, "/new"},
		{"POST", "/old", 308, "/new"},
		{"HEAD", "/old", 308, "/new"},
		{"GET", "/to-route/7", 302, "/posts/7.json"},
		{"GET", "/plain/x/y/z", 301, "/dest/x/y/z"},
		{"GET", "/obj/q", 301, "/x/%5Ba%5D"}, // a status counts only with a route destination; the destination is kept as written (then encodeURI)
		{"GET", "/gh", 301, "https://github.com/withastro"},
		{"GET", "/space", 301, "/a%20b/%C3%BC"},
		{"GET", "/posts/1.json", 301, "/shadowed"},
	} {
		rd, params := a.MatchRedirect(tc.path, true, nil)
		if rd == nil {
			t.Errorf("%s: no redirect", tc.path)
			continue
		}
		if s, l := rd.Status(tc.method), rd.Location(params); s != tc.status || l != tc.location {
			t.Errorf("%s %s = %d %q, want %d %q", tc.method, tc.path, s, l, tc.status, tc.location)
		}
	}
}

// A dynamic redirect in a static build needs a route to take its paths
// from: Astro's InvalidRedirectDestination.
func TestRedirectInvalidDestination(t *testing.T) {
	for cfgText, want := range map[string]string{
		`export default { redirects: { '/old/[slug]': '/nowhere/[slug]' } };`:   `The destination "/nowhere/[slug]" does not match any existing route`,
		`export default { redirects: { '/old/[slug]/[x]': '/posts/[slug]' } };`: "missing dynamic parameter(s) [x]",
	} {
		cfg := load(t, map[string]string{"astro.config.mjs": cfgText, "src/pages/posts/[slug].ts": "export const GET = () => 1;"})
		_, err := Scan(cfg)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "InvalidRedirectDestination") {
			t.Errorf("%s: err %v, want %q", cfgText, err, want)
		}
	}
}
