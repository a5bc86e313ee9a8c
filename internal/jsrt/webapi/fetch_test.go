package webapi_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

func TestFetch(t *testing.T) {
	var hits atomic.Int64
	var maxInFlight, inFlight atomic.Int64
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
			w.Header().Set("X-Custom", r.Header.Get("X-Custom"))
			w.Header().Add("Set-Cookie", "a=1")
			w.Header().Add("Set-Cookie", "b=2")
			w.Write(b)
		case "/status":
			w.WriteHeader(418)
			io.WriteString(w, "teapot")
		case "/redirect":
			http.Redirect(w, r, "/json", http.StatusFound)
		case "/slow":
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		case "/wait":
			n := inFlight.Add(1)
			for {
				m := maxInFlight.Load()
				if n <= m || maxInFlight.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(100 * time.Millisecond)
			inFlight.Add(-1)
			io.WriteString(w, "done")
		case "/big":
			io.WriteString(w, strings.Repeat("x", 2048))
		}
	}))
	defer srv.Close()
	e := newEnv(t, webapi.Options{MaxFetchBody: 1024})
	runCases(t, e, fmt.Sprintf("const BASE = %q;", srv.URL), []jsCase{
		{"get json", `const r = await fetch(BASE + '/json'); return r.status + ' ' + r.ok + ' ' + (await r.json()).ok + ' ' + r.headers.get('content-type') + ' ' + (r instanceof Response) + ' ' + r.redirected + ' ' + (r.url === BASE + '/json')`, "200 true true application/json true false true"},
		{"post body", `const r = await fetch(BASE + '/echo', {method: 'POST', body: JSON.stringify({a: 1}), headers: {'X-Custom': 'c'}}); return r.headers.get('x-method') + ' ' + r.headers.get('x-type') + ' ' + r.headers.get('x-custom') + ' ' + await r.text()`, `POST text/plain;charset=UTF-8 c {"a":1}`},
		{"set-cookie", `const r = await fetch(BASE + '/echo'); return r.headers.getSetCookie().join('|')`, "a=1|b=2"},
		{"post form", `const r = await fetch(BASE + '/echo', {method: 'PUT', body: new URLSearchParams({k: 'v w'})}); return r.headers.get('x-type') + ' ' + await r.text()`, "application/x-www-form-urlencoded;charset=UTF-8 k=v+w"},
		{"post bytes", `const r = await fetch(BASE + '/echo', {method: 'POST', body: new Uint8Array([104, 105])}); return await r.text()`, "hi"},
		{"post blob", `const r = await fetch(BASE + '/echo', {method: 'POST', body: new Blob(['bl'], {type: 'text/x'})}); return r.headers.get('x-type') + ' ' + await r.text()`, "text/x bl"},
		{"post formdata", `const fd = new FormData(); fd.append('f', new File(['zz'], 'z.txt')); const r = await fetch(BASE + '/echo', {method: 'POST', body: fd}); const back = await new Response(await r.arrayBuffer(), {headers: {'content-type': r.headers.get('x-type')}}).formData(); return back.get('f').name + await back.get('f').text()`, "z.txtzz"},
		{"post stream", `const r = await fetch(BASE + '/echo', {method: 'POST', body: ReadableStream.from([new Uint8Array([115])]), duplex: 'half'}); return await r.text()`, "s"},
		{"request object", `const r = await fetch(new Request(BASE + '/echo', {method: 'DELETE'})); return r.headers.get('x-method')`, "DELETE"},
		{"URL object", `return (await fetch(new URL('/json', BASE))).status`, "200"},
		{"status", `const r = await fetch(BASE + '/status'); return r.status + ' ' + r.ok + ' ' + r.statusText + ' ' + await r.text()`, "418 false I'm a teapot teapot"},
		{"redirect followed", `const r = await fetch(BASE + '/redirect'); return r.status + ' ' + r.redirected + ' ' + r.url.endsWith('/json')`, "200 true true"},
		{"redirect manual", `const r = await fetch(BASE + '/redirect', {redirect: 'manual'}); return r.status + ' ' + r.headers.get('location')`, "302 /json"},
		{"redirect error", `try { await fetch(BASE + '/redirect', {redirect: 'error'}); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"HEAD", `const r = await fetch(BASE + '/json', {method: 'HEAD'}); return r.status + ' ' + (r.body === null)`, "200 true"},
		{"concurrent", `const t0 = Date.now(); const rs = await Promise.all(Array.from({length: 50}, () => fetch(BASE + '/wait').then((r) => r.text()))); return rs.every((x) => x === 'done') + ' ' + (Date.now() - t0 < 2000)`, "true true"},
		{"abort", `const c = new AbortController(); const p = fetch(BASE + '/slow', {signal: c.signal}); setTimeout(() => c.abort(), 20); try { await p; return 'no' } catch (e) { return e.name + ' ' + (e instanceof DOMException) }`, "AbortError true"},
		{"abort reason", `const c = new AbortController(); const p = fetch(BASE + '/slow', {signal: c.signal}); setTimeout(() => c.abort(new Error('mine')), 20); try { await p; return 'no' } catch (e) { return e.message }`, "mine"},
		{"already aborted", `try { await fetch(BASE + '/json', {signal: AbortSignal.abort()}); return 'no' } catch (e) { return e.name }`, "AbortError"},
		{"timeout signal", `try { await fetch(BASE + '/slow', {signal: AbortSignal.timeout(30)}); return 'no' } catch (e) { return e.name }`, "TimeoutError"},
		{"network error", `try { await fetch('http://127.0.0.1:1/'); return 'no' } catch (e) { return e.name + ' ' + e.message + ' ' + (e.cause instanceof Error) }`, "TypeError fetch failed true"},
		{"bad url", `try { await fetch('not a url'); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"body too big", `try { await fetch(BASE + '/big'); return 'no' } catch (e) { return e.name + ' ' + /larger/.test(e.cause.message) }`, "TypeError true"},
	})
	if n := maxInFlight.Load(); n < 10 {
		t.Errorf("at most %d fetches were in flight at once; want them to run concurrently", n)
	}
	if hits.Load() < 60 {
		t.Errorf("server saw %d requests, want at least 60", hits.Load())
	}
}
