package comet_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet"
	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
)

// TestSeedStaticExample builds examples/seed-static (README's first
// command) and checks every file the seed page promises.
func TestSeedStaticExample(t *testing.T) {
	out := t.TempDir()
	cfg, err := config.Load("examples/seed-static", config.Overrides{OutDir: filepath.Join(out, "dist")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := build.Run(context.Background(), cfg, build.Options{}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"builtwith.json":    `{"name":"Astro","url":"https://astro.build/"}`,
		"0.json":            `{"name":"Sarah"}`,
		"1.json":            `{"name":"Chris"}`,
		"2.json":            `{"name":"Dan"}`,
		"request-path.json": `{"path":"/request-path.json"}`,
		"today.json":        `{"url":"https://example.com/today.json","site":"https://example.com/","generator":"comet"}`,
	} {
		got, err := os.ReadFile(filepath.Join(out, "dist", name))
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
	png, err := os.ReadFile(filepath.Join(out, "dist", "astro-logo.png"))
	if err != nil || len(png) < 8 || string(png[:8]) != "\x89PNG\r\n\x1a\n" {
		t.Errorf("astro-logo.png is not a PNG: % x", png[:min(len(png), 8)])
	}
}

func seedServer(t *testing.T) *httptest.Server {
	t.Helper()
	h, err := comet.NewHandler("examples/seed-server", comet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); h.Close() })
	return srv
}

// TestSeedServerExample drives the seed's server examples over HTTP.
func TestSeedServerExample(t *testing.T) {
	srv := seedServer(t)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct {
		method, path, body, ctype string
		status                    int
		want                      string
	}{
		{"GET", "/helmet.json", "", "", 200, `{"id":"helmet","name":"Space helmet","price":100}`},
		{"GET", "/nothing.json", "", "", 404, ``},
		{"GET", "/methods.json", "", "", 200, `{"message":"This was a GET!"}`},
		{"DELETE", "/methods.json", "", "", 200, `{"message":"This was a DELETE!"}`},
		{"PUT", "/methods.json", "", "application/json", 200, `{"message":"This was a PUT!"}`},
		{"POST", "/test-post.json", `{"name":"Houston"}`, "application/json", 200, `{"message":"Your name was: Houston"}`},
		{"POST", "/test-post.json", `name=Houston`, "text/plain", 403, `Cross-site POST form submissions are forbidden`},
		{"POST", "/products.json", `{"id":"visor","name":"Sun visor","price":20}`, "application/json", 201, `{"id":"visor","name":"Sun visor","price":20}`},
		{"GET", "/visor.json", "", "", 200, `{"id":"visor","name":"Sun visor","price":20}`},
		{"POST", "/recaptcha", `{"recaptcha":"valid-token"}`, "application/json", 200, `"success":true`},
		{"POST", "/recaptcha", `{"recaptcha":"forged"}`, "application/json", 200, `"success":false`},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
		if tc.ctype != "" {
			req.Header.Set("Content-Type", tc.ctype)
		}
		if tc.method == "DELETE" {
			req.Header.Set("Origin", srv.URL) // same-origin, as a browser sends it
		}
		if tc.status == 403 {
			req.Header.Set("Origin", "https://evil.example") // a form posted from another site
		}
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
			t.Errorf("%s %s = %d %q; want %d containing %q", tc.method, tc.path, resp.StatusCode, b, tc.status, tc.want)
		}
	}
	resp, err := noRedirect.Get(srv.URL + "/links/astro")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 307 || resp.Header.Get("Location") != "https://astro.build/" {
		t.Errorf("/links/astro = %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
}

// TestCaptchaInChromium loads the seed's captcha page in headless Chromium:
// the page's own script POSTs to /recaptcha with fetch, the endpoint asks
// the (local) verification service, and the page shows the answer.
func TestCaptchaInChromium(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("Chromium is missing: .ci/run installs the Debian package chromium")
		}
		t.Skip("Chromium is not installed (apt-get install chromium); CI installs it")
	}
	srv := seedServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=10000", "--dump-dom", srv.URL+"/#auto")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "Captcha verification was a success") {
		t.Fatalf("the page did not show the verification result:\n%s", out)
	}
}

// TestNewHandlerUnderMux mounts a project under /api/ of a Go mux, as
// examples/embed does, beside a handler of the program's own.
func TestNewHandlerUnderMux(t *testing.T) {
	h, err := comet.NewHandler("examples/seed-server", comet.Options{Base: "/api"})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	mux := http.NewServeMux()
	mux.Handle("/api/", h)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for path, want := range map[string]string{
		"/api/helmet.json": `{"id":"helmet","name":"Space helmet","price":100}`,
		"/healthz":         "ok",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || string(b) != want {
			t.Errorf("GET %s = %d %q; want %q", path, resp.StatusCode, b, want)
		}
	}
}
