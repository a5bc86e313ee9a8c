// Command faultload is the load test with faults (bench/faults.sh runs
// it): `comet preview` on 127.0.0.1 serves healthy requests from many
// clients while other clients keep hitting handlers that throw, that spin
// forever, and that allocate without end, and hostile clients send what
// used to take a server down: 5 MB of nested JSON to request.json(),
// requests for a streamed and for an 8 MB response that are never read,
// ~10,500 headers to a handler iterating them, and 9.9 MB urlencoded
// forms (98,000 fields, or millions past the entry cap) to
// request.formData(). It reports the healthy requests
// served and how many of them failed (must be 0), the faulty answers by
// status, and the server's RSS after warm-up and at the end (must stay
// flat). It exits 1 if a healthy request failed or RSS grew by more than
// half plus 32 MiB.
//
//	go run ./bench/faultload -comet bin/comet -duration 60s
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

var files = map[string]string{
	"astro.config.mjs": "export default { output: 'server' };\n",
	"src/pages/api/[id].json.ts": `export const GET = ({ params }) =>
  new Response(JSON.stringify({ id: params.id, ok: true }), { headers: { 'Content-Type': 'application/json' } });
`,
	"src/pages/throw.ts":   "export const GET = () => { throw new Error('bad handler'); };\n",
	"src/pages/spin.ts":    "export const GET = () => { while (true) {} };\n",
	"src/pages/hog.ts":     "export const GET = () => { const a = []; for (;;) a.push(new Array(4096).fill('x')); };\n",
	"src/pages/json.ts":    "export const POST = async ({ request }) => Response.json(typeof (await request.json()));\n",
	"src/pages/form.ts":    "export const POST = async ({ request }) => new Response(String([...(await request.formData()).keys()].length));\n",
	"src/pages/headers.ts": "export const GET = ({ request }) => Response.json(Object.keys(Object.fromEntries(request.headers)).length);\n",
	"src/pages/stream.ts":  "export const GET = () => new Response(new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(65536)); } }));\n",
	"src/pages/big.ts":     "const big = 'x'.repeat(8 << 20);\nexport const GET = () => new Response(big);\n",
}

func main() {
	comet := flag.String("comet", "bin/comet", "the comet binary")
	duration := flag.Duration("duration", 60*time.Second, "how long to load")
	clients := flag.Int("clients", 32, "healthy clients")
	maxMemory = flag.String("max-memory", "256MiB", "the server's --max-memory (small, so the hog is stopped quickly)")
	only := flag.String("attacks", "all", "comma-separated subset: faults, json, headers, forms, nonreaders")
	serverLog = flag.String("log", "", "write the server's log to this file (default: discard it)")
	flag.Parse()
	for _, a := range strings.Split(*only, ",") {
		attacks[a] = true
	}
	if err := run(*comet, *duration, *clients); err != nil {
		fmt.Fprintln(os.Stderr, "faultload:", err)
		os.Exit(1)
	}
}

// attacks are the hostile loads to run ("all": every one).
var attacks = map[string]bool{}

var maxMemory, serverLog *string

func on(name string) bool { return attacks["all"] || attacks[name] }

func run(comet string, duration time.Duration, clients int) error {
	dir, err := os.MkdirTemp("", "comet-faultload-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return err
		}
	}
	if out, err := exec.Command(comet, "build", dir, "--silent").CombinedOutput(); err != nil {
		return fmt.Errorf("build: %v\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	// A short time limit so that spinning handlers are stopped often
	// (healthy requests take microseconds; 5 s leaves room for the stall
	// hand-off and for the garbage collector under the hog); a small
	// memory limit so that the hog is stopped quickly.
	srv := exec.Command(comet, "preview", dir, "--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--timeout", "5s", "--max-memory", *maxMemory)
	srv.Stdout, srv.Stderr = io.Discard, io.Discard
	if *serverLog != "" {
		f, err := os.Create(*serverLog)
		if err != nil {
			return err
		}
		defer f.Close()
		srv.Stdout, srv.Stderr = f, f
	}
	if err := srv.Start(); err != nil {
		return err
	}
	defer srv.Process.Kill()
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	if err := waitUp(base + "/api/1.json"); err != nil {
		return err
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients + 8}, Timeout: 30 * time.Second}
	get := func(path string) (int, error) {
		resp, err := client.Get(base + path)
		if err != nil {
			return 0, err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	// Warm up, then take the starting RSS.
	for i := range 2000 {
		get(fmt.Sprintf("/api/%d.json", i))
	}
	rssStart := rss(srv.Process.Pid)

	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	var served, failed atomic.Int64
	var firstFailure atomic.Value
	var mu sync.Mutex
	faulty := map[string]map[int]int{}
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				status, err := get(fmt.Sprintf("/api/%d.json", c*1_000_000+i))
				if ctx.Err() != nil && err != nil {
					return
				}
				if err != nil || status != 200 {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, fmt.Sprintf("status %d, %v", status, err))
					continue
				}
				served.Add(1)
			}
		}()
	}
	fault := func(path string, pause time.Duration) {
		defer wg.Done()
		for ctx.Err() == nil {
			status, err := get(path)
			if err == nil {
				mu.Lock()
				if faulty[path] == nil {
					faulty[path] = map[int]int{}
				}
				faulty[path][status]++
				mu.Unlock()
			}
			time.Sleep(pause)
		}
	}
	hostile := func(name string, pause time.Duration, send func() (int, error)) {
		defer wg.Done()
		for ctx.Err() == nil {
			status, err := send()
			mu.Lock()
			if faulty[name] == nil {
				faulty[name] = map[int]int{}
			}
			if err != nil {
				status = -1 // no answer: the connection was closed
			}
			faulty[name][status]++
			mu.Unlock()
			time.Sleep(pause)
		}
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	deepJSON := strings.Repeat("[", 2_500_000) + strings.Repeat("]", 2_500_000)
	// Two 9.9 MiB forms (under the 10 MiB body limit): 98,000 fields of
	// ~100 bytes (under the 100,000-entry cap: parsed in full) and 2.6
	// million tiny fields (refused at the cap).
	var fields strings.Builder
	for i := 0; i < 98_000; i++ {
		fmt.Fprintf(&fields, "f%d=%s&", i, strings.Repeat("v", 93))
	}
	forms := []string{fields.String(), strings.Repeat("a=b&", 10_380_000/4)}
	var flood strings.Builder
	for i := range 10_500 {
		const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
		fmt.Fprintf(&flood, "%c%c:1\r\n", digits[i/36%36], digits[i%36])
	}
	if on("json") {
		wg.Add(1)
		go hostile("deep JSON", time.Second, func() (int, error) {
			return raw(addr, "POST /json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "+strconv.Itoa(len(deepJSON))+"\r\n\r\n"+deepJSON)
		})
	}
	if on("headers") {
		wg.Add(1)
		go hostile("header flood", 1500*time.Millisecond, func() (int, error) {
			return raw(addr, "GET /headers HTTP/1.1\r\nHost: x\r\n"+flood.String()+"\r\n")
		})
	}
	for i := 0; i < 3 && on("forms"); i++ { // three big forms at once, again and again
		wg.Add(1)
		form := forms[i/2] // two of 98,000 fields, one past the cap
		go hostile("9.9 MB form", time.Second, func() (int, error) {
			return raw(addr, "POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "+strconv.Itoa(len(form))+"\r\n\r\n"+form)
		})
	}
	// Non-readers: connections that ask for a streamed or an 8 MB answer
	// and never read a byte, 40 of each, reopened once the server drops them.
	var nonReaders atomic.Int64
	for _, path := range []string{"/stream", "/big"} {
		for i := 0; i < 40 && on("nonreaders"); i++ {
			go func() {
				for ctx.Err() == nil {
					nonReaders.Add(1)
					holdUnread(ctx, addr, path)
				}
			}()
		}
	}
	if on("faults") {
		wg.Add(2)
		go fault("/throw", 5*time.Millisecond)
		go fault("/spin", 500*time.Millisecond)
		if os.Getenv("NOHOG") == "" {
			wg.Add(1)
			go fault("/hog", 3*time.Second)
		}
	}
	var rssMax int64
	go func() {
		for ctx.Err() == nil {
			rssMax = max(rssMax, rss(srv.Process.Pid))
			time.Sleep(250 * time.Millisecond)
		}
	}()
	wg.Wait()
	time.Sleep(3 * time.Second) // let the last stopped runtimes go
	rssEnd := rss(srv.Process.Pid)

	fmt.Printf("duration %s, %d healthy clients\n", duration, clients)
	fmt.Printf("healthy requests served: %d (%.0f/s), failed: %d\n", served.Load(), float64(served.Load())/duration.Seconds(), failed.Load())
	if f := firstFailure.Load(); f != nil {
		fmt.Printf("first failure: %s\n", f)
	}
	for _, p := range []string{"/throw", "/spin", "/hog", "deep JSON", "header flood", "9.9 MB form"} {
		fmt.Printf("%-12s answered %v\n", p, faulty[p])
	}
	fmt.Printf("non-reading connections opened: %d\n", nonReaders.Load())
	if err := srv.Process.Signal(syscall.Signal(0)); err != nil {
		return fmt.Errorf("the server is gone: %v", err)
	}
	fmt.Printf("RSS: %d MiB after warm-up, %d MiB at the end, %d MiB at most\n", rssStart>>20, rssEnd>>20, rssMax>>20)
	if failed.Load() > 0 {
		return fmt.Errorf("%d healthy requests failed", failed.Load())
	}
	if rssEnd > rssStart*3/2+32<<20 {
		return fmt.Errorf("RSS grew from %d to %d MiB", rssStart>>20, rssEnd>>20)
	}
	return nil
}

// raw sends one request on its own connection and reads the status line
// (the connection is closed after).
func raw(addr, req string) (int, error) {
	conn, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(60 * time.Second))
	go conn.Write([]byte(req)) // the server may answer (413, 431) before it has all of it
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// holdUnread asks for path and never reads the answer, until the server
// closes the connection (its write timeout) or the load ends. A small
// receive buffer makes the server's writes block early, as a slow phone's
// would.
func holdUnread(ctx context.Context, addr, path string) {
	conn, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		time.Sleep(100 * time.Millisecond)
		return
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(4096)
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path)
	// Without reading, the only sign of a close is a failed write: try a
	// harmless pipelined request now and then.
	for ctx.Err() == nil {
		time.Sleep(time.Second)
		conn.SetWriteDeadline(time.Now().Add(time.Second))
		if _, err := conn.Write([]byte("GET /api/x.json HTTP/1.1\r\nHost: x\r\n\r\n")); err != nil {
			return
		}
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func waitUp(url string) error {
	for range 200 {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("the server did not start")
}

// rss reads VmRSS (bytes) of pid from /proc.
func rss(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
