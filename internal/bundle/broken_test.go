package bundle_test

// Tests of the route bundle's module shape: broken modules isolated to the
// routes that import them (broken.go), top-level await, and import() with a
// specifier known only at run time (esm.go).

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// moduleProject has one route per way a module can be broken, routes that
// are fine, and routes using top-level await and dynamic import().
var moduleProject = map[string]string{
	"src/pages/ok.js":               "export default () => 'ok';\n",
	"src/pages/syntax.js":           "import { x } from '../lib/syntax.js';\nexport default () => x;\n",
	"src/pages/shared.js":           "import { x } from '../lib/syntax.js';\nexport default () => 'shared ' + x;\n",
	"src/lib/syntax.js":             "// a comment\nexport const x = 1 +;\n",
	"src/pages/missing.js":          "import { y } from '../lib/uses-pkg.js';\nexport default () => y;\n",
	"src/lib/uses-pkg.js":           "export { y } from 'pkg';\n",
	"node_modules/pkg/package.json": `{"name":"pkg","main":"index.js"}`,
	"node_modules/pkg/index.js":     "import z from 'not-installed';\nexport const y = z;\n",
	// goja rejects astral letters in group names; esbuild and Node do not.
	"src/pages/regex.js": "import { re } from '../lib/re.js';\nexport default () => String(re);\n",
	"src/lib/re.js":      "// a regex\nexport const re = /(?<𝒜>.)/;\n",
	"src/pages/self.ts":  "export default () => { return 1 +; };\n",
	// goja's parser panics on a template's raw \u{10FFFF}; V8 takes it.
	"src/pages/raw.js": "import { raw } from '../lib/raw.js';\nexport default () => raw;\n",
	"src/lib/raw.js":   "// the last code point\nexport const raw = String.raw`\\u{10FFFF}`;\n",
	"src/pages/tla.ts": "import { v } from '../lib/tla.ts';\nconst w = await Promise.resolve('!');\nexport default () => v + w;\n",
	"src/lib/tla.ts":   "export const v: string = await new Promise((r) => setTimeout(() => r('late'), 5));\n",
	"src/pages/dyn.js": "export default async (name) => {\n" +
		"  const m = await import(`../lib/data/${name}.js`);\n" +
		"  try { await import(name); } catch (e) { return m.value + ' | ' + e.message; }\n" +
		"};\n",
	"src/lib/data/one.js": "export const value = 'one';\n",
}

func TestBrokenModules(t *testing.T) {
	dir := t.TempDir()
	for name, body := range moduleProject {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	routes := []string{"src/pages/dyn.js", "src/pages/missing.js", "src/pages/ok.js", "src/pages/raw.js", "src/pages/regex.js", "src/pages/self.ts", "src/pages/shared.js", "src/pages/syntax.js", "src/pages/tla.ts"}
	b, err := bundle.Build(bundle.Input{Root: dir, Files: routes})
	if err != nil {
		t.Fatalf("a project with broken modules must still bundle: %v", err)
	}

	// Which modules are broken, where, and the chains that reach them.
	type want struct {
		at     string // file:line:col
		msg    string
		chains map[string][]string
	}
	wants := map[string]want{
		"node_modules/pkg/index.js": {"node_modules/pkg/index.js:1:15", `Could not resolve "not-installed"`, map[string][]string{
			"src/pages/missing.js": {"src/pages/missing.js", "src/lib/uses-pkg.js", "node_modules/pkg/index.js"}}},
		"src/lib/re.js": {"src/lib/re.js:2:19", "goja cannot compile this module: ", map[string][]string{
			"src/pages/regex.js": {"src/pages/regex.js", "src/lib/re.js"}}},
		"src/lib/raw.js": {"src/lib/raw.js:2:27", "goja cannot compile this module: goja cannot parse this literal", map[string][]string{
			"src/pages/raw.js": {"src/pages/raw.js", "src/lib/raw.js"}}},
		"src/lib/syntax.js": {"src/lib/syntax.js:2:21", `Unexpected ";"`, map[string][]string{
			"src/pages/shared.js": {"src/pages/shared.js", "src/lib/syntax.js"},
			"src/pages/syntax.js": {"src/pages/syntax.js", "src/lib/syntax.js"}}},
		"src/pages/self.ts": {"src/pages/self.ts:1:34", `Unexpected ";"`, map[string][]string{
			"src/pages/self.ts": {"src/pages/self.ts"}}},
	}
	if len(b.Broken) != len(wants) {
		var got []string
		for _, bk := range b.Broken {
			got = append(got, bk.File)
		}
		t.Fatalf("broken modules %v, want %d", got, len(wants))
	}
	for _, bk := range b.Broken {
		w, ok := wants[bk.File]
		if !ok {
			t.Errorf("unexpected broken module %s: %v", bk.File, bk.Err)
			continue
		}
		d, _ := diag.AsDiagnostic(bk.Err[0])
		if d == nil {
			t.Errorf("%s: error %v is not a diagnostic", bk.File, bk.Err[0])
			continue
		}
		if got := d.File + ":" + itoa(d.Line) + ":" + itoa(d.Col); got != w.at {
			t.Errorf("%s: error at %s, want %s", bk.File, got, w.at)
		}
		if !strings.Contains(d.Message, w.msg) {
			t.Errorf("%s: message %q, want it to contain %q", bk.File, d.Message, w.msg)
		}
		if !reflect.DeepEqual(bk.Chains, w.chains) {
			t.Errorf("%s: chains %v, want %v", bk.File, bk.Chains, w.chains)
		}
	}

	// The build's error names each route and its chain.
	report := bundle.Error(b.Broken).Error()
	for _, line := range []string{
		"route src/pages/missing.js imports it: src/pages/missing.js → src/lib/uses-pkg.js → node_modules/pkg/index.js",
		"route src/pages/shared.js imports it: src/pages/shared.js → src/lib/syntax.js",
		"route src/pages/regex.js imports it: src/pages/regex.js → src/lib/re.js",
	} {
		if !strings.Contains(report, line) {
			t.Errorf("the build error lacks %q:\n%s", line, report)
		}
	}

	// At run time only the routes importing a broken module fail, every
	// time they are loaded, with the module's error.
	prog := jsrt.NewProgram(bundle.ProgramName, b.Program)
	rt, err := jsrt.New(jsrt.Options{Programs: []*jsrt.Program{prog}, Root: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	call := func(route, arg string) (string, error) {
		return jsrt.Await(context.Background(), rt, func(vm *goja.Runtime) (goja.Value, error) {
			fn, _ := goja.AssertFunction(vm.Get("__call"))
			return fn(goja.Undefined(), vm.ToValue(route), vm.ToValue(arg))
		}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
	}
	if err := rt.Exec(func(vm *goja.Runtime) error {
		_, err := vm.RunString(`globalThis.__call = (f, arg) => __cometBundle.routes[f]().then((m) => m.default(arg))`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ route, arg, want, wantErr string }{
		{route: "src/pages/ok.js", want: "ok"},
		{route: "src/pages/syntax.js", wantErr: `Unexpected ";"`},
		{route: "src/pages/syntax.js", wantErr: `Unexpected ";"`}, // again: still broken
		{route: "src/pages/shared.js", wantErr: `Unexpected ";"`},
		{route: "src/pages/missing.js", wantErr: `Could not resolve "not-installed"`},
		{route: "src/pages/regex.js", wantErr: "goja cannot compile this module"},
		{route: "src/pages/self.ts", wantErr: `Unexpected ";"`},
		{route: "src/pages/raw.js", wantErr: "goja cannot parse this literal"},
		{route: "src/pages/tla.ts", want: "late!"},
		{route: "src/pages/dyn.js", arg: "one", want: `one | Cannot find module "one": Comet bundles modules at build time`},
		{route: "src/pages/ok.js", want: "ok"},
	} {
		got, err := call(tc.route, tc.arg)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: got %q, %v; want error %q", tc.route, got, err, tc.wantErr)
			}
			continue
		}
		if err != nil || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: got %q, %v; want %q", tc.route, got, err, tc.want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
