package bundle

import (
	"errors"
	"path"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// devalueModule resolves comet:devalue to the vendored devalue
// (devalueFiles), for the project bundle (actions) and DevalueScript.
func devalueModule(b api.PluginBuild) {
	b.OnResolve(api.OnResolveOptions{Filter: `^comet:devalue$`},
		func(args api.OnResolveArgs) (api.OnResolveResult, error) {
			return api.OnResolveResult{Path: "index.js", Namespace: "comet-devalue"}, nil
		})
	b.OnResolve(api.OnResolveOptions{Filter: `^\./`, Namespace: "comet-devalue"},
		func(args api.OnResolveArgs) (api.OnResolveResult, error) {
			return api.OnResolveResult{Path: path.Clean(args.Path), Namespace: "comet-devalue"}, nil
		})
	b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-devalue"},
		func(args api.OnLoadArgs) (api.OnLoadResult, error) {
			src := "export { stringify } from './stringify.js';\nexport { parse, unflatten } from './parse.js';\n"
			if args.Path != "index.js" {
				data, err := devalueFiles.ReadFile("virtual/devalue/" + args.Path)
				if err != nil {
					return api.OnLoadResult{}, err
				}
				src = string(data)
			}
			return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
		})
}

// DevalueScript is the vendored devalue as one plain script that sets
// globalThis.__cometDevalue = { stringify, unflatten, parse }. Sessions
// (internal/session) load it into every runtime before the project's
// bundle: they serialise outside any project module, with the same copy
// of the library actions use. Built once per process.
var DevalueScript = sync.OnceValues(func() (string, error) {
	res := api.Build(api.BuildOptions{
		Stdin: &api.StdinOptions{
			Contents:   "export { stringify, unflatten, parse } from 'comet:devalue';",
			Sourcefile: "comet-devalue-entry.js",
		},
		Bundle:     true,
		Format:     api.FormatIIFE,
		GlobalName: "__cometDevalue",
		Target:     api.ES2020,
		Write:      false,
		LogLevel:   api.LogLevelSilent,
		Plugins:    []api.Plugin{{Name: "comet-devalue", Setup: devalueModule}},
	})
	if len(res.Errors) > 0 {
		msgs := make([]string, len(res.Errors))
		for i, m := range res.Errors {
			msgs[i] = m.Text
		}
		return "", errors.New("bundle: devalue: " + strings.Join(msgs, "; "))
	}
	return string(res.OutputFiles[0].Contents), nil
})
