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
// stallers run one at a time: at most one of them blocks the loop at any
// time, the healthy calls it stalled move once and start first on the
// fresh runtime, and the stallers' other calls wait for their turn outside
// any runtime's queue (503 if their time runs out first).

// stallerFor is how long a route counts as a staller after it last stalled
// a runtime.
const stallerFor = 30 * time.Second

// stallers are the routes that stalled a runtime lately, and the turn
// their calls take one at a time.
type stallers struct {
	mu    sync.Mutex
	until map[string]time.Time // route key → when it stops counting
	turn  chan struct{}        // capacity 1: held by the staller's call running
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
