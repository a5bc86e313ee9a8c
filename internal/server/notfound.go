package server

import (
	"html"
	"strings"
)

// builtinNotFound is Comet's own 404 page, used when the project has no
// src/pages/404.html. Its bytes are Comet's; its status and type are
// Astro's (comet-semantics #16, #17).
func builtinNotFound(pathname string) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>404: Not Found</title>
		<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#eee;padding:.1em .3em;border-radius:3px}</style>
	</head>
	<body>
		<h1>404: Not Found</h1>
		<p>Path: <code>`)
	b.WriteString(html.EscapeString(pathname))
	b.WriteString(`</code></p>
	</body>
</html>
`)
	return []byte(b.String())
}
