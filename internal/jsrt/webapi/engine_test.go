package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestEngineGaps: engine.js's additions behave as in Node 20 (the wanted
// strings are Node's output for the same code).
func TestEngineGaps(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"__defineGetter__", `const o = {}; o.__defineGetter__('x', () => 42); o.__defineSetter__('y', function (v) { this.z = v; }); o.y = 7; const d = Object.getOwnPropertyDescriptor(o, 'x'); return [o.x, o.z, d.enumerable, d.configurable, typeof o.__lookupGetter__('x'), o.__lookupSetter__('x'), typeof Object.create(o).__lookupSetter__('y'), Object.keys(Object.prototype).length].join()`,
			"42,7,true,true,function,,function,0"},
		{"__defineGetter__ non-function", `try { ({}).__defineGetter__('x', 1); return 'no' } catch (e) { return e.constructor.name }`, "TypeError"},
		{"TypedArray.from", `return [Uint8Array.from('123').join(), Float64Array.from('45', Number).join(), Uint8Array.from(new Set([1, 2])).join(), Int16Array.from({ length: 2, 0: 5 }).join(), Uint8Array.from('9', (x) => x * 2).join()].join('|')`,
			"1,2,3|4,5|1,2|5,0|18"},
		{"WeakRef", `const t = {a: 1}; const w = new WeakRef(t); const r = new FinalizationRegistry(() => {}); const tok = {}; r.register(t, 'x', tok); return [w.deref() === t, Object.prototype.toString.call(w), r.unregister(tok), r.unregister(tok), (() => { try { new WeakRef(1); } catch (e) { return e.constructor.name; } })()].join()`,
			"true,[object WeakRef],true,false,TypeError"},
		{"MessageChannel", `const { port1, port2 } = new MessageChannel(); const got = []; const done = new Promise((res) => { port2.onmessage = (e) => { got.push(JSON.stringify(e.data), e instanceof Event, e.constructor.name); if (got.length === 6) res(); }; }); const obj = { a: [1] }; port1.postMessage(obj); obj.a.push(2); port1.postMessage('two'); await done; port1.close(); return got.join()`,
			`{"a":[1]},true,MessageEvent,"two",true,MessageEvent`},
		{"MessagePort listener starts it", `const log = []; const { port1, port2 } = new MessageChannel(); port2.addEventListener('message', (e) => log.push('listener:' + e.data)); port1.postMessage('early'); await new Promise((r) => setTimeout(r, 5)); log.push('started'); port2.start(); await new Promise((r) => setTimeout(r, 5)); port2.close(); return log.join()`,
			"listener:early,started"},
		{"MessagePort constructor", `try { new MessagePort(); return 'no' } catch (e) { return e.name }`, "TypeError"},
	})
}
