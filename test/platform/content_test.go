package platform_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
)

// TestContentCollections builds testdata/content (astro:content with a
// zod schema: coerce.date, defaults, enums, references, transforms; glob
// over Markdown and YAML; the file loader over YAML) with the real zod
// from testdata/npm, and compares the files with testdata/content-astro,
// which real Astro 7.3.5 (with zod 4.6.7) built from the same sources.
func TestContentCollections(t *testing.T) {
	modules := npmInstall(t, "testdata/npm")
	root := contentProject(t, modules)
	dist := cometBuild(t, root)
	for _, name := range []string{"rss.xml", "entries.json"} {
		t.Run(name, func(t *testing.T) { compareFile(t, dist, "testdata/content-astro", name) })
	}
}

// TestContentSchemaError: an entry that fails its schema fails the build
// with Astro's InvalidContentEntryDataError text (collection, entry, and
// one line per issue from Astro's zod error map). The text is what Astro
// 7.3.5's own errorMap and InvalidContentEntryDataError.message give for
// this data with zod 4.6.7 (run in Node on the same schema).
func TestContentSchemaError(t *testing.T) {
	modules := npmInstall(t, "testdata/npm")
	root := contentProject(t, modules)
	writeFile(t, root, "src/content/blog/bad.md", []byte("---\ntitle: 42\nauthor: ann\nstatus: gone\n---\nx\n"))
	cfg, err := config.Load(root, config.Overrides{OutDir: filepath.Join(t.TempDir(), "dist")})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	_, err = build.Run(context.Background(), cfg, build.Options{Log: diag.NewLogger(&logs, &logs, diag.LevelWarn), Workers: 1, Timeout: 30 * time.Second})
	if err == nil {
		t.Fatal("build succeeded; want a schema error")
	}
	want := "InvalidContentEntryDataError: **blog → bad** data does not match collection schema.\n\n" +
		"  **title**: **title**: Expected type `\"string\"`, received `\"number\"`\n" +
		"  **pubDate**: **pubDate**: Expected type `\"date\"`, received `\"object\"`\n" +
		"  **status**: Invalid option: expected one of \"draft\"|\"published\"\n"
	if got := err.Error(); !strings.Contains(got, want) {
		t.Errorf("error:\n%s\nwant it to contain:\n%s", got, want)
	}
}

func contentProject(t *testing.T, modules string) string {
	t.Helper()
	root := t.TempDir()
	copyTree(t, "testdata/content", root)
	if err := os.Symlink(modules, filepath.Join(root, "node_modules")); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestAstroBlogExample builds Astro's own examples/blog (its content, its
// content.config.ts with a zod schema using image(), and its rss.xml.js
// with the real @astrojs/rss from npm) and compares rss.xml with the one
// real Astro 7.3.5 built from the same project (testdata/astro-blog.rss.xml).
// The config drops the example's `fonts` (Comet's astro/config has no
// fontProviders).
func TestAstroBlogExample(t *testing.T) {
	modules := npmInstall(t, "testdata/astro-blog")
	root := t.TempDir()
	copyTree(t, "testdata/astro-blog", root, "node_modules")
	if err := os.Symlink(modules, filepath.Join(root, "node_modules")); err != nil {
		t.Fatal(err)
	}
	dist := cometBuild(t, root)
	got, err := os.ReadFile(filepath.Join(dist, "rss.xml"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/astro-blog.rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("rss.xml differs from Astro's: %s", firstDiff(got, want))
	}
}
