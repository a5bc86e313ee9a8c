// Package config finds and evaluates astro.config.{mjs,js,ts,mts,cjs}: the
// file is bundled with esbuild (astro/config and @astrojs/* adapters are
// virtual modules, so no node_modules is needed) and run in goja; the
// exported object is checked key by key, as Astro's schema does, and turned
// into a Config with Astro's defaults.
package config

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/routing"
	"github.com/dop251/goja"
)

// Output is Astro's output setting.
type Output string

// The outputs. Astro 4's "hybrid" reads as OutputStatic (Astro 5+: every
// route prerenders unless it opts out).
const (
	OutputStatic Output = "static"
	OutputServer Output = "server"
)

// Mode is the Vite mode: import.meta.env.MODE, the .env.[mode] files,
// process.env.NODE_ENV.
type Mode string

// The modes: comet build and preview run in production, comet dev in
// development.
const (
	ModeProduction  Mode = "production"
	ModeDevelopment Mode = "development"
)

// BuildFormat is build.format: the file a static .html page becomes.
type BuildFormat string

// The build formats.
const (
	FormatDirectory BuildFormat = "directory" // about/index.html
	FormatFile      BuildFormat = "file"      // about.html
	FormatPreserve  BuildFormat = "preserve"  // as the source is shaped
)

// Config is a project's settings after defaults, read once from the file
// and the command line; nothing writes to it afterwards. Paths are
// absolute.
type Config struct {
	Root string
	File string // the config file, relative to Root; "" when none
	Site string // "" when unset
	Base string // always starts with "/"; as the user wrote it otherwise
	Mode Mode
	// Output is what the config asks for. The output a build really has
	// also depends on the routes (a prerender = false route makes a
	// static project a server build): see app.App.Output.
	Output        Output
	OutDir        string
	SrcDir        string
	PublicDir     string
	TrailingSlash routing.TrailingSlash
	BuildFormat   BuildFormat
	Port          int
	Host          string // "" = localhost; "0.0.0.0" for host: true
	// AllowedHosts is server.allowedHosts: the Host names `comet dev`
	// answers beside localhost, IP addresses and Host ("" entries never
	// appear; ".example.com" allows its subdomains). AllowAnyHost is
	// server.allowedHosts: true.
	AllowedHosts []string
	AllowAnyHost bool
	CheckOrigin  bool
	Adapter      string // adapter name, e.g. "@astrojs/node"; informational
	// Redirects are the config's redirects, in the order written.
	Redirects []Redirect
	// Integrations names the config's integrations (none is run).
	Integrations []string
	// Env is import.meta.env as the build sees it.
	Env map[string]any
	// Session is the session config (session.go); nil when `session:
	// false`.
	Session *Session
	// EnvSchema is `env.schema` (envschema.go), in the order written.
	EnvSchema []EnvField
	// EnvValidateSecrets is env.validateSecrets: check secrets at build
	// too.
	EnvValidateSecrets bool
	// I18n is the `i18n` config (i18n.go), nil without one.
	I18n *I18n
	// ActionBodySizeLimit is security.actionBodySizeLimit; 0 is Astro's
	// default (1 MiB).
	ActionBodySizeLimit int64
	// Warnings found while loading (unknown keys, integrations not run,
	// values Comet could not read).
	Warnings []string
}

// Redirect is one entry of the config's redirects.
type Redirect struct {
	From string `json:"from"` // a route: "/old", "/blog/[slug]"
	To   string `json:"to"`   // a path, a route with the same params, or an http(s) URL
	// Status is the status the config gave ({status, destination}); 0
	// for the string form: 301 for GET, 308 otherwise.
	Status int `json:"status,omitempty"`
}

// PagesDir is SrcDir/pages.
func (c *Config) PagesDir() string { return filepath.Join(c.SrcDir, "pages") }

// BasePrefix is Base without its trailing slash: "" for "/", "/docs" for
// "/docs/". Prefix it to a pathname that starts with "/".
func (c *Config) BasePrefix() string { return strings.TrimSuffix(c.Base, "/") }

// Default is the configuration of a project with no config file, before
// the root's folders are known.
func Default() *Config {
	return &Config{
		Base: "/", Mode: ModeProduction, Output: OutputStatic, TrailingSlash: routing.TrailingSlashIgnore,
		BuildFormat: FormatDirectory, Port: 4321, CheckOrigin: true,
	}
}

// Overrides are command-line settings; they win over the file.
type Overrides struct {
	ConfigFile string // --config, relative to Root or absolute
	Site       string
	Base       string
	OutDir     string // relative to Root or absolute
	Port       int
	Host       string
	Mode       Mode // "" means ModeProduction
}

// Files are searched in this order, as Astro does.
var configNames = []string{"astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs"}

// Load reads the project at root.
func Load(root string, ov Overrides) (*Config, error) {
	return LoadContext(context.Background(), root, ov)
}

// LoadContext is Load that stops evaluating the config when ctx ends (a
// signal), as well as after evalTimeout.
func LoadContext(ctx context.Context, root string, ov Overrides) (*Config, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(abs); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("config: project root %s is not a directory", root)
	}
	c := Default()
	c.Root = abs
	if ov.Mode != "" {
		c.Mode = ov.Mode
	}
	raw := map[string]any{}
	file := ov.ConfigFile
	if file == "" {
		for _, n := range configNames {
			if _, err := os.Stat(filepath.Join(abs, n)); err == nil {
				file = n
				break
			}
		}
	} else if !filepath.IsAbs(file) {
		if _, err := os.Stat(filepath.Join(abs, file)); err != nil {
			return nil, fmt.Errorf("config: config file %s not found", file)
		}
	}
	if file != "" {
		rel := file
		if filepath.IsAbs(file) {
			if r, err := filepath.Rel(abs, file); err == nil {
				rel = r
			}
		}
		c.File = filepath.ToSlash(rel)
		raw, c.Integrations, err = evaluate(ctx, abs, c.File)
		if err != nil {
			return nil, err
		}
		c.Warnings = append(c.Warnings, integrationWarnings(c.Integrations)...)
	}
	if err := c.apply(raw); err != nil {
		return nil, err
	}
	if err := c.override(ov); err != nil {
		return nil, err
	}
	c.Env, err = loadEnv(c)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// evaluate bundles and runs the config file; returns the default export as
// plain Go values (functions become nil, stand-ins {"$inert": origin}) and
// the integrations' names.
func evaluate(ctx context.Context, root, file string) (map[string]any, []string, error) {
	code, err := bundle.Config(root, file)
	if err != nil {
		return nil, nil, err
	}
	prog, err := jsrt.Compile(file, code)
	if err != nil {
		return nil, nil, configError(root, file, err)
	}
	ctx, cancel := context.WithTimeout(ctx, evalTimeout)
	defer cancel()
	// evalError names an evaluation that ran out of time or was cancelled
	// rather than the interrupt it caused.
	evalError := func(err error) error {
		switch ctx.Err() {
		case nil:
			return configError(root, file, err)
		case context.DeadlineExceeded:
			return fmt.Errorf("config: loading %s did not finish within %s (an await that never settles, or a loop)", file, evalTimeout)
		default:
			return fmt.Errorf("config: loading %s was interrupted", file)
		}
	}
	rt, err := jsrt.New(jsrt.Options{Programs: []*jsrt.Program{prog}, ProcessEnv: Environ(), Root: root, Context: ctx})
	if err != nil {
		return nil, nil, evalError(err)
	}
	defer rt.Close()
	type result struct {
		config       map[string]any
		integrations []string
	}
	out, err := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		// a promise of the default export (bundle.Config's asyncModule)
		return vm.Get(bundle.ConfigGlobalName), nil
	}, func(vm *goja.Runtime, v goja.Value) (result, error) {
		read, ok := goja.AssertFunction(vm.Get(bundle.ConfigReader))
		if !ok {
			return result{}, errors.New("config: the config reader is missing")
		}
		if v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			if _, isObj := v.(*goja.Object); !isObj {
				return result{}, fmt.Errorf("config: %s must export an object as default, got %s", file, v.ExportType())
			}
		}
		r, err := read(goja.Undefined(), v)
		if err != nil {
			return result{}, err
		}
		m, _ := r.Export().(map[string]any)
		cfg, _ := m["config"].(map[string]any)
		if cfg == nil {
			cfg = map[string]any{}
		}
		var names []string
		list, _ := m["integrations"].([]any)
		for _, n := range list {
			if s, ok := n.(string); ok {
				names = append(names, s)
			}
		}
		return result{cfg, names}, nil
	})
	if err != nil {
		return nil, nil, evalError(err)
	}
	return out.config, out.integrations, nil
}

// evalTimeout bounds a config's evaluation; a variable for tests.
var evalTimeout = 30 * time.Second

// configError says that the config was being loaded, where in the user's
// files it failed, and the source-mapped stack.
func configError(root, file string, err error) error {
	var je *jsrt.Error
	if errors.As(err, &je) {
		d := &diag.Diagnostic{Message: "loading " + file + ": " + je.Error(), File: file, Stack: je.Stack}
		if f, line, col := je.Location(); f != "" && !strings.Contains(f, "node_modules") {
			d.File, d.Line, d.Col = f, line, col
			diag.AddLineText(d, root)
		}
		return d
	}
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return err
	}
	return fmt.Errorf("config: loading %s: %w", file, err)
}

// Environ is the process environment as a map.
func Environ() map[string]string {
	m := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return m
}

// knownKeys are Astro's top-level config keys; others give a warning.
var knownKeys = map[string]bool{
	"root": true, "srcDir": true, "publicDir": true, "outDir": true, "cacheDir": true, "site": true,
	"compressHTML": true, "base": true, "trailingSlash": true, "output": true, "adapter": true,
	"integrations": true, "build": true, "server": true, "redirects": true, "prefetch": true,
	"image": true, "devToolbar": true, "markdown": true, "vite": true, "i18n": true, "security": true,
	"env": true, "experimental": true, "scopedStyleStrategy": true, "legacy": true, "session": true,
	"prerenderConflictBehavior": true, "fonts": true, "style": true, "scopedStyle": true,
}

// issue is one schema problem, printed as Astro prints them.
type issue struct{ key, msg string }

func (c *Config) apply(raw map[string]any) error {
	var issues []issue
	str := func(key string, v any, set func(string)) {
		if v == nil {
			return
		}
		s, ok := v.(string)
		if !ok {
			issues = append(issues, issue{key, "Expected type \"string\", received \"" + jsType(v) + "\""})
			return
		}
		set(s)
	}
	enum := func(key string, v any, allowed []string, set func(string)) {
		str(key, v, func(s string) {
			for _, a := range allowed {
				if s == a {
					set(s)
					return
				}
			}
			issues = append(issues, issue{key, fmt.Sprintf("Did not match union. Expected %s, received %q", quoteList(allowed), s)})
		})
	}
	c.dropInert(raw)
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !knownKeys[k] {
			c.Warnings = append(c.Warnings, fmt.Sprintf("Unknown config key %q in %s is ignored.", k, c.File))
		}
	}
	dir := func(key string, set *string, def string) {
		*set = filepath.Join(c.Root, def)
		str(key, raw[key], func(s string) {
			s = strings.TrimPrefix(s, "file://")
			if filepath.IsAbs(s) {
				*set = filepath.Clean(s)
			} else {
				*set = filepath.Join(c.Root, s)
			}
		})
	}
	dir("srcDir", &c.SrcDir, "src")
	dir("publicDir", &c.PublicDir, "public")
	dir("outDir", &c.OutDir, "dist")
	str("site", raw["site"], func(s string) {
		u, err := url.Parse(s)
		if err != nil || u.Scheme == "" || u.Host == "" {
			issues = append(issues, issue{"site", "Invalid url"})
			return
		}
		c.Site = s
	})
	str("base", raw["base"], func(s string) { c.Base = normalizeBase(s) })
	enum("output", raw["output"], []string{string(OutputStatic), string(OutputServer), "hybrid"}, func(s string) {
		if s == "hybrid" { // removed in Astro 5: everything prerenders unless opted out
			s = string(OutputStatic)
		}
		c.Output = Output(s)
	})
	enum("trailingSlash", raw["trailingSlash"], []string{string(routing.TrailingSlashAlways), string(routing.TrailingSlashNever), string(routing.TrailingSlashIgnore)},
		func(s string) { c.TrailingSlash = routing.TrailingSlash(s) })
	if b, ok := raw["build"]; ok && b != nil {
		if m, ok := b.(map[string]any); ok {
			enum("build.format", m["format"], []string{string(FormatFile), string(FormatDirectory), string(FormatPreserve)},
				func(s string) { c.BuildFormat = BuildFormat(s) })
		} else {
			issues = append(issues, issue{"build", "Expected type \"object\", received \"" + jsType(b) + "\""})
		}
	}
	if s, ok := raw["server"]; ok && s != nil {
		if m, ok := s.(map[string]any); ok {
			if p, ok := m["port"]; ok && p != nil {
				if n, ok := asInt(p); ok && n > 0 && n < 65536 {
					c.Port = n
				} else {
					issues = append(issues, issue{"server.port", "Expected type \"number\" (a port), received " + fmt.Sprintf("%q", fmt.Sprint(p))})
				}
			}
			switch h := m["host"].(type) {
			case nil:
			case bool:
				if h {
					c.Host = "0.0.0.0"
				}
			case string:
				c.Host = h
			default:
				issues = append(issues, issue{"server.host", "Expected type \"string\" or \"boolean\", received \"" + jsType(h) + "\""})
			}
			switch ah := m["allowedHosts"].(type) {
			case nil:
			case bool:
				c.AllowAnyHost = ah
			case []any:
				for _, v := range ah {
					if h, ok := v.(string); ok && h != "" {
						c.AllowedHosts = append(c.AllowedHosts, strings.ToLower(h))
					} else {
						issues = append(issues, issue{"server.allowedHosts", "Expected type \"string\", received \"" + jsType(v) + "\""})
					}
				}
			default:
				issues = append(issues, issue{"server.allowedHosts", "Expected type \"array\" or \"boolean\", received \"" + jsType(ah) + "\""})
			}
		}
	}
	if s, ok := raw["security"].(map[string]any); ok {
		if v, ok := s["checkOrigin"]; ok {
			if b, ok := v.(bool); ok {
				c.CheckOrigin = b
			} else {
				issues = append(issues, issue{"security.checkOrigin", "Expected type \"boolean\", received \"" + jsType(v) + "\""})
			}
		}
	}
	if a, ok := raw["adapter"].(map[string]any); ok {
		if n, ok := a["name"].(string); ok {
			c.Adapter = n
		}
	}
	issues = append(issues, c.readRedirects(raw["redirects"])...)
	issues = append(issues, c.readSession(raw["session"], raw["cacheDir"])...)
	issues = append(issues, c.readEnvSchema(raw["env"])...)
	issues = append(issues, c.readI18n(raw["i18n"])...)
	issues = append(issues, c.readActionBodySizeLimit(raw)...)
	if len(issues) > 0 {
		var b strings.Builder
		b.WriteString("Astro found issue(s) with your configuration:")
		for _, is := range issues {
			fmt.Fprintf(&b, "\n  ! %s  %s.", is.key, is.msg)
		}
		return &diag.Diagnostic{Name: "AstroConfigError", File: c.File, Message: b.String()}
	}
	return nil
}

func (c *Config) override(ov Overrides) error {
	if ov.Site != "" {
		u, err := url.Parse(ov.Site)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return fmt.Errorf("config: --site %q is not an absolute URL", ov.Site)
		}
		c.Site = ov.Site
	}
	if ov.Base != "" {
		c.Base = normalizeBase(ov.Base)
	}
	if ov.OutDir != "" {
		if filepath.IsAbs(ov.OutDir) {
			c.OutDir = filepath.Clean(ov.OutDir)
		} else {
			c.OutDir = filepath.Join(c.Root, ov.OutDir)
		}
	}
	if ov.Port != 0 {
		c.Port = ov.Port
	}
	if ov.Host != "" {
		c.Host = ov.Host
	}
	return nil
}

func normalizeBase(s string) string {
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	return s
}

func jsType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64, int:
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	case int:
		return n, true
	}
	return 0, false
}

func quoteList(a []string) string {
	q := make([]string, len(a))
	for i, s := range a {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, " | ")
}
