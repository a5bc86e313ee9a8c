package bundle

// Why broken modules are replaced instead of failing the build: one module
// that esbuild cannot bundle (a syntax error, an import that does not
// resolve, a package that does not bundle) or goja cannot compile (a regex
// goja rejects) would otherwise take every route down, in `comet dev` and in
// a server. Instead the module is replaced by broken.js, which throws the
// module's error when evaluated: the routes that import it (directly or
// not) fail with that error at their first request, every other route runs.
// `comet build` still fails, as Astro's does, naming each route that
// imports a broken module and the import chain to it (Error).
//
// esbuild reports errors by file; each file named is replaced and the build
// run again. goja stops at its first error, with a position in the bundle;
// the bundle's source map turns it into the module's own file:line:col.

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/comet-dev/comet/internal/diag"
	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
	"github.com/go-sourcemap/sourcemap"
)

//go:embed broken.js
var brokenSource string

// ProgramName is the name the bundle is compiled under: relative, so that
// source-mapped stacks show src/... paths.
const ProgramName = "bundle.js"

// maxRounds bounds the rebuilds that replace broken modules.
const maxRounds = 64

// Broken is a module that could not be bundled or compiled.
type Broken struct {
	// File is the module, a slash path relative to the root.
	File string
	// Err is what esbuild or goja said about it (a diag.List).
	Err diag.List
	// Chains maps each route file (or the middleware) that imports File,
	// directly or not, to the import chain from it to File, both ends
	// included.
	Chains map[string][]string
}

type metafile struct {
	Inputs map[string]struct {
		Imports []struct {
			Path string `json:"path"`
		} `json:"imports"`
	} `json:"inputs"`
}

// assemble turns esbuild's result into a compiled Bundle, replacing broken
// modules and building again until what is left bundles and compiles.
func assemble(in Input, res api.BuildResult) (*Bundle, error) {
	broken := map[string]*Broken{}
	for round := 0; ; round++ {
		if len(res.Errors) > 0 {
			if round == maxRounds || !isolate(in, res.Errors, broken) {
				return nil, messagesError(res.Errors, in.Color)
			}
			res = api.Build(withStubs(options(in), in, broken))
			continue
		}
		b, meta, err := result(res)
		if err != nil {
			return nil, err
		}
		prog, err := compile(b.Code)
		if err != nil {
			bk := compileError(b.Code, err)
			if bk == nil || broken[bk.File] != nil || !isFile(in, bk.File) || round == maxRounds {
				if bk != nil {
					return nil, bk.Err
				}
				return nil, fmt.Errorf("bundle: goja cannot compile the bundle: %w", err)
			}
			diag.AddLineText(bk.Err[0], in.Root)
			broken[bk.File] = bk
			res = api.Build(withStubs(options(in), in, broken))
			continue
		}
		b.Program = prog
		b.Broken = sortBroken(broken, meta, in)
		return b, nil
	}
}

// isolate records the file of each error as broken. It reports false if an
// error has no file of the project to replace (the entry, a virtual module).
func isolate(in Input, msgs []api.Message, broken map[string]*Broken) bool {
	fresh := map[string]*Broken{}
	for i, m := range msgs {
		if m.Location == nil {
			return false
		}
		file := filepath.ToSlash(m.Location.File)
		if broken[file] != nil || !isFile(in, file) {
			return false
		}
		bk := fresh[file]
		if bk == nil {
			bk = &Broken{File: file}
			fresh[file] = bk
		}
		bk.Err = append(bk.Err, messagesError(msgs[i:i+1], in.Color).(diag.List)...)
	}
	for f, bk := range fresh {
		broken[f] = bk
	}
	return len(fresh) > 0
}

// isFile reports whether file (from an esbuild message) is a file of the
// project on disk, and not a virtual module ("comet:entry", "ns:path").
func isFile(in Input, file string) bool {
	if file == "" || strings.Contains(file, ":") {
		return false
	}
	st, err := os.Stat(filepath.Join(in.Root, filepath.FromSlash(file)))
	return err == nil && st.Mode().IsRegular()
}

// withStubs adds the plugin that loads broken.js in place of each broken
// module.
func withStubs(o api.BuildOptions, in Input, broken map[string]*Broken) api.BuildOptions {
	byPath := map[string]string{}
	var alts []string
	for file, bk := range broken {
		abs := filepath.Join(in.Root, filepath.FromSlash(file))
		byPath[abs] = stubSource(bk)
		alts = append(alts, regexp.QuoteMeta(abs))
	}
	sort.Strings(alts)
	plugin := api.Plugin{
		Name: "comet-broken",
		Setup: func(b api.PluginBuild) {
			b.OnLoad(api.OnLoadOptions{Filter: `^(?:` + strings.Join(alts, "|") + `)$`, Namespace: "file"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src, ok := byPath[args.Path]
					if !ok {
						return api.OnLoadResult{}, nil
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS, ResolveDir: filepath.Dir(args.Path)}, nil
				})
		},
	}
	o.Plugins = append([]api.Plugin{plugin}, o.Plugins...)
	return o
}

// stubSource is broken.js for bk: the error's message, and where it is for
// endpoint.Diagnose (cometFile, cometLine, ...).
func stubSource(bk *Broken) string {
	d := &diag.Diagnostic{Message: bk.Err.Error(), File: bk.File}
	if first, ok := diag.AsDiagnostic(bk.Err[0]); ok {
		d = first
	}
	msg := d.Message
	if len(bk.Err) > 1 {
		msg += fmt.Sprintf(" (and %d more error(s) in this file)", len(bk.Err)-1)
	}
	m, _ := json.Marshal(msg)
	details, _ := json.Marshal(map[string]any{
		"cometFile": bk.File, "cometLine": d.Line, "cometColumn": d.Col, "cometLineText": d.LineText, "hint": d.Hint,
	})
	src := strings.Replace(brokenSource, "__MESSAGE__", string(m), 1)
	return strings.Replace(src, "__DETAILS__", string(details), 1)
}

// compileError finds the module of goja's first compile error through the
// bundle's source map; nil if it cannot be placed.
func compileError(code string, cerr error) *Broken {
	line, col, msg := 0, 0, cerr.Error()
	// Again without source maps, for the position in the bundle itself.
	prg, err := parseBundle(code)
	var list parser.ErrorList
	var one *parser.Error
	var se *goja.CompilerSyntaxError
	switch {
	case errors.As(err, &list) && len(list) > 0:
		line, col, msg = list[0].Position.Line, list[0].Position.Column, list[0].Message
	case errors.As(err, &one):
		line, col, msg = one.Position.Line, one.Position.Column, one.Message
	case errors.As(err, &se) && se.File != nil: // the parser panicked
		p := se.File.Position(se.Offset)
		line, col, msg = p.Line, p.Column, se.Message
	case err == nil:
		_, err = goja.CompileAST(prg, false)
		if errors.As(err, &se) && se.File != nil {
			p := se.File.Position(se.Offset)
			line, col, msg = p.Line, p.Column, se.Message
		}
	}
	if line == 0 {
		return nil
	}
	sm, err := inlineSourceMap(code)
	if err != nil {
		return nil
	}
	file, _, srcLine, srcCol, ok := sm.Source(line, col-1)
	if !ok || file == "" {
		return nil
	}
	file = filepath.ToSlash(filepath.Clean(file))
	d := &diag.Diagnostic{
		Message: "goja cannot compile this module: " + msg, File: file, Line: srcLine, Col: srcCol + 1,
		Hint: "Comet runs JavaScript in goja, which lacks some syntax Node has (docs/compatibility.md).",
	}
	return &Broken{File: file, Err: diag.List{d}}
}

// inlineSourceMap reads the source map esbuild appended to code.
func inlineSourceMap(code string) (*sourcemap.Consumer, error) {
	const prefix = "//# sourceMappingURL=data:application/json;base64,"
	i := strings.LastIndex(code, prefix)
	if i < 0 {
		return nil, errors.New("bundle: no source map")
	}
	data, err := decodeBase64(strings.TrimSpace(code[i+len(prefix):]))
	if err != nil {
		return nil, err
	}
	return sourcemap.Parse(ProgramName, data)
}

// sortBroken lists the broken modules with the import chains that reach
// them from each route and the middleware.
func sortBroken(broken map[string]*Broken, meta *metafile, in Input) []*Broken {
	if len(broken) == 0 {
		return nil
	}
	starts := append([]string(nil), in.Files...)
	if in.Middleware != "" {
		starts = append(starts, in.Middleware)
	}
	var out []*Broken
	for _, bk := range broken {
		bk.Chains = map[string][]string{}
		out = append(out, bk)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	if meta == nil {
		return out
	}
	for _, start := range starts {
		// Breadth first: the shortest chain to each module.
		prev := map[string]string{start: ""}
		queue := []string{start}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			if broken[cur] != nil {
				continue // a broken module imports nothing
			}
			for _, imp := range meta.Inputs[cur].Imports {
				if _, seen := prev[imp.Path]; !seen {
					prev[imp.Path] = cur
					queue = append(queue, imp.Path)
				}
			}
		}
		for file, bk := range broken {
			if _, ok := prev[file]; !ok {
				continue
			}
			var chain []string
			for f := file; f != ""; f = prev[f] {
				chain = append([]string{f}, chain...)
			}
			bk.Chains[start] = chain
		}
	}
	return out
}

// Error is the build's error for broken modules: each module's errors,
// then the routes that import it and through which files.
func Error(broken []*Broken) error {
	var list diag.List
	for _, bk := range broken {
		var lines []string
		routes := make([]string, 0, len(bk.Chains))
		for r := range bk.Chains {
			routes = append(routes, r)
		}
		sort.Strings(routes)
		for _, r := range routes {
			if len(bk.Chains[r]) > 1 { // a route file's own error names it already
				lines = append(lines, fmt.Sprintf("route %s imports it: %s", r, strings.Join(bk.Chains[r], " → ")))
			}
		}
		for i, e := range bk.Err {
			if i > 0 || len(lines) == 0 {
				list = append(list, e)
				continue
			}
			list = append(list, withChains(e, lines))
		}
	}
	return list
}

// withChains adds the import chains to a module's first error.
func withChains(err error, lines []string) error {
	d, ok := diag.AsDiagnostic(err)
	if !ok {
		return fmt.Errorf("%w\n  %s", err, strings.Join(lines, "\n  "))
	}
	c := *d
	if c.Frame != "" {
		c.Frame = strings.TrimRight(c.Frame, "\n") + "\n\n  " + strings.Join(lines, "\n  ") + "\n\n"
		return &c
	}
	if c.Hint != "" {
		c.Hint += "\n  "
	}
	c.Hint += strings.Join(lines, "\n  ")
	return &c
}

// Chain is the import chain from route to the broken module file, or nil
// when file is not broken or route does not import it.
func (b *Bundle) Chain(route, file string) []string {
	for _, bk := range b.Broken {
		if bk.File == file {
			return bk.Chains[route]
		}
	}
	return nil
}
