package config

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// A config evaluates with every package import replaced by an inert
// stand-in (internal/bundle's config_inert.js). Such a value arrives here as
// {"$inert": "vite.loadEnv().SITE", "$package": "vite"}. This file reads
// the keys Comet uses around them, the redirects, and the integrations
// Comet does not run.

// readKeys are the keys Comet reads (slash for nesting); an inert value in
// one of them is dropped with a warning.
var readKeys = []string{"site", "base", "output", "trailingSlash", "srcDir", "publicDir", "outDir", "redirects",
	"build", "build/format", "server", "server/port", "server/host", "security", "security/checkOrigin", "adapter"}

// inertOrigin reports whether v is a stand-in, and where it came from.
func inertOrigin(v any) (origin, pkg string, ok bool) {
	m, isMap := v.(map[string]any)
	if !isMap {
		return "", "", false
	}
	origin, ok = m["$inert"].(string)
	pkg, _ = m["$package"].(string)
	return origin, pkg, ok
}

// dropInert removes stand-in values from the keys Comet reads.
func (c *Config) dropInert(raw map[string]any) {
	for _, key := range readKeys {
		parent, name := raw, key
		if p, n, nested := strings.Cut(key, "/"); nested {
			m, ok := raw[p].(map[string]any)
			if !ok {
				continue
			}
			parent, name = m, n
		}
		v, ok := parent[name]
		if !ok {
			continue
		}
		if origin, pkg, ok := inertOrigin(v); ok {
			delete(parent, name)
			if key == "adapter" {
				c.Adapter = pkg
				continue
			}
			c.Warnings = append(c.Warnings, fmt.Sprintf("%s in %s comes from %s (package %q), which Comet does not run: %s is left at its default. Write the value itself, or read it from process.env.",
				strings.ReplaceAll(key, "/", "."), c.File, origin, pkg, strings.ReplaceAll(key, "/", ".")))
		}
	}
}

// redirectStatuses are the statuses Astro's schema allows in
// {status, destination}.
var redirectStatuses = map[int]bool{300: true, 301: true, 302: true, 303: true, 304: true, 307: true, 308: true}

// readRedirects reads `redirects` as Astro's schema does: from → string or
// {status, destination}.
func (c *Config) readRedirects(v any) []issue {
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return []issue{{"redirects", "Expected type \"object\", received \"" + jsType(v) + "\""}}
	}
	var issues []issue
	froms := make([]string, 0, len(m))
	for from := range m {
		froms = append(froms, from)
	}
	sort.Strings(froms) // JS keeps insertion order, but Go maps do not; routes are sorted by priority anyway
	for _, from := range froms {
		key := "redirects." + from
		r := Redirect{From: from}
		switch to := m[from].(type) {
		case string:
			r.To = to
		case map[string]any:
			if origin, _, inert := inertOrigin(to); inert {
				c.Warnings = append(c.Warnings, fmt.Sprintf("the redirect from %q comes from %s, which Comet does not run: it is left out", from, origin))
				continue
			}
			dest, ok := to["destination"].(string)
			if !ok {
				issues = append(issues, issue{key + ".destination", "Required"})
				continue
			}
			n, ok := asInt(to["status"])
			if !ok || !redirectStatuses[n] {
				issues = append(issues, issue{key + ".status", "Invalid input: expected one of 300, 301, 302, 303, 304, 307, 308"})
				continue
			}
			r.To, r.Status = dest, n
		default:
			issues = append(issues, issue{key, "Expected type \"string\" or \"object\", received \"" + jsType(to) + "\""})
			continue
		}
		if u, err := url.Parse(r.To); err == nil && u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
			issues = append(issues, issue{key, fmt.Sprintf("UnsupportedExternalRedirect: The destination URL in the external redirect from %q to %q is unsupported. An external redirect must start with http or https, and must be a valid URL", from, r.To)})
			continue
		}
		c.Redirects = append(c.Redirects, r)
	}
	return issues
}

// integrationOutputs says, for integrations users commonly have, what of
// their output a Comet build lacks.
var integrationOutputs = map[string]string{
	"@astrojs/sitemap":            "no sitemap-index.xml or sitemap-0.xml is written",
	"@astrojs/mdx":                ".mdx pages are not built",
	"@astrojs/markdoc":            ".mdoc pages are not built",
	"@astrojs/react":              "React components are not rendered",
	"@astrojs/preact":             "Preact components are not rendered",
	"@astrojs/vue":                "Vue components are not rendered",
	"@astrojs/svelte":             "Svelte components are not rendered",
	"@astrojs/solid-js":           "Solid components are not rendered",
	"@astrojs/alpinejs":           "Alpine.js is not added to pages",
	"@astrojs/tailwind":           "no Tailwind CSS is generated",
	"@astrojs/partytown":          "no Partytown scripts are added",
	"@astrojs/rss":                "nothing (it is a library; import it from an endpoint)",
	"@astrojs/db":                 "astro:db is not available",
	"@astrojs/starlight":          "no documentation pages are built",
	"@astrojs/starlight-tailwind": "no Tailwind CSS is generated",
	"astro-icon":                  "no icons are inlined",
	"astro-expressive-code":       "no code blocks are rendered",
	"@playform/compress":          "no output is compressed",
	"astro-compress":              "no output is compressed",
	"@playform/inline":            "no CSS is inlined",
	"astro-robots-txt":            "no robots.txt is written",
	"@vite-pwa/astro":             "no service worker or web manifest is written",
	"astro-seo":                   "no SEO tags are added",
	"unocss":                      "no UnoCSS styles are generated",
	"@unocss/astro":               "no UnoCSS styles are generated",
	"astro-og-canvas":             "no Open Graph images are generated",
	"astro-pagefind":              "no search index is written",
}

// integrationWarnings names each integration once, with what its output
// would have been.
func integrationWarnings(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if n == "" {
			n = "(an unnamed integration)"
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		what, ok := integrationOutputs[n]
		if !ok {
			what = "whatever it adds to an Astro build is missing"
		}
		out = append(out, fmt.Sprintf("integration %s is not run (Comet builds endpoints only): %s", n, what))
	}
	return out
}
