// async_hooks: AsyncLocalStorage and AsyncResource. goja has no promise
// hooks, so the context travels with the callbacks themselves: importing
// this module wraps Promise.prototype.then, queueMicrotask, the timers and
// process.nextTick so that each callback runs in the context that was
// current when it was registered. `await` is covered because a bundle that
// imports async_hooks is built with async functions lowered to generators
// driven by .then (internal/bundle/bundle.go), and fetch, streams and the
// Web APIs settle through promises. createHook's hooks are never called.

// frame is the current context: a Map from AsyncLocalStorage to its store,
// replaced (never mutated) when a store is entered.
let frame = new Map();

function bindFrame(fn, f = frame) {
  if (typeof fn !== 'function') return fn;
  return function (...args) {
    const saved = frame;
    frame = f;
    try { return fn.apply(this, args); } finally { frame = saved; }
  };
}

if (!globalThis.__cometAsyncContext) {
  Object.defineProperty(globalThis, '__cometAsyncContext', { value: true });
  const then = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'then', {
    configurable: true, writable: true,
    value: function then_(onFulfilled, onRejected) {
      const f = frame;
      return then.call(this, bindFrame(onFulfilled, f), bindFrame(onRejected, f));
    },
  });
  const wrapFirst = (obj, name) => {
    const orig = obj[name];
    if (typeof orig !== 'function') return;
    obj[name] = function (fn, ...rest) { return orig.call(this, bindFrame(fn), ...rest); };
  };
  for (const name of ['queueMicrotask', 'setTimeout', 'setInterval', 'setImmediate']) wrapFirst(globalThis, name);
  if (globalThis.process) wrapFirst(globalThis.process, 'nextTick');
}

export class AsyncLocalStorage {
  constructor() { this._enabled = false; }
  getStore() { return frame.get(this); }
  run(store, fn, ...args) {
    const saved = frame;
    frame = new Map(frame);
    frame.set(this, store);
    try { return fn(...args); } finally { frame = saved; }
  }
  exit(fn, ...args) {
    const saved = frame;
    frame = new Map(frame);
    frame.delete(this);
    try { return fn(...args); } finally { frame = saved; }
  }
  enterWith(store) { frame = new Map(frame); frame.set(this, store); }
  disable() { if (frame.has(this)) { frame = new Map(frame); frame.delete(this); } }
  static bind(fn) { return bindFrame(fn); }
  static snapshot() { const f = frame; return (fn, ...args) => bindFrame(fn, f)(...args); }
}

export class AsyncResource {
  constructor(type) {
    if (typeof type !== 'string') { const e = new TypeError('The "type" argument must be of type string. Received ' + typeof type); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    this.type = type;
    this._frame = frame;
  }
  runInAsyncScope(fn, thisArg, ...args) { return bindFrame(fn, this._frame).apply(thisArg, args); }
  bind(fn, thisArg) { const b = bindFrame(fn, this._frame); return thisArg === undefined ? b : b.bind(thisArg); }
  emitDestroy() { return this; }
  asyncId() { return 0; }
  triggerAsyncId() { return 0; }
  static bind(fn, type, thisArg) { return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg); }
}

export function createHook() { return { enable() { return this; }, disable() { return this; } }; }
export function executionAsyncId() { return 0; }
export function triggerAsyncId() { return 0; }
export function executionAsyncResource() { return {}; }
export const asyncWrapProviders = {};
export default { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId, executionAsyncResource, asyncWrapProviders };
