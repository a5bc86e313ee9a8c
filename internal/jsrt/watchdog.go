package jsrt

// Two guards keep one bad handler from taking everything down with it.
//
// The stall watchdog notices an event loop that stopped taking work: a
// handler stuck in synchronous code (`while (true) {}`, a huge sort) blocks
// every other request of its runtime. Every few hundred milliseconds it
// looks at how long the job running on the loop has run (jobs.go); once
// one job has run for StallAfter (or a no-op posted to the loop has waited
// twice that, for work that is not a tracked job) the runtime is declared
// stalled: Stalled() is closed, OnStall runs (the server moves new
// requests to a fresh runtime), and calls waiting to start on the stuck
// loop give up with ErrStalled so that they can run elsewhere. The code
// that is stuck keeps its runtime until its own time limit interrupts it.
// A loop busy with many short calls is not stalled, however long its
// queue.
//
// The memory guard is process-wide: goja has no heap limit per VM, so a
// handler that allocates without end would take the process with it. Every
// 50 ms the guard reads the Go heap's size (runtime/metrics, cheap); above
// the limit it collects garbage once, and if the live heap is still above
// it, it interrupts the job that has run longest, if for 100 ms or more —
// the code allocating is running, by definition, and a healthy call takes
// far less — and looks again a little later.
// If the heap stays over the limit for a second with no such job, it
// interrupts whatever job each busy loop runs. An interrupt stops only the
// job running when it lands, and an interrupted runtime is Broken and gets
// replaced; its memory goes with it.

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

// ErrBroken is returned by AwaitMovable when the runtime had been
// interrupted (Broken) before the call started: nothing ran, and the call
// should be made on a fresh runtime. goja does not recover from an
// interrupt that lands in a promise job (its call stack is left unbalanced,
// and promise jobs never run on that VM again), so an interrupted runtime
// takes no new calls.
var ErrBroken = errors.New("jsrt: runtime interrupted")

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

// watch runs the stall watchdog until the runtime closes. The loop is
// stalled when one job has run for after (jobs.go records each job's
// start), not when it is merely busy: under load a ping waits behind
// hundreds of short calls. A ping unanswered for twice after also counts,
// for work on the loop that is not a tracked job.
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
			if r.runningFor() < after && (posted.IsZero() || now.Sub(posted) < 2*after) {
				if posted.IsZero() {
					posted = now
					if !r.loop.RunOnLoop(func(*goja.Runtime) { answered <- struct{}{} }) {
						return
					}
				}
				continue
			}
			r.stallOnce.Do(func() {
				r.stalledBy.Store(r.owner.Load()) // before the moved calls look at it
				close(r.stalled)
				if onStall != nil {
					go onStall()
				}
			})
			return
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

// interrupt stops job seq (runningJob) with reason if it still runs and
// marks the runtime Broken; it reports whether it did. Only that job is
// stopped (jobs.go): a guard that looked a moment ago must not stop the
// healthy job that has started since.
func (r *Runtime) interrupt(reason string, seq uint64) bool {
	mark := func() {
		// Broken before the interrupt lands: the interrupted code's
		// caller may look.
		r.reason.CompareAndSwap(nil, &reason)
		r.broken.Store(true)
	}
	if !r.interruptRunning(errors.New(reason), seq, mark) {
		return false
	}
	if r.wasm != nil {
		r.wasm.Interrupt() // wasm code does not see goja's interrupt
	}
	r.checkOnce.Do(func() { go r.checkAfterInterrupt() })
	return true
}

// checkAfterInterrupt closes the runtime at once if the interrupt left it
// unable to run promise jobs (see ErrBroken): the calls still waiting on
// it would only hang until their time limits, and its VM keeps alive all
// the interrupted code held (a memory hog's heap, for one). A runtime that
// still works is left to finish its calls and be replaced as usual.
func (r *Runtime) checkAfterInterrupt() {
	select {
	case <-r.Unblocked():
	case <-r.done:
		return
	}
	ok := make(chan bool, 1)
	if !r.post(func(vm *goja.Runtime) { ok <- promiseJobsRun(vm) }) {
		return
	}
	select {
	case healthy := <-ok:
		if !healthy {
			r.Close()
		}
	case <-r.done:
	}
}

// promiseJobsRun reports whether a promise reaction scheduled from a
// top-level call has run by the time the call returns, as it must: goja
// drains the promise jobs whenever control leaves the VM, unless an
// interrupt left the VM thinking it is still inside a call.
func promiseJobsRun(vm *goja.Runtime) bool {
	ran := false
	p, resolve, _ := vm.NewPromise()
	pv := vm.ToValue(p)
	then, ok := goja.AssertFunction(pv.ToObject(vm).Get("then"))
	if !ok || resolve(nil) != nil {
		return false
	}
	_, err := then(pv, vm.ToValue(func(goja.FunctionCall) goja.Value {
		ran = true
		return goja.Undefined()
	}))
	return err == nil && ran
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
	var over time.Time // since when the live heap has been over the limit with no long job to stop
	var idle idleRelease
	for range tick.C {
		memoryGuard.mu.Lock()
		limit := memoryGuard.limit
		if limit == 0 || len(memoryGuard.runtimes) == 0 {
			memoryGuard.running = false
			memoryGuard.mu.Unlock()
			return
		}
		memoryGuard.mu.Unlock()
		idle.check()
		metrics.Read(samples[:1])
		if samples[0].Value.Uint64() <= limit {
			over = time.Time{}
			continue
		}
		runtime.GC() // dead objects count until collected
		metrics.Read(samples[1:])
		live := samples[1].Value.Uint64()
		if live <= limit {
			over = time.Time{}
			continue
		}
		// The code allocating is running, by definition: first the jobs
		// that have run for a while (a healthy call takes microseconds and
		// must not be caught between two others); if the heap stays over
		// the limit with none, whatever runs (allocation spread over many
		// short jobs).
		victims := longestJob(longJob)
		if len(victims) == 0 {
			if over.IsZero() {
				over = time.Now()
			}
			if time.Since(over) < time.Second {
				continue
			}
			victims = busyRuntimes()
		}
		over = time.Time{}
		reason := fmt.Sprintf("memory limit exceeded: the heap holds %d MiB, the limit is %d MiB", live>>20, limit>>20)
		for _, v := range victims {
			v.r.interrupt(reason, v.seq)
		}
		// Let the interrupted code unwind and its runtime be dropped
		// before looking again.
		time.Sleep(250 * time.Millisecond)
		debug.FreeOSMemory() // and give the memory back, not only to Go
	}
}

// idleRelease gives memory back to the system once the runtimes have
// been idle for a second after work that grew the heap. The collector runs
// as the heap grows, but with the server's GC target the heap goal after a
// burst stays far above what is live (a 400 MB heap of parsed forms, 60 MB
// live: an 888 MB goal), the scavenger returns only what lies above the
// goal, and an idle server allocates nothing that would start a
// collection: it kept the burst's RSS for good. V8 collects in idle time
// for the same reason. One release per quiet spell, and only if the heap
// (objects and free spans) grew by idleSlack since the last one or holds
// that much known not to be live.
type idleRelease struct {
	jobs      uint64    // jobs started on all runtimes at the last look
	quietFrom time.Time // since when no job has started
	done      bool      // looked since the runtimes went quiet
	base      uint64    // heap size after the last release (0: none yet)
	samples   []metrics.Sample
}

// idleSlack is how much an idle process's heap may grow before it is
// collected and given back.
const idleSlack = 32 << 20

func (ir *idleRelease) check() {
	var jobs uint64
	memoryGuard.mu.Lock()
	for r := range memoryGuard.runtimes {
		jobs += r.jobSeq.Load()
	}
	memoryGuard.mu.Unlock()
	now := time.Now()
	if jobs != ir.jobs || ir.quietFrom.IsZero() {
		ir.jobs, ir.quietFrom, ir.done = jobs, now, false
		return
	}
	if ir.done || now.Sub(ir.quietFrom) < time.Second {
		return
	}
	ir.done = true
	size, unused := heapSize(&ir.samples)
	if ir.base == 0 || size > ir.base+idleSlack || unused > idleSlack {
		debug.FreeOSMemory()
		ir.base, _ = heapSize(&ir.samples)
	}
}

// heapSize is the heap's objects (dead ones included until collected) and
// its free spans not yet given back: what the heap holds of RSS. unused is
// the part known not to be live: the free spans and what was allocated
// since the last collection found the live heap.
func heapSize(samples *[]metrics.Sample) (size, unused uint64) {
	if *samples == nil {
		*samples = []metrics.Sample{
			{Name: "/memory/classes/heap/objects:bytes"},
			{Name: "/memory/classes/heap/free:bytes"},
			{Name: "/gc/heap/live:bytes"},
		}
	}
	metrics.Read(*samples)
	objects, free, live := (*samples)[0].Value.Uint64(), (*samples)[1].Value.Uint64(), (*samples)[2].Value.Uint64()
	return objects + free, objects - min(live, objects) + free
}

// longJob is how long a job must have run for the memory guard to take it
// for the one allocating.
const longJob = 100 * time.Millisecond

// victim is a job a guard chose to stop: the runtime and the job's
// sequence number.
type victim struct {
	r   *Runtime
	seq uint64
}

// longestJob returns the registered runtime whose running job has run
// longest, if for at least d (none otherwise). One at a time: the guard
// looks at the heap again before it stops another.
func longestJob(d time.Duration) []victim {
	memoryGuard.mu.Lock()
	defer memoryGuard.mu.Unlock()
	var best victim
	longest := d
	for r := range memoryGuard.runtimes {
		if seq, t := r.runningJob(); t >= longest {
			best, longest = victim{r, seq}, t
		}
	}
	if best.r == nil {
		return nil
	}
	return []victim{best}
}

// busyRuntimes returns the registered runtimes whose loop is running code
// right now (checked in parallel).
func busyRuntimes() []victim {
	memoryGuard.mu.Lock()
	all := make([]*Runtime, 0, len(memoryGuard.runtimes))
	for r := range memoryGuard.runtimes {
		all = append(all, r)
	}
	memoryGuard.mu.Unlock()
	var mu sync.Mutex
	var busy []victim
	var wg sync.WaitGroup
	for _, r := range all {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r.busy(20 * time.Millisecond) {
				seq, _ := r.runningJob()
				mu.Lock()
				busy = append(busy, victim{r, seq})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return busy
}

// movable is the state of an AwaitMovable call's first job, and the name
// of the call (AwaitMovableFor; "" if none).
type movable struct {
	state atomic.Int32 // 0 waiting, 1 started, 2 moved away
	owner string
}

func (m *movable) start() bool { return m == nil || m.state.CompareAndSwap(0, 1) }
func (m *movable) moveAway() bool {
	return m != nil && m.state.CompareAndSwap(0, 2)
}
