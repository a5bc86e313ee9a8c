package endpoint

import (
	"fmt"

	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// moduleDiagnostic reads the error a broken module throws (package
// bundle's broken.js: a module that could not be bundled or compiled) into
// a Diagnostic at the module's own file:line:col, or returns nil for any
// other error. route is the route whose loading reached the module.
func moduleDiagnostic(je *jsrt.Error, route string) *diag.Diagnostic {
	obj, ok := je.Value.(*goja.Object)
	if !ok {
		return nil
	}
	file := obj.Get("cometFile")
	if file == nil || goja.IsUndefined(file) {
		return nil
	}
	d := &diag.Diagnostic{Message: je.Message, File: file.String()}
	d.Line = int(obj.Get("cometLine").ToInteger())
	d.Col = int(obj.Get("cometColumn").ToInteger())
	if lt := obj.Get("cometLineText"); lt != nil && !goja.IsUndefined(lt) {
		d.LineText = lt.String()
	}
	if h := obj.Get("hint"); h != nil && !goja.IsUndefined(h) {
		d.Hint = h.String()
	}
	if d.File != route {
		d.Message = fmt.Sprintf("%s (in a module %s imports)", d.Message, route)
	}
	return d
}
