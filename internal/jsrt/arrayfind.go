package jsrt

import (
	"math"
	"strconv"

	"github.com/dop251/goja"
)

// installArrayFind replaces Array.prototype's find, findIndex, findLast
// and findLastIndex. goja's own read a hole in a sparse array as a nil
// Go value instead of undefined, so `[, 1].find(Boolean)` dereferences
// nil inside goja: a Go panic no JavaScript try/catch sees, failing the
// whole call. These follow ECMA-262 (a hole reads as undefined; the
// predicate gets value, index and the object) through goja's public API.
func installArrayFind(vm *goja.Runtime) error {
	proto := vm.Get("Array").ToObject(vm).Get("prototype").ToObject(vm)
	for _, m := range []struct {
		name        string
		last, index bool
	}{{"find", false, false}, {"findIndex", false, true}, {"findLast", true, false}, {"findLastIndex", true, true}} {
		name, last, index := m.name, m.last, m.index
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
				panic(vm.NewTypeError("Array.prototype." + name + " called on null or undefined"))
			}
			o := call.This.ToObject(vm)
			n := lengthOf(o.Get("length"))
			pred, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(vm.NewTypeError(call.Argument(0).String() + " is not a function"))
			}
			this := call.Argument(1)
			for i := int64(0); i < n; i++ {
				k := i
				if last {
					k = n - 1 - i
				}
				key := vm.ToValue(k)
				v := o.Get(strconv.FormatInt(k, 10))
				if v == nil {
					v = goja.Undefined()
				}
				res, err := pred(this, v, key, o)
				if err != nil {
					panic(err)
				}
				if res.ToBoolean() {
					if index {
						return key
					}
					return v
				}
			}
			if index {
				return vm.ToValue(-1)
			}
			return goja.Undefined()
		}).ToObject(vm)
		if err := fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := fn.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// lengthOf is ECMA-262's ToLength.
func lengthOf(v goja.Value) int64 {
	if v == nil {
		return 0
	}
	f := v.ToFloat()
	if math.IsNaN(f) || f <= 0 {
		return 0
	}
	return int64(min(math.Trunc(f), 1<<53-1))
}
