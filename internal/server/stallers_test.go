package server_test

import (
	"fmt"
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
