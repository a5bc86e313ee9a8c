package webapi_test

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

func TestHeaders(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"case-insensitive", `const h = new Headers({'Content-Type': 'a'}); h.append('x-A', '1'); h.append('X-a', '2'); return h.get('content-type') + '|' + h.get('X-A') + '|' + h.has('CONTENT-type')`, "a|1, 2|true"},
		{"set-cookie kept apart", `const h = new Headers(); h.append('Set-Cookie', 'a=1'); h.append('set-cookie', 'b=2'); return JSON.stringify([h.getSetCookie(), [...h], h.get('set-cookie')])`, `[["a=1","b=2"],[["set-cookie","a=1"],["set-cookie","b=2"]],"a=1, b=2"]`},
		{"sorted and combined iteration", `const h = new Headers([['b','2'],['A','1'],['b','3']]); return JSON.stringify([[...h], [...h.keys()], [...h.values()]])`, `[[["a","1"],["b","2, 3"]],["a","b"],["1","2, 3"]]`},
		{"forEach", `const out = []; new Headers({b: '2', a: '1'}).forEach((v, k, h) => out.push(k + '=' + v + (h instanceof Headers))); return out.join()`, "a=1true,b=2true"},
		{"set replaces all", `const h = new Headers([['x','1'],['y','2'],['x','3']]); h.set('X', '4'); return JSON.stringify([...h])`, `[["x","4"],["y","2"]]`},
		{"delete", `const h = new Headers({a: '1', b: '2'}); h.delete('A'); return h.has('a') + ' ' + h.get('a') + ' ' + h.get('b')`, "false null 2"},
		{"from Headers is a copy", `const a = new Headers({x: '1'}); const b = new Headers(a); b.set('x', '2'); return a.get('x') + b.get('x')`, "12"},
		{"from entries iterator", `return new Headers(new Map([['k', 'v']])).get('k')`, "v"},
		{"value trimmed", `return '[' + new Headers({a: ' \t v \n'}).get('a') + ']'`, "[v]"},
		{"invalid name", `try { new Headers({'bad name': 'x'}); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"invalid value", `try { new Headers().set('a', 'x\ny'); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"bad pair", `try { new Headers([['a']]); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"json stringify hides internals", `return JSON.stringify(new Headers({a: '1'})) + Object.keys(new Headers({a: '1'})).length`, "{}0"},
		{"toStringTag", `return Object.prototype.toString.call(new Headers())`, "[object Headers]"},
		{"immutable redirect headers", `const r = Response.redirect('http://h/'); try { r.headers.set('x', '1'); return 'no' } catch (e) { return e.name }`, "TypeError"},
	})
}

func TestResponse(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"string body type", `return new Response('x').headers.get('content-type')`, "text/plain;charset=UTF-8"},
		{"explicit type wins", `return new Response('x', {headers: {'Content-Type': 'text/html'}}).headers.get('content-type')`, "text/html"},
		{"params body type", `const r = new Response(new URLSearchParams({a:'1 2'})); return r.headers.get('content-type') + '|' + await r.text()`, "application/x-www-form-urlencoded;charset=UTF-8|a=1+2"},
		{"formdata body type", `const fd = new FormData(); fd.append('a', '1'); const r = new Response(fd); const ct = r.headers.get('content-type'); const back = await r.formData(); return ct.startsWith('multipart/form-data; boundary=') + ' ' + back.get('a')`, "true 1"},
		{"blob body type", `return new Response(new Blob(['x'], {type: 'image/png'})).headers.get('content-type')`, "image/png"},
		{"bytes body has no type", `return String(new Response(new Uint8Array([1])).headers.get('content-type'))`, "null"},
		{"array buffer body", `return await new Response(new Uint8Array([104, 105]).buffer).text()`, "hi"},
		{"typed array view body", `return await new Response(new Uint8Array([0, 104, 105, 0]).subarray(1, 3)).text()`, "hi"},
		{"dataview body", `return await new Response(new DataView(new Uint8Array([104, 105]).buffer)).text()`, "hi"},
		{"body copied at construction", `const b = new Uint8Array([104]); const r = new Response(b); b[0] = 105; return await r.text()`, "h"},
		{"null body", `const r = new Response(null); return String(r.body) + ' ' + await r.text() + '|'`, "null |"},
		{"defaults", `const r = new Response(); return [r.status, r.ok, r.statusText === '', r.type, r.url === '', r.redirected, r.bodyUsed].join()`, "200,true,true,default,true,false,false"},
		{"status and text", `const r = new Response('', {status: 404, statusText: 'Nope'}); return r.status + r.statusText + r.ok`, "404Nopefalse"},
		{"status range", `const out = []; for (const s of [199, 600, 0, 99.9, 'x', 200.5, 65736]) { try { out.push(new Response(null, {status: s}).status) } catch (e) { out.push(e.name) } } return out.join()`, "RangeError,RangeError,RangeError,RangeError,RangeError,200,200"},
		{"null body status with body", `try { new Response('x', {status: 204}); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"headers init copied", `const h = new Headers(); const a = new Response('x', {headers: h}); const b = new Response(new Uint8Array(0), {headers: h}); h.set('x', '1'); return [h.has('content-type'), a.headers.has('x'), String(b.headers.get('content-type'))].join()`, "false,false,null"},
		{"headers mutable", `const r = new Response('x'); r.headers.set('X-A', '1'); r.headers.append('set-cookie', 'c=1'); return JSON.stringify([...r.headers])`, `[["content-type","text/plain;charset=UTF-8"],["set-cookie","c=1"],["x-a","1"]]`},
		{"Response.json", `const r = Response.json({a:1}, {status: 201, headers: {'x-y': 'z'}}); return r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('x-y') + ' ' + await r.text()`, `201 application/json z {"a":1}`},
		{"Response.json keeps type", `return Response.json(1, {headers: {'content-type': 'application/vnd.x+json'}}).headers.get('content-type')`, "application/vnd.x+json"},
		{"Response.json unserializable", `try { Response.json(undefined); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"Response.redirect", `const r = Response.redirect('https://a.example/x', 307); return r.status + ' ' + r.headers.get('location') + ' ' + (r.body === null)`, "307 https://a.example/x true"},
		{"Response.redirect default", `const r = Response.redirect(new URL('http://h/p')); return r.status + ' ' + r.headers.get('location')`, "302 http://h/p"},
		{"redirect relative throws", `try { Response.redirect('/relative', 302); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"redirect bad status throws", `try { Response.redirect('https://a.example/', 200); return 'no' } catch (e) { return e.name }`, "RangeError"},
		{"Response.error", `const r = Response.error(); return r.type + ' ' + r.status + ' ' + r.ok`, "error 0 false"},
		{"json", `return (await new Response('{"a":[1]}').json()).a[0]`, "1"},
		{"json SyntaxError", `try { await new Response('{bad').json(); return 'no' } catch (e) { return e.name }`, "SyntaxError"},
		{"arrayBuffer", `const b = await new Response('hé').arrayBuffer(); return (b instanceof ArrayBuffer) + ' ' + b.byteLength`, "true 3"},
		{"bytes", `const b = await new Response('hi').bytes(); return (b instanceof Uint8Array) + ' ' + b.join()`, "true 104,105"},
		{"blob", `const b = await new Response('hi', {headers: {'content-type': 'text/x'}}).blob(); return (b instanceof Blob) + ' ' + b.type + ' ' + b.size + ' ' + await b.text()`, "true text/x 2 hi"},
		{"body used twice", `const r = new Response('x'); await r.text(); try { await r.text(); return 'no' } catch (e) { return e.name + ' ' + r.bodyUsed }`, "TypeError true"},
		{"body stream", `const r = new Response('abc'); const rd = r.body.getReader(); const {value} = await rd.read(); return (value instanceof Uint8Array) + ' ' + new TextDecoder().decode(value)`, "true abc"},
		{"formData on json rejects", `const r = new Response('{}', {headers: {'content-type': 'application/json'}}); try { await r.formData(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"formData urlencoded", `const r = new Response('a=1&b=x+y&a=2&c=%C3%A9', {headers: {'content-type': 'application/x-www-form-urlencoded'}}); const f = await r.formData(); return JSON.stringify([...f])`, `[["a","1"],["b","x y"],["a","2"],["c","é"]]`},
		{"clone", `const r = new Response('abc', {status: 201}); const c = r.clone(); return await r.text() + await c.text() + c.status`, "abcabc201"},
		{"clone used throws", `const r = new Response('abc'); await r.text(); try { r.clone(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"stream body clone", `const r = new Response(new ReadableStream({start(c){c.enqueue(new TextEncoder().encode('s')); c.close()}})); const c = r.clone(); return await r.text() + await c.text()`, "ss"},
		{"instanceof and tag", `const r = new Response(); return (r instanceof Response) + Object.prototype.toString.call(r)`, "true[object Response]"},
		{"subclass", `class R extends Response { constructor() { super('sub', {status: 202}) } } const r = new R(); return r.status + await r.text() + (r instanceof Response)`, "202subtrue"},
	})
}

func TestRequest(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"defaults", `const r = new Request('http://x.example/a?b=1'); return [r.url, r.method, r.body === null, r.bodyUsed, r.signal instanceof AbortSignal, r.redirect].join()`, "http://x.example/a?b=1,GET,true,false,true,follow"},
		{"url normalised", `return new Request('HTTP://X.example:80/a b').url`, "http://x.example/a%20b"},
		{"relative url throws", `try { new Request('/x'); return 'no' } catch (e) { return e.name }`, "TypeError"},
		// The Fetch standard normalises DELETE GET HEAD OPTIONS POST PUT only.
		{"method upper", `return [new Request('http://x/', {method: 'post'}).method, new Request('http://x/', {method: 'patch'}).method, new Request('http://x/', {method: 'custom'}).method].join()`, "POST,patch,custom"},
		{"GET with body", `try { new Request('http://x/', {body: 'x'}); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"body text and type", `const r = new Request('http://x/', {method: 'POST', body: 'hi'}); return r.headers.get('content-type') + ' ' + await r.text() + ' ' + r.bodyUsed`, "text/plain;charset=UTF-8 hi true"},
		{"json", `const r = new Request('http://x/', {method: 'POST', body: JSON.stringify({n: 5})}); return (await r.json()).n`, "5"},
		{"from Request with init", `const a = new Request('http://x/', {method: 'PUT', headers: {a: '1'}, body: 'b'}); const b = new Request(a, {headers: {c: '2'}}); return b.method + ' ' + b.headers.get('a') + ' ' + b.headers.get('c') + ' ' + await b.text()`, "PUT null 2 b"},
		{"clone", `const a = new Request('http://x/', {method: 'POST', body: 'z'}); const b = a.clone(); return await a.text() + await b.text() + b.method`, "zzPOST"},
		{"signal from init", `const c = new AbortController(); const r = new Request('http://x/', {signal: c.signal}); c.abort(); return r.signal.aborted`, "true"},
		{"formData urlencoded", `const r = new Request('http://x/', {method: 'POST', body: 'a=1&b=x+y&a=2', headers: {'content-type': 'application/x-www-form-urlencoded'}}); const f = await r.formData(); return JSON.stringify([...f])`, `[["a","1"],["b","x y"],["a","2"]]`},
		{"formData on json rejects", `const r = new Request('http://x/', {method: 'POST', body: '{}', headers: {'content-type': 'application/json'}}); try { await r.formData(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"formData multipart round trip", `const fd = new FormData(); fd.append('name', 'Houston'); fd.append('up', new Blob(['hello'], {type: 'text/plain'}), 'h.txt'); const r = new Request('http://x/', {method: 'POST', body: fd}); const g = await r.formData(); const f = g.get('up'); return g.get('name') + '|' + f.name + '|' + f.type + '|' + await f.text() + '|' + (f instanceof File)`, "Houston|h.txt|text/plain|hello|true"},
		{"formData multipart from wire", `const body = '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nHi there\r\n--XyZ\r\nContent-Disposition: form-data; name="doc"; filename="a.bin"\r\nContent-Type: application/x-thing\r\n\r\n\x01\x02\r\n--XyZ--\r\n'; const r = new Request('http://x/', {method: 'POST', body: Buffer.from(body, 'latin1'), headers: {'content-type': 'multipart/form-data; boundary=XyZ'}}); const f = await r.formData(); const doc = f.get('doc'); return f.get('title') + '|' + doc.name + '|' + doc.type + '|' + doc.size + '|' + (doc instanceof File) + '|' + Array.from(await doc.bytes()).join()`, "Hi there|a.bin|application/x-thing|2|true|1,2"},
		{"bad multipart rejects", `const r = new Request('http://x/', {method: 'POST', body: 'junk', headers: {'content-type': 'multipart/form-data; boundary=q'}}); try { await r.formData(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"stream body", `const r = new Request('http://x/', {method: 'POST', body: new ReadableStream({start(c) { c.enqueue(new Uint8Array([65])); c.close() }}), duplex: 'half'}); return await r.text()`, "A"},
		{"instanceof and tag", `const r = new Request('http://x/'); return (r instanceof Request) + Object.prototype.toString.call(r)`, "true[object Request]"},
	})
}

func TestURL(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"origin with port", `return new URL('http://h.com:8080/p?q=1#f').origin`, "http://h.com:8080"},
		{"default port dropped", `const u = new URL('https://h.com:443/'); return u.host + '|' + u.port + '|' + u.href + '|' + u.origin`, "h.com||https://h.com/|https://h.com"},
		{"parts", `const u = new URL('https://user:pw@Ex.com/a/b?x=1#h'); return [u.protocol,u.username,u.password,u.host,u.hostname,u.port,u.pathname,u.search,u.hash].join(' ')`, "https: user pw ex.com ex.com  /a/b ?x=1 #h"},
		{"href with credentials", `return new URL('https://user:pw@ex.com/').href`, "https://user:pw@ex.com/"},
		{"empty path is slash", `return new URL('http://h').href + ' ' + new URL('http://h').pathname`, "http://h/ /"},
		{"dot segments", `return new URL('http://h/a/./b/../c').pathname`, "/a/c"},
		{"relative", `return new URL('../c?d', 'http://h/a/b/').href`, "http://h/a/c?d"},
		{"relative absolute path", `return new URL('/x/y', 'https://h:8443/a/b?q#f').href`, "https://h:8443/x/y"},
		{"relative query only", `return new URL('?z=1', 'http://h/a/b?q=2').href`, "http://h/a/b?z=1"},
		{"relative to URL object", `return new URL('c', new URL('http://h/a/b')).href`, "http://h/a/c"},
		{"protocol relative", `return new URL('//o.example/p', 'https://h/').href`, "https://o.example/p"},
		{"absolute ignores base", `return new URL('http://o/', 'https://h/').href`, "http://o/"},
		{"ipv6", `const u = new URL('http://[::1]:3000/'); return u.hostname + ' ' + u.host + ' ' + u.origin + ' ' + u.port`, "[::1] [::1]:3000 http://[::1]:3000 3000"},
		{"ipv6 default port", `return new URL('http://[2001:DB8::1]/x').host`, "[2001:db8::1]"},
		{"searchParams live", `const u = new URL('http://h/p?a=1'); u.searchParams.append('b', '2 3'); u.searchParams.delete('a'); return u.href + ' ' + u.search`, "http://h/p?b=2+3 ?b=2+3"},
		{"searchParams emptied", `const u = new URL('http://h/p?a=1#x'); u.searchParams.delete('a'); return u.href`, "http://h/p#x"},
		{"searchParams same object", `const u = new URL('http://h/?a=1'); return u.searchParams === u.searchParams`, "true"},
		{"search setter updates params", `const u = new URL('http://h/p'); u.search = 'x=1'; return u.searchParams.get('x') + u.href`, "1http://h/p?x=1"},
		{"href setter", `const u = new URL('http://h/p?a=1'); const sp = u.searchParams; u.href = 'https://o/q?b=2'; return u.host + ' ' + sp.get('b') + ' ' + u.protocol`, "o 2 https:"},
		{"pathname setter", `const u = new URL('http://h/p'); u.pathname = 'a b/c'; return u.href`, "http://h/a%20b/c"},
		{"hash setter", `const u = new URL('http://h/p'); u.hash = 'top'; const a = u.href; u.hash = ''; return a + ' ' + u.href`, "http://h/p#top http://h/p"},
		{"port setter", `const u = new URL('http://h/p'); u.port = '81'; const a = u.href; u.port = '80'; return a + ' ' + u.href`, "http://h:81/p http://h/p"},
		{"host setter", `const u = new URL('http://h/p'); u.host = 'o.example:90'; return u.href`, "http://o.example:90/p"},
		{"protocol setter", `const u = new URL('http://h/p'); u.protocol = 'https'; return u.href`, "https://h/p"},
		{"credential setters", `const u = new URL('http://h/p'); u.username = 'a b'; u.password = 'p@ss'; return u.href + ' ' + u.username`, "http://a%20b:p%40ss@h/p a%20b"},
		{"hostname setter", `const u = new URL('http://h:8080/p'); u.hostname = 'o.example'; return u.href`, "http://o.example:8080/p"},
		{"protocol setter special to other ignored", `const u = new URL('http://h/p'); u.protocol = 'mailto'; return u.href`, "http://h/p"},
		{"toString toJSON", `const u = new URL('http://h/p'); return String(u) + ' ' + JSON.stringify({u})`, `http://h/p {"u":"http://h/p"}`},
		{"invalid", `try { new URL('/relative'); return 'no' } catch (e) { return e.name + URL.canParse('/r') + URL.canParse('/r', 'http://h') }`, "TypeErrorfalsetrue"},
		{"invalid port", `return URL.canParse('http://h:99999/') + ' ' + URL.canParse('http://h:x/')`, "false false"},
		{"URL.parse", `return URL.parse('nope') + ' ' + URL.parse('/a', 'http://h').href`, "null http://h/a"},
		{"special scheme slashes", `return new URL('https:/example.com/a').href + ' ' + new URL('/x', 'https:example.com').href`, "https://example.com/a https://example.com/x"},
		{"space encoded", `return new URL('http://h/with space?q=a b').href`, "http://h/with%20space?q=a%20b"},
		{"unicode path", `return new URL('http://h/ü').pathname`, "/%C3%BC"},
		{"non-special scheme", `const u = new URL('mailto:a@b.example'); return u.protocol + ' ' + u.pathname + ' ' + u.origin + ' ' + u.href`, "mailto: a@b.example null mailto:a@b.example"},
		{"file url", `const u = new URL('file:///tmp/x.txt'); return u.protocol + ' ' + u.pathname + ' ' + u.host + '|' + u.href`, "file: /tmp/x.txt |file:///tmp/x.txt"},
		{"instanceof tag", `return Object.prototype.toString.call(new URL('http://h/'))`, "[object URL]"},
	})
}

func TestURLSearchParams(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"parse", `const p = new URLSearchParams('?a=1&b=2&b=3&c=%20x%2By&d'); return JSON.stringify([p.get('a'), p.getAll('b'), p.get('c'), p.get('d'), p.get('z'), p.size, p.toString()])`, `["1",["2","3"]," x+y","",null,5,"a=1&b=2&b=3&c=+x%2By&d="]`},
		{"from object", `return new URLSearchParams({a: 1, 'b c': 'd&e'}).toString()`, "a=1&b+c=d%26e"},
		{"from pairs", `return new URLSearchParams([['a', '1'], ['a', '2']]).getAll('a').join()`, "1,2"},
		{"from params", `const a = new URLSearchParams('x=1'); const b = new URLSearchParams(a); b.set('x', 2); return a + ' ' + b`, "x=1 x=2"},
		{"set delete has", `const p = new URLSearchParams('a=1&b=2&a=3'); p.set('a', 'z'); const s = p.toString(); p.delete('b'); return s + ' ' + p + ' ' + p.has('b') + p.has('a', 'z') + p.has('a', 'q')`, "a=z&b=2 a=z falsetruefalse"},
		{"delete with value", `const p = new URLSearchParams('a=1&a=2'); p.delete('a', '1'); return p.toString()`, "a=2"},
		{"sort stable", `const p = new URLSearchParams('c=1&a=2&b=3&a=1'); p.sort(); return p.toString()`, "a=2&a=1&b=3&c=1"},
		{"iteration", `const p = new URLSearchParams('a=1&b=2'); const out = []; p.forEach((v, k) => out.push(k + v)); return out.join() + ' ' + JSON.stringify([[...p], [...p.keys()], [...p.values()], [...p.entries()]])`, `a1,b2 [[["a","1"],["b","2"]],["a","b"],["1","2"],[["a","1"],["b","2"]]]`},
		{"encoding", `return new URLSearchParams({q: "a b+c/é*~!'()"}).toString()`, "q=a+b%2Bc%2F%C3%A9*%7E%21%27%28%29"},
		{"bad percent kept", `return new URLSearchParams('a=%zz%').get('a')`, "%zz%"},
	})
}

func TestEncoding(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"text round trip", `const b = new TextEncoder().encode('grüße 日本 🚀'); return b.length + ' ' + (b instanceof Uint8Array) + ' ' + new TextDecoder().decode(b)`, "19 true grüße 日本 🚀"},
		{"encoder encoding", `return new TextEncoder().encoding + ' ' + new TextDecoder().encoding + ' ' + new TextEncoder().encode().length`, "utf-8 utf-8 0"},
		{"encodeInto", `const d = new Uint8Array(4); const r = new TextEncoder().encodeInto('aé日', d); return r.read + ' ' + r.written + ' ' + Array.from(d).join()`, "2 3 97,195,169,0"},
		{"decode views", `const b = new Uint8Array([0, 104, 105, 0]); return new TextDecoder().decode(b.subarray(1, 3)) + new TextDecoder().decode(new DataView(b.buffer, 1, 2)) + new TextDecoder().decode(b.buffer.slice(1, 3))`, "hihihi"},
		{"decoder replaces bad bytes", `return new TextDecoder().decode(new Uint8Array([104, 0xff, 105]))`, "h\uFFFDi"},
		{"decoder fatal", `try { new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xff])); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"decoder BOM", `return new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 104])).length + ' ' + new TextDecoder('utf-8', {ignoreBOM: true}).decode(new Uint8Array([0xef, 0xbb, 0xbf, 104])).length`, "1 2"},
		{"decoder latin1", `return new TextDecoder('latin1').decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))`, "café"},
		{"decoder utf-16le", `return new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x3d, 0xd8, 0x80, 0xde]))`, "h🚀"},
		{"decoder stream", `const d = new TextDecoder(); const b = new TextEncoder().encode('a€🚀z'); let out = ''; for (let i = 0; i < b.length; i++) out += d.decode(b.subarray(i, i + 1), {stream: true}); out += d.decode(); return out`, "a€🚀z"},
		{"decoder stream flush truncated", `const d = new TextDecoder(); return d.decode(new Uint8Array([0xe2, 0x82]), {stream: true}) + '|' + d.decode()`, "|\uFFFD"},
		{"decoder unknown", `try { new TextDecoder('klingon'); return 'no' } catch (e) { return e.name }`, "RangeError"},
		{"atob btoa", `return btoa('hello') + ' ' + atob('aGVsbG8=') + ' ' + atob(' aGVs bG8 ') + ' ' + btoa('\xff\x00').length`, "aGVsbG8= hello hello 4"},
		{"btoa rejects wide", `try { btoa('日'); return 'no' } catch (e) { return e.name + ' ' + (e instanceof DOMException) }`, "InvalidCharacterError true"},
		{"atob rejects bad", `const out = []; for (const s of ['a', 'ab!c', 'a=bc']) { try { atob(s); out.push('ok') } catch (e) { out.push(e.name) } } return out.join()`, "InvalidCharacterError,InvalidCharacterError,InvalidCharacterError"},
		{"atob binary", `const s = atob('/wA='); return s.length + ' ' + s.charCodeAt(0) + ' ' + s.charCodeAt(1)`, "2 255 0"},
	})
}

func TestBuffer(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"latin1 round trip", `let s = ''; for (let i = 0; i < 256; i++) s += String.fromCharCode(i); const b = Buffer.from(s, 'binary'); let ok = true; for (let i = 0; i < 256; i++) ok = ok && b[i] === i; return b.length + ' ' + ok + ' ' + (b.toString('latin1') === s) + ' ' + (b.toString('binary') === s) + ' ' + Buffer.byteLength(s) + ' ' + Buffer.byteLength(s, 'latin1')`, "256 true true true 384 256"},
		{"hex base64", `const b = Buffer.from('deadbeef', 'hex'); return b.toString('base64') + ' ' + Buffer.from('3q2-7w', 'base64url').toString('hex') + ' ' + b.toString('hex') + ' ' + b.toString('base64url') + ' ' + Buffer.from('3q2+7w==', 'base64').toString('hex')`, "3q2+7w== deadbeef deadbeef 3q2-7w deadbeef"},
		{"utf8 default", `const b = Buffer.from('hé'); return b.length + ' ' + b.toString() + ' ' + b.toString('utf-8') + ' ' + Buffer.byteLength('hé', 'utf8')`, "3 hé hé 3"},
		{"ascii utf16le", `return Buffer.from('hi', 'ascii').toString('hex') + ' ' + Buffer.from('hi', 'utf16le').toString('hex') + ' ' + Buffer.from('6800', 'hex').toString('ucs2')`, "6869 68006900 h"},
		{"is Uint8Array", `const b = Buffer.concat([Buffer.from('a'), Buffer.from([98])]); return (b instanceof Uint8Array) + ' ' + Buffer.isBuffer(b) + ' ' + Buffer.isBuffer(new Uint8Array(1)) + ' ' + b.toString() + ' ' + JSON.stringify(b.toJSON()) + ' ' + Buffer.isBuffer(b.subarray(1))`, `true true false ab {"type":"Buffer","data":[97,98]} true`},
		{"json stringify", `return JSON.stringify({b: Buffer.from('hi')})`, `{"b":{"type":"Buffer","data":[104,105]}}`},
		{"from array buffer shares", `const ab = new Uint8Array([1, 2, 3]).buffer; const b = Buffer.from(ab, 1); new Uint8Array(ab)[2] = 9; return b.length + ' ' + b[1]`, "2 9"},
		{"from array", `return Buffer.from([256 + 65, 66]).toString()`, "AB"},
		{"from buffer copies", `const a = Buffer.from('x'); const b = Buffer.from(a); b[0] = 121; return a.toString() + b.toString()`, "xy"},
		{"alloc fill", `return Buffer.alloc(3).join() + ' ' + Buffer.alloc(3, 'a').toString() + ' ' + Buffer.alloc(2, 7).join()`, "0,0,0 aaa 7,7"},
		{"concat total", `return Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString() + Buffer.concat([]).length`, "abcd0"},
		{"slice shares", `const b = Buffer.from('hello'); const s = b.slice(1, 3); s[0] = 69; return s.toString() + ' ' + b.toString() + ' ' + Buffer.isBuffer(s)`, "El hEllo true"},
		{"toString range", `return Buffer.from('hello').toString('utf8', 1, 4)`, "ell"},
		{"equals compare", `const a = Buffer.from('ab'), b = Buffer.from('ab'), c = Buffer.from('ac'); return a.equals(b) + ' ' + a.equals(c) + ' ' + Buffer.compare(a, c) + ' ' + c.compare(a)`, "true false -1 1"},
		{"write", `const b = Buffer.alloc(4); const n = b.write('hi', 1); return n + ' ' + b.join()`, "2 0,104,105,0"},
		{"int readers writers", `const b = Buffer.alloc(8); b.writeUInt16BE(0x0102, 0); b.writeInt32LE(-2, 2); const n = b.writeUInt8(255, 6); return [b.readUInt16BE(0), b.readUint16LE(0), b.readInt32LE(2), b.readUInt8(6), n, b.readInt8(6)].join()`, "258,513,-2,255,7,-1"},
		{"int reader range", `try { Buffer.alloc(2).readUInt32BE(0); return 'no' } catch (e) { return e.name }`, "RangeError"},
		{"indexOf includes", `const b = Buffer.from('hello world'); return [b.indexOf('o'), b.indexOf('world'), b.indexOf(111, 5), b.includes('xyz'), b.indexOf(Buffer.from('ld'))].join()`, "4,6,7,false,9"},
		{"bad encoding", `try { Buffer.from('x', 'klingon'); return 'no' } catch (e) { return e.name + ' ' + Buffer.isEncoding('hex') + Buffer.isEncoding('nope') }`, "TypeError truefalse"},
		{"Response of Buffer", `return await new Response(Buffer.from('buf')).text()`, "buf"},
	})
}

func TestStreams(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"read loop", `const s = new ReadableStream({start(c){c.enqueue('a'); c.enqueue('b'); c.close()}}); const r = s.getReader(); let out = ''; for (;;) { const {value, done} = await r.read(); if (done) break; out += value } return out + s.locked`, "abtrue"},
		{"releaseLock", `const s = new ReadableStream(); const r = s.getReader(); const a = s.locked; r.releaseLock(); return a + ' ' + s.locked`, "true false"},
		{"locked getReader throws", `const s = new ReadableStream(); s.getReader(); try { s.getReader(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"pull", `let i = 0; const s = new ReadableStream({pull(c){ i++; if (i > 3) c.close(); else c.enqueue(i) }}); const out = []; const r = s.getReader(); for (;;) { const x = await r.read(); if (x.done) break; out.push(x.value) } return out.join(',')`, "1,2,3"},
		{"async pull", `let i = 0; const s = new ReadableStream({async pull(c){ await null; i++; if (i > 2) c.close(); else c.enqueue(i) }}); const out = []; for await (const x of s) out.push(x); return out.join(',')`, "1,2"},
		{"error", `const s = new ReadableStream({start(c){ c.error(new Error('bad')) }}); try { await s.getReader().read(); return 'no' } catch (e) { return e.message }`, "bad"},
		{"start throws", `try { new ReadableStream({start(){ throw new Error('boom') }}); return 'no' } catch (e) { return e.message }`, "boom"},
		{"start rejects", `const s = new ReadableStream({start(){ return Promise.reject(new Error('later')) }}); try { await s.getReader().read(); return 'no' } catch (e) { return e.message }`, "later"},
		{"cancel calls source", `let why; const s = new ReadableStream({cancel(r){ why = r }}); await s.cancel('bye'); return why`, "bye"},
		{"reader cancel", `let why; const s = new ReadableStream({start(c){c.enqueue(1)}, cancel(r){ why = r }}); const rd = s.getReader(); await rd.cancel('x'); const r = await rd.read(); return why + ' ' + r.done`, "x true"},
		{"closed promise", `const s = new ReadableStream({start(c){c.close()}}); const r = s.getReader(); await r.closed; return 'closed'`, "closed"},
		{"for await breaks cancels", `let cancelled = false; const s = new ReadableStream({pull(c){ c.enqueue(1) }, cancel(){ cancelled = true }}); for await (const x of s) break; return cancelled`, "true"},
		{"async iterator symbol", `return (typeof Symbol.asyncIterator) + ' ' + (Symbol.asyncIterator === Symbol.for('Symbol.asyncIterator')) + ' ' + (typeof new ReadableStream()[Symbol.asyncIterator])`, "symbol true function"},
		{"from array", `const r = new Response(ReadableStream.from(['x', 'y'].map((s) => new TextEncoder().encode(s)))); return await r.text()`, "xy"},
		{"from async iterable", `const it = {[Symbol.asyncIterator]() { let i = 0; return {next: async () => (i < 2 ? {value: i++, done: false} : {done: true})} }}; const out = []; for await (const x of ReadableStream.from(it)) out.push(x); return out.join()`, "0,1"},
		{"tee", `const [a, b] = new ReadableStream({start(c){c.enqueue('p'); c.enqueue('q'); c.close()}}).tee(); const ra = []; for await (const x of a) ra.push(x); const rb = []; for await (const x of b) rb.push(x); return ra.join('') + rb.join('')`, "pqpq"},
		// As Node: a body's chunks must be Uint8Arrays (Fetch's "read all bytes").
		{"response of strings", `return await new Response(new ReadableStream({start(c){c.enqueue('s1'); c.enqueue(new TextEncoder().encode('b2')); c.close()}})).text().catch((e) => e.name + ': ' + e.message)`, "TypeError: Received non-Uint8Array chunk"},
		{"response body is stream", `const s = new ReadableStream(); return new Response(s).body === s`, "true"},
		{"transform stream", `const t = new TransformStream({transform(ch, c) { c.enqueue(ch.toUpperCase()) }}); const w = t.writable.getWriter(); w.write('a'); w.write('b'); w.close(); const out = []; for await (const x of t.readable) out.push(x); return out.join('')`, "AB"},
		{"pipeThrough", `const src = ReadableStream.from(['x', 'y']); const out = []; for await (const x of src.pipeThrough(new TransformStream({transform(ch, c) { c.enqueue(ch + ch) }}))) out.push(x); return out.join()`, "xx,yy"},
		{"writable stream", `const got = []; const w = new WritableStream({write(c) { got.push(c) }, close() { got.push('end') }}); const wr = w.getWriter(); await wr.write(1); await wr.write(2); await wr.close(); return got.join()`, "1,2,end"},
		{"pipeTo", `const got = []; await ReadableStream.from([1, 2]).pipeTo(new WritableStream({write(c) { got.push(c) }})); return got.join()`, "1,2"},
	})
}

func TestBlobFormData(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"blob", `const b = new Blob(['ab', new Uint8Array([99])], {type: 'Text/Plain'}); return b.size + b.type + await b.text() + await b.slice(1).text() + await b.slice(-1).text()`, "3text/plainabcbcc"},
		{"blob of blob", `const b = new Blob([new Blob(['x']), 'y']); return await b.text() + (await b.arrayBuffer()).byteLength + (await b.bytes()).length`, "xy22"},
		{"blob stream", `const out = []; for await (const c of new Blob(['hey']).stream()) out.push(new TextDecoder().decode(c)); return out.join()`, "hey"},
		{"file", `const f = new File(['data'], 'a.txt', {type: 'text/plain', lastModified: 5}); return [f.name, f.type, f.size, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f)].join()`, "a.txt,text/plain,4,5,true,[object File]"},
		{"formdata basics", `const f = new FormData(); f.append('a', '1'); f.append('a', '2'); f.set('b', 3); const s = [f.get('a'), f.getAll('a').join('+'), f.get('b'), f.has('c'), f.get('c')].join(); f.delete('a'); return s + ' ' + JSON.stringify([...f]) + JSON.stringify([...f.keys()])`, `1,1+2,3,false, [["b","3"]]["b"]`},
		{"formdata set replaces", `const f = new FormData(); f.append('a', '1'); f.append('b', '2'); f.append('a', '3'); f.set('a', '4'); return JSON.stringify([...f.entries()])`, `[["a","4"],["b","2"]]`},
		{"formdata file entries", `const f = new FormData(); f.append('f', new Blob(['x'], {type: 'text/x'})); f.append('g', new File(['y'], 'y.txt'), 'renamed.txt'); const a = f.get('f'), b = f.get('g'); return [a instanceof File, a.name, a.type, b.name, await b.text()].join()`, "true,blob,text/x,renamed.txt,y"},
		{"formdata iteration is live", `const f = new FormData(); f.append('a','1'); f.append('b','2'); const it = f.keys(); const first = it.next().value; f.delete('a'); f.append('c','3'); return first + [...it].join() + Object.prototype.toString.call(it) + (typeof it[Symbol.iterator]) + JSON.stringify(it.next())`, `ac[object FormData Iterator]function{"done":true}`},
		{"formdata forEach values", `const f = new FormData(); f.append('a', '1'); const out = []; f.forEach((v, k) => out.push(k + v)); return out.join() + [...f.values()].join()`, "a11"},
	})
}

func TestAbortAndEvents(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"abort", `const c = new AbortController(); let seen = ''; c.signal.addEventListener('abort', (e) => { seen = e.type + ':' + c.signal.reason.name }); c.abort(); return c.signal.aborted + ' ' + seen + ' ' + (c.signal.reason instanceof DOMException)`, "true abort:AbortError true"},
		{"abort reason", `const c = new AbortController(); c.abort('why'); c.abort('again'); return c.signal.reason`, "why"},
		{"onabort", `const c = new AbortController(); let n = 0; c.signal.onabort = () => n++; c.abort(); c.abort(); return n`, "1"},
		{"once listener and remove", `const c = new AbortController(); let n = 0; const f = () => n++; c.signal.addEventListener('abort', f); c.signal.removeEventListener('abort', f); c.signal.addEventListener('abort', () => n += 10, {once: true}); c.abort(); return n`, "10"},
		{"throwIfAborted", `const s = AbortSignal.abort(); try { s.throwIfAborted(); return 'no' } catch (e) { return e.name + ' ' + s.aborted }`, "AbortError true"},
		{"timeout", `const s = AbortSignal.timeout(10); const a = s.aborted; await new Promise((r) => s.addEventListener('abort', r)); return a + ' ' + s.aborted + ' ' + s.reason.name`, "false true TimeoutError"},
		{"any", `const a = new AbortController(), b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); b.abort('B'); return s.aborted + ' ' + s.reason`, "true B"},
		{"instanceof", `const s = new AbortController().signal; return (s instanceof AbortSignal) + ' ' + (s instanceof EventTarget)`, "true true"},
		{"event target", `const t = new EventTarget(); let got = ''; t.addEventListener('ping', (e) => { got = e.type + (e.target === t) }); const ok = t.dispatchEvent(new Event('ping')); return got + ok`, "pingtruetrue"},
		{"preventDefault", `const t = new EventTarget(); t.addEventListener('x', (e) => e.preventDefault()); return t.dispatchEvent(new Event('x', {cancelable: true})) + ' ' + t.dispatchEvent(new Event('x'))`, "false true"},
		{"handleEvent object", `const t = new EventTarget(); let n = 0; t.addEventListener('x', {handleEvent() { n++ }}); t.dispatchEvent(new Event('x')); return n`, "1"},
		{"DOMException", `const e = new DOMException('m', 'AbortError'); return [e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, String(e)].join()`, "AbortError,m,20,true,true,AbortError: m"},
	})
}

func TestMisc(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"structuredClone", `const d = new Date(0); const o = {d, m: new Map([[1, {x: 1}]]), s: new Set([1]), a: [1, 2], u: new Uint16Array([7]), b: new Uint8Array([1]).buffer}; o.self = o; const c = structuredClone(o); return [c !== o, c.self === c, c.d instanceof Date, c.d !== d, c.m.get(1).x, c.s.has(1), c.a.join('+'), c.u instanceof Uint16Array, c.u[0], c.b instanceof ArrayBuffer, c.b !== o.b].join()`, "true,true,true,true,1,true,1+2,true,7,true,true"},
		{"structuredClone dataview", `const v = new DataView(new Uint8Array([1, 2, 3]).buffer, 1, 2); const c = structuredClone(v); return (c instanceof DataView) + ' ' + c.byteLength + ' ' + c.getUint8(0)`, "true 2 2"},
		{"structuredClone function", `try { structuredClone({f(){}}); return 'no' } catch (e) { return e.name + ' ' + (e instanceof DOMException) }`, "DataCloneError true"},
		{"structuredClone primitives", `return structuredClone('s') + structuredClone(1) + structuredClone(null) + structuredClone(undefined)`, "s1nullundefined"},
		{"crypto", `const u = crypto.randomUUID(); const a = crypto.getRandomValues(new Uint8Array(16)); const b = crypto.getRandomValues(new Uint32Array(4)); return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u) + ' ' + a.length + ' ' + (u !== crypto.randomUUID()) + ' ' + (b instanceof Uint32Array) + ' ' + a.some((x) => x !== 0)`, "true 16 true true true"},
		{"getRandomValues float rejects", `try { crypto.getRandomValues(new Float64Array(1)); return 'no' } catch (e) { return e.name + ' ' + (e instanceof DOMException) + ' ' + e.code }`, "TypeMismatchError true 17"},
		{"subtle digest", `const h = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')); return Buffer.from(h).toString('hex')`, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"queueMicrotask order", `const out = []; queueMicrotask(() => out.push(2)); out.push(1); await null; await null; return out.join('')`, "12"},
		{"groupBy", `return JSON.stringify(Object.groupBy([1,2,3], (x) => x % 2 ? 'odd' : 'even'))`, `{"odd":[1,3],"even":[2]}`},
		{"Map.groupBy", `const m = Map.groupBy([1,2,3], (x) => x % 2); return m.get(1).join() + ' ' + m.get(0).join()`, "1,3 2"},
		{"withResolvers", `const {promise, resolve} = Promise.withResolvers(); resolve(5); return String(await promise)`, "5"},
		{"Array.fromAsync", `const a = await Array.fromAsync([Promise.resolve(1), 2]); const b = await Array.fromAsync(ReadableStream.from([3, 4]), (x) => x * 2); return a.join() + ' ' + b.join()`, "1,2 6,8"},
		{"isWellFormed", `return 'ab'.isWellFormed() + ' ' + 'a\uD800'.isWellFormed() + ' ' + 'a\uD800b'.toWellFormed().charCodeAt(1).toString(16) + ' ' + '😀'.isWellFormed()`, "true false fffd true"},
		{"performance", `const a = performance.now(); return (typeof a) + ' ' + (a >= 0) + ' ' + (performance.timeOrigin > 0)`, "number true true"},
		{"globals exist", `return ['Headers','Request','Response','fetch','URL','URLSearchParams','TextEncoder','TextDecoder','atob','btoa','structuredClone','queueMicrotask','crypto','Blob','File','FormData','AbortController','AbortSignal','Event','EventTarget','DOMException','ReadableStream','WritableStream','TransformStream','Buffer','console'].filter((k) => typeof globalThis[k] === 'undefined').join() || 'all'`, "all"},
		{"globals not enumerable", `return Object.keys(globalThis).filter((k) => ['Response', 'fetch', 'Buffer'].includes(k)).length`, "0"},
	})
}

// TestForAwaitLowered runs `for await` and an async generator as esbuild
// lowers them for goja (es2020 with async-generator and for-await marked
// unsupported, as package bundle builds endpoints).
func TestForAwaitLowered(t *testing.T) {
	res := api.Transform(`
		async function* gen() { yield 'g1'; yield 'g2'; }
		globalThis.result = (async () => {
			const s = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
			let out = '';
			for await (const chunk of s) out += chunk;
			for await (const chunk of ReadableStream.from(gen())) out += chunk;
			for await (const chunk of new Response('z').body) out += new TextDecoder().decode(chunk);
			const r = new Response(ReadableStream.from(gen()).pipeThrough(new TextEncoderStream()));
			return out + await r.text();
		})();`, api.TransformOptions{Target: api.ES2020, Supported: map[string]bool{"async-generator": false, "for-await": false}})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	e := newEnv(t, webapi.Options{})
	got, err := e.eval(string(res.Code) + "; return await globalThis.result")
	if err != nil || got != "xyg1g2zg1g2" {
		t.Fatalf("for await = %q, %v; want xyg1g2zg1g2", got, err)
	}
}

func TestBodyBytes(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	for _, tc := range []struct {
		js, enc string
		want    []byte
		bad     bool
	}{
		{`'héllo'`, "", []byte("héllo"), false},
		{`'héllo'`, "utf8", []byte("héllo"), false},
		{`'héllo'`, "utf-8", []byte("héllo"), false},
		{`'\xff\x00A'`, "binary", []byte{0xff, 0, 'A'}, false},
		{`'\xe9'`, "latin1", []byte{0xe9}, false},
		{`'aGk='`, "base64", []byte("hi"), false},
		{`'aGk'`, "base64", []byte("hi"), false},
		{`'-_8'`, "base64url", []byte{0xfb, 0xff}, false},
		{`'6869'`, "hex", []byte("hi"), false},
		{`'hi'`, "ascii", []byte("hi"), false},
		{`'A'`, "utf16le", []byte{'A', 0}, false},
		{`'A'`, "ucs2", []byte{'A', 0}, false},
		{`'A'`, "utf-16le", []byte{'A', 0}, false},
		{`'\u{1F680}'`, "utf16le", []byte{0x3d, 0xd8, 0x80, 0xde}, false},
		{`new Uint8Array([1, 2])`, "base64", []byte{1, 2}, false},
		{`new Uint16Array([0x0201]).buffer`, "", []byte{1, 2}, false},
		{`new Uint16Array([0x0201])`, "hex", []byte{1, 2}, false},
		{`new Uint8Array([9, 8, 7]).subarray(1)`, "", []byte{8, 7}, false},
		{`new DataView(new Uint8Array([9, 8, 7]).buffer, 2)`, "", []byte{7}, false},
		{`Buffer.from('ok')`, "binary", []byte("ok"), false},
		{`'x'`, "klingon", nil, true},
	} {
		var got []byte
		err := e.exec(func(vm *goja.Runtime) error {
			v, err := vm.RunString(tc.js)
			if err != nil {
				return err
			}
			got, err = webapi.BodyBytes(vm, v, tc.enc)
			return err
		})
		if tc.bad {
			if err == nil {
				t.Errorf("BodyBytes(%s, %q) = %v; want an error", tc.js, tc.enc, got)
			}
			continue
		}
		if err != nil || string(got) != string(tc.want) {
			t.Errorf("BodyBytes(%s, %q) = %v, %v; want %v", tc.js, tc.enc, got, err, tc.want)
		}
	}
}

func TestNewRequestAndReadResponse(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	err := e.exec(func(vm *goja.Runtime) error {
		req, err := webapi.NewRequest(vm, webapi.RequestInit{
			Method: "POST", URL: "http://h.example/p?q=1",
			Header: http.Header{"Content-Type": {"text/plain"}, "X-Multi": {"a", "b"}},
			Body:   []byte("payload"),
		})
		if err != nil {
			return err
		}
		vm.Set("req", req)
		v, err := vm.RunString(`(req instanceof Request) + ' ' + req.method + ' ' + req.url + ' ' + req.headers.get('x-multi') + ' ' + req.headers.get('Content-Type') + ' ' + req.signal.aborted`)
		if err != nil {
			return err
		}
		if got := v.String(); got != "true POST http://h.example/p?q=1 a, b text/plain false" {
			t.Errorf("request = %q", got)
		}
		resp, err := vm.RunString(`const h = new Headers({'X-One': '1'}); h.append('Set-Cookie', 'a=1'); h.append('Set-Cookie', 'b=2'); new Response('body', {status: 201, statusText: 'Made', headers: h})`)
		if err != nil {
			return err
		}
		if !webapi.IsResponse(vm, resp) || webapi.IsResponse(vm, vm.ToValue(map[string]any{})) || webapi.IsResponse(vm, goja.Undefined()) {
			t.Error("IsResponse is wrong")
		}
		d, err := webapi.ReadResponse(vm, resp)
		if err != nil {
			return err
		}
		want := "201 Made [[x-one 1] [set-cookie a=1] [set-cookie b=2] [content-type text/plain;charset=UTF-8]] body"
		if got := fmt.Sprintf("%d %s %v %s", d.Status, d.StatusText, d.Header, d.Body); got != want {
			t.Errorf("ReadResponse =\n%s\nwant\n%s", got, want)
		}
		for js, want := range map[string]string{
			`new Response(null, {status: 204})`:                      "204 null=true body=[] stream=false",
			`new Response()`:                                         "200 null=true body=[] stream=false",
			`new Response(new ReadableStream())`:                     "200 null=false body=[] stream=true",
			`new Response(new Uint8Array([1, 2]).subarray(1))`:       "200 null=false body=[2] stream=false",
			`new Response(new Uint8Array([3]).buffer)`:               "200 null=false body=[3] stream=false",
			`new Response(new Blob(['b']))`:                          "200 null=false body=[98] stream=false",
			`new Response(new URLSearchParams('a=1'))`:               "200 null=false body=[97 61 49] stream=false",
			`new Response('é')`:                                      "200 null=false body=[195 169] stream=false",
			`new Response('')`:                                       "200 null=false body=[] stream=false",
			`class R extends Response {}; new R('x', {status: 500})`: "500 null=false body=[120] stream=false",
		} {
			v, err := vm.RunString(js)
			if err != nil {
				return err
			}
			if !webapi.IsResponse(vm, v) {
				t.Errorf("IsResponse(%s) = false", js)
			}
			d, err := webapi.ReadResponse(vm, v)
			if err != nil {
				return fmt.Errorf("%s: %w", js, err)
			}
			if got := fmt.Sprintf("%d null=%v body=%v stream=%v", d.Status, d.Null, d.Body, d.Stream != nil); got != want {
				t.Errorf("ReadResponse(%s) = %s, want %s", js, got, want)
			}
		}
		// The Response's own body is not consumed by ReadResponse.
		v, _ = vm.RunString(`new Response('again')`)
		if _, err := webapi.ReadResponse(vm, v); err != nil {
			return err
		}
		vm.Set("r", v)
		if used, _ := vm.RunString(`r.bodyUsed`); used.ToBoolean() {
			t.Error("ReadResponse marked the body used")
		}
		if _, err := webapi.ReadResponse(vm, vm.ToValue(map[string]any{"status": 200})); err == nil {
			t.Error("ReadResponse of a plain object: want an error")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestNewRequestBodyAndSignal(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	var abort func()
	err := e.exec(func(vm *goja.Runtime) error {
		ctrl, ab, err := webapi.NewAbortController(vm)
		if err != nil {
			return err
		}
		abort = ab
		req, err := webapi.NewRequest(vm, webapi.RequestInit{
			Method: "PUT", URL: "https://h.example/x", Body: []byte(`{"n":1}`),
			Header: http.Header{"Content-Type": {"application/json"}},
			Signal: ctrl.Get("signal"),
		})
		if err != nil {
			return err
		}
		vm.Set("req", req)
		vm.Set("ctrl", ctrl)
		_, err = vm.RunString(`globalThis.seen = ''; req.signal.addEventListener('abort', () => { seen = req.signal.reason.name }); (ctrl instanceof AbortController)`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.eval(`return (await req.json()).n + ' ' + req.bodyUsed + ' ' + req.signal.aborted`)
	if err != nil || got != "1 true false" {
		t.Fatalf("body = %q, %v", got, err)
	}
	if err := e.exec(func(*goja.Runtime) error { abort(); abort(); return nil }); err != nil {
		t.Fatal(err)
	}
	got, err = e.eval(`return req.signal.aborted + ' ' + seen`)
	if err != nil || got != "true AbortError" {
		t.Fatalf("after abort = %q, %v", got, err)
	}
	// A GET never has a body, even if the Go side passed one.
	got, err = e.evalWith(func(vm *goja.Runtime) (goja.Value, error) {
		return webapi.NewRequest(vm, webapi.RequestInit{Method: "GET", URL: "http://h/", Body: []byte("x")})
	}, `return String(v.body) + ' ' + v.signal.aborted`)
	if err != nil || got != "null false" {
		t.Fatalf("GET body = %q, %v", got, err)
	}
}

func TestConsole(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	e := newEnv(t, webapi.Options{Console: func(level, msg string) {
		mu.Lock()
		lines = append(lines, level+": "+msg)
		mu.Unlock()
	}})
	if _, err := e.eval(`console.log('a', 1, {b: [2]}, null, undefined); console.error('%s=%d', 'x', 5); console.warn('%s', new URL('http://h/')); console.info('%o', 'q'); console.debug('%j %%', {a: 1}); console.log(new Map([[1, 'x']]), [1, 'two']); console.log('%i items', 3.7, 'extra'); console.log({'a-b': "it's", n: {m: {o: {p: 1}}}}, 'top')`); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	want := strings.Join([]string{
		`log: a 1 { b: [ 2 ] } null undefined`,
		`error: x=5`,
		`warn: http://h/`,
		`info: 'q'`,
		`debug: {"a":1} %`,
		`log: Map(1) { 1 => 'x' } [ 1, 'two' ]`,
		`log: 3 items extra`,
		`log: { 'a-b': "it's", n: { m: { o: [Object] } } } top`,
	}, "|")
	if got := strings.Join(lines, "|"); got != want {
		t.Errorf("console =\n%s\nwant\n%s", got, want)
	}
}

func TestIntl(t *testing.T) {
	d := `const d = new Date(Date.UTC(2024, 0, 2, 15, 4, 5));`
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"number grouping", `return (1234567.891).toLocaleString('en-US')`, "1,234,567.891"},
		{"number fraction", `return new Intl.NumberFormat('en-US', {minimumFractionDigits: 2}).format(3.5)`, "3.50"},
		{"currency", `return new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD'}).format(-1234.5)`, "-$1,234.50"},
		{"percent", `return new Intl.NumberFormat('en-US', {style: 'percent'}).format(0.256)`, "26%"},
		{"date default", d + `return d.toLocaleDateString('en-US', {timeZone: 'UTC'})`, "1/2/2024"},
		{"date long", d + `return d.toLocaleDateString('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})`, "January 2, 2024"},
		{"date full", d + `return new Intl.DateTimeFormat('en-US', {dateStyle: 'full', timeZone: 'UTC'}).format(d)`, "Tuesday, January 2, 2024"},
		{"date medium", d + `return new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeZone: 'UTC'}).format(d)`, "Jan 2, 2024"},
		{"month year", d + `return d.toLocaleDateString('en-US', {month: 'long', year: 'numeric', timeZone: 'UTC'})`, "January 2024"},
		{"two digit", d + `return d.toLocaleDateString('en-US', {year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC'})`, "01/02/2024"},
		{"time", d + `return d.toLocaleTimeString('en-US', {timeZone: 'UTC'})`, "3:04:05 PM"},
		{"time 24h", d + `return d.toLocaleTimeString('en-US', {hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC'})`, "15:04"},
		{"zone", d + `return d.toLocaleString('en-US', {timeZone: 'America/New_York'})`, "1/2/2024, 10:04:05 AM"},
		{"bad zone", `try { new Intl.DateTimeFormat('en-US', {timeZone: 'Mars/Base'}); return 'no' } catch (e) { return e.name }`, "RangeError"},
		{"plural", `const p = new Intl.PluralRules('en-US'); const o = new Intl.PluralRules('en-US', {type: 'ordinal'}); return [p.select(1), p.select(2), o.select(1), o.select(2), o.select(3), o.select(11)].join()`, "one,other,one,two,few,other"},
		{"relative", `const r = new Intl.RelativeTimeFormat('en', {numeric: 'auto'}); return r.format(-1, 'day') + '|' + r.format(3, 'hours')`, "yesterday|in 3 hours"},
		{"list", `return new Intl.ListFormat('en', {type: 'conjunction'}).format(['a', 'b', 'c'])`, "a, b, and c"},
		{"collator numeric", `return ['a10', 'a2', 'a1'].sort(new Intl.Collator('en', {numeric: true}).compare).join()`, "a1,a2,a10"},
		{"regexp unicode property", `return [new RegExp('^\\p{L}+$', 'u').test('héllo'), new RegExp('\\p{Lu}', 'u').test('a'), new RegExp('[\\p{Script=Greek}\\d]+', 'u').exec('xαβ1y')[0], /plain/g.test('plain'), new RegExp('x') instanceof RegExp, RegExp('\\P{L}', 'u').test('1')].join()`, "true,false,αβ1,true,true,true"},
		{"regexp bad property", `try { new RegExp('\\p{Nope}', 'u'); return 'no' } catch (e) { return e.name }`, "SyntaxError"},
	})
}

func BenchmarkResponseRoundTrip(b *testing.B) {
	e := newEnv(b, webapi.Options{})
	err := e.exec(func(vm *goja.Runtime) error {
		fn, err := vm.RunString(`(function () { return new Response(JSON.stringify({id: 42, name: 'helmet'}), {headers: {'Content-Type': 'application/json'}}) })`)
		if err != nil {
			return err
		}
		call, _ := goja.AssertFunction(fn)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			v, err := call(goja.Undefined())
			if err != nil {
				return err
			}
			if _, err := webapi.ReadResponse(vm, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

func BenchmarkNewRequest(b *testing.B) {
	e := newEnv(b, webapi.Options{})
	in := webapi.RequestInit{Method: "GET", URL: "http://localhost:4321/api/products/42.json?x=1", Header: http.Header{
		"Accept": {"*/*"}, "User-Agent": {"bench"}, "Accept-Encoding": {"gzip"},
	}}
	err := e.exec(func(vm *goja.Runtime) error {
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := webapi.NewRequest(vm, in); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// TestReadResponseTouchedBody: code that only looks at response.body (a
// common `if (res.body)`) must not turn a bytes body into a stream.
func TestReadResponseTouchedBody(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	err := e.exec(func(vm *goja.Runtime) error {
		for js, stream := range map[string]bool{
			`const r1 = new Response('whole'); r1.body && r1`:                       false,
			`const r2 = new Response('read'); r2.body.getReader().read(); r2`:       true,
			`const r3 = new Response(new Uint8Array([1])); r3.body.getReader(); r3`: true,
		} {
			v, err := vm.RunString(js)
			if err != nil {
				return err
			}
			d, err := webapi.ReadResponse(vm, v)
			if err != nil {
				return err
			}
			if (d.Stream != nil) != stream || (!stream && string(d.Body) != "whole") {
				t.Errorf("%s: stream=%v body=%q", js, d.Stream != nil, d.Body)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func BenchmarkNewAbortController(b *testing.B) {
	e := newEnv(b, webapi.Options{})
	err := e.exec(func(vm *goja.Runtime) error {
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, _, err := webapi.NewAbortController(vm); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// TestWebCryptoHMAC checks HMAC keys against RFC 4231's test vectors
// (cases 1, 2 and 6) and the WebCrypto errors endpoints meet.
func TestWebCryptoHMAC(t *testing.T) {
	prefix := `const enc = (s) => new TextEncoder().encode(s);
const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (h) => new Uint8Array(h.match(/../g).map((x) => parseInt(x, 16)));
const mac = async (hash, key, data) => hex(await crypto.subtle.sign('HMAC', await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash }, false, ['sign']), data));
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"rfc4231 case 1 sha-256", `return mac('SHA-256', unhex('0b'.repeat(20)), enc('Hi There'))`, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
		{"rfc4231 case 2 sha-512", `return mac('SHA-512', enc('Jefe'), enc('what do ya want for nothing?'))`, "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"},
		{"rfc4231 case 6 long key sha-384", `return mac({ name: 'SHA-384' }, unhex('aa'.repeat(131)), enc('Test Using Larger Than Block-Size Key - Hash Key First'))`, "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952"},
		{"sha-1", `return mac('SHA-1', enc('key'), enc('The quick brown fox jumps over the lazy dog'))`, "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9"},
		{"verify", `const k = await crypto.subtle.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']); const s = await crypto.subtle.sign('HMAC', k, enc('m')); return [await crypto.subtle.verify('HMAC', k, s, enc('m')), await crypto.subtle.verify('HMAC', k, s, enc('n')), await crypto.subtle.verify('HMAC', k, s.slice(1), enc('m'))].join()`, "true,false,false"},
		{"key shape", `const k = await crypto.subtle.importKey('raw', enc('abc'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return [k instanceof CryptoKey, k.type, k.extractable, JSON.stringify(k.algorithm), k.usages.join(), Object.prototype.toString.call(k)].join('|')`, `true|secret|true|{"name":"HMAC","hash":{"name":"SHA-256"},"length":24}|sign|[object CryptoKey]`},
		{"export raw and jwk", `const k = await crypto.subtle.importKey('raw', enc('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return hex(await crypto.subtle.exportKey('raw', k)) + ' ' + JSON.stringify(await crypto.subtle.exportKey('jwk', k))`, `6b6579 {"key_ops":["sign"],"ext":true,"kty":"oct","k":"a2V5","alg":"HS256"}`},
		{"usage not allowed", `const k = await crypto.subtle.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']); try { await crypto.subtle.sign('HMAC', k, enc('m')); } catch (e) { return e.name; }`, "InvalidAccessError"},
		{"not extractable", `const k = await crypto.subtle.importKey('raw', enc('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']); try { await crypto.subtle.exportKey('raw', k); } catch (e) { return e.name; }`, "InvalidAccessError"},
		{"unsupported algorithm", `try { await crypto.subtle.importKey('raw', enc('k'), { name: 'ML-DSA-65' }, false, ['sign']); } catch (e) { return e.name; }`, "NotSupportedError"},
		{"encrypt with a non-key", `try { await crypto.subtle.encrypt({ name: 'AES-GCM' }, null, enc('x')); } catch (e) { return e.name; }`, "TypeError"},
		{"generateKey", `const k = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']); return new Uint8Array(await crypto.subtle.exportKey('raw', k)).length`, "128"},
	})
}

// TestEncodingStreams: TextEncoderStream and TextDecoderStream (WHATWG
// Encoding), including a character split across chunks.
func TestEncodingStreams(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"decode split utf-8", `const b = new TextEncoder().encode('héllo €'); const rs = new ReadableStream({ start(c) { c.enqueue(b.slice(0, 2)); c.enqueue(b.slice(2, 9)); c.enqueue(b.slice(9)); c.close(); } }).pipeThrough(new TextDecoderStream()); let s = ''; for await (const x of rs) s += x + '|'; return s`, "h|éllo |€|"},
		{"encode surrogate pair split", `const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write('a\ud83d'); w.write('\ude00b'); w.close(); const out = []; for await (const c of ts.readable) out.push(c.length); return out.join()`, "1,5"},
		{"encodings", `return [new TextEncoderStream().encoding, new TextDecoderStream('utf-16le').encoding, new TextDecoderStream('latin1').encoding].join()`, "utf-8,utf-16le,windows-1252"},
		{"utf-16le stream", `const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 0, 105])); c.enqueue(new Uint8Array([0])); c.close(); } }).pipeThrough(new TextDecoderStream('utf-16le')); let s = ''; for await (const x of rs) s += x; return s`, "hi"},
	})
}

// TestSpecEdges: edge cases from the HTML, DOM, File API, Encoding and
// structured-clone specs that endpoint code can run into.
func TestSpecEdges(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"atob padding", `const r = []; for (const s of ['aGVsbG8=', 'aGVsbG8', 'aGVsbG8===', 'aGVs=bG8']) { try { r.push(atob(s)); } catch (e) { r.push(e.name); } } return r.join()`, "hello,hello,InvalidCharacterError,InvalidCharacterError"},
		{"DOMException constants", `return [DOMException.NOT_FOUND_ERR, new DOMException('m', 'DataCloneError').DATA_CLONE_ERR, new DOMException('m', 'AbortError').code, Object.prototype.toString.call(new DOMException('m'))].join()`, "8,25,20,[object DOMException]"},
		{"CustomEvent", `const e = new CustomEvent('x', { detail: { a: 1 } }); return [e.type, e.detail.a, e instanceof Event, new CustomEvent('y').detail].join()`, "x,1,true,"},
		{"onabort in listener order", `const c = new AbortController(); const l = []; c.signal.addEventListener('abort', () => l.push('listener')); c.signal.onabort = () => l.push('onabort'); c.signal.addEventListener('abort', () => l.push('later')); c.abort(); return l.join()`, "listener,onabort,later"},
		{"onabort replaced keeps its place", `const c = new AbortController(); const l = []; c.signal.onabort = () => l.push('first'); c.signal.addEventListener('abort', () => l.push('listener')); c.signal.onabort = () => l.push('second'); c.abort(); return l.join() + ' ' + typeof c.signal.onabort`, "second,listener function"},
		{"structuredClone holes and errors", `const a = structuredClone([1, , 3]); const r = [a.length, 1 in a]; for (const f of [() => structuredClone(new WeakMap()), () => structuredClone()]) { try { f(); r.push('ok'); } catch (e) { r.push(e.name); } } return r.join()`, "3,false,DataCloneError,TypeError"},
		{"utf-8 maximal subparts", `return [...new TextDecoder().decode(new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x41, 0xe2, 0x82, 0x42, 0xf0, 0x9f, 0x98]))].map((c) => c.codePointAt(0).toString(16)).join()`, "fffd,fffd,fffd,fffd,fffd,41,fffd,42,fffd"},
		{"Blob type", `return JSON.stringify([new Blob([], { type: 'Text/HTML' }).type, new Blob([], { type: 'a\u00ff' }).type, new Blob([], { type: 'a\nb' }).type])`, `["text/html","",""]`},
	})
}
