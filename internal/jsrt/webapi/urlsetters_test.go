package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestURLSetters checks the setters against the URL Standard's state
// overrides (the cases WPT's url-setters and url-constructor tests caught
// when the setters re-parsed a rebuilt href): each setter runs on the URL
// record, so a value the standard rejects changes nothing.
func TestURLSetters(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"empty host of a non-special URL is kept", `return new URL('foo://').href + ' ' + new URL('foo:///x').href`, "foo:// foo:///x"},
		{"path starting with // gets /. without a host", `return new URL('web+demo:/.//not-a-host/').href + ' ' + new URL('web+demo:/.//not-a-host/').pathname`, "web+demo:/.//not-a-host/ //not-a-host/"},
		{"protocol stops at the first invalid code point", `const u = new URL('a://example.net'); u.protocol = 'b,c'; return u.href`, "a://example.net"},
		{"protocol cannot switch special to non-special", `const u = new URL('http://h/'); u.protocol = 'foo'; return u.href`, "http://h/"},
		{"protocol keeps what precedes a colon", `const u = new URL('http://h/'); u.protocol = 'https:foo'; return u.href`, "https://h/"},
		{"protocol to file with credentials is refused", `const u = new URL('http://u@h/'); u.protocol = 'file'; return u.href`, "http://u@h/"},
		{"host on an opaque path does nothing", `const u = new URL('mailto:me@example.net'); u.host = 'example.com'; return u.href`, "mailto:me@example.net"},
		{"host keeps the port when the value has none", `const u = new URL('http://h:8080/'); u.host = 'example.com'; return u.href`, "http://example.com:8080/"},
		{"hostname ignores a port", `const u = new URL('http://h/'); u.hostname = 'x:99'; return u.href`, "http://h/"},
		{"host stops at a slash", `const u = new URL('http://h/p'); u.host = 'example.com/x'; return u.href`, "http://example.com/p"},
		{"port keeps leading digits", `const u = new URL('http://h/'); u.port = '8080stuff'; return u.port`, "8080"},
		{"port over 65535 is refused", `const u = new URL('http://h:1/'); u.port = '65536'; return u.port`, "1"},
		{"port removed with empty string", `const u = new URL('http://h:81/'); u.port = ''; return u.href`, "http://h/"},
		{"username needs a host", `const u = new URL('file:///x'); u.username = 'me'; return u.href`, "file:///x"},
		{"username percent-encoded", `const u = new URL('http://h/'); u.username = 'a b@c'; return u.href`, "http://a%20b%40c@h/"},
		{"pathname on special URL", `const u = new URL('http://h/'); u.pathname = 'a b/../c?'; return u.href`, "http://h/c%3F"},
		{"search and hash", `const u = new URL('http://h/'); u.search = 'a b'; u.hash = 'x y'; return u.href`, "http://h/?a%20b#x%20y"},
		{"hash cleared strips opaque trailing spaces", `const u = new URL('sc:space    #x'); u.hash = ''; return JSON.stringify(u.href)`, `"sc:space"`},
		{"search setter updates searchParams", `const u = new URL('http://h/?a=1'); const sp = u.searchParams; u.search = 'b=2'; return sp.get('b') + sp.has('a')`, "2false"},
		{"searchParams change updates href", `const u = new URL('http://h/?a=1#f'); u.searchParams.set('c', 'd e'); return u.href`, "http://h/?a=1&c=d+e#f"},
	})
}

// TestURLSearchParamsWebIDL checks URLSearchParams's WebIDL conversions and
// its live iteration (WPT urlsearchparams-constructor and -foreach).
func TestURLSearchParamsWebIDL(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"null is empty, as in Node", `return new URLSearchParams(null).toString()`, ""},
		{"custom iterator is used", `const p = new URLSearchParams('x=1'); p[Symbol.iterator] = function* () { yield ['a', 'b']; }; return new URLSearchParams(p).toString()`, "a=b"},
		{"non-callable iterator is a TypeError", `try { new URLSearchParams({ [Symbol.iterator]: 1 }); return 'no error'; } catch (e) { return e.constructor.name; }`, "TypeError"},
		{"pair that is not an object is a TypeError", `try { new URLSearchParams(['ab']); return 'no error'; } catch (e) { return e.constructor.name; }`, "TypeError"},
		{"record keys are USVStrings, duplicates merged", `const p = new URLSearchParams({ '\uD835x': '1', xx: '2', '\uD83Dx': '3' }); return JSON.stringify([...p])`, "[[\"\ufffdx\",\"3\"],[\"xx\",\"2\"]]"},
		{"a function is a record of its own properties", `function f() {} f.a = 1; return new URLSearchParams(f).toString()`, "a=1"},
		{"percent-decoding gives one U+FFFD per bad sequence", `return JSON.stringify(new URLSearchParams('%FE%FF=%C2x').get('\ufffd\ufffd'))`, "\"\ufffdx\""},
		{"iteration is live: delete during for-of", `const p = new URLSearchParams('a=0&b=1&c=2'); const seen = []; for (const [k] of p) { if (k === 'a') p.delete('b'); seen.push(k); } return seen.join()`, "a,c"},
		{"iteration is live: URL search replaced during for-of", `const u = new URL('http://h/?a=1&b=2&c=3'); const seen = []; for (const [k] of u.searchParams) { u.search = 'x=1&y=2&z=3'; seen.push(k); } return seen.join()`, "a,y,z"},
		{"forEach needs a function", `try { new URLSearchParams().forEach(1); return 'no error'; } catch (e) { return e.constructor.name; }`, "TypeError"},
	})
}
