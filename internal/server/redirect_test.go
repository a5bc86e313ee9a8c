package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/server"
)

// Config redirects answered by the server as Astro's: status by method,
// Location, no body; a route of higher priority wins over a dynamic one.
func TestConfigRedirects(t *testing.T) {
	srv := project(t, server.Options{}, map[string]string{
		"astro.config.mjs": `export default { output: 'server', redirects: {
  '/old': '/new.json',
  '/blog/[slug]': '/posts/[slug].json',
  '/ext': { status: 302, destination: 'https://example.com/a b' },
} };`,
		"src/pages/new.json.ts":          "export const GET = () => new Response('new');",
		"src/pages/posts/[slug].json.ts": "export const GET = ({ params }) => new Response(params.slug);",
		"src/pages/blog/special.ts":      "export const GET = () => new Response('special');",
		"src/pages/index.astro":          "---\n---\n<h1>home</h1>",
	})
	srv.Client().CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	for _, tc := range []struct {
		method, path string
		status       int
		location     string
		body         string
	}{
		{"GET", "/old", 301, "/new.json", ""},
		{"POST", "/old", 308, "/new.json", ""},
		{"GET", "/blog/hello", 301, "/posts/hello.json", ""},
		{"GET", "/blog/special", 200, "", "special"},
		{"GET", "/ext", 301, "https://example.com/a%20b", ""},
	} {
		res := do(t, srv, tc.method, tc.path, nil, "Origin", srv.URL)
		if res.status != tc.status || res.header.Get("Location") != tc.location || res.body != tc.body {
			t.Errorf("%s %s = %d %q %q, want %d %q %q", tc.method, tc.path, res.status, res.header.Get("Location"), res.body, tc.status, tc.location, tc.body)
		}
	}
	// dev: the path of a skipped .astro page says why it is a 404
	res := do(t, srv, "GET", "/", nil)
	if res.status != 404 || !strings.Contains(res.body, "src/pages/index.astro") || !strings.Contains(res.body, "Comet serves endpoints only") {
		t.Errorf("GET / = %d %q", res.status, res.body)
	}
}
