// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
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
    // any() makes a dependent signal (DOM Standard): it follows the
    // sources' own sources, never another dependent, so one abort marks
    // every dependent aborted before any abort event fires, and the events
    // fire source first, then dependents in the order they were made.
    static any(signals) {
      const list = [];
      for (const s of signals) {
        if (!(s instanceof AbortSignal)) throw new TypeError("Failed to execute 'any' on 'AbortSignal': Failed to convert value to 'AbortSignal'.");
        list.push(s);
      }
      const result = new AbortController().signal;
      for (const s of list) {
        if (s.aborted) { result.aborted = true; result.reason = s.reason; return result; }
      }
      result._sources = [];
      const link = (src) => {
        if (result._sources.includes(src)) return;
        result._sources.push(src);
        (src._dependents || (src._dependents = [])).push(result);
      };
      for (const s of list) {
        if (s._sources) s._sources.forEach(link);
        else link(s);
      }
      return result;
    }
  }
  Object.setPrototypeOf(AbortSignal.prototype, EventTarget.prototype);
  Object.setPrototypeOf(AbortSignal, EventTarget);
  Object.assign(AbortSignal.prototype, { aborted: false, reason: undefined });
  Object.defineProperties(AbortSignal.prototype, { _sources: { value: null, writable: true }, _dependents: { value: null, writable: true } });
  defineEventHandler(AbortSignal.prototype, 'abort');
  EventTarget.prototype[LISTENERS] = null;
  function abortSignal(signal, reason) {
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    const deps = [];
    for (const d of signal._dependents || []) {
      if (d.aborted) continue;
      d.aborted = true;
      d.reason = signal.reason;
      deps.push(d);
    }
    signal._dependents = null;
    fireTrusted(signal, new Event('abort'));
    for (const d of deps) fireTrusted(d, new Event('abort'));
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

