// Comet's Web platform prelude: the classes an endpoint expects from a
// browser or Node 20 (Headers, Request, Response, URL, streams, FormData,
// Blob, TextEncoder, Buffer, AbortController, fetch, ...), written in plain
// ES2020 on top of a few Go natives (`native`: UTF-8 and other encodings,
// random bytes, URL parsing, multipart parsing, HTTP). It runs once per
// runtime; the compiled program is shared.
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
  // The legacy codes of DOMException names (WebIDL).
  const DOM_CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7,
    NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13,
    NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19,
    AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    constructor(message, name) {
      super(message === undefined ? '' : String(message));
      this.name = name === undefined ? 'Error' : String(name);
    }
    get code() { return DOM_CODES[this.name] || 0; }
    get [Symbol.toStringTag]() { return 'DOMException'; }
  }
  // The legacy constants (DOMException.NOT_FOUND_ERR === 8), on the class
  // and its prototype, as WebIDL defines them.
  ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR',
    'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
    'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR',
    'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
  ].forEach((name, i) => {
    Object.defineProperty(DOMException, name, { value: i + 1, enumerable: true });
    Object.defineProperty(DOMException.prototype, name, { value: i + 1, enumerable: true });
  });
  // An Event keeps its state in one internal record (EV); its attributes
  // are getters on the prototype, as WebIDL defines them, so `ev.type =
  // 'x'` does nothing and setters on Object.prototype are never hit.
  // isTrusted is an own accessor ([LegacyUnforgeable]), one getter for
  // all events; only events the platform fires itself (an AbortSignal's
  // abort) are trusted.
  const EV = Symbol('event');
  function trustedGetter() { return this[EV].trusted; }
  class Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
      type = String(type);
      if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') throw new TypeError("Failed to construct 'Event': The provided value is not of type 'EventInit'.");
      const bubbles = !!(init && init.bubbles), cancelable = !!(init && init.cancelable), composed = !!(init && init.composed);
      Object.defineProperty(this, 'isTrusted', { get: trustedGetter }); // not enumerable, as in Node
      const perf = G.performance;
      this[EV] = {
        type, bubbles, cancelable, composed, target: null, currentTarget: null, phase: 0,
        canceled: false, stop: false, stopImmediate: false, inPassive: false, dispatching: false, trusted: false,
        timeStamp: perf && typeof perf.now === 'function' ? perf.now() : Date.now(),
      };
    }
    get type() { return this[EV].type; }
    get target() { return this[EV].target; }
    get srcElement() { return this[EV].target; }
    get currentTarget() { return this[EV].currentTarget; }
    get eventPhase() { return this[EV].phase; }
    get bubbles() { return this[EV].bubbles; }
    get cancelable() { return this[EV].cancelable; }
    get composed() { return this[EV].composed; }
    get defaultPrevented() { return this[EV].canceled; }
    get returnValue() { return !this[EV].canceled; }
    set returnValue(v) { if (!v) cancelEvent(this[EV]); }
    get cancelBubble() { return this[EV].stop; }
    set cancelBubble(v) { if (v) this[EV].stop = true; }
    get timeStamp() { return this[EV].timeStamp; }
    preventDefault() { cancelEvent(this[EV]); }
    // There is no tree: while dispatched, the path is the target alone.
    composedPath() { const t = this[EV].currentTarget; return t ? [t] : []; }
    stopPropagation() { this[EV].stop = true; }
    stopImmediatePropagation() { const e = this[EV]; e.stop = e.stopImmediate = true; }
    initEvent(type, bubbles, cancelable) {
      if (arguments.length === 0) throw new TypeError("Failed to execute 'initEvent' on 'Event': 1 argument required, but only 0 present.");
      const e = this[EV];
      if (e.dispatching) return;
      Object.assign(e, { type: String(type), bubbles: !!bubbles, cancelable: !!cancelable, canceled: false, stop: false, stopImmediate: false, trusted: false, target: null });
    }
  }
  function cancelEvent(e) { if (e.cancelable && !e.inPassive) e.canceled = true; }
  ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, i) => {
    Object.defineProperty(Event, name, { value: i, enumerable: true });
    Object.defineProperty(Event.prototype, name, { value: i, enumerable: true });
  });
  // reportListenerError reports an exception a listener threw, as the DOM
  // says (and Node does): dispatch goes on, and the error surfaces as an
  // uncaught one, not from dispatchEvent.
  function reportListenerError(err) {
    if (typeof G.queueMicrotask === 'function') G.queueMicrotask(() => { throw err; });
    else setTimeout(() => { throw err; }, 0);
  }
  // Listeners live in a Map made on the first addEventListener: most
  // AbortSignals (one per request) never get one. A listener is
  // { callback, capture, once, passive, removed }; one callback is added
  // once per type and capture.
  const LISTENERS = Symbol('listeners');
  function listenerOptions(options) {
    if (options === null || (typeof options !== 'object' && typeof options !== 'function')) return { capture: !!options, once: false, passive: false, signal: undefined };
    const capture = !!options.capture, once = !!options.once, passive = !!options.passive, signal = options.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': member signal is not of type AbortSignal.");
    return { capture, once, passive, signal };
  }
  function removeListener(target, type, l) {
    l.removed = true;
    const list = target[LISTENERS] && target[LISTENERS].get(type);
    const i = list ? list.indexOf(l) : -1;
    if (i >= 0) list.splice(i, 1);
  }
  class EventTarget {
    addEventListener(type, callback, options) {
      if (arguments.length < 2) throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only " + arguments.length + ' present.');
      type = String(type);
      const o = listenerOptions(options);
      if (callback !== null && callback !== undefined && typeof callback !== 'object' && typeof callback !== 'function') throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.");
      if (o.signal && o.signal.aborted) return;
      if (callback === null || callback === undefined) return;
      if (this[LISTENERS] === null) this[LISTENERS] = new Map();
      let list = this[LISTENERS].get(type);
      if (!list) { list = []; this[LISTENERS].set(type, list); }
      if (list.some((l) => l.callback === callback && l.capture === o.capture)) return;
      const l = { callback, capture: o.capture, once: o.once, passive: o.passive, removed: false };
      list.push(l);
      if (o.signal) o.signal.addEventListener('abort', () => removeListener(this, type, l));
    }
    removeEventListener(type, callback, options) {
      type = String(type);
      const capture = options !== null && (typeof options === 'object' || typeof options === 'function') ? !!options.capture : !!options;
      const list = this[LISTENERS] && this[LISTENERS].get(type);
      if (!list) return;
      const l = list.find((x) => x.callback === callback && x.capture === capture);
      if (l) removeListener(this, type, l);
    }
    dispatchEvent(event) {
      if (!(event instanceof Event) || !event[EV]) throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      if (event[EV].dispatching) throw new DOMException("Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.", 'InvalidStateError');
      event[EV].trusted = false;
      return dispatchEvent(this, event);
    }
  }
  // dispatchEvent runs the listeners of target for event, which is at its
  // target (there is no tree): capturing listeners first, then the others.
  function dispatchEvent(target, event) {
    const e = event[EV];
    e.dispatching = true;
    e.target = e.currentTarget = target;
    e.phase = 2;
    if (!(target[HANDLERS] && e.type in target[HANDLERS])) { // a plain on<type> property
      const handler = target['on' + e.type];
      if (typeof handler === 'function') {
        try { Reflect.apply(handler, target, [event]); } catch (err) { reportListenerError(err); }
      }
    }
    const list = target[LISTENERS] && target[LISTENERS].get(e.type);
    if (list && list.length) {
      const snapshot = list.slice();
      for (let pass = 0; pass < 2 && !e.stopImmediate; pass++) {
        for (const l of snapshot) {
          if (l.removed || l.capture !== (pass === 0)) continue;
          if (l.once) removeListener(target, e.type, l);
          e.inPassive = l.passive;
          try {
            if (typeof l.callback === 'function') Reflect.apply(l.callback, target, [event]);
            else {
              const h = l.callback.handleEvent;
              if (typeof h !== 'function') throw new TypeError("The listener's handleEvent is not a function");
              Reflect.apply(h, l.callback, [event]);
            }
          } catch (err) { reportListenerError(err); }
          e.inPassive = false;
          if (e.stopImmediate) break;
        }
      }
    }
    e.dispatching = false;
    e.phase = 0;
    e.currentTarget = null;
    e.stop = e.stopImmediate = false;
    return !e.canceled;
  }
  // fireTrusted dispatches an event the platform makes (isTrusted true).
  function fireTrusted(target, event) {
    event[EV].trusted = true;
    return dispatchEvent(target, event);
  }

  // HANDLERS holds the event handler attributes (onabort) that were set: as
  // in the DOM, setting one the first time adds a listener at that point in
  // the list, which calls whatever handler the attribute holds then.
  const HANDLERS = Symbol('handlers');
  EventTarget.prototype[HANDLERS] = null;
  function defineEventHandler(proto, type) {
    Object.defineProperty(proto, 'on' + type, {
      configurable: true, enumerable: true,
      get() { return (this[HANDLERS] && this[HANDLERS][type]) || null; },
      set(fn) {
        if (!Object.prototype.hasOwnProperty.call(this, HANDLERS) || this[HANDLERS] === null) this[HANDLERS] = {};
        const first = !(type in this[HANDLERS]);
        this[HANDLERS][type] = typeof fn === 'function' ? fn : null;
        if (first) {
          const self = this;
          this.addEventListener(type, { handleEvent(ev) { const h = self[HANDLERS][type]; if (h) h.call(self, ev); } });
        }
      },
    });
  }
  class CustomEvent extends Event {
    constructor(type, init) {
      super(type, init);
      this[EV].detail = init && init.detail !== undefined ? init.detail : null;
    }
    get detail() { return this[EV].detail; }
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
  Object.assign(AbortSignal.prototype, { aborted: false, reason: undefined });
  defineEventHandler(AbortSignal.prototype, 'abort');
  EventTarget.prototype[LISTENERS] = null;
  function abortSignal(signal, reason) {
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    fireTrusted(signal, new Event('abort'));
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) { abortSignal(this.signal, reason); }
  }
  // abortIncoming aborts an incoming request's signal (the client went
  // away). The signal is made only when a handler asks for it, so most
  // requests never build one: abort one that exists, or leave an aborted
  // one for a handler that asks later.
  function abortIncoming(req) {
    if (req._signal) abortSignal(req._signal);
    else req._signal = AbortSignal.abort();
  }

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
  // utf8Tail is how many bytes at the end of u8 begin a UTF-8 sequence
  // that the next chunk completes (0 if none): decode({stream: true}) keeps
  // them for the next call.
  function utf8Tail(u8) {
    const n = u8.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
      const c = u8[n - back];
      if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
      if (c < 0xc2 || c > 0xf4) return 0; // ASCII, or a byte no sequence starts with
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
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

  // ---- Blob, File, FormData ------------------------------------------
  class Blob {
    constructor(parts, opts) {
      if (opts !== undefined && opts !== null && typeof opts !== 'object' && typeof opts !== 'function') throw new TypeError("Failed to construct 'Blob': The provided value is not of type 'BlobPropertyBag'.");
      if (parts !== undefined && (parts === null || typeof parts !== 'object' || typeof parts[Symbol.iterator] !== 'function')) throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
      const chunks = [];
      for (const p of parts || []) {
        if (p instanceof Blob) chunks.push(p._bytes);
        else {
          const u8 = toU8(p);
          chunks.push(u8 ? new Uint8Array(u8) : utf8(String(p)));
        }
      }
      this._bytes = concatU8(chunks);
      const type = opts && opts.type !== undefined ? String(opts.type) : '';
      this.type = /[^\x20-\x7e]/.test(type) ? '' : type.toLowerCase(); // File API: only printable ASCII
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
  // FormData keeps its entries flat, [name, value, name, value, …]: an
  // array per entry cost some 500 bytes of heap, seven times the body of a
  // big form (forms.go parses a body straight into this list). Iteration
  // is live, as WebIDL's pair iterators are.
  class FormData {
    constructor() { this._list = []; }
    append(k, v, filename) { this._list.push(String(k), formValue(v, filename)); }
    set(k, v, filename) {
      k = String(k);
      const val = formValue(v, filename);
      const l = this._list;
      let i = 0;
      while (i < l.length && l[i] !== k) i += 2;
      if (i === l.length) l.push(k, val);
      else { l[i + 1] = val; formDataRemove(l, k, i + 2); }
    }
    get(k) { k = String(k); const l = this._list; for (let i = 0; i < l.length; i += 2) if (l[i] === k) return l[i + 1]; return null; }
    getAll(k) { k = String(k); const l = this._list, out = []; for (let i = 0; i < l.length; i += 2) if (l[i] === k) out.push(l[i + 1]); return out; }
    has(k) { return this.get(k) !== null; }
    delete(k) { formDataRemove(this._list, String(k), 0); }
    forEach(fn, thisArg) { const l = this._list; for (let i = 0; i < l.length; i += 2) fn.call(thisArg, l[i + 1], l[i], this); }
    entries() { return formDataIterator(this, 2); }
    keys() { return formDataIterator(this, 0); }
    values() { return formDataIterator(this, 1); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'FormData'; }
  }
  // formDataRemove drops the entries named k from the flat list l, from
  // index from on, in place.
  function formDataRemove(l, k, from) {
    let w = from;
    for (let r = from; r < l.length; r += 2) if (l[r] !== k) { l[w++] = l[r]; l[w++] = l[r + 1]; }
    l.length = w;
  }
  const FormDataIteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: { writable: true, enumerable: true, configurable: true, value: function next() {
      const st = this._st;
      if (!st) throw new TypeError('next method called on an incompatible receiver');
      const l = st.fd._list, i = st.i;
      if (i >= l.length) return { value: undefined, done: true };
      st.i = i + 2;
      return { value: st.kind === 2 ? [l[i], l[i + 1]] : l[i + st.kind], done: false };
    } },
    [Symbol.toStringTag]: { value: 'FormData Iterator', configurable: true },
  });
  function formDataIterator(fd, kind) {
    if (!(fd instanceof FormData)) throw new TypeError('Illegal invocation');
    const it = Object.create(FormDataIteratorProto);
    Object.defineProperty(it, '_st', { value: { fd, kind, i: 0 } });
    return it;
  }
  function encodeMultipart(fd) {
    const boundary = '----CometFormBoundary' + native.randomHex(8);
    const chunks = [];
    const esc = (s) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    for (let i = 0; i < fd._list.length; i += 2) {
      const k = fd._list[i], v = fd._list[i + 1];
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

  // ---- Streams -------------------------------------------------------
  // ReadableStream, WritableStream and TransformStream follow the WHATWG
  // Streams standard's algorithms (queues with a high-water mark and size,
  // backpressure, error and cancel propagation, pipeTo's options), without
  // byte streams: a `type: 'bytes'` source works as a default stream, and
  // BYOB readers are refused. The Go side reads three fields of a
  // ReadableStream directly: _bytes, _disturbed and _locked.
  const resolved = (v) => Promise.resolve(v);
  const handled = (p) => { p.catch(() => {}); return p; };
  function deferred() {
    const d = {};
    d.promise = new Promise((res, rej) => { d.resolve = res; d.reject = rej; });
    return d;
  }
  // promiseCall calls a user callback and always gives a promise.
  // promiseCall calls an underlying source's or sink's method through
  // Reflect.apply: the method's own .call/.apply are never looked up.
  function promiseCall(fn, self, ...args) {
    if (typeof fn !== 'function') return resolved(undefined);
    try { return resolved(Reflect.apply(fn, self, args)); } catch (e) { return Promise.reject(e); }
  }
  // strategyOf converts a QueuingStrategy dictionary as WebIDL does:
  // highWaterMark then size are read once each, a size that is not a
  // function is a TypeError, and only then is the mark checked.
  function strategyOf(strategy, defaultHWM) {
    let hwm = defaultHWM;
    let size = null;
    if (strategy !== undefined && strategy !== null) {
      const rawHWM = strategy.highWaterMark;
      const rawSize = strategy.size;
      if (rawSize !== undefined) {
        if (typeof rawSize !== 'function') throw new TypeError('The strategy size must be a function');
        size = rawSize;
      }
      if (rawHWM !== undefined) {
        hwm = Number(rawHWM);
        if (Number.isNaN(hwm) || hwm < 0) throw new RangeError('Invalid highWaterMark: ' + rawHWM);
      }
    }
    return { hwm, size };
  }
  // callbacksOf reads the members of an UnderlyingSource or
  // UnderlyingSink dictionary once each, in WebIDL's (alphabetical)
  // order, and checks that the callbacks are functions; what it returns
  // keeps the object, so each method is later called on it.
  function callbacksOf(obj, names, what) {
    const out = Object.create(null);
    for (const n of names) {
      const v = obj[n];
      if (n === 'type' || n === 'autoAllocateChunkSize') { out[n] = v; continue; }
      if (v !== undefined && typeof v !== 'function') throw new TypeError("Failed to construct '" + what + "': " + n + ' is not a function');
      out[n] = v === undefined ? undefined : function (...args) { return Reflect.apply(v, obj, args); };
    }
    return out;
  }
  function chunkSize(size, chunk) {
    if (size === null) return 1;
    const n = Number(size(chunk));
    if (Number.isNaN(n) || n < 0 || n === Infinity) throw new RangeError('The chunk size must be a finite, non-negative number');
    return n;
  }
  class CountQueuingStrategy {
    constructor(init) { this.highWaterMark = Number(init.highWaterMark); }
    get size() { return () => 1; }
    get [Symbol.toStringTag]() { return 'CountQueuingStrategy'; }
  }
  class ByteLengthQueuingStrategy {
    constructor(init) { this.highWaterMark = Number(init.highWaterMark); }
    get size() { return (chunk) => chunk.byteLength; }
    get [Symbol.toStringTag]() { return 'ByteLengthQueuingStrategy'; }
  }

  // ---- ReadableStream ------------------------------------------------
  class ReadableStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get desiredSize() { return rsDesiredSize(this._s); }
    get byobRequest() { return null; }
    enqueue(chunk) {
      const s = this._s;
      if (!rsCanCloseOrEnqueue(s)) throw new TypeError('Invalid state: the stream is ' + (s._state === 'readable' ? 'closing' : s._state) + ' and cannot be enqueued to');
      rsEnqueue(s, chunk);
    }
    close() {
      const s = this._s;
      if (!rsCanCloseOrEnqueue(s)) throw new TypeError('Invalid state: the stream is already ' + (s._state === 'readable' ? 'closing' : s._state));
      rsCloseRequest(s);
    }
    error(e) { rsError(this._s, e); }
    get [Symbol.toStringTag]() { return 'ReadableStreamDefaultController'; }
  }
  function rsDesiredSize(s) {
    if (s._state === 'errored') return null;
    if (s._state === 'closed') return 0;
    return s._hwm - s._queueTotal;
  }
  function rsCanCloseOrEnqueue(s) { return s._state === 'readable' && !s._closeRequested; }
  function rsEnqueue(s, chunk) {
    const reader = s._reader;
    if (reader !== null && reader._reads.length) {
      reader._reads.shift().resolve({ value: chunk, done: false });
    } else {
      let size;
      try { size = chunkSize(s._size, chunk); } catch (e) { rsError(s, e); throw e; }
      s._queue.push(chunk, size);
      s._queueTotal += size;
    }
    rsPullIfNeeded(s);
  }
  function rsCloseRequest(s) {
    s._closeRequested = true;
    if (!s._queue.length) rsClose(s);
  }
  function rsShouldPull(s) {
    if (!s._started || !rsCanCloseOrEnqueue(s)) return false;
    if (s._reader !== null && s._reader._reads.length) return true;
    return rsDesiredSize(s) > 0;
  }
  function rsPullIfNeeded(s) {
    if (!rsShouldPull(s)) return;
    if (s._pulling) { s._pullAgain = true; return; }
    if (typeof s._source.pull !== 'function') return;
    s._pulling = true;
    promiseCall(s._source.pull, s._source, s._controller).then(() => {
      s._pulling = false;
      if (s._pullAgain) { s._pullAgain = false; rsPullIfNeeded(s); }
    }, (e) => rsError(s, e));
  }
  function rsClose(s) {
    if (s._state !== 'readable') return;
    s._state = 'closed';
    const reader = s._reader;
    if (reader !== null) {
      for (const r of reader._reads.splice(0)) r.resolve({ value: undefined, done: true });
      reader._closed.resolve();
    }
  }
  function rsError(s, e) {
    if (s._state !== 'readable') return;
    s._state = 'errored';
    s._error = e;
    s._queue = [];
    s._queueTotal = 0;
    const reader = s._reader;
    if (reader !== null) {
      for (const r of reader._reads.splice(0)) r.reject(e);
      reader._closed.reject(e);
    }
  }
  function rsCancel(s, reason) {
    s._disturbed = true;
    if (s._state === 'closed') return resolved(undefined);
    if (s._state === 'errored') return Promise.reject(s._error);
    s._queue = [];
    s._queueTotal = 0;
    rsClose(s);
    return promiseCall(s._source.cancel, s._source, reason).then(() => undefined);
  }
  // rsRead is a read request: a chunk, done, or the stored error.
  function rsRead(s) {
    s._disturbed = true;
    if (s._state === 'closed') return resolved({ value: undefined, done: true });
    if (s._state === 'errored') return Promise.reject(s._error);
    if (s._queue.length) {
      const value = s._queue.shift();
      s._queueTotal -= s._queue.shift();
      if (s._queueTotal < 0 || !s._queue.length) s._queueTotal = 0;
      if (s._closeRequested && !s._queue.length) rsClose(s);
      else rsPullIfNeeded(s);
      return resolved({ value, done: false });
    }
    const d = deferred();
    s._reader._reads.push(d);
    rsPullIfNeeded(s);
    return d.promise;
  }
  class ReadableStreamDefaultReader {
    constructor(stream) {
      if (!(stream instanceof ReadableStream)) throw new TypeError('ReadableStreamDefaultReader needs a ReadableStream');
      if (stream._locked) throw new TypeError('ReadableStream is locked');
      stream._locked = true;
      stream._reader = this;
      this._s = stream;
      this._reads = [];
      this._closed = deferred();
      handled(this._closed.promise);
      if (stream._state === 'closed') this._closed.resolve();
      else if (stream._state === 'errored') this._closed.reject(stream._error);
    }
    get closed() { return this._closed.promise; }
    read() {
      if (!this._s) return Promise.reject(new TypeError('This reader has been released'));
      return rsRead(this._s);
    }
    releaseLock() {
      const s = this._s;
      if (!s) return;
      const err = new TypeError('Reader was released');
      for (const r of this._reads.splice(0)) r.reject(err);
      if (s._state === 'readable') this._closed.reject(err);
      else { this._closed = deferred(); handled(this._closed.promise); this._closed.reject(err); }
      s._locked = false;
      s._reader = null;
      this._s = null;
    }
    cancel(reason) {
      if (!this._s) return Promise.reject(new TypeError('This reader has been released'));
      return rsCancel(this._s, reason);
    }
    get [Symbol.toStringTag]() { return 'ReadableStreamDefaultReader'; }
  }
  class ReadableStream {
    constructor(source, strategy) {
      if (source === null) throw new TypeError("Failed to construct 'ReadableStream': the source is not an object");
      if (source === undefined) source = {};
      else if (typeof source !== 'object' && typeof source !== 'function') throw new TypeError("Failed to construct 'ReadableStream': the source is not an object");
      // The strategy is converted first: the source is a plain object
      // to WebIDL, made a dictionary by the constructor's own steps.
      const st = strategyOf(strategy, 1);
      source = callbacksOf(source, ['autoAllocateChunkSize', 'cancel', 'pull', 'start', 'type'], 'ReadableStream');
      if (source.type !== undefined && String(source.type) !== 'bytes') throw new TypeError("Failed to construct 'ReadableStream': invalid type " + source.type);
      this._source = source;
      this._hwm = st.hwm;
      this._size = st.size;
      this._queue = []; // chunk, size, chunk, size, ...
      this._queueTotal = 0;
      this._state = 'readable';
      this._reader = null;
      this._locked = false;
      this._pulling = false;
      this._pullAgain = false;
      this._closeRequested = false;
      this._started = false;
      const c = Object.create(ReadableStreamDefaultController.prototype);
      c._s = this;
      this._controller = c;
      let started;
      try { started = typeof source.start === 'function' ? source.start(c) : undefined; } catch (e) { rsError(this, e); throw e; }
      resolved(started).then(() => { this._started = true; rsPullIfNeeded(this); }, (e) => rsError(this, e));
    }
    get locked() { return this._locked; }
    cancel(reason) {
      if (this._locked) return Promise.reject(new TypeError('Cannot cancel a locked stream'));
      return rsCancel(this, reason);
    }
    getReader(opts) {
      if (opts && opts.mode !== undefined) {
        if (String(opts.mode) === 'byob') throw new TypeError('BYOB readers are not supported by Comet');
        throw new TypeError('Invalid reader mode: ' + opts.mode);
      }
      return new ReadableStreamDefaultReader(this);
    }
    // pipeTo and pipeThrough check their receiver and arguments as
    // WebIDL does, before anything else (isRS/isWS: real streams, not
    // objects that merely inherit the prototype); pipeTo rejects where
    // pipeThrough throws.
    pipeTo(dest, opts) {
      try {
        if (!isRS(this)) throw new TypeError("Failed to execute 'pipeTo' on 'ReadableStream': Illegal invocation");
        if (!isWS(dest)) throw new TypeError("Failed to execute 'pipeTo' on 'ReadableStream': parameter 1 is not of type 'WritableStream'");
        opts = pipeOptions(opts, 'pipeTo');
      } catch (e) { return Promise.reject(e); }
      if (this._locked) return Promise.reject(new TypeError('Cannot pipe a locked stream'));
      if (dest._writer !== undefined) return Promise.reject(new TypeError('Cannot pipe to a locked stream'));
      return pipe(this, dest, opts);
    }
    pipeThrough(pair, opts) {
      if (!isRS(this)) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': Illegal invocation");
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': parameter 1 is not an object");
      const readable = pair.readable;
      if (!isRS(readable)) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': the transform's readable is not a ReadableStream");
      const writable = pair.writable;
      if (!isWS(writable)) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': the transform's writable is not a WritableStream");
      opts = pipeOptions(opts, 'pipeThrough');
      if (this._locked) throw new TypeError('Cannot pipe a locked stream');
      if (writable._writer !== undefined) throw new TypeError('Cannot pipe to a locked stream');
      handled(pipe(this, writable, opts));
      return readable;
    }
    tee() { return tee(this); }
    values(opts) {
      const reader = this.getReader();
      const preventCancel = !!(opts && opts.preventCancel);
      let finished = false;
      return {
        next() {
          if (finished) return resolved({ value: undefined, done: true });
          return reader.read().then((r) => { if (r.done) { finished = true; reader.releaseLock(); } return r; },
            (e) => { finished = true; reader.releaseLock(); throw e; });
        },
        return(value) {
          if (finished) return resolved({ value, done: true });
          finished = true;
          if (preventCancel) { reader.releaseLock(); return resolved({ value, done: true }); }
          const p = reader.cancel(value);
          reader.releaseLock();
          return p.then(() => ({ value, done: true }));
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
    [Symbol.asyncIterator](opts) { return this.values(opts); }
    static from(items) {
      if (items instanceof ReadableStream) return items;
      let it;
      if (items !== null && items !== undefined && typeof items[Symbol.asyncIterator] === 'function') it = items[Symbol.asyncIterator]();
      else if (items !== null && items !== undefined && typeof items[Symbol.iterator] === 'function') it = items[Symbol.iterator]();
      else throw new TypeError("Failed to execute 'from' on 'ReadableStream': the argument is not iterable");
      return new ReadableStream({
        pull(c) {
          return resolved(it.next()).then((r) => {
            if (r === null || typeof r !== 'object') throw new TypeError('The iterator result is not an object');
            if (r.done) { c.close(); return; }
            return resolved(r.value).then((v) => c.enqueue(v));
          });
        },
        cancel(reason) {
          if (typeof it.return !== 'function') return;
          return resolved(it.return(reason)).then((r) => {
            if (r === null || typeof r !== 'object') throw new TypeError('The iterator result is not an object');
          });
        },
      }, { highWaterMark: 0 });
    }
    get [Symbol.toStringTag]() { return 'ReadableStream'; }
  }
  ReadableStream.prototype._disturbed = false;
  ReadableStream.prototype._bytes = null;

  // tee: two branches fed from one reader, read as fast as the faster one;
  // the source is cancelled when both branches are, with both reasons.
  function tee(stream) {
    const reader = stream.getReader();
    let reading = false, readAgain = false;
    let canceled1 = false, canceled2 = false, reason1, reason2;
    const cancelled = deferred();
    let b1, b2;
    function pull() {
      if (reading) { readAgain = true; return resolved(undefined); }
      reading = true;
      reader.read().then((r) => {
        reading = false;
        if (r.done) {
          if (!canceled1 && rsCanCloseOrEnqueue(b1)) rsCloseRequest(b1);
          if (!canceled2 && rsCanCloseOrEnqueue(b2)) rsCloseRequest(b2);
          if (!canceled1 || !canceled2) cancelled.resolve(undefined);
          return;
        }
        if (!canceled1 && rsCanCloseOrEnqueue(b1)) rsEnqueue(b1, r.value);
        if (!canceled2 && rsCanCloseOrEnqueue(b2)) rsEnqueue(b2, r.value);
        if (readAgain) { readAgain = false; pull(); }
      }, () => { reading = false; });
      return resolved(undefined);
    }
    const cancelBoth = () => cancelled.resolve(rsCancel(stream, [reason1, reason2]));
    b1 = new ReadableStream({ pull, cancel(r) { canceled1 = true; reason1 = r; if (canceled2) cancelBoth(); return cancelled.promise; } });
    b2 = new ReadableStream({ pull, cancel(r) { canceled2 = true; reason2 = r; if (canceled1) cancelBoth(); return cancelled.promise; } });
    reader.closed.catch((e) => {
      rsError(b1, e);
      rsError(b2, e);
      if (!canceled1 || !canceled2) cancelled.resolve(undefined);
    });
    return [b1, b2];
  }

  // pipe is ReadableStreamPipeTo: chunks go from a reader to a writer as
  // the writer is ready for them; an error, close or abort on either side
  // is carried to the other unless the options prevent it.
  function isRS(x) { return x !== null && typeof x === 'object' && Object.prototype.hasOwnProperty.call(x, '_state') && x instanceof ReadableStream; }
  function isWS(x) { return x !== null && typeof x === 'object' && Object.prototype.hasOwnProperty.call(x, '_state') && x instanceof WritableStream; }
  // pipeOptions converts a StreamPipeOptions dictionary: its members read
  // once each in WebIDL's order, signal an AbortSignal if given.
  function pipeOptions(opts, method) {
    if (opts === undefined || opts === null) return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
    if (typeof opts !== 'object' && typeof opts !== 'function') throw new TypeError("Failed to execute '" + method + "' on 'ReadableStream': options is not an object");
    const preventAbort = !!opts.preventAbort;
    const preventCancel = !!opts.preventCancel;
    const preventClose = !!opts.preventClose;
    const signal = opts.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("Failed to execute '" + method + "' on 'ReadableStream': signal is not an AbortSignal");
    return { preventAbort, preventCancel, preventClose, signal };
  }
  function pipe(source, dest, opts) {
    const preventClose = opts.preventClose, preventAbort = opts.preventAbort, preventCancel = opts.preventCancel;
    const signal = opts.signal;
    const reader = source.getReader();
    const writer = dest.getWriter();
    source._disturbed = true;
    const done = deferred();
    let shuttingDown = false;
    let lastWrite = resolved(undefined);
    let onAbort = null;
    // Writes already handed to the writer finish before the pipe ends.
    const pendingWrites = () => {
      const w = lastWrite;
      return w.then(() => (w === lastWrite ? undefined : pendingWrites()), () => undefined);
    };
    function finalize(isError, error) {
      writer.releaseLock();
      reader.releaseLock();
      if (onAbort) signal.removeEventListener('abort', onAbort);
      if (isError) done.reject(error); else done.resolve(undefined);
    }
    function shutdown(action, isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      const run = () => {
        if (!action) { finalize(isError, error); return; }
        action().then(() => finalize(isError, error), (e) => finalize(true, e));
      };
      if (dest._state === 'writable' && !wsCloseQueuedOrInFlight(dest)) pendingWrites().then(run);
      else run();
    }
    if (signal !== undefined) {
      onAbort = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) actions.push(() => (dest._state === 'writable' ? wsAbort(dest, error) : resolved(undefined)));
        if (!preventCancel) actions.push(() => (source._state === 'readable' ? rsCancel(source, error) : resolved(undefined)));
        shutdown(() => Promise.all(actions.map((a) => a())), true, error);
      };
      if (signal.aborted) { onAbort(); return done.promise; }
      signal.addEventListener('abort', onAbort);
    }
    reader.closed.catch((e) => {
      if (!preventAbort) shutdown(() => wsAbort(dest, e), true, e);
      else shutdown(null, true, e);
    });
    writer.closed.catch((e) => {
      if (!preventCancel) shutdown(() => rsCancel(source, e), true, e);
      else shutdown(null, true, e);
    });
    const closeDest = () => {
      if (!preventClose) shutdown(() => (wsCloseQueuedOrInFlight(dest) || dest._state === 'closed' ? resolved(undefined) : writer.close()), false);
      else shutdown(null, false);
    };
    if (wsCloseQueuedOrInFlight(dest) || dest._state === 'closed') {
      const e = new TypeError('The destination writable stream closed before all data could be piped to it');
      if (!preventCancel) shutdown(() => rsCancel(source, e), true, e);
      else shutdown(null, true, e);
      return done.promise;
    }
    function step() {
      if (shuttingDown) return;
      writer.ready.then(() => {
        if (shuttingDown) return;
        reader.read().then((r) => {
          if (shuttingDown) return;
          if (r.done) { closeDest(); return; }
          lastWrite = writer.write(r.value);
          handled(lastWrite);
          step();
        }, () => {});
      }, () => {});
    }
    step();
    return done.promise;
  }

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

  // ---- WritableStream ------------------------------------------------
  const CLOSE = Symbol('close');
  class WritableStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get signal() { return this._abort.signal; }
    error(e) { if (this._s._state === 'writable') wsControllerError(this, e); }
    get [Symbol.toStringTag]() { return 'WritableStreamDefaultController'; }
  }
  function wsCloseQueuedOrInFlight(s) { return s._closeRequest !== undefined || s._inFlightClose !== undefined; }
  function wsDesiredSize(c) { return c._hwm - c._queueTotal; }
  function wsAbort(s, reason) {
    if (s._state === 'closed' || s._state === 'errored') return resolved(undefined);
    s._controller._abort.abort(reason);
    if (s._state === 'closed' || s._state === 'errored') return resolved(undefined);
    if (s._pendingAbort !== undefined) return s._pendingAbort.promise;
    const wasErroring = s._state === 'erroring';
    const d = deferred();
    d.reason = wasErroring ? undefined : reason;
    d.wasErroring = wasErroring;
    s._pendingAbort = d;
    if (!wasErroring) wsStartErroring(s, reason);
    return d.promise;
  }
  function wsClose(s) {
    if (s._state === 'closed' || s._state === 'errored') return Promise.reject(new TypeError('The stream is ' + s._state + ' and cannot be closed'));
    const d = deferred();
    s._closeRequest = d;
    const w = s._writer;
    if (w !== undefined && s._backpressure && s._state === 'writable') w._ready.resolve();
    const c = s._controller;
    c._queue.push(CLOSE, 0);
    wsAdvance(c);
    return d.promise;
  }
  function wsStartErroring(s, reason) {
    s._error = reason;
    s._state = 'erroring';
    const w = s._writer;
    if (w !== undefined) wsWriterRejectReady(w, reason);
    if (s._inFlightWrite === undefined && s._inFlightClose === undefined && s._controller._started) wsFinishErroring(s);
  }
  function wsFinishErroring(s) {
    s._state = 'errored';
    const c = s._controller;
    c._queue = [];
    c._queueTotal = 0;
    for (const r of s._writeRequests.splice(0)) r.reject(s._error);
    const abort = s._pendingAbort;
    if (abort === undefined) { wsRejectCloseAndClosed(s); return; }
    s._pendingAbort = undefined;
    if (abort.wasErroring) { abort.reject(s._error); wsRejectCloseAndClosed(s); return; }
    promiseCall(c._sink.abort, c._sink, abort.reason).then(
      () => { abort.resolve(undefined); wsRejectCloseAndClosed(s); },
      (e) => { abort.reject(e); wsRejectCloseAndClosed(s); });
  }
  function wsRejectCloseAndClosed(s) {
    if (s._closeRequest !== undefined) { s._closeRequest.reject(s._error); s._closeRequest = undefined; }
    const w = s._writer;
    if (w !== undefined) { handled(w._closed.promise); w._closed.reject(s._error); }
  }
  function wsDealWithRejection(s, e) {
    if (s._state === 'writable') { wsStartErroring(s, e); return; }
    wsFinishErroring(s);
  }
  function wsUpdateBackpressure(s, bp) {
    const w = s._writer;
    if (w !== undefined && bp !== s._backpressure) {
      if (bp) { w._ready = deferred(); handled(w._ready.promise); } else w._ready.resolve();
    }
    s._backpressure = bp;
  }
  function wsControllerError(c, e) { wsStartErroring(c._s, e); }
  function wsAdvance(c) {
    const s = c._s;
    if (!c._started || s._inFlightWrite !== undefined) return;
    if (s._state === 'erroring') { wsFinishErroring(s); return; }
    if (!c._queue.length) return;
    const chunk = c._queue[0];
    if (chunk === CLOSE) {
      s._inFlightClose = s._closeRequest;
      s._closeRequest = undefined;
      c._queue.splice(0, 2);
      promiseCall(c._sink.close, c._sink).then(() => {
        s._inFlightClose.resolve(undefined);
        s._inFlightClose = undefined;
        if (s._state === 'erroring') {
          s._error = undefined;
          if (s._pendingAbort !== undefined) { s._pendingAbort.resolve(undefined); s._pendingAbort = undefined; }
        }
        s._state = 'closed';
        if (s._writer !== undefined) s._writer._closed.resolve(undefined);
      }, (e) => {
        s._inFlightClose.reject(e);
        s._inFlightClose = undefined;
        if (s._pendingAbort !== undefined) { s._pendingAbort.reject(e); s._pendingAbort = undefined; }
        wsDealWithRejection(s, e);
      });
      return;
    }
    s._inFlightWrite = s._writeRequests.shift();
    promiseCall(c._sink.write, c._sink, chunk, c).then(() => {
      s._inFlightWrite.resolve(undefined);
      s._inFlightWrite = undefined;
      c._queue.shift();
      c._queueTotal -= c._queue.shift();
      if (c._queueTotal < 0 || !c._queue.length) c._queueTotal = 0;
      if (!wsCloseQueuedOrInFlight(s) && s._state === 'writable') wsUpdateBackpressure(s, wsDesiredSize(c) <= 0);
      wsAdvance(c);
    }, (e) => {
      s._inFlightWrite.reject(e);
      s._inFlightWrite = undefined;
      wsDealWithRejection(s, e);
    });
  }
  function wsWriterRejectReady(w, reason) {
    if (w._readySettled) w._ready = deferred();
    handled(w._ready.promise);
    w._ready.reject(reason);
  }
  class WritableStreamDefaultWriter {
    constructor(stream) {
      if (!(stream instanceof WritableStream)) throw new TypeError('WritableStreamDefaultWriter needs a WritableStream');
      if (stream._writer !== undefined) throw new TypeError('WritableStream is locked');
      this._s = stream;
      stream._writer = this;
      this._ready = deferred();
      this._closed = deferred();
      handled(this._ready.promise);
      handled(this._closed.promise);
      const state = stream._state;
      if (state === 'writable') {
        if (wsCloseQueuedOrInFlight(stream) || !stream._backpressure) this._ready.resolve();
      } else if (state === 'erroring') {
        this._ready.reject(stream._error);
      } else if (state === 'closed') {
        this._ready.resolve();
        this._closed.resolve();
      } else {
        this._ready.reject(stream._error);
        this._closed.reject(stream._error);
      }
    }
    get closed() { return this._closed.promise; }
    get ready() { return this._ready.promise; }
    get desiredSize() {
      const s = this._s;
      if (!s) throw new TypeError('This writer has been released');
      if (s._state === 'errored' || s._state === 'erroring') return null;
      if (s._state === 'closed') return 0;
      return wsDesiredSize(s._controller);
    }
    abort(reason) {
      if (!this._s) return Promise.reject(new TypeError('This writer has been released'));
      return wsAbort(this._s, reason);
    }
    close() {
      const s = this._s;
      if (!s) return Promise.reject(new TypeError('This writer has been released'));
      if (wsCloseQueuedOrInFlight(s)) return Promise.reject(new TypeError('The stream is already closing'));
      return wsClose(s);
    }
    releaseLock() {
      const s = this._s;
      if (!s) return;
      const err = new TypeError('Writer was released');
      wsWriterRejectReady(this, err);
      if (this._closedSettled) this._closed = deferred();
      handled(this._closed.promise);
      this._closed.reject(err);
      s._writer = undefined;
      this._s = null;
    }
    write(chunk) {
      const s = this._s;
      if (!s) return Promise.reject(new TypeError('This writer has been released'));
      const c = s._controller;
      let size = 1;
      try { size = chunkSize(c._size, chunk); } catch (e) { if (s._state === 'writable') wsControllerError(c, e); }
      if (s._state === 'errored') return Promise.reject(s._error);
      if (wsCloseQueuedOrInFlight(s) || s._state === 'closed') return Promise.reject(new TypeError('The stream is closing or closed and cannot be written to'));
      if (s._state === 'erroring') return Promise.reject(s._error);
      const d = deferred();
      s._writeRequests.push(d);
      c._queue.push(chunk, size);
      c._queueTotal += size;
      if (!wsCloseQueuedOrInFlight(s) && s._state === 'writable') wsUpdateBackpressure(s, wsDesiredSize(c) <= 0);
      wsAdvance(c);
      return d.promise;
    }
    get [Symbol.toStringTag]() { return 'WritableStreamDefaultWriter'; }
  }
  // The writer's promises remember whether they settled: ready is replaced
  // by a new one only once the old one has settled.
  for (const k of ['_ready', '_closed']) {
    Object.defineProperty(WritableStreamDefaultWriter.prototype, k, {
      get() { return this[k + 'D']; },
      set(d) {
        this[k + 'D'] = d;
        this[k + 'Settled'] = false;
        const r = d.resolve, j = d.reject;
        d.resolve = (v) => { this[k + 'Settled'] = true; r(v); };
        d.reject = (e) => { this[k + 'Settled'] = true; j(e); };
      },
    });
  }
  class WritableStream {
    constructor(sink, strategy) {
      if (sink === null) throw new TypeError("Failed to construct 'WritableStream': the sink is not an object");
      if (sink === undefined) sink = {};
      else if (typeof sink !== 'object' && typeof sink !== 'function') throw new TypeError("Failed to construct 'WritableStream': the sink is not an object");
      const st = strategyOf(strategy, 1);
      sink = callbacksOf(sink, ['abort', 'close', 'start', 'type', 'write'], 'WritableStream');
      if (sink.type !== undefined) throw new RangeError("Failed to construct 'WritableStream': invalid type " + sink.type);
      this._state = 'writable';
      this._error = undefined;
      this._writer = undefined;
      this._writeRequests = [];
      this._inFlightWrite = undefined;
      this._closeRequest = undefined;
      this._inFlightClose = undefined;
      this._pendingAbort = undefined;
      this._backpressure = false;
      const c = Object.create(WritableStreamDefaultController.prototype);
      c._s = this;
      c._sink = sink;
      c._queue = [];
      c._queueTotal = 0;
      c._hwm = st.hwm;
      c._size = st.size;
      c._started = false;
      c._abort = new AbortController();
      this._controller = c;
      wsUpdateBackpressure(this, wsDesiredSize(c) <= 0);
      const started = typeof sink.start === 'function' ? sink.start(c) : undefined;
      resolved(started).then(() => { c._started = true; wsAdvance(c); }, (e) => { c._started = true; wsDealWithRejection(this, e); });
    }
    get locked() { return this._writer !== undefined; }
    abort(reason) {
      if (this._writer !== undefined) return Promise.reject(new TypeError('Cannot abort a locked stream'));
      return wsAbort(this, reason);
    }
    close() {
      if (this._writer !== undefined) return Promise.reject(new TypeError('Cannot close a locked stream'));
      if (wsCloseQueuedOrInFlight(this)) return Promise.reject(new TypeError('The stream is already closing'));
      return wsClose(this);
    }
    getWriter() { return new WritableStreamDefaultWriter(this); }
    get [Symbol.toStringTag]() { return 'WritableStream'; }
  }

  // ---- TransformStream -----------------------------------------------
  class TransformStreamDefaultController {
    constructor() { throw new TypeError('Illegal constructor'); }
    get desiredSize() { return rsDesiredSize(this._t._readable); }
    enqueue(chunk) { tsEnqueue(this._t, chunk); }
    error(e) { tsError(this._t, e); }
    terminate() {
      const t = this._t;
      const r = t._readable;
      if (rsCanCloseOrEnqueue(r)) rsCloseRequest(r);
      tsErrorWritable(t, new TypeError('The transform stream has been terminated'));
    }
    get [Symbol.toStringTag]() { return 'TransformStreamDefaultController'; }
  }
  function tsSetBackpressure(t, bp) {
    if (t._bpChange) t._bpChange.resolve(undefined);
    t._bpChange = deferred();
    t._backpressure = bp;
  }
  function tsEnqueue(t, chunk) {
    const r = t._readable;
    if (!rsCanCloseOrEnqueue(r)) throw new TypeError('The readable side of the transform stream is not in a state that permits enqueue');
    try { rsEnqueue(r, chunk); } catch (e) { tsErrorWritable(t, e); throw r._error; }
    const bp = !rsShouldPull(r);
    if (bp !== t._backpressure && bp) tsSetBackpressure(t, true);
  }
  function tsError(t, e) {
    rsError(t._readable, e);
    tsErrorWritable(t, e);
  }
  function tsErrorWritable(t, e) {
    const w = t._writable;
    if (w._state === 'writable') wsControllerError(w._controller, e);
    if (t._backpressure) tsSetBackpressure(t, false);
  }
  class TransformStream {
    constructor(transformer, writableStrategy, readableStrategy) {
      if (transformer === null) throw new TypeError("Failed to construct 'TransformStream': the transformer is not an object");
      if (transformer === undefined) transformer = {};
      if (transformer.readableType !== undefined) throw new RangeError('Invalid readableType');
      if (transformer.writableType !== undefined) throw new RangeError('Invalid writableType');
      const t = this;
      const c = Object.create(TransformStreamDefaultController.prototype);
      c._t = t;
      this._controller = c;
      const start = deferred();
      const transform = typeof transformer.transform === 'function'
        ? (chunk) => promiseCall(transformer.transform, transformer, chunk, c)
        : (chunk) => { try { tsEnqueue(t, chunk); return resolved(undefined); } catch (e) { return Promise.reject(e); } };
      const perform = (chunk) => transform(chunk).catch((e) => { tsError(t, e); throw e; });
      this._writable = new WritableStream({
        start: () => start.promise,
        write(chunk) {
          if (t._backpressure) {
            return t._bpChange.promise.then(() => {
              const w = t._writable;
              if (w._state === 'erroring') throw w._error;
              return perform(chunk);
            });
          }
          return perform(chunk);
        },
        abort(reason) {
          tsError(t, reason);
          return promiseCall(transformer.cancel, transformer, reason);
        },
        close() {
          const r = t._readable;
          return promiseCall(transformer.flush, transformer, c).then(() => {
            if (r._state === 'errored') throw r._error;
            if (rsCanCloseOrEnqueue(r)) rsCloseRequest(r);
          }, (e) => { tsError(t, e); throw r._error; });
        },
      }, writableStrategy);
      this._readable = new ReadableStream({
        start: () => start.promise,
        pull() { tsSetBackpressure(t, false); return t._bpChange.promise; },
        cancel(reason) {
          tsErrorWritable(t, reason);
          return promiseCall(transformer.cancel, transformer, reason);
        },
      }, readableStrategy === undefined ? { highWaterMark: 0 } : readableStrategy);
      this._backpressure = undefined;
      this._bpChange = undefined;
      tsSetBackpressure(this, true);
      try { start.resolve(typeof transformer.start === 'function' ? transformer.start(c) : undefined); } catch (e) { start.reject(e); throw e; }
    }
    get readable() { return this._readable; }
    get writable() { return this._writable; }
    get [Symbol.toStringTag]() { return 'TransformStream'; }
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
    get [Symbol.toStringTag]() { return 'TextEncoderStream'; }
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
    get [Symbol.toStringTag]() { return 'TextDecoderStream'; }
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
    text() { return this._consume().then((b) => (typeof b === 'string' ? b : decodeUTF8(b))); }
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
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
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
      else if (v instanceof Blob || v instanceof Headers || v instanceof Request || v instanceof Response || v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise || (typeof WeakRef === 'function' && v instanceof WeakRef)) {
        throw new DOMException((Object.prototype.toString.call(v).slice(8, -1)) + ' object could not be cloned.', 'DataCloneError');
      } else if (Array.isArray(v)) { out = new Array(v.length); seen.set(v, out); for (let i = 0; i < v.length; i++) if (i in v) out[i] = clone(v[i]); return out; }
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
  // ---- crypto (Web Crypto): crypto.js, run after this prelude ----------

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
    // The d flag (hasIndices): goja rejects it, so the expression is built
    // without it and gets its own exec, which adds `indices` to each match
    // (native.matchIndices, see indices.go). String methods (match,
    // matchAll, replace, split) call exec, so they see the indices too.
    const nativeExec = NativeRegExp.prototype.exec;
    const PATTERN = Symbol('pattern');
    const isRegExp = (v) => v instanceof NativeRegExp;
    function addIndices(re, m, input) {
      const flags = re.flags.replace('d', '');
      const r = native.matchIndices(re[PATTERN] !== undefined ? re[PATTERN] : re.source, flags, input, m.index);
      const fail = () => { throw new Error('Comet cannot give the match indices (d flag) of /' + re.source + '/' + re.flags + ' for this input; use match.index and the group texts instead'); };
      if (r === null || r.i.length !== 2 * m.length || r.i[0] !== m.index || r.i[1] !== m.index + m[0].length) fail();
      const indices = [];
      let groups;
      for (let k = 0; k < m.length; k++) {
        const s = r.i[2 * k], e = r.i[2 * k + 1];
        if (s < 0) {
          if (m[k] !== undefined) fail();
          indices.push(undefined);
        } else {
          if (m[k] !== input.slice(s, e)) fail();
          indices.push([s, e]);
        }
        const name = r.n[k];
        if (k > 0 && name) {
          if (!m.groups || m.groups[name] !== m[k]) fail();
          if (!groups) groups = Object.create(null);
          groups[name] = indices[k];
        }
      }
      if (m.groups && !groups) fail();
      indices.groups = groups;
      Object.defineProperty(m, 'indices', { value: indices, writable: true, enumerable: true, configurable: true });
    }
    function execWithIndices(str) {
      const input = String(str);
      const m = nativeExec.call(this, input);
      if (m !== null) addIndices(this, m, input);
      return m;
    }
    function withIndices(re, pattern, flags) {
      Object.defineProperties(re, {
        exec: { value: execWithIndices, writable: true, configurable: true },
        hasIndices: { value: true, configurable: true },
        flags: { value: 'd' + flags, configurable: true },
        // split and matchAll build a copy through the species constructor
        // with these flags: it must be this RegExp, which knows "d".
        constructor: { value: Wrapped, writable: true, configurable: true },
        [PATTERN]: { value: pattern },
      });
      return re;
    }
    if (!('hasIndices' in NativeRegExp.prototype)) {
      Object.defineProperty(NativeRegExp.prototype, 'hasIndices', { configurable: true, get() {
        if (this === NativeRegExp.prototype) return undefined;
        if (!isRegExp(this)) throw new TypeError('RegExp.prototype.hasIndices getter called on non-RegExp');
        return false;
      } });
    }
    // A plain function, not a Proxy: goja's instanceof rejects proxies.
    const Wrapped = function RegExp(src, flags) {
      // goja leaks a constructor's new.target into plain calls made
      // inside it (luxon calls RegExp(s, 'i') in a class constructor); a
      // real construction has a this object, a call in strict code none.
      const newTarget = this === undefined ? undefined : new.target;
      // The v flag: the pattern is rewritten as a u-flag one (regexpv.go).
      if (typeof flags === 'string' && flags.indexOf('v') >= 0) {
        if (flags.indexOf('u') >= 0 || flags.indexOf('v') !== flags.lastIndexOf('v')) throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
        const source = isRegExp(src) ? src.source : src === undefined ? '(?:)' : String(src);
        let pattern;
        try { pattern = native.vToU(source); } catch (e) { throw new SyntaxError(e.message + ': /' + source + '/' + flags); }
        const re = Reflect.construct(Wrapped, [pattern, flags.replace('v', 'u')], newTarget || Wrapped);
        return Object.defineProperties(re, {
          unicodeSets: { value: true, configurable: true },
          unicode: { value: false, configurable: true },
          flags: { value: re.flags.replace('u', 'v'), configurable: true },
          source: { value: source, configurable: true },
        });
      }
      if (flags === undefined && isRegExp(src) && src.hasIndices) flags = src.flags;
      if (typeof flags === 'string' && flags.indexOf('d') >= 0) {
        const rest = flags.replace('d', '');
        if (rest.indexOf('d') >= 0) throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
        const pattern = fix(isRegExp(src) ? src.source : src === undefined ? '(?:)' : String(src), rest);
        const re = Reflect.construct(NativeRegExp, [pattern, rest], !newTarget || newTarget === Wrapped ? NativeRegExp : newTarget);
        return withIndices(re, pattern, re.flags);
      }
      if (newTarget) {
        return Reflect.construct(NativeRegExp, [fix(src, flags), flags], newTarget === Wrapped ? NativeRegExp : newTarget);
      }
      return NativeRegExp(fix(src, flags), flags);
    };
    Wrapped.prototype = NativeRegExp.prototype;
    Object.defineProperty(NativeRegExp.prototype, 'constructor', { value: Wrapped, writable: true, configurable: true });
    Object.setPrototypeOf(Wrapped, NativeRegExp);
    Object.defineProperty(G, 'RegExp', { value: Wrapped, writable: true, configurable: true, enumerable: false });
  }

  // ---- util.inspect and util.format (Node's formatting) ----------------
  // console.* and node:util print values as Node 20 does: the same quoting,
  // the same `[Object]` past depth 2, `<ref *1>` / `[Circular *1]`, entries
  // on one line while they fit in 80 columns (up to 3 levels of inner
  // nesting) and long arrays of short items grouped into columns. The
  // layout rules are Node's (lib/internal/util/inspect.js), written anew;
  // no colours. Values Comet cannot look into (proxies) print as their
  // target would.
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const inspectDefaults = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  const keyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const ARRAY = 1, OBJECT = 0, ARRAY_EXTRAS = 2;
  function inspect(value, opts) {
    const ctx = Object.assign({}, inspectDefaults);
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
      if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    } else if (opts !== null && typeof opts === 'object') {
      for (const k of Object.keys(inspectDefaults)) if (opts[k] !== undefined) ctx[k] = opts[k];
      if (opts.stylize) ctx.userStylize = opts.stylize;
    }
    if (ctx.depth === null || ctx.depth === Infinity) ctx.depth = Infinity;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    ctx.seen = [];
    ctx.circular = undefined;
    ctx.indentationLvl = 0;
    ctx.currentDepth = 0;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspect;
  inspect.defaultOptions = inspectDefaults;
  // meta is how strEscape writes a code unit below 0xa0 that needs escaping.
  function escapeUnit(c, quote) {
    switch (c) {
      case 8: return '\\b';
      case 9: return '\\t';
      case 10: return '\\n';
      case 12: return '\\f';
      case 13: return '\\r';
      case 39: return quote === 39 ? "\\'" : "'";
      case 92: return '\\\\';
    }
    return '\\x' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
  }
  // strEscape quotes a string: single quotes, or double quotes when it has
  // single ones, or backticks when it has both.
  function strEscape(str) {
    let quote = 39;
    if (str.indexOf("'") >= 0) {
      if (str.indexOf('"') < 0) quote = 34;
      else if (str.indexOf('`') < 0 && str.indexOf('${') < 0) quote = 96;
    }
    let out = '', last = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c === quote || c === 92 || c < 32 || (c > 126 && c < 160)) {
        out += str.slice(last, i) + escapeUnit(c, quote);
        last = i + 1;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < str.length) {
          const d = str.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
        }
        out += str.slice(last, i) + '\\u' + c.toString(16).toUpperCase();
        last = i + 1;
      }
    }
    out += str.slice(last);
    const q = String.fromCharCode(quote);
    return q + out + q;
  }
  function formatNumber(n) { return Object.is(n, -0) ? '-0' : String(n); }
  function formatPrimitive(ctx, v) {
    switch (typeof v) {
      case 'string': {
        let trailer = '';
        if (v.length > ctx.maxStringLength) {
          const rest = v.length - ctx.maxStringLength;
          v = v.slice(0, ctx.maxStringLength);
          trailer = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
        }
        if (ctx.compact !== true && v.length > 16 && v.length > ctx.breakLength - ctx.indentationLvl - 4) {
          const lines = [];
          let from = 0;
          for (let i = v.indexOf('\n'); i >= 0 && i < v.length - 1; i = v.indexOf('\n', from)) { lines.push(v.slice(from, i + 1)); from = i + 1; }
          lines.push(v.slice(from));
          return lines.filter((l, i) => l !== '' || i === 0).map(strEscape).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
        }
        return strEscape(v) + trailer;
      }
      case 'number': return formatNumber(v);
      case 'bigint': return v + 'n';
      case 'boolean': return String(v);
      case 'undefined': return 'undefined';
      default: return v.toString(); // symbol
    }
  }
  function constructorName(v) {
    let o = v;
    while (o !== null && o !== undefined) {
      const d = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name !== '') {
        try { if (v instanceof d.value) return String(d.value.name); } catch (e) { /* not a constructor */ }
      }
      o = Object.getPrototypeOf(o);
    }
    return null;
  }
  function prefixOf(ctor, tag, fallback, size) {
    size = size || '';
    if (ctor === null) {
      if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && ctor !== tag) return ctor + size + ' [' + tag + '] ';
    return ctor + size + ' ';
  }
  function ownKeys(v, showHidden, skipIndices) {
    let keys = showHidden ? Object.getOwnPropertyNames(v) : Object.keys(v);
    if (showHidden && typeof v === 'function') {
      // V8's order, which Node's output follows.
      const first = ['length', 'name', 'arguments', 'caller', 'prototype'].filter((k) => keys.includes(k));
      keys = first.concat(keys.filter((k) => !first.includes(k)));
    }
    if (skipIndices) keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 4294967295));
    const symbols = Object.getOwnPropertySymbols(v);
    for (const s of symbols) if (showHidden || Object.prototype.propertyIsEnumerable.call(v, s)) keys.push(s);
    return keys;
  }
  const objTag = (v) => Object.prototype.toString.call(v).slice(8, -1);
  function formatValue(ctx, v, recurseTimes, typedArray) {
    if (typeof v !== 'object' && typeof v !== 'function') return formatPrimitive(ctx, v);
    if (v === null) return 'null';
    const proxy = native.inspectInternals(v);
    if (proxy !== null && proxy[0] === 'proxy') return formatValue(ctx, proxy[1], recurseTimes, typedArray);
    if (ctx.customInspect) {
      let custom;
      try { custom = v[customInspect]; } catch (e) { custom = undefined; }
      if (typeof custom === 'function' && custom !== inspect && !(v.constructor && v.constructor.prototype === v)) {
        const depth = ctx.depth - recurseTimes;
        const opts = Object.assign({}, ctx, { depth, stylize: (s) => String(s), seen: undefined, circular: undefined });
        const ret = custom.call(v, depth, opts, inspect);
        if (ret !== v) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
        }
      }
    }
    if (ctx.seen.includes(v)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map([[v, index]]);
      } else {
        index = ctx.circular.get(v);
        if (index === undefined) { index = ctx.circular.size + 1; ctx.circular.set(v, index); }
      }
      return '[Circular *' + index + ']';
    }
    return formatRaw(ctx, v, recurseTimes, typedArray);
  }
  function functionBase(v, ctor, tag) {
    let src = '';
    try { src = Function.prototype.toString.call(v); } catch (e) { /* a native */ }
    if (src.startsWith('class') && src.endsWith('}')) {
      const own = Object.prototype.hasOwnProperty.call(v, 'name');
      let base = 'class ' + ((own && v.name) || '(anonymous)');
      if (ctor !== 'Function' && ctor !== null) base += ' [' + ctor + ']';
      if (tag !== '' && ctor !== tag) base += ' [' + tag + ']';
      if (ctor !== null) { const sup = Object.getPrototypeOf(v).name; if (sup) base += ' extends ' + sup; } else base += ' extends [null prototype]';
      return '[' + base + ']';
    }
    const t = objTag(v);
    let type = 'Function';
    if (t === 'GeneratorFunction') type = 'GeneratorFunction';
    else if (t === 'AsyncFunction') type = 'AsyncFunction';
    else if (t === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
    let base = '[' + type;
    if (ctor === null) base += ' (null prototype)';
    base += v.name === '' ? ' (anonymous)' : ': ' + v.name;
    base += ']';
    if (ctor !== type && ctor !== 'Function' && ctor !== null) base += ' ' + ctor;
    if (tag !== '' && ctor !== tag) base += ' [' + tag + ']';
    return base;
  }
  function formatRaw(ctx, v, recurseTimes, typedArray) {
    const ctor = constructorName(v);
    let tag = v[Symbol.toStringTag];
    if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable).call(v, Symbol.toStringTag))) tag = '';
    let base = '';
    let formatter = () => [];
    let braces;
    let keys;
    let extras = OBJECT;
    const internals = native.inspectInternals(v);
    if (Array.isArray(v)) {
      const prefix = ctor !== 'Array' || tag !== '' ? prefixOf(ctor, tag, 'Array', '(' + v.length + ')') : '';
      keys = ownKeys(v, ctx.showHidden, true);
      braces = [prefix + '[', ']'];
      if (v.length === 0 && keys.length === 0) return braces[0] + ']';
      extras = ARRAY_EXTRAS;
      formatter = formatArray;
    } else if (v instanceof Set) {
      keys = ownKeys(v, ctx.showHidden);
      const prefix = prefixOf(ctor, tag, 'Set', '(' + v.size + ')');
      if (v.size === 0 && keys.length === 0) return prefix + '{}';
      braces = [prefix + '{', '}'];
      formatter = formatSet;
    } else if (v instanceof Map) {
      keys = ownKeys(v, ctx.showHidden);
      const prefix = prefixOf(ctor, tag, 'Map', '(' + v.size + ')');
      if (v.size === 0 && keys.length === 0) return prefix + '{}';
      braces = [prefix + '{', '}'];
      formatter = formatMap;
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      keys = ownKeys(v, ctx.showHidden, true);
      const fallback = ctor === null ? objTag(v) : '';
      braces = [prefixOf(ctor, tag, fallback, '(' + v.length + ')') + '[', ']'];
      if (v.length === 0 && keys.length === 0) return braces[0] + ']';
      formatter = formatTypedArray;
      extras = ARRAY_EXTRAS;
    } else {
      keys = ownKeys(v, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof v === 'function') {
        base = functionBase(v, ctor, tag);
        if (keys.length === 0) return base;
      } else if (ctor === 'Object' && !(v instanceof Error) && objTag(v) !== 'Arguments' && internals === null) {
        if (tag !== '') braces[0] = prefixOf(ctor, tag, 'Object') + '{';
        if (keys.length === 0) return braces[0] + '}';
      } else if (v instanceof RegExp) {
        base = RegExp.prototype.toString.call(v);
        const prefix = prefixOf(ctor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if (keys.length === 0 || recurseTimes > ctx.depth) return base;
      } else if (v instanceof Date) {
        base = isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
        const prefix = prefixOf(ctor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0) return base;
      } else if (v instanceof Error) {
        base = formatError(ctx, v, keys);
        if (keys.length === 0) return base;
      } else if (v instanceof ArrayBuffer) {
        const prefix = prefixOf(ctor, tag, 'ArrayBuffer');
        if (typedArray === undefined) formatter = formatArrayBuffer;
        else if (keys.length === 0) return prefix + '{ byteLength: ' + formatNumber(v.byteLength) + ' }';
        braces[0] = prefix + '{';
        keys.unshift('byteLength');
      } else if (v instanceof DataView) {
        braces[0] = prefixOf(ctor, tag, 'DataView') + '{';
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (internals !== null && internals[0] === 'promise') {
        braces[0] = prefixOf(ctor, tag, 'Promise') + '{';
        formatter = (ctx, v, recurseTimes) => {
          if (internals[1] === 'pending') return ['<pending>'];
          ctx.indentationLvl += 2;
          const s = formatValue(ctx, internals[2], recurseTimes);
          ctx.indentationLvl -= 2;
          return [internals[1] === 'rejected' ? '<rejected> ' + s : s];
        };
      } else if (v instanceof WeakSet || v instanceof WeakMap) {
        braces[0] = prefixOf(ctor, tag, v instanceof WeakSet ? 'WeakSet' : 'WeakMap') + '{';
        formatter = () => ['<items unknown>'];
      } else if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Symbol || (typeof BigInt !== 'undefined' && v instanceof BigInt)) {
        const type = v instanceof Number ? 'Number' : v instanceof String ? 'String' : v instanceof Boolean ? 'Boolean' : v instanceof Symbol ? 'Symbol' : 'BigInt';
        if (type === 'String') keys = keys.slice(v.length);
        base = '[' + type;
        if (type !== ctor) base += ctor === null ? ' (null prototype)' : ' (' + ctor + ')';
        base += ': ' + formatPrimitive(Object.assign({}, ctx, { compact: true }), v.valueOf()) + ']';
        if (tag !== '' && tag !== ctor) base += ' [' + tag + ']';
        if (keys.length === 0) return base;
      } else {
        if (objTag(v) === 'Arguments') braces[0] = '[Arguments] {';
        else braces[0] = prefixOf(ctor, tag, ctor === null ? 'Object' : '') + '{';
        if (keys.length === 0) return braces[0] + '}';
      }
    }
    if (recurseTimes > ctx.depth) {
      let name = (Array.isArray(v) ? prefixOf(ctor, tag, 'Array') : prefixOf(ctor, tag, 'Object')).slice(0, -1);
      if (ctor !== null) name = '[' + name + ']';
      return name;
    }
    recurseTimes++;
    ctx.seen.push(v);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, v, recurseTimes);
      for (const k of keys) output.push(formatProperty(ctx, v, recurseTimes, k, extras));
    } catch (e) {
      ctx.seen.pop();
      if (e instanceof RangeError) return '[' + (ctor || 'Object') + ': Inspection interrupted prematurely. Maximum call stack size exceeded.]';
      throw e;
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(v);
      if (index !== undefined) base = base === '' ? '<ref *' + index + '>' : '<ref *' + index + '> ' + base;
    }
    ctx.seen.pop();
    if (ctx.sorted) {
      const cmp = ctx.sorted === true ? undefined : ctx.sorted;
      if (extras === OBJECT) output.sort(cmp);
      else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(cmp);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }
    return reduceToSingleString(ctx, output, base, braces, extras, recurseTimes, v);
  }
  function formatError(ctx, err, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    const message = err.message != null ? String(err.message) : '';
    let stack = typeof err.stack === 'string' && err.stack ? err.stack.replace(/\s+$/, '') : Error.prototype.toString.call(err);
    // Keys the stack already shows are not listed again.
    for (const k of ['name', 'message', 'stack']) {
      const i = keys.indexOf(k);
      if (i >= 0 && (k === 'stack' || stack.includes(String(err[k])))) keys.splice(i, 1);
    }
    if ('cause' in err && !keys.includes('cause') && !(keys.length && ctx.showHidden)) keys.push('cause');
    if (!stack.includes(name) && name) stack = name + ': ' + message + (stack ? '\n' + stack : '');
    if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
    return stack;
  }
  function formatArrayBuffer(ctx, v) {
    const u8 = new Uint8Array(v);
    const n = Math.min(ctx.maxArrayLength, u8.length);
    let hex = '';
    for (let i = 0; i < n; i++) hex += (i ? ' ' : '') + (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
    const rest = u8.length - n;
    if (rest > 0) hex += ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '');
    return ['[Uint8Contents]: <' + hex + '>'];
  }
  function moreItems(n) { return '... ' + n + ' more item' + (n > 1 ? 's' : ''); }
  function formatArray(ctx, v, recurseTimes) {
    const len = Math.min(Math.max(0, ctx.maxArrayLength), v.length);
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!Object.prototype.hasOwnProperty.call(v, i)) return formatSparseArray(ctx, v, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, v, recurseTimes, i, ARRAY));
    }
    if (v.length > len) output.push(moreItems(v.length - len));
    return output;
  }
  function formatSparseArray(ctx, v, recurseTimes, maxLength, output, i) {
    const keys = Object.keys(v);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const n = +key;
      if (n > 2 ** 32 - 2) break;
      if (String(index) !== key) {
        if (!/^\d+$/.test(key)) break;
        const empty = n - index;
        output.push('<' + empty + ' empty item' + (empty > 1 ? 's' : '') + '>');
        index = n;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, v, recurseTimes, key, ARRAY));
      index++;
    }
    const rest = v.length - index;
    if (output.length !== maxLength) {
      if (rest > 0) output.push('<' + rest + ' empty item' + (rest > 1 ? 's' : '') + '>');
    } else if (rest > 0) output.push(moreItems(rest));
    return output;
  }
  function formatTypedArray(ctx, v) {
    const n = Math.min(Math.max(0, ctx.maxArrayLength), v.length);
    const output = [];
    for (let i = 0; i < n; i++) output.push(typeof v[i] === 'bigint' ? v[i] + 'n' : formatNumber(v[i]));
    if (v.length > n) output.push(moreItems(v.length - n));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const k of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) output.push('[' + k + ']: ' + formatValue(ctx, v[k], ctx.currentDepth, true));
      ctx.indentationLvl -= 2;
    }
    return output;
  }
  function formatSet(ctx, v, recurseTimes) {
    const n = Math.min(Math.max(0, ctx.maxArrayLength), v.size);
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const x of v) { if (i++ >= n) break; output.push(formatValue(ctx, x, recurseTimes)); }
    if (v.size > n) output.push(moreItems(v.size - n));
    ctx.indentationLvl -= 2;
    return output;
  }
  function formatMap(ctx, v, recurseTimes) {
    const n = Math.min(Math.max(0, ctx.maxArrayLength), v.size);
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const [k, x] of v) { if (i++ >= n) break; output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, x, recurseTimes)); }
    if (v.size > n) output.push(moreItems(v.size - n));
    ctx.indentationLvl -= 2;
    return output;
  }
  function formatProperty(ctx, v, recurseTimes, key, type) {
    let str;
    const desc = Object.getOwnPropertyDescriptor(v, key) || { value: v[key], enumerable: true };
    if (desc.value !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) || (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const got = desc.get.call(v);
          ctx.indentationLvl += 2;
          if (got === null) str = '[' + label + ': null]';
          else if (typeof got === 'object') str = '[' + label + '] ' + formatValue(ctx, got, recurseTimes);
          else str = '[' + label + ': ' + formatPrimitive(ctx, got) + ']';
          ctx.indentationLvl -= 2;
        } catch (e) {
          str = '[' + label + ': <Inspection threw (' + e.message + ')>]';
        }
      } else str = '[' + label + ']';
    } else if (desc.set !== undefined) str = '[Setter]';
    else str = 'undefined';
    if (type === ARRAY) return str;
    let name;
    if (typeof key === 'symbol') name = '[' + key.toString() + ']';
    else if (key === '__proto__') name = "['__proto__']";
    else if (desc.enumerable === false) name = '[' + key + ']';
    else if (keyRe.test(key)) name = key;
    else name = strEscape(key);
    return name + ': ' + str;
  }
  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (const s of output) {
      total += s.length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || base.indexOf('\n') < 0;
  }
  function reduceToSingleString(ctx, output, base, braces, extras, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extras === ARRAY_EXTRAS && entries > 6) output = groupArrayElements(ctx, output, value);
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (joined.indexOf('\n') < 0) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
      const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    const indentation = ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
  }
  // groupArrayElements lays out many short array items in aligned columns,
  // about as wide as tall (counting a character 2.5 times as high as wide),
  // at most 15 columns and within breakLength.
  function groupArrayElements(ctx, output, value) {
    let total = 0, maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // not the "... more items" entry
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      total += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (total / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - total / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineMax = 0;
        for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineMax) lineMax = dataLen[j];
        maxLineLength.push(lineMax + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
        }
      }
      const tmp = [];
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const cell = output[j] + ', ';
          str += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
        }
        str += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }
  // hasBuiltInToString: %s prints objects that define their own toString
  // with it, others inspected.
  function hasBuiltInToString(v) {
    if (typeof v.toString !== 'function') return true;
    if (Object.prototype.hasOwnProperty.call(v, 'toString')) return false;
    let p = v;
    do { p = Object.getPrototypeOf(p); } while (p !== null && !Object.prototype.hasOwnProperty.call(p, 'toString'));
    if (p === null) return true;
    const d = Object.getOwnPropertyDescriptor(p, 'constructor');
    return d !== undefined && typeof d.value === 'function' && BUILTIN_CTORS.has(d.value);
  }
  const BUILTIN_CTORS = new Set([Object, Error, Array, Function, RegExp, Date, Map, Set, Promise, Number, Boolean, String, Symbol, ArrayBuffer, DataView,
    TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float32Array, Float64Array]);
  function format(...args) { return formatWithOptions(undefined, ...args); }
  function formatWithOptions(opts, ...args) {
    const first = args[0];
    let a = 0, str = '', join = '';
    const ins = (v, extra) => inspect(v, Object.assign({}, opts, extra));
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0, temp;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue; // '%'
        const c = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (c) {
            case 115: { // s
              const arg = args[++a];
              if (typeof arg === 'number') temp = formatNumber(arg);
              else if (typeof arg === 'bigint') temp = arg + 'n';
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) temp = String(arg);
              else temp = ins(arg, { depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // j
              try { temp = JSON.stringify(args[++a]); } catch (e) {
                if (e instanceof TypeError && /circular/i.test(e.message)) temp = '[Circular]'; else throw e;
              }
              if (temp === undefined) temp = 'undefined';
              break;
            case 100: { // d
              const n = args[++a];
              temp = typeof n === 'bigint' ? n + 'n' : typeof n === 'symbol' ? 'NaN' : formatNumber(Number(n));
              break;
            }
            case 79: temp = ins(args[++a]); break; // O
            case 111: temp = ins(args[++a], { showHidden: true, showProxy: true, depth: 4 }); break; // o
            case 105: { // i
              const n = args[++a];
              temp = typeof n === 'bigint' ? n + 'n' : typeof n === 'symbol' ? 'NaN' : formatNumber(parseInt(n));
              break;
            }
            case 102: { // f
              const n = args[++a];
              temp = typeof n === 'symbol' ? 'NaN' : formatNumber(parseFloat(n));
              break;
            }
            case 99: a += 1; temp = ''; break; // c
            case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue; // %%
            default: continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += temp;
          lastPos = i + 1;
        } else if (c === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const v = args[a];
      str += join + (typeof v !== 'string' ? ins(v) : v);
      join = ' ';
      a++;
    }
    return str;
  }

  // How the prelude's classes print: their public state, as Node shows its
  // own, not the fields they keep it in.
  {
    const shell = (cls, fields) => {
      const o = Object.create(cls.prototype, { [customInspect]: { value: undefined } });
      for (const k of Object.keys(fields)) Object.defineProperty(o, k, { value: fields[k], enumerable: true, writable: true, configurable: true });
      return o;
    };
    const define = (cls, fn) => Object.defineProperty(cls.prototype, customInspect, { value: fn, writable: true, configurable: true });
    const streamShell = (b) => (b instanceof ReadableStream ? b : shell(ReadableStream, { locked: false, state: 'readable', supportsBYOB: false }));
    define(URL, function () {
      return shell(URL, { href: this.href, origin: this.origin, protocol: this.protocol, username: this.username, password: this.password, host: this.host,
        hostname: this.hostname, port: this.port, pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash });
    });
    define(URLSearchParams, function (depth, opts) {
      const items = this[LIST].map(([k, v]) => strEscape(k) + ' => ' + strEscape(v));
      return items.length ? 'URLSearchParams { ' + items.join(', ') + ' }' : 'URLSearchParams {}';
    });
    define(Headers, function () {
      const fields = {};
      for (const [k, v] of this) fields[k] = v;
      return shell(Headers, fields);
    });
    define(Response, function () {
      return shell(Response, { status: this.status, statusText: this.statusText, headers: this.headers, body: this._body === null ? null : streamShell(this._body),
        bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url });
    });
    define(Request, function () {
      return shell(Request, { method: this.method, url: this.url, headers: this.headers, destination: this.destination, referrer: this.referrer,
        referrerPolicy: this.referrerPolicy, mode: this.mode, credentials: this.credentials, cache: this.cache, redirect: this.redirect,
        integrity: this.integrity, keepalive: this.keepalive, isReloadNavigation: false, isHistoryNavigation: false, signal: this.signal });
    });
    define(AbortSignal, function () { return shell(AbortSignal, { aborted: this.aborted }); });
    define(AbortController, function () { return shell(AbortController, { signal: this.signal }); });
    define(ReadableStream, function () { return shell(ReadableStream, { locked: this.locked, state: this._state, supportsBYOB: false }); });
    define(WritableStream, function () { return shell(WritableStream, { locked: this.locked, state: this._state }); });
    define(TransformStream, function () { return shell(TransformStream, { readable: this.readable, writable: this.writable }); });
    define(Blob, function () { return shell(Blob, { size: this.size, type: this.type }); });
    define(File, function () { return shell(File, { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }); });
    define(FormData, function () {
      const fields = {};
      for (let i = 0, l = this._list; i < l.length; i += 2) { const k = l[i], v = l[i + 1]; fields[k] = Object.prototype.hasOwnProperty.call(fields, k) ? [].concat(fields[k], v) : v; }
      return shell(FormData, fields);
    });
    define(Buffer, function () {
      const n = Math.min(50, this.length);
      let hex = '';
      for (let i = 0; i < n; i++) hex += ' ' + (this[i] < 16 ? '0' : '') + this[i].toString(16);
      const rest = this.length - n;
      return '<Buffer' + (hex || ' ') + (rest > 0 ? ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '') : '') + '>';
    });
  }

  // ---- console ---------------------------------------------------------
  // console.* format their arguments as Node's console does (util.format)
  // and hand the line to Go. group() indents what follows by two spaces.
  const counts = new Map();
  const timers = new Map();
  let groupIndent = '';
  const emit = (level, msg) => native.console(level, groupIndent ? groupIndent + msg.replace(/\n/g, '\n' + groupIndent) : msg);
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...args) => emit(level, format(...args));
  // Node writes traces and failed assertions to stderr, as console.warn does.
  console.trace = (...args) => emit('warn', 'Trace' + (args.length ? ': ' + format(...args) : '') + '\n' + String(new Error().stack).split('\n').slice(2).join('\n'));
  console.dir = (v, opts) => emit('log', inspect(v, Object.assign({ customInspect: false }, opts)));
  console.dirxml = (...args) => emit('log', format(...args));
  console.table = (v) => emit('log', inspect(v));
  console.assert = (cond, ...args) => {
    if (cond) return;
    if (typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
    else args.unshift('Assertion failed');
    emit('warn', format(...args));
  };
  console.count = (label = 'default') => { label = String(label); const n = (counts.get(label) || 0) + 1; counts.set(label, n); emit('log', label + ': ' + n); };
  console.countReset = (label = 'default') => { counts.delete(String(label)); };
  const since = (label) => { const ms = performance.now() - timers.get(label); return label + ': ' + (ms < 1000 ? +ms.toFixed(3) + 'ms' : +(ms / 1000).toFixed(3) + 's'); };
  console.time = (label = 'default') => { timers.set(String(label), performance.now()); };
  console.timeEnd = (label = 'default') => { label = String(label); if (!timers.has(label)) return; const s = since(label); timers.delete(label); emit('log', s); };
  console.timeLog = (label = 'default', ...args) => { label = String(label); if (!timers.has(label)) return; emit('log', since(label) + (args.length ? ' ' + format(...args) : '')); };
  console.group = console.groupCollapsed = (...args) => { if (args.length) emit('log', format(...args)); groupIndent += '  '; };
  console.groupEnd = () => { groupIndent = groupIndent.slice(2); };

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
