package server_test

import (
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/server"
)

// TestBrokenModuleIsolated: a module that does not bundle fails only the
// routes importing it, on every request; the server shows the module's
// error with its location (dev) or an empty 500 (production), and other
// routes, including one awaiting at top level, keep answering.
func TestBrokenModuleIsolated(t *testing.T) {
	files := map[string]string{
		"src/pages/ok.ts":     "const v = await Promise.resolve('fine');\nexport const GET = () => new Response(v);\n",
		"src/pages/broken.ts": "import { x } from '../lib/x.ts';\nexport const GET = () => new Response(x);\n",
		"src/lib/x.ts":        "import { y } from 'not-installed';\nexport const x = y;\n",
	}
	for _, tc := range []struct {
		name string
		show bool
		want string
	}{
		{"dev", true, `Could not resolve "not-installed"`},
		{"production", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := project(t, server.Options{ShowErrors: tc.show}, files)
			for i := 0; i < 2; i++ {
				r := do(t, srv, "GET", "/broken", nil)
				if r.status != 500 || (tc.want == "") != (r.body == "") || !strings.Contains(r.body, tc.want) {
					t.Fatalf("broken route: %d %q, want 500 with %q", r.status, r.body, tc.want)
				}
				if tc.show {
					for _, s := range []string{"src/lib/x.ts:1:19", "Imported through src/pages/broken.ts → src/lib/x.ts"} {
						if !strings.Contains(r.body, s) {
							t.Errorf("the error page lacks %q:\n%s", s, r.body)
						}
					}
				}
				if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || r.body != "fine" {
					t.Fatalf("other route: %d %q", r.status, r.body)
				}
			}
		})
	}
}

// TestModuleLoadErrorIsolated: a module that bundles but throws while it
// is evaluated (or whose top-level await rejects) fails its routes on every
// request with the same error, as a failed import does in Node; other
// routes, even those sharing a healthy module with it, keep answering.
func TestModuleLoadErrorIsolated(t *testing.T) {
	srv := project(t, server.Options{ShowErrors: true}, map[string]string{
		"src/lib/shared.ts":    "export let hits = 0;\nexport const hit = () => ++hits;\n",
		"src/lib/throws.ts":    "import { hit } from './shared.ts';\nhit();\nthrow new Error('thrown at load');\n",
		"src/lib/rejects.ts":   "export const v = await Promise.reject(new Error('rejected at load'));\n",
		"src/pages/throws.ts":  "import '../lib/throws.ts';\nexport const GET = () => new Response('unreachable');\n",
		"src/pages/rejects.ts": "import { v } from '../lib/rejects.ts';\nexport const GET = () => new Response(String(v));\n",
		"src/pages/ok.ts":      "import { hit } from '../lib/shared.ts';\nexport const GET = () => new Response(String(hit()));\n",
	})
	for i := 0; i < 2; i++ {
		for path, want := range map[string]string{"/throws": "thrown at load", "/rejects": "rejected at load"} {
			if r := do(t, srv, "GET", path, nil); r.status != 500 || !strings.Contains(r.body, want) {
				t.Errorf("%s (request %d): %d %q, want 500 with %q", path, i+1, r.status, r.body, want)
			}
		}
	}
	// shared.ts was evaluated once: the failed module's hit() counted 1.
	if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || r.body != "2" {
		t.Errorf("/ok: %d %q, want 200 \"2\"", r.status, r.body)
	}
}
