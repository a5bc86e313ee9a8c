// compression.js: CompressionStream and DecompressionStream, the
// Compression Standard's TransformStreams, over Go's compress packages
// (compression.go). It runs after the prelude and uses its globals.
(function (native) {
  'use strict';
  const G = globalThis;
  if (typeof G.CompressionStream === 'function' || typeof G.TransformStream !== 'function') return;
  const STREAM = Symbol('transform');
  function toBytes(chunk) {
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
    if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw new TypeError('The chunk must be an ArrayBuffer or ArrayBufferView');
  }
  function make(self, name, format, decompress) {
    if (format === undefined) throw new TypeError("Failed to construct '" + name + "': 1 argument required, but only 0 present.");
    format = String(format);
    const c = native.compressor(format, decompress);
    if (!c) throw new TypeError("Failed to construct '" + name + "': Unsupported compression format: '" + format + "'");
    const [push, finish] = c;
    self[STREAM] = new TransformStream({
      transform(chunk, ctl) {
        const u8 = toBytes(chunk);
        const out = push(u8.buffer, u8.byteOffset, u8.byteLength);
        if (out.byteLength) ctl.enqueue(new Uint8Array(out));
      },
      flush(ctl) {
        const out = finish();
        if (out.byteLength) ctl.enqueue(new Uint8Array(out));
      },
    });
  }
  const brand = (self, name) => {
    if (!self || typeof self !== 'object' || !(STREAM in self)) throw new TypeError('Illegal invocation: not a ' + name);
    return self[STREAM];
  };
  class CompressionStream {
    constructor(format) { make(this, 'CompressionStream', format, false); }
    get readable() { return brand(this, 'CompressionStream').readable; }
    get writable() { return brand(this, 'CompressionStream').writable; }
  }
  class DecompressionStream {
    constructor(format) { make(this, 'DecompressionStream', format, true); }
    get readable() { return brand(this, 'DecompressionStream').readable; }
    get writable() { return brand(this, 'DecompressionStream').writable; }
  }
  for (const C of [CompressionStream, DecompressionStream]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
    Object.defineProperty(G, C.name, { value: C, writable: true, configurable: true, enumerable: false });
  }
})
