package jsrt

// Two guards keep one bad handler from taking everything down with it.
//
// The stall watchdog notices an event loop that stopped taking work: a
// handler stuck in synchronous code (`while (true) {}`, a huge sort) blocks
// every other request of its runtime. The watchdog posts a no-op to the loop
// every few hundred milliseconds; when one has waited longer than StallAfter
// the runtime is declared stalled: Stalled() is closed, OnStall runs (the
// server moves new requests to a fresh runtime), and calls waiting to start
// on the stuck loop give up with ErrStalled so that they can run elsewhere.
// The code that is stuck keeps its runtime until its own time limit
// interrupts it. Because admission is bounded by the server (a few hundred
// calls in flight, each microseconds of loop time), a ping that waits for a
// whole second means a single job is running long, not a busy queue.
//
// The memory guard is process-wide: goja has no heap limit per VM, so a
// handler that allocates without end would take the process with it. Every
// 50 ms the guard reads the Go heap's size (runtime/metrics, cheap); above
// the limit it collects garbage once, and if the live heap is still above
// it, it interrupts every runtime whose loop is busy at that moment — the
// code allocating is running, by definition. An interrupted runtime is
// Broken and gets replaced; its memory goes with it.

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// ErrStalled is returned by AwaitMovable when the runtime stalled before
// the call started: nothing ran, and the call may be made on another
// runtime.
var ErrStalled = errors.New("jsrt: event loop stalled")

// Stalled is closed once the watchdog found the loop stuck (never, without
// Options.StallAfter).
func (r *Runtime) Stalled() <-chan struct{} { return r.stalled }

// IsStalled reports whether Stalled is closed.
func (r *Runtime) IsStalled() bool {
	select {
	case <-r.stalled:
		return true
	default:
		return false
	}
}

// watch runs the stall watchdog until the runtime closes.
func (r *Runtime) watch(after time.Duration, onStall func()) {
	tick := time.NewTicker(max(after/4, 10*time.Millisecond))
	defer tick.Stop()
	var posted time.Time // when the unanswered ping went out; zero if none
	answered := make(chan struct{}, 1)
	for {
		select {
		case <-r.done:
			return
		case <-answered:
			posted = time.Time{}
		case now := <-tick.C:
			if posted.IsZero() {
				posted = now
				if !r.loop.RunOnLoop(func(*goja.Runtime) { answered <- struct{}{} }) {
					return
				}
				continue
			}
			if now.Sub(posted) >= after {
				r.stallOnce.Do(func() {
					close(r.stalled)
					if onStall != nil {
						go onStall()
					}
				})
				return
			}
		}
	}
}

// busy reports whether the loop fails to run a no-op within wait.
func (r *Runtime) busy(wait time.Duration) bool {
	pong := make(chan struct{})
	if !r.loop.RunOnLoop(func(*goja.Runtime) { close(pong) }) {
		return false
	}
	select {
	case <-pong:
		return false
	case <-time.After(wait):
		return true
	}
}

// interrupt stops the JS running on the loop with reason and marks the
// runtime Broken.
func (r *Runtime) interrupt(reason string) {
	r.reason.Store(&reason)
	r.broken.Store(true)
	r.vm.Interrupt(errors.New(reason))
	if r.wasm != nil {
		r.wasm.Interrupt() // wasm code does not see goja's interrupt
	}
	r.loop.RunOnLoop(func(vm *goja.Runtime) { vm.ClearInterrupt() })
}

// BrokenReason says why the runtime was interrupted ("" if it was not).
func (r *Runtime) BrokenReason() string {
	if p := r.reason.Load(); p != nil {
		return *p
	}
	return ""
}

// memoryGuard is the process-wide heap watch over all live runtimes.
var memoryGuard struct {
	mu       sync.Mutex
	limit    uint64
	runtimes map[*Runtime]struct{}
	running  bool
}

// SetMemoryLimit sets the heap size (bytes, the whole process's Go heap)
// above which busy runtimes are interrupted; 0 turns the guard off.
func SetMemoryLimit(limit uint64) {
	memoryGuard.mu.Lock()
	defer memoryGuard.mu.Unlock()
	memoryGuard.limit = limit
	startGuard()
}

// MemoryLimit returns the limit set with SetMemoryLimit.
func MemoryLimit() uint64 {
	memoryGuard.mu.Lock()
	defer memoryGuard.mu.Unlock()
	return memoryGuard.limit
}

func register(r *Runtime) {
	memoryGuard.mu.Lock()
	defer memoryGuard.mu.Unlock()
	if memoryGuard.runtimes == nil {
		memoryGuard.runtimes = map[*Runtime]struct{}{}
	}
	memoryGuard.runtimes[r] = struct{}{}
	startGuard()
}

func unregister(r *Runtime) {
	memoryGuard.mu.Lock()
	defer memoryGuard.mu.Unlock()
	delete(memoryGuard.runtimes, r)
}

// startGuard starts the guard goroutine if there is work for it; it stops
// by itself when there is none. Hold memoryGuard.mu.
func startGuard() {
	if memoryGuard.running || memoryGuard.limit == 0 || len(memoryGuard.runtimes) == 0 {
		return
	}
	memoryGuard.running = true
	go guardLoop()
}

func guardLoop() {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for range tick.C {
		memoryGuard.mu.Lock()
		limit := memoryGuard.limit
		if limit == 0 || len(memoryGuard.runtimes) == 0 {
			memoryGuard.running = false
			memoryGuard.mu.Unlock()
			return
		}
		memoryGuard.mu.Unlock()
		metrics.Read(samples[:1])
		if samples[0].Value.Uint64() <= limit {
			continue
		}
		runtime.GC() // dead objects count until collected
		metrics.Read(samples[1:])
		live := samples[1].Value.Uint64()
		if live <= limit {
			continue
		}
		reason := fmt.Sprintf("memory limit exceeded: the heap holds %d MiB, the limit is %d MiB", live>>20, limit>>20)
		for _, r := range busyRuntimes() {
			r.interrupt(reason)
		}
		// Let the interrupted code unwind and its runtime be dropped
		// before looking again.
		time.Sleep(250 * time.Millisecond)
		debug.FreeOSMemory() // and give the memory back, not only to Go
	}
}

// busyRuntimes returns the registered runtimes whose loop is running code
// right now (checked in parallel).
func busyRuntimes() []*Runtime {
	memoryGuard.mu.Lock()
	all := make([]*Runtime, 0, len(memoryGuard.runtimes))
	for r := range memoryGuard.runtimes {
		all = append(all, r)
	}
	memoryGuard.mu.Unlock()
	var mu sync.Mutex
	var busy []*Runtime
	var wg sync.WaitGroup
	for _, r := range all {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r.busy(20 * time.Millisecond) {
				mu.Lock()
				busy = append(busy, r)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return busy
}

// movable is the state of an AwaitMovable call's first job.
type movable struct{ state atomic.Int32 } // 0 waiting, 1 started, 2 moved away

func (m *movable) start() bool { return m == nil || m.state.CompareAndSwap(0, 1) }
func (m *movable) moveAway() bool {
	return m != nil && m.state.CompareAndSwap(0, 2)
}
