// Package compat_test checks that ordinary endpoint code gives the same
// output in Comet as in Node 20 (the machine's `node`): real npm packages
// (npm_test.go), an RSS feed formatting dates and the seed examples
// (parity_test.go), and the Web platform's edge cases (web_test.go). The
// expected values are computed by Node at test time from the same modules
// Comet bundles, so nothing here is a hard-coded answer. Without node on
// PATH these tests skip and say so.
package compat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/build"
	"github.com/comet-dev/comet/internal/config"
)

// needNode skips t when Node is not installed.
func needNode(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH: these tests compare Comet's output with Node's")
	}
	return node
}

// copyProject copies testdata/<name> into a temp dir and returns it.
func copyProject(t *testing.T, name string) string {
	t.Helper()
	return copyDir(t, filepath.Join("testdata", name))
}

// copyDir copies a project (without its dist/ and node_modules/) into a
// temp dir and returns it.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() && (rel == "dist" || rel == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// cometBuild builds the project at dir with Comet and returns dist/<file>
// (nil for "").
func cometBuild(t *testing.T, dir, file string) []byte {
	t.Helper()
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := build.Run(context.Background(), cfg, build.Options{}); err != nil {
		t.Fatalf("comet build: %v", err)
	}
	if file == "" {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(cfg.OutDir, filepath.FromSlash(file)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// nodeRun runs script (an ES module's source) with node in dir and returns
// its stdout.
func nodeRun(t *testing.T, node, dir, script string) []byte {
	t.Helper()
	return nodeRunArgs(t, node, dir, []string{"--input-type=module", "-e", script})
}

// nodeRunArgs runs node with args in dir (same environment, so the same
// time zone as Comet) and returns its stdout.
func nodeRunArgs(t *testing.T, node, dir string, args []string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	return out
}

// compareJSON compares two JSON objects key by key, so that a failure
// names the package or case that differs.
func compareJSON(t *testing.T, comet, node []byte) {
	t.Helper()
	var c, n map[string]json.RawMessage
	if err := json.Unmarshal(comet, &c); err != nil {
		t.Fatalf("Comet's output is not JSON: %v\n%s", err, comet)
	}
	if err := json.Unmarshal(node, &n); err != nil {
		t.Fatalf("Node's output is not JSON: %v\n%s", err, node)
	}
	if len(n) == 0 {
		t.Fatal("Node's output has no cases")
	}
	for k, want := range n {
		got, ok := c[k]
		if !ok {
			t.Errorf("%s: missing in Comet's output", k)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\nComet: %s\nNode:  %s", k, got, want)
		}
	}
	for k := range c {
		if _, ok := n[k]; !ok {
			t.Errorf("%s: only in Comet's output", k)
		}
	}
}
