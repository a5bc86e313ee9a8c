package config

import (
	"strings"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// TestEnvFieldValidate follows Astro's validators (env/validators.ts):
// error words in Astro's order, "" as unset, parseFloat's prefix rule.
func TestEnvFieldValidate(t *testing.T) {
	tests := []struct {
		name  string
		f     EnvField
		raw   string
		set   bool
		value any
		errs  string
	}{
		{"missing", EnvField{Type: "string"}, "", false, nil, "missing"},
		{"empty is missing", EnvField{Type: "string"}, "", true, nil, "missing"},
		{"optional", EnvField{Type: "string", Optional: true}, "", false, nil, ""},
		{"default", EnvField{Type: "number", Default: 3.0}, "", false, 3.0, ""},
		{"string ok", EnvField{Type: "string", Min: ptr(2.0), StartsWith: ptr("a")}, "abc", true, "abc", ""},
		{"string constraints in order", EnvField{Type: "string", Max: ptr(1.0), Min: ptr(5.0), Length: ptr(2.0), URL: ptr(true), Includes: ptr("z"), StartsWith: ptr("q"), EndsWith: ptr("q")}, "abc", true, nil, "max,min,length,url,includes,startsWith,endsWith"},
		{"url", EnvField{Type: "string", URL: ptr(true)}, "https://x.dev/a", true, "https://x.dev/a", ""},
		{"length counts UTF-16", EnvField{Type: "string", Length: ptr(2.0)}, "😀", true, "😀", ""},
		{"number prefix", EnvField{Type: "number"}, "12px", true, 12.0, ""},
		{"number type", EnvField{Type: "number"}, "px", true, nil, "type"},
		{"number constraints", EnvField{Type: "number", Gt: ptr(5.0), Min: ptr(6.0), Lt: ptr(1.0), Max: ptr(0.0), Int: ptr(true)}, "2.5", true, nil, "gt,min,lt,max,int"},
		{"int false", EnvField{Type: "number", Int: ptr(false)}, "2", true, nil, "int"},
		{"boolean", EnvField{Type: "boolean"}, "true", true, true, ""},
		{"boolean type", EnvField{Type: "boolean"}, "yes", true, nil, "type"},
		{"enum", EnvField{Type: "enum", Values: []string{"a", "b"}}, "b", true, "b", ""},
		{"enum type", EnvField{Type: "enum", Values: []string{"a", "b"}}, "c", true, nil, "type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, errs := tc.f.Validate(tc.raw, tc.set)
			if got := strings.Join(errs, ","); got != tc.errs {
				t.Fatalf("errors %q, want %q", got, tc.errs)
			}
			if v != tc.value {
				t.Fatalf("value %#v, want %#v", v, tc.value)
			}
		})
	}
}

func TestEnvTypeString(t *testing.T) {
	for _, tc := range []struct {
		f    EnvField
		want string
	}{
		{EnvField{Type: "number"}, "number"},
		{EnvField{Type: "string", Optional: true}, "string | undefined"},
		{EnvField{Type: "string", Optional: true, Default: "x"}, "string"},
		{EnvField{Type: "enum", Values: []string{"a", "b"}}, "'a' | 'b'"},
	} {
		if got := tc.f.TypeString(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.f, got, tc.want)
		}
	}
}

// TestReadSession covers the config's session shapes.
func TestReadSession(t *testing.T) {
	for _, tc := range []struct {
		name   string
		raw    any
		driver string
		base   string
		cookie string
		issue  string

		cacheDir any
	}{
		{"default: the node adapter's file store", nil, "fs-lite", "/p/node_modules/.astro/sessions", "", "", nil},
		{"off", false, "", "", "", "", nil},
		{"cacheDir", nil, "fs-lite", "/p/.cache/sessions", "", "", ".cache"},
		{"sessionDrivers.redis", map[string]any{"driver": map[string]any{"entrypoint": "unstorage/drivers/redis", "config": map[string]any{"url": "redis://x"}}, "cookie": "sid"}, "redis", "", "sid", "", nil},
		{"string fs", map[string]any{"driver": "fs"}, "fs-lite", "/p/.astro/session", "", "", nil},
		{"fsLite relative base", map[string]any{"driver": map[string]any{"entrypoint": "unstorage/drivers/fs-lite", "config": map[string]any{"base": "data/s"}}}, "fs-lite", "/p/data/s", "", "", nil},
		{"file URL base", map[string]any{"driver": map[string]any{"entrypoint": "unstorage/drivers/fs-lite", "config": map[string]any{"base": "file:///srv/s"}}}, "fs-lite", "/srv/s", "", "", nil},
		{"unknown driver", map[string]any{"driver": map[string]any{"entrypoint": "unstorage/drivers/netlify-blobs"}}, "", "", "", "cannot run here", nil},
		{"bad ttl", map[string]any{"ttl": "1h"}, "", "", "", "session.ttl", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &Config{Root: "/p"}
			issues := c.readSession(tc.raw, tc.cacheDir)
			if tc.issue != "" {
				if len(issues) == 0 || !strings.Contains(issues[0].key+" "+issues[0].msg, tc.issue) {
					t.Fatalf("issues %v, want %q", issues, tc.issue)
				}
				return
			}
			if len(issues) > 0 {
				t.Fatalf("issues %v", issues)
			}
			if tc.driver == "" {
				if c.Session != nil {
					t.Fatalf("session %+v, want none", c.Session)
				}
				return
			}
			if c.Session.Driver != tc.driver {
				t.Errorf("driver %q", c.Session.Driver)
			}
			if b, _ := c.Session.Options["base"].(string); tc.base != "" && b != tc.base {
				t.Errorf("base %q, want %q", b, tc.base)
			}
			if n, _ := c.Session.Cookie["name"].(string); n != tc.cookie {
				t.Errorf("cookie %q", n)
			}
		})
	}
}
