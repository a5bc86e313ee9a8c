package routing

import (
	"fmt"
	"strings"
)

// Injected parses a route Astro injects rather than finds in src/pages,
// such as actions' "/_actions/[...path]": its segments are read as a
// file's, but a name starting with "_" is kept (ParseFile skips those
// files). The route has no File.
func Injected(route string, kind Kind) (*Route, error) {
	var names []string
	for _, n := range strings.Split(strings.Trim(route, "/"), "/") {
		if n == "" {
			continue
		}
		names = append(names, n)
	}
	r, err := build("", kind, names)
	if err != nil {
		return nil, fmt.Errorf("routing: injected route %q: %w", route, err)
	}
	return r, nil
}
