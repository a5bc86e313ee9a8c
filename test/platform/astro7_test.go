package platform_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet"
	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
)

// The cases in ../conformance/cases are small Astro projects (i18n and
// actions) that real Astro 7.3.5 ran (the conformance harness's oracle.sh);
// what it produced is in ../conformance/golden/v7. This test runs Comet on
// the same projects and compares as the harness does: build success, files
// byte for byte, and per request the status, media type, Location, the
// headers the request names and the body (unless compare_body is false).
// Actions with zod schemas need zod: the v7-actions case gets the npm
// fixture's node_modules (zod 4.6.7, the version Astro's install had).

type goldenCase struct {
	Build struct {
		OK bool `json:"ok"`
	} `json:"build"`
	Files []struct {
		Path string `json:"path"`
		Text string `json:"text"`
	} `json:"files"`
	Requests []goldenRequest `json:"requests"`
}

type goldenRequest struct {
	Method  string        `json:"method"`
	Path    string        `json:"path"`
	Status  int           `json:"status"`
	Headers goldenHeaders `json:"headers"`
	Body    *struct {
		Text *string `json:"text"`
		B64  string  `json:"b64"`
	} `json:"body"`
	CompareBody *bool `json:"compare_body"`
}

// goldenHeaders are a recording's headers: one string each, except
// set-cookie, a list (kept under setCookieKey, joined by newlines).
type goldenHeaders map[string]string

func (h *goldenHeaders) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	*h = goldenHeaders{}
	for k, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			(*h)[k] = s
			continue
		}
		var list []string
		if err := json.Unmarshal(v, &list); err != nil {
			return err
		}
		slices.Sort(list)
		(*h)[k] = strings.Join(list, "\n")
	}
	return nil
}

// uuids masks session ids, which are random, in Set-Cookie values.
var uuids = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

// setCookies is the response's Set-Cookie list as goldenHeaders keeps it,
// with session ids masked.
func setCookies(h http.Header) string {
	list := slices.Clone(h.Values("Set-Cookie"))
	slices.Sort(list)
	return uuids.ReplaceAllString(strings.Join(list, "\n"), "<uuid>")
}

type caseRequest struct {
	Method        string            `json:"method"`
	Path          string            `json:"path"`
	Headers       map[string]string `json:"headers"`
	Body          *string           `json:"body"`
	RecordHeaders []string          `json:"record_headers"`
	CompareBody   *bool             `json:"compare_body"`
}

func TestAstro7Recorded(t *testing.T) {
	cases, err := filepath.Glob("../conformance/cases/*")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, dir := range cases {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			var golden goldenCase
			data, err := os.ReadFile(filepath.Join("../conformance/golden/v7", name+".json"))
			if err != nil {
				t.Fatalf("no golden (run oracle.sh): %v", err)
			}
			if err := json.Unmarshal(data, &golden); err != nil {
				t.Fatal(err)
			}
			root := t.TempDir()
			copyTree(t, dir, root)
			if name == "v7-actions" {
				if err := os.Symlink(npmInstall(t, "testdata/npm"), filepath.Join(root, "node_modules")); err != nil {
					t.Fatal(err)
				}
			}
			var meta struct {
				Mode     string   `json:"mode"`
				Keywords []string `json:"error_keywords"`
			}
			data, _ = os.ReadFile(filepath.Join(root, "case.json"))
			json.Unmarshal(data, &meta)
			if !golden.Build.OK {
				err := buildErr(root)
				if err == nil {
					t.Fatal("the build succeeded; Astro's failed")
				}
				for _, k := range meta.Keywords {
					if !strings.Contains(err.Error(), k) {
						t.Errorf("build error %q lacks %q", err, k)
					}
				}
				return
			}
			if meta.Mode == "static" {
				dist := cometBuild(t, root)
				got := listFiles(dist)
				if len(got) != len(golden.Files) {
					t.Errorf("files %v, Astro wrote %d", got, len(golden.Files))
				}
				for _, f := range golden.Files {
					b, err := os.ReadFile(filepath.Join(dist, filepath.FromSlash(f.Path)))
					if err != nil || string(b) != f.Text {
						t.Errorf("%s: %q (%v), want %q", f.Path, b, err, f.Text)
					}
				}
				return
			}
			var reqs []caseRequest
			data, _ = os.ReadFile(filepath.Join(root, "requests.json"))
			if err := json.Unmarshal(data, &reqs); err != nil {
				t.Fatal(err)
			}
			h, err := comet.NewHandler(root, comet.Options{})
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			t.Cleanup(func() { srv.Close(); h.Close() })
			client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			for i, r := range reqs {
				want := golden.Requests[i]
				var body io.Reader
				if r.Body != nil {
					body = strings.NewReader(*r.Body)
				}
				req, _ := http.NewRequest(r.Method, srv.URL+r.Path, body)
				for k, v := range r.Headers {
					req.Header.Set(k, v)
				}
				resp, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				got, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				label := r.Method + " " + r.Path
				if resp.StatusCode != want.Status {
					t.Errorf("%s: status %d, Astro %d (%s)", label, resp.StatusCode, want.Status, clip(string(got)))
					continue
				}
				if mt(resp.Header.Get("Content-Type")) != mt(want.Headers["content-type"]) {
					t.Errorf("%s: Content-Type %q, Astro %q", label, resp.Header.Get("Content-Type"), want.Headers["content-type"])
				}
				if resp.Header.Get("Location") != want.Headers["location"] {
					t.Errorf("%s: Location %q, Astro %q", label, resp.Header.Get("Location"), want.Headers["location"])
				}
				if got, want := setCookies(resp.Header), uuids.ReplaceAllString(want.Headers["set-cookie"], "<uuid>"); got != want {
					t.Errorf("%s: Set-Cookie %q, Astro %q", label, got, want)
				}
				for _, k := range r.RecordHeaders {
					if resp.Header.Get(k) != want.Headers[strings.ToLower(k)] {
						t.Errorf("%s: %s %q, Astro %q", label, k, resp.Header.Get(k), want.Headers[strings.ToLower(k)])
					}
				}
				if (r.CompareBody != nil && !*r.CompareBody) || (want.CompareBody != nil && !*want.CompareBody) || want.Body == nil {
					continue
				}
				var wantBody string
				if want.Body.Text != nil {
					wantBody = *want.Body.Text
				} else {
					b, _ := base64.StdEncoding.DecodeString(want.Body.B64)
					wantBody = string(b)
				}
				if string(got) != wantBody {
					t.Errorf("%s: body\n%s\nAstro\n%s", label, got, wantBody)
				}
			}
		})
	}
}

// buildErr loads and builds root, returning the error.
func buildErr(root string) error {
	cfg, err := config.Load(root, config.Overrides{OutDir: filepath.Join(root, "dist")})
	if err != nil {
		return err
	}
	log := diag.NewLogger(io.Discard, io.Discard, diag.LevelWarn)
	_, err = build.Run(context.Background(), cfg, build.Options{Log: log, Workers: 1, Timeout: 30 * time.Second})
	return err
}

func mt(v string) string {
	m, _, _ := mime.ParseMediaType(v)
	return m
}
