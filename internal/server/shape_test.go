package server

import (
	"go/build"
	"net/url"
	"strings"
	"testing"
)

// TestServerKnowsNoEngine: package server reaches JavaScript only through
// package endpoint's Go types (a Stream, Props, a deadline and a
// cancellation), and takes nothing from the static build. Importing one of
// these again would tie the request path back to the engine.
func TestServerKnowsNoEngine(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.Imports) == 0 {
		t.Fatal("no imports read from package server")
	}
	forbidden := []string{
		"github.com/dop251/goja",
		"github.com/comet-dev/comet/internal/build",
		"github.com/comet-dev/comet/internal/jsrt/webapi",
	}
	for _, imp := range pkg.Imports {
		for _, f := range forbidden {
			if imp == f || strings.HasPrefix(imp, f+"/") {
				t.Errorf("package server imports %s; hand it Go values through package endpoint instead", imp)
			}
		}
	}
}

// TestValidHost: validHost accepts exactly the hosts url.Parse takes as the
// host of "http://"+host+"/" and gives back unchanged, without parsing,
// but for a port with no host (":", ":80"), which url.Parse takes and JS's
// URL refuses: request.url threw "Invalid URL" in the handler, a 500 (found
// by FuzzRawRequest).
func TestValidHost(t *testing.T) {
	hosts := []string{
		"", "example.com", "example.com:8080", "example.com:", "localhost:4321",
		"127.0.0.1", "127.0.0.1:80", "[::1]", "[::1]:8080", "[::1]:", "[::1]x", "[::1]:8a",
		"[::ffff:1.2.3.4]", "[1.2.3.4]", "[fe80::1]:443", "[::1", "::1", "a:b:c",
		"a[b]", "[a]", "a]", "]", "[", "[]", "[]:80", "a:80:90", "a:-1", "a:8 0",
		"ex ample.com", "ex/ample", "user@host", "host?x", "host#x", "h%41", "xn--bcher-kva.example",
		"a_b.c~d", "!$&'()*+,;=", "a,b:1", "[::1]]", "[[::1]]", "[::1]:80]", "é.example", "a\x00b",
		":", ":80",
	}
	for _, h := range hosts {
		u, err := url.Parse("http://" + h + "/")
		want := err == nil && u.Host == h
		if h != "" && strings.ContainsFunc(h, func(c rune) bool {
			return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.ContainsRune("-._~!$&'()*+,;=:[]", c))
		}) {
			want = false // outside RFC 3986's host characters: refused before any parsing
		}
		if strings.HasPrefix(h, ":") {
			want = false // a port with no host: the URL standard refuses it
		}
		if got := validHost(h); got != want {
			t.Errorf("validHost(%q) = %v, want %v (url.Parse: %v)", h, got, want, err)
		}
	}
}

// BenchmarkHostCheck compares validHost with the url.Parse round trip it
// replaced, in the same run:
//
//	go test -run xxx -bench HostCheck -benchmem ./internal/server
func BenchmarkHostCheck(b *testing.B) {
	const host = "shop.example.com:4321"
	b.Run("validHost", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if !validHost(host) {
				b.Fatal("refused")
			}
		}
	})
	b.Run("url.Parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if u, err := url.Parse("http://" + host + "/"); err != nil || u.Host != host {
				b.Fatal("refused")
			}
		}
	})
}

// TestPathChecksDoNotAllocate: the path checks every request passes
// allocate nothing when there is nothing to resolve.
func TestPathChecksDoNotAllocate(t *testing.T) {
	for _, p := range []string{"/api/42.json", "/", "/a/b/c/", "/v1.2/x.y"} {
		if n := testing.AllocsPerRun(100, func() {
			if removeDotSegments(p) != p || hasDotSegment(p) || !validHost("example.com:80") {
				t.Fatalf("%q changed", p)
			}
		}); n != 0 {
			t.Errorf("%q: %v allocations, want 0", p, n)
		}
	}
	if got := removeDotSegments("/a/%2E%2e/b/./c"); got != "/b/c" {
		t.Errorf("removeDotSegments resolves dots still: got %q", got)
	}
}
