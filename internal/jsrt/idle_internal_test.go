package jsrt

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// TestIdleReleasesMemory: after a burst that grew the heap, runtimes that
// have gone idle give it back within seconds, although nothing allocates
// that would start a collection (an idle server used to keep a burst's RSS
// for good; bench/faults.sh checks RSS at the end).
func TestIdleReleasesMemory(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(200)) // as the server runs
	old := MemoryLimit()
	SetMemoryLimit(1 << 40) // the guard runs; the limit itself is never reached
	defer SetMemoryLimit(old)
	rt, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	run := func(src string) {
		t.Helper()
		if _, err := Await(t.Context(), rt, func(vm *goja.Runtime) (goja.Value, error) { return vm.RunString(src) },
			func(_ *goja.Runtime, v goja.Value) (goja.Value, error) { return v, nil }); err != nil {
			t.Fatal(err)
		}
	}
	debug.FreeOSMemory()
	var samples []metrics.Sample
	before, _ := heapSize(&samples)
	// The burst: 128 MiB held across calls, then let go.
	run(`globalThis.big = []; for (let i = 0; i < 32; i++) big.push(new Uint8Array(4 << 20).fill(1)); big.length`)
	run(`globalThis.big = null`)
	if grown, _ := heapSize(&samples); grown < before+96<<20 {
		t.Fatalf("the burst grew the heap only from %d to %d MiB: the test shows nothing", before>>20, grown>>20)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		size, _ := heapSize(&samples)
		if size <= before+idleSlack {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("idle for 20 s, the heap still holds %d MiB (%d MiB before the burst)", size>>20, before>>20)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
