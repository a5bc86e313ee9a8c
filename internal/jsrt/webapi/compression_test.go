package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestCompressionStreams: CompressionStream and DecompressionStream round
// trip each format, write the formats' headers and refuse bad formats,
// chunks and data with TypeErrors (the first four wanted values are Node
// 20 output; Node rejects bad data with zlib Errors where the Compression
// Standard says TypeError).
func TestCompressionStreams(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "", []jsCase{
		{"roundtrip", "const out = []; for (const f of ['gzip', 'deflate', 'deflate-raw']) { const s = new Blob(['hello hello hello', new Uint8Array([1, 2, 3])]).stream().pipeThrough(new CompressionStream(f)).pipeThrough(new DecompressionStream(f)); out.push(new Uint8Array(await new Response(s).arrayBuffer()).length); } return out.join()", "20,20,20"},
		{"header", "const b = new Uint8Array(await new Response(new Blob(['x']).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()); const z = new Uint8Array(await new Response(new Blob(['x']).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer()); return [b[0], b[1], z[0]].join()", "31,139,120"},
		{"badFormat", "return [() => new CompressionStream('x'), () => new DecompressionStream()].map((f) => { try { f(); return 'ok' } catch (e) { return e.name } }).join()", "TypeError,TypeError"},
		{"shape", "const c = new CompressionStream('deflate-raw'); return [Object.prototype.toString.call(c), 'readable' in c, c.readable instanceof ReadableStream, c.writable instanceof WritableStream].join()", "[object CompressionStream],true,true,true"},
		{"corrupt", "return await Promise.all([new Uint8Array([1,2,3]), new Uint8Array([0x78,0x9c])].map(async (b) => { try { await new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('deflate'))).text(); return 'ok' } catch (e) { return e.name } })).then((r) => r.join())", "TypeError,TypeError"},
		{"junk after end", "const z = new Uint8Array(await new Response(new Blob(['abc']).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()); try { await new Response(new Blob([z, new Uint8Array([0])]).stream().pipeThrough(new DecompressionStream('gzip'))).text(); return 'ok' } catch (e) { return e.name }", "TypeError"},
		{"non-buffer chunk", "const c = new CompressionStream('gzip'); const w = c.writable.getWriter(); const r = w.write('str').then(() => 'ok', (e) => e.name); c.readable.getReader().read().catch(() => {}); return r", "TypeError"},
	})
}
