package jsrt

import (
	"testing"

	"github.com/dop251/goja"
)

// TestInterruptNamesItsJob: a guard's interrupt stops the job it looked at
// and only that one. The job it chose has ended and another has started by
// the time the interrupt goes out (the window between a guard's look and
// its action): the new job must run to its end and the runtime must stay
// usable. Before jobs carried a sequence number, the interrupt landed on
// whichever job ran, a healthy call under load.
func TestInterruptNamesItsJob(t *testing.T) {
	rt, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()

	// runJob posts a job that spins in JS until release is closed and
	// returns its sequence number (read while it runs) and its outcome.
	runJob := func(release <-chan struct{}) (started chan uint64, done chan error) {
		started, done = make(chan uint64, 1), make(chan error, 1)
		rt.post(func(vm *goja.Runtime) {
			seq, _ := rt.runningJob()
			started <- seq
			vm.Set("released", func() bool {
				select {
				case <-release:
					return true
				default:
					return false
				}
			})
			_, err := vm.RunString("while (!released()) {}")
			done <- err
		})
		return started, done
	}

	releaseA := make(chan struct{})
	startedA, doneA := runJob(releaseA)
	seqA := <-startedA
	close(releaseA)
	if err := <-doneA; err != nil {
		t.Fatalf("job A: %v", err)
	}

	releaseB := make(chan struct{})
	startedB, doneB := runJob(releaseB)
	seqB := <-startedB
	if seqB == seqA {
		t.Fatalf("jobs A and B share sequence number %d", seqA)
	}
	if rt.interrupt("stale", seqA) {
		t.Error("an interrupt for job A, which has ended, reported that it interrupted")
	}
	close(releaseB)
	if err := <-doneB; err != nil {
		t.Errorf("job B was hit by the interrupt meant for job A: %v", err)
	}
	if rt.Broken() {
		t.Error("the runtime is Broken after an interrupt that stopped nothing")
	}

	// The interrupt for the job that is running stops it.
	releaseC := make(chan struct{})
	defer close(releaseC)
	startedC, doneC := runJob(releaseC)
	seqC := <-startedC
	if !rt.interrupt("meant for C", seqC) {
		t.Fatal("an interrupt for the running job C reported that it did not interrupt")
	}
	if err := <-doneC; err == nil {
		t.Error("job C ran to its end through its interrupt")
	}
	if !rt.Broken() || rt.BrokenReason() != "meant for C" {
		t.Errorf("after interrupting C: Broken() = %v, reason %q", rt.Broken(), rt.BrokenReason())
	}
}
