package webapi

import (
	"io/fs"
	"slices"
	"testing"
)

// TestPreludeParts checks that preludeParts names every file in prelude/
// exactly once: a part left out of the list would silently not run.
func TestPreludeParts(t *testing.T) {
	entries, err := fs.ReadDir(preludeFiles, "prelude")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	listed := slices.Clone(preludeParts)
	slices.Sort(listed)
	if !slices.Equal(files, slices.Compact(slices.Clone(listed))) || len(slices.Compact(slices.Clone(listed))) != len(listed) {
		t.Errorf("prelude/ holds %v, preludeParts names %v (each file once)", files, preludeParts)
	}
	if _, err := compilePrelude(); err != nil {
		t.Errorf("the joined prelude does not compile: %v", err)
	}
}
