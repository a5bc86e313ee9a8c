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
	// goja may not recover from an interrupt inside a promise job: the
	// runtime then closes itself once its health check has run
	// (checkAfterInterrupt), and callers move to a replacement. Which comes
	// first, that check or this call, depends on the scheduler; the call
	// either answers or is refused with ErrClosed, and never hangs.
	got, err := run(t, rt, 2*time.Second, `Promise.resolve('alive again')`)
	switch {
	case err == nil && got == "alive again":
	case errors.Is(err, jsrt.ErrClosed):
		if !rt.Broken() {
			t.Fatal("closed without being broken")
		}
		if rt, err = jsrt.New(jsrt.Options{}); err != nil {
			t.Fatal(err)
		}
		defer rt.Close()
	default:
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

// TestTimeoutOrder: timeouts run by due time, then in the order they were
// set (HTML's and Node's timer order), whatever order Go's timers fire in;
// clearTimeout works with the handle and with the handle as a number.
func TestTimeoutOrder(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for range 5 { // Go's timer order is random: a lucky run must not hide a bug
		got, err := run(t, rt, 5*time.Second, `new Promise((resolve) => {
  const log = [];
  for (let i = 0; i < 30; i++) setTimeout(() => log.push(i), 0);
  setTimeout(() => log.push('late'), 12);
  setTimeout(() => log.push('early'), 2);
  const a = setTimeout(() => log.push('cleared'), 1);
  clearTimeout(a);
  const b = setTimeout(() => log.push('cleared by number'), 1);
  clearTimeout(+b);
  setTimeout(() => resolve(log.join()), 30);
})`)
		if err != nil {
			t.Fatal(err)
		}
		want := "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,early,late"
		if got != want {
			t.Fatalf("timer order:\n got %s\nwant %s", got, want)
		}
	}
}

// TestJSONIndent: JSON.stringify with an indent lays out nested empty
// objects and arrays as the spec does (goja alone loses a level after
// them); expected strings are ECMA-262's SerializeJSONObject layout.
func TestJSONIndent(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, c := range []struct{ js, want string }{
		{`JSON.stringify({a: {}, b: {c: 1}}, null, 2)`, "{\n  \"a\": {},\n  \"b\": {\n    \"c\": 1\n  }\n}"},
		{`JSON.stringify([[], [1, []], {}], null, '\t')`, "[\n\t[],\n\t[\n\t\t1,\n\t\t[]\n\t],\n\t{}\n]"},
		{`JSON.stringify({s: 'a"b\\{,}:[]'}, null, 1)`, "{\n \"s\": \"a\\\"b\\\\{,}:[]\"\n}"},
		{`JSON.stringify({a: 1, b: [2]}, ['a'], 20)`, "{\n          \"a\": 1\n}"},
		{`JSON.stringify({a: 1}, null, 0)`, `{"a":1}`},
		{`String(JSON.stringify(undefined, null, 2))`, "undefined"},
	} {
		got, err := run(t, rt, time.Second, c.js)
		if err != nil || got != c.want {
			t.Errorf("%s\n got %q (%v)\nwant %q", c.js, got, err, c.want)
		}
	}
}

// TestNoGlobalRequire: there is no require reaching the disk; a bundle's
// dynamic require gets esbuild's "not supported" error, naming no path.
func TestNoGlobalRequire(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	got, err := run(t, rt, time.Second, `[typeof require, typeof globalThis.require, typeof module].join()`)
	if err != nil || got != "undefined,undefined,undefined" {
		t.Errorf("require = %q %v", got, err)
	}
	got, err = run(t, rt, time.Second, `try { require('/etc/hostname'); 'read' } catch (e) { e.name }`)
	if err != nil || got != "ReferenceError" {
		t.Errorf("require('/etc/hostname') = %q %v", got, err)
	}
}

// TestTimerMicrotasks: timeouts due together run one at a time, with the
// microtasks each one queues drained before the next, as in Node.
func TestTimerMicrotasks(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for i := 0; i < 5; i++ {
		got, err := run(t, rt, time.Second, `new Promise((done) => {
			const log = [];
			setTimeout(() => { log.push('t1'); queueMicrotask(() => log.push('micro-in-t1')); Promise.resolve().then(() => log.push('then-in-t1')); }, 2);
			setTimeout(() => log.push('t2'), 2);
			setTimeout(() => { log.push('t3'); clearTimeout(t4); }, 2);
			const t4 = setTimeout(() => log.push('t4'), 2);
			const start = Date.now(); while (Date.now() - start < 5) {}
			setTimeout(() => done(log.join(' ')), 20);
		})`)
		if want := "t1 micro-in-t1 then-in-t1 t2 t3"; err != nil || got != want {
			t.Fatalf("run %d: %q %v, want %q", i, got, err, want)
		}
	}
}
