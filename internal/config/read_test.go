package config

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/diag"
)

// A config full of packages that are not installed (and could not run in
// goja if they were) loads: each import is a stand-in.
func TestConfigStandIns(t *testing.T) {
	dir := project(t, map[string]string{
		"astro.config.mjs": `import { defineConfig, fontProviders, squooshImageService, passthroughImageService, sharpImageService,
  envField, getViteConfig, mergeConfig, validateConfig, sessionDrivers, logHandlers, svgoOptimizer, memoryCache } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import compress from '@playform/compress';
import UnoCSS from 'unocss/astro';
import { loadEnv } from 'vite';
import * as icons from 'astro-icon';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from './src/consts';
const env = loadEnv('production', process.cwd(), '');
const commit = execSync('git rev-parse HEAD').toString().trim();
class Plugin extends icons.Base {}
new Plugin();
const here = path.dirname(fileURLToPath(import.meta.url));
for (const x of UnoCSS.presets) throw new Error('an inert value iterates as empty');
await Promise.resolve(compress());
export default defineConfig(mergeConfig({ base: '/a' }, {
  site: SITE,
  outDir: path.join(here, 'out'),
  trailingSlash: env.SLASH,
  integrations: [sitemap(), [mdx()], compress({ CSS: true }), UnoCSS(), false, { name: 'local-thing', hooks: {} }],
  vite: { plugins: [tailwindcss()], define: { COMMIT: JSON.stringify(commit) } },
  image: { service: squooshImageService() },
  experimental: { fonts: [{ provider: fontProviders.google(), name: 'Roboto' }] },
  env: { schema: { API: envField.string({ context: 'server', access: 'secret' }) } },
}));
`,
		"src/consts.ts": "export const SITE: string = 'https://me.dev';\n",
	})
	c, err := Load(dir, Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Site != "https://me.dev" || c.Base != "/a" || !strings.HasSuffix(c.OutDir, "/out") || c.TrailingSlash != "ignore" {
		t.Errorf("site %q base %q outDir %q trailingSlash %q", c.Site, c.Base, c.OutDir, c.TrailingSlash)
	}
	wantInt := []string{"@astrojs/sitemap", "@astrojs/mdx", "@playform/compress", "unocss", "local-thing"}
	if strings.Join(c.Integrations, ",") != strings.Join(wantInt, ",") {
		t.Errorf("integrations %q, want %q", c.Integrations, wantInt)
	}
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{
		"integration @astrojs/sitemap is not run (Comet builds endpoints only): no sitemap-index.xml",
		"integration @astrojs/mdx is not run",
		"integration local-thing is not run",
		`trailingSlash in astro.config.mjs comes from vite.loadEnv().SLASH (package "vite")`,
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
	if strings.Count(warnings, "@astrojs/sitemap") != 1 {
		t.Errorf("sitemap named more than once:\n%s", warnings)
	}
}

// An error in the user's own config names the config, its line, and that
// it happened while loading it.
func TestConfigErrorLocation(t *testing.T) {
	dir := project(t, map[string]string{
		"astro.config.mjs": "import sitemap from '@astrojs/sitemap';\nconst x = process.env.NOPE_NOT_SET;\nexport default { site: x.trim(), integrations: [sitemap()] };\n",
	})
	_, err := Load(dir, Overrides{})
	var d *diag.Diagnostic
	if !errors.As(err, &d) {
		t.Fatalf("want a diagnostic, got %v", err)
	}
	if d.File != "astro.config.mjs" || d.Line != 3 || !strings.Contains(d.Message, "loading astro.config.mjs") || !strings.Contains(d.LineText, "x.trim()") {
		t.Errorf("got %s:%d %q (line %q)", d.File, d.Line, d.Message, d.LineText)
	}
}

// A syntax error is esbuild's frame, with a note that the config was being
// loaded.
func TestConfigSyntaxError(t *testing.T) {
	dir := project(t, map[string]string{"astro.config.mjs": "export default { site: };\n"})
	_, err := Load(dir, Overrides{})
	if err == nil || !strings.Contains(err.Error(), "astro.config.mjs:1:") || !strings.Contains(err.Error(), "This happened while loading astro.config.mjs") {
		t.Errorf("got %v", err)
	}
}

func TestRedirectsRead(t *testing.T) {
	for _, tc := range []struct {
		name, redirects string
		want            []Redirect
		err             string
	}{
		{"string", `{ '/old': '/new' }`, []Redirect{{From: "/old", To: "/new"}}, ""},
		{"object", `{ '/a': { status: 302, destination: '/b' } }`, []Redirect{{From: "/a", To: "/b", Status: 302}}, ""},
		{"external", `{ '/gh': 'https://github.com/' }`, []Redirect{{From: "/gh", To: "https://github.com/"}}, ""},
		{"bad status", `{ '/a': { status: 200, destination: '/b' } }`, nil, "redirects./a.status"},
		{"no destination", `{ '/a': { status: 301 } }`, nil, "redirects./a.destination  Required"},
		{"ftp", `{ '/a': 'ftp://x.org/' }`, nil, "UnsupportedExternalRedirect"},
		{"not an object", `'/x'`, nil, `redirects  Expected type "object"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := project(t, map[string]string{"astro.config.mjs": "export default { redirects: " + tc.redirects + " };"})
			c, err := Load(dir, Overrides{})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Redirects) != len(tc.want) || (len(tc.want) > 0 && c.Redirects[0] != tc.want[0]) {
				t.Errorf("got %+v, want %+v", c.Redirects, tc.want)
			}
		})
	}
}

// The built-in env keys are one list: the env has each, and nothing else
// is called built-in.
func TestBuiltinEnvKeys(t *testing.T) {
	c := Default()
	env := builtinEnv(c)
	if len(env) != len(BuiltinEnvKeys) {
		t.Fatalf("builtinEnv has %d keys, BuiltinEnvKeys %d", len(env), len(BuiltinEnvKeys))
	}
	for _, k := range BuiltinEnvKeys {
		if _, ok := env[k]; !ok || !IsBuiltinEnv(k) {
			t.Errorf("%s missing", k)
		}
	}
	if IsBuiltinEnv("API_KEY") {
		t.Error("API_KEY is not built in")
	}
}

// TestConfigForms: every way a config file exports its object.
func TestConfigForms(t *testing.T) {
	for _, tc := range []struct{ file, src, site string }{
		{"astro.config.mjs", "export default { site: 'https://a.dev' };", "https://a.dev"},
		{"astro.config.mjs", "import { defineConfig } from 'astro/config';\nexport default defineConfig(() => ({ site: 'https://fn.dev' }));", "https://fn.dev"},
		{"astro.config.mjs", "const c = { site: 'https://named.dev' };\nexport { c as default };", "https://named.dev"},
		{"astro.config.mjs", "export const unused = 1;", ""},
		{"astro.config.cjs", "const s = require('@astrojs/sitemap');\nmodule.exports = { site: 'https://cjs.dev', integrations: [s()] };", "https://cjs.dev"},
		{"astro.config.ts", "import type { AstroUserConfig } from 'astro';\nconst c: AstroUserConfig = { site: 'https://ts.dev' };\nexport default c;", "https://ts.dev"},
		{"astro.config.mts", "const site = await new Promise<string>((r) => setTimeout(() => r('https://tla.dev'), 1));\nexport default { site };", "https://tla.dev"},
	} {
		t.Run(tc.file+" "+tc.site, func(t *testing.T) {
			c, err := Load(project(t, map[string]string{tc.file: tc.src}), Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			if c.Site != tc.site {
				t.Errorf("site %q, want %q", c.Site, tc.site)
			}
		})
	}
}

func TestConfigNeverSettles(t *testing.T) {
	defer func(d time.Duration) { evalTimeout = d }(evalTimeout)
	evalTimeout = 200 * time.Millisecond
	for _, src := range []string{
		"await new Promise(() => {});\nexport default {};",
		"while (true) {}\nexport default {};",                                      // the top level never yields
		"export default { site: (() => { for (;;) {} })() };",                      // nor does the default export
		"import fs from 'node:fs';\nawait 0;\nwhile (true) {}\nexport default {};", // after an await
	} {
		_, err := Load(project(t, map[string]string{"astro.config.mjs": src}), Overrides{})
		if err == nil || !strings.Contains(err.Error(), "loading astro.config.mjs did not finish within 200ms") {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestConfigLoadCancelled(t *testing.T) {
	dir := project(t, map[string]string{"astro.config.mjs": "while (true) {}\nexport default {};"})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := LoadContext(ctx, dir, Overrides{})
	if err == nil || !strings.Contains(err.Error(), "loading astro.config.mjs was interrupted") {
		t.Fatalf("err = %v, want the load interrupted", err)
	}
}
