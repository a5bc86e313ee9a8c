package session_test

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/server"
	"github.com/comet-dev/comet/internal/testproject"
)

// astroWritten is a session file as Astro 7.3.5 writes it (AstroSession's
// devalue text of Map<key, {data, expires}>, URLs through its reducer),
// made with devalue 5.9.4 in Node: "user" never expires, "old" expired in
// 1970.
const astroWritten = `[["Map",1,2,10,11],"user",{"data":3,"expires":-1},{"name":4,"roles":5,"since":7,"home":8},"Ada",["Set",6],"admin",["Date","2024-01-02T03:04:05.000Z"],["URL",9],"https://example.com/ada","old",{"data":12,"expires":13},"gone",1000]`

const astroID = "0b9a3c1e-5f4d-4e2a-9c3b-7d6e5f4a3b2c"

func TestBehaviour(t *testing.T) {
	srv, dir, _ := serve(t, map[string]string{
		"astro.config.mjs": `export default { output: 'server', session: { driver: 'fs', options: { base: 'store' }, cookie: { name: 'sid', sameSite: 'strict', maxAge: 60 }, ttl: 1 } };`,
		"src/pages/user.js": `export async function GET({ session }) {
  const u = await session.get('user');
  return Response.json({ name: u && u.name, admin: u && u.roles.has('admin'), since: u && u.since.toISOString(), home: u && u.home.pathname,
    old: await session.get('old'), keys: [...await session.keys()] });
}`,
		"src/pages/set.js": `export async function GET({ session, url }) {
  session.set('short', 1);
  session.set('long', 2, { ttl: 3600 });
  return new Response('ok');
}`,
		"src/pages/read.js": `export async function GET({ session }) {
  return Response.json({ short: await session.get('short') ?? null, long: await session.get('long') ?? null });
}`,
		"src/pages/regen.js": `export async function GET({ session }) {
  const before = (await session.get('long')) ?? null;
  await session.regenerate();
  return Response.json({ before, id: session.id });
}`,
		"src/pages/bye.js": `export async function GET({ session }) { session.destroy(); return new Response('bye'); }`,
		"src/pages/del.js": `export async function GET({ session }) { session.delete('long'); return Response.json(await session.has('long')); }`,
		"src/pages/bad.js": `export async function GET({ session }) { session.set('f', () => 1); return new Response('no'); }`,
	})
	store := filepath.Join(dir, "store")
	if err := os.MkdirAll(store, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(store, astroID), []byte(astroWritten), 0o644); err != nil {
		t.Fatal(err)
	}
	// A session Astro wrote reads in Comet; the expired key is gone.
	_, body := get(t, srv.Client(), srv.URL+"/user", "Cookie", "sid="+astroID)
	if want := `{"name":"Ada","admin":true,"since":"2024-01-02T03:04:05.000Z","home":"/ada","keys":["user"]}`; body != want {
		t.Fatalf("Astro's session: %s\nwant %s", body, want)
	}

	// The cookie carries the config's attributes; HttpOnly always.
	resp, _ := get(t, srv.Client(), srv.URL+"/set")
	sc := resp.Header.Get("Set-Cookie")
	for _, want := range []string{"sid=", "Max-Age=60", "SameSite=Strict", "HttpOnly", "Path=/"} {
		if !strings.Contains(sc, want) {
			t.Errorf("Set-Cookie %q lacks %q", sc, want)
		}
	}
	cookie := strings.SplitN(sc, ";", 2)[0]
	id := strings.TrimPrefix(cookie, "sid=")
	_, body = get(t, srv.Client(), srv.URL+"/read", "Cookie", cookie)
	if body != `{"short":1,"long":2}` {
		t.Fatalf("read: %s", body)
	}
	// session.ttl (1 s) expires "short"; { ttl: 3600 } keeps "long".
	time.Sleep(1100 * time.Millisecond)
	_, body = get(t, srv.Client(), srv.URL+"/read", "Cookie", cookie)
	if body != `{"short":null,"long":2}` {
		t.Fatalf("after the ttl: %s", body)
	}

	// regenerate: a new id with the same data; the old file goes.
	resp, body = get(t, srv.Client(), srv.URL+"/regen", "Cookie", cookie)
	if !strings.HasPrefix(body, `{"before":2,"id":"`) || strings.Contains(body, id) {
		t.Fatalf("regenerate: %s", body)
	}
	newCookie := strings.SplitN(resp.Header.Get("Set-Cookie"), ";", 2)[0]
	if newCookie == cookie || !strings.HasPrefix(newCookie, "sid=") {
		t.Fatalf("regenerate set %q", newCookie)
	}
	waitGone(t, filepath.Join(store, id))
	_, body = get(t, srv.Client(), srv.URL+"/read", "Cookie", newCookie)
	if body != `{"short":null,"long":2}` {
		t.Fatalf("after regenerate: %s", body)
	}

	// delete, then destroy: the cookie is cleared and the file removed.
	_, body = get(t, srv.Client(), srv.URL+"/del", "Cookie", newCookie)
	if body != "false" {
		t.Fatalf("delete: %s", body)
	}
	resp, _ = get(t, srv.Client(), srv.URL+"/bye", "Cookie", newCookie)
	if sc := resp.Header.Get("Set-Cookie"); !strings.HasPrefix(sc, "sid=deleted") || !strings.Contains(sc, "Expires=Thu, 01 Jan 1970") {
		t.Errorf("destroy's cookie: %q", sc)
	}
	waitGone(t, filepath.Join(store, strings.TrimPrefix(newCookie, "sid=")))

	// A value devalue cannot serialise is Astro's error, a 500.
	resp, _ = get(t, srv.Client(), srv.URL+"/bad")
	if resp.StatusCode != 500 {
		t.Errorf("unserialisable value: %d", resp.StatusCode)
	}
	// An unknown id from the client is replaced by one the server makes.
	resp, _ = get(t, srv.Client(), srv.URL+"/set", "Cookie", "sid=11111111-2222-4333-8444-555555555555")
	if sc := resp.Header.Get("Set-Cookie"); strings.Contains(sc, "11111111-2222") {
		t.Errorf("kept the client's unknown id: %q", sc)
	}
}

func waitGone(t *testing.T, file string) {
	t.Helper()
	for end := time.Now().Add(2 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(file); os.IsNotExist(err) {
			return
		}
	}
	t.Errorf("%s was not removed", file)
}

// TestSessionsOff: `session: false` leaves context.session undefined.
func TestSessionsOff(t *testing.T) {
	srv, _, _ := serve(t, map[string]string{
		"astro.config.mjs": `export default { output: 'server', session: false };`,
		"src/pages/s.js":   `export const GET = (ctx) => new Response(String(ctx.session) + ' ' + ('session' in ctx));`,
	})
	_, body := get(t, srv.Client(), srv.URL+"/s")
	if body != "undefined true" {
		t.Fatalf("got %q", body)
	}
}

// TestDevCookie: `comet dev` (development mode) sets the cookie without
// Secure, as Astro does outside production, so http://localhost works.
func TestDevCookie(t *testing.T) {
	dir := testproject.Write(t, map[string]string{
		"astro.config.mjs": "export default { output: 'server' };",
		"src/pages/s.js":   "export async function GET({ session }) { session.set('a', 1); return new Response('ok'); }",
	})
	cfg, err := config.Load(dir, config.Overrides{Mode: config.ModeDevelopment})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	h, err := server.New(a, server.Options{Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer func() { srv.Close(); h.Close() }()
	resp, _ := get(t, srv.Client(), srv.URL+"/s")
	sc := resp.Header.Get("Set-Cookie")
	if !strings.HasPrefix(sc, "astro-session=") || strings.Contains(sc, "Secure") {
		t.Fatalf("dev Set-Cookie %q", sc)
	}
}

// TestSavedWhenHandlerThrows: as in Astro, a session changed before the
// handler threw is still saved; the request is a 500.
func TestSavedWhenHandlerThrows(t *testing.T) {
	srv, _, _ := serve(t, map[string]string{
		"astro.config.mjs":   "import { sessionDrivers } from 'astro/config'; export default { output: 'server', session: { driver: sessionDrivers.memory() } };",
		"src/pages/boom.js":  "export async function GET({ session }) { session.set('seen', 'yes'); throw new Error('boom'); }",
		"src/pages/sync.js":  "export function GET({ session }) { session.set('sync', 'yes'); throw new Error('boom'); }",
		"src/pages/read.js":  "export async function GET({ session }) { return Response.json([await session.get('seen') ?? null, await session.get('sync') ?? null]); }",
		"src/pages/start.js": "export function GET({ session }) { session.set('start', 1); return new Response('ok'); }",
	})
	resp, _ := get(t, srv.Client(), srv.URL+"/start")
	cookie, _, _ := strings.Cut(resp.Header.Get("Set-Cookie"), ";")
	resp, _ = get(t, srv.Client(), srv.URL+"/boom", "Cookie", cookie)
	if resp.StatusCode != 500 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	resp, _ = get(t, srv.Client(), srv.URL+"/sync", "Cookie", cookie)
	if resp.StatusCode != 500 {
		t.Fatalf("sync status %d", resp.StatusCode)
	}
	_, body := get(t, srv.Client(), srv.URL+"/read", "Cookie", cookie)
	if body != `["yes","yes"]` {
		t.Fatalf("read %s", body)
	}
}

// TestSharedAcrossRewrite: context.rewrite() answers with another route in
// the same request; both routes see one session, and what either changed
// is saved once the answer is ready.
func TestSharedAcrossRewrite(t *testing.T) {
	srv, _, _ := serve(t, map[string]string{
		"astro.config.mjs":   "import { sessionDrivers } from 'astro/config'; export default { output: 'server', session: { driver: sessionDrivers.memory() } };",
		"src/pages/from.js":  "export function GET(ctx) { ctx.session.set('from', 'a'); return ctx.rewrite('/to'); }",
		"src/pages/to.js":    "export async function GET({ session }) { const f = await session.get('from'); session.set('to', 'b'); return new Response(String(f)); }",
		"src/pages/read.js":  "export async function GET({ session }) { return Response.json([await session.get('from') ?? null, await session.get('to') ?? null]); }",
		"src/pages/start.js": "export function GET({ session }) { session.set('start', 1); return new Response('ok'); }",
	})
	resp, _ := get(t, srv.Client(), srv.URL+"/start")
	cookie, _, _ := strings.Cut(resp.Header.Get("Set-Cookie"), ";")
	resp, body := get(t, srv.Client(), srv.URL+"/from", "Cookie", cookie)
	if resp.StatusCode != 200 || body != "a" {
		t.Fatalf("rewrite: %d %q", resp.StatusCode, body)
	}
	_, body = get(t, srv.Client(), srv.URL+"/read", "Cookie", cookie)
	if body != `["a","b"]` {
		t.Fatalf("read %s", body)
	}
}

// TestSavedWhenMadeLate: the save step looks for a session when the
// handler's promise has settled, as endpoint.js's call() does (one turn of
// the microtask queue later), so a session an async handler changes in a
// microtask it queued, or after an await, is saved; and an async handler
// that never reads the session sets no cookie.
func TestSavedWhenMadeLate(t *testing.T) {
	srv, _, _ := serve(t, map[string]string{
		"astro.config.mjs":    "import { sessionDrivers } from 'astro/config'; export default { output: 'server', session: { driver: sessionDrivers.memory() } };",
		"src/pages/late.js":   "export async function GET(ctx) { Promise.resolve().then(() => ctx.session.set('late', 'yes')); return new Response('ok'); }",
		"src/pages/awaits.js": "export async function GET(ctx) { await null; ctx.session.set('awaited', 'yes'); return new Response('ok'); }",
		"src/pages/none.js":   "export async function GET() { await null; return new Response('none'); }",
		"src/pages/read.js":   "export async function GET({ session }) { return Response.json([await session.get('late') ?? null, await session.get('awaited') ?? null]); }",
	})
	resp, body := get(t, srv.Client(), srv.URL+"/none")
	if body != "none" || resp.Header.Get("Set-Cookie") != "" {
		t.Fatalf("none: %q, Set-Cookie %q", body, resp.Header.Get("Set-Cookie"))
	}
	resp, _ = get(t, srv.Client(), srv.URL+"/late")
	cookie, _, _ := strings.Cut(resp.Header.Get("Set-Cookie"), ";")
	if cookie == "" {
		t.Fatal("late: no session cookie")
	}
	get(t, srv.Client(), srv.URL+"/awaits", "Cookie", cookie)
	if _, body := get(t, srv.Client(), srv.URL+"/read", "Cookie", cookie); body != `["yes","yes"]` {
		t.Fatalf("read %s", body)
	}
}
