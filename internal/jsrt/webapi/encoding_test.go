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

// TestTextDecoderLabelsAndEOF: a label is trimmed of ASCII whitespace only
// (U+000B and U+00A0 make it unknown), the single-byte encodings decode
// their C1 bytes without error in fatal mode, and a UTF-8 stream holds
// back only a tail that can still become a character. Node 20's output.
func TestTextDecoderLabelsAndEOF(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "const u = (...b) => new Uint8Array(b); const esc = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');", []jsCase{
		{"labels", `return ['\vutf-8', 'utf-8\u00a0', '\u2028latin1', ' \t\n\f\rutf-8 ', 'UTF-8', 'koi8-\u212a', 'latın1'].map((l) => { try { return new TextDecoder(l).encoding; } catch (e) { return e.name; } }).join()`,
			"RangeError,RangeError,RangeError,utf-8,utf-8,RangeError,RangeError"},
		{"fatal C1", `return ['iso-8859-2', 'iso-8859-8-i', 'iso-8859-15', 'windows-1253', 'koi8-u'].map((l) => { try { return esc(new TextDecoder(l, {fatal: true}).decode(u(0x80, 0x9f))); } catch (e) { return e.name; } }).join()`,
			"80 9f,80 9f,80 9f,20ac 9f,2500 f7"},
		{"fatal hole", `try { new TextDecoder('windows-1253', {fatal: true}).decode(u(0xd2)); return 'ok'; } catch (e) { return e.name; }`, "TypeError"},
		{"stream eof", `const d = new TextDecoder(); const r = []; r.push(d.decode(u(0xf0), {stream: true}), d.decode(u(0x8f), {stream: true}), d.decode(u(0x92), {stream: true}), d.decode()); r.push(d.decode(u(0xf0, 0x9f), {stream: true}), d.decode(u(0x41), {stream: true}), d.decode()); r.push(d.decode(u(0xe0), {stream: true}), d.decode(u(0x9f), {stream: true}), d.decode()); r.push(d.decode(u(0xf0, 0x9f, 0x92), {stream: true}), d.decode()); return r.map(esc).join('|')`,
			"|fffd fffd|fffd|||fffd 41|||fffd fffd|||fffd"},
	})
}

// TestSharedArrayBuffer: goja has no SharedArrayBuffer or Atomics;
// sharedmemory.js gives both (one thread: shared memory is plain
// memory), and a shared WebAssembly.Memory's buffer is one. Node 20's
// output.
func TestSharedArrayBuffer(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"buffer", `const s = new SharedArrayBuffer(8); const v = new Uint8Array(s, 2, 4); v.set([104, 105]); const c = s.slice(2, 4); return [Object.prototype.toString.call(s), s.byteLength, s instanceof ArrayBuffer, ArrayBuffer.isView(v), new TextDecoder().decode(v.subarray(0, 2)), c.constructor.name, c.byteLength, new Uint8Array(c)[1], s.growable, typeof SharedArrayBuffer.prototype.slice].join()`,
			"[object SharedArrayBuffer],8,false,true,hi,SharedArrayBuffer,2,105,false,function"},
		{"errors", `const r = []; try { SharedArrayBuffer(1); } catch (e) { r.push(e.name); } try { Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(new ArrayBuffer(1)); } catch (e) { r.push(e.name); } return r.join()`,
			"TypeError,TypeError"},
		{"atomics", `const a = new Int32Array(new SharedArrayBuffer(16)); const b = new BigInt64Array(new SharedArrayBuffer(16)); const r = [Atomics.add(a, 0, 5), Atomics.sub(a, 0, 2), Atomics.load(a, 0), Atomics.exchange(a, 1, 7), Atomics.compareExchange(a, 1, 7, 9), Atomics.compareExchange(a, 1, 7, 1), a[1], Atomics.or(a, 2, 6), Atomics.and(a, 2, 3), Atomics.xor(a, 2, 1), a[2], Atomics.store(a, 3, 4.7), a[3], Atomics.add(b, 0, 3n), Atomics.load(b, 0), Atomics.isLockFree(4), Atomics.wait(a, 0, 0), Atomics.wait(a, 0, 3, 0), Atomics.notify(a, 0), String(Atomics)]; try { Atomics.add(new Float64Array(2), 0, 1); } catch (e) { r.push(e.name); } try { Atomics.load(a, 4); } catch (e) { r.push(e.name); } return r.join()`,
			"0,5,3,0,7,9,9,0,6,2,3,4,4,0,3,true,not-equal,timed-out,0,[object Atomics],TypeError,RangeError"},
		{"waitAsync", `const a = new Int32Array(new SharedArrayBuffer(8)); const w = Atomics.waitAsync(a, 0, 0); const t = Atomics.waitAsync(a, 1, 0, 5); setTimeout(() => Atomics.notify(a, 0, 1), 1); return [w.async, await w.value, t.async, await t.value, Atomics.waitAsync(a, 0, 1).value].join()`,
			"true,ok,true,timed-out,not-equal"},
	})
}
