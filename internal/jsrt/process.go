package jsrt

import (
	_ "embed"
	"fmt"
	"os"
	"runtime"

	"github.com/dop251/goja"
)

//go:embed process.js
var processSource string

// completeProcess adds process.js's members to the global process p: the
// JavaScript decides their shape, Go gives the figures only it knows.
func completeProcess(vm *goja.Runtime, p *goja.Object) error {
	v, err := vm.RunScript("comet:process.js", processSource)
	if err != nil {
		return fmt.Errorf("jsrt: process.js: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return fmt.Errorf("jsrt: process.js is not a function")
	}
	n := vm.NewObject()
	n.Set("pid", os.Getpid())
	n.Set("ppid", os.Getppid())
	n.Set("uid", os.Getuid())
	n.Set("gid", os.Getgid())
	arch := map[string]string{"amd64": "x64", "386": "ia32", "arm64": "arm64", "arm": "arm"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	n.Set("arch", arch)
	// memoryUsage is the whole process's, as Node's is (one heap per
	// process here too: every runtime shares Go's).
	n.Set("memoryUsage", func() map[string]any {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]any{"rss": m.Sys, "heapTotal": m.HeapSys, "heapUsed": m.HeapAlloc, "external": 0, "arrayBuffers": 0}
	})
	n.Set("cpuUsage", func() map[string]any {
		user, system := cpuTimes()
		return map[string]any{"user": user.Microseconds(), "system": system.Microseconds()}
	})
	_, err = fn(goja.Undefined(), p, n)
	return err
}
