package diag

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// Level is how much a Logger prints.
type Level int

// Levels, from quiet to chatty. --silent gives LevelError, --verbose LevelDebug.
const (
	LevelError Level = iota
	LevelWarn
	LevelInfo
	LevelDebug
)

// Logger prints Astro-style lines: "HH:MM:SS [label] message". Info and
// debug go to Out, warnings and errors to Err, as Astro does. It is safe for
// concurrent use; each call writes whole lines.
type Logger struct {
	Out, Err io.Writer
	Level    Level
	Color    bool
	// Now is the clock; tests fix it.
	Now func() time.Time

	mu sync.Mutex
}

// NewLogger returns a Logger that colours only when out is a terminal and
// NO_COLOR is unset (FORCE_COLOR forces it on), as esbuild and Astro do.
func NewLogger(out, errOut io.Writer, level Level) *Logger {
	return &Logger{Out: out, Err: errOut, Level: level, Color: wantColor(out), Now: time.Now}
}

func wantColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	if v := os.Getenv("FORCE_COLOR"); v != "" && v != "0" {
		return true
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Discard is a Logger that prints nothing; for tests and embedding.
func Discard() *Logger {
	return &Logger{Out: io.Discard, Err: io.Discard, Level: LevelError, Now: time.Now}
}

// ANSI styles used in Astro's output.
const (
	styleReset   = "\x1b[0m"
	styleBold    = "\x1b[1m"
	styleDim     = "\x1b[2m"
	styleRed     = "\x1b[31m"
	styleGreen   = "\x1b[32m"
	styleYellow  = "\x1b[33m"
	styleBlue    = "\x1b[34m"
	styleMagenta = "\x1b[35m"
	styleCyan    = "\x1b[36m"
	styleBgGreen = "\x1b[42m\x1b[30m"
	styleBgRed   = "\x1b[41m\x1b[30m"
)

func (l *Logger) style(s, code string) string {
	if !l.Color || s == "" {
		return s
	}
	return code + s + styleReset
}

// Style helpers, each a no-op without colour.
func (l *Logger) Dim(s string) string     { return l.style(s, styleDim) }
func (l *Logger) Bold(s string) string    { return l.style(s, styleBold) }
func (l *Logger) Red(s string) string     { return l.style(s, styleRed) }
func (l *Logger) Green(s string) string   { return l.style(s, styleGreen) }
func (l *Logger) Yellow(s string) string  { return l.style(s, styleYellow) }
func (l *Logger) Blue(s string) string    { return l.style(s, styleBlue) }
func (l *Logger) Magenta(s string) string { return l.style(s, styleMagenta) }
func (l *Logger) Cyan(s string) string    { return l.style(s, styleCyan) }
func (l *Logger) BadgeGreen(s string) string {
	return l.style(s, styleBgGreen)
}
func (l *Logger) BadgeRed(s string) string { return l.style(s, styleBgRed) }

func (l *Logger) stamp() string {
	return l.Dim(l.Now().Format("15:04:05"))
}

func (l *Logger) write(w io.Writer, text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	io.WriteString(w, text)
}

func (l *Logger) line(w io.Writer, prefix, msg string) {
	var b strings.Builder
	for _, ml := range strings.Split(strings.TrimRight(msg, "\n"), "\n") {
		b.WriteString(l.stamp())
		b.WriteString(" ")
		b.WriteString(prefix)
		b.WriteString(ml)
		b.WriteString("\n")
	}
	l.write(w, b.String())
}

func (l *Logger) label(label string) string {
	if label == "" {
		return ""
	}
	return l.Blue("["+label+"]") + " "
}

// Info prints "HH:MM:SS [label] msg".
func (l *Logger) Info(label, msg string) {
	if l.Level >= LevelInfo {
		l.line(l.Out, l.label(label), msg)
	}
}

// Infof is Info with formatting.
func (l *Logger) Infof(label, format string, args ...any) {
	l.Info(label, fmt.Sprintf(format, args...))
}

// Debug prints like Info, only with --verbose.
func (l *Logger) Debug(label, msg string) {
	if l.Level >= LevelDebug {
		l.line(l.Out, l.label(label), l.Dim(msg))
	}
}

// Warn prints "HH:MM:SS [WARN] [label] msg" in yellow to Err.
func (l *Logger) Warn(label, msg string) {
	if l.Level >= LevelWarn {
		l.line(l.Err, l.Yellow("[WARN]")+" "+l.label(label), l.Yellow(msg))
	}
}

// Warnf is Warn with formatting.
func (l *Logger) Warnf(label, format string, args ...any) {
	l.Warn(label, fmt.Sprintf(format, args...))
}

// Error prints "HH:MM:SS [ERROR] [label] msg" in red to Err. Errors are
// printed even with --silent.
func (l *Logger) Error(label, msg string) {
	l.line(l.Err, l.Red("[ERROR]")+" "+l.label(label), msg)
}

// Plain prints text with the timestamp but no label (route trees).
func (l *Logger) Plain(msg string) {
	if l.Level >= LevelInfo {
		l.line(l.Out, "", msg)
	}
}

// Print writes text as it is to Out, when info is on (banners).
func (l *Logger) Print(text string) {
	if l.Level >= LevelInfo {
		l.write(l.Out, text)
	}
}

// Duration formats like Astro's getTimeStat: "12ms", "1.25s", "1m 3s".
func Duration(d time.Duration) string {
	ms := d.Milliseconds()
	switch {
	case ms < 1000:
		return fmt.Sprintf("%dms", ms)
	case ms < 60000:
		return fmt.Sprintf("%.2fs", float64(ms)/1000)
	default:
		return fmt.Sprintf("%dm %ds", ms/60000, (ms%60000)/1000)
	}
}

// Console prints a line of a user's console.* call at its level, labelled
// with the file that made it (or "console").
func (l *Logger) Console(level, msg, source string) {
	label := source
	if label == "" {
		label = "console"
	}
	switch level {
	case "error":
		l.Error(label, msg)
	case "warn":
		l.Warn(label, msg)
	case "debug":
		l.Debug(label, msg)
	default:
		l.Info(label, msg)
	}
}
