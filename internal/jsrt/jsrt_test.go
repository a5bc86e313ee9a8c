package jsrt_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

func run(t *testing.T, rt *jsrt.Runtime, timeout time.Duration, src string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		return vm.RunString(src)
	}, func(vm *goja.Runtime, v goja.Value) (string, error) {
		return v.String(), nil
	})
}

func TestAwait(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if got, err := run(t, rt, time.Second, `1 + 1`); err != nil || got != "2" {
		t.Errorf("sync value: %q %v", got, err)
	}
	if got, err := run(t, rt, time.Second, `new Promise((r) => setTimeout(() => r('later'), 10))`); err != nil || got != "later" {
		t.Errorf("promise: %q %v", got, err)
	}
	_, err = run(t, rt, time.Second, `Promise.reject(new TypeError('nope'))`)
	var je *jsrt.Error
	if !errors.As(err, &je) || je.Name != "TypeError" || je.Message != "nope" {
		t.Errorf("rejection: %v", err)
	}
	_, err = run(t, rt, time.Second, `null.x`)
	if !errors.As(err, &je) || je.Name != "TypeError" || !strings.Contains(je.Message, "'x'") {
		t.Errorf("throw: %v", err)
	}
}

// TestStuckLoopIsInterrupted: a handler in an endless loop is stopped when
// its call times out, and the runtime serves the next call.
func TestStuckLoopIsInterrupted(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	_, err = run(t, rt, 200*time.Millisecond, `while (true) {}`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("spin: err = %v, want DeadlineExceeded", err)
	}
	if !rt.Broken() {
		t.Error("an interrupted runtime must report Broken, so callers replace it")
	}
	if got, err := run(t, rt, 2*time.Second, `'alive'`); err != nil || got != "alive" {
		t.Fatalf("after the interrupt: %q %v", got, err)
	}
	// The same inside an async function, after an await (a microtask).
	_, err = run(t, rt, 200*time.Millisecond, `(async () => { await null; while (true) {} })()`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("async spin: err = %v, want DeadlineExceeded", err)
	}
	if got, err := run(t, rt, 2*time.Second, `Promise.resolve('alive again')`); err != nil || got != "alive again" {
		t.Fatalf("after the async interrupt: %q %v", got, err)
	}
	// A pending promise that never settles only costs its caller.
	if _, err := run(t, rt, 100*time.Millisecond, `new Promise(() => {})`); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("pending: %v", err)
	}
	if got, err := run(t, rt, 2*time.Second, `'still alive'`); err != nil || got != "still alive" {
		t.Fatalf("after a pending promise: %q %v", got, err)
	}
}

func TestUncaughtErrorsAreReported(t *testing.T) {
	var mu sync.Mutex
	var got []string
	rt, err := jsrt.New(jsrt.Options{Console: func(level, msg, source string) {
		mu.Lock()
		got = append(got, level+": "+strings.SplitN(msg, "\n", 2)[0])
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	_, err = run(t, rt, time.Second, `
		setTimeout(() => { throw new Error('in a timer') }, 0);
		Promise.reject(new Error('nobody listens'));
		Promise.reject(new Error('caught later')).catch(() => {});
		new Promise((r) => setTimeout(r, 30))`)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	want := map[string]bool{
		"error: Uncaught exception in a timer: in a timer":   true,
		"error: Unhandled promise rejection: nobody listens": true,
	}
	if len(got) != 2 || !want[got[0]] || !want[got[1]] {
		t.Errorf("reported %q", got)
	}
}

// TestHandledRejectionNotReported: a rejection Await hands to Go is
// handled, not "unhandled".
func TestHandledRejectionNotReported(t *testing.T) {
	var mu sync.Mutex
	var got []string
	rt, err := jsrt.New(jsrt.Options{Console: func(level, msg, source string) {
		mu.Lock()
		got = append(got, msg)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if _, err := run(t, rt, time.Second, `(async () => { throw new Error('for Go') })()`); err == nil {
		t.Fatal("want the rejection as an error")
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 0 {
		t.Errorf("reported %q", got)
	}
}
