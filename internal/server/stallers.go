package server

import (
	"context"
	"sync"
	"time"
)

// This file keeps the calls of routes that stall the event loop from
// travelling with the others. When a runtime stalls, every call queued on
// it that had not started moves to the fresh runtime (moveOff): healthy
// calls, and more calls to the route that stalled it. Those used to start
// there among the healthy ones and stall the fresh runtime in turn, and the
// next, so healthy calls hopped from runtime to runtime until their time
// limit ran out. Now the route whose call was blocking the loop (named by
// jsrt's Runtime.StalledBy) is a staller for a while, and calls to
// stallers run one at a time, on a runtime of their own: the healthy calls
// it stalled move once, and no staller's call runs among them again while
// the route counts as one. The stallers' other calls wait for their turn
// outside any runtime's queue (503 if their time runs out first).
//
// The stallers' runtime is the one exception to "all requests share one
// runtime": module state a staller's handler changes is not seen by the
// other routes' calls for as long as it counts as one. A route only gets
// there by blocking the loop for StallAfter, which restarted the shared
// runtime (and its module state) anyway.

// stallerFor is how long a route counts as a staller after it last stalled
// a runtime.
const stallerFor = 30 * time.Second

// stallers are the routes that stalled a runtime lately, and the turn
// their calls take one at a time.
type stallers struct {
	mu    sync.Mutex
	until map[string]time.Time // route key → when it stops counting
	turn  chan struct{}        // capacity 1: held by the staller's call running
	// site is the stallers' runtime (nil until a staller's call needs
	// it); guarded by Handler.swapMu.
	site *site
	// answered holds the routes that have answered a call (route key →
	// true). When a loop stalls before any route is known to block it (a
	// burst of new hostile routes at once), the calls queued there move
	// off: those of routes that have answered before go to the fresh
	// shared runtime, the others to the stallers' runtime, so that the
	// next blocker among them stalls no healthy call.
	answered sync.Map
}

// answer records that route's handler answered a call.
func (st *stallers) answer(route string) {
	if _, ok := st.answered.Load(route); !ok {
		st.answered.Store(route, true)
	}
}

// hasAnswered reports whether route's handler has answered a call.
func (st *stallers) hasAnswered(route string) bool {
	_, ok := st.answered.Load(route)
	return ok
}

// mark makes route a staller for stallerFor from now ("" is no route).
func (st *stallers) mark(route string) {
	if route == "" {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.until == nil {
		st.until = map[string]time.Time{}
	}
	st.until[route] = time.Now().Add(stallerFor)
}

// is reports whether route stalled a runtime within stallerFor.
func (st *stallers) is(route string) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	until, ok := st.until[route]
	if ok && time.Now().After(until) {
		delete(st.until, route)
		return false
	}
	return ok
}

// wait takes the stallers' turn, until deadline: busy when it passes
// first, errClientGone when ctx ends first. Call st.done after the call.
func (st *stallers) wait(ctx context.Context, deadline time.Time) error {
	select {
	case st.turn <- struct{}{}:
		return nil
	default:
	}
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case st.turn <- struct{}{}:
		return nil
	case <-ctx.Done():
		return errClientGone
	case <-t.C:
		return busy()
	}
}

func (st *stallers) done() { <-st.turn }

// acquireStallerSite returns the stallers' site, acquired, for the call
// holding the turn: a fresh one when there is none yet, when the last one
// stalled or was interrupted, or when the app was swapped since (dev). nil
// if the Handler was closed; the current site if a fresh runtime cannot
// start.
func (h *Handler) acquireStallerSite() *site {
	h.swapMu.Lock()
	defer h.swapMu.Unlock()
	cur := h.cur.Load()
	q := h.stallers.site
	if q != nil && (q.app != cur.app || q.unusable()) {
		q.retire()
		h.stallers.site, q = nil, nil
	}
	if q == nil {
		var err error
		if q, err = h.newSite(cur.app, 1); err != nil {
			h.opts.Log.Error("server", "starting a runtime for the routes that block the event loop: "+err.Error())
			return h.acquireCurrent()
		}
		h.closeMu.Lock()
		closed := h.closed
		h.closeMu.Unlock()
		if closed {
			q.retire()
			return nil
		}
		h.stallers.site = q
	}
	if !q.acquire() {
		return h.acquireCurrent()
	}
	return q
}

// retireStallerSite closes the stallers' runtime after its call (Close).
func (h *Handler) retireStallerSite() {
	h.swapMu.Lock()
	defer h.swapMu.Unlock()
	if q := h.stallers.site; q != nil {
		q.retire()
		h.stallers.site = nil
	}
}
