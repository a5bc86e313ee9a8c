package endpoint

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// Outcome is one call of CallBatch.
type Outcome struct {
	Result *Result
	Err    error
	Done   bool // false: the call had not finished when ctx ended
	// Elapsed is the time from the call's start to its end.
	Elapsed time.Duration
}

// CallBatch makes many calls on rt in one turn of its loop, for static
// builds: a page then costs its handler and no loop round trip. The calls
// start in order (each runs synchronously as far as it goes, as one Call
// would); async ones finish as their promises settle. Each call's error is
// its own; the returned error is ctx's (a deadline also stops code stuck in
// a loop), and then the calls not Done are those that did not finish.
//
// idle (if > 0) is the time limit of each call: the batch ends with
// context.DeadlineExceeded when no call has started or finished for that
// long, so a batch of slow pages is not cut short by the sum of their
// times, and a stuck page is stopped after idle.
func CallBatch(ctx context.Context, rt *jsrt.Runtime, reqs []Request, idle time.Duration) ([]Outcome, error) {
	out := make([]Outcome, len(reqs))
	states := make([]callState, len(reqs))
	starts := make([]time.Time, len(reqs))
	var mu sync.Mutex // out, once the caller may have stopped waiting
	var last atomic.Int64
	last.Store(time.Now().UnixNano())
	if idle > 0 {
		ictx := newIdleContext(ctx, idle, &last)
		defer ictx.stop()
		ctx = ictx
	}
	_, err := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		pending := len(reqs)
		var promise *goja.Promise
		var resolve func(any) error
		settle := func(i int, res *Result, err error) {
			if err != nil {
				err = Diagnose(jsrt.Wrap(err), reqs[i].File)
			} else if res.Kind == KindBody && reqs[i].BodyContentType != "" {
				res.Header = [][2]string{{"content-type", reqs[i].BodyContentType}}
			}
			now := time.Now()
			mu.Lock()
			out[i] = Outcome{Result: res, Err: err, Done: true, Elapsed: now.Sub(starts[i])}
			mu.Unlock()
			last.Store(now.UnixNano())
			pending--
			if pending == 0 && resolve != nil {
				resolve(goja.Undefined())
			}
		}
		for i := range reqs {
			starts[i] = time.Now()
			last.Store(starts[i].UnixNano())
			v, err := startSafe(vm, &states[i], &reqs[i])
			if err != nil {
				settle(i, nil, err)
				continue
			}
			jsrt.Settle(vm, v, func(v goja.Value, err error) {
				if err != nil {
					settle(i, nil, err)
					return
				}
				res, err := finishSafe(vm, &states[i], v)
				settle(i, res, err)
			})
		}
		if pending == 0 {
			return goja.Undefined(), nil
		}
		promise, resolve, _ = vm.NewPromise()
		return vm.ToValue(promise), nil
	}, func(vm *goja.Runtime, v goja.Value) (struct{}, error) {
		return struct{}{}, nil
	})
	if err != nil {
		mu.Lock()
		defer mu.Unlock()
		return append([]Outcome(nil), out...), err
	}
	// Stream bodies are read to the end, one call each (rare in builds).
	for i := range out {
		o := &out[i]
		if o.Err != nil || o.Result.Stream == nil {
			continue
		}
		o.Result.Stream.rt = rt
		if !reqs[i].ReadAll {
			continue
		}
		body, err := readStream(ctx, o.Result.Stream)
		if err != nil {
			o.Err = Diagnose(err, reqs[i].File)
			continue
		}
		o.Result.Body, o.Result.Stream, o.Result.Null = body, nil, false
	}
	return out, nil
}

// startSafe is callState.start with a panic (a JS exception from Go code)
// turned into an error, so one call cannot fail the others.
func startSafe(vm *goja.Runtime, cs *callState, req *Request) (v goja.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = panicError(p)
		}
	}()
	return cs.start(vm, req)
}

func finishSafe(vm *goja.Runtime, cs *callState, v goja.Value) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = panicError(p)
		}
	}()
	return cs.finish(vm, v)
}

func panicError(p any) error {
	switch v := p.(type) {
	case *goja.Exception:
		return jsrt.Wrap(v)
	case *goja.InterruptedError:
		return jsrt.Wrap(v)
	case error:
		return fmt.Errorf("endpoint: %w", v)
	default:
		return fmt.Errorf("endpoint: %v", v)
	}
}

// idleContext is a context that ends with context.DeadlineExceeded when
// the time in last is more than idle ago (or when its parent ends).
type idleContext struct {
	context.Context
	done     chan struct{}
	quit     chan struct{}
	mu       sync.Mutex
	err      error
	stopOnce sync.Once
}

func newIdleContext(parent context.Context, idle time.Duration, last *atomic.Int64) *idleContext {
	c := &idleContext{Context: parent, done: make(chan struct{}), quit: make(chan struct{})}
	go func() {
		t := time.NewTimer(idle)
		defer t.Stop()
		for {
			select {
			case <-parent.Done():
				c.end(parent.Err())
				return
			case <-c.quit:
				return
			case <-t.C:
				since := time.Since(time.Unix(0, last.Load()))
				if since >= idle {
					c.end(context.DeadlineExceeded)
					return
				}
				t.Reset(idle - since)
			}
		}
	}()
	return c
}

func (c *idleContext) end(err error) {
	c.mu.Lock()
	c.err = err
	c.mu.Unlock()
	close(c.done)
}

func (c *idleContext) stop() { c.stopOnce.Do(func() { close(c.quit) }) }

func (c *idleContext) Done() <-chan struct{} { return c.done }

func (c *idleContext) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
