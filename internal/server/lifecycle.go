package server

import "errors"

// ErrClosed is what Swap returns once the Handler is closed: a dev rebuild
// that finishes during shutdown must not start a runtime nobody closes.
var ErrClosed = errors.New("server: handler is closed")

// StopStreams ends the open live-reload event streams (dev), so a browser
// tab holding one does not make a graceful shutdown wait for its whole
// timeout. ListenAndServe's OnShutdown is the place to call it.
func (h *Handler) StopStreams() { h.reload.stop() }
