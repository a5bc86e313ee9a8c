package jsrt_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// TestStalledBy: the watchdog names the call whose first job was blocking
// the loop when it stalled, so that the server can keep that route's other
// calls from following the healthy ones to the fresh runtime, and not a
// call that ran before it. A stall by a job with no owner names none.
func TestStalledBy(t *testing.T) {
	for _, c := range []struct {
		name, owner string
	}{
		{"named call", "src/pages/spin.ts"},
		{"no owner", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			stalled := make(chan struct{})
			rt, err := jsrt.New(jsrt.Options{StallAfter: 20 * time.Millisecond, OnStall: func() { close(stalled) }})
			if err != nil {
				t.Fatal(err)
			}
			defer rt.Close()
			if got := rt.StalledBy(); got != "" {
				t.Fatalf("before any stall: StalledBy() = %q", got)
			}
			// The blocking job spins until the watchdog has found the loop
			// stalled: no guess at how long that takes.
			spin := func(vm *goja.Runtime) (goja.Value, error) {
				vm.Set("isStalled", rt.IsStalled)
				return vm.RunString("while (!isStalled()) {} 'spun'")
			}
			echo := func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil }
			spun := make(chan error, 1)
			go func() {
				_, err := jsrt.AwaitMovableFor(context.Background(), rt, c.owner, time.Time{}, spin, echo)
				spun <- err
			}()
			for rt.StalledBy() == "" && !rt.IsStalled() {
				// Queue a call behind the spinning one while it runs.
				_, err := jsrt.AwaitMovableFor(context.Background(), rt, "src/pages/ok.ts", time.Time{}, func(vm *goja.Runtime) (goja.Value, error) {
					return vm.ToValue("ok"), nil
				}, echo)
				if errors.Is(err, jsrt.ErrStalled) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			<-stalled
			if err := <-spun; err != nil {
				t.Fatalf("the spinning call: %v", err)
			}
			if got := rt.StalledBy(); got != c.owner {
				t.Errorf("StalledBy() = %q, want %q", got, c.owner)
			}
		})
	}
}
