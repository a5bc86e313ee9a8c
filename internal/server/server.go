// Package server is Comet's on-demand side: an http.Handler that answers
// requests the way Astro's server output (with @astrojs/node) does.
//
// A request goes: decode the path (Astro's decodeURI rules) → origin check
// (comet-semantics #18) → prerendered and public files → the first route
// that matches, in Astro's priority order (with and without base, #21) →
// middleware → handler → the Response written to the wire (status, every
// header, cookies, string/binary/streamed bodies). No route or no handler
// gives the 404 page with status 404 (#16, #17). A handler that throws gives
// a 500 and is logged with a source-mapped stack; the server keeps serving.
//
// All requests of one Handler share one JS runtime on one event loop, so
// module-level state behaves as in Node. Swap replaces the app (comet dev):
// requests in flight finish on the old runtime, which is closed after them.
package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/routing"
	"github.com/dop251/goja"
)

// Options configure a Handler. The zero value is preview's behaviour.
type Options struct {
	Log *diag.Logger
	// Dev serves from the sources: prerendered routes run per request and
	// public/ is served from the project.
	Dev bool
	// ClientDir holds prerendered files and public/ copies (preview):
	// dist/client for server output, dist for static output.
	ClientDir string
	// Files are the build's records of prerendered files (their headers).
	Files map[string]app.FileMeta
	// Limits bound each request; zero fields take their defaults.
	Limits
	// Workers is the number of JS runtimes serving requests (preview; dev
	// always has one). 0 or 1: one runtime, module state shared by every
	// request, as in Node. More: a pool, each runtime with its own module
	// state (see docs/concurrency.md).
	Workers int
	// MethodNotAllowed answers 405 with an Allow header instead of the 404
	// page when a route exists but exports no handler for the method.
	MethodNotAllowed bool
	// ShowErrors puts an endpoint's error (message, file:line, stack) in
	// its 500 answer, as `astro dev` does; otherwise the answer is empty
	// and the details go only to the log (preview: nothing about the code
	// or the file system reaches a stranger).
	ShowErrors bool
	// RequestLog prints one line per request (dev).
	RequestLog bool
	// LiveReload (dev): .html pages get a script that reloads them after
	// each Swap, through the event stream at ReloadPath.
	LiveReload bool
}

// Limits bound what one request may take, so that a slow client, a flood
// or a bad handler costs that request and not the server. Zero fields take
// the defaults below; docs/production.md lists them.
type Limits struct {
	// Timeout caps one endpoint call (504 after it); 0 = 30 s.
	Timeout time.Duration
	// MaxBodyBytes caps a request body (413 above it); 0 = 10 MiB.
	MaxBodyBytes int64
	// MaxHeaderBytes caps the request line and headers (431 above it;
	// ListenAndServe); 0 = 64 KiB.
	MaxHeaderBytes int
	// MaxInFlight caps the endpoint calls running at once; more wait in a
	// queue of MaxQueue, and beyond that get 503. 0 = 512 and 1024.
	MaxInFlight, MaxQueue int
	// WriteTimeout bounds each write to the client: a response is written
	// in pieces of at most 64 KiB and a client that does not take one
	// within this time is disconnected (a streamed body is cancelled).
	// The call slot is given back as soon as the handler has answered, so
	// a client that never reads costs its own connection only. 0 = 30 s.
	WriteTimeout time.Duration
	// StallAfter: when one job blocks the event loop this long, new
	// requests move to a fresh runtime (see jsrt's watchdog); 0 = 1 s,
	// negative = never.
	StallAfter time.Duration
}

// Handler serves one app. It is safe for concurrent use.
type Handler struct {
	opts   Options
	cur    atomic.Pointer[site]
	swapMu sync.Mutex
	// closeMu orders Close before any later Swap, which it refuses.
	closeMu sync.Mutex
	closed  bool
	// buildErr (dev): the last build failed; every request shows it until
	// the next Swap. The last good site stays loaded meanwhile.
	buildErr atomic.Pointer[error]
	// reload tells open dev pages to reload after a Swap or an error.
	reload reloadHub
	// clientFiles indexes ClientDir (preview), which a build made and
	// nothing changes while serving; nil in dev.
	clientFiles map[string]bool
	// slots admit endpoint calls (MaxInFlight); queued counts the calls
	// waiting for one.
	slots  chan struct{}
	queued atomic.Int64
	// stuck counts stalled runtimes still running (see moveOff).
	stuck atomic.Int32
}

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
	onClose func() // runs when the runtime is closed
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
			if s.onClose != nil {
				s.onClose()
			}
		}()
	}
}

// New starts a Handler for a.
func New(a *app.App, opts Options) (*Handler, error) {
	if opts.Log == nil {
		opts.Log = diag.Discard()
	}
	if opts.MaxBodyBytes == 0 {
		opts.MaxBodyBytes = 10 << 20
	}
	if opts.Timeout == 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = 512
	}
	if opts.MaxQueue <= 0 {
		opts.MaxQueue = 1024
	}
	if opts.StallAfter == 0 {
		opts.StallAfter = time.Second
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 30 * time.Second
	}
	h := &Handler{opts: opts, slots: make(chan struct{}, opts.MaxInFlight)}
	if !opts.Dev && opts.ClientDir != "" {
		h.clientFiles = indexFiles(opts.ClientDir)
	}
	s, err := h.newSite(a)
	if err != nil {
		return nil, err
	}
	h.cur.Store(s)
	return h, nil
}

func (h *Handler) newSite(a *app.App) (*site, error) {
	s := &site{app: a}
	ro := app.RuntimeOptions{Console: h.opts.Log.Console}
	if h.opts.StallAfter > 0 {
		ro.StallAfter = h.opts.StallAfter
		ro.OnStall = func() { h.moveOff(s) }
	}
	n := 1
	if h.opts.Workers > 1 && !h.opts.Dev {
		n = h.opts.Workers
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
// Module state starts over in the fresh runtime, as after a restart.
func (h *Handler) moveOff(s *site) {
	h.swapMu.Lock()
	defer h.swapMu.Unlock()
	if h.cur.Load() != s {
		return
	}
	if h.stuck.Load() >= maxStuck {
		h.opts.Log.Warn("server", fmt.Sprintf("the JavaScript event loop is blocked and %d blocked runtimes are already running; requests wait for it", maxStuck))
		return
	}
	h.opts.Log.Warn("server", fmt.Sprintf("an endpoint has blocked the JavaScript event loop for more than %s; new requests go to a fresh runtime", h.opts.StallAfter))
	h.stuck.Add(1)
	s.mu.Lock()
	s.onClose = func() { h.stuck.Add(-1) }
	s.mu.Unlock()
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

// admit waits for an endpoint slot (MaxInFlight); false when the queue is
// full or ctx ends first. Call the returned func when the call is done.
func (h *Handler) admit(ctx context.Context) (func(), bool) {
	release := func() { <-h.slots }
	select {
	case h.slots <- struct{}{}:
		return release, true
	default:
	}
	if h.queued.Add(1) > int64(h.opts.MaxQueue) {
		h.queued.Add(-1)
		return nil, false
	}
	defer h.queued.Add(-1)
	select {
	case h.slots <- struct{}{}:
		return release, true
	case <-ctx.Done():
		return nil, false
	}
}

// Swap replaces the app; requests already running finish on the old one,
// whose runtime is closed after them. It clears an error set by SetError.
func (h *Handler) Swap(a *app.App) error {
	s, err := h.newSite(a)
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
	h.reload.stop()
}

// ServeHTTP answers one request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: 200, rc: http.NewResponseController(w), writeTimeout: h.opts.WriteTimeout}
	rec.extend() // also covers what net/http writes after the handler
	if len(r.TransferEncoding) > 0 {
		// net/http drops a Content-Length sent beside Transfer-Encoding
		// (request smuggling's favourite mix) without telling us, so every
		// request with a transfer coding gets its connection closed after
		// the answer, as RFC 9112 §6.1 asks for the mixed case.
		w.Header().Set("Connection", "close")
	}
	defer rec.extend()
	defer func() {
		if p := recover(); p != nil {
			h.opts.Log.Error("server", fmt.Sprintf("internal error serving %s: %v", r.URL.Path, p))
			if !rec.wrote {
				http.Error(rec, "", http.StatusInternalServerError)
			}
		}
		if h.opts.RequestLog {
			h.logRequest(r, rec.status, time.Since(start))
		}
	}()
	if h.opts.LiveReload && r.URL.Path == ReloadPath {
		h.reload.serveReload(rec, r)
		return
	}
	if e := h.buildErr.Load(); e != nil {
		writeBuildError(rec, *e)
		return
	}
	s := h.acquireCurrent()
	if s == nil {
		rec.Header()["Content-Type"] = nil
		rec.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	defer s.release()
	h.serve(rec, r, s)
}

func (h *Handler) serve(w http.ResponseWriter, r *http.Request, s *site) {
	cfg := s.app.Config
	rawPath := removeDotSegments(r.URL.EscapedPath())
	pathname, err := decodePath(rawPath)
	if err != nil || hasDotSegment(pathname) || !validHost(r.Host) {
		w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, "Bad request.")
		return
	}
	if cfg.CheckOrigin && crossSiteForm(r) {
		w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
		w.WriteHeader(http.StatusForbidden)
		io.WriteString(w, fmt.Sprintf("Cross-site %s form submissions are forbidden", r.Method))
		return
	}
	if target, ok := trailingSlashRedirect(rawPath, cfg.TrailingSlash); ok {
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		w.Header().Set("Location", target)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		status := http.StatusMovedPermanently
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			status = http.StatusPermanentRedirect
		}
		w.WriteHeader(status)
		fmt.Fprintf(w, "<!doctype html><title>Redirecting to: %[1]s</title><meta http-equiv=\"refresh\" content=\"0;url=%[1]s\"><body><a href=\"%[1]s\">Redirecting to <code>%[1]s</code></a></body>", html.EscapeString(target))
		return
	}
	// Match with and without base (comet-semantics #21).
	if bp := cfg.BasePrefix(); bp != "" {
		if pathname == bp {
			pathname = "/"
		} else if strings.HasPrefix(pathname, bp+"/") {
			pathname = pathname[len(bp):]
		}
	}
	if h.serveFile(w, r, s, pathname) {
		return
	}
	route, params := h.match(r.Context(), s, pathname)
	if rd, rparams := s.app.MatchRedirect(pathname, !h.opts.Dev, route); rd != nil {
		serveRedirect(w, r, rd, rparams)
		return
	}
	if route != nil {
		if route.Kind == routing.Page {
			h.servePage(w, r, s, route)
			return
		}
		h.callRoute(w, r, s, route, params)
		return
	}
	if file, ok := s.app.UnservedPage(pathname); ok && h.opts.Dev && s.app.Middleware == "" {
		unservedNotFound(w, r, file)
		return
	}
	h.notFound(w, r, s, nil)
}

// trailingSlashRedirect is Astro 7's trailing-slash handler
// (routing/trailing-slash-handler.ts): with "always" a path without a slash
// (and without a file extension) is sent to the slashed form, with "never"
// a slashed path is sent to the bare one; runs of slashes at the end are
// collapsed. "/" and internal "/_…" paths are left alone.
func trailingSlashRedirect(p string, policy routing.TrailingSlash) (target string, ok bool) {
	if p == "/" || strings.HasPrefix(p, "/_") {
		return "", false
	}
	trimmed := strings.TrimRight(p, "/")
	if trimmed == "" {
		return "", false
	}
	defer func() {
		// A target starting "//" (or "/\", which browsers read the same)
		// would be another host: GET //evil.example// must not answer
		// Location: //evil.example/. Leading runs collapse to one slash.
		if rest := strings.TrimLeft(target, "/\\"); len(rest) < len(target)-1 {
			target = "/" + rest
		}
	}()
	switch policy {
	case routing.TrailingSlashAlways:
		last := trimmed[strings.LastIndexByte(trimmed, '/')+1:]
		if strings.Contains(last, ".") {
			return "", false // files never get a slash
		}
		if p != trimmed+"/" {
			return trimmed + "/", true
		}
	case routing.TrailingSlashNever:
		if p != trimmed {
			return trimmed, true
		}
	default:
		if strings.HasSuffix(p, "//") {
			return trimmed + "/", true
		}
	}
	return "", false
}

// match finds the first route for pathname, in priority order.
func (h *Handler) match(ctx context.Context, s *site, pathname string) (*app.Route, routing.Params) {
	opts := routing.Options{TrailingSlash: s.app.Config.TrailingSlash}
	for _, rt := range s.app.Routes {
		if rt.Prerender && !h.opts.Dev {
			continue // served from files; unknown params are a 404 (Astro #17392)
		}
		if rt.Route.Pathname == "/404" || rt.Route.Pathname == "/500" {
			continue // error pages are answered with their status, below
		}
		params, ok := rt.Match(pathname, opts)
		if !ok {
			continue
		}
		if h.opts.Dev && rt.Prerender && rt.Kind == routing.Endpoint && rt.IsDynamic() {
			if !h.inStaticPaths(ctx, s, rt, pathname) {
				continue // Astro's dev fall-through (core/routing/dev.ts)
			}
		}
		return rt, params
	}
	return nil, nil
}

// inStaticPaths reports whether getStaticPaths lists pathname (dev only).
func (h *Handler) inStaticPaths(ctx context.Context, s *site, rt *app.Route, pathname string) bool {
	type entry struct{ paths map[string]bool }
	if v, ok := s.pathCache.Load(rt.Key); ok {
		return v.(entry).paths[pathname]
	}
	sps, err := endpoint.StaticPaths(ctx, s.rts[0], s.app.PathsRoute(rt)) // dev: one runtime
	e := entry{paths: map[string]bool{}}
	if err != nil {
		h.opts.Log.Error("router", err.Error())
	}
	for _, sp := range sps {
		if p, err := rt.Generate(sp.Params); err == nil {
			e.paths[p] = true
		}
	}
	s.pathCache.Store(rt.Key, e)
	return e.paths[pathname]
}

func (h *Handler) callRoute(w http.ResponseWriter, r *http.Request, s *site, route *app.Route, params routing.Params) {
	body, err := readBody(w, r, h.opts.MaxBodyBytes)
	if errors.Is(err, errBadBody) {
		w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, "Bad request.")
		return
	}
	if err != nil {
		w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		io.WriteString(w, "Request body too large.")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	done, ok := h.admit(ctx)
	if !ok {
		if r.Context().Err() != nil {
			return // the client left while queued
		}
		h.busy(w, r)
		return
	}
	done = sync.OnceFunc(done)
	defer done()
	req := h.request(r, s, body)
	req.File = route.Key
	req.Params = params
	req.ParamNames = route.Params
	req.RoutePattern = route.Route.Route
	req.Static = route.Prerender
	req.BodyContentType = build.ContentTypeFor(route.Route.Route)
	rt, release := s.runtime()
	defer func() { release() }()
	// request.signal aborts when the client leaves before the answer is
	// complete (streams included), not after a normal end: the AfterFuncs
	// registered by the call (on the loop) are stopped when we return.
	var signals struct {
		sync.Mutex
		stops []func() bool
		ended bool
	}
	defer func() {
		signals.Lock()
		signals.ended = true
		stops := signals.stops
		signals.Unlock()
		for _, stop := range stops {
			stop()
		}
	}()
	req.Signal = func(abort func()) {
		on := rt // the runtime running the call (the loop goroutine calls this)
		stop := context.AfterFunc(r.Context(), func() { on.Post(func(*goja.Runtime) { abort() }) })
		signals.Lock()
		defer signals.Unlock()
		if signals.ended {
			stop()
			return
		}
		signals.stops = append(signals.stops, stop)
	}
	res, err := endpoint.Call(ctx, rt, req)
	for tries := 0; errors.Is(err, jsrt.ErrStalled) && tries < 3; tries++ {
		// s's loop is blocked and the call never started there: make it
		// on the fresh runtime that moveOff put in place.
		h.moveOff(s)
		next := h.acquireCurrent()
		if next == nil {
			break
		}
		defer next.release()
		if next == s { // too many blocked runtimes already
			h.busy(w, r)
			return
		}
		s = next
		release()
		rt, release = s.runtime()
		res, err = endpoint.Call(ctx, rt, req)
	}
	if broken, _ := s.broken(); broken {
		h.replaceBroken(s)
	}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && r.Context().Err() == nil {
			msg := fmt.Sprintf("%s %s: %s did not answer within %s", r.Method, r.URL.Path, route.Key, h.opts.Timeout)
			var te *jsrt.TimeoutError
			if errors.As(err, &te) {
				msg += "; it was stopped"
				if te.At != "" {
					msg += " at " + te.At
				}
			}
			h.opts.Log.Error("router", msg)
			w.Header()["Content-Type"] = nil
			w.WriteHeader(http.StatusGatewayTimeout)
			return
		}
		h.serverError(w, r, route.Key, err)
		return
	}
	if res.Kind == endpoint.KindNoHandler {
		if h.opts.MethodNotAllowed && len(res.Found) > 0 {
			w.Header().Set("Allow", allowHeader(res.Found))
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		h.notFound(w, r, s, res)
		return
	}
	// The handler has answered: its slot goes to the next call while the
	// answer is written (WriteTimeout bounds a client that does not read).
	done()
	h.writeResult(w, r, rt, res)
}

// validHost reports whether host can be a URL's host (request.url is
// built from it). net/http's server already refuses most bad Host
// headers; this covers handlers that are given requests by other means.
func validHost(host string) bool {
	if host == "" {
		return true
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=:[]", c) >= 0) {
			return false // RFC 3986 reg-name, port and IP-literal characters only
		}
	}
	u, err := url.Parse("http://" + host + "/")
	return err == nil && u.Host == host
}

// busy answers 503 when no endpoint call can be taken now.
func (h *Handler) busy(w http.ResponseWriter, r *http.Request) {
	h.opts.Log.Warn("server", fmt.Sprintf("%s %s: the server is busy; answered 503", r.Method, r.URL.Path))
	w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(http.StatusServiceUnavailable)
	io.WriteString(w, "Server busy, try again.")
}

// request builds the endpoint call for an incoming request.
func (h *Handler) request(r *http.Request, s *site, body []byte) endpoint.Request {
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
	}
}

// errBadBody is a request body that did not arrive whole.
var errBadBody = errors.New("server: malformed or incomplete request body")

func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.Body == nil || r.Method == http.MethodGet || r.Method == http.MethodHead {
		return nil, nil
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, err
		}
		// A malformed chunk, or a body cut off by the client going away:
		// never handed to the handler as if complete. Node (and so
		// @astrojs/node) answers a malformed body 400 and closes.
		return nil, errBadBody
	}
	if len(b) == 0 && r.ContentLength <= 0 && r.Header.Get("Content-Type") == "" {
		return nil, nil
	}
	return b, nil
}

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

// statusRecorder remembers the status for the request log, and gives
// each write to the client its own deadline (Limits.WriteTimeout).
type statusRecorder struct {
	http.ResponseWriter
	status       int
	wrote        bool
	rc           *http.ResponseController
	writeTimeout time.Duration
}

// writePiece is the most written under one deadline.
const writePiece = 64 << 10

// extend moves the connection's write deadline to WriteTimeout from now
// (ignored where there is no connection, as in tests' recorders).
func (s *statusRecorder) extend() {
	if s.rc != nil && s.writeTimeout > 0 {
		s.rc.SetWriteDeadline(time.Now().Add(s.writeTimeout))
	}
}

func (s *statusRecorder) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	s.wrote = true
	n := 0
	for len(b) > 0 {
		piece := b[:min(len(b), writePiece)]
		s.extend()
		m, err := s.ResponseWriter.Write(piece)
		n += m
		if err != nil {
			return n, err
		}
		b = b[len(piece):]
	}
	return n, nil
}

// Flush lets streamed bodies reach the client as they are written.
func (s *statusRecorder) Flush() {
	s.extend()
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap is for http.ResponseController.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequest prints the dev request line as today's Astro does:
// "12:00:00 [200] /data.json 3ms", with the method for non-GET requests,
// the status green for 2xx, dim for 3xx, yellow for 4xx, red for 5xx.
func (h *Handler) logRequest(r *http.Request, status int, d time.Duration) {
	log := h.opts.Log
	st := fmt.Sprintf("[%d]", status)
	switch {
	case status >= 500:
		st = log.Red(st)
	case status >= 400:
		st = log.Yellow(st)
	case status >= 300:
		st = log.Dim(st)
	default:
		st = log.Green(st)
	}
	target := r.URL.RequestURI()
	if r.Method != http.MethodGet {
		target = r.Method + " " + target
	}
	log.Plain(fmt.Sprintf("%s %s %s", log.Bold(st), target, log.Dim(diag.Duration(d))))
}
