// node:crypto with deterministic outputs: key derivation, AES in GCM, CBC
// and CTR over several update() calls, PKCS #1 v1.5 and Ed25519 signatures
// with fixed keys, key export in every format.
import crypto from 'node:crypto';
import { ecPrivate, edPrivate, rsaPrivate, rsaPublic } from '../lib/keys';
import { run } from '../lib/steps';

const key = Buffer.alloc(32, 7), iv12 = Buffer.alloc(12, 1), iv16 = Buffer.alloc(16, 2);
const text = 'The quick brown fox jumps over the lazy dog, again and again and again.';

function cipher(alg: string, iv: Buffer, k = key) {
  const c = crypto.createCipheriv(alg, k, iv);
  if (alg.endsWith('gcm')) (c as any).setAAD(Buffer.from('header'));
  const parts = [c.update(text.slice(0, 5), 'utf8', 'hex'), c.update(text.slice(5, 40), 'utf8', 'hex'), c.update(text.slice(40), 'utf8', 'hex'), c.final('hex')];
  const tag = alg.endsWith('gcm') ? (c as any).getAuthTag().toString('hex') : '';
  const d = crypto.createDecipheriv(alg, k, iv);
  if (alg.endsWith('gcm')) { (d as any).setAAD(Buffer.from('header')); (d as any).setAuthTag(Buffer.from(tag, 'hex')); }
  const back = d.update(parts.join(''), 'hex', 'utf8') + d.final('utf8');
  return { parts, tag, back };
}

export const GET = () => run({
  pbkdf2: () => crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'),
  pbkdf2Async: () => new Promise((r, j) => crypto.pbkdf2('pw', Buffer.from('salt'), 10, 64, 'sha512', (e, k) => (e ? j(e) : r(k.toString('base64'))))),
  scrypt: () => crypto.scryptSync('password', 'salt', 32, { N: 1024 }).toString('hex'),
  scryptAsync: () => new Promise((r, j) => crypto.scrypt('pw', 'NaCl', 16, (e, k) => (e ? j(e) : r(k.toString('hex'))))),
  hkdf: () => Buffer.from(crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 42)).toString('hex'),
  gcm: () => cipher('aes-256-gcm', iv12),
  gcmLongIV: () => cipher('aes-256-gcm', iv16),
  cbc: () => cipher('aes-256-cbc', iv16),
  cbc128: () => cipher('aes-128-cbc', iv16, Buffer.alloc(16, 3)),
  ctr: () => cipher('aes-256-ctr', Buffer.from('ffffffffffffffffffffffffffffffff', 'hex')),
  gcmBadTag: () => {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv12);
    d.setAuthTag(Buffer.alloc(16));
    d.update('00', 'hex');
    try { d.final(); return 'no'; } catch (e: any) { return e.message; }
  },
  cbcBadDecrypt: () => {
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv16);
    d.update(Buffer.alloc(16));
    try { d.final(); return 'no'; } catch (e: any) { return e.code; }
  },
  rsaSign: () => crypto.createSign('RSA-SHA256').update('hello').sign(rsaPrivate, 'base64'),
  rsaVerify: () => crypto.createVerify('SHA256').update('hello').verify(rsaPublic, crypto.sign('sha256', Buffer.from('hello'), rsaPrivate)),
  rsaPSS: () => {
    const sig = crypto.sign('sha256', Buffer.from('m'), { key: rsaPrivate, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    return [sig.length, crypto.verify('sha256', Buffer.from('m'), { key: rsaPublic, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig)];
  },
  rsaOAEP: () => crypto.privateDecrypt(rsaPrivate, crypto.publicEncrypt(rsaPublic, Buffer.from('secret'))).toString(),
  ed25519: () => crypto.sign(null, Buffer.from('hello'), edPrivate).toString('hex'),
  ecdsa: () => {
    const der = crypto.sign('sha256', Buffer.from('m'), ecPrivate);
    const p1363 = crypto.sign('sha256', Buffer.from('m'), { key: ecPrivate, dsaEncoding: 'ieee-p1363' });
    const pub = crypto.createPublicKey(ecPrivate);
    return [der[0], p1363.length, crypto.verify('sha256', Buffer.from('m'), pub, der), crypto.verify('sha256', Buffer.from('m'), { key: pub, dsaEncoding: 'ieee-p1363' }, p1363), crypto.verify('sha256', Buffer.from('n'), pub, der)];
  },
  keyObjects: () => {
    const priv = crypto.createPrivateKey(rsaPrivate), pub = crypto.createPublicKey(rsaPrivate), ec = crypto.createPrivateKey(ecPrivate), ed = crypto.createPrivateKey(edPrivate);
    return {
      types: [priv.type, pub.type, priv.asymmetricKeyType, ec.asymmetricKeyType, ed.asymmetricKeyType],
      details: [priv.asymmetricKeyDetails!.modulusLength, String(priv.asymmetricKeyDetails!.publicExponent), ec.asymmetricKeyDetails!.namedCurve],
      pkcs8: priv.export({ type: 'pkcs8', format: 'pem' }) === rsaPrivate,
      spki: pub.export({ type: 'spki', format: 'pem' }),
      pkcs1: pub.export({ type: 'pkcs1', format: 'der' }).toString('base64'),
      pkcs1Private: priv.export({ type: 'pkcs1', format: 'pem' }).length,
      ecJwk: ec.export({ format: 'jwk' }),
      edJwk: ed.export({ format: 'jwk' }),
      edSpki: crypto.createPublicKey(ed).export({ type: 'spki', format: 'der' }).toString('hex'),
      ecSec1: ec.export({ type: 'sec1', format: 'der' }).length,
      fromJwk: crypto.createPublicKey({ key: ec.export({ format: 'jwk' }), format: 'jwk' }).export({ type: 'spki', format: 'pem' }),
      fromDer: crypto.createPrivateKey({ key: priv.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' }).equals(priv),
      equals: [pub.equals(crypto.createPublicKey(rsaPublic)), pub.equals(crypto.createPublicKey(ec))],
      secret: [crypto.createSecretKey(Buffer.from('abc')).symmetricKeySize, crypto.createSecretKey('abc', 'utf8').export().toString(), JSON.stringify(crypto.createSecretKey(Buffer.from('abc')).export({ format: 'jwk' }))],
      isKeyObject: priv instanceof crypto.KeyObject,
    };
  },
  generatedEC: () => {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const sig = crypto.sign('sha384', Buffer.from('x'), privateKey);
    return [(publicKey.export({ type: 'spki', format: 'pem' }) as string).split('\n')[0], crypto.verify('sha384', Buffer.from('x'), publicKey, sig)];
  },
  generatedEd25519: () => crypto.generateKeyPairSync('ed25519').publicKey.asymmetricKeyType,
  x25519: () => {
    const x1 = crypto.generateKeyPairSync('x25519'), x2 = crypto.generateKeyPairSync('x25519');
    const s1 = crypto.diffieHellman({ privateKey: x1.privateKey, publicKey: x2.publicKey }), s2 = crypto.diffieHellman({ privateKey: x2.privateKey, publicKey: x1.publicKey });
    return [s1.equals(s2), s1.length];
  },
  secretKeys: () => [crypto.generateKeySync('hmac', { length: 256 }).symmetricKeySize, crypto.generateKeySync('aes', { length: 128 }).symmetricKeySize],
  generateRSA: () => new Promise((r, j) => crypto.generateKeyPair('rsa', { modulusLength: 1024 }, (e, pub, priv) => (e ? j(e) : r([pub.asymmetricKeyDetails!.modulusLength, crypto.verify('sha1', Buffer.from('a'), pub, crypto.sign('sha1', Buffer.from('a'), priv))])))),
  ecdh: () => {
    const a = crypto.createECDH('prime256v1'), b = crypto.createECDH('prime256v1');
    a.setPrivateKey(Buffer.alloc(32, 1)); b.setPrivateKey('0202020202020202020202020202020202020202020202020202020202020202', 'hex');
    const c = crypto.createECDH('secp384r1'); c.generateKeys();
    const badCurve = (() => { try { crypto.createECDH('P-256'); return 'no'; } catch (e: any) { return e.code; } })();
    return [badCurve, a.getPublicKey('hex'), a.getPublicKey('base64', 'compressed'), a.getPrivateKey('hex'), a.computeSecret(b.getPublicKey()).toString('hex'),
      b.computeSecret(a.getPublicKey('hex'), 'hex', 'base64'), c.getPublicKey().length, crypto.ECDH.convertKey(a.getPublicKey(), 'prime256v1', undefined, 'hex', 'compressed'),
      (() => { try { a.computeSecret(Buffer.alloc(65, 4)); return 'no'; } catch (e: any) { return e.code; } })()];
  },
  fromCryptoKey: async () => {
    const k = await crypto.subtle.importKey('raw', Buffer.alloc(16, 1), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    const ko = crypto.KeyObject.from(k);
    return [ko.type, ko.symmetricKeySize, crypto.createHmac('sha256', ko).update('x').digest('hex')];
  },
  errors: () => [
    (() => { try { crypto.createCipheriv('aes-256-gcm', Buffer.alloc(16), iv12); } catch (e: any) { return e.code; } })(),
    (() => { try { crypto.createPrivateKey('nope'); } catch (e: any) { return e.name; } })(),
    (() => { try { crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'); } catch (e: any) { return e.name; } })(),
  ],
  ciphers: () => ['aes-256-gcm', 'aes-128-cbc', 'aes-192-ctr'].map((c) => crypto.getCiphers().includes(c)),
});
