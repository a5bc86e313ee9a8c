// astro/config as a config file sees it (Astro 7.2's entrypoint plus names
// older majors exported). Each helper returns the value Astro's returns, so
// a config evaluates the same; Comet reads none of them except through the
// keys it uses (site, base, output, ...).
export function defineConfig(config) { return config; }
export function getViteConfig(userViteConfig) { return async () => userViteConfig; }
export function mergeConfig(defaults, overrides) {
  const merged = { ...defaults };
  for (const [k, v] of Object.entries(overrides || {})) {
    if (v == null) continue;
    const d = merged[k];
    if (Array.isArray(d) && Array.isArray(v)) merged[k] = [...d, ...v];
    else if (isPlain(d) && isPlain(v)) merged[k] = mergeConfig(d, v);
    else merged[k] = v;
  }
  return merged;
}
function isPlain(v) { return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype; }
export async function validateConfig(userConfig) { return userConfig; }
// envField describes one env.schema variable, as Astro's does: its
// options with the type added (Comet reads them in internal/config).
export const envField = {
  string: (options) => ({ ...options, type: 'string' }),
  number: (options) => ({ ...options, type: 'number' }),
  boolean: (options) => ({ ...options, type: 'boolean' }),
  enum: (options) => ({ ...options, type: 'enum' }),
};
// sessionDrivers.<name>(config) gives Astro's { entrypoint, config } for
// unstorage's built-in driver <name> (camelCase to its kebab-case file);
// `fs` is fs-lite under .astro/session, as in Astro.
export const sessionDrivers = new Proxy({}, {
  get: (_, name) => {
    if (typeof name !== 'string' || name.includes('-')) return undefined;
    if (name === 'fs') return (config) => ({ entrypoint: 'unstorage/drivers/fs-lite', config: { base: '.astro/session', ...config } });
    const file = name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
    return (config) => ({ entrypoint: 'unstorage/drivers/' + file, config });
  },
});
// Providers and handlers are descriptors Comet never runs: any name gives
// a function returning { name, config }.
const descriptors = (kind) => new Proxy({}, { get: (_, name) => (typeof name === 'string' ? (config) => ({ name, kind, config }) : undefined) });
export const fontProviders = descriptors('font provider');
export const logHandlers = descriptors('log handler');
export function svgoOptimizer(config) { return { name: 'svgo', config }; }
export function sharpImageService(config = {}) { return { entrypoint: 'astro/assets/services/sharp', config }; }
export function squooshImageService() { return { entrypoint: 'astro/assets/services/squoosh', config: {} }; }
export function passthroughImageService() { return { entrypoint: 'astro/assets/services/noop', config: {} }; }
export function memoryCache(config = {}) { return { name: 'memory', entrypoint: 'astro/cache/memory', config }; }
