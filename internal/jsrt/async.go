package jsrt

import (
	"sync"

	"github.com/dop251/goja"
)

// loops maps each VM to its loop, so natives installed by other packages
// (session stores) can finish work on their own goroutine.
var loops sync.Map // *goja.Runtime → jobLoop

// Async runs work on a new goroutine and returns a promise that settles on
// vm's loop with its result: a Go value converted with vm.ToValue, or an
// Error with the error's message. The loop keeps serving other requests
// meanwhile, so a slow network store delays only the calls that wait for
// it. Call it on the loop.
func Async(vm *goja.Runtime, work func() (any, error)) goja.Value {
	p, resolve, reject := vm.NewPromise()
	v, ok := loops.Load(vm)
	if !ok {
		reject(newError(vm, errNoLoop))
		return vm.ToValue(p)
	}
	loop := v.(jobLoop)
	go func() {
		res, err := work()
		loop.RunOnLoop(func(vm *goja.Runtime) {
			if err != nil {
				reject(newError(vm, err))
				return
			}
			resolve(vm.ToValue(res))
		})
	}()
	return vm.ToValue(p)
}

type asyncError string

func (e asyncError) Error() string { return string(e) }

const errNoLoop = asyncError("jsrt: no event loop for this runtime")

// newError is a plain JS Error with err's message (a GoError would print
// as "GoError: …").
func newError(vm *goja.Runtime, err error) goja.Value {
	ctor, _ := goja.AssertConstructor(vm.Get("Error"))
	if ctor == nil {
		return vm.NewGoError(err)
	}
	e, cerr := ctor(nil, vm.ToValue(err.Error()))
	if cerr != nil {
		return vm.NewGoError(err)
	}
	return e
}
