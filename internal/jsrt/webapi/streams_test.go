package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestStreamsStandard checks WritableStream, TransformStream, pipes and
// queuing strategies against the WHATWG Streams standard; the expected
// values are what Node 20 gives for the same code.
func TestStreamsStandard(t *testing.T) {
	prefix := `const tick = () => new Promise((r) => setTimeout(r, 5));
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"writes run one at a time", `const log = []; const ws = new WritableStream({ async write(c) { log.push('start ' + c); await tick(); log.push('end ' + c); }, close() { log.push('close'); } }); const w = ws.getWriter(); w.write(1); w.write(2); await w.close(); return log.join()`, "start 1,end 1,start 2,end 2,close"},
		{"desiredSize and ready", `const ws = new WritableStream({ write() { return tick(); } }, { highWaterMark: 2 }); const w = ws.getWriter(); const a = w.desiredSize; w.write('x'); const b = w.desiredSize; w.write('y'); const c = w.desiredSize; w.write('z'); const d = w.desiredSize; await w.ready; const e = w.desiredSize; await w.close(); return [a, b, c, d, e].join()`, "2,1,0,-1,1"},
		{"size strategy", `const ws = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 8 })); const w = ws.getWriter(); await w.ready; const before = w.desiredSize; w.write(new Uint8Array(3)); return before + ' ' + w.desiredSize`, "8 5"},
		{"one writer at a time", `const ws = new WritableStream(); ws.getWriter(); try { ws.getWriter(); return 'no' } catch (e) { return e.name + ' ' + ws.locked }`, "TypeError true"},
		{"write after close", `const w = new WritableStream().getWriter(); w.close(); try { await w.write(1); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"closed promise", `const w = new WritableStream().getWriter(); const p = w.closed.then(() => 'closed'); w.close(); return await p`, "closed"},
		{"sink write throws", `const ws = new WritableStream({ write() { throw new Error('sink bad'); } }); const w = ws.getWriter(); const r = []; await w.write(1).catch((e) => r.push('w1 ' + e.message)); await w.write(2).catch((e) => r.push('w2 ' + e.message)); await w.closed.catch((e) => r.push('closed ' + e.message)); return r.join('|')`, "w1 sink bad|w2 sink bad|closed sink bad"},
		{"abort", `let why; const ws = new WritableStream({ abort(r) { why = r; } }); const w = ws.getWriter(); await w.abort('stop'); const r = [why]; await w.write(1).catch((e) => r.push(e)); await w.closed.catch((e) => r.push('closed:' + e)); return r.join('|')`, "stop|stop|closed:stop"},
		{"abort signal", `let sig; const ws = new WritableStream({ start(c) { sig = c.signal; } }); await ws.abort('why'); return sig.aborted + ' ' + sig.reason`, "true why"},
		{"controller.error", `let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); const w = ws.getWriter(); ctl.error(new Error('ctl')); return await w.write(1).catch((e) => e.message)`, "ctl"},
		{"close and abort unlocked", `const log = []; const ws = new WritableStream({ close() { log.push('c'); } }); await ws.close(); await new WritableStream().abort('x'); return log.join() + ' ok'`, "c ok"},
		{"releaseLock", `const ws = new WritableStream(); const w = ws.getWriter(); w.releaseLock(); const w2 = ws.getWriter(); return ws.locked + ' ' + (w !== w2) + ' ' + (await w.closed.catch((e) => e.name))`, "true true TypeError"},
		{"transform backpressure", `const log = []; const ts = new TransformStream({ transform(c, ctl) { log.push('t' + c); ctl.enqueue(c); } }); const w = ts.writable.getWriter(); w.write(1); w.write(2); w.write(3); await tick(); const r = ts.readable.getReader(); const a = await r.read(); await tick(); return log.join() + ' / ' + a.value`, "t1 / 1"},
		{"transform flush and terminate", `const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); if (c === 2) ctl.terminate(); }, flush(ctl) { ctl.enqueue('F'); } }); const w = ts.writable.getWriter(); const res = []; w.write(1); w.write(2); const r = ts.readable.getReader(); for (;;) { const x = await r.read(); if (x.done) break; res.push(x.value); } await w.write(3).catch((e) => res.push(e.name)); return res.join()`, "1,2,TypeError"},
		{"identity transform", `const ts = new TransformStream(); const w = ts.writable.getWriter(); w.write('a'); w.close(); const out = []; for await (const x of ts.readable) out.push(x); return out.join()`, "a"},
		{"transform throws", `const ts = new TransformStream({ transform() { throw new Error('tx'); } }); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); const pw = w.write(1).catch((e) => 'w:' + e.message); const b = await r.read().catch((e) => 'r:' + e.message); return (await pw) + ' ' + b`, "w:tx r:tx"},
		{"cancel the readable side", `const ts = new TransformStream(); const w = ts.writable.getWriter(); await ts.readable.cancel('gone'); return await w.write(1).catch((e) => 'w:' + e)`, "w:gone"},
		{"pipeTo source error aborts", `let aborted; const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('src')); } }); const ws = new WritableStream({ abort(r) { aborted = r.message; } }); const e = await rs.pipeTo(ws).catch((e) => e.message); return e + ' ' + aborted`, "src src"},
		{"pipeTo dest error cancels", `let cancelled; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { cancelled = r.message; } }); const ws = new WritableStream({ write() { throw new Error('dst'); } }); const e = await rs.pipeTo(ws).catch((e) => e.message); return e + ' ' + cancelled`, "dst dst"},
		{"pipeTo preventClose", `let closed = false; const ws = new WritableStream({ close() { closed = true; } }); await ReadableStream.from([1]).pipeTo(ws, { preventClose: true }); return closed + ' ' + ws.locked`, "false false"},
		{"pipeTo signal", `const c = new AbortController(); const rs = new ReadableStream({ pull(ctl) { return tick().then(() => ctl.enqueue(1)); } }); const got = []; const p = rs.pipeTo(new WritableStream({ write(x) { got.push(x); if (got.length === 2) c.abort(); } }), { signal: c.signal }); const e = await p.catch((e) => e.name); return e + ' ' + got.length`, "AbortError 2"},
		{"pipeTo writes in order then closes", `const got = []; await ReadableStream.from(['a', 'b', 'c']).pipeTo(new WritableStream({ async write(x) { await tick(); got.push(x); }, close() { got.push('end'); } })); return got.join()`, "a,b,c,end"},
		{"pipeThrough chain", `const up = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } }); const out = []; for await (const x of ReadableStream.from(['a', 'b']).pipeThrough(up).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream())) out.push(x); return out.join()`, "A,B"},
		{"pipe locked", `const rs = new ReadableStream(); rs.getReader(); let a; try { rs.pipeThrough(new TransformStream()); } catch (e) { a = e.name; } return a + ' ' + (await rs.pipeTo(new WritableStream()).catch((e) => e.name))`, "TypeError TypeError"},
		{"readable highWaterMark", `let ctl; new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 3 }); const a = ctl.desiredSize; ctl.enqueue(1); return a + ',' + ctl.desiredSize`, "3,2"},
		{"pull only on demand with hwm 0", `let pulls = 0; const rs = new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); } }, { highWaterMark: 0 }); await tick(); const a = pulls; await rs.getReader().read(); return a + ',' + pulls`, "0,1"},
		{"pull fills the queue", `let pulls = 0; new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); } }); await tick(); return pulls`, "1"},
		{"count strategy", `let ctl; new ReadableStream({ start(c) { ctl = c; } }, new CountQueuingStrategy({ highWaterMark: 2 })); ctl.enqueue('a'); return ctl.desiredSize`, "1"},
		{"tee cancels the source when both cancel", `let why; const rs = new ReadableStream({ cancel(r) { why = r; } }); const [a, b] = rs.tee(); const pa = a.cancel('x'); const before = why; await b.cancel('y'); await pa; return before + ' ' + JSON.stringify(why)`, "undefined [\"x\",\"y\"]"},
		{"tee error", `const rs = new ReadableStream({ start(c) { c.error(new Error('te')); } }); const [a, b] = rs.tee(); return [await a.getReader().read().catch((e) => e.message), await b.getReader().read().catch((e) => e.message)].join()`, "te,te"},
		{"from string and generator", `const out = []; for await (const x of ReadableStream.from('ab')) out.push(x); function* g() { yield 1; yield 2; } for await (const x of ReadableStream.from(g())) out.push(x); return out.join()`, "a,b,1,2"},
		{"from non-iterable", `try { ReadableStream.from(5); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"values preventCancel", `let c = false; const rs = new ReadableStream({ start(ct) { ct.enqueue(1); ct.enqueue(2); }, cancel() { c = true; } }); for await (const x of rs.values({ preventCancel: true })) break; return c + ' ' + rs.locked`, "false false"},
		{"reader closed on cancel", `const rs = new ReadableStream(); const r = rs.getReader(); const p = r.closed.then(() => 'closed'); r.cancel(); return await p`, "closed"},
		{"enqueue after close", `let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); try { ctl.enqueue(1); return 'no' } catch (e) { return e.name }`, "TypeError"},
		{"read after releaseLock", `const rs = new ReadableStream(); const r = rs.getReader(); r.releaseLock(); return await r.read().catch((e) => e.name)`, "TypeError"},
		{"pending read on releaseLock", `const rs = new ReadableStream(); const r = rs.getReader(); const p = r.read().catch((e) => e.name); r.releaseLock(); return await p`, "TypeError"},
		{"toStringTag", `return [new ReadableStream(), new WritableStream(), new TransformStream(), new WritableStream().getWriter(), new ReadableStream().getReader()].map((x) => Object.prototype.toString.call(x)).join()`, "[object ReadableStream],[object WritableStream],[object TransformStream],[object WritableStreamDefaultWriter],[object ReadableStreamDefaultReader]"},
		{"globals", `return typeof WritableStreamDefaultWriter + typeof ReadableStreamDefaultController + typeof TransformStreamDefaultController + typeof WritableStreamDefaultController + typeof CountQueuingStrategy + typeof ByteLengthQueuingStrategy`, "functionfunctionfunctionfunctionfunctionfunction"},
		{"TextDecoderStream fatal", `const ts = new TextDecoderStream('utf-8', { fatal: true }); const w = ts.writable.getWriter(); w.write(new Uint8Array([0xff])).catch(() => {}); return await ts.readable.getReader().read().catch((e) => e.name)`, "TypeError"},
		{"TextEncoderStream non-strings", `const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write(5); w.close(); const out = []; for await (const x of ts.readable) out.push([...x].join(' ')); return out.join('|')`, "53"},
		{"byte source works as default", `const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } }); return (await new Response(rs).arrayBuffer()).byteLength`, "2"},
	})
}
