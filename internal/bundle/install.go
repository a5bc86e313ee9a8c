package bundle

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// installNotes adds "run npm install" to esbuild's "Could not resolve" for
// a package name: nearly always the project's dependencies are not
// installed (a fresh clone), not a typo.
func installNotes(m api.Message) []api.Note {
	spec, ok := strings.CutPrefix(m.Text, `Could not resolve "`)
	if !ok {
		return nil
	}
	spec, _, _ = strings.Cut(spec, `"`)
	if spec == "" || strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/") || strings.Contains(spec, ":") {
		return nil
	}
	return []api.Note{{Text: "The package " + packageName(spec) + " is not installed: run `npm install` in the project (or add it with `npm install " + packageName(spec) + "`)."}}
}
