export function defineConfig(config) { return config; }
export function passthroughImageService() { return { entrypoint: 'astro/assets/services/noop' }; }
export function sharpImageService() { return { entrypoint: 'astro/assets/services/sharp' }; }
export const envField = new Proxy({}, { get: (_, type) => (opts) => ({ ...opts, type }) });
