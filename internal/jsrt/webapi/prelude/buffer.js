// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- Buffer (Node) -------------------------------------------------
  const ENCODINGS = { utf8: 'utf8', 'utf-8': 'utf8', binary: 'latin1', latin1: 'latin1', base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii', utf16le: 'utf16le', 'utf-16le': 'utf16le', ucs2: 'utf16le', 'ucs-2': 'utf16le' };
  function encName(e) {
    if (e === undefined || e === null) return 'utf8';
    const n = ENCODINGS[String(e).toLowerCase()];
    if (!n) throw new TypeError('Unknown encoding: ' + e);
    return n;
  }
  class Buffer extends Uint8Array {
    static from(v, encOrOffset, length) {
      if (typeof v === 'string') return asBuffer(new Uint8Array(native.encode(v, encName(encOrOffset))));
      if (v instanceof ArrayBuffer) {
        const off = encOrOffset || 0;
        return new Buffer(v, off, length === undefined ? v.byteLength - off : length);
      }
      if (ArrayBuffer.isView(v)) { const b = Buffer.alloc(v.byteLength); b.set(toU8(v)); return b; }
      if (v && v.type === 'Buffer' && Array.isArray(v.data)) return Buffer.from(v.data);
      if (v && typeof v.length === 'number') { const b = Buffer.alloc(v.length); for (let i = 0; i < v.length; i++) b[i] = v[i] & 255; return b; }
      throw new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.');
    }
    static alloc(n, fill, enc) {
      const b = new Buffer(n);
      if (fill !== undefined) b.fill(typeof fill === 'string' ? Buffer.from(fill, enc)[0] : fill);
      return b;
    }
    static allocUnsafe(n) { return new Buffer(n); }
    static allocUnsafeSlow(n) { return new Buffer(n); }
    static isBuffer(v) { return v instanceof Buffer; }
    static isEncoding(e) { return !!ENCODINGS[String(e).toLowerCase()]; }
    static byteLength(v, enc) {
      if (typeof v === 'string') return native.encode(v, encName(enc)).byteLength;
      return v.byteLength;
    }
    static concat(list, total) {
      const u = concatU8(list.map(toU8));
      const b = asBuffer(u);
      return total === undefined ? b : b.subarray(0, total);
    }
    static compare(a, b) { return a.compare(b); }
    toString(enc, start, end) {
      const s = start || 0;
      const e = end === undefined ? this.byteLength : Math.min(end, this.byteLength);
      if (s >= e) return '';
      return native.decode(this.buffer, this.byteOffset + s, e - s, encName(enc));
    }
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
    equals(o) { return this.compare(o) === 0; }
    compare(o) {
      const n = Math.min(this.length, o.length);
      for (let i = 0; i < n; i++) if (this[i] !== o[i]) return this[i] < o[i] ? -1 : 1;
      return this.length === o.length ? 0 : this.length < o.length ? -1 : 1;
    }
    subarray(s, e) { const u = Uint8Array.prototype.subarray.call(this, s, e); return new Buffer(u.buffer, u.byteOffset, u.byteLength); }
    slice(s, e) { return this.subarray(s, e); }
    write(str, offset, length, enc) {
      if (typeof offset === 'string') { enc = offset; offset = 0; }
      const b = Buffer.from(str, enc);
      const o = offset || 0;
      const n = Math.min(b.length, length === undefined ? this.length - o : length, this.length - o);
      this.set(b.subarray(0, n), o);
      return n;
    }
    indexOf(v, from, enc) {
      if (typeof v === 'string' || v instanceof Uint8Array) {
        const needle = typeof v === 'string' ? Buffer.from(v, enc) : v;
        const start = from === undefined ? 0 : from < 0 ? Math.max(0, this.length + from) : from;
        outer: for (let i = start; i + needle.length <= this.length; i++) {
          for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
          return i;
        }
        return -1;
      }
      return Uint8Array.prototype.indexOf.call(this, v, from);
    }
    includes(v, from, enc) { return this.indexOf(v, from, enc) !== -1; }
    copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
      const src = Uint8Array.prototype.subarray.call(this, sourceStart, Math.max(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart)));
      target.set(src, targetStart);
      return src.length;
    }
  }
  function asBuffer(u8) { return new Buffer(u8.buffer, u8.byteOffset, u8.byteLength); }
  // The fixed-width integer readers and writers of Node's Buffer
  // (readUInt16BE, writeInt32LE, ...), through a DataView.
  for (const [name, size, get] of [['UInt8', 1, 'Uint8'], ['Int8', 1, 'Int8'], ['UInt16', 2, 'Uint16'], ['Int16', 2, 'Int16'], ['UInt32', 4, 'Uint32'], ['Int32', 4, 'Int32'], ['Float', 4, 'Float32'], ['Double', 8, 'Float64'], ['BigUInt64', 8, 'BigUint64'], ['BigInt64', 8, 'BigInt64']]) {
    for (const le of size === 1 ? [null] : [false, true]) {
      const suffix = le === null ? '' : le ? 'LE' : 'BE';
      const check = (b, o) => {
        o = o === undefined ? 0 : o;
        if (o < 0 || o + size > b.length || o !== Math.floor(o)) throw new RangeError('The value of "offset" is out of range. It must be >= 0 and <= ' + (b.length - size) + '. Received ' + o);
        return o;
      };
      const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
      Object.defineProperty(Buffer.prototype, 'read' + name + suffix, { writable: true, configurable: true, value(o) { return view(this)['get' + get](check(this, o), !!le); } });
      Object.defineProperty(Buffer.prototype, 'write' + name + suffix, { writable: true, configurable: true, value(v, o) { const at = check(this, o); view(this)['set' + get](at, v, !!le); return at + size; } });
      if (name.startsWith('UInt')) {
        const alias = 'Uint' + name.slice(4) + suffix;
        Object.defineProperty(Buffer.prototype, 'read' + alias, { writable: true, configurable: true, value: Buffer.prototype['read' + name + suffix] });
        Object.defineProperty(Buffer.prototype, 'write' + alias, { writable: true, configurable: true, value: Buffer.prototype['write' + name + suffix] });
      }
    }
  }

