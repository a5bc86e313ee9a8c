// Web Crypto for Comet: Crypto, SubtleCrypto and CryptoKey with every
// algorithm Go's standard library covers — digest (SHA-1/256/384/512),
// HMAC, RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA and ECDH (P-256/384/521),
// Ed25519, X25519, Ed448 and X448 (circl), AES-GCM/CBC/CTR/KW, PBKDF2 and HKDF — with generateKey,
// importKey/exportKey (raw, pkcs8, spki, jwk), sign/verify,
// encrypt/decrypt, deriveBits/deriveKey and wrapKey/unwrapKey. The steps
// and the errors follow the Web Crypto spec (W3C WebCryptoAPI): WebIDL
// conversions throw TypeErrors, an unknown algorithm is a
// NotSupportedError, a key used for what it may not do an
// InvalidAccessError, bad usages a SyntaxError, bad key data a DataError,
// and a failing operation an OperationError — every one a rejected promise.
// Ed448 and X448 are not in Go's library: they are NotSupportedError.
//
// The primitives are Go natives (crypto.go, `C`); asymmetric keys live in
// Go as opaque handles. __cometWeb.crypto exposes the internals node:crypto
// builds KeyObject on.
(function (native, C) {
  'use strict';
  const G = globalThis;
  const web = G.__cometWeb;
  const { DOMException, toU8 } = web;
  const cryptoError = (msg, name) => new DOMException(msg, name);
  // fromNative turns a {name, message} thrown by a Go native into a
  // DOMException.
  function call(f, ...args) {
    try { return f(...args); } catch (e) {
      if (e && typeof e === 'object' && !(e instanceof Error) && typeof e.name === 'string') throw cryptoError(e.message, e.name);
      throw e;
    }
  }
  const HASHES = { 'SHA-1': 160, 'SHA-256': 256, 'SHA-384': 384, 'SHA-512': 512 };
  const HASH_BLOCK = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
  const CURVES = ['P-256', 'P-384', 'P-521'];
  const USAGES = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

  // ---- algorithm normalisation --------------------------------------------
  // The registered algorithms per operation, and the members each needs:
  // 'hash' (a digest algorithm), 'bytes' (a BufferSource), 'long' (an
  // unsigned long), 'curve' (a string), 'key' (a CryptoKey), 'uint8'.
  const P = {
    none: {},
    rsaGen: { modulusLength: 'long!', publicExponent: 'uint8!', hash: 'hash!' },
    rsaImport: { hash: 'hash!' },
    pss: { saltLength: 'long!' },
    oaep: { label: 'bytes' },
    ecGen: { namedCurve: 'string!' },
    ecdsa: { hash: 'hash!' },
    ecdh: { public: 'key!' },
    aesGen: { length: 'short!' },
    gcm: { iv: 'bytes!', additionalData: 'bytes', tagLength: 'octet' },
    cbc: { iv: 'bytes!' },
    ctr: { counter: 'bytes!', length: 'octet!' },
    hmacGen: { hash: 'hash!', length: 'long' },
    hkdf: { hash: 'hash!', salt: 'bytes!', info: 'bytes!' },
    pbkdf2: { salt: 'bytes!', iterations: 'long!', hash: 'hash!' },
    ed448: { context: 'bytes' },
  };
  const RSA = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
  const AES = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
  const OPS = {
    digest: { 'SHA-1': P.none, 'SHA-256': P.none, 'SHA-384': P.none, 'SHA-512': P.none },
    sign: { 'RSASSA-PKCS1-v1_5': P.none, 'RSA-PSS': P.pss, ECDSA: P.ecdsa, Ed25519: P.none, Ed448: P.ed448, HMAC: P.none },
    encrypt: { 'RSA-OAEP': P.oaep, 'AES-CTR': P.ctr, 'AES-CBC': P.cbc, 'AES-GCM': P.gcm },
    generateKey: {
      'RSASSA-PKCS1-v1_5': P.rsaGen, 'RSA-PSS': P.rsaGen, 'RSA-OAEP': P.rsaGen, ECDSA: P.ecGen, ECDH: P.ecGen,
      Ed25519: P.none, X25519: P.none, Ed448: P.none, X448: P.none, 'AES-CTR': P.aesGen, 'AES-CBC': P.aesGen, 'AES-GCM': P.aesGen, 'AES-KW': P.aesGen, HMAC: P.hmacGen,
    },
    importKey: {
      'RSASSA-PKCS1-v1_5': P.rsaImport, 'RSA-PSS': P.rsaImport, 'RSA-OAEP': P.rsaImport, ECDSA: P.ecGen, ECDH: P.ecGen,
      Ed25519: P.none, X25519: P.none, Ed448: P.none, X448: P.none, 'AES-CTR': P.none, 'AES-CBC': P.none, 'AES-GCM': P.none, 'AES-KW': P.none,
      HMAC: P.hmacGen, HKDF: P.none, PBKDF2: P.none,
    },
    deriveBits: { ECDH: P.ecdh, X25519: P.ecdh, X448: P.ecdh, HKDF: P.hkdf, PBKDF2: P.pbkdf2 },
    getKeyLength: { 'AES-CTR': P.aesGen, 'AES-CBC': P.aesGen, 'AES-GCM': P.aesGen, 'AES-KW': P.aesGen, HMAC: P.hmacGen, HKDF: P.none, PBKDF2: P.none },
    wrapKey: { 'AES-KW': P.none },
  };
  OPS.verify = OPS.sign;
  OPS.decrypt = OPS.encrypt;
  OPS.unwrapKey = OPS.wrapKey;
  const CANON = {};
  for (const op of Object.keys(OPS)) for (const n of Object.keys(OPS[op])) CANON[n.toUpperCase()] = n;

  function bufferSource(d, what) {
    const u8 = d instanceof ArrayBuffer || ArrayBuffer.isView(d) ? toU8(d) : null;
    if (!u8) throw new TypeError("Failed to execute '" + what + "' on 'SubtleCrypto': the data is not of type 'BufferSource'");
    return new Uint8Array(u8); // a copy, as the spec asks
  }
  // normalize is the spec's "normalize an algorithm" for op.
  function normalize(alg, op) {
    if (typeof alg === 'string') alg = { name: alg };
    else if (alg === null || typeof alg !== 'object') throw new TypeError('Algorithm: the algorithm is not an object or a string');
    if (alg.name === undefined) throw new TypeError("Algorithm: the required member 'name' is missing");
    const upper = String(alg.name).toUpperCase();
    const name = CANON[upper];
    const params = name && OPS[op][name];
    if (!params) throw cryptoError('Unrecognized algorithm name', 'NotSupportedError');
    const out = { name };
    for (const m of Object.keys(params)) {
      const t = params[m];
      const required = t.endsWith('!');
      const type = required ? t.slice(0, -1) : t;
      const v = alg[m];
      if (v === undefined) {
        if (required) throw new TypeError("Failed to normalize algorithm: '" + m + "' is required in '" + name + "' parameters");
        continue;
      }
      switch (type) {
        case 'hash': out[m] = normalize(v, 'digest'); break;
        case 'bytes': out[m] = bufferSource(v, op); break;
        case 'uint8':
          if (!(v instanceof Uint8Array)) throw new TypeError("Failed to normalize algorithm: '" + m + "' is not a Uint8Array");
          out[m] = new Uint8Array(v);
          break;
        case 'string': out[m] = String(v); break;
        case 'key':
          if (!(v instanceof CryptoKey)) throw new TypeError("Failed to normalize algorithm: '" + m + "' is not a CryptoKey");
          out[m] = v;
          break;
        default: { // long, short, octet: WebIDL's unsigned integer conversion
          const bits = type === 'long' ? 32 : type === 'short' ? 16 : 8;
          let x = Number(v);
          if (!Number.isFinite(x)) x = 0;
          x = Math.trunc(x);
          x = ((x % 2 ** bits) + 2 ** bits) % 2 ** bits;
          out[m] = x;
        }
      }
    }
    return out;
  }

  // ---- CryptoKey ----------------------------------------------------------
  const KEY = Symbol('key');
  class CryptoKey {
    constructor() { throw new TypeError('Illegal constructor'); }
    get type() { return slot(this).type; }
    get extractable() { return slot(this).extractable; }
    get algorithm() { return slot(this).algorithm; }
    get usages() { return slot(this).usages; }
    get [Symbol.toStringTag]() { return 'CryptoKey'; }
  }
  Object.defineProperty(CryptoKey.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    value() { // prints as Node prints its keys: the public state, in a CryptoKey shell
      const k = slot(this);
      const o = Object.create(CryptoKey.prototype, { [Symbol.for('nodejs.util.inspect.custom')]: { value: undefined } });
      for (const f of ['type', 'extractable', 'algorithm', 'usages']) Object.defineProperty(o, f, { value: k[f], enumerable: true });
      return o;
    },
    configurable: true, writable: true,
  });
  function slot(k) {
    const s = k && k[KEY];
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }
  // makeKey: secret keys keep bytes, asymmetric keys a Go handle.
  function makeKey(type, algorithm, extractable, usages, material) {
    const k = Object.create(CryptoKey.prototype);
    Object.defineProperty(k, KEY, { value: { type, extractable: !!extractable, algorithm, usages, bytes: material.bytes, handle: material.handle } });
    return k;
  }
  // keyUsages converts a sequence<KeyUsage>; a key's usages list each
  // usage once, in the order first given.
  function keyUsages(usages) {
    if (usages === null || typeof usages !== 'object' || typeof usages[Symbol.iterator] !== 'function') throw new TypeError('keyUsages is not a sequence');
    const out = [];
    for (const u of usages) {
      const s = String(u);
      if (!USAGES.includes(s)) throw new TypeError("'" + s + "' is not a valid enum value of type KeyUsage");
      if (!out.includes(s)) out.push(s);
    }
    return out;
  }
  function checkUsages(usages, allowed, kind) {
    for (const u of usages) if (!allowed.includes(u)) throw cryptoError('Unsupported key usage for ' + kind, 'SyntaxError');
  }
  function keyFormat(f) {
    const s = String(f);
    if (!['raw', 'spki', 'pkcs8', 'jwk'].includes(s)) throw new TypeError("'" + s + "' is not a valid enum value of type KeyFormat");
    return s;
  }
  const b64u = (u8) => native.decode(u8.buffer, u8.byteOffset, u8.byteLength, 'base64url');
  const unb64u = (s) => new Uint8Array(native.encode(String(s), 'base64url'));

  // ---- per-algorithm key handling -----------------------------------------
  const KIND = { 'RSASSA-PKCS1-v1_5': 'rsa', 'RSA-PSS': 'rsa', 'RSA-OAEP': 'rsa', ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519', X25519: 'x25519', Ed448: 'ed448', X448: 'x448' };
  // The usages each half of a key pair may have.
  const PAIR_USAGES = {
    'RSASSA-PKCS1-v1_5': [['sign'], ['verify']], 'RSA-PSS': [['sign'], ['verify']], ECDSA: [['sign'], ['verify']], Ed25519: [['sign'], ['verify']], Ed448: [['sign'], ['verify']],
    'RSA-OAEP': [['decrypt', 'unwrapKey'], ['encrypt', 'wrapKey']], ECDH: [['deriveKey', 'deriveBits'], []], X25519: [['deriveKey', 'deriveBits'], []], X448: [['deriveKey', 'deriveBits'], []],
  };
  const SECRET_USAGES = {
    'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'AES-KW': ['wrapKey', 'unwrapKey'], HMAC: ['sign', 'verify'],
    HKDF: ['deriveKey', 'deriveBits'], PBKDF2: ['deriveKey', 'deriveBits'],
  };
  const JWK_ALG = {
    'RSASSA-PKCS1-v1_5': (h) => 'RS' + h.slice(4), 'RSA-PSS': (h) => 'PS' + h.slice(4),
    'RSA-OAEP': (h) => (h === 'SHA-1' ? 'RSA-OAEP' : 'RSA-OAEP-' + h.slice(4)), HMAC: (h) => 'HS' + h.slice(4),
  };
  const AES_JWK = { 'AES-CTR': 'CTR', 'AES-CBC': 'CBC', 'AES-GCM': 'GCM', 'AES-KW': 'KW' };
  const EC_JWK_ALG = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

  // asymAlgorithm is the algorithm dictionary of an asymmetric key.
  function asymAlgorithm(alg, handle) {
    const kind = KIND[alg.name];
    if (kind === 'rsa') {
      const info = C.info(handle);
      return { name: alg.name, modulusLength: info.bits, publicExponent: new Uint8Array(info.e), hash: { name: alg.hash.name } };
    }
    if (kind === 'ec') return { name: alg.name, namedCurve: alg.namedCurve };
    return { name: alg.name };
  }

  function checkJWK(jwk, kty, usages, extractable, alg) {
    if (jwk === null || typeof jwk !== 'object') throw new TypeError('The key data is not a JsonWebKey');
    if (jwk.kty !== kty) throw cryptoError("The JWK 'kty' member is not '" + kty + "'", 'DataError');
    if (usages.length && jwk.use !== undefined && jwk.use !== alg) throw cryptoError("The JWK 'use' member is not '" + alg + "'", 'DataError');
    if (jwk.key_ops !== undefined) {
      if (!Array.isArray(jwk.key_ops)) throw new TypeError("The JWK 'key_ops' member is not a sequence");
      if (!usages.every((u) => jwk.key_ops.includes(u))) throw cryptoError("The JWK 'key_ops' member does not allow the usages", 'DataError');
    }
    if (jwk.ext === false && extractable) throw cryptoError("The JWK 'ext' member is false but the key is to be extractable", 'DataError');
  }

  function importAsym(format, data, alg, extractable, usages) {
    const kind = KIND[alg.name];
    const [privUsages, pubUsages] = PAIR_USAGES[alg.name];
    if (kind === 'ec' && !CURVES.includes(alg.namedCurve)) throw cryptoError('Unrecognized namedCurve', 'NotSupportedError');
    let handle;
    if (format === 'jwk') {
      const priv = data && data.d !== undefined;
      checkUsages(usages, priv ? privUsages : pubUsages, 'a ' + alg.name + ' ' + (priv ? 'private' : 'public') + ' key');
      const kty = kind === 'rsa' ? 'RSA' : kind === 'ec' ? 'EC' : 'OKP';
      checkJWK(data, kty, usages, extractable, alg.name === 'RSA-OAEP' || alg.name === 'ECDH' || alg.name === 'X25519' || alg.name === 'X448' ? 'enc' : 'sig');
      if (data.alg !== undefined) {
        if (kind === 'rsa' && data.alg !== JWK_ALG[alg.name](alg.hash.name)) throw cryptoError("The JWK 'alg' member does not match the algorithm", 'DataError');
        if (alg.name === 'ECDSA' && data.alg !== EC_JWK_ALG[alg.namedCurve]) throw cryptoError("The JWK 'alg' member does not match the curve", 'DataError');
        if (kind === 'ed25519' && data.alg !== 'EdDSA' && data.alg !== 'Ed25519') throw cryptoError("The JWK 'alg' member is not 'EdDSA'", 'DataError');
        if (kind === 'ed448' && data.alg !== 'EdDSA' && data.alg !== 'Ed448') throw cryptoError("The JWK 'alg' member is not 'EdDSA'", 'DataError');
      }
      if (kind === 'ec' && data.crv !== alg.namedCurve) throw cryptoError("The JWK 'crv' member does not match the namedCurve", 'DataError');
      handle = call(C.importJWK, data, kind);
    } else {
      if (format === 'raw') {
        if (kind === 'rsa') throw cryptoError('Unable to import a raw ' + alg.name + ' key', 'NotSupportedError');
        checkUsages(usages, pubUsages, 'a ' + alg.name + ' public key');
      } else checkUsages(usages, format === 'pkcs8' ? privUsages : pubUsages, 'a ' + alg.name + ' ' + (format === 'pkcs8' ? 'private' : 'public') + ' key');
      handle = call(C.importKey, format, data, kind, kind === 'ec' ? alg.namedCurve : '');
    }
    const info = C.info(handle);
    if (kind === 'rsa' && info.bits === 0) throw cryptoError('Invalid RSA key', 'DataError');
    return makeKey(info.type, asymAlgorithm(alg, handle), extractable, usages, { handle });
  }

  function importSecret(format, data, alg, extractable, usages) {
    const name = alg.name;
    checkUsages(usages, SECRET_USAGES[name], 'a ' + name + ' key');
    let bytes;
    if (format === 'raw') bytes = data;
    else if (format === 'jwk' && (AES_JWK[name] || name === 'HMAC')) {
      checkJWK(data, 'oct', usages, extractable, name === 'HMAC' ? 'sig' : 'enc');
      if (typeof data.k !== 'string') throw cryptoError("The JWK 'k' member is missing", 'DataError');
      bytes = unb64u(data.k);
      if (data.alg !== undefined) {
        const want = name === 'HMAC' ? JWK_ALG.HMAC(alg.hash.name) : 'A' + bytes.length * 8 + AES_JWK[name];
        if (data.alg !== want) throw cryptoError("The JWK 'alg' member does not match the algorithm", 'DataError');
      }
    } else throw cryptoError('Unable to import a ' + name + ' key with format ' + format, 'NotSupportedError');
    let algorithm;
    if (name === 'HMAC') {
      if (!bytes.length) throw cryptoError('Zero-length key is not supported', 'DataError');
      const bits = bytes.length * 8;
      let length = bits;
      if (alg.length !== undefined) {
        if (alg.length > bits || alg.length <= bits - 8) throw cryptoError('The key length does not match the key data', 'DataError');
        length = alg.length;
      }
      algorithm = { name, hash: { name: alg.hash.name }, length };
    } else if (AES_JWK[name]) {
      if (![16, 24, 32].includes(bytes.length)) throw cryptoError('Invalid key length', 'DataError');
      algorithm = { name, length: bytes.length * 8 };
    } else {
      if (extractable) throw cryptoError(name + ' keys are not extractable', 'SyntaxError');
      algorithm = { name };
    }
    if (!usages.length) throw cryptoError('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    return makeKey('secret', algorithm, extractable, usages, { bytes });
  }

  function exportKeyData(format, key) {
    const k = slot(key);
    const name = k.algorithm.name;
    if (!k.extractable) throw cryptoError('The key is not extractable', 'InvalidAccessError');
    if (k.type === 'secret') {
      if (format === 'raw') return k.bytes.slice().buffer;
      if (format === 'jwk') {
        const alg = name === 'HMAC' ? JWK_ALG.HMAC(k.algorithm.hash.name) : 'A' + k.algorithm.length + AES_JWK[name];
        return { key_ops: [...k.usages], ext: true, kty: 'oct', k: b64u(k.bytes), alg };
      }
      throw cryptoError('Unable to export a ' + format + ' ' + name + ' secret key', 'InvalidAccessError');
    }
    if (format === 'jwk') {
      const jwk = { key_ops: [...k.usages], ext: k.extractable };
      Object.assign(jwk, call(C.exportKey, k.handle, 'jwk'));
      if (JWK_ALG[name]) jwk.alg = JWK_ALG[name](k.algorithm.hash.name);
      else if (name === 'Ed25519' || name === 'Ed448') jwk.alg = name;
      return jwk;
    }
    const fail = () => cryptoError('Unable to export a ' + format + ' ' + name + ' ' + k.type + ' key', 'InvalidAccessError');
    if (format === 'raw' && (KIND[name] === 'rsa' || k.type !== 'public')) throw fail();
    if (format === 'spki' && k.type !== 'public') throw fail();
    if (format === 'pkcs8' && k.type !== 'private') throw fail();
    return call(C.exportKey, k.handle, format);
  }

  // ---- operations -----------------------------------------------------------
  function usingKey(alg, key, usage) {
    const k = slot(key);
    if (alg.name !== k.algorithm.name) throw cryptoError('The requested operation is not valid for the provided key', 'InvalidAccessError');
    if (!k.usages.includes(usage)) throw cryptoError('Unable to use this key to ' + usage, 'InvalidAccessError');
    return k;
  }
  const hmacOf = (k, data) => native.hmac(k.algorithm.hash.name, k.bytes.buffer, k.bytes.byteOffset, k.bytes.byteLength, data.buffer, data.byteOffset, data.byteLength);
  function signData(alg, k, data) {
    switch (alg.name) {
      case 'HMAC': return hmacOf(k, data);
      case 'RSASSA-PKCS1-v1_5': return call(C.sign, k.handle, 'pkcs1', k.algorithm.hash.name, data, 0);
      case 'RSA-PSS': return call(C.sign, k.handle, 'pss', k.algorithm.hash.name, data, alg.saltLength);
      case 'ECDSA': return call(C.sign, k.handle, 'ecdsa', alg.hash.name, data, 0);
      case 'Ed25519': return call(C.sign, k.handle, 'ed25519', '', data, 0);
      case 'Ed448': ed448Context(alg); return call(C.sign, k.handle, 'ed448', '', data, 0);
    }
  }
  function verifyData(alg, k, sig, data) {
    switch (alg.name) {
      case 'HMAC': {
        const mac = new Uint8Array(hmacOf(k, data));
        if (sig.length !== mac.length) return false;
        let diff = 0;
        for (let i = 0; i < mac.length; i++) diff |= mac[i] ^ sig[i];
        return diff === 0;
      }
      case 'RSASSA-PKCS1-v1_5': return call(C.verify, k.handle, 'pkcs1', k.algorithm.hash.name, data, sig, 0);
      case 'RSA-PSS': return call(C.verify, k.handle, 'pss', k.algorithm.hash.name, data, sig, alg.saltLength);
      case 'ECDSA': return call(C.verify, k.handle, 'ecdsa', alg.hash.name, data, sig, 0);
      case 'Ed25519': return call(C.verify, k.handle, 'ed25519', '', data, sig, 0);
      case 'Ed448': ed448Context(alg); return call(C.verify, k.handle, 'ed448', '', data, sig, 0);
    }
  }
  // Ed448's optional context (RFC 8032): Comet signs with the empty one.
  function ed448Context(alg) {
    if (alg.context && alg.context.length) throw cryptoError('Ed448 with a non-empty context is not supported', 'NotSupportedError');
  }
  const GCM_TAGS = [32, 64, 96, 104, 112, 120, 128];
  function cipherData(alg, k, data, decrypt) {
    switch (alg.name) {
      case 'RSA-OAEP':
        if (k.type !== (decrypt ? 'private' : 'public')) throw cryptoError('The requested operation is not valid for the provided key', 'InvalidAccessError');
        return call(C.rsaEncrypt, k.handle, 'oaep', k.algorithm.hash.name, alg.label || new Uint8Array(0), data, decrypt);
      case 'AES-GCM': {
        const tag = alg.tagLength === undefined ? 128 : alg.tagLength;
        if (!GCM_TAGS.includes(tag)) throw cryptoError(tag + ' is not a valid AES-GCM tag length', 'OperationError');
        return call(C.gcm, k.bytes, alg.iv, data, alg.additionalData || null, tag / 8, decrypt);
      }
      case 'AES-CBC':
        if (alg.iv.length !== 16) throw cryptoError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
        return call(C.cbc, k.bytes, alg.iv, data, decrypt, true);
      case 'AES-CTR':
        if (alg.counter.length !== 16) throw cryptoError('algorithm.counter must contain exactly 16 bytes', 'OperationError');
        if (alg.length === 0 || alg.length > 128) throw cryptoError('algorithm.length must be between 1 and 128', 'OperationError');
        return call(C.ctr, k.bytes, alg.counter, data, alg.length);
      case 'AES-KW':
        return call(C.kw, k.bytes, data, decrypt);
    }
  }
  function deriveBitsOf(alg, k, length) {
    switch (alg.name) {
      case 'ECDH': case 'X25519': case 'X448': {
        const pub = slot(alg.public);
        if (pub.type !== 'public') throw cryptoError('algorithm.public must be a public key', 'InvalidAccessError');
        if (pub.algorithm.name !== k.algorithm.name) throw cryptoError('The public key is not an ' + k.algorithm.name + ' key', 'InvalidAccessError');
        if (k.algorithm.namedCurve !== pub.algorithm.namedCurve) throw cryptoError('The public and private keys are on different curves', 'InvalidAccessError');
        const secret = new Uint8Array(call(C.ecdh, k.handle, pub.handle));
        if (length === null || length === undefined) return secret.buffer;
        if (length > secret.length * 8) throw cryptoError('derived bit length is too large', 'OperationError');
        const out = secret.slice(0, Math.ceil(length / 8));
        if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
        return out.buffer;
      }
      case 'HKDF':
        if (length === null || length === undefined) throw cryptoError('length cannot be null', 'OperationError');
        if (length % 8) throw cryptoError('length must be a multiple of 8', 'OperationError');
        return call(C.hkdf, alg.hash.name, k.bytes, alg.salt, alg.info, length / 8);
      case 'PBKDF2':
        if (length === null || length === undefined) throw cryptoError('length cannot be null', 'OperationError');
        if (length % 8) throw cryptoError('length must be a multiple of 8', 'OperationError');
        if (alg.iterations === 0) throw cryptoError('iterations cannot be zero', 'OperationError');
        if (length === 0) return new ArrayBuffer(0);
        return call(C.pbkdf2, alg.hash.name, k.bytes, alg.salt, alg.iterations, length / 8);
    }
  }
  function keyLength(alg) {
    if (AES_JWK[alg.name]) {
      if (![128, 192, 256].includes(alg.length)) throw cryptoError('AES key length must be 128, 192 or 256 bits', 'OperationError');
      return alg.length;
    }
    if (alg.name === 'HMAC') {
      if (alg.length === undefined) return HASH_BLOCK[alg.hash.name];
      if (alg.length === 0) throw cryptoError('HMAC key length must not be zero', 'TypeError');
      return alg.length;
    }
    return null;
  }
  function generate(alg, extractable, usages) {
    const name = alg.name;
    if (SECRET_USAGES[name]) {
      checkUsages(usages, SECRET_USAGES[name], 'a ' + name + ' key');
      let bits;
      if (name === 'HMAC') {
        bits = alg.length === undefined ? HASH_BLOCK[alg.hash.name] : alg.length;
        if (bits === 0) throw cryptoError('HMAC key length must not be zero', 'OperationError');
      } else {
        bits = alg.length;
        if (![128, 192, 256].includes(bits)) throw cryptoError('AES key length must be 128, 192 or 256 bits', 'OperationError');
      }
      const bytes = new Uint8Array(native.randomBytes(Math.ceil(bits / 8)));
      if (bits % 8) bytes[bytes.length - 1] &= 0xff << (8 - (bits % 8));
      if (!usages.length) throw cryptoError('Usages cannot be empty when creating a key.', 'SyntaxError');
      const algorithm = name === 'HMAC' ? { name, hash: { name: alg.hash.name }, length: bits } : { name, length: bits };
      return makeKey('secret', algorithm, extractable, usages, { bytes });
    }
    const [privUsages, pubUsages] = PAIR_USAGES[name];
    checkUsages(usages, privUsages.concat(pubUsages), 'a ' + name + ' key pair');
    const kind = KIND[name];
    let handle;
    if (kind === 'rsa') {
      const e = alg.publicExponent;
      let exp = 0;
      for (const b of e) exp = exp * 256 + b;
      if (exp < 3 || exp % 2 === 0 || exp > 2 ** 31 - 1) throw cryptoError('Invalid RSA public exponent', 'OperationError');
      if (alg.modulusLength < 256 || alg.modulusLength % 8) throw cryptoError('Invalid modulus length', 'OperationError');
      handle = call(C.generate, 'rsa', String(exp), alg.modulusLength);
    } else if (kind === 'ec') {
      if (!CURVES.includes(alg.namedCurve)) throw cryptoError('Unrecognized namedCurve', 'NotSupportedError');
      handle = call(C.generate, 'ec', alg.namedCurve, 0);
    } else handle = call(C.generate, kind, '', 0);
    const algorithm = asymAlgorithm(alg, handle);
    const privateUsages = usages.filter((u) => privUsages.includes(u));
    if (!privateUsages.length) throw cryptoError('Usages cannot be empty when creating a key.', 'SyntaxError');
    const publicKey = makeKey('public', algorithm, true, usages.filter((u) => pubUsages.includes(u)), { handle: C.publicKey(handle) });
    const privateKey = makeKey('private', algorithm, extractable, privateUsages, { handle });
    return { publicKey, privateKey };
  }
  function importKeyData(format, keyData, alg, extractable, usages) {
    if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object' || keyData instanceof ArrayBuffer || ArrayBuffer.isView(keyData)) throw new TypeError('The key data is not a JsonWebKey');
    } else keyData = bufferSource(keyData, 'importKey');
    if (SECRET_USAGES[alg.name]) return importSecret(format, keyData, alg, extractable, usages);
    const key = importAsym(format, keyData, alg, extractable, usages);
    if ((key.type === 'private') && !usages.length) throw cryptoError('Usages cannot be empty when importing a ' + key.type + ' key.', 'SyntaxError');
    return key;
  }

  const needKey = (k, what, n) => {
    if (!(k instanceof CryptoKey)) throw new TypeError("Failed to execute '" + what + "' on 'SubtleCrypto': parameter " + n + " is not of type 'CryptoKey'");
  };
  const needArgs = (args, n, what) => {
    if (args.length < n) throw new TypeError("Failed to execute '" + what + "' on 'SubtleCrypto': " + n + ' arguments required, but only ' + args.length + ' present.');
  };
  class SubtleCrypto {
    constructor() { throw new TypeError('Illegal constructor'); }
    get [Symbol.toStringTag]() { return 'SubtleCrypto'; }
  }
  const subtleMethods = {
    digest(alg, data) {
      needArgs(arguments, 2, 'digest');
      const u8 = bufferSource(data, 'digest');
      const a = normalize(alg, 'digest');
      return () => native.digest(a.name, u8.buffer, u8.byteOffset, u8.byteLength);
    },
    generateKey(alg, extractable, usages) {
      needArgs(arguments, 3, 'generateKey');
      usages = keyUsages(usages);
      const a = normalize(alg, 'generateKey');
      return () => generate(a, !!extractable, usages);
    },
    importKey(format, keyData, alg, extractable, usages) {
      needArgs(arguments, 5, 'importKey');
      format = keyFormat(format);
      usages = keyUsages(usages);
      if (format === 'jwk') {
        if (keyData === null || typeof keyData !== 'object' || keyData instanceof ArrayBuffer || ArrayBuffer.isView(keyData)) throw new TypeError('The key data is not a JsonWebKey');
      } else keyData = bufferSource(keyData, 'importKey');
      const a = normalize(alg, 'importKey');
      return () => importKeyData(format, keyData, a, !!extractable, usages);
    },
    exportKey(format, key) {
      needArgs(arguments, 2, 'exportKey');
      format = keyFormat(format);
      needKey(key, 'exportKey', 2);
      return () => exportKeyData(format, key);
    },
    sign(alg, key, data) {
      needArgs(arguments, 3, 'sign');
      needKey(key, 'sign', 2);
      data = bufferSource(data, 'sign');
      const a = normalize(alg, 'sign');
      return () => {
        const k = usingKey(a, key, 'sign');
        if (k.type === 'public') throw cryptoError('Unable to use a public key to sign', 'InvalidAccessError');
        return signData(a, k, data);
      };
    },
    verify(alg, key, signature, data) {
      needArgs(arguments, 4, 'verify');
      needKey(key, 'verify', 2);
      signature = bufferSource(signature, 'verify');
      data = bufferSource(data, 'verify');
      const a = normalize(alg, 'verify');
      return () => {
        const k = usingKey(a, key, 'verify');
        if (k.type === 'private') throw cryptoError('Unable to use a private key to verify', 'InvalidAccessError');
        return verifyData(a, k, signature, data);
      };
    },
    encrypt(alg, key, data) {
      needArgs(arguments, 3, 'encrypt');
      needKey(key, 'encrypt', 2);
      data = bufferSource(data, 'encrypt');
      const a = normalize(alg, 'encrypt');
      return () => cipherData(a, usingKey(a, key, 'encrypt'), data, false);
    },
    decrypt(alg, key, data) {
      needArgs(arguments, 3, 'decrypt');
      needKey(key, 'decrypt', 2);
      data = bufferSource(data, 'decrypt');
      const a = normalize(alg, 'decrypt');
      return () => cipherData(a, usingKey(a, key, 'decrypt'), data, true);
    },
    deriveBits(alg, key, length) {
      needArgs(arguments, 2, 'deriveBits');
      needKey(key, 'deriveBits', 2);
      if (length !== undefined && length !== null) length = Math.trunc(Number(length)) >>> 0;
      const a = normalize(alg, 'deriveBits');
      return () => deriveBitsOf(a, usingKey(a, key, 'deriveBits'), length === undefined ? null : length);
    },
    deriveKey(alg, key, derivedKeyType, extractable, usages) {
      needArgs(arguments, 5, 'deriveKey');
      needKey(key, 'deriveKey', 2);
      usages = keyUsages(usages);
      const a = normalize(alg, 'deriveBits');
      const imp = normalize(derivedKeyType, 'importKey');
      const lenAlg = normalize(derivedKeyType, 'getKeyLength');
      return () => {
        const k = usingKey(a, key, 'deriveKey');
        const bits = deriveBitsOf(a, k, keyLength(lenAlg));
        return importKeyData('raw', new Uint8Array(bits), imp, !!extractable, usages);
      };
    },
    wrapKey(format, key, wrappingKey, wrapAlgorithm) {
      needArgs(arguments, 4, 'wrapKey');
      format = keyFormat(format);
      needKey(key, 'wrapKey', 2);
      needKey(wrappingKey, 'wrapKey', 3);
      let a;
      try { a = normalize(wrapAlgorithm, 'wrapKey'); } catch (e) { if (e.name !== 'NotSupportedError') throw e; a = normalize(wrapAlgorithm, 'encrypt'); }
      return () => {
        const wk = usingKey(a, wrappingKey, 'wrapKey');
        let bytes = exportKeyData(format, key);
        bytes = format === 'jwk' ? new Uint8Array(native.encode(JSON.stringify(bytes), 'utf8')) : new Uint8Array(bytes);
        return cipherData(a, wk, bytes, false);
      };
    },
    unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
      needArgs(arguments, 7, 'unwrapKey');
      format = keyFormat(format);
      wrappedKey = bufferSource(wrappedKey, 'unwrapKey');
      needKey(unwrappingKey, 'unwrapKey', 3);
      usages = keyUsages(usages);
      let a;
      try { a = normalize(unwrapAlgorithm, 'unwrapKey'); } catch (e) { if (e.name !== 'NotSupportedError') throw e; a = normalize(unwrapAlgorithm, 'decrypt'); }
      const imp = normalize(unwrappedKeyAlgorithm, 'importKey');
      return () => {
        const uk = usingKey(a, unwrappingKey, 'unwrapKey');
        const bytes = new Uint8Array(cipherData(a, uk, wrappedKey, true));
        let keyData = bytes;
        if (format === 'jwk') {
          try { keyData = JSON.parse(native.decode(bytes.buffer, bytes.byteOffset, bytes.byteLength, 'utf8')); } catch (e) {
            throw cryptoError('The unwrapped key is not a JSON Web Key', 'DataError');
          }
        }
        return importKeyData(format, keyData, imp, !!extractable, usages);
      };
    },
  };
  // Each method checks its arguments and normalises the algorithm at once
  // (a failure there is an already rejected promise) and returns the rest,
  // the spec's "in parallel" steps, which run in a later microtask.
  const asyncly = (name, f) => ({
    [name](...a) {
      let rest;
      try { rest = f.apply(this, a); } catch (e) { return Promise.reject(e); }
      return Promise.resolve().then(rest);
    },
  })[name];
  for (const m of Object.keys(subtleMethods)) {
    const f = asyncly(m, subtleMethods[m]);
    Object.defineProperty(f, 'length', { value: subtleMethods[m].length });
    Object.defineProperty(SubtleCrypto.prototype, m, { value: f, writable: true, enumerable: true, configurable: true });
  }
  const subtle = Object.create(SubtleCrypto.prototype);

  class Crypto {
    constructor() { throw new TypeError('Illegal constructor'); }
    get subtle() { return subtle; }
    getRandomValues(arr) {
      if (arr === undefined) throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required");
      const integer = arr instanceof Int8Array || arr instanceof Uint8Array || arr instanceof Uint8ClampedArray || arr instanceof Int16Array || arr instanceof Uint16Array ||
        arr instanceof Int32Array || arr instanceof Uint32Array || (typeof BigInt64Array !== 'undefined' && (arr instanceof BigInt64Array || arr instanceof BigUint64Array));
      if (!integer) throw cryptoError('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
      if (arr.byteLength > 65536) throw cryptoError("The ArrayBufferView's byte length (" + arr.byteLength + ') exceeds the number of bytes of entropy available via this API (65536)', 'QuotaExceededError');
      new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).set(new Uint8Array(native.randomBytes(arr.byteLength)));
      return arr;
    }
    randomUUID() { return native.randomUUID(); }
    get [Symbol.toStringTag]() { return 'Crypto'; }
  }
  const crypto = Object.create(Crypto.prototype);

  for (const [k, v] of Object.entries({ Crypto, SubtleCrypto, CryptoKey, crypto })) {
    Object.defineProperty(G, k, { value: v, writable: true, configurable: true, enumerable: false });
  }
  // What node:crypto builds on: the natives, and CryptoKey's insides.
  web.crypto = {
    C, call, makeKey, slot, asymAlgorithm, KIND, PAIR_USAGES, SECRET_USAGES, normalize,
    keyHandle: (k) => slot(k).handle, keyBytes: (k) => slot(k).bytes,
  };
})
