package cli

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// buildSoftMemoryLimit is where a build's soft memory limit
// (debug.SetMemoryLimit) starts. With GOGC at 400 a build's heap would
// grow to five times what it holds; most builds hold a few tens of MB
// between collections, so below this the collector runs as GOGC says and
// above it harder. Touching less fresh memory is also faster: at 10,000
// pages the build spent ~10 % of its CPU faulting in new heap pages.
const buildSoftMemoryLimit = 160 << 20

// buildMemoryEvery is how often watchBuildMemory looks at the heap.
const buildMemoryEvery = 10 * time.Millisecond

// watchBuildMemory sets the build's soft memory limit and keeps it at
// least one and a half times the live heap (plus room for what is not
// heap), so a build that holds more than the limit collects about as
// often as with GOGC=50 instead of without pause (the collector works
// without end once the live heap passes a fixed limit). It returns a
// function that stops watching.
func watchBuildMemory() (stop func()) {
	debug.SetMemoryLimit(buildSoftMemoryLimit)
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(buildMemoryEvery)
		defer t.Stop()
		var cycles uint64
		limit := int64(buildSoftMemoryLimit)
		for {
			select {
			case <-quit:
				return
			case <-t.C:
			}
			metrics.Read(samples)
			if samples[1].Value.Kind() != metrics.KindUint64 || samples[1].Value.Uint64() == cycles {
				continue // no new collection: the live heap is as it was
			}
			cycles = samples[1].Value.Uint64()
			want := max(int64(buildSoftMemoryLimit), buildLimitFor(samples[0].Value.Uint64()))
			if want != limit {
				limit = want
				debug.SetMemoryLimit(limit)
			}
		}
	}()
	return func() { close(quit); <-done }
}

// buildLimitFor is the soft limit a build holding live bytes of heap
// needs to collect no more often than GOGC=50 would: 1.5× live, plus
// 16 MiB for stacks and the runtime's own memory.
func buildLimitFor(live uint64) int64 {
	return int64(live + live/2 + 16<<20)
}
