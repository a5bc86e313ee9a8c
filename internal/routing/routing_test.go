package routing

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseFile(t *testing.T) {
	for _, tc := range []struct {
		file     string
		route    string
		pathname string
		params   []string
		kind     Kind
	}{
		{"data.json.ts", "/data.json", "/data.json", nil, Endpoint},
		{"feed.ts", "/feed", "/feed", nil, Endpoint},
		{"feed.xml.js", "/feed.xml", "/feed.xml", nil, Endpoint},
		{"index.ts", "/", "/", nil, Endpoint},
		{"list/index.ts", "/list", "/list", nil, Endpoint},
		{"api/index.json.ts", "/api/index.json", "/api/index.json", nil, Endpoint},
		{"index.json.ts", "/index.json", "/index.json", nil, Endpoint},
		{"UPPER/Case.json.ts", "/upper/case.json", "/UPPER/Case.json", nil, Endpoint},
		{"[id].json.ts", "/[id].json", "", []string{"id"}, Endpoint},
		{"[lang]-[version].json.ts", "/[lang]-[version].json", "", []string{"lang", "version"}, Endpoint},
		{"files/[name].[ext].ts", "/files/[name].[ext]", "", []string{"name", "ext"}, Endpoint},
		{"docs/[...slug].json.ts", "/docs/[...slug].json", "", []string{"slug"}, Endpoint},
		{"mixed/[...path]/edit.json.ts", "/mixed/[...path]/edit.json", "", []string{"path"}, Endpoint},
		{".well-known/security.txt.ts", "/.well-known/security.txt", "/.well-known/security.txt", nil, Endpoint},
		{"about.html", "/about", "/about", nil, Page},
		{"index.html", "/", "/", nil, Page},
		{"404.html", "/404", "/404", nil, Page},
	} {
		r, ok, err := ParseFile(tc.file)
		if err != nil || !ok {
			t.Errorf("ParseFile(%q) = ok %v, err %v", tc.file, ok, err)
			continue
		}
		if r.Route != tc.route || r.Pathname != tc.pathname || !reflect.DeepEqual(r.Params, tc.params) || r.Kind != tc.kind {
			t.Errorf("ParseFile(%q):\ngot  route %q pathname %q params %v kind %v\nwant route %q pathname %q params %v kind %v",
				tc.file, r.Route, r.Pathname, r.Params, r.Kind, tc.route, tc.pathname, tc.params, tc.kind)
		}
	}
}

func TestParseFileIgnored(t *testing.T) {
	for _, f := range []string{
		"_hidden.ts", "_lib/helper.ts", "a/_b/c.ts", ".dotfile.ts", ".git/x.ts", "module.mjs",
		"component.tsx", "package-lock.json", "foo.astro_tmp", "x.cjs", "x.mts", "readme.md",
	} {
		if r, ok, err := ParseFile(f); ok || err != nil {
			t.Errorf("ParseFile(%q) = %v, %v, %v; want ignored", f, r, ok, err)
		}
	}
}

func TestParseFileErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"[a][b].ts", "parameters must be separated"},
		{"[a.ts", "brackets are unbalanced"},
		{"a].ts", "brackets are unbalanced"},
		{"[a-b].ts", "must match"},
		{"[].ts", "must match"},
	} {
		_, _, err := ParseFile(tc.file)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.file) {
			t.Errorf("ParseFile(%q) error = %v; want one naming the file and %q", tc.file, err, tc.want)
		}
	}
}

func routesOf(t *testing.T, files ...string) []*Route {
	t.Helper()
	var rs []*Route
	for _, f := range files {
		r, ok, err := ParseFile(f)
		if err != nil || !ok {
			t.Fatalf("ParseFile(%q): %v %v", f, ok, err)
		}
		rs = append(rs, r)
	}
	return rs
}

func TestSort(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{ // static before dynamic before rest
			in:   []string{"prio/[...rest].json.ts", "prio/[id].json.ts", "prio/create.json.ts"},
			want: []string{"prio/create.json.ts", "prio/[id].json.ts", "prio/[...rest].json.ts"},
		},
		{ // a mixed segment beats a pure param
			in:   []string{"prio2/[x].json.ts", "prio2/[a]-[b].json.ts"},
			want: []string{"prio2/[a]-[b].json.ts", "prio2/[x].json.ts"},
		},
		{ // more segments first; but /foo before /foo/[...rest]
			in:   []string{"foo/[...rest].ts", "foo.ts", "foo/bar/baz.ts"},
			want: []string{"foo/bar/baz.ts", "foo.ts", "foo/[...rest].ts"},
		},
		{ // static segments that differ sort alphabetically, before depth
			in:   []string{"b.ts", "a/deep/x.ts"},
			want: []string{"a/deep/x.ts", "b.ts"},
		},
		{ // endpoints before pages
			in:   []string{"[contact].html", "[contact].ts"},
			want: []string{"[contact].ts", "[contact].html"},
		},
	} {
		rs := routesOf(t, tc.in...)
		Sort(rs)
		var got []string
		for _, r := range rs {
			got = append(got, r.File)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sort(%v):\ngot  %v\nwant %v", tc.in, got, tc.want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		file, path, slash string
		want              Params // nil = no match
	}{
		{"[id].json.ts", "/helmet.json", "", Params{"id": "helmet"}},
		{"[id].json.ts", "/helmet.json/", "", nil}, // file endpoints: never a trailing slash
		{"[id].json.ts", "/a/b.json", "", nil},
		{"[lang]-[version].json.ts", "/pt-br-3.json", "", Params{"lang": "pt", "version": "br-3"}},
		{"[lang]-[version].json.ts", "/en-1.2.json", "", Params{"lang": "en", "version": "1.2"}},
		{"files/[name].[ext].ts", "/files/archive.tar.gz", "", Params{"name": "archive", "ext": "tar.gz"}},
		{"files/[...path].ts", "/files", "", Params{}},
		{"files/[...path].ts", "/files/a", "", Params{"path": "a"}},
		{"files/[...path].ts", "/files/a/", "", Params{"path": "a"}},
		{"files/[...path].ts", "/files/a/b/c.txt", "", Params{"path": "a/b/c.txt"}},
		{"params/[a]/[b].json.ts", "/params/one.json", "", nil},
		{"api/users.ts", "/api/users/", "", Params{}},
		{"api/users.ts", "/api/users/", "never", nil},
		{"api/users.ts", "/api/users", "always", nil},
		{"api/users.ts", "/api/users/", "always", Params{}},
		{"dot.json.ts", "/dot.json/", "always", nil},
		{"dot.json.ts", "/dot.json", "always", Params{}},
		{"index.ts", "/", "", Params{}},
		{"index.ts", "/", "never", Params{}},
		{"UPPER/Case.json.ts", "/upper/case.json", "", nil}, // case-sensitive, like Astro's regex
		{"about.html", "/about/", "", Params{}},
		{"about.html", "/about", "", Params{}},
		{"about.html", "/about//", "", nil},
		{"about.html", "/abou", "", nil},
		{"about.html", "/about.html", "", nil},
		{"index.ts", "/", "always", Params{}},
		{"index.ts", "", "", nil},
		{"index.ts", "//", "", nil},
		{"a/b/index.ts", "/a/b", "never", Params{}},
		{"a/b/index.ts", "/a/b/", "never", nil},
		{"a/b/index.ts", "/a/b/", "always", Params{}},
		{"a.b/c+d.ts", "/a.b/c+d", "", Params{}},
		{"a.b/c+d.ts", "/aXb/c+d", "", nil},
	} {
		r := routesOf(t, tc.file)[0]
		opts := Options{TrailingSlash: TrailingSlash(tc.slash)}
		got, ok := r.Match(tc.path, opts)
		if m := r.Matches(tc.path, opts); m != ok {
			t.Errorf("%s on %q (%q): Matches = %v, Match = %v", tc.file, tc.path, tc.slash, m, ok)
		}
		// Routes without params are compared as strings: the same answer
		// as the route's regular expression.
		if re := r.pattern(r.policy(opts)).MatchString(tc.path); re != ok {
			t.Errorf("%s on %q (%q): pattern %s says %v, Match %v", tc.file, tc.path, tc.slash, r.pattern(r.policy(opts)), re, ok)
		}
		if tc.want == nil {
			if ok {
				t.Errorf("%s matched %q (%q) with %v; want no match", tc.file, tc.path, tc.slash, got)
			}
			continue
		}
		if !ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s on %q (%q) = %v, %v; want %v", tc.file, tc.path, tc.slash, got, ok, tc.want)
		}
	}
}

func TestGenerate(t *testing.T) {
	for _, tc := range []struct {
		file   string
		params Params
		want   string
		err    error
	}{
		{"[id].json.ts", Params{"id": "0"}, "/0.json", nil},
		{"[id].json.ts", Params{"slug": "x"}, "", ErrMissingParam},
		{"[id].json.ts", Params{}, "", ErrMissingParam},
		{"docs/[...slug].json.ts", Params{"slug": "b/c"}, "/docs/b/c.json", nil},
		{"feeds/[...slug].json.ts", Params{}, "/feeds.json", nil},
		{"only/[...slug].ts", Params{}, "/only", nil},
		{"rest/[...slug].ts", Params{"slug": "/one/"}, "/rest/one", nil},
		{"[id].txt.ts", Params{"id": "a#b?c"}, "/a%23b%3Fc.txt", nil},
		{"mixed/[...path]/edit.json.ts", Params{"path": "y/z"}, "/mixed/y/z/edit.json", nil},
		{"enc/[name].txt.ts", Params{"name": "with space"}, "/enc/with space.txt", nil},
	} {
		r := routesOf(t, tc.file)[0]
		got, err := r.Generate(tc.params)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("%s.Generate(%v) = %q, %v; want %v", tc.file, tc.params, got, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s.Generate(%v) = %q, %v; want %q", tc.file, tc.params, got, err, tc.want)
		}
	}
}

func TestScan(t *testing.T) {
	fsys := fstest.MapFS{
		"a.json.ts":        {},
		"[x].json.ts":      {},
		"[y].json.ts":      {},
		"_skip/b.ts":       {},
		".hidden/c.ts":     {},
		"notes.md":         {},
		"about.html":       {},
		"about/index.html": {},
		".well-known/x.ts": {},
	}
	routes, warnings, err := Scan(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, r := range routes {
		files = append(files, r.File)
	}
	want := []string{".well-known/x.ts", "a.json.ts", "about.html", "about/index.html", "[x].json.ts", "[y].json.ts"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("Scan routes:\ngot  %v\nwant %v", files, want)
	}
	if len(warnings) != 2 {
		t.Errorf("want 2 collision warnings (/about twice, [x] vs [y]), got %q", warnings)
	}
	if _, _, err := Scan(fstest.MapFS{"[a][b].ts": {}}); err == nil {
		t.Error("Scan should report a bad file name")
	}
}

func FuzzParseFile(f *testing.F) {
	for _, s := range []string{"[id].json.ts", "a/[...r].ts", "[a]-[b].ts", "x/index.ts", "[[a]].ts", "a]b[.ts", "_x.ts"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, file string) {
		r, ok, err := ParseFile(file)
		if err != nil || !ok {
			return
		}
		if !r.IsDynamic() {
			got, err := r.Generate(Params{})
			if err != nil {
				t.Fatalf("static route %q: Generate: %v", file, err)
			}
			if got != r.Pathname {
				t.Fatalf("static route %q: Generate = %q, Pathname = %q", file, got, r.Pathname)
			}
		}
		_ = r.HasFileExtension()
		r.Match(r.Route, Options{})
	})
}

// FuzzMatch: matching any path against Astro's route shapes never panics;
// a single-segment param never spans a "/", and a matched dynamic path
// regenerates from its params to a path that matches again with the same
// params (the round trip getStaticPaths and the server rely on).
func FuzzMatch(f *testing.F) {
	var routes []*Route
	for _, file := range []string{"index.ts", "[id].json.ts", "posts/[slug].ts", "[...rest].ts", "a/[x]-[y].ts", "docs/[...path]/edit.ts", "[lang]/[...slug].ts", "api/[id]/index.ts"} {
		r, ok, err := ParseFile(file)
		if err != nil || !ok {
			f.Fatalf("%s: %v", file, err)
		}
		routes = append(routes, r)
	}
	for _, s := range []string{"/", "/42.json", "/posts/hello", "/a/b/c", "/a/1-2", "/docs/x/y/edit", "/en/", "/api/7/", "//", "/%2e%2e/", "/a/-"} {
		f.Add(s, "ignore")
	}
	f.Fuzz(func(t *testing.T, pathname, policy string) {
		opts := Options{TrailingSlash: TrailingSlash(policy)}
		for _, r := range routes {
			params, ok := r.Match(pathname, opts)
			if !ok {
				continue
			}
			for _, seg := range r.Segments {
				for _, p := range seg {
					if p.Dynamic && !p.Rest && strings.Contains(params[p.Content], "/") {
						t.Fatalf("%s matched %q with %s=%q: a segment param spans a /", r.Route, pathname, p.Content, params[p.Content])
					}
				}
			}
			if !r.IsDynamic() || strings.Contains(pathname, "//") || strings.Contains(pathname, "%") {
				continue // Generate collapses empty segments; "%" has no decoded form
			}
			again, err := r.Generate(params)
			if err != nil {
				continue // e.g. an empty param Generate refuses
			}
			p2, ok := r.Match(again, Options{TrailingSlash: "ignore"})
			if !ok {
				t.Fatalf("%s: %q matched with %v, Generate gave %q, which does not match", r.Route, pathname, params, again)
			}
			// Generate escapes what a path cannot hold ("#" → "%23"), and
			// the server decodes paths as decodeURI does, which keeps
			// reserved escapes: compare the values unescaped.
			unescape := func(s string) string {
				if u, err := url.PathUnescape(s); err == nil {
					return u
				}
				return s
			}
			for k, v := range params {
				if unescape(p2[k]) != unescape(v) {
					t.Fatalf("%s: %q → %v → %q → %v", r.Route, pathname, params, again, p2)
				}
			}
		}
	})
}

// TestLiteralPrefix: the text a route's matches must start with stops at
// the first param (Match checks it before the regular expression).
func TestLiteralPrefix(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"index.ts", ""},
		{"about.json.ts", "/about.json"},
		{"blog/[slug].ts", "/blog/"},
		{"api/v1/items-[id].json.ts", "/api/v1/items-"},
		{"[...rest].ts", ""},
		{"docs/[...path]/edit.ts", "/docs"},
		{"a/[x]-[y].ts", "/a/"},
	} {
		r, ok, err := ParseFile(c.file)
		if err != nil || !ok {
			t.Fatalf("%s: %v", c.file, err)
		}
		if r.prefix != c.want {
			t.Errorf("%s: prefix %q, want %q", c.file, r.prefix, c.want)
		}
	}
}
