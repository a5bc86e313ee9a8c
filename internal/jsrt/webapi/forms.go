package webapi

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// MaxFormFields caps the entries request.formData() (and Response's)
// makes from one body, urlencoded or multipart. Each entry costs a few
// hundred bytes of JS heap, so a 10 MiB body of "a&a&a…" (3 million
// entries) took over a gigabyte; beyond the cap formData() rejects with
// the TypeError a malformed body gets, which the handler can catch.
const MaxFormFields = 100000

// formNatives adds the form parser to the prelude's natives.
//
// parseForm(buffer, offset, length, contentType) parses a body as
// formData() does and returns FormData's own entry list, flat: [name,
// value, name, value, …], each value a string or, for a multipart file,
// [filename, type, ArrayBuffer] (the prelude makes the File). It returns
// null for a body that is not a form, or one with more than MaxFormFields
// entries. The list is built here in one pass, straight from the bytes:
// no intermediate JS arrays or per-entry objects, so memory stays within a
// small multiple of the body (a 9.9 MB body of 98,000 fields used to take
// some 75 MB of heap as one array per entry; see TestFormMemory).
func (s *state) formNatives(n *goja.Object) {
	vm := s.vm
	view := func(buf goja.Value, off, length int64) []byte { return arrayBufferView(vm, buf, off, length) }
	n.Set("parseForm", func(buf goja.Value, off, length int64, contentType string) goja.Value {
		body := view(buf, off, length)
		switch {
		case hasPrefixFold(contentType, "application/x-www-form-urlencoded"):
			// At most one entry per "&" plus one, and at most the cap.
			items := make([]any, 0, 2*min(bytes.Count(body, []byte{'&'})+1, MaxFormFields))
			ok := parseURLEncoded(body, MaxFormFields, func(name, value string) {
				items = append(items, vm.ToValue(name), vm.ToValue(value))
			})
			if !ok {
				return goja.Null()
			}
			return vm.NewArray(items...)
		case hasPrefixFold(contentType, "multipart/form-data"):
			var items []any
			err := parseMultipart(body, contentType, func(p formPart) {
				var v goja.Value
				if p.isFile {
					v = vm.NewArray(p.filename, p.contentType, vm.NewArrayBuffer(bytes.Clone(p.data)))
				} else {
					v = vm.ToValue(string(p.data))
				}
				items = append(items, vm.ToValue(p.name), v)
			})
			if err != nil {
				return goja.Null()
			}
			return vm.NewArray(items...)
		}
		return goja.Null()
	})
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case
// (as the prelude's /^application\/x-www-form-urlencoded/i did).
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// parseURLEncoded is the URL standard's application/x-www-form-urlencoded
// parser: it splits body on "&", each piece on its first "=", turns "+"
// into a space, percent-decodes (a malformed escape stays as written) and
// decodes UTF-8 with U+FFFD for bad bytes, calling emit with each name and
// value. It stops and reports false when the body has more than max pairs.
func parseURLEncoded(body []byte, max int, emit func(name, value string)) bool {
	n := 0
	for len(body) > 0 {
		var piece []byte
		if i := bytes.IndexByte(body, '&'); i >= 0 {
			piece, body = body[:i], body[i+1:]
		} else {
			piece, body = body, nil
		}
		if len(piece) == 0 {
			continue
		}
		if n++; n > max {
			return false
		}
		name, value := piece, []byte(nil)
		if i := bytes.IndexByte(piece, '='); i >= 0 {
			name, value = piece[:i], piece[i+1:]
		}
		emit(formDecode(name), formDecode(value))
	}
	return true
}

func formDecode(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '+':
			sb.WriteByte(' ')
		case c == '%' && i+2 < len(b) && ishex(b[i+1]) && ishex(b[i+2]):
			sb.WriteByte(unhexByte(b[i+1])<<4 | unhexByte(b[i+2]))
			i += 2
		default:
			sb.WriteByte(c)
		}
	}
	s := sb.String()
	if !utf8.ValidString(s) {
		// One U+FFFD per bad sequence, as the Encoding Standard's UTF-8
		// decoder gives (ToValidUTF8 would give one per run).
		s = decodeUTF8Replacing([]byte(s))
	}
	return s
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhexByte(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// ---- multipart -------------------------------------------------------

// formPart is one part of a multipart/form-data body.
type formPart struct {
	name, filename, contentType string
	data                        []byte
	isFile                      bool
}

// parseMultipart calls emit with each part of a multipart/form-data body,
// in order, and fails past MaxFormFields parts. The part's data is only
// valid during the call (one buffer serves every part).
func parseMultipart(body []byte, contentType string, emit func(formPart)) error {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return fmt.Errorf("no boundary")
	}
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var buf bytes.Buffer
	for n := 1; ; n++ {
		p, err := r.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if n > MaxFormFields {
			return fmt.Errorf("more than %d parts", MaxFormFields)
		}
		buf.Reset()
		if _, err := buf.ReadFrom(p); err != nil {
			return err
		}
		fp := formPart{name: p.FormName(), data: buf.Bytes()}
		// FileName would strip the filename to its base name; Node keeps
		// it as sent.
		if cd := p.Header.Get("Content-Disposition"); strings.Contains(strings.ToLower(cd), "filename") {
			if _, dp, err := mime.ParseMediaType(cd); err == nil {
				if fn, ok := dp["filename"]; ok {
					fp.isFile, fp.filename = true, fn
					fp.contentType = p.Header.Get("Content-Type")
					if fp.contentType == "" {
						fp.contentType = "application/octet-stream"
					}
				}
			}
		}
		emit(fp)
	}
}
