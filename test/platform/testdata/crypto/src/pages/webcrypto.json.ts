// Web Crypto with deterministic outputs, and with keys made in Node's
// format: import, export, sign and encrypt compared byte for byte.
import { ecPrivate, edPrivate, rsaPrivate, rsaPublic } from '../lib/keys';
import { enc, hex, run } from '../lib/steps';

const S = crypto.subtle;
const der = (pem: string) => {
  const bin = atob(pem.replace(/-----[^-]+-----|\s/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};
const rsa = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const show = (e: any) => e.name;

export const GET = () => run({
  aesGcm: async () => {
    const k = await S.importKey('raw', new Uint8Array(32).fill(9), 'AES-GCM', true, ['encrypt', 'decrypt']);
    const c = await S.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), additionalData: enc('aad'), tagLength: 96 }, k, enc('hello gcm'));
    return [hex(c), new TextDecoder().decode(await S.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12), additionalData: enc('aad'), tagLength: 96 }, k, c)), await S.exportKey('jwk', k)];
  },
  aesCbcCtr: async () => {
    const k = await S.importKey('raw', new Uint8Array(16).fill(1), 'AES-CBC', false, ['encrypt']);
    const k2 = await S.importKey('raw', new Uint8Array(16).fill(1), 'AES-CTR', false, ['encrypt']);
    const counter = new Uint8Array(16).fill(255);
    return [hex(await S.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, k, enc('sixteen bytes!!!'))),
      hex(await S.encrypt({ name: 'AES-CTR', counter, length: 64 }, k2, new Uint8Array(40))),
      hex(await S.encrypt({ name: 'AES-CTR', counter, length: 4 }, k2, new Uint8Array(40)))];
  },
  aesKw: async () => {
    const kek = await S.importKey('raw', new Uint8Array(16).fill(4), 'AES-KW', false, ['wrapKey']);
    const k = await S.importKey('raw', new Uint8Array(32).fill(5), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    return hex(await S.wrapKey('raw', k, kek, 'AES-KW'));
  },
  kdf: async () => {
    const p = await S.importKey('raw', enc('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
    const h = await S.importKey('raw', enc('ikm'), 'HKDF', false, ['deriveBits']);
    const aes = await S.deriveKey({ name: 'PBKDF2', salt: enc('salt'), iterations: 100, hash: 'SHA-512' }, p, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    return [hex(await S.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 100, hash: 'SHA-1' }, p, 160)),
      hex(await S.deriveBits({ name: 'HKDF', salt: enc('salt'), info: enc('info'), hash: 'SHA-384' }, h, 256)),
      hex(await S.exportKey('raw', aes))];
  },
  rsa: async () => {
    const priv = await S.importKey('pkcs8', der(rsaPrivate), rsa, true, ['sign']);
    const pub = await S.importKey('spki', der(rsaPublic), rsa, true, ['verify']);
    const sig = await S.sign('RSASSA-PKCS1-v1_5', priv, enc('hello'));
    const jwk = await S.exportKey('jwk', priv);
    const oaep = await S.importKey('jwk', { ...(await S.exportKey('jwk', pub)), alg: 'RSA-OAEP-256', key_ops: ['encrypt'] }, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
    return [hex(sig), await S.verify('RSASSA-PKCS1-v1_5', pub, sig, enc('hello')), jwk, hex(await S.exportKey('pkcs8', priv)) === hex(der(rsaPrivate)),
      hex(await S.exportKey('spki', pub)) === hex(der(rsaPublic)), priv.algorithm, (await S.encrypt({ name: 'RSA-OAEP' }, oaep, enc('x'))).byteLength];
  },
  ec: async () => {
    const priv = await S.importKey('pkcs8', der(ecPrivate), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
    const jwk = await S.exportKey('jwk', priv);
    const { d, ...pubJwk } = jwk as any;
    const pub = await S.importKey('jwk', { ...pubJwk, key_ops: ['verify'] }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
    const sig = await S.sign({ name: 'ECDSA', hash: 'SHA-256' }, priv, enc('m'));
    const dh = await S.importKey('pkcs8', der(ecPrivate), { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    const dhPub = await S.importKey('raw', await S.exportKey('raw', pub), { name: 'ECDH', namedCurve: 'P-256' }, true, []);
    return [jwk, sig.byteLength, await S.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, enc('m')), hex(await S.exportKey('spki', pub)), hex(await S.exportKey('raw', pub)),
      hex(await S.deriveBits({ name: 'ECDH', public: dhPub }, dh, 256)), hex(await S.exportKey('pkcs8', priv)) === hex(der(ecPrivate))];
  },
  ed25519: async () => {
    const priv = await S.importKey('pkcs8', der(edPrivate), 'Ed25519', true, ['sign']);
    const jwk = await S.exportKey('jwk', priv);
    return [hex(await S.sign('Ed25519', priv, enc('hello'))), jwk, hex(await S.exportKey('pkcs8', priv)) === hex(der(edPrivate))];
  },
  errors: async () => {
    const aes = await S.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
    return [
      await S.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['sign']).catch(show),
      await S.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []).catch(show),
      await S.importKey('raw', new Uint8Array(10), 'AES-GCM', true, ['encrypt']).catch(show),
      await S.importKey('spki', new Uint8Array(10), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']).catch(show),
      await S.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, aes, new Uint8Array(32)).catch(show),
      await S.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, aes, new Uint8Array(32)).catch(show),
      await S.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']).catch(show),
      await S.generateKey({ name: 'NOPE' }, true, ['sign']).catch(show),
      await S.deriveBits({ name: 'HKDF', salt: enc(''), info: enc(''), hash: 'SHA-256' }, aes, 128).catch(show),
    ];
  },
});
