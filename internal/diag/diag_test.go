package diag

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDuration(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{12 * time.Millisecond, "12ms"},
		{999 * time.Millisecond, "999ms"},
		{1250 * time.Millisecond, "1.25s"},
		{63 * time.Second, "1m 3s"},
	} {
		if got := Duration(tc.d); got != tc.want {
			t.Errorf("Duration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestLoggerFormat(t *testing.T) {
	var out, errs bytes.Buffer
	l := &Logger{Out: &out, Err: &errs, Level: LevelInfo, Now: func() time.Time { return time.Date(2026, 1, 2, 15, 46, 40, 0, time.UTC) }}
	l.Info("build", "output: \"static\"")
	l.Debug("build", "hidden at info level")
	l.Warn("router", "two\nlines")
	l.Error("", "bad")
	if got, want := out.String(), "15:46:40 [build] output: \"static\"\n"; got != want {
		t.Errorf("out = %q, want %q", got, want)
	}
	if got, want := errs.String(), "15:46:40 [WARN] [router] two\n15:46:40 [WARN] [router] lines\n15:46:40 [ERROR] bad\n"; got != want {
		t.Errorf("err = %q, want %q", got, want)
	}
	out.Reset()
	l.Level = LevelError // --silent: errors only
	l.Info("build", "x")
	l.Warn("build", "x")
	if out.Len() != 0 {
		t.Errorf("silent printed %q", out.String())
	}
	l.Color = true
	if got := l.Red("x"); got != "\x1b[31mx\x1b[0m" {
		t.Errorf("colour = %q", got)
	}
}

func TestNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	t.Setenv("FORCE_COLOR", "1")
	if l := NewLogger(os.Stdout, os.Stderr, LevelInfo); l.Color {
		t.Error("NO_COLOR must win")
	}
	t.Setenv("NO_COLOR", "")
	if l := NewLogger(&bytes.Buffer{}, &bytes.Buffer{}, LevelInfo); !l.Color {
		t.Error("FORCE_COLOR must turn colours on")
	}
	t.Setenv("FORCE_COLOR", "")
	if l := NewLogger(&bytes.Buffer{}, &bytes.Buffer{}, LevelInfo); l.Color {
		t.Error("no colours when not a terminal")
	}
}

func TestDiagnostic(t *testing.T) {
	d := &Diagnostic{Name: "GetStaticPathsRequired", Message: "needed", File: "src/pages/[id].ts", Line: 3, Col: 5, LineText: "export const x = 1;", Hint: "export it", Stack: "at GET (src/pages/[id].ts:3:5)"}
	got := d.Error()
	for _, want := range []string{"GetStaticPathsRequired: needed", "Location: src/pages/[id].ts:3:5", "   3 │ export const x = 1;", "╵     ^", "Hint: export it", "at GET (src/pages/[id].ts:3:5)"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lacks %q", got, want)
		}
	}
	framed := &Diagnostic{Message: "m", Frame: "✘ [ERROR] m\n\n    a.ts:1:2:\n"}
	if framed.Error() != "✘ [ERROR] m\n\n    a.ts:1:2:" {
		t.Errorf("framed = %q", framed.Error())
	}
	wrapped := fmt.Errorf("outer: %w", List{errors.New("a"), d})
	if got, ok := AsDiagnostic(wrapped); !ok || got != d {
		t.Error("AsDiagnostic must find a Diagnostic inside a List")
	}
}

func TestAddLineText(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "src"), 0o755)
	os.WriteFile(filepath.Join(dir, "src", "a.ts"), []byte("one\r\ntwo\nthree\n"), 0o644)
	d := &Diagnostic{File: "src/a.ts", Line: 2}
	AddLineText(d, dir)
	if d.LineText != "two" {
		t.Errorf("LineText = %q", d.LineText)
	}
	missing := &Diagnostic{File: "src/none.ts", Line: 1}
	AddLineText(missing, dir)
	if missing.LineText != "" {
		t.Error("a missing file leaves LineText empty")
	}
}
