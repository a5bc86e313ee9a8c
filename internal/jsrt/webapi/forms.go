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

// formNatives adds the form parsers to the prelude's natives.
func (s *state) formNatives(n *goja.Object) {
	vm := s.vm
	view := func(buf goja.Value, off, length int64) []byte { return arrayBufferView(vm, buf, off, length) }
	// parseURLEncoded is the URL standard's application/x-www-form-urlencoded
	// parser in one pass over the bytes: a flat [name, value, …] array,
	// or null past MaxFormFields.
	n.Set("parseURLEncoded", func(buf goja.Value, off, length int64) goja.Value {
		pairs, ok := parseURLEncoded(view(buf, off, length), MaxFormFields)
		if !ok {
			return goja.Null()
		}
		out := make([]any, len(pairs))
		for i, p := range pairs {
			out[i] = p
		}
		return vm.NewArray(out...)
	})
	// parseMultipart splits a multipart/form-data body into its parts:
	// {name, value} or {name, filename, type, data}, or null when the body
	// does not parse.
	n.Set("parseMultipart", func(buf goja.Value, off, length int64, contentType string) goja.Value {
		parts, err := parseMultipart(view(buf, off, length), contentType)
		if err != nil {
			return goja.Null()
		}
		out := make([]any, len(parts))
		for i, p := range parts {
			o := vm.NewObject()
			o.Set("name", p.name)
			if p.isFile {
				o.Set("filename", p.filename)
				o.Set("type", p.contentType)
				o.Set("data", vm.ToValue(vm.NewArrayBuffer(p.data)))
			} else {
				o.Set("value", string(p.data))
			}
			out[i] = o
		}
		return vm.NewArray(out...)
	})
}

// parseURLEncoded splits body on "&", each piece on its first "=", turns
// "+" into a space, percent-decodes (a malformed escape stays as written)
// and decodes UTF-8 with U+FFFD for bad bytes. It reports false when the
// body has more than max pairs.
func parseURLEncoded(body []byte, max int) ([]string, bool) {
	var out []string
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
			return nil, false
		}
		name, value := piece, []byte(nil)
		if i := bytes.IndexByte(piece, '='); i >= 0 {
			name, value = piece[:i], piece[i+1:]
		}
		out = append(out, formDecode(name), formDecode(value))
	}
	return out, true
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

type formPart struct {
	name, filename, contentType string
	data                        []byte
	isFile                      bool
}

func parseMultipart(body []byte, contentType string) ([]formPart, error) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return nil, fmt.Errorf("no boundary")
	}
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var out []formPart
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, err
		}
		fp := formPart{name: p.FormName(), data: data}
		if _, dp, err := mime.ParseMediaType(p.Header.Get("Content-Disposition")); err == nil {
			if fn, ok := dp["filename"]; ok {
				fp.isFile, fp.filename = true, fn
				fp.contentType = p.Header.Get("Content-Type")
				if fp.contentType == "" {
					fp.contentType = "application/octet-stream"
				}
			}
		}
		out = append(out, fp)
		if len(out) > MaxFormFields {
			return nil, fmt.Errorf("more than %d parts", MaxFormFields)
		}
	}
}
