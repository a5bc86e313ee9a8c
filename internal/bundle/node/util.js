// inspect and format are the prelude's (console uses them too).
const { inspect, format, formatWithOptions } = globalThis.__cometWeb;
const custom = Symbol.for('nodejs.util.promisify.custom');
const invalidArg = (name, type, v) => { const e = new TypeError('The "' + name + '" argument must be of type ' + type + '. Received ' + (v === null ? 'null' : typeof v)); e.code = 'ERR_INVALID_ARG_TYPE'; return e; };
function promisify(fn) {
  if (typeof fn !== 'function') throw invalidArg('original', 'function', fn);
  if (fn[custom]) {
    const f = fn[custom];
    if (typeof f !== 'function') throw invalidArg('util.promisify.custom', 'function', f);
    return f;
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(fn, this, [...args, (err, ...values) => (err ? reject(err) : resolve(values[0]))]);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(fn));
  Object.defineProperty(promisified, custom, { value: promisified, configurable: true });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(fn));
}
promisify.custom = custom;
function callbackify(fn) {
  if (typeof fn !== 'function') throw invalidArg('original', 'function', fn);
  return function (...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw invalidArg('last argument', 'function', cb);
    Reflect.apply(fn, this, args).then((v) => queueMicrotask(() => cb(null, v)), (e) => {
      if (!e) { const w = new Error('Promise was rejected with a falsy value'); w.code = 'ERR_FALSY_VALUE_REJECTION'; w.reason = e; e = w; }
      queueMicrotask(() => cb(e));
    });
  };
}
function inherits(ctor, superCtor) {
  if (typeof ctor !== 'function') throw invalidArg('ctor', 'function', ctor);
  if (typeof superCtor !== 'function') throw invalidArg('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArg('superCtor.prototype', 'object', undefined);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}
const warned = new Set();
function deprecate(fn, msg, code) {
  return function (...args) {
    const key = code || msg;
    if (!warned.has(key)) { warned.add(key); console.warn((code ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + msg); }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  };
}
const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
function isDeepStrictEqual(a, b, seen) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || tag(a) !== tag(b)) return false;
  seen = seen || new Map();
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) { if (!Object.is(a.getTime(), b.getTime())) return false; }
  else if (a instanceof RegExp) { if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false; }
  else if (a instanceof Error) { if (a.message !== b.message || a.name !== b.name) return false; }
  else if (a instanceof Number || a instanceof String || a instanceof Boolean) { if (!Object.is(a.valueOf(), b.valueOf())) return false; }
  else if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    const x = new Uint8Array(a.buffer || a, a.byteOffset || 0, a.byteLength), y = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength);
    if (x.length !== y.length || (!(a instanceof ArrayBuffer) && a.length !== b.length)) return false;
    if (a instanceof Float32Array || a instanceof Float64Array) { for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false; }
    else for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (a instanceof Set) {
    if (a.size !== b.size) return false;
    outer: for (const x of a) {
      if (b.has(x)) continue;
      if (typeof x !== 'object' || x === null) return false;
      for (const y of b) if (isDeepStrictEqual(x, y, seen)) continue outer;
      return false;
    }
  } else if (a instanceof Map) {
    if (a.size !== b.size) return false;
    outer: for (const [k, v] of a) {
      if (b.has(k)) { if (!isDeepStrictEqual(v, b.get(k), seen)) return false; continue; }
      if (typeof k !== 'object' || k === null) return false;
      for (const [k2, v2] of b) if (isDeepStrictEqual(k, k2, seen) && isDeepStrictEqual(v, v2, seen)) continue outer;
      return false;
    }
  } else if (a instanceof WeakMap || a instanceof WeakSet || a instanceof Promise) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !isDeepStrictEqual(a[k], b[k], seen)) return false;
  const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
  const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
  if (sa.length !== sb.length) return false;
  for (const s of sa) if (!isDeepStrictEqual(a[s], b[s], seen)) return false;
  return true;
}
const typed = (name) => (v) => ArrayBuffer.isView(v) && tag(v) === name;
const types = {
  isDate: (v) => tag(v) === 'Date', isRegExp: (v) => tag(v) === 'RegExp', isPromise: (v) => v instanceof Promise,
  isMap: (v) => v instanceof Map, isSet: (v) => v instanceof Set, isWeakMap: (v) => v instanceof WeakMap, isWeakSet: (v) => v instanceof WeakSet,
  isMapIterator: (v) => tag(v) === 'Map Iterator', isSetIterator: (v) => tag(v) === 'Set Iterator',
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView), isDataView: (v) => v instanceof DataView,
  isArrayBuffer: (v) => v instanceof ArrayBuffer, isAnyArrayBuffer: (v) => v instanceof ArrayBuffer || tag(v) === 'SharedArrayBuffer',
  isSharedArrayBuffer: (v) => tag(v) === 'SharedArrayBuffer', isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isUint8Array: typed('Uint8Array'), isUint8ClampedArray: typed('Uint8ClampedArray'), isUint16Array: typed('Uint16Array'), isUint32Array: typed('Uint32Array'),
  isInt8Array: typed('Int8Array'), isInt16Array: typed('Int16Array'), isInt32Array: typed('Int32Array'), isFloat32Array: typed('Float32Array'),
  isFloat64Array: typed('Float64Array'), isBigInt64Array: typed('BigInt64Array'), isBigUint64Array: typed('BigUint64Array'),
  isNativeError: (v) => v instanceof Error, isAsyncFunction: (v) => tag(v) === 'AsyncFunction' || tag(v) === 'AsyncGeneratorFunction',
  isGeneratorFunction: (v) => tag(v) === 'GeneratorFunction' || tag(v) === 'AsyncGeneratorFunction', isGeneratorObject: (v) => tag(v) === 'Generator',
  isArgumentsObject: (v) => tag(v) === 'Arguments', isNumberObject: (v) => v instanceof Number, isStringObject: (v) => v instanceof String,
  isBooleanObject: (v) => v instanceof Boolean, isSymbolObject: (v) => typeof v === 'object' && v instanceof Symbol, isBigIntObject: (v) => typeof v === 'object' && typeof BigInt !== 'undefined' && v instanceof BigInt,
  isBoxedPrimitive: (v) => v instanceof Number || v instanceof String || v instanceof Boolean || (typeof v === 'object' && (v instanceof Symbol || (typeof BigInt !== 'undefined' && v instanceof BigInt))),
  isProxy: () => false, isModuleNamespaceObject: () => false, isExternal: () => false, isKeyObject: (v) => tag(v) === 'KeyObject', isCryptoKey: (v) => v instanceof CryptoKey,
};
const { TextEncoder, TextDecoder } = globalThis;
const isArray = Array.isArray;
const isBoolean = (v) => typeof v === 'boolean', isNull = (v) => v === null, isNullOrUndefined = (v) => v == null, isNumber = (v) => typeof v === 'number';
const isString = (v) => typeof v === 'string', isSymbol = (v) => typeof v === 'symbol', isUndefined = (v) => v === undefined, isFunction = (v) => typeof v === 'function';
const isObject = (v) => v !== null && typeof v === 'object', isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');
const isError = (v) => v instanceof Error, isDate = types.isDate, isRegExp = types.isRegExp, isBuffer = (v) => Buffer.isBuffer(v);
const stripVTControlCharacters = (s) => String(s).replace(/\u001B\[[0-9;?]*[ -\/]*[@-~]|\u001B\][^\u0007]*\u0007/g, '');
const toUSVString = (s) => String(s).toWellFormed();
const debuglog = () => { const f = () => {}; f.enabled = false; return f; };
const debug = debuglog;
function styleText(fmt, text) { return String(text); }
export { inspect, format, formatWithOptions, promisify, callbackify, inherits, deprecate, isDeepStrictEqual, types, TextEncoder, TextDecoder, isArray,
  isBoolean, isNull, isNullOrUndefined, isNumber, isString, isSymbol, isUndefined, isFunction, isObject, isPrimitive, isError, isDate, isRegExp, isBuffer,
  stripVTControlCharacters, toUSVString, debuglog, debug, styleText };
export default { inspect, format, formatWithOptions, promisify, callbackify, inherits, deprecate, isDeepStrictEqual, types, TextEncoder, TextDecoder, isArray,
  isBoolean, isNull, isNullOrUndefined, isNumber, isString, isSymbol, isUndefined, isFunction, isObject, isPrimitive, isError, isDate, isRegExp, isBuffer,
  stripVTControlCharacters, toUSVString, debuglog, debug, styleText };
