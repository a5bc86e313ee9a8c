package dev

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// hostCheck refuses requests whose Host header names a host the dev server
// was not asked to answer for, as Vite's server.allowedHosts does (and so
// `astro dev`). Without it, DNS rebinding — a hostile page whose name is
// made to resolve to 127.0.0.1 — could read dev's error pages, which carry
// source code and stacks. Allowed: no Host header (no browser sends none),
// IP addresses (a rebinding page always has a name), localhost and
// *.localhost, the host the server was started on, and server.allowedHosts
// (".example.com" allows example.com and its subdomains; true allows any).
type hostCheck struct {
	next    http.Handler
	any     bool
	allowed []string
}

func newHostCheck(next http.Handler, bound string, allowed []string, any bool) *hostCheck {
	hc := &hostCheck{next: next, any: any}
	if bound != "" {
		hc.allowed = append(hc.allowed, strings.ToLower(bound))
	}
	hc.allowed = append(hc.allowed, allowed...)
	return hc
}

func (hc *hostCheck) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if hc.any || r.Host == "" || hc.allows(r.Host) {
		hc.next.ServeHTTP(w, r)
		return
	}
	name := hostName(r.Host)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusForbidden)
	fmt.Fprintf(w, "Blocked request. This host (%q) is not allowed.\nTo allow this host, add %q to `server.allowedHosts` in your Astro config.\n", name, name)
}

// allows reports whether the Host header value (a name or address, with
// an optional port) may be served.
func (hc *hostCheck) allows(host string) bool {
	name := hostName(host)
	if strings.HasPrefix(host, "[") {
		// An IPv6 literal, and nothing else, may be bracketed.
		a, err := netip.ParseAddr(name)
		return err == nil && a.Is6()
	}
	if _, err := netip.ParseAddr(name); err == nil && !strings.Contains(name, ":") {
		return true
	}
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	for _, a := range hc.allowed {
		if a == name {
			return true
		}
		if strings.HasPrefix(a, ".") && (a[1:] == name || strings.HasSuffix(name, a)) {
			return true
		}
	}
	return false
}

// hostName is host without its port and IPv6 brackets.
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
}
