// Package diag carries Comet's user-facing messages: build logs in the shape
// Astro users know ("15:46:40 [build] ..."), and Diagnostics — errors that
// point into the user's files with file:line:col, the code line and a hint.
//
// Everything that a user reads goes through a *Logger, which is passed in
// (never global), so tests can capture it, as esbuild's logger is.
package diag

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Diagnostic is an error about the user's project. Name is Astro's error
// name where one exists (GetStaticPathsRequired, ...), so users can search
// for it; File is relative to the project root when known.
type Diagnostic struct {
	Name     string // Astro's error name, or "" for a plain error
	Message  string
	File     string
	Line     int // 1-based; 0 when unknown
	Col      int // 1-based; 0 when unknown
	LineText string
	Hint     string
	// Frame is a pre-rendered code frame (esbuild's); it replaces LineText.
	Frame string
	// Stack is a source-mapped JS stack, shown under the message.
	Stack string
}

// Error renders the diagnostic on one or more lines, without colour.
func (d *Diagnostic) Error() string {
	if d.Frame != "" {
		return strings.TrimRight(d.Frame, "\n") // esbuild's frame has it all
	}
	var b strings.Builder
	if d.Name != "" {
		b.WriteString(d.Name)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	if d.File != "" {
		b.WriteString("\n  Location: ")
		b.WriteString(d.File)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
			if d.Col > 0 {
				fmt.Fprintf(&b, ":%d", d.Col)
			}
		}
	}
	if d.LineText != "" {
		fmt.Fprintf(&b, "\n  %4d │ %s", d.Line, d.LineText)
		if d.Col > 0 {
			fmt.Fprintf(&b, "\n       ╵ %s^", strings.Repeat(" ", d.Col-1))
		}
	}
	if d.Hint != "" {
		b.WriteString("\n  Hint: ")
		b.WriteString(d.Hint)
	}
	if d.Stack != "" {
		b.WriteString("\n  Stack trace:\n")
		for _, l := range strings.Split(strings.TrimRight(d.Stack, "\n"), "\n") {
			b.WriteString("    ")
			b.WriteString(strings.TrimSpace(l))
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// Errorf returns a Diagnostic with a name, about file.
func Errorf(name, file, format string, args ...any) *Diagnostic {
	return &Diagnostic{Name: name, File: file, Message: fmt.Sprintf(format, args...)}
}

// List is several errors reported together (all syntax errors of a build).
type List []error

func (l List) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n\n")
}

// Unwrap lets errors.As find the Diagnostics inside.
func (l List) Unwrap() []error { return l }

// AsDiagnostic finds the first Diagnostic in err's chain.
func AsDiagnostic(err error) (*Diagnostic, bool) {
	var d *Diagnostic
	ok := errors.As(err, &d)
	return d, ok
}

// AddLineText fills in the code line of a diagnostic that has a file and
// line but no text, reading the file under root.
func AddLineText(err error, root string) {
	d, ok := AsDiagnostic(err)
	if !ok || d.File == "" || d.Line <= 0 || d.LineText != "" || d.Frame != "" {
		return
	}
	data, rerr := os.ReadFile(filepath.Join(root, filepath.FromSlash(d.File)))
	if rerr != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	if d.Line <= len(lines) {
		d.LineText = strings.TrimRight(lines[d.Line-1], "\r")
	}
}
