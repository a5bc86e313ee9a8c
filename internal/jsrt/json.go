package jsrt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// installJSON replaces JSON.stringify and JSON.parse with wrappers around
// goja's own, for two reasons:
//
//   - goja's serializer loses one level of indentation after an empty {} or
//     [] when given an indent. With an indent, the value is serialized
//     compactly by goja and laid out by encoding/json's Indent, which keeps
//     empty objects and arrays compact and puts ": " after keys, exactly the
//     layout of the spec's algorithm — in linear time (a JavaScript re-indenter
//     that built the result with += was quadratic in goja).
//   - goja words JSON.parse's SyntaxError as encoding/json does ("invalid
//     character 'b' looking for beginning of value"). Code and logs expect
//     V8's words ("Unexpected token 'b', "bad" is not valid JSON"), so a
//     failed parse is re-scanned by v8JSONError, which follows V8's JSON
//     parser (json-parser.cc in V8 11.3, Node 20) to find its message.
func installJSON(vm *goja.Runtime) error {
	j := vm.Get("JSON").ToObject(vm)
	stringify, ok1 := goja.AssertFunction(j.Get("stringify"))
	parse, ok2 := goja.AssertFunction(j.Get("parse"))
	if !ok1 || !ok2 {
		return errors.New("jsrt: JSON has no stringify/parse")
	}
	str := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		gap := jsonGap(vm, c.Argument(2))
		out, err := stringify(goja.Undefined(), c.Argument(0), c.Argument(1))
		if err != nil {
			panic(err)
		}
		if gap == "" || goja.IsUndefined(out) {
			return out
		}
		var b bytes.Buffer
		if err := json.Indent(&b, []byte(out.String()), "", gap); err != nil {
			return out
		}
		return vm.ToValue(b.String())
	}).ToObject(vm)
	str.DefineDataProperty("name", vm.ToValue("stringify"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	str.DefineDataProperty("length", vm.ToValue(3), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	prs := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 1 { // lone surrogate escapes (jsonsurrogates.go); not with a reviver
			if marked, ok := escapeLoneSurrogates(c.Argument(0).String()); ok {
				if out, err := parse(goja.Undefined(), vm.ToValue(marked)); err == nil {
					return restoreSurrogates(vm, out)
				}
			}
		}
		out, err := parse(goja.Undefined(), c.Arguments...)
		if err == nil {
			return out
		}
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok && o.Get("name") != nil && o.Get("name").String() == "SyntaxError" {
				if msg := v8JSONError(c.Argument(0).String()); msg != "" {
					ctor, _ := goja.AssertConstructor(vm.Get("SyntaxError"))
					if e, cerr := ctor(nil, vm.ToValue(msg)); cerr == nil {
						panic(e)
					}
				}
			}
		}
		panic(err)
	}).ToObject(vm)
	prs.DefineDataProperty("name", vm.ToValue("parse"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	prs.DefineDataProperty("length", vm.ToValue(2), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	j.DefineDataProperty("stringify", str, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	j.DefineDataProperty("parse", prs, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return nil
}

// jsonGap is the spec's gap for JSON.stringify's space argument.
func jsonGap(vm *goja.Runtime, space goja.Value) string {
	if o, ok := space.(*goja.Object); ok {
		switch o.ClassName() {
		case "Number":
			space = vm.ToValue(space.ToFloat())
		case "String":
			space = space.ToString()
		}
	}
	switch v := space.Export().(type) {
	case int64:
		return strings.Repeat(" ", int(max(0, min(10, v))))
	case float64:
		if math.IsNaN(v) {
			return ""
		}
		return strings.Repeat(" ", int(max(0, min(10, math.Trunc(v)))))
	case string:
		u := utf16.Encode([]rune(v))
		if len(u) > 10 {
			u = u[:10]
		}
		return string(utf16.Decode(u))
	}
	return ""
}

// v8JSONError re-scans text that goja's JSON.parse rejected and returns the
// message V8 gives for it, or "" if the scan finds no error. The scan runs
// over text's UTF-8 bytes (every byte JSON's grammar looks at is ASCII) and
// counts UTF-16 code units, V8's positions, only for the message: a
// rejected text may be megabytes (nested too deeply), and converting it to
// UTF-16 first cost more than the scan.
func v8JSONError(text string) string {
	p := &jsonScan{src: text}
	p.run()
	return p.msg
}

// jsonScan is a JSON scanner over the bytes of a text that stops at the
// first error, as V8's parser does.
type jsonScan struct {
	src string
	pos int // a byte offset
	msg string
}

// utf16Len is how many UTF-16 code units s takes.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += utf16.RuneLen(r)
		i += size - 1
	}
	return n
}

type jsonFail struct{}

const (
	tokEOS = iota
	tokString
	tokNumber
	tokLBrace
	tokRBrace
	tokLBrack
	tokRBrack
	tokColon
	tokComma
	tokTrue
	tokFalse
	tokNull
	tokWhitespace
	tokIllegal
)

func jsonToken(c byte) int {
	switch {
	case c == '"':
		return tokString
	case c == '-' || c >= '0' && c <= '9':
		return tokNumber
	case c == '{':
		return tokLBrace
	case c == '}':
		return tokRBrace
	case c == '[':
		return tokLBrack
	case c == ']':
		return tokRBrack
	case c == ':':
		return tokColon
	case c == ',':
		return tokComma
	case c == 't':
		return tokTrue
	case c == 'f':
		return tokFalse
	case c == 'n':
		return tokNull
	case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		return tokWhitespace
	}
	return tokIllegal
}

func (p *jsonScan) run() {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(jsonFail); !ok {
				panic(r)
			}
		}
	}()
	p.value()
	p.skipWS()
	if p.pos < len(p.src) {
		p.fail(p.peek(), "Unexpected non-whitespace character after JSON at position %d")
	}
}

func (p *jsonScan) peek() int {
	if p.pos >= len(p.src) {
		return tokEOS
	}
	return jsonToken(p.src[p.pos])
}

func (p *jsonScan) skipWS() {
	for p.pos < len(p.src) && jsonToken(p.src[p.pos]) == tokWhitespace {
		p.pos++
	}
}

// fail reports token at the current position with msg (a format with one
// %d for the position), or with V8's generic message for the token if msg
// is "".
func (p *jsonScan) fail(tok int, msg string) {
	pos := utf16Len(p.src[:p.pos]) // V8 counts UTF-16 code units
	if msg != "" {
		p.msg = fmt.Sprintf(msg, pos)
		panic(jsonFail{})
	}
	switch tok {
	case tokEOS:
		p.msg = "Unexpected end of JSON input"
	case tokNumber:
		p.msg = fmt.Sprintf("Unexpected number in JSON at position %d", pos)
	case tokString:
		p.msg = fmt.Sprintf("Unexpected string in JSON at position %d", pos)
	default:
		switch p.src {
		case "[object Object]", "undefined", "Infinity", "NaN":
			p.msg = fmt.Sprintf("%q is not valid JSON", p.src)
			panic(jsonFail{})
		}
		// The context is 10 code units either side: decode a window of
		// bytes around the error (4 bytes per code unit at most).
		const ctx = 10
		from, to := max(0, p.pos-4*ctx), min(len(p.src), p.pos+4*ctx+4)
		for from > 0 && !utf8.RuneStart(p.src[from]) {
			from--
		}
		for to < len(p.src) && !utf8.RuneStart(p.src[to]) {
			to++
		}
		before := utf16.Encode([]rune(p.src[from:p.pos]))
		after := utf16.Encode([]rune(p.src[p.pos:to]))
		w := append(before, after...)
		at := len(before) // pos within the window
		base := pos - at  // the window's first unit in the text
		n := pos + utf16Len(p.src[p.pos:])
		sub := func(a, b int) string { return string(utf16.Decode(w[a-base : b-base])) }
		char := string(utf16.Decode(w[at : at+1]))
		switch {
		case n < 2*ctx+1:
			p.msg = fmt.Sprintf("Unexpected token '%s', \"%s\" is not valid JSON", char, p.src)
		case pos < ctx:
			p.msg = fmt.Sprintf("Unexpected token '%s', \"%s\"... is not valid JSON", char, sub(0, pos+ctx))
		case pos < n-ctx:
			p.msg = fmt.Sprintf("Unexpected token '%s', ...\"%s\"... is not valid JSON", char, sub(pos-ctx, pos+ctx))
		default:
			p.msg = fmt.Sprintf("Unexpected token '%s', ...\"%s\" is not valid JSON", char, sub(pos-ctx, n))
		}
	}
	panic(jsonFail{})
}

// expect skips whitespace and consumes tok, or fails with msg.
func (p *jsonScan) expect(tok int, msg string) {
	p.skipWS()
	if t := p.peek(); t != tok {
		p.fail(t, msg)
	}
	p.pos++
}

// check skips whitespace and consumes tok if it is next.
func (p *jsonScan) check(tok int) bool {
	p.skipWS()
	if p.peek() == tok {
		p.pos++
		return true
	}
	return false
}

// value scans one value. Nesting is followed with a stack of one bit per
// open array or object (set for an object), not by recursion: a rejected text may be megabytes
// of "[" (JSON.parse's depth guard throws for it, and the message is then
// looked for here), and one Go frame per level grew the event loop's stack
// by hundreds of megabytes and took half a second to copy.
func (p *jsonScan) value() {
	var open nesting // the containers not yet closed
	for {
		// The start of a value.
		p.skipWS()
		switch t := p.peek(); t {
		case tokString:
			p.str()
		case tokNumber:
			p.number()
		case tokTrue:
			p.literal("true")
		case tokFalse:
			p.literal("false")
		case tokNull:
			p.literal("null")
		case tokLBrace:
			p.pos++
			if !p.check(tokRBrace) {
				p.expect(tokString, "Expected property name or '}' in JSON at position %d")
				p.pos--
				p.str()
				p.expect(tokColon, "Expected ':' after property name in JSON at position %d")
				open.push(true)
				continue
			}
		case tokLBrack:
			p.pos++
			if !p.check(tokRBrack) {
				open.push(false)
				continue
			}
		default:
			p.fail(t, "")
		}
		// A value ended: close the containers it ends, until one goes on
		// with another member.
	closing:
		for {
			if open.depth == 0 {
				return
			}
			if open.top() {
				if p.check(tokComma) {
					p.expect(tokString, "Expected double-quoted property name in JSON at position %d")
					p.pos--
					p.str()
					p.expect(tokColon, "")
					break closing
				}
				p.expect(tokRBrace, "Expected ',' or '}' after property value in JSON at position %d")
			} else {
				if p.check(tokComma) {
					break closing
				}
				p.expect(tokRBrack, "Expected ',' or ']' after array element in JSON at position %d")
			}
			open.depth--
		}
	}
}

// nesting is a stack of bits: a text nested millions of levels deep costs
// a few hundred kilobytes to follow.
type nesting struct {
	bits  []uint64
	depth int
}

func (n *nesting) push(object bool) {
	i, b := n.depth/64, uint64(1)<<(n.depth%64)
	if i == len(n.bits) {
		if i == cap(n.bits) { // grow by doubling: a few hundred KB in all
			n.bits = append(make([]uint64, 0, 2*i+1), n.bits...)
		}
		n.bits = n.bits[:i+1]
	}
	if object {
		n.bits[i] |= b
	} else {
		n.bits[i] &^= b
	}
	n.depth++
}

// top reports whether the innermost open container is an object.
func (n *nesting) top() bool {
	d := n.depth - 1
	return n.bits[d/64]&(uint64(1)<<(d%64)) != 0
}

func (p *jsonScan) literal(word string) {
	for i := 1; i < len(word); i++ {
		p.pos++
		if p.pos >= len(p.src) {
			p.fail(tokEOS, "")
		}
		if p.src[p.pos] != word[i] {
			p.fail(jsonToken(p.src[p.pos]), "")
		}
	}
	p.pos++
}

func (p *jsonScan) digit() bool {
	return p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9'
}

func (p *jsonScan) digits() {
	for p.digit() {
		p.pos++
	}
}

func (p *jsonScan) number() {
	if p.src[p.pos] == '-' {
		p.pos++
		if !p.digit() {
			p.fail(tokIllegal, "No number after minus sign in JSON at position %d")
		}
	}
	if p.src[p.pos] == '0' {
		p.pos++
		if p.digit() {
			p.fail(tokNumber, "")
		}
	} else {
		p.digits()
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if !p.digit() {
			p.fail(tokIllegal, "Unterminated fractional number in JSON at position %d")
		}
		p.digits()
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '-' || p.src[p.pos] == '+') {
			p.pos++
		}
		if !p.digit() {
			p.fail(tokIllegal, "Exponent part is missing a number in JSON at position %d")
		}
		p.digits()
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (p *jsonScan) str() {
	p.pos++ // the opening quote
	for {
		if p.pos >= len(p.src) {
			p.fail(tokEOS, "Unterminated string in JSON at position %d")
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return
		case c < 0x20:
			p.fail(tokIllegal, "Bad control character in string literal in JSON at position %d")
		case c == '\\':
			p.pos++
			if p.pos >= len(p.src) {
				p.fail(tokEOS, "")
			}
			switch p.src[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				p.pos++
				for i := 0; i < 4; i++ {
					if p.pos >= len(p.src) || !isHex(p.src[p.pos]) {
						p.fail(tokIllegal, "Bad Unicode escape in JSON at position %d")
					}
					p.pos++
				}
			default:
				p.fail(tokIllegal, "Bad escaped character in JSON at position %d")
			}
		default:
			p.pos++
		}
	}
}
