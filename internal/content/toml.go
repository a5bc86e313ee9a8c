package content

import (
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// parseTOML reads TOML as smol-toml does for Astro (`+++` frontmatter,
// .toml data files, the file loader): tables are objects in the order
// their keys appear, datetimes are Dates (local ones read as UTC).
func parseTOML(src []byte) (any, error) {
	var m map[string]any
	md, err := toml.Decode(string(src), &m)
	if err != nil {
		return nil, err
	}
	order := map[string]int{}
	for i, k := range md.Keys() {
		p := strings.Join(k, "\x00")
		if _, ok := order[p]; !ok {
			order[p] = i
		}
	}
	return tomlValue(m, nil, order), nil
}

func tomlValue(v any, path []string, order map[string]int) any {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		pos := func(k string) int {
			if i, ok := order[strings.Join(append(append([]string{}, path...), k), "\x00")]; ok {
				return i
			}
			return len(order)
		}
		sort.SliceStable(keys, func(i, j int) bool {
			pi, pj := pos(keys[i]), pos(keys[j])
			if pi != pj {
				return pi < pj
			}
			return keys[i] < keys[j]
		})
		o := newObject()
		for _, k := range keys {
			o.set(k, tomlValue(x[k], append(append([]string{}, path...), k), order))
		}
		return o
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = tomlValue(e, path, order)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = tomlValue(e, path, order)
		}
		return out
	case time.Time:
		if loc := x.Location().String(); strings.HasPrefix(loc, "toml local") {
			return time.Date(x.Year(), x.Month(), x.Day(), x.Hour(), x.Minute(), x.Second(), x.Nanosecond(), time.UTC)
		}
		return x
	case int64, float64, string, bool:
		return x
	}
	return v
}
