package jsrt

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// goja parses JSON with encoding/json, which turns an escaped lone
// surrogate ("\ud800", which JavaScript keeps as the code unit it names)
// into U+FFFD. Text that has one takes a detour: each lone escape becomes a
// character of plane 15's private use area that the text does not use
// (U+F0000 + the offset of the surrogate), goja parses that, and the
// strings and keys of the result get their surrogates back. Text without
// lone surrogate escapes, the usual case, is parsed as it is.

const (
	surrogateMarkBase = 0xF0000
	surrogateMarkEnd  = surrogateMarkBase + 0x800 // exclusive
)

// escapeLoneSurrogates returns text with its escaped lone surrogates
// replaced by marks, and whether it replaced any. It declines (false) text
// that already has a character in the marks' range.
func escapeLoneSurrogates(text string) (string, bool) {
	if !strings.Contains(text, `\u`) && !strings.Contains(text, `\U`) {
		return text, false
	}
	var b strings.Builder
	last, found := 0, false
	hex4 := func(i int) (uint16, bool) {
		if i+6 > len(text) || text[i] != '\\' || text[i+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(text[i+2:i+6], 16, 16)
		return uint16(v), err == nil
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '\\' || i+1 >= len(text) {
			continue
		}
		if text[i+1] != 'u' {
			i++ // a two-character escape
			continue
		}
		v, ok := hex4(i)
		if !ok {
			continue
		}
		if v >= 0xD800 && v <= 0xDBFF {
			if w, ok := hex4(i + 6); ok && w >= 0xDC00 && w <= 0xDFFF {
				i += 11 // an escaped pair: encoding/json keeps it
				continue
			}
		}
		if v < 0xD800 || v > 0xDFFF {
			i += 5
			continue
		}
		if !found {
			for _, r := range text {
				if r >= surrogateMarkBase && r < surrogateMarkEnd {
					return text, false
				}
			}
			found = true
		}
		b.WriteString(text[last:i])
		b.WriteRune(rune(surrogateMarkBase + int(v) - 0xD800))
		last = i + 6
		i += 5
	}
	if !found {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// restoreSurrogates puts the marked surrogates back into v's strings and
// property names (v is fresh from JSON.parse: plain objects and arrays).
func restoreSurrogates(vm *goja.Runtime, v goja.Value) goja.Value {
	switch x := v.(type) {
	case goja.String:
		if s, ok := unmarkString(x); ok {
			return s
		}
		return v
	case *goja.Object:
		if x.ClassName() == "Array" {
			n := x.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				k := strconv.FormatInt(i, 10)
				x.Set(k, restoreSurrogates(vm, x.Get(k)))
			}
			return x
		}
		keys := x.Keys()
		renamed := false
		for _, k := range keys {
			if strings.ContainsFunc(k, isMark) {
				renamed = true
				break
			}
		}
		if !renamed {
			for _, k := range keys {
				x.Set(k, restoreSurrogates(vm, x.Get(k)))
			}
			return x
		}
		// A property name changes: rebuild the object in key order (in
		// JavaScript, since a Go string cannot hold a lone surrogate).
		names := make([]any, len(keys))
		vals := make([]any, len(keys))
		for i, k := range keys {
			vals[i] = restoreSurrogates(vm, x.Get(k))
			names[i] = vm.ToValue(k)
			if s, ok := unmarkString(vm.ToValue(k).(goja.String)); ok {
				names[i] = s
			}
		}
		rebuild, err := vm.RunProgram(rebuildProgram())
		if err != nil {
			panic(err)
		}
		fn, _ := goja.AssertFunction(rebuild)
		if _, err := fn(goja.Undefined(), x, vm.NewArray(names...), vm.NewArray(vals...)); err != nil {
			panic(err)
		}
		return x
	}
	return v
}

// rebuildProgram sets an object's properties anew, in order.
var rebuildProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("comet:json-rebuild", "(function (o, keys, vals) { for (const k of Object.keys(o)) delete o[k]; for (let i = 0; i < keys.length; i++) o[keys[i]] = vals[i]; })", true)
})

func isMark(r rune) bool { return r >= surrogateMarkBase && r < surrogateMarkEnd }

// unmarkString returns s with its marks turned back into lone surrogates,
// or false if it has none.
func unmarkString(s goja.String) (goja.Value, bool) {
	n := s.Length()
	var out []uint16
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if c >= 0xD800 && c <= 0xDBFF && i+1 < n {
			d := s.CharAt(i + 1)
			if r := utf16.DecodeRune(rune(c), rune(d)); r != utf8.RuneError && isMark(r) {
				if out == nil {
					out = make([]uint16, 0, n)
					for j := 0; j < i; j++ {
						out = append(out, s.CharAt(j))
					}
				}
				out = append(out, uint16(0xD800+r-surrogateMarkBase))
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return nil, false
	}
	return goja.StringFromUTF16(out), true
}
