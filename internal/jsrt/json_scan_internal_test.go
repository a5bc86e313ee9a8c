package jsrt

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// TestV8JSONErrorScansInPlace: looking for V8's message in a text refused
// for its nesting (megabytes of "[" sent to request.json()) reads the text
// where it is. The scanner used to copy it to UTF-16 first and keep a byte
// per open bracket, some 17 MB of allocation and a third of a second of
// event loop for a 5 MB body; now it allocates a fraction of the text's
// size. The messages of texts with non-ASCII characters still count
// UTF-16 code units, as V8's do.
func TestV8JSONErrorScansInPlace(t *testing.T) {
	deep := strings.Repeat("[", 2_500_000) + strings.Repeat("]", 2_500_000)
	broken := strings.Repeat(`[{"a":`, 500_000) + "x"
	for _, tc := range []struct {
		text, want string
	}{
		{deep, ""},
		{broken, `Unexpected token 'x', ...""a":[{"a":x" is not valid JSON`},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		got := v8JSONError(tc.text)
		runtime.ReadMemStats(&after)
		if got != tc.want {
			t.Errorf("%.20s…: %q, want %q", tc.text, got, tc.want)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > uint64(len(tc.text))/4 {
			t.Errorf("%.20s…: scanning %d bytes allocated %d bytes", tc.text, len(tc.text), n)
		}
	}
	// Node 20's messages.
	for _, tc := range []struct{ text, want string }{
		{`["é😀", x]`, `Unexpected token 'x', "["é😀", x]" is not valid JSON`},
		{`{"ключ": "значение", "b": 1, "c": tru}`, `Unexpected token '}', ...", "c": tru}" is not valid JSON`},
		{`["😀😀😀😀😀😀😀😀😀😀😀😀", 01]`, "Unexpected number in JSON at position 30"},
		{`"😀` + "\x01" + `"`, "Bad control character in string literal in JSON at position 3"},
	} {
		if got := v8JSONError(tc.text); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// FuzzV8JSONError: the scanner that finds V8's message for a rejected
// text never panics, accepts exactly the texts encoding/json accepts (up
// to encoding/json's own depth limit), and never points past the end.
func FuzzV8JSONError(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}],"c":"\u00e9"}`, `[1,]`, `{"a" 1}`, `"\ud800"`, `-`, `01`, `1e`, `[{"ключ":"😀"}`, "\"\x01\"", `nul`, `[] x`, "\xff", `[[[[[`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		msg := v8JSONError(s)
		if strings.Count(s, "[")+strings.Count(s, "{") < 10000 && (msg == "") != json.Valid([]byte(s)) {
			t.Fatalf("%q: message %q, but encoding/json's Valid says %v", s, msg, json.Valid([]byte(s)))
		}
		var pos int
		if _, err := fmt.Sscanf(msg[max(0, strings.LastIndex(msg, " ")):], " %d", &pos); err == nil && pos > utf16Len(s) {
			t.Fatalf("%q: %q points past the end (%d code units)", s, msg, utf16Len(s))
		}
	})
}
