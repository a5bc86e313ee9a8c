package webapi_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
)

func newRuntime(t testing.TB) *jsrt.Runtime {
	t.Helper()
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rt.Close)
	return rt
}

// eval runs `async () => { body }` and returns its result as a string.
func eval(t testing.TB, rt *jsrt.Runtime, body string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		return vm.RunString("(async () => {" + body + "})()")
	}, func(vm *goja.Runtime, v goja.Value) (string, error) {
		if v == nil || goja.IsUndefined(v) {
			return "undefined", nil
		}
		return v.String(), nil
	})
}

func TestGlobals(t *testing.T) {
	rt := newRuntime(t)
	for _, tc := range []struct{ name, js, want string }{
		// Headers
		{"headers case-insensitive", `const h = new Headers({'Content-Type': 'a'}); h.append('x-A', '1'); h.append('X-a', '2'); return h.get('content-type') + '|' + h.get('X-A')`, "a|1, 2"},
		{"headers set-cookie kept apart", `const h = new Headers(); h.append('Set-Cookie', 'a=1'); h.append('set-cookie', 'b=2'); return JSON.stringify([h.getSetCookie(), [...h]])`, `[["a=1","b=2"],[["set-cookie","a=1"],["set-cookie","b=2"]]]`},
		{"headers sorted iteration", `return JSON.stringify([...new Headers([['b','2'],['A','1']])])`, `[["a","1"],["b","2"]]`},
		{"headers invalid name", `try { new Headers({'bad name': 'x'}); return 'no' } catch (e) { return e.name }`, "TypeError"},
		// Response
		{"string body type", `return new Response('x').headers.get('content-type')`, "text/plain;charset=UTF-8"},
		{"params body type", `const r = new Response(new URLSearchParams({a:'1 2'})); return r.headers.get('content-type') + '|' + await r.text()`, "application/x-www-form-urlencoded;charset=UTF-8|a=1+2"},
		{"bytes body has no type", `return String(new Response(new Uint8Array([1])).headers.get('content-type'))`, "null"},
		{"status range", `try { new Response('', {status: 600}); return 'no' } catch (e) { return e.name }`, "RangeError"},
		{"Response.json", `const r = Response.json({a:1}, {status: 201}); return r.status + ' ' + r.headers.get('content-type') + ' ' + await r.text()`, `201 application/json {"a":1}`},
		{"Response.redirect", `const r = Response.redirect('https://a.example/x', 307); return r.status + ' ' + r.headers.get('location')`, "307 https://a.example/x"},
		{"redirect relative throws", `try { Response.redirect('/relative', 302); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"redirect bad status throws", `try { Response.redirect('https://a.example/', 200); return 'no' } catch (e) { return e.name }`, "RangeError"},
		{"json SyntaxError", `try { await new Response('{bad').json(); return 'no' } catch (e) { return e.name }`, "SyntaxError"},
		{"body used twice", `const r = new Response('x'); await r.text(); try { await r.text(); return 'no' } catch (e) { return e.name + ' ' + r.bodyUsed }`, "TypeError true"},
		{"formData on json rejects", `const r = new Request('http://x/', {method: 'POST', body: '{}', headers: {'content-type': 'application/json'}}); try { await r.formData(); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"formData urlencoded", `const r = new Request('http://x/', {method: 'POST', body: 'a=1&b=x+y&a=2', headers: {'content-type': 'application/x-www-form-urlencoded'}}); const f = await r.formData(); return JSON.stringify([...f])`, `[["a","1"],["b","x y"],["a","2"]]`},
		{"formData multipart round trip", `const fd = new FormData(); fd.append('name', 'Houston'); fd.append('up', new Blob(['hello'], {type: 'text/plain'}), 'h.txt'); const r = new Request('http://x/', {method: 'POST', body: fd}); const g = await r.formData(); const f = g.get('up'); return g.get('name') + '|' + f.name + '|' + f.type + '|' + await f.text() + '|' + (f instanceof File)`, "Houston|h.txt|text/plain|hello|true"},
		{"clone", `const r = new Response('abc'); const c = r.clone(); return await r.text() + await c.text()`, "abcabc"},
		{"stream body clone", `const r = new Response(new ReadableStream({start(c){c.enqueue(new TextEncoder().encode('s')); c.close()}})); const c = r.clone(); return await r.text() + await c.text()`, "ss"},
		{"request method upper", `return new Request('http://x/', {method: 'post'}).method`, "POST"},
		{"request GET with body", `try { new Request('http://x/', {body: 'x'}); return 'no' } catch (e) { return e.name }`, "TypeError"},
		// URL
		{"url origin with port", `return new URL('http://h.com:8080/p?q=1#f').origin`, "http://h.com:8080"},
		{"url default port dropped", `const u = new URL('https://h.com:443/'); return u.host + '|' + u.port + '|' + u.href`, "h.com||https://h.com/"},
		{"url parts", `const u = new URL('https://user:pw@Ex.com/a/b?x=1#h'); return [u.protocol,u.username,u.password,u.hostname,u.pathname,u.search,u.hash].join(' ')`, "https: user pw ex.com /a/b ?x=1 #h"},
		{"url relative", `return new URL('../c?d', 'http://h/a/b/').href`, "http://h/a/c?d"},
		{"url ipv6", `const u = new URL('http://[::1]:3000/'); return u.hostname + ' ' + u.host`, "[::1] [::1]:3000"},
		{"url searchParams live", `const u = new URL('http://h/p?a=1'); u.searchParams.append('b', '2 3'); u.searchParams.delete('a'); return u.href`, "http://h/p?b=2+3"},
		{"url search setter", `const u = new URL('http://h/p'); u.search = 'x=1'; return u.searchParams.get('x') + u.href`, "1http://h/p?x=1"},
		{"url invalid", `try { new URL('/relative'); return 'no' } catch (e) { return e.name + URL.canParse('/r') + URL.canParse('/r', 'http://h') }`, "TypeErrorfalsetrue"},
		{"regexp unicode property", `return [new RegExp('^\\p{L}+$', 'u').test('héllo'), new RegExp('\\p{Lu}', 'u').test('a'), new RegExp('[\\p{Script=Greek}\\d]+', 'u').exec('xαβ1y')[0], /plain/g.test('plain'), new RegExp('x') instanceof RegExp, RegExp('\\P{L}', 'u').test('1')].join()`, "true,false,αβ1,true,true,true"},
		{"regexp bad property", `try { new RegExp('\\p{Nope}', 'u'); return 'no' } catch (e) { return e.name }`, "SyntaxError"},
		{"url special scheme slashes", `return new URL('https:/example.com/a').href + ' ' + new URL('/x', 'https:example.com').href`, "https://example.com/a https://example.com/x"},
		{"url space encoded", `return new URL('http://h/with space').pathname`, "/with%20space"},
		{"searchparams", `const p = new URLSearchParams('a=1&b=2&b=3&c=%20x%2By'); return JSON.stringify([p.get('a'), p.getAll('b'), p.get('c'), p.size, p.toString()])`, `["1",["2","3"]," x+y",4,"a=1&b=2&b=3&c=+x%2By"]`},
		// Encoding
		{"text round trip", `const b = new TextEncoder().encode('grüße 日本 🚀'); return b.length + ' ' + new TextDecoder().decode(b)`, "19 grüße 日本 🚀"},
		{"decoder fatal", `try { new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xff])); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"atob btoa", `return btoa('hello') + ' ' + atob('aGVsbG8=')`, "aGVsbG8= hello"},
		{"btoa rejects wide", `try { btoa('日'); return 'no' } catch (e) { return e.name }`, "InvalidCharacterError"},
		{"buffer latin1 round trip", `let s = ''; for (let i = 0; i < 256; i++) s += String.fromCharCode(i); const b = Buffer.from(s, 'binary'); return b.length + ' ' + (b.toString('latin1') === s) + ' ' + Buffer.byteLength(s)`, "256 true 384"},
		{"buffer hex base64", `const b = Buffer.from('deadbeef', 'hex'); return b.toString('base64') + ' ' + Buffer.from('3q2-7w', 'base64url').toString('hex') + ' ' + b.toString('hex')`, "3q2+7w== deadbeef deadbeef"},
		{"buffer is Uint8Array", `const b = Buffer.concat([Buffer.from('a'), Buffer.from([98])]); return (b instanceof Uint8Array) + ' ' + Buffer.isBuffer(b) + ' ' + b.toString() + ' ' + JSON.stringify(b.toJSON()) + ' ' + Buffer.isBuffer(b.subarray(1))`, `true true ab {"type":"Buffer","data":[97,98]} true`},
		// Streams
		{"stream read loop", `const s = new ReadableStream({start(c){c.enqueue('a'); c.enqueue('b'); c.close()}}); const r = s.getReader(); let out = ''; for (;;) { const {value, done} = await r.read(); if (done) break; out += value } return out + s.locked`, "abtrue"},
		{"stream pull", `let i = 0; const s = new ReadableStream({pull(c){ i++; if (i > 3) c.close(); else c.enqueue(i) }}); const out = []; const r = s.getReader(); for (;;) { const x = await r.read(); if (x.done) break; out.push(x.value) } return out.join(',')`, "1,2,3"},
		{"stream error", `const s = new ReadableStream({start(c){ c.error(new Error('bad')) }}); try { await s.getReader().read(); return 'no' } catch (e) { return e.message }`, "bad"},
		{"stream from", `const r = new Response(ReadableStream.from(['x', 'y'].map((s) => new TextEncoder().encode(s)))); return await r.text()`, "xy"},
		// Misc
		{"structuredClone", `const d = new Date(0); const o = {d, m: new Map([[1, {x: 1}]]), a: [1, 2]}; o.self = o; const c = structuredClone(o); return (c !== o) + ' ' + (c.self === c) + ' ' + (c.d instanceof Date) + ' ' + c.m.get(1).x`, "true true true 1"},
		{"structuredClone function", `try { structuredClone({f(){}}); return 'no' } catch (e) { return e.name }`, "DataCloneError"},
		{"crypto", `const u = crypto.randomUUID(); const a = crypto.getRandomValues(new Uint8Array(16)); return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u) + ' ' + a.length`, "true 16"},
		{"abort controller", `const c = new AbortController(); let seen = ''; c.signal.addEventListener('abort', () => { seen = c.signal.reason.name }); c.abort(); return c.signal.aborted + ' ' + seen`, "true AbortError"},
		{"queueMicrotask order", `const out = []; queueMicrotask(() => out.push(2)); out.push(1); await null; await null; return out.join('')`, "12"},
		{"groupBy", `return JSON.stringify(Object.groupBy([1,2,3], (x) => x % 2 ? 'odd' : 'even'))`, `{"odd":[1,3],"even":[2]}`},
		{"withResolvers", `const {promise, resolve} = Promise.withResolvers(); resolve(5); return String(await promise)`, "5"},
		{"blob", `const b = new Blob(['ab', new Uint8Array([99])], {type: 'Text/Plain'}); return b.size + b.type + await b.text() + await b.slice(1).text()`, "3text/plainabcbc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := eval(t, rt, tc.js)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestForAwaitLowered runs `for await` as esbuild lowers it for goja.
func TestForAwaitLowered(t *testing.T) {
	res := api.Transform(`
		globalThis.result = (async () => {
			const s = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
			let out = '';
			for await (const chunk of s) out += chunk;
			return out;
		})();`, api.TransformOptions{Target: api.ES2020, Supported: map[string]bool{"async-generator": false, "for-await": false}})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	rt := newRuntime(t)
	got, err := eval(t, rt, string(res.Code)+"; return await globalThis.result")
	if err != nil || got != "xy" {
		t.Fatalf("for await = %q, %v; want xy", got, err)
	}
}

func TestBodyBytes(t *testing.T) {
	rt := newRuntime(t)
	for _, tc := range []struct {
		js, enc string
		want    []byte
		bad     bool
	}{
		{`'héllo'`, "", []byte("héllo"), false},
		{`'héllo'`, "utf-8", []byte("héllo"), false},
		{`'\xff\x00A'`, "binary", []byte{0xff, 0, 'A'}, false},
		{`'\xe9'`, "latin1", []byte{0xe9}, false},
		{`'aGk='`, "base64", []byte("hi"), false},
		{`'aGk'`, "base64url", []byte("hi"), false},
		{`'6869'`, "hex", []byte("hi"), false},
		{`'hi'`, "ascii", []byte("hi"), false},
		{`'A'`, "utf16le", []byte{'A', 0}, false},
		{`new Uint8Array([1, 2])`, "base64", []byte{1, 2}, false},
		{`new Uint16Array([0x0201]).buffer`, "", []byte{1, 2}, false},
		{`new Uint8Array([9, 8, 7]).subarray(1)`, "", []byte{8, 7}, false},
		{`Buffer.from('ok')`, "binary", []byte("ok"), false},
		{`'x'`, "klingon", nil, true},
	} {
		var got []byte
		err := rt.Exec(func(vm *goja.Runtime) error {
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

func TestRequestAndReadResponse(t *testing.T) {
	rt := newRuntime(t)
	err := rt.Exec(func(vm *goja.Runtime) error {
		req, err := webapi.NewRequest(vm, webapi.RequestInit{
			Method: "POST", URL: "http://h.example/p?q=1",
			Header: http.Header{"Content-Type": {"text/plain"}, "X-Multi": {"a", "b"}},
			Body:   []byte("payload"),
		})
		if err != nil {
			return err
		}
		vm.Set("req", req)
		v, err := vm.RunString(`(req instanceof Request) + ' ' + req.method + ' ' + req.url + ' ' + req.headers.get('x-multi')`)
		if err != nil {
			return err
		}
		if got := v.String(); got != "true POST http://h.example/p?q=1 a, b" {
			t.Errorf("request = %q", got)
		}
		resp, err := vm.RunString(`const h = new Headers({'X-One': '1'}); h.append('Set-Cookie', 'a=1'); h.append('Set-Cookie', 'b=2'); new Response('body', {status: 201, statusText: 'Made', headers: h})`)
		if err != nil {
			return err
		}
		if !webapi.IsResponse(vm, resp) || webapi.IsResponse(vm, vm.ToValue(map[string]any{})) {
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
		null, _ := vm.RunString(`new Response(null, {status: 204})`)
		if d, err := webapi.ReadResponse(vm, null); err != nil || !d.Null {
			t.Errorf("null body: %+v %v", d, err)
		}
		stream, _ := vm.RunString(`new Response(new ReadableStream())`)
		if d, err := webapi.ReadResponse(vm, stream); err != nil || d.Stream == nil {
			t.Errorf("stream body: %+v %v", d, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestFetch(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/json":
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"ok":true}`)
		case "/echo":
			b, _ := io.ReadAll(r.Body)
			w.Header().Set("X-Method", r.Method)
			w.Header().Set("X-Type", r.Header.Get("Content-Type"))
			w.Write(b)
		case "/slow":
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
		case "/wait":
			time.Sleep(100 * time.Millisecond)
			io.WriteString(w, "done")
		}
	}))
	defer srv.Close()
	rt := newRuntime(t)
	for _, tc := range []struct{ name, js, want string }{
		{"get json", `const r = await fetch(BASE + '/json'); return r.status + ' ' + r.ok + ' ' + (await r.json()).ok + ' ' + r.headers.get('content-type')`, "200 true true application/json"},
		{"post body", `const r = await fetch(BASE + '/echo', {method: 'POST', body: JSON.stringify({a: 1})}); return r.headers.get('x-method') + ' ' + r.headers.get('x-type') + ' ' + await r.text()`, `POST text/plain;charset=UTF-8 {"a":1}`},
		{"post form", `const r = await fetch(BASE + '/echo', {method: 'PUT', body: new URLSearchParams({k: 'v w'})}); return await r.text()`, "k=v+w"},
		{"concurrent", `const t0 = Date.now(); const rs = await Promise.all(Array.from({length: 50}, () => fetch(BASE + '/wait').then((r) => r.text()))); return rs.every((x) => x === 'done') + ' ' + (Date.now() - t0 < 1500)`, "true true"},
		{"abort", `const c = new AbortController(); const p = fetch(BASE + '/slow', {signal: c.signal}); setTimeout(() => c.abort(), 20); try { await p; return 'no' } catch (e) { return e.name }`, "AbortError"},
		{"network error", `try { await fetch('http://127.0.0.1:1/'); return 'no' } catch (e) { return e.name + ' ' + e.message }`, "TypeError fetch failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := eval(t, rt, "const BASE = "+fmt.Sprintf("%q", srv.URL)+";"+tc.js)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	if hits.Load() < 54 {
		t.Errorf("server saw %d requests, want at least 54", hits.Load())
	}
}

func TestConsole(t *testing.T) {
	var lines []string
	rt, err := jsrt.New(jsrt.Options{Console: func(level, msg, source string) { lines = append(lines, level+": "+msg) }})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if _, err := eval(t, rt, `console.log('a', 1, {b: [2]}); console.error('%s=%d', 'x', 5); console.warn(new URL('http://h/'))`); err != nil {
		t.Fatal(err)
	}
	want := "log: a 1 { b: [ 2 ] }|error: x=5|warn: http://h/"
	if got := strings.Join(lines, "|"); got != want {
		t.Errorf("console = %q, want %q", got, want)
	}
}

func BenchmarkResponseRoundTrip(b *testing.B) {
	rt := newRuntime(b)
	err := rt.Exec(func(vm *goja.Runtime) error {
		fn, err := vm.RunString(`(function () { return new Response(JSON.stringify({id: 42, name: 'helmet'}), {headers: {'Content-Type': 'application/json'}}) })`)
		if err != nil {
			return err
		}
		call, _ := goja.AssertFunction(fn)
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

func TestIntl(t *testing.T) {
	rt := newRuntime(t)
	d := `const d = new Date(Date.UTC(2024, 0, 2, 15, 4, 5));`
	for _, tc := range []struct{ name, js, want string }{
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := eval(t, rt, tc.js)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
