package server_test

import (
	"bufio"
	"bytes"
	"github.com/comet-dev/comet/internal/testproject"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/server"
)

// FuzzRawRequest feeds raw HTTP/1.1 requests (whatever net/http's parser
// accepts) through the server to an endpoint that reads every part of its
// Request — URL, search params, each header, the body as text, JSON and
// form data — inside try/catch. Whatever the bytes, the Go side must not
// panic (the server would log "internal error") and the endpoint must
// answer 200: building the JS Request from hostile input must never throw
// outside the handler's reach.
func FuzzRawRequest(f *testing.F) {
	for _, s := range []string{
		"GET /echo HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /echo?a=1&a=2&b=%zz HTTP/1.1\r\nHost: x\r\nCookie: a=b; c\r\n\r\n",
		"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1",
		"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 20\r\n\r\n--zz\r\nbroken\r\n--zz--",
		"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na=%\r\n0\r\n\r\n",
		"GET /echo HTTP/1.1\r\nHost: [::1]:99\r\nX-Weird: \xff\xfe\r\nAccept: */*\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	var logs syncBuffer
	h, err := server.New(loadApp(f, map[string]string{
		"src/pages/echo.ts": `export const ALL = async ({ request, url, cookies }) => {
  const out = [];
  const attempt = async (f) => { try { out.push(String(await f())); } catch (e) { out.push(e.name); } };
  await attempt(() => url.href + url.searchParams.toString());
  await attempt(() => [...request.headers].flat().join(';'));
  await attempt(() => cookies.get('a')?.value);
  await attempt(() => request.clone().text());
  await attempt(() => request.clone().json());
  await attempt(() => request.clone().formData().then((f) => [...f.keys()].join()));
  await attempt(() => request.arrayBuffer().then((b) => b.byteLength));
  return new Response(out.join('\n'));
};`,
	}), server.Options{Dev: true, Log: logTo(&logs)})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(h.Close)
	f.Fuzz(func(t *testing.T, raw []byte) {
		req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(raw)))
		if err != nil || !strings.HasPrefix(req.URL.Path, "/echo") || req.URL.Path != "/echo" {
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if strings.Contains(logs.String(), "internal error") {
			t.Fatalf("Go panic serving %q:\n%s", raw, logs.String())
		}
		if rec.Code != 200 && rec.Code != 400 && rec.Code != 403 && rec.Code != 413 { // 403: Astro's origin check on form posts
			t.Fatalf("status %d for %q: %s\n%s", rec.Code, raw, rec.Body, logs.String())
		}
	})
}

// loadApp writes files (name → content) into a temp project, with a
// server-output config unless files has one, and loads it as dev does.
func loadApp(tb testing.TB, files map[string]string) *app.App {
	tb.Helper()
	if _, ok := files["astro.config.mjs"]; !ok {
		files["astro.config.mjs"] = "export default { output: 'server' };"
	}
	dir := testproject.Write(tb, files)
	cfg, err := config.Load(dir, config.Overrides{Mode: config.ModeDevelopment})
	if err != nil {
		tb.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
