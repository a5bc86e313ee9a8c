// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- the globals, and the internals the Go side reads ---------------
  const defs = {
    DOMException, Event, CustomEvent, EventTarget, AbortController, AbortSignal, URL, URLSearchParams,
    TextEncoder, TextDecoder, atob, btoa, Blob, File, FormData, ReadableStream,
    ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream, WritableStreamDefaultWriter,
    WritableStreamDefaultController, TransformStream, TransformStreamDefaultController, CountQueuingStrategy,
    ByteLengthQueuingStrategy, TextEncoderStream, TextDecoderStream, Headers, Request, Response,
    fetch, structuredClone, queueMicrotask, Buffer, console,
  };
  for (const k of Object.keys(defs)) {
    Object.defineProperty(G, k, { value: defs[k], writable: true, configurable: true, enumerable: false });
  }
  if (typeof G.performance === 'undefined') {
    const origin = Date.now();
    const performance = { timeOrigin: origin, now: () => Date.now() - origin, mark() {}, measure() {}, toJSON: () => ({ timeOrigin: origin }) };
    Object.defineProperty(G, 'performance', { value: performance, writable: true, configurable: true, enumerable: false });
  }
  if (typeof G.global === 'undefined') G.global = G;
  if (typeof G.self === 'undefined') G.self = G;
  // Internals the Go side reads directly.
  Object.defineProperty(G, '__cometWeb', { value: { inspect, format, formatWithOptions, HL, toU8, incoming, abortIncoming, digest: (alg, u8) => native.digest(alg, u8.buffer, u8.byteOffset, u8.byteLength), hmac: (alg, k, d) => native.hmac(alg, k.buffer, k.byteOffset, k.byteLength, d.buffer, d.byteOffset, d.byteLength), Response, Request, readAllStream, AbortController, DOMException, ReadableStream }, enumerable: false });
})
