package webapi_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
	"github.com/evanw/esbuild/pkg/api"
)

// env is one runtime with the Web APIs on a running goja_nodejs event loop,
// as package jsrt sets it up, without depending on jsrt.
type env struct {
	loop *eventloop.EventLoop
}

func newEnv(t testing.TB, opts webapi.Options) *env {
	t.Helper()
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false))
	loop.Start()
	t.Cleanup(func() { loop.Terminate() })
	e := &env{loop: loop}
	if err := e.exec(func(vm *goja.Runtime) error { return webapi.Enable(vm, loop, opts) }); err != nil {
		t.Fatal(err)
	}
	return e
}

// exec runs fn on the loop and waits for it.
func (e *env) exec(fn func(vm *goja.Runtime) error) error {
	errc := make(chan error, 1)
	e.loop.RunOnLoop(func(vm *goja.Runtime) {
		defer func() {
			if r := recover(); r != nil {
				errc <- fmt.Errorf("panic: %v", r)
			}
		}()
		errc <- fn(vm)
	})
	select {
	case err := <-errc:
		return err
	case <-time.After(10 * time.Second):
		return errors.New("exec timed out")
	}
}

// eval runs `(async () => { body })()` on the loop, waits for the promise
// and returns its result as a string ("undefined" for undefined).
func (e *env) eval(body string) (string, error) {
	type result struct {
		s   string
		err error
	}
	done := make(chan result, 1)
	code, err := lower("(async () => {" + body + "\n})()")
	if err != nil {
		return "", err
	}
	err = e.exec(func(vm *goja.Runtime) error {
		v, err := vm.RunString(code)
		if err != nil {
			return err
		}
		str := func(v goja.Value) string {
			if v == nil || goja.IsUndefined(v) {
				return "undefined"
			}
			return v.String()
		}
		then, _ := goja.AssertFunction(v.ToObject(vm).Get("then"))
		_, err = then(v, vm.ToValue(func(v goja.Value) { done <- result{s: str(v)} }),
			vm.ToValue(func(v goja.Value) {
				if o, ok := v.(*goja.Object); ok && o.Get("stack") != nil {
					done <- result{err: errors.New(o.Get("stack").String())}
					return
				}
				done <- result{err: fmt.Errorf("rejected: %s", str(v))}
			}))
		return err
	})
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	select {
	case r := <-done:
		return r.s, r.err
	case <-ctx.Done():
		return "", errors.New("promise did not settle in 10s")
	}
}

// lower compiles JS as package bundle does for goja: ES2020 with async
// generators and for-await lowered.
func lower(js string) (string, error) {
	res := api.Transform(js, api.TransformOptions{
		Target:    api.ES2020,
		Supported: map[string]bool{"async-generator": false, "for-await": false},
	})
	if len(res.Errors) > 0 {
		return "", fmt.Errorf("esbuild: %s", res.Errors[0].Text)
	}
	return string(res.Code), nil
}

// jsCase is one table entry: JS (the body of an async function) and the
// string its result should be.
type jsCase struct{ name, js, want string }

func runCases(t *testing.T, e *env, prefix string, cases []jsCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.eval(prefix + tc.js)
			if err != nil {
				t.Fatalf("%s\nerror: %v", tc.js, err)
			}
			if got != tc.want {
				t.Errorf("%s\ngot  %q\nwant %q", tc.js, got, tc.want)
			}
		})
	}
}

// evalWith makes a value in Go on the loop, binds it to the global v and
// then evaluates body as eval does.
func (e *env) evalWith(mk func(vm *goja.Runtime) (goja.Value, error), body string) (string, error) {
	err := e.exec(func(vm *goja.Runtime) error {
		v, err := mk(vm)
		if err != nil {
			return err
		}
		return vm.Set("v", v)
	})
	if err != nil {
		return "", err
	}
	return e.eval(body)
}
