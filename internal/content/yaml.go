package content

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// parseYAML reads YAML as js-yaml's load() does in Astro (frontmatter, .yaml
// data files, the file loader): YAML 1.2 core types, plus js-yaml's
// timestamps, which become Date objects, and merge keys. An empty document
// is null (undefined in js-yaml; every caller treats both alike).
func parseYAML(src []byte) (any, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	return yamlValue(doc.Content[0])
}

// js-yaml's timestamp forms (type/timestamp.js): a bare date is midnight
// UTC; a time without a zone is UTC.
var (
	yamlDateRe      = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})$`)
	yamlTimestampRe = regexp.MustCompile(`^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9]{2}))?))?$`)
)

func yamlTimestamp(s string) (time.Time, bool) {
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	if m := yamlDateRe.FindStringSubmatch(s); m != nil {
		return time.Date(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), 0, 0, 0, 0, time.UTC), true
	}
	m := yamlTimestampRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	ms := 0
	if m[7] != "" {
		f := (m[7] + "00")[:3]
		ms = atoi(f)
	}
	t := time.Date(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]), ms*1e6, time.UTC)
	if m[9] != "" {
		off := time.Duration(atoi(m[10]))*time.Hour + time.Duration(atoi(m[11]))*time.Minute
		if m[9] == "-" {
			off = -off
		}
		t = t.Add(-off)
	}
	return t, true
}

func yamlValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.AliasNode:
		return yamlValue(n.Alias)
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return yamlValue(n.Content[0])
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := yamlValue(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		return yamlMapping(n)
	}
	return yamlScalar(n)
}

func yamlScalar(n *yaml.Node) (any, error) {
	tag := n.ShortTag()
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 && (tag == "!!str" || tag == "!!timestamp") {
		if t, ok := yamlTimestamp(n.Value); ok {
			return t, nil
		}
	}
	switch tag {
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		err := n.Decode(&b)
		return b, err
	case "!!int", "!!float":
		// yaml.v3 also reads YAML 1.1 forms (1_000, 017 as octal) that
		// js-yaml 4 reads as a string and as decimal 17.
		if v, ok := jsYAMLNumber(n.Value); ok {
			return v, nil
		}
		return n.Value, nil
	case "!!binary":
		return n.Value, nil
	}
	return n.Value, nil
}

func yamlMapping(n *yaml.Node) (*object, error) {
	o := newObject()
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.ShortTag() == "!!merge" {
			if err := yamlMerge(o, v); err != nil {
				return nil, err
			}
			continue
		}
		kv, err := yamlValue(k)
		if err != nil {
			return nil, err
		}
		key := jsKey(kv)
		if seen[key] {
			return nil, fmt.Errorf("duplicated mapping key (%d:%d)", k.Line, k.Column)
		}
		seen[key] = true
		val, err := yamlValue(v)
		if err != nil {
			return nil, err
		}
		o.set(key, val)
	}
	return o, nil
}

// yamlMerge applies a `<<` merge key: keys the mapping does not have yet
// are copied from the merged mapping(s), as js-yaml's mergeMappings does.
func yamlMerge(o *object, v *yaml.Node) error {
	for v.Kind == yaml.AliasNode {
		v = v.Alias
	}
	sources := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		sources = v.Content
	}
	for _, s := range sources {
		val, err := yamlValue(s)
		if err != nil {
			return err
		}
		m, ok := val.(*object)
		if !ok {
			return fmt.Errorf("cannot merge mappings; the provided source object is unacceptable (%d:%d)", s.Line, s.Column)
		}
		for _, k := range m.keys {
			if !o.has(k) {
				o.set(k, m.vals[k])
			}
		}
	}
	return nil
}

// jsKey is the property name JS gives a YAML key (String(key)).
func jsKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return jsNumber(x)
	case time.Time:
		return x.UTC().Format("Mon Jan 02 2006 15:04:05 GMT+0000 (Coordinated Universal Time)")
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = jsKey(e)
		}
		return strings.Join(parts, ",")
	}
	return "[object Object]"
}

func jsNumber(f float64) string {
	if f == float64(int64(f)) && f < 1e21 && f > -1e21 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

var (
	yamlIntRe   = regexp.MustCompile(`^[-+]?(?:0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$`)
	yamlFloatRe = regexp.MustCompile(`^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`)
)

// jsYAMLNumber is js-yaml 4's int and float types (type/int.js,
// type/float.js): the number a plain scalar is, if it is one.
func jsYAMLNumber(s string) (any, bool) {
	if yamlIntRe.MatchString(s) {
		sign, body := 1.0, s
		if body[0] == '-' || body[0] == '+' {
			if body[0] == '-' {
				sign = -1
			}
			body = body[1:]
		}
		base := 10
		switch {
		case strings.HasPrefix(body, "0b"):
			base, body = 2, body[2:]
		case strings.HasPrefix(body, "0x"):
			base, body = 16, body[2:]
		case strings.HasPrefix(body, "0o"):
			base, body = 8, body[2:]
		}
		if u, err := strconv.ParseUint(body, base, 64); err == nil && u <= 1<<53 {
			if sign < 0 {
				return -int64(u), true
			}
			return int64(u), true
		}
		f, err := strconv.ParseFloat(body, 64)
		if base != 10 || err != nil {
			return nil, false
		}
		return sign * f, true
	}
	if !yamlFloatRe.MatchString(s) {
		return nil, false
	}
	low := strings.ToLower(strings.TrimLeft(s, "+-"))
	neg := strings.HasPrefix(s, "-")
	switch low {
	case ".inf":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case ".nan":
		return math.NaN(), true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return nil, false
	}
	return f, true
}
