// Package jsrt runs the project's bundle in goja: one Runtime is one goja VM
// on its own event loop (goja_nodejs eventloop), with the Web platform globals
// of package webapi, process.env, import.meta.env and a console that reports
// into Comet's log.
//
// A goja VM is not goroutine-safe, so everything that touches it runs on the
// loop: Go code hands work over with Exec (wait for a synchronous job) or
// Await (start a job, wait for the promise it returns, finish on the loop).
// Many requests can be awaiting on one Runtime at once; their async work
// (fetch, timers) interleaves on the loop as it would in Node.
package jsrt

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comet-dev/comet/internal/jsrt/node"
	"github.com/comet-dev/comet/internal/jsrt/wasm"
	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
	"github.com/dop251/goja_nodejs/require"
)

// noFiles is the module registry of every loop: it loads no file, so even
// code that reached goja_nodejs's require could not read the host's disk.
var noFiles = require.NewRegistry(require.WithLoader(func(string) ([]byte, error) {
	return nil, require.ModuleFileDoesNotExistError
}))

// Program is a compiled bundle, shared by every Runtime that runs it.
type Program struct {
	prog *goja.Program
	name string
}

// Compile compiles JavaScript source once. name appears in stack traces of
// code that has no source map.
func Compile(name, src string) (*Program, error) {
	p, err := compileSafely(name, src, false)
	if err != nil {
		return nil, fmt.Errorf("jsrt: compiling %s: %w", name, err)
	}
	recordRenames(src)
	return &Program{prog: p, name: name}, nil
}

// Options configure a Runtime.
type Options struct {
	// Programs run in order when the runtime starts (preludes, the bundle).
	Programs []*Program
	// ProcessEnv becomes process.env.
	ProcessEnv map[string]string
	// Root is the project directory: process.cwd(), and the folder `fs`
	// reads relative paths from and cannot leave.
	Root string
	// ImportMetaEnv becomes import.meta.env.
	ImportMetaEnv map[string]any
	// Console receives console output; source is the user file that called
	// console (source-mapped), or "".
	Console func(level, msg, source string)
	// HTTPClient is used by fetch.
	HTTPClient *http.Client
	// Setup runs on the loop after the globals are installed and before the
	// programs; packages add their own globals here.
	Setup func(vm *goja.Runtime) error
	// StallAfter turns on the stall watchdog (see watchdog.go): a loop that
	// runs one job for longer is declared stalled and OnStall is called
	// once. 0 = off.
	StallAfter time.Duration
	OnStall    func()
	// Context, when it ends before the programs have run, interrupts them:
	// a config whose top level loops must not hold the process forever.
	Context context.Context
}

// Runtime is one goja VM and its event loop.
type Runtime struct {
	loop *eventloop.EventLoop
	vm   *goja.Runtime

	closeOnce sync.Once
	done      chan struct{} // closed by Close
	broken    atomic.Bool
	reason    atomic.Pointer[string]
	stalled   chan struct{}
	stallOnce sync.Once
	checkOnce sync.Once   // checkAfterInterrupt
	node      *node.State // Node built-ins' natives: net/tls sockets (package node)
	wasm      *wasm.State // WebAssembly of this runtime
	jobState              // the running job (jobs.go)
}

// Broken reports whether the VM was interrupted to stop runaway code. goja
// does not recover from an interrupt that lands in a promise job (see
// ErrBroken), so a broken runtime should be replaced.
func (r *Runtime) Broken() bool { return r.broken.Load() }

// New starts a runtime: its loop runs until Close.
func New(opts Options) (*Runtime, error) {
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false), eventloop.WithRegistry(noFiles))
	r := &Runtime{loop: loop, done: make(chan struct{}), stalled: make(chan struct{})}
	loop.Start()
	err := r.Exec(func(vm *goja.Runtime) error {
		r.vm = vm
		return r.setup(vm, opts)
	})
	if err != nil {
		loop.Stop()
		return nil, err
	}
	register(r)
	if opts.StallAfter > 0 {
		go r.watch(opts.StallAfter, opts.OnStall)
	}
	return r, nil
}

func (r *Runtime) setup(vm *goja.Runtime, opts Options) error {
	vm.SetMaxCallStackSize(4096)
	loops.Store(vm, jobLoop{r}) // for Async (async.go)
	// The bundle is the only module loader: goja_nodejs's global require
	// would read and run any file relative to the working directory.
	vm.GlobalObject().Delete("require")
	consoleFn := func(level, msg string) {
		if opts.Console != nil {
			opts.Console(level, msg, callerFile(vm))
		}
	}
	if err := webapi.Enable(vm, jobLoop{r}, webapi.Options{HTTPClient: opts.HTTPClient, Console: consoleFn, Done: r.done}); err != nil {
		return fmt.Errorf("jsrt: installing web APIs: %w", err)
	}
	w, err := wasm.Enable(vm, jobLoop{r})
	if err != nil {
		return fmt.Errorf("jsrt: installing WebAssembly: %w", err)
	}
	r.wasm = w
	nd, err := node.Install(vm, jobLoop{r}, node.Options{Root: opts.Root, Env: opts.ProcessEnv})
	if err != nil {
		return err
	}
	r.node = nd
	if err := installModuleURL(vm, nd.Root()); err != nil {
		return err
	}
	if err := installArrayFind(vm); err != nil {
		return err
	}
	env := vm.NewObject()
	for k, v := range opts.ImportMetaEnv {
		env.Set(k, v)
	}
	vm.Set("__cometEnv", env)
	r.reportUncaught(vm, opts.Console)
	if opts.Setup != nil {
		if err := opts.Setup(vm); err != nil {
			return err
		}
	}
	if opts.Context != nil {
		stop := context.AfterFunc(opts.Context, func() { vm.Interrupt(opts.Context.Err()) })
		defer stop()
	}
	for _, p := range opts.Programs {
		if _, err := vm.RunProgram(p.prog); err != nil {
			return Wrap(err)
		}
	}
	return nil
}

// These shims are installed on every runtime (the comments at the top of
// each file say why).
var (
	//go:embed annexb.js
	annexB string
	//go:embed weakref.js
	weakRef string
)

// reportUncaught sends errors no handler will see — thrown in a timer
// callback, or a promise rejected with no handler by the end of the loop
// turn — to the console as errors, as Node prints them (Node would then
// exit; a server keeps serving).
func (r *Runtime) reportUncaught(vm *goja.Runtime, console func(level, msg, source string)) {
	report := func(prefix string, v goja.Value) {
		if console == nil {
			return
		}
		e := ErrorFromValue(vm, v)
		file, _, _ := e.Location()
		msg := prefix + e.Error()
		if e.Stack != "" {
			msg += "\n" + e.Stack
		}
		console("error", msg, file)
	}
	if err := installJSON(vm); err != nil {
		panic(err)
	}
	if _, err := vm.RunString(annexB); err != nil {
		panic(err)
	}
	if _, err := vm.RunString(weakRef); err != nil {
		panic(err)
	}
	if err := installTimers(vm, r, func(v goja.Value) { report("Uncaught exception in a timer: ", v) }); err != nil {
		panic(err)
	}
	pending := map[*goja.Promise]bool{}
	flushing := false
	vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		if op == goja.PromiseRejectionHandle {
			delete(pending, p)
			return
		}
		pending[p] = true
		if !flushing {
			flushing = true
			// After this turn's microtasks: a handler attached in the
			// same turn removes the promise first.
			r.loop.SetTimeout(r.job(func(*goja.Runtime) {
				flushing = false
				for p := range pending {
					delete(pending, p)
					report("Unhandled promise rejection: ", p.Result())
				}
			}), 0)
		}
	})
}

// callerFile finds the first stack frame in user code, for console labels.
func callerFile(vm *goja.Runtime) string {
	for _, f := range vm.CaptureCallStack(8, nil) {
		name := f.Position().Filename
		if name == "" || strings.HasPrefix(name, "comet:") {
			continue
		}
		return name
	}
	return ""
}

// installModuleURL defines __cometModuleURL: a bundled module's
// import.meta.url (see internal/bundle's importMetaURL), its source file
// from the project root.
func installModuleURL(vm *goja.Runtime, root string) error {
	return vm.Set("__cometModuleURL", func(rel string) string {
		p := filepath.ToSlash(filepath.Join(root, filepath.FromSlash(rel)))
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive: file:///C:/…
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	})
}

// Loop returns the runtime's event loop (for packages that schedule work).
func (r *Runtime) Loop() *eventloop.EventLoop { return r.loop }

// ErrClosed is returned for work handed to a closed Runtime.
var ErrClosed = errors.New("jsrt: runtime closed")

// Exec runs fn on the loop and waits for it. A panic in fn (a JS exception
// thrown through a Go callback) comes back as an error.
func (r *Runtime) Exec(fn func(vm *goja.Runtime) error) error {
	done := make(chan error, 1)
	ok := r.post(func(vm *goja.Runtime) {
		defer func() {
			if p := recover(); p != nil {
				done <- panicError(p)
			}
		}()
		done <- fn(vm)
	})
	if !ok {
		return ErrClosed
	}
	return <-done
}

// Post runs fn on the loop without waiting.
func (r *Runtime) Post(fn func(vm *goja.Runtime)) bool {
	return r.post(fn)
}

// Close stops the loop; pending timers are dropped.
func (r *Runtime) Close() {
	r.closeOnce.Do(func() {
		unregister(r)
		loops.Delete(r.vm)
		close(r.done)
		r.loop.Terminate()
		if r.node != nil {
			r.node.Close()
		}
		if r.wasm != nil {
			r.wasm.Close()
		}
	})
}

// Await runs start on the loop. If it returns a promise, Await waits for it
// to settle; then finish runs on the loop with the value. If ctx ends first,
// Await returns ctx's error (the JS work goes on and its result is dropped);
// if ctx's deadline passed and the loop is stuck in synchronous code, the VM
// is interrupted, so a `while(true){}` cannot take the runtime down.
func Await[T any](ctx context.Context, r *Runtime, start func(vm *goja.Runtime) (goja.Value, error), finish func(vm *goja.Runtime, v goja.Value) (T, error)) (T, error) {
	return await(ctx, r, nil, time.Time{}, start, finish)
}

// AwaitMovable is Await for the first step of a call that has had no
// effect yet: if the runtime stalls (see Options.StallAfter) before start
// has run, start never runs here and ErrStalled is returned, so the call
// can be made on another runtime; if it was interrupted (Broken) before
// start would run, ErrBroken is, for the same purpose.
func AwaitMovable[T any](ctx context.Context, r *Runtime, start func(vm *goja.Runtime) (goja.Value, error), finish func(vm *goja.Runtime, v goja.Value) (T, error)) (T, error) {
	return await(ctx, r, &movable{}, time.Time{}, start, finish)
}

// AwaitMovableBy is AwaitMovable with a deadline of its own (zero: none),
// which acts as a deadline on ctx would: context.DeadlineExceeded, or a
// TimeoutError when stuck code had to be interrupted. A server call saves
// a context.WithTimeout per request: the deadline costs one pooled timer.
func AwaitMovableBy[T any](ctx context.Context, r *Runtime, deadline time.Time, start func(vm *goja.Runtime) (goja.Value, error), finish func(vm *goja.Runtime, v goja.Value) (T, error)) (T, error) {
	return await(ctx, r, &movable{}, deadline, start, finish)
}

// AwaitMovableFor is AwaitMovableBy for a call named owner (the server
// passes the route): if the call's first job is the one blocking the loop
// when the watchdog declares it stalled, StalledBy names owner, so that
// the caller can keep more calls like it from following the others to a
// fresh runtime.
func AwaitMovableFor[T any](ctx context.Context, r *Runtime, owner string, deadline time.Time, start func(vm *goja.Runtime) (goja.Value, error), finish func(vm *goja.Runtime, v goja.Value) (T, error)) (T, error) {
	return await(ctx, r, &movable{owner: owner}, deadline, start, finish)
}

// timers are stopped timers for AwaitMovableBy's deadlines (since Go 1.23
// a stopped timer delivers nothing stale, so one can be reused).
var timers sync.Pool

func await[T any](ctx context.Context, r *Runtime, m *movable, deadline time.Time, start func(vm *goja.Runtime) (goja.Value, error), finish func(vm *goja.Runtime, v goja.Value) (T, error)) (T, error) {
	type outcome struct {
		v   T
		err error
	}
	done := make(chan outcome, 1)
	var once sync.Once
	send := func(v T, err error) { once.Do(func() { done <- outcome{v, err} }) }
	ok := r.post(func(vm *goja.Runtime) {
		if m != nil && r.broken.Load() && m.moveAway() {
			var zero T
			send(zero, ErrBroken) // nothing ran: the call can go elsewhere
			return
		}
		if !m.start() {
			return // moved to another runtime
		}
		if m != nil && m.owner != "" {
			r.owner.Store(&m.owner)
		}
		defer func() {
			if p := recover(); p != nil {
				var zero T
				send(zero, panicError(p))
			}
		}()
		v, err := start(vm)
		if err != nil {
			var zero T
			send(zero, Wrap(err))
			return
		}
		Settle(vm, v, func(v goja.Value, err error) {
			defer func() {
				if p := recover(); p != nil {
					var zero T
					send(zero, panicError(p))
				}
			}()
			if err != nil {
				var zero T
				send(zero, err)
				return
			}
			res, err := finish(vm, v)
			send(res, err)
		})
	})
	if !ok {
		var zero T
		return zero, ErrClosed
	}
	stalled := r.stalled
	if m == nil {
		stalled = nil
	}
	var limit <-chan time.Time
	if !deadline.IsZero() {
		t, _ := timers.Get().(*time.Timer)
		if t == nil {
			t = time.NewTimer(time.Until(deadline))
		} else {
			t.Reset(time.Until(deadline))
		}
		defer func() { t.Stop(); timers.Put(t) }()
		limit = t.C
	}
	// timedOut ends a call whose time limit passed.
	timedOut := func() (T, error) {
		var zero T
		if r.unstick() {
			// Say where the code was stopped, if it unwinds in time.
			select {
			case o := <-done:
				var je *Error
				if errors.As(o.err, &je) {
					if file, line, col := je.Location(); file != "" {
						return zero, &TimeoutError{At: fmt.Sprintf("%s:%d:%d", file, line, col)}
					}
				}
			case <-time.After(200 * time.Millisecond):
			}
			return zero, &TimeoutError{}
		}
		return zero, context.DeadlineExceeded
	}
	for {
		select {
		case o := <-done:
			return o.v, o.err
		case <-stalled:
			if m.moveAway() {
				var zero T
				return zero, ErrStalled
			}
			stalled = nil // it started: wait for it here
		case <-limit:
			return timedOut()
		case <-ctx.Done():
			// Only a time limit stops code; a client that goes away
			// must not interrupt whatever else the loop is running.
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return timedOut()
			}
			var zero T
			return zero, ctx.Err()
		case <-r.done:
			// Closed under the call (a runtime found unusable after an
			// interrupt, see checkAfterInterrupt): its answer will never
			// come. A call that had not started may run elsewhere.
			select {
			case o := <-done:
				return o.v, o.err
			default:
			}
			var zero T
			if m.moveAway() {
				return zero, ErrBroken
			}
			return zero, ErrClosed
		}
	}
}

// unstick interrupts the VM if the loop does not answer within a grace
// period because one job has blocked it all that time: the code running
// there is synchronous and endless. A loop that is merely busy (a queue of
// short calls under load) is left alone: stopping whichever healthy job
// runs would break the runtime for nothing. It reports whether it
// interrupted.
func (r *Runtime) unstick() bool {
	if !r.busy(unstickGrace) {
		return false
	}
	seq, ran := r.runningJob()
	if ran != 0 && ran < unstickGrace {
		return false // short jobs in a row: busy, not stuck
	}
	// ran == 0: work that is not a tracked job (an interval's callback)
	// blocks the loop.
	return r.interrupt("execution time limit exceeded", seq)
}

// unstickGrace is how long a call past its time limit waits for the loop
// before stopping the job that blocks it.
const unstickGrace = 500 * time.Millisecond

var promiseType = reflect.TypeOf((*goja.Promise)(nil))

// Settle calls done once v has settled: at once for a non-promise or a
// settled promise, else when it settles. Call on the loop.
func Settle(vm *goja.Runtime, v goja.Value, done func(goja.Value, error)) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		done(v, nil)
		return
	}
	if obj.ExportType() == promiseType { // no Export(): it would copy a plain object
		p := obj.Export().(*goja.Promise)
		switch p.State() {
		case goja.PromiseStateFulfilled:
			done(p.Result(), nil)
			return
		case goja.PromiseStateRejected:
			// Go handles this rejection: tell the tracker, or it is
			// reported as unhandled.
			if then, ok := goja.AssertFunction(obj.Get("then")); ok {
				then(obj, goja.Undefined(), vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
			}
			done(nil, ErrorFromValue(vm, p.Result()))
			return
		}
	}
	// A pending promise, or a thenable that is not a native promise.
	then, ok := goja.AssertFunction(obj.Get("then"))
	if !ok {
		done(v, nil)
		return
	}
	_, err := then(obj, vm.ToValue(func(c goja.FunctionCall) goja.Value {
		done(c.Argument(0), nil)
		return goja.Undefined()
	}), vm.ToValue(func(c goja.FunctionCall) goja.Value {
		done(nil, ErrorFromValue(vm, c.Argument(0)))
		return goja.Undefined()
	}))
	if err != nil {
		done(nil, Wrap(err))
	}
}
