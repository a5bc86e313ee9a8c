package server

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// ReloadPath is the Server-Sent Events stream that tells pages open in a
// browser to reload after a rebuild (dev only), as esbuild's serve does.
const ReloadPath = "/__comet/reload"

// reloadScript is put into .html pages served in dev.
const reloadScript = `<script>new EventSource("` + ReloadPath + `").addEventListener("reload", () => location.reload());</script>`

// reloadHub fans a reload out to every open event stream.
type reloadHub struct {
	mu   sync.Mutex
	subs map[chan struct{}]bool
	// done is closed by stop: every stream ends, and new ones end at once.
	done     chan struct{}
	stopOnce sync.Once
}

func (hub *reloadHub) doneChan() chan struct{} {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	if hub.done == nil {
		hub.done = make(chan struct{})
	}
	return hub.done
}

// stop ends every event stream (shutdown).
func (hub *reloadHub) stop() {
	done := hub.doneChan()
	hub.stopOnce.Do(func() { close(done) })
}

func (hub *reloadHub) subscribe() chan struct{} {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	if hub.subs == nil {
		hub.subs = map[chan struct{}]bool{}
	}
	c := make(chan struct{}, 1)
	hub.subs[c] = true
	return c
}

func (hub *reloadHub) unsubscribe(c chan struct{}) {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	delete(hub.subs, c)
}

func (hub *reloadHub) broadcast() {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	for c := range hub.subs {
		select {
		case c <- struct{}{}:
		default: // a reload is already pending for this one
		}
	}
}

// serveReload holds an event stream open until the client leaves.
func (hub *reloadHub) serveReload(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c := hub.subscribe() // before the first byte: a client that has read it is subscribed
	defer hub.unsubscribe(c)
	done := hub.doneChan()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, ": comet dev\n\n")
	flusher.Flush()
	keepalive := time.NewTicker(30 * time.Second)
	defer keepalive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-done:
			return
		case <-c:
			fmt.Fprint(w, "event: reload\ndata: reload\n\n")
			flusher.Flush()
		case <-keepalive.C:
			fmt.Fprint(w, ": ping\n\n")
			flusher.Flush()
		}
	}
}

// withReloadScript adds the reload script to an HTML page, before
// </body> when there is one.
func withReloadScript(page []byte) []byte {
	if i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>")); i >= 0 {
		out := make([]byte, 0, len(page)+len(reloadScript))
		out = append(out, page[:i]...)
		out = append(out, reloadScript...)
		return append(out, page[i:]...)
	}
	return append(append([]byte{}, page...), reloadScript...)
}
