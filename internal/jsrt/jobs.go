package jsrt

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// Every piece of work the runtime runs on its loop goes through job, which
// records when the job started. The record answers two questions the
// guards (watchdog.go) must get right under load:
//
//   - Is one job blocking the loop, or is the loop merely busy with many
//     short ones? A no-op posted to a loop with hundreds of queued calls
//     waits behind all of them, so the time a ping waits mixes the two; the
//     start of the running job does not.
//   - Which job does an interrupt stop? goja's interrupt flag stays set
//     until it is cleared, so the clear used to be posted behind the jobs
//     already queued, and every one of them (healthy calls by the dozen)
//     was stopped with the runaway one. Now the next job clears it before
//     it runs: the interrupt stops the job that was running and no other.

// epoch is the origin of jobStart's times (monotonic).
var epoch = time.Now()

// jobState is the part of a Runtime that job maintains.
type jobState struct {
	jobStart     atomic.Int64  // when the running job started (ns since epoch); 0 between jobs
	jobSeq       atomic.Uint64 // counts the jobs started: names the running one
	interruptMu  sync.Mutex
	interrupting atomic.Bool // an interrupt is set for the running job
	// owner names the call whose first job is running (AwaitMovableFor);
	// nil for any other job. stalledBy keeps it from when the watchdog
	// found the loop stalled.
	owner, stalledBy atomic.Pointer[string]
}

// job wraps fn to run on the loop as one tracked job.
func (r *Runtime) job(fn func(*goja.Runtime)) func(*goja.Runtime) {
	return func(vm *goja.Runtime) {
		r.startJob(vm)
		defer r.endJob()
		fn(vm)
	}
}

// startJob clears an interrupt meant for the job before this one and
// records this job's start. The sequence number moves first: an interrupt
// that read the old one either sees the new one and stands down, or has
// raised its flag before this load and is cleared here.
func (r *Runtime) startJob(vm *goja.Runtime) {
	r.jobSeq.Add(1)
	if r.interrupting.Load() {
		r.interruptMu.Lock()
		if r.interrupting.Load() {
			vm.ClearInterrupt()
			r.interrupting.Store(false)
		}
		r.interruptMu.Unlock()
	}
	r.jobStart.Store(max(int64(time.Since(epoch)), 1))
}

func (r *Runtime) endJob() {
	r.owner.Store(nil)
	r.jobStart.Store(0)
}

// StalledBy names the call whose first job was blocking the loop when the
// watchdog found it stalled (the owner given to AwaitMovableFor); "" when
// it has not stalled, or when the job blocking it was another (a timer, a
// promise settled by Go, a call made without an owner).
func (r *Runtime) StalledBy() string {
	if p := r.stalledBy.Load(); p != nil {
		return *p
	}
	return ""
}

// interruptRunning stops the JS of job seq (see runningJob) with err, if
// it is still the one running; a job started after it is not affected, and
// it reports whether it interrupted. A guard decides from what it saw a
// moment earlier: without the sequence check, a job that ended in between
// left its interrupt to the healthy job that started next. The flag is
// raised before the check: a job starting in between either moved the
// sequence before the check (no interrupt) or sees the flag, waits for the
// lock and clears the interrupt. before runs just ahead of the interrupt.
func (r *Runtime) interruptRunning(err error, seq uint64, before func()) bool {
	r.interruptMu.Lock()
	r.interrupting.Store(true)
	if r.jobSeq.Load() != seq {
		r.interrupting.Store(false)
		r.interruptMu.Unlock()
		return false
	}
	before()
	r.vm.Interrupt(err)
	r.interruptMu.Unlock()
	// If no other job comes, this one clears the flag.
	r.post(func(*goja.Runtime) {})
	return true
}

// runningJob names the job running now (or, between jobs, the last one
// started) and says how long it has run (0 between jobs and for work on
// the loop that is not a tracked job).
func (r *Runtime) runningJob() (seq uint64, ran time.Duration) {
	for {
		seq = r.jobSeq.Load()
		ran = r.runningFor()
		if r.jobSeq.Load() == seq {
			return seq, ran
		}
	}
}

// runningFor is how long the job running now has run (0 between jobs).
func (r *Runtime) runningFor() time.Duration {
	s := r.jobStart.Load()
	if s == 0 {
		return 0
	}
	return time.Since(epoch) - time.Duration(s)
}

// post runs fn on the loop as a tracked job, without waiting; false if the
// runtime is closed.
func (r *Runtime) post(fn func(*goja.Runtime)) bool {
	return r.loop.RunOnLoop(r.job(fn))
}

// jobLoop is the runtime's loop as the packages that hand results back to
// it see it (webapi, wasm, sockets, DNS, Async): each result is a tracked
// job.
type jobLoop struct{ r *Runtime }

func (l jobLoop) RunOnLoop(fn func(*goja.Runtime)) bool { return l.r.post(fn) }

// Unblocked is closed once the job blocking the loop now has ended (the
// loop ran a job posted after it) or the runtime was closed: a runtime
// that stalled holds a core only until then.
func (r *Runtime) Unblocked() <-chan struct{} {
	ch := make(chan struct{})
	ran := make(chan struct{})
	if !r.loop.RunOnLoop(func(*goja.Runtime) { close(ran) }) {
		close(ch)
		return ch
	}
	go func() {
		select {
		case <-ran:
		case <-r.done:
		}
		close(ch)
	}()
	return ch
}
