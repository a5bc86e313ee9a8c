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
const bytes = (d, enc) => (typeof d === 'string' ? Buffer.from(d, enc) : Buffer.from(d.buffer ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : d));
function hasher(sum) {
  const chunks = [];
  return {
    update(d, enc) { chunks.push(bytes(d, enc)); return this; },
    digest(enc) { const b = Buffer.from(sum(Buffer.concat(chunks))); return enc ? b.toString(enc) : b; },
  };
}
export function createHash(alg) { web.digest(alg, new Uint8Array(0)); return hasher((d) => web.digest(alg, d)); }
export function createHmac(alg, key) { const k = bytes(key); return hasher((d) => web.hmac(alg, k, d)); }
export function randomUUID() { return globalThis.crypto.randomUUID(); }
export function timingSafeEqual(a, b) {
  if (a.byteLength !== b.byteLength) { const e = new RangeError('Input buffers must have the same byte length'); e.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH'; throw e; }
  const x = bytes(a), y = bytes(b);
  let d = 0;
  for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
  return d === 0;
}
export function randomInt(min, max, cb) {
  if (max === undefined || typeof max === 'function') { cb = max; max = min; min = 0; }
  const range = max - min;
  if (!(range > 0) || range > 2 ** 48) throw new RangeError('The value of "max" is out of range. It must be greater than the value of "min" (' + min + ')');
  const limit = 2 ** 48 - (2 ** 48 % range);
  let n;
  do { const b = globalThis.crypto.getRandomValues(new Uint8Array(6)); n = b.reduce((acc, x) => acc * 256 + x, 0); } while (n >= limit);
  const r = min + (n % range);
  if (cb) { queueMicrotask(() => cb(null, r)); return; }
  return r;
}
export function randomBytes(n) { return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(n))); }
export function getRandomValues(a) { return globalThis.crypto.getRandomValues(a); }
export const webcrypto = globalThis.crypto;
export const subtle = globalThis.crypto.subtle;
export default { createHash, createHmac, randomUUID, randomBytes, getRandomValues, timingSafeEqual, randomInt, webcrypto, subtle };
`,
	"node:buffer":  "export const Buffer = globalThis.Buffer; export default { Buffer };",
	"node:process": "export default globalThis.process; export const { env, cwd, nextTick, platform, version, versions, argv, hrtime } = globalThis.process;",
	// Content collections need Astro's content layer, which Comet does not
	// have: say so clearly instead of failing on a missing export.
	"astro:content": `
function unsupported(name) {
  return () => { throw new Error('astro:content (' + name + ') is not supported by Comet: read your data with a local import or fetch instead'); };
}
export const getCollection = unsupported('getCollection');
export const getEntry = unsupported('getEntry');
export const getEntries = unsupported('getEntries');
export const getEntryBySlug = unsupported('getEntryBySlug');
export const defineCollection = (c) => c;
export const reference = unsupported('reference');
export const z = new Proxy({}, { get: () => unsupported('z') });
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
