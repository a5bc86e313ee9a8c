package routing

import (
	"slices"
	"testing"
)

func TestInjected(t *testing.T) {
	for _, tc := range []struct {
		route, want, path string
		params            Params
	}{
		{"/_actions/[...path]", "/_actions/[...path]", "/_actions/user.admin", Params{"path": "user.admin"}},
		{"/_actions/[...path]", "/_actions/[...path]", "/_actions/a/b", Params{"path": "a/b"}},
		{"/_x/[id].json", "/_x/[id].json", "/_x/7.json", Params{"id": "7"}},
	} {
		r, err := Injected(tc.route, Endpoint)
		if err != nil {
			t.Fatal(err)
		}
		if r.Route != tc.want || r.File != "" || r.Kind != Endpoint {
			t.Errorf("%s: route %q file %q kind %v", tc.route, r.Route, r.File, r.Kind)
		}
		got, ok := r.Match(tc.path, Options{})
		if !ok || len(got) != len(tc.params) || !slices.Equal(keys(got), keys(tc.params)) || got[keys(got)[0]] != tc.params[keys(tc.params)[0]] {
			t.Errorf("%s: Match(%s) = %v %v, want %v", tc.route, tc.path, got, ok, tc.params)
		}
		if _, ok := r.Match("/actions/x", Options{}); ok {
			t.Errorf("%s matches /actions/x", tc.route)
		}
	}
	if _, err := Injected("/[a][c]/x", Endpoint); err == nil {
		t.Error("Injected accepted adjacent params")
	}
}

func keys(p Params) []string {
	var out []string
	for k := range p {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
