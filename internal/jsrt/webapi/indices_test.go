package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestRegExpIndices: the d flag (hasIndices). The expected values are what
// Node 20 gives for the same code. The literals are lowered by esbuild into
// new RegExp(...) calls, as package bundle lowers endpoint code.
func TestRegExpIndices(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"whole match and groups", `const m = /a(b)?(?<z>c)/d.exec('xxabc'); return JSON.stringify([m.index, m.indices, m.indices.groups])`, "[2,[[2,5],[3,4],[4,5]],{\"z\":[4,5]}]"},
		{"unmatched group", `return JSON.stringify(/(x)|(y)/d.exec('y').indices)`, "[[0,1],null,[0,1]]"},
		{"astral with u", `return JSON.stringify(/😀(.)/du.exec('a😀😁b').indices)`, "[[1,5],[3,5]]"},
		{"astral without u", `return JSON.stringify(/😀(.)/d.exec('a😀😁b').indices)`, "[[1,4],[3,4]]"},
		{"matchAll", `return JSON.stringify([...'a1b22'.matchAll(/(\d)/dg)].map((m) => m.indices))`, "[[[1,2],[1,2]],[[3,4],[3,4]],[[4,5],[4,5]]]"},
		{"flags and props", `const re = /(\d)/dg; return JSON.stringify([re.flags, re.hasIndices, /x/.hasIndices, String(re), re.source, re.global, re.constructor === RegExp])`, "[\"dg\",true,false,\"/(\\\\d)/dg\",\"(\\\\d)\",true,true]"},
		{"replace and split", `return JSON.stringify(['a1b2'.replace(/(\d)/dg, '[$1]'), 'a1b2c'.split(/\d/d), 'a1b2'.match(/\d/dg)])`, "[\"a[1]b[2]\",[\"a\",\"b\",\"c\"],[\"1\",\"2\"]]"},
		{"copy keeps d", `const r2 = new RegExp(/(q)/dg); return JSON.stringify([r2.flags, r2.exec('xq').indices])`, "[\"dg\",[[1,2],[1,2]]]"},
		{"constructor with flags", `return JSON.stringify(new RegExp('(?<w>\\w+)$', 'dm').exec('ab\ncd').indices.groups)`, "{\"w\":[0,2]}"},
		{"called without new", `return JSON.stringify(RegExp('a', 'd').exec('ba').indices)`, "[[1,2]]"},
		{"duplicate d", `try { new RegExp('a', 'dd'); return 'no' } catch (e) { return e.name }`, "SyntaxError"},
		{"quantified group", `return JSON.stringify(/(a)+/d.exec('baaa').indices)`, "[[1,4],[3,4]]"},
		{"lookbehind", `return JSON.stringify(/(?<=(\d))x/d.exec('1x').indices)`, "[[1,2],[0,1]]"},
		{"unicode property", `return JSON.stringify(/\p{L}+(\d)/du.exec('..héllo5').indices)`, "[[2,8],[7,8]]"},
		{"named date", `return JSON.stringify(/(?<year>\d{4})-(?<month>\d{2})/d.exec('on 2024-05!').indices.groups)`, "{\"year\":[3,7],\"month\":[8,10]}"},
		{"no match", `return JSON.stringify(/a/d.exec('zzz'))`, "null"},
		{"structuredClone", `return JSON.stringify(structuredClone(/q(r)/d).exec('qr').indices)`, "[[0,2],[1,2]]"},
		{"sticky", `const re = /b(c)/dy; re.lastIndex = 1; return JSON.stringify([re.exec('abc').indices, re.lastIndex])`, "[[[1,3],[2,3]],3]"},
		{"ignore case", `return JSON.stringify(/(a)|(b)/di.exec('B').indices)`, "[[0,1],null,[0,1]]"},
		{"dotAll", `return JSON.stringify(/^(.)$/dsu.exec('\n').indices)`, "[[0,1],[0,1]]"},
		{"backreference", `return JSON.stringify(/(\w)\1/d.exec('xaab').indices)`, "[[1,3],[1,2]]"},
		{"no groups", `const m = /b+/d.exec('abbc'); return JSON.stringify([m.indices, m.indices.groups === undefined])`, "[[[1,3]],true]"},
		{"regexp literal in a function", `const f = (s) => s.replace(/(\w+)@(\w+)/d, (...a) => a[0].toUpperCase()); return f('me@host')`, "ME@HOST"},
	})
}
