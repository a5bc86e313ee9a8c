package server

import (
	"net/http"
	"strings"
)

// formContentTypes are the content types an HTML form can send, which a
// browser sends cross-site without a CORS preflight.
var formContentTypes = [...]string{"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"}

// crossSiteForm is Astro's security.checkOrigin (comet-semantics #18, #28):
// a request with an unsafe method (anything but GET, HEAD, OPTIONS) whose
// body is form-like, or has no content type, is refused when the browser
// says it comes from another site: its Origin is not the server's own, or
// its Sec-Fetch-Site is present and neither "same-origin" nor "none". A
// request with neither header is not cross-site (as Astro 7.4): browsers
// send Origin on every cross-site form post, so its absence means a
// same-origin navigation or a non-browser client, which the check cannot
// protect and should not break. JSON bodies pass, since a browser cannot
// send them cross-site without CORS.
func crossSiteForm(r *http.Request) bool {
	switch strings.ToUpper(r.Method) {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	if ct, ok := r.Header["Content-Type"]; ok && !formLike(strings.Join(ct, ",")) {
		return false
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return true
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return origin != scheme+"://"+r.Host
}

// formLike reports whether a Content-Type header names a form type. Like
// Astro it looks for the type anywhere in the lower-cased header, so
// parameters Go's MIME parser would reject ("…urlencoded; x") cannot hide
// a form from the check.
func formLike(contentType string) bool {
	ct := strings.ToLower(contentType)
	for _, t := range formContentTypes {
		if strings.Contains(ct, t) {
			return true
		}
	}
	return false
}
