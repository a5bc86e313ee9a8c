// Command faultload is the load test with faults (bench/faults.sh runs
// it): `comet preview` on 127.0.0.1 serves healthy requests from many
// clients while other clients keep hitting handlers that throw, that spin
// forever, and that allocate without end. It reports the healthy requests
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
	"time"
)

var files = map[string]string{
	"astro.config.mjs": "export default { output: 'server' };\n",
	"src/pages/api/[id].json.ts": `export const GET = ({ params }) =>
  new Response(JSON.stringify({ id: params.id, ok: true }), { headers: { 'Content-Type': 'application/json' } });
`,
	"src/pages/throw.ts": "export const GET = () => { throw new Error('bad handler'); };\n",
	"src/pages/spin.ts":  "export const GET = () => { while (true) {} };\n",
	"src/pages/hog.ts":   "export const GET = () => { const a = []; for (;;) a.push(new Array(4096).fill('x')); };\n",
}

func main() {
	comet := flag.String("comet", "bin/comet", "the comet binary")
	duration := flag.Duration("duration", 60*time.Second, "how long to load")
	clients := flag.Int("clients", 32, "healthy clients")
	flag.Parse()
	if err := run(*comet, *duration, *clients); err != nil {
		fmt.Fprintln(os.Stderr, "faultload:", err)
		os.Exit(1)
	}
}

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
		"--timeout", "5s", "--max-memory", "256MiB", "--silent")
	srv.Stderr = io.Discard
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
	wg.Add(3)
	go fault("/throw", 5*time.Millisecond)
	go fault("/spin", 500*time.Millisecond)
	if os.Getenv("NOHOG") == "" {
		go fault("/hog", 3*time.Second)
	} else {
		wg.Done()
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
	for _, p := range []string{"/throw", "/spin", "/hog"} {
		fmt.Printf("%-7s answered %v\n", p, faulty[p])
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
