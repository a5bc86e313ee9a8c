// module: what packages ask of Node's module system at run time. A bundle
// has no loader (every import was resolved at build time), so the require
// createRequire makes finds nothing and throws MODULE_NOT_FOUND, as Node
// does for a missing optional dependency; packages that probe for one
// (fflate looks for worker_threads) take their fallback.
const names = ['assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib'];
export const builtinModules = names.slice();
export function isBuiltin(name) {
  const n = String(name);
  return names.includes(n.startsWith('node:') ? n.slice(5) : n) || n === 'node:test' || n === 'node:sea';
}
export function createRequire(from) {
  const require = function require(id) {
    const e = new Error("Cannot find module '" + id + "' (required from " + String(from) + '): Comet bundles modules at build time; a require() made at run time cannot load them');
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  };
  require.resolve = (id) => require(id);
  require.cache = Object.create(null);
  require.main = undefined;
  return require;
}
export class Module { constructor() { const e = new Error('module.Module is not supported by Comet'); e.code = 'ERR_COMET_UNSUPPORTED'; throw e; } }
export default { builtinModules, createRequire, isBuiltin, Module };
