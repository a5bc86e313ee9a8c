package webapi_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestConsoleAsNode: console.* lay values out as Node 20's console does
// (util.format and util.inspect), at the levels Node writes them to.
func TestConsoleAsNode(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	e := newEnv(t, webapi.Options{Console: func(level, msg string) {
		mu.Lock()
		lines = append(lines, level+": "+msg)
		mu.Unlock()
	}})
	_, err := e.eval(`
console.log({ user: { name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'editor', 'viewer'] }, ok: true });
console.log(Array.from({ length: 8 }, (_, i) => i * 100));
const c = { name: 'c' }; c.self = c; console.log(c);
console.log(new Set(['a']), new Map([[{ k: 1 }, [1, [2, [3, [4]]]]]]));
console.log('%s|%d|%o', 'x', -0, [1]);
console.group('outer'); console.info('in 1'); console.group(); console.warn('in 2\nsecond line'); console.groupEnd(); console.groupEnd(); console.log('out');
console.assert(1 === 1, 'not shown'); console.assert(false, 'shown %d', 1); console.assert(false);
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.trace('here %s', 'now');
console.log(new Response(null, { status: 404 }).status, Buffer.from('hi'), new Uint8Array(2));
console.error(Object.assign(new Error('bad'), { code: 'E_BAD' }).code);
`)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{
		"log: {\n  user: {\n    name: 'Ada Lovelace',\n    email: 'ada@example.com',\n    roles: [ 'admin', 'editor', 'viewer' ]\n  },\n  ok: true\n}",
		"log: [\n    0, 100, 200, 300,\n  400, 500, 600, 700\n]",
		"log: <ref *1> { name: 'c', self: [Circular *1] }",
		"log: Set(1) { 'a' } Map(1) { { k: 1 } => [ 1, [ 2, [Array] ] ] }",
		"log: x|-0|[ 1, [length]: 1 ]",
		"log: outer",
		"info:   in 1",
		"warn:     in 2\n    second line",
		"log: out",
		"warn: Assertion failed: shown 1",
		"warn: Assertion failed",
		"log: default: 1",
		"log: default: 2",
		"log: x: 1",
		"log: default: 1",
		"log: { a: [Object] }",
	}
	if len(lines) < len(want)+3 {
		t.Fatalf("got %d lines:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d:\ngot  %q\nwant %q", i, lines[i], w)
		}
	}
	trace := lines[len(want)]
	if !strings.HasPrefix(trace, "warn: Trace: here now\n") || strings.Contains(trace, "prelude") {
		t.Errorf("trace = %q, want the message and the caller's frames only", trace)
	}
	if got, w := lines[len(want)+1], "log: 404 <Buffer 68 69> Uint8Array(2) [ 0, 0 ]"; got != w {
		t.Errorf("got %q, want %q", got, w)
	}
	if got, w := lines[len(want)+2], "error: E_BAD"; got != w {
		t.Errorf("got %q, want %q", got, w)
	}
}
