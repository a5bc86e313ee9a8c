package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/media"
	"github.com/comet-dev/comet/internal/routing"
)

// This file is one endpoint call: admitted (admit.go), run with a time
// limit, moved to a fresh runtime when its loop stalled before the call
// started, its errors mapped to answers, and its result written.

// callRoute answers a request with an endpoint route.
func (h *Handler) callRoute(w http.ResponseWriter, r *http.Request, s *site, route *app.Route, params routing.Params) error {
	body, err := readBody(w, r, h.opts.MaxBodyBytes)
	if err != nil {
		return err
	}
	// One deadline covers the wait for a slot and the call: a time, not a
	// context per request (endpoint.Request.Deadline).
	deadline := time.Now().Add(h.opts.Timeout)
	if err := h.admit(r, deadline); err != nil {
		return err
	}
	admitted := true
	defer func() {
		if admitted {
			h.leave()
		}
	}()
	req := h.request(r, s, body, deadline)
	req.File = route.Key
	req.Params = params
	req.ParamNames = route.Params
	req.RoutePattern = route.Route.Route
	req.Static = route.Prerender
	req.BodyContentType = media.BodyType(route.Route.Route)
	// request.signal aborts when the client leaves before the answer is
	// complete (streams included), not after a normal end (res.End).
	req.Abort = r.Context()
	c, err := h.call(r.Context(), s, req)
	defer c.done()
	if err != nil {
		return h.callError(r, route, err)
	}
	defer c.res.End()
	if c.res.Kind == endpoint.KindNoHandler {
		return h.noHandler(w, r, c.site, c.res)
	}
	// The handler has answered: its slot goes to the next call while the
	// answer is written (WriteTimeout bounds a client that does not read).
	admitted = false
	h.leave()
	h.writeResult(w, r, c.res)
	return nil
}

// placed is a call and where it ran: what to let go once its answer is
// written.
type placed struct {
	site    *site
	res     *endpoint.Result
	release func()  // the runtime's call count
	moved   []*site // the sites acquired when the call moved
}

func (c *placed) done() {
	c.release()
	for _, s := range c.moved {
		s.release()
	}
}

// call runs req on s. When s's loop stalled before the call could start
// there (jsrt.ErrStalled: nothing ran), the call moves to the fresh site
// moveOff puts in place, at most three times; so it does when s's runtime
// was interrupted first (jsrt.ErrBroken), to the one replaceBroken starts
// (a few more times: under memory pressure runtimes may break in a row).
// A runtime that had to be interrupted meanwhile is replaced. A call to a
// route that stalled a runtime lately (or that does while the call waits
// on it) first waits for the stallers' turn, then runs on the stallers'
// own runtime, and keeps the turn until it has answered (stallers.go). A
// call moved off a stalled loop whose route has never answered goes to
// the stallers' runtime too, without the turn.
func (h *Handler) call(ctx context.Context, s *site, req endpoint.Request) (placed, error) {
	c := placed{site: s, release: func() {}}
	turn := false
	defer func() {
		if turn {
			h.stallers.done()
		}
	}()
	// takeTurn waits for the stallers' turn if req's route is one and
	// reports whether it waited for it.
	takeTurn := func() (bool, error) {
		if turn || !h.stallers.is(req.File) {
			return false, nil
		}
		if err := h.stallers.wait(ctx, req.Deadline); err != nil {
			return false, err
		}
		turn = true
		return true, nil
	}
	if waited, err := takeTurn(); err != nil {
		return c, err
	} else if waited {
		// A staller's call runs on the stallers' runtime.
		if next := h.acquireStallerSite(); next != nil {
			c.moved = append(c.moved, next)
			c.site = next
		}
	}
	rt, release := c.site.runtime()
	c.release = release
	res, err := endpoint.Call(ctx, rt, req)
	for tries := 0; (errors.Is(err, jsrt.ErrStalled) && tries < 3) || (errors.Is(err, jsrt.ErrBroken) && tries < 10); tries++ {
		if errors.Is(err, jsrt.ErrBroken) {
			h.replaceBroken(c.site) // interrupted: it takes no new call
		} else {
			h.moveOff(c.site) // the route that stalled it becomes a staller
		}
		if _, err := takeTurn(); err != nil {
			return c, err
		}
		var next *site
		if turn || (errors.Is(err, jsrt.ErrStalled) && !h.stallers.hasAnswered(req.File)) {
			// A staller, or a route that has never answered: one of
			// the calls queued with it may be the next to block, and
			// must not take the healthy ones along again.
			next = h.acquireStallerSite()
		} else {
			next = h.acquireCurrent()
		}
		if next == nil {
			break
		}
		c.moved = append(c.moved, next)
		if next == c.site { // too many blocked runtimes already
			return c, busy()
		}
		c.release()
		c.site = next
		rt, c.release = next.runtime()
		res, err = endpoint.Call(ctx, rt, req)
	}
	if broken, _ := c.site.broken(); broken {
		h.replaceBroken(c.site)
	}
	if err == nil {
		h.stallers.answer(req.File)
	}
	c.res = res
	return c, err
}

// callError is the answer to a failed call: 504 when its time ran out
// (saying where the code was stopped, if it was), else 500.
func (h *Handler) callError(r *http.Request, route *app.Route, err error) error {
	var he *httpError
	if errors.As(err, &he) {
		return err
	}
	if !errors.Is(err, context.DeadlineExceeded) || r.Context().Err() != nil {
		return callFailed(route.Key, err)
	}
	msg := fmt.Sprintf("%s did not answer within %s", route.Key, h.opts.Timeout)
	var te *jsrt.TimeoutError
	if errors.As(err, &te) {
		msg += "; it was stopped"
		if te.At != "" {
			msg += " at " + te.At
		}
	}
	return &httpError{Status: http.StatusGatewayTimeout, Err: errors.New(msg), Header: noType()}
}

// noHandler answers a route without a handler for the method: 405 with
// Allow (Options.MethodNotAllowed), else the 404 page.
func (h *Handler) noHandler(w http.ResponseWriter, r *http.Request, s *site, res *endpoint.Result) error {
	if h.opts.MethodNotAllowed && len(res.Found) > 0 {
		return &httpError{Status: http.StatusMethodNotAllowed, Header: http.Header{"Allow": {allowHeader(res.Found)}}}
	}
	return h.notFound(w, r, s, res)
}

// allowHeader lists the methods a module's handler exports answer.
func allowHeader(found []string) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range found {
		m := strings.ToUpper(f)
		if m == "DEL" {
			m = "DELETE"
		}
		if m == "ALL" {
			continue
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	if seen["GET"] && !seen["HEAD"] {
		out = append(out, "HEAD")
	}
	return strings.Join(out, ", ")
}

// request builds the endpoint call for an incoming request, to end by
// deadline.
func (h *Handler) request(r *http.Request, s *site, body []byte, deadline time.Time) endpoint.Request {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	return endpoint.Request{
		Method:        r.Method,
		URL:           scheme + "://" + cmp.Or(r.Host, "localhost") + r.URL.RequestURI(), // HTTP/1.0 may send no Host
		Header:        r.Header,
		Host:          r.Host, // net/http moves Host out of the header map; handlers expect it
		Body:          body,
		Site:          s.app.Config.Site,
		ClientAddress: host,
		Middleware:    s.app.Middleware != "",
		Deadline:      deadline,
	}
}
