package server

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/jsrt"
)

// This file is the site's lifecycle: one generation of the app with its
// runtimes, held by the requests running on it, replaced by Swap (dev),
// when a runtime stalls (moveOff) or had to be interrupted (replaceBroken),
// and closed after its last request.

// maxStuck bounds the stalled runtimes kept alive at once: each may hold a
// CPU core until its request's time limit stops it.
const maxStuck = 4

// site is one generation of the app: what Swap replaces.
type site struct {
	app *app.App
	// rts run the app's code: one by default, so module state is shared by
	// all requests as in Node; Options.Workers > 1 gives a pool (each
	// runtime with its own module state). load counts each one's calls.
	rts       []*jsrt.Runtime
	load      []atomic.Int32
	notFound  []byte // the project's 404 page, or nil
	pathCache sync.Map

	// Requests hold the site while they run; a retired site closes its
	// runtime when the last one lets go.
	mu      sync.Mutex
	active  int
	retired bool
	closed  bool
}

// acquire marks a request as running on s; false if s is already closed.
func (s *site) acquire() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.active++
	return true
}

func (s *site) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.active--
	s.closeIfIdle()
}

// retire closes s now if idle, else when its last request ends.
func (s *site) retire() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.retired = true
	s.closeIfIdle()
}

func (s *site) closeIfIdle() {
	if s.retired && s.active == 0 && !s.closed {
		s.closed = true
		go func() {
			for _, rt := range s.rts {
				rt.Close()
			}
		}()
	}
}

// newSite starts a site for a with n runtimes (0: Options.Workers, or one
// in dev).
func (h *Handler) newSite(a *app.App, n int) (*site, error) {
	s := &site{app: a}
	ro := app.RuntimeOptions{Console: h.opts.Log.Console}
	if h.opts.StallAfter > 0 {
		ro.StallAfter = h.opts.StallAfter
		ro.OnStall = func() { h.moveOff(s) }
	}
	if n == 0 {
		n = 1
		if h.opts.Workers > 1 && !h.opts.Dev {
			n = h.opts.Workers
		}
	}
	for range n {
		rt, err := a.NewRuntime(ro)
		if err != nil {
			for _, rt := range s.rts {
				rt.Close()
			}
			return nil, err
		}
		s.rts = append(s.rts, rt)
	}
	s.load = make([]atomic.Int32, n)
	s.notFound = h.loadNotFound(a)
	return s, nil
}

// runtime picks the runtime with the fewest calls in flight and counts the
// call; release ends it.
func (s *site) runtime() (rt *jsrt.Runtime, release func()) {
	if len(s.rts) == 1 {
		return s.rts[0], func() {}
	}
	best := 0
	for i := 1; i < len(s.rts); i++ {
		if s.load[i].Load() < s.load[best].Load() {
			best = i
		}
	}
	s.load[best].Add(1)
	return s.rts[best], func() { s.load[best].Add(-1) }
}

// unusable reports whether one of s's runtimes stalled or was interrupted.
func (s *site) unusable() bool {
	for _, rt := range s.rts {
		if rt.IsStalled() || rt.Broken() {
			return true
		}
	}
	return false
}

// broken reports whether one of s's runtimes had to be interrupted, and why.
func (s *site) broken() (bool, string) {
	for _, rt := range s.rts {
		if rt.Broken() {
			return true, rt.BrokenReason()
		}
	}
	return false, ""
}

// moveOff starts a fresh runtime for new requests when s's event loop is
// blocked by one long job (a runaway loop, or heavy synchronous work): the
// job keeps its runtime until it ends or its time limit interrupts it, and
// the calls queued behind it move to the fresh runtime (jsrt.ErrStalled).
// Module state starts over in the fresh runtime, as after a restart. The
// route whose call blocked the loop becomes a staller (stallers.go).
func (h *Handler) moveOff(s *site) {
	who := "an endpoint"
	for _, rt := range s.rts {
		if by := rt.StalledBy(); by != "" {
			h.stallers.mark(by) // before the calls moved off look
			who = by
		}
	}
	h.swapMu.Lock()
	defer h.swapMu.Unlock()
	if h.cur.Load() != s {
		return
	}
	if h.stuck.Load() >= maxStuck {
		h.opts.Log.Warn("server", fmt.Sprintf("the JavaScript event loop is blocked and %d blocked runtimes are already running; requests wait for it", maxStuck))
		return
	}
	h.opts.Log.Warn("server", fmt.Sprintf("%s has blocked the JavaScript event loop for more than %s; new requests go to a fresh runtime", who, h.opts.StallAfter))
	// It counts as blocked until the job blocking it ends, not until the
	// site closes: requests still streaming from it (a client that reads
	// slowly) keep the site open for as long as the write timeout.
	h.stuck.Add(1)
	go func() {
		for _, rt := range s.rts {
			<-rt.Unblocked()
		}
		h.stuck.Add(-1)
	}()
	if err := h.Swap(s.app); err != nil {
		h.opts.Log.Error("server", "starting a fresh runtime: "+err.Error())
	}
}

// acquireCurrent returns the current site, acquired; nil if the Handler
// was closed.
func (h *Handler) acquireCurrent() *site {
	s := h.cur.Load()
	for !s.acquire() { // swapped and closed between Load and acquire: take the new one
		next := h.cur.Load()
		if next == s { // the Handler itself was closed
			return nil
		}
		s = next
	}
	return s
}

// Swap replaces the app; requests already running finish on the old one,
// whose runtime is closed after them. It clears an error set by SetError.
func (h *Handler) Swap(a *app.App) error {
	s, err := h.newSite(a, 0)
	if err != nil {
		return err
	}
	h.closeMu.Lock()
	if h.closed {
		// A rebuild that finished after Close: its runtime would run on
		// with nothing to close it.
		h.closeMu.Unlock()
		s.retire()
		return ErrClosed
	}
	old := h.cur.Swap(s)
	h.closeMu.Unlock()
	h.buildErr.Store(nil)
	if old != nil {
		old.retire()
	}
	if h.opts.LiveReload {
		h.reload.broadcast()
	}
	return nil
}

// SetError makes every request answer with err (dev: a broken edit) until
// the next Swap; the last good app stays loaded.
func (h *Handler) SetError(err error) {
	h.buildErr.Store(&err)
	if h.opts.LiveReload {
		h.reload.broadcast()
	}
}

// replaceBroken starts a fresh runtime for the app when runaway code had to
// be interrupted (see jsrt.Runtime.Broken). Module state starts over, as
// after a restart; the server keeps serving.
func (h *Handler) replaceBroken(s *site) {
	h.swapMu.Lock()
	defer h.swapMu.Unlock()
	if h.stallers.site == s {
		// The stallers' runtime: let it go now (it may hold what a
		// memory hog allocated); the next staller's call starts another.
		s.retire()
		h.stallers.site = nil
		return
	}
	if h.cur.Load() != s {
		return // already replaced
	}
	_, reason := s.broken()
	h.opts.Log.Warn("server", fmt.Sprintf("an endpoint was stopped (%s); the JavaScript runtime was restarted", reason))
	if err := h.Swap(s.app); err != nil {
		h.opts.Log.Error("server", "restarting the runtime: "+err.Error())
	}
}

// Close stops the JS runtime once the requests running on it end.
func (h *Handler) Close() {
	h.closeMu.Lock()
	h.closed = true
	s := h.cur.Load()
	h.closeMu.Unlock()
	if s != nil {
		s.retire()
	}
	h.retireStallerSite()
	h.reload.stop()
}
