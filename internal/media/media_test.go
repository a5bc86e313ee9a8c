package media

import "testing"

func TestTypeByExtension(t *testing.T) {
	for ext, want := range map[string]string{
		".json": "application/json", ".JSON": "application/json", ".xml": "application/xml", ".rss": "application/rss+xml",
		".txt": "text/plain", ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".svg": "image/svg+xml",
		".webmanifest": "application/manifest+json", ".woff2": "font/woff2", ".yml": "application/yaml",
		".nope-not-a-type": "",
	} {
		if got := TypeByExtension(ext); got != want {
			t.Errorf("TypeByExtension(%q) = %q, want %q", ext, got, want)
		}
	}
}

func TestIsText(t *testing.T) {
	for typ, want := range map[string]bool{
		"text/plain": true, "application/json": true, "application/xml": true, "application/rss+xml": true,
		"application/manifest+json": true, "image/png": false, "application/octet-stream": false, "font/woff2": false,
	} {
		if got := IsText(typ); got != want {
			t.Errorf("IsText(%q) = %v, want %v", typ, got, want)
		}
	}
}
