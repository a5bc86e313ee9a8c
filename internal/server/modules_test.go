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
