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

// The legacy API (url.parse, url.format, url.resolve) that older packages
// (ioredis, many HTTP clients) still call: Node's Url fields, lenient as
// Node's parser is; new code should use URL.
import { parse as parseQuery, stringify as stringifyQuery } from 'node:querystring';
export function Url() {
  this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null; this.hostname = null;
  this.hash = null; this.search = null; this.query = null; this.pathname = null; this.path = null; this.href = null;
}
const SLASHED = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);
export function parse(u, parseQueryString, slashesDenoteHost) {
  if (u instanceof Url) return u;
  if (typeof u !== 'string') { const e = new TypeError('The "url" argument must be of type string. Received ' + (u === null ? 'null' : typeof u)); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
  const r = new Url();
  let rest = u.trim();
  let i = rest.indexOf('#');
  if (i >= 0) { r.hash = rest.slice(i); rest = rest.slice(0, i); }
  i = rest.indexOf('?');
  if (i >= 0) { r.search = rest.slice(i); r.query = rest.slice(i + 1); rest = rest.slice(0, i); }
  else if (parseQueryString) r.query = {};
  if (parseQueryString && typeof r.query === 'string') r.query = parseQuery(r.query);
  const m = /^([a-z0-9.+-]+:)/i.exec(rest);
  if (m) { r.protocol = m[1].toLowerCase(); rest = rest.slice(m[1].length); }
  if ((slashesDenoteHost || r.protocol) && rest.startsWith('//') && r.protocol !== 'javascript:') {
    r.slashes = true;
    rest = rest.slice(2);
  }
  if (r.protocol !== 'javascript:' && (r.slashes || (r.protocol && !SLASHED.has(r.protocol)))) {
    let end = rest.search(/[\/]/);
    if (end < 0) end = rest.length;
    let host = rest.slice(0, end);
    rest = rest.slice(end);
    const at = host.lastIndexOf('@');
    if (at >= 0) { r.auth = decodeURIComponent(host.slice(0, at)); host = host.slice(at + 1); }
    const pm = /:(\d*)$/.exec(host);
    if (pm) { if (pm[1]) r.port = pm[1]; host = host.slice(0, pm.index); }
    r.hostname = host.toLowerCase();
    if (r.hostname.startsWith('[') && r.hostname.endsWith(']')) r.hostname = r.hostname.slice(1, -1);
    r.host = (r.hostname.includes(':') ? '[' + r.hostname + ']' : r.hostname) + (r.port ? ':' + r.port : '');
  }
  if (rest !== '') r.pathname = rest;
  else if (r.slashes && SLASHED.has(r.protocol)) r.pathname = '/';
  if (r.pathname !== null || r.search !== null) r.path = (r.pathname || '') + (r.search || '');
  r.href = format(r);
  return r;
}
export function format(o) {
  if (typeof o === 'string') o = parse(o);
  else if (o instanceof URL) return o.toString();
  let auth = o.auth ? encodeURIComponent(o.auth).replace(/%3A/i, ':') + '@' : '';
  let protocol = o.protocol || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  let host = '';
  if (o.host) host = auth + o.host;
  else if (o.hostname) host = auth + (o.hostname.includes(':') ? '[' + o.hostname + ']' : o.hostname) + (o.port ? ':' + o.port : '');
  let pathname = o.pathname || '';
  let search = o.search || (o.query && typeof o.query === 'object' && Object.keys(o.query).length ? '?' + stringifyQuery(o.query) : '');
  if (search && search[0] !== '?') search = '?' + search;
  let hash = o.hash || '';
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (o.slashes || (host && SLASHED.has(protocol))) { host = '//' + host; if (pathname && pathname[0] !== '/') pathname = '/' + pathname; }
  return protocol + host + pathname.replace(/[?#]/g, encodeURIComponent) + search.replace('#', '%23') + hash;
}
export function resolve(from, to) {
  const r = new URL(to, new URL(from, 'resolve://'));
  if (r.protocol === 'resolve:') { const { pathname, search, hash } = r; return pathname + search + hash; }
  return r.toString();
}
export default { URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, parse, format, resolve, Url };
