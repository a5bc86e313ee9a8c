// EventEmitter as Node's: a plain constructor function (old code calls
// EventEmitter.call(this) after util.inherits), listeners in _events, the
// 'newListener' / 'removeListener' events, 'error' thrown when nobody
// listens, a warning past maxListeners.
export const errorMonitor = Symbol('events.errorMonitor');
let defaultMax = 10;
export function EventEmitter(opts) { EventEmitter.init.call(this, opts); }
EventEmitter.init = function () {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) { this._events = Object.create(null); this._eventsCount = 0; }
  this._maxListeners = this._maxListeners || undefined;
};
const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
const checkListener = (f) => { if (typeof f !== 'function') { const e = new TypeError('The "listener" argument must be of type function. Received ' + (f === null ? 'null' : typeof f)); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; } };
function events(self) { if (self._events === undefined) { self._events = Object.create(null); self._eventsCount = 0; } return self._events; }
function add(self, name, f, prepend) {
  checkListener(f);
  const ev = events(self);
  if (ev.newListener !== undefined) self.emit('newListener', name, f.listener ? f.listener : f);
  let list = ev[name];
  if (list === undefined) { list = ev[name] = []; self._eventsCount++; }
  prepend ? list.unshift(f) : list.push(f);
  const max = self.getMaxListeners();
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    console.warn('MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ' + list.length + ' ' + String(name) + ' listeners added to ' + (self.constructor && self.constructor.name || 'EventEmitter') + '. Use emitter.setMaxListeners() to increase limit');
  }
  return self;
}
function onceWrapper(self, name, f) {
  const w = function (...args) { self.removeListener(name, w); return f.apply(self, args); };
  w.listener = f;
  return w;
}
proto.on = proto.addListener = function (name, f) { return add(this, name, f, false); };
proto.prependListener = function (name, f) { return add(this, name, f, true); };
proto.once = function (name, f) { checkListener(f); return add(this, name, onceWrapper(this, name, f), false); };
proto.prependOnceListener = function (name, f) { checkListener(f); return add(this, name, onceWrapper(this, name, f), true); };
proto.off = proto.removeListener = function (name, f) {
  checkListener(f);
  const ev = this._events;
  const list = ev && ev[name];
  if (!list) return this;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === f || list[i].listener === f) {
      list.splice(i, 1);
      if (!list.length) { delete ev[name]; this._eventsCount--; }
      if (ev.removeListener !== undefined) this.emit('removeListener', name, f);
      break;
    }
  }
  return this;
};
proto.removeAllListeners = function (name) {
  const ev = this._events;
  if (!ev) return this;
  if (name === undefined) { this._events = Object.create(null); this._eventsCount = 0; }
  else if (ev[name] !== undefined) { delete ev[name]; this._eventsCount--; }
  return this;
};
proto.emit = function (name, ...args) {
  const ev = this._events;
  if (name === 'error' && ev && ev[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
  const list = ev && ev[name];
  if (list === undefined || !list.length) {
    if (name === 'error') {
      const er = args[0];
      if (er instanceof Error) throw er;
      const e = new Error('Unhandled error. (' + (typeof er === 'string' ? "'" + er + "'" : String(er)) + ')');
      e.code = 'ERR_UNHANDLED_ERROR';
      e.context = er;
      throw e;
    }
    return false;
  }
  for (const f of list.slice()) f.apply(this, args);
  return true;
};
proto.listenerCount = function (name, f) {
  const list = this._events && this._events[name];
  if (!list) return 0;
  return f === undefined ? list.length : list.filter((x) => x === f || x.listener === f).length;
};
proto.listeners = function (name) { const list = this._events && this._events[name]; return list ? list.map((f) => f.listener || f) : []; };
proto.rawListeners = function (name) { const list = this._events && this._events[name]; return list ? list.slice() : []; };
proto.eventNames = function () { return this._events ? Reflect.ownKeys(this._events) : []; };
proto.setMaxListeners = function (n) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) throw new RangeError('The value of "n" is out of range. It must be a non-negative number. Received ' + n);
  this._maxListeners = n;
  return this;
};
proto.getMaxListeners = function () { return this._maxListeners === undefined ? defaultMax : this._maxListeners; };
Object.defineProperty(EventEmitter, 'defaultMaxListeners', { enumerable: true, get: () => defaultMax, set: (n) => { defaultMax = n; } });
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.errorMonitor = errorMonitor;
EventEmitter.listenerCount = (emitter, name) => emitter.listenerCount(name);
// once resolves with the arguments of the next event (an EventTarget's
// event too), rejects on 'error' or when the signal aborts.
export function once(emitter, name, opts) {
  const signal = opts && opts.signal;
  return new Promise((resolve, reject) => {
    const aborted = () => { const e = new Error('The operation was aborted'); e.name = 'AbortError'; e.code = 'ABORT_ERR'; e.cause = signal.reason; return e; };
    if (signal && signal.aborted) { reject(aborted()); return; }
    if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, (e) => resolve([e]), { once: true });
      return;
    }
    const cleanup = () => { emitter.removeListener(name, onValue); if (name !== 'error') emitter.removeListener('error', onError); if (signal) signal.removeEventListener('abort', onAbort); };
    const onValue = (...args) => { cleanup(); resolve(args); };
    const onError = (e) => { cleanup(); reject(e); };
    const onAbort = () => { cleanup(); reject(aborted()); };
    emitter.on(name, onValue);
    if (name !== 'error') emitter.on('error', onError);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}
EventEmitter.once = once;
// on iterates over an event's arguments as they come (an async iterator),
// throwing the next 'error' and ending when the signal aborts.
export function on(emitter, name, opts) {
  const signal = opts && opts.signal;
  const queue = [], waiting = [];
  let error = null, done = false;
  const settle = () => { while (waiting.length && (queue.length || error || done)) { const w = waiting.shift(); if (queue.length) w.resolve({ value: queue.shift(), done: false }); else if (error) { w.reject(error); error = null; done = true; } else w.resolve({ value: undefined, done: true }); } };
  const onValue = (...args) => { queue.push(args); settle(); };
  const onError = (e) => { error = e; cleanup(); settle(); };
  const onAbort = () => { const e = new Error('The operation was aborted'); e.name = 'AbortError'; e.code = 'ABORT_ERR'; e.cause = signal.reason; onError(e); };
  const cleanup = () => { emitter.removeListener(name, onValue); if (name !== 'error') emitter.removeListener('error', onError); if (signal) signal.removeEventListener('abort', onAbort); };
  emitter.on(name, onValue);
  if (name !== 'error') emitter.on('error', onError);
  if (signal) { if (signal.aborted) onAbort(); else signal.addEventListener('abort', onAbort, { once: true }); }
  return {
    next() { return new Promise((resolve, reject) => { waiting.push({ resolve, reject }); settle(); }); },
    return() { done = true; cleanup(); queue.length = 0; settle(); return Promise.resolve({ value: undefined, done: true }); },
    throw(e) { error = e; cleanup(); settle(); return Promise.reject(e); },
    [Symbol.asyncIterator]() { return this; },
  };
}
EventEmitter.on = on;
export function getEventListeners(emitter, name) { return typeof emitter.listeners === 'function' ? emitter.listeners(name) : []; }
export function setMaxListeners(n, ...targets) { if (!targets.length) defaultMax = n; for (const t of targets) if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n); }
export const defaultMaxListeners = 10;
export default EventEmitter;
