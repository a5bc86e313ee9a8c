package server

import (
	"errors"
	"io"
	"net/http"
	"time"
)

// This file is admission: what a request must pass before its endpoint
// call takes a slot — a whole body within MaxBodyBytes, then a slot among
// MaxInFlight, waited for in a queue of MaxQueue.

// admit waits for an endpoint slot (MaxInFlight) until deadline. It answers
// busy when the queue is full or the deadline passes first, errClientGone
// when the client leaves first. Call h.leave once the call has answered.
func (h *Handler) admit(r *http.Request, deadline time.Time) error {
	select {
	case h.slots <- struct{}{}:
		return nil
	default:
	}
	if h.queued.Add(1) > int64(h.opts.MaxQueue) {
		h.queued.Add(-1)
		return refused(r)
	}
	defer h.queued.Add(-1)
	wait := time.NewTimer(time.Until(deadline))
	defer wait.Stop()
	select {
	case h.slots <- struct{}{}:
		return nil
	case <-r.Context().Done():
		return errClientGone
	case <-wait.C:
		return refused(r)
	}
}

// leave gives an admitted call's slot back.
func (h *Handler) leave() { <-h.slots }

// refused is the answer to a request admit could not take: busy, or
// nothing when its client has left meanwhile.
func refused(r *http.Request) error {
	if r.Context().Err() != nil {
		return errClientGone
	}
	return busy()
}

// readBody reads a request body whole: a body above limit is a 413, one
// that does not arrive whole a 400 (the connection is closed after it).
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.Body == nil || r.Method == http.MethodGet || r.Method == http.MethodHead {
		return nil, nil
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, textError(http.StatusRequestEntityTooLarge, "Request body too large.")
		}
		// A malformed chunk, or a body cut off by the client going away:
		// never handed to the handler as if complete. Node (and so
		// @astrojs/node) answers a malformed body 400 and closes.
		e := badRequest()
		e.Header.Set("Connection", "close")
		return nil, e
	}
	if len(b) == 0 && r.ContentLength <= 0 && r.Header.Get("Content-Type") == "" {
		return nil, nil
	}
	return b, nil
}
