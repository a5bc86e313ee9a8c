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
export function parse(p) {
  const root = p.startsWith('/') ? '/' : '';
  const trimmed = p.replace(/\/+$/, '');
  const base = trimmed === '' ? '' : basename(trimmed);
  const ext = extname(base);
  let dir = root;
  if (base !== '' && trimmed.length > base.length) dir = trimmed.slice(0, trimmed.length - base.length).replace(/\/+$/, '') || root;
  return { root, dir, base, ext, name: ext ? base.slice(0, -ext.length) : base };
}
export function format(o) {
  if (o === null || typeof o !== 'object') { const e = new TypeError('The "pathObject" argument must be of type object. Received ' + (o === null ? 'null' : typeof o)); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
  const dir = o.dir || o.root;
  const base = o.base || (o.name || '') + (o.ext ? (o.ext[0] === '.' ? '' : '.') + o.ext : '');
  if (!dir) return base;
  return dir === o.root ? dir + base : dir + '/' + base;
}
export const toNamespacedPath = (p) => p;
export const posix = { sep, delimiter, normalize, join, resolve, isAbsolute, dirname, basename, extname, relative, parse, format, toNamespacedPath };
posix.posix = posix;
export default posix;
