package jsrt_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/evanw/esbuild/pkg/api"
)

// TestStackNamesFromSourceMap: when esbuild renames a function (GET in two
// modules becomes GET2), stacks show the source's name.
func TestStackNamesFromSourceMap(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.js":     "export function GET() { return 'a'; }\n",
		"b.js":     "export function GET() {\n  throw new Error('from b');\n}\n",
		"entry.js": "import { GET as a } from './a.js';\nimport { GET as b } from './b.js';\nglobalThis.handlers = [a, b];\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := api.Build(api.BuildOptions{EntryPoints: []string{filepath.Join(dir, "entry.js")}, Bundle: true, Format: api.FormatIIFE, Sourcemap: api.SourceMapInline, Write: false, Outfile: filepath.Join(dir, "out.js")})
	if len(res.Errors) > 0 || len(res.OutputFiles) != 1 {
		t.Fatalf("esbuild: %v", res.Errors)
	}
	code := string(res.OutputFiles[0].Contents)
	if !strings.Contains(code, "function GET2(") {
		t.Fatalf("esbuild did not rename GET (the test needs it):\n%s", code)
	}
	prog, err := jsrt.Compile("out.js", code)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := jsrt.New(jsrt.Options{Programs: []*jsrt.Program{prog}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	_, err = run(t, rt, time.Second, `handlers[1]()`)
	var je *jsrt.Error
	if !errors.As(err, &je) || !strings.Contains(je.Stack, "at GET (") || strings.Contains(je.Stack, "GET2") {
		t.Fatalf("stack: %v\n%s", err, je.Stack)
	}
	if file, line, _ := je.Location(); !strings.HasSuffix(file, "b.js") || line != 2 {
		t.Errorf("location %s:%d, want b.js:2", file, line)
	}
}

// TestV8Wording: the TypeError of a property read on undefined is reported
// in V8's words.
func TestV8Wording(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	_, err = run(t, rt, time.Second, `const data = undefined; data.items`)
	var je *jsrt.Error
	if !errors.As(err, &je) || je.Error() != "TypeError: Cannot read properties of undefined (reading 'items')" {
		t.Errorf("got %v", err)
	}
}
