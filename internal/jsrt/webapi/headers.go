package webapi

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"
)

// headerNatives adds headerList, the fast path of the Headers constructor.
func headerNatives(vm *goja.Runtime, n *goja.Object) {
	n.Set("headerList", func(call goja.FunctionCall) goja.Value {
		list, err := headerList(vm, call.Argument(0))
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return list
	})
}

// headerList reads a plain-object HeadersInit ({"Content-Type": "..."})
// into the flat [name, value, ...] list of the prelude's Headers: names
// checked and lower-cased, values trimmed and checked, as the Headers
// constructor does, but without a JS step per field. It returns undefined
// for iterables (arrays of pairs, Maps, Headers), which the prelude reads.
func headerList(vm *goja.Runtime, v goja.Value) (goja.Value, error) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, errors.New("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'")
	}
	// A Proxy sees every step of WebIDL's record conversion (ownKeys, then
	// per key getOwnPropertyDescriptor and get), which the prelude does in
	// order; Keys() would run the traps in another one.
	if obj.ExportType() == proxyType {
		return goja.Undefined(), nil
	}
	if it := obj.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) {
		return goja.Undefined(), nil
	}
	if len(obj.Symbols()) > 0 { // the prelude rejects enumerable ones
		return goja.Undefined(), nil
	}
	keys := obj.Keys()
	items := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		name, ok := headerName(k)
		if !ok {
			return nil, fmt.Errorf("Headers: invalid header name: %q", k)
		}
		val := obj.Get(k)
		str := val.String()
		clean, ok := headerValue(str)
		if !ok {
			return nil, fmt.Errorf("Headers: invalid header value: %q", str)
		}
		if clean == str && name == k {
			items = append(items, k, str)
		} else {
			items = append(items, name, clean)
		}
	}
	return vm.NewArray(items...), nil
}

// headerName checks a field name (an RFC 9110 token) and lower-cases it.
func headerName(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || !tokenChar[c] {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	return lowerASCII(s), true
}

// tokenChar marks the bytes allowed in a token.
var tokenChar = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// headerValue trims HTTP whitespace from a field value and rejects NUL, CR,
// LF and characters above U+00FF (a value is a ByteString), as the Headers
// class does.
func headerValue(s string) (string, bool) {
	s = strings.Trim(s, " \t\r\n")
	if strings.IndexAny(s, "\x00\r\n") >= 0 {
		return s, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			for _, r := range s[i:] {
				if r > 0xff {
					return s, false
				}
			}
			break
		}
	}
	return s, true
}
