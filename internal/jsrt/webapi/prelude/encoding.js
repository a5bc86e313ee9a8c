// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- TextEncoder / TextDecoder / atob / btoa -----------------------
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(s) { return utf8(s === undefined ? '' : s); }
    // encodeInto writes whole characters only, as the spec says: read
    // counts UTF-16 units consumed, written the bytes produced.
    encodeInto(s, dest) {
      if (typedArrayTag(dest) !== 'Uint8Array') throw new TypeError('The "dest" argument must be an instance of Uint8Array.');
      s = String(s);
      let read = 0, written = 0;
      const room = dest.length;
      while (read < s.length) {
        const c = s.codePointAt(read);
        const units = c > 0xffff ? 2 : 1;
        const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (written + n > room) break;
        read += units;
        written += n;
      }
      dest.set(utf8(s.slice(0, read)), 0);
      return { read, written };
    }
  }
  // typedArrayTag is the typed array kind of v ('Uint8Array', ...), or
  // undefined: the brand check WebIDL's conversions make.
  const typedArrayTag = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);
  // utf8Tail is how many bytes at the end of u8 begin a UTF-8 sequence
  // that the next chunk completes (0 if none): decode({stream: true}) keeps
  // them for the next call.
  function utf8Tail(u8) {
    const n = u8.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
      const c = u8[n - back];
      if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
      if (c < 0xc2 || c > 0xf4) return 0; // ASCII, or a byte no sequence starts with
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      if (need <= back) return 0;
      // The byte after the lead has a narrower range for E0, ED, F0 and
      // F4 (no overlong forms, surrogates or code points past U+10FFFF):
      // outside it the tail is already an error, reported now.
      if (back >= 2) {
        const c2 = u8[n - back + 1];
        if (c2 < (c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80) || c2 > (c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf)) return 0;
      }
      return back;
    }
    return 0;
  }
  class TextDecoder {
    constructor(label, opts) {
      const l = label === undefined ? 'utf-8' : String(label);
      // Every label of the Encoding Standard (textdecoder.go); UTF-8 is
      // decoded here, the others by a Go decoder that keeps its own state.
      const found = native.textDecoder(l, !!(opts && opts.fatal));
      if (!found || found[0] === 'replacement') throw new RangeError('The "' + (found ? found[0] : l) + '" encoding is not supported');
      this._name = found[0];
      this._enc = found[0] === 'utf-8' ? 'utf8' : 'go';
      this._go = found[1];
      this.fatal = !!(opts && opts.fatal);
      this.ignoreBOM = !!(opts && opts.ignoreBOM);
      this._pending = null;
      this._bomSeen = false;
    }
    get encoding() { return this._name; }
    decode(input, opts) {
      const stream = !!(opts && opts.stream);
      let u8 = input === undefined ? new Uint8Array(0) : toU8(input);
      if (!u8) throw new TypeError('The "input" argument must be an ArrayBuffer or ArrayBufferView');
      let s;
      if (this._go) {
        s = this._go(u8.buffer, u8.byteOffset, u8.byteLength, stream);
      } else {
        if (this._pending) { u8 = concatU8([this._pending, u8]); this._pending = null; }
        if (stream) {
          const keep = utf8Tail(u8);
          if (keep) { this._pending = u8.slice(u8.length - keep); u8 = u8.subarray(0, u8.length - keep); }
        }
        if (this.fatal && !native.validUTF8(u8.buffer, u8.byteOffset, u8.byteLength)) {
          this._pending = null;
          throw new TypeError('The encoded data was not valid for encoding utf-8');
        }
        s = native.decode(u8.buffer, u8.byteOffset, u8.byteLength, 'utf8');
      }
      // The BOM is the standard's only for UTF-8 and UTF-16.
      if (!this._bomSeen && s.length) {
        if (!this.ignoreBOM && s.charCodeAt(0) === 0xfeff && (this._enc === 'utf8' || this._name === 'utf-16le' || this._name === 'utf-16be')) s = s.slice(1);
        this._bomSeen = true;
      }
      if (!stream) this._bomSeen = false;
      return s;
    }
  }
  function btoa(s) {
    s = String(s);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
    const b = new Uint8Array(native.encode(s, 'latin1'));
    return native.decode(b.buffer, 0, b.byteLength, 'base64');
  }
  function atob(s) {
    // forgiving-base64 decode (HTML): padding only as the last one or two
    // characters of a length that is a multiple of 4.
    s = String(s).replace(/[\t\n\f\r ]/g, '');
    if (s.length % 4 === 0) s = s.replace(/==?$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
      throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    s += '='.repeat((4 - (s.length % 4)) % 4);
    const b = new Uint8Array(native.encode(s, 'base64'));
    return native.decode(b.buffer, 0, b.byteLength, 'latin1');
  }

