package server

import (
	"net/http"
	"strings"
)

// crossSiteForm is Astro 7's security.checkOrigin (comet-semantics #18): a
// POST, PUT, PATCH or DELETE whose body is form-like (or has no content
// type) and whose Origin is not the server's own is refused, so a page on
// another site cannot submit forms to this one. JSON bodies pass, since a
// browser cannot send them cross-site without CORS.
func crossSiteForm(r *http.Request) bool {
	switch strings.ToUpper(r.Method) {
	case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
	default:
		return false
	}
	ct := r.Header.Get("Content-Type")
	if ct != "" {
		switch mediaType(ct) {
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

// mediaType is the essence of a Content-Type value: the part before any
// parameters, trimmed and lower-cased, as the Fetch standard (and Astro's
// checkOrigin) reads it. Parameters do not have to parse: the body parser
// ignores bad ones too, so `application/x-www-form-urlencoded; x` is still
// a form. The method is compared upper-cased since the handler is picked
// case-insensitively (a `Post` request runs POST).
func mediaType(ct string) string {
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return strings.ToLower(strings.Trim(ct, " \t"))
}
