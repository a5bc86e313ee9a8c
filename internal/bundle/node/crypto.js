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
