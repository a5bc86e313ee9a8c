package server

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/comet-dev/comet/internal/routing"
)

func TestDecodeURI(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		bad      bool
	}{
		{in: "/plain", want: "/plain"},
		{in: "/with%20space", want: "/with space"},
		{in: "/%C3%BC.json", want: "/ü.json"},
		{in: "/a%2Fb", want: "/a%2Fb"}, // reserved: left encoded
		{in: "/a%3Fb%23c", want: "/a%3Fb%23c"},
		{in: "/%E6%97%A5%E6%9C%AC", want: "/日本"},
		{in: "/bad%", bad: true},
		{in: "/bad%zz", bad: true},
		{in: "/bad%C3", bad: true},    // truncated UTF-8
		{in: "/bad%FF%FE", bad: true}, // invalid UTF-8
		{in: "/mixed%C3%BCx%20", want: "/mixedüx "},
	} {
		got, err := decodeURI(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("decodeURI(%q) = %q, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("decodeURI(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestDecodePathRepeats(t *testing.T) {
	// %2520 → %20 → " ": Astro decodes until the path stops changing.
	got, err := decodePath("/a%2520b")
	if err != nil || got != "/a b" {
		t.Fatalf("decodePath = %q, %v; want %q", got, err, "/a b")
	}
}

func FuzzDecodeURI(f *testing.F) {
	for _, s := range []string{"/a%20b", "/%C3%BC", "%", "%%%", "/x%2F"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decodeURI(s)
		if err != nil {
			return
		}
		if len(d) > len(s) {
			t.Fatalf("decoding grew the string: %q → %q", s, d)
		}
	})
}

func TestTrailingSlashRedirect(t *testing.T) {
	for _, tc := range []struct {
		path, policy, want string
	}{
		{"/api/users", "always", "/api/users/"},
		{"/api/users/", "always", ""},
		{"/feed.xml", "always", ""},
		{"/api/users//", "always", "/api/users/"},
		{"/api/users/", "never", "/api/users"},
		{"/api/users", "never", ""},
		{"/api/users///", "never", "/api/users"},
		{"/api/users//", "ignore", "/api/users/"},
		{"/api/users/", "ignore", ""},
		{"/", "never", ""},
		{"/_image/x", "always", ""},
		// Never a protocol-relative target (open redirect).
		{"//evil.example//", "ignore", "/evil.example/"},
		{"//evil.example/", "never", "/evil.example"},
		{"//evil", "always", "/evil/"},
		{"///evil.example//", "never", "/evil.example"},
		{"/\\evil.example//", "ignore", "/evil.example/"},
	} {
		got, ok := trailingSlashRedirect(tc.path, routing.TrailingSlash(tc.policy))
		if (tc.want != "") != ok || got != tc.want {
			t.Errorf("trailingSlashRedirect(%q, %q) = %q, %v; want %q", tc.path, tc.policy, got, ok, tc.want)
		}
	}
}

// FuzzDecodePath: decoding never panics; a path without "%" is left
// alone; a decoded path is valid UTF-8 whenever the input was, and never
// gains a "/" or "\" from an escape of one ("%2f" stays "%2f").
func FuzzDecodePath(f *testing.F) {
	for _, s := range []string{"/", "/a%20b", "/%2e%2e/%2fetc", "/%25252e", "/%c3%a9", "/%zz", "/%e2%82", "/%5c..", "/%00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		d, err := decodePath(p)
		if err != nil {
			return
		}
		if !strings.Contains(p, "%") && d != p {
			t.Fatalf("%q decoded to %q", p, d)
		}
		if utf8.ValidString(p) && !utf8.ValidString(d) {
			t.Fatalf("%q decoded to invalid UTF-8 %q", p, d)
		}
		if strings.Count(d, "/") != strings.Count(p, "/") {
			t.Fatalf("%q decoded to %q: the segments changed", p, d)
		}
	})
}

func TestRemoveDotSegments(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"/a/b", "/a/b"},
		{"/docs/%2e%2e/.env", "/.env"},
		{"/docs/%2E%2e/x/", "/x/"},
		{"/docs/./a", "/docs/a"},
		{"/docs/..", "/"},
		{"/docs/.", "/docs/"},
		{"/../../etc/passwd", "/etc/passwd"},
		{"/a/.%2e/b", "/b"},
		{"/a/...", "/a/..."},
		{"/a/%252e%252e/b", "/a/%252e%252e/b"},
		{"/.well-known/x", "/.well-known/x"},
	} {
		if got := removeDotSegments(tc.in); got != tc.want {
			t.Errorf("removeDotSegments(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
