// webidl.js gives the Web platform's interfaces the class string WebIDL
// gives them: a Symbol.toStringTag data property (not writable, not
// enumerable, configurable) on each prototype, as Node has, so
// Object.prototype.toString and template strings name the interface
// (`${Object.create(AbortSignal.prototype)}` is "[object AbortSignal]",
// which WPT's test names depend on). It runs after the prelude, engine.js
// and the other extras, over the globals they installed.
(function () {
  'use strict';
  const G = globalThis;
  const names = ['AbortController', 'AbortSignal', 'Blob', 'ByteLengthQueuingStrategy', 'CompressionStream', 'CountQueuingStrategy',
    'Crypto', 'CryptoKey', 'CustomEvent', 'DOMException', 'DecompressionStream', 'Event', 'EventTarget', 'File', 'FormData', 'Headers',
    'ReadableStream', 'ReadableStreamDefaultController', 'ReadableStreamDefaultReader', 'Request', 'Response', 'SubtleCrypto',
    'TextDecoder', 'TextEncoder', 'TransformStream', 'TransformStreamDefaultController', 'URL', 'URLSearchParams',
    'WritableStream', 'WritableStreamDefaultController', 'WritableStreamDefaultWriter'];
  for (const name of names) {
    const ctor = G[name];
    const proto = typeof ctor === 'function' ? ctor.prototype : undefined;
    if (!proto) continue;
    Object.defineProperty(proto, Symbol.toStringTag, { value: name, writable: false, enumerable: false, configurable: true });
  }
})();
