// Comet's Web platform prelude: the classes an endpoint expects from a
// browser or Node 20 (Headers, Request, Response, URL, streams, FormData,
// Blob, TextEncoder, Buffer, AbortController, fetch, ...), written in plain
// ES2020 on top of a few Go natives (`native`: UTF-8 and other encodings,
// random bytes, URL parsing, multipart parsing, HTTP). It runs once per
// runtime; the compiled program is shared.
(function (native) {
  'use strict';
  const G = globalThis;
  if (!Symbol.asyncIterator) {
    Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
  }

  // ---- bytes helpers -------------------------------------------------
  function toU8(v) {
    if (v instanceof Uint8Array) return v;
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
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

  // ---- DOMException, Event, EventTarget ------------------------------
  class DOMException extends Error {
    constructor(message, name) {
      super(message === undefined ? '' : String(message));
      this.name = name === undefined ? 'Error' : String(name);
    }
    get code() { return { AbortError: 20, TimeoutError: 23, InvalidCharacterError: 5, DataCloneError: 25 }[this.name] || 0; }
  }
  class Event {
    constructor(type, init) {
      this.type = String(type);
      this.bubbles = !!(init && init.bubbles);
      this.cancelable = !!(init && init.cancelable);
      this.defaultPrevented = false;
      this.target = null;
      this.currentTarget = null;
      this.timeStamp = Date.now();
    }
    preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this._stop = true; }
  }
  // Listeners live in a Map made on the first addEventListener: most
  // AbortSignals (one per request) never get one.
  const LISTENERS = Symbol('listeners');
  class EventTarget {
    addEventListener(type, fn, opts) {
      if (!fn) return;
      if (this[LISTENERS] === null) this[LISTENERS] = new Map();
      const list = this[LISTENERS].get(type) || [];
      if (list.some((l) => l.fn === fn)) return;
      list.push({ fn, once: !!(opts && typeof opts === 'object' && opts.once) });
      this[LISTENERS].set(type, list);
    }
    removeEventListener(type, fn) {
      const list = this[LISTENERS] && this[LISTENERS].get(type);
      if (!list) return;
      const i = list.findIndex((l) => l.fn === fn);
      if (i >= 0) list.splice(i, 1);
    }
    dispatchEvent(ev) {
      ev.target = ev.currentTarget = this;
      const handler = this['on' + ev.type];
      if (typeof handler === 'function') handler.call(this, ev);
      const list = (this[LISTENERS] && this[LISTENERS].get(ev.type)) || [];
      for (const l of list.slice()) {
        if (l.once) this.removeEventListener(ev.type, l.fn);
        if (typeof l.fn === 'function') l.fn.call(this, ev);
        else if (l.fn && typeof l.fn.handleEvent === 'function') l.fn.handleEvent(ev);
        if (ev._stop) break;
      }
      return !ev.defaultPrevented;
    }
  }

  // ---- AbortController ----------------------------------------------
  // AbortSignal is an EventTarget whose state starts on the prototype, so
  // making one (every incoming request has one) costs one object.
  class AbortSignal {
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) { const c = new AbortController(); c.abort(reason); return c.signal; }
    static timeout(ms) {
      const c = new AbortController();
      setTimeout(() => c.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
      return c.signal;
    }
    static any(signals) {
      const c = new AbortController();
      for (const s of signals) {
        if (s.aborted) { c.abort(s.reason); break; }
        s.addEventListener('abort', () => c.abort(s.reason), { once: true });
      }
      return c.signal;
    }
  }
  Object.setPrototypeOf(AbortSignal.prototype, EventTarget.prototype);
  Object.setPrototypeOf(AbortSignal, EventTarget);
  Object.assign(AbortSignal.prototype, { aborted: false, reason: undefined, onabort: null });
  EventTarget.prototype[LISTENERS] = null;
  function abortSignal(signal, reason) {
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    signal.dispatchEvent(new Event('abort'));
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) { abortSignal(this.signal, reason); }
  }

  // ---- URLSearchParams and URL ---------------------------------------
  function formEncode(s) {
    return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }
  function formDecode(s) {
    s = s.replace(/\+/g, ' ');
    try { return decodeURIComponent(s); } catch (e) {
      return s.replace(/%([0-9a-fA-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
    }
  }
  const LIST = Symbol('list');
  const OWNER = Symbol('owner');
  class URLSearchParams {
    constructor(init) {
      this[LIST] = [];
      this[OWNER] = null;
      if (init === undefined || init === null) return;
      if (init instanceof URLSearchParams) { this[LIST] = init[LIST].map((p) => p.slice()); return; }
      if (typeof init === 'object') {
        if (typeof init[Symbol.iterator] === 'function') {
          for (const pair of init) {
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError("Failed to construct 'URLSearchParams': Invalid pair");
            this[LIST].push([String(p[0]), String(p[1])]);
          }
        } else {
          for (const k of Object.keys(init)) this[LIST].push([k, String(init[k])]);
        }
        return;
      }
      this._parse(String(init));
    }
    _parse(s) {
      this[LIST] = [];
      if (s.startsWith('?')) s = s.slice(1);
      for (const part of s.split('&')) {
        if (!part) continue;
        const i = part.indexOf('=');
        const k = i < 0 ? part : part.slice(0, i);
        const v = i < 0 ? '' : part.slice(i + 1);
        this[LIST].push([formDecode(k), formDecode(v)]);
      }
    }
    _update() { if (this[OWNER]) this[OWNER]._setSearchFromParams(this.toString()); }
    get size() { return this[LIST].length; }
    append(k, v) { this[LIST].push([String(k), String(v)]); this._update(); }
    delete(k, v) {
      k = String(k);
      this[LIST] = this[LIST].filter((p) => !(p[0] === k && (v === undefined || p[1] === String(v))));
      this._update();
    }
    get(k) { k = String(k); const p = this[LIST].find((x) => x[0] === k); return p ? p[1] : null; }
    getAll(k) { k = String(k); return this[LIST].filter((x) => x[0] === k).map((x) => x[1]); }
    has(k, v) { k = String(k); return this[LIST].some((x) => x[0] === k && (v === undefined || x[1] === String(v))); }
    set(k, v) {
      k = String(k); v = String(v);
      const i = this[LIST].findIndex((x) => x[0] === k);
      if (i < 0) this[LIST].push([k, v]);
      else { this[LIST][i][1] = v; this[LIST] = this[LIST].filter((x, j) => j <= i || x[0] !== k); }
      this._update();
    }
    sort() {
      this[LIST] = this[LIST].map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]);
      this._update();
    }
    forEach(fn, thisArg) { for (const [k, v] of this[LIST]) fn.call(thisArg, v, k, this); }
    *entries() { for (const p of this[LIST]) yield [p[0], p[1]]; }
    *keys() { for (const p of this[LIST]) yield p[0]; }
    *values() { for (const p of this[LIST]) yield p[1]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this[LIST].map(([k, v]) => formEncode(k) + '=' + formEncode(v)).join('&'); }
    get [Symbol.toStringTag]() { return 'URLSearchParams'; }
  }

  // A URL keeps the parts Go's parser returned (native.parseURL: protocol,
  // username, password, hostname, port, pathname, search, hash, special).
  // Setters of the authority and scheme rebuild the href and parse it
  // again, so the result is always what the parser would give.
  const U = Symbol('url');
  function parseParts(input, base) {
    return native.parseURL(String(input), base === undefined ? undefined : String(base));
  }
  function hostOf(u) { return u.port ? u.hostname + ':' + u.port : u.hostname; }
  function hrefOf(u) {
    let auth = '';
    if (u.username || u.password) auth = u.username + (u.password ? ':' + u.password : '') + '@';
    const slashes = u.special || u.hostname || u.protocol === 'file:' ? '//' : '';
    return u.protocol + slashes + auth + hostOf(u) + u.pathname + u.search + u.hash;
  }
  class URL {
    constructor(input, base) {
      const parts = parseParts(input, base);
      if (!parts) throw new TypeError('Invalid URL: ' + String(input));
      this[U] = parts;
      this._sp = null;
    }
    static canParse(input, base) { return !!parseParts(input, base); }
    static parse(input, base) { const p = parseParts(input, base); if (!p) return null; const u = Object.create(URL.prototype); u[U] = p; u._sp = null; return u; }
    _reparse(changes) {
      const p = parseParts(hrefOf(Object.assign({}, this[U], changes)));
      if (!p || p.special !== this[U].special) return;
      this[U] = p;
      if (this._sp) this._sp._parse(p.search);
    }
    get href() { return hrefOf(this[U]); }
    set href(v) {
      const p = parseParts(v);
      if (!p) throw new TypeError('Invalid URL: ' + v);
      this[U] = p;
      if (this._sp) this._sp._parse(p.search);
    }
    get origin() { const u = this[U]; return u.special && u.protocol !== 'file:' ? u.protocol + '//' + hostOf(u) : 'null'; }
    get protocol() { return this[U].protocol; }
    set protocol(v) {
      const m = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(String(v));
      if (m) this._reparse({ protocol: m[1].toLowerCase() + ':' });
    }
    get username() { return this[U].username; }
    set username(v) { if (this[U].hostname) this._reparse({ username: encodeURIComponent(String(v)) }); }
    get password() { return this[U].password; }
    set password(v) { if (this[U].hostname) this._reparse({ password: encodeURIComponent(String(v)) }); }
    get host() { return hostOf(this[U]); }
    set host(v) { v = String(v); if (v) this._reparse({ hostname: v, port: '' }); }
    get hostname() { return this[U].hostname; }
    set hostname(v) { v = String(v); if (v) this._reparse({ hostname: v.replace(/:.*$/, (m) => (v.startsWith('[') ? m : '')) }); }
    get port() { return this[U].port; }
    set port(v) {
      v = String(v);
      const m = /^\d*/.exec(v)[0];
      if (m || v === '') this._reparse({ port: m });
    }
    get pathname() { return this[U].pathname; }
    set pathname(v) {
      v = String(v);
      if (this[U].special && !v.startsWith('/')) v = '/' + v;
      this._reparse({ pathname: native.encodePath(v) });
    }
    get search() { return this[U].search.length > 1 ? this[U].search : ''; }
    set search(v) {
      v = String(v);
      if (v.startsWith('?')) v = v.slice(1);
      this[U].search = v ? '?' + native.encodeQuery(v) : '';
      if (this._sp) this._sp._parse(this[U].search);
    }
    _setSearchFromParams(s) { this[U].search = s ? '?' + s : ''; }
    get searchParams() {
      if (!this._sp) { this._sp = new URLSearchParams(this[U].search); this._sp[OWNER] = this; }
      return this._sp;
    }
    get hash() { return this[U].hash.length > 1 ? this[U].hash : ''; }
    set hash(v) { v = String(v); if (v.startsWith('#')) v = v.slice(1); this[U].hash = v ? '#' + native.encodeFragment(v) : ''; }
    toString() { return this.href; }
    toJSON() { return this.href; }
    get [Symbol.toStringTag]() { return 'URL'; }
  }

  // ---- TextEncoder / TextDecoder / atob / btoa -----------------------
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(s) { return utf8(s === undefined ? '' : s); }
    // encodeInto writes whole characters only, as the spec says: read
    // counts UTF-16 units consumed, written the bytes produced.
    encodeInto(s, dest) {
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
  const DECODERS = { 'utf-8': 'utf8', utf8: 'utf8', 'unicode-1-1-utf-8': 'utf8', latin1: 'latin1', 'iso-8859-1': 'latin1', 'windows-1252': 'latin1', ascii: 'latin1', 'us-ascii': 'latin1', 'utf-16le': 'utf16le', 'utf-16': 'utf16le' };
  // utf8Tail is how many bytes at the end of u8 begin a UTF-8 sequence
  // that the next chunk completes (0 if none): decode({stream: true}) keeps
  // them for the next call.
  function utf8Tail(u8) {
    const n = u8.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
      const c = u8[n - back];
      if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }
  class TextDecoder {
    constructor(label, opts) {
      const l = String(label === undefined ? 'utf-8' : label).toLowerCase().trim();
      this._enc = DECODERS[l];
      if (!this._enc) throw new RangeError('The "' + label + '" encoding is not supported');
      this.fatal = !!(opts && opts.fatal);
      this.ignoreBOM = !!(opts && opts.ignoreBOM);
      this._pending = null;
      this._bomSeen = false;
    }
    get encoding() { return { utf8: 'utf-8', latin1: 'windows-1252', utf16le: 'utf-16le' }[this._enc]; }
    decode(input, opts) {
      const stream = !!(opts && opts.stream);
      let u8 = input === undefined ? new Uint8Array(0) : toU8(input);
      if (!u8) throw new TypeError('The "input" argument must be an ArrayBuffer or ArrayBufferView');
      if (this._pending) { u8 = concatU8([this._pending, u8]); this._pending = null; }
      if (stream) {
        const keep = this._enc === 'utf8' ? utf8Tail(u8) : this._enc === 'utf16le' ? u8.length % 2 : 0;
        if (keep) { this._pending = u8.slice(u8.length - keep); u8 = u8.subarray(0, u8.length - keep); }
      }
      if (this.fatal && this._enc === 'utf8' && !native.validUTF8(u8.buffer, u8.byteOffset, u8.byteLength)) {
        this._pending = null;
        throw new TypeError('The encoded data was not valid for encoding utf-8');
      }
      let s = native.decode(u8.buffer, u8.byteOffset, u8.byteLength, this._enc);
      if (!this._bomSeen && s.length) {
        if (!this.ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
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
    s = String(s).replace(/[\t\n\f\r ]/g, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(s) || /=[^=]/.test(s)) {
      throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    const b = new Uint8Array(native.encode(s, 'base64'));
    return native.decode(b.buffer, 0, b.byteLength, 'latin1');
  }

  // ---- Blob, File, FormData ------------------------------------------
  class Blob {
    constructor(parts, opts) {
      const chunks = [];
      for (const p of parts || []) {
        if (p instanceof Blob) chunks.push(p._bytes);
        else {
          const u8 = toU8(p);
          chunks.push(u8 ? new Uint8Array(u8) : utf8(String(p)));
        }
      }
      this._bytes = concatU8(chunks);
      this.type = opts && opts.type ? String(opts.type).toLowerCase() : '';
    }
    get size() { return this._bytes.byteLength; }
    async text() { return decodeUTF8(this._bytes); }
    async arrayBuffer() { return this._bytes.slice().buffer; }
    async bytes() { return this._bytes.slice(); }
    slice(start, end, type) { const b = new Blob([], { type }); b._bytes = this._bytes.slice(start, end); return b; }
    stream() { return streamOf(this._bytes); }
    get [Symbol.toStringTag]() { return 'Blob'; }
  }
  class File extends Blob {
    constructor(parts, name, opts) {
      super(parts, opts);
      this.name = String(name);
      this.lastModified = opts && opts.lastModified !== undefined ? Number(opts.lastModified) : Date.now();
    }
    get [Symbol.toStringTag]() { return 'File'; }
  }
  function formValue(v, filename) {
    if (v instanceof Blob) {
      if (v instanceof File && filename === undefined) return v;
      const f = new File([], filename !== undefined ? filename : (v instanceof File ? v.name : 'blob'), { type: v.type });
      f._bytes = v._bytes;
      return f;
    }
    return String(v);
  }
  class FormData {
    constructor() { this._list = []; }
    append(k, v, filename) { this._list.push([String(k), formValue(v, filename)]); }
    set(k, v, filename) {
      k = String(k);
      const i = this._list.findIndex((x) => x[0] === k);
      const val = formValue(v, filename);
      if (i < 0) this._list.push([k, val]);
      else { this._list[i][1] = val; this._list = this._list.filter((x, j) => j <= i || x[0] !== k); }
    }
    get(k) { const p = this._list.find((x) => x[0] === String(k)); return p ? p[1] : null; }
    getAll(k) { return this._list.filter((x) => x[0] === String(k)).map((x) => x[1]); }
    has(k) { return this._list.some((x) => x[0] === String(k)); }
    delete(k) { this._list = this._list.filter((x) => x[0] !== String(k)); }
    forEach(fn, thisArg) { for (const [k, v] of this._list) fn.call(thisArg, v, k, this); }
    *entries() { for (const p of this._list) yield [p[0], p[1]]; }
    *keys() { for (const p of this._list) yield p[0]; }
    *values() { for (const p of this._list) yield p[1]; }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'FormData'; }
  }
  function encodeMultipart(fd) {
    const boundary = '----CometFormBoundary' + native.randomHex(8);
    const chunks = [];
    const esc = (s) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    for (const [k, v] of fd._list) {
      let head = '--' + boundary + '\r\nContent-Disposition: form-data; name="' + esc(k) + '"';
      if (v instanceof File) {
        head += '; filename="' + esc(v.name) + '"\r\nContent-Type: ' + (v.type || 'application/octet-stream') + '\r\n\r\n';
        chunks.push(utf8(head), v._bytes, utf8('\r\n'));
      } else {
        chunks.push(utf8(head + '\r\n\r\n' + v + '\r\n'));
      }
    }
    chunks.push(utf8('--' + boundary + '--\r\n'));
    return { bytes: concatU8(chunks), type: 'multipart/form-data; boundary=' + boundary };
  }

  // ---- ReadableStream ------------------------------------------------
  class ReadableStreamDefaultController {
    constructor(stream) { this._s = stream; }
    get desiredSize() { return this._s._state === 'readable' ? Math.max(0, 1 - this._s._queue.length) : 0; }
    enqueue(chunk) {
      const s = this._s;
      if (s._state !== 'readable' || s._closeRequested) throw new TypeError('Cannot enqueue a chunk into a closed stream');
      if (s._reads.length) s._reads.shift().resolve({ value: chunk, done: false });
      else s._queue.push(chunk);
    }
    close() {
      const s = this._s;
      if (s._state !== 'readable' || s._closeRequested) throw new TypeError('The stream is already closed');
      s._closeRequested = true;
      if (!s._queue.length) s._finish();
    }
    error(e) { this._s._fail(e); }
  }
  class ReadableStreamDefaultReader {
    constructor(stream) {
      if (stream._locked) throw new TypeError('ReadableStream is locked');
      stream._locked = true;
      this._s = stream;
      this.closed = stream._closedPromise;
    }
    read() {
      const s = this._s;
      if (!s) return Promise.reject(new TypeError('This reader has been released'));
      s._disturbed = true;
      if (s._queue.length) {
        const value = s._queue.shift();
        if (!s._queue.length && s._closeRequested) s._finish();
        else s._maybePull();
        return Promise.resolve({ value, done: false });
      }
      if (s._state === 'closed') return Promise.resolve({ value: undefined, done: true });
      if (s._state === 'errored') return Promise.reject(s._error);
      return new Promise((resolve, reject) => { s._reads.push({ resolve, reject }); s._maybePull(); });
    }
    releaseLock() { if (this._s) { this._s._locked = false; this._s = null; } }
    cancel(reason) { return this._s ? this._s.cancel(reason, true) : Promise.resolve(); }
  }
  class ReadableStream {
    constructor(source, strategy) {
      source = source || {};
      this._source = source;
      this._queue = [];
      this._reads = [];
      this._state = 'readable';
      this._locked = false;
      this._pulling = false;
      this._closeRequested = false;
      this._closedPromise = new Promise((res, rej) => { this._resolveClosed = res; this._rejectClosed = rej; });
      this._closedPromise.catch(() => {});
      this._controller = new ReadableStreamDefaultController(this);
      this._started = false;
      let started;
      try { started = source.start ? source.start(this._controller) : undefined; } catch (e) { this._fail(e); }
      Promise.resolve(started).then(() => { this._started = true; this._maybePull(); }, (e) => this._fail(e));
    }
    get locked() { return this._locked; }
    _maybePull() {
      if (!this._started || this._pulling || this._state !== 'readable' || this._closeRequested) return;
      if (!this._source.pull) return;
      if (this._queue.length && !this._reads.length) return;
      this._pulling = true;
      let r;
      try { r = this._source.pull(this._controller); } catch (e) { this._fail(e); return; }
      Promise.resolve(r).then(() => {
        this._pulling = false;
        if (this._reads.length) this._maybePull();
      }, (e) => this._fail(e));
    }
    _finish() {
      if (this._state !== 'readable') return;
      this._state = 'closed';
      for (const r of this._reads.splice(0)) r.resolve({ value: undefined, done: true });
      this._resolveClosed();
    }
    _fail(e) {
      if (this._state !== 'readable') return;
      this._state = 'errored';
      this._error = e;
      this._queue = [];
      for (const r of this._reads.splice(0)) r.reject(e);
      this._rejectClosed(e);
    }
    cancel(reason, fromReader) {
      if (this._locked && !fromReader) return Promise.reject(new TypeError('Cannot cancel a locked stream'));
      this._disturbed = true;
      if (this._state === 'closed') return Promise.resolve();
      if (this._state === 'errored') return Promise.reject(this._error);
      this._queue = [];
      this._finish();
      try {
        return Promise.resolve(this._source.cancel ? this._source.cancel(reason) : undefined).then(() => undefined);
      } catch (e) { return Promise.reject(e); }
    }
    getReader(opts) {
      if (opts && opts.mode === 'byob') throw new TypeError('BYOB readers are not supported');
      return new ReadableStreamDefaultReader(this);
    }
    async pipeTo(dest) {
      const reader = this.getReader();
      const writer = dest.getWriter();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        await writer.write(value);
      }
      await writer.close();
    }
    pipeThrough(t) { this.pipeTo(t.writable); return t.readable; }
    tee() {
      const reader = this.getReader();
      let c1, c2;
      const pull = () => reader.read().then(({ value, done }) => {
        if (done) { c1.close(); c2.close(); return; }
        c1.enqueue(value); c2.enqueue(value);
      });
      let pending = null;
      const once = () => (pending = pending || pull().then(() => { pending = null; }));
      return [new ReadableStream({ start(c) { c1 = c; }, pull: once }), new ReadableStream({ start(c) { c2 = c; }, pull: once })];
    }
    values(opts) {
      const reader = this.getReader();
      const preventCancel = !!(opts && opts.preventCancel);
      return {
        next: () => reader.read(),
        return: (v) => { if (!preventCancel) reader.cancel(v); else reader.releaseLock(); return Promise.resolve({ value: v, done: true }); },
        [Symbol.asyncIterator]() { return this; },
      };
    }
    [Symbol.asyncIterator](opts) { return this.values(opts); }
    static from(iterable) {
      if (iterable instanceof ReadableStream) return iterable;
      const it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
      return new ReadableStream({
        async pull(c) { const { value, done } = await it.next(); if (done) c.close(); else c.enqueue(value); },
        async cancel(r) { if (it.return) await it.return(r); },
      });
    }
  }
  ReadableStream.prototype._disturbed = false;
  // streamOf makes the stream of a body held as bytes. It remembers them
  // (_bytes), so ReadResponse can still take them whole if nobody read the
  // stream (code often only tests `if (response.body)`).
  function streamOf(u8) {
    const s = new ReadableStream({ start(c) { if (u8.byteLength) c.enqueue(u8); c.close(); } });
    s._bytes = u8;
    return s;
  }
  async function readAllStream(stream) {
    const reader = stream.getReader();
    const chunks = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const u8 = toU8(value);
      if (!u8) {
        if (typeof value === 'string') { chunks.push(utf8(value)); continue; }
        throw new TypeError('Received non-Uint8Array chunk');
      }
      chunks.push(u8);
    }
    return concatU8(chunks);
  }
  class WritableStream {
    constructor(sink) { this._sink = sink || {}; this._locked = false; this._controller = { error() {} }; if (this._sink.start) this._sink.start(this._controller); }
    get locked() { return this._locked; }
    getWriter() {
      const sink = this._sink;
      this._locked = true;
      return {
        write: async (chunk) => { if (sink.write) await sink.write(chunk, this._controller); },
        close: async () => { if (sink.close) await sink.close(); },
        abort: async (r) => { if (sink.abort) await sink.abort(r); },
        releaseLock: () => { this._locked = false; },
        ready: Promise.resolve(),
        closed: Promise.resolve(),
        desiredSize: 1,
      };
    }
  }
  class TransformStream {
    constructor(transformer) {
      transformer = transformer || {};
      let rc;
      this.readable = new ReadableStream({ start(c) { rc = c; } });
      const ctrl = { enqueue: (c) => rc.enqueue(c), error: (e) => rc.error(e), terminate: () => rc.close() };
      if (transformer.start) transformer.start(ctrl);
      this.writable = new WritableStream({
        write: async (chunk) => { if (transformer.transform) await transformer.transform(chunk, ctrl); else rc.enqueue(chunk); },
        close: async () => { if (transformer.flush) await transformer.flush(ctrl); rc.close(); },
      });
    }
  }

  class TextEncoderStream extends TransformStream {
    constructor() {
      const enc = new TextEncoder();
      let high = '';
      super({
        transform(chunk, c) {
          let str = high + String(chunk);
          high = '';
          const last = str.charCodeAt(str.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) { high = str.slice(-1); str = str.slice(0, -1); }
          if (str) c.enqueue(enc.encode(str));
        },
        flush(c) { if (high) c.enqueue(enc.encode(high)); },
      });
    }
    get encoding() { return 'utf-8'; }
  }
  class TextDecoderStream extends TransformStream {
    constructor(label, opts) {
      const dec = new TextDecoder(label, opts);
      super({
        transform(chunk, c) { const s = dec.decode(chunk, { stream: true }); if (s) c.enqueue(s); },
        flush(c) { const s = dec.decode(); if (s) c.enqueue(s); },
      });
      this._dec = dec;
    }
    get encoding() { return this._dec.encoding; }
    get fatal() { return this._dec.fatal; }
    get ignoreBOM() { return this._dec.ignoreBOM; }
  }

  // ---- Headers -------------------------------------------------------
  // A Headers keeps its fields in one flat array, [name, value, name,
  // value, ...], names lower-cased, in insertion order. It is the cheapest
  // shape to build in goja and to read from Go (ReadResponse reads it
  // directly), and repeated fields such as Set-Cookie stay apart.
  const HL = Symbol('list');
  const GUARD = Symbol('guard');
  // Names seen before map to their lower-cased form, so the common headers
  // skip the regular expression (the costliest step of building a Response).
  const knownNames = new Map();
  const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  function normName(n) {
    if (typeof n !== 'string') n = String(n);
    let lower = knownNames.get(n);
    if (lower !== undefined) return lower;
    if (!tokenRe.test(n)) throw new TypeError('Headers: invalid header name: "' + n + '"');
    lower = n.toLowerCase();
    if (knownNames.size < 1024) knownNames.set(n, lower);
    return lower;
  }
  const edgeSpaceRe = /^[\t\n\r ]+|[\t\n\r ]+$/g;
  const badValueRe = /[\0\r\n]/;
  function isSpace(c) { return c === 32 || c === 9 || c === 10 || c === 13; }
  function normValue(v) {
    if (typeof v !== 'string') v = String(v);
    const n = v.length;
    if (n === 0) return v;
    if (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(n - 1))) v = v.replace(edgeSpaceRe, '');
    if (badValueRe.test(v)) throw new TypeError('Headers: invalid header value: ' + JSON.stringify(v));
    return v;
  }
  function listIndex(list, name) {
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return i;
    return -1;
  }
  function listDelete(list, name, from) {
    for (let i = list.length - 2; i >= from; i -= 2) if (list[i] === name) list.splice(i, 2);
  }
  function fillHeaders(list, init) {
    if (init instanceof Headers) {
      const src = init[HL];
      for (let i = 0; i < src.length; i++) list.push(src[i]);
      return;
    }
    if (typeof init !== 'object') throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'");
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        if (pair === null || typeof pair !== 'object') throw new TypeError("Failed to construct 'Headers': Invalid value");
        const p = Array.isArray(pair) ? pair : Array.from(pair);
        if (p.length !== 2) throw new TypeError("Failed to construct 'Headers': Invalid value");
        list.push(normName(p[0]), normValue(p[1]));
      }
      return;
    }
    const keys = Object.keys(init);
    for (let i = 0; i < keys.length; i++) list.push(normName(keys[i]), normValue(init[keys[i]]));
  }
  // sortedEntries is the spec's "sort and combine": names sorted, values of
  // one name joined with ", ", except that each Set-Cookie stays its own.
  function sortedEntries(list) {
    const names = [];
    for (let i = 0; i < list.length; i += 2) if (!names.includes(list[i])) names.push(list[i]);
    names.sort();
    const out = [];
    for (const n of names) {
      if (n === 'set-cookie') {
        for (let i = 0; i < list.length; i += 2) if (list[i] === n) out.push([n, list[i + 1]]);
      } else {
        out.push([n, getHeader(list, n)]);
      }
    }
    return out;
  }
  function getHeader(list, name) {
    let out = null;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out = out === null ? list[i + 1] : out + ', ' + list[i + 1];
    }
    return out;
  }
  function headersOf(list, immutable) {
    const h = Object.create(Headers.prototype);
    h[HL] = list;
    if (immutable) h[GUARD] = true;
    return h;
  }
  class Headers {
    constructor(init) {
      this[HL] = init === undefined || init === null ? [] : headerList(init);
    }
    append(name, value) {
      if (this[GUARD]) throw new TypeError('Headers are immutable');
      this[HL].push(normName(name), normValue(value));
    }
    set(name, value) {
      if (this[GUARD]) throw new TypeError('Headers are immutable');
      const n = normName(name), v = normValue(value), list = this[HL];
      const i = listIndex(list, n);
      if (i < 0) { list.push(n, v); return; }
      list[i + 1] = v;
      listDelete(list, n, i + 2);
    }
    get(name) { return getHeader(this[HL], normName(name)); }
    getSetCookie() {
      const list = this[HL], out = [];
      for (let i = 0; i < list.length; i += 2) if (list[i] === 'set-cookie') out.push(list[i + 1]);
      return out;
    }
    has(name) { return listIndex(this[HL], normName(name)) >= 0; }
    delete(name) {
      if (this[GUARD]) throw new TypeError('Headers are immutable');
      listDelete(this[HL], normName(name), 0);
    }
    entries() { return sortedEntries(this[HL])[Symbol.iterator](); }
    keys() { return sortedEntries(this[HL]).map((p) => p[0])[Symbol.iterator](); }
    values() { return sortedEntries(this[HL]).map((p) => p[1])[Symbol.iterator](); }
    forEach(fn, thisArg) { for (const [k, v] of sortedEntries(this[HL])) fn.call(thisArg, v, k, this); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'Headers'; }
  }
  Headers.prototype[GUARD] = false;
  // headerList turns a HeadersInit into a new flat list. A plain object,
  // the usual init, is read by Go in one call; Go declines (undefined) for
  // iterables, which fillHeaders reads.
  function headerList(init) {
    if (init instanceof Headers) return init[HL].slice();
    const list = native.headerList(init);
    if (list !== undefined) return list;
    const out = [];
    fillHeaders(out, init);
    return out;
  }

  // ---- Body (shared by Request and Response) --------------------------
  // _body is null, a string, a Uint8Array or a ReadableStream. Strings stay
  // strings until someone asks for bytes: the Go side reads them as they are.
  function extractBody(body) {
    if (typeof body === 'string') return { body, type: 'text/plain;charset=UTF-8' };
    if (body instanceof ArrayBuffer) return { body: new Uint8Array(body.slice(0)), type: null };
    if (ArrayBuffer.isView(body)) return { body: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
    if (body instanceof URLSearchParams) return { body: body.toString(), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (body instanceof FormData) { const m = encodeMultipart(body); return { body: m.bytes, type: m.type }; }
    if (body instanceof Blob) return { body: body._bytes, type: body.type || null };
    if (body instanceof ReadableStream) return { body, type: null };
    if (typeof body === 'object' && typeof body[Symbol.asyncIterator] === 'function') return { body: ReadableStream.from(body), type: null };
    return { body: String(body), type: 'text/plain;charset=UTF-8' };
  }
  // setBody stores an extracted body and its default Content-Type; list is
  // obj's header list or null, and the list is returned.
  function setBody(obj, list, body) {
    let type;
    if (typeof body === 'string') {
      obj._body = body;
      type = 'text/plain;charset=UTF-8';
    } else {
      const e = extractBody(body);
      obj._body = e.body;
      type = e.type;
    }
    if (type === null) return list;
    if (list === null) return ['content-type', type];
    if (listIndex(list, 'content-type') < 0) list.push('content-type', type);
    return list;
  }
  // Request and Response keep their header list in _hl (null until there
  // is a field) and make the Headers object only when code asks for it;
  // the Go side reads _hl directly.
  class Body {
    get headers() {
      if (this._h !== null) return this._h;
      if (this._hl === null) this._hl = [];
      return (this._h = headersOf(this._hl, this._guard));
    }
    get body() {
      const b = this._body;
      if (b === null || b instanceof ReadableStream) return b;
      return (this._body = streamOf(typeof b === 'string' ? utf8(b) : b));
    }
    get bodyUsed() { return this._used || (this._body instanceof ReadableStream && this._body._disturbed); }
    _consume() {
      if (this.bodyUsed) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      this._used = true;
      const b = this._body;
      if (b === null) return Promise.resolve(new Uint8Array(0));
      if (b instanceof ReadableStream) {
        if (b.locked) return Promise.reject(new TypeError('Body is unusable: the stream is locked'));
        return readAllStream(b);
      }
      return Promise.resolve(b);
    }
    text() { return this._consume().then((b) => (typeof b === 'string' ? b : decodeUTF8(b))); }
    json() { return this.text().then(JSON.parse); }
    arrayBuffer() { return this.bytes().then((b) => b.buffer); }
    bytes() { return this._consume().then((b) => (typeof b === 'string' ? utf8(b) : b.slice())); }
    blob() { return this.bytes().then((b) => new Blob([b], { type: this.headers.get('content-type') || '' })); }
    formData() {
      const ct = this.headers.get('content-type') || '';
      return this._consume().then((b) => {
        const u8 = typeof b === 'string' ? utf8(b) : b;
        const fd = new FormData();
        if (/^application\/x-www-form-urlencoded/i.test(ct)) {
          for (const [k, v] of new URLSearchParams(decodeUTF8(u8))) fd.append(k, v);
          return fd;
        }
        if (/^multipart\/form-data/i.test(ct)) {
          const parts = native.parseMultipart(u8.buffer, u8.byteOffset, u8.byteLength, ct);
          if (!parts) throw new TypeError('Failed to parse body as FormData.');
          for (const p of parts) {
            if (p.filename !== undefined) fd.append(p.name, new File([new Uint8Array(p.data)], p.filename, { type: p.type }));
            else fd.append(p.name, p.value);
          }
          return fd;
        }
        throw new TypeError('Failed to parse body as FormData.');
      });
    }
  }
  Object.assign(Body.prototype, { _body: null, _used: false, _hl: null, _h: null, _guard: false });
  // mixBody copies Body's members into a class: a base class would cost a
  // super() call on every construction.
  function mixBody(cls) {
    for (const k of Object.getOwnPropertyNames(Body.prototype)) {
      if (k !== 'constructor') Object.defineProperty(cls.prototype, k, Object.getOwnPropertyDescriptor(Body.prototype, k));
    }
  }
  function cloneBody(src) {
    if (src._body instanceof ReadableStream) {
      const [a, b] = src._body.tee();
      src._body = a;
      return b;
    }
    return src._body;
  }

  // ---- Request -------------------------------------------------------
  const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH'];
  // Options a Request keeps as they were given; the defaults live on the
  // prototype, so a plain Request sets none of them.
  const REQUEST_OPTIONS = ['redirect', 'credentials', 'mode', 'cache', 'referrer', 'referrerPolicy', 'integrity', 'keepalive', 'duplex'];
  class Request {
    constructor(input, init) {
      const src = input instanceof Request ? input : null;
      this.url = src ? src.url : new URL(String(input)).href;
      if (init === undefined || init === null) init = {};
      let method = src ? src.method : 'GET';
      if (init.method !== undefined) {
        method = String(init.method);
        const upper = method.toUpperCase();
        if (METHODS.includes(upper)) method = upper;
        else if (!tokenRe.test(method)) throw new TypeError("Failed to construct 'Request': '" + method + "' is not a valid HTTP method.");
      }
      this.method = method;
      let list = null;
      if (init.headers !== undefined && init.headers !== null) list = headerList(init.headers);
      else if (src && src._hl !== null) list = src._hl.slice();
      const signal = init.signal !== undefined ? init.signal : src ? src._signal : undefined;
      if (signal) this._signal = signal;
      for (const k of REQUEST_OPTIONS) {
        const v = init[k] !== undefined ? init[k] : src ? src[k] : undefined;
        if (v !== undefined && v !== Request.prototype[k]) this[k] = k === 'keepalive' ? !!v : String(v);
      }
      if (init.body !== undefined && init.body !== null) {
        if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
        list = setBody(this, list, init.body);
      } else if (src) {
        if (src.bodyUsed) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
        this._body = cloneBody(src);
      }
      if (list !== null) this._hl = list;
    }
    // signal is made on first use: most handlers never look at it.
    get signal() { return this._signal || (this._signal = new AbortController().signal); }
    clone() {
      if (this.bodyUsed) throw new TypeError('Request body is already used');
      return new Request(this);
    }
    get [Symbol.toStringTag]() { return 'Request'; }
  }
  mixBody(Request);
  Object.assign(Request.prototype, {
    redirect: 'follow', credentials: 'same-origin', mode: 'cors', cache: 'default', referrer: 'about:client',
    referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half', destination: '', _signal: null,
  });

  // incoming builds the Request of an incoming HTTP request in one call
  // from Go. The URL is already absolute and normalised, the headers come
  // as a flat [name, value, ...] list net/http has checked and Go has
  // lower-cased (it becomes the Headers list as it is), the body as an
  // ArrayBuffer or null.
  function incoming(method, url, flatHeaders, body, signal) {
    const req = Object.create(Request.prototype);
    req.url = url;
    req.method = method;
    req._hl = flatHeaders;
    if (signal) req._signal = signal;
    if (body) req._body = new Uint8Array(body);
    return req;
  }

  // ---- Response ------------------------------------------------------
  const REDIRECTS = [301, 302, 303, 307, 308];
  // Response is on every request's hot path: the constructor does as
  // little as it can (no closures, no per-instance defaults, strings kept
  // as strings).
  class Response {
    constructor(body, init) {
      let list = null;
      if (init !== undefined && init !== null) {
        if (typeof init !== 'object') throw new TypeError("Failed to construct 'Response': cannot convert init to a dictionary");
        const status = init.status;
        if (status !== undefined) {
          const n = Number(status);
          if (!(n >= 200 && n <= 599) || Math.floor(n) !== n) {
            throw new RangeError("Failed to construct 'Response': The status provided (" + status + ') is outside the range [200, 599].');
          }
          if (n !== 200) this._status = n;
          if ((n === 204 || n === 205 || n === 304) && body !== undefined && body !== null) {
            throw new TypeError('Response with null body status cannot have body');
          }
        }
        if (init.statusText !== undefined) {
          const st = String(init.statusText);
          // reason-phrase = *( HTAB / SP / VCHAR / obs-text ) (Fetch: "Invalid statusText")
          if (/[^\t\x20-\x7e\x80-\xff]/.test(st)) throw new TypeError('Invalid statusText');
          this._statusText = st;
        }
        const h = init.headers;
        if (h !== undefined && h !== null) list = headerList(h);
      }
      if (body !== undefined && body !== null) list = setBody(this, list, body);
      if (list !== null) this._hl = list;
    }
    get status() { return this._status; }
    get statusText() { return this._statusText; }
    get ok() { return this._status >= 200 && this._status < 300; }
    clone() {
      if (this.bodyUsed) throw new TypeError('Response body is already used');
      const r = new Response(null);
      if (this._hl !== null) r._hl = this._hl.slice();
      if (this._status !== 200) r._status = this._status;
      if (this._statusText !== '') r._statusText = this._statusText;
      r._body = cloneBody(this);
      if (this.type !== 'default') r.type = this.type;
      if (this.url !== '') r.url = this.url;
      if (this.redirected) r.redirected = true;
      if (this._guard) r._guard = true;
      return r;
    }
    static json(data, init) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError('Response.json: value is not JSON serializable');
      const r = new Response(null, init);
      if (r._status === 204 || r._status === 205 || r._status === 304) throw new TypeError('Response with null body status cannot have body');
      if (r._hl === null) r._hl = ['content-type', 'application/json'];
      else if (listIndex(r._hl, 'content-type') < 0) r._hl.push('content-type', 'application/json');
      r._body = text;
      return r;
    }
    static redirect(url, status) {
      status = status === undefined ? 302 : Number(status);
      const href = new URL(String(url)).href;
      if (!REDIRECTS.includes(status)) throw new RangeError("Failed to execute 'redirect' on 'Response': Invalid status code " + status);
      const r = new Response(null, { status });
      r._hl = ['location', href];
      r._guard = true;
      return r;
    }
    static error() {
      const r = new Response(null);
      r._status = 0;
      r.type = 'error';
      r._guard = true;
      return r;
    }
    get [Symbol.toStringTag]() { return 'Response'; }
  }
  mixBody(Response);
  Object.assign(Response.prototype, { _status: 200, _statusText: '', type: 'default', url: '', redirected: false });

  // ---- fetch ---------------------------------------------------------
  // fetch hands the request to Go (net/http in a goroutine) and settles on
  // the loop when Go calls back; many fetches run at once.
  function fetch(input, init) {
    return new Promise((resolve, reject) => {
      let req;
      try { req = new Request(input, init); } catch (e) { reject(e); return; }
      const signal = req._signal;
      if (signal && signal.aborted) { reject(signal.reason); return; }
      const send = (bytes) => {
        if (signal && signal.aborted) { reject(signal.reason); return; }
        let settled = false;
        let onAbort = null;
        const id = native.fetch(req.method, req.url, req._hl || [], bytes ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : null, req.redirect,
          (err, status, statusText, respHeaders, body, finalURL, redirected) => {
            if (settled) return;
            settled = true;
            if (onAbort) signal.removeEventListener('abort', onAbort);
            if (err) { reject(new TypeError('fetch failed', { cause: new Error(err) })); return; }
            const r = new Response(null);
            r._status = status;
            r._statusText = statusText;
            r._hl = respHeaders;
            r._guard = true;
            const nullBody = status === 204 || status === 205 || status === 304 || req.method === 'HEAD';
            if (!nullBody) r._body = new Uint8Array(body);
            r.url = finalURL;
            if (redirected) r.redirected = true;
            r.type = 'basic';
            resolve(r);
          });
        if (signal) {
          onAbort = () => {
            if (settled) return;
            settled = true;
            native.abortFetch(id);
            reject(signal.reason);
          };
          signal.addEventListener('abort', onAbort);
        }
      };
      const b = req._body;
      if (b === null) send(null);
      else if (typeof b === 'string') send(utf8(b));
      else if (b instanceof ReadableStream) readAllStream(b).then(send, reject);
      else send(b);
    });
  }

  // ---- structuredClone, queueMicrotask, crypto -------------------------
  function structuredClone(value) {
    const seen = new Map();
    const clone = (v) => {
      if (v === null || typeof v !== 'object') {
        if (typeof v === 'function' || typeof v === 'symbol') throw new DOMException(String(v) + ' could not be cloned.', 'DataCloneError');
        return v;
      }
      if (seen.has(v)) return seen.get(v);
      let out;
      if (v instanceof Date) out = new Date(v.getTime());
      else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
      else if (v instanceof ArrayBuffer) out = v.slice(0);
      else if (v instanceof DataView) out = new DataView(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
      else if (ArrayBuffer.isView(v)) out = new v.constructor(v);
      else if (v instanceof Map) { out = new Map(); seen.set(v, out); for (const [k, x] of v) out.set(clone(k), clone(x)); return out; }
      else if (v instanceof Set) { out = new Set(); seen.set(v, out); for (const x of v) out.add(clone(x)); return out; }
      else if (v instanceof Error) { out = new v.constructor(v.message); out.name = v.name; if (v.stack) out.stack = v.stack; }
      else if (v instanceof Blob || v instanceof Headers || v instanceof Request || v instanceof Response) throw new DOMException('The object could not be cloned.', 'DataCloneError');
      else if (Array.isArray(v)) { out = []; seen.set(v, out); for (let i = 0; i < v.length; i++) out[i] = clone(v[i]); return out; }
      else { out = {}; seen.set(v, out); for (const k of Object.keys(v)) out[k] = clone(v[k]); return out; }
      seen.set(v, out);
      return out;
    };
    return clone(value);
  }
  function queueMicrotask(fn) {
    if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
    Promise.resolve().then(fn);
  }
  const crypto = {
    getRandomValues(arr) {
      const u8 = toU8(arr);
      if (!u8 || arr instanceof Float32Array || arr instanceof Float64Array) throw new TypeError('The data argument must be an integer-type TypedArray');
      if (u8.byteLength > 65536) throw new DOMException('The ArrayBufferView byte length exceeds 65536', 'QuotaExceededError');
      u8.set(new Uint8Array(native.randomBytes(u8.byteLength)));
      return arr;
    },
    randomUUID() { return native.randomUUID(); },
    subtle: null, // below
  };
  // SubtleCrypto: digest, and HMAC keys (importKey/sign/verify/exportKey,
  // generateKey) — what endpoints need to verify webhook signatures and
  // sign tokens. Ciphers and public-key algorithms are not provided: they
  // reject with NotSupportedError.
  const HASHES = { 'SHA-1': 'SHA-1', 'SHA-256': 'SHA-256', 'SHA-384': 'SHA-384', 'SHA-512': 'SHA-512' };
  const HASH_BLOCK = { 'SHA-1': 64, 'SHA-256': 64, 'SHA-384': 128, 'SHA-512': 128 };
  function hashName(h) {
    const n = HASHES[String(typeof h === 'string' ? h : h && h.name).toUpperCase()];
    if (!n) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    return n;
  }
  function algName(a) { return String(typeof a === 'string' ? a : a && a.name).toUpperCase(); }
  const KEY = Symbol('key');
  class CryptoKey {
    constructor() { throw new TypeError('Illegal constructor'); }
    get [Symbol.toStringTag]() { return 'CryptoKey'; }
  }
  function makeKey(bytes, hash, extractable, usages) {
    const k = Object.create(CryptoKey.prototype);
    Object.defineProperties(k, {
      type: { value: 'secret', enumerable: true },
      extractable: { value: !!extractable, enumerable: true },
      algorithm: { value: Object.freeze({ name: 'HMAC', hash: Object.freeze({ name: hash }), length: bytes.length * 8 }), enumerable: true },
      usages: { value: Object.freeze([...usages]), enumerable: true },
      [KEY]: { value: bytes },
    });
    return k;
  }
  function bufferSource(d, what) {
    const u8 = toU8(d);
    if (!u8) throw new TypeError('Failed to execute \'' + what + '\' on \'SubtleCrypto\': parameter is not of type \'BufferSource\'');
    return u8;
  }
  function keyFor(key, usage) {
    if (!(key instanceof CryptoKey)) throw new TypeError('parameter 2 is not of type \'CryptoKey\'');
    if (!key.usages.includes(usage)) throw new DOMException('key.usages does not permit this operation', 'InvalidAccessError');
    return key;
  }
  const asyncly = (f) => function (...a) { try { return Promise.resolve(f.apply(this, a)); } catch (e) { return Promise.reject(e); } };
  const hmacOf = (key, data) => native.hmac(key.algorithm.hash.name, key[KEY].buffer, key[KEY].byteOffset, key[KEY].byteLength, data.buffer, data.byteOffset, data.byteLength);
  crypto.subtle = {
    digest: asyncly((alg, data) => {
      const u8 = bufferSource(data, 'digest');
      return native.digest(hashName(alg), u8.buffer, u8.byteOffset, u8.byteLength);
    }),
    importKey: asyncly((format, keyData, alg, extractable, usages) => {
      if (algName(alg) !== 'HMAC') throw new DOMException('Unrecognized or unsupported algorithm: only HMAC keys are supported', 'NotSupportedError');
      const hash = hashName(alg.hash);
      usages = [...(usages || [])];
      for (const u of usages) if (u !== 'sign' && u !== 'verify') throw new SyntaxError('Unsupported key usage for an HMAC key');
      if (!usages.length) throw new SyntaxError('Usages cannot be empty when creating a key.');
      let bytes;
      if (format === 'raw') bytes = new Uint8Array(bufferSource(keyData, 'importKey'));
      else if (format === 'jwk') {
        if (!keyData || keyData.kty !== 'oct' || typeof keyData.k !== 'string') throw new DataError('The JWK is not a valid HMAC key');
        bytes = new Uint8Array(native.encode(keyData.k, 'base64url'));
      } else throw new DOMException('Unsupported key format: ' + format, 'NotSupportedError');
      if (!bytes.length) throw new DOMException('Zero-length key is not supported', 'DataError');
      return makeKey(bytes, hash, extractable, usages);
    }),
    exportKey: asyncly((format, key) => {
      if (!(key instanceof CryptoKey)) throw new TypeError('parameter 2 is not of type \'CryptoKey\'');
      if (!key.extractable) throw new DOMException('key is not extractable', 'InvalidAccessError');
      const b = key[KEY];
      if (format === 'raw') return b.slice().buffer;
      if (format === 'jwk') return { key_ops: [...key.usages], ext: true, kty: 'oct', k: native.decode(b.buffer, b.byteOffset, b.byteLength, 'base64url'), alg: 'HS' + key.algorithm.hash.name.slice(4) };
      throw new DOMException('Unsupported key format: ' + format, 'NotSupportedError');
    }),
    generateKey: asyncly((alg, extractable, usages) => {
      if (algName(alg) !== 'HMAC') throw new DOMException('Unrecognized or unsupported algorithm: only HMAC keys are supported', 'NotSupportedError');
      const hash = hashName(alg.hash);
      const len = alg.length ? alg.length / 8 : HASH_BLOCK[hash];
      return makeKey(new Uint8Array(native.randomBytes(len)), hash, extractable, [...usages]);
    }),
    sign: asyncly((alg, key, data) => {
      if (algName(alg) !== 'HMAC') throw new DOMException('Unrecognized or unsupported algorithm: only HMAC is supported', 'NotSupportedError');
      return hmacOf(keyFor(key, 'sign'), bufferSource(data, 'sign'));
    }),
    verify: asyncly((alg, key, signature, data) => {
      if (algName(alg) !== 'HMAC') throw new DOMException('Unrecognized or unsupported algorithm: only HMAC is supported', 'NotSupportedError');
      const mac = new Uint8Array(hmacOf(keyFor(key, 'verify'), bufferSource(data, 'verify')));
      const sig = bufferSource(signature, 'verify');
      if (sig.length !== mac.length) return false;
      let diff = 0;
      for (let i = 0; i < mac.length; i++) diff |= mac[i] ^ sig[i];
      return diff === 0;
    }),
  };
  for (const m of ['encrypt', 'decrypt', 'deriveBits', 'deriveKey', 'wrapKey', 'unwrapKey']) {
    crypto.subtle[m] = () => Promise.reject(new DOMException('SubtleCrypto.' + m + ' is not supported by Comet', 'NotSupportedError'));
  }
  class DataError extends DOMException { constructor(m) { super(m, 'DataError'); } }

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

  // ---- ES2023/2024 built-ins goja lacks -------------------------------
  if (!Object.groupBy) {
    Object.defineProperty(Object, 'groupBy', { writable: true, configurable: true, value(items, fn) {
      const out = Object.create(null);
      let i = 0;
      for (const x of items) { const k = fn(x, i++); (out[k] || (out[k] = [])).push(x); }
      return out;
    } });
  }
  if (!Map.groupBy) {
    Object.defineProperty(Map, 'groupBy', { writable: true, configurable: true, value(items, fn) {
      const out = new Map();
      let i = 0;
      for (const x of items) { const k = fn(x, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(x); }
      return out;
    } });
  }
  if (!Promise.withResolvers) {
    Object.defineProperty(Promise, 'withResolvers', { writable: true, configurable: true, value() {
      let resolve, reject;
      const promise = new Promise((a, b) => { resolve = a; reject = b; });
      return { promise, resolve, reject };
    } });
  }
  if (!Array.fromAsync) {
    Object.defineProperty(Array, 'fromAsync', { writable: true, configurable: true, async value(items, fn) {
      const out = [];
      if (items[Symbol.asyncIterator]) {
        const it = items[Symbol.asyncIterator]();
        for (;;) { const r = await it.next(); if (r.done) break; out.push(fn ? await fn(r.value, out.length) : r.value); }
      } else {
        for (const x of items) out.push(fn ? await fn(await x, out.length) : await x);
      }
      return out;
    } });
  }
  if (!String.prototype.isWellFormed) {
    // A loop over code units: goja's regular expressions see surrogate
    // pairs inconsistently, so a regexp cannot say what is lone.
    const loneAt = (s, i) => {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        return d >= 0xdc00 && d <= 0xdfff ? 2 : -1;
      }
      return c >= 0xdc00 && c <= 0xdfff ? -1 : 1;
    };
    Object.defineProperty(String.prototype, 'isWellFormed', { writable: true, configurable: true, value() {
      const s = String(this);
      for (let i = 0; i < s.length;) { const n = loneAt(s, i); if (n < 0) return false; i += n; }
      return true;
    } });
    Object.defineProperty(String.prototype, 'toWellFormed', { writable: true, configurable: true, value() {
      const s = String(this);
      let out = '', last = 0;
      for (let i = 0; i < s.length;) {
        const n = loneAt(s, i);
        if (n < 0) { out += s.slice(last, i) + '\uFFFD'; last = i + 1; i++; } else i += n;
      }
      return last === 0 ? s : out + s.slice(last);
    } });
  }

  // ---- RegExp: Unicode property escapes ------------------------------
  // goja parses /\p{L}/u but never matches it. esbuild turns such literals
  // into new RegExp(...) calls; this RegExp expands \p{…} into code point
  // ranges first (see regexp.go). Everything else goes to the real RegExp.
  {
    const NativeRegExp = RegExp;
    const cache = new Map();
    const fix = (src, flags) => {
      if (typeof src !== 'string' || typeof flags !== 'string' || flags.indexOf('u') < 0 || !/\\[pP]\{/.test(src)) return src;
      let out = cache.get(src);
      if (out === undefined) {
        try { out = native.expandUnicodeProps(src); } catch (e) { throw new SyntaxError(e.message); }
        cache.set(src, out);
      }
      return out;
    };
    // A plain function, not a Proxy: goja's instanceof rejects proxies.
    const Wrapped = function RegExp(src, flags) {
      if (new.target) {
        return Reflect.construct(NativeRegExp, [fix(src, flags), flags], new.target === Wrapped ? NativeRegExp : new.target);
      }
      return NativeRegExp(fix(src, flags), flags);
    };
    Wrapped.prototype = NativeRegExp.prototype;
    Object.setPrototypeOf(Wrapped, NativeRegExp);
    Object.defineProperty(G, 'RegExp', { value: Wrapped, writable: true, configurable: true, enumerable: false });
  }

  // ---- console ---------------------------------------------------------
  // quote writes a string the way Node's util.inspect does: single quotes
  // unless the string has some.
  function quote(s) {
    if (s.indexOf("'") < 0) return "'" + s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') + "'";
    return JSON.stringify(s);
  }
  const identRe = /^[A-Za-z_$][\w$]*$/;
  function inspect(v, depth, seen) {
    if (typeof v === 'string') return depth === 0 ? v : quote(v);
    if (v === undefined) return 'undefined';
    if (v === null || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return '[Function: ' + (v.name || 'anonymous') + ']';
    if (v instanceof Error) return v.stack || (v.name + ': ' + v.message);
    seen = seen || new Set();
    if (seen.has(v)) return '[Circular]';
    if (depth > 2) return Array.isArray(v) ? '[Array]' : '[Object]';
    seen.add(v);
    try {
      if (Array.isArray(v)) return '[ ' + v.map((x) => inspect(x, depth + 1, seen)).join(', ') + ' ]';
      if (v instanceof Date) return v.toISOString();
      if (v instanceof URL) return v.href;
      if (v instanceof Map) return 'Map(' + v.size + ') { ' + Array.from(v).map(([k, x]) => inspect(k, depth + 1, seen) + ' => ' + inspect(x, depth + 1, seen)).join(', ') + ' }';
      if (v instanceof Set) return 'Set(' + v.size + ') { ' + Array.from(v).map((x) => inspect(x, depth + 1, seen)).join(', ') + ' }';
      const keys = Object.keys(v);
      const name = v.constructor && v.constructor !== Object && v.constructor.name ? v.constructor.name + ' ' : '';
      if (!keys.length) return name + '{}';
      return name + '{ ' + keys.map((k) => (identRe.test(k) ? k : quote(k)) + ': ' + inspect(v[k], depth + 1, seen)).join(', ') + ' }';
    } finally { seen.delete(v); }
  }
  function format(args) {
    let out = '';
    let i = 0;
    if (typeof args[0] === 'string' && /%[sdifjoOc%]/.test(args[0])) {
      out = args[0].replace(/%([sdifjoOc%])/g, (m, c) => {
        if (c === '%') return '%';
        if (i + 1 >= args.length) return m;
        const a = args[++i];
        switch (c) {
          case 's': return typeof a === 'string' ? a : inspect(a, 1);
          case 'd': case 'i': return String(c === 'i' ? parseInt(a) : Number(a));
          case 'f': return String(parseFloat(a));
          case 'j': try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
          case 'c': return '';
          default: return inspect(a, 1);
        }
      });
      i++;
    } else if (args.length) { out = inspect(args[0], 0); i = 1; }
    for (; i < args.length; i++) out += ' ' + inspect(args[i], 0);
    return out;
  }
  const counts = new Map();
  const timers = new Map();
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...args) => native.console(level, format(args));
  console.trace = (...args) => native.console('debug', format(args) + '\n' + new Error().stack);
  console.dir = (v) => native.console('log', inspect(v, 1));
  console.table = (v) => native.console('log', inspect(v, 1));
  console.assert = (cond, ...args) => { if (!cond) native.console('error', 'Assertion failed' + (args.length ? ': ' + format(args) : '')); };
  console.count = (label = 'default') => { const n = (counts.get(label) || 0) + 1; counts.set(label, n); native.console('log', label + ': ' + n); };
  console.countReset = (label = 'default') => counts.delete(label);
  console.time = (label = 'default') => timers.set(label, Date.now());
  console.timeEnd = (label = 'default') => { const t = timers.get(label); timers.delete(label); native.console('log', label + ': ' + (Date.now() - t) + 'ms'); };
  console.timeLog = (label = 'default', ...args) => native.console('log', label + ': ' + (Date.now() - timers.get(label)) + 'ms' + (args.length ? ' ' + format(args) : ''));
  console.group = console.groupCollapsed = (...args) => { if (args.length) native.console('log', format(args)); };
  console.groupEnd = () => {};

  const defs = {
    DOMException, Event, EventTarget, AbortController, AbortSignal, URL, URLSearchParams,
    TextEncoder, TextDecoder, atob, btoa, Blob, File, FormData, ReadableStream,
    ReadableStreamDefaultReader, WritableStream, TransformStream, TextEncoderStream, TextDecoderStream, CryptoKey, Headers, Request, Response,
    fetch, structuredClone, queueMicrotask, crypto, Buffer, console,
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
  Object.defineProperty(G, '__cometWeb', { value: { HL, toU8, incoming, digest: (alg, u8) => native.digest(alg, u8.buffer, u8.byteOffset, u8.byteLength), hmac: (alg, k, d) => native.hmac(alg, k.buffer, k.byteOffset, k.byteLength, d.buffer, d.byteOffset, d.byteLength), Response, Request, readAllStream, AbortController, DOMException, ReadableStream }, enumerable: false });
})
