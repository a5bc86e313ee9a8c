// A few Node built-ins that configs and endpoints import for small things
// (fileURLToPath(import.meta.url), path.join, Buffer).
export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;
export function fileURLToPath(u) {
  const url = typeof u === 'string' ? new URL(u) : u;
  if (url.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(url.pathname);
}
export function pathToFileURL(p) { return new URL('file://' + encodeURI(p).replace(/[?#]/g, encodeURIComponent)); }
// domainToASCII gives the URL Standard's host (punycode), or '' for a
// domain it rejects, as Node's does.
export function domainToASCII(d) { try { return new URL('ws://' + String(d)).hostname; } catch { return ''; } }
export default { URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII };
