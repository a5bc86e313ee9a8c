package server

import (
	"html"
	"net/http"

	"github.com/comet-dev/comet/internal/app"
)

// redirect answers one of the config's redirects as Astro's server does
// (core/redirects/render.ts): the status and a Location, no body.
func redirect(r *http.Request, rd *app.Redirect, params map[string]string) error {
	return &httpError{Status: rd.Status(r.Method), Header: http.Header{"Location": {rd.Location(params)}}}
}

// unservedNotFound is dev's 404 for the path of a .astro, .md or .mdx page:
// it says why instead of a bare 404.
func unservedNotFound(file string) error {
	f := html.EscapeString(file)
	return &httpError{Status: http.StatusNotFound, headNoBody: true,
		Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}},
		Body: `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<title>404: Not Found</title>
		<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#eee;padding:.1em .3em;border-radius:3px}</style>
	</head>
	<body>
		<h1>404: Not Found</h1>
		<p>This path is the page <code>` + f + `</code>. Comet serves endpoints only (<code>.js</code>/<code>.ts</code> files and <code>.html</code> pages): <code>.astro</code>, <code>.md</code> and <code>.mdx</code> pages are skipped.</p>
	</body>
</html>
`,
	}
}
