package jsrt_test

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
)

// TestJSONParseErrors: JSON.parse's SyntaxError messages are V8's (the
// expected strings are Node 20's output for each input).
func TestJSONParseErrors(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, tc := range []struct{ in, want string }{
		{"bad", "Unexpected token 'b', \"bad\" is not valid JSON"},
		{"", "Unexpected end of JSON input"},
		{"{", "Expected property name or '}' in JSON at position 1"},
		{"{\"a\"", "Expected ':' after property name in JSON at position 4"},
		{"{\"a\":1", "Expected ',' or '}' after property value in JSON at position 6"},
		{"[1,", "Unexpected end of JSON input"},
		{"[1 2]", "Expected ',' or ']' after array element in JSON at position 3"},
		{"{\"a\" 1}", "Expected ':' after property name in JSON at position 5"},
		{"{a:1}", "Expected property name or '}' in JSON at position 1"},
		{"\"abc", "Unterminated string in JSON at position 4"},
		{"\"a\\x\"", "Bad escaped character in JSON at position 3"},
		{"-", "No number after minus sign in JSON at position 1"},
		{"1.", "Unterminated fractional number in JSON at position 2"},
		{"1e", "Exponent part is missing a number in JSON at position 2"},
		{"01", "Unexpected number in JSON at position 1"},
		{"1 2", "Unexpected non-whitespace character after JSON at position 2"},
		{"tru", "Unexpected end of JSON input"},
		{"\"\u0001\"", "Bad control character in string literal in JSON at position 1"},
		{" ", "Unexpected end of JSON input"},
		{"{\"a\":1,}", "Expected double-quoted property name in JSON at position 7"},
		{"[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"},
		{"{\"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijk\": bad}", "Unexpected token 'b', ...\"efghijk\": bad}\" is not valid JSON"},
		{"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON"},
		{"{\"a\":1}x", "Unexpected non-whitespace character after JSON at position 7"},
		{"\"\\u12", "Bad Unicode escape in JSON at position 5"},
		{"\"\\", "Unexpected end of JSON input"},
		{"\"\\u", "Bad Unicode escape in JSON at position 3"},
		{"tr\"", "Unexpected string in JSON at position 2"},
		{"tr1", "Unexpected number in JSON at position 2"},
		{"trux", "Unexpected token 'x', \"trux\" is not valid JSON"},
		{"{\"a\":1,\"b\"}", "Unexpected token '}', \"{\"a\":1,\"b\"}\" is not valid JSON"},
		{"{,}", "Expected property name or '}' in JSON at position 1"},
		{"-01", "Unexpected number in JSON at position 2"},
		{"1.5e-x", "Exponent part is missing a number in JSON at position 5"},
		{"NaN", "\"NaN\" is not valid JSON"},
		{"undefined", "\"undefined\" is not valid JSON"},
		{"[object Object]", "\"[object Object]\" is not valid JSON"},
		{"{\"a\":[1,}", "Unexpected token '}', \"{\"a\":[1,}\" is not valid JSON"},
		{"é", "Unexpected token 'é', \"é\" is not valid JSON"},
		{"[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,x]", "Unexpected token 'x', ...\",23,24,25,x]\" is not valid JSON"},
	} {
		src := "try { JSON.parse(" + quoteJS(tc.in) + "); 'parsed' } catch (e) { e.name + ': ' + e.message }"
		got, err := run(t, rt, time.Second, src)
		if err != nil || got != "SyntaxError: "+tc.want {
			t.Errorf("JSON.parse(%q) = %q %v, want %q", tc.in, got, err, tc.want)
		}
	}
	// A reviver still works, and valid input is unaffected.
	if got, err := run(t, rt, time.Second, `JSON.stringify(JSON.parse('{"a":[1,2],"b":"x"}', (k, v) => typeof v === 'number' ? v * 2 : v))`); err != nil || got != `{"a":[2,4],"b":"x"}` {
		t.Errorf("reviver: %q %v", got, err)
	}
}

// TestJSONParseDeepTextBoundedStack: a text nested millions of levels deep
// is refused (webapi's depth guard) without the V8-message scanner
// recursing once per level: that grew the event loop's Go stack by
// hundreds of megabytes per request and spent half a second copying it.
// With the goroutine stack limit at 32 MiB, a recursive scan ends the test
// binary ("stack exceeds limit"); the scanner's own stack is one byte per
// level. A deep text that is also broken still gets V8's message (Node 20's
// words for the last case).
func TestJSONParseDeepTextBoundedStack(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	defer debug.SetMaxStack(debug.SetMaxStack(32 << 20))
	for _, tc := range []struct{ src, want string }{
		{`const d = '['.repeat(4000000) + ']'.repeat(4000000); try { JSON.parse(d); 'parsed' } catch (e) { e.name + ': ' + e.message }`,
			"SyntaxError: JSON nests deeper than 10000 levels"},
		{`const o = '{"a":'.repeat(1000000) + '1' + '}'.repeat(1000000); try { JSON.parse(o); 'parsed' } catch (e) { e.name + ': ' + e.message }`,
			"SyntaxError: JSON nests deeper than 10000 levels"},
		{`const b = '[{"a":'.repeat(1000000) + 'x'; try { JSON.parse(b); 'parsed' } catch (e) { e.name + ': ' + e.message }`,
			`SyntaxError: Unexpected token 'x', ...""a":[{"a":x" is not valid JSON`},
	} {
		if got, err := run(t, rt, 20*time.Second, tc.src); err != nil || got != tc.want {
			t.Errorf("%.60s…: %q %v, want %q", tc.src, got, err, tc.want)
		}
	}
}

// quoteJS writes s as a JavaScript string literal.
func quoteJS(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte("0123456789abcdef"[r>>4])
			b.WriteByte("0123456789abcdef"[r&15])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestJSONStringifyIndent: the indented layout is the spec's (goja alone
// loses a level after an empty {} or []), and it is linear: a long string
// with an indent takes milliseconds.
func TestJSONStringifyIndent(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, tc := range []struct{ src, want string }{
		{`JSON.stringify({a:{},b:[],c:[1,{d:[]}],e:{f:{}}}, null, 2)`, "{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    1,\n    {\n      \"d\": []\n    }\n  ],\n  \"e\": {\n    \"f\": {}\n  }\n}"},
		{`JSON.stringify([1,[2]], null, '\t')`, "[\n\t1,\n\t[\n\t\t2\n\t]\n]"},
		{`JSON.stringify({a:1}, null, new Number(1))`, "{\n \"a\": 1\n}"},
		{`JSON.stringify({a:1}, null, 'abcdefghijkl')`, "{\nabcdefghij\"a\": 1\n}"},
		{`JSON.stringify({a:'x:{,}"y'}, ['a'], 20)`, "{\n          \"a\": \"x:{,}\\\"y\"\n}"},
		{`String(JSON.stringify(undefined, null, 2))`, "undefined"},
		{`JSON.stringify({a:1}, null, 0)`, `{"a":1}`},
		{`JSON.stringify.name + JSON.stringify.length + JSON.parse.name + JSON.parse.length`, "stringify3parse2"},
	} {
		if got, err := run(t, rt, time.Second, tc.src); err != nil || got != tc.want {
			t.Errorf("%s = %q %v, want %q", tc.src, got, err, tc.want)
		}
	}
	if got, err := run(t, rt, 5*time.Second, `JSON.stringify({s: 'x'.repeat(80000), a: ['y'.repeat(80000)]}, null, 2).length`); err != nil || got != "160034" {
		t.Errorf("long string: %q %v", got, err)
	}
	// It was quadratic in the length of the strings: 80,000 characters
	// took seconds. Four times the length must take well under the 16
	// times a quadratic algorithm would (measured in one process, so a
	// loaded machine slows both sides alike; the fastest of three each).
	stringify := func(n int) time.Duration {
		src := fmt.Sprintf(`{ const v = {s: 'x'.repeat(%d), a: ['y'.repeat(%d)]}; const t = Date.now(); JSON.stringify(v, null, 2); String(Date.now() - t) }`, n, n)
		out, err := run(t, rt, 10*time.Second, src)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := strconv.Atoi(out)
		return time.Duration(ms+1) * time.Millisecond
	}
	best := func(n int) time.Duration {
		d := stringify(n)
		for i := 0; i < 2; i++ {
			d = min(d, stringify(n))
		}
		return d
	}
	if small, large := best(500000), best(2000000); large > 10*small {
		t.Errorf("stringify with indent: 500,000 characters took %v, 2,000,000 took %v: not linear", small, large)
	}
}
