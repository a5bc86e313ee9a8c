package build

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/comet-dev/comet/internal/testproject"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// TestGolden builds every testdata/*.txtar project and compares the output
// tree (or the error) with testdata/<name>.golden. Run with -update to
// rewrite the goldens after checking the change is right.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		t.Run(name, func(t *testing.T) {
			got := buildFixture(t, f)
			golden := strings.TrimSuffix(f, ".txtar") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("missing golden (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s:\n--- got ---\n%s\n--- want ---\n%s", golden, got, want)
			}
		})
	}
}

// writeFixture unpacks a txtar project into a temp dir.
func writeFixture(t *testing.T, file string) string { return testproject.TxtarFile(t, file) }

func buildFixture(t *testing.T, file string) []byte {
	dir := writeFixture(t, file)
	var logs bytes.Buffer
	log := diag.NewLogger(&logs, &logs, diag.LevelWarn)
	cfg, err := config.Load(dir, config.Overrides{})
	if err == nil {
		opts := Options{Log: log, Workers: 2}
		if strings.HasPrefix(filepath.Base(file), "timeout") {
			opts.Timeout = 200 * time.Millisecond
		}
		_, err = Run(context.Background(), cfg, opts)
	}
	var out txtar.Archive
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), dir, "$ROOT")
		out.Comment = []byte("build failed:\n" + msg + "\n")
		return txtar.Format(&out)
	}
	warn := strings.ReplaceAll(logs.String(), dir, "$ROOT")
	if warn != "" {
		out.Comment = []byte("warnings:\n" + stripTimes(warn))
	}
	dist := cfg.OutDir
	var names []string
	filepath.WalkDir(dist, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dist, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(names)
	for _, n := range names {
		data, _ := os.ReadFile(filepath.Join(dist, filepath.FromSlash(n)))
		if n == "server/entry.js" {
			data = []byte("(the server bundle)\n")
		} else if isBinary(data) {
			data = []byte(fmt.Sprintf("(binary, %d bytes: % x)\n", len(data), data[:min(len(data), 16)]))
		} else if len(data) > 0 && data[len(data)-1] != '\n' {
			data = append(data, []byte("\n(no newline at end)\n")...)
		}
		out.Files = append(out.Files, txtar.File{Name: n, Data: data})
	}
	return txtar.Format(&out)
}

// stripTimes drops the HH:MM:SS prefix of log lines.
func stripTimes(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if len(l) > 9 && l[2] == ':' && l[5] == ':' {
			l = l[9:]
		}
		b.WriteString(l)
	}
	return b.String()
}

func TestOutputPath(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		unsafe   bool
	}{
		{in: "/data.json", want: "data.json"},
		{in: "/api/users", want: "api/users"},
		{in: "/og/a/b.png", want: "og/a/b.png"},
		{in: "/enc/with space.txt", want: "enc/with space.txt"},
		{in: "/", want: ""},
		{in: "/../etc/passwd", unsafe: true},
		{in: "/a/../../x", unsafe: true},
		{in: "/a/./b", unsafe: true},
		{in: "/nul\x00.json", unsafe: true},
		{in: `/a\..\b`, unsafe: true},
	} {
		got, err := outputPath(tc.in)
		if tc.unsafe {
			if !errors.Is(err, ErrUnsafePath) {
				t.Errorf("outputPath(%q) = %q, %v; want ErrUnsafePath", tc.in, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("outputPath(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestPageOutput(t *testing.T) {
	for _, tc := range []struct{ pathname, file, format, want string }{
		{"/about", "about.html", "directory", "about/index.html"},
		{"/about", "about.html", "file", "about.html"},
		{"/about", "about.html", "preserve", "about.html"},
		{"/docs", "docs/index.html", "preserve", "docs/index.html"},
		{"/", "index.html", "directory", "index.html"},
		{"/404", "404.html", "directory", "404.html"},
	} {
		if got := PageOutput(tc.pathname, tc.file, config.BuildFormat(tc.format)); got != tc.want {
			t.Errorf("PageOutput(%q, %q, %q) = %q, want %q", tc.pathname, tc.file, tc.format, got, tc.want)
		}
	}
}

// TestFailedBuildKeepsDist checks that a build error leaves the previous
// output exactly as it was, and leaves no temporary folder behind.
func TestFailedBuildKeepsDist(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("src/pages/a.json.ts", `export const GET = () => new Response('one');`)
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), cfg, Options{}); err != nil {
		t.Fatal(err)
	}
	write("src/pages/a.json.ts", `export const GET = () => { throw new Error('broken') };`)
	if _, err := Run(context.Background(), cfg, Options{}); err == nil || !strings.Contains(err.Error(), "broken") {
		t.Fatalf("second build: err = %v, want the handler's error", err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "dist", "a.json"))
	if err != nil || string(got) != "one" {
		t.Fatalf("dist/a.json = %q, %v; want the first build's output", got, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "comet-tmp") || strings.Contains(e.Name(), "comet-old") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestInterruptedBuildKeepsDist checks that a build whose context ends
// before its pages run (a signal while runtimes start) fails and commits
// nothing: the render workers stop quietly, so the build itself must see
// the cancellation.
func TestInterruptedBuildKeepsDist(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("src/pages/a.json.ts", `export const GET = () => new Response('one');`)
	cfg, err := config.Load(dir, config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), cfg, Options{}); err != nil {
		t.Fatal(err)
	}
	write("src/pages/a.json.ts", `export const GET = () => new Response('two');`)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, cfg, Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted build: err = %v, want context.Canceled", err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "dist", "a.json"))
	if err != nil || string(got) != "one" {
		t.Fatalf("dist/a.json = %q, %v; want the first build's output", got, err)
	}
}

// isBinary: invalid UTF-8 or control bytes other than tab and newlines.
func isBinary(data []byte) bool {
	if !utf8.Valid(data) {
		return true
	}
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			return true
		}
	}
	return false
}
