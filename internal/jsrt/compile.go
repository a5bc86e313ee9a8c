package jsrt

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"
)

// compileSafely is goja.Compile with a panic in goja's parser turned into
// the SyntaxError it stands for. goja panics on a few inputs V8 accepts:
// a template literal whose raw text has \u{10FFFF} (the escape's last code
// point trips its scanner), which esbuild keeps as written in a tagged
// template. A Go panic must never reach a user as a trace.
func compileSafely(name, src string, strict bool) (prog *goja.Program, err error) {
	defer func() {
		if p := recover(); p != nil {
			prog, err = nil, parserPanic(name, src, p)
		}
	}()
	return goja.Compile(name, src, strict)
}

// parserPanic is the SyntaxError for a panic of goja's parser, placed at
// the literal it names ("... while parsing '<literal>'") when the source
// has it, else at the start.
func parserPanic(name, src string, p any) error {
	msg := fmt.Sprint(p)
	offset := 0
	if i := strings.Index(msg, "'"); i >= 0 && strings.HasSuffix(msg, "'") && len(msg) > i+1 {
		if j := strings.Index(src, msg[i+1:len(msg)-1]); j >= 0 {
			offset = j
		}
	}
	return &goja.CompilerSyntaxError{CompilerError: goja.CompilerError{
		Message: "goja cannot parse this literal (" + msg + ")",
		File:    file.NewFile(name, src, 1),
		Offset:  offset,
	}}
}
