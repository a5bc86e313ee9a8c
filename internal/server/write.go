package server

import (
	"net/http"
	"net/textproto"
	"strconv"

	"github.com/comet-dev/comet/internal/endpoint"
)

// writeResult writes an endpoint's result: status, every header (several
// Set-Cookie kept: the handler's own first, then context.cookies, #19), and
// the body — bytes, or a ReadableStream pumped chunk by chunk with a flush
// after each. HEAD gets the headers only (#2).
func (h *Handler) writeResult(w http.ResponseWriter, r *http.Request, s *site, res *endpoint.Result) {
	hdr := w.Header()
	for _, kv := range res.Header {
		if kv[0] == "content-length" || kv[0] == "transfer-encoding" || kv[0] == "connection" {
			continue // computed by net/http from what is written
		}
		hdr.Add(textproto.CanonicalMIMEHeaderKey(kv[0]), kv[1])
	}
	for _, c := range res.Cookies {
		hdr.Add("Set-Cookie", c)
	}
	status := res.Status
	if res.Kind == endpoint.KindBody {
		status = http.StatusOK
	}
	if _, ok := hdr["Content-Type"]; !ok {
		hdr["Content-Type"] = nil // never let net/http sniff a type Astro would not send
	}
	if status == 0 {
		status = http.StatusOK
	}
	head := r.Method == http.MethodHead
	if res.Stream != nil {
		if head {
			w.WriteHeader(status)
			h.cancelStream(s, res)
			return
		}
		w.WriteHeader(status)
		h.pump(w, r, s, res)
		return
	}
	if !res.Null && !bodyless(status) {
		hdr.Set("Content-Length", strconv.Itoa(len(res.Body)))
	}
	w.WriteHeader(status)
	if !head && !bodyless(status) {
		w.Write(res.Body)
	}
}

func bodyless(status int) bool {
	return status == http.StatusNoContent || status == http.StatusNotModified || (status >= 100 && status < 200)
}
