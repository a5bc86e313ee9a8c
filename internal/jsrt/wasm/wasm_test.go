package wasm_test

import (
	"context"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

//go:embed cases.js
var casesJS string

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// script runs every case of cases.js and prints {name: result} as JSON.
func script(basic, own string) string {
	return `(async () => {
  const dec = (s) => { const b = atob(s), u = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) u[i] = b.charCodeAt(i); return u; };
  const cases = (` + casesJS + `)(dec("` + basic + `"), dec("` + own + `"));
  const out = {};
  for (const [name, fn] of Object.entries(cases)) {
    try { out[name] = await fn(); } catch (e) { out[name] = 'THREW ' + e; }
  }
  return JSON.stringify(out);
})()`
}

func runComet(t *testing.T, rt *jsrt.Runtime, src string, timeout time.Duration) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		return vm.RunString(src)
	}, func(vm *goja.Runtime, v goja.Value) (string, error) {
		return v.String(), nil
	})
}

// TestAPI runs cases.js in Comet and in Node 20 and compares each case.
func TestAPI(t *testing.T) {
	src := script(fixture(t, "basic.wasm"), fixture(t, "own.wasm"))
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	got, err := runComet(t, rt, src, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var comet map[string]string
	if err := json.Unmarshal([]byte(got), &comet); err != nil {
		t.Fatal(err)
	}
	want := nodeResults(t, src)
	names := make([]string, 0, len(comet))
	for k := range comet {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		if strings.HasPrefix(comet[name], "THREW") {
			t.Errorf("%s: %s", name, comet[name])
			continue
		}
		if want == nil {
			continue
		}
		if comet[name] != want[name] {
			t.Errorf("%s:\ncomet %s\nnode  %s", name, comet[name], want[name])
		}
	}
	if want == nil {
		t.Log("node not found: checked only that no case threw")
	}
}

func nodeResults(t *testing.T, src string) map[string]string {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil
	}
	cmd := exec.Command(node, "-e", src[:len(src)-len("()")]+"().then(console.log)")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var m map[string]string
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("node output: %v: %s", err, out)
	}
	return m
}

// TestSpinIsInterrupted: a wasm loop that never ends is stopped by the
// call's time limit, as a JS loop is.
func TestSpinIsInterrupted(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	src := `const dec = (s) => { const b = atob(s), u = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) u[i] = b.charCodeAt(i); return u; };
new WebAssembly.Instance(new WebAssembly.Module(dec("` + fixture(t, "basic.wasm") + `")), {env: {log() {}, mem: new WebAssembly.Memory({initial: 1}), g: 0, mg: new WebAssembly.Global({value: 'f64', mutable: true})}}).exports.spin()`
	start := time.Now()
	_, err = runComet(t, rt, src, 300*time.Millisecond)
	var te *jsrt.TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("err = %v, want a TimeoutError", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("stopped after %v", d)
	}
	if !rt.Broken() {
		t.Error("runtime not marked broken")
	}
}
