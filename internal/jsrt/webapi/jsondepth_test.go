package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestJSONDepth: nesting a few megabytes deep is a SyntaxError the handler
// catches (on the old code it ended the process with a Go stack overflow),
// through JSON.parse, request.json() and Response.json(); ordinary depth and
// brackets inside strings are unaffected, and JSON.parse keeps its shape.
func TestJSONDepth(t *testing.T) {
	prefix := `const deep = '['.repeat(2500000) + ']'.repeat(2500000);
const catchName = async (f) => { try { await f(); return 'no'; } catch (e) { return e.name; } };
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"JSON.parse", `return catchName(() => JSON.parse(deep))`, "SyntaxError"},
		{"request.json", `return catchName(() => new Request('http://x/', { method: 'POST', body: deep }).json())`, "SyntaxError"},
		{"Response.json", `return catchName(() => new Response('{"a":' + deep + '}').json())`, "SyntaxError"},
		{"at the limit", `const s = '['.repeat(10000) + ']'.repeat(10000); let v = JSON.parse(s), d = 0; while (Array.isArray(v)) { d++; v = v[0]; } return d`, "10000"},
		{"brackets in strings", `return JSON.parse(JSON.stringify('['.repeat(20000) + '"\\\\"' + '{'.repeat(20000))).length`, "40004"},
		{"reviver still works", `return JSON.stringify(JSON.parse('{"a":1,"b":[2]}', (k, v) => typeof v === 'number' ? v * 10 : v))`, `{"a":10,"b":[20]}`},
		{"shape", `return [JSON.parse.name, JSON.parse.length, 'prototype' in JSON.parse, Object.keys(JSON).length].join()`, "parse,2,false,0"},
		{"coerces", `return JSON.parse({ toString: () => '[1]' })[0] + ' ' + await catchName(() => JSON.parse(Symbol()))`, "1 TypeError"},
	})
}
