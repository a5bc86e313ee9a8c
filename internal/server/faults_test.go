package server_test

// Faults: a bad handler hurts only its own request, limits answer with
// their status, errors and files stay inside. Each test here fails if the
// property it names breaks.

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/server"
)

// syncBuffer is a log sink that tests read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func logTo(b *syncBuffer) *diag.Logger {
	l := diag.NewLogger(b, b, diag.LevelInfo)
	l.Color = false
	return l
}

var badHandlers = map[string]string{
	"src/pages/throw.ts":    "export function GET() {\n  throw new Error('kaboom');\n}\n",
	"src/pages/reject.ts":   "export const GET = async () => {\n  await null;\n  throw new TypeError('later');\n};\n",
	"src/pages/undef.ts":    "export const GET = () => undefined;\n",
	"src/pages/number.ts":   "export const GET = () => 42;\n",
	"src/pages/half.ts":     "export const GET = () => ({ status: 200, headers: {} });\n",
	"src/pages/never.ts":    "export const GET = () => new Promise(() => {});\n",
	"src/pages/spin.ts":     "export const GET = () => {\n  while (true) {}\n};\n",
	"src/pages/spinlate.ts": "export const GET = async () => {\n  await new Promise((r) => setTimeout(r, 5));\n  for (;;) {}\n};\n",
	"src/pages/ok.ts":       "let n = 0;\nexport const GET = () => new Response('ok ' + ++n);\n",
}

func TestBadHandlersGetTheirOwnAnswer(t *testing.T) {
	var logs syncBuffer
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 1500 * time.Millisecond, StallAfter: 200 * time.Millisecond}}, copyFiles(badHandlers))
	for _, c := range []struct {
		path   string
		status int
		log    string // what the log line must name
	}{
		{"/throw", 500, "src/pages/throw.ts:2:"},
		{"/reject", 500, "src/pages/reject.ts:3:"},
		{"/undef", 500, "src/pages/undef.ts"},
		{"/number", 500, "returned number"},
		{"/half", 500, "src/pages/half.ts"},
		{"/never", 504, "src/pages/never.ts did not answer within 1.5s"},
		{"/spin", 504, "it was stopped at src/pages/spin.ts:"},
		{"/spinlate", 504, "src/pages/spinlate.ts did not answer within 1.5s; it was stopped"},
	} {
		r := do(t, srv, "GET", c.path, nil)
		if r.status != c.status {
			t.Errorf("%s: status %d, want %d", c.path, r.status, c.status)
		}
		if !strings.Contains(logs.String(), c.log) {
			t.Errorf("%s: the log does not name %q:\n%s", c.path, c.log, logs.String())
		}
		if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || !strings.HasPrefix(r.body, "ok ") {
			t.Fatalf("after %s: /ok answered %d %q", c.path, r.status, r.body)
		}
	}
}

// TestRunawayLoopSparesOtherRequests: while one handler spins until its
// time limit, requests that arrive meanwhile, and requests that were
// already queued behind it, are answered — by a fresh runtime.
func TestRunawayLoopSparesOtherRequests(t *testing.T) {
	var logs syncBuffer
	timeout := 3 * time.Second
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: timeout, StallAfter: 150 * time.Millisecond}}, copyFiles(badHandlers))
	spun := make(chan int, 2)
	for range 2 {
		go func() { spun <- do(t, srv, "GET", "/spin", nil).status }()
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan string, 40)
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			if r := do(t, srv, "GET", "/ok", nil); r.status != 200 {
				errs <- fmt.Sprintf("status %d %q", r.status, r.body)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a healthy request failed while /spin ran: %s", e)
	}
	if took := time.Since(start); took >= timeout {
		t.Errorf("healthy requests waited for the runaway one: %v", took)
	}
	for range 2 {
		if s := <-spun; s != 504 {
			t.Errorf("/spin: status %d, want 504", s)
		}
	}
	if !strings.Contains(logs.String(), "blocked the JavaScript event loop") {
		t.Errorf("the stall is not logged:\n%s", logs.String())
	}
}

// TestMemoryGuard: a handler that allocates without end is stopped with a
// 500 once the heap passes the limit; the server goes on.
func TestMemoryGuard(t *testing.T) {
	jsrt.SetMemoryLimit(160 << 20)
	t.Cleanup(func() { jsrt.SetMemoryLimit(0) })
	var logs syncBuffer
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 60 * time.Second}}, map[string]string{
		"src/pages/hog.ts": "export const GET = () => {\n  const keep = [];\n  for (;;) keep.push(new Array(4096).fill('x'));\n};\n",
		"src/pages/ok.ts":  "export const GET = () => new Response('ok');\n",
	})
	start := time.Now()
	r := do(t, srv, "GET", "/hog", nil)
	if r.status != 500 {
		t.Errorf("/hog: status %d, want 500", r.status)
	}
	if time.Since(start) > 30*time.Second {
		t.Errorf("/hog ran %v: the guard did not stop it", time.Since(start))
	}
	if !strings.Contains(logs.String(), "memory limit exceeded") || !strings.Contains(logs.String(), "src/pages/hog.ts:3:") {
		t.Errorf("log does not say why and where:\n%s", logs.String())
	}
	if r := do(t, srv, "GET", "/ok", nil); r.status != 200 {
		t.Errorf("after the guard: /ok answered %d", r.status)
	}
}

// TestMemoryGuardSparesHealthyRequests: while a handler allocates without
// end (after an await, so the guard's interrupt lands in a promise job),
// healthy requests keep being answered 200: the guard stops the long job,
// not whatever job a busy loop runs, and no call starts on the
// interrupted runtime, whose promise jobs goja never runs again. (Healthy
// requests answered 500 "memory limit exceeded" by the dozen, or hung
// until their time limit.)
func TestMemoryGuardSparesHealthyRequests(t *testing.T) {
	jsrt.SetMemoryLimit(160 << 20)
	t.Cleanup(func() { jsrt.SetMemoryLimit(0) })
	var logs syncBuffer
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 20 * time.Second, StallAfter: time.Second}}, map[string]string{
		// 4 MiB every 10 ms, paced by the clock: the heap passes the limit
		// in about half a second, with or without the race detector.
		"src/pages/hog.ts": "export const GET = async () => {\n  await null;\n  const keep = [];\n  for (;;) { keep.push(new Uint8Array(4 << 20)); const t = Date.now(); while (Date.now() - t < 10); }\n};\n",
		"src/pages/ok.ts":  "export const GET = async () => { await null; return new Response('ok'); };\n",
	})
	hogged := make(chan int, 1)
	go func() { hogged <- do(t, srv, "GET", "/hog", nil).status }()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	statuses := map[int]int{}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				start := time.Now()
				r := do(t, srv, "GET", "/ok", nil)
				mu.Lock()
				statuses[r.status]++
				if r.status != 200 || time.Since(start) > 5*time.Second {
					statuses[-1]++
				}
				mu.Unlock()
			}
		}()
	}
	if s := <-hogged; s != 500 {
		t.Errorf("/hog: status %d, want 500\n%s", s, logs.String())
	}
	time.Sleep(500 * time.Millisecond)
	close(stop)
	wg.Wait()
	if statuses[-1] > 0 || statuses[200] == 0 {
		t.Errorf("healthy requests beside the hog: statuses %v (-1: failed or took over 5s)\n%s", statuses, logs.String())
	}
}

// TestAdmission: calls beyond MaxInFlight wait, beyond MaxQueue get 503.
func TestAdmission(t *testing.T) {
	srv := project(t, server.Options{Limits: server.Limits{MaxInFlight: 1, MaxQueue: 1}}, map[string]string{
		"src/pages/slow.ts": "export const GET = async () => { await new Promise((r) => setTimeout(r, 400)); return new Response('done'); };\n",
	})
	var mu sync.Mutex
	count := map[int]int{}
	retryAfter := ""
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := do(t, srv, "GET", "/slow", nil)
			mu.Lock()
			count[r.status]++
			if r.status == 503 {
				retryAfter = r.header.Get("Retry-After")
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if count[200] != 2 || count[503] != 2 {
		t.Errorf("statuses %v; want two 200 (one running, one queued) and two 503", count)
	}
	if retryAfter == "" {
		t.Errorf("503 without Retry-After")
	}
}

// TestErrorDetailsStayInTheLog: preview answers a throw with an empty 500;
// dev (ShowErrors) shows the message and the file.
func TestErrorDetailsStayInTheLog(t *testing.T) {
	files := map[string]string{"src/pages/throw.ts": "export function GET() {\n  throw new Error('secret detail');\n}\n"}
	for _, show := range []bool{false, true} {
		srv := project(t, server.Options{ShowErrors: show}, copyFiles(files))
		r := do(t, srv, "GET", "/throw", nil)
		leaks := strings.Contains(r.body, "secret detail") || strings.Contains(r.body, "src/pages") || strings.Contains(r.body, string(filepath.Separator)+"tmp")
		if r.status != 500 || leaks != show {
			t.Errorf("ShowErrors=%v: %d %q", show, r.status, r.body)
		}
	}
}

// TestNothingEscapes: no request path reaches outside the served folders;
// dot files are hidden except /.well-known/.
func TestNothingEscapes(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("TOP SECRET"), 0o644)
	for _, preview := range []bool{false, true} {
		dir := t.TempDir()
		write := func(name, data string) {
			p := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte(data), 0o644)
		}
		write("astro.config.mjs", "export default { output: 'server' };")
		write("src/pages/[slug].ts", "export const GET = ({ params }) => new Response('param=' + params.slug);")
		write("public/.env", "TOP SECRET")
		write("public/.git/config", "TOP SECRET")
		write("public/.well-known/security.txt", "contact")
		write("public/ok.txt", "public file")
		if err := os.Symlink(outside, filepath.Join(dir, "public", "leak.txt")); err != nil {
			t.Fatal(err)
		}
		os.Symlink(filepath.Dir(outside), filepath.Join(dir, "public", "leakdir"))
		srv := httptest.NewServer(serveDir(t, dir, preview))
		for _, c := range []struct {
			path   string
			status int
			body   string
		}{
			{"/ok.txt", 200, "public file"},
			{"/.well-known/security.txt", 200, "contact"},
			{"/.env", 200, "param=.env"}, // not the file: the route
			{"/.git/config", 404, ""},
			{"/leak.txt", 200, "param=leak.txt"},
			{"/leakdir/secret.txt", 404, ""},
			{"/../../../etc/passwd", 404, ""},
			{"/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 404, ""},
			{"/..%2f..%2f..%2fetc%2fpasswd", 200, "param=..%2f..%2f..%2fetc%2fpasswd"},
			{"/%2fetc%2fpasswd", 200, "param=%2fetc%2fpasswd"},
			{"/..%5c..%5csecret.txt", 200, "param=..\\..\\secret.txt"},
			{"/..\\..\\secret.txt", 200, "param=..\\..\\secret.txt"},
			{"/a%00b", 200, "param=a\x00b"},
			{"/%zz", 400, ""},
			{"/%c0%ae%c0%ae/secret.txt", 400, "Bad request."},
			{"//etc/passwd", 404, ""},
		} {
			status, body := rawGet(t, srv.URL, c.path)
			if status != c.status || (c.body != "" && body != c.body) || strings.Contains(body, "TOP SECRET") {
				t.Errorf("preview=%v %s: %d %q; want %d %q", preview, c.path, status, body, c.status, c.body)
			}
		}
		srv.Close()
	}
}

// rawGet sends path exactly as written, as a hostile client would.
func rawGet(t *testing.T, base, path string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// serveDir builds (preview) or loads (dev) the project at dir.
func serveDir(t *testing.T, dir string, preview bool) http.Handler {
	t.Helper()
	cfg, err := config.Load(dir, config.Overrides{Mode: config.ModeDevelopment})
	if err != nil {
		t.Fatal(err)
	}
	opts := server.Options{Dev: !preview}
	var a *app.App
	if preview {
		if _, err := build.Run(context.Background(), cfg, build.Options{}); err != nil {
			t.Fatal(err)
		}
		var m *app.Manifest
		a, m, err = app.LoadBuilt(cfg.Root, cfg.OutDir)
		if err != nil {
			t.Fatal(err)
		}
		opts.ClientDir = filepath.Join(cfg.OutDir, "client")
		opts.Files = m.Files
	} else {
		a, err = app.Load(cfg, false)
		if err != nil {
			t.Fatal(err)
		}
	}
	h, err := server.New(a, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h
}

func copyFiles(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// TestMalformedInput: what a client sends wrong reaches the handler as
// the error the Fetch standard throws, which the handler can catch; left
// uncaught, it is a 500 like any other throw.
func TestMalformedInput(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/catch.ts": `export const POST = async ({ request }) => {
  const kind = new URL(request.url).searchParams.get('kind');
  try {
    if (kind === 'json') await request.json();
    if (kind === 'form') await request.formData();
    if (kind === 'status') new Response(null, { status: 99 });
    if (kind === 'header') new Headers({ 'bad name': 'x' });
    if (kind === 'value') new Headers({ 'x-ok': 'a\nb' });
    if (kind === 'twice') { await request.text(); await request.text(); }
    return new Response('no error');
  } catch (e) {
    return new Response(e.constructor.name + ' ' + (e instanceof Error));
  }
};`,
		"src/pages/uncaught.ts": `export const POST = async ({ request }) => new Response(JSON.stringify(await request.json()));`,
	})
	for _, c := range []struct{ kind, contentType, body, want string }{
		{"json", "application/json", `{"a":`, "SyntaxError true"},
		{"form", "multipart/form-data; boundary=xyz", "--xyz\r\nbroken", "TypeError true"},
		{"form", "text/plain", "a=1", "TypeError true"},
		{"status", "text/plain", "", "RangeError true"},
		{"header", "text/plain", "", "TypeError true"},
		{"value", "text/plain", "", "TypeError true"},
		{"twice", "text/plain", "x", "TypeError true"},
	} {
		r := do(t, srv, "POST", "/catch?kind="+c.kind, strings.NewReader(c.body), "Content-Type", c.contentType, "Origin", srv.URL)
		if r.status != 200 || r.body != c.want {
			t.Errorf("%s (%s): %d %q, want %q", c.kind, c.contentType, r.status, r.body, c.want)
		}
	}
	if r := do(t, srv, "POST", "/uncaught", strings.NewReader("{nope"), "Content-Type", "application/json"); r.status != 500 {
		t.Errorf("uncaught SyntaxError: status %d, want 500", r.status)
	}
	if r := do(t, srv, "POST", "/uncaught", strings.NewReader(`{"ok":1}`), "Content-Type", "application/json"); r.status != 200 || r.body != `{"ok":1}` {
		t.Errorf("good JSON: %d %q", r.status, r.body)
	}
}

// TestWorkersPool: with Workers > 1 (preview), calls are spread over a
// pool of runtimes, each with its own module state; with the default, one
// runtime serves all (TestSharedModuleState).
func TestWorkersPool(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "src/pages"), 0o755)
	os.WriteFile(filepath.Join(dir, "astro.config.mjs"), []byte("export default { output: 'server' };"), 0o644)
	os.WriteFile(filepath.Join(dir, "src/pages/id.ts"), []byte("const id = Math.random();\nexport const GET = async () => { await new Promise((r) => setTimeout(r, 20)); return new Response(String(id)); };\n"), 0o644)
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := build.Run(context.Background(), cfg, build.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 3} {
		a, m, err := app.LoadBuilt(cfg.Root, cfg.OutDir)
		if err != nil {
			t.Fatal(err)
		}
		h, err := server.New(a, server.Options{Workers: workers, ClientDir: filepath.Join(cfg.OutDir, "client"), Files: m.Files})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		var mu sync.Mutex
		ids := map[string]bool{}
		var wg sync.WaitGroup
		for range 12 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := do(t, srv, "GET", "/id", nil)
				mu.Lock()
				ids[r.body] = true
				mu.Unlock()
			}()
		}
		wg.Wait()
		srv.Close()
		h.Close()
		if len(ids) != workers {
			t.Errorf("Workers=%d: %d distinct module instances answered, want %d", workers, len(ids), workers)
		}
	}
}
