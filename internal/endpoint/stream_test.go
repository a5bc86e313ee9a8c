package endpoint_test

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/testproject"
)

// runtimeFor loads files as a project and starts a runtime for it.
func runtimeFor(t *testing.T, files map[string]string) *jsrt.Runtime {
	t.Helper()
	cfg, err := config.Load(testproject.Write(t, files), config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := a.NewRuntime(app.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rt.Close)
	return rt
}

// TestGoFacingCall: what a caller gets is Go only — a streamed body read
// chunk by chunk through Stream, a deadline that ends a call that never
// settles, and an Abort context that aborts request.signal until the
// Result is Ended (a client that leaves after the answer aborts nothing).
func TestGoFacingCall(t *testing.T) {
	rt := runtimeFor(t, map[string]string{
		"src/pages/stream.ts": `export const GET = () => new Response(new ReadableStream({
  start(c) { c.enqueue(new TextEncoder().encode('a')); c.enqueue(new TextEncoder().encode('bc')); c.close(); },
}));`,
		"src/pages/cancel.ts": `export const GET = () => new Response(new ReadableStream({
  pull(c) { c.enqueue(new Uint8Array(1)); },
  cancel() { globalThis.cancelled = true; },
}));
export const POST = () => new Response(String(!!globalThis.cancelled));`,
		"src/pages/never.ts": `export const GET = () => new Promise(() => {});`,
		"src/pages/signal.ts": `export const GET = ({ request }) => { (globalThis.signals ??= []).push(request.signal); return new Response('ok'); };
export const POST = () => new Response(globalThis.signals.map((s) => s.aborted).join(','));`,
	})
	call := func(req endpoint.Request) *endpoint.Result {
		t.Helper()
		if req.URL == "" {
			req.URL = "http://localhost:4321/"
		}
		res, err := endpoint.Call(context.Background(), rt, req)
		if err != nil {
			t.Fatalf("%s %s: %v", req.Method, req.File, err)
		}
		return res
	}

	res := call(endpoint.Request{File: "src/pages/stream.ts", Method: "GET"})
	if res.Stream == nil {
		t.Fatal("a ReadableStream body: Result.Stream is nil")
	}
	var got []string
	for {
		b, err := res.Stream.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(b))
	}
	if len(got) != 2 || got[0] != "a" || got[1] != "bc" {
		t.Errorf("chunks = %q, want [a bc]", got)
	}

	res = call(endpoint.Request{File: "src/pages/cancel.ts", Method: "GET"})
	if _, err := res.Stream.Next(context.Background()); err != nil {
		t.Fatal(err)
	}
	res.Stream.Cancel()
	if r := call(endpoint.Request{File: "src/pages/cancel.ts", Method: "POST"}); string(r.Body) != "true" {
		t.Errorf("after Cancel the stream's cancel() ran: %s, want true", r.Body)
	}

	start := time.Now()
	_, err := endpoint.Call(context.Background(), rt, endpoint.Request{File: "src/pages/never.ts", Method: "GET", URL: "http://localhost:4321/", Deadline: time.Now().Add(100 * time.Millisecond)})
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Errorf("a call past its Deadline: %v after %s, want DeadlineExceeded", err, time.Since(start))
	}

	left, leave := context.WithCancel(context.Background())
	call(endpoint.Request{File: "src/pages/signal.ts", Method: "GET", Abort: left}) // not Ended: the client leaving aborts
	leave()
	done, leaveAfter := context.WithCancel(context.Background())
	call(endpoint.Request{File: "src/pages/signal.ts", Method: "GET", Abort: done}).End()
	leaveAfter()
	deadline := time.Now().Add(3 * time.Second)
	for {
		r := call(endpoint.Request{File: "src/pages/signal.ts", Method: "POST"})
		if string(r.Body) == "true,false" {
			time.Sleep(100 * time.Millisecond) // time for a wrong abort to land too
			if r := call(endpoint.Request{File: "src/pages/signal.ts", Method: "POST"}); string(r.Body) != "true,false" {
				t.Fatalf("request.signal aborted = %s after End, want true,false", r.Body)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("request.signal aborted = %s, want true,false (aborted when the client left; not after End)", r.Body)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
