package server_test

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/server"
)

// FuzzHandlerInput sends fuzzed headers and bodies over a real socket to
// endpoints that parse them: request.json(), request.formData(), header
// iteration (Object.fromEntries, for…of, get) and the body as text. Deep
// or broken JSON, header floods, huge or malformed forms: the process must
// not crash (a Go stack overflow or panic ends the fuzz worker), no Go
// panic may be logged, every request gets a well-formed HTTP answer within
// the time limit, and the status is one a client can act on (2xx, 4xx,
// 5xx).
func FuzzHandlerInput(f *testing.F) {
	deep := func(n int, open, close string) []byte {
		return []byte(strings.Repeat(open, n) + "1" + strings.Repeat(close, n))
	}
	var flood strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&flood, "x-h%d: %d\n", i%50, i)
	}
	for _, s := range []struct {
		path, headers, ctype string
		body                 []byte
	}{
		{"/json", "", "application/json", []byte(`{"a":[1,2,{"b":null}],"c":"\u00e9"}`)},
		{"/json", "", "application/json", deep(12000, "[", "]")},
		{"/json", "", "application/json", deep(9000, `{"a":`, "}")},
		{"/json", "", "application/json", []byte(`{"a":1e999999,"b":"\ud800","__proto__":{"x":1}}`)},
		{"/form", "", "application/x-www-form-urlencoded", []byte("a=1&b=%zz&&=x&c=%C3%A9+%FF&" + strings.Repeat("k&", 1000))},
		{"/form", "", "multipart/form-data; boundary=zz", []byte("--zz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nhi\r\n--zz--\r\n")},
		{"/form", "", "multipart/form-data; boundary=", []byte("--\r\n\r\n")},
		{"/headers", flood.String(), "text/plain", nil},
		{"/headers", "Cookie: a=b; c\nSet-Cookie: x\nx-Dup: 1\nX-dup: 2\nx-utf: \xc3\xa9\xff", "", nil},
		{"/all", "Content-Encoding: gzip\nTransfer-Encoding: chunked", "application/json; charset=utf-16", []byte("\xff\xfe[\x001\x00]\x00")},
	} {
		f.Add(s.path, s.headers, s.ctype, s.body)
	}
	var logs syncBuffer
	h, err := server.New(loadApp(f, map[string]string{
		"src/pages/json.ts": `export const POST = async ({ request }) => {
  try { const v = await request.json(); return Response.json({ type: typeof v }); }
  catch (e) { return new Response(e.name, { status: 400 }); }
};`,
		"src/pages/form.ts": `export const POST = async ({ request }) => {
  try { const f = await request.formData(); let n = 0; for (const [k, v] of f) n += k.length + (typeof v === 'string' ? v.length : v.size); return new Response(String(n)); }
  catch (e) { return new Response(e.name, { status: 400 }); }
};`,
		"src/pages/headers.ts": `export const ALL = ({ request }) => {
  const all = Object.fromEntries(request.headers);
  let n = 0;
  for (const [k, v] of request.headers) n += k.length + v.length + (request.headers.get(k) ?? '').length;
  return Response.json({ keys: Object.keys(all).length, n, cookie: request.headers.getSetCookie().length });
};`,
		"src/pages/all.ts": `export const ALL = async ({ request, url, cookies }) => {
  const out = [url.pathname, [...request.headers.keys()].length, cookies.get('a')?.value];
  for (const read of [(r) => r.json(), (r) => r.formData(), (r) => r.text()]) {
    try { const v = await read(request.clone()); out.push(typeof v); } catch (e) { out.push(e.name); }
  }
  return Response.json(out);
};`,
	}), server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 20 * time.Second}})
	if err != nil {
		f.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Config.MaxHeaderBytes = 64 << 10 // as ListenAndServe
	srv.Start()
	f.Cleanup(func() { srv.Close(); h.Close() })
	f.Fuzz(func(t *testing.T, path, headers, ctype string, body []byte) {
		switch path {
		case "/json", "/form", "/headers", "/all":
		default:
			path = "/all"
		}
		var req bytes.Buffer
		fmt.Fprintf(&req, "POST %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n", path)
		for _, line := range strings.Split(headers, "\n") {
			line = strings.TrimRight(line, "\r")
			if line == "" {
				continue
			}
			if !strings.Contains(line, ":") {
				line = "x-f: " + line
			}
			req.WriteString(line + "\r\n")
		}
		if ctype != "" {
			req.WriteString("Content-Type: " + strings.NewReplacer("\r", "", "\n", "").Replace(ctype) + "\r\n")
		}
		fmt.Fprintf(&req, "Content-Length: %d\r\n\r\n", len(body))
		req.Write(body)
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(30 * time.Second))
		go func() {
			// A big request may be answered (431, 413) before it is all
			// sent; a body cut short by the fuzzed headers (a chunked
			// coding the bytes do not follow) ends at the half-close.
			conn.Write(req.Bytes())
			conn.(*net.TCPConn).CloseWrite()
		}()
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("no HTTP answer to %q: %v\n%s", truncate(req.String()), err, logs.String())
		}
		res.Body.Close()
		if res.StatusCode < 200 || res.StatusCode > 599 || (res.StatusCode >= 300 && res.StatusCode < 400) {
			t.Fatalf("status %d for %q", res.StatusCode, truncate(req.String()))
		}
		if strings.Contains(logs.String(), "internal error") {
			t.Fatalf("Go panic serving %q:\n%s", truncate(req.String()), logs.String())
		}
	})
}

func truncate(s string) string {
	if len(s) > 2000 {
		return s[:2000] + fmt.Sprintf("…(%d bytes)", len(s))
	}
	return s
}
