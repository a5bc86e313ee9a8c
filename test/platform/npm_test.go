package platform_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// npmPages are the endpoints of testdata/npm, one per package: every
// page in its src/pages, so a page added there is compared too.
func npmPages(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir("testdata/npm/src/pages")
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, e := range entries {
		pages = append(pages, e.Name())
	}
	if len(pages) < 45 {
		t.Fatalf("testdata/npm has %d package pages; the suite is meant to cover at least 45", len(pages))
	}
	return pages
}

// TestNPMPackages builds testdata/npm, whose endpoints use popular pure-JS
// packages (pinned in its package.json and package-lock.json), with Comet,
// runs the same endpoints in Node, and compares every file byte for byte.
func TestNPMPackages(t *testing.T) {
	needNode(t)
	modules := npmInstall(t, "testdata/npm")
	root := npmProject(t, modules)
	pages := npmPages(t)
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, pages...))
	dist := cometBuild(t, root)
	for _, p := range pages {
		name := p[:len(p)-len(".ts")]
		t.Run(name, func(t *testing.T) { compareFile(t, dist, nodeDist, name) })
	}
}

// npmProject copies testdata/npm (less skip) into a temp folder and links
// its node_modules to modules.
func npmProject(t *testing.T, modules string, skip ...string) string {
	t.Helper()
	root := t.TempDir()
	copyTree(t, "testdata/npm", root, append(skip, "node_modules")...)
	if err := os.Symlink(modules, filepath.Join(root, "node_modules")); err != nil {
		t.Fatal(err)
	}
	return root
}

// npmInstall installs the packages of dir/package.json (as locked by
// dir/package-lock.json) once per content of those two files, into a
// folder under the user cache dir, and returns its node_modules. It skips
// the test when npm is missing or the registry cannot be reached.
func npmInstall(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	var spec [2][]byte
	for i, name := range []string{"package.json", "package-lock.json"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		spec[i] = data
		h.Write(data)
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	cache := filepath.Join(base, "comet-platform-test", "npm-"+hex.EncodeToString(h.Sum(nil))[:16])
	modules := filepath.Join(cache, "node_modules")
	if _, err := os.Stat(filepath.Join(modules, ".package-lock.json")); err == nil {
		return modules
	}

	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("skipped: `npm` is not on PATH, so the npm packages cannot be installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if out, err := exec.CommandContext(ctx, npm, "ping", "--fetch-timeout=10000", "--fetch-retries=0").CombinedOutput(); err != nil {
		t.Skipf("skipped: the npm registry is unreachable, so the npm packages cannot be installed (npm ping: %v: %s)", err, npmError(out))
	}

	// Install into a fresh folder and rename it into place, so that two
	// test runs never share a half-written node_modules.
	if err := os.MkdirAll(filepath.Dir(cache), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(cache), "install-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	for i, name := range []string{"package.json", "package-lock.json"} {
		if err := os.WriteFile(filepath.Join(tmp, name), spec[i], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel = context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", "--prefix", tmp)
	cmd.Dir = tmp
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm install: %v\n%s", err, out)
	}
	if err := os.Rename(tmp, cache); err != nil {
		if _, statErr := os.Stat(filepath.Join(modules, ".package-lock.json")); statErr != nil {
			t.Fatal(err)
		}
	}
	return modules
}

// npmError picks npm's first error line out of its output.
func npmError(out []byte) string {
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "npm error") || strings.HasPrefix(l, "npm ERR!") {
			return strings.TrimSpace(l)
		}
	}
	return strings.TrimSpace(string(out))
}
