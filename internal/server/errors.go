package server

import (
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"

	"github.com/comet-dev/comet/internal/diag"
)

// httpError is an answer the server gives itself instead of an endpoint's:
// a refused request (400, 403, 405, 413), a busy or closing server (503), a
// call that failed (500) or ran out of time (504), the 404 page, or a
// redirect. Handlers return it as an error and writeError, the one place
// that turns errors into responses, writes it (as Caddy's HandlerError).
type httpError struct {
	Status int
	// Err is the cause. With one, a 500 or 504 is logged as an error and a
	// 503 as a warning; a 500's Err is its body when Options.ShowErrors.
	Err error
	// Header is set on the answer. A nil value keeps net/http from adding
	// the header itself (a sniffed Content-Type).
	Header http.Header
	Body   string
	// Route is the route file whose call failed: a 500 names the import
	// chain from it to a module that could not be bundled.
	Route string
	// headNoBody: a HEAD request gets no body, so no Content-Length
	// either (the 404 pages); other answers are written for HEAD too and
	// net/http keeps only their length.
	headNoBody bool
}

func (e *httpError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("server: %d: %v", e.Status, e.Err)
	}
	return fmt.Sprintf("server: %d %s", e.Status, http.StatusText(e.Status))
}

func (e *httpError) Unwrap() error { return e.Err }

// errClientGone ends a request whose client left before it could be
// answered: nobody is there to read an answer, so none is written.
var errClientGone = errors.New("server: client gone")

// noType is the header of a bodiless answer: no Content-Type at all.
func noType() http.Header { return http.Header{"Content-Type": nil} }

// textError is a plain-text answer, as @astrojs/node gives its own.
func textError(status int, body string) *httpError {
	return &httpError{Status: status, Header: http.Header{"Content-Type": {"text/plain;charset=UTF-8"}}, Body: body}
}

// badRequest answers a request Comet cannot make a URL or a body of.
func badRequest() *httpError { return textError(http.StatusBadRequest, "Bad request.") }

// errBusy is why a call was refused: no slot and a full queue, or too
// many blocked runtimes.
var errBusy = errors.New("the server is busy; answered 503")

// busy answers 503 when no endpoint call can be taken now.
func busy() *httpError {
	e := textError(http.StatusServiceUnavailable, "Server busy, try again.")
	e.Header.Set("Retry-After", "1")
	e.Err = errBusy
	return e
}

// unavailable answers a request that came after Close.
func unavailable() *httpError {
	return &httpError{Status: http.StatusServiceUnavailable, Header: noType()}
}

// callFailed is a 500 for an endpoint (or middleware) call that threw.
func callFailed(route string, err error) *httpError {
	return &httpError{Status: http.StatusInternalServerError, Err: err, Route: route, Header: noType()}
}

// slashRedirect sends a path to its trailing-slash form, with Astro's
// meta-refresh page as the body.
func slashRedirect(status int, target string) *httpError {
	t := html.EscapeString(target)
	return &httpError{Status: status,
		Header: http.Header{"Location": {target}, "Content-Type": {"text/html; charset=utf-8"}},
		Body:   fmt.Sprintf("<!doctype html><title>Redirecting to: %[1]s</title><meta http-equiv=\"refresh\" content=\"0;url=%[1]s\"><body><a href=\"%[1]s\">Redirecting to <code>%[1]s</code></a></body>", t),
	}
}

// buildError (dev) shows why the project could not be built.
func buildError(err error) *httpError {
	return &httpError{Status: http.StatusInternalServerError,
		Header: http.Header{"Content-Type": {"text/plain;charset=utf-8"}},
		Body:   "Comet could not build the project:\n\n" + stripANSI(err.Error()) + "\n"}
}

// writeError answers err: an httpError as it says, errClientGone not at
// all, anything else as a 500.
func (h *Handler) writeError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, errClientGone) {
		return
	}
	var e *httpError
	if !errors.As(err, &e) {
		e = callFailed("", err)
	}
	if e.Err != nil && !h.logError(r, e) {
		return
	}
	hdr := w.Header()
	for k, v := range e.Header {
		hdr[k] = v
	}
	w.WriteHeader(e.Status)
	if e.Body != "" && !(e.headNoBody && r.Method == http.MethodHead) {
		io.WriteString(w, e.Body)
	}
}

// logError logs e's cause and reports whether e is still to be written:
// a failed call whose client left is only noted. A 500's error gets its
// source line and import chain first, and is e's body when ShowErrors.
func (h *Handler) logError(r *http.Request, e *httpError) bool {
	switch e.Status {
	case http.StatusServiceUnavailable:
		h.opts.Log.Warn("server", fmt.Sprintf("%s %s: %v", r.Method, r.URL.Path, e.Err))
	case http.StatusInternalServerError:
		if r.Context().Err() != nil {
			h.opts.Log.Debug("router", fmt.Sprintf("%s %s: client gone before the answer", r.Method, r.URL.Path))
			return false
		}
		if s := h.cur.Load(); s != nil {
			diag.AddLineText(e.Err, s.app.Config.Root)
			addImportChain(s.app, e.Route, e.Err)
		}
		h.opts.Log.Error("router", fmt.Sprintf("%s %s: %v", r.Method, r.URL.Path, e.Err))
		if h.opts.ShowErrors {
			e.Header = http.Header{"Content-Type": {"text/plain;charset=utf-8"}}
			e.Body = e.Err.Error() + "\n"
		}
	default:
		h.opts.Log.Error("router", fmt.Sprintf("%s %s: %v", r.Method, r.URL.Path, e.Err))
	}
	return true
}
