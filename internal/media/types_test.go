package media

import "testing"

// TestContentType: the table is mime-db's, as @astrojs/node serves public/
// and prerendered files (comet-semantics #31), not the machine's.
func TestContentType(t *testing.T) {
	for _, tc := range []struct{ ext, header, typ string }{
		{".ico", "image/vnd.microsoft.icon", "image/vnd.microsoft.icon"},
		{".ICO", "image/vnd.microsoft.icon", "image/vnd.microsoft.icon"},
		{".json", "application/json; charset=utf-8", "application/json"},
		{".js", "text/javascript; charset=utf-8", "text/javascript"},
		{".html", "text/html; charset=utf-8", "text/html"},
		{".svg", "image/svg+xml", "image/svg+xml"},
		{".xml", "application/xml", "application/xml"},
		{".webmanifest", "application/manifest+json; charset=utf-8", "application/manifest+json"},
		{".yml", "text/yaml; charset=utf-8", "text/yaml"},
		{".woff2", "font/woff2", "font/woff2"},
		{"png", "image/png", "image/png"},
		{".nosuchext", "", ""},
		{"", "", ""},
	} {
		if got := ContentType(tc.ext); got != tc.header {
			t.Errorf("ContentType(%q) = %q, want %q", tc.ext, got, tc.header)
		}
		if got := TypeByExtension(tc.ext); got != tc.typ {
			t.Errorf("TypeByExtension(%q) = %q, want %q", tc.ext, got, tc.typ)
		}
	}
}

// TestBodyType: a `{ body }` result's type comes from the route's extension
// with charset, text/plain without one (comet-semantics #4).
func TestBodyType(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"/data.json", "application/json;charset=utf-8"},
		{"/feeds/[...slug].xml", "application/xml;charset=utf-8"},
		{"/api/[id]", "text/plain;charset=utf-8"},
		{"/a.b/c", "text/plain;charset=utf-8"},
		{"/logo.PNG", "image/png;charset=utf-8"},
		{"/x.nosuchext", "text/plain;charset=utf-8"},
	} {
		if got := BodyType(tc.path); got != tc.want {
			t.Errorf("BodyType(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}
