package server_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/server"
)

// project writes files (name → content) into a temp dir and serves it as
// comet dev does.
func project(t *testing.T, opts server.Options, files map[string]string) *httptest.Server {
	t.Helper()
	a := loadApp(t, files)
	opts.Dev = true
	h, err := server.New(a, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); h.Close() })
	return srv
}

type result struct {
	status int
	header http.Header
	body   string
}

func do(t *testing.T, srv *httptest.Server, method, path string, body io.Reader, header ...string) result {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return result{resp.StatusCode, resp.Header, string(b)}
}

func TestMethodsAndHandlers(t *testing.T) {
	srv := project(t, server.Options{ShowErrors: true}, map[string]string{
		"src/pages/v1.json.ts":   `export const get = () => ({ body: '{"v":1}' }); export const post = () => ({ body: 'posted' }); export const del = () => ({ body: 'deleted' }); export const all = ({ request }) => ({ body: 'all ' + request.method });`,
		"src/pages/v7.ts":        `export const GET = () => new Response('GET', { status: 201, headers: { 'X-Test': 'value' } }); export const get = () => new Response('lower loses');`,
		"src/pages/only-post.ts": `export const POST = () => new Response('post');`,
		"src/pages/notfn.ts":     `export const GET = 42;`,
		"src/pages/undefined.ts": `export const GET = () => undefined;`,
		"src/pages/explicit.ts":  `export const GET = () => new Response('mine', { status: 404 });`,
		"src/pages/[id].json.ts": `export const GET = ({ params }) => Response.json(params);`,
	})
	for _, tc := range []struct {
		method, path string
		status       int
		body, ctype  string
	}{
		{"GET", "/v1.json", 200, `{"v":1}`, "application/json;charset=utf-8"},
		{"POST", "/v1.json", 200, "posted", "application/json;charset=utf-8"},
		{"DELETE", "/v1.json", 200, "deleted", "application/json;charset=utf-8"},
		{"PATCH", "/v1.json", 200, "all PATCH", "application/json;charset=utf-8"},
		{"HEAD", "/v1.json", 200, "", "application/json;charset=utf-8"},
		{"GET", "/v7", 201, "GET", "text/plain;charset=UTF-8"},
		{"HEAD", "/v7", 201, "", "text/plain;charset=UTF-8"},
		{"POST", "/v7", 404, "", "text/html; charset=utf-8"},
		{"GET", "/only-post", 404, "", "text/html; charset=utf-8"},
		{"GET", "/notfn", 500, "", ""},
		{"GET", "/undefined", 500, "", ""},
		{"GET", "/explicit", 404, "mine", "text/plain;charset=UTF-8"},
		{"GET", "/helmet.json", 200, `{"id":"helmet"}`, "application/json"},
		{"GET", "/with%20space.json", 200, `{"id":"with space"}`, "application/json"},
		{"GET", "/helmet.json/", 404, "", "text/html; charset=utf-8"},
		{"GET", "/nowhere", 404, "", "text/html; charset=utf-8"},
	} {
		r := do(t, srv, tc.method, tc.path, nil, "Origin", srv.URL)
		if tc.status == 500 { // dev shows the error as the response
			if r.status != 500 || !strings.Contains(r.body, "src/pages/") {
				t.Errorf("%s %s = %d %q; want 500 naming the file", tc.method, tc.path, r.status, r.body)
			}
			continue
		}
		if r.status != tc.status || r.header.Get("Content-Type") != tc.ctype || (tc.body != "" && r.body != tc.body) {
			t.Errorf("%s %s = %d %q %q; want %d %q %q", tc.method, tc.path, r.status, r.header.Get("Content-Type"), r.body, tc.status, tc.ctype, tc.body)
		}
		if tc.status == 404 && tc.body == "" && !strings.Contains(r.body, "404") && tc.method != "HEAD" {
			t.Errorf("%s %s: want the 404 page, got %q", tc.method, tc.path, r.body)
		}
	}
	if r := do(t, srv, "GET", "/v7", nil); r.header.Get("X-Test") != "value" {
		t.Errorf("X-Test header lost: %v", r.header)
	}
}

func TestCustom404AndMethodNotAllowed(t *testing.T) {
	files := map[string]string{
		"src/pages/404.html":    "<h1>custom</h1>",
		"src/pages/only-get.ts": `export const GET = () => new Response('ok');`,
	}
	srv := project(t, server.Options{}, files)
	for _, p := range []string{"/missing", "/404", "/404.html"} {
		if r := do(t, srv, "GET", p, nil); r.status != 404 || r.body != "<h1>custom</h1>" {
			t.Errorf("GET %s = %d %q; want 404 with the custom page", p, r.status, r.body)
		}
	}
	srv405 := project(t, server.Options{MethodNotAllowed: true}, files)
	r := do(t, srv405, "DELETE", "/only-get", nil, "Origin", srv405.URL)
	if r.status != 405 || r.header.Get("Allow") != "GET, HEAD" {
		t.Errorf("405 option: %d Allow=%q", r.status, r.header.Get("Allow"))
	}
}

func TestThrowKeepsServing(t *testing.T) {
	var logs strings.Builder
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/throw.ts": "export function GET() {\n  throw new Error('kaboom');\n}\n",
		"src/pages/ok.ts":    `export const GET = () => new Response('fine');`,
	})
	_ = logs
	for i := 0; i < 3; i++ {
		if r := do(t, srv, "GET", "/throw", nil); r.status != 500 {
			t.Fatalf("throw: status %d", r.status)
		}
		if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || r.body != "fine" {
			t.Fatalf("after a throw: %d %q", r.status, r.body)
		}
	}
}

func TestOriginCheck(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/form.ts": `export const POST = async ({ request }) => new Response('got ' + (await request.text()));`,
	})
	for _, tc := range []struct {
		method, ctype, origin, fetchSite string
		status                           int
	}{
		{"POST", "application/x-www-form-urlencoded", "https://evil.example", "", 403},
		{"POST", "multipart/form-data; boundary=x", "https://evil.example", "", 403},
		{"POST", "", "https://evil.example", "", 403},
		{"POST", "application/json", "https://evil.example", "", 200},
		{"POST", "application/x-www-form-urlencoded", "SELF", "", 200},
		// Row 28: no Origin header is not cross-site (Astro 7.4) ...
		{"POST", "text/plain", "", "", 200},
		{"POST", "", "", "", 200},
		// ... unless Sec-Fetch-Site says the request came from elsewhere.
		{"POST", "text/plain", "", "cross-site", 403},
		{"POST", "", "", "same-site", 403},
		{"POST", "text/plain", "", "same-origin", 200},
		{"POST", "text/plain", "", "none", 200},
		{"POST", "text/plain", "SELF", "cross-site", 403},
		{"POST", "application/json", "", "cross-site", 200},
		// The form type is found whatever its parameters, and the
		// method whatever its case.
		{"POST", "application/x-www-form-urlencoded; x", "https://evil.example", "", 403},
		{"POST", "Text/Plain;charset=utf-8", "https://evil.example", "", 403},
		{"Post", "application/x-www-form-urlencoded", "https://evil.example", "", 403},
	} {
		origin := tc.origin
		if origin == "SELF" {
			origin = srv.URL
		}
		h := []string{}
		if tc.ctype != "" {
			h = append(h, "Content-Type", tc.ctype)
		}
		if origin != "" {
			h = append(h, "Origin", origin)
		}
		if tc.fetchSite != "" {
			h = append(h, "Sec-Fetch-Site", tc.fetchSite)
		}
		r := do(t, srv, tc.method, "/form", strings.NewReader("a=1"), h...)
		if r.status != tc.status {
			t.Errorf("%s %q from %q (Sec-Fetch-Site %q) = %d %q; want %d", tc.method, tc.ctype, tc.origin, tc.fetchSite, r.status, r.body, tc.status)
		}
		if tc.status == 403 && r.body != "Cross-site "+tc.method+" form submissions are forbidden" {
			t.Errorf("403 body = %q", r.body)
		}
	}
}

func TestCookiesAndHeaders(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/c.ts": `export function GET({ cookies }) {
  cookies.set('api', 'v 1', { path: '/', httpOnly: true, maxAge: 60 });
  const h = new Headers({ 'Content-Type': 'text/plain' });
  h.append('Set-Cookie', 'first=1; Path=/');
  h.append('Set-Cookie', 'second=2; Path=/');
  h.append('X-Triple', 'one'); h.append('X-Triple', 'two');
  return new Response('c', { headers: h });
}`,
		"src/pages/read.ts": `export const GET = ({ cookies }) => new Response(cookies.get('s')?.value + ' ' + cookies.has('nope'));`,
	})
	r := do(t, srv, "GET", "/c", nil)
	want := []string{"first=1; Path=/", "second=2; Path=/", "api=v%201; Max-Age=60; Path=/; HttpOnly"}
	if got := r.header.Values("Set-Cookie"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Set-Cookie = %q, want %q", got, want)
	}
	if got := r.header.Values("X-Triple"); len(got) != 2 {
		t.Errorf("X-Triple = %q", got)
	}
	if r := do(t, srv, "GET", "/read", nil, "Cookie", "s=a%20b"); r.body != "a b false" {
		t.Errorf("cookie read = %q", r.body)
	}
}

func TestStreamingAndCancel(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/stream.ts": `let cancelled = 0;
export const GET = () => {
  let i = 0;
  return new Response(new ReadableStream({
    async pull(c) {
      await new Promise((r) => setTimeout(r, 5));
      i++;
      if (i > 3) { c.close(); return; }
      c.enqueue(new TextEncoder().encode('chunk ' + i + '\n'));
    },
    cancel() { cancelled++; },
  }), { headers: { 'Content-Type': 'text/plain' } });
};
export const POST = () => new Response(String(cancelled));`,
		"src/pages/endless.ts": `export const GET = () => new Response(new ReadableStream({
  async pull(c) { await new Promise((r) => setTimeout(r, 2)); c.enqueue(new Uint8Array(1024)); },
  cancel() { globalThis.endlessCancelled = true; },
}));
export const POST = () => new Response(String(!!globalThis.endlessCancelled));`,
	})
	if r := do(t, srv, "GET", "/stream", nil); r.body != "chunk 1\nchunk 2\nchunk 3\n" {
		t.Errorf("stream body = %q", r.body)
	}
	// A client that goes away cancels the stream.
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/endless", nil)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	if _, err := io.ReadFull(resp.Body, buf); err != nil {
		t.Fatal(err)
	}
	cancel()
	resp.Body.Close()
	deadline := time.Now().Add(3 * time.Second)
	for {
		r := do(t, srv, "POST", "/endless", nil, "Content-Type", "application/json")
		if r.body == "true" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the stream was not cancelled after the client left")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestBounds(t *testing.T) {
	srv := project(t, server.Options{Limits: server.Limits{MaxBodyBytes: 1024, Timeout: 300 * time.Millisecond}}, map[string]string{
		"src/pages/echo.ts": `export const POST = async ({ request }) => new Response(String((await request.text()).length));`,
		"src/pages/spin.ts": `export const GET = () => { while (true) {} };`,
		"src/pages/wait.ts": `export const GET = () => new Promise(() => {});`,
		"src/pages/ok.ts":   `export const GET = () => new Response('ok');`,
	})
	if r := do(t, srv, "POST", "/echo", strings.NewReader(strings.Repeat("x", 1000)), "Content-Type", "application/json"); r.body != "1000" {
		t.Errorf("small body: %d %q", r.status, r.body)
	}
	if r := do(t, srv, "POST", "/echo", strings.NewReader(strings.Repeat("x", 5000)), "Content-Type", "application/json"); r.status != 413 {
		t.Errorf("big body: status %d, want 413", r.status)
	}
	for _, p := range []string{"/wait", "/spin"} {
		start := time.Now()
		r := do(t, srv, "GET", p, nil)
		if r.status != 504 || time.Since(start) > 3*time.Second {
			t.Errorf("%s: status %d after %v; want 504 soon after the timeout", p, r.status, time.Since(start))
		}
	}
	if r := do(t, srv, "GET", "/ok", nil); r.body != "ok" {
		t.Errorf("after timeouts the server must still answer: %d %q", r.status, r.body)
	}
}

// TestSharedModuleState: one runtime, so a module imported by two routes
// is one instance, as in Node (the seed's ../db).
func TestSharedModuleState(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/db.ts":              `const items: string[] = []; export const add = (x: string) => items.push(x); export const all = () => items;`,
		"src/pages/add.ts":       `import { add } from '../db'; export const POST = async ({ request }) => { add(await request.text()); return new Response('ok'); };`,
		"src/pages/list.json.ts": `import { all } from '../db'; export const GET = () => Response.json(all());`,
	})
	do(t, srv, "POST", "/add", strings.NewReader("a"), "Content-Type", "application/json")
	do(t, srv, "POST", "/add", strings.NewReader("b"), "Content-Type", "application/json")
	if r := do(t, srv, "GET", "/list.json", nil); r.body != `["a","b"]` {
		t.Errorf("shared state = %q", r.body)
	}
}

// TestConcurrentAsync: requests awaiting timers interleave on the loop.
func TestConcurrentAsync(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/slow.ts": `export const GET = async () => { await new Promise((r) => setTimeout(r, 200)); return new Response('slow'); };`,
	})
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := srv.Client().Get(srv.URL + "/slow")
			if err != nil {
				errs <- err
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if string(b) != "slow" {
				errs <- fmt.Errorf("body %q", b)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("20 requests of 200 ms took %v: they did not run concurrently", el)
	}
}

func TestBadURI(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{"src/pages/x.ts": `export const GET = () => new Response('x');`})
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET /%%E0%%A4%%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 400 {
		t.Errorf("malformed URI: %d, want 400", resp.StatusCode)
	}
}

func TestStatusText(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/s.ts":   `export const GET = () => new Response('tasty', { status: 201, statusText: 'Tasty', headers: { 'X-A': '1' } });`,
		"src/pages/std.ts": `export const GET = () => new Response(null, { status: 404, statusText: 'Not found' });`,
	})
	resp, err := http.Get(srv.URL + "/s")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Status != "201 Tasty" || string(b) != "tasty" || resp.Header.Get("X-A") != "1" {
		t.Errorf("got %q %q %v", resp.Status, b, resp.Header)
	}
	resp, err = http.Get(srv.URL + "/std")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Status != "404 Not found" || resp.Header.Get("Content-Length") != "" && resp.Header.Get("Content-Length") != "0" {
		t.Errorf("got %q %v", resp.Status, resp.Header)
	}
}

// TestRequestSignal: request.signal aborts when the client goes away.
func TestRequestSignal(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/wait.ts": `export const GET = ({ request }) => new Promise((resolve) => {
  request.signal.addEventListener('abort', () => { globalThis.aborted = request.signal.reason.name; resolve(new Response('late')); });
});
export const POST = () => new Response(String(globalThis.aborted));`,
	})
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/wait", nil)
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	if _, err := srv.Client().Do(req); err == nil {
		t.Fatal("the request should have been cancelled")
	}
	deadline := time.Now().Add(3 * time.Second)
	for {
		r := do(t, srv, "POST", "/wait", nil, "Content-Type", "application/json")
		if r.body == "AbortError" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("request.signal did not abort: %q", r.body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSwapUnderLoad swaps the app while requests run: each request is
// answered by the old or the new version, never fails, and old runtimes are
// closed once idle.
func TestSwapUnderLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(v string) {
		os.MkdirAll(filepath.Join(dir, "src", "pages"), 0o755)
		os.WriteFile(filepath.Join(dir, "astro.config.mjs"), []byte("export default { output: 'server' };"), 0o644)
		os.WriteFile(filepath.Join(dir, "src", "pages", "v.ts"), []byte(`export const GET = async () => { await new Promise((r) => setTimeout(r, 5)); return new Response('`+v+`'); };`), 0o644)
	}
	load := func() *app.App {
		cfg, err := config.Load(dir, config.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		a, err := app.Load(cfg, "development", false)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	write("v0")
	h, err := server.New(load(), server.Options{Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer func() { srv.Close(); h.Close() }()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var failures atomic.Int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := srv.Client().Get(srv.URL + "/v")
				if err != nil {
					failures.Add(1)
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || !strings.HasPrefix(string(b), "v") {
					failures.Add(1)
				}
			}
		}()
	}
	for i := 1; i <= 10; i++ {
		write(fmt.Sprintf("v%d", i))
		if err := h.Swap(load()); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if n := failures.Load(); n > 0 {
		t.Errorf("%d requests failed during swaps", n)
	}
	if r := do(t, srv, "GET", "/v", nil); r.body != "v10" {
		t.Errorf("after the swaps: %q, want v10", r.body)
	}
	h.SetError(errors.New("broken edit"))
	if r := do(t, srv, "GET", "/v", nil); r.status != 500 || !strings.Contains(r.body, "broken edit") {
		t.Errorf("with a build error: %d %q", r.status, r.body)
	}
	if err := h.Swap(load()); err != nil {
		t.Fatal(err)
	}
	if r := do(t, srv, "GET", "/v", nil); r.body != "v10" {
		t.Errorf("after fixing: %q", r.body)
	}
}

// TestDevStaticPaths: in dev, a static project's dynamic route answers
// only the paths its getStaticPaths lists (Astro's dev fall-through).
func TestDevStaticPaths(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"astro.config.mjs": `export default {};`,
		"src/pages/[id].json.ts": `export const getStaticPaths = () => [{ params: { id: 'a' } }, { params: { id: 'b' } }];
export const GET = ({ params }) => Response.json(params);`,
		"src/pages/[...rest].json.ts": `export const getStaticPaths = () => [{ params: { rest: 'zzz' } }];
export const GET = ({ params }) => Response.json({ rest: params.rest });`,
	})
	for _, tc := range []struct {
		path   string
		status int
		body   string
	}{
		{"/a.json", 200, `{"id":"a"}`},
		{"/b.json", 200, `{"id":"b"}`},
		{"/zzz.json", 200, `{"rest":"zzz"}`}, // [id] does not list it: the next route does
		{"/c.json", 404, ""},
	} {
		r := do(t, srv, "GET", tc.path, nil)
		if r.status != tc.status || (tc.body != "" && r.body != tc.body) {
			t.Errorf("GET %s = %d %q; want %d %q", tc.path, r.status, r.body, tc.status, tc.body)
		}
	}
}

// TestDevReload: dev pages carry the reload script, and a swap sends a
// reload event to open event streams.
func TestDevReload(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "src", "pages"), 0o755)
	os.WriteFile(filepath.Join(dir, "astro.config.mjs"), []byte("export default { output: 'server' };"), 0o644)
	os.WriteFile(filepath.Join(dir, "src", "pages", "index.html"), []byte("<html><body><h1>hi</h1></body></html>"), 0o644)
	cfg, _ := config.Load(dir, config.Overrides{})
	a, err := app.Load(cfg, "development", false)
	if err != nil {
		t.Fatal(err)
	}
	h, err := server.New(a, server.Options{Dev: true, LiveReload: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer func() { srv.Close(); h.Close() }()
	if r := do(t, srv, "GET", "/", nil); !strings.Contains(r.body, `<h1>hi</h1><script>new EventSource("/__comet/reload")`) {
		t.Errorf("page = %q", r.body)
	}
	resp, err := srv.Client().Get(srv.URL + server.ReloadPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	rd := bufio.NewReader(resp.Body)
	rd.ReadString('\n') // the opening comment
	if err := h.Swap(a); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		for {
			line, err := rd.ReadString('\n')
			if err != nil || strings.HasPrefix(line, "event: reload") {
				got <- line
				return
			}
		}
	}()
	select {
	case line := <-got:
		if !strings.HasPrefix(line, "event: reload") {
			t.Errorf("stream: %q", line)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("no reload event after Swap")
	}
}

// TestRewrite: context.rewrite() and next(path) in middleware answer with
// another route, keeping locals and the browser's URL.
func TestRewrite(t *testing.T) {
	srv := project(t, server.Options{ShowErrors: true}, map[string]string{
		"src/middleware.ts": `export const onRequest = (ctx, next) => {
  ctx.locals.seen = true;
  if (ctx.url.pathname === '/old.json') return next('/items/moved.json');
  return next();
};`,
		"src/pages/items/[id].json.ts": `export const GET = ({ params, url, locals }) => Response.json({ id: params.id, path: url.pathname, seen: !!locals.seen });`,
		"src/pages/alias.json.ts":      `export const GET = (ctx) => ctx.rewrite('/items/alias.json');`,
		"src/pages/nowhere.json.ts":    `export const GET = (ctx) => ctx.rewrite('/no/such/route');`,
		"src/pages/loop.json.ts":       `export const GET = (ctx) => ctx.rewrite('/loop.json');`,
	})
	for _, tc := range []struct {
		path   string
		status int
		body   string
	}{
		{"/alias.json", 200, `{"id":"alias","path":"/items/alias.json","seen":true}`},
		{"/old.json", 200, `{"id":"moved","path":"/items/moved.json","seen":true}`},
		{"/nowhere.json", 404, "404"},
		{"/loop.json", 500, "RewriteLoop"},
	} {
		r := do(t, srv, "GET", tc.path, nil)
		if r.status != tc.status || !strings.Contains(r.body, tc.body) {
			t.Errorf("GET %s = %d %q; want %d containing %q", tc.path, r.status, r.body, tc.status, tc.body)
		}
	}
}

// TestPublicContentType: public/ files get mime-db's types, as
// @astrojs/node serves them (comet-semantics #31).
func TestPublicContentType(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"public/favicon.ico":      "\x00\x00\x01\x00",
		"public/app.js":           "1",
		"public/site.webmanifest": "{}",
		"public/data.unknownext":  "?",
		"src/pages/x.json.ts":     `export const GET = () => new Response('{}');`,
	})
	for path, want := range map[string]string{
		"/favicon.ico":      "image/vnd.microsoft.icon",
		"/app.js":           "text/javascript; charset=utf-8",
		"/site.webmanifest": "application/manifest+json; charset=utf-8",
		"/data.unknownext":  "application/octet-stream",
	} {
		r := do(t, srv, "GET", path, nil)
		if r.status != 200 || r.header.Get("Content-Type") != want {
			t.Errorf("GET %s = %d %q, want 200 %q", path, r.status, r.header.Get("Content-Type"), want)
		}
	}
}

// TestEmptyBodyIsStream: a POST, PUT, PATCH or DELETE with no body and no
// Content-Type gets an empty ReadableStream as request.body, as Astro 7's
// Request over the Node stream does (comet-semantics #29); GET gets null.
func TestEmptyBodyIsStream(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/b.ts": `export const ALL = async ({ request }) => {
  const b = request.body;
  if (b === null) return new Response('null');
  const r = await b.getReader().read();
  return new Response((b instanceof ReadableStream) + ' ' + r.done + ' ' + request.bodyUsed);
};`,
	})
	for method, want := range map[string]string{
		"GET": "null", "POST": "true true true", "PUT": "true true true", "PATCH": "true true true", "DELETE": "true true true",
	} {
		if r := do(t, srv, method, "/b", nil); r.status != 200 || r.body != want {
			t.Errorf("%s: %d %q, want %q", method, r.status, r.body, want)
		}
	}
}
