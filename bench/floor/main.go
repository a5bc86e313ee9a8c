// Command floor is the floor of the static-build benchmarks (bench/run.sh):
// it writes the same files, with the same bytes, that `comet build` and
// `astro build` write for the generated projects of bench/lib/projects.sh,
// with no JavaScript, no bundling and no config — only the file writes.
//
//	floor -kind paths -n 10000 -out DIR   # [id].json.ts: DIR/<i>.json
//	floor -kind files -n 1000 -out DIR    # e0000.json.ts …: DIR/e0000.json …
//
// The files are shared out to -workers goroutines in stripes. On the
// project's 2-core VM with DIR on tmpfs, 4 workers were the fastest of
// 1/2/4/8/16 (see bench/README.md); -workers 0 means 2×GOMAXPROCS.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	kind := flag.String("kind", "paths", "paths ([id].json.ts) or files (e0000.json.ts …)")
	n := flag.Int("n", 10000, "number of files")
	out := flag.String("out", "dist", "output folder (created)")
	workers := flag.Int("workers", 4, "parallel writers (0: 2×GOMAXPROCS)")
	flag.Parse()
	if *kind != "paths" && *kind != "files" {
		fmt.Fprintln(os.Stderr, "floor: -kind must be paths or files")
		os.Exit(2)
	}
	if *workers <= 0 {
		*workers = 2 * runtime.GOMAXPROCS(0)
	}
	if err := run(*kind, *n, *out, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func run(kind string, n int, out string, workers int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			// One buffer per worker, reused for every file.
			body := make([]byte, 0, 128)
			name := make([]byte, 0, len(out)+32)
			for i := w; i < n; i += workers {
				name, body = file(kind, i, out, name[:0], body[:0])
				if err := os.WriteFile(string(name), body, 0o644); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// file appends the i-th file's path and bytes, the bytes the endpoints of
// bench/lib/projects.sh return:
//
//	paths: {"id":"7","name":"Item 7","ok":true}
//	files: {"file":"e0007","n":7,"ok":true}
func file(kind string, i int, out string, name, body []byte) ([]byte, []byte) {
	name = append(name, out...)
	name = append(name, filepath.Separator)
	if kind == "paths" {
		name = strconv.AppendInt(name, int64(i), 10)
		body = append(body, `{"id":"`...)
		body = strconv.AppendInt(body, int64(i), 10)
		body = append(body, `","name":"Item `...)
		body = strconv.AppendInt(body, int64(i), 10)
		body = append(body, `","ok":true}`...)
	} else {
		id := fmt.Appendf(nil, "e%04d", i)
		name = append(name, id...)
		body = append(body, `{"file":"`...)
		body = append(body, id...)
		body = append(body, `","n":`...)
		body = strconv.AppendInt(body, int64(i), 10)
		body = append(body, `,"ok":true}`...)
	}
	name = append(name, ".json"...)
	return name, body
}
