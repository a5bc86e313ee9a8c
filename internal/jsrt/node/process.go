package node

import "github.com/dop251/goja"

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
	return nil
}
