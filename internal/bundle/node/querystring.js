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
