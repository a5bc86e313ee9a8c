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
	w, err := newWatcher(cfg)
	if err != nil {
		h.Close()
		d.closeLoader()
		return err
	}
	d.setWatcher(w)
	watching := make(chan struct{})
	go func() {
		defer close(watching)
		d.watch(ctx, w, h)
	}()
	err = server.ListenAndServe(ctx, newHostCheck(h, o.Host, cfg.AllowedHosts, cfg.AllowAnyHost), server.ListenOptions{
		Host: o.Host, Port: o.Port, Log: o.Log, ShutdownTimeout: 2 * time.Second, TryNextPorts: 10, MaxHeaderBytes: o.Limits.MaxHeaderBytes,
		OnShutdown: h.StopStreams,
		Banner: func(addr net.Addr, tls bool) {
			server.PrintBanner(o.Log, "dev server", o.Version, time.Since(start), o.Host, addr, tls)
			if o.Ready != nil {
				o.Ready(addr)
			}
		},
	})
	// The watcher goroutine ends once the watcher is closed (a rebuild it
	// is running finishes first); only then are the handler and the
	// loader closed, so nothing swaps in an app after Close.
	w.Close()
	<-watching
	<-w.done
	h.Close()
	d.closeLoader()
	return err
}

func (d *devServer) closeLoader() {
	if d.loader != nil {
		d.loader.Close()
	}
}

type devServer struct {
	content contentWatch
	cfg     *config.Config
	o       Options
	log     *diag.Logger
	loader  *app.Loader
	app     *app.App
	// warned holds the warnings already printed: each is said once, not
	// on every rebuild.
	warned map[string]bool
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

// load scans routes and (re)bundles with app's loader, which keeps
// esbuild's incremental context between loads.
func (d *devServer) load() (*app.App, error) {
	if d.loader == nil {
		d.loader = app.NewLoader(d.cfg, d.log.Color)
		d.loader.OnContentRead = d.contentRead
	}
	a, err := d.loader.Load()
	if err != nil {
		return nil, err
	}
	if d.warned == nil {
		d.warned = map[string]bool{}
	}
	say := func(label string, ws []string) {
		for _, w := range ws {
			if !d.warned[w] {
				d.warned[w] = true
				d.log.Warn(label, w)
			}
		}
	}
	if len(a.Bundle.Broken) > 0 {
		// Only the routes importing these fail; the rest is served.
		d.report(bundle.Error(a.Bundle.Broken))
	}
	say("config", d.cfg.Warnings)
	say("router", a.Warnings)
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
		if d.loader != nil {
			d.loader.Close()
			d.loader = nil
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
