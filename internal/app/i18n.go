package app

import (
	"path/filepath"

	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/diag"
)

// checkI18nIndex is Astro 7's check when it makes the route list
// (core/routing/create-manifest.ts): with prefixDefaultLocale and
// redirectToDefaultLocale, "/" redirects to the default locale, so a route
// at "/" (any kind, also a page Comet skips or a redirect) must exist.
func checkI18nIndex(cfg *config.Config, p *Project) error {
	if cfg.I18n == nil || cfg.I18n.Strategy() != "pathname-prefix-always" {
		return nil
	}
	for _, r := range p.Routes {
		if r.Route.Route == "/" {
			return nil
		}
	}
	for _, r := range p.Unserved {
		if r.Route == "/" {
			return nil
		}
	}
	for _, r := range p.Redirects {
		if r.Route.Route == "/" {
			return nil
		}
	}
	rel, _ := filepath.Rel(cfg.Root, cfg.PagesDir())
	return &diag.Diagnostic{Name: "MissingIndexForInternationalization", File: cfg.File,
		Message: "Could not find index page. A root index page is required in order to create a redirect to the index URL of the default locale. (`/" + cfg.I18n.DefaultLocale + "`)",
		Hint:    "Create an index page (`index.astro, index.md, etc.`) in `" + filepath.ToSlash(rel) + "`."}
}
