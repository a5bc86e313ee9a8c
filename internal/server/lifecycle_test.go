package server_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/server"
)

// TestSwapAfterClose: a dev rebuild that finishes after Close cannot swap
// in an app (its runtime would run on with nothing to close it).
func TestSwapAfterClose(t *testing.T) {
	files := map[string]string{"src/pages/a.ts": "export const GET = () => new Response('a');"}
	h, err := server.New(loadApp(t, files), server.Options{Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Swap(loadApp(t, files)); err != nil {
		t.Fatalf("swap before Close: %v", err)
	}
	h.Close()
	if err := h.Swap(loadApp(t, files)); !errors.Is(err, server.ErrClosed) {
		t.Fatalf("swap after Close: %v, want ErrClosed", err)
	}
}

// TestStopStreams: StopStreams ends open live-reload streams, so a
// graceful shutdown does not wait for a browser tab to leave.
func TestStopStreams(t *testing.T) {
	h, err := server.New(loadApp(t, map[string]string{"src/pages/a.ts": "export const GET = () => new Response('a');"}), server.Options{Dev: true, LiveReload: true})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	srv := httptest.NewServer(h)
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n", server.ReloadPath)
	br := bufio.NewReader(conn)
	if line, err := br.ReadString('\n'); err != nil || !strings.Contains(line, "200") {
		t.Fatalf("stream: %q %v", line, err)
	}
	h.StopStreams()
	conn.SetReadDeadline(time.Now().Add(2 * time.Second))
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatalf("stream still open after StopStreams: %v", err)
		}
		if line == "0\r\n" { // the chunked body's end: the handler returned
			return
		}
	}
}

// TestShutdownBounded: a request that never finishes does not stretch a
// graceful stop past ShutdownTimeout (docs/production.md: 10 s in preview).
func TestShutdownBounded(t *testing.T) {
	h, err := server.New(loadApp(t, map[string]string{"src/pages/stuck.ts": "export const GET = () => new Promise(() => {});"}), server.Options{Dev: true})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() {
		done <- server.ListenAndServe(ctx, h, server.ListenOptions{Host: "127.0.0.1", ShutdownTimeout: 500 * time.Millisecond, Banner: func(a net.Addr, _ bool) { addrc <- a }})
	}()
	addr := <-addrc
	conn, err := net.Dial("tcp", addr.String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET /stuck HTTP/1.1\r\nHost: localhost\r\n\r\n")
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("ListenAndServe did not return")
	}
	if took := time.Since(start); took < 400*time.Millisecond || took > 900*time.Millisecond {
		t.Errorf("shutdown took %s, want the 500ms timeout", took)
	}
}
