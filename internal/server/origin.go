package server

import (
	"mime"
	"net/http"
)

// crossSiteForm is Astro 7's security.checkOrigin (comet-semantics #18): a
// POST, PUT, PATCH or DELETE whose body is form-like (or has no content
// type) and whose Origin is not the server's own is refused, so a page on
// another site cannot submit forms to this one. JSON bodies pass, since a
// browser cannot send them cross-site without CORS.
func crossSiteForm(r *http.Request) bool {
	switch r.Method {
	case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
	default:
		return false
	}
	ct := r.Header.Get("Content-Type")
	if ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			mt = ct
		}
		switch mt {
		case "application/x-www-form-urlencoded", "multipart/form-data", "text/plain":
		default:
			return false
		}
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return r.Header.Get("Origin") != scheme+"://"+r.Host
}
