package build

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
)

// This file decides where outputs go and what may not be written: Astro's
// file names, the meta-refresh page of a static redirect, and the checks
// that keep every write inside the output folder.

// ErrUnsafePath is returned for an output path that would leave outDir.
var ErrUnsafePath = errors.New("build: output path escapes the output directory")

// outputPath maps a URL pathname to a file path relative to the output
// root, exactly as Astro names endpoint files (/data.json → data.json,
// /api/users → api/users). It refuses anything that could escape: ".."
// segments, NUL bytes, backslashes.
func outputPath(pathname string) (string, error) {
	if strings.ContainsAny(pathname, "\x00\\") {
		return "", fmt.Errorf("%w: %q contains a NUL byte or a backslash", ErrUnsafePath, pathname)
	}
	for _, seg := range strings.Split(pathname, "/") {
		if seg == ".." || seg == "." {
			return "", fmt.Errorf("%w: %q contains a %q segment", ErrUnsafePath, pathname, seg)
		}
	}
	rel := strings.Trim(pathname, "/")
	if rel != "" && !filepath.IsLocal(filepath.FromSlash(rel)) {
		return "", fmt.Errorf("%w: %q", ErrUnsafePath, pathname)
	}
	return rel, nil
}

// maxNameBytes is the longest file or folder name the usual file systems
// accept (NAME_MAX: 255 bytes on ext4, XFS, APFS, NTFS…).
const maxNameBytes = 255

// longName returns the first segment of the output path rel longer than
// maxNameBytes: such a page cannot be written as a file.
func longName(rel string) (string, bool) {
	for _, seg := range strings.Split(rel, "/") {
		if len(seg) > maxNameBytes {
			return seg, true
		}
	}
	return "", false
}

// shorten keeps messages readable when a name is very long.
func shorten(s string) string {
	if len(s) <= 60 {
		return s
	}
	return fmt.Sprintf("%s…(%d bytes)", s[:40], len(s))
}

// checkCollide is Astro's PrerenderDynamicEndpointPathCollide: an
// extension-less dynamic endpoint whose last param is undefined would write
// a file where its siblings need a folder (comet-semantics #12).
func checkCollide(r *app.Route, params map[string]string, pathname string) error {
	if r.HasFileExtension() || len(r.Segments) == 0 {
		return nil
	}
	last := r.Segments[len(r.Segments)-1]
	lp := last[len(last)-1]
	if !lp.Dynamic {
		return nil
	}
	if v, ok := params[lp.Content]; ok && v != "" {
		return nil
	}
	return &diag.Diagnostic{
		Name: "PrerenderDynamicEndpointPathCollide",
		File: r.Key,
		Message: fmt.Sprintf("Could not render `%s` with an `undefined` param as the generated path will collide during prerendering. "+
			"Prevent passing `undefined` as `params` for the endpoint's `getStaticPaths()` function, or add an additional extension to the endpoint's filename.", pathname),
		Hint: fmt.Sprintf("Rename `%s` to `%s.json%s`, for example.", path.Base(r.File), strings.TrimSuffix(path.Base(r.File), path.Ext(r.File)), path.Ext(r.File)),
	}
}

// redirectPage is Astro's meta-refresh page for a redirect in a static
// build (routing/3xx.ts), byte for byte (comet-semantics #14); a 302 waits
// two seconds, so search engines read it as temporary.
func redirectPage(from, location string, status int, cfg *config.Config) []byte {
	delay := "0"
	if status == 302 {
		delay = "2"
	}
	canonical := location
	if cfg.Site != "" {
		if base, err := url.Parse(cfg.Site); err == nil {
			if u, err := base.Parse(location); err == nil {
				canonical = u.String()
			}
		}
	}
	esc := htmlEscape
	return []byte(`<!doctype html><title>Redirecting to: ` + esc(location) + `</title>` +
		`<meta http-equiv="refresh" content="` + delay + `;url=` + esc(location) + `">` +
		`<meta name="robots" content="noindex">` +
		`<link rel="canonical" href="` + esc(canonical) + `">` +
		`<body>	<a href="` + esc(location) + `">Redirecting from <code>` + esc(from) + `</code> to <code>` + esc(location) + `</code></a></body>`)
}

func htmlEscape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	return r.Replace(s)
}

// PageOutput is the file a static .html page is written to: "directory"
// gives about/index.html, "file" about.html, "preserve" keeps the source
// shape; index and 404 pages keep their names.
func PageOutput(pathname, file string, format config.BuildFormat) string {
	if pathname == "" {
		return "" // dynamic .html pages are not supported
	}
	p := strings.Trim(pathname, "/")
	switch {
	case p == "":
		return "index.html"
	case p == "404" || p == "500":
		return p + ".html"
	}
	switch format {
	case config.FormatFile:
		return p + ".html"
	case config.FormatPreserve:
		if strings.HasSuffix(file, "/index.html") {
			return p + "/index.html"
		}
		return p + ".html"
	default:
		return p + "/index.html"
	}
}

// checkOutDir refuses an output folder whose replacement would take the
// project with it: the root itself, a folder above it, or one inside the
// sources or public/.
func checkOutDir(cfg *config.Config) error {
	within := func(child, parent string) bool {
		rel, err := filepath.Rel(parent, child)
		return err == nil && (rel == "." || filepath.IsLocal(rel))
	}
	bad := within(cfg.Root, cfg.OutDir) || within(cfg.OutDir, cfg.SrcDir) || within(cfg.OutDir, cfg.PublicDir)
	if bad {
		return &diag.Diagnostic{Name: "InvalidOutDir", File: cfg.File,
			Message: fmt.Sprintf("outDir %s would replace the project or its sources", cfg.OutDir),
			Hint:    "Point outDir at a folder of its own, such as ./dist."}
	}
	return nil
}
