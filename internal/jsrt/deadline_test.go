package jsrt_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// TestAwaitMovableByDeadline: a call that does not settle by its deadline
// ends as one whose ctx deadline passed (context.DeadlineExceeded), and the
// runtime keeps working; a call that settles in time is unaffected.
func TestAwaitMovableByDeadline(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	never := func(vm *goja.Runtime) (goja.Value, error) {
		p, _, _ := vm.NewPromise()
		return vm.ToValue(p), nil
	}
	echo := func(vm *goja.Runtime, v goja.Value) (goja.Value, error) { return v, nil }
	start := time.Now()
	_, err = jsrt.AwaitMovableBy(context.Background(), rt, time.Now().Add(50*time.Millisecond), never, echo)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("pending promise past its deadline: err = %v, want DeadlineExceeded", err)
	}
	if d := time.Since(start); d < 50*time.Millisecond || d > 5*time.Second {
		t.Errorf("gave up after %s, want about 50ms", d)
	}
	for range 3 { // the pooled timer is reused: no stale expiry ends a later call
		v, err := jsrt.AwaitMovableBy(context.Background(), rt, time.Now().Add(time.Minute), func(vm *goja.Runtime) (goja.Value, error) {
			return vm.RunString("Promise.resolve(42)")
		}, echo)
		if err != nil || v.ToInteger() != 42 {
			t.Fatalf("call in time: %v, %v", v, err)
		}
	}
}

// BenchmarkCallLimit compares a call bounded by a context.WithTimeout per
// call (what the server did per request) with one bounded by
// AwaitMovableBy's deadline, each under a fresh cancellable parent like a
// request's context, in the same run:
//
//	go test -run xxx -bench CallLimit -benchmem ./internal/jsrt
func BenchmarkCallLimit(b *testing.B) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer rt.Close()
	start := func(vm *goja.Runtime) (goja.Value, error) { return goja.Undefined(), nil }
	finish := func(vm *goja.Runtime, v goja.Value) (bool, error) { return true, nil }
	b.Run("context.WithTimeout", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			parent, done := context.WithCancel(context.Background())
			ctx, cancel := context.WithTimeout(parent, 30*time.Second)
			if _, err := jsrt.AwaitMovable(ctx, rt, start, finish); err != nil {
				b.Fatal(err)
			}
			cancel()
			done()
		}
	})
	b.Run("deadline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			parent, done := context.WithCancel(context.Background())
			if _, err := jsrt.AwaitMovableBy(parent, rt, time.Now().Add(30*time.Second), start, finish); err != nil {
				b.Fatal(err)
			}
			done()
		}
	})
}
