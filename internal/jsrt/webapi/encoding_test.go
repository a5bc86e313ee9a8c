package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestEncodeIntoDestinations: encodeInto takes a Uint8Array only (a
// TypeError for any other view, as WebIDL says), and copying an empty
// typed array of another type is no Go panic (goja indexed its first
// element: "index out of range [0] with length 0", which ended a WPT
// file). The wanted strings are Node 20's.
func TestEncodeIntoDestinations(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"other views", `return [new Int8Array(0), new Uint16Array(4), new DataView(new ArrayBuffer(4)), new ArrayBuffer(4), new Uint8ClampedArray(2), new BigInt64Array(0), {length: 4}, null].map((d) => { try { new TextEncoder().encodeInto('a', d); return 'ok'; } catch (e) { return e.name; } }).join()`,
			"TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,TypeError"},
		{"uint8 and subclasses", `const b = new Uint8Array(new ArrayBuffer(8), 2, 4); const r1 = new TextEncoder().encodeInto('h\u00e9llo', b); const r2 = new TextEncoder().encodeInto('\ud834\udf06', Buffer.alloc(3)); return JSON.stringify([r1, r2, Array.from(b)])`,
			`[{"read":3,"written":4},{"read":0,"written":0},[104,195,169,108]]`},
		{"empty source of another type", `const empty = (B) => new B(new ArrayBuffer(8), 8); const out = []; for (const f of [() => new Int8Array(0).set(empty(Uint8Array)), () => new Float64Array(4).set(empty(Uint16Array), 4), () => new Uint8Array(2).set(new Int32Array(0), 1), () => new Int8Array(2).set(empty(Uint8Array), 3)]) { try { out.push(f() === undefined ? 'ok' : 'value'); } catch (e) { out.push(e.name); } } return out.join()`,
			"ok,ok,ok,RangeError"},
		{"empty BigInt source", `try { new BigInt64Array(2).set(new Uint8Array(0)); return 'ok'; } catch (e) { return e.name; }`, "TypeError"},
	})
}
