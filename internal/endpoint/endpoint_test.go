package endpoint_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/testproject"
)

// TestHandlerPrecedence: which export answers each method
// (comet-semantics #1, #2 and #27): the exact upper-case name, the
// lower-case one, del for DELETE, then ALL and all, and GET/get for HEAD.
func TestHandlerPrecedence(t *testing.T) {
	modules := map[string][]string{ // file → exports
		"upper.ts":   {"GET", "get", "POST", "ALL", "all"},
		"lower.ts":   {"get", "post", "del", "all"},
		"all.ts":     {"ALL", "all"},
		"lowall.ts":  {"all"},
		"delete.ts":  {"DELETE", "del"},
		"del.ts":     {"del"},
		"head.ts":    {"get"},
		"headall.ts": {"GET", "ALL"},
		"none.ts":    {"POST"},
	}
	files := map[string]string{}
	for f, names := range modules {
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "export const %s = () => new Response(%q);\n", n, n)
		}
		files["src/pages/"+f] = b.String()
	}
	cfg, err := config.Load(testproject.Write(t, files), config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := a.NewRuntime(app.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, tc := range []struct{ file, method, want string }{
		{"upper.ts", "GET", "GET"},
		{"upper.ts", "POST", "POST"},
		{"upper.ts", "PUT", "ALL"},
		{"upper.ts", "HEAD", "ALL"},
		{"lower.ts", "GET", "get"},
		{"lower.ts", "POST", "post"},
		{"lower.ts", "DELETE", "del"},
		{"lower.ts", "PATCH", "all"},
		{"all.ts", "GET", "ALL"},
		{"lowall.ts", "OPTIONS", "all"},
		{"delete.ts", "DELETE", "DELETE"},
		{"del.ts", "DELETE", "del"},
		{"head.ts", "HEAD", "get"},
		{"headall.ts", "HEAD", "ALL"},
		{"none.ts", "GET", ""},
	} {
		res, err := endpoint.Call(context.Background(), rt, endpoint.Request{
			File: "src/pages/" + tc.file, Method: tc.method, URL: "http://localhost:4321/" + strings.TrimSuffix(tc.file, ".ts"),
		})
		if err != nil {
			t.Fatalf("%s %s: %v", tc.method, tc.file, err)
		}
		got := res.Handler
		if res.Kind == endpoint.KindNoHandler {
			got = ""
		}
		if got != tc.want {
			t.Errorf("%s %s ran %q, want %q", tc.method, tc.file, got, tc.want)
		}
	}
}
