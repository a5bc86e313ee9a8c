package node

import (
	_ "embed"
	"fmt"
	"os"
	"runtime"

	"github.com/dop251/goja"
)

// installProcess defines the global process: env (Options.Env), a Linux
// Node 20's platform and version, cwd() as the project root, and
// nextTick (a microtask, as goja has no separate tick queue).
func installProcess(vm *goja.Runtime, root string, env map[string]string) error {
	p := vm.NewObject()
	e := vm.NewObject()
	for k, v := range env {
		e.Set(k, v)
	}
	p.Set("env", e)
	p.Set("platform", "linux")
	p.Set("version", "v20.0.0")
	p.Set("versions", map[string]any{"node": "20.0.0"})
	p.Set("argv", []any{})
	p.Set("cwd", func() string { return root })
	qm := vm.Get("queueMicrotask")
	p.Set("nextTick", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("process.nextTick: callback is not a function"))
		}
		// A copy: goja reuses the arguments slice once the call returns.
		args := append([]goja.Value(nil), call.Arguments[1:]...)
		if q, ok := goja.AssertFunction(qm); ok {
			q(goja.Undefined(), vm.ToValue(func(goja.FunctionCall) goja.Value {
				fn(goja.Undefined(), args...)
				return goja.Undefined()
			}))
		}
		return goja.Undefined()
	})
	vm.Set("process", p)
	return completeProcess(vm, p)
}

//go:embed process.js
var processSource string

// completeProcess adds process.js's members to the global process p: the
// JavaScript decides their shape, Go gives the figures only it knows.
func completeProcess(vm *goja.Runtime, p *goja.Object) error {
	v, err := vm.RunScript("comet:process.js", processSource)
	if err != nil {
		return fmt.Errorf("node: process.js: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return fmt.Errorf("node: process.js is not a function")
	}
	n := vm.NewObject()
	n.Set("pid", os.Getpid())
	n.Set("ppid", os.Getppid())
	n.Set("uid", os.Getuid())
	n.Set("gid", os.Getgid())
	arch := map[string]string{"amd64": "x64", "386": "ia32", "arm64": "arm64", "arm": "arm"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	n.Set("arch", arch)
	// memoryUsage is the whole process's, as Node's is (one heap per
	// process here too: every runtime shares Go's).
	n.Set("memoryUsage", func() map[string]any {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]any{"rss": m.Sys, "heapTotal": m.HeapSys, "heapUsed": m.HeapAlloc, "external": 0, "arrayBuffers": 0}
	})
	n.Set("cpuUsage", func() map[string]any {
		user, system := cpuTimes()
		return map[string]any{"user": user.Microseconds(), "system": system.Microseconds()}
	})
	_, err = fn(goja.Undefined(), p, n)
	return err
}
