package config

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
)

// I18n is the config's `i18n` object after Astro 7's schema
// (core/config/schemas/base.ts) and refined validators: defaults filled in,
// the cross-field checks done. Comet reads it only to hand it, as JSON, to
// the astro:i18n module and the APIContext's locale fields (ClientJSON).
type I18n struct {
	DefaultLocale string
	// Locales keeps each entry as written: a code, or a { path, codes }
	// object.
	Locales []Locale
	// Fallback maps a locale (path) to the one it falls back to.
	Fallback map[string]string
	// Domains maps a locale to its origin ("https://fr.example.com").
	Domains map[string]string
	// Manual is `routing: 'manual'`; the three fields below are unused then.
	Manual                  bool
	PrefixDefaultLocale     bool
	RedirectToDefaultLocale bool
	FallbackType            string // "redirect" (default) or "rewrite"
}

// Locale is one entry of i18n.locales: a plain code (Codes nil), or a
// { path, codes } object.
type Locale struct {
	Path  string
	Codes []string
}

// MarshalJSON writes a locale as the config wrote it.
func (l Locale) MarshalJSON() ([]byte, error) {
	if l.Codes == nil {
		return json.Marshal(l.Path)
	}
	return json.Marshal(struct {
		Path  string   `json:"path"`
		Codes []string `json:"codes"`
	}{l.Path, l.Codes})
}

// Strategy is Astro's routing strategy name for the config
// (core/app/common.ts toRoutingStrategy).
func (i *I18n) Strategy() string {
	if i.Manual {
		return "manual"
	}
	prefix := "pathname-"
	if len(i.Domains) > 0 {
		prefix = "domains-"
	}
	switch {
	case !i.PrefixDefaultLocale:
		return prefix + "prefix-other-locales"
	case i.RedirectToDefaultLocale:
		return prefix + "prefix-always"
	default:
		return prefix + "prefix-always-no-redirect"
	}
}

// paths lists each locale's path (its code, or the object's path).
func (i *I18n) paths() []string {
	out := make([]string, len(i.Locales))
	for k, l := range i.Locales {
		out[k] = l.Path
	}
	return out
}

// readI18n reads the `i18n` key as Astro's schema does.
func (c *Config) readI18n(v any) []issue {
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return []issue{{"i18n", "Expected type \"object\", received \"" + jsType(v) + "\""}}
	}
	var issues []issue
	bad := func(key, want string, got any) {
		issues = append(issues, issue{key, "Expected type \"" + want + "\", received \"" + jsType(got) + "\""})
	}
	i := &I18n{FallbackType: "redirect"}
	if s, ok := m["defaultLocale"].(string); ok {
		i.DefaultLocale = s
	} else {
		bad("i18n.defaultLocale", "string", m["defaultLocale"])
	}
	if list, ok := m["locales"].([]any); ok {
		for n, e := range list {
			key := fmt.Sprintf("i18n.locales.%d", n)
			switch e := e.(type) {
			case string:
				i.Locales = append(i.Locales, Locale{Path: e})
			case map[string]any:
				p, ok := e["path"].(string)
				if !ok {
					bad(key+".path", "string", e["path"])
					continue
				}
				codes, ok := e["codes"].([]any)
				if !ok || len(codes) == 0 {
					issues = append(issues, issue{key + ".codes", "Expected a non-empty array of strings"})
					continue
				}
				l := Locale{Path: p}
				for _, code := range codes {
					s, ok := code.(string)
					if !ok {
						bad(key+".codes", "string", code)
						continue
					}
					l.Codes = append(l.Codes, s)
				}
				i.Locales = append(i.Locales, l)
			default:
				issues = append(issues, issue{key, "Did not match union. Expected a string or { path, codes }"})
			}
		}
	} else {
		bad("i18n.locales", "array", m["locales"])
	}
	strMap := func(key string, v any) map[string]string {
		if v == nil {
			return nil
		}
		mm, ok := v.(map[string]any)
		if !ok {
			bad(key, "object", v)
			return nil
		}
		out := map[string]string{}
		for k, e := range mm {
			s, ok := e.(string)
			if !ok {
				bad(key+"."+k, "string", e)
				continue
			}
			out[k] = s
		}
		return out
	}
	i.Fallback = strMap("i18n.fallback", m["fallback"])
	i.Domains = strMap("i18n.domains", m["domains"])
	for k, d := range i.Domains {
		if u, err := url.Parse(d); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			issues = append(issues, issue{"i18n.domains." + k, "The domain value must be a valid URL, and it has to start with 'https' or 'http'"})
		}
	}
	switch r := m["routing"].(type) {
	case nil:
	case string:
		if r != "manual" {
			issues = append(issues, issue{"i18n.routing", fmt.Sprintf("Did not match union. Expected \"manual\" or an object, received %q", r)})
		}
		i.Manual = true
	case map[string]any:
		boolean := func(key string, set *bool) {
			if v, ok := r[key]; ok && v != nil {
				if b, ok := v.(bool); ok {
					*set = b
				} else {
					bad("i18n.routing."+key, "boolean", v)
				}
			}
		}
		boolean("prefixDefaultLocale", &i.PrefixDefaultLocale)
		boolean("redirectToDefaultLocale", &i.RedirectToDefaultLocale)
		if v, ok := r["fallbackType"]; ok && v != nil {
			if s, _ := v.(string); s == "redirect" || s == "rewrite" {
				i.FallbackType = s
			} else {
				issues = append(issues, issue{"i18n.routing.fallbackType", "Invalid enum value. Expected 'redirect' | 'rewrite'"})
			}
		}
	default:
		bad("i18n.routing", "object", r)
	}
	if len(issues) > 0 {
		return issues
	}
	// The refined validators (core/config/schemas/refined-validators.ts).
	if !i.Manual && !i.PrefixDefaultLocale && i.RedirectToDefaultLocale {
		issues = append(issues, issue{"i18n.routing.redirectToDefaultLocale", "The option `i18n.routing.redirectToDefaultLocale` can be used only when `i18n.routing.prefixDefaultLocale` is set to `true`; otherwise, redirects might cause infinite loops. Remove the option `i18n.routing.redirectToDefaultLocale`, or change its value to `false`"})
	}
	paths := i.paths()
	has := func(p string) bool {
		for _, q := range paths {
			if q == p {
				return true
			}
		}
		return false
	}
	if !has(i.DefaultLocale) {
		issues = append(issues, issue{"i18n.locales", "The default locale `" + i.DefaultLocale + "` is not present in the `i18n.locales` array"})
	}
	froms := make([]string, 0, len(i.Fallback))
	for from := range i.Fallback {
		froms = append(froms, from)
	}
	sort.Strings(froms)
	for _, from := range froms {
		to := i.Fallback[from]
		if !has(from) {
			issues = append(issues, issue{"i18n.fallbacks", "The locale `" + from + "` key in the `i18n.fallback` record doesn't exist in the `i18n.locales` array"})
		}
		if from == i.DefaultLocale {
			issues = append(issues, issue{"i18n.fallbacks", "You can't use the default locale as a key. The default locale can only be used as value"})
		}
		if !has(to) {
			issues = append(issues, issue{"i18n.fallbacks", "The locale `" + to + "` value in the `i18n.fallback` record doesn't exist in the `i18n.locales` array"})
		}
	}
	if len(i.Domains) > 0 {
		if c.Site == "" {
			issues = append(issues, issue{"site", "The option `site` isn't set. When using the 'domains' strategy for `i18n`, `site` is required to create absolute URLs for locales that aren't mapped to a domain"})
		}
		if c.Output != OutputServer {
			issues = append(issues, issue{"output", "Domain support is only available when `output` is `\"server\"`"})
		}
	}
	if len(issues) == 0 {
		c.I18n = i
	}
	return issues
}

// ClientJSON is what the astro:i18n and astro:actions modules and the
// APIContext read of the config (Astro's astro:config/client plus the
// routing strategy): i18n (null without it), base, trailingSlash, build
// format, site and security.actionBodySizeLimit.
func (c *Config) ClientJSON() string {
	type i18nJSON struct {
		DefaultLocale string            `json:"defaultLocale"`
		Locales       []Locale          `json:"locales"`
		Fallback      map[string]string `json:"fallback,omitempty"`
		Domains       map[string]string `json:"domains,omitempty"`
		Strategy      string            `json:"strategy"`
		FallbackType  string            `json:"fallbackType"`
		Manual        bool              `json:"manual"`
	}
	out := struct {
		I18n          *i18nJSON `json:"i18n"`
		Base          string    `json:"base"`
		TrailingSlash string    `json:"trailingSlash"`
		Format        string    `json:"format"`
		Site          string    `json:"site,omitempty"`
		BodyLimit     int64     `json:"actionBodySizeLimit,omitempty"`
	}{Base: c.Base, TrailingSlash: string(c.TrailingSlash), Format: string(c.BuildFormat), Site: c.Site, BodyLimit: c.ActionBodySizeLimit}
	if out.TrailingSlash == "" {
		out.TrailingSlash = "ignore"
	}
	if out.Format == "" {
		out.Format = "directory"
	}
	if i := c.I18n; i != nil {
		ft := i.FallbackType
		if i.Manual {
			ft = "rewrite" // toFallbackType
		}
		out.I18n = &i18nJSON{DefaultLocale: i.DefaultLocale, Locales: i.Locales, Fallback: i.Fallback, Domains: i.Domains,
			Strategy: i.Strategy(), FallbackType: ft, Manual: i.Manual}
	}
	b, _ := json.Marshal(out)
	return string(b)
}
