package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestFetchBodyAndStreamRules: behaviour the web-platform-tests check and
// Node 20 has (the wanted strings are Node's output for the same code):
// fetch of data: URLs, bodies that cannot be taken (a locked or disturbed
// stream, a body already read), chunks that are not Uint8Arrays, a UTF-8
// BOM dropped by text(), the queuing strategies' WebIDL checks and shared
// size functions, getReader's options, pipeTo noticing a source that
// closes while the destination wants nothing, and every interface's
// class string.
func TestFetchBodyAndStreamRules(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"data URL", `const r = await fetch('data:,\uFEFF{ "b": 1, "a": 2, "b": 3 }'); const j = await r.json(); const b = await fetch('data:text/plain;base64,aGk%3D'); const bad = await fetch('data:nocomma').then(() => 'ok', (e) => e.name); return [Object.keys(j).join(''), j.b, r.status, r.headers.get('content-type'), await b.text(), b.headers.get('content-type'), bad].join()`,
			"ba,3,200,text/plain;charset=US-ASCII,hi,text/plain,TypeError"},
		{"locked body", `const s = new ReadableStream(); s.getReader(); try { new Response(s); return 'no'; } catch (e) { return e.name; }`, "TypeError"},
		{"disturbed body", `const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); } }); const r = s.getReader(); await r.read(); r.releaseLock(); try { new Response(s); return 'no'; } catch (e) { return e.name; }`, "TypeError"},
		{"consumed body", `const r = new Response('x'); await r.text(); try { r.body.getReader(); return 'no'; } catch (e) { return e.name + ' ' + r.body.locked; }`, "TypeError true"},
		{"bad chunk", `return (await Promise.all(['text', 'arrayBuffer', 'json'].map((m) => new Response(new ReadableStream({ start(c) { c.enqueue(new Uint16Array(1)); c.close(); } }))[m]().then(() => 'ok', (e) => e.name)))).join()`, "TypeError,TypeError,TypeError"},
		{"strategies", `const out = []; for (const Q of [CountQueuingStrategy, ByteLengthQueuingStrategy]) { for (const a of [undefined, null, true, 5, {}]) { try { new Q(a); out.push('ok'); } catch (e) { out.push(e.name); } } out.push(new Q({ highWaterMark: 1 }).size === new Q({ highWaterMark: 2 }).size, new Q({ highWaterMark: 1 }).size.name); } return out.join()`,
			"TypeError,TypeError,TypeError,TypeError,TypeError,true,size,TypeError,TypeError,TypeError,TypeError,TypeError,true,size"},
		{"getReader options", `try { new ReadableStream().getReader(5); return 'no'; } catch (e) { return e.name; }`, "TypeError"},
		{"pipe close while dest full", `let close = false; const rs = new ReadableStream({ start(c) { setTimeout(() => c.close(), 5); } }); const ws = new WritableStream({ close() { close = true; } }, new CountQueuingStrategy({ highWaterMark: 0 })); await rs.pipeTo(ws); return close`, "true"},
		{"class strings", `return [AbortSignal, Event, EventTarget, TextDecoder, Headers].map((C) => Object.prototype.toString.call(Object.create(C.prototype))).join()`,
			"[object AbortSignal],[object Event],[object EventTarget],[object TextDecoder],[object Headers]"},
	})
}

// TestBlobFileArity: Blob's arguments are optional (length 0), File needs
// two, and a SharedArrayBuffer is a BufferSource. Node 20's output.
func TestBlobFileArity(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"lengths", `let err; try { new File(['a']); } catch (e) { err = e.name; } return [Blob.length, File.length, err].join()`, "0,2,TypeError"},
		{"shared buffer", `const s = new SharedArrayBuffer(2); new Uint8Array(s).set([104, 105]); return new TextDecoder().decode(s) + new Blob([s]).size`, "hi2"},
	})
}

// TestStreamAsyncIterator: a stream's async iterator queues next() and
// return() behind the call before them (WebIDL's ongoing promise) and
// reads with the reader's own methods even when user code patched them.
// Node 20's results.
func TestStreamAsyncIterator(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"return then next", `const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); } }); const it = rs.values(); const log = []; const p1 = it.return('r').then((r) => log.push('return ' + r.value + ' ' + r.done)); const p2 = it.next().then((r) => log.push('next ' + r.value + ' ' + r.done)); await Promise.all([p1, p2]); return log.join('|')`,
			"return r true|next undefined true"},
		{"next next return", `const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); } }); const it = rs.values(); const log = []; await Promise.all([it.next().then((r) => log.push(r.value)), it.next().then((r) => log.push(r.value)), it.return('x').then((r) => log.push(r.value))]); return log.join()`,
			"1,2,x"},
		{"patched reader", `const rs = new ReadableStream({ start(c) { c.enqueue(1); } }); const P = ReadableStreamDefaultReader.prototype; const old = [P.read, P.releaseLock, P.cancel, ReadableStream.prototype.getReader]; P.read = P.releaseLock = P.cancel = ReadableStream.prototype.getReader = () => { throw new Error('patched'); }; let got; try { for await (const v of rs) { got = v; break; } } finally { [P.read, P.releaseLock, P.cancel, ReadableStream.prototype.getReader] = old; } return got + ' ' + rs.locked`,
			"1 false"},
	})
}

// TestTransformStreamFinish: a transformer's cancel() that throws rejects
// both sides with its error, and so does a flush() that throws (the
// Streams standard's finish promise). Node 20's output.
func TestTransformStreamFinish(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"cancel throws", `const log = []; const ts = new TransformStream({ cancel(r) { log.push('cancel ' + r); throw new Error('boom'); } }); const w = ts.writable.getWriter(); const c = ts.readable.cancel('why').then(() => 'ok', (e) => e.message); const wc = w.closed.then(() => 'ok', (e) => e.message); return [log.join(), await c, await wc].join(' ')`,
			"cancel why boom boom"},
		{"flush throws", `const ts = new TransformStream({ flush() { throw new Error('flushfail'); } }); const w = ts.writable.getWriter(); return [await w.close().then(() => 'ok', (e) => e.message), await ts.readable.getReader().closed.then(() => 'ok', (e) => e.message)].join(' ')`,
			"flushfail flushfail"},
	})
}

// TestAbortSignalAnyOrder: AbortSignal.any() signals depend on the
// original sources, so their abort events fire source first, then in the
// order they were made (WPT dom/abort). Node 20's output.
func TestAbortSignalAnyOrder(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"order", `const c = new AbortController(); const signals = [c.signal]; signals.push(AbortSignal.any([c.signal])); signals.push(AbortSignal.any([c.signal])); signals.push(AbortSignal.any([signals[0]])); signals.push(AbortSignal.any([signals[1]]));
let result = ''; signals.forEach((s, i) => s.addEventListener('abort', () => { result += i; })); c.abort('why');
const out = [result, signals[4].reason, AbortSignal.any([AbortSignal.abort('r')]).reason];
try { AbortSignal.any([{}]); } catch (e) { out.push(e.name); }
return out.join()`, "01234,why,r,TypeError"},
	})
}
