package dev

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
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/testproject"
)

// TestHostCheck: dev answers localhost names, IP addresses, the host it
// was started on and server.allowedHosts, and refuses other names with
// Vite's 403 (DNS rebinding would otherwise read dev's error pages).
func TestHostCheck(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "served") })
	hc := newHostCheck(ok, "dev.internal", []string{"app.example.com", ".preview.example"}, false)
	for _, c := range []struct {
		host string
		want bool
	}{
		{"localhost:4321", true},
		{"LOCALHOST", true},
		{"localhost.", true},
		{"my-app.localhost:4321", true},
		{"127.0.0.1:4321", true},
		{"192.168.1.20", true},
		{"[::1]:4321", true},
		{"[fe80::1]", true},
		{"dev.internal:4321", true},
		{"app.example.com", true},
		{"preview.example", true},
		{"pr-12.preview.example:443", true},
		{"", true},
		{"evil.example", false},
		{"evil.example:4321", false},
		{"localhost.evil.example", false},
		{"127.0.0.1.nip.io", false},
		{"xapp.example.com", false},
		{"evilpreview.example", false},
		{"[evil.example]", false},
		{"example.com", false},
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = c.host
		rec := httptest.NewRecorder()
		hc.ServeHTTP(rec, req)
		if got := rec.Code == 200; got != c.want {
			t.Errorf("Host %q: status %d, want served=%v (%s)", c.host, rec.Code, c.want, rec.Body)
		}
		if !c.want && !strings.Contains(rec.Body.String(), fmt.Sprintf("This host (%q) is not allowed.\nTo allow this host, add %q to `server.allowedHosts`", hostName(c.host), hostName(c.host))) {
			t.Errorf("Host %q: 403 body %q", c.host, rec.Body)
		}
	}
	req := httptest.NewRequest("GET", "/", nil)
	req.Host = "evil.example"
	rec := httptest.NewRecorder()
	newHostCheck(ok, "localhost", nil, true).ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Errorf("allowedHosts: true still refuses: %d", rec.Code)
	}
}

// TestWatcherCloseWithPendingBatch: a batch nobody takes (the dev server
// is shutting down) does not keep the watcher's goroutine alive.
func TestWatcherCloseWithPendingBatch(t *testing.T) {
	dir := testproject.Write(t, map[string]string{"src/pages/a.ts": "export const GET = () => new Response('a');"})
	cfg, err := config.Load(dir, config.Overrides{Mode: config.ModeDevelopment})
	if err != nil {
		t.Fatal(err)
	}
	w, err := newWatcher(cfg)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "src/pages/a.ts"), []byte("export const GET = () => new Response('b');"), 0o644)
	time.Sleep(3 * batchDelay) // the batch is ready and nobody reads it
	w.Close()
	deadline := time.Now().Add(2 * time.Second)
	for loopRunning() {
		if time.Now().After(deadline) {
			t.Fatal("watcher loop still blocked on its batch after Close")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func loopRunning() bool {
	buf := make([]byte, 1<<20)
	return strings.Contains(string(buf[:runtime.Stack(buf, true)]), "dev.(*watcher).loop")
}

// TestRunShutdown: with a browser tab holding the live-reload stream,
// dev stops well within its 2 s shutdown timeout, refuses a rebinding
// Host, and leaves no watcher goroutine behind.
func TestRunShutdown(t *testing.T) {
	dir := testproject.Write(t, map[string]string{
		"astro.config.mjs": "export default { output: 'server' };",
		"src/pages/a.ts":   "export const GET = () => new Response('a');",
	})
	cfg, err := config.Load(dir, config.Overrides{Mode: config.ModeDevelopment})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, cfg, Options{Log: diag.Discard(), Host: "127.0.0.1", Port: 0, Ready: func(a net.Addr) { ready <- a }})
	}()
	var addr net.Addr
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatal(err)
	case <-time.After(30 * time.Second):
		t.Fatal("dev did not start")
	}
	get := func(host string) (int, string) {
		req, _ := http.NewRequest("GET", "http://"+addr.String()+"/a", nil)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, body := get("localhost:4321"); code != 200 || body != "a" {
		t.Errorf("localhost: %d %q", code, body)
	}
	if code, body := get("rebind.evil.example"); code != 403 || !strings.Contains(body, "Blocked request") {
		t.Errorf("rebinding host: %d %q", code, body)
	}
	conn, err := net.Dial("tcp", addr.String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET /__comet/reload HTTP/1.1\r\nHost: localhost\r\n\r\n")
	if line, err := bufio.NewReader(conn).ReadString('\n'); err != nil || !strings.Contains(line, "200") {
		t.Fatalf("reload stream: %q %v", line, err)
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("dev did not stop")
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("shutdown took %s with a reload stream open (the 2 s timeout ran out)", took)
	}
	// A goroutine that signalled its end may still be unwinding for a
	// moment: look again for a while before calling it a leak.
	buf := make([]byte, 1<<20)
	for _, f := range []string{"dev.(*watcher).loop", "dev.(*devServer).watch"} {
		deadline := time.Now().Add(2 * time.Second)
		for strings.Contains(string(buf[:runtime.Stack(buf, true)]), f) {
			if time.Now().After(deadline) {
				t.Errorf("%s still running after Run returned", f)
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}
