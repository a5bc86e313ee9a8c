package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestRegExpVFlag: the v flag's set notation (nested classes, &&, --,
// \q{…}) matches as in Node 20 (the wanted strings are Node's output).
func TestRegExpVFlag(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"vbasic", "const r = new RegExp('[\\\\p{L}--[a-z]]+', 'gv'); return ['abcDEFΩω1'.match(r).join(), r.flags, r.unicodeSets, r.unicode, r.source].join('|')", "DEFΩω|gv|true|false|[\\p{L}--[a-z]]+"},
		{"vintersect", "return ['[\\\\p{sc=Greek}&&\\\\p{Ll}]', '[[a-z]--[aeiou]]', '[\\\\d--[5-9]]', '[^[a-c][x-z]]', '[\\\\q{a|b|c}]', '[\\\\w&&[^_]]'].map((p) => ('αΑβ_aeixyz0159Q'.match(new RegExp(p, 'gv')) || []).join('')).join('|')", "αβ|xyz|01|αΑβ_ei0159Q|a|aeixyz0159Q"},
		{"vbad", "return [['[a&&b--c]', 'v'], ['x', 'uv'], ['[a', 'v']].map(([p, f]) => { try { new RegExp(p, f); return 'ok' } catch (e) { return e.name } }).join()", "SyntaxError,SyntaxError,SyntaxError"},
		{"vliteral", "return [/[\\p{Emoji}--\\p{ASCII}]/v.test('😀'), /[\\p{Emoji}--\\p{ASCII}]/v.test('#')].join()", "true,false"},
	})
}
