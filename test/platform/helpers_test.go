// Package platform_test checks Comet's JavaScript platform against Node's:
// the same endpoint code runs through a real Comet build and through Node
// (20 or later), and the bytes must match. Node computes every expected
// value at test time, so these tests hold no hand-written answers; without
// `node` on PATH they skip.
//
// The Node side gets each page bundled by esbuild's Go API (TypeScript
// stripped, relative imports inlined, npm imports left for Node to
// resolve from the same node_modules) and runs it with
// testdata/harness/*.mjs, small stand-ins for Astro's build and server.
package platform_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/evanw/esbuild/pkg/api"
)

// TestMain pins both sides to UTC: goja reads time.Local, Comet's Intl
// reads TZ, and Node gets TZ=UTC in nodeCmd.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Setenv("TZ", "UTC")
	os.Exit(m.Run())
}

// needNode returns the path of node, or skips the test when there is no
// node 20 or later on PATH.
func needNode(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("skipped: `node` is not on PATH (these tests compare Comet with Node 20+)")
	}
	var major int
	if _, err := fmt.Sscanf(nodeVersion(t), "v%d.", &major); err != nil || major < 20 {
		t.Skipf("skipped: node %s is older than Node 20, which these tests compare Comet with", nodeVersion(t))
	}
	return node
}

var nodeVersionOnce = sync.OnceValue(func() string {
	out, err := exec.Command("node", "--version").Output()
	if err != nil {
		return "(unknown version)"
	}
	return strings.TrimSpace(string(out))
})

// nodeVersion returns `node --version`.
func nodeVersion(*testing.T) string { return nodeVersionOnce() }

// nodeCmd runs node with args in dir, in UTC, and returns its stdout.
func nodeCmd(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, needNode(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TZ=UTC", "NODE_NO_WARNINGS=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// copyTree copies the files under src into dst, skipping names in skip.
func copyTree(t *testing.T, src, dst string, skip ...string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		for _, s := range skip {
			if rel == s {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// writeFile writes data to root/rel, making folders.
func writeFile(t *testing.T, root, rel string, data []byte) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// cometBuild builds the project at root with Comet into a temp folder and
// returns the folder. A failed build fails the test, with Comet's log.
func cometBuild(t *testing.T, root string) string {
	t.Helper()
	dist := filepath.Join(t.TempDir(), "dist")
	var logs bytes.Buffer
	cfg, err := config.Load(root, config.Overrides{OutDir: dist})
	if err != nil {
		t.Fatalf("comet config: %v", err)
	}
	log := diag.NewLogger(&logs, &logs, diag.LevelWarn)
	if _, err := build.Run(context.Background(), cfg, build.Options{Log: log, Workers: 2, Timeout: 30 * time.Second}); err != nil {
		t.Fatalf("comet build: %v\n%s", err, logs.String())
	}
	return dist
}

// A page is one endpoint file for the Node harness.
type page struct {
	Module  string `json:"module"`  // the esbuild bundle for Node
	Pattern string `json:"pattern"` // its route, e.g. "/[id].json"
}

// nodePages bundles the endpoints files (relative to root/src/pages) for
// Node in one esbuild build with code splitting, so that a module two
// pages import exists once, as in Comet and Astro. The bundles go into
// root/.node, so npm imports resolve from root/node_modules as they do for
// Comet.
func nodePages(t *testing.T, root string, files ...string) []page {
	t.Helper()
	outDir := filepath.Join(root, ".node")
	var entries []api.EntryPoint
	var pages []page
	for i, f := range files {
		name := fmt.Sprintf("page%d", i)
		entries = append(entries, api.EntryPoint{InputPath: filepath.Join(root, "src", "pages", filepath.FromSlash(f)), OutputPath: name})
		route := "/" + strings.TrimSuffix(f, filepath.Ext(f))
		pages = append(pages, page{Module: filepath.Join(outDir, name+".mjs"), Pattern: route})
	}
	res := api.Build(api.BuildOptions{
		EntryPointsAdvanced: entries,
		Outdir:              outDir,
		OutExtension:        map[string]string{".js": ".mjs"},
		Bundle:              true,
		Splitting:           true,
		Write:               true,
		Format:              api.FormatESModule,
		Platform:            api.PlatformNode,
		Target:              api.ESNext,
		Packages:            api.PackagesExternal,
		LogLevel:            api.LogLevelSilent,
		// import.meta.env is Vite's; Node has none.
		Banner: map[string]string{"js": "import.meta.env ??= {};"},
	})
	if len(res.Errors) > 0 {
		msgs := api.FormatMessages(res.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
		t.Fatalf("esbuild for node:\n%s", strings.Join(msgs, ""))
	}
	return pages
}

// nodeBuild runs testdata/harness/static.mjs on pages and returns the
// folder it wrote.
func nodeBuild(t *testing.T, root, site string, pages []page) string {
	t.Helper()
	harness, err := filepath.Abs("testdata/harness/static.mjs")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "node-dist")
	plan, _ := json.Marshal(map[string]any{"site": site, "outDir": out, "pages": pages})
	planFile := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(planFile, plan, 0o644); err != nil {
		t.Fatal(err)
	}
	nodeCmd(t, root, harness, planFile)
	return out
}

// listFiles returns the slash paths of the files under dir, sorted.
func listFiles(dir string) []string {
	var names []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(names)
	return names
}

// compareFile reports a difference between Comet's and Node's copy of one
// output file, with the first differing line.
func compareFile(t *testing.T, cometDir, nodeDir, name string) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(cometDir, filepath.FromSlash(name)))
	if err != nil {
		t.Errorf("%s: comet wrote no file: %v", name, err)
		return
	}
	want, err := os.ReadFile(filepath.Join(nodeDir, filepath.FromSlash(name)))
	if err != nil {
		t.Errorf("%s: node wrote no file: %v", name, err)
		return
	}
	if !bytes.Equal(got, want) {
		same := ""
		var g, w any
		if json.Unmarshal(got, &g) == nil && json.Unmarshal(want, &w) == nil && reflect.DeepEqual(g, w) {
			same = " (the same JSON value: only the formatting differs)"
		}
		t.Errorf("%s differs from node's%s (%d bytes vs %d):\n%s", name, same, len(got), len(want), firstDiff(got, want))
		keepDiff(t, name, got, want)
	}
}

// keepDiff writes both sides of a difference under $COMET_PARITY_OUT, when
// set, as comet/<name> and node/<name>, for diff -r.
func keepDiff(t *testing.T, name string, got, want []byte) {
	dir := os.Getenv("COMET_PARITY_OUT")
	if dir == "" {
		return
	}
	writeFile(t, filepath.Join(dir, "comet"), name, got)
	writeFile(t, filepath.Join(dir, "node"), name, want)
}

// firstDiff describes where got and want first differ: the line, and
// the text around the first differing byte of that line.
func firstDiff(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			col := 0
			for col < len(gl) && col < len(wl) && gl[col] == wl[col] {
				col++
			}
			from := max(0, col-80)
			return fmt.Sprintf("line %d, byte %d:\ncomet: %q\nnode:  %q", i+1, col+1, window(gl, from), window(wl, from))
		}
	}
	return "(same lines; different bytes)"
}

// window gives up to 240 bytes of s from byte from, with ellipses.
func window(s string, from int) string {
	if from > len(s) {
		from = len(s)
	}
	out := s[from:]
	if len(out) > 240 {
		out = out[:240] + "…"
	}
	if from > 0 {
		out = "…" + out
	}
	return out
}

func clip(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}
