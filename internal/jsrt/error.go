package jsrt

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// Error is an exception thrown (or a rejection) in JavaScript, with the
// source-mapped stack, so a user sees their own .ts file and line.
type Error struct {
	Name    string // "TypeError", ... ; "" for non-Error values
	Message string
	Stack   string // "at GET (src/pages/x.ts:9:26)" lines
	// Value is the thrown JS value; only valid on the runtime that threw it.
	Value goja.Value
}

func (e *Error) Error() string {
	if e.Name != "" && e.Name != "Error" {
		return e.Name + ": " + e.Message
	}
	return e.Message
}

// Location returns the first stack position in user code: file, line, col.
func (e *Error) Location() (file string, line, col int) {
	for _, l := range strings.Split(e.Stack, "\n") {
		m := stackPos.FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(m[1], "comet:") {
			continue
		}
		fmt.Sscan(m[2], &line)
		fmt.Sscan(m[3], &col)
		return m[1], line, col
	}
	return "", 0, 0
}

var stackPos = regexp.MustCompile(`\(?([^\s()]+):(\d+):(\d+)\)?\s*$`)

// ErrorFromValue reads a thrown JS value into an *Error.
func ErrorFromValue(vm *goja.Runtime, v goja.Value) *Error {
	e := &Error{Value: v}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		e.Message = fmt.Sprint(v)
		return e
	}
	if obj, ok := v.(*goja.Object); ok {
		if msg := obj.Get("message"); msg != nil && !goja.IsUndefined(msg) {
			e.Message = v8Wording(msg.String())
			if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) {
				e.Name = n.String()
			}
			if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
				e.Stack = cleanStack(s.String())
			}
			return e
		}
	}
	e.Message = v.String()
	return e
}

// Wrap converts errors coming out of goja calls into *Error where they are
// JS exceptions; other errors pass through.
func Wrap(err error) error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		e := &Error{Value: ex.Value()}
		if obj, ok := ex.Value().(*goja.Object); ok {
			if msg := obj.Get("message"); msg != nil && !goja.IsUndefined(msg) {
				e.Message = v8Wording(msg.String())
				if n := obj.Get("name"); n != nil {
					e.Name = n.String()
				}
			}
		}
		if e.Message == "" && ex.Value() != nil {
			e.Message = ex.Value().String()
		}
		var b strings.Builder
		for _, f := range ex.Stack() {
			p := f.Position()
			if p.Filename == "" || strings.HasPrefix(p.Filename, "comet:") {
				continue
			}
			fn := originalName(f.FuncName())
			if fn == "" {
				fn = "<anonymous>"
			}
			fmt.Fprintf(&b, "at %s (%s:%d:%d)\n", fn, cleanFile(p.Filename), p.Line, p.Column)
		}
		e.Stack = b.String()
		return e
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return &Error{Name: "Error", Message: fmt.Sprint(ie.Value()), Stack: cleanStack(ie.String())}
	}
	return err
}

// TimeoutError is a call that ran past its time limit and was stopped in
// synchronous code; At is where (file:line:col), when known. It matches
// context.DeadlineExceeded with errors.Is.
type TimeoutError struct{ At string }

func (e *TimeoutError) Error() string {
	if e.At == "" {
		return context.DeadlineExceeded.Error()
	}
	return context.DeadlineExceeded.Error() + " (stopped at " + e.At + ")"
}

// Unwrap makes errors.Is(err, context.DeadlineExceeded) hold.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

func panicError(p any) error {
	switch v := p.(type) {
	case *goja.Exception:
		return Wrap(v)
	case *goja.InterruptedError:
		return Wrap(v)
	case error:
		return fmt.Errorf("jsrt: %w", v)
	default:
		return fmt.Errorf("jsrt: %v", v)
	}
}

// cleanStack drops goja's "Error: msg" first line and decodes file names.
func cleanStack(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "at ") || internalFrame(l) {
			continue
		}
		out = append(out, renameFrame(cleanFile(stripPC(l))))
	}
	return strings.Join(out, "\n")
}

// internalFrame reports stack lines of Comet's own JS (the prelude and the
// endpoint runtime) and of native functions: noise for a user.
func internalFrame(l string) bool {
	return strings.Contains(l, "(comet:") || strings.HasSuffix(l, "(native)") || strings.Contains(l, "at comet:")
}

var pcSuffix = regexp.MustCompile(`\(\d+\)\)?$`)

// stripPC drops goja's "(pc)" after line:col.
func stripPC(l string) string {
	if m := pcSuffix.FindStringIndex(l); m != nil {
		closing := strings.HasSuffix(l, "))")
		l = l[:m[0]]
		if closing {
			l += ")"
		}
	}
	return l
}

// cleanFile undoes the URL-encoding goja applies to source-mapped file names
// ("%5Bid%5D.json.ts").
func cleanFile(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

var gojaReadProp = regexp.MustCompile(`^Cannot read property '(.*)' of (undefined or null|undefined|null)$`)

// v8Wording rewords goja's commonest TypeError as V8 words it, for the
// errors Comet reports (logs, error pages): "Cannot read property 'x' of
// undefined" becomes "Cannot read properties of undefined (reading 'x')".
// goja says undefined for null too, so null reads as undefined here. The
// message JavaScript itself sees (e.message) stays goja's: goja builds its
// errors where no hook reaches.
func v8Wording(msg string) string {
	if m := gojaReadProp.FindStringSubmatch(msg); m != nil {
		return "Cannot read properties of undefined (reading '" + m[1] + "')"
	}
	return msg
}
