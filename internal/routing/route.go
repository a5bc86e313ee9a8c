// Package routing turns files under src/pages into Astro routes, orders
// them by Astro 7's priority rules, matches request paths, and generates
// paths from getStaticPaths params.
//
// The shape follows net/http's pattern.go: parse a file name into segments
// of parts (static text, [param], [...rest]), decide precedence between
// routes, then match. Matching uses the same regular expressions Astro
// builds (core/routing/pattern.ts); Go's RE2 supports the lazy quantifiers
// they rely on, so `[lang]-[version].json` on `/pt-br-3.json` gives
// lang=pt, version=br-3 as in Node.
package routing

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Kind says what a route file is.
type Kind int

const (
	// Endpoint is a .js or .ts file.
	Endpoint Kind = iota
	// Page is a .html file, served or copied as it is.
	Page
)

// Part is one piece of a path segment: static text, a [param] or a
// [...rest].
type Part struct {
	Content string // static text, or the param name (without "...")
	Dynamic bool
	Rest    bool
}

// Route is one routable file under the pages directory.
type Route struct {
	File     string // slash path relative to the pages dir: "api/[id].json.ts"
	Kind     Kind
	Route    string // Astro's route string, lower-cased: "/api/[id].json"
	Segments [][]Part
	Params   []string // param names in order
	Pathname string   // set when every segment is static: "/api/data.json"

	patterns [3]atomic.Pointer[regexp.Regexp] // by trailing-slash policy (policyIndex)
	prefix   string                           // literalPrefix, set by ParseFile
}

// Params maps param names to values.
type Params map[string]string

// Options change matching. The zero value is Astro's default.
type Options struct {
	TrailingSlash TrailingSlash // "" means TrailingSlashIgnore
}

// TrailingSlash is Astro's trailingSlash setting: whether a path may,
// must or must not end in "/".
type TrailingSlash string

// The trailingSlash values.
const (
	TrailingSlashIgnore TrailingSlash = "ignore"
	TrailingSlashAlways TrailingSlash = "always"
	TrailingSlashNever  TrailingSlash = "never"
)

var paramName = regexp.MustCompile(`^(\.\.\.)?[A-Za-z0-9_$]+$`)

// endpointExt and pageExt are the route file extensions; everything else
// under pages is skipped silently, as Astro does.
var endpointExt = map[string]bool{".js": true, ".ts": true}

// ParseFile parses one file path (slash-separated, relative to the pages
// dir). ok=false means the file is not a route: a `_` or dot file or
// folder (except .well-known), or an extension that is not .js/.ts/.html.
// An error is Astro's validation error for a bad file name.
func ParseFile(file string) (r *Route, ok bool, err error) {
	if !utf8.ValidString(file) {
		return nil, false, fmt.Errorf("routing: invalid route %q: the file name is not valid UTF-8", file)
	}
	file = strings.TrimPrefix(path.Clean("/"+file), "/")
	elems := strings.Split(file, "/")
	base := elems[len(elems)-1]
	ext := path.Ext(base)
	var kind Kind
	switch {
	case endpointExt[ext]:
		kind = Endpoint
	case ext == ".html":
		kind = Page
	default:
		return nil, false, nil
	}
	stem := strings.TrimSuffix(base, ext)
	for i, e := range elems {
		name := e
		if i == len(elems)-1 {
			name = stem
		}
		if strings.HasPrefix(name, "_") {
			return nil, false, nil
		}
		if strings.HasPrefix(e, ".") && !(i < len(elems)-1 && e == ".well-known") {
			return nil, false, nil
		}
	}
	names := elems[:len(elems)-1]
	if stem != "index" {
		names = append(names[:len(names):len(names)], stem)
	}
	r, err = build(file, kind, names)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// build makes the route of file from its path elements (the last one
// without its extension, none for an index file).
func build(file string, kind Kind, names []string) (*Route, error) {
	r := &Route{File: file, Kind: kind}
	for _, n := range names {
		parts, err := parseSegment(n)
		if err != nil {
			return nil, fmt.Errorf("routing: invalid route %s: %w", file, err)
		}
		for _, p := range parts {
			if p.Dynamic {
				r.Params = append(r.Params, p.Content)
			}
		}
		r.Segments = append(r.Segments, parts)
	}
	var b strings.Builder
	static := true
	for _, seg := range r.Segments {
		b.WriteByte('/')
		for _, p := range seg {
			switch {
			case p.Rest:
				b.WriteString("[..." + p.Content + "]")
				static = false
			case p.Dynamic:
				b.WriteString("[" + p.Content + "]")
				static = false
			default:
				b.WriteString(p.Content)
			}
		}
	}
	r.Route = strings.ToLower(b.String())
	if r.Route == "" {
		r.Route = "/"
	}
	if static {
		r.Pathname = "/" + strings.Join(names, "/")
	}
	r.prefix = r.literalPrefix()
	return r, nil
}

// parseSegment splits one path element into parts.
func parseSegment(s string) ([]Part, error) {
	var parts []Part
	for s != "" {
		open := strings.IndexByte(s, '[')
		close := strings.IndexByte(s, ']')
		if open < 0 {
			if close >= 0 {
				return nil, errors.New("brackets are unbalanced")
			}
			parts = append(parts, Part{Content: s})
			break
		}
		if close >= 0 && close < open {
			return nil, errors.New("brackets are unbalanced")
		}
		if open > 0 {
			parts = append(parts, Part{Content: s[:open]})
		}
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			return nil, errors.New("brackets are unbalanced")
		}
		inner := s[open+1 : open+end]
		if strings.ContainsAny(inner, "[") {
			return nil, errors.New("brackets are unbalanced")
		}
		if !paramName.MatchString(inner) {
			return nil, fmt.Errorf("parameter name %q must match /^[a-zA-Z0-9_$]+$/", inner)
		}
		if n := len(parts); n > 0 && parts[n-1].Dynamic {
			return nil, errors.New("parameters must be separated")
		}
		rest := strings.HasPrefix(inner, "...")
		parts = append(parts, Part{Content: strings.TrimPrefix(inner, "..."), Dynamic: true, Rest: rest})
		s = s[open+end+1:]
	}
	if len(parts) == 0 {
		return nil, errors.New("empty segment")
	}
	return parts, nil
}

// IsDynamic reports whether the route has any param.
func (r *Route) IsDynamic() bool { return len(r.Params) > 0 }

var fileExtRe = regexp.MustCompile(`/[^/]+\.\w+$`)

// HasFileExtension reports whether the route's last segment looks like a
// file name with an extension (Astro's /[^/]+\.\w+$ test on the route
// string), which decides its trailing-slash rule.
func (r *Route) HasFileExtension() bool { return fileExtRe.MatchString(r.Route) }

// Scan walks fsys (rooted at the pages directory) and returns every route
// in priority order, warnings about collisions, and all file-name errors.
func Scan(fsys fs.FS) ([]*Route, []string, error) {
	var routes []*Route
	var errs []error
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if strings.HasPrefix(name, "_") || (strings.HasPrefix(name, ".") && name != ".well-known") {
				return fs.SkipDir
			}
			return nil
		}
		r, ok, err := ParseFile(p)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		if ok {
			routes = append(routes, r)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	Sort(routes)
	return routes, collisions(routes), nil
}

// collisions lists Astro 7's collision warnings: the same static route
// twice, and dynamic routes of equivalent shape (/[a] and /[b]).
func collisions(routes []*Route) []string {
	var out []string
	seen := map[string]*Route{}
	for _, r := range routes {
		key := r.Route
		if r.IsDynamic() {
			key = shapeKey(r)
		}
		key = fmt.Sprint(r.Kind == Endpoint) + key
		if prev, ok := seen[key]; ok {
			if r.IsDynamic() {
				out = append(out, fmt.Sprintf("The route %q (%s) has the same shape as %q (%s); only the first is used. This will be a hard error in future versions of Astro.", r.Route, r.File, prev.Route, prev.File))
			} else {
				out = append(out, fmt.Sprintf("The route %q is defined by both %s and %s; %s is used.", r.Route, prev.File, r.File, prev.File))
			}
			continue
		}
		seen[key] = r
	}
	return out
}

func shapeKey(r *Route) string {
	var b strings.Builder
	for _, seg := range r.Segments {
		b.WriteByte('/')
		for _, p := range seg {
			switch {
			case p.Rest:
				b.WriteString("[...]")
			case p.Dynamic:
				b.WriteString("[]")
			default:
				b.WriteString(strings.ToLower(p.Content))
			}
		}
	}
	return b.String()
}

// Sort orders routes by Astro 7's priority (core/routing/priority.ts).
func Sort(routes []*Route) {
	sort.SliceStable(routes, func(i, j int) bool { return compare(routes[i], routes[j]) < 0 })
}
