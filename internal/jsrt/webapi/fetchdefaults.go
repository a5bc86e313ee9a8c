package webapi

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// undiciDefaults are the request headers Node 20's fetch (undici) adds when
// the caller did not set them. Services check some of them: Upstash answers
// a request without `Accept: */*` differently.
var undiciDefaults = [][2]string{
	{"Accept", "*/*"},
	{"Accept-Language", "*"},
	{"Sec-Fetch-Mode", "cors"},
	{"User-Agent", "node"},
	{"Accept-Encoding", "gzip, deflate"},
}

// addFetchDefaults adds undici's default headers that h lacks. It reports
// whether it added Accept-Encoding: then the body is fetch's to decode (Go's
// transport decodes only what it asked for itself), as undici does.
func addFetchDefaults(h http.Header) (decode bool) {
	for _, d := range undiciDefaults {
		if _, ok := h[d[0]]; ok {
			continue
		}
		h.Set(d[0], d[1])
		if d[0] == "Accept-Encoding" {
			decode = true
		}
	}
	return decode
}

// decodeBody undoes a gzip or deflate Content-Encoding (deflate as zlib,
// or raw deflate as some servers send it); other codings pass through.
func decodeBody(coding string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(coding)) {
	case "gzip", "x-gzip":
		br := bufio.NewReader(r)
		if _, err := br.Peek(1); err == io.EOF {
			return br, nil
		}
		z, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("decoding the gzip body: %w", err)
		}
		return z, nil
	case "deflate":
		br := bufio.NewReader(r)
		head, _ := br.Peek(2)
		if len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			z, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("decoding the deflate body: %w", err)
			}
			return z, nil
		}
		return flate.NewReader(br), nil
	}
	return r, nil
}
