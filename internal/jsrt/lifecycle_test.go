package jsrt_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
)

// TestCloseCancelsFetch: a fetch in flight when its runtime is closed is
// cancelled (its connection closed), not left waiting up to the 60 s
// fetch timeout after the runtime is gone.
func TestCloseCancelsFetch(t *testing.T) {
	arrived := make(chan struct{}, 1)
	cancelled := make(chan struct{})
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		select {
		case <-r.Context().Done():
			close(cancelled)
		case <-time.After(20 * time.Second):
		}
	}))
	defer upstream.Close()
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	go run(t, rt, 30*time.Second, `fetch('`+upstream.URL+`/slow')`)
	select {
	case <-arrived:
	case <-time.After(10 * time.Second):
		t.Fatal("the fetch did not reach the upstream")
	}
	rt.Close()
	select {
	case <-cancelled:
	case <-time.After(2 * time.Second):
		t.Fatal("the fetch is still in flight 2s after Runtime.Close")
	}
}
