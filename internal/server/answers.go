package server

import (
	"html"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/routing"
)

// This file holds the pages that are not an endpoint's own: 404 pages and
// .html pages (the other answers of Comet's own are in errors.go).

// builtinNotFound is Comet's own 404 page, used when the project has no
// src/pages/404.html. Its bytes are Comet's; its status and type are
// Astro's (comet-semantics #16, #17).
func builtinNotFound(pathname string) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>404: Not Found</title>
		<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#eee;padding:.1em .3em;border-radius:3px}</style>
	</head>
	<body>
		<h1>404: Not Found</h1>
		<p>Path: <code>`)
	b.WriteString(html.EscapeString(pathname))
	b.WriteString(`</code></p>
	</body>
</html>
`)
	return []byte(b.String())
}

func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < '@' || s[j] > '~') {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// servePage answers a .html page route (dev; preview has it as a file).
func (h *Handler) servePage(w http.ResponseWriter, r *http.Request, s *site, route *app.Route) error {
	data, err := os.ReadFile(filepath.Join(s.app.SourceDir(), filepath.FromSlash(route.Key)))
	if err != nil {
		return h.notFound(w, r, s, nil)
	}
	if h.opts.LiveReload {
		data = withReloadScript(data)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
	return nil
}

// loadNotFound finds the project's 404 page: the /404 page route, or a
// 404.html among the files of a static build.
func (h *Handler) loadNotFound(a *app.App) []byte {
	for _, rt := range a.Routes {
		if rt.Kind == routing.Page && rt.Route.Pathname == "/404" {
			if b, err := os.ReadFile(filepath.Join(a.SourceDir(), filepath.FromSlash(rt.Key))); err == nil {
				return b
			}
		}
	}
	if h.opts.ClientDir != "" {
		if b, err := os.ReadFile(filepath.Join(h.opts.ClientDir, "404.html")); err == nil {
			return b
		}
	}
	return nil
}

// notFound answers 404 with the project's page or Comet's own. Headers the
// middleware put on the 404 response are kept. An unmatched path still goes
// through middleware, as in Astro: it may answer itself.
func (h *Handler) notFound(w http.ResponseWriter, r *http.Request, s *site, res *endpoint.Result) error {
	if res == nil && s.app.Middleware != "" {
		rt, release := s.runtime()
		defer release()
		out, err := endpoint.Call(r.Context(), rt, h.request(r, s, nil, time.Now().Add(h.opts.Timeout)))
		if err != nil {
			return callFailed(s.app.Middleware, err)
		}
		if out.Kind != endpoint.KindNoHandler {
			h.writeResult(w, r, out) // the middleware answered itself
			return nil
		}
		res = out
	}
	hdr := http.Header{}
	if res != nil {
		for _, kv := range res.Header {
			if kv[0] != "content-type" && kv[0] != "content-length" {
				hdr.Add(kv[0], kv[1])
			}
		}
		for _, c := range res.Cookies {
			hdr.Add("Set-Cookie", c)
		}
	}
	page := s.notFound
	if page == nil {
		page = builtinNotFound(pathOf(r))
	}
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	return &httpError{Status: http.StatusNotFound, Header: hdr, Body: string(page), headNoBody: true}
}

func pathOf(r *http.Request) string { return path.Clean("/" + r.URL.Path) }

// addImportChain says how route reaches a module that could not be bundled
// or compiled (bundle.Broken), when err is about such a module.
func addImportChain(a *app.App, route string, err error) {
	d, ok := diag.AsDiagnostic(err)
	if !ok || a.Bundle == nil || d.File == route {
		return
	}
	chain := a.Bundle.Chain(route, d.File)
	if chain == nil && a.Middleware != "" {
		chain = a.Bundle.Chain(a.Middleware, d.File) // every request runs the middleware
	}
	if len(chain) > 1 {
		if d.Hint != "" {
			d.Hint += "\n  "
		}
		d.Hint += "Imported through " + strings.Join(chain, " → ")
	}
}
