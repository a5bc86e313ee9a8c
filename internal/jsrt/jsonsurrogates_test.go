package jsrt_test

import (
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt"
)

// TestJSONParseLoneSurrogates: an escaped lone surrogate in JSON text is
// the code unit it names, in values and in property names (goja's parser,
// encoding/json, gave U+FFFD); escaped pairs and escaped backslashes are
// untouched. The expected string is Node 20's output.
func TestJSONParseLoneSurrogates(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	got, err := run(t, rt, time.Second, `const s = JSON.parse('"\\ud800x\\udfff"');
const o = JSON.parse('{"a\\udc00b": ["\\ud83d\\ude00", "\\uD800", 1], "z": {"q": "\\udbff"}}');
const k = Object.keys(o)[0];
[s.length, s.charCodeAt(0).toString(16), s.charCodeAt(2).toString(16), k.length, k.charCodeAt(1).toString(16), o[k][0], o[k][1].charCodeAt(0).toString(16), o.z.q.charCodeAt(0).toString(16), Object.keys(o).join('|').length, JSON.parse('"\\\\ud800"'), JSON.parse('"\\ud800"', (k, v) => typeof v)].join()`)
	if want := "3,d800,dfff,3,dc00,😀,d800,dbff,5,\\ud800,string"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}
