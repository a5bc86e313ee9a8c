package bundle

import (
	"fmt"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Node's built-in modules. Endpoint code imports a handful of them (as
// "node:fs" or "fs"); Comet provides those as small JS modules over the
// runtime's Web APIs and a few Go natives (__cometNode: internal/jsrt's
// nodefs.go). The others cannot work without Node: importing one from the
// project's own code is a build error at the import, naming the module.
// Packages in node_modules often import built-ins for code paths an
// endpoint never takes (CLI helpers, optional features), so there the
// import gets a module whose use throws, and a build warning.

// nodeBuiltins lists Node 20's built-in module names (require('module').builtinModules
// without the internal _ ones); only "node:test" and "node:sea" need the prefix.
var nodeBuiltins = strings.Fields(`assert assert/strict async_hooks buffer child_process cluster console constants
crypto dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector inspector/promises
module net os path path/posix path/win32 perf_hooks process punycode querystring readline readline/promises
repl stream stream/consumers stream/promises stream/web string_decoder sys timers timers/promises tls
trace_events tty url util util/types v8 vm wasi worker_threads zlib`)

// supportedBuiltins are the built-ins Comet provides (see nodeSources and
// virtualSources).
func supportedBuiltins() []string {
	var out []string
	for name := range virtualSources {
		if n, ok := strings.CutPrefix(name, "node:"); ok {
			out = append(out, n)
		}
	}
	for name := range nodeSources {
		out = append(out, strings.TrimPrefix(name, "node:"))
	}
	sort.Strings(out)
	return out
}

// builtinFilter matches every built-in, with or without "node:", and any
// other "node:" name (a built-in of a newer Node, or a typo): none of them
// can be found on disk.
func builtinFilter() string {
	names := make([]string, len(nodeBuiltins))
	for i, n := range nodeBuiltins {
		names[i] = strings.ReplaceAll(n, "/", `\/`)
	}
	return `^(node:.*|` + strings.Join(names, "|") + `)$`
}

// resolveBuiltin decides what an import of a built-in becomes.
func resolveBuiltin(args api.OnResolveArgs) (api.OnResolveResult, error) {
	name := strings.TrimPrefix(args.Path, "node:")
	if _, ok := virtualSources["node:"+name]; ok {
		return api.OnResolveResult{Path: "node:" + name, Namespace: "comet-virtual"}, nil
	}
	if _, ok := nodeSources["node:"+name]; ok {
		return api.OnResolveResult{Path: "node:" + name, Namespace: "comet-virtual"}, nil
	}
	msg := fmt.Sprintf("Comet does not provide the Node built-in %q", args.Path)
	note := "Endpoints run in Comet's JavaScript runtime, not in Node. Built-ins available: " + strings.Join(supportedBuiltins(), ", ") + "."
	if strings.Contains(args.Importer, "node_modules") {
		return api.OnResolveResult{
			Path: "unsupported:" + name, Namespace: "comet-virtual",
			Warnings: []api.Message{{Text: msg + " (imported by a package); using it will throw", Notes: []api.Note{{Text: note}}}},
		}, nil
	}
	return api.OnResolveResult{Errors: []api.Message{{Text: msg, Notes: []api.Note{{Text: note}}}}}, nil
}

// unsupportedSource is the module an unsupported built-in imported by a
// package becomes: any use throws, naming the module.
func unsupportedSource(name string) string {
	return fmt.Sprintf(`const fail = () => { throw new Error(%q); };
const stub = new Proxy(function () {}, { get: (_, k) => (k === '__esModule' ? false : k === Symbol.toPrimitive ? undefined : fail), apply: fail, construct: fail });
export default stub;
`, "the Node built-in \""+name+"\" is not available in Comet")
}

// utilTypes are the predicates of util.types (node:util/types).
var utilTypes = strings.Fields(`isDate isRegExp isPromise isMap isSet isWeakMap isWeakSet isMapIterator isSetIterator isTypedArray isDataView
isArrayBuffer isAnyArrayBuffer isSharedArrayBuffer isArrayBufferView isUint8Array isUint8ClampedArray isUint16Array isUint32Array isInt8Array
isInt16Array isInt32Array isFloat32Array isFloat64Array isBigInt64Array isBigUint64Array isNativeError isAsyncFunction isGeneratorFunction
isGeneratorObject isArgumentsObject isNumberObject isStringObject isBooleanObject isSymbolObject isBigIntObject isBoxedPrimitive isProxy
isModuleNamespaceObject isExternal isKeyObject isCryptoKey`)

// nodeSources are the built-ins added to virtualSources' url, path, buffer,
// process and crypto.
var nodeSources = map[string]string{
	"node:fs":            fsSource,
	"node:fs/promises":   "import fs from 'node:fs'; export const { readFile, readdir, stat, lstat, access, realpath, writeFile, appendFile, mkdir, mkdtemp, rm, rmdir, unlink, rename, copyFile, cp, symlink, link, chmod, chown, truncate, utimes, open, opendir } = fs.promises; export const constants = fs.constants; export default fs.promises;",
	"node:util":          utilSource,
	"node:util/types":    "import { types } from 'node:util'; export const { " + strings.Join(utilTypes, ", ") + " } = types; export default types;",
	"node:events":        eventsSource,
	"node:os":            osSource,
	"node:assert":        assertSource,
	"node:assert/strict": "import assert from 'node:assert'; export default assert.strict; export const { ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, deepStrictEqual, notDeepStrictEqual, throws, rejects, fail, match, AssertionError } = assert;",
	"node:timers":        "export const { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } = globalThis; export default { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };",
	"node:timers/promises": `
export function setTimeout(ms, value, opts) {
  return new Promise((resolve, reject) => {
    const signal = opts && opts.signal;
    if (signal && signal.aborted) return reject(signal.reason);
    const t = globalThis.setTimeout(() => resolve(value), ms);
    if (signal) signal.addEventListener('abort', () => { globalThis.clearTimeout(t); reject(signal.reason); }, { once: true });
  });
}
export function setImmediate(value) { return new Promise((r) => globalThis.setTimeout(() => r(value), 0)); }
export default { setTimeout, setImmediate };
`,
	"node:path/posix": "export * from 'node:path'; export { default } from 'node:path';",
	"node:stream/web": "export const { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream, TransformStreamDefaultController, CountQueuingStrategy, ByteLengthQueuingStrategy, TextEncoderStream, TextDecoderStream } = globalThis; export default { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream, TransformStreamDefaultController, CountQueuingStrategy, ByteLengthQueuingStrategy, TextEncoderStream, TextDecoderStream };",
	"node:perf_hooks": "export const performance = globalThis.performance; export default { performance };",
	"node:string_decoder": `
export class StringDecoder {
  constructor(enc = 'utf8') { this.encoding = String(enc).toLowerCase().replace('-', ''); this._d = new TextDecoder(this.encoding === 'utf16le' || this.encoding === 'ucs2' ? 'utf-16le' : this.encoding === 'latin1' || this.encoding === 'binary' ? 'latin1' : 'utf-8'); }
  write(b) { return this._d.decode(b, { stream: true }); }
  end(b) { return (b ? this._d.decode(b, { stream: true }) : '') + this._d.decode(); }
}
export default { StringDecoder };
`,
	"node:querystring": `
export function parse(s, sep = '&', eq = '=') {
  const out = Object.create(null);
  for (const part of String(s).split(sep)) {
    if (!part) continue;
    const i = part.indexOf(eq);
    const dec = (x) => { try { return decodeURIComponent(x.replace(/\+/g, ' ')); } catch { return x; } };
    const k = dec(i < 0 ? part : part.slice(0, i)), v = i < 0 ? '' : dec(part.slice(i + eq.length));
    if (k in out) out[k] = [].concat(out[k], v); else out[k] = v;
  }
  return out;
}
const enc = (v) => encodeURIComponent(typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? String(v) : '');
export function stringify(o, sep = '&', eq = '=') {
  if (!o || typeof o !== 'object') return '';
  return Object.keys(o).map((k) => Array.isArray(o[k]) ? o[k].map((v) => enc(k) + eq + enc(v)).join(sep) : enc(k) + eq + enc(o[k])).filter(Boolean).join(sep);
}
export const decode = parse, encode = stringify;
export const escape = encodeURIComponent, unescape = decodeURIComponent;
export default { parse, stringify, decode, encode, escape, unescape };
`,
}

const fsSource = `
import { resolve } from 'node:path';
const natives = globalThis.__cometNode;
// N calls the Go natives (internal/jsrt/nodefs.go) and turns the errors
// they throw into plain Errors with Node's code, errno, syscall and path.
const N = {};
for (const name of ['readFile', 'readdir', 'stat', 'lstat']) {
  N[name] = (p, syscall) => {
    try { return natives[name](p); } catch (e) {
      if (!e || typeof e !== 'object' || e.code === undefined) throw e;
      let msg = String(e.message);
      if (syscall && e.syscall) msg = msg.replace(', ' + e.syscall + ' ', ', ' + syscall + ' ');
      const err = new Error(msg);
      for (const k of ['errno', 'code', 'syscall', 'path']) if (e[k] !== undefined) err[k] = e[k];
      if (syscall && e.syscall) err.syscall = syscall;
      throw err;
    }
  };
}
N.root = natives.root;
function toPath(p) {
  if (p instanceof URL) { if (p.protocol !== 'file:') throw new TypeError('The URL must be of scheme file'); return decodeURIComponent(p.pathname); }
  if (p instanceof Uint8Array) return new TextDecoder().decode(p);
  if (typeof p !== 'string') { const e = new TypeError('The "path" argument must be of type string or an instance of Buffer or URL. Received ' + (p === null ? 'null' : typeof p)); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
  return p;
}
function encodingOf(o) { return typeof o === 'string' ? o : o && o.encoding; }
class Stats {
  constructor(s) { this.size = s.size; this.mode = s.mode; this.mtimeMs = s.mtimeMs; this.mtime = new Date(s.mtimeMs); this.atime = this.mtime; this.ctime = this.mtime; this.birthtime = this.mtime; this.atimeMs = this.ctimeMs = this.birthtimeMs = s.mtimeMs; this._f = s.isFile; this._d = s.isDirectory; this._l = s.isSymbolicLink; }
  isFile() { return this._f; } isDirectory() { return this._d; } isSymbolicLink() { return this._l; }
  isFIFO() { return false; } isSocket() { return false; } isBlockDevice() { return false; } isCharacterDevice() { return false; }
}
class Dirent {
  constructor(name, kind, parentPath) { this.name = name; this._k = kind; this.parentPath = this.path = parentPath; }
  isFile() { return this._k === 'file'; } isDirectory() { return this._k === 'dir'; } isSymbolicLink() { return this._k === 'symlink'; }
  isFIFO() { return false; } isSocket() { return false; } isBlockDevice() { return false; } isCharacterDevice() { return false; }
}
export function readFileSync(p, opts) {
  if (typeof p === 'number') throw new Error('fs: file descriptors are not supported by Comet');
  const b = Buffer.from(N.readFile(toPath(p)));
  const enc = encodingOf(opts);
  return enc ? b.toString(enc) : b;
}
export function readdirSync(p, opts) {
  const path = toPath(p);
  const list = N.readdir(path);
  if (opts && opts.withFileTypes) return list.map(([n, k]) => new Dirent(n, k, path));
  return list.map(([n]) => n);
}
export function statSync(p, opts) {
  try { return new Stats(N.stat(toPath(p))); } catch (e) { if (opts && opts.throwIfNoEntry === false && e.code === 'ENOENT') return undefined; throw e; }
}
export function lstatSync(p) { return new Stats(N.lstat(toPath(p))); }
export function existsSync(p) { try { const path = toPath(p); if (path === '') return false; N.stat(path); return true; } catch { return false; } }
export function accessSync(p, mode) { N.stat(toPath(p), 'access'); if (mode & 2) readOnly('accessSync(W_OK)'); }
export function realpathSync(p) { const path = toPath(p); N.stat(path); return resolve(N.root, path); }
function readOnly(name) { const e = new Error('fs.' + name + ' is not supported by Comet: endpoints read files, they do not write them (write to a database or an API instead)'); e.code = 'ERR_COMET_READ_ONLY'; throw e; }
function noDescriptors(name) { const e = new Error('fs.' + name + ' is not supported by Comet: file descriptors and watchers are not available to endpoints (use readFile)'); e.code = 'ERR_COMET_UNSUPPORTED'; throw e; }
// The parts of fs that write, or need descriptors or watchers: each throws
// (or rejects, or calls back with) an error naming itself.
const WRITES = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'symlink', 'link', 'chmod', 'chown', 'lchown', 'truncate', 'utimes', 'lutimes'];
const DESCRIPTORS = ['open', 'opendir', 'close', 'read', 'write', 'fstat', 'fsync', 'ftruncate', 'watch', 'watchFile', 'unwatchFile'];
function later(fn) {
  return (...args) => new Promise((resolve, reject) => { try { resolve(fn(...args)); } catch (e) { reject(e); } });
}
function callback(fn) {
  return (...args) => {
    const cb = args.pop();
    if (typeof cb !== 'function') { const e = new TypeError('The "cb" argument must be of type function. Received ' + typeof cb); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    let r, err = null;
    try { r = fn(...args); } catch (e) { err = e; }
    queueMicrotask(() => (err ? cb(err) : cb(null, r)));
  };
}
const unsupported = {};
for (const name of WRITES) {
  unsupported[name + 'Sync'] = () => readOnly(name + 'Sync');
  unsupported[name] = callback(() => readOnly(name));
  unsupported['promises.' + name] = later(() => readOnly('promises.' + name));
}
for (const name of DESCRIPTORS) {
  unsupported[name + 'Sync'] = () => noDescriptors(name + 'Sync');
  unsupported[name] = () => noDescriptors(name);
  unsupported['promises.' + name] = later(() => noDescriptors('promises.' + name));
}
unsupported.createWriteStream = () => readOnly('createWriteStream');
export const { writeFileSync, appendFileSync, mkdirSync, mkdtempSync, rmSync, rmdirSync, unlinkSync, renameSync, copyFileSync, cpSync, symlinkSync, linkSync,
  chmodSync, chownSync, truncateSync, utimesSync, openSync, opendirSync, closeSync, readSync, writeSync, fstatSync,
  writeFile, appendFile, mkdir, rm, rmdir, unlink, rename, copyFile, cp, symlink, chmod, truncate, open, opendir, close, watch, watchFile, unwatchFile, createWriteStream } = unsupported;
export const promises = {
  readFile: later(readFileSync), readdir: later(readdirSync), stat: later(statSync), lstat: later(lstatSync),
  access: later(accessSync), realpath: later(realpathSync),
};
for (const name of WRITES.concat(['open', 'opendir'])) promises[name] = unsupported['promises.' + name];
export const readFile = callback(readFileSync), readdir = callback(readdirSync), stat = callback(statSync), lstat = callback(lstatSync),
  access = callback(accessSync), realpath = callback(realpathSync);
export function exists(p, cb) { queueMicrotask(() => cb(existsSync(p))); }
export function createReadStream(p) {
  const b = readFileSync(p);
  return new ReadableStream({ start(c) { c.enqueue(b); c.close(); } });
}
export const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };
export { Stats, Dirent };
const fs = { readFileSync, readdirSync, statSync, lstatSync, existsSync, accessSync, realpathSync, createReadStream, promises, readFile, readdir, stat, lstat, access, realpath, exists, constants, Stats, Dirent };
for (const k of Object.keys(unsupported)) if (!k.startsWith('promises.')) fs[k] = unsupported[k];
export default fs;
`

const utilSource = `
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
  isProxy: () => false, isModuleNamespaceObject: () => false, isExternal: () => false, isKeyObject: () => false, isCryptoKey: (v) => v instanceof CryptoKey,
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
`

const eventsSource = `
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
export function getEventListeners(emitter, name) { return typeof emitter.listeners === 'function' ? emitter.listeners(name) : []; }
export function setMaxListeners(n, ...targets) { if (!targets.length) defaultMax = n; for (const t of targets) if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n); }
export const defaultMaxListeners = 10;
export default EventEmitter;
`

const osSource = `
const N = globalThis.__cometNode;
export const EOL = '\n';
export const devNull = '/dev/null';
export const platform = () => 'linux', type = () => 'Linux', arch = () => N.arch, release = () => '', version = () => '', machine = () => N.arch;
export const hostname = () => N.hostname, homedir = () => N.homedir, tmpdir = () => N.tmpdir, endianness = () => 'LE';
export const cpus = () => Array.from({ length: N.cpus }, () => ({ model: '', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }));
export const availableParallelism = () => N.cpus;
export const totalmem = () => 0, freemem = () => 0, uptime = () => 0, loadavg = () => [0, 0, 0];
export const networkInterfaces = () => ({});
export const userInfo = () => ({ username: '', uid: -1, gid: -1, shell: null, homedir: N.homedir });
export const constants = { signals: {}, errno: {} };
export default { EOL, devNull, platform, type, arch, release, version, machine, hostname, homedir, tmpdir, endianness, cpus, availableParallelism, totalmem, freemem, uptime, loadavg, networkInterfaces, userInfo, constants };
`

const assertSource = `
import { isDeepStrictEqual, inspect } from 'node:util';
export class AssertionError extends Error {
  constructor(o) { super(o.message); this.name = 'AssertionError'; this.code = 'ERR_ASSERTION'; this.actual = o.actual; this.expected = o.expected; this.operator = o.operator; this.generatedMessage = !o.userMessage; }
}
function fail(actual, expected, message, operator, dflt) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message || dflt, actual, expected, operator, userMessage: !!message });
}
export function ok(v, m) { if (!v) fail(v, true, m, '==', 'The expression evaluated to a falsy value:\n\n  assert.ok(' + inspect(v) + ')\n'); }
export function equal(a, b, m) { if (!(a == b || (a !== a && b !== b))) fail(a, b, m, '==', inspect(a) + ' == ' + inspect(b)); }
export function notEqual(a, b, m) { if (a == b) fail(a, b, m, '!=', inspect(a) + ' != ' + inspect(b)); }
export function strictEqual(a, b, m) { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', 'Expected values to be strictly equal:\n\n' + inspect(a) + ' !== ' + inspect(b) + '\n'); }
export function notStrictEqual(a, b, m) { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + inspect(b)); }
export function deepStrictEqual(a, b, m) { if (!isDeepStrictEqual(a, b)) fail(a, b, m, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n' + inspect(a) + '\n\nshould equal\n\n' + inspect(b)); }
export const deepEqual = deepStrictEqual;
export function notDeepStrictEqual(a, b, m) { if (isDeepStrictEqual(a, b)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + inspect(b)); }
function matches(e, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') return expected.prototype !== undefined && e instanceof expected ? true : expected.prototype === undefined ? expected(e) === true : false;
  if (expected instanceof RegExp) return expected.test(String(e && e.message !== undefined ? e.message : e));
  return Object.keys(expected).every((k) => (expected[k] instanceof RegExp ? expected[k].test(e[k]) : isDeepStrictEqual(e[k], expected[k])));
}
export function throws(fn, expected, m) {
  try { fn(); } catch (e) { if (!matches(e, expected)) throw e; return; }
  fail(undefined, expected, typeof expected === 'string' ? expected : m, 'throws', 'Missing expected exception.');
}
export async function rejects(p, expected, m) {
  try { await (typeof p === 'function' ? p() : p); } catch (e) { if (!matches(e, expected)) throw e; return; }
  fail(undefined, expected, m, 'rejects', 'Missing expected rejection.');
}
export function match(s, re, m) { if (!re.test(s)) fail(s, re, m, 'match', 'The input did not match the regular expression ' + re + '. Input:\n\n' + inspect(s) + '\n'); }
function failFn(m) { fail(undefined, undefined, m || 'Failed', 'fail', 'Failed'); }
export { failFn as fail };
function assert(v, m) { ok(v, m); }
Object.assign(assert, { ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, deepStrictEqual, notDeepStrictEqual, throws, rejects, match, fail: failFn, AssertionError });
assert.strict = assert;
export default assert;
`
