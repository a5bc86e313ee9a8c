package webapi

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// MaxJSONDepth is how deeply arrays and objects may nest in a text given to
// JSON.parse. goja's parser recurses on the Go stack once per level, so a
// few megabytes of `[` (well under the request body limit) would end the
// process with an uncatchable "goroutine stack exceeds" fatal error. V8
// parses any depth; real documents stay far below this, and deeper input
// gets a SyntaxError the handler can catch (request.json(), Response.json()
// and a fetched body's .json() all go through JSON.parse).
const MaxJSONDepth = 10000

//go:embed jsondepth.js
var jsonDepthSource string

var compileJSONDepth = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("comet:jsondepth.js", jsonDepthSource, true)
})

// guardJSONParse replaces the global JSON.parse with one that first checks
// the nesting depth in one linear pass, then calls goja's own.
func guardJSONParse(vm *goja.Runtime) error {
	prog, err := compileJSONDepth()
	if err != nil {
		return fmt.Errorf("webapi: compiling jsondepth.js: %w", err)
	}
	v, err := vm.RunProgram(prog)
	if err != nil {
		return err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return fmt.Errorf("webapi: jsondepth.js is not a function")
	}
	_, err = fn(goja.Undefined(), vm.ToValue(func(s string) bool { return jsonTooDeep(s, MaxJSONDepth) }), vm.ToValue(MaxJSONDepth))
	return err
}

// jsonTooDeep reports whether the arrays and objects of s nest deeper than
// max. Brackets inside strings do not count; the text need not be valid
// (the real parser judges that afterwards).
func jsonTooDeep(s string, max int) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			depth++
			if depth > max {
				return true
			}
		case ']', '}':
			depth--
		case '"':
			for i++; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		}
	}
	return false
}
