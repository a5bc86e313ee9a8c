package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestFetchStandardErrors: the exceptions the Fetch standard (and WebIDL)
// specifies for bad statuses, headers, bodies, methods and URLs, as Node 20
// (undici) throws them.
func TestFetchStandardErrors(t *testing.T) {
	prefix := `const attempt = (f) => { try { f(); return 'ok'; } catch (e) { return e.name; } };
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"status out of range", `return [99, 600, 0, 99.9, 'x', 1e9].map((s) => attempt(() => new Response(null, { status: s }).status)).join()`, "RangeError,RangeError,RangeError,RangeError,RangeError,RangeError"},
		{"status is an unsigned short", `return [200.5, '201', 65736, 65736.9].map((s) => new Response(null, { status: s }).status).join()`, "200,201,200,200"},
		{"null body status with a body", `return [attempt(() => new Response('x', { status: 204 })), attempt(() => new Response('', { status: 205 })), new Response(null, { status: 304 }).status].join()`, "TypeError,TypeError,304"},
		{"statusText must be a reason phrase", `return attempt(() => new Response(null, { statusText: 'a\nb' })) + ' ' + new Response(null, { statusText: 'Très bien' }).statusText`, "TypeError Très bien"},
		{"init must be an object", `return attempt(() => new Response(null, 5))`, "TypeError"},
		{"header names", `return [attempt(() => new Headers({ 'a b': '1' })), attempt(() => new Headers([['é', '1']])), attempt(() => new Headers().append('', 'x')), attempt(() => new Headers().get('a b'))].join()`, "TypeError,TypeError,TypeError,TypeError"},
		{"header values", `return [attempt(() => new Headers({ a: 'x\ny' })), attempt(() => new Headers().set('a', 'x\0')), attempt(() => new Headers({ a: 'ā' })), new Headers({ a: '  x\t ' }).get('a') + '|', new Headers({ a: 'é' }).get('a')].join()`, "TypeError,TypeError,TypeError,x|,é"},
		{"headers init shapes", `return [attempt(() => new Headers([['a', 'b', 'c']])), attempt(() => new Headers(5)), attempt(() => new Headers(['ab']))].join()`, "TypeError,TypeError,TypeError"},
		{"malformed JSON body", `try { await new Request('http://x/', { method: 'POST', body: '{bad' }).json(); return 'no' } catch (e) { return e.name + ' ' + (e instanceof SyntaxError) }`, "SyntaxError true"},
		{"empty JSON body", `return await new Response('').json().catch((e) => e.name)`, "SyntaxError"},
		{"bad multipart", `return await new Request('http://x/', { method: 'POST', body: 'x', headers: { 'content-type': 'multipart/form-data; boundary=zz' } }).formData().catch((e) => e.name)`, "TypeError"},
		{"formData without a form type", `return await new Response('a=1').formData().catch((e) => e.name)`, "TypeError"},
		{"urlencoded formData", `return [...(await new Response('a=1&b=%20', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData())].join(';')`, "a,1;b, "},
		{"body used twice", `const r = new Response('x'); await r.text(); const q = new Request('http://x/', { method: 'POST', body: 'x' }); await q.arrayBuffer(); return [await r.text().catch((e) => e.name), await q.json().catch((e) => e.name), r.bodyUsed, attempt(() => r.clone())].join()`, "TypeError,TypeError,true,TypeError"},
		{"null body reads again", `const r = new Response(null); return JSON.stringify(await r.text()) + JSON.stringify(await r.text()) + r.bodyUsed`, "\"\"\"\"false"},
		{"locked body stream", `const r = new Response('x'); r.body.getReader(); return await r.text().catch((e) => e.name)`, "TypeError"},
		{"Response.json", `const r = Response.json({ a: 1 }, { status: 201, headers: { 'x-a': 'b' } }); return [r.status, r.headers.get('content-type'), r.headers.get('x-a'), await r.text(), Response.json(1, { headers: { 'content-type': 'text/x' } }).headers.get('content-type')].join()`, "201,application/json,b,{\"a\":1},text/x"},
		{"Response.json errors", `return [attempt(() => Response.json(undefined)), attempt(() => Response.json(1n)), attempt(() => Response.json(1, { status: 204 }))].join()`, "TypeError,TypeError,TypeError"},
		{"Response.redirect", `const r = Response.redirect('http://a/b', 301); return [r.status, r.headers.get('location'), r.type, r.body, Response.redirect('http://a/').status].join()`, "301,http://a/b,default,,302"},
		{"Response.redirect errors", `return [attempt(() => Response.redirect('http://a/', 200)), attempt(() => Response.redirect('/x')), attempt(() => Response.redirect('http://a/').headers.set('a', 'b'))].join()`, "RangeError,TypeError,TypeError"},
		{"Response.error", `const r = Response.error(); return [r.status, r.type, r.ok, JSON.stringify(r.statusText), r.body, attempt(() => r.headers.set('a', 'b'))].join()`, "0,error,false,\"\",,TypeError"},
		{"Request methods", `return [attempt(() => new Request('http://x/', { method: 'a b' })), attempt(() => new Request('http://x/', { method: 'CONNECT' })), attempt(() => new Request('http://x/', { method: 'trace' })), new Request('http://x/', { method: 'patch' }).method, new Request('http://x/', { method: 'delete' }).method].join()`, "TypeError,TypeError,TypeError,patch,DELETE"},
		{"Request errors", `return [attempt(() => new Request('http://x/', { body: 'x' })), attempt(() => new Request('nope')), attempt(() => new Request('http://u:p@x/')), attempt(() => new Request('http://x/', { mode: 'navigate' })), attempt(() => new Request('http://x/', { redirect: 'sometimes' })), attempt(() => new Request('http://x/', { cache: 'never' }))].join()`, "TypeError,TypeError,TypeError,TypeError,TypeError,TypeError"},
		{"fetch rejects bad URLs", `return [await fetch('nope').catch((e) => e.name), await fetch('http://x/', { method: 'CONNECT' }).catch((e) => e.name)].join()`, "TypeError,TypeError"},
		{"ok range", `return [new Response(null, { status: 299 }).ok, new Response(null, { status: 300 }).ok].join()`, "true,false"},
	})
}
