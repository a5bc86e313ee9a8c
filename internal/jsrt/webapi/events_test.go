package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestEventFields checks Event's attributes and EventTarget's listener
// options against the DOM Standard (WPT dom/events and dom/abort).
func TestEventFields(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"fresh event", `const ev = new Event(''); return [ev.target, ev.srcElement, ev.currentTarget, ev.eventPhase, ev.returnValue, ev.isTrusted, ev.composed, ev.timeStamp > 0].join()`, ",,,0,true,false,false,true"},
		{"attributes are read-only getters", `const ev = new Event('a'); ev.type = 'b'; return ev.type + ' ' + Object.getOwnPropertyNames(ev).join()`, "a isTrusted"},
		{"phase constants", `return [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event('x').AT_TARGET].join()`, "0,1,2,3,2"},
		{"type converted before init", `try { new Event({ toString() { throw new URIError(); } }, 1); } catch (e) { return e.constructor.name; }`, "URIError"},
		{"returnValue and cancelBubble", `const ev = new Event('x', { cancelable: true }); ev.returnValue = false; ev.cancelBubble = true; return ev.defaultPrevented + ' ' + ev.cancelBubble`, "true true"},
		{"passive listener cannot cancel", `const t = new EventTarget(); t.addEventListener('x', (ev) => ev.preventDefault(), { passive: true }); return String(t.dispatchEvent(new Event('x', { cancelable: true })))`, "true"},
		{"capture is part of a listener's identity", `const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener('x', f, { capture: true }); t.addEventListener('x', f, { capture: false, passive: false }); t.dispatchEvent(new Event('x')); return String(n)`, "2"},
		{"a signal removes the listener", `const t = new EventTarget(); const c = new AbortController(); let n = 0; t.addEventListener('x', () => n++, { signal: c.signal }); t.dispatchEvent(new Event('x')); c.abort(); t.dispatchEvent(new Event('x')); return String(n)`, "1"},
		{"an aborted signal adds nothing", `const t = new EventTarget(); let n = 0; t.addEventListener('x', () => n++, { signal: AbortSignal.abort() }); t.dispatchEvent(new Event('x')); return String(n)`, "0"},
		{"a listener removed during dispatch is not called", `const t = new EventTarget(); const seen = []; const b = () => seen.push('b'); t.addEventListener('x', () => { seen.push('a'); t.removeEventListener('x', b); }); t.addEventListener('x', b); t.dispatchEvent(new Event('x')); return seen.join()`, "a"},
		{"dispatching twice at once is an InvalidStateError", `const t = new EventTarget(); const ev = new Event('x'); let name; t.addEventListener('x', () => { try { t.dispatchEvent(ev); } catch (e) { name = e.name; } }); t.dispatchEvent(ev); return name`, "InvalidStateError"},
		{"abort events are trusted", `const c = new AbortController(); let trusted; c.signal.onabort = (ev) => { trusted = ev.isTrusted; }; c.abort(); return String(trusted)`, "true"},
		{"a throwing listener does not stop the others", `const t = new EventTarget(); let n = 0; t.addEventListener('x', () => { throw new Error('boom'); }); t.addEventListener('x', () => n++); const origQ = globalThis.queueMicrotask; let reported; globalThis.queueMicrotask = (f) => { try { f(); } catch (e) { reported = e.message; } }; try { t.dispatchEvent(new Event('x')); } finally { globalThis.queueMicrotask = origQ; } return n + ' ' + reported`, "1 boom"},
		{"CustomEvent detail", `return String(new CustomEvent('x', { detail: 5 }).detail) + ' ' + new CustomEvent('y').detail`, "5 null"},
	})
}
