package config

import (
	"github.com/comet-dev/comet/internal/testproject"
	"path/filepath"
	"strings"
	"testing"
)

func project(t *testing.T, files map[string]string) string { return testproject.Write(t, files) }

func TestLoadDefaults(t *testing.T) {
	dir := project(t, map[string]string{})
	c, err := Load(dir, Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "" || c.Output != "static" || c.Base != "/" || c.TrailingSlash != "ignore" || c.Port != 4321 ||
		c.OutDir != filepath.Join(dir, "dist") || c.PagesDir() != filepath.Join(dir, "src", "pages") || !c.CheckOrigin {
		t.Errorf("defaults: %+v", c)
	}
}

func TestLoadConfigFile(t *testing.T) {
	for _, name := range []string{"astro.config.mjs", "astro.config.ts", "astro.config.js"} {
		dir := project(t, map[string]string{name: `
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
const port = 8080;
export default defineConfig({
  site: 'https://example.com/sub/',
  base: 'docs',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'never',
  outDir: './build',
  srcDir: './source',
  build: { format: 'file' },
  server: { port, host: true, allowedHosts: ['App.example.com', '.preview.example'] },
  security: { checkOrigin: false },
  integrations: [],
});`})
		c, err := Load(dir, Overrides{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c.File != name || c.Site != "https://example.com/sub/" || c.Base != "/docs" || c.Output != "server" ||
			c.TrailingSlash != "never" || c.OutDir != filepath.Join(dir, "build") || c.SrcDir != filepath.Join(dir, "source") ||
			c.BuildFormat != "file" || c.Port != 8080 || c.Host != "0.0.0.0" || c.CheckOrigin || c.Adapter != "@astrojs/node" ||
			strings.Join(c.AllowedHosts, ",") != "app.example.com,.preview.example" || c.AllowAnyHost {
			t.Errorf("%s: %+v", name, c)
		}
		if len(c.Warnings) != 0 {
			t.Errorf("%s: unexpected warnings %q", name, c.Warnings)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		config string
		want   []string
	}{
		{`export default { site: 42 };`, []string{"! site", `Expected type "string", received "number"`}},
		{`export default { server: { allowedHosts: 'x.example' } };`, []string{"server.allowedHosts", `Expected type "array" or "boolean", received "string"`}},
		{`export default { site: 'not a url' };`, []string{"! site", "Invalid url"}},
		{`export default { output: 'edge' };`, []string{"! output", `"static" | "server" | "hybrid"`}},
		{`export default { trailingSlash: true };`, []string{"! trailingSlash"}},
		{`export default { server: { port: 'x' } };`, []string{"! server.port"}},
		{`export default { build: { format: 'nested' } };`, []string{"! build.format"}},
		{`export default { site: 1, base: 2 };`, []string{"! site", "! base"}},
		{`export default { site: };`, []string{"astro.config.mjs:1:"}},
		{`throw new Error('config exploded');`, []string{"config exploded", "astro.config.mjs"}},
	} {
		dir := project(t, map[string]string{"astro.config.mjs": tc.config})
		_, err := Load(dir, Overrides{})
		if err == nil {
			t.Errorf("%s: no error", tc.config)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tc.config, err, w)
			}
		}
	}
}

func TestUnknownKeyWarns(t *testing.T) {
	dir := project(t, map[string]string{"astro.config.mjs": `export default { sitee: 'https://x.example' };`})
	c, err := Load(dir, Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], `"sitee"`) {
		t.Errorf("warnings = %q", c.Warnings)
	}
}

func TestOverrides(t *testing.T) {
	dir := project(t, map[string]string{
		"astro.config.mjs": `export default { site: 'https://a.example', outDir: 'x' };`,
		"other.config.mjs": `export default { base: '/other' };`,
	})
	c, err := Load(dir, Overrides{Site: "https://b.example", Base: "/b", OutDir: "out", Port: 9000})
	if err != nil {
		t.Fatal(err)
	}
	if c.Site != "https://b.example" || c.Base != "/b" || c.OutDir != filepath.Join(dir, "out") || c.Port != 9000 {
		t.Errorf("overrides: %+v", c)
	}
	c, err = Load(dir, Overrides{ConfigFile: "other.config.mjs"})
	if err != nil || c.Base != "/other" || c.Site != "" {
		t.Errorf("--config: %+v %v", c, err)
	}
	if _, err := Load(dir, Overrides{ConfigFile: "missing.mjs"}); err == nil {
		t.Error("a missing --config file must be an error")
	}
	if _, err := Load(dir, Overrides{Site: "nope"}); err == nil {
		t.Error("a bad --site must be an error")
	}
	if _, err := Load(filepath.Join(dir, "nope"), Overrides{}); err == nil {
		t.Error("a missing root must be an error")
	}
}

func TestEnvFiles(t *testing.T) {
	dir := project(t, map[string]string{
		".env":             "A=env\nB=env\nC=env\n",
		".env.local":       "B=local\n",
		".env.development": "C=development\n",
		"astro.config.mjs": `export default { site: 'https://s.example' };`,
	})
	t.Setenv("A", "process")
	c, err := Load(dir, Overrides{Mode: "development"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"A": "process", "B": "local", "C": "development", "MODE": "development", "DEV": true, "PROD": false, "SITE": "https://s.example", "BASE_URL": "/"}
	for k, v := range want {
		if c.Env[k] != v {
			t.Errorf("env %s = %v, want %v", k, c.Env[k], v)
		}
	}
}
