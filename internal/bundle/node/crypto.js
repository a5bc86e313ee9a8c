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

// ---- keys, signatures, ciphers, key derivation ---------------------------
// KeyObject and the functions over it use the same Go natives as Web
// Crypto (internal/jsrt/webapi/crypto.go): an asymmetric KeyObject holds
// the Go key handle a CryptoKey would, so KeyObject.from(cryptoKey) shares
// it. Encrypted PEM keys (a passphrase) are not supported.
const WC = web.crypto;
const C = WC.C;
// native calls a Go native and turns its failures into Node-style Errors.
function native(f, code, ...args) {
  try { return f(...args); } catch (e) {
    if (e && typeof e === 'object' && !(e instanceof Error)) throw nodeError(Error, code || 'ERR_CRYPTO_OPERATION_FAILED', e.message);
    throw e;
  }
}
const u8 = (b) => new Uint8Array(b);
const out = (ab, enc) => { const b = Buffer.from(ab); return enc && enc !== 'buffer' ? b.toString(enc) : b; };
const argBytes = (d, name, enc) => {
  if (typeof d === 'string') return Buffer.from(d, enc || 'utf8');
  if (d instanceof ArrayBuffer) return new Uint8Array(d);
  if (ArrayBuffer.isView(d)) return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  if (d instanceof KeyObject && d.type === 'secret') return d[SECRET];
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView.' + received(d));
};
const received = (v) => ' Received ' + (v === null ? 'null' : v === undefined ? 'undefined' : typeof v === 'object' ? 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object') : 'type ' + typeof v + ' (' + String(v) + ')');
const CURVE_NAMES = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const CURVE_ALIASES = { 'P-256': 'P-256', prime256v1: 'P-256', secp256r1: 'P-256', 'P-384': 'P-384', secp384r1: 'P-384', 'P-521': 'P-521', secp521r1: 'P-521' };
const HANDLE = Symbol('handle'), SECRET = Symbol('secret');

export class KeyObject {
  constructor(type, material) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' is invalid. Received '" + type + "'");
    Object.defineProperty(this, '_type', { value: type });
    if (type === 'secret') Object.defineProperty(this, SECRET, { value: material });
    else Object.defineProperty(this, HANDLE, { value: material });
  }
  static from(key) {
    if (!(key instanceof CryptoKey)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an instance of CryptoKey.' + received(key));
    return key.type === 'secret' ? new KeyObject('secret', Buffer.from(WC.keyBytes(key))) : new KeyObject(key.type, WC.keyHandle(key));
  }
  get type() { return this._type; }
  get symmetricKeySize() { return this._type === 'secret' ? this[SECRET].length : undefined; }
  get asymmetricKeyType() { return this._type === 'secret' ? undefined : C.info(this[HANDLE]).kind; }
  get asymmetricKeyDetails() {
    if (this._type === 'secret') return undefined;
    const info = C.info(this[HANDLE]);
    if (info.kind === 'rsa') return { modulusLength: info.bits, publicExponent: BigInt(info.exp) };
    if (info.kind === 'ec') return { namedCurve: CURVE_NAMES[info.curve] };
    return {};
  }
  equals(other) {
    if (!(other instanceof KeyObject)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "otherKeyObject" argument must be an instance of KeyObject.' + received(other));
    if (this._type !== other._type) return false;
    if (this._type === 'secret') return this[SECRET].length === other[SECRET].length && timingSafeEqual(this[SECRET], other[SECRET]);
    return C.equal(this[HANDLE], other[HANDLE]);
  }
  export(options) {
    if (this._type === 'secret') {
      if (options && options.format === 'jwk') return { kty: 'oct', k: Buffer.from(this[SECRET]).toString('base64url') };
      return Buffer.from(this[SECRET]);
    }
    if (!options || typeof options !== 'object') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object.' + received(options));
    const info = C.info(this[HANDLE]);
    if (options.format === 'jwk') {
      if (info.kind === 'rsa' || info.kind === 'ec' || info.kind === 'ed25519' || info.kind === 'x25519') return native(C.exportKey, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', this[HANDLE], 'jwk');
    }
    if (options.cipher !== undefined || options.passphrase !== undefined) throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Comet does not support encrypted private keys (cipher/passphrase)');
    const type = options.type || (this._type === 'public' ? 'spki' : 'pkcs8');
    let fmt = type;
    if (type === 'pkcs1' && this._type === 'public') fmt = 'pkcs1-public';
    if (type === 'spki' && this._type !== 'public') throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.type' is invalid. Received 'spki'");
    if ((type === 'pkcs8' || type === 'sec1') && this._type !== 'private') throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.type' is invalid. Received '" + type + "'");
    if (fmt === 'pkcs1-public') { // a PKCS #1 public key is what an SPKI wraps
      fmt = 'pkcs1';
    }
    const der = Buffer.from(native(C.exportKey, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', this[HANDLE], fmt));
    if (options.format === 'der') return der;
    if (options.format !== 'pem' && options.format !== undefined) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.format' is invalid. Received '" + options.format + "'");
    const label = { spki: 'PUBLIC KEY', pkcs8: 'PRIVATE KEY', sec1: 'EC PRIVATE KEY', pkcs1: this._type === 'public' ? 'RSA PUBLIC KEY' : 'RSA PRIVATE KEY' }[type];
    return toPEM(label, der);
  }
  toCryptoKey(algorithm, extractable, usages) {
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'KeyObject.toCryptoKey is not supported by Comet: use crypto.subtle.importKey');
  }
  get [Symbol.toStringTag]() { return 'KeyObject'; }
}
function toPEM(label, der) {
  const b64 = der.toString('base64');
  let s = '-----BEGIN ' + label + '-----\n';
  for (let i = 0; i < b64.length; i += 64) s += b64.slice(i, i + 64) + '\n';
  return s + '-----END ' + label + '-----\n';
}
const PEM_TYPES = { 'PUBLIC KEY': 'spki', 'RSA PUBLIC KEY': 'pkcs1-public', 'PRIVATE KEY': 'pkcs8', 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', CERTIFICATE: 'cert' };
function parsePEM(text) {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) throw nodeError(Error, 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
  if (/ENCRYPTED/.test(m[1]) || /Proc-Type:\s*4,ENCRYPTED/.test(m[2])) throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Comet does not support encrypted private keys (a passphrase)');
  const fmt = PEM_TYPES[m[1]];
  if (!fmt) throw nodeError(Error, 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
  return { fmt, der: Buffer.from(m[2].replace(/\s+/g, ''), 'base64') };
}
// keyInput parses what createPublicKey/createPrivateKey/sign/... accept.
function keyInput(key, want) {
  if (key instanceof KeyObject) return key;
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return KeyObject.from(key);
  let opts = {};
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    opts = key;
    key = opts.key;
    if (key instanceof KeyObject) return key;
    if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return KeyObject.from(key);
  }
  if (opts.passphrase !== undefined && opts.passphrase !== null && opts.passphrase !== '') throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Comet does not support encrypted private keys (a passphrase)');
  const format = opts.format || 'pem';
  let handle;
  if (format === 'jwk') {
    const jwk = key;
    if (jwk === null || typeof jwk !== 'object') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key.key" property must be of type object.' + received(jwk));
    if (jwk.kty === 'oct') return createSecretKey(Buffer.from(String(jwk.k), 'base64url'));
    const kind = { RSA: 'rsa', EC: 'ec', OKP: jwk.crv === 'Ed25519' ? 'ed25519' : jwk.crv === 'X25519' ? 'x25519' : '' }[jwk.kty];
    if (!kind) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
    handle = native(C.importJWK, 'ERR_CRYPTO_INVALID_JWK', jwk, kind);
  } else if (format === 'pem') {
    const text = typeof key === 'string' ? key : ArrayBuffer.isView(key) || key instanceof ArrayBuffer ? Buffer.from(argBytes(key, 'key')).toString('latin1') : null;
    if (text === null) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey.' + received(key));
    const { fmt, der } = parsePEM(text);
    handle = native(C.importKey, 'ERR_OSSL_UNSUPPORTED', fmt, der, '', '');
  } else if (format === 'der') {
    let fmt = opts.type;
    if (fmt === 'pkcs1' && want === 'public') fmt = 'pkcs1-public';
    if (!fmt) fmt = want === 'public' ? 'spki' : 'pkcs8';
    handle = native(C.importKey, 'ERR_OSSL_UNSUPPORTED', fmt, argBytes(key, 'key', opts.encoding), '', '');
  } else throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'key.format' is invalid. Received '" + format + "'");
  return new KeyObject(C.info(handle).type, handle);
}
export function createPrivateKey(key) {
  const k = keyInput(key, 'private');
  if (k.type !== 'private') throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The key is not a private key');
  return k;
}
export function createPublicKey(key) {
  const k = keyInput(key, 'public');
  if (k.type === 'secret') throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type secret, expected private.');
  return k.type === 'public' ? k : new KeyObject('public', C.publicKey(k[HANDLE]));
}
export function createSecretKey(key, enc) {
  const b = argBytes(key, 'key', enc);
  return new KeyObject('secret', Buffer.from(b));
}

// ---- signatures -------------------------------------------------------------
export const constants = {
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
};
const HASH_BYTES = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };
function signHash(alg, kind) {
  if (alg === null || alg === undefined) return kind === 'ed25519' ? '' : 'sha256';
  const a = String(alg).toLowerCase().replace(/^(rsa-|ecdsa-with-)/, '').replace(/^sha-/, 'sha').replace(/withrsaencryption$/, '').replace(/^(sha\d+)with.*$/, '$1');
  if (!HASH_BYTES[a]) throw nodeError(Error, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + alg);
  return a;
}
function scheme(key, opts, hash, forSign) {
  const info = C.info(key[HANDLE]);
  if (info.kind === 'ed25519') return ['ed25519', '', 0];
  if (info.kind === 'ec') return [opts.dsaEncoding === 'ieee-p1363' ? 'ecdsa' : 'ecdsa-der', hash, 0];
  if (info.kind !== 'rsa') throw nodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'the key cannot sign');
  if (opts.padding === constants.RSA_PKCS1_PSS_PADDING) {
    let salt = opts.saltLength === undefined ? -2 : opts.saltLength;
    if (salt === -1) salt = HASH_BYTES[hash];
    return ['pss', hash, salt === -2 ? -1 : salt];
  }
  return ['pkcs1', hash, 0];
}
const keyOpts = (key) => (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !ArrayBuffer.isView(key) && !(typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) ? key : {});
function signWith(alg, data, key) {
  const k = createPrivateKey(key);
  const [s, hash, salt] = scheme(k, keyOpts(key), signHash(alg, k.asymmetricKeyType), true);
  return Buffer.from(native(C.sign, 'ERR_CRYPTO_OPERATION_FAILED', k[HANDLE], s, hash, data, salt));
}
function verifyWith(alg, data, key, sig) {
  const k0 = keyInput(key, 'public');
  const k = k0.type === 'private' ? createPublicKey(k0) : k0;
  const [s, hash, salt] = scheme(k, keyOpts(key), signHash(alg, k.asymmetricKeyType), false);
  return native(C.verify, 'ERR_CRYPTO_OPERATION_FAILED', k[HANDLE], s, hash, data, sig, salt > 0 ? salt : 0);
}
const later = (cb, fn) => {
  let r, err = null;
  try { r = fn(); } catch (e) { err = e; }
  setTimeout(() => (err ? cb(err) : cb(null, r)), 0);
};
export function sign(alg, data, key, cb) {
  const d = argBytes(data, 'data');
  if (typeof cb === 'function') return later(cb, () => signWith(alg, d, key));
  return signWith(alg, d, key);
}
export function verify(alg, data, key, sig, cb) {
  const d = argBytes(data, 'data'), s = argBytes(sig, 'signature');
  if (typeof cb === 'function') return later(cb, () => verifyWith(alg, d, key, s));
  return verifyWith(alg, d, key, s);
}
class Sign {
  constructor(alg) { this._alg = alg; signHash(alg, 'rsa'); this._chunks = []; }
  update(d, enc) { this._chunks.push(Buffer.from(argBytes(d, 'data', enc))); return this; }
  write(d, enc) { this.update(d, enc); return true; }
  end(d, enc) { if (d !== undefined) this.update(d, enc); return this; }
  sign(key, enc) { return out(signWith(this._alg, Buffer.concat(this._chunks), key), enc); }
}
class Verify {
  constructor(alg) { this._alg = alg; signHash(alg, 'rsa'); this._chunks = []; }
  update(d, enc) { this._chunks.push(Buffer.from(argBytes(d, 'data', enc))); return this; }
  write(d, enc) { this.update(d, enc); return true; }
  end(d, enc) { if (d !== undefined) this.update(d, enc); return this; }
  verify(key, sig, enc) { return verifyWith(this._alg, Buffer.concat(this._chunks), key, argBytes(sig, 'signature', enc)); }
}
export function createSign(alg) { return new Sign(alg); }
export function createVerify(alg) { return new Verify(alg); }

function rsaCrypt(key, data, decrypt, pub) {
  const opts = keyOpts(key);
  const k = pub ? (keyInput(key, 'public').type === 'private' ? createPublicKey(key) : keyInput(key, 'public')) : createPrivateKey(key);
  const padding = opts.padding === constants.RSA_PKCS1_PADDING ? 'pkcs1' : 'oaep';
  const hash = signHash(opts.oaepHash || 'sha1', 'rsa');
  const label = opts.oaepLabel ? argBytes(opts.oaepLabel, 'oaepLabel') : new Uint8Array(0);
  return Buffer.from(native(C.rsaEncrypt, 'ERR_OSSL_RSA_OAEP_DECODING_ERROR', k[HANDLE], padding, hash, label, argBytes(data, 'buffer'), decrypt));
}
export function publicEncrypt(key, data) { return rsaCrypt(key, data, false, true); }
export function privateDecrypt(key, data) { return rsaCrypt(key, data, true, false); }

// ---- key generation -----------------------------------------------------------
function encodeKey(k, enc) { return enc ? k.export(enc) : k; }
export function generateKeyPairSync(type, options = {}) {
  let handle;
  if (type === 'rsa') {
    const e = options.publicExponent === undefined ? 65537 : options.publicExponent;
    if (!Number.isInteger(options.modulusLength)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.modulusLength" property must be of type number.' + received(options.modulusLength));
    handle = native(C.generate, 'ERR_CRYPTO_OPERATION_FAILED', 'rsa', String(e), options.modulusLength);
  } else if (type === 'ec') {
    const c = CURVE_ALIASES[options.namedCurve];
    if (!c) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    handle = native(C.generate, 'ERR_CRYPTO_OPERATION_FAILED', 'ec', c, 0);
  } else if (type === 'ed25519' || type === 'x25519') {
    handle = native(C.generate, 'ERR_CRYPTO_OPERATION_FAILED', type, '', 0);
  } else {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' must be a supported key type. Received '" + type + "' (Comet supports rsa, ec, ed25519 and x25519)");
  }
  const privateKey = new KeyObject('private', handle), publicKey = new KeyObject('public', C.publicKey(handle));
  return { publicKey: encodeKey(publicKey, options.publicKeyEncoding), privateKey: encodeKey(privateKey, options.privateKeyEncoding) };
}
export function generateKeyPair(type, options, cb) {
  if (typeof options === 'function') { cb = options; options = {}; }
  later((err, r) => (err ? cb(err) : cb(null, r.publicKey, r.privateKey)), () => generateKeyPairSync(type, options));
}
export function generateKeySync(type, options) {
  const length = options && options.length;
  if (type === 'hmac') {
    if (!Number.isInteger(length) || length < 8 || length > 2 ** 31 - 1) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "options.length" is out of range. It must be >= 8 && <= 2147483647. Received ' + length);
    return createSecretKey(randomBytes(Math.floor(length / 8)));
  }
  if (type === 'aes') {
    if (![128, 192, 256].includes(length)) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.length' must be one of: 128, 192, 256. Received " + length);
    return createSecretKey(randomBytes(length / 8));
  }
  throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' must be one of: 'aes', 'hmac'. Received '" + type + "'");
}
export function generateKey(type, options, cb) { later(cb, () => generateKeySync(type, options)); }
export function diffieHellman({ privateKey, publicKey }) {
  return Buffer.from(native(C.ecdh, 'ERR_CRYPTO_INCOMPATIBLE_KEY', privateKey[HANDLE], publicKey[HANDLE]));
}

// ECDH over raw keys (createECDH), for P-256, P-384 and P-521 by their
// OpenSSL names (as Node: 'P-256' is not one).
const ECDH_CURVES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
class ECDH {
  constructor(curve) {
    this._curve = ECDH_CURVES[curve];
    if (!this._curve) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    this._handle = null;
  }
  static convertKey(key, curve, inEnc, outEnc, format) {
    const c = ECDH_CURVES[curve];
    if (!c) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
    const h = native(C.importKey, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'raw', argBytes(key, 'key', inEnc), 'ec', c);
    return out(native(C.exportKey, null, h, format === 'compressed' ? 'raw-compressed' : 'raw'), outEnc);
  }
  _key() {
    if (!this._handle) throw nodeError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Failed to get ECDH key: no key was generated or set');
    return this._handle;
  }
  generateKeys(enc, format) { this._handle = native(C.generate, null, 'ec', this._curve, 0); return this.getPublicKey(enc, format); }
  getPublicKey(enc, format) { return out(native(C.exportKey, null, this._key(), format === 'compressed' ? 'raw-compressed' : 'raw'), enc); }
  getPrivateKey(enc) { return out(native(C.exportKey, null, this._key(), 'raw-private'), enc); }
  setPrivateKey(key, enc) {
    this._handle = native(C.importKey, 'ERR_CRYPTO_INVALID_KEYTYPE', 'raw', argBytes(key, 'key', enc), 'ec-private', this._curve);
    return this;
  }
  computeSecret(other, inEnc, outEnc) {
    let pub;
    try { pub = C.importKey('raw', argBytes(other, 'otherPublicKey', inEnc), 'ec', this._curve); } catch (e) {
      throw nodeError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
    }
    return out(native(C.ecdh, null, this._key(), pub), outEnc);
  }
}
export function createECDH(curve) { return new ECDH(curve); }
export { ECDH };

// ---- key derivation -------------------------------------------------------------
function kdfHash(digest) {
  const h = String(digest).toLowerCase().replace(/^sha-/, 'sha');
  if (!HASH_BYTES[h]) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  return h;
}
export function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const h = kdfHash(digest);
  if (!Number.isInteger(iterations) || iterations < 1) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received ' + iterations);
  if (!Number.isInteger(keylen) || keylen < 0) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "keylen" is out of range. It must be >= 0 && <= 2147483647. Received ' + keylen);
  if (keylen === 0) return Buffer.alloc(0);
  return Buffer.from(native(C.pbkdf2, null, h, argBytes(password, 'password'), argBytes(salt, 'salt'), iterations, keylen));
}
export function pbkdf2(password, salt, iterations, keylen, digest, cb) {
  if (typeof cb !== 'function') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function.' + received(cb));
  const p = argBytes(password, 'password'), s = argBytes(salt, 'salt');
  later(cb, () => pbkdf2Sync(p, s, iterations, keylen, digest));
}
export function scryptSync(password, salt, keylen, options = {}) {
  const N = options.N || options.cost || 16384, r = options.r || options.blockSize || 8, p = options.p || options.parallelization || 1;
  const maxmem = options.maxmem || 32 << 20;
  if (N < 2 || (N & (N - 1)) !== 0) throw nodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params: N must be a power of two greater than 1');
  if (128 * N * r > maxmem) throw nodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  return Buffer.from(native(C.scrypt, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', argBytes(password, 'password'), argBytes(salt, 'salt'), N, r, p, keylen));
}
export function scrypt(password, salt, keylen, options, cb) {
  if (typeof options === 'function') { cb = options; options = {}; }
  const pw = argBytes(password, 'password'), s = argBytes(salt, 'salt');
  later(cb, () => scryptSync(pw, s, keylen, options));
}
export function hkdfSync(digest, ikm, salt, info, keylen) {
  const h = kdfHash(digest);
  if (keylen > 255 * HASH_BYTES[h]) throw nodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  const key = ikm instanceof KeyObject ? ikm[SECRET] : argBytes(ikm, 'ikm');
  return native(C.hkdf, null, h, key, argBytes(salt, 'salt'), argBytes(info, 'info'), keylen);
}
export function hkdf(digest, ikm, salt, info, keylen, cb) { later(cb, () => hkdfSync(digest, ikm, salt, info, keylen)); }

// ---- ciphers -----------------------------------------------------------------
// AES in GCM, CBC and CTR modes. update() gives its output at once (CBC
// holds back what is not yet a whole block); GCM's tag is computed over the
// whole message at final().
const CIPHERS = {};
for (const bits of [128, 192, 256]) for (const mode of ['gcm', 'cbc', 'ctr']) CIPHERS['aes-' + bits + '-' + mode] = { bits, mode };
CIPHERS['aes128'] = CIPHERS['aes-128-cbc']; CIPHERS['aes192'] = CIPHERS['aes-192-cbc']; CIPHERS['aes256'] = CIPHERS['aes-256-cbc'];
export function getCiphers() { return Object.keys(CIPHERS).sort(); }
export function getCurves() { return ['prime256v1', 'secp384r1', 'secp521r1']; }
// addCounter adds n to the low `bits` bits of a 16-byte counter block.
function addCounter(block, n, bits) {
  const c = new Uint8Array(block);
  let carry = n;
  for (let i = 15; i >= 16 - bits / 8 && carry > 0; i--) {
    const v = c[i] + (carry % 256);
    carry = Math.floor(carry / 256) + (v > 255 ? 1 : 0);
    c[i] = v & 255;
  }
  return c;
}
// A small output decoder, so base64 and utf8 strings split across update()
// calls join up as Node's do.
function textOut(enc) {
  if (!enc || enc === 'buffer') return null;
  let rest = Buffer.alloc(0);
  const dec = enc === 'utf8' || enc === 'utf-8' ? new TextDecoder() : null;
  return {
    write(b, last) {
      if (dec) return dec.decode(b, { stream: !last });
      if (enc === 'base64' || enc === 'base64url') {
        const all = Buffer.concat([rest, b]);
        const n = last ? all.length : all.length - (all.length % 3);
        rest = all.subarray(n);
        return all.subarray(0, n).toString(enc);
      }
      return Buffer.from(b).toString(enc);
    },
  };
}
class Cipheriv {
  constructor(alg, key, iv, options, decrypt) {
    const spec = CIPHERS[String(alg).toLowerCase()];
    if (!spec) throw nodeError(TypeError, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Invalid cipher type' + (String(alg).toLowerCase().startsWith('aes') ? '' : ' (Comet supports AES in GCM, CBC and CTR modes)'));
    const k = key instanceof KeyObject ? key[SECRET] : argBytes(key, 'key');
    if (k.length * 8 !== spec.bits) throw nodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    const v = argBytes(iv, 'iv');
    if (spec.mode !== 'gcm' && v.length !== 16) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    if (spec.mode === 'gcm' && v.length === 0) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    this._mode = spec.mode; this._key = new Uint8Array(k); this._iv = new Uint8Array(v); this._decrypt = decrypt;
    this._pos = 0; this._pending = new Uint8Array(0); this._all = []; this._aad = null; this._pad = true; this._done = false;
    this._tagLen = options && options.authTagLength !== undefined ? options.authTagLength : 16;
    if (spec.mode === 'gcm' && ![4, 8, 12, 13, 14, 15, 16].includes(this._tagLen)) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: ' + this._tagLen);
    this._tag = null;
    this._out = undefined;
    // GCM's keystream starts at J0 + 1; with a 96-bit IV J0 is IV || 1.
    this._ctr = null;
    if (spec.mode === 'gcm' && v.length === 12) { const c = new Uint8Array(16); c.set(this._iv); c[15] = 2; this._ctr = c; }
    else if (spec.mode === 'ctr') this._ctr = this._iv;
  }
  _stream(data) { // CTR keystream from byte _pos on
    if (!this._ctr) { // GCM with an IV other than 96 bits: what sealing zeros gives is the keystream
      const ks = new Uint8Array(native(C.gcm, null, this._key, this._iv, new Uint8Array(this._pos + data.length), null, 16, false)).subarray(this._pos, this._pos + data.length);
      for (let i = 0; i < ks.length; i++) ks[i] ^= data[i];
      this._pos += data.length;
      return ks;
    }
    const skip = this._pos % 16;
    const counter = addCounter(this._ctr, Math.floor(this._pos / 16), this._mode === 'gcm' ? 32 : 128);
    const input = new Uint8Array(skip + data.length);
    input.set(data, skip);
    const o = new Uint8Array(native(C.ctr, null, this._key, counter, input, this._mode === 'gcm' ? 32 : 128)).subarray(skip);
    this._pos += data.length;
    return o;
  }
  update(data, inEnc, outEnc) {
    if (this._done) throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation update');
    const d = new Uint8Array(argBytes(data, 'data', inEnc));
    if (this._out === undefined) this._out = textOut(outEnc);
    let o;
    if (this._mode === 'cbc') {
      const all = new Uint8Array(this._pending.length + d.length);
      all.set(this._pending); all.set(d, this._pending.length);
      let n = all.length - (all.length % 16);
      if (this._decrypt && this._pad && n === all.length && n > 0) n -= 16; // keep the padded block for final
      o = n ? new Uint8Array(native(C.cbc, null, this._key, this._iv, all.subarray(0, n), this._decrypt, false)) : new Uint8Array(0);
      if (n) this._iv = (this._decrypt ? all : o).slice(n - 16, n);
      this._pending = all.slice(n);
    } else {
      o = this._stream(d);
      if (this._mode === 'gcm') this._all.push(this._decrypt ? d : o.slice(), this._decrypt ? o.slice() : d);
    }
    const b = Buffer.from(o.buffer, o.byteOffset, o.byteLength);
    return this._out ? this._out.write(b, false) : b;
  }
  final(outEnc) {
    if (this._done) throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation final');
    this._done = true;
    if (this._out === undefined) this._out = textOut(outEnc);
    let o = new Uint8Array(0);
    if (this._mode === 'cbc') {
      try { o = new Uint8Array(C.cbc(this._key, this._iv, this._pending, this._decrypt, this._pad)); } catch (e) {
        throw nodeError(Error, this._decrypt ? 'ERR_OSSL_BAD_DECRYPT' : 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', this._decrypt ? 'error:1C800064:Provider routines::bad decrypt' : 'error:1C80006B:Provider routines::wrong final block length');
      }
    } else if (this._mode === 'gcm') o = this._gcmFinal();
    const b = Buffer.from(o.buffer, o.byteOffset, o.byteLength);
    return this._out ? this._out.write(b, true) : b;
  }
  _gcmFinal() {
    // _all holds (ciphertext, plaintext) pairs of what update() gave out.
    const pick = (i) => Buffer.concat(this._all.filter((_, j) => j % 2 === i));
    const aad = this._aad || new Uint8Array(0);
    if (!this._decrypt) {
      const plain = pick(1);
      const sealed = new Uint8Array(native(C.gcm, null, this._key, this._iv, plain, aad, this._tagLen, false));
      this._tag = Buffer.from(sealed.slice(plain.length));
      return new Uint8Array(0);
    }
    if (!this._tag) throw new Error('Unsupported state or unable to authenticate data');
    const ct = pick(0);
    const all = new Uint8Array(ct.length + this._tag.length);
    all.set(ct); all.set(this._tag, ct.length);
    try { C.gcm(this._key, this._iv, all, aad, this._tag.length, true); } catch (e) {
      throw new Error('Unsupported state or unable to authenticate data');
    }
    return new Uint8Array(0);
  }
  setAAD(aad) {
    if (this._mode !== 'gcm') throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAAD');
    this._aad = new Uint8Array(argBytes(aad, 'buffer'));
    return this;
  }
  getAuthTag() {
    if (this._decrypt || !this._done || !this._tag) throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
    return this._tag;
  }
  setAuthTag(tag) {
    if (!this._decrypt || this._mode !== 'gcm' || this._done) throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAuthTag');
    const t = Buffer.from(argBytes(tag, 'buffer'));
    if (![4, 8, 12, 13, 14, 15, 16].includes(t.length)) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: ' + t.length);
    this._tag = t;
    return this;
  }
  setAutoPadding(on = true) { this._pad = !!on; return this; }
}
export function createCipheriv(alg, key, iv, options) { return new Cipheriv(alg, key, iv, options, false); }
export function createDecipheriv(alg, key, iv, options) { return new Cipheriv(alg, key, iv, options, true); }

export default {
  createHash, createHmac, hash, getHashes, randomUUID, randomBytes, randomFillSync, getRandomValues, timingSafeEqual, randomInt, webcrypto, subtle, constants,
  KeyObject, createPrivateKey, createPublicKey, createSecretKey, sign, verify, createSign, createVerify, publicEncrypt, privateDecrypt,
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync, diffieHellman, createECDH, ECDH, pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync,
  createCipheriv, createDecipheriv, getCiphers, getCurves,
};
