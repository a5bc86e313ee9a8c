package platform_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestWebPlatform runs every case of testdata/web/src/lib/cases.mjs (URL,
// Headers, TextEncoder/TextDecoder, atob/btoa, structuredClone,
// Response/Request, FormData/Blob/File, streams, AbortSignal, ES2023-24
// built-ins, \p{…} regexps, microtask and timer order) as a page of a real
// Comet build and in Node, and compares the JSON results case by case.
func TestWebPlatform(t *testing.T) {
	needNode(t)
	root := t.TempDir()
	copyTree(t, "testdata/web", root)
	dist := cometBuild(t, root)
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, "web/[name].json.ts"))
	names := listFiles(filepath.Join(nodeDist, "web"))
	if len(names) < 40 {
		t.Fatalf("node ran only %d cases", len(names))
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(name, ".json"), func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dist, "web", name))
			if err != nil {
				t.Fatalf("comet wrote no file: %v", err)
			}
			want, _ := os.ReadFile(filepath.Join(nodeDist, "web", name))
			if string(got) == string(want) {
				return
			}
			var missing struct{ Unsupported string }
			if json.Unmarshal(want, &missing) == nil && missing.Unsupported != "" {
				t.Skipf("skipped: this node (%s) has no %s, so there is nothing to compare with; comet gave %s", nodeVersion(t), missing.Unsupported, clip(string(got)))
			}
			keepDiff(t, "web/"+name, got, want)
			var g, w any
			if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil {
				t.Fatalf("differs:\ncomet: %s\nnode:  %s", got, want)
			}
			var diffs []string
			jsonDiff("", g, w, &diffs)
			if len(diffs) > 12 {
				diffs = append(diffs[:12], fmt.Sprintf("… and %d more", len(diffs)-12))
			}
			t.Errorf("differs from node:\n%s", strings.Join(diffs, "\n"))
		})
	}
}

// jsonDiff lists the paths where two decoded JSON values differ, with
// both values.
func jsonDiff(path string, got, want any, out *[]string) {
	if reflect.DeepEqual(got, want) {
		return
	}
	switch w := want.(type) {
	case map[string]any:
		if g, ok := got.(map[string]any); ok {
			keys := map[string]bool{}
			for k := range g {
				keys[k] = true
			}
			for k := range w {
				keys[k] = true
			}
			var sorted []string
			for k := range keys {
				sorted = append(sorted, k)
			}
			sort.Strings(sorted)
			for _, k := range sorted {
				jsonDiff(path+"."+k, g[k], w[k], out)
			}
			return
		}
	case []any:
		if g, ok := got.([]any); ok && len(g) == len(w) {
			for i := range w {
				jsonDiff(fmt.Sprintf("%s[%d]", path, i), g[i], w[i], out)
			}
			return
		}
	}
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	*out = append(*out, fmt.Sprintf("  %s\n    comet: %s\n    node:  %s", path, clip(string(gj)), clip(string(wj))))
}
