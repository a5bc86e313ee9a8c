// Package comet runs an Astro endpoint project inside a Go program.
//
// NewHandler loads a project (astro.config, src/pages, public/) from its
// sources and returns an http.Handler that answers as `comet dev` does,
// without watching for changes: every endpoint runs per request, public/
// files are served, unmatched paths get the 404 page. Mount it under any
// mux:
//
//	h, err := comet.NewHandler("./site", comet.Options{})
//	if err != nil { ... }
//	defer h.Close()
//	mux.Handle("/api/", h)
package comet

import (
	"io"
	"net/http"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/server"
)

// Options configure NewHandler. The zero value is fine.
type Options struct {
	// Log receives console output of endpoints and errors; nil discards.
	Log io.Writer
	// Site and Base override the project's config when set.
	Site, Base string
	// MaxBodyBytes caps request bodies: 413 above it (default 10 MiB).
	MaxBodyBytes int64
	// Timeout caps one endpoint call: 504 after it (default 30 s).
	Timeout time.Duration
	// WriteTimeout bounds each write to a client: the answer goes out in
	// pieces of at most 64 KiB, and a client that takes none for this
	// long is disconnected (default 30 s). Only where the ResponseWriter
	// can set write deadlines (net/http's server).
	WriteTimeout time.Duration
	// MaxInFlight caps the endpoint calls running at once (default 512);
	// up to MaxQueue more wait (default 1024), the rest get 503.
	MaxInFlight, MaxQueue int
	// ShowErrors puts an endpoint's error and stack in its 500 answer, as
	// `comet dev` does; by default the answer is empty and the error goes
	// to Log only.
	ShowErrors bool
	// MethodNotAllowed answers 405 with an Allow header, instead of the
	// 404 page, when a route has no handler for the method.
	MethodNotAllowed bool
}

// Handler serves a Comet project. Close it when done.
type Handler struct {
	h *server.Handler
}

// NewHandler loads the project at root.
func NewHandler(root string, o Options) (*Handler, error) {
	cfg, err := config.Load(root, config.Overrides{Site: o.Site, Base: o.Base, Mode: config.ModeProduction})
	if err != nil {
		return nil, err
	}
	log := diag.Discard()
	if o.Log != nil {
		log = diag.NewLogger(o.Log, o.Log, diag.LevelInfo)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		return nil, err
	}
	h, err := server.New(a, server.Options{
		Log: log, Dev: true, ShowErrors: o.ShowErrors, MethodNotAllowed: o.MethodNotAllowed,
		Limits: server.Limits{MaxBodyBytes: o.MaxBodyBytes, Timeout: o.Timeout, WriteTimeout: o.WriteTimeout, MaxInFlight: o.MaxInFlight, MaxQueue: o.MaxQueue},
	})
	if err != nil {
		return nil, err
	}
	return &Handler{h: h}, nil
}

// ServeHTTP answers one request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.h.ServeHTTP(w, r) }

// Close stops the project's JavaScript runtime.
func (h *Handler) Close() { h.h.Close() }
