package config

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/comet-dev/comet/internal/diag"
)

// EnvField is one variable of `env.schema` (astro:env), as envField.*()
// describes it: its type, where it may be read (context) and whether it
// is a secret (access), and the checks Astro's validators make. It
// travels in a server build's manifest (secrets are checked when the
// server starts), so its fields have JSON names.
type EnvField struct {
	Key      string   `json:"key"`
	Type     string   `json:"type"`    // string, number, boolean, enum
	Context  string   `json:"context"` // client, server
	Access   string   `json:"access"`  // public, secret
	Optional bool     `json:"optional,omitempty"`
	Default  any      `json:"default,omitempty"`
	Values   []string `json:"values,omitempty"` // enum
	// String checks.
	Max        *float64 `json:"max,omitempty"`
	Min        *float64 `json:"min,omitempty"`
	Length     *float64 `json:"length,omitempty"`
	URL        *bool    `json:"url,omitempty"`
	Includes   *string  `json:"includes,omitempty"`
	StartsWith *string  `json:"startsWith,omitempty"`
	EndsWith   *string  `json:"endsWith,omitempty"`
	// Number checks (Min and Max too).
	Gt  *float64 `json:"gt,omitempty"`
	Lt  *float64 `json:"lt,omitempty"`
	Int *bool    `json:"int,omitempty"`
}

// Secret reports whether the field is a server secret: read when the
// server runs, never baked into the build.
func (f EnvField) Secret() bool { return f.Access == "secret" }

// TypeString is how Astro names the field's type in its errors
// (getEnvFieldType): "number", "'a' | 'b'", "string | undefined".
func (f EnvField) TypeString() string {
	t := f.Type
	if f.Type == "enum" {
		q := make([]string, len(f.Values))
		for i, v := range f.Values {
			q[i] = "'" + v + "'"
		}
		t = strings.Join(q, " | ")
	}
	if f.Optional && f.Default == nil {
		t += " | undefined"
	}
	return t
}

var envKeyPattern = regexp.MustCompile(`^[A-Z0-9_]+$`)

// readEnvSchema reads `env.schema` as Astro's zod schema does.
func (c *Config) readEnvSchema(v any) []issue {
	env, ok := v.(map[string]any)
	if !ok || env["schema"] == nil {
		return nil
	}
	c.EnvValidateSecrets, _ = env["validateSecrets"].(bool)
	schema, ok := env["schema"].(map[string]any)
	if !ok {
		return []issue{{"env.schema", "Expected type \"object\", received \"" + jsType(env["schema"]) + "\""}}
	}
	var order []string
	if list, ok := env["$schemaOrder"].([]any); ok {
		for _, k := range list {
			if s, ok := k.(string); ok {
				order = append(order, s)
			}
		}
	}
	if len(order) != len(schema) {
		order = order[:0]
		for k := range schema {
			order = append(order, k)
		}
		slices.Sort(order)
	}
	var issues []issue
	for _, key := range order {
		path := "env.schema." + key
		if key != "" && key[0] >= '0' && key[0] <= '9' {
			issues = append(issues, issue{path, "A valid variable name cannot start with a number."})
			continue
		}
		if !envKeyPattern.MatchString(key) {
			issues = append(issues, issue{path, "A valid variable name can only contain uppercase letters, numbers and underscores."})
			continue
		}
		m, ok := schema[key].(map[string]any)
		if !ok {
			issues = append(issues, issue{path, "Expected type \"object\", received \"" + jsType(schema[key]) + "\""})
			continue
		}
		f, bad := readEnvField(key, m)
		if bad != "" {
			issues = append(issues, issue{path, bad})
			continue
		}
		c.EnvSchema = append(c.EnvSchema, f)
	}
	return issues
}

func readEnvField(key string, m map[string]any) (EnvField, string) {
	f := EnvField{Key: key}
	f.Type, _ = m["type"].(string)
	f.Context, _ = m["context"].(string)
	f.Access, _ = m["access"].(string)
	if !slices.Contains([]string{"string", "number", "boolean", "enum"}, f.Type) {
		return f, "Invalid input: expected type \"string\", \"number\", \"boolean\" or \"enum\""
	}
	if f.Context != "client" && f.Context != "server" {
		return f, "Invalid input: expected context \"client\" or \"server\""
	}
	if f.Access != "public" && f.Access != "secret" {
		return f, "Invalid input: expected access \"public\" or \"secret\""
	}
	if f.Context == "client" && f.Access == "secret" {
		return f, "**Invalid combination** of \"access\" and \"context\" options:\n  Secret client variables are not supported. Please review the configuration.\n  Learn more at https://docs.astro.build/en/guides/environment-variables/#variable-types"
	}
	f.Optional, _ = m["optional"].(bool)
	num := func(name string) *float64 {
		switch n := m[name].(type) {
		case float64:
			return &n
		case int64:
			x := float64(n)
			return &x
		}
		return nil
	}
	str := func(name string) *string {
		if s, ok := m[name].(string); ok {
			return &s
		}
		return nil
	}
	flag := func(name string) *bool {
		if b, ok := m[name].(bool); ok {
			return &b
		}
		return nil
	}
	f.Max, f.Min, f.Length, f.Gt, f.Lt = num("max"), num("min"), num("length"), num("gt"), num("lt")
	f.URL, f.Int = flag("url"), flag("int")
	f.Includes, f.StartsWith, f.EndsWith = str("includes"), str("startsWith"), str("endsWith")
	if list, ok := m["values"].([]any); ok {
		for _, v := range list {
			s, _ := v.(string)
			if strings.Contains(s, "'") {
				return f, "The \"'\" character can't be used as an enum value"
			}
			f.Values = append(f.Values, s)
		}
	}
	if d, ok := m["default"]; ok && d != nil {
		want := map[string]string{"string": "string", "enum": "string", "number": "number", "boolean": "boolean"}[f.Type]
		if jsType(d) != want {
			return f, fmt.Sprintf("Invalid input: expected %s, received %s", want, jsType(d))
		}
		if f.Type == "enum" && !slices.Contains(f.Values, d.(string)) {
			return f, fmt.Sprintf("The default value %q must be one of the specified values: %s.", d, strings.Join(f.Values, ", "))
		}
		if n, ok := d.(int64); ok {
			d = float64(n)
		}
		f.Default = d
	}
	return f, ""
}

// Validate checks one raw value (ok=false: unset; "" counts as unset, as
// in Astro) against the field: the parsed value, or Astro's error
// words: ["missing"], ["type"] or the names of the failed constraints.
func (f EnvField) Validate(raw string, ok bool) (any, []string) {
	if raw == "" {
		ok = false
	}
	if !ok {
		if f.Optional || f.Default != nil {
			return f.Default, nil
		}
		return nil, []string{"missing"}
	}
	var errs []string
	switch f.Type {
	case "string":
		n := float64(utf16Len(raw)) // a JS string's length
		if f.Max != nil && !(n <= *f.Max) {
			errs = append(errs, "max")
		}
		if f.Min != nil && !(n >= *f.Min) {
			errs = append(errs, "min")
		}
		if f.Length != nil && n != *f.Length {
			errs = append(errs, "length")
		}
		if f.URL != nil && !canParseURL(raw) {
			errs = append(errs, "url")
		}
		if f.Includes != nil && !strings.Contains(raw, *f.Includes) {
			errs = append(errs, "includes")
		}
		if f.StartsWith != nil && !strings.HasPrefix(raw, *f.StartsWith) {
			errs = append(errs, "startsWith")
		}
		if f.EndsWith != nil && !strings.HasSuffix(raw, *f.EndsWith) {
			errs = append(errs, "endsWith")
		}
		if errs != nil {
			return nil, errs
		}
		return raw, nil
	case "number":
		x, okNum := parseFloatPrefix(raw)
		if !okNum {
			return nil, []string{"type"}
		}
		if f.Gt != nil && !(x > *f.Gt) {
			errs = append(errs, "gt")
		}
		if f.Min != nil && !(x >= *f.Min) {
			errs = append(errs, "min")
		}
		if f.Lt != nil && !(x < *f.Lt) {
			errs = append(errs, "lt")
		}
		if f.Max != nil && !(x <= *f.Max) {
			errs = append(errs, "max")
		}
		if f.Int != nil {
			isInt := !math.IsInf(x, 0) && x == math.Trunc(x)
			if isInt != *f.Int {
				errs = append(errs, "int")
			}
		}
		if errs != nil {
			return nil, errs
		}
		return x, nil
	case "boolean":
		switch raw {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, []string{"type"}
	default: // enum
		if slices.Contains(f.Values, raw) {
			return raw, nil
		}
		return nil, []string{"type"}
	}
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// canParseURL is URL.canParse for the common cases: a scheme and a
// parsable rest.
func canParseURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && u.Scheme != "" && (u.Opaque != "" || u.Host != "" || u.Path != "" || strings.Contains(s, ":"))
}

// floatPrefix is the longest prefix Number.parseFloat reads.
var floatPrefix = regexp.MustCompile(`^[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)`)

// parseFloatPrefix is JavaScript's Number.parseFloat: leading blanks are
// skipped and the longest numeric prefix is read.
func parseFloatPrefix(s string) (float64, bool) {
	m := floatPrefix.FindString(strings.TrimLeft(s, " \t\n\r\v\f"))
	if m == "" {
		return 0, false
	}
	switch strings.TrimLeft(m, "+-") {
	case "Infinity":
		if strings.HasPrefix(m, "-") {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	}
	x, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return 0, false
	}
	return x, true
}

// ValidateEnv checks the schema's variables against the environment
// (lookup: the .env files and the process environment), as Astro does at
// build (public variables; secrets too when withSecrets) and when the
// server starts. It returns the parsed values by key, or Astro's
// EnvInvalidVariables error listing every problem.
func ValidateEnv(schema []EnvField, lookup func(string) (string, bool), withSecrets bool) (map[string]any, error) {
	values := map[string]any{}
	var problems []string
	for _, f := range schema {
		if f.Secret() && !withSecrets {
			continue
		}
		raw, ok := lookup(f.Key)
		v, errs := f.Validate(raw, ok)
		switch {
		case errs == nil:
			values[f.Key] = v
		case errs[0] == "missing":
			problems = append(problems, f.Key+" is missing")
		case errs[0] == "type":
			problems = append(problems, f.Key+"'s type is invalid, expected: "+f.TypeString())
		default:
			problems = append(problems, "The following constraints for "+f.Key+" are not met: "+strings.Join(errs, ", "))
		}
	}
	if problems != nil {
		return nil, EnvError(problems)
	}
	return values, nil
}

// EnvError is Astro's EnvInvalidVariables error for the given problems.
func EnvError(problems []string) error {
	var b strings.Builder
	b.WriteString("The following environment variables defined in `env.schema` are invalid:\n\n")
	for i, p := range problems {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("- " + p)
	}
	b.WriteString("\n")
	return &diag.Diagnostic{Name: "EnvInvalidVariables", Message: b.String()}
}
