package jsrt_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt"
)

// BenchmarkNew times a runtime's start-up: the loop, the Web platform,
// WebAssembly, the Node natives and the shims, with no program to run. A
// server pays it once per runtime, a build once per worker.
//
//	go test -run xxx -bench 'New$' -benchmem ./internal/jsrt
func BenchmarkNew(b *testing.B) {
	if _, err := jsrt.New(jsrt.Options{}); err != nil { // warm the compile caches
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rt, err := jsrt.New(jsrt.Options{})
		if err != nil {
			b.Fatal(err)
		}
		rt.Close()
	}
}
