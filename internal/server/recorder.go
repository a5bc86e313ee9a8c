package server

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/comet-dev/comet/internal/diag"
)

// statusRecorder remembers the status for the request log, and gives
// each write to the client its own deadline (Limits.WriteTimeout).
type statusRecorder struct {
	http.ResponseWriter
	status       int
	wrote        bool
	noDeadline   bool // the writer has no write deadline (a test recorder)
	writeTimeout time.Duration
}

// writePiece is the most written under one deadline.
const writePiece = 64 << 10

// extend moves the connection's write deadline to WriteTimeout from now
// (ignored where there is no connection, as in tests' recorders).
func (s *statusRecorder) extend() {
	if !s.noDeadline && s.writeTimeout > 0 {
		rc := http.NewResponseController(s.ResponseWriter) // on the stack
		if err := rc.SetWriteDeadline(time.Now().Add(s.writeTimeout)); errors.Is(err, http.ErrNotSupported) {
			s.noDeadline = true // do not ask again
		}
	}
}

func (s *statusRecorder) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	s.wrote = true
	n := 0
	for len(b) > 0 {
		piece := b[:min(len(b), writePiece)]
		s.extend()
		m, err := s.ResponseWriter.Write(piece)
		n += m
		if err != nil {
			return n, err
		}
		b = b[len(piece):]
	}
	return n, nil
}

// Flush lets streamed bodies reach the client as they are written.
func (s *statusRecorder) Flush() {
	s.extend()
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap is for http.ResponseController.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequest prints the dev request line as today's Astro does:
// "12:00:00 [200] /data.json 3ms", with the method for non-GET requests,
// the status green for 2xx, dim for 3xx, yellow for 4xx, red for 5xx.
func (h *Handler) logRequest(r *http.Request, status int, d time.Duration) {
	log := h.opts.Log
	st := fmt.Sprintf("[%d]", status)
	switch {
	case status >= 500:
		st = log.Red(st)
	case status >= 400:
		st = log.Yellow(st)
	case status >= 300:
		st = log.Dim(st)
	default:
		st = log.Green(st)
	}
	target := r.URL.RequestURI()
	if r.Method != http.MethodGet {
		target = r.Method + " " + target
	}
	log.Plain(fmt.Sprintf("%s %s %s", log.Bold(st), target, log.Dim(diag.Duration(d))))
}
