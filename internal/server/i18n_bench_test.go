package server_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/server"
)

// BenchmarkServeLocale: an endpoint reading the three locale fields, with
// an Accept-Language to parse; compare with BenchmarkServeJSON.
//
//	go test -run xxx -bench 'Serve(JSON|Locale|Action)' ./internal/server
func BenchmarkServeLocale(b *testing.B) {
	srv := project(&testing.T{}, server.Options{}, map[string]string{
		"astro.config.mjs": "export default { output: 'server', i18n: { locales: ['en', 'es', { path: 'portugues', codes: ['pt', 'pt-BR'] }], defaultLocale: 'en' } };",
		"src/pages/[lang]/[id].json.ts": `export const GET = (ctx) =>
  new Response(JSON.stringify({ id: ctx.params.id, locale: ctx.currentLocale, preferred: ctx.preferredLocale, list: ctx.preferredLocaleList }), { headers: { 'Content-Type': 'application/json' } });`,
	})
	h := srv.Config.Handler
	req := httptest.NewRequest("GET", "/es/42.json", nil)
	req.Header.Set("Accept-Language", "fr-CH, es;q=0.9, pt-BR;q=0.95, en;q=0.8, *;q=0.5")
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

// BenchmarkServeAction: one RPC action call (JSON in, devalue out).
func BenchmarkServeAction(b *testing.B) {
	srv := project(&testing.T{}, server.Options{}, map[string]string{
		"src/actions/index.ts": `import { defineAction } from 'astro:actions';
export const server = { product: defineAction({ handler: ({ id }) => ({ id, name: 'Product ' + id, price: 42 }) }) };`,
	})
	h := srv.Config.Handler
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := httptest.NewRequest("POST", "/_actions/product", strings.NewReader(`{"id":"42"}`))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code, w.Body.String())
		}
	}
}
