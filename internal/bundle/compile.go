package bundle

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// compile is goja.Compile with a panic in goja's parser turned into the
// SyntaxError it stands for, placed in the bundle, so that the module it
// comes from is isolated as any other that goja cannot compile. goja
// panics on a few inputs V8 accepts: a template literal whose raw text has
// \u{10FFFF}, which esbuild keeps as written in a tagged template
// (String.raw`\u{10FFFF}`). A Go panic must not end a build.
func compile(code string) (prog *goja.Program, err error) {
	defer func() {
		if p := recover(); p != nil {
			prog, err = nil, parserPanic(code, p)
		}
	}()
	return goja.Compile(ProgramName, code, false)
}

// parseBundle is parser.ParseFile without source maps, with a panic of the
// parser turned into a SyntaxError as compile does.
func parseBundle(code string) (prg *ast.Program, err error) {
	defer func() {
		if p := recover(); p != nil {
			prg, err = nil, parserPanic(code, p)
		}
	}()
	return parser.ParseFile(nil, ProgramName, code, 0, parser.WithDisableSourceMaps)
}

// parserPanic is the SyntaxError for a panic of goja's parser, at the
// literal its message names ("... while parsing '<literal>'") when the
// bundle has it, else at the start.
func parserPanic(code string, p any) error {
	msg := fmt.Sprint(p)
	offset := 0
	if i := strings.Index(msg, "'"); i >= 0 && strings.HasSuffix(msg, "'") && len(msg) > i+1 {
		if j := strings.Index(code, msg[i+1:len(msg)-1]); j >= 0 {
			offset = j
		}
	}
	return &goja.CompilerSyntaxError{CompilerError: goja.CompilerError{
		Message: "goja cannot parse this literal (" + msg + ")",
		File:    file.NewFile(ProgramName, code, 1),
		Offset:  offset,
	}}
}
