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

// TestInterruptStopsOnlyTheRunningJob: when a call's time limit interrupts
// code stuck in a loop inside a promise job, the calls queued behind it on
// the same loop are not stopped with it, and a movable call (the server's)
// does not start on the interrupted runtime: it gets ErrBroken, to run
// elsewhere. goja leaves its VM unbalanced after an interrupt in a promise
// job, so its interrupt flag was never cleared by goja and the clear came
// after every queued job: each one was stopped too (under load, dozens of
// healthy requests answered 500 per interrupt), and calls started there
// later never saw their promises settle; now such a runtime is closed.
func TestInterruptStopsOnlyTheRunningJob(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	spun := make(chan error, 1)
	go func() {
		_, err := run(t, rt, 200*time.Millisecond, `(async () => { await null; while (true) {} })()`)
		spun <- err
	}()
	time.Sleep(50 * time.Millisecond) // the loop is stuck now
	const n = 20
	type result struct {
		got string
		err error
	}
	results := make(chan result, n)
	for i := 0; i < n; i++ {
		go func() {
			got, err := run(t, rt, 10*time.Second, `(() => { let s = 0; for (let i = 0; i < 1000; i++) s += i; return s; })()`)
			results <- result{got, err}
		}()
	}
	movable := make(chan error, 1)
	go func() {
		time.Sleep(20 * time.Millisecond) // queued after the others
		_, err := jsrt.AwaitMovable(context.Background(), rt, func(vm *goja.Runtime) (goja.Value, error) {
			return vm.RunString(`globalThis.ran = true`)
		}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
		movable <- err
	}()
	var te *jsrt.TimeoutError
	if err := <-spun; !errors.As(err, &te) {
		t.Fatalf("the stuck call: %v, want a TimeoutError", err)
	}
	for i := 0; i < n; i++ {
		if r := <-results; r.err != nil || r.got != "499500" {
			t.Errorf("a call queued behind the stuck one: %q %v", r.got, r.err)
		}
	}
	select {
	case err := <-movable:
		if !errors.Is(err, jsrt.ErrBroken) {
			t.Errorf("a movable call after the interrupt: %v, want ErrBroken", err)
		}
	case <-time.After(5 * time.Second):
		t.Errorf("a movable call after the interrupt never answered")
	}
	if !rt.Broken() {
		t.Errorf("the runtime is not marked Broken")
	}
	// The interrupt left this VM unable to run promise jobs: it is closed,
	// so calls fail at once instead of waiting out their time limits.
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := run(t, rt, time.Second, `Promise.resolve(1).then((x) => x + 1)`)
		if errors.Is(err, jsrt.ErrClosed) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a call on the unusable runtime: %v, want ErrClosed", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
