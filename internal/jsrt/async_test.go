package jsrt_test

import (
	"errors"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// TestAsync: Go work settles a promise on the loop, and the loop keeps
// running other jobs (a timer) while the work waits.
func TestAsync(t *testing.T) {
	release := make(chan struct{})
	rt, err := jsrt.New(jsrt.Options{Setup: func(vm *goja.Runtime) error {
		vm.Set("slow", func(fail bool) goja.Value {
			return jsrt.Async(vm, func() (any, error) {
				<-release
				if fail {
					return nil, errors.New("store gone")
				}
				return "value", nil
			})
		})
		vm.Set("release", func() { close(release) })
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	got, err := run(t, rt, 5*time.Second, `(async () => {
  const order = [];
  const a = slow(false).then((v) => order.push(v));
  const b = slow(true).catch((e) => order.push(e instanceof Error && e.name + ': ' + e.message));
  await new Promise((r) => setTimeout(r, 10));
  order.push('timer');
  release();
  await Promise.all([a, b]);
  return order.join(' | ');
})()`)
	if err != nil {
		t.Fatal(err)
	}
	if got != "timer | value | Error: store gone" && got != "timer | Error: store gone | value" {
		t.Fatalf("got %q", got)
	}
}
