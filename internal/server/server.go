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
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/routing"
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
	// stallers are the routes whose calls stalled a runtime lately; their
	// calls run one at a time (stallers.go).
	stallers stallers
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
	h.stallers.turn = make(chan struct{}, 1)
	if !opts.Dev && opts.ClientDir != "" {
		h.clientFiles = indexFiles(opts.ClientDir)
	}
	s, err := h.newSite(a, 0)
	if err != nil {
		return nil, err
	}
	h.cur.Store(s)
	return h, nil
}

// ServeHTTP answers one request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: 200, writeTimeout: h.opts.WriteTimeout}
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
				http.Error(rec, "", http.StatusInternalServerError) // net/http's own answer to a bug
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
	if err := h.serveSite(rec, r); err != nil {
		h.writeError(rec, r, err)
	}
}

// serveSite answers on the current site, or with dev's build error.
func (h *Handler) serveSite(w http.ResponseWriter, r *http.Request) error {
	if e := h.buildErr.Load(); e != nil {
		return buildError(*e)
	}
	s := h.acquireCurrent()
	if s == nil {
		return unavailable()
	}
	defer s.release()
	return h.serve(w, r, s)
}

// serve answers r on s; an error is the answer still to be written.
func (h *Handler) serve(w http.ResponseWriter, r *http.Request, s *site) error {
	cfg := s.app.Config
	rawPath := removeDotSegments(r.URL.EscapedPath())
	pathname, err := decodePath(rawPath)
	if err != nil || hasDotSegment(pathname) || !validHost(r.Host) {
		return badRequest()
	}
	if cfg.CheckOrigin && crossSiteForm(r) {
		return textError(http.StatusForbidden, fmt.Sprintf("Cross-site %s form submissions are forbidden", r.Method))
	}
	if target, ok := trailingSlashRedirect(rawPath, cfg.TrailingSlash); ok {
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		status := http.StatusMovedPermanently
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			status = http.StatusPermanentRedirect
		}
		return slashRedirect(status, target)
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
		return nil
	}
	route, params := h.match(r.Context(), s, pathname)
	if rd, rparams := s.app.MatchRedirect(pathname, !h.opts.Dev, route); rd != nil {
		return redirect(r, rd, rparams)
	}
	if route != nil {
		if route.Kind == routing.Page {
			return h.servePage(w, r, s, route)
		}
		return h.callRoute(w, r, s, route, params)
	}
	if file, ok := s.app.UnservedPage(pathname); ok && h.opts.Dev && s.app.Middleware == "" {
		return unservedNotFound(file)
	}
	return h.notFound(w, r, s, nil)
}
