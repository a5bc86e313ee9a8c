package webapi

import (
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// TextDecoder knows every label of the WHATWG Encoding Standard: the
// prelude decodes UTF-8 itself (the common case) and hands every other
// encoding to a textDecoder here. golang.org/x/text's htmlindex maps the
// labels to the standard's encodings and decodes the single-byte and CJK
// ones; UTF-16 is decoded here, because the standard's UTF-16 decoder
// reports lone surrogates and a trailing odd byte as errors (fatal mode),
// which x/text's silently replaces.

// errInvalidData is the fatal-mode error; the prelude words it as Node.
var errInvalidData = errors.New("invalid data")

// encodingName resolves a label as the Encoding Standard's "get an
// encoding" does (ASCII whitespace trimmed, case-insensitive). The
// replacement encoding's labels resolve to "replacement", which TextDecoder
// refuses.
func encodingName(label string) (string, bool) {
	label = strings.Trim(label, "\t\n\f\r ")
	// Every label is printable ASCII; htmlindex would also trim Unicode
	// spaces (U+000B, U+00A0, ...) and fold non-ASCII letters, which
	// the standard does not.
	for i := 0; i < len(label); i++ {
		if label[i] <= ' ' || label[i] >= 0x7f {
			return "", false
		}
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return "", false
	}
	if e == encoding.Replacement {
		return "replacement", true
	}
	name, err := htmlindex.Name(e)
	return name, err == nil
}

// textDecoder is the state of one TextDecoder for encodings other than
// UTF-8: bytes of an incomplete sequence held back by a streaming decode.
type textDecoder struct {
	name    string
	fatal   bool
	tr      transform.Transformer // multi-byte encodings
	table   *[256]rune            // single-byte encodings
	be      bool                  // UTF-16BE
	pending []byte
	lead    uint16 // UTF-16: an unpaired lead surrogate from the last chunk
}

func newTextDecoder(name string, fatal bool) (*textDecoder, error) {
	d := &textDecoder{name: name, fatal: fatal}
	switch name {
	case "utf-16le":
	case "utf-16be":
		d.be = true
	default:
		e, err := htmlindex.Get(name)
		if err != nil {
			return nil, err
		}
		if name == "iso-8859-8-i" {
			// x/text wraps ISO-8859-8 for it (the same bytes, logical
			// order): decode with the table, as the other single-byte ones.
			e = charmap.ISO8859_8
		}
		if cm, ok := e.(*charmap.Charmap); ok {
			d.table = singleByteTable(name, cm)
		} else {
			d.tr = e.NewDecoder()
		}
	}
	return d, nil
}

// decode decodes b after the held-back bytes; with stream false it ends
// the stream (an incomplete sequence is an error) and resets the decoder.
func (d *textDecoder) decode(b []byte, stream bool) (string, error) {
	src := append(d.pending, b...)
	d.pending = nil
	var out string
	var err error
	switch {
	case d.table != nil:
		out, err = d.single(src)
	case d.tr == nil:
		out, err = d.utf16(src, stream)
	default:
		out, err = d.transform(src, stream)
	}
	if err != nil || !stream {
		d.pending, d.lead = nil, 0
		if d.tr != nil {
			d.tr.Reset()
		}
	}
	return out, err
}

// singleByteTable is the decoding table of a single-byte encoding. The
// Encoding Standard's indexes map each 0x80–0x9F byte that x/text leaves
// undefined (the ISO-8859 parts' C1 range, the holes of windows-*) to the
// C1 control of the same number, where x/text has U+FFFD: decoding them is
// no error in fatal mode.
func singleByteTable(name string, cm *charmap.Charmap) *[256]rune {
	var t [256]rune
	for b := range 256 {
		t[b] = cm.DecodeByte(byte(b))
		if t[b] == utf8.RuneError && b >= 0x80 && b <= 0x9f {
			t[b] = rune(b)
		}
	}
	return &t
}

func (d *textDecoder) single(src []byte) (string, error) {
	var b strings.Builder
	b.Grow(len(src))
	for _, c := range src {
		r := d.table[c]
		if r == utf8.RuneError && d.fatal {
			return "", errInvalidData
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

func (d *textDecoder) transform(src []byte, stream bool) (string, error) {
	dst := make([]byte, 3*len(src)+16)
	var out []byte
	for {
		nDst, nSrc, err := d.tr.Transform(dst, src, !stream)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		if err == transform.ErrShortSrc && stream {
			d.pending = append([]byte(nil), src...)
		} else if err != nil {
			return "", err
		}
		break
	}
	// x/text's decoders replace malformed input with U+FFFD; in fatal
	// mode that is the error (for the few encodings that can encode
	// U+FFFD itself, a real one is taken for an error too).
	if d.fatal && strings.ContainsRune(string(out), utf8.RuneError) {
		return "", errInvalidData
	}
	return string(out), nil
}

func (d *textDecoder) utf16(src []byte, stream bool) (string, error) {
	units := make([]uint16, 0, len(src)/2+2)
	bad := false
	lead := d.lead
	d.lead = 0
	n := len(src) &^ 1
	for i := 0; i < n; i += 2 {
		u := uint16(src[i]) | uint16(src[i+1])<<8
		if d.be {
			u = uint16(src[i])<<8 | uint16(src[i+1])
		}
		switch {
		case lead != 0 && u >= 0xdc00 && u <= 0xdfff:
			units = append(units, lead, u)
			lead = 0
		case lead != 0:
			units = append(units, 0xfffd)
			bad = true
			lead = 0
			if u >= 0xd800 && u <= 0xdbff {
				lead = u
			} else if u >= 0xdc00 && u <= 0xdfff {
				units = append(units, 0xfffd)
			} else {
				units = append(units, u)
			}
		case u >= 0xd800 && u <= 0xdbff:
			lead = u
		case u >= 0xdc00 && u <= 0xdfff:
			units = append(units, 0xfffd)
			bad = true
		default:
			units = append(units, u)
		}
	}
	if stream {
		d.lead = lead
		if n < len(src) {
			d.pending = []byte{src[n]}
		}
	} else if lead != 0 || n < len(src) {
		units = append(units, 0xfffd)
		bad = true
	}
	if bad && d.fatal {
		return "", errInvalidData
	}
	return string(utf16.Decode(units)), nil
}

// textDecoderNatives adds native.textDecoder(label, fatal): null for an
// unknown label, else [name, decode(buffer, offset, length, stream)].
func textDecoderNatives(vm *goja.Runtime, n *goja.Object) {
	n.Set("textDecoder", func(label string, fatal bool) goja.Value {
		name, ok := encodingName(label)
		if !ok {
			return goja.Null()
		}
		if name == "replacement" || name == "utf-8" {
			return vm.NewArray(name)
		}
		d, err := newTextDecoder(name, fatal)
		if err != nil {
			return goja.Null()
		}
		decode := func(buf goja.Value, off, length int64, stream bool) goja.Value {
			s, err := d.decode(arrayBufferView(vm, buf, off, length), stream)
			if err != nil {
				panic(vm.NewTypeError("The encoded data was not valid for encoding " + d.name))
			}
			return vm.ToValue(s)
		}
		return vm.NewArray(name, decode)
	})
}

// arrayBufferView is the bytes [off, off+length) of an ArrayBuffer.
func arrayBufferView(vm *goja.Runtime, buf goja.Value, off, length int64) []byte {
	a, ok := buf.Export().(goja.ArrayBuffer)
	if !ok {
		panic(vm.NewTypeError("expected an ArrayBuffer"))
	}
	b := a.Bytes()
	if off < 0 || length < 0 || off+length > int64(len(b)) {
		panic(vm.NewTypeError("offset out of range"))
	}
	return b[off : off+length]
}
