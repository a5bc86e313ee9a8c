package platform_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNodeBuiltins runs every case of testdata/node/src/lib/cases.mjs
// (stream, stream/promises, stream/consumers, the Web conversions, and the
// other Node built-ins Comet provides) as a page of a real Comet build and
// in Node, and compares the JSON results case by case.
func TestNodeBuiltins(t *testing.T) {
	needNode(t)
	root := t.TempDir()
	copyTree(t, "testdata/node", root)
	dist := cometBuild(t, root)
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, "node/[name].json.ts"))
	names := listFiles(filepath.Join(nodeDist, "node"))
	if len(names) < 10 {
		t.Fatalf("node ran only %d cases", len(names))
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(name, ".json"), func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dist, "node", name))
			if err != nil {
				t.Fatalf("comet wrote no file: %v", err)
			}
			want, _ := os.ReadFile(filepath.Join(nodeDist, "node", name))
			if string(got) == string(want) {
				return
			}
			var g, w any
			if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil {
				t.Fatalf("differs:\ncomet: %s\nnode:  %s", got, want)
			}
			var diffs []string
			jsonDiff("", g, w, &diffs)
			t.Errorf("differs from node:\n%s", strings.Join(diffs, "\n"))
		})
	}
}
