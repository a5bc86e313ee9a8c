package config

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// loadEnv builds import.meta.env as Vite does for Astro: the project's .env
// files (.env, .env.local, .env.[mode], .env.[mode].local; later files win),
// the process environment on top (existing variables take precedence), and
// Astro's built-ins last (MODE, PROD, DEV, SSR, SITE, BASE_URL).
func loadEnv(c *Config) (map[string]any, error) {
	env := map[string]any{}
	vars, err := Dotenv(c.Root, c.Mode)
	if err != nil {
		return nil, err
	}
	for k, v := range vars {
		env[k] = v
	}
	for k, v := range Environ() {
		env[k] = v
	}
	for k, v := range builtinEnv(c) {
		env[k] = v
	}
	return env, nil
}

// Dotenv reads the project's .env files for mode (.env, .env.local,
// .env.[mode], .env.[mode].local; later files win).
func Dotenv(root string, mode Mode) (map[string]string, error) {
	env := map[string]string{}
	for _, name := range []string{".env", ".env.local", ".env." + string(mode), ".env." + string(mode) + ".local"} {
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("config: reading %s: %w", name, err)
		}
		vars, err := ParseDotenv(data)
		if err != nil {
			return nil, fmt.Errorf("config: %s: %w", name, err)
		}
		for k, v := range vars {
			env[k] = v
		}
	}
	return env, nil
}

// builtinEnv is Astro's own import.meta.env keys; BuiltinEnvKeys names
// them.
func builtinEnv(c *Config) map[string]any {
	env := map[string]any{
		"MODE":          string(c.Mode),
		"PROD":          c.Mode == ModeProduction,
		"DEV":           c.Mode != ModeProduction,
		"SSR":           true,
		"BASE_URL":      c.Base,
		"ASSETS_PREFIX": nil,
		"SITE":          nil,
	}
	if c.Site != "" {
		env["SITE"] = c.Site
	}
	return env
}

// BuiltinEnvKeys are the import.meta.env keys Astro sets itself; they are
// baked into a server build and the server's environment never replaces
// them.
var BuiltinEnvKeys = []string{"MODE", "PROD", "DEV", "SSR", "SITE", "BASE_URL", "ASSETS_PREFIX"}

// IsBuiltinEnv reports whether key is one of BuiltinEnvKeys.
func IsBuiltinEnv(key string) bool { return slices.Contains(BuiltinEnvKeys, key) }

// ParseDotenv reads KEY=value lines: comments (#), `export ` prefixes,
// single, double (with \n escapes) and back quotes, and inline comments
// after unquoted values, like the dotenv package Vite uses.
func ParseDotenv(data []byte) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected KEY=value", n)
		}
		key = strings.TrimSpace(key)
		val = strings.TrimSpace(val)
		if len(val) >= 2 && (val[0] == '"' || val[0] == '\'' || val[0] == '`') {
			q := val[0]
			if end := strings.LastIndexByte(val, q); end > 0 {
				val = val[1:end]
				if q == '"' {
					val = strings.ReplaceAll(val, `\n`, "\n")
				}
			}
		} else if i := strings.Index(val, " #"); i >= 0 {
			val = strings.TrimSpace(val[:i])
		}
		out[key] = val
	}
	return out, sc.Err()
}
