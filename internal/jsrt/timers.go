package jsrt

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
)

//go:embed timers.js
var timersSource string

// installTimers replaces setTimeout/clearTimeout with timers.js's queue and
// guards setInterval/setImmediate callbacks. A due wake-up calls the
// queue's runDue from Go, once per due timeout: each call returns control
// to Go, and goja drains the microtask queue whenever the VM is left, so a
// callback's promise jobs run before the next timeout's callback (Node's
// order since v11).
func installTimers(vm *goja.Runtime, r *Runtime, report func(goja.Value)) error {
	loop := r.loop
	v, err := vm.RunScript("comet:timers.js", timersSource)
	if err != nil {
		return fmt.Errorf("jsrt: timers.js: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return fmt.Errorf("jsrt: timers.js is not a function")
	}
	var runDue goja.Callable
	wake := r.job(func(*goja.Runtime) {
		for runDue != nil {
			ran, err := runDue(goja.Undefined())
			if err != nil || !ran.ToBoolean() {
				return
			}
		}
	})
	arm := func(ms int64) *eventloop.Timer {
		return loop.SetTimeout(wake, time.Duration(ms)*time.Millisecond)
	}
	disarm := func(t *eventloop.Timer) {
		if t != nil {
			loop.ClearTimeout(t)
		}
	}
	reportFn := func(c goja.FunctionCall) goja.Value {
		report(c.Argument(0))
		return goja.Undefined()
	}
	res, err := fn(goja.Undefined(), vm.ToValue(reportFn), vm.ToValue(arm), vm.ToValue(disarm))
	if err != nil {
		return fmt.Errorf("jsrt: timers.js: %w", err)
	}
	runDue, _ = goja.AssertFunction(res)
	return nil
}
