package server

import (
	"fmt"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/endpoint"
)

// writeResult writes an endpoint's result: status, every header (several
// Set-Cookie kept: the handler's own first, then context.cookies, #19), and
// the body — bytes, or a ReadableStream pumped chunk by chunk with a flush
// after each. HEAD gets the headers only (#2).
func (h *Handler) writeResult(w http.ResponseWriter, r *http.Request, res *endpoint.Result) {
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
		w.WriteHeader(status)
		if head {
			res.Stream.Cancel()
			return
		}
		h.pump(w, r, res.Stream)
		return
	}
	if !res.Null && !bodyless(status) {
		hdr.Set("Content-Length", strconv.Itoa(len(res.Body)))
	}
	if res.StatusText != "" && res.StatusText != http.StatusText(status) && writeWithReason(w, r, status, res.StatusText, res.Body, head) {
		return
	}
	w.WriteHeader(status)
	if !head && !bodyless(status) {
		w.Write(res.Body)
	}
}

func bodyless(status int) bool {
	return status == http.StatusNoContent || status == http.StatusNotModified || (status >= 100 && status < 200)
}

// writeWithReason sends a response with the handler's own reason phrase
// (`new Response(body, { statusText })`, comet-semantics #20), which
// net/http cannot do: the HTTP/1.x connection is taken over and the response
// written by hand, then closed. It reports false (and writes nothing) when
// the connection cannot be taken over (HTTP/2, test recorders).
func writeWithReason(w http.ResponseWriter, r *http.Request, status int, reason string, body []byte, head bool) bool {
	if r.ProtoMajor != 1 {
		return false
	}
	reason = strings.Map(func(c rune) rune {
		if c < 0x20 || c == 0x7f {
			return -1
		}
		return c
	}, reason)
	hdr := w.Header().Clone()
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return false
	}
	defer conn.Close()
	if rec, ok := w.(*statusRecorder); ok {
		rec.status, rec.wrote = status, true
	}
	for k, v := range hdr {
		if v == nil {
			delete(hdr, k)
		}
	}
	hdr.Set("Date", time.Now().UTC().Format(http.TimeFormat))
	hdr.Set("Connection", "close")
	if bodyless(status) {
		hdr.Del("Content-Length")
	} else {
		hdr.Set("Content-Length", strconv.Itoa(len(body)))
	}
	fmt.Fprintf(buf, "HTTP/1.1 %03d %s\r\n", status, reason)
	hdr.Write(buf)
	buf.WriteString("\r\n")
	if !head && !bodyless(status) {
		buf.Write(body)
	}
	buf.Flush()
	return true
}
