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
