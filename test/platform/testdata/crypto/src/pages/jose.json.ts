// jose (Web Crypto underneath): deterministic RS256 and EdDSA tokens are
// compared byte for byte; ES256 tokens and JWEs (random by design) are
// verified, those Node made and those made here.
import * as jose from 'jose';
import { ecPrivate, ecPublic, edPrivate, edPublic, rsaPrivate, rsaPublic } from '../lib/keys';
import tokens from '../lib/node-tokens.json';
import { run } from '../lib/steps';

const claims = { sub: 'comet', admin: true };
const secret = new Uint8Array(32).fill(3);

export const GET = () => run({
  rs256: async () => {
    const t = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setIssuedAt(1700000000).sign(await jose.importPKCS8(rsaPrivate, 'RS256'));
    const { payload } = await jose.jwtVerify(t, await jose.importSPKI(rsaPublic, 'RS256'));
    return [t, payload];
  },
  ps256: async () => {
    const t = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'PS256' }).sign(await jose.importPKCS8(rsaPrivate, 'PS256'));
    return (await jose.jwtVerify(t, await jose.importSPKI(rsaPublic, 'PS256'))).payload;
  },
  eddsa: async () => {
    const t = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).setIssuedAt(1700000000).sign(await jose.importPKCS8(edPrivate, 'EdDSA'));
    return [t, (await jose.jwtVerify(t, await jose.importSPKI(edPublic, 'EdDSA'))).payload];
  },
  es256: async () => {
    const t = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(await jose.importPKCS8(ecPrivate, 'ES256'));
    const pub = await jose.importSPKI(ecPublic, 'ES256');
    const mine = (await jose.jwtVerify(t, pub)).payload;
    const node = (await jose.jwtVerify(tokens.es256, pub)).payload;
    const tampered = await jose.jwtVerify(tokens.es256.slice(0, -4) + 'AAAA', pub).then(() => 'accepted', (e) => e.code);
    return [mine, node, tampered];
  },
  es256Generated: async () => {
    const { publicKey, privateKey } = await jose.generateKeyPair('ES256', { extractable: true });
    const t = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    const jwk = await jose.exportJWK(publicKey);
    return [(await jose.jwtVerify(t, await jose.importJWK(jwk, 'ES256'))).payload, Object.keys(jwk).sort()];
  },
  jwe: async () => {
    const mine = await new jose.CompactEncrypt(new TextEncoder().encode('sealed by comet')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(secret);
    const dec = async (t: string) => new TextDecoder().decode((await jose.compactDecrypt(t, secret)).plaintext);
    return [await dec(mine), await dec(tokens.jwe), mine.split('.').map((p) => p.length)];
  },
  jwePBES2: async () => {
    const pw = new TextEncoder().encode('a-password-that-is-at-least-32-characters-long');
    const mine = await new jose.CompactEncrypt(new TextEncoder().encode('pbes2 comet')).setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128CBC-HS256' }).encrypt(pw);
    const dec = async (t: string) => new TextDecoder().decode((await jose.compactDecrypt(t, pw)).plaintext);
    return [await dec(mine), await dec(tokens.jwePBES)];
  },
  jweECDH: async () => {
    const { publicKey, privateKey } = await jose.generateKeyPair('ECDH-ES+A256KW', { crv: 'P-384' });
    const t = await new jose.CompactEncrypt(new TextEncoder().encode('ecdh')).setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM' }).encrypt(publicKey);
    return new TextDecoder().decode((await jose.compactDecrypt(t, privateKey)).plaintext);
  },
  hs256: async () => new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(1700000000).sign(secret),
  thumbprint: async () => jose.calculateJwkThumbprint(await jose.exportJWK(await jose.importSPKI(ecPublic, 'ES256', { extractable: true }))),
});
