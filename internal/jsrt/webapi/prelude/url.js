// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- URLSearchParams and URL ---------------------------------------
  function formEncode(s) {
    return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }
  // formDecode is the urlencoded parser's name/value decoding: "+" is a
  // space, %XX a byte (a malformed escape stays), and the bytes are
  // UTF-8 with U+FFFD for each bad sequence (not one per run).
  function formDecode(s) {
    s = s.replace(/\+/g, ' ');
    if (s.indexOf('%') < 0) return s;
    const b = utf8(s);
    const out = new Uint8Array(b.length);
    const hex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    let n = 0;
    for (let i = 0; i < b.length; i++) {
      if (b[i] === 37 && i + 2 < b.length && hex(b[i + 1]) && hex(b[i + 2])) {
        out[n++] = parseInt(String.fromCharCode(b[i + 1], b[i + 2]), 16);
        i += 2;
      } else out[n++] = b[i];
    }
    return decodeUTF8(out.subarray(0, n));
  }
  // usv is WebIDL's USVString conversion: lone surrogates become U+FFFD;
  // a Symbol is a TypeError.
  function usv(v) {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return String(v).toWellFormed();
  }
  const LIST = Symbol('list');
  const OWNER = Symbol('owner');
  class URLSearchParams {
    // The constructor converts init as WebIDL's union (sequence of
    // pairs or record or USVString) says: an object with an iterator is
    // a sequence (a URLSearchParams too, through its iterator), another
    // object its own enumerable properties, anything else a string.
    // null is empty, as in Node (WebIDL would make it "null").
    constructor(init) {
      this[LIST] = [];
      this[OWNER] = null;
      if (init === undefined || init === null) return;
      if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
        const iter = init[Symbol.iterator];
        if (iter !== undefined && iter !== null) {
          if (typeof iter !== 'function') throw new TypeError("Failed to construct 'URLSearchParams': The object's Symbol.iterator is not callable");
          for (const pair of { [Symbol.iterator]: () => iter.call(init) }) {
            if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) throw new TypeError("Failed to construct 'URLSearchParams': Invalid pair");
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError("Failed to construct 'URLSearchParams': Invalid pair");
            this[LIST].push([usv(p[0]), usv(p[1])]);
          }
        } else {
          // A record: two keys that convert to the same string are one
          // entry, with the later value.
          const rec = new Map();
          for (const k of Reflect.ownKeys(init)) {
            const d = Reflect.getOwnPropertyDescriptor(init, k);
            if (d && d.enumerable) rec.set(usv(k), usv(init[k]));
          }
          for (const [k, v] of rec) this[LIST].push([k, v]);
        }
        return;
      }
      this._parse(usv(init));
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
    append(k, v) { this[LIST].push([usv(k), usv(v)]); this._update(); }
    delete(k, v) {
      k = usv(k);
      if (v !== undefined) v = usv(v);
      this[LIST] = this[LIST].filter((p) => !(p[0] === k && (v === undefined || p[1] === v)));
      this._update();
    }
    get(k) { k = usv(k); const p = this[LIST].find((x) => x[0] === k); return p ? p[1] : null; }
    getAll(k) { k = usv(k); return this[LIST].filter((x) => x[0] === k).map((x) => x[1]); }
    has(k, v) {
      k = usv(k);
      if (v !== undefined) v = usv(v);
      return this[LIST].some((x) => x[0] === k && (v === undefined || x[1] === v));
    }
    set(k, v) {
      k = usv(k); v = usv(v);
      const i = this[LIST].findIndex((x) => x[0] === k);
      if (i < 0) this[LIST].push([k, v]);
      else { this[LIST][i][1] = v; this[LIST] = this[LIST].filter((x, j) => j <= i || x[0] !== k); }
      this._update();
    }
    sort() {
      this[LIST] = this[LIST].map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]);
      this._update();
    }
    // Iteration is live, as WebIDL's pair iterators are: each step reads
    // the list as it is now, by index, so entries deleted or added
    // during a loop are seen as in Node.
    forEach(fn, thisArg) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': parameter 1 is not of type 'Function'.");
      for (let i = 0; i < this[LIST].length; i++) { const p = this[LIST][i]; fn.call(thisArg, p[1], p[0], this); }
    }
    *entries() { for (let i = 0; i < this[LIST].length; i++) { const p = this[LIST][i]; yield [p[0], p[1]]; } }
    *keys() { for (let i = 0; i < this[LIST].length; i++) yield this[LIST][i][0]; }
    *values() { for (let i = 0; i < this[LIST].length; i++) yield this[LIST][i][1]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this[LIST].map(([k, v]) => formEncode(k) + '=' + formEncode(v)).join('&'); }
    get [Symbol.toStringTag]() { return 'URLSearchParams'; }
  }

  // A URL keeps the parts Go's parser returned (native.parseURL: protocol,
  // username, password, hostname, port, pathname, search, hash, special,
  // href, and rec, the URL record). Setters run the URL Standard's setter
  // on rec in Go (url.go) and take the parts it returns.
  const U = Symbol('url');
  function parseParts(input, base) {
    return native.parseURL(String(input), base === undefined ? undefined : String(base));
  }
  function hostOf(u) { return u.port ? u.hostname + ':' + u.port : u.hostname; }
  class URL {
    constructor(input, base) {
      const parts = parseParts(input, base);
      if (!parts) throw new TypeError('Invalid URL: ' + String(input));
      this[U] = parts;
      this._sp = null;
    }
    static canParse(input, base) { return !!parseParts(input, base); }
    static parse(input, base) { const p = parseParts(input, base); if (!p) return null; const u = Object.create(URL.prototype); u[U] = p; u._sp = null; return u; }
    _set(name, v) {
      this[U] = native.setURL(this[U].rec, name, String(v));
      if (this._sp && (name === 'search' || name === 'href')) this._sp._parse(this[U].search);
    }
    get href() { return this[U].href; }
    set href(v) {
      const p = parseParts(v);
      if (!p) throw new TypeError('Invalid URL: ' + v);
      this[U] = p;
      if (this._sp) this._sp._parse(p.search);
    }
    get origin() {
      const u = this[U];
      if (u.protocol === 'blob:') { // the origin of the URL inside, if http(s)
        const inner = parseParts(u.pathname);
        return inner && (inner.protocol === 'http:' || inner.protocol === 'https:') ? inner.protocol + '//' + hostOf(inner) : 'null';
      }
      return u.special && u.protocol !== 'file:' ? u.protocol + '//' + hostOf(u) : 'null';
    }
    get protocol() { return this[U].protocol; }
    set protocol(v) { this._set('protocol', v); }
    get username() { return this[U].username; }
    set username(v) { this._set('username', v); }
    get password() { return this[U].password; }
    set password(v) { this._set('password', v); }
    get host() { return hostOf(this[U]); }
    set host(v) { this._set('host', v); }
    get hostname() { return this[U].hostname; }
    set hostname(v) { this._set('hostname', v); }
    get port() { return this[U].port; }
    set port(v) { this._set('port', v); }
    get pathname() { return this[U].pathname; }
    set pathname(v) { this._set('pathname', v); }
    get search() { return this[U].search.length > 1 ? this[U].search : ''; }
    set search(v) { this._set('search', v); }
    _setSearchFromParams(s) { this[U] = native.setURL(this[U].rec, 'search', s); }
    get searchParams() {
      if (!this._sp) { this._sp = new URLSearchParams(this[U].search); this._sp[OWNER] = this; }
      return this._sp;
    }
    get hash() { return this[U].hash.length > 1 ? this[U].hash : ''; }
    set hash(v) { this._set('hash', v); }
    toString() { return this.href; }
    toJSON() { return this.href; }
    get [Symbol.toStringTag]() { return 'URL'; }
  }

