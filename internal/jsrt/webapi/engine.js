// engine.js fills language and platform gaps goja leaves that packages
// reach for: the legacy accessor methods (__defineGetter__ & co., which pg
// uses), TypedArray.from on strings and other iterables goja rejects,
// WeakRef and FinalizationRegistry, and MessageChannel/MessagePort. It runs
// after the prelude, which it uses through the globals (Event,
// EventTarget, structuredClone, setTimeout).
(function () {
  'use strict';
  const G = globalThis;
  const hidden = (obj, name, value) => Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

  // ---- Annex B accessor methods --------------------------------------
  if (typeof Object.prototype.__defineGetter__ !== 'function') {
    const toObject = (v, name) => {
      if (v === undefined || v === null) throw new TypeError('Object.prototype.' + name + ' called on null or undefined');
      return Object(v);
    };
    const define = (kind) => function (key, fn) {
      const o = toObject(this, '__define' + kind + '__');
      if (typeof fn !== 'function') throw new TypeError('Object.prototype.__define' + kind + '__: Expecting function');
      Object.defineProperty(o, key, { [kind === 'Getter' ? 'get' : 'set']: fn, enumerable: true, configurable: true });
    };
    const lookup = (kind) => function (key) {
      let o = toObject(this, '__lookup' + kind + '__');
      key = typeof key === 'symbol' ? key : String(key);
      while (o !== null) {
        const d = Object.getOwnPropertyDescriptor(o, key);
        if (d) return kind === 'Getter' ? d.get : d.set;
        o = Object.getPrototypeOf(o);
      }
      return undefined;
    };
    hidden(Object.prototype, '__defineGetter__', define('Getter'));
    hidden(Object.prototype, '__defineSetter__', define('Setter'));
    hidden(Object.prototype, '__lookupGetter__', lookup('Getter'));
    hidden(Object.prototype, '__lookupSetter__', lookup('Setter'));
  }

  // ---- TypedArray.from on strings and iterables ------------------------
  // goja's %TypedArray%.from wants an object ("Value is not an object:
  // abc"); the spec reads any iterable, so strings give their code points
  // (Uint8Array.from('123') is [1, 2, 3]).
  {
    const TA = Object.getPrototypeOf(Uint8Array);
    const from = TA.from;
    let ok = true;
    try { ok = Uint8Array.from('1').length === 1; } catch (e) { ok = false; }
    if (!ok) {
      hidden(TA, 'from', function from_(source, mapFn, thisArg) {
        if (typeof source === 'string' || (source instanceof String)) source = Array.from(source);
        return from.call(this, source, mapFn, thisArg);
      });
      Object.defineProperty(TA.from, 'name', { value: 'from' });
      Object.defineProperty(TA.from, 'length', { value: 1 });
    }
  }

  // ---- %TypedArray%.prototype.set from an empty typed array -------------
  // goja takes the address of the source's first element before copying
  // between typed arrays of different types, a Go "index out of range"
  // panic when the source is empty (new Int8Array(0).set(new
  // Uint8Array(0))). An empty source copies nothing, so it takes the
  // array-like path, which checks the offset the same way.
  {
    const TAP = Object.getPrototypeOf(Uint8Array.prototype);
    const set = TAP.set;
    const isView = ArrayBuffer.isView;
    const big = (a) => a instanceof BigInt64Array || a instanceof BigUint64Array;
    hidden(TAP, 'set', function set_(source, offset) {
      if (isView(source) && source.byteLength === 0 && !(source instanceof DataView)) {
        if (big(source) !== big(this)) throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
        source = [];
      }
      return set.call(this, source, offset);
    });
    Object.defineProperty(TAP.set, 'name', { value: 'set' });
    Object.defineProperty(TAP.set, 'length', { value: 1 });
  }

  // ---- WeakRef, FinalizationRegistry ------------------------------------
  // goja has neither. A WeakRef here holds its target strongly (deref()
  // always returns it) and a registry's callbacks never run: both are what
  // a program sees while no collection happens, which the spec allows.
  if (typeof G.WeakRef !== 'function') {
    const TARGET = Symbol('target');
    class WeakRef {
      constructor(target) {
        if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
        if (!isObject(target)) throw new TypeError('WeakRef: target must be an object');
        this[TARGET] = target;
      }
      deref() {
        if (!this || !(TARGET in this)) throw new TypeError('WeakRef.prototype.deref: receiver is not a WeakRef');
        return this[TARGET];
      }
    }
    Object.defineProperty(WeakRef.prototype, Symbol.toStringTag, { value: 'WeakRef', configurable: true });
    hidden(G, 'WeakRef', WeakRef);
  }
  if (typeof G.FinalizationRegistry !== 'function') {
    const CELLS = Symbol('cells');
    class FinalizationRegistry {
      constructor(cleanup) {
        if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
        if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
        this[CELLS] = [];
      }
      register(target, held, token) {
        if (!isObject(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
        if (target === held) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
        if (token !== undefined && !isObject(token)) throw new TypeError('FinalizationRegistry.prototype.register: invalid unregister token');
        if (token !== undefined) this[CELLS].push(token);
      }
      unregister(token) {
        if (!isObject(token)) throw new TypeError('Invalid unregisterToken (\'' + String(token) + '\')');
        const before = this[CELLS].length;
        this[CELLS] = this[CELLS].filter((t) => t !== token);
        return this[CELLS].length !== before;
      }
    }
    Object.defineProperty(FinalizationRegistry.prototype, Symbol.toStringTag, { value: 'FinalizationRegistry', configurable: true });
    hidden(G, 'FinalizationRegistry', FinalizationRegistry);
  }

  // ---- MessageChannel, MessagePort, MessageEvent -----------------------
  // Messages are structured clones delivered as tasks (a timer), in order.
  // As in Node, a port starts on `onmessage = …`, a message listener or
  // start(); until then its messages wait. close() on either side closes both.
  if (typeof G.MessageChannel !== 'function' && typeof G.EventTarget === 'function') {
    const Event = G.Event, EventTarget = G.EventTarget;
    class MessageEvent extends Event {
      constructor(type, init) {
        if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
        super(type, init);
        const i = init || {};
        Object.defineProperties(this, {
          data: { value: i.data === undefined ? null : i.data, enumerable: true },
          origin: { value: i.origin === undefined ? '' : String(i.origin), enumerable: true },
          lastEventId: { value: i.lastEventId === undefined ? '' : String(i.lastEventId), enumerable: true },
          source: { value: i.source === undefined ? null : i.source, enumerable: true },
          ports: { value: Object.freeze(Array.from(i.ports || [])), enumerable: true },
        });
      }
    }
    const S = Symbol('port');
    let constructing = false;
    class MessagePort extends EventTarget {
      constructor() {
        if (!constructing) throw new TypeError('Illegal constructor');
        super();
        this[S] = { other: null, queue: [], started: false, closed: false, scheduled: false, handler: null };
      }
      postMessage(data) {
        const s = this[S];
        if (s.closed || !s.other) return;
        const clone = structuredClone(data);
        const o = s.other[S];
        if (o.closed) return;
        o.queue.push(clone);
        deliver(s.other);
      }
      start() { this[S].started = true; deliver(this); }
      // As in Node (not the browser), a message listener starts the port.
      addEventListener(type, fn, opts) {
        super.addEventListener(type, fn, opts);
        if (type === 'message' && fn) this.start();
      }
      close() {
        const s = this[S];
        if (s.closed) return;
        s.closed = true;
        s.queue.length = 0;
        const other = s.other;
        if (other && !other[S].closed) { other[S].closed = true; other[S].queue.length = 0; }
        for (const p of [this, other]) if (p) setTimeout(() => p.dispatchEvent(new Event('close')), 0);
      }
      ref() { return this; }
      unref() { return this; }
      get onmessage() { return this[S].handler; }
      // EventTarget's dispatchEvent calls a plain on<type> property.
      set onmessage(fn) {
        this[S].handler = typeof fn === 'function' ? fn : null;
        if (this[S].handler) this.start();
      }
    }
    function deliver(port) {
      const s = port[S];
      if (!s.started || s.scheduled || !s.queue.length) return;
      s.scheduled = true;
      setTimeout(() => {
        s.scheduled = false;
        if (!s.started || s.closed || !s.queue.length) return;
        const data = s.queue.shift();
        port.dispatchEvent(new MessageEvent('message', { data }));
        deliver(port);
      }, 0);
    }
    class MessageChannel {
      constructor() {
        constructing = true;
        let a, b;
        try { a = new MessagePort(); b = new MessagePort(); } finally { constructing = false; }
        a[S].other = b;
        b[S].other = a;
        Object.defineProperty(this, 'port1', { value: a, enumerable: true });
        Object.defineProperty(this, 'port2', { value: b, enumerable: true });
      }
    }
    hidden(G, 'MessageEvent', MessageEvent);
    hidden(G, 'MessagePort', MessagePort);
    hidden(G, 'MessageChannel', MessageChannel);
  }
})
