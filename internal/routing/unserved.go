package routing

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// unservedExt are page kinds Astro builds and Comet does not: components
// and Markdown need Astro's compiler and renderers.
var unservedExt = map[string]bool{".astro": true, ".md": true, ".mdx": true, ".markdown": true, ".mdoc": true}

// ScanUnserved finds the .astro, .md and .mdx pages under fsys, which
// Comet skips, as routes (Kind Page, File the real file name), so a build
// can list them and the dev server can say why such a path is a 404.
// Files Astro ignores (_ and dot names) are left out, as in Scan.
func ScanUnserved(fsys fs.FS) []*Route {
	var out []*Route
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return nil
		}
		if d.IsDir() {
			if name := d.Name(); strings.HasPrefix(name, "_") || (strings.HasPrefix(name, ".") && name != ".well-known") {
				return fs.SkipDir
			}
			return nil
		}
		ext := path.Ext(p)
		if !unservedExt[ext] {
			return nil
		}
		r, ok, err := ParseFile(strings.TrimSuffix(p, ext) + ".html")
		if err != nil || !ok {
			return nil
		}
		r.File = p
		out = append(out, r)
		return nil
	})
	Sort(out)
	return out
}

// Before reports whether a comes before b in Astro 7's priority order.
func Before(a, b *Route) bool { return compare(a, b) < 0 }

// ParseRoute parses a route as the config's redirects write it ("/old",
// "/blog/[slug]") into a Route of Kind Page with no file.
func ParseRoute(route string) (*Route, error) {
	p := strings.Trim(route, "/")
	if p == "" {
		p = "index"
	}
	r, ok, err := ParseFile(p + ".html")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("routing: %q is not a route", route)
	}
	r.File = ""
	return r, nil
}
