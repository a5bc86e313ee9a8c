package wasm_test

import (
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
)

// TestEmbedded: __cometEmbeddedWasm compiles a module Comet ships by name
// (a WebAssembly.Module like any other) and refuses an unknown name.
func TestEmbedded(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	got, err := runComet(t, rt, `(async () => {
  const m = __cometEmbeddedWasm('resvg');
  const exports = WebAssembly.Module.exports(m).map((e) => e.name);
  let unknown;
  try { __cometEmbeddedWasm('nope'); } catch (e) { unknown = e.name + ': ' + e.message; }
  return [m instanceof WebAssembly.Module, exports.includes('resvg_render'), exports.includes('memory'), unknown].join(' | ');
})()`, 60*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if want := "true | true | true | TypeError: wasm: no embedded module nope"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
