package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/config"
)

// BenchmarkBuild10k builds a generated project whose [id].json.ts has
// 10,000 paths (the scale test) and reports pages/s, the peak Go
// heap seen during the build, and the process's peak RSS.
//
//	go test -run xxx -bench Build10k -benchtime 5x ./internal/build
func BenchmarkBuild10k(b *testing.B) { benchBuild(b, b.TempDir()) }

// BenchmarkBuild10kMemFS is the same build with the project and dist/ on
// /dev/shm (tmpfs): what Comet itself costs, without the disk.
func BenchmarkBuild10kMemFS(b *testing.B) {
	dir, err := os.MkdirTemp("/dev/shm", "comet-bench-")
	if err != nil {
		b.Skip("no /dev/shm here:", err)
	}
	defer os.RemoveAll(dir)
	benchBuild(b, dir)
}

func benchBuild(b *testing.B, dir string) {
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write("astro.config.mjs", "export default { site: 'https://example.com' };")
	write("src/pages/[id].json.ts", `import type { APIRoute } from 'astro';
export function getStaticPaths() {
  return Array.from({ length: 10000 }, (_, i) => ({ params: { id: String(i) } }));
}
export const GET: APIRoute = ({ params, request }) =>
  new Response(JSON.stringify({ id: params.id, path: new URL(request.url).pathname }), {
    headers: { 'Content-Type': 'application/json' },
  });
`)
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		b.Fatal(err)
	}
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // sample the heap while building
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	b.ResetTimer()
	pages := 0
	for i := 0; i < b.N; i++ {
		res, err := Run(context.Background(), cfg, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages += res.Pages
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	if pages != 10000*b.N {
		b.Fatalf("built %d pages, want %d", pages, 10000*b.N)
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MiB")
	}
	data, _ := os.ReadFile(filepath.Join(cfg.OutDir, "9999.json"))
	if string(data) != `{"id":"9999","path":"/9999.json"}` {
		b.Fatalf("9999.json = %s", data)
	}
	_ = fmt.Sprint
}

// BenchmarkWrite10kFilesBaseline writes the same 10,000 small files with
// plain os.WriteFile from 4 goroutines and no JavaScript: the floor the
// disk sets for BenchmarkBuild10k, measured in the same run.
func BenchmarkWrite10kFilesBaseline(b *testing.B) {
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), "dist")
		os.MkdirAll(dir, 0o755)
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for n := g; n < 10000; n += 4 {
					data := fmt.Sprintf(`{"id":"%d","path":"/%d.json"}`, n, n)
					if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.json", n)), []byte(data), 0o644); err != nil {
						b.Error(err)
						return
					}
				}
			}(g)
		}
		wg.Wait()
	}
	b.ReportMetric(float64(10000*b.N)/b.Elapsed().Seconds(), "files/s")
}
