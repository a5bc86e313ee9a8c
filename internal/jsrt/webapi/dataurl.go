package webapi

import (
	"encoding/base64"
	"net/url"
	"strings"

	"github.com/dop251/goja"
)

// fetch of a data: URL is answered here, as the Fetch standard's data: URL
// processor says (undici does the same): the bytes after the first comma,
// percent-decoded, and base64-decoded when the type ends in ";base64";
// the type defaults to text/plain;charset=US-ASCII. ok is false for a URL
// the processor rejects (no comma, bad base64), which fetch turns into a
// network error.
func dataURL(raw string) (mime string, body []byte, ok bool) {
	rest, found := strings.CutPrefix(raw, "data:")
	if !found {
		return "", nil, false
	}
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest = rest[:i]
	}
	comma := strings.IndexByte(rest, ',')
	if comma < 0 {
		return "", nil, false
	}
	mime = strings.Trim(rest[:comma], "\t\n\f\r ")
	body = percentDecode(rest[comma+1:])
	if i := strings.LastIndexByte(mime, ';'); i >= 0 && strings.EqualFold(strings.TrimLeft(mime[i+1:], " "), "base64") {
		mime = strings.TrimRight(mime[:i], " ")
		// forgiving-base64: ASCII whitespace removed, padding optional.
		s := strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\f' || r == '\r' || r == ' ' {
				return -1
			}
			return r
		}, string(body))
		if len(s)%4 == 0 {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "="), "=")
		}
		b, err := base64.RawStdEncoding.DecodeString(s)
		if err != nil {
			return "", nil, false
		}
		body = b
	}
	if strings.HasPrefix(mime, ";") {
		mime = "text/plain" + mime
	}
	if mime == "" || !strings.Contains(mime, "/") {
		mime = "text/plain;charset=US-ASCII"
	}
	return mime, body, true
}

// percentDecode decodes %XX sequences and leaves any other % as it is.
func percentDecode(s string) []byte {
	if !strings.Contains(s, "%") {
		return []byte(s)
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if b, err := url.PathUnescape(s[i : i+3]); err == nil {
				out = append(out, b[0])
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

// dataURLNatives adds native.dataURL(url): [mime, ArrayBuffer] or null.
func dataURLNatives(vm *goja.Runtime, n *goja.Object) {
	n.Set("dataURL", func(u string) goja.Value {
		mime, body, ok := dataURL(u)
		if !ok {
			return goja.Null()
		}
		return vm.NewArray(mime, vm.NewArrayBuffer(body))
	})
}
