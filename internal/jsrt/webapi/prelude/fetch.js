// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
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
  // A value is a ByteString without NUL, CR or LF.
  const badValueRe = /[\0\r\n\u0100-\uffff]/;
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
  // fillHeaders appends init (a HeadersInit that is not a Headers) to
  // list; iter is init[Symbol.iterator], read once by the caller, as
  // WebIDL's overload resolution reads it.
  function fillHeaders(list, init, iter) {
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'");
    if (iter !== undefined && iter !== null) {
      if (typeof iter !== 'function') throw new TypeError("Failed to construct 'Headers': The object's Symbol.iterator is not callable");
      for (const pair of { [Symbol.iterator]: () => iter.call(init) }) {
        if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) throw new TypeError("Failed to construct 'Headers': Invalid value");
        const p = Array.isArray(pair) ? pair : Array.from(pair);
        if (p.length !== 2) throw new TypeError("Failed to construct 'Headers': Invalid value");
        list.push(normName(p[0]), normValue(p[1]));
      }
      return;
    }
    // WebIDL's record<ByteString, ByteString>: own keys in order, each
    // enumerable one read once; a Symbol key is a TypeError, and a key
    // seen twice keeps its later value in its first place.
    const rec = new Map();
    for (const k of Reflect.ownKeys(init)) {
      const d = Reflect.getOwnPropertyDescriptor(init, k);
      if (d === undefined || !d.enumerable) continue;
      if (typeof k === 'symbol') throw new TypeError("Failed to construct 'Headers': Cannot convert a Symbol to a header name");
      const name = normName(k);
      rec.set(name, normValue(init[k]));
    }
    for (const [n, v] of rec) list.push(n, v);
  }
  // sortedEntries is the spec's "sort and combine": names sorted, values of
  // one name joined with ", ", except that each Set-Cookie stays its own.
  // sortedEntries groups values by name in one pass (a request may carry
  // thousands of headers: no scan per name), then sorts the names.
  function sortedEntries(list) {
    const byName = new Map();
    for (let i = 0; i < list.length; i += 2) {
      const vals = byName.get(list[i]);
      if (vals === undefined) byName.set(list[i], [list[i + 1]]);
      else vals.push(list[i + 1]);
    }
    const names = [...byName.keys()].sort();
    const out = [];
    for (const n of names) {
      const vals = byName.get(n);
      if (n === 'set-cookie') {
        for (const v of vals) out.push([n, v]);
      } else {
        out.push([n, vals.join(', ')]);
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
      if (init === null || (init !== undefined && typeof init !== 'object' && typeof init !== 'function')) throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'");
      this[HL] = init === undefined ? [] : headerList(init);
    }
    append(name, value) {
      if (this[GUARD]) throw new TypeError('Headers are immutable');
      const list = this[HL];
      list.push(normName(name), normValue(value));
      list.v = (list.v | 0) + 1;
    }
    set(name, value) {
      if (this[GUARD]) throw new TypeError('Headers are immutable');
      const n = normName(name), v = normValue(value), list = this[HL];
      list.v = (list.v | 0) + 1;
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
      const list = this[HL];
      list.v = (list.v | 0) + 1;
      listDelete(list, normName(name), 0);
    }
    // Iteration is live, as WebIDL's pair iterators are: each step takes
    // the next index of the current sorted list. The sorted list is kept
    // until the headers change (append, set and delete bump list.v), so a
    // whole iteration is one sort, not one per step.
    entries() { return headersIterator(this, 2); }
    keys() { return headersIterator(this, 0); }
    values() { return headersIterator(this, 1); }
    forEach(fn, thisArg) {
      if (typeof fn !== 'function') throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'");
      const st = { h: this, i: 0 };
      for (let pairs; st.i < (pairs = livePairs(st)).length; st.i++) fn.call(thisArg, pairs[st.i][1], pairs[st.i][0], this);
    }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'Headers'; }
  }
  Headers.prototype[GUARD] = false;
  // WebIDL operations are enumerable (for…in over a Headers lists them).
  for (const k of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'entries', 'keys', 'values', 'forEach']) {
    Object.defineProperty(Headers.prototype, k, { enumerable: true });
  }
  const HeadersIteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: { writable: true, enumerable: true, configurable: true, value: function next() {
      const st = this._st;
      if (!st) throw new TypeError('next method called on an incompatible receiver');
      const pairs = livePairs(st);
      if (st.i >= pairs.length) return { value: undefined, done: true };
      const p = pairs[st.i++];
      return { value: st.kind === 2 ? [p[0], p[1]] : p[st.kind], done: false };
    } },
    [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
  });
  // livePairs is the sorted list an iteration state st ({ h, ... }) walks,
  // sorted again only when the headers' list changed since st last saw it.
  function livePairs(st) {
    const list = st.h[HL];
    if (!list) return [];
    if (st.list !== list || st.v !== (list.v | 0) || st.n !== list.length) {
      st.list = list; st.v = list.v | 0; st.n = list.length;
      st.pairs = sortedEntries(list);
    }
    return st.pairs;
  }
  function headersIterator(h, kind) {
    if (!(h instanceof Headers)) throw new TypeError('Illegal invocation');
    const it = Object.create(HeadersIteratorProto);
    Object.defineProperty(it, '_st', { value: { h, kind, i: 0 } });
    return it;
  }
  // headerList turns a HeadersInit into a new flat list. A plain object,
  // the usual init, is read by Go in one call; Go declines (undefined) for
  // iterables, which fillHeaders reads.
  function headerList(init) {
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) throw new TypeError("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'");
    const iter = init[Symbol.iterator];
    if (iter === Headers.prototype[Symbol.iterator] && init instanceof Headers) return init[HL].slice();
    if (iter === undefined || iter === null) {
      const list = native.headerList(init);
      if (list !== undefined) return list;
    }
    const out = [];
    fillHeaders(out, init, iter);
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
    if (body instanceof ReadableStream) {
      if (body.locked || body._disturbed) throw new TypeError('Response body object should not be disturbed or locked');
      return { body, type: null };
    }
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
      const s = streamOf(typeof b === 'string' ? utf8(b) : b);
      // A body read whole is a stream that was read: locked and disturbed.
      if (this._used) { s.getReader(); s._disturbed = true; }
      return (this._body = s);
    }
    get bodyUsed() { return this._used || (this._body instanceof ReadableStream && this._body._disturbed); }
    _consume() {
      const b = this._body;
      // A null body is never used: it reads as empty as often as asked.
      if (b === null) return Promise.resolve(new Uint8Array(0));
      if (this.bodyUsed) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      this._used = true;
      if (b instanceof ReadableStream) {
        if (b.locked) return Promise.reject(new TypeError('Body is unusable: the stream is locked'));
        return readAllStream(b);
      }
      return Promise.resolve(b);
    }
    // UTF-8 decode drops a leading BOM (Encoding: "UTF-8 decode").
    text() { return this._consume().then((b) => { const t = typeof b === 'string' ? b : decodeUTF8(b); return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t; }); }
    json() { return this.text().then(JSON.parse); }
    arrayBuffer() { return this.bytes().then((b) => b.buffer); }
    bytes() { return this._consume().then((b) => (typeof b === 'string' ? utf8(b) : b.slice())); }
    blob() { return this.bytes().then((b) => new Blob([b], { type: this.headers.get('content-type') || '' })); }
    formData() {
      const ct = this.headers.get('content-type') || '';
      return this._consume().then((b) => {
        const u8 = typeof b === 'string' ? utf8(b) : b;
        // Go parses the whole body into FormData's flat list (forms.go).
        const list = native.parseForm(u8.buffer, u8.byteOffset, u8.byteLength, ct);
        if (!list) throw new TypeError('Failed to parse body as FormData.');
        for (let i = 1; i < list.length; i += 2) {
          const v = list[i];
          if (typeof v !== 'string') { list[i] = new File([], v[0], { type: v[1] }); list[i]._bytes = new Uint8Array(v[2]); }
        }
        const fd = new FormData();
        fd._list = list;
        return fd;
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
  // Methods the Fetch standard upper-cases (not PATCH), and those it forbids.
  const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
  const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
  // The values the RequestInit enums take (WebIDL throws a TypeError for others).
  const REQUEST_ENUMS = {
    redirect: ['follow', 'error', 'manual'],
    mode: ['same-origin', 'no-cors', 'cors', 'navigate', 'websocket'],
    credentials: ['omit', 'same-origin', 'include'],
    cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
    referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
    duplex: ['half'],
  };
  // Options a Request keeps as they were given; the defaults live on the
  // prototype, so a plain Request sets none of them.
  const REQUEST_OPTIONS = ['redirect', 'credentials', 'mode', 'cache', 'referrer', 'referrerPolicy', 'integrity', 'keepalive', 'duplex'];
  class Request {
    constructor(input, init) {
      const src = input instanceof Request ? input : null;
      if (src) this.url = src.url;
      else {
        let u;
        try { u = new URL(String(input)); } catch (e) { throw new TypeError("Failed to construct 'Request': Invalid URL: " + String(input)); }
        if (u.username || u.password) throw new TypeError("Failed to construct 'Request': Request cannot be constructed from a URL that includes credentials: " + String(input));
        this.url = u.href;
      }
      if (init === undefined || init === null) init = {};
      else if (typeof init !== 'object') throw new TypeError("Failed to construct 'Request': cannot convert init to a dictionary");
      let method = src ? src.method : 'GET';
      if (init.method !== undefined) {
        method = String(init.method);
        const upper = method.toUpperCase();
        if (!tokenRe.test(method)) throw new TypeError("Failed to construct 'Request': '" + method + "' is not a valid HTTP method.");
        if (FORBIDDEN_METHODS.includes(upper)) throw new TypeError("Failed to construct 'Request': '" + method + "' HTTP method is unsupported.");
        if (METHODS.includes(upper)) method = upper;
      }
      if (init.mode === 'navigate') throw new TypeError("Failed to construct 'Request': Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.");
      for (const k in REQUEST_ENUMS) {
        if (init[k] !== undefined && !REQUEST_ENUMS[k].includes(String(init[k]))) {
          throw new TypeError("Failed to construct 'Request': The provided value '" + init[k] + "' is not a valid enum value of type Request" + k[0].toUpperCase() + k.slice(1) + '.');
        }
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
  // unsignedShort converts as WebIDL's unsigned short does (status is one):
  // truncated, modulo 2^16, NaN and infinities 0.
  function unsignedShort(v) {
    const n = Number(v);
    if (!isFinite(n)) return 0;
    const x = Math.trunc(n) % 65536;
    return x < 0 ? x + 65536 : x;
  }
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
          const n = unsignedShort(status);
          if (n < 200 || n > 599) {
            throw new RangeError("Failed to construct 'Response': The status provided (" + n + ') is outside the range [200, 599].');
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
      status = status === undefined ? 302 : unsignedShort(status);
      let href;
      try { href = new URL(String(url)).href; } catch (e) { throw new TypeError("Failed to execute 'redirect' on 'Response': Invalid URL: " + String(url)); }
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
      if (req.url.startsWith('data:')) { // dataurl.go
        const d = native.dataURL(req.url);
        if (!d) { reject(new TypeError('fetch failed', { cause: new Error('invalid data: URL') })); return; }
        const r = new Response(new Uint8Array(d[1]), { headers: { 'content-type': d[0] } });
        r.url = req.url;
        r.type = 'basic';
        resolve(r);
        return;
      }
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

