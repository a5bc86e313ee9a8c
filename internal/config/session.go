package config

import (
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"strings"
)

// Session is the config's `session` key after Astro's normalisation
// (core/session/utils.ts): the unstorage driver by its short name, its
// options, the cookie and the default TTL. It travels in a server build's
// manifest, so its fields have JSON names.
type Session struct {
	// Driver is the unstorage driver: "fs-lite", "redis" or "memory".
	Driver string `json:"driver"`
	// Options are the driver's options as the config gave them
	// (fs-lite: base; redis: url, host, port, username, password, db,
	// base, ttl).
	Options map[string]any `json:"options,omitempty"`
	// Cookie is the cookie's name and attributes as the config gave them
	// (a string is {name}); nil for Astro's defaults.
	Cookie map[string]any `json:"cookie,omitempty"`
	// TTL is the default lifetime of a value in seconds; nil = none.
	TTL *float64 `json:"ttl,omitempty"`
}

// SessionDrivers are the drivers Comet implements, by unstorage name.
var SessionDrivers = []string{"fs-lite", "redis", "memory"}

// driverEntrypoint matches unstorage's built-in entrypoints, which Astro's
// sessionDrivers.<name>() return.
var driverEntrypoint = regexp.MustCompile(`^unstorage/drivers/([a-z0-9-]+)$`)

// DefaultSessionDir is where the node adapter keeps sessions when the
// config names no driver: sessions under Astro's default cacheDir
// (node_modules/.astro/), relative to the project root.
const DefaultSessionDir = "node_modules/.astro/sessions"

// readSession reads `session` as Astro 7's schema does. No driver gives
// the node adapter's default, a file store under cacheDir; `false` turns
// sessions off.
func (c *Config) readSession(v, cacheDir any) []issue {
	if v == false {
		return nil
	}
	base := filepath.Join(c.Root, filepath.FromSlash(DefaultSessionDir))
	if dir, ok := cacheDir.(string); ok && dir != "" {
		dir = strings.TrimPrefix(dir, "file://")
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(c.Root, filepath.FromSlash(dir))
		}
		base = filepath.Join(dir, "sessions")
	}
	s := &Session{Driver: "fs-lite", Options: map[string]any{"base": base}}
	c.Session = s
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return []issue{{"session", "Expected type \"object\" or false, received \"" + jsType(v) + "\""}}
	}
	var issues []issue
	opts, _ := m["options"].(map[string]any)
	switch d := m["driver"].(type) {
	case nil:
	case string: // the deprecated string form
		c.Warnings = append(c.Warnings, "Using deprecated `session.driver` string signature. Learn how to migrate: https://docs.astro.build/en/guides/upgrade-to/v6/#deprecated-session-driver-string-signature")
		name := d
		if name == "fs" || name == "fsLite" || name == "fs-lite" {
			name = "fs-lite"
			opts = withDefault(opts, "base", ".astro/session")
		}
		s.Driver, s.Options = name, opts
	case map[string]any:
		entry, _ := d["entrypoint"].(string)
		mm := driverEntrypoint.FindStringSubmatch(entry)
		if mm == nil {
			issues = append(issues, issue{"session.driver", fmt.Sprintf("Comet implements the unstorage drivers %s; the driver %q cannot run here", strings.Join(SessionDrivers, ", "), entry)})
			break
		}
		cfg, _ := d["config"].(map[string]any)
		s.Driver, s.Options = mm[1], cfg
	default:
		issues = append(issues, issue{"session.driver", "Expected type \"string\" or \"object\", received \"" + jsType(d) + "\""})
	}
	known := false
	for _, n := range SessionDrivers {
		known = known || n == s.Driver
	}
	if !known && len(issues) == 0 {
		issues = append(issues, issue{"session.driver", fmt.Sprintf("Comet implements the unstorage drivers %s; the driver %q cannot run here", strings.Join(SessionDrivers, ", "), s.Driver)})
	}
	if s.Driver == "fs-lite" {
		base, _ := s.Options["base"].(string)
		base = strings.TrimPrefix(base, "file://") // fileURLToPath(new URL(…)) in configs gives a path; a URL string works too
		if base == "" {
			issues = append(issues, issue{"session.driver", "the fs-lite driver needs a `base` folder"})
		} else {
			if !filepath.IsAbs(base) {
				base = filepath.Join(c.Root, filepath.FromSlash(base))
			}
			s.Options = maps.Clone(s.Options) // the config's own map stays as written
			s.Options["base"] = filepath.Clean(base)
		}
	}
	switch ck := m["cookie"].(type) {
	case nil:
	case string:
		s.Cookie = map[string]any{"name": ck}
	case map[string]any:
		s.Cookie = ck
	default:
		issues = append(issues, issue{"session.cookie", "Expected type \"string\" or \"object\", received \"" + jsType(ck) + "\""})
	}
	switch t := m["ttl"].(type) {
	case nil:
	case float64:
		s.TTL = &t
	case int64:
		f := float64(t)
		s.TTL = &f
	default:
		issues = append(issues, issue{"session.ttl", "Expected type \"number\", received \"" + jsType(t) + "\""})
	}
	return issues
}

// withDefault copies m with key set to def when m lacks it.
func withDefault(m map[string]any, key string, def any) map[string]any {
	out := map[string]any{key: def}
	for k, v := range m {
		out[k] = v
	}
	return out
}
