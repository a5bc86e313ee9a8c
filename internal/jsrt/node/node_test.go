package node_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/node"
	"github.com/dop251/goja"
)

// syncLoop runs each job at once: enough for the natives that answer
// synchronously (fs, os, zlib, process).
type syncLoop struct{ vm *goja.Runtime }

func (l syncLoop) RunOnLoop(fn func(*goja.Runtime)) bool { fn(l.vm); return true }

// TestInstall checks what node.Install defines: __cometNode's fs confined
// to the root (symlinks resolved), os facts, zlib, and process.
func TestInstall(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "a.txt"), []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(root), "outside.txt"), []byte("no"), 0o644); err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	if _, err := vm.RunString(`globalThis.queueMicrotask = (f) => f()`); err != nil {
		t.Fatal(err)
	}
	st, err := node.Install(vm, syncLoop{vm}, node.Options{Root: root, Env: map[string]string{"GREETING": "hello"}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	real, _ := filepath.EvalSymlinks(root)
	if st.Root() != real {
		t.Errorf("Root() = %q, want %q", st.Root(), real)
	}
	for _, tc := range []struct{ name, js, want string }{
		{"root", `__cometNode.root`, real},
		{"read", `String.fromCharCode(...new Uint8Array(__cometNode.readFile('a.txt')))`, "hi"},
		{"outside", `try { __cometNode.readFile('../outside.txt'); 'read' } catch (e) { e.code }`, "EACCES"},
		{"missing", `try { __cometNode.readFile('nope.txt'); 'read' } catch (e) { e.code }`, "ENOENT"},
		{"natives", `['stat', 'lstat', 'readdir', 'zlib', 'net', 'dns', 'cpus', 'arch'].map((k) => typeof __cometNode[k]).join()`, "function,function,function,function,object,function,number,string"},
		{"zlib", `String.fromCharCode(...new Uint8Array(__cometNode.zlib('gunzip', __cometNode.zlib('gzip', new Uint8Array([111, 107]).buffer, -1)[0], 0)[0]))`, "ok"},
		{"process", `[process.cwd() === __cometNode.root, process.env.GREETING, process.platform, typeof process.nextTick].join()`, "true,hello,linux,function"},
		{"nextTick", `let got; process.nextTick((a, b) => { got = a + b }, 1, 2); got`, "3"},
	} {
		v, err := vm.RunString(tc.js)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := v.String(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
