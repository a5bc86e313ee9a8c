package app

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/routing"
)

// FileMeta is what the build knows about one prerendered file: the server
// answers with the Content-Type and headers the endpoint returned at build
// time (Astro's node adapter loses them; issue #9514).
type FileMeta struct {
	Route       string      `json:"route"`
	Status      int         `json:"status,omitempty"`
	ContentType string      `json:"contentType,omitempty"`
	Header      [][2]string `json:"header,omitempty"`
}

// Manifest is dist/server/manifest.json: everything `comet preview` needs
// besides the bundle, so it runs without the sources.
type Manifest struct {
	Version    int               `json:"version"`
	Config     ManifestConfig    `json:"config"`
	Routes     []ManifestRoute   `json:"routes"`
	Middleware string            `json:"middleware,omitempty"`
	Actions    string            `json:"actions,omitempty"`
	Redirects  []config.Redirect `json:"redirects,omitempty"`
	Env        map[string]any    `json:"env"`
	// Session is the session config (the store the server opens).
	Session *config.Session `json:"session,omitempty"`
	// EnvSchema is env.schema: secrets are read and checked when the
	// server starts.
	EnvSchema []config.EnvField   `json:"envSchema,omitempty"`
	Files     map[string]FileMeta `json:"files"`
}

// ManifestConfig is the part of the config the server uses.
type ManifestConfig struct {
	Site          string `json:"site,omitempty"`
	Base          string `json:"base"`
	TrailingSlash string `json:"trailingSlash"`
	BuildFormat   string `json:"buildFormat"`
	Port          int    `json:"port"`
	Host          string `json:"host,omitempty"`
	CheckOrigin   bool   `json:"checkOrigin"`
	PagesDir      string `json:"pagesDir"` // relative to the root, slash path
}

// ManifestRoute is one route; the rest is parsed again from File.
type ManifestRoute struct {
	Key       string `json:"key"`
	Prerender bool   `json:"prerender"`
	// Injected is the route of a route Astro injects (actions), whose
	// Key is no file.
	Injected string `json:"injected,omitempty"`
}

const manifestVersion = 1

// A server build's folders under outDir: the prerendered files and
// public/ (served first), and the server.
const (
	ClientDir = "client"
	ServerDir = "server"
)

// Server output file names under dist/server/.
const (
	ManifestFile = "manifest.json"
	BundleFile   = "entry.js"
	FilesDir     = "files" // copies of .html pages
)

// WriteServer writes the server half of a server build into dir.
func (a *App) WriteServer(dir string, files map[string]FileMeta) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	pagesRel, _ := filepath.Rel(a.Config.Root, a.Config.PagesDir())
	m := Manifest{
		Version: manifestVersion,
		Config: ManifestConfig{
			Site: a.Config.Site, Base: a.Config.Base, TrailingSlash: string(a.Config.TrailingSlash),
			BuildFormat: string(a.Config.BuildFormat), Port: a.Config.Port, Host: a.Config.Host,
			CheckOrigin: a.Config.CheckOrigin, PagesDir: filepath.ToSlash(pagesRel),
		},
		Middleware: a.Middleware,
		Actions:    a.Actions,
		Redirects:  a.Config.Redirects,
		Env:        a.Config.Env,
		Files:      files,
	}
	// The build machine's process environment is not baked into the
	// server: only built-ins, PUBLIC_ values and the .env values the code
	// names (secrets come from the environment the server runs in).
	m.Env = bakedEnv(a.Config.Env, a.Bundle.Code)
	m.Session, m.EnvSchema = portableSession(a.Config.Root, a.Config.Session), a.Config.EnvSchema
	for _, f := range a.Config.EnvSchema {
		if f.Secret() {
			delete(m.Env, f.Key) // a secret from .env stays out of dist/
		}
	}
	for _, r := range a.Routes {
		mr := ManifestRoute{Key: r.Key, Prerender: r.Prerender}
		if r.File == "" && r.Kind == routing.Endpoint {
			mr.Injected = r.Route.Route
		}
		m.Routes = append(m.Routes, mr)
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), data, 0o644); err != nil {
		return err
	}
	// .html pages are served by the server; keep a copy beside the bundle
	// so preview needs no sources.
	for _, r := range a.Routes {
		if r.Kind != routing.Page {
			continue
		}
		data, err := os.ReadFile(filepath.Join(a.Config.Root, filepath.FromSlash(r.Key)))
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, FilesDir, filepath.FromSlash(r.Key))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, BundleFile), []byte(a.Bundle.Code), 0o644)
}

// bakedEnv is what of import.meta.env a server build keeps: the built-ins,
// PUBLIC_ values, and the other .env values whose name appears in the
// server code. Astro 7 does the same: a private value is inlined into the
// server bundle where the code reads it (and, for a bare import.meta.env,
// when its name appears in the module), so a secret the code never names
// never reaches dist/ (docs/production.md).
func bakedEnv(env map[string]any, code string) map[string]any {
	os := map[string]bool{}
	for k := range config.Environ() {
		os[k] = true
	}
	out := map[string]any{}
	for k, v := range env {
		switch {
		case config.IsBuiltinEnv(k):
			out[k] = v
		case os[k]:
		case strings.HasPrefix(k, "PUBLIC_") || strings.Contains(code, k):
			out[k] = v
		}
	}
	return out
}

// LoadBuilt loads a server build from outDir (the folder holding client/
// and server/). root is the project root, for messages.
func LoadBuilt(root, outDir string) (*App, *Manifest, error) {
	data, err := os.ReadFile(filepath.Join(outDir, ServerDir, ManifestFile))
	if err != nil {
		return nil, nil, fmt.Errorf("app: %s has no server build (run `comet build` with output: 'server' first): %w", outDir, err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, nil, fmt.Errorf("app: reading the server manifest: %w", err)
	}
	if m.Version != manifestVersion {
		return nil, nil, fmt.Errorf("app: the server build was made by another Comet version; run `comet build` again")
	}
	code, err := os.ReadFile(filepath.Join(outDir, ServerDir, BundleFile))
	if err != nil {
		return nil, nil, fmt.Errorf("app: reading the server bundle: %w", err)
	}
	cfg := config.Default()
	cfg.Root, cfg.Site, cfg.Base, cfg.Output, cfg.OutDir = root, m.Config.Site, m.Config.Base, config.OutputServer, outDir
	cfg.TrailingSlash, cfg.BuildFormat = routing.TrailingSlash(m.Config.TrailingSlash), config.BuildFormat(m.Config.BuildFormat)
	cfg.Port, cfg.Host, cfg.CheckOrigin = m.Config.Port, m.Config.Host, m.Config.CheckOrigin
	env := map[string]any{}
	for k, v := range m.Env {
		env[k] = v
	}
	for k, v := range config.Environ() { // the server's environment wins (secrets)
		if !config.IsBuiltinEnv(k) {
			env[k] = v
		}
	}
	// Secrets come from the server's environment and the project's .env
	// files, read now (they were kept out of the build).
	dotenv, err := config.Dotenv(root, config.ModeProduction)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range m.EnvSchema {
		if _, set := env[f.Key]; !set && f.Secret() {
			if v, ok := dotenv[f.Key]; ok {
				env[f.Key] = v
			}
		}
	}
	cfg.Env, cfg.Session, cfg.EnvSchema = env, localSession(root, m.Session), m.EnvSchema
	if _, err := config.ValidateEnv(m.EnvSchema, envLookup(env), true); err != nil {
		return nil, nil, err
	}
	a := &App{Config: cfg, Output: config.OutputServer, Middleware: m.Middleware, Actions: m.Actions, sourceDir: filepath.Join(outDir, ServerDir, FilesDir)}
	if err := a.useContentSnapshot(filepath.Join(outDir, ServerDir)); err != nil {
		return nil, nil, err
	}
	var rs []*routing.Route
	keyOf := map[*routing.Route]ManifestRoute{}
	for _, mr := range m.Routes {
		rel := mr.Key
		if m.Config.PagesDir != "" {
			if r, err := filepath.Rel(m.Config.PagesDir, mr.Key); err == nil {
				rel = filepath.ToSlash(r)
			}
		}
		r, ok, err := routing.ParseFile(rel)
		if mr.Injected != "" {
			r, err = routing.Injected(mr.Injected, routing.Endpoint)
			ok = err == nil
		}
		if err != nil || !ok {
			return nil, nil, fmt.Errorf("app: bad route %s in the server manifest", mr.Key)
		}
		rs = append(rs, r)
		keyOf[r] = mr
	}
	routing.Sort(rs)
	for _, r := range rs {
		mr := keyOf[r]
		a.Routes = append(a.Routes, &Route{Route: r, Key: path.Clean(mr.Key), Prerender: mr.Prerender})
	}
	cfg.Redirects = m.Redirects
	rds, err := redirects(cfg, &Project{Routes: a.Routes, Output: config.OutputServer})
	if err != nil {
		return nil, nil, err
	}
	a.Redirects = rds
	if err := a.SetBundle(&bundle.Bundle{Code: string(code)}); err != nil {
		return nil, nil, err
	}
	return a, &m, nil
}

// portableSession writes a file store inside the project as a path
// relative to it, so dist/ served from another folder (or machine) keeps
// its sessions beside the project it is served from.
func portableSession(root string, s *config.Session) *config.Session {
	if s == nil || s.Driver != "fs-lite" {
		return s
	}
	base, _ := s.Options["base"].(string)
	rel, err := filepath.Rel(root, base)
	if err != nil || !filepath.IsLocal(rel) {
		return s
	}
	out := *s
	out.Options = maps.Clone(s.Options)
	out.Options["base"] = filepath.ToSlash(rel)
	return &out
}

// localSession is portableSession undone against the serving root.
func localSession(root string, s *config.Session) *config.Session {
	if s == nil || s.Driver != "fs-lite" {
		return s
	}
	base, _ := s.Options["base"].(string)
	if base == "" || filepath.IsAbs(base) {
		return s
	}
	out := *s
	out.Options = maps.Clone(s.Options)
	out.Options["base"] = filepath.Join(root, filepath.FromSlash(base))
	return &out
}
