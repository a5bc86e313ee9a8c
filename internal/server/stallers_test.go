package server_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/server"
)

// TestQueuedStallersStayBehind: once a route has stalled the event loop,
// more calls to it queued at once do not travel with the healthy calls
// from one fresh runtime to the next. Eight of them are queued together
// while healthy requests keep coming: every healthy request is answered
// 200 (none hops until it runs out of moves or of stuck-runtime room), and
// the slow calls are answered too, one after another.
func TestQueuedStallersStayBehind(t *testing.T) {
	var logs syncBuffer
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 30 * time.Second, StallAfter: 100 * time.Millisecond}}, map[string]string{
		"src/pages/ok.ts":    "export const GET = () => new Response('ok');\n",
		"src/pages/block.ts": "export const GET = () => {\n  const end = Date.now() + 500;\n  while (Date.now() < end) {}\n  return new Response('done');\n};\n",
	})
	// The first call stalls the loop: /block is now known to.
	if r := do(t, srv, "GET", "/block", nil); r.status != 200 {
		t.Fatalf("first /block: status %d %q", r.status, r.body)
	}
	const blockers, healthy = 8, 60
	var wg sync.WaitGroup
	errs := make(chan string, blockers+healthy)
	for range blockers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r := do(t, srv, "GET", "/block", nil); r.status != 200 {
				errs <- fmt.Sprintf("/block: status %d %q", r.status, r.body)
			}
		}()
	}
	for i := range healthy {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 25 * time.Millisecond)
			if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || r.body != "ok" {
				errs <- fmt.Sprintf("/ok: status %d %q", r.status, r.body)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if t.Failed() {
		t.Logf("server log:\n%s", logs.String())
	}
}

// TestStallersRunApart: once a route has stalled the shared runtime, its
// calls run on the stallers' own runtime: they block no healthy call and
// no longer restart the shared runtime, whose module state (a counter
// here) lives on. Before, each of its calls ran on the shared runtime,
// stalled it, and every healthy route's state started over.
func TestStallersRunApart(t *testing.T) {
	var logs syncBuffer
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 30 * time.Second, StallAfter: 100 * time.Millisecond}}, map[string]string{
		"src/pages/count.ts": "let n = 0;\nexport const GET = () => new Response(String(++n));\n",
		"src/pages/block.ts": "export const GET = () => {\n  const end = Date.now() + 400;\n  while (Date.now() < end) {}\n  return new Response('done');\n};\n",
	})
	count := func() int {
		t.Helper()
		r := do(t, srv, "GET", "/count", nil)
		var n int
		if _, err := fmt.Sscan(r.body, &n); r.status != 200 || err != nil {
			t.Fatalf("/count: status %d %q", r.status, r.body)
		}
		return n
	}
	// The first call stalls the shared runtime: /block is now a staller.
	if r := do(t, srv, "GET", "/block", nil); r.status != 200 {
		t.Fatalf("first /block: status %d %q", r.status, r.body)
	}
	want := count()
	for range 3 {
		done := make(chan result, 1)
		go func() { done <- do(t, srv, "GET", "/block", nil) }()
		for waiting := true; waiting; {
			select {
			case r := <-done:
				if r.status != 200 || r.body != "done" {
					t.Fatalf("/block: status %d %q", r.status, r.body)
				}
				waiting = false
			default:
				want++
				if got := count(); got != want {
					t.Fatalf("/count = %d, want %d: the shared runtime's module state started over\nserver log:\n%s", got, want, logs.String())
				}
			}
		}
	}
	if n := strings.Count(logs.String(), "has blocked the JavaScript event loop"); n != 1 {
		t.Errorf("the shared runtime was moved off %d times, want once (the first /block)\nserver log:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "src/pages/block.ts has blocked") {
		t.Errorf("the stall warning does not name the route:\n%s", logs.String())
	}
}

// TestNewBlockersMoveApart: two routes never seen before block the loop
// at once (a burst of hostile requests at start-up). The one that blocks
// first stalls the shared runtime; the other, queued behind it, has never
// answered, so it moves to the stallers' runtime, not to the fresh shared
// one: the shared runtime is moved off once, not once per blocker, and
// the healthy route keeps answering.
func TestNewBlockersMoveApart(t *testing.T) {
	var logs syncBuffer
	srv := project(t, server.Options{Log: logTo(&logs), Limits: server.Limits{Timeout: 30 * time.Second, StallAfter: time.Second}}, map[string]string{
		"src/pages/ok.ts": "export const GET = () => new Response('ok');\n",
		"src/pages/a.ts":  "export const GET = () => {\n  const end = Date.now() + 1500;\n  while (Date.now() < end) {}\n  return new Response('a');\n};\n",
		"src/pages/b.ts":  "export const GET = () => {\n  const end = Date.now() + 1500;\n  while (Date.now() < end) {}\n  return new Response('b');\n};\n",
	})
	if r := do(t, srv, "GET", "/ok", nil); r.status != 200 {
		t.Fatalf("/ok: status %d", r.status)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for _, p := range []string{"/a", "/b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r := do(t, srv, "GET", p, nil); r.status != 200 || r.body != p[1:] {
				errs <- fmt.Sprintf("%s: status %d %q", p, r.status, r.body)
			}
		}()
	}
	for range 20 {
		if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || r.body != "ok" {
			t.Errorf("/ok: status %d %q", r.status, r.body)
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if n := strings.Count(logs.String(), "has blocked the JavaScript event loop"); n != 1 {
		t.Errorf("the shared runtime was moved off %d times, want once\nserver log:\n%s", n, logs.String())
	}
}
