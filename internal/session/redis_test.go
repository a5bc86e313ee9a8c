package session_test

import (
	"context"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// startRedis starts Debian's redis-server (test/platform/services.sh
// installs it) on a free loopback port, without persistence; it skips the
// test, saying why, when there is none.
func startRedis(t *testing.T, port int) *exec.Cmd {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server is not installed (run test/platform/services.sh as root)")
	}
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", t.TempDir())
	if err := cmd.Start(); err != nil {
		t.Skip("redis-server did not start: " + err.Error())
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port)); err == nil {
			c.Close()
			return cmd
		}
	}
	t.Skip("redis-server did not listen within 10 s")
	return nil
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestRedisSharedByTwoServers: two Comet servers on one Redis see each
// other's sessions, keys are laid out as unstorage's redis driver writes
// them (base:id, devalue text, EX from the driver's ttl), and Redis going
// away fails only the requests that need it, with a 500.
func TestRedisSharedByTwoServers(t *testing.T) {
	port := freePort(t)
	redisCmd := startRedis(t, port)
	url := fmt.Sprintf("redis://127.0.0.1:%d", port)
	files := map[string]string{
		"astro.config.mjs": `import { defineConfig, sessionDrivers } from 'astro/config';
export default defineConfig({ output: 'server', session: { driver: sessionDrivers.redis({ url: '` + url + `', base: 'sess', ttl: 600 }) } });`,
		"src/pages/n.js":    counter,
		"src/pages/cart.js": "export async function POST({ session }) { session.set('cart', ['apple']); return new Response('ok'); }\nexport async function GET({ session }) { return Response.json(await session.get('cart') ?? null); }",
		"src/pages/none.js": "export const GET = () => new Response('still here');",
	}
	a, _, logs := serve(t, files)
	b, _, _ := serve(t, files)

	resp, body := get(t, a.Client(), a.URL+"/n")
	if resp.StatusCode != 200 || !strings.HasPrefix(body, `{"n":1,`) {
		t.Fatalf("server A: %d %s", resp.StatusCode, body)
	}
	cookie := strings.SplitN(resp.Header.Get("Set-Cookie"), ";", 2)[0]
	id := strings.TrimPrefix(cookie, "astro-session=")
	_, body = get(t, b.Client(), b.URL+"/n", "Cookie", cookie)
	if !strings.HasPrefix(body, `{"n":2,`) {
		t.Fatalf("server B did not see A's session: %s", body)
	}
	_, body = get(t, a.Client(), a.URL+"/n", "Cookie", cookie)
	if !strings.HasPrefix(body, `{"n":3,`) {
		t.Fatalf("server A did not see B's write: %s", body)
	}

	rc := redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", port)})
	defer rc.Close()
	ctx := context.Background()
	v, err := rc.Get(ctx, "sess:"+id).Result()
	if err != nil || !strings.HasPrefix(v, `[["Map",`) {
		t.Fatalf("redis key sess:%s = %q, %v", id, v, err)
	}
	if ttl := rc.TTL(ctx, "sess:"+id).Val(); ttl <= 0 || ttl > 600*time.Second {
		t.Errorf("TTL %v, want the driver's 600 s", ttl)
	}

	// Redis goes away: a session request is a 500, the rest still serve.
	redisCmd.Process.Kill()
	redisCmd.Wait()
	start := time.Now()
	resp, body = get(t, a.Client(), a.URL+"/n", "Cookie", cookie)
	if resp.StatusCode != 500 {
		t.Fatalf("with Redis gone: %d %s", resp.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "session store redis") {
		t.Errorf("the log does not name the store:\n%s", logs.String())
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the failing request took %v", d)
	}
	resp, body = get(t, a.Client(), a.URL+"/none")
	if resp.StatusCode != 200 || body != "still here" {
		t.Fatalf("a route without sessions while Redis is gone: %d %s", resp.StatusCode, body)
	}

	// Redis back (empty): sessions work again without a restart.
	startRedis(t, port)
	resp, body = get(t, b.Client(), b.URL+"/cart", "Cookie", cookie)
	if resp.StatusCode != 200 || body != "null" {
		t.Fatalf("after Redis came back: %d %s", resp.StatusCode, body)
	}
}
