// buffer.js completes Buffer (internal/jsrt/webapi's prelude defines the
// class) with Node's binary accessors that protocol clients such as pg and
// ioredis use: copy, read/write of (U)Int8/16/32, BigInt64, Float, Double
// in both byte orders, (U)IntLE/BE of 1–6 bytes, swap16/32/64. Each is
// added only when missing. Out-of-range offsets throw Node's
// ERR_OUT_OF_RANGE / ERR_BUFFER_OUT_OF_BOUNDS; the fixed-width accessors
// replace the prelude's, which throw without Node's codes and do not check
// the value's range.
(function () {
  const B = globalThis.Buffer;
  if (!B) return;
  const P = B.prototype;
  const set = (name, fn) => Object.defineProperty(P, name, { value: fn, writable: true, configurable: true });
  const add = (name, fn) => { if (typeof P[name] !== 'function') set(name, fn); };
  const dv = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  function range(name, msg, v) { const e = new RangeError('The value of "' + name + '" is out of range. It must be ' + msg + '. Received ' + v); e.code = 'ERR_OUT_OF_RANGE'; return e; }
  function check(b, offset, size) {
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') { const e = new TypeError('The "offset" argument must be of type number. Received ' + typeof offset); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    if (!Number.isInteger(offset)) throw range('offset', 'an integer', offset);
    if (offset < 0 || offset + size > b.length) {
      if (b.length - size < 0) { const e = new RangeError('Attempt to access memory outside buffer bounds'); e.code = 'ERR_BUFFER_OUT_OF_BOUNDS'; throw e; }
      throw range('offset', '>= 0 and <= ' + (b.length - size), offset);
    }
    return offset;
  }
  const kinds = [['Int8', 1], ['UInt8', 1, 'Uint8'], ['Int16', 2], ['UInt16', 2, 'Uint16'], ['Int32', 4], ['UInt32', 4, 'Uint32'], ['Float', 4, 'Float32'], ['Double', 8, 'Float64'], ['BigInt64', 8], ['BigUInt64', 8, 'BigUint64']];
  const bounds = { Int8: [-128, 127], UInt8: [0, 255], Int16: [-32768, 32767], UInt16: [0, 65535], Int32: [-2147483648, 2147483647], UInt32: [0, 4294967295] };
  for (const [name, size, view = name] of kinds) {
    const orders = size === 1 ? [''] : ['LE', 'BE'];
    for (const order of orders) {
      const le = order === 'LE';
      const read = function (offset) { offset = check(this, offset, size); return dv(this)['get' + view](offset, le); };
      const write = function (value, offset) {
        offset = check(this, offset, size);
        const bd = bounds[name];
        if (bd && (value < bd[0] || value > bd[1])) throw range('value', '>= ' + bd[0] + ' and <= ' + bd[1], value);
        dv(this)['set' + view](offset, name.startsWith('Big') ? BigInt(value) : +value, le);
        return offset + size;
      };
      set('read' + name + order, read);
      set('write' + name + order, write);
      if (name.includes('UInt')) { set('read' + name.replace('UInt', 'Uint') + order, read); set('write' + name.replace('UInt', 'Uint') + order, write); }
    }
  }
  function readVar(signed, le) {
    return function (offset, byteLength) {
      offset = check(this, offset, byteLength);
      let v = 0;
      for (let i = 0; i < byteLength; i++) v = v * 256 + this[offset + (le ? byteLength - 1 - i : i)];
      if (signed && v >= 2 ** (8 * byteLength - 1)) v -= 2 ** (8 * byteLength);
      return v;
    };
  }
  function writeVar(le) {
    return function (value, offset, byteLength) {
      offset = check(this, offset, byteLength);
      let v = value < 0 ? value + 2 ** (8 * byteLength) : value;
      for (let i = 0; i < byteLength; i++) { this[offset + (le ? i : byteLength - 1 - i)] = v % 256; v = Math.floor(v / 256); }
      return offset + byteLength;
    };
  }
  for (const [n, signed, le] of [['readUIntLE', false, true], ['readUIntBE', false, false], ['readIntLE', true, true], ['readIntBE', true, false]]) { add(n, readVar(signed, le)); add(n.replace('UInt', 'Uint'), readVar(signed, le)); }
  for (const [n, le] of [['writeUIntLE', true], ['writeUIntBE', false], ['writeIntLE', true], ['writeIntBE', false]]) { add(n, writeVar(le)); add(n.replace('UInt', 'Uint'), writeVar(le)); }
  add('copy', function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
    if (sourceEnd > this.length) sourceEnd = this.length;
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
    Uint8Array.prototype.set.call(target, Uint8Array.prototype.subarray.call(this, sourceStart, sourceStart + n), targetStart);
    return n;
  });
  // write(string, offset, encoding): Node takes the encoding in the length
  // position too.
  const write = P.write;
  if (typeof write === 'function' && !write.__comet) {
    const w = function (str, offset, length, enc) {
      if (typeof length === 'string') { enc = length; length = undefined; }
      return write.call(this, str, offset, length, enc);
    };
    w.__comet = true;
    Object.defineProperty(P, 'write', { value: w, writable: true, configurable: true });
  }
  const swap = (size) => function () {
    if (this.length % size) { const e = new RangeError('Buffer size must be a multiple of ' + size * 8 + '-bits'); e.code = 'ERR_INVALID_BUFFER_SIZE'; throw e; }
    for (let i = 0; i < this.length; i += size) Uint8Array.prototype.reverse.call(Uint8Array.prototype.subarray.call(this, i, i + size));
    return this;
  };
  add('swap16', swap(2));
  add('swap32', swap(4));
  add('swap64', swap(8));
})();

// Buffer as Node has it: a function, so the deprecated Buffer(x) and
// new Buffer(x) forms old packages still use (safer-buffer, under
// iconv-lite) work, with its static methods as enumerable own properties
// in Node's order (safer-buffer copies them with for…in). The class the
// prelude defines stays the prototype's owner; instanceof, species and
// subclassing results are unchanged.
(function () {
  const B = globalThis.Buffer;
  if (!B || B.__cometCallable) return;
  const Buffer = function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') { const e = new TypeError('The "string" argument must be of type string. Received type number (' + arg + ')'); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
      return B.alloc(arg);
    }
    return B.from(arg, encodingOrOffset, length);
  };
  Object.setPrototypeOf(Buffer, Uint8Array);
  Object.defineProperty(Buffer, 'length', { value: 3 });
  Buffer.prototype = B.prototype;
  Object.defineProperty(B.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
  Buffer.poolSize = 8192;
  const statics = { of(...items) { return B.from(items); }, copyBytesFrom: function copyBytesFrom(view, offset, length) {
    const size = view.BYTES_PER_ELEMENT, start = (offset || 0) * size;
    const end = length === undefined ? view.byteLength : Math.min(view.byteLength, start + length * size);
    return B.from(new Uint8Array(view.buffer, view.byteOffset + start, Math.max(0, end - start)));
  } };
  for (const k of ['from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength']) {
    const f = Object.prototype.hasOwnProperty.call(B, k) ? B[k] : statics[k];
    // Node's statics are plain functions, so `new Buffer.allocUnsafeSlow(n)`
    // works (cbor-x, msgpackr allocate that way); class methods are not
    // constructors. `of` is the exception, as in Node.
    if (typeof f !== 'function') continue;
    if (k === 'of') { Buffer[k] = f; continue; }
    const w = { [k]: function (...args) { return f.apply(new.target ? B : this, args); } }[k];
    Object.defineProperty(w, 'length', { value: f.length });
    Buffer[k] = w;
  }
  for (const k of Object.getOwnPropertyNames(B)) {
    if (!(k in Buffer) && k !== 'prototype' && k !== 'length' && k !== 'name') Object.defineProperty(Buffer, k, Object.getOwnPropertyDescriptor(B, k));
  }
  Object.defineProperty(Buffer, '__cometCallable', { value: true });
  const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
  Object.defineProperty(globalThis, 'Buffer', { ...d, value: Buffer });
})();
