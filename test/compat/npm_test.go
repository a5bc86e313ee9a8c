package compat_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestNPMPackages installs popular pure-JS packages endpoints use (zod,
// date-fns, nanoid, marked, slugify, dayjs, fast-xml-parser; pinned in
// testdata/npm/package.json) from the npm registry, bundles them into an
// endpoint and compares its output with Node's for the same module. The
// install is cached under the user cache dir, keyed by package.json. If
// npm or the registry cannot be reached, the test says so and skips.
func TestNPMPackages(t *testing.T) {
	node := needNode(t)
	dir := copyProject(t, "npm")
	modules := installPackages(t, filepath.Join(dir, "package.json"))
	if err := os.Symlink(modules, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	comet := cometBuild(t, dir, "npm.json")
	want := nodeRun(t, node, dir, `import { run } from './src/lib/cases.mjs'; process.stdout.write(JSON.stringify(await run()));`)
	compareJSON(t, comet, want)
}

// installPackages runs npm install for pkgJSON into a cache directory
// (once per package.json content) and returns its node_modules.
func installPackages(t *testing.T, pkgJSON string) string {
	t.Helper()
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not on PATH: cannot install the packages under test")
	}
	spec, err := os.ReadFile(pkgJSON)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(spec)
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	cache := filepath.Join(base, "comet-test-npm", hex.EncodeToString(sum[:8]))
	modules := filepath.Join(cache, "node_modules")
	if _, err := os.Stat(filepath.Join(cache, ".complete")); err == nil {
		return modules
	}
	os.RemoveAll(cache)
	if err := os.MkdirAll(cache, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(cache, "package.json"), spec, 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts", "--loglevel=error")
	cmd.Dir = cache
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Skipf("npm install failed (no network or registry?), so the npm packages are not checked: %v\n%s", err, out)
	}
	os.WriteFile(filepath.Join(cache, ".complete"), nil, 0o644)
	return modules
}
