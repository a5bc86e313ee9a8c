package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func build(t *testing.T, dir string) {
	t.Helper()
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), cfg, Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestStaleStageRemoved: a build removes the folders a killed build left
// beside dist/ (Comet's names only, and only when their build is gone),
// and keeps a running build's folder and anything else.
func TestStaleStageRemoved(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"src/pages/a.json.ts": `export const GET = () => new Response('one');`})
	build(t, dir)
	dead := 1 << 22 // above Linux's largest pid
	stale := []string{".dist.comet-tmp-1234567", fmt.Sprintf(".dist.comet-tmp-%d-89", dead), "dist.comet-old-1733000000", fmt.Sprintf("dist.comet-old-%d-1733", dead)}
	kept := []string{".dist.comet-tmp-1-42", ".dist.keep", "dist.comet-tmp-x", ".other.comet-tmp-9"} // pid 1 runs; the rest are not Comet's names for dist
	for _, name := range append(append([]string{}, stale...), kept...) {
		writeFiles(t, dir, map[string]string{name + "/index.html": "x"})
	}
	build(t, dir)
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("stale %s not removed", name)
		}
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
}

// TestPublicSymlink: a public/ that is a symlink is copied as dev serves
// it; a symlink inside it reaches dist/ only when it points inside it.
func TestPublicSymlink(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"src/pages/a.json.ts": `export const GET = () => new Response('one');`})
	writeFiles(t, outside, map[string]string{
		"shared/robots.txt":   "User-agent: *",
		"shared/img/logo.svg": "<svg/>",
		"secret.txt":          "SECRET",
		"secrets/key.pem":     "KEY",
	})
	for link, target := range map[string]string{
		filepath.Join(dir, "public"):                  filepath.Join(outside, "shared"),
		filepath.Join(outside, "shared/same.txt"):     "robots.txt",
		filepath.Join(outside, "shared/img/up.txt"):   "../robots.txt",
		filepath.Join(outside, "shared/leak.txt"):     "../secret.txt",
		filepath.Join(outside, "shared/leakdir"):      filepath.Join(outside, "secrets"),
		filepath.Join(outside, "shared/dangling.txt"): "nowhere.txt",
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	build(t, dir)
	for name, want := range map[string]string{"robots.txt": "User-agent: *", "img/logo.svg": "<svg/>", "same.txt": "User-agent: *", "img/up.txt": "User-agent: *"} {
		if got, err := os.ReadFile(filepath.Join(dir, "dist", name)); err != nil || string(got) != want {
			t.Errorf("dist/%s = %q, %v; want %q", name, got, err, want)
		}
	}
	filepath.WalkDir(filepath.Join(dir, "dist"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, _ := os.ReadFile(p); string(b) == "SECRET" || string(b) == "KEY" {
				t.Errorf("%s holds a file from outside public/", p)
			}
			if d.Type()&os.ModeSymlink != 0 {
				t.Errorf("%s is a symlink in dist/", p)
			}
		}
		return nil
	})
}

// TestUnusedSecretNotInDist: a server build keeps the .env values its code
// names (as Astro inlines them) and no other: a secret the code never
// reads appears nowhere in dist/.
func TestUnusedSecretNotInDist(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"astro.config.mjs":    "export default { output: 'server' };",
		".env":                "USED_KEY=used-value-1\nUNUSED_SECRET=never-read-7f3a\nPUBLIC_NAME=public-9\n",
		".env.production":     "PROD_ONLY_SECRET=prod-secret-5d1c\n",
		"src/pages/a.ts":      "export const GET = () => new Response(import.meta.env.USED_KEY + ' ' + Object.keys(import.meta.env).sort().join());",
		"src/pages/b.json.ts": "export const prerender = true;\nexport const GET = () => Response.json(import.meta.env.PUBLIC_NAME);",
	})
	build(t, dir)
	var sawUsed bool
	filepath.WalkDir(filepath.Join(dir, "dist"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		for _, secret := range []string{"never-read-7f3a", "prod-secret-5d1c"} {
			if strings.Contains(string(b), secret) {
				t.Errorf("%s holds the unused secret %q", p, secret)
			}
		}
		if strings.Contains(string(b), "used-value-1") {
			sawUsed = true
		}
		return nil
	})
	if !sawUsed {
		t.Error("the value the code reads is not in the server build")
	}
	a, _, err := app.LoadBuilt(dir, filepath.Join(dir, "dist"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Config.Env["USED_KEY"] != "used-value-1" || a.Config.Env["PUBLIC_NAME"] != "public-9" || a.Config.Env["UNUSED_SECRET"] != nil {
		t.Errorf("built env: %v", a.Config.Env)
	}
}

// TestLongParamName: a getStaticPaths param longer than a file name may be
// is refused with what is wrong and what to do, not the file-and-folder
// hint a write error used to get; a 255-byte name still builds.
func TestLongParamName(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{250, ""}, // 255 bytes with .json
		{300, "named aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…(305 bytes), which is 305 bytes long: file systems allow at most 255 bytes in one name"},
	} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"src/pages/[slug].json.ts": fmt.Sprintf(
			"export const getStaticPaths = () => [{ params: { slug: 'a'.repeat(%d) } }];\nexport const GET = ({ params }) => Response.json(params.slug.length);", tc.n)})
		cfg, err := config.Load(dir, config.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = Run(context.Background(), cfg, Options{})
		if tc.want == "" {
			if err != nil {
				t.Errorf("%d bytes: %v", tc.n, err)
			}
			continue
		}
		var d *diag.Diagnostic
		if !errors.As(err, &d) || d.Name != "OutputNameTooLong" || !strings.Contains(d.Message, tc.want) || !strings.Contains(d.Hint, "Shorten this param") || d.File != "src/pages/[slug].json.ts" {
			t.Errorf("%d bytes: %#v", tc.n, err)
		}
	}
}
