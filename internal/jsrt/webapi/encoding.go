package webapi

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// encodingNatives adds Buffer's and TextEncoder's byte encodings (Node's
// names: utf8, latin1, base64, base64url, hex, ascii, utf16le): encode,
// decode and validUTF8.
func encodingNatives(vm *goja.Runtime, n *goja.Object) {
	n.Set("encode", func(str string, enc string) goja.Value {
		b, err := encodeString(str, enc)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return vm.ToValue(vm.NewArrayBuffer(b))
	})
	n.Set("decode", func(buf goja.Value, off, length int64, enc string) string {
		str, err := decodeBytes(arrayBufferView(vm, buf, off, length), enc)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return str
	})
	n.Set("validUTF8", func(buf goja.Value, off, length int64) bool { return utf8.Valid(arrayBufferView(vm, buf, off, length)) })
}

func normEncoding(enc string) (string, error) {
	switch strings.ToLower(enc) {
	case "", "utf8", "utf-8":
		return "utf8", nil
	case "binary", "latin1":
		return "latin1", nil
	case "base64":
		return "base64", nil
	case "base64url":
		return "base64url", nil
	case "hex":
		return "hex", nil
	case "ascii":
		return "ascii", nil
	case "utf16le", "utf-16le", "ucs2", "ucs-2":
		return "utf16le", nil
	}
	return "", fmt.Errorf("unknown encoding: %s", enc)
}

// encodeString turns a JS string (as Go UTF-8) into bytes, as Node's
// Buffer.from(string, encoding) does.
func encodeString(s, enc string) ([]byte, error) {
	enc, err := normEncoding(enc)
	if err != nil {
		return nil, err
	}
	switch enc {
	case "utf8":
		return []byte(s), nil
	case "latin1", "ascii":
		out := make([]byte, 0, len(s))
		for _, r := range s {
			out = append(out, byte(r))
		}
		return out, nil
	case "utf16le":
		u := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(u))
		for i, c := range u {
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out, nil
	case "hex":
		n := len(s) &^ 1
		out := make([]byte, 0, n/2)
		for i := 0; i+1 < len(s); i += 2 {
			b, err := hex.DecodeString(s[i : i+2])
			if err != nil {
				break // Node stops at the first bad pair
			}
			out = append(out, b[0])
		}
		return out, nil
	default: // base64, base64url: Node accepts both alphabets, padding optional
		clean := strings.Map(func(r rune) rune {
			switch {
			case r == '-':
				return '+'
			case r == '_':
				return '/'
			case r == '=' || r == ' ' || r == '\n' || r == '\r' || r == '\t':
				return -1
			}
			return r
		}, s)
		return base64.RawStdEncoding.DecodeString(clean)
	}
}

// decodeBytes is Buffer#toString(encoding).
// decodeUTF8Replacing is the WHATWG Encoding Standard's UTF-8 decoder for
// invalid input: each maximal subpart of an ill-formed sequence becomes
// one U+FFFD (so C0 AF gives two, a truncated E2 82 one), as TextDecoder
// and Buffer#toString do in browsers and Node — not one U+FFFD per run, as
// strings.ToValidUTF8 gives.
func decodeUTF8Replacing(b []byte) string {
	var out strings.Builder
	out.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out.WriteByte(c)
			i++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lower = 0xA0
			} else if c == 0xED {
				upper = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lower = 0x90
			} else if c == 0xF4 {
				upper = 0x8F
			}
		default:
			out.WriteString("\uFFFD")
			i++
			continue
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lower || b[j] > upper {
				break
			}
			lower, upper = 0x80, 0xBF
			j++
		}
		if j-i == need+1 {
			out.Write(b[i:j])
		} else {
			out.WriteString("\uFFFD")
		}
		i = j
	}
	return out.String()
}

func decodeBytes(b []byte, enc string) (string, error) {
	enc, err := normEncoding(enc)
	if err != nil {
		return "", err
	}
	switch enc {
	case "utf8":
		if utf8.Valid(b) {
			return string(b), nil
		}
		return decodeUTF8Replacing(b), nil
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	case "ascii":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c & 0x7f)
		}
		return string(r), nil
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(u)), nil
	case "hex":
		return hex.EncodeToString(b), nil
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(b), nil
	default:
		return base64.StdEncoding.EncodeToString(b), nil
	}
}
