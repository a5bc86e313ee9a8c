package bundle

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// virtualSources are the modules Comet provides in place of Astro's own:
// real Astro cannot run in goja, and projects must build without
// node_modules. Type-only imports vanish before this matters; these cover
// the runtime imports endpoint code and configs really make.
var virtualSources = map[string]string{
	"astro": `export const __comet = true;`,
	"astro/config": `
export function defineConfig(config) { return config; }
export function passthroughImageService() { return { entrypoint: 'astro/assets/services/noop' }; }
export function sharpImageService() { return { entrypoint: 'astro/assets/services/sharp' }; }
export const envField = new Proxy({}, { get: (_, type) => (opts) => ({ ...opts, type }) });
`,
	// A few Node built-ins that configs and endpoints import for small
	// things (fileURLToPath(import.meta.url), path.join, Buffer).
	"node:url": `
export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;
export function fileURLToPath(u) {
  const url = typeof u === 'string' ? new URL(u) : u;
  if (url.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(url.pathname);
}
export function pathToFileURL(p) { return new URL('file://' + encodeURI(p).replace(/[?#]/g, encodeURIComponent)); }
export default { URL, URLSearchParams, fileURLToPath, pathToFileURL };
`,
	"node:path": `
function normalizeParts(parts, absolute) {
  const out = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!absolute) out.push('..'); continue; }
    out.push(p);
  }
  return out;
}
export const sep = '/';
export const delimiter = ':';
export function normalize(p) {
  const abs = p.startsWith('/');
  const s = normalizeParts(p.split('/'), abs).join('/');
  return (abs ? '/' : '') + (s || (abs ? '' : '.')) + (p.endsWith('/') && s ? '/' : '');
}
export function join(...parts) { return normalize(parts.filter((x) => x !== '').join('/') || '.'); }
export function resolve(...parts) {
  let r = '';
  for (let i = parts.length - 1; i >= 0 && !r.startsWith('/'); i--) r = parts[i] + (r ? '/' + r : '');
  if (!r.startsWith('/')) r = '/' + r;
  return '/' + normalizeParts(r.split('/'), true).join('/');
}
export function isAbsolute(p) { return p.startsWith('/'); }
export function dirname(p) { const i = p.replace(/\/+$/, '').lastIndexOf('/'); return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i); }
export function basename(p, ext) { let b = p.replace(/\/+$/, ''); b = b.slice(b.lastIndexOf('/') + 1); return ext && b.endsWith(ext) ? b.slice(0, -ext.length) : b; }
export function extname(p) { const b = basename(p); const i = b.lastIndexOf('.'); return i <= 0 ? '' : b.slice(i); }
export function relative(from, to) {
  const a = resolve(from).split('/').filter(Boolean), b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
export const posix = { sep, delimiter, normalize, join, resolve, isAbsolute, dirname, basename, extname, relative };
export default posix;
`,
	"node:crypto": `
const web = globalThis.__cometWeb;
const nodeError = (Ctor, code, msg) => { const e = new Ctor(msg); e.code = code; return e; };
const bytes = (d, enc) => {
  if (typeof d === 'string') return Buffer.from(d, enc);
  if (d instanceof ArrayBuffer) return Buffer.from(d);
  if (ArrayBuffer.isView(d)) return Buffer.from(d.buffer, d.byteOffset, d.byteLength);
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
};
const HASHES = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'];
const hashAlg = (alg) => {
  const a = String(alg).toLowerCase().replace(/^rsa-/, '').replace(/^sha-/, 'sha');
  if (!HASHES.includes(a)) throw new Error('Digest method not supported');
  return a;
};
// Hash and Hmac collect what update() is given and digest it in Go once.
class Hash {
  constructor(sum, chunks) { this._sum = sum; this._chunks = chunks || []; this._done = false; }
  update(d, enc) {
    if (this._done) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this._chunks.push(Buffer.from(bytes(d, enc)));
    return this;
  }
  digest(enc) {
    if (this._done) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this._done = true;
    const b = Buffer.from(this._sum(Buffer.concat(this._chunks)));
    return enc && enc !== 'buffer' ? b.toString(enc) : b;
  }
  copy() {
    if (this._done) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    return new Hash(this._sum, this._chunks.slice());
  }
}
export function createHash(alg) { const a = hashAlg(alg); return new Hash((d) => web.digest(a, d)); }
export function createHmac(alg, key) {
  const a = hashAlg(alg);
  const k = key !== null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function' ? key.export() : bytes(key);
  const h = new Hash((d) => web.hmac(a, k, d));
  h.copy = undefined;
  return h;
}
export function hash(alg, data, enc = 'hex') { return createHash(alg).update(data).digest(enc); }
export function getHashes() { return ['md5', 'sha1', 'sha256', 'sha384', 'sha512']; }
export function randomUUID() { return globalThis.crypto.randomUUID(); }
const view = (d, name) => {
  if (d instanceof ArrayBuffer) return new Uint8Array(d);
  if (ArrayBuffer.isView(d)) return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
};
export function timingSafeEqual(a, b) {
  const x = view(a, 'buf1'), y = view(b, 'buf2');
  if (x.byteLength !== y.byteLength) throw nodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  let d = 0;
  for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
  return d === 0;
}
export function randomInt(min, max, cb) {
  if (max === undefined || typeof max === 'function') { cb = max; max = min; min = 0; }
  if (!Number.isSafeInteger(min)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "min" argument must be a safe integer. Received ' + min);
  if (!Number.isSafeInteger(max)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "max" argument must be a safe integer. Received ' + max);
  const range = max - min;
  if (!(range > 0)) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "max" is out of range. It must be greater than the value of "min" (' + min + '). Received ' + max);
  if (range > 2 ** 48 - 1) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "max - min" is out of range. It must be <= 281474976710655. Received ' + range);
  const limit = 2 ** 48 - (2 ** 48 % range);
  let n;
  do { const b = globalThis.crypto.getRandomValues(new Uint8Array(6)); n = b.reduce((acc, x) => acc * 256 + x, 0); } while (n >= limit);
  const r = min + (n % range);
  if (cb) { queueMicrotask(() => cb(null, r)); return; }
  return r;
}
export function randomBytes(n, cb) {
  if (typeof n !== 'number' || n < 0 || n > 2 ** 31 - 1 || !Number.isInteger(n)) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ' + n);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(b.subarray(i, Math.min(n, i + 65536)));
  if (typeof cb === 'function') { queueMicrotask(() => cb(null, b)); return; }
  return b;
}
export function randomFillSync(buf, offset = 0, size) {
  const u8 = new Uint8Array(buf.buffer || buf, (buf.byteOffset || 0) + offset, size === undefined ? (buf.byteLength - offset) : size);
  for (let i = 0; i < u8.length; i += 65536) globalThis.crypto.getRandomValues(u8.subarray(i, Math.min(u8.length, i + 65536)));
  return buf;
}
export function getRandomValues(a) { return globalThis.crypto.getRandomValues(a); }
export const webcrypto = globalThis.crypto;
export const subtle = globalThis.crypto.subtle;
export const constants = {};
export default { createHash, createHmac, hash, getHashes, randomUUID, randomBytes, randomFillSync, getRandomValues, timingSafeEqual, randomInt, webcrypto, subtle, constants };
`,
	"node:buffer": `
export const { Buffer, Blob, File, atob, btoa } = globalThis;
export const kMaxLength = 2 ** 32, kStringMaxLength = 2 ** 29 - 24;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
export function isUtf8(b) { try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; } }
export function isAscii(b) { const u8 = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength); return u8.every((c) => c < 128); }
export default { Buffer, Blob, File, atob, btoa, kMaxLength, kStringMaxLength, constants, isUtf8, isAscii };
`,
	// process is Comet's global (internal/jsrt); this adds what it lacks.
	"node:process": `
const p = globalThis.process;
const start = performance.now();
if (typeof p.hrtime !== 'function') {
  const hrtime = (prev) => {
    const ns = Math.round((performance.timeOrigin + performance.now()) * 1e6);
    let s = Math.floor(ns / 1e9), n = ns % 1e9;
    if (prev) { s -= prev[0]; n -= prev[1]; if (n < 0) { s--; n += 1e9; } }
    return [s, n];
  };
  hrtime.bigint = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  p.hrtime = hrtime;
}
if (typeof p.uptime !== 'function') p.uptime = () => (performance.now() - start) / 1000;
if (typeof p.emitWarning !== 'function') p.emitWarning = (w, type) => console.warn((typeof w === 'string' ? (type || 'Warning') + ': ' + w : w.name + ': ' + w.message));
if (p.release === undefined) p.release = { name: 'node' };
export default p;
export const { env, cwd, nextTick, platform, version, versions, argv, hrtime, uptime, emitWarning, release } = p;
`,
	"astro:middleware": `
export function defineMiddleware(fn) { return fn; }
export function sequence(...handlers) { return globalThis.__cometSequence(handlers); }
`,
}

// adapterSource stands in for any @astrojs/* integration or adapter: a
// function returning a descriptor, so `adapter: node({ mode: 'standalone' })`
// and `integrations: [sitemap()]` evaluate.
const adapterSource = `export default function integration(options) { return { name: %q, hooks: {}, options }; }`

// virtualModules serves the modules above. Integrations and adapters
// (@astrojs/*) are stubbed only in the config (forConfig): in endpoint code
// a package such as @astrojs/rss is real code, bundled from node_modules.
func virtualModules(forConfig bool) api.Plugin {
	filter := `^(astro(/config)?|astro:.*)$`
	if forConfig {
		filter = `^(astro(/config)?|astro:.*|@astrojs/.*)$`
	}
	return api.Plugin{
		Name: "comet-virtual",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: filter},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: args.Path, Namespace: "comet-virtual"}, nil
				})
			b.OnResolve(api.OnResolveOptions{Filter: builtinFilter()}, resolveBuiltin)
			b.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "comet-virtual"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src, ok := virtualSources[args.Path]
					if !ok {
						src, ok = nodeSources[args.Path]
					}
					switch {
					case ok:
					case strings.HasPrefix(args.Path, "unsupported:"):
						src = unsupportedSource(strings.TrimPrefix(args.Path, "unsupported:"))
					case strings.HasPrefix(args.Path, "@astrojs/"):
						src = strings.Replace(adapterSource, "%q", `"`+args.Path+`"`, 1)
					default:
						src = "export {};"
					}
					return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
				})
		},
	}
}
