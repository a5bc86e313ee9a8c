package jsrt_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// TestCompileParserPanic: source goja's parser panics on (a tagged
// template's raw \u{10FFFF}, which esbuild keeps as written) is a
// SyntaxError at the literal, not a Go panic.
func TestCompileParserPanic(t *testing.T) {
	src := "var a = 1;\nvar q = String.raw`\\u{10FFFF}`;\n"
	var prog *jsrt.Program
	var err error
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("Compile panicked: %v", p)
			}
		}()
		prog, err = jsrt.Compile("route.js", src)
	}()
	var se *goja.CompilerSyntaxError
	if prog != nil || !errors.As(err, &se) {
		t.Fatalf("Compile = %v, %v; want a SyntaxError", prog, err)
	}
	if got := err.Error(); !strings.Contains(got, "route.js:2:20") || !strings.Contains(got, `\u{10FFFF}`) {
		t.Errorf("error %q: want the literal and its position route.js:2:20", got)
	}
	// A string literal with the escape fails the same way (esbuild writes
	// it as the character itself); the other spellings compile.
	if _, err := jsrt.Compile("s.js", `"\u{10FFFF}"`); !errors.As(err, &se) {
		t.Errorf("string literal: %v, want a SyntaxError", err)
	}
	for _, ok := range []string{"\"\U0010FFFF\".length", "`\\u{10FFFE}`", `/\u{10FFFF}/u`, "String.raw`\\uDBFF\\uDFFF`"} {
		if _, err := jsrt.Compile("ok.js", ok); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
}
