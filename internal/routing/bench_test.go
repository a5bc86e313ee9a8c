package routing_test

import (
	"fmt"
	"testing"

	"github.com/comet-dev/comet/internal/routing"
)

// benchRoutes is a project of 1,000 endpoint routes in priority order, in a
// mix like a real site's: 600 static files, 300 with a [param] (some with
// two params in a segment), 100 with a [...rest].
func benchRoutes(b *testing.B) []*routing.Route {
	b.Helper()
	var files []string
	for i := range 600 {
		switch i % 3 {
		case 0:
			files = append(files, fmt.Sprintf("blog/post-%d.json.ts", i))
		case 1:
			files = append(files, fmt.Sprintf("api/v1/section%d/index.json.ts", i))
		default:
			files = append(files, fmt.Sprintf("feeds/feed-%d.xml.ts", i))
		}
	}
	for i := range 300 {
		if i%5 == 0 {
			files = append(files, fmt.Sprintf("i18n%d/[lang]-[version].json.ts", i))
		} else {
			files = append(files, fmt.Sprintf("api/items%d/[id].json.ts", i))
		}
	}
	for i := range 100 {
		files = append(files, fmt.Sprintf("docs%d/[...slug].json.ts", i))
	}
	var routes []*routing.Route
	for _, f := range files {
		r, ok, err := routing.ParseFile(f)
		if err != nil || !ok {
			b.Fatalf("ParseFile(%q) = %v, %v", f, ok, err)
		}
		routes = append(routes, r)
	}
	routing.Sort(routes)
	return routes
}

// first finds the first route matching pathname, in priority order, as
// internal/server does: routes without params by Matches (a string
// comparison, no allocation), others by Match (one pass of the pattern,
// allocating only the params of the route that matches).
func first(routes []*routing.Route, pathname string, opts routing.Options) (*routing.Route, routing.Params) {
	for _, r := range routes {
		if !r.IsDynamic() {
			if r.Matches(pathname, opts) {
				return r, nil
			}
			continue
		}
		if params, ok := r.Match(pathname, opts); ok {
			return r, params
		}
	}
	return nil, nil
}

// BenchmarkMatch finds the route of one request among 1,000 routes: a
// static file, a [param], two params in a segment, a [...rest], a path no
// route matches (every route tried), and a mix of all of them in turn.
//
//	go test -run xxx -bench Match -benchmem ./internal/routing
func BenchmarkMatch(b *testing.B) {
	routes := benchRoutes(b)
	opts := routing.Options{}
	cases := []struct{ name, path, route string }{
		{"static", "/blog/post-300.json", "/blog/post-300.json"},
		{"param", "/api/items151/42.json", "/api/items151/[id].json"},
		{"params", "/i18n150/en-v2.json", "/i18n150/[lang]-[version].json"},
		{"rest", "/docs50/a/b/c.json", "/docs50/[...slug].json"},
		{"notfound", "/nothing/here", ""},
	}
	for _, c := range cases {
		r, _ := first(routes, c.path, opts)
		if (r == nil && c.route != "") || (r != nil && r.Route != c.route) {
			b.Fatalf("%s: matched %v, want %q", c.path, r, c.route)
		}
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				first(routes, c.path, opts)
			}
		})
	}
	b.Run("mix", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			first(routes, cases[i%len(cases)].path, opts)
			i++
		}
	})
}
