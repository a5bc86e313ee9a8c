// Package testproject writes Astro projects for tests: from a map of files
// or from a txtar archive, into a temporary folder that is removed when the
// test ends. Every package that tests whole projects (config, bundle, app,
// build, server, dev, cli) uses it, so a fixture means the same everywhere.
package testproject

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// Write writes files (slash path → content) into a new temporary folder and
// returns its path, with symlinks resolved (macOS's /var is one), so paths
// in messages compare equal.
func Write(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for name, data := range files {
		put(tb, dir, name, []byte(data))
	}
	return dir
}

// Txtar writes the files of a txtar archive given as text.
func Txtar(tb testing.TB, archive string) string {
	tb.Helper()
	return archiveDir(tb, txtar.Parse([]byte(archive)))
}

// TxtarFile writes the files of the txtar archive in file.
func TxtarFile(tb testing.TB, file string) string {
	tb.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	return archiveDir(tb, ar)
}

func archiveDir(tb testing.TB, ar *txtar.Archive) string {
	tb.Helper()
	dir := Write(tb, nil)
	for _, f := range ar.Files {
		put(tb, dir, f.Name, f.Data)
	}
	return dir
}

func put(tb testing.TB, dir, name string, data []byte) {
	tb.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}
