package server_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/comet-dev/comet/internal/server"
)

// BenchmarkServeJSON calls a JSON endpoint through the whole handler (match,
// context, JS call, response) without a network; BenchmarkServeRawBaseline
// writes the same bytes from a plain http.HandlerFunc, for the ratio.
//
//	go test -run xxx -bench Serve ./internal/server
func BenchmarkServeJSON(b *testing.B) {
	srv := project(&testing.T{}, server.Options{}, map[string]string{
		"src/pages/api/[id].json.ts": `export const GET = ({ params }) =>
  new Response(JSON.stringify({ id: params.id, name: 'Product ' + params.id, price: 42 }), { headers: { 'Content-Type': 'application/json' } });`,
	})
	h := srv.Config.Handler
	req := httptest.NewRequest("GET", "/api/42.json", nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code, w.Body.String())
		}
	}
}

// BenchmarkServeAsync is BenchmarkServeJSON with an async handler that
// awaits once, in a project with the default session store: the common
// call that never reads context.session must cost what it costs without
// sessions (Go awaits the handler's promise itself).
func BenchmarkServeAsync(b *testing.B) {
	srv := project(&testing.T{}, server.Options{}, map[string]string{
		"src/pages/api/[id].json.ts": `export const GET = async ({ params }) => { await null;
  return new Response(JSON.stringify({ id: params.id, name: 'Product ' + params.id, price: 42 }), { headers: { 'Content-Type': 'application/json' } }); };`,
	})
	h := srv.Config.Handler
	req := httptest.NewRequest("GET", "/api/42.json", nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code, w.Body.String())
		}
	}
}

func BenchmarkServeRawBaseline(b *testing.B) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"id":"42","name":"Product 42","price":42}`))
	})
	req := httptest.NewRequest("GET", "/api/42.json", nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
	}
}
