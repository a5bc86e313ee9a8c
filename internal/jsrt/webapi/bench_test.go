package webapi_test

import (
	"fmt"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
)

// BenchmarkNewResponse times what a typical endpoint's last line costs in
// goja with the prelude enabled: `new Response(JSON.stringify(obj),
// {headers})`, building the Response only (BenchmarkResponseRoundTrip also
// reads it into Go).
//
//	go test -run xxx -bench NewResponse -benchmem ./internal/jsrt/webapi
func BenchmarkNewResponse(b *testing.B) {
	e := newEnv(b, webapi.Options{})
	err := e.exec(func(vm *goja.Runtime) error {
		fn, err := vm.RunString(`(function (id) {
  return new Response(JSON.stringify({ id, name: 'Product ' + id, price: 42 }), {
    headers: { 'Content-Type': 'application/json' },
  });
})`)
		if err != nil {
			return err
		}
		call, _ := goja.AssertFunction(fn)
		id := vm.ToValue("42")
		v, err := call(goja.Undefined(), id)
		if err != nil {
			return err
		}
		d, err := webapi.ReadResponse(vm, v)
		if err != nil {
			return err
		}
		if want := `{"id":"42","name":"Product 42","price":42}`; string(d.Body) != want {
			return fmt.Errorf("body %q, want %q", d.Body, want)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := call(goja.Undefined(), id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkEnable times installing the Web platform into a fresh VM (the
// prelude's programs are compiled once per process, so this is running
// them).
//
//	go test -run xxx -bench Enable -benchmem ./internal/jsrt/webapi
func BenchmarkEnable(b *testing.B) {
	e := newEnv(b, webapi.Options{})
	loop := e.loop
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		vm := goja.New()
		if err := webapi.Enable(vm, loop, webapi.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
