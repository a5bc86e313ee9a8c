package app

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/routing"
)

// Redirect is one of the config's redirects as a route (Astro 7
// core/routing/create-manifest.ts createRedirectRoutes, and
// core/redirects/render.ts for the answer).
type Redirect struct {
	*routing.Route
	config.Redirect
	// Dest is the project route the destination names ("/new/[slug]"),
	// or nil (a plain path or an external URL).
	Dest *Route
	// Prerender: written as a meta-refresh page by the build; otherwise
	// answered by the server. As in Astro, a redirect to a route follows
	// that route's prerender flag.
	Prerender bool
}

// redirects turns the config's redirects into routes; file routes with the
// same route are dropped, as Astro drops them.
func redirects(cfg *config.Config, p *Project) ([]*Redirect, error) {
	var out []*Redirect
	byRoute := map[string]*Route{}
	for _, r := range p.Routes {
		byRoute[r.Route.Route] = r
	}
	for _, cr := range cfg.Redirects {
		rr, err := routing.ParseRoute(cr.From)
		if err != nil {
			return nil, &diag.Diagnostic{File: cfg.File, Message: fmt.Sprintf("the redirect from %q: %v", cr.From, err)}
		}
		rd := &Redirect{Route: rr, Redirect: cr, Dest: byRoute[cr.To], Prerender: p.Output == config.OutputStatic || p.ImpliedServer}
		if rd.Dest != nil {
			rd.Prerender = rd.Dest.Prerender
		}
		if len(rr.Params) > 0 && !external(cr.To) && rd.Prerender {
			if rd.Dest == nil {
				return nil, &diag.Diagnostic{Name: "InvalidRedirectDestination", File: cfg.File,
					Message: fmt.Sprintf("The redirect from %q to %q is invalid. The destination %q does not match any existing route in your project.", cr.From, cr.To, cr.To),
					Hint:    `The destination of a dynamic redirect must include all dynamic parameters from the source route. For example, a redirect from "/old/[slug]" must go to a route that also has a [slug] parameter, like "/new/[slug]".`}
			}
			var missing []string
			for _, param := range rr.Params {
				if !contains(rd.Dest.Params, param) {
					missing = append(missing, "["+param+"]")
				}
			}
			if len(missing) > 0 {
				return nil, &diag.Diagnostic{Name: "InvalidRedirectDestination", File: cfg.File,
					Message: fmt.Sprintf("The redirect from %q to %q is invalid. The destination route is missing dynamic parameter(s) %s required by the source route %q.", cr.From, cr.To, strings.Join(missing, ", "), cr.From)}
			}
		}
		out = append(out, rd)
	}
	if len(out) > 0 {
		kept := p.Routes[:0]
		for _, r := range p.Routes {
			shadowed := false
			for _, rd := range out {
				if rd.Route.Route == r.Route.Route {
					shadowed = true
				}
			}
			if !shadowed {
				kept = append(kept, r)
			}
		}
		p.Routes = kept
	}
	rs := make([]*routing.Route, len(out))
	byR := map[*routing.Route]*Redirect{}
	for i, rd := range out {
		rs[i], byR[rd.Route] = rd.Route, rd
	}
	routing.Sort(rs)
	for i, r := range rs {
		out[i] = byR[r]
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// external reports whether a destination leaves the site.
func external(to string) bool {
	return strings.HasPrefix(to, "http://") || strings.HasPrefix(to, "https://") || strings.HasPrefix(to, "//")
}

// Status is the redirect's status for a request method: the configured
// status when the destination is a route, else 301 for GET and 308 for
// any other method (Astro's computeRedirectStatus).
func (rd *Redirect) Status(method string) int {
	if rd.Dest != nil && rd.Redirect.Status != 0 {
		return rd.Redirect.Status
	}
	if method == "GET" {
		return 301
	}
	return 308
}

// Location is the Location header for params (Astro's
// resolveRedirectTarget, then encodeURI).
func (rd *Redirect) Location(params map[string]string) string {
	var target string
	switch {
	case rd.Dest != nil:
		target, _ = rd.Dest.Generate(params)
		if target == "" {
			target = rd.Dest.Pathname
		}
		if target == "" {
			target = "/"
		}
	case external(rd.To):
		if u, err := url.Parse(rd.To); err == nil && !strings.HasPrefix(rd.To, "//") {
			return u.String() // Response.redirect keeps the URL's own serialisation
		}
		return rd.To
	case rd.Redirect.Status != 0:
		target = rd.To
	default:
		target = rd.To
		for _, name := range rd.Params {
			target = strings.Replace(target, "["+name+"]", params[name], 1)
			target = strings.Replace(target, "[..."+name+"]", params[name], 1)
		}
	}
	return encodeURI(target)
}

// encodeURI is JavaScript's encodeURI.
func encodeURI(s string) string {
	const keep = ";,/?:@&=+$-_.!~*'()#"
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte(keep, c) >= 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// MatchRedirect returns the redirect for pathname (without base) and its
// params, when one matches and no file route of higher priority does.
// onDemand limits the search to redirects the server answers.
func (a *App) MatchRedirect(pathname string, onDemand bool, route *Route) (*Redirect, map[string]string) {
	opts := routing.Options{TrailingSlash: a.Config.TrailingSlash}
	for _, rd := range a.Redirects {
		if onDemand && rd.Prerender {
			continue
		}
		params, ok := rd.Match(pathname, opts)
		if !ok {
			continue
		}
		if route != nil && routing.Before(route.Route, rd.Route) {
			return nil, nil
		}
		return rd, params
	}
	return nil, nil
}
