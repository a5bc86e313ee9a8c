package dev

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/testproject"
)

// TestLoadWarnsOnce: a rebuild reuses app's loader and does not repeat the
// config's and the router's warnings; a new warning is still said.
func TestLoadWarnsOnce(t *testing.T) {
	dir := testproject.Write(t, map[string]string{
		"astro.config.mjs":      "import sitemap from '@astrojs/sitemap';\nexport default { integrations: [sitemap()] };",
		"src/pages/a.json.ts":   "export const GET = () => new Response('a');",
		"src/pages/index.astro": "---\n---",
	})
	ov := config.Overrides{Mode: config.ModeDevelopment}
	cfg, err := config.Load(dir, ov)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	d := &devServer{cfg: cfg, o: Options{Overrides: ov}, log: diag.NewLogger(&logs, &logs, diag.LevelInfo)}
	h, err := d.start()
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	defer d.loader.Close()
	if d.app == nil || d.app.Config.Mode != config.ModeDevelopment {
		t.Fatal("no app in development mode")
	}
	d.rebuild([]string{filepath.Join(dir, "src/pages/a.json.ts")}, h)
	os.WriteFile(filepath.Join(dir, "src/pages/b.md"), []byte("# b"), 0o644)
	d.rebuild([]string{filepath.Join(dir, "astro.config.mjs")}, h)
	out := logs.String()
	if n := strings.Count(out, "integration @astrojs/sitemap is not run"); n != 1 {
		t.Errorf("sitemap warning said %d times:\n%s", n, out)
	}
	if n := strings.Count(out, "1 page(s) skipped"); n != 1 {
		t.Errorf("first skipped-pages warning said %d times:\n%s", n, out)
	}
	if !strings.Contains(out, "2 page(s) skipped") {
		t.Errorf("the new page is not reported:\n%s", out)
	}
}
