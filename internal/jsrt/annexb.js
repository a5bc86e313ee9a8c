// annexb.js adds the legacy accessor methods of ECMAScript Annex B that
// goja lacks (__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__); packages such as pg still call them. Each is defined
// only when missing, non-enumerable, as the spec lays them out.
(function () {
  const P = Object.prototype;
  const def = (name, fn) => { if (typeof P[name] !== 'function') Object.defineProperty(P, name, { value: fn, writable: true, configurable: true, enumerable: false }); };
  const callable = (f, what) => { if (typeof f !== 'function') throw new TypeError('Object.prototype.' + what + ': Expecting function'); };
  def('__defineGetter__', function __defineGetter__(key, getter) {
    callable(getter, '__defineGetter__');
    Object.defineProperty(Object(this), key, { get: getter, enumerable: true, configurable: true });
  });
  def('__defineSetter__', function __defineSetter__(key, setter) {
    callable(setter, '__defineSetter__');
    Object.defineProperty(Object(this), key, { set: setter, enumerable: true, configurable: true });
  });
  const lookup = (kind) => function (key) {
    for (let o = Object(this); o !== null; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d) return d[kind];
    }
    return undefined;
  };
  def('__lookupGetter__', lookup('get'));
  def('__lookupSetter__', lookup('set'));
  // Date.prototype.toGMTString (B.2.4): the same function object as
  // toUTCString; the rss package calls it.
  if (typeof Date.prototype.toGMTString !== 'function') Object.defineProperty(Date.prototype, 'toGMTString', { value: Date.prototype.toUTCString, writable: true, configurable: true, enumerable: false });
  // V8's Error.captureStackTrace (not Annex B, but as widely called, e.g.
  // by pg's errors): gives obj a stack string of the current call stack.
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', { writable: true, configurable: true, value: function captureStackTrace(obj) {
      if (obj === null || typeof obj !== 'object' && typeof obj !== 'function') throw new TypeError('Invalid argument');
      const lines = String(new Error().stack || '').split('\n').slice(2);
      const head = obj instanceof Error || 'message' in obj ? String(obj.name || 'Error') + (obj.message ? ': ' + obj.message : '') : 'Error';
      Object.defineProperty(obj, 'stack', { value: [head].concat(lines).join('\n'), writable: true, configurable: true });
    } });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
})()
