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

// nodeBuiltins lists Node 20's built-in module names.
var nodeBuiltins = strings.Fields(`assert assert/strict async_hooks buffer child_process cluster console constants
crypto dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector
module net os path path/posix path/win32 perf_hooks process punycode querystring readline readline/promises
repl stream stream/consumers stream/promises stream/web string_decoder sys timers timers/promises tls
trace_events tty url util util/types v8 vm wasi worker_threads zlib test`)

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

// builtinFilter matches every built-in, with or without "node:".
func builtinFilter() string {
	names := make([]string, len(nodeBuiltins))
	for i, n := range nodeBuiltins {
		names[i] = strings.ReplaceAll(n, "/", `\/`)
	}
	return `^(node:)?(` + strings.Join(names, "|") + `)$`
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

// nodeSources are the built-ins added to virtualSources' url, path, buffer,
// process and crypto.
var nodeSources = map[string]string{
	"node:fs":            fsSource,
	"node:fs/promises":   "import fs from 'node:fs'; export const { readFile, readdir, stat, lstat, access, realpath, writeFile, appendFile, mkdir, rm, unlink, rename, copyFile } = fs.promises; export default fs.promises;",
	"node:util":          utilSource,
	"node:util/types":    "import u from 'node:util'; export const { isDate, isRegExp, isPromise, isMap, isSet, isTypedArray, isUint8Array, isArrayBuffer, isAsyncFunction, isNativeError } = u.types; export default u.types;",
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
	"node:stream/web": "export const { ReadableStream, ReadableStreamDefaultReader, WritableStream, TransformStream, TextEncoderStream, TextDecoderStream } = globalThis; export default { ReadableStream, WritableStream, TransformStream, TextEncoderStream, TextDecoderStream };",
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
const N = globalThis.__cometNode;
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
export function existsSync(p) { try { N.stat(toPath(p)); return true; } catch { return false; } }
export function accessSync(p, mode) { N.stat(toPath(p)); if (mode & 2) readOnly('access(W_OK)'); }
export function realpathSync(p) { const path = toPath(p); N.stat(path); return resolve(N.root, path); }
function readOnly(name) { const e = new Error('fs.' + name + ' is not supported by Comet: endpoints read files, they do not write them (write to a database or an API instead)'); e.code = 'ERR_COMET_READ_ONLY'; throw e; }
export const writeFileSync = () => readOnly('writeFileSync'), appendFileSync = () => readOnly('appendFileSync'), mkdirSync = () => readOnly('mkdirSync'),
  rmSync = () => readOnly('rmSync'), unlinkSync = () => readOnly('unlinkSync'), renameSync = () => readOnly('renameSync'), copyFileSync = () => readOnly('copyFileSync'),
  createWriteStream = () => readOnly('createWriteStream'), openSync = () => readOnly('openSync');
function later(fn) {
  return (...args) => new Promise((resolve, reject) => { try { resolve(fn(...args)); } catch (e) { reject(e); } });
}
function callback(fn) {
  return (...args) => {
    const cb = args.pop();
    if (typeof cb !== 'function') throw new TypeError('The "cb" argument must be of type function');
    let r, err = null;
    try { r = fn(...args); } catch (e) { err = e; }
    queueMicrotask(() => (err ? cb(err) : cb(null, r)));
  };
}
export const promises = {
  readFile: later(readFileSync), readdir: later(readdirSync), stat: later(statSync), lstat: later(lstatSync),
  access: later(accessSync), realpath: later(realpathSync),
  writeFile: later(writeFileSync), appendFile: later(appendFileSync), mkdir: later(mkdirSync), rm: later(rmSync),
  unlink: later(unlinkSync), rename: later(renameSync), copyFile: later(copyFileSync),
};
export const readFile = callback(readFileSync), readdir = callback(readdirSync), stat = callback(statSync), lstat = callback(lstatSync),
  access = callback(accessSync), realpath = callback(realpathSync), writeFile = callback(writeFileSync);
export function exists(p, cb) { queueMicrotask(() => cb(existsSync(p))); }
export function createReadStream(p) {
  const b = readFileSync(p);
  return new ReadableStream({ start(c) { c.enqueue(b); c.close(); } });
}
export const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };
export { Stats, Dirent };
export default { readFileSync, readdirSync, statSync, lstatSync, existsSync, accessSync, realpathSync, writeFileSync, appendFileSync, mkdirSync, rmSync, unlinkSync, renameSync, copyFileSync, createWriteStream, createReadStream, openSync, promises, readFile, readdir, stat, lstat, access, realpath, writeFile, exists, constants, Stats, Dirent };
`

const utilSource = `
function inspect(v, opts) {
  const depth = opts && opts.depth !== undefined ? opts.depth : 2;
  const seen = new Set();
  const str = (s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));
  function fmt(v, d) {
    switch (typeof v) {
      case 'string': return d === 0 && opts && opts.top ? v : str(v);
      case 'number': return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint': return v + 'n';
      case 'undefined': return 'undefined';
      case 'boolean': return String(v);
      case 'symbol': return v.toString();
      case 'function': return '[Function: ' + (v.name || '(anonymous)') + ']' + (v.prototype && /^class /.test(Function.prototype.toString.call(v)) ? '' : '');
    }
    if (v === null) return 'null';
    if (seen.has(v)) return '[Circular *1]';
    if (v instanceof Date) return isNaN(v) ? 'Invalid Date' : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (v instanceof Error) return v.stack || String(v);
    if (d > depth) return '[' + (Array.isArray(v) ? 'Array' : (v.constructor && v.constructor.name) || 'Object') + ']';
    seen.add(v);
    try {
      if (Array.isArray(v)) {
        if (!v.length) return '[]';
        const items = v.map((x) => fmt(x, d + 1));
        return wrap('[', items, ']');
      }
      if (v instanceof Map) return 'Map(' + v.size + ') ' + (v.size ? wrap('{', [...v].map(([k, x]) => fmt(k, d + 1) + ' => ' + fmt(x, d + 1)), '}') : '{}');
      if (v instanceof Set) return 'Set(' + v.size + ') ' + (v.size ? wrap('{', [...v].map((x) => fmt(x, d + 1)), '}') : '{}');
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return (v.constructor && v.constructor.name || 'TypedArray') + '(' + v.length + ') ' + wrap('[', [...v].slice(0, 100).map(String), ']');
      const keys = Object.keys(v);
      const ctor = v.constructor && v.constructor !== Object && v.constructor.name ? v.constructor.name + ' ' : Object.getPrototypeOf(v) === null ? '[Object: null prototype] ' : '';
      if (!keys.length) return ctor + '{}';
      return ctor + wrap('{', keys.map((k) => key(k) + ': ' + fmt(v[k], d + 1)), '}');
    } finally { seen.delete(v); }
  }
  function wrap(open, items, close) {
    const one = open + ' ' + items.join(', ') + ' ' + close;
    if (one.length <= 72 && !items.some((i) => i.includes('\n'))) return one;
    return open + '\n' + items.map((i) => '  ' + i.replace(/\n/g, '\n  ')).join(',\n') + '\n' + close;
  }
  return fmt(v, 0);
}
function format(f, ...args) {
  if (typeof f !== 'string') return [f, ...args].map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  let i = 0;
  let out = f.replace(/%[sdifjoOc%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    switch (m) {
      case '%s': return typeof a === 'string' ? a : typeof a === 'bigint' ? a + 'n' : typeof a === 'object' && a !== null ? inspect(a, { depth: 1 }) : String(a);
      case '%d': return typeof a === 'bigint' ? a + 'n' : typeof a === 'object' ? 'NaN' : String(Number(a));
      case '%i': return typeof a === 'bigint' ? a + 'n' : String(parseInt(a));
      case '%f': return String(parseFloat(a));
      case '%j': try { return JSON.stringify(a); } catch { return '[Circular]'; }
      case '%o': case '%O': return inspect(a, { depth: 4 });
      case '%c': return '';
    }
  });
  for (; i < args.length; i++) out += ' ' + (typeof args[i] === 'string' ? args[i] : inspect(args[i]));
  return out;
}
const custom = Symbol.for('nodejs.util.promisify.custom');
function promisify(fn) {
  if (typeof fn !== 'function') throw new TypeError('The "original" argument must be of type function');
  if (fn[custom]) return fn[custom];
  return function (...args) {
    return new Promise((resolve, reject) => fn.call(this, ...args, (err, ...values) => (err ? reject(err) : resolve(values.length > 1 ? values : values[0]))));
  };
}
promisify.custom = custom;
function callbackify(fn) { return (...args) => { const cb = args.pop(); fn(...args).then((v) => cb(null, v), (e) => cb(e)); }; }
function inherits(ctor, superCtor) { Object.setPrototypeOf(ctor.prototype, superCtor.prototype); Object.setPrototypeOf(ctor, superCtor); ctor.super_ = superCtor; }
function deprecate(fn, msg) { let warned = false; return function (...a) { if (!warned) { warned = true; console.warn('DeprecationWarning: ' + msg); } return fn.apply(this, a); }; }
function isDeepStrictEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map || a instanceof Set) return a.size === b.size && isDeepStrictEqual([...a], [...b]);
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual(a[k], b[k]));
}
const tag = (v) => Object.prototype.toString.call(v);
const types = {
  isDate: (v) => v instanceof Date, isRegExp: (v) => v instanceof RegExp, isPromise: (v) => v instanceof Promise,
  isMap: (v) => v instanceof Map, isSet: (v) => v instanceof Set, isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
  isUint8Array: (v) => v instanceof Uint8Array, isArrayBuffer: (v) => v instanceof ArrayBuffer, isNativeError: (v) => v instanceof Error,
  isAsyncFunction: (v) => tag(v) === '[object AsyncFunction]',
};
const { TextEncoder, TextDecoder } = globalThis;
const isArray = Array.isArray;
export { inspect, format, promisify, callbackify, inherits, deprecate, isDeepStrictEqual, types, TextEncoder, TextDecoder, isArray };
export default { inspect, format, promisify, callbackify, inherits, deprecate, isDeepStrictEqual, types, TextEncoder, TextDecoder, isArray };
`

const eventsSource = `
const L = Symbol('listeners');
export class EventEmitter {
  constructor() { this[L] = new Map(); this._max = 10; }
  _list(n) { if (!this[L]) this[L] = new Map(); let l = this[L].get(n); if (!l) this[L].set(n, (l = [])); return l; }
  on(n, f, prepend) {
    if (typeof f !== 'function') throw new TypeError('The "listener" argument must be of type function');
    if (this[L] && this[L].has('newListener')) this.emit('newListener', n, f.listener || f);
    const l = this._list(n); prepend ? l.unshift(f) : l.push(f); return this;
  }
  addListener(n, f) { return this.on(n, f); }
  prependListener(n, f) { return this.on(n, f, true); }
  once(n, f) { const w = (...a) => { this.off(n, w); return f.apply(this, a); }; w.listener = f; return this.on(n, w); }
  prependOnceListener(n, f) { const w = (...a) => { this.off(n, w); return f.apply(this, a); }; w.listener = f; return this.on(n, w, true); }
  off(n, f) { const l = this[L] && this[L].get(n); if (l) { const i = l.findIndex((x) => x === f || x.listener === f); if (i >= 0) l.splice(i, 1); if (!l.length) this[L].delete(n); } return this; }
  removeListener(n, f) { return this.off(n, f); }
  removeAllListeners(n) { if (this[L]) n === undefined ? this[L].clear() : this[L].delete(n); return this; }
  emit(n, ...a) {
    const l = this[L] && this[L].get(n);
    if (!l || !l.length) { if (n === 'error') { throw a[0] instanceof Error ? a[0] : new Error('Unhandled error. (' + a[0] + ')'); } return false; }
    for (const f of [...l]) f.apply(this, a);
    return true;
  }
  listenerCount(n) { const l = this[L] && this[L].get(n); return l ? l.length : 0; }
  listeners(n) { const l = this[L] && this[L].get(n); return l ? l.map((f) => f.listener || f) : []; }
  rawListeners(n) { const l = this[L] && this[L].get(n); return l ? [...l] : []; }
  eventNames() { return this[L] ? [...this[L].keys()] : []; }
  setMaxListeners(n) { this._max = n; return this; }
  getMaxListeners() { return this._max; }
}
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
export function once(emitter, name) {
  return new Promise((resolve, reject) => {
    if (typeof emitter.addEventListener === 'function') { emitter.addEventListener(name, (e) => resolve([e]), { once: true }); return; }
    const onErr = (e) => { emitter.off(name, onValue); reject(e); };
    const onValue = (...a) => { if (name !== 'error') emitter.off('error', onErr); resolve(a); };
    emitter.once(name, onValue);
    if (name !== 'error') emitter.once('error', onErr);
  });
}
EventEmitter.once = once;
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
