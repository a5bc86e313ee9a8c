package jsrt

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var cometName = regexp.MustCompile(`__comet[A-Za-z0-9]*`)

// TestGlobals checks the table of Go↔JS hooks (globals.go) against the
// repository's .go and .js sources: every __comet… name a source uses is
// listed, every listed name is used, every non-test source that uses a
// name is in its row, and every file a row lists names it.
func TestGlobals(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// name → source file (relative, slash-separated) → true; test files
	// count for "used" but need not be listed.
	used := map[string]map[string]bool{}
	sources := map[string]string{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch name := d.Name(); {
			case name == "node_modules", name == "testdata", strings.HasPrefix(name, "dist"),
				path != root && strings.HasPrefix(name, "."): // .git, bench/.cache's generated projects
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(path)
		if ext != ".go" && ext != ".js" && ext != ".mjs" {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if rel == "internal/jsrt/globals.go" || rel == "internal/jsrt/globals_test.go" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sources[rel] = string(b)
		for _, n := range cometName.FindAllString(string(b), -1) {
			if used[n] == nil {
				used[n] = map[string]bool{}
			}
			used[n][rel] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) == 0 {
		t.Fatal("no __comet names found: the walk missed the sources")
	}

	listed := map[string][]hook{}
	for _, h := range hooks {
		listed[h.name] = append(listed[h.name], h)
		if h.kind == "" || h.why == "" || h.by == "" || len(h.installs) == 0 {
			t.Errorf("%s (%s): kind, installs, by and why are required", h.name, h.kind)
		}
		for i, f := range append(slices.Clone(h.installs), h.uses...) {
			src, ok := sources[f]
			if !ok {
				t.Errorf("%s (%s): %s is not a .go or .js source of the repository", h.name, h.kind, f)
				continue
			}
			if h.kind == "argument" && i < len(h.installs) {
				continue // Go passes the natives by position, not by the JS name
			}
			for _, name := range strings.Split(h.name, ", ") {
				if !strings.Contains(src, name) && (h.constant == "" || !strings.Contains(src, h.constant)) {
					t.Errorf("%s (%s): %s lists %s, which does not name it", h.name, h.kind, f, name)
				}
			}
		}
	}
	for n, files := range used {
		rows, ok := listed[n]
		if !ok {
			var fs []string
			for f := range files {
				fs = append(fs, f)
			}
			slices.Sort(fs)
			t.Errorf("%s is used in %s but not listed in globals.go", n, strings.Join(fs, ", "))
			continue
		}
		for f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			in := false
			for _, h := range rows {
				in = in || slices.Contains(h.installs, f) || slices.Contains(h.uses, f)
			}
			if !in {
				t.Errorf("%s is used in %s, which its row in globals.go does not list", n, f)
			}
		}
	}
	for n, rows := range listed {
		if strings.HasPrefix(n, "__comet") && used[n] == nil {
			t.Errorf("%s (%s) is listed in globals.go but no source uses it", n, rows[0].kind)
		}
	}
}
