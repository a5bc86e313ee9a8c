package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestRegExpCalledInConstructor: RegExp(s, f) called without new inside
// a constructor (as luxon's fromFormat does) gives a plain RegExp, though
// goja leaks the constructor's new.target into the call; construction
// and subclassing still see their new.target. Wanted strings are Node 20's.
func TestRegExpCalledInConstructor(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"class", "class P { constructor() { this.re = RegExp('^(\\\\d{2})$', 'i'); } } const re = new P().re; return [Object.getPrototypeOf(re) === RegExp.prototype, re.constructor === RegExp, String(re), '12'.match(re)[1]].join()", "true,true,/^(\\d{2})$/i,12"},
		{"function", "function P() { this.re = RegExp('a', 'g'); } return [new P().re instanceof RegExp, 'aa'.replace(new P().re, 'b'), RegExp.prototype.constructor === RegExp, /a/.constructor === RegExp].join()", "true,bb,true,true"},
		{"indices", "class P { constructor() { this.re = RegExp('b', 'd'); } } return new P().re.exec('ab').indices[0].join()", "1,2"},
		{"species", "return ['a,b'.split(/,/).join('|'), [...'a1b2'.matchAll(/\\d/g)].map((m) => m[0]).join(), 'x'.split(new RegExp('', 'd')).length].join()", "a|b,1,2,1"},
		{"subclass", "class R extends RegExp { tag() { return 'r' } } const r = new R('x', 'g'); return [r.tag(), r instanceof R, r.flags, Reflect.construct(RegExp, ['y'], R) instanceof R].join()", "r,true,g,true"},
	})
}
