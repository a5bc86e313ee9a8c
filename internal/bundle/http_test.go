package bundle_test

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHTTPClient: node:http and node:https requests (over the runtime's
// fetch) against servers started here, the way packages' Node builds make
// them (Stripe waits for the socket, writes, ends; axios reads 'data' and
// 'end'), and module.createRequire, which finds nothing at run time.
func TestHTTPClient(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		switch r.URL.Path {
		case "/redirect":
			http.Redirect(w, r, "/echo", http.StatusFound)
			return
		case "/slow":
			<-r.Context().Done()
			return
		}
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		w.Header().Add("X-Multi", "x")
		w.Header().Add("X-Multi", "y")
		w.WriteHeader(201)
		fmt.Fprintf(w, "%s %s ae=%s ct=%s auth=%s body=%s", r.Method, r.URL.RequestURI(), r.Header.Get("Accept-Encoding"), r.Header.Get("Content-Type"), r.Header.Get("Authorization"), body)
	})
	ts := httptest.NewServer(h)
	defer ts.Close()
	tls := httptest.NewUnstartedServer(h)
	tls.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake
	tls.StartTLS()
	defer tls.Close()
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	closedPort := closed.Addr().(*net.TCPAddr).Port
	closed.Close()
	port := ts.Listener.Addr().(*net.TCPAddr).Port
	header := fmt.Sprintf(`import http from 'node:http'; import https from 'https'; import { createRequire, isBuiltin } from 'node:module';
const port = %d, base = %q, tlsBase = %q, closedPort = %d;
const read = (res) => new Promise((ok, fail) => { let s = ''; res.setEncoding('utf8'); res.on('data', (d) => { s += d; }); res.on('end', () => ok(s)); res.on('error', fail); });`,
		port, ts.URL, strings.Replace(tls.URL, "https://", "", 1), closedPort)
	cases := []nodeCase{
		{"get", `const res = await new Promise((ok, fail) => http.get(base + '/echo?q=1', ok).on('error', fail)); return [res.statusCode, res.statusMessage, await read(res), res.headers['set-cookie'].join(';'), res.headers['x-multi'], res.rawHeaders.includes('X-Multi') || res.rawHeaders.includes('x-multi')].join('|')`,
			"201|Created|GET /echo?q=1 ae=identity ct= auth= body=|a=1;b=2|x, y|true"},
		{"post as stripe writes it", `const req = http.request({ host: '127.0.0.1', port, path: '/echo', method: 'POST', agent: new http.Agent({ keepAlive: true }), headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': 7, Authorization: 'Bearer sk' } }); const p = new Promise((ok, fail) => { req.on('response', (res) => read(res).then(ok)); req.on('error', fail); }); req.once('socket', (socket) => { if (socket.connecting) socket.once('connect', () => { req.write('a=1&b=2'); req.end(); }); else { req.write('a=1&b=2'); req.end(); } }); return await p`,
			"POST /echo ae=identity ct=application/x-www-form-urlencoded auth=Bearer sk body=a=1&b=2"},
		{"redirect not followed", `const res = await new Promise((ok) => http.get(base + '/redirect', ok)); res.resume(); return res.statusCode + ' ' + res.headers.location`, "302 /echo"},
		{"auth and url object", `const res = await new Promise((ok) => http.get(new URL('http://u:p@127.0.0.1:' + port + '/echo'), ok)); return (await read(res)).match(/auth=(.*) body/)[1]`, "Basic dTpw"},
		// The test server's certificate is its own: Go's TLS refuses it.
		{"https", `return await new Promise((ok) => https.get('https://' + tlsBase + '/echo', () => ok('response')).on('error', (e) => ok(e.code)))`, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"},
		{"refused", `return await new Promise((ok) => http.get('http://127.0.0.1:' + closedPort + '/').on('error', (e) => ok(e.code)))`, "ECONNREFUSED"},
		{"timeout and destroy", `return await new Promise((ok) => { const req = http.get(base + '/slow'); req.setTimeout(30, () => req.destroy(new Error('gave up'))); req.on('error', (e) => ok(e.message)); })`, "gave up"},
		{"bad header", `return attempt(() => http.request(base).setHeader('bad name', 'x'))`, "TypeError ERR_INVALID_HTTP_TOKEN: Header name must be a valid HTTP token [\"bad name\"]"},
		{"wrong protocol", `return attempt(() => http.request('https://example.com/'))`, "TypeError ERR_INVALID_PROTOCOL: Protocol \"https:\" not supported. Expected \"http:\""},
		{"agents and constants", `return [new https.Agent({ keepAlive: true }).keepAlive, https.globalAgent.defaultPort, http.globalAgent.defaultPort, http.STATUS_CODES[404], http.METHODS.includes('PATCH')].join()`, "true,443,80,Not Found,true"},
		{"server refused", `return attempt(() => http.createServer())`, "Error ERR_COMET_UNSUPPORTED: http.createServer is not supported by Comet: endpoints are served by Comet, and make requests with http.request or fetch"},
		{"createRequire", `const require = createRequire(import.meta.url); let w; try { w = require('worker_threads'); } catch (e) { w = e.code; } return [w, isBuiltin('node:fs'), isBuiltin('left-pad')].join()`, "MODULE_NOT_FOUND,true,false"},
	}
	runNodeCases(t, nil, catchJS+header, cases)
}
