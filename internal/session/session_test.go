package session_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/server"
	"github.com/comet-dev/comet/internal/testproject"
)

// counter is an endpoint that counts visits in the session and shows the
// types devalue keeps.
const counter = `
export async function GET({ session, url }) {
  const n = (await session.get('n')) ?? 0;
  session.set('n', n + 1);
  if (n === 0) {
    session.set('when', new Date(0));
    session.set('tags', new Set(['a', 'b']));
    session.set('map', new Map([[1, 'one']]));
    session.set('url', new URL('https://example.com/x?y=1'));
    session.set('big', 12345678901234567890n);
    session.set('re', /ab+c/gi);
  }
  const when = await session.get('when');
  const tags = await session.get('tags');
  const map = await session.get('map');
  const u = await session.get('url');
  const big = await session.get('big');
  const re = await session.get('re');
  return Response.json({
    n: n + 1, id: session.id === session.sessionID,
    types: [when instanceof Date && when.getTime(), tags instanceof Set && [...tags].join(), map instanceof Map && map.get(1),
      u instanceof URL && u.searchParams.get('y'), typeof big === 'bigint' && String(big), re instanceof RegExp && re.flags],
  });
}
`

// serve builds files as a server project and serves it as comet preview
// does (production: Secure cookies).
func serve(t testing.TB, files map[string]string) (*httptest.Server, string, *syncBuffer) {
	t.Helper()
	dir := testproject.Write(t, files)
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	h, err := server.New(a, server.Options{Log: diag.NewLogger(logs, logs, diag.LevelInfo)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); h.Close() })
	return srv, dir, logs
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
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

func get(t *testing.T, c *http.Client, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestFileStoreRoundTrip(t *testing.T) {
	srv, dir, _ := serve(t, map[string]string{
		"astro.config.mjs":  "export default { output: 'server' };",
		"src/pages/n.js":    counter,
		"src/pages/none.js": "export const GET = () => new Response('no session');",
	})
	// A request that never touches the session sets no cookie.
	resp, _ := get(t, srv.Client(), srv.URL+"/none")
	if len(resp.Cookies()) != 0 {
		t.Fatalf("cookies without a session: %v", resp.Header.Values("Set-Cookie"))
	}
	resp, body := get(t, srv.Client(), srv.URL+"/n")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	sc := resp.Header.Get("Set-Cookie")
	for _, want := range []string{"astro-session=", "Path=/", "HttpOnly", "Secure", "SameSite=Lax"} {
		if !strings.Contains(sc, want) {
			t.Errorf("Set-Cookie %q lacks %q", sc, want)
		}
	}
	id := strings.TrimPrefix(strings.SplitN(sc, ";", 2)[0], "astro-session=")
	want := `{"n":1,"id":true,"types":[0,"a,b","one","1","12345678901234567890","gi"]}`
	if body != want {
		t.Fatalf("first visit: %s, want %s", body, want)
	}
	// The node adapter's default store: one file per session id.
	file := filepath.Join(dir, "node_modules", ".astro", "sessions", id)
	stored, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("session file: %v", err)
	}
	if !strings.HasPrefix(string(stored), `[["Map",`) || !strings.Contains(string(stored), `"https://example.com/x?y=1"`) {
		t.Errorf("stored %s", stored)
	}
	_, body = get(t, srv.Client(), srv.URL+"/n", "Cookie", "astro-session="+id)
	if !strings.HasPrefix(body, `{"n":2,`) {
		t.Fatalf("second visit: %s", body)
	}
}
