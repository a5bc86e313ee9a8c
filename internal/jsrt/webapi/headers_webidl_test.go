package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestHeadersWebIDL checks the Headers constructor's WebIDL conversions
// (WPT fetch/api/headers/headers-record and headers-basic): the order in
// which a record's traps run, Symbol keys, custom iterators, and the
// enumerable operations.
func TestHeadersWebIDL(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	const logProxy = `const log = []; const handler = {}; for (const k of Object.getOwnPropertyNames(Reflect)) handler[k] = (...a) => { log.push(k + ':' + String(typeof a[1] === 'symbol' ? a[1].description : a[1])); return Reflect[k](...a); };`
	runCases(t, e, logProxy, []jsCase{
		{"record traps in WebIDL order", `new Headers(new Proxy({ a: 'b' }, handler)); return log.join(' ')`, "get:Symbol.iterator ownKeys:undefined getOwnPropertyDescriptor:a get:a"},
		{"non-enumerable keys are not read", `const o = {}; Object.defineProperty(o, 'a', { value: 'b' }); const h = new Headers(new Proxy(o, handler)); return log.join(' ') + ' ' + [...h].length`, "get:Symbol.iterator ownKeys:undefined getOwnPropertyDescriptor:a 0"},
		{"an enumerable Symbol key is a TypeError", `try { new Headers({ [Symbol('x')]: 'b' }); return 'no error'; } catch (e) { return e.constructor.name; }`, "TypeError"},
		{"a Headers with its own iterator is iterated", `const h = new Headers({ a: 'b' }); h[Symbol.iterator] = function* () { yield ['c', 'd']; }; return JSON.stringify([...new Headers(h)])`, `[["c","d"]]`},
		{"a non-callable iterator is a TypeError", `try { new Headers({ [Symbol.iterator]: 1 }); return 'no error'; } catch (e) { return e.constructor.name; }`, "TypeError"},
		{"operations are enumerable", `const d = (k) => Object.getOwnPropertyDescriptor(Headers.prototype, k).enumerable; return [d('get'), d('entries'), d('forEach'), Object.getOwnPropertyDescriptor(Object.getPrototypeOf(new Headers().keys()), 'next').enumerable].join()`, "true,true,true,true"},
		{"a plain object is still one fast record", `return JSON.stringify([...new Headers({ B: '1', a: ' 2 ' })])`, `[["a","2"],["b","1"]]`},
	})
}
