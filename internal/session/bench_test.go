package session_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// BenchmarkSession measures one request that reads and writes its session
// (a counter) against one that does not, per store.
func BenchmarkSession(b *testing.B) {
	page := `export async function GET({ session }) { const n = (await session.get('n')) ?? 0; session.set('n', n + 1); return new Response(String(n)); }`
	for _, tc := range []struct{ name, config string }{
		{"none", "export default { output: 'server' };"},
		{"memory", "import { sessionDrivers } from 'astro/config'; export default { output: 'server', session: { driver: sessionDrivers.memory() } };"},
		{"fs", "export default { output: 'server' };"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			src := page
			if tc.name == "none" {
				src = `export async function GET() { return new Response('0'); }`
			}
			srv, _, _ := serve(b, map[string]string{"astro.config.mjs": tc.config, "src/pages/n.js": src})
			req, _ := http.NewRequest("GET", srv.URL+"/n", nil)
			resp, err := srv.Client().Do(req)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			cookie, _, _ := strings.Cut(resp.Header.Get("Set-Cookie"), ";")
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				req, _ := http.NewRequest("GET", srv.URL+"/n", nil)
				if cookie != "" {
					req.Header.Set("Cookie", cookie)
				}
				resp, err := srv.Client().Do(req)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
}
