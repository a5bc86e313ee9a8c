// Package media maps file extensions to media types with a fixed table, so
// a build gives the same Content-Type on every machine (the standard mime
// package also reads /etc/mime.types, which differs between systems).
package media

import (
	"mime"
	"strings"
)

var types = map[string]string{
	".json":        "application/json",
	".xml":         "application/xml",
	".rss":         "application/rss+xml",
	".atom":        "application/atom+xml",
	".txt":         "text/plain",
	".html":        "text/html",
	".htm":         "text/html",
	".css":         "text/css",
	".js":          "text/javascript",
	".mjs":         "text/javascript",
	".csv":         "text/csv",
	".md":          "text/markdown",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".pdf":         "application/pdf",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".ttf":         "font/ttf",
	".otf":         "font/otf",
	".mp3":         "audio/mpeg",
	".mp4":         "video/mp4",
	".webm":        "video/webm",
	".zip":         "application/zip",
	".gz":          "application/gzip",
	".ics":         "text/calendar",
	".yaml":        "application/yaml",
	".yml":         "application/yaml",
	".toml":        "application/toml",
	".bin":         "application/octet-stream",
}

// TypeByExtension returns the media type (without parameters) for ext
// (".json"), or "" when unknown. The table is fixed; the standard library's
// built-in list is the fallback.
func TypeByExtension(ext string) string {
	ext = strings.ToLower(ext)
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		t, _, _ = strings.Cut(t, ";")
		return t
	}
	return ""
}

// IsText reports whether a media type is text, so it gets a charset.
func IsText(t string) bool {
	return strings.HasPrefix(t, "text/") || t == "application/json" || t == "application/xml" ||
		strings.HasSuffix(t, "+xml") || strings.HasSuffix(t, "+json") || t == "text/javascript"
}
