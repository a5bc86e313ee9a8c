package compat_test

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/config"
	"github.com/evanw/esbuild/pkg/api"
)

// TestSeedParity: the seed examples' static endpoints give byte-identical
// files in Comet and in Node (testdata/harness.mjs calls them as Astro
// does, after esbuild turns each page into an ES module for Node).
func TestSeedParity(t *testing.T) {
	node := needNode(t)
	dir := copyDir(t, filepath.Join("..", "..", "examples", "seed-static"))
	nodeParity(t, node, dir)
}

// TestRSSParity: an RSS feed that formats dates with toLocaleDateString,
// Intl.DateTimeFormat, toUTCString and toISOString, escapes XML and builds
// links with new URL(path, site) is byte-identical to Node's.
func TestRSSParity(t *testing.T) {
	node := needNode(t)
	dir := copyProject(t, "rss")
	nodeParity(t, node, dir)
}

// nodeParity builds dir with Comet, runs every endpoint of src/pages in
// Node through the harness, and compares each output file's bytes.
func nodeParity(t *testing.T, node, dir string) {
	t.Helper()
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	cometBuild(t, dir, "")
	pages, _ := filepath.Glob(filepath.Join(dir, "src", "pages", "*.[jt]s"))
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	args := []string{filepath.Join(mustAbs(t, "testdata"), "harness.mjs"), cfg.Site}
	outDir := t.TempDir()
	for _, p := range pages {
		name := filepath.Base(p)
		pattern := "/" + regexp.MustCompile(`\.[jt]s$`).ReplaceAllString(name, "")
		res := api.Build(api.BuildOptions{
			EntryPoints: []string{p}, Bundle: true, Format: api.FormatESModule, Platform: api.PlatformNode,
			Outfile: filepath.Join(outDir, name+".mjs"), Write: true, External: []string{"astro"}, LogLevel: api.LogLevelSilent,
		})
		if len(res.Errors) > 0 {
			t.Fatalf("esbuild %s: %s", name, res.Errors[0].Text)
		}
		args = append(args, pattern, filepath.Join(outDir, name+".mjs"))
	}
	out := nodeRunArgs(t, node, dir, args)
	var want map[string]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("harness output: %v\n%s", err, out)
	}
	paths := make([]string, 0, len(want))
	for p := range want {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		w, _ := base64.StdEncoding.DecodeString(want[p])
		got, err := os.ReadFile(filepath.Join(cfg.OutDir, filepath.FromSlash(strings.TrimPrefix(p, "/"))))
		if err != nil {
			t.Errorf("%s: Comet wrote no file: %v", p, err)
			continue
		}
		if string(got) != string(w) {
			t.Errorf("%s differs:\nComet: %q\nNode:  %q", p, got, w)
		}
	}
	t.Logf("%d files identical to Node's", len(paths))
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
