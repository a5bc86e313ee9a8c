// sharedmemory.js gives goja the SharedArrayBuffer and Atomics that V8 has
// and goja lacks. A runtime is one thread, so shared memory is ordinary
// memory here: a SharedArrayBuffer is an ArrayBuffer object whose
// prototype is SharedArrayBuffer.prototype (typed arrays, DataView and
// TextDecoder take it as they take any buffer), and every Atomics
// operation is trivially atomic. Atomics.wait cannot block (no other
// thread could wake it), so it answers 'not-equal' or, with a zero
// timeout, 'timed-out', and otherwise throws as a browser's main thread
// does; Atomics.waitAsync and Atomics.notify work. A shared
// WebAssembly.Memory's buffer is a SharedArrayBuffer too (wasm.js).
(function () {
  'use strict';
  const G = globalThis;
  if (typeof G.SharedArrayBuffer === 'function') return;
  const hidden = (obj, name, value) => Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  const AB = ArrayBuffer;
  const abLength = Object.getOwnPropertyDescriptor(AB.prototype, 'byteLength').get;
  const isBuffer = (v) => { try { abLength.call(v); return true; } catch (e) { return false; } };

  // ---- SharedArrayBuffer ----------------------------------------------
  function SharedArrayBuffer(length) {
    if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
    return Reflect.construct(AB, [length], new.target);
  }
  const proto = SharedArrayBuffer.prototype;
  const receiver = (v, what) => {
    if (!isBuffer(v) || v instanceof AB) throw new TypeError('Method SharedArrayBuffer.prototype.' + what + ' called on incompatible receiver ' + Object.prototype.toString.call(v));
    return v;
  };
  Object.defineProperties(proto, {
    byteLength: { get: function byteLength() { return abLength.call(receiver(this, 'byteLength')); }, configurable: true },
    growable: { get: function growable() { receiver(this, 'growable'); return false; }, configurable: true },
    maxByteLength: { get: function maxByteLength() { return abLength.call(receiver(this, 'maxByteLength')); }, configurable: true },
    [Symbol.toStringTag]: { value: 'SharedArrayBuffer', configurable: true },
  });
  hidden(proto, 'slice', function slice(start, end) {
    const len = abLength.call(receiver(this, 'slice'));
    const rel = (v, dflt) => {
      if (v === undefined) return dflt;
      const n = Math.trunc(Number(v)) || 0;
      return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
    };
    const from = rel(start, 0);
    const count = Math.max(rel(end, len) - from, 0);
    const out = new SharedArrayBuffer(count);
    new Uint8Array(out).set(new Uint8Array(this, from, count));
    return out;
  });
  Object.defineProperty(SharedArrayBuffer, Symbol.species, { get() { return this; }, configurable: true });
  hidden(G, 'SharedArrayBuffer', SharedArrayBuffer);

  // ---- Atomics ----------------------------------------------------------
  const taTag = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get);
  const integer = new Set(['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);
  // scratch converts a value as storing it in an array of the kind does.
  const scratch = {};
  for (const k of integer) scratch[k] = new G[k](1);
  function validate(ta, waitable) {
    const tag = taTag(ta);
    if (!integer.has(tag) || (waitable && tag !== 'Int32Array' && tag !== 'BigInt64Array')) {
      throw new TypeError(waitable ? '[object Array] is not an int32 or BigInt64 typed array.' : '[object Array] is not an integer shared typed array.');
    }
    return tag;
  }
  function index(ta, i) {
    const n = i === undefined ? 0 : Number(i);
    const idx = Number.isNaN(n) ? 0 : Math.trunc(n);
    if (idx < 0 || idx >= ta.length || !Number.isFinite(idx)) throw new RangeError('Invalid atomic access index');
    return idx;
  }
  const isBig = (tag) => tag.charCodeAt(0) === 66; // 'B'
  function operand(tag, v) {
    if (isBig(tag)) {
      if (typeof v === 'number') throw new TypeError('Cannot convert ' + v + ' to a BigInt');
      return BigInt(v);
    }
    return Math.trunc(Number(v)) || 0;
  }
  function element(tag, v) { const s = scratch[tag]; s[0] = v; return s[0]; }
  const rmw = (name, op) => hidden(Atomics, name, {
    [name](ta, i, v) {
      const tag = validate(ta);
      const idx = index(ta, i);
      v = operand(tag, v);
      const old = ta[idx];
      ta[idx] = op(old, element(tag, v));
      return old;
    },
  }[name]);
  const Atomics = {};
  rmw('add', (a, b) => a + b);
  rmw('sub', (a, b) => a - b);
  rmw('and', (a, b) => a & b);
  rmw('or', (a, b) => a | b);
  rmw('xor', (a, b) => a ^ b);
  rmw('exchange', (a, b) => b);
  hidden(Atomics, 'compareExchange', function compareExchange(ta, i, expected, replacement) {
    const tag = validate(ta);
    const idx = index(ta, i);
    expected = element(tag, operand(tag, expected));
    replacement = operand(tag, replacement);
    const old = ta[idx];
    if (old === expected) ta[idx] = replacement;
    return old;
  });
  hidden(Atomics, 'load', function load(ta, i) { validate(ta); return ta[index(ta, i)]; });
  hidden(Atomics, 'store', function store(ta, i, v) {
    const tag = validate(ta);
    const idx = index(ta, i);
    v = operand(tag, v);
    ta[idx] = v;
    return v;
  });
  hidden(Atomics, 'isLockFree', function isLockFree(size) {
    const n = Number(size);
    return n === 1 || n === 2 || n === 4 || n === 8;
  });
  // waiters: waitAsync's pending waits, per buffer and byte position.
  const waiters = new WeakMap();
  function waitCheck(ta, i, value, timeout) {
    const tag = validate(ta, true);
    const idx = index(ta, i);
    value = element(tag, operand(tag, value));
    let t = timeout === undefined ? Infinity : Number(timeout);
    t = Number.isNaN(t) ? Infinity : Math.max(t, 0);
    return { idx, equal: ta[idx] === value, timeout: t };
  }
  hidden(Atomics, 'wait', function wait(ta, i, value, timeout) {
    const w = waitCheck(ta, i, value, timeout);
    if (!w.equal) return 'not-equal';
    if (w.timeout === 0) return 'timed-out';
    throw new TypeError('Atomics.wait cannot be called in this context');
  });
  hidden(Atomics, 'waitAsync', function waitAsync(ta, i, value, timeout) {
    const w = waitCheck(ta, i, value, timeout);
    if (!w.equal) return { async: false, value: 'not-equal' };
    if (w.timeout === 0) return { async: false, value: 'timed-out' };
    const pos = ta.byteOffset + w.idx * ta.BYTES_PER_ELEMENT;
    let list = waiters.get(ta.buffer);
    if (!list) waiters.set(ta.buffer, list = []);
    const waiter = { pos };
    const value_ = new Promise((resolve) => {
      waiter.wake = (v) => {
        const at = list.indexOf(waiter);
        if (at >= 0) list.splice(at, 1);
        if (waiter.timer !== undefined) clearTimeout(waiter.timer);
        resolve(v);
      };
    });
    if (w.timeout !== Infinity) waiter.timer = setTimeout(() => waiter.wake('timed-out'), w.timeout);
    list.push(waiter);
    return { async: true, value: value_ };
  });
  hidden(Atomics, 'notify', function notify(ta, i, count) {
    validate(ta, true);
    const idx = index(ta, i);
    const n = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
    const list = waiters.get(ta.buffer);
    if (!list) return 0;
    const pos = ta.byteOffset + idx * ta.BYTES_PER_ELEMENT;
    let woken = 0;
    for (const w of list.slice()) {
      if (woken >= n) break;
      if (w.pos === pos) { w.wake('ok'); woken++; }
    }
    return woken;
  });
  Object.defineProperty(Atomics, Symbol.toStringTag, { value: 'Atomics', configurable: true });
  if (typeof G.Atomics !== 'object') hidden(G, 'Atomics', Atomics);
})();
