package webapi

import (
	"reflect"

	"github.com/dop251/goja"
)

// inspectNatives adds what util.inspect and console need from Go:
// inspectInternals, and console, which hands a formatted line to
// Options.Console.
func (s *state) inspectNatives(n *goja.Object) {
	vm := s.vm
	n.Set("inspectInternals", func(v goja.Value) goja.Value { return inspectInternals(vm, v) })
	n.Set("console", func(level, msg string) {
		if s.opts.Console != nil {
			s.opts.Console(level, msg)
		}
	})
}

var (
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
	proxyType   = reflect.TypeOf(goja.Proxy{})
)

// inspectInternals tells util.inspect what JS cannot see: a promise's state
// and value (["promise", "pending" | "fulfilled" | "rejected", value]) or
// that an object is a proxy (["proxy", target]); null otherwise.
func inspectInternals(vm *goja.Runtime, v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.Null()
	}
	switch o.ExportType() {
	case promiseType:
		p := o.Export().(*goja.Promise)
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return vm.NewArray("promise", "fulfilled", p.Result())
		case goja.PromiseStateRejected:
			return vm.NewArray("promise", "rejected", p.Result())
		}
		return vm.NewArray("promise", "pending")
	case proxyType:
		return vm.NewArray("proxy", o.Export().(goja.Proxy).Target())
	}
	return goja.Null()
}
