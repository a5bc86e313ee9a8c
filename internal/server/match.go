package server

import (
	"context"
	"net/netip"
	"strings"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/routing"
)

// This file finds what answers a path: the trailing-slash redirect, the
// route (dev: only paths getStaticPaths lists), and checks the Host a URL
// is built from.

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

// match finds the first route for pathname, in priority order, without
// allocating; only a route with params builds them.
func (h *Handler) match(ctx context.Context, s *site, pathname string) (*app.Route, routing.Params) {
	opts := routing.Options{TrailingSlash: s.app.Config.TrailingSlash}
	for _, rt := range s.app.Routes {
		if rt.Prerender && !h.opts.Dev {
			continue // served from files; unknown params are a 404 (Astro #17392)
		}
		if rt.Route.Pathname == "/404" || rt.Route.Pathname == "/500" {
			continue // error pages are answered with their status, below
		}
		var params routing.Params
		if rt.IsDynamic() {
			p, ok := rt.Match(pathname, opts) // one pass; allocates only on a match
			if !ok {
				continue
			}
			params = p
		} else if !rt.Matches(pathname, opts) {
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
	params := map[string]string{}
	for i := range sps {
		sps[i].ParamsInto(params)
		if p, err := rt.Generate(params); err == nil {
			e.paths[p] = true
		}
	}
	s.pathCache.Store(rt.Key, e)
	return e.paths[pathname]
}

// validHost reports whether host can be a URL's host (request.url is
// built from it): what url.Parse accepts as the host of "http://"+host+"/"
// and gives back unchanged, but for a port with no host before it, checked
// without parsing a URL. net/http's
// server already refuses most bad Host headers; this covers handlers that
// are given requests by other means.
func validHost(host string) bool {
	for i := 0; i < len(host); i++ {
		if !hostChars[host[i]] {
			return false // RFC 3986 reg-name, port and IP-literal characters only
		}
	}
	if strings.LastIndexByte(host, '[') > 0 {
		return false // a bracket opens only an IP literal, at the start
	}
	if host != "" && host[0] == '[' {
		end := strings.LastIndexByte(host, ']')
		if end < 0 || !validPort(host[end+1:]) {
			return false
		}
		addr, err := netip.ParseAddr(host[1:end])
		return err == nil && !addr.Is4() // brackets hold IPv6 only
	}
	colon := strings.IndexByte(host, ':')
	if colon < 0 {
		return true
	}
	// A port needs a host before it: url.Parse takes "http://:80/", but
	// the URL standard (request.url is parsed by JS's URL) refuses it.
	return colon > 0 && colon == strings.LastIndexByte(host, ':') && validPort(host[colon:])
}

// hostChars are the bytes a Host may hold: RFC 3986's reg-name, port and
// IP-literal characters.
var hostChars = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=:[]", byte(c)) >= 0
	}
	return t
}()

// validPort reports whether p is empty or ":" and digits.
func validPort(p string) bool {
	if p == "" {
		return true
	}
	if p[0] != ':' {
		return false
	}
	for i := 1; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}
