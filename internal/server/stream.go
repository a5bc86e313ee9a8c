package server

import (
	"errors"
	"io"
	"net/http"

	"github.com/comet-dev/comet/internal/endpoint"
)

// pump streams a ReadableStream body to the client: one chunk read on the
// loop at a time, written and flushed before the next is asked for, so a
// slow client slows the stream (backpressure) instead of filling memory.
// When the client goes away the stream is cancelled, as Astro's node
// adapter does.
func (h *Handler) pump(w http.ResponseWriter, r *http.Request, body *endpoint.Stream) {
	ctx := r.Context()
	flusher, _ := w.(http.Flusher)
	for {
		data, err := body.Next(ctx)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			if ctx.Err() == nil {
				h.opts.Log.Error("router", "streaming "+r.URL.Path+": "+err.Error())
			}
			body.Cancel()
			return
		}
		if _, err := w.Write(data); err != nil {
			body.Cancel()
			return
		}
		if flusher != nil {
			flusher.Flush()
		}
		if ctx.Err() != nil {
			body.Cancel()
			return
		}
	}
}
