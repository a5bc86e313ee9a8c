// Comet's Web platform prelude: the classes an endpoint expects from a
// browser or Node 20 (Headers, Request, Response, URL, streams, FormData,
// Blob, TextEncoder, Buffer, AbortController, fetch, ...), written in plain
// ES2020 on top of a few Go natives (`native`: UTF-8 and other encodings,
// random bytes, URL parsing, multipart parsing, HTTP). It runs once per
// runtime; the compiled program is shared. This file opens the function;
// the other files in prelude/ are its body, in the order prelude.go lists,
// and install.js closes it.
(function (native) {
  'use strict';
  const G = globalThis;
  // V8's Error.captureStackTrace, which error libraries (@hapi/boom, …)
  // call: it gives obj a stack as a new Error would have.
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace(obj) {
        if (obj === null || typeof obj !== 'object') throw new TypeError('Invalid argument');
        const lines = String(new Error().stack).split('\n');
        Object.defineProperty(obj, 'stack', { value: [String(obj.name || 'Error') + (obj.message ? ': ' + obj.message : '')].concat(lines.slice(2)).join('\n'), writable: true, configurable: true });
      },
      writable: true, configurable: true,
    });
  }
  if (!Symbol.asyncIterator) {
    Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
  }

  // ---- bytes helpers -------------------------------------------------
  function toU8(v) {
    if (v instanceof Uint8Array) return v;
    if (v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer)) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    return null;
  }
  function utf8(s) { return new Uint8Array(native.encode(String(s), 'utf8')); }
  function decodeUTF8(u8) { return native.decode(u8.buffer, u8.byteOffset, u8.byteLength, 'utf8'); }
  function concatU8(list) {
    let n = 0;
    for (const c of list) n += c.byteLength;
    const out = new Uint8Array(n);
    let o = 0;
    for (const c of list) { out.set(c, o); o += c.byteLength; }
    return out;
  }

