package platform_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comet-dev/comet"
)

// TestRSSFeed builds testdata/rss, a hand-written RSS 2.0 feed whose logic
// lives in src/lib/feed.mjs, with Comet and with Node, and compares the
// files byte for byte. The English feed and the other locales are separate
// subtests: Comet's Intl covers en-US first.
func TestRSSFeed(t *testing.T) {
	needNode(t)
	root := t.TempDir()
	copyTree(t, "testdata/rss", root)
	dist := cometBuild(t, root)
	nodeDist := nodeBuild(t, root, "https://example.com/blog/", nodePages(t, root, "rss.xml.ts", "locales.txt.ts"))
	t.Run("en-US", func(t *testing.T) { compareFile(t, dist, nodeDist, "rss.xml") })
	t.Run("locales", func(t *testing.T) { compareFile(t, dist, nodeDist, "locales.txt") })
}

// TestSeedStatic builds examples/seed-static with Comet and runs its
// endpoints in Node: every file must be the same.
func TestSeedStatic(t *testing.T) {
	needNode(t)
	root := t.TempDir()
	copyTree(t, "../../examples/seed-static", root, "dist")
	dist := cometBuild(t, root)
	var files []string
	entries, _ := os.ReadDir(filepath.Join(root, "src", "pages"))
	for _, e := range entries {
		files = append(files, e.Name())
	}
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, files...))
	names := listFiles(nodeDist)
	if len(names) < 6 {
		t.Fatalf("node wrote only %v", names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) { compareFile(t, dist, nodeDist, name) })
	}
	for _, name := range listFiles(dist) {
		if _, err := os.Stat(filepath.Join(nodeDist, name)); err != nil && name != "readme.txt" {
			t.Errorf("comet wrote %s, node did not", name)
		}
	}
}

// A seedRequest is one request of TestSeedServer.
type seedRequest struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Body   string `json:"body"`
	Type   string `json:"type"`
}

// A seedAnswer is what came back, as far as the endpoint decides it.
type seedAnswer struct {
	Status   int    `json:"status"`
	Location string `json:"location"`
	Body     string `json:"body"`
}

// TestSeedServer sends the same requests, in order, to examples/seed-server
// served by Comet and by testdata/harness/server.mjs in Node, and compares
// status, Location and body. Order matters: a POSTed product is read back,
// so module state must be shared by the routes on both sides. The seed's
// captcha endpoint fetches its local stub over HTTP on both sides.
func TestSeedServer(t *testing.T) {
	needNode(t)
	t.Setenv("RECAPTCHA_VERIFY_URL", "")
	root := t.TempDir()
	copyTree(t, "../../examples/seed-server", root, "dist")
	requests := []seedRequest{
		{"GET", "/helmet.json", "", ""},
		{"GET", "/boots.json", "", ""},
		{"GET", "/nothing.json", "", ""},
		{"GET", "/methods.json", "", ""},
		{"POST", "/methods.json", "{}", "application/json"},
		{"DELETE", "/methods.json", "", ""},
		{"PUT", "/methods.json", "{}", "application/json"},
		{"PATCH", "/methods.json", "{}", "application/json"},
		{"POST", "/test-post.json", `{"name":"Houston"}`, "application/json"},
		{"POST", "/test-post.json", `{"name":"Ünïcödé 🚀"}`, "application/json"},
		{"POST", "/test-post.json", `{"name":"x"}`, "application/json; charset=utf-8"},
		{"POST", "/products.json", `{"id":"visor","name":"Sun visor","price":"20"}`, "application/json"},
		{"POST", "/products.json", `{"id":7}`, "application/json"},
		{"GET", "/visor.json", "", ""},
		{"GET", "/links/astro", "", ""},
		{"GET", "/links/docs", "", ""},
		{"GET", "/links/nope", "", ""},
		{"POST", "/recaptcha", `{"recaptcha":"valid-token"}`, "application/json"},
		{"POST", "/recaptcha", `{"recaptcha":"forged"}`, "application/json"},
		{"POST", "/stub/siteverify", `{"response":"valid-token"}`, "application/json"},
	}

	// Node first: the product POST changes module state on each side.
	var files []string
	filepath.WalkDir(filepath.Join(root, "src", "pages"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".ts") || strings.HasSuffix(p, ".js")) {
			rel, _ := filepath.Rel(filepath.Join(root, "src", "pages"), p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	pages := nodePages(t, root, files...)
	plan, _ := json.Marshal(map[string]any{"pages": pages, "requests": requests})
	planFile := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(planFile, plan, 0o644); err != nil {
		t.Fatal(err)
	}
	harness, _ := filepath.Abs("testdata/harness/server.mjs")
	var want []seedAnswer
	if out := nodeCmd(t, root, harness, planFile); json.Unmarshal(out, &want) != nil || len(want) != len(requests) {
		t.Fatalf("node harness printed %s", out)
	}

	h, err := comet.NewHandler(root, comet.Options{ShowErrors: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); h.Close() })
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for i, r := range requests {
		req, _ := http.NewRequest(r.Method, srv.URL+r.Path, strings.NewReader(r.Body))
		if r.Type != "" {
			req.Header.Set("Content-Type", r.Type)
		}
		// Same-origin, as a browser's fetch: Astro's origin check answers
		// 403 to unsafe methods from elsewhere.
		req.Header.Set("Origin", srv.URL)
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got := seedAnswer{Status: res.StatusCode, Location: res.Header.Get("Location"), Body: string(body)}
		if got != want[i] {
			t.Errorf("%s %s:\ncomet: %+v\nnode:  %+v", r.Method, r.Path, got, want[i])
		}
	}
}
