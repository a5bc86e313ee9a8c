package bundle

import (
	"strings"
	"testing"
)

func TestUnexport(t *testing.T) {
	shim := "var __require = /* @__PURE__ */ ((x2) => typeof require !== \"undefined\" ? require : typeof Proxy !== \"undefined\" ? new Proxy(x2, {\n" +
		"  get: (a, b) => (typeof require !== \"undefined\" ? require : a)[b]\n" +
		"}) : x2)(function(x2) {\n" +
		"  if (typeof require !== \"undefined\") return require.apply(this, arguments);\n" +
		"  throw Error('Dynamic require of \"' + x2 + '\" is not supported');\n" +
		"});\n"
	for _, tc := range []struct{ name, in, want, wantErr string }{
		{"plain", "(() => {\nvar routes = {};\nvar middleware = null;\nexport {\n  middleware,\n  routes\n};\n//# sourceMappingURL=x\n",
			"(() => {\nvar routes = {};\nvar middleware = null;\nglobalThis.__cometBundle = { middleware: middleware, routes: routes };\n})();\n//# sourceMappingURL=x\n", ""},
		{"renamed", "var routes2 = 1;\nexport {\n  middleware2 as middleware,\n  routes2 as routes\n};\n",
			"var routes2 = 1;\nglobalThis.__cometBundle = { middleware: middleware2, routes: routes2 };\n})();\n", ""},
		{"the last export wins", "var s = `\nexport { a };\n`;\nexport { routes };\n", "var s = `\nexport { a };\n`;\nglobalThis.__cometBundle = { routes: routes };\n})();\n", ""},
		{"no export", "var routes = {};\n", "", "no export statement"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := unexport(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v\nwant %q", got, err, tc.want)
			}
		})
	}
	// The require shim is replaced line for line: positions after it keep
	// their source-mapped lines.
	in := shim + "f();\nexport { routes };\n"
	got, err := unexport(in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "typeof require") || !strings.Contains(got, `Cannot find module "' + x2 + '"`) {
		t.Errorf("the shim was not replaced:\n%s", got)
	}
	if a, b := strings.Index(in, "f();"), strings.Index(got, "f();"); strings.Count(in[:a], "\n") != strings.Count(got[:b], "\n") {
		t.Errorf("the shim's replacement moved the next line:\n%s", got)
	}
}
