package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestStreamsWebIDL checks the streams' brand checks and dictionary
// conversions (WPT streams/piping/general, throwing-options, pipe-through,
// bad-underlying-sinks/sources, bad-strategies).
func TestStreamsWebIDL(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	const errName = `const errName = async (f) => { try { await f(); return 'no error'; } catch (e) { return e.constructor.name; } };`
	runCases(t, e, errName, []jsCase{
		{"pipeTo on a fake stream rejects at once", `const fake = Object.setPrototypeOf({ getReader() {} }, ReadableStream.prototype); return errName(() => ReadableStream.prototype.pipeTo.call(fake, new WritableStream()))`, "TypeError"},
		{"pipeTo to a fake writable rejects", `const fake = Object.setPrototypeOf({ getWriter() {} }, WritableStream.prototype); return errName(() => new ReadableStream().pipeTo(fake))`, "TypeError"},
		{"pipeThrough brand-checks readable", `return errName(() => new ReadableStream().pipeThrough({ readable: {}, writable: new WritableStream() }))`, "TypeError"},
		{"pipe options read once, in WebIDL order", `const seen = []; const opts = {}; for (const k of ['signal', 'preventClose', 'preventCancel', 'preventAbort']) Object.defineProperty(opts, k, { get() { seen.push(k); return undefined; } }); await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream(), opts); return seen.join()`, "preventAbort,preventCancel,preventClose,signal"},
		{"a signal that is not an AbortSignal is a TypeError", `return errName(() => new ReadableStream().pipeThrough(new TransformStream(), { signal: true }))`, "TypeError"},
		{"a sink method that is not a function is a TypeError", `return errName(() => new WritableStream({ write: 'test' }))`, "TypeError"},
		{"a source method that is not a function is a TypeError", `return errName(() => new ReadableStream({ pull: {} }))`, "TypeError"},
		{"a throwing getter on the sink throws from the constructor", `return errName(() => new WritableStream({ get close() { throw new SyntaxError('x'); } }))`, "SyntaxError"},
		{"methods are called without their own .call or .apply", `const m = function () { this.n = (this.n || 0) + 1; }; m.call = m.apply = () => { throw new Error('used'); }; const src = { start: m, pull: m }; const r = new ReadableStream(src).getReader(); await Promise.resolve(); return String(src.n > 0)`, "true"},
		{"an invalid size beats an invalid highWaterMark", `return errName(() => new WritableStream(undefined, { size: 'x', highWaterMark: NaN }))`, "TypeError"},
		{"the strategy is converted before the source", `return errName(() => new ReadableStream({ get start() { throw new SyntaxError('source'); } }, { get size() { throw new URIError('strategy'); } }))`, "URIError"},
	})
}
