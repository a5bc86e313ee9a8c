package server_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/server"
)

// rawRequest sends a request on a new connection and returns the
// connection unread.
func rawRequest(t *testing.T, addr, req string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestNonReadersCostTheirConnectionOnly: clients that ask for a big or an
// endless streamed answer and never read it hold no call slot, and are
// disconnected once a write has waited WriteTimeout; healthy requests are
// answered meanwhile. (They held every slot for as long as they liked.)
func TestNonReadersCostTheirConnectionOnly(t *testing.T) {
	srv := project(t, server.Options{Limits: server.Limits{WriteTimeout: 300 * time.Millisecond, MaxInFlight: 2, MaxQueue: 1}}, map[string]string{
		"src/pages/big.ts":    `export const GET = () => new Response('x'.repeat(8 << 20));`,
		"src/pages/stream.ts": `export const GET = () => new Response(new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(65536)); } }));`,
		"src/pages/ok.ts":     `export const GET = () => new Response('ok');`,
	})
	addr := srv.Listener.Addr().String()
	var conns []net.Conn
	for i := 0; i < 6; i++ {
		path := []string{"/big", "/stream"}[i%2]
		c := rawRequest(t, addr, "GET "+path+" HTTP/1.1\r\nHost: x\r\n\r\n")
		conns = append(conns, c)
		// Wait for the status line, so the next non-reader comes after this
		// one was answered (and, by then, gave its call slot back), however
		// slow the machine (-race); then read nothing more.
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		status := make([]byte, 12)
		if _, err := io.ReadFull(c, status); err != nil || string(status) != "HTTP/1.1 200" {
			t.Fatalf("non-reader %d: %q %v", i, status, err)
		}
	}
	time.Sleep(time.Second)
	for i := 0; i < 5; i++ {
		start := time.Now()
		if r := do(t, srv, "GET", "/ok", nil); r.status != 200 || r.body != "ok" {
			t.Fatalf("healthy request beside non-readers: %d %q", r.status, r.body)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("healthy request took %s", d)
		}
	}
	// Each non-reader is disconnected: reading now ends (EOF or reset)
	// after at most the bytes the socket buffers held.
	for i, c := range conns {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := io.Copy(io.Discard, c)
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Errorf("non-reader %d still connected after %d bytes", i, n)
		}
		if n < 1<<20 {
			t.Errorf("non-reader %d got only %d bytes", i, n)
		}
		if n >= 8<<20 && i%2 == 0 {
			t.Errorf("non-reader %d got the whole body (%d bytes)", i, n)
		}
	}
}

// TestWriteDeadlineKeepsAliveIdle: the write deadline of one answer does
// not break the next on a kept-alive connection that idled past it.
func TestWriteDeadlineKeepsAliveIdle(t *testing.T) {
	srv := project(t, server.Options{Limits: server.Limits{WriteTimeout: 100 * time.Millisecond}}, map[string]string{
		"src/pages/ok.ts":    `export const GET = () => new Response('ok');`,
		"src/pages/empty.ts": `export const GET = () => new Response(null, { status: 204 });`,
	})
	c := rawRequest(t, srv.Listener.Addr().String(), "GET /ok HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(c)
	for i, path := range []string{"/ok", "/empty", "/ok"} {
		if i > 0 {
			time.Sleep(300 * time.Millisecond)
			fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path)
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("answer %d: %v", i, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if want := map[string]string{"/ok": "ok", "/empty": ""}[path]; string(b) != want {
			t.Fatalf("answer %d = %q", i, b)
		}
	}
}

// TestBadRequestBodies: a malformed chunked body is answered 400 without
// running the handler (it got an empty body as if complete), and a request
// with both Content-Length and Transfer-Encoding has its connection closed.
func TestBadRequestBodies(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"src/pages/echo.ts": `export const POST = async ({ request }) => new Response('got ' + (await request.text()).length);`,
	})
	addr := srv.Listener.Addr().String()
	send := func(req string) (*http.Response, string, bool) {
		c := rawRequest(t, addr, req)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		br := bufio.NewReader(c)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("%q: %v", req, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		c.SetReadDeadline(time.Now().Add(time.Second))
		_, err = br.ReadByte() // the connection: closed (EOF) or kept (timeout)
		ne, ok := err.(net.Error)
		return resp, string(b), !(ok && ne.Timeout())
	}
	resp, body, _ := send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\nOrigin: http://x\r\n\r\n5\r\nhello\r\nzz\r\n")
	if resp.StatusCode != 400 || strings.Contains(body, "got") {
		t.Errorf("malformed chunk: %d %q; want 400 without the handler", resp.StatusCode, body)
	}
	resp, body, closed := send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
	if !closed {
		t.Errorf("Content-Length with Transfer-Encoding: %d %q, connection kept open", resp.StatusCode, body)
	}
	resp, body, closed = send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Type: application/json\r\n\r\nhello")
	if closed || body != "got 5" {
		t.Errorf("plain body: %d %q closed=%v", resp.StatusCode, body, closed)
	}
}
