package server_test

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/server"
)

var update = flag.Bool("update", false, "rewrite testdata/answers.golden")

// TestOwnAnswersOnTheWire: every answer the server gives itself (400, 403,
// 301/308, 413, 405, 404 for GET and HEAD, 500 with and without details,
// 504, 503 after Close) exactly as it goes over the wire: status line,
// headers, body. Only Date is blanked. The golden file was written by the
// server before its errors became one path (httpError), so any byte that
// differs is a change of behaviour.
//
//	go test ./internal/server -run OwnAnswers -update
func TestOwnAnswersOnTheWire(t *testing.T) {
	files := map[string]string{
		"src/pages/echo.ts":    `export const POST = async ({ request }) => new Response('got ' + (await request.text()).length);`,
		"src/pages/post.ts":    `export const POST = () => new Response('post');`,
		"src/pages/throw.ts":   `export const GET = () => { throw new Error('boom'); };`,
		"src/pages/never.ts":   `export const GET = () => new Promise(() => {});`,
		"src/pages/a/index.ts": `export const GET = () => new Response('a');`,
	}
	limits := server.Limits{Timeout: 300 * time.Millisecond, MaxBodyBytes: 8}
	plain := project(t, server.Options{Limits: limits, MethodNotAllowed: true}, files)
	details := project(t, server.Options{Limits: limits, ShowErrors: true}, files)
	requests := []struct {
		srv  string
		name string
		req  string
	}{
		{"plain", "bad path", "GET /bad%FF HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "bad path, HEAD", "HEAD /bad%FF HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "cross-site form", "POST /post HTTP/1.1\r\nHost: x\r\nOrigin: http://evil.example\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nx"},
		{"plain", "slash redirect", "GET /a//?q=1 HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "slash redirect, POST", "POST /a// HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"},
		{"plain", "body too large", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n123456789"},
		{"plain", "malformed chunk", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n5\r\nhello\r\nzz\r\n"},
		{"plain", "method not allowed", "GET /post HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"details", "no handler", "GET /post HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "not found", "GET /missing<x> HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "not found, HEAD", "HEAD /missing HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "throw", "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"details", "throw, details", "GET /throw HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"plain", "timeout", "GET /never HTTP/1.1\r\nHost: x\r\n\r\n"},
	}
	servers := map[string]string{"plain": plain.Listener.Addr().String(), "details": details.Listener.Addr().String()}
	var out strings.Builder
	for _, rq := range requests {
		fmt.Fprintf(&out, "### %s\n%s\n", rq.name, rawExchange(t, servers[rq.srv], rq.req))
	}
	closed := project(t, server.Options{}, files)
	closed.Config.Handler.(*server.Handler).Close()
	time.Sleep(50 * time.Millisecond) // the runtime closes in the background
	fmt.Fprintf(&out, "### closed\n%s\n", rawExchange(t, closed.Listener.Addr().String(), "GET /a/ HTTP/1.1\r\nHost: x\r\n\r\n"))
	got := out.String()
	golden := filepath.Join("testdata", "answers.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("answers differ from %s:\n%s", golden, got)
	}
}

var dateLine = regexp.MustCompile(`(?m)^Date: .*\r$`)

// rawExchange sends req on a fresh connection and returns the raw answer
// (Date blanked, the file's directory cut from error details).
func rawExchange(t *testing.T, addr, req string) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, req)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(c)
	var b strings.Builder
	// Read the head, then as much body as Content-Length says (or what
	// arrives before the connection closes or goes quiet).
	length := -1
	for {
		line, err := br.ReadString('\n')
		b.WriteString(line)
		if err != nil || line == "\r\n" {
			break
		}
		fmt.Sscanf(line, "Content-Length: %d", &length)
	}
	if strings.HasPrefix(req, "HEAD") {
		length = 0
	}
	if length >= 0 {
		body := make([]byte, length)
		io.ReadFull(br, body)
		b.Write(body)
	} else {
		c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		rest, _ := io.ReadAll(br)
		b.Write(rest)
	}
	s := dateLine.ReplaceAllString(b.String(), "Date: -\r")
	return regexp.MustCompile(`/tmp/[^ \n]*?/src/pages/`).ReplaceAllString(s, "…/src/pages/")
}
