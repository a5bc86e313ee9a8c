package routing

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// policy is the trailing-slash rule for this route: Astro 7 forces "never"
// on endpoints whose route has a file extension (/sitemap.xml/ is a 404);
// everything else follows the config.
func (r *Route) policy(opts Options) TrailingSlash {
	if r.Kind == Endpoint && r.HasFileExtension() {
		return TrailingSlashNever
	}
	switch opts.TrailingSlash {
	case TrailingSlashAlways, TrailingSlashNever:
		return opts.TrailingSlash
	}
	return TrailingSlashIgnore
}

// policyIndex numbers the trailing-slash policies for Route.patterns.
func policyIndex(policy TrailingSlash) int {
	switch policy {
	case TrailingSlashAlways:
		return 1
	case TrailingSlashNever:
		return 2
	}
	return 0
}

// pattern returns Astro's regular expression for the route
// (core/routing/pattern.ts) under a trailing-slash policy, built on first
// use; routes are matched from many goroutines, so the cache is atomic.
func (r *Route) pattern(policy TrailingSlash) *regexp.Regexp {
	slot := &r.patterns[policyIndex(policy)]
	if re := slot.Load(); re != nil {
		return re
	}
	var b strings.Builder
	b.WriteString("^")
	for _, seg := range r.Segments {
		if len(seg) == 1 && seg[0].Rest {
			b.WriteString(`(?:/(.*?))?`)
			continue
		}
		b.WriteString("/")
		for _, p := range seg {
			switch {
			case p.Rest:
				b.WriteString(`(.*?)`)
			case p.Dynamic:
				b.WriteString(`([^/]+?)`)
			default:
				b.WriteString(regexp.QuoteMeta(p.Content))
			}
		}
	}
	switch {
	case len(r.Segments) == 0:
		b.WriteString(`/$`)
	case policy == TrailingSlashAlways:
		b.WriteString(`/$`)
	case policy == TrailingSlashNever:
		b.WriteString(`$`)
	default:
		b.WriteString(`/?$`)
	}
	re := regexp.MustCompile(b.String())
	slot.Store(re)
	return re
}

// literalPrefix is the text every path the route matches starts with: the
// pattern's literal beginning, up to its first param. Checking it first
// spares the regular expression for nearly every route a path cannot match.
func (r *Route) literalPrefix() string {
	var b strings.Builder
	for _, seg := range r.Segments {
		if len(seg) == 1 && seg[0].Rest {
			return b.String()
		}
		b.WriteString("/")
		for _, p := range seg {
			if p.Dynamic || p.Rest {
				return b.String()
			}
			b.WriteString(p.Content)
		}
	}
	return b.String()
}

// Matches reports whether pathname matches the route, as Match does,
// without building params: it allocates nothing, and a route without
// params is compared as a string. (Match on a route with params allocates
// only when it matches, so a lookup uses Matches for routes without
// params and Match for the others: one pass each.)
func (r *Route) Matches(pathname string, opts Options) bool {
	if !strings.HasPrefix(pathname, r.prefix) {
		return false
	}
	policy := r.policy(opts)
	if !r.IsDynamic() {
		return r.matchesLiteral(pathname, policy)
	}
	return r.pattern(policy).MatchString(pathname)
}

// matchesLiteral is the route's pattern for a route without params, whose
// literal prefix is all of it: the path, then a slash as policy says ("/"
// alone for the root).
func (r *Route) matchesLiteral(pathname string, policy TrailingSlash) bool {
	switch rest := pathname[len(r.prefix):]; {
	case len(r.Segments) == 0 || policy == TrailingSlashAlways:
		return rest == "/"
	case policy == TrailingSlashNever:
		return rest == ""
	default:
		return rest == "" || rest == "/"
	}
}

// Match reports whether pathname (base stripped, starting with "/",
// decoded as the caller wants) matches the route, with its params. Empty
// rest params are absent from the map (undefined in JS).
func (r *Route) Match(pathname string, opts Options) (Params, bool) {
	if !strings.HasPrefix(pathname, r.prefix) {
		return nil, false
	}
	if !r.IsDynamic() {
		if !r.matchesLiteral(pathname, r.policy(opts)) {
			return nil, false
		}
		return Params{}, true
	}
	m := r.pattern(r.policy(opts)).FindStringSubmatch(pathname)
	if m == nil {
		return nil, false
	}
	params := Params{}
	for i, name := range r.Params {
		if v := m[i+1]; v != "" {
			params[name] = v
		}
	}
	return params, true
}

// ErrMissingParam is returned by Generate for a param without a value.
var ErrMissingParam = errors.New("Missing parameter")

var paramEscaper = strings.NewReplacer("#", "%23", "?", "%3F")

// Generate builds the pathname for params, as Astro's generator does: a
// missing non-rest param is an error ("Missing parameter: id"); values have
// slashes trimmed at both ends and "#"/"?" escaped. A missing rest param
// leaves its segment empty, and the slash before it goes too, as in Astro
// 1.x: /feeds/[...slug].json with no slug is /feeds.json (comet-semantics
// #26), /only/[...slug] is /only.
func (r *Route) Generate(params Params) (string, error) {
	var b strings.Builder
	for _, seg := range r.Segments {
		var s strings.Builder
		for _, p := range seg {
			if !p.Dynamic {
				s.WriteString(p.Content)
				continue
			}
			v := strings.Trim(params[p.Content], "/")
			if v == "" && !p.Rest {
				return "", fmt.Errorf("%w: %s", ErrMissingParam, p.Content)
			}
			s.WriteString(paramEscaper.Replace(v))
		}
		text := s.String()
		if text == "" {
			continue // an empty rest segment
		}
		if seg[0].Rest && strings.Trim(params[seg[0].Content], "/") == "" && b.Len() > 0 {
			b.WriteString(text) // glue ".json" onto the previous segment
			continue
		}
		b.WriteString("/")
		b.WriteString(text)
	}
	if b.Len() == 0 {
		return "/", nil
	}
	return b.String(), nil
}
