// jose: JWS with RS256 and EdDSA (deterministic, so compared byte for
// byte), ES256 and HS256 sign+verify, JWK import/export and thumbprints,
// and a JWE (dir + A256GCM, RSA-OAEP-256) round trip.
import type { APIRoute } from 'astro';
import * as jose from 'jose';
import { ed25519, p256, rsaPrivate, rsaPublic } from '../keys';

export const GET: APIRoute = async () => {
  const claims = { sub: 'user-1', role: 'admin', iat: 1709200000, exp: 4102444800 };
  const rsPriv = await jose.importPKCS8(rsaPrivate, 'RS256');
  const rsPub = await jose.importSPKI(rsaPublic, 'RS256');
  const rs256 = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'r1' }).sign(rsPriv);
  const edPriv = await jose.importJWK({ ...ed25519, alg: 'EdDSA' }, 'EdDSA');
  const { d: _d, ...edPublicJwk } = ed25519;
  const edPub = await jose.importJWK({ ...edPublicJwk, alg: 'EdDSA' }, 'EdDSA');
  const eddsa = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).sign(edPriv);
  const esPriv = await jose.importJWK(p256, 'ES256');
  const { d: _e, ...p256Public } = p256;
  const esPub = await jose.importJWK(p256Public, 'ES256');
  const es256 = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(esPriv);
  const secret = new TextEncoder().encode('a-string-secret-at-least-256-bits-long');
  const hs256 = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
  const verify = async (jwt: string, key: any) => {
    try {
      const r = await jose.jwtVerify(jwt, key);
      return { payload: r.payload, header: r.protectedHeader };
    } catch (e: any) {
      return { error: e.code, message: e.message };
    }
  };
  const jweKey = new Uint8Array(32).map((_, i) => i);
  const jwe = await new jose.EncryptJWT({ secret: 'ünïcode' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(jweKey);
  const rsaOaep = await jose.importSPKI(rsaPublic, 'RSA-OAEP-256');
  const rsaOaepPriv = await jose.importPKCS8(rsaPrivate, 'RSA-OAEP-256');
  const jwe2 = await new jose.CompactEncrypt(new TextEncoder().encode('hello')).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A128GCM' }).encrypt(rsaOaep);
  const out = {
    rs256,
    eddsa,
    hs256,
    verified: [await verify(rs256, rsPub), await verify(eddsa, edPub), await verify(es256, esPub), await verify(hs256, secret)],
    tampered: await verify(rs256.slice(0, -4) + 'AAAA', rsPub),
    wrongAlg: await verify(hs256, rsPub),
    expired: await verify(await new jose.SignJWT({ exp: 1 }).setProtectedHeader({ alg: 'HS256' }).sign(secret), secret),
    decoded: [jose.decodeJwt(es256), jose.decodeProtectedHeader(es256)],
    jwk: await jose.exportJWK(rsPub),
    thumbprint: await jose.calculateJwkThumbprint(edPublicJwk as jose.JWK),
    jwe: (await jose.jwtDecrypt(jwe, jweKey)).payload,
    jwe2: new TextDecoder().decode((await jose.compactDecrypt(jwe2, rsaOaepPriv)).plaintext),
    jweParts: jwe.split('.').map((p) => p.length),
  };
  return new Response(JSON.stringify(out, null, 2));
};
