// Package dev is `comet dev`: the server of package server, fed straight
// from the sources and rebuilt on every change.
//
// A watcher (fsnotify, events batched for 100 ms, as Hugo batches them)
// looks at src/, public/, the config and .env files. A change to the config
// or .env reloads the config; a file added or removed under src/pages
// rescans the routes; every change rebundles through esbuild's incremental
// context, so only changed files are parsed again. The new app is swapped in
// atomically (requests in flight finish on the old runtime). A broken edit
// is printed with esbuild's code frame and answered as the response, and
// the last good app is kept for when the edit is fixed.
package dev

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/server"
)

// Options configure Run.
type Options struct {
	Log       *diag.Logger
	Host      string
	Port      int
	Overrides config.Overrides
	Version   string
	// MethodNotAllowed: 405 with Allow instead of the 404 page.
	MethodNotAllowed bool
	// Limits bound each request.
	Limits server.Limits
	// Ready, if set, is called with the listening address.
	Ready func(addr net.Addr)
}

// Run serves cfg's project until ctx ends.
func Run(ctx context.Context, cfg *config.Config, o Options) error {
	start := time.Now()
	d := &devServer{cfg: cfg, o: o, log: o.Log}
	h, err := d.start()
	if err != nil {
		return err
	}
	defer h.Close()
	w, err := newWatcher(cfg)
	if err != nil {
		return err
	}
	defer w.Close()
	go d.watch(ctx, w, h)
	return server.ListenAndServe(ctx, h, server.ListenOptions{
		Host: o.Host, Port: o.Port, Log: o.Log, ShutdownTimeout: 2 * time.Second, TryNextPorts: 10, MaxHeaderBytes: o.Limits.MaxHeaderBytes,
		Banner: func(addr net.Addr, tls bool) {
			server.PrintBanner(o.Log, "dev server", o.Version, time.Since(start), o.Host, addr, tls)
			if o.Ready != nil {
				o.Ready(addr)
			}
		},
	})
}

type devServer struct {
	cfg     *config.Config
	o       Options
	log     *diag.Logger
	builder *bundle.Builder
	// builderInput is what builder was made for; a new route or a new
	// middleware file needs a new esbuild context.
	builderInput bundle.Input
	app          *app.App
}

func sameInput(a, b bundle.Input) bool {
	if a.Root != b.Root || a.Middleware != b.Middleware || a.Mode != b.Mode || len(a.Files) != len(b.Files) {
		return false
	}
	for i := range a.Files {
		if a.Files[i] != b.Files[i] {
			return false
		}
	}
	return true
}

// start builds the first app. A broken project still starts: the error is
// shown until it is fixed.
func (d *devServer) start() (*server.Handler, error) {
	a, err := d.load()
	if err != nil {
		d.report(err)
		empty, eerr := app.Empty(d.cfg)
		if eerr != nil {
			return nil, eerr
		}
		h, herr := server.New(empty, d.serverOptions())
		if herr != nil {
			return nil, herr
		}
		h.SetError(err)
		return h, nil
	}
	return server.New(a, d.serverOptions())
}

func (d *devServer) serverOptions() server.Options {
	return server.Options{Log: d.log, Dev: true, ShowErrors: true, RequestLog: true, LiveReload: true, MethodNotAllowed: d.o.MethodNotAllowed, Limits: d.o.Limits}
}

// load scans routes and (re)bundles with the incremental builder.
func (d *devServer) load() (*app.App, error) {
	routes, mw, warnings, err := app.Scan(d.cfg)
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		d.log.Warn("router", w)
	}
	a := &app.App{Config: d.cfg, Routes: routes, Middleware: mw}
	in := a.BundleInput("development", d.log.Color)
	if d.builder == nil || !sameInput(d.builderInput, in) {
		if d.builder != nil {
			d.builder.Close()
		}
		b, err := bundle.NewBuilder(in)
		if err != nil {
			return nil, err
		}
		d.builder, d.builderInput = b, in
	}
	b, err := d.builder.Rebuild()
	if err != nil {
		return nil, err
	}
	if len(b.Broken) > 0 {
		// Only the routes importing these fail; the rest is served.
		d.report(bundle.Error(b.Broken))
	}
	if err := a.SetBundle(b); err != nil {
		return nil, err
	}
	d.app = a
	return a, nil
}

func (d *devServer) report(err error) {
	var list diag.List
	if errors.As(err, &list) {
		for _, e := range list {
			d.report(e)
		}
		return
	}
	if dg, ok := diag.AsDiagnostic(err); ok && dg.Frame != "" {
		fmt.Fprint(d.log.Err, dg.Frame)
		return
	}
	d.log.Error("", err.Error())
}

// watch rebuilds on batches of file events.
func (d *devServer) watch(ctx context.Context, w *watcher, h *server.Handler) {
	for {
		select {
		case <-ctx.Done():
			return
		case batch, ok := <-w.batches:
			if !ok {
				return
			}
			d.rebuild(batch, h)
		}
	}
}

func (d *devServer) rebuild(changed []string, h *server.Handler) {
	defer func() {
		// A bug in a rebuild must not take the dev server down with a trace.
		if p := recover(); p != nil {
			err := fmt.Errorf("comet: internal error while rebuilding: %v (this is a bug in Comet)", p)
			d.report(err)
			h.SetError(err)
		}
	}()
	start := time.Now()
	reloadConfig := false
	for _, p := range changed {
		base := filepath.Base(p)
		if strings.HasPrefix(base, "astro.config.") || strings.HasPrefix(base, ".env") {
			reloadConfig = true
		}
	}
	if reloadConfig {
		cfg, err := config.Load(d.cfg.Root, d.o.Overrides)
		if err != nil {
			d.report(err)
			h.SetError(err)
			return
		}
		d.cfg = cfg
		if d.builder != nil {
			d.builder.Close()
			d.builder = nil
		}
	}
	a, err := d.load()
	if err != nil {
		d.report(err)
		h.SetError(err)
		return
	}
	if err := h.Swap(a); err != nil {
		d.report(err)
		h.SetError(err)
		return
	}
	rel := make([]string, 0, len(changed))
	for _, p := range changed {
		if r, err := filepath.Rel(d.cfg.Root, p); err == nil {
			rel = append(rel, filepath.ToSlash(r))
		}
	}
	d.log.Infof("watch", "%s %s", strings.Join(rel, ", "), d.log.Dim("(rebuilt in "+diag.Duration(time.Since(start))+")"))
}
